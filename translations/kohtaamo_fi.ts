<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Kohtaamo</name>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>as child or youth</source>
        <translation>lapsena tai nuorena</translation>
    </message>
    <message>
        <source>as parent</source>
        <translation>vanhempana</translation>
    </message>
    <message>
        <source>as relative</source>
        <translation>läheisenä</translation>
    </message>
    <message>
        <source>from another position</source>
        <translation>muussa roolissa</translation>
    </message>
    <message>
        <source>Not active: on a break</source>
        <translation>Ei aktiivinen: tauolla</translation>
    </message>
    <message>
        <source>Not active: has left</source>
        <translation>Ei aktiivinen: lopettanut</translation>
    </message>
    <message>
        <source>On a recovery break %1 – %2</source>
        <translation>Palautumistauolla %1 – %2</translation>
    </message>
    <message>
        <source>Unavailable %1 – %2</source>
        <translation>Ei käytettävissä %1 – %2</translation>
    </message>
    <message>
        <source>“%1” is public and there is no valid consent to appear in public</source>
        <translation>”%1” on julkista, eikä voimassa olevaa suostumusta julkiseen esiintymiseen ole</translation>
    </message>
    <message>
        <source>The request is recorded and there is no valid consent to photographs or recording</source>
        <translation>Toimeksianto tallennetaan, eikä voimassa olevaa suostumusta kuvaamiseen tai tallentamiseen ole</translation>
    </message>
    <message>
        <source>Under 18 on %1 and no valid guardian consent</source>
        <translation>Alle 18-vuotias %1, eikä huoltajan suostumusta ole voimassa</translation>
    </message>
    <message>
        <source>Under 18 on %1 and no adult of the organisation is present</source>
        <translation>Alle 18-vuotias %1, eikä järjestön aikuista ole paikalla</translation>
    </message>
    <message>
        <source>Under 18 on %1 and “%2” is not open to minors</source>
        <translation>Alle 18-vuotias %1, eikä ”%2” ole avoinna alaikäisille</translation>
    </message>
    <message>
        <source>Under 18 on %1 and the kind of work is not open to minors</source>
        <translation>Alle 18-vuotias %1, eikä työmuoto ole avoinna alaikäisille</translation>
    </message>
    <message>
        <source>Already engaged in this request</source>
        <translation>On jo mukana tässä toimeksiannossa</translation>
    </message>
    <message>
        <source>Already %n engagement(s) in %1; the worker&apos;s limit is %2</source>
        <translation>Jo %n osallistumista kuussa %1; kokemustoimijan enimmäismäärä on %2</translation>
    </message>
    <message>
        <source>Wants at least %n day(s) between engagements; another is %1 day(s) away</source>
        <translation>Toivoo osallistumisten väliin vähintään %n päivää; seuraava on %1 päivän päässä</translation>
    </message>
    <message>
        <source>Needs %n day(s) of notice; the request gives %1</source>
        <translation>Tarvitsee %n päivää varoitusaikaa; toimeksianto antaa %1</translation>
    </message>
    <message>
        <source>Already engaged at an overlapping time: “%1”, %2</source>
        <translation>On jo mukana päällekkäisenä aikana: ”%1”, %2</translation>
    </message>
    <message>
        <source>Already engaged at an overlapping time: %1</source>
        <translation>On jo mukana päällekkäisenä aikana: %1</translation>
    </message>
    <message>
        <source>Declined this request</source>
        <translation>Kieltäytyi tästä toimeksiannosta</translation>
    </message>
    <message>
        <source>Already invited to this request</source>
        <translation>On jo kutsuttu tähän toimeksiantoon</translation>
    </message>
    <message>
        <source>Does not speak the request&apos;s language (%1)</source>
        <translation>Ei puhu toimeksiannon kieltä (%1)</translation>
    </message>
    <message>
        <source>Does not cover %1, where the request is held in person</source>
        <translation>Ei toimi alueella %1, jossa toimeksianto toteutetaan paikan päällä</translation>
    </message>
    <message>
        <source>The request is limited to other organisations than %1</source>
        <translation>Toimeksianto on rajattu muihin järjestöihin kuin %1</translation>
    </message>
    <message>
        <source>the worker&apos;s</source>
        <translation>kokemustoimijan omaan</translation>
    </message>
    <message>
        <source>%1 — exact</source>
        <translation>%1 — täsmälleen</translation>
    </message>
    <message>
        <source>%1 — through the narrower topic %2</source>
        <translation>%1 — suppeamman aiheen %2 kautta</translation>
    </message>
    <message>
        <source>%1 — through the broader topic %2</source>
        <translation>%1 — laajemman aiheen %2 kautta</translation>
    </message>
    <message>
        <source>%1 — through the related topic %2</source>
        <translation>%1 — lähiaiheen %2 kautta</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — no experience</source>
        <translation>%1 — ei kokemusta</translation>
    </message>
    <message>
        <source>Has said yes to “%1”</source>
        <translation>On ilmoittanut olevansa halukas: ”%1”</translation>
    </message>
    <message>
        <source>Has not listed “%1”</source>
        <translation>Ei ole ilmoittanut työmuotoa ”%1”</translation>
    </message>
    <message>
        <source>No weekly preferences stated</source>
        <translation>Viikoittaisia toiveita ei ole kerrottu</translation>
    </message>
    <message>
        <source>The time fits the weekly preferences</source>
        <translation>Aika sopii viikoittaisiin toiveisiin</translation>
    </message>
    <message>
        <source>The time is outside the weekly preferences</source>
        <translation>Aika ei sovi viikoittaisiin toiveisiin</translation>
    </message>
    <message>
        <source>%1 of %2 proposed times fit the weekly preferences</source>
        <translation>%1/%2 ehdotetusta ajasta sopii viikoittaisiin toiveisiin</translation>
    </message>
    <message>
        <source>No engagements within %n day(s)</source>
        <translation>Ei osallistumisia %n päivän sisällä</translation>
    </message>
    <message>
        <source>%n engagement(s) within %1 days</source>
        <translation>%n osallistumista %1 päivän sisällä</translation>
    </message>
    <message>
        <source>%n invitation(s) without an engagement in the last %1 days</source>
        <translation>%n kutsua ilman osallistumista viimeisten %1 päivän aikana</translation>
    </message>
    <message>
        <source>Rotation minus capped at %1</source>
        <translation>Vuorottelun miinus rajattu arvoon %1</translation>
    </message>
    <message>
        <source>Engaged on the heavy topic %1 on %2</source>
        <translation>Osallistui raskaaseen aiheeseen %1 päivänä %2</translation>
    </message>
    <message>
        <source>No supervision or debrief on record</source>
        <translation>Työnohjauksesta tai jälkipurusta ei ole merkintää</translation>
    </message>
    <message>
        <source>No supervision or debrief since %1</source>
        <translation>Ei työnohjausta eikä jälkipurkua %1 jälkeen</translation>
    </message>
    <message>
        <source>Fees this year %1 and this request&apos;s %2 would cross the earnings ceiling of %3</source>
        <translation>Tämän vuoden palkkiot %1 ja tämän toimeksiannon %2 ylittäisivät tulorajan %3</translation>
    </message>
    <message>
        <source>With this request the year&apos;s fees reach %1% of the earnings ceiling (%2 of %3)</source>
        <translation>Tämän toimeksiannon myötä vuoden palkkiot ovat %1 % tulorajasta (%2/%3)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::AuditRepository</name>
    <message>
        <source>Ask for at least one audit entry.</source>
        <translation>Pyydä vähintään yksi lokimerkintä.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CommandLine</name>
    <message>
        <source>See kohtaamo --help.</source>
        <translation>Katso kohtaamo --help.</translation>
    </message>
    <message>
        <source>Kohtaamo could not open the database.</source>
        <translation>Kohtaamo ei voinut avata tietokantaa.</translation>
    </message>
    <message>
        <source>Kohtaamo helps coordinators match professionals&apos; requests with experience workers.</source>
        <translation>Kohtaamo auttaa koordinaattoreita löytämään ammattilaisten toimeksiantoihin sopivat kokemustoimijat.</translation>
    </message>
    <message>
        <source>Open the database at &lt;location&gt;: an SQLite file, or a shared PostgreSQL database given as postgresql://user@host:port/database (the password comes from ~/.pgpass or PGPASSWORD). Without this, Kohtaamo opens the database used last, or its own file in the application data folder.</source>
        <translation>Avaa tietokanta &lt;sijainti&gt;: SQLite-tiedosto tai jaettu PostgreSQL-tietokanta muodossa postgresql://käyttäjä@palvelin:portti/tietokanta (salasana luetaan tiedostosta ~/.pgpass tai muuttujasta PGPASSWORD). Ilman tätä Kohtaamo avaa viimeksi käytetyn tietokannan tai oman tiedostonsa sovelluksen datakansiossa.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>sijainti</translation>
    </message>
    <message>
        <source>Open the demo database, a fictional office kept apart from your own data. It is created on first use.</source>
        <translation>Avaa esittelytietokanta: kuvitteellinen toimisto, joka pidetään erillään omista tiedoistasi. Se luodaan ensimmäisellä käyttökerralla.</translation>
    </message>
    <message>
        <source>Show Kohtaamo in &lt;language&gt;: fi (Finnish), sv (Swedish) or en (English). Without this, the system&apos;s language is used.</source>
        <translation>Näytä Kohtaamo kielellä &lt;kieli&gt;: fi (suomi), sv (ruotsi) tai en (englanti). Ilman tätä käytetään järjestelmän kieltä.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>Save a picture of every page into &lt;folder&gt; and quit.</source>
        <translation>Tallenna kuva jokaisesta sivusta kansioon &lt;kansio&gt; ja lopeta.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>A database file to open, the same as --db.</source>
        <translation>Avattava tietokantatiedosto, sama kuin --db.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[tiedosto]</translation>
    </message>
    <message>
        <source>Kohtaamo opens one database at a time; “%1” was given in addition.</source>
        <translation>Kohtaamo avaa yhden tietokannan kerrallaan; lisäksi annettiin ”%1”.</translation>
    </message>
    <message>
        <source>--db needs a database file or a postgresql:// address.</source>
        <translation>--db tarvitsee tietokantatiedoston tai postgresql://-osoitteen.</translation>
    </message>
    <message>
        <source>Use either a database or --demo, not both.</source>
        <translation>Anna joko tietokanta tai --demo, ei molempia.</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Use fi, sv or en.</source>
        <translation>Tuntematon kieli ”%1”. Käytä arvoa fi, sv tai en.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Context</name>
    <message>
        <source>(unknown topic)</source>
        <translation>(tuntematon aihe)</translation>
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
        <translation>Tietokanta ilmoitti virheestä. Mitään ei muutettu. (%1)</translation>
    </message>
    <message>
        <source>The %1 driver for Qt is not installed.</source>
        <translation>Qt:n %1-ajuria ei ole asennettu.</translation>
    </message>
    <message>
        <source>Could not open the database “%1”: %2</source>
        <translation>Tietokantaa ”%1” ei voitu avata: %2</translation>
    </message>
    <message>
        <source>An SQLite database needs a file name.</source>
        <translation>SQLite-tietokanta tarvitsee tiedostonimen.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>”%1” ei ole tiedosto.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Tietokantatiedostoa ”%1” ei ole.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Kansiota ”%1” ei voitu luoda.</translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it; it was not changed.</source>
        <translation>Tietokannasta ”%1” ei voitu ottaa varmuuskopiota ennen päivitystä; sitä ei muutettu.</translation>
    </message>
    <message>
        <source>“%1” is not a Kohtaamo database. Kohtaamo did not change it.</source>
        <translation>”%1” ei ole Kohtaamon tietokanta. Kohtaamo ei muuttanut sitä.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kohtaamo (schema %2; this version knows up to %3). Update Kohtaamo to open it. The database was not changed.</source>
        <translation>”%1” on tallennettu Kohtaamon uudemmalla versiolla (rakenneversio %2; tämä versio tuntee versioon %3 asti). Päivitä Kohtaamo avataksesi sen. Tietokantaa ei muutettu.</translation>
    </message>
    <message>
        <source>“%1” is an empty database.</source>
        <translation>”%1” on tyhjä tietokanta.</translation>
    </message>
    <message>
        <source>“%1” uses an older schema (%2) and must be upgraded before use.</source>
        <translation>”%1” käyttää vanhempaa rakenneversiota (%2), ja se on päivitettävä ennen käyttöä.</translation>
    </message>
    <message>
        <source>A part of the change failed, so none of it was saved.</source>
        <translation>Osa muutoksesta epäonnistui, joten mitään siitä ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Tietokantaa ei annettu.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address. Use postgresql://user@host:port/database.</source>
        <translation>”%1” ei ole kelvollinen PostgreSQL-osoite. Käytä muotoa postgresql://käyttäjä@palvelin:portti/tietokanta.</translation>
    </message>
    <message>
        <source>The PostgreSQL address “%1” names no database.</source>
        <translation>PostgreSQL-osoitteessa ”%1” ei ole tietokannan nimeä.</translation>
    </message>
    <message>
        <source>Unknown kind of database address “%1”: use a file path or postgresql://…</source>
        <translation>Tuntematon tietokantaosoite ”%1”: käytä tiedostopolkua tai muotoa postgresql://…</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::DemoGenerator</name>
    <message>
        <source>The numbers of workers and requests cannot be negative.</source>
        <translation>Kokemustoimijoiden ja toimeksiantojen määrät eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>This database already holds workers or requests. Demo data is only created in an empty database, so that it is never mixed with real data.</source>
        <translation>Tässä tietokannassa on jo kokemustoimijoita tai toimeksiantoja. Esittelytiedot luodaan vain tyhjään tietokantaan, jotta ne eivät koskaan sekoitu oikeisiin tietoihin.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::DemoRun</name>
    <message>
        <source>pseudonym</source>
        <translation>nimimerkki</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Kokemustoimijat</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Toimeksiannot</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::EngagementRepository</name>
    <message>
        <source>Engagement #%1</source>
        <translation>Osallistuminen #%1</translation>
    </message>
    <message>
        <source>worker #%1</source>
        <translation>kokemustoimija #%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The engagement of “%1” in request %2</source>
        <translation>Kokemustoimijan ”%1” osallistuminen toimeksiantoon %2</translation>
    </message>
    <message>
        <source>An engagement must belong to a request.</source>
        <translation>Osallistumisen on kuuluttava toimeksiantoon.</translation>
    </message>
    <message>
        <source>An engagement must name the worker.</source>
        <translation>Osallistumisessa on mainittava kokemustoimija.</translation>
    </message>
    <message>
        <source>Enter when the engagement starts, not only when it ends.</source>
        <translation>Anna osallistumisen alkamisaika, ei vain päättymisaikaa.</translation>
    </message>
    <message>
        <source>An engagement must end after it starts.</source>
        <translation>Osallistumisen on päätyttävä alkamisen jälkeen.</translation>
    </message>
    <message>
        <source>The hours must be between 0 and 168.</source>
        <translation>Tuntien on oltava välillä 0–168.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Palkkio ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Travel costs cannot be negative.</source>
        <translation>Matkakulut eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>Enter the date the fee was paid.</source>
        <translation>Anna palkkion maksupäivä.</translation>
    </message>
    <message>
        <source>A payment date is given, but the fee is not marked paid.</source>
        <translation>Maksupäivä on annettu, mutta palkkiota ei ole merkitty maksetuksi.</translation>
    </message>
    <message>
        <source>The worker declined the fee, so it cannot be marked paid.</source>
        <translation>Kokemustoimija kieltäytyi palkkiosta, joten sitä ei voi merkitä maksetuksi.</translation>
    </message>
    <message>
        <source>The database returned no row.</source>
        <translation>Tietokanta ei palauttanut yhtään riviä.</translation>
    </message>
    <message>
        <source>Request #%1 does not exist; someone may have removed it.</source>
        <translation>Toimeksiantoa #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>Worker #%1 does not exist; someone may have removed them.</source>
        <translation>Kokemustoimijaa #%1 ei ole; joku on ehkä poistanut hänet.</translation>
    </message>
    <message>
        <source>Invitation #%1 does not exist.</source>
        <translation>Kutsua #%1 ei ole.</translation>
    </message>
    <message>
        <source>The invitation belongs to another request or worker.</source>
        <translation>Kutsu kuuluu toiseen toimeksiantoon tai toiselle kokemustoimijalle.</translation>
    </message>
    <message>
        <source>%1 is already engaged in this request.</source>
        <translation>%1 on jo mukana tässä toimeksiannossa.</translation>
    </message>
    <message>
        <source>An engagement cannot be moved to another request or worker; make a new one instead.</source>
        <translation>Osallistumista ei voi siirtää toiseen toimeksiantoon tai toiselle kokemustoimijalle; tee sen sijaan uusi.</translation>
    </message>
    <message>
        <source>Request %1 is “%2”: no one can be engaged in it any more.</source>
        <translation>Toimeksianto %1 on tilassa ”%2”: siihen ei voi enää ottaa ketään mukaan.</translation>
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
        <translation>Ei aktiivinen</translation>
    </message>
    <message>
        <source>Unavailable on the date</source>
        <translation>Ei käytettävissä päivänä</translation>
    </message>
    <message>
        <source>On a recovery break</source>
        <translation>Palautumistauolla</translation>
    </message>
    <message>
        <source>No valid consent to be contacted</source>
        <translation>Ei voimassa olevaa suostumusta yhteydenottoihin</translation>
    </message>
    <message>
        <source>No consent to appear in public</source>
        <translation>Ei suostumusta julkiseen esiintymiseen</translation>
    </message>
    <message>
        <source>No consent to photographs or recording</source>
        <translation>Ei suostumusta kuvaamiseen tai tallentamiseen</translation>
    </message>
    <message>
        <source>Under 18 without a guardian&apos;s consent</source>
        <translation>Alle 18-vuotias ilman huoltajan suostumusta</translation>
    </message>
    <message>
        <source>Under 18 and no adult present</source>
        <translation>Alle 18-vuotias, eikä aikuista ole paikalla</translation>
    </message>
    <message>
        <source>Under 18 and the work is not open to minors</source>
        <translation>Alle 18-vuotias, eikä työ ole avoinna alaikäisille</translation>
    </message>
    <message>
        <source>Monthly maximum reached</source>
        <translation>Kuukauden enimmäismäärä täynnä</translation>
    </message>
    <message>
        <source>Too close to another engagement</source>
        <translation>Liian lähellä toista osallistumista</translation>
    </message>
    <message>
        <source>Too short notice</source>
        <translation>Liian lyhyt varoitusaika</translation>
    </message>
    <message>
        <source>Already engaged at that time</source>
        <translation>On jo mukana samaan aikaan</translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation>On jo kutsuttu</translation>
    </message>
    <message>
        <source>Declined this request</source>
        <translation>Kieltäytyi tästä toimeksiannosta</translation>
    </message>
    <message>
        <source>Already engaged in this request</source>
        <translation>On jo mukana tässä toimeksiannossa</translation>
    </message>
    <message>
        <source>Does not speak the language</source>
        <translation>Ei puhu kieltä</translation>
    </message>
    <message>
        <source>Region not covered</source>
        <translation>Alue ei kuulu toiminta-alueeseen</translation>
    </message>
    <message>
        <source>Organisation outside the request&apos;s scope</source>
        <translation>Järjestö ei kuulu toimeksiannon piiriin</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Aloitetaan</translation>
    </message>
    <message>
        <source>This database is still empty. Three steps get your office going:</source>
        <translation>Tietokanta on vielä tyhjä. Näillä kolmella askeleella pääset alkuun:</translation>
    </message>
    <message>
        <source>Add your organisation</source>
        <translation>Lisää järjestösi</translation>
    </message>
    <message>
        <source>Enter your own organisation and the member organisations whose experience workers you coordinate.</source>
        <translation>Kirjaa oma järjestösi ja ne jäsenjärjestöt, joiden kokemustoimijoiden työtä koordinoit.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Avaa &amp;asetukset</translation>
    </message>
    <message>
        <source>Register the experience workers</source>
        <translation>Rekisteröi kokemustoimijat</translation>
    </message>
    <message>
        <source>For each worker: the experiences they speak from, the work they are willing to do, when they are available, and the consents they have given.</source>
        <translation>Jokaisesta kokemustoimijasta: kokemukset, joista hän puhuu, työt, joihin hän on halukas, milloin hän on käytettävissä ja mitkä suostumukset hän on antanut.</translation>
    </message>
    <message>
        <source>Open &amp;Workers</source>
        <translation>Avaa &amp;kokemustoimijat</translation>
    </message>
    <message>
        <source>Log the first request</source>
        <translation>Kirjaa ensimmäinen toimeksianto</translation>
    </message>
    <message>
        <source>When a professional asks for experience workers, log the request. Kohtaamo then suggests whom to invite, and explains why.</source>
        <translation>Kun ammattilainen pyytää kokemustoimijoita, kirjaa toimeksianto. Kohtaamo ehdottaa sitten, keitä kutsua, ja perustelee ehdotuksensa.</translation>
    </message>
    <message>
        <source>Open &amp;Requests</source>
        <translation>Avaa toi&amp;meksiannot</translation>
    </message>
    <message>
        <source>&lt;b&gt;Want to look around first?&lt;/b&gt; Start Kohtaamo with &lt;code&gt;kohtaamo --demo&lt;/code&gt; to open a demo office with fictional workers and requests. The demo has a database of its own and is never mixed with your data.</source>
        <translation>&lt;b&gt;Haluatko tutustua ensin?&lt;/b&gt; Käynnistä Kohtaamo komennolla &lt;code&gt;kohtaamo --demo&lt;/code&gt;, niin pääset esittelytoimistoon, jossa on kuvitteellisia kokemustoimijoita ja toimeksiantoja. Esittelyllä on oma tietokantansa, eikä se koskaan sekoitu omiin tietoihisi.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InvitationRepository</name>
    <message>
        <source>Invitation #%1</source>
        <translation>Kutsu #%1</translation>
    </message>
    <message>
        <source>worker #%1</source>
        <translation>kokemustoimija #%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The invitation of “%1” to request %2</source>
        <translation>Kokemustoimijan ”%1” kutsu toimeksiantoon %2</translation>
    </message>
    <message>
        <source>An invitation must belong to a request.</source>
        <translation>Kutsun on kuuluttava toimeksiantoon.</translation>
    </message>
    <message>
        <source>An invitation must name the worker invited.</source>
        <translation>Kutsussa on mainittava kutsuttu kokemustoimija.</translation>
    </message>
    <message>
        <source>The number of reminders cannot be negative.</source>
        <translation>Muistutusten määrä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The answer cannot come before the invitation was sent.</source>
        <translation>Vastaus ei voi tulla ennen kuin kutsu on lähetetty.</translation>
    </message>
    <message>
        <source>A reminder cannot be sent before the invitation.</source>
        <translation>Muistutusta ei voi lähettää ennen kutsua.</translation>
    </message>
    <message>
        <source>Request #%1 does not exist; someone may have removed it.</source>
        <translation>Toimeksiantoa #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>Request %1 is “%2”: no one can be invited to it any more.</source>
        <translation>Toimeksianto %1 on tilassa ”%2”: siihen ei voi enää kutsua ketään.</translation>
    </message>
    <message>
        <source>Worker #%1 does not exist; someone may have removed them.</source>
        <translation>Kokemustoimijaa #%1 ei ole; joku on ehkä poistanut hänet.</translation>
    </message>
    <message>
        <source>%1 has already been invited to request %2. Change that invitation instead.</source>
        <translation>%1 on jo kutsuttu toimeksiantoon %2. Muuta sen sijaan sitä kutsua.</translation>
    </message>
    <message>
        <source>An invitation cannot be moved to another request or worker; make a new invitation instead.</source>
        <translation>Kutsua ei voi siirtää toiseen toimeksiantoon tai toiselle kokemustoimijalle; tee sen sijaan uusi kutsu.</translation>
    </message>
    <message>
        <source>The worker declined this invitation; do not remind them of it.</source>
        <translation>Kokemustoimija kieltäytyi tästä kutsusta; älä muistuta häntä siitä.</translation>
    </message>
    <message>
        <source>The invitation was withdrawn; do not remind the worker of it.</source>
        <translation>Kutsu on peruttu; älä muistuta kokemustoimijaa siitä.</translation>
    </message>
    <message>
        <source>The worker already declined this invitation.</source>
        <translation>Kokemustoimija on jo kieltäytynyt tästä kutsusta.</translation>
    </message>
    <message>
        <source>The invitation has already been withdrawn.</source>
        <translation>Kutsu on jo peruttu.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MainWindow</name>
    <message>
        <source>Kohtaamo could not open the database.</source>
        <translation>Kohtaamo ei voinut avata tietokantaa.</translation>
    </message>
    <message>
        <source>About Kohtaamo</source>
        <translation>Tietoja Kohtaamosta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kohtaamo %1&lt;/h3&gt;&lt;p&gt;Kohtaamo helps coordinators of experience workers in child-protection organisations: it matches professionals&apos; requests with people whose lived experience fits, and keeps track of consent, preparation, debriefs and fees.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kohtaamo %1&lt;/h3&gt;&lt;p&gt;Kohtaamo on lastensuojelun järjestöjen kokemustoimijakoordinaattoreiden työväline: se löytää ammattilaisten toimeksiantoihin ihmiset, joiden omakohtainen kokemus sopii, ja pitää kirjaa suostumuksista, valmistautumisesta, jälkipuruista ja palkkioista.&lt;/p&gt;&lt;p&gt;Tehty Qt %2:lla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo database: %1</source>
        <translation>Esittelytietokanta: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Käyttäjä: %1</translation>
    </message>
    <message>
        <source>Demo — %1</source>
        <translation>Esittely — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Avaa tietokanta…</translation>
    </message>
    <message>
        <source>Open another Kohtaamo database, a file or a shared PostgreSQL database</source>
        <translation>Avaa toinen Kohtaamon tietokanta: tiedosto tai jaettu PostgreSQL-tietokanta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;About Kohtaamo</source>
        <translation>&amp;Tietoja Kohtaamosta</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Toimeksiannot</translation>
    </message>
    <message>
        <source>Experience workers</source>
        <translation>Kokemustoimijat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or press Ctrl with 1 to 5.</source>
        <translation>Valitse sivu nuolinäppäimillä tai painamalla Ctrl ja 1–5.</translation>
    </message>
    <message>
        <source>Every request a professional sends — review a brochure, speak at a training, join a work group — from the moment it arrives until the meeting&apos;s outcome is recorded.</source>
        <translation>Jokainen ammattilaisen lähettämä toimeksianto — esitteen arviointi, puheenvuoro koulutuksessa, osallistuminen työryhmään — saapumisesta siihen asti, kun tapaamisen tulos on kirjattu.</translation>
    </message>
    <message>
        <source>An inbox of all requests, with filters for status, kind of work, topic and dates, and search as you type.</source>
        <translation>Kaikkien toimeksiantojen saapuneet-lista, jossa voi rajata tilan, työmuodon, aiheen ja päivämäärien mukaan ja hakea kirjoittaessa.</translation>
    </message>
    <message>
        <source>A form for a new request: who asks, what for, when or by when, where, in which language, and on what fee terms.</source>
        <translation>Lomake uudelle toimeksiannolle: kuka pyytää, mihin, milloin tai mihin mennessä, missä, millä kielellä ja millä palkkioehdoilla.</translation>
    </message>
    <message>
        <source>Tagging with topics and the wanted perspective: as a child or young person, as a parent, as a relative.</source>
        <translation>Luokittelu aiheisiin ja toivottuun näkökulmaan: lapsena tai nuorena, vanhempana, läheisenä.</translation>
    </message>
    <message>
        <source>Candidates ranked by relevant experience, availability and consent, with the reasons shown; invitations and their answers.</source>
        <translation>Ehdokkaat järjestettyinä sopivan kokemuksen, saatavuuden ja suostumusten mukaan perusteluineen; kutsut ja niiden vastaukset.</translation>
    </message>
    <message>
        <source>The meeting&apos;s outcome: attendance, hours, fees and travel costs, debriefs, and the experience knowledge it produced.</source>
        <translation>Tapaamisen tulos: osallistuminen, tunnit, palkkiot ja matkakulut, jälkipurut sekä syntynyt kokemustieto.</translation>
    </message>
    <message>
        <source>The register of experience workers: what they can speak from, what they are willing to do, when they are available, and what they have consented to.</source>
        <translation>Kokemustoimijoiden rekisteri: mistä he voivat puhua, mihin he ovat halukkaita, milloin he ovat käytettävissä ja mihin he ovat antaneet suostumuksensa.</translation>
    </message>
    <message>
        <source>A searchable list with filters for organisation, topic, status, language, region and consent; minors, recovery breaks and monthly limits clearly marked.</source>
        <translation>Haettava lista, jossa voi rajata järjestön, aiheen, tilan, kielen, alueen ja suostumuksen mukaan; alaikäiset, palautumistauot ja kuukausirajat selvästi merkittyinä.</translation>
    </message>
    <message>
        <source>A profile for each worker: experiences with their perspective, kinds of work, availability, training, supervision and debriefs.</source>
        <translation>Jokaiselle kokemustoimijalle profiili: kokemukset näkökulmineen, työmuodot, saatavuus, koulutus, työnohjaus ja jälkipurut.</translation>
    </message>
    <message>
        <source>Consents kept as a history: given, expiring, withdrawn, and by whom they were recorded.</source>
        <translation>Suostumukset historiana: annetut, päättyvät ja perutut sekä se, kuka ne kirjasi.</translation>
    </message>
    <message>
        <source>Each worker&apos;s invitations and engagements, with hours and fees for the year against any annual earnings limit.</source>
        <translation>Kunkin kokemustoimijan kutsut ja osallistumiset sekä vuoden tunnit ja palkkiot suhteessa mahdolliseen vuotuiseen tulorajaan.</translation>
    </message>
    <message>
        <source>The figures funders ask for, and what the meetings taught.</source>
        <translation>Rahoittajien pyytämät luvut ja se, mitä tapaamisista opittiin.</translation>
    </message>
    <message>
        <source>Experience workers, organisations and activities per period, for funders&apos; reports.</source>
        <translation>Kokemustoimijat, järjestöt ja toiminta jaksoittain rahoittajien raportteja varten.</translation>
    </message>
    <message>
        <source>Hours, fees and travel costs per period, organisation and kind of work.</source>
        <translation>Tunnit, palkkiot ja matkakulut jakson, järjestön ja työmuodon mukaan.</translation>
    </message>
    <message>
        <source>Experience knowledge gathered in meetings, by topic and phase of life.</source>
        <translation>Tapaamisissa kertynyt kokemustieto aiheen ja elämänvaiheen mukaan.</translation>
    </message>
    <message>
        <source>Critical points along the life course where services failed people.</source>
        <translation>Elämänkulun kriittiset kohdat, joissa palvelut pettivät ihmiset.</translation>
    </message>
    <message>
        <source>How Kohtaamo works for your office.</source>
        <translation>Miten Kohtaamo toimii sinun toimistossasi.</translation>
    </message>
    <message>
        <source>Your organisation and the member organisations.</source>
        <translation>Oma järjestösi ja jäsenjärjestöt.</translation>
    </message>
    <message>
        <source>The topics experiences and requests are tagged with, in Finnish, Swedish and English.</source>
        <translation>Aiheet, joihin kokemukset ja toimeksiannot luokitellaan, suomeksi, ruotsiksi ja englanniksi.</translation>
    </message>
    <message>
        <source>How candidates are ranked, each weight explained, with a way back to the defaults.</source>
        <translation>Miten ehdokkaat järjestetään: jokainen paino selitettynä ja mahdollisuus palata oletuksiin.</translation>
    </message>
    <message>
        <source>The database: an SQLite file or a shared PostgreSQL database, tested before it is saved.</source>
        <translation>Tietokanta: SQLite-tiedosto tai jaettu PostgreSQL-tietokanta, testattuna ennen tallennusta.</translation>
    </message>
    <message>
        <source>The language, and how often the group meets.</source>
        <translation>Kieli ja se, kuinka usein ryhmä kokoontuu.</translation>
    </message>
    <message>
        <source>Meanwhile: File ▸ Open Database… chooses the database, and starting Kohtaamo with --lang fi, sv or en chooses the language.</source>
        <translation>Sillä välin: Tiedosto ▸ Avaa tietokanta… valitsee tietokannan, ja kielen voi valita käynnistämällä Kohtaamon valitsimella --lang fi, sv tai en.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Migrator</name>
    <message>
        <source>“%1” is not a Kohtaamo database (it could not be read as one). It was not changed.</source>
        <translation>”%1” ei ole Kohtaamon tietokanta (sitä ei voitu lukea sellaisena). Sitä ei muutettu.</translation>
    </message>
    <message>
        <source>“%1” is not a Kohtaamo database. It was not changed.</source>
        <translation>”%1” ei ole Kohtaamon tietokanta. Sitä ei muutettu.</translation>
    </message>
    <message>
        <source>The database is at schema version %1 and cannot be brought to version %2 directly.</source>
        <translation>Tietokannan rakenneversio on %1, eikä sitä voi päivittää suoraan versioon %2.</translation>
    </message>
    <message>
        <source>A schema script is missing from this build.</source>
        <translation>Tästä Kohtaamon käännöksestä puuttuu tietokannan rakennekomentosarja.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; nothing was changed.</source>
        <translation>Tietokannan päivitys rakenneversioon %1 epäonnistui; mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Avaa tietokanta</translation>
    </message>
    <message>
        <source>Give an SQLite file, used by one coordinator, or a PostgreSQL database shared by several coordinators: postgresql://user@host:port/database. The password comes from ~/.pgpass or the PGPASSWORD environment variable. A file that does not exist yet is created.</source>
        <translation>Anna SQLite-tiedosto, jota käyttää yksi koordinaattori, tai usean koordinaattorin jakama PostgreSQL-tietokanta: postgresql://käyttäjä@palvelin:portti/tietokanta. Salasana luetaan tiedostosta ~/.pgpass tai ympäristömuuttujasta PGPASSWORD. Tiedosto, jota ei vielä ole, luodaan.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL address</source>
        <translation>Tietokantatiedosto tai PostgreSQL-osoite</translation>
    </message>
    <message>
        <source>File path or postgresql://…</source>
        <translation>Tiedostopolku tai postgresql://…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>Browse for a database file</source>
        <translation>Etsi tietokantatiedosto</translation>
    </message>
    <message>
        <source>Problem with the database address</source>
        <translation>Ongelma tietokannan osoitteessa</translation>
    </message>
    <message>
        <source>Choose a Kohtaamo Database</source>
        <translation>Valitse Kohtaamon tietokanta</translation>
    </message>
    <message>
        <source>Kohtaamo databases (*.sqlite *.db)</source>
        <translation>Kohtaamon tietokannat (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OrganisationRepository</name>
    <message>
        <source>Organisation #%1</source>
        <translation>Järjestö #%1</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>Järjestö ”%1”</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Järjestöllä on oltava nimi.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is longer than 200 characters.</source>
        <translation>Järjestön nimi on yli 200 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>An organisation called “%1” already exists.</source>
        <translation>Järjestö nimeltä ”%1” on jo olemassa.</translation>
    </message>
    <message>
        <source>The organisation “%1”</source>
        <translation>Järjestö ”%1”</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutcomeRepository</name>
    <message>
        <source>Request #%1 does not exist; someone may have removed it.</source>
        <translation>Toimeksiantoa #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>No outcome has been recorded for request #%1 yet.</source>
        <translation>Toimeksiannolle #%1 ei ole vielä kirjattu tulosta.</translation>
    </message>
    <message>
        <source>An outcome must belong to a request.</source>
        <translation>Tuloksen on kuuluttava toimeksiantoon.</translation>
    </message>
    <message>
        <source>The outcome of request %1</source>
        <translation>Toimeksiannon %1 tulos</translation>
    </message>
    <message>
        <source>An outcome cannot be moved to another request.</source>
        <translation>Tulosta ei voi siirtää toiseen toimeksiantoon.</translation>
    </message>
    <message>
        <source>Knowledge entry #%1</source>
        <translation>Kokemustietomerkintä #%1</translation>
    </message>
    <message>
        <source>Write down what was learned: a knowledge entry needs text.</source>
        <translation>Kirjoita, mitä opittiin: kokemustietomerkintä tarvitsee tekstin.</translation>
    </message>
    <message>
        <source>Enter the date the knowledge was recorded.</source>
        <translation>Anna päivä, jona kokemustieto kirjattiin.</translation>
    </message>
    <message>
        <source>Request #%1 does not exist.</source>
        <translation>Toimeksiantoa #%1 ei ole.</translation>
    </message>
    <message>
        <source>A topic is listed twice on the knowledge entry.</source>
        <translation>Sama aihe on merkinnässä kahdesti.</translation>
    </message>
    <message>
        <source>Topic #%1 does not exist; someone may have removed it.</source>
        <translation>Aihetta #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>The knowledge entry “%1”</source>
        <translation>Kokemustietomerkintä ”%1”</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OverviewPage</name>
    <message>
        <source>The numbers could not be read from the database. %1</source>
        <translation>Lukuja ei voitu lukea tietokannasta. %1</translation>
    </message>
    <message>
        <source>%1 no longer active</source>
        <translation>%1 ei enää aktiivinen</translation>
    </message>
    <message>
        <source>%1 on a break</source>
        <translation>%1 tauolla</translation>
    </message>
    <message>
        <source>%1 registered in all</source>
        <translation>rekisterissä yhteensä %1</translation>
    </message>
    <message>
        <source>%1 received in all</source>
        <translation>saapunut yhteensä %1</translation>
    </message>
    <message>
        <source>Closed: %1 · Cancelled: %2</source>
        <translation>Suljettu: %1 · Peruttu: %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Järjestöt</translation>
    </message>
    <message>
        <source>Active experience workers</source>
        <translation>Aktiiviset kokemustoimijat</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Avoimet toimeksiannot</translation>
    </message>
    <message>
        <source>Open requests by status</source>
        <translation>Avoimet toimeksiannot tilan mukaan</translation>
    </message>
    <message>
        <source>Logged, not yet tagged with topics.</source>
        <translation>Kirjattu, ei vielä luokiteltu aiheisiin.</translation>
    </message>
    <message>
        <source>Topics set; ready to find and invite experience workers.</source>
        <translation>Aiheet merkitty; valmiina kokemustoimijoiden etsimiseen ja kutsumiseen.</translation>
    </message>
    <message>
        <source>Invitations sent; waiting for answers.</source>
        <translation>Kutsut lähetetty; odotetaan vastauksia.</translation>
    </message>
    <message>
        <source>Enough workers have said yes; the meeting is ahead.</source>
        <translation>Riittävän moni kokemustoimija on suostunut; tapaaminen on tulossa.</translation>
    </message>
    <message>
        <source>The meeting was held; outcome, debrief and fees to record before closing.</source>
        <translation>Tapaaminen on pidetty; tulos, jälkipurku ja palkkiot kirjataan ennen sulkemista.</translation>
    </message>
    <message>
        <source>A fuller Today page comes in a later version: requests waiting for topics, invitations without an answer, meetings in the next two weeks, debriefs and fees still to do, and consents about to expire.</source>
        <translation>Laajempi Tänään-sivu tulee myöhemmässä versiossa: aiheita odottavat toimeksiannot, vastaamattomat kutsut, seuraavan kahden viikon tapaamiset, tekemättömät jälkipurut ja maksamattomat palkkiot sekä pian päättyvät suostumukset.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Kohtaamo. Nothing is missing from your data: it is simply not shown here yet.</source>
        <translation>Tämä sivu tulee Kohtaamon myöhempään versioon. Tiedoistasi ei puutu mitään: niitä ei vain vielä näytetä täällä.</translation>
    </message>
    <message>
        <source>What this page will do</source>
        <translation>Mitä tällä sivulla voi tehdä</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingEngine</name>
    <message>
        <source>No consent to be contacted on record</source>
        <translation>Suostumusta yhteydenottoihin ei ole kirjattu</translation>
    </message>
    <message>
        <source>Consent to be contacted expired on %1</source>
        <translation>Suostumus yhteydenottoihin päättyi %1</translation>
    </message>
    <message>
        <source>Consent to be contacted was withdrawn on %1</source>
        <translation>Suostumus yhteydenottoihin peruttiin %1</translation>
    </message>
    <message>
        <source>Consent to be contacted is valid only from %1</source>
        <translation>Suostumus yhteydenottoihin on voimassa vasta %1 alkaen</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingWeights</name>
    <message>
        <source>Experience of the requested topic itself</source>
        <translation>Kokemus juuri pyydetystä aiheesta</translation>
    </message>
    <message>
        <source>Experience of a narrower topic</source>
        <translation>Kokemus suppeammasta aiheesta</translation>
    </message>
    <message>
        <source>Experience of a broader topic</source>
        <translation>Kokemus laajemmasta aiheesta</translation>
    </message>
    <message>
        <source>Experience of a neighbouring topic</source>
        <translation>Kokemus lähiaiheesta</translation>
    </message>
    <message>
        <source>Experience from the wanted perspective (extra)</source>
        <translation>Kokemus toivotusta näkökulmasta (lisä)</translation>
    </message>
    <message>
        <source>Weight of a secondary topic (% of a primary one)</source>
        <translation>Toissijaisen aiheen paino (% ensisijaisesta)</translation>
    </message>
    <message>
        <source>Has said yes to this kind of work</source>
        <translation>On halukas tähän työmuotoon</translation>
    </message>
    <message>
        <source>Time fits the weekly preferences</source>
        <translation>Aika sopii viikoittaisiin toiveisiin</translation>
    </message>
    <message>
        <source>No weekly preferences stated</source>
        <translation>Viikoittaisia toiveita ei ole kerrottu</translation>
    </message>
    <message>
        <source>Fair rotation: days that count as recent</source>
        <translation>Tasapuolinen vuorottelu: päivät, jotka lasketaan lähiajaksi</translation>
    </message>
    <message>
        <source>Fair rotation: minus per recent or planned engagement</source>
        <translation>Tasapuolinen vuorottelu: miinus jokaisesta äskeisestä tai suunnitellusta osallistumisesta</translation>
    </message>
    <message>
        <source>Fair rotation: minus per invitation without engagement</source>
        <translation>Tasapuolinen vuorottelu: miinus jokaisesta kutsusta ilman osallistumista</translation>
    </message>
    <message>
        <source>Fair rotation: largest minus</source>
        <translation>Tasapuolinen vuorottelu: suurin miinus</translation>
    </message>
    <message>
        <source>Wellbeing: days a heavy topic weighs</source>
        <translation>Hyvinvointi: päivät, joina raskas aihe painaa</translation>
    </message>
    <message>
        <source>Wellbeing: minus after a heavy topic</source>
        <translation>Hyvinvointi: miinus raskaan aiheen jälkeen</translation>
    </message>
    <message>
        <source>Wellbeing: days within which supervision or a debrief is expected</source>
        <translation>Hyvinvointi: päivät, joiden kuluessa työnohjausta tai jälkipurkua odotetaan</translation>
    </message>
    <message>
        <source>Fee ceiling: near from this share (%)</source>
        <translation>Tuloraja: lähellä tästä osuudesta alkaen (%)</translation>
    </message>
    <message>
        <source>Fee ceiling: minus for paid work near it</source>
        <translation>Tuloraja: miinus palkallisesta työstä rajan lähellä</translation>
    </message>
    <message>
        <source>Fee ceiling: minus when the fee would cross it</source>
        <translation>Tuloraja: miinus, kun palkkio ylittäisi sen</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>Arvon ”%1” on oltava välillä %2–%3.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingWeightsRepository</name>
    <message>
        <source> %1 saved them at %2.</source>
        <translation> %1 tallensi ne %2.</translation>
    </message>
    <message>
        <source>The ranking weights were changed by someone else after you opened them.%1 Nothing was saved: reload to see the current weights, then make your change again.</source>
        <translation>Joku muu muutti järjestyksen painoja sen jälkeen, kun avasit ne.%1 Mitään ei tallennettu: lataa nykyiset painot uudelleen ja tee muutoksesi sitten uudestaan.</translation>
    </message>
    <message>
        <source>The ranking weights were changed by someone else while saving. Nothing was saved: reload to see the current weights, then make your change again.</source>
        <translation>Joku muu muutti järjestyksen painoja tallennuksen aikana. Mitään ei tallennettu: lataa nykyiset painot uudelleen ja tee muutoksesi sitten uudestaan.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RecordStore</name>
    <message>
        <source> %1 saved it at %2.</source>
        <translation> %1 tallensi sen %2.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it.%2 Nothing was saved: reload to see the current version, then make your change again.</source>
        <translation>Joku muu muutti kohdetta %1 sen jälkeen, kun avasit sen.%2 Mitään ei tallennettu: lataa nykyinen versio uudelleen ja tee muutoksesi sitten uudestaan.</translation>
    </message>
    <message>
        <source>%1 no longer exists; someone may have removed it.</source>
        <translation>%1 ei ole enää olemassa; joku on ehkä poistanut sen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestRepository</name>
    <message>
        <source>The request “%1”</source>
        <translation>Toimeksianto ”%1”</translation>
    </message>
    <message>
        <source>The request %1 “%2”</source>
        <translation>Toimeksianto %1 ”%2”</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Toimeksianto #%1</translation>
    </message>
    <message>
        <source>The request %1</source>
        <translation>Toimeksianto %1</translation>
    </message>
    <message>
        <source>A request needs a title.</source>
        <translation>Toimeksiannolla on oltava otsikko.</translation>
    </message>
    <message>
        <source>The request&apos;s title is longer than 300 characters.</source>
        <translation>Toimeksiannon otsikko on yli 300 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>Enter who made the request.</source>
        <translation>Anna toimeksiannon tekijä.</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Anna toimeksiannon saapumispäivä.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>”%1” ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>”%1” ei ole puhelinnumero.</translation>
    </message>
    <message>
        <source>A request needs at least one worker.</source>
        <translation>Toimeksiantoon tarvitaan vähintään yksi kokemustoimija.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>Kesto ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Palkkio ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Give the language as a two-letter code such as “fi” or “sv”.</source>
        <translation>Anna kieli kaksikirjaimisena koodina, esimerkiksi ”fi” tai ”sv”.</translation>
    </message>
    <message>
        <source>A saved request must keep its reference.</source>
        <translation>Tallennetun toimeksiannon tunnusta ei voi muuttaa.</translation>
    </message>
    <message>
        <source>A topic is listed twice on the request.</source>
        <translation>Sama aihe on toimeksiannossa kahdesti.</translation>
    </message>
    <message>
        <source>A proposed time needs a start.</source>
        <translation>Ehdotetulla ajalla on oltava alkamisaika.</translation>
    </message>
    <message>
        <source>A proposed time must end after it starts.</source>
        <translation>Ehdotetun ajan on päätyttävä alkamisen jälkeen.</translation>
    </message>
    <message>
        <source>Only one of the proposed times can be the chosen one.</source>
        <translation>Ehdotetuista ajoista vain yksi voi olla valittu.</translation>
    </message>
    <message>
        <source>An organisation is listed twice on the request.</source>
        <translation>Sama järjestö on toimeksiannossa kahdesti.</translation>
    </message>
    <message>
        <source>There is no service type “%1”.</source>
        <translation>Työmuotoa ”%1” ei ole.</translation>
    </message>
    <message>
        <source>Topic #%1 does not exist; someone may have removed it.</source>
        <translation>Aihetta #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>Organisation #%1 does not exist; someone may have removed it.</source>
        <translation>Järjestöä #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>Another request already has the reference %1.</source>
        <translation>Toisella toimeksiannolla on jo tunnus %1.</translation>
    </message>
    <message>
        <source>The request is already “%1”: it must keep at least one topic.</source>
        <translation>Toimeksianto on jo tilassa ”%1”: siinä on oltava vähintään yksi aihe.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestWorkflow</name>
    <message>
        <source>The request is already “%1”.</source>
        <translation>Toimeksianto on jo tilassa ”%1”.</translation>
    </message>
    <message>
        <source>A request that is “%1” can no longer be cancelled.</source>
        <translation>Tilassa ”%1” olevaa toimeksiantoa ei voi enää perua.</translation>
    </message>
    <message>
        <source>A request cannot go from “%1” to “%2”.</source>
        <translation>Toimeksianto ei voi siirtyä tilasta ”%1” tilaan ”%2”.</translation>
    </message>
    <message>
        <source>Add at least one topic to the request before marking it tagged: the topics say whose experience is asked for.</source>
        <translation>Lisää toimeksiantoon vähintään yksi aihe ennen kuin merkitset sen luokitelluksi: aiheet kertovat, kenen kokemusta pyydetään.</translation>
    </message>
    <message>
        <source>Add at least one topic to the request before inviting workers.</source>
        <translation>Lisää toimeksiantoon vähintään yksi aihe ennen kuin kutsut kokemustoimijoita.</translation>
    </message>
    <message>
        <source>Propose a time or set a deadline before inviting workers: they need to know when.</source>
        <translation>Ehdota aikaa tai aseta määräpäivä ennen kuin kutsut kokemustoimijoita: heidän on tiedettävä, milloin.</translation>
    </message>
    <message numerus="yes">
        <source>The request needs %n worker(s), but only %1 accepted the invitation.</source>
        <translation>
            <numerusform>Toimeksiantoon tarvitaan %n kokemustoimija, mutta vain %1 on hyväksynyt kutsun.</numerusform>
            <numerusform>Toimeksiantoon tarvitaan %n kokemustoimijaa, mutta vain %1 on hyväksynyt kutsun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Several times were proposed: choose the one that was agreed before confirming.</source>
        <translation>Aikoja ehdotettiin useita: valitse sovittu aika ennen vahvistamista.</translation>
    </message>
    <message>
        <source>The meeting is planned for %1; it can be marked held only once it has taken place.</source>
        <translation>Tapaaminen on suunniteltu ajalle %1; sen voi merkitä pidetyksi vasta, kun se on toteutunut.</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the request; the requester and the invited workers will ask.</source>
        <translation>Kerro syy toimeksiannon perumiseen; toimeksiantaja ja kutsutut kokemustoimijat kysyvät sitä.</translation>
    </message>
    <message>
        <source>New</source>
        <comment>request status</comment>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Tagged</source>
        <comment>request status</comment>
        <translation>Luokiteltu</translation>
    </message>
    <message>
        <source>Inviting</source>
        <comment>request status</comment>
        <translation>Kutsuvaiheessa</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>request status</comment>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>request status</comment>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>request status</comment>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>request status</comment>
        <translation>Peruttu</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ScorePart</name>
    <message>
        <source>Experience</source>
        <translation>Kokemus</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>Halukkuus</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Saatavuus</translation>
    </message>
    <message>
        <source>Fair rotation</source>
        <translation>Tasapuolinen vuorottelu</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Hyvinvointi</translation>
    </message>
    <message>
        <source>Fee ceiling</source>
        <translation>Tuloraja</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ScreenshotRenderer</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Kansiota ”%1” ei voitu luoda.</translation>
    </message>
    <message>
        <source>Could not save the picture “%1”.</source>
        <translation>Kuvaa ”%1” ei voitu tallentaa.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SqlQuery</name>
    <message>
        <source>The database returned no row.</source>
        <translation>Tietokanta ei palauttanut yhtään riviä.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Translations</name>
    <message>
        <source>Kohtaamo does not speak “%1”. Choose one of: %2.</source>
        <translation>Kohtaamo ei osaa kieltä ”%1”. Valitse jokin näistä: %2.</translation>
    </message>
    <message>
        <source>The %1 translation of Kohtaamo could not be loaded; Kohtaamo is shown in English.</source>
        <translation>Kohtaamon käännöstä (%1) ei voitu ladata; Kohtaamo näytetään englanniksi.</translation>
    </message>
</context>
</TS>
