<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>Kohtaamo</name>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>as child or youth</source>
        <translation>som barn eller ung</translation>
    </message>
    <message>
        <source>as parent</source>
        <translation>som förälder</translation>
    </message>
    <message>
        <source>as relative</source>
        <translation>som anhörig</translation>
    </message>
    <message>
        <source>from another position</source>
        <translation>i en annan roll</translation>
    </message>
    <message>
        <source>Not active: on a break</source>
        <translation>Inte aktiv: har paus</translation>
    </message>
    <message>
        <source>Not active: has left</source>
        <translation>Inte aktiv: har slutat</translation>
    </message>
    <message>
        <source>On a recovery break %1 – %2</source>
        <translation>Återhämtningspaus %1 – %2</translation>
    </message>
    <message>
        <source>Unavailable %1 – %2</source>
        <translation>Inte tillgänglig %1 – %2</translation>
    </message>
    <message>
        <source>“%1” is public and there is no valid consent to appear in public</source>
        <translation>”%1” är offentligt och det finns inget giltigt samtycke till att framträda offentligt</translation>
    </message>
    <message>
        <source>The request is recorded and there is no valid consent to photographs or recording</source>
        <translation>Uppdraget spelas in och det finns inget giltigt samtycke till fotografering eller inspelning</translation>
    </message>
    <message>
        <source>Under 18 on %1 and no valid guardian consent</source>
        <translation>Under 18 år den %1 och inget giltigt samtycke från vårdnadshavaren</translation>
    </message>
    <message>
        <source>Under 18 on %1 and no adult of the organisation is present</source>
        <translation>Under 18 år den %1 och ingen vuxen från organisationen är närvarande</translation>
    </message>
    <message>
        <source>Under 18 on %1 and “%2” is not open to minors</source>
        <translation>Under 18 år den %1 och ”%2” är inte öppet för minderåriga</translation>
    </message>
    <message>
        <source>Under 18 on %1 and the kind of work is not open to minors</source>
        <translation>Under 18 år den %1 och arbetsformen är inte öppen för minderåriga</translation>
    </message>
    <message>
        <source>Already engaged in this request</source>
        <translation>Medverkar redan i det här uppdraget</translation>
    </message>
    <message>
        <source>Already %n engagement(s) in %1; the worker&apos;s limit is %2</source>
        <translation>Redan %n medverkanden under %1; erfarenhetsaktörens gräns är %2</translation>
    </message>
    <message>
        <source>Wants at least %n day(s) between engagements; another is %1 day(s) away</source>
        <translation>Vill ha minst %n dagar mellan medverkanden; nästa är om %1 dagar</translation>
    </message>
    <message>
        <source>Needs %n day(s) of notice; the request gives %1</source>
        <translation>Behöver %n dagars varsel; uppdraget ger %1</translation>
    </message>
    <message>
        <source>Already engaged at an overlapping time: “%1”, %2</source>
        <translation>Medverkar redan vid en överlappande tid: ”%1”, %2</translation>
    </message>
    <message>
        <source>Already engaged at an overlapping time: %1</source>
        <translation>Medverkar redan vid en överlappande tid: %1</translation>
    </message>
    <message>
        <source>Declined this request</source>
        <translation>Tackade nej till det här uppdraget</translation>
    </message>
    <message>
        <source>Already invited to this request</source>
        <translation>Redan inbjuden till det här uppdraget</translation>
    </message>
    <message>
        <source>Does not speak the request&apos;s language (%1)</source>
        <translation>Talar inte uppdragets språk (%1)</translation>
    </message>
    <message>
        <source>Does not cover %1, where the request is held in person</source>
        <translation>Täcker inte %1, där uppdraget genomförs på plats</translation>
    </message>
    <message>
        <source>The request is limited to other organisations than %1</source>
        <translation>Uppdraget är begränsat till andra organisationer än %1</translation>
    </message>
    <message>
        <source>the worker&apos;s</source>
        <translation>erfarenhetsaktörens</translation>
    </message>
    <message>
        <source>%1 — exact</source>
        <translation>%1 — exakt</translation>
    </message>
    <message>
        <source>%1 — through the narrower topic %2</source>
        <translation>%1 — genom det snävare ämnet %2</translation>
    </message>
    <message>
        <source>%1 — through the broader topic %2</source>
        <translation>%1 — genom det bredare ämnet %2</translation>
    </message>
    <message>
        <source>%1 — through the related topic %2</source>
        <translation>%1 — genom det närliggande ämnet %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — no experience</source>
        <translation>%1 — ingen erfarenhet</translation>
    </message>
    <message>
        <source>Has said yes to “%1”</source>
        <translation>Har sagt ja till ”%1”</translation>
    </message>
    <message>
        <source>Has not listed “%1”</source>
        <translation>Har inte angett ”%1”</translation>
    </message>
    <message>
        <source>No weekly preferences stated</source>
        <translation>Inga önskemål per vecka angivna</translation>
    </message>
    <message>
        <source>The time fits the weekly preferences</source>
        <translation>Tiden passar önskemålen per vecka</translation>
    </message>
    <message>
        <source>The time is outside the weekly preferences</source>
        <translation>Tiden passar inte önskemålen per vecka</translation>
    </message>
    <message>
        <source>%1 of %2 proposed times fit the weekly preferences</source>
        <translation>%1 av %2 föreslagna tider passar önskemålen per vecka</translation>
    </message>
    <message>
        <source>No engagements within %n day(s)</source>
        <translation>Inga medverkanden inom %n dagar</translation>
    </message>
    <message>
        <source>%n engagement(s) within %1 days</source>
        <translation>%n medverkanden inom %1 dagar</translation>
    </message>
    <message>
        <source>%n invitation(s) without an engagement in the last %1 days</source>
        <translation>%n inbjudningar utan medverkan under de senaste %1 dagarna</translation>
    </message>
    <message>
        <source>Rotation minus capped at %1</source>
        <translation>Avdraget för turordning begränsat till %1</translation>
    </message>
    <message>
        <source>Engaged on the heavy topic %1 on %2</source>
        <translation>Medverkade i det tunga ämnet %1 den %2</translation>
    </message>
    <message>
        <source>No supervision or debrief on record</source>
        <translation>Ingen arbetshandledning eller avlastningssamtal antecknat</translation>
    </message>
    <message>
        <source>No supervision or debrief since %1</source>
        <translation>Ingen arbetshandledning eller avlastningssamtal sedan %1</translation>
    </message>
    <message>
        <source>Fees this year %1 and this request&apos;s %2 would cross the earnings ceiling of %3</source>
        <translation>Årets arvoden %1 och uppdragets %2 skulle överskrida inkomstgränsen %3</translation>
    </message>
    <message>
        <source>With this request the year&apos;s fees reach %1% of the earnings ceiling (%2 of %3)</source>
        <translation>Med det här uppdraget når årets arvoden %1 % av inkomstgränsen (%2 av %3)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::AuditRepository</name>
    <message>
        <source>Ask for at least one audit entry.</source>
        <translation>Be om minst en loggpost.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CommandLine</name>
    <message>
        <source>See kohtaamo --help.</source>
        <translation>Se kohtaamo --help.</translation>
    </message>
    <message>
        <source>Kohtaamo could not open the database.</source>
        <translation>Kohtaamo kunde inte öppna databasen.</translation>
    </message>
    <message>
        <source>Kohtaamo helps coordinators match professionals&apos; requests with experience workers.</source>
        <translation>Kohtaamo hjälper koordinatorer att matcha yrkesverksammas uppdrag med erfarenhetsaktörer.</translation>
    </message>
    <message>
        <source>Open the database at &lt;location&gt;: an SQLite file, or a shared PostgreSQL database given as postgresql://user@host:port/database (the password comes from ~/.pgpass or PGPASSWORD). Without this, Kohtaamo opens the database used last, or its own file in the application data folder.</source>
        <translation>Öppna databasen &lt;plats&gt;: en SQLite-fil eller en delad PostgreSQL-databas angiven som postgresql://användare@värd:port/databas (lösenordet hämtas från ~/.pgpass eller PGPASSWORD). Utan detta öppnar Kohtaamo den databas som användes senast, eller sin egen fil i programmets datamapp.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>Open the demo database, a fictional office kept apart from your own data. It is created on first use.</source>
        <translation>Öppna demodatabasen, ett påhittat kontor som hålls åtskilt från dina egna uppgifter. Den skapas första gången den används.</translation>
    </message>
    <message>
        <source>Show Kohtaamo in &lt;language&gt;: fi (Finnish), sv (Swedish) or en (English). Without this, the system&apos;s language is used.</source>
        <translation>Visa Kohtaamo på &lt;språk&gt;: fi (finska), sv (svenska) eller en (engelska). Utan detta används systemets språk.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>Save a picture of every page into &lt;folder&gt; and quit.</source>
        <translation>Spara en bild av varje sida i &lt;mapp&gt; och avsluta.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>A database file to open, the same as --db.</source>
        <translation>En databasfil att öppna, samma som --db.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fil]</translation>
    </message>
    <message>
        <source>Kohtaamo opens one database at a time; “%1” was given in addition.</source>
        <translation>Kohtaamo öppnar en databas åt gången; dessutom angavs ”%1”.</translation>
    </message>
    <message>
        <source>--db needs a database file or a postgresql:// address.</source>
        <translation>--db behöver en databasfil eller en postgresql://-adress.</translation>
    </message>
    <message>
        <source>Use either a database or --demo, not both.</source>
        <translation>Ange antingen en databas eller --demo, inte båda.</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Use fi, sv or en.</source>
        <translation>Okänt språk ”%1”. Använd fi, sv eller en.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Context</name>
    <message>
        <source>(unknown topic)</source>
        <translation>(okänt ämne)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CountTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Database</name>
    <message>
        <source>The database reported an error. Nothing was changed. (%1)</source>
        <translation>Databasen rapporterade ett fel. Ingenting ändrades. (%1)</translation>
    </message>
    <message>
        <source>The %1 driver for Qt is not installed.</source>
        <translation>Qt:s drivrutin för %1 är inte installerad.</translation>
    </message>
    <message>
        <source>Could not open the database “%1”: %2</source>
        <translation>Databasen ”%1” kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>An SQLite database needs a file name.</source>
        <translation>En SQLite-databas behöver ett filnamn.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>”%1” är inte en fil.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Databasfilen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Mappen ”%1” kunde inte skapas.</translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it; it was not changed.</source>
        <translation>Det gick inte att säkerhetskopiera ”%1” före uppgraderingen; den ändrades inte.</translation>
    </message>
    <message>
        <source>“%1” is not a Kohtaamo database. Kohtaamo did not change it.</source>
        <translation>”%1” är inte en Kohtaamo-databas. Kohtaamo ändrade den inte.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kohtaamo (schema %2; this version knows up to %3). Update Kohtaamo to open it. The database was not changed.</source>
        <translation>”%1” har skrivits av en nyare version av Kohtaamo (schemaversion %2; den här versionen känner till version %3). Uppdatera Kohtaamo för att öppna den. Databasen ändrades inte.</translation>
    </message>
    <message>
        <source>“%1” is an empty database.</source>
        <translation>”%1” är en tom databas.</translation>
    </message>
    <message>
        <source>“%1” uses an older schema (%2) and must be upgraded before use.</source>
        <translation>”%1” använder en äldre schemaversion (%2) och måste uppgraderas före användning.</translation>
    </message>
    <message>
        <source>A part of the change failed, so none of it was saved.</source>
        <translation>En del av ändringen misslyckades, så ingenting av den sparades.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Ingen databas angavs.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address. Use postgresql://user@host:port/database.</source>
        <translation>”%1” är inte en giltig PostgreSQL-adress. Använd postgresql://användare@värd:port/databas.</translation>
    </message>
    <message>
        <source>The PostgreSQL address “%1” names no database.</source>
        <translation>PostgreSQL-adressen ”%1” anger ingen databas.</translation>
    </message>
    <message>
        <source>Unknown kind of database address “%1”: use a file path or postgresql://…</source>
        <translation>Okänd typ av databasadress ”%1”: använd en filsökväg eller postgresql://…</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::DemoGenerator</name>
    <message>
        <source>The numbers of workers and requests cannot be negative.</source>
        <translation>Antalet erfarenhetsaktörer och uppdrag kan inte vara negativt.</translation>
    </message>
    <message>
        <source>This database already holds workers or requests. Demo data is only created in an empty database, so that it is never mixed with real data.</source>
        <translation>Den här databasen innehåller redan erfarenhetsaktörer eller uppdrag. Demodata skapas bara i en tom databas, så att de aldrig blandas med riktiga uppgifter.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::DemoRun</name>
    <message>
        <source>pseudonym</source>
        <translation>pseudonym</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Uppdrag</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::EngagementRepository</name>
    <message>
        <source>Engagement #%1</source>
        <translation>Medverkan #%1</translation>
    </message>
    <message>
        <source>worker #%1</source>
        <translation>erfarenhetsaktör #%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The engagement of “%1” in request %2</source>
        <translation>Medverkan av ”%1” i uppdrag %2</translation>
    </message>
    <message>
        <source>An engagement must belong to a request.</source>
        <translation>En medverkan måste höra till ett uppdrag.</translation>
    </message>
    <message>
        <source>An engagement must name the worker.</source>
        <translation>En medverkan måste ange erfarenhetsaktören.</translation>
    </message>
    <message>
        <source>Enter when the engagement starts, not only when it ends.</source>
        <translation>Ange när medverkan börjar, inte bara när den slutar.</translation>
    </message>
    <message>
        <source>An engagement must end after it starts.</source>
        <translation>En medverkan måste sluta efter att den börjat.</translation>
    </message>
    <message>
        <source>The hours must be between 0 and 168.</source>
        <translation>Timmarna måste vara mellan 0 och 168.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Arvodet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Travel costs cannot be negative.</source>
        <translation>Resekostnaderna kan inte vara negativa.</translation>
    </message>
    <message>
        <source>Enter the date the fee was paid.</source>
        <translation>Ange datumet då arvodet betalades.</translation>
    </message>
    <message>
        <source>A payment date is given, but the fee is not marked paid.</source>
        <translation>Ett betalningsdatum har angetts, men arvodet är inte markerat som betalt.</translation>
    </message>
    <message>
        <source>The worker declined the fee, so it cannot be marked paid.</source>
        <translation>Erfarenhetsaktören avböjde arvodet, så det kan inte markeras som betalt.</translation>
    </message>
    <message>
        <source>The database returned no row.</source>
        <translation>Databasen returnerade ingen rad.</translation>
    </message>
    <message>
        <source>Request #%1 does not exist; someone may have removed it.</source>
        <translation>Uppdrag #%1 finns inte; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>Worker #%1 does not exist; someone may have removed them.</source>
        <translation>Erfarenhetsaktör #%1 finns inte; någon kan ha tagit bort hen.</translation>
    </message>
    <message>
        <source>Invitation #%1 does not exist.</source>
        <translation>Inbjudan #%1 finns inte.</translation>
    </message>
    <message>
        <source>The invitation belongs to another request or worker.</source>
        <translation>Inbjudan hör till ett annat uppdrag eller en annan erfarenhetsaktör.</translation>
    </message>
    <message>
        <source>%1 is already engaged in this request.</source>
        <translation>%1 medverkar redan i det här uppdraget.</translation>
    </message>
    <message>
        <source>An engagement cannot be moved to another request or worker; make a new one instead.</source>
        <translation>En medverkan kan inte flyttas till ett annat uppdrag eller en annan erfarenhetsaktör; gör en ny i stället.</translation>
    </message>
    <message>
        <source>Request %1 is “%2”: no one can be engaged in it any more.</source>
        <translation>Uppdrag %1 är ”%2”: ingen kan längre medverka i det.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ErrorMessage</name>
    <message>
        <source>Kohtaamo</source>
        <translation>Kohtaamo</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Exclusion</name>
    <message>
        <source>Not active</source>
        <translation>Inte aktiv</translation>
    </message>
    <message>
        <source>Unavailable on the date</source>
        <translation>Inte tillgänglig på dagen</translation>
    </message>
    <message>
        <source>On a recovery break</source>
        <translation>Har återhämtningspaus</translation>
    </message>
    <message>
        <source>No valid consent to be contacted</source>
        <translation>Inget giltigt samtycke till att bli kontaktad</translation>
    </message>
    <message>
        <source>No consent to appear in public</source>
        <translation>Inget samtycke till att framträda offentligt</translation>
    </message>
    <message>
        <source>No consent to photographs or recording</source>
        <translation>Inget samtycke till fotografering eller inspelning</translation>
    </message>
    <message>
        <source>Under 18 without a guardian&apos;s consent</source>
        <translation>Under 18 år utan vårdnadshavarens samtycke</translation>
    </message>
    <message>
        <source>Under 18 and no adult present</source>
        <translation>Under 18 år och ingen vuxen närvarande</translation>
    </message>
    <message>
        <source>Under 18 and the work is not open to minors</source>
        <translation>Under 18 år och arbetet är inte öppet för minderåriga</translation>
    </message>
    <message>
        <source>Monthly maximum reached</source>
        <translation>Månadens maximum är nått</translation>
    </message>
    <message>
        <source>Too close to another engagement</source>
        <translation>För nära en annan medverkan</translation>
    </message>
    <message>
        <source>Too short notice</source>
        <translation>För kort varsel</translation>
    </message>
    <message>
        <source>Already engaged at that time</source>
        <translation>Medverkar redan vid den tiden</translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation>Redan inbjuden</translation>
    </message>
    <message>
        <source>Declined this request</source>
        <translation>Tackade nej till det här uppdraget</translation>
    </message>
    <message>
        <source>Already engaged in this request</source>
        <translation>Medverkar redan i det här uppdraget</translation>
    </message>
    <message>
        <source>Does not speak the language</source>
        <translation>Talar inte språket</translation>
    </message>
    <message>
        <source>Region not covered</source>
        <translation>Området täcks inte</translation>
    </message>
    <message>
        <source>Organisation outside the request&apos;s scope</source>
        <translation>Organisationen hör inte till uppdragets omfattning</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Kom i gång</translation>
    </message>
    <message>
        <source>This database is still empty. Three steps get your office going:</source>
        <translation>Databasen är ännu tom. Med de här tre stegen kommer ditt kontor i gång:</translation>
    </message>
    <message>
        <source>Add your organisation</source>
        <translation>Lägg till din organisation</translation>
    </message>
    <message>
        <source>Enter your own organisation and the member organisations whose experience workers you coordinate.</source>
        <translation>För in din egen organisation och de medlemsorganisationer vars erfarenhetsaktörer du koordinerar.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Öppna &amp;inställningar</translation>
    </message>
    <message>
        <source>Register the experience workers</source>
        <translation>Registrera erfarenhetsaktörerna</translation>
    </message>
    <message>
        <source>For each worker: the experiences they speak from, the work they are willing to do, when they are available, and the consents they have given.</source>
        <translation>För varje erfarenhetsaktör: de erfarenheter hen talar utifrån, det arbete hen är villig att göra, när hen är tillgänglig och vilka samtycken hen har gett.</translation>
    </message>
    <message>
        <source>Open &amp;Workers</source>
        <translation>Öppna &amp;erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Log the first request</source>
        <translation>För in det första uppdraget</translation>
    </message>
    <message>
        <source>When a professional asks for experience workers, log the request. Kohtaamo then suggests whom to invite, and explains why.</source>
        <translation>När en yrkesverksam ber om erfarenhetsaktörer, för in uppdraget. Kohtaamo föreslår sedan vem som ska bjudas in och förklarar varför.</translation>
    </message>
    <message>
        <source>Open &amp;Requests</source>
        <translation>Öppna &amp;uppdrag</translation>
    </message>
    <message>
        <source>&lt;b&gt;Want to look around first?&lt;/b&gt; Start Kohtaamo with &lt;code&gt;kohtaamo --demo&lt;/code&gt; to open a demo office with fictional workers and requests. The demo has a database of its own and is never mixed with your data.</source>
        <translation>&lt;b&gt;Vill du se dig omkring först?&lt;/b&gt; Starta Kohtaamo med &lt;code&gt;kohtaamo --demo&lt;/code&gt; för att öppna ett demokontor med påhittade erfarenhetsaktörer och uppdrag. Demon har en egen databas och blandas aldrig med dina uppgifter.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InvitationRepository</name>
    <message>
        <source>Invitation #%1</source>
        <translation>Inbjudan #%1</translation>
    </message>
    <message>
        <source>worker #%1</source>
        <translation>erfarenhetsaktör #%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The invitation of “%1” to request %2</source>
        <translation>Inbjudan av ”%1” till uppdrag %2</translation>
    </message>
    <message>
        <source>An invitation must belong to a request.</source>
        <translation>En inbjudan måste höra till ett uppdrag.</translation>
    </message>
    <message>
        <source>An invitation must name the worker invited.</source>
        <translation>En inbjudan måste ange den inbjudna erfarenhetsaktören.</translation>
    </message>
    <message>
        <source>The number of reminders cannot be negative.</source>
        <translation>Antalet påminnelser kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The answer cannot come before the invitation was sent.</source>
        <translation>Svaret kan inte komma innan inbjudan skickades.</translation>
    </message>
    <message>
        <source>A reminder cannot be sent before the invitation.</source>
        <translation>En påminnelse kan inte skickas före inbjudan.</translation>
    </message>
    <message>
        <source>Request #%1 does not exist; someone may have removed it.</source>
        <translation>Uppdrag #%1 finns inte; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>Request %1 is “%2”: no one can be invited to it any more.</source>
        <translation>Uppdrag %1 är ”%2”: ingen kan längre bjudas in till det.</translation>
    </message>
    <message>
        <source>Worker #%1 does not exist; someone may have removed them.</source>
        <translation>Erfarenhetsaktör #%1 finns inte; någon kan ha tagit bort hen.</translation>
    </message>
    <message>
        <source>%1 has already been invited to request %2. Change that invitation instead.</source>
        <translation>%1 har redan bjudits in till uppdrag %2. Ändra den inbjudan i stället.</translation>
    </message>
    <message>
        <source>An invitation cannot be moved to another request or worker; make a new invitation instead.</source>
        <translation>En inbjudan kan inte flyttas till ett annat uppdrag eller en annan erfarenhetsaktör; gör en ny inbjudan i stället.</translation>
    </message>
    <message>
        <source>The worker declined this invitation; do not remind them of it.</source>
        <translation>Erfarenhetsaktören tackade nej till den här inbjudan; påminn inte om den.</translation>
    </message>
    <message>
        <source>The invitation was withdrawn; do not remind the worker of it.</source>
        <translation>Inbjudan har dragits tillbaka; påminn inte erfarenhetsaktören om den.</translation>
    </message>
    <message>
        <source>The worker already declined this invitation.</source>
        <translation>Erfarenhetsaktören har redan tackat nej till den här inbjudan.</translation>
    </message>
    <message>
        <source>The invitation has already been withdrawn.</source>
        <translation>Inbjudan har redan dragits tillbaka.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MainWindow</name>
    <message>
        <source>Kohtaamo could not open the database.</source>
        <translation>Kohtaamo kunde inte öppna databasen.</translation>
    </message>
    <message>
        <source>About Kohtaamo</source>
        <translation>Om Kohtaamo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kohtaamo %1&lt;/h3&gt;&lt;p&gt;Kohtaamo helps coordinators of experience workers in child-protection organisations: it matches professionals&apos; requests with people whose lived experience fits, and keeps track of consent, preparation, debriefs and fees.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kohtaamo %1&lt;/h3&gt;&lt;p&gt;Kohtaamo hjälper koordinatorer för erfarenhetsaktörer i barnskyddsorganisationer: det matchar yrkesverksammas uppdrag med personer vars egen erfarenhet passar och håller reda på samtycken, förberedelser, avlastningssamtal och arvoden.&lt;/p&gt;&lt;p&gt;Byggt med Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo database: %1</source>
        <translation>Demodatabas: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Användare: %1</translation>
    </message>
    <message>
        <source>Demo — %1</source>
        <translation>Demo — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <source>Open another Kohtaamo database, a file or a shared PostgreSQL database</source>
        <translation>Öppna en annan Kohtaamo-databas, en fil eller en delad PostgreSQL-databas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About Kohtaamo</source>
        <translation>&amp;Om Kohtaamo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Experience workers</source>
        <translation>Erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or press Ctrl with 1 to 5.</source>
        <translation>Välj en sida med piltangenterna eller med Ctrl och 1–5.</translation>
    </message>
    <message>
        <source>Every request a professional sends — review a brochure, speak at a training, join a work group — from the moment it arrives until the meeting&apos;s outcome is recorded.</source>
        <translation>Varje uppdrag som en yrkesverksam skickar — granska en broschyr, tala på en utbildning, delta i en arbetsgrupp — från att det kommer in tills mötets resultat har antecknats.</translation>
    </message>
    <message>
        <source>An inbox of all requests, with filters for status, kind of work, topic and dates, and search as you type.</source>
        <translation>En inkorg med alla uppdrag, med filter för status, arbetsform, ämne och datum, och sökning medan du skriver.</translation>
    </message>
    <message>
        <source>A form for a new request: who asks, what for, when or by when, where, in which language, and on what fee terms.</source>
        <translation>Ett formulär för ett nytt uppdrag: vem som frågar, för vad, när eller till när, var, på vilket språk och på vilka arvodesvillkor.</translation>
    </message>
    <message>
        <source>Tagging with topics and the wanted perspective: as a child or young person, as a parent, as a relative.</source>
        <translation>Klassificering med ämnen och det önskade perspektivet: som barn eller ung, som förälder, som anhörig.</translation>
    </message>
    <message>
        <source>Candidates ranked by relevant experience, availability and consent, with the reasons shown; invitations and their answers.</source>
        <translation>Kandidater rangordnade efter relevant erfarenhet, tillgänglighet och samtycke, med skälen synliga; inbjudningar och svaren på dem.</translation>
    </message>
    <message>
        <source>The meeting&apos;s outcome: attendance, hours, fees and travel costs, debriefs, and the experience knowledge it produced.</source>
        <translation>Mötets resultat: närvaro, timmar, arvoden och resekostnader, avlastningssamtal och den erfarenhetskunskap som mötet gav.</translation>
    </message>
    <message>
        <source>The register of experience workers: what they can speak from, what they are willing to do, when they are available, and what they have consented to.</source>
        <translation>Registret över erfarenhetsaktörer: vad de kan tala utifrån, vad de är villiga att göra, när de är tillgängliga och vad de har samtyckt till.</translation>
    </message>
    <message>
        <source>A searchable list with filters for organisation, topic, status, language, region and consent; minors, recovery breaks and monthly limits clearly marked.</source>
        <translation>En sökbar lista med filter för organisation, ämne, status, språk, område och samtycke; minderåriga, återhämtningspauser och månadsgränser tydligt markerade.</translation>
    </message>
    <message>
        <source>A profile for each worker: experiences with their perspective, kinds of work, availability, training, supervision and debriefs.</source>
        <translation>En profil för varje erfarenhetsaktör: erfarenheter med perspektiv, arbetsformer, tillgänglighet, utbildning, arbetshandledning och avlastningssamtal.</translation>
    </message>
    <message>
        <source>Consents kept as a history: given, expiring, withdrawn, and by whom they were recorded.</source>
        <translation>Samtycken som en historik: givna, utgående, återkallade och vem som antecknade dem.</translation>
    </message>
    <message>
        <source>Each worker&apos;s invitations and engagements, with hours and fees for the year against any annual earnings limit.</source>
        <translation>Varje erfarenhetsaktörs inbjudningar och medverkanden, med årets timmar och arvoden i förhållande till en eventuell årlig inkomstgräns.</translation>
    </message>
    <message>
        <source>The figures funders ask for, and what the meetings taught.</source>
        <translation>Siffrorna som finansiärerna ber om, och vad mötena lärde oss.</translation>
    </message>
    <message>
        <source>Experience workers, organisations and activities per period, for funders&apos; reports.</source>
        <translation>Erfarenhetsaktörer, organisationer och aktiviteter per period, för finansiärernas rapporter.</translation>
    </message>
    <message>
        <source>Hours, fees and travel costs per period, organisation and kind of work.</source>
        <translation>Timmar, arvoden och resekostnader per period, organisation och arbetsform.</translation>
    </message>
    <message>
        <source>Experience knowledge gathered in meetings, by topic and phase of life.</source>
        <translation>Erfarenhetskunskap från mötena, efter ämne och livsskede.</translation>
    </message>
    <message>
        <source>Critical points along the life course where services failed people.</source>
        <translation>Kritiska punkter längs livsloppet där servicen svek människor.</translation>
    </message>
    <message>
        <source>How Kohtaamo works for your office.</source>
        <translation>Hur Kohtaamo fungerar för ditt kontor.</translation>
    </message>
    <message>
        <source>Your organisation and the member organisations.</source>
        <translation>Din organisation och medlemsorganisationerna.</translation>
    </message>
    <message>
        <source>The topics experiences and requests are tagged with, in Finnish, Swedish and English.</source>
        <translation>Ämnena som erfarenheter och uppdrag klassificeras med, på finska, svenska och engelska.</translation>
    </message>
    <message>
        <source>How candidates are ranked, each weight explained, with a way back to the defaults.</source>
        <translation>Hur kandidaterna rangordnas, varje vikt förklarad, med en väg tillbaka till standardvärdena.</translation>
    </message>
    <message>
        <source>The database: an SQLite file or a shared PostgreSQL database, tested before it is saved.</source>
        <translation>Databasen: en SQLite-fil eller en delad PostgreSQL-databas, testad innan den sparas.</translation>
    </message>
    <message>
        <source>The language, and how often the group meets.</source>
        <translation>Språket, och hur ofta gruppen träffas.</translation>
    </message>
    <message>
        <source>Meanwhile: File ▸ Open Database… chooses the database, and starting Kohtaamo with --lang fi, sv or en chooses the language.</source>
        <translation>Under tiden: Arkiv ▸ Öppna databas… väljer databasen, och språket väljs genom att starta Kohtaamo med --lang fi, sv eller en.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Migrator</name>
    <message>
        <source>“%1” is not a Kohtaamo database (it could not be read as one). It was not changed.</source>
        <translation>”%1” är inte en Kohtaamo-databas (den kunde inte läsas som en sådan). Den ändrades inte.</translation>
    </message>
    <message>
        <source>“%1” is not a Kohtaamo database. It was not changed.</source>
        <translation>”%1” är inte en Kohtaamo-databas. Den ändrades inte.</translation>
    </message>
    <message>
        <source>The database is at schema version %1 and cannot be brought to version %2 directly.</source>
        <translation>Databasen har schemaversion %1 och kan inte uppgraderas direkt till version %2.</translation>
    </message>
    <message>
        <source>A schema script is missing from this build.</source>
        <translation>Ett schemaskript saknas i den här versionen av Kohtaamo.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; nothing was changed.</source>
        <translation>Uppgraderingen av databasen till schemaversion %1 misslyckades; ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Give an SQLite file, used by one coordinator, or a PostgreSQL database shared by several coordinators: postgresql://user@host:port/database. The password comes from ~/.pgpass or the PGPASSWORD environment variable. A file that does not exist yet is created.</source>
        <translation>Ange en SQLite-fil som används av en koordinator, eller en PostgreSQL-databas som delas av flera koordinatorer: postgresql://användare@värd:port/databas. Lösenordet hämtas från ~/.pgpass eller miljövariabeln PGPASSWORD. En fil som inte finns ännu skapas.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL address</source>
        <translation>Databasfil eller PostgreSQL-adress</translation>
    </message>
    <message>
        <source>File path or postgresql://…</source>
        <translation>Filsökväg eller postgresql://…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Browse for a database file</source>
        <translation>Bläddra efter en databasfil</translation>
    </message>
    <message>
        <source>Problem with the database address</source>
        <translation>Problem med databasadressen</translation>
    </message>
    <message>
        <source>Choose a Kohtaamo Database</source>
        <translation>Välj en Kohtaamo-databas</translation>
    </message>
    <message>
        <source>Kohtaamo databases (*.sqlite *.db)</source>
        <translation>Kohtaamo-databaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OrganisationRepository</name>
    <message>
        <source>Organisation #%1</source>
        <translation>Organisation #%1</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>Organisationen ”%1”</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>En organisation behöver ett namn.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is longer than 200 characters.</source>
        <translation>Organisationens namn är längre än 200 tecken.</translation>
    </message>
    <message>
        <source>An organisation called “%1” already exists.</source>
        <translation>En organisation med namnet ”%1” finns redan.</translation>
    </message>
    <message>
        <source>The organisation “%1”</source>
        <translation>Organisationen ”%1”</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutcomeRepository</name>
    <message>
        <source>Request #%1 does not exist; someone may have removed it.</source>
        <translation>Uppdrag #%1 finns inte; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>No outcome has been recorded for request #%1 yet.</source>
        <translation>Inget resultat har antecknats för uppdrag #%1 ännu.</translation>
    </message>
    <message>
        <source>An outcome must belong to a request.</source>
        <translation>Ett resultat måste höra till ett uppdrag.</translation>
    </message>
    <message>
        <source>The outcome of request %1</source>
        <translation>Resultatet av uppdrag %1</translation>
    </message>
    <message>
        <source>An outcome cannot be moved to another request.</source>
        <translation>Ett resultat kan inte flyttas till ett annat uppdrag.</translation>
    </message>
    <message>
        <source>Knowledge entry #%1</source>
        <translation>Anteckning om erfarenhetskunskap #%1</translation>
    </message>
    <message>
        <source>Write down what was learned: a knowledge entry needs text.</source>
        <translation>Skriv ner vad man lärde sig: en anteckning om erfarenhetskunskap behöver text.</translation>
    </message>
    <message>
        <source>Enter the date the knowledge was recorded.</source>
        <translation>Ange datumet då kunskapen antecknades.</translation>
    </message>
    <message>
        <source>Request #%1 does not exist.</source>
        <translation>Uppdrag #%1 finns inte.</translation>
    </message>
    <message>
        <source>A topic is listed twice on the knowledge entry.</source>
        <translation>Ett ämne står två gånger i anteckningen.</translation>
    </message>
    <message>
        <source>Topic #%1 does not exist; someone may have removed it.</source>
        <translation>Ämne #%1 finns inte; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>The knowledge entry “%1”</source>
        <translation>Anteckningen om erfarenhetskunskap ”%1”</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OverviewPage</name>
    <message>
        <source>The numbers could not be read from the database. %1</source>
        <translation>Siffrorna kunde inte läsas från databasen. %1</translation>
    </message>
    <message>
        <source>%1 no longer active</source>
        <translation>%1 inte längre aktiv</translation>
    </message>
    <message>
        <source>%1 on a break</source>
        <translation>%1 har paus</translation>
    </message>
    <message>
        <source>%1 registered in all</source>
        <translation>%1 registrerade sammanlagt</translation>
    </message>
    <message>
        <source>%1 received in all</source>
        <translation>%1 mottagna sammanlagt</translation>
    </message>
    <message>
        <source>Closed: %1 · Cancelled: %2</source>
        <translation>Avslutade: %1 · Inställda: %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Active experience workers</source>
        <translation>Aktiva erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Öppna uppdrag</translation>
    </message>
    <message>
        <source>Open requests by status</source>
        <translation>Öppna uppdrag efter status</translation>
    </message>
    <message>
        <source>Logged, not yet tagged with topics.</source>
        <translation>Införda, ännu inte klassificerade med ämnen.</translation>
    </message>
    <message>
        <source>Topics set; ready to find and invite experience workers.</source>
        <translation>Ämnen angivna; redo att hitta och bjuda in erfarenhetsaktörer.</translation>
    </message>
    <message>
        <source>Invitations sent; waiting for answers.</source>
        <translation>Inbjudningar skickade; väntar på svar.</translation>
    </message>
    <message>
        <source>Enough workers have said yes; the meeting is ahead.</source>
        <translation>Tillräckligt många erfarenhetsaktörer har tackat ja; mötet är på kommande.</translation>
    </message>
    <message>
        <source>The meeting was held; outcome, debrief and fees to record before closing.</source>
        <translation>Mötet är genomfört; resultat, avlastningssamtal och arvoden ska antecknas innan uppdraget avslutas.</translation>
    </message>
    <message>
        <source>A fuller Today page comes in a later version: requests waiting for topics, invitations without an answer, meetings in the next two weeks, debriefs and fees still to do, and consents about to expire.</source>
        <translation>En fylligare I dag-sida kommer i en senare version: uppdrag som väntar på ämnen, obesvarade inbjudningar, möten de närmaste två veckorna, avlastningssamtal och arvoden som återstår, och samtycken som snart går ut.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Kohtaamo. Nothing is missing from your data: it is simply not shown here yet.</source>
        <translation>Den här sidan kommer i en senare version av Kohtaamo. Ingenting saknas i dina uppgifter: de visas bara inte här ännu.</translation>
    </message>
    <message>
        <source>What this page will do</source>
        <translation>Vad sidan kommer att göra</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingEngine</name>
    <message>
        <source>No consent to be contacted on record</source>
        <translation>Inget samtycke till att bli kontaktad antecknat</translation>
    </message>
    <message>
        <source>Consent to be contacted expired on %1</source>
        <translation>Samtycket till att bli kontaktad gick ut den %1</translation>
    </message>
    <message>
        <source>Consent to be contacted was withdrawn on %1</source>
        <translation>Samtycket till att bli kontaktad återkallades den %1</translation>
    </message>
    <message>
        <source>Consent to be contacted is valid only from %1</source>
        <translation>Samtycket till att bli kontaktad gäller först från den %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingWeights</name>
    <message>
        <source>Experience of the requested topic itself</source>
        <translation>Erfarenhet av just det efterfrågade ämnet</translation>
    </message>
    <message>
        <source>Experience of a narrower topic</source>
        <translation>Erfarenhet av ett snävare ämne</translation>
    </message>
    <message>
        <source>Experience of a broader topic</source>
        <translation>Erfarenhet av ett bredare ämne</translation>
    </message>
    <message>
        <source>Experience of a neighbouring topic</source>
        <translation>Erfarenhet av ett närliggande ämne</translation>
    </message>
    <message>
        <source>Experience from the wanted perspective (extra)</source>
        <translation>Erfarenhet ur det önskade perspektivet (tillägg)</translation>
    </message>
    <message>
        <source>Weight of a secondary topic (% of a primary one)</source>
        <translation>Vikten av ett sekundärt ämne (% av ett primärt)</translation>
    </message>
    <message>
        <source>Has said yes to this kind of work</source>
        <translation>Har sagt ja till den här arbetsformen</translation>
    </message>
    <message>
        <source>Time fits the weekly preferences</source>
        <translation>Tiden passar önskemålen per vecka</translation>
    </message>
    <message>
        <source>No weekly preferences stated</source>
        <translation>Inga önskemål per vecka angivna</translation>
    </message>
    <message>
        <source>Fair rotation: days that count as recent</source>
        <translation>Rättvis turordning: dagar som räknas som nyligen</translation>
    </message>
    <message>
        <source>Fair rotation: minus per recent or planned engagement</source>
        <translation>Rättvis turordning: avdrag per nylig eller planerad medverkan</translation>
    </message>
    <message>
        <source>Fair rotation: minus per invitation without engagement</source>
        <translation>Rättvis turordning: avdrag per inbjudan utan medverkan</translation>
    </message>
    <message>
        <source>Fair rotation: largest minus</source>
        <translation>Rättvis turordning: största avdrag</translation>
    </message>
    <message>
        <source>Wellbeing: days a heavy topic weighs</source>
        <translation>Välmående: dagar som ett tungt ämne väger</translation>
    </message>
    <message>
        <source>Wellbeing: minus after a heavy topic</source>
        <translation>Välmående: avdrag efter ett tungt ämne</translation>
    </message>
    <message>
        <source>Wellbeing: days within which supervision or a debrief is expected</source>
        <translation>Välmående: dagar inom vilka arbetshandledning eller avlastningssamtal väntas</translation>
    </message>
    <message>
        <source>Fee ceiling: near from this share (%)</source>
        <translation>Inkomstgräns: nära från den här andelen (%)</translation>
    </message>
    <message>
        <source>Fee ceiling: minus for paid work near it</source>
        <translation>Inkomstgräns: avdrag för arvoderat arbete nära gränsen</translation>
    </message>
    <message>
        <source>Fee ceiling: minus when the fee would cross it</source>
        <translation>Inkomstgräns: avdrag när arvodet skulle överskrida den</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>”%1” måste vara mellan %2 och %3.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingWeightsRepository</name>
    <message>
        <source> %1 saved them at %2.</source>
        <translation> %1 sparade dem %2.</translation>
    </message>
    <message>
        <source>The ranking weights were changed by someone else after you opened them.%1 Nothing was saved: reload to see the current weights, then make your change again.</source>
        <translation>Någon annan ändrade rangordningens vikter efter att du öppnade dem.%1 Ingenting sparades: läs in de aktuella vikterna på nytt och gör sedan din ändring igen.</translation>
    </message>
    <message>
        <source>The ranking weights were changed by someone else while saving. Nothing was saved: reload to see the current weights, then make your change again.</source>
        <translation>Någon annan ändrade rangordningens vikter medan de sparades. Ingenting sparades: läs in de aktuella vikterna på nytt och gör sedan din ändring igen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RecordStore</name>
    <message>
        <source> %1 saved it at %2.</source>
        <translation> %1 sparade den %2.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it.%2 Nothing was saved: reload to see the current version, then make your change again.</source>
        <translation>%1 ändrades av någon annan efter att du öppnade den.%2 Ingenting sparades: läs in den aktuella versionen på nytt och gör sedan din ändring igen.</translation>
    </message>
    <message>
        <source>%1 no longer exists; someone may have removed it.</source>
        <translation>%1 finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestRepository</name>
    <message>
        <source>The request “%1”</source>
        <translation>Uppdraget ”%1”</translation>
    </message>
    <message>
        <source>The request %1 “%2”</source>
        <translation>Uppdraget %1 ”%2”</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Uppdrag #%1</translation>
    </message>
    <message>
        <source>The request %1</source>
        <translation>Uppdraget %1</translation>
    </message>
    <message>
        <source>A request needs a title.</source>
        <translation>Ett uppdrag behöver en rubrik.</translation>
    </message>
    <message>
        <source>The request&apos;s title is longer than 300 characters.</source>
        <translation>Uppdragets rubrik är längre än 300 tecken.</translation>
    </message>
    <message>
        <source>Enter who made the request.</source>
        <translation>Ange vem som gav uppdraget.</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Ange datumet då uppdraget togs emot.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>”%1” är inte en e-postadress.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>”%1” är inte ett telefonnummer.</translation>
    </message>
    <message>
        <source>A request needs at least one worker.</source>
        <translation>Ett uppdrag behöver minst en erfarenhetsaktör.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>Längden kan inte vara negativ.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Arvodet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Give the language as a two-letter code such as “fi” or “sv”.</source>
        <translation>Ange språket som en kod med två bokstäver, till exempel ”fi” eller ”sv”.</translation>
    </message>
    <message>
        <source>A saved request must keep its reference.</source>
        <translation>Ett sparat uppdrag måste behålla sitt referensnummer.</translation>
    </message>
    <message>
        <source>A topic is listed twice on the request.</source>
        <translation>Ett ämne står två gånger i uppdraget.</translation>
    </message>
    <message>
        <source>A proposed time needs a start.</source>
        <translation>En föreslagen tid behöver en starttid.</translation>
    </message>
    <message>
        <source>A proposed time must end after it starts.</source>
        <translation>En föreslagen tid måste sluta efter att den börjat.</translation>
    </message>
    <message>
        <source>Only one of the proposed times can be the chosen one.</source>
        <translation>Endast en av de föreslagna tiderna kan vara den valda.</translation>
    </message>
    <message>
        <source>An organisation is listed twice on the request.</source>
        <translation>En organisation står två gånger i uppdraget.</translation>
    </message>
    <message>
        <source>There is no service type “%1”.</source>
        <translation>Arbetsformen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>Topic #%1 does not exist; someone may have removed it.</source>
        <translation>Ämne #%1 finns inte; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>Organisation #%1 does not exist; someone may have removed it.</source>
        <translation>Organisation #%1 finns inte; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>Another request already has the reference %1.</source>
        <translation>Ett annat uppdrag har redan referensnumret %1.</translation>
    </message>
    <message>
        <source>The request is already “%1”: it must keep at least one topic.</source>
        <translation>Uppdraget är redan ”%1”: det måste ha kvar minst ett ämne.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestWorkflow</name>
    <message>
        <source>The request is already “%1”.</source>
        <translation>Uppdraget är redan ”%1”.</translation>
    </message>
    <message>
        <source>A request that is “%1” can no longer be cancelled.</source>
        <translation>Ett uppdrag som är ”%1” kan inte längre ställas in.</translation>
    </message>
    <message>
        <source>A request cannot go from “%1” to “%2”.</source>
        <translation>Ett uppdrag kan inte gå från ”%1” till ”%2”.</translation>
    </message>
    <message>
        <source>Add at least one topic to the request before marking it tagged: the topics say whose experience is asked for.</source>
        <translation>Lägg till minst ett ämne i uppdraget innan du markerar det som klassificerat: ämnena säger vems erfarenhet som efterfrågas.</translation>
    </message>
    <message>
        <source>Add at least one topic to the request before inviting workers.</source>
        <translation>Lägg till minst ett ämne i uppdraget innan du bjuder in erfarenhetsaktörer.</translation>
    </message>
    <message>
        <source>Propose a time or set a deadline before inviting workers: they need to know when.</source>
        <translation>Föreslå en tid eller ange en sista dag innan du bjuder in erfarenhetsaktörer: de behöver veta när.</translation>
    </message>
    <message numerus="yes">
        <source>The request needs %n worker(s), but only %1 accepted the invitation.</source>
        <translation>
            <numerusform>Uppdraget behöver %n erfarenhetsaktör, men bara %1 har tackat ja till inbjudan.</numerusform>
            <numerusform>Uppdraget behöver %n erfarenhetsaktörer, men bara %1 har tackat ja till inbjudan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Several times were proposed: choose the one that was agreed before confirming.</source>
        <translation>Flera tider föreslogs: välj den som man kom överens om innan du bekräftar.</translation>
    </message>
    <message>
        <source>The meeting is planned for %1; it can be marked held only once it has taken place.</source>
        <translation>Mötet är planerat till %1; det kan markeras som genomfört först när det har ägt rum.</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the request; the requester and the invited workers will ask.</source>
        <translation>Ange en orsak till att uppdraget ställs in; uppdragsgivaren och de inbjudna erfarenhetsaktörerna kommer att fråga.</translation>
    </message>
    <message>
        <source>New</source>
        <comment>request status</comment>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Tagged</source>
        <comment>request status</comment>
        <translation>Klassificerat</translation>
    </message>
    <message>
        <source>Inviting</source>
        <comment>request status</comment>
        <translation>Inbjudan pågår</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>request status</comment>
        <translation>Bekräftat</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>request status</comment>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>request status</comment>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>request status</comment>
        <translation>Inställt</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ScorePart</name>
    <message>
        <source>Experience</source>
        <translation>Erfarenhet</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>Villighet</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Fair rotation</source>
        <translation>Rättvis turordning</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Välmående</translation>
    </message>
    <message>
        <source>Fee ceiling</source>
        <translation>Inkomstgräns</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ScreenshotRenderer</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Mappen ”%1” kunde inte skapas.</translation>
    </message>
    <message>
        <source>Could not save the picture “%1”.</source>
        <translation>Bilden ”%1” kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SqlQuery</name>
    <message>
        <source>The database returned no row.</source>
        <translation>Databasen returnerade ingen rad.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Translations</name>
    <message>
        <source>Kohtaamo does not speak “%1”. Choose one of: %2.</source>
        <translation>Kohtaamo talar inte ”%1”. Välj ett av: %2.</translation>
    </message>
    <message>
        <source>The %1 translation of Kohtaamo could not be loaded; Kohtaamo is shown in English.</source>
        <translation>Kohtaamos översättning (%1) kunde inte läsas in; Kohtaamo visas på engelska.</translation>
    </message>
</context>
</TS>
