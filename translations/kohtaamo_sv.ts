<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>Kohtaamo</name>
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
    <message>
        <source>Can do all %1 proposed times</source>
        <translation>Kan alla %1 föreslagna tider</translation>
    </message>
    <message>
        <source>Can do none of the %1 proposed times</source>
        <translation>Kan ingen av de föreslagna tiderna (%1 st.)</translation>
    </message>
    <message>
        <source>Can do %1 of the %2 proposed times: %3</source>
        <translation>Kan %1 av %2 föreslagna tider: %3</translation>
    </message>
    <message>
        <source>The time the worker can do fits the weekly preferences</source>
        <translation>Tiden som erfarenhetsaktören kan passar veckoönskemålen</translation>
    </message>
    <message>
        <source>The time the worker can do is outside the weekly preferences</source>
        <translation>Tiden som erfarenhetsaktören kan ligger utanför veckoönskemålen</translation>
    </message>
    <message>
        <source>%1 of the %2 times the worker can do fit the weekly preferences</source>
        <translation>%1 av %2 tider som erfarenhetsaktören kan passar veckoönskemålen</translation>
    </message>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>Krypteringsbiblioteket (libsodium) kunde inte startas.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation>Filen ”%1” kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>The file “%1” could not be written: %2</source>
        <translation>Filen ”%1” kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name; Kohtaamo does not overwrite it.</source>
        <translation>Filen ”%1” finns redan. Välj ett annat namn; Kohtaamo skriver inte över den.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::AccessibleValue</name>
    <message>
        <source>%1: %2</source>
        <comment>accessible description: field label, value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::AuditChain</name>
    <message>
        <source>The audit log has no chain head: it was removed from kohtaamo_meta, or the database was changed outside Kohtaamo. The log cannot be shown to be complete.</source>
        <translation>Granskningsloggen saknar kedjans huvud: det har tagits bort från kohtaamo_meta, eller så har databasen ändrats utanför Kohtaamo. Det går inte att visa att loggen är fullständig.</translation>
    </message>
    <message>
        <source>%1 of %2 #%3 by %4 at %5</source>
        <translation>%1 i %2 #%3 av %4, %5</translation>
    </message>
    <message>
        <source>Audit entry #%1 (%2) carries no hash: it was written or changed outside Kohtaamo.</source>
        <translation>Loggpost #%1 (%2) saknar hashvärde: den har skrivits eller ändrats utanför Kohtaamo.</translation>
    </message>
    <message>
        <source>Audit entry #%1 (%2) was added outside Kohtaamo: the chain ends at entry #%3.</source>
        <translation>Loggpost #%1 (%2) har lagts till utanför Kohtaamo: kedjan slutar vid post #%3.</translation>
    </message>
    <message>
        <source>Audit entry #%1 (%2) was changed after it was written: it no longer matches its hash.</source>
        <translation>Loggpost #%1 (%2) har ändrats efter att den skrevs: den stämmer inte längre med sitt hashvärde.</translation>
    </message>
    <message>
        <source>An audit entry before #%1 (the first one left) was removed: entry #%1 no longer follows the one before it.</source>
        <translation>En loggpost före #%1 (den första som finns kvar) har tagits bort: post #%1 följer inte längre på posten före den.</translation>
    </message>
    <message>
        <source>An audit entry between #%1 and #%2 was removed: entry #%2 no longer follows entry #%1.</source>
        <translation>En loggpost mellan #%1 och #%2 har tagits bort: post #%2 följer inte längre på post #%1.</translation>
    </message>
    <message>
        <source>Every audit entry was removed: the chain ends at entry #%1.</source>
        <translation>Alla loggposter har tagits bort: kedjan slutar vid post #%1.</translation>
    </message>
    <message>
        <source>The last audit entries were removed: the log ends at entry #%1, the chain at entry #%2.</source>
        <translation>De sista loggposterna har tagits bort: loggen slutar vid post #%1, kedjan vid post #%2.</translation>
    </message>
    <message>
        <source>Audit entry #%1 was changed after it was written: it does not match the chain&apos;s head.</source>
        <translation>Loggpost #%1 har ändrats efter att den skrevs: den stämmer inte med kedjans huvud.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries, each chained to the one before it.</source>
        <translation>Granskningsloggen är intakt: %1 poster, var och en kedjad till posten före den.</translation>
    </message>
    <message>
        <source>The audit log has no chain head, so it cannot be sealed again. Run “audit verify”; nothing was changed.</source>
        <translation>Granskningsloggen saknar kedjans huvud, så den kan inte förseglas på nytt. Kör ”audit verify”; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The audit log was changed outside Kohtaamo at entry #%1, so it cannot be sealed again after an erasure. Run “audit verify”; nothing was changed.</source>
        <translation>Granskningsloggen har ändrats utanför Kohtaamo vid post #%1, så den kan inte förseglas på nytt efter en radering. Kör ”audit verify”; ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::AuditLogQuery</name>
    <message>
        <source>The period ends before it begins: the “to” date is before the “from” date.</source>
        <translation>Perioden slutar innan den börjar: datumet ”till” är före datumet ”från”.</translation>
    </message>
    <message>
        <source>Name the record by its number as well as its kind.</source>
        <translation>Ange både typen och numret för det som posterna gäller.</translation>
    </message>
    <message>
        <source>A worker&apos;s number is a positive number.</source>
        <translation>En erfarenhetsaktörs nummer är ett positivt tal.</translation>
    </message>
    <message>
        <source>The search text is longer than 200 characters.</source>
        <translation>Söktexten är längre än 200 tecken.</translation>
    </message>
    <message>
        <source>Ask for at least one audit entry from a place in the list.</source>
        <translation>Be om minst en loggpost från en plats i listan.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::AuditLogSection</name>
    <message>
        <source>Audit Log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record: no request has the reference %1.</source>
        <translation>Gäller: inget uppdrag har referensnumret %1.</translation>
    </message>
    <message>
        <source>Record: type a request&apos;s reference (such as 2026-0042) or a worker&apos;s number (such as #12).</source>
        <translation>Gäller: skriv ett uppdrags referensnummer (till exempel 2026-0042) eller en erfarenhetsaktörs nummer (till exempel #12).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Who did what, when, and to which record: every change, and every export or print of the office&apos;s data. Only an admin reads the log; reading it is not logged. Verify Chain checks that no entry was edited or removed outside Kohtaamo.</source>
        <translation>Vem gjorde vad, när och vad det gällde: varje ändring och varje export eller utskrift av kontorets uppgifter. Endast en administratör läser loggen; läsningen loggas inte. Verifiera kedjan kontrollerar att ingen post har ändrats eller tagits bort utanför Kohtaamo.</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Gäller:</translation>
    </message>
    <message>
        <source>2026-0042 or #12</source>
        <translation>2026-0042 eller #12</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>A request&apos;s reference, or a worker&apos;s number for everything about them</source>
        <translation>Ett uppdrags referensnummer, eller en erfarenhetsaktörs nummer för allt som gäller hen</translation>
    </message>
    <message>
        <source>C&amp;oordinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Changes co&amp;ntain:</source>
        <translation>Ändringarna &amp;innehåller:</translation>
    </message>
    <message>
        <source>Changes contain</source>
        <translation>Ändringarna innehåller</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Only a period</source>
        <translation>Endast en period</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fr&amp;ån:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Verifiera kedjan</translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>Verifiera kedjan</translation>
    </message>
    <message>
        <source>Check that no audit entry was edited or removed</source>
        <translation>Kontrollera att ingen loggpost har ändrats eller tagits bort</translation>
    </message>
    <message>
        <source>Entries, newest f&amp;irst:</source>
        <translation>Poster, nyaste &amp;först:</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Poster i granskningsloggen</translation>
    </message>
    <message>
        <source>Changes of the chosen entr&amp;y:</source>
        <translation>&amp;Ändringar i den valda posten:</translation>
    </message>
    <message>
        <source>Changes of the chosen entry</source>
        <translation>Ändringar i den valda posten</translation>
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
    <name>Kohtaamo::AuditTexts</name>
    <message>
        <source>worker</source>
        <translation>erfarenhetsaktör</translation>
    </message>
    <message>
        <source>request</source>
        <translation>uppdrag</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>inbjudan</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>medverkan</translation>
    </message>
    <message>
        <source>meeting outcome</source>
        <translation>mötets resultat</translation>
    </message>
    <message>
        <source>experience knowledge</source>
        <translation>erfarenhetskunskap</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>ämne</translation>
    </message>
    <message>
        <source>message</source>
        <translation>meddelande</translation>
    </message>
    <message>
        <source>message wording</source>
        <translation>meddelandeformulering</translation>
    </message>
    <message>
        <source>ranking weights</source>
        <translation>rangordningens vikter</translation>
    </message>
    <message>
        <source>office settings</source>
        <translation>kontorets inställningar</translation>
    </message>
    <message>
        <source>payment batch</source>
        <translation>betalningsomgång</translation>
    </message>
    <message>
        <source>funded activity</source>
        <translation>finansierad verksamhet</translation>
    </message>
    <message>
        <source>group meeting rhythm</source>
        <translation>gruppmötenas rytm</translation>
    </message>
    <message>
        <source>change notice</source>
        <translation>ändringsmeddelande</translation>
    </message>
    <message>
        <source>Exported office data</source>
        <translation>Exporterade kontorets uppgifter</translation>
    </message>
    <message>
        <source>Exported results report</source>
        <translation>Exporterade resultatrapporten</translation>
    </message>
    <message>
        <source>Exported fees</source>
        <translation>Exporterade arvoden</translation>
    </message>
    <message>
        <source>Exported commission summary</source>
        <translation>Exporterade uppdragssammanfattningen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporterade %1</translation>
    </message>
    <message>
        <source>Exported subject access data</source>
        <translation>Exporterade registerutdrag</translation>
    </message>
    <message>
        <source>Erased worker</source>
        <translation>Raderade erfarenhetsaktör</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Lade till %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Tog bort %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Ändrade %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(user not known)</source>
        <translation>(användaren okänd)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CalendarInvitation</name>
    <message>
        <source>The calendar entry cannot be written: the office&apos;s time zone “%1” is not known.</source>
        <translation>Kalenderposten kan inte skrivas: kontorets tidszon ”%1” är okänd.</translation>
    </message>
    <message>
        <source>The calendar entry cannot be written: the meeting has no time, or it ends before it starts.</source>
        <translation>Kalenderposten kan inte skrivas: mötet har ingen tid, eller så slutar det innan det börjar.</translation>
    </message>
    <message>
        <source>The calendar entry cannot be written without the organizer&apos;s and the worker&apos;s e-mail.</source>
        <translation>Kalenderposten kan inte skrivas utan arrangörens och erfarenhetsaktörens e-postadress.</translation>
    </message>
    <message>
        <source>The calendar entry cannot be written: no time zone data.</source>
        <translation>Kalenderposten kan inte skrivas: tidszonsdata saknas.</translation>
    </message>
    <message>
        <source>The calendar entry cannot be written.</source>
        <translation>Kalenderposten kan inte skrivas.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CandidateListModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation>Bjud in %1</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Bjud in</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Experience worker</source>
        <translation>Erfarenhetsaktör</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Score %1 of the best %2: %3</source>
        <translation>Poäng %1 (högsta %2): %3</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CandidatesPanel</name>
    <message>
        <source>%1 — fills the team</source>
        <translation>%1 — fyller ut teamet</translation>
    </message>
    <message>
        <source>%1 — adds %2</source>
        <translation>%1 — tillför %2</translation>
    </message>
    <message numerus="yes">
        <source>Only %n worker(s) can be asked for this request.</source>
        <translation>
            <numerusform>Endast %n erfarenhetsaktör kan tillfrågas för det här uppdraget.</numerusform>
            <numerusform>Endast %n erfarenhetsaktörer kan tillfrågas för det här uppdraget.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not covered: %1</source>
        <translation>Täcks inte: %1</translation>
    </message>
    <message>
        <source>Choose a request to see who could be asked.</source>
        <translation>Välj ett uppdrag för att se vem som kan tillfrågas.</translation>
    </message>
    <message>
        <source>This request has no topics yet: tag it to rank the experience workers by relevant experience.</source>
        <translation>Uppdraget har ännu inga ämnen: klassificera det för att rangordna erfarenhetsaktörerna efter relevant erfarenhet.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) can be asked</source>
        <translation>
            <numerusform>%n erfarenhetsaktör kan tillfrågas</numerusform>
            <numerusform>%n erfarenhetsaktörer kan tillfrågas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n excluded by the rules</source>
        <translation>
            <numerusform> · %n utesluten enligt reglerna</numerusform>
            <numerusform> · %n uteslutna enligt reglerna</numerusform>
        </translation>
    </message>
    <message>
        <source> · the best %1 are shown</source>
        <translation> · de %1 bästa visas</translation>
    </message>
    <message>
        <source>Invitations can be sent once the request is tagged and until it is held.</source>
        <translation>Inbjudningar kan skickas när uppdraget har klassificerats och fram till att det har genomförts.</translation>
    </message>
    <message>
        <source>The invitations were not created.</source>
        <translation>Inbjudningarna skapades inte.</translation>
    </message>
    <message>
        <source>Show e&amp;xcluded</source>
        <translation>Visa ut&amp;eslutna</translation>
    </message>
    <message>
        <source>List the workers the rules keep out, with every reason</source>
        <translation>Visa de erfarenhetsaktörer som reglerna utesluter, med alla skäl</translation>
    </message>
    <message>
        <source>Read the workers, consents and engagements again and rank anew</source>
        <translation>Läs in erfarenhetsaktörerna, samtyckena och deras uppdrag på nytt och rangordna igen</translation>
    </message>
    <message>
        <source>Excluded by the rules (%1)</source>
        <translation>Uteslutna enligt reglerna (%1)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Experience workers who may be asked, best first, with the score and the reasons</source>
        <translation>Erfarenhetsaktörer som kan tillfrågas, de bästa först, med poäng och skäl</translation>
    </message>
    <message>
        <source>Excluded workers</source>
        <translation>Uteslutna erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Workers the rules keep out of this request, with every reason</source>
        <translation>Erfarenhetsaktörer som reglerna utesluter från det här uppdraget, med alla skäl</translation>
    </message>
    <message numerus="yes">
        <source>Suggested team for %n worker(s)</source>
        <translation>
            <numerusform>Föreslaget team för %n erfarenhetsaktör</numerusform>
            <numerusform>Föreslaget team för %n erfarenhetsaktörer</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the suggested team for inviting</source>
        <translation>Markera det föreslagna teamet för inbjudan</translation>
    </message>
    <message>
        <source>Suggested team</source>
        <translation>Föreslaget team</translation>
    </message>
    <message>
        <source>Invite &amp;by:</source>
        <translation>Bjud in &amp;via:</translation>
    </message>
    <message>
        <source>Invitation channel</source>
        <translation>Inbjudningskanal</translation>
    </message>
    <message>
        <source>Invite the selected workers</source>
        <translation>Bjud in de markerade erfarenhetsaktörerna</translation>
    </message>
    <message numerus="yes">
        <source>In&amp;vite %n selected</source>
        <translation>
            <numerusform>&amp;Bjud in %n markerad</numerusform>
            <numerusform>&amp;Bjud in %n markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>In&amp;vite selected</source>
        <translation>&amp;Bjud in markerade</translation>
    </message>
    <message>
        <source>Rank a&amp;gain</source>
        <translation>Rangordna &amp;på nytt</translation>
    </message>
    <message>
        <source>Select tea&amp;m</source>
        <translation>Välj &amp;team</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ChangeNoticeRepository</name>
    <message>
        <source>The open notice #%1</source>
        <translation>Det öppna meddelandet #%1</translation>
    </message>
    <message>
        <source>A notice needs the time it was made.</source>
        <translation>Ett meddelande behöver tidpunkten då det gjordes.</translation>
    </message>
    <message>
        <source>A notice cannot be done before it was made.</source>
        <translation>Ett meddelande kan inte vara klart innan det gjordes.</translation>
    </message>
    <message>
        <source>The worker already has an open notice of this kind for this request.</source>
        <translation>Erfarenhetsaktören har redan ett öppet meddelande av det här slaget för det här uppdraget.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Chip</name>
    <message>
        <source>speaks for: %1</source>
        <translation>talar för: %1</translation>
    </message>
    <message>
        <source>speaks against: %1</source>
        <translation>talar emot: %1</translation>
    </message>
    <message>
        <source>neutral: %1</source>
        <translation>neutral: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ChosenTopicsModel</name>
    <message>
        <source>Primary</source>
        <translation>Primärt</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekundärt</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ur bruk)</translation>
    </message>
    <message>
        <source>No longer offered for tagging; it stays on the request until removed.</source>
        <translation>Erbjuds inte längre för klassificering; ämnet finns kvar i uppdraget tills det tas bort.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Empties the field.</source>
        <translation>Tömmer fältet.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::AdminCommands</name>
    <message>
        <source>The roles kohtaamo_viewer, kohtaamo_coordinator and kohtaamo_admin, their privileges, the row-level security policies and the append-only audit log are in place.</source>
        <translation>Rollerna kohtaamo_viewer, kohtaamo_coordinator och kohtaamo_admin, deras behörigheter, policyerna för säkerhet på radnivå och granskningsloggen, som bara kan utökas, är på plats.</translation>
    </message>
    <message>
        <source>add-coordinator needs --login and --organisation.</source>
        <translation>add-coordinator kräver --login och --organisation.</translation>
    </message>
    <message>
        <source>Unknown role %1: use admin, coordinator or viewer.</source>
        <translation>Okänd roll %1: använd admin, coordinator eller viewer.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <source>The login %1 can connect as a %2 of “%3”.</source>
        <translation>Inloggningen %1 kan ansluta som %2 för ”%3”.</translation>
    </message>
    <message>
        <source>Unknown admin action %1: use init-postgres or add-coordinator.</source>
        <translation>Okänd admin-åtgärd %1: använd init-postgres eller add-coordinator.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::AuditCommands</name>
    <message>
        <source>Unknown audit action %1: use verify or list.</source>
        <translation>Okänd audit-åtgärd %1: använd verify eller list.</translation>
    </message>
    <message>
        <source>--worker: give the worker&apos;s id (the number in the worker register).</source>
        <translation>--worker: ange erfarenhetsaktörens id (numret i registret över erfarenhetsaktörer).</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 entries shown, newest first.</source>
        <translation>
            <numerusform>%n av %1 poster visas, nyaste först.</numerusform>
            <numerusform>%n av %1 poster visas, nyaste först.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::BackupCommands</name>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>Lösenfras för säkerhetskopian: </translation>
    </message>
    <message>
        <source>Encrypted backup written to %1.</source>
        <translation>Krypterad säkerhetskopia skriven till %1.</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Säkerhetskopians lösenfras: </translation>
    </message>
    <message>
        <source>The office was restored from %1.</source>
        <translation>Kontoret återställdes från %1.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>PLATS</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[alternativ]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>To make a new office there: kohtaamo-cli --db %1 init</source>
        <translation>Skapa ett nytt kontor där med: kohtaamo-cli --db %1 init</translation>
    </message>
    <message>
        <source>The export was written but could not be logged in the audit log: %1</source>
        <translation>Exporten skrevs men kunde inte antecknas i granskningsloggen: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::CliCommandTable</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Rank as on day &lt;YYYY-MM-DD&gt; (default: today): availability, consents and limits are those of that day.</source>
        <translation>Rangordna som på dagen &lt;ÅÅÅÅ-MM-DD&gt; (standard: i dag): tillgänglighet, samtycken och gränser är den dagens.</translation>
    </message>
    <message>
        <source>Print JSON as described in docs/interchange.md instead of a table.</source>
        <translation>Skriv ut JSON enligt docs/interchange.md i stället för en tabell.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>The reference of the request, such as 2026-0014.</source>
        <translation>Uppdragets referens, till exempel 2026-0014.</translation>
    </message>
    <message>
        <source>Print the schema version and what the database holds</source>
        <translation>Skriv ut schemaversionen och vad databasen innehåller</translation>
    </message>
    <message>
        <source>Prints the kind of database, its schema version and the number of rows in each table.</source>
        <translation>Skriver ut databasens typ, dess schemaversion och antalet rader i varje tabell.</translation>
    </message>
    <message>
        <source>Fill an empty database with a deterministic demo office</source>
        <translation>Fyll en tom databas med ett reproducerbart demokontor</translation>
    </message>
    <message>
        <source>Fills an empty database with a fictional office: organisations, coordinators, experience workers with consents, and requests at every step of their workflow. The same options give the same office. A database that already holds workers or requests is refused.</source>
        <translation>Fyller en tom databas med ett påhittat kontor: organisationer, koordinatorer, erfarenhetsaktörer med samtycken och uppdrag i varje steg av arbetsflödet. Samma alternativ ger samma kontor. En databas som redan har erfarenhetsaktörer eller uppdrag fylls inte.</translation>
    </message>
    <message>
        <source>Create &lt;n&gt; experience workers (default 120).</source>
        <translation>Skapa &lt;n&gt; erfarenhetsaktörer (standard 120).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Create &lt;n&gt; requests (default 240).</source>
        <translation>Skapa &lt;n&gt; uppdrag (standard 240).</translation>
    </message>
    <message>
        <source>Start the random choices from &lt;seed&gt; (default 1).</source>
        <translation>Börja slumpvalen från &lt;seed&gt; (standard 1).</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>Date the office around &lt;YYYY-MM-DD&gt; (default: today).</source>
        <translation>Datera kontoret kring &lt;ÅÅÅÅ-MM-DD&gt; (standard: i dag).</translation>
    </message>
    <message>
        <source>Write the whole office as an interchange document</source>
        <translation>Skriv hela kontoret som ett utbytesdokument</translation>
    </message>
    <message>
        <source>Writes the whole office as one JSON interchange document (docs/interchange.md). The file holds personal data: it is created readable and writable by its owner only.</source>
        <translation>Skriver hela kontoret som ett JSON-utbytesdokument (docs/interchange.md). Filen innehåller personuppgifter: den skapas läs- och skrivbar endast för sin ägare.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation>Filen som skrivs, eller - för standardutmatningen.</translation>
    </message>
    <message>
        <source>Read an interchange document into an empty office</source>
        <translation>Läs ett utbytesdokument till ett tomt kontor</translation>
    </message>
    <message>
        <source>Reads a JSON interchange document (docs/interchange.md) into an office that has no workers or requests yet, all or nothing: on any problem nothing is imported, and the message names the place in the file.</source>
        <translation>Läser ett JSON-utbytesdokument (docs/interchange.md) till ett kontor som ännu saknar erfarenhetsaktörer och uppdrag, allt eller inget: vid minsta problem importeras inget, och meddelandet anger platsen i filen.</translation>
    </message>
    <message>
        <source>The file to read, or - for standard input.</source>
        <translation>Filen som läses, eller - för standardinmatningen.</translation>
    </message>
    <message>
        <source>Rank the experience workers for a request, with the reasons</source>
        <translation>Rangordna erfarenhetsaktörerna för ett uppdrag, med motiveringar</translation>
    </message>
    <message>
        <source>Ranks the experience workers for a request by relevant experience, availability and consent, with the stored weights: the ranking the request page shows.</source>
        <translation>Rangordnar erfarenhetsaktörerna för ett uppdrag efter relevant erfarenhet, tillgänglighet och samtycke med de sparade vikterna: samma rangordning som uppdragssidan visar.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; workers (default 50).</source>
        <translation>Visa högst &lt;n&gt; erfarenhetsaktörer (standard 50).</translation>
    </message>
    <message>
        <source>Also list the workers left out, and why.</source>
        <translation>Lista även de erfarenhetsaktörer som utesluts, och varför.</translation>
    </message>
    <message>
        <source>Suggest a team for a request that needs several workers</source>
        <translation>Föreslå ett team för ett uppdrag som behöver flera erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Suggests a team for a request that needs several experience workers: the best ranked, chosen so that together they cover the request&apos;s topics and perspectives.</source>
        <translation>Föreslår ett team för ett uppdrag som behöver flera erfarenhetsaktörer: de högst rankade, valda så att de tillsammans täcker uppdragets ämnen och perspektiv.</translation>
    </message>
    <message>
        <source>Create a new, empty office</source>
        <translation>Skapa ett nytt, tomt kontor</translation>
    </message>
    <message>
        <source>Creates a new, empty office in the file given with --db (its folder must exist) or sets up Kohtaamo in an empty PostgreSQL database. An existing office is left as it is.</source>
        <translation>Skapar ett nytt, tomt kontor i filen som anges med --db (mappen måste finnas) eller installerar Kohtaamo i en tom PostgreSQL-databas. Ett befintligt kontor lämnas som det är.</translation>
    </message>
    <message>
        <source>List the fees to pay, or mark fees paid as one batch</source>
        <translation>Lista arvodena att betala, eller markera arvoden som betalda i en betalningsomgång</translation>
    </message>
    <message>
        <source>fees list: the fees due (or paid, or both) of the work done in a period, as a table or written for bookkeeping as CSV (UTF-8, semicolons, decimal comma) or XLSX, with the totals. fees mark-paid: marks the fees named paid on a date as one payment batch, all or nothing; a request&apos;s reference names every fee due in it, a number one engagement. When the batch would take a worker&apos;s fees of the year over their earnings ceiling, nothing is marked unless --acknowledge-ceiling is given.</source>
        <translation>fees list: arvodena att betala (eller betalda, eller båda) för arbete som utförts under en period, med summor, som tabell eller för bokföringen som CSV (UTF-8, semikolon, decimalkomma) eller XLSX. fees mark-paid: markerar de angivna arvodena som betalda ett visst datum i en betalningsomgång, allt eller inget; ett uppdrags referensnummer anger alla arvoden att betala i uppdraget, ett id-nummer en enskild medverkan. Om omgången skulle föra en erfarenhetsaktörs arvoden för året över inkomstgränsen markeras ingenting, om inte --acknowledge-ceiling anges.</translation>
    </message>
    <message>
        <source>list: work held on or after &lt;YYYY-MM-DD&gt;.</source>
        <translation>list: arbete som genomförts &lt;ÅÅÅÅ-MM-DD&gt; eller senare.</translation>
    </message>
    <message>
        <source>list: work held on or before &lt;YYYY-MM-DD&gt;.</source>
        <translation>list: arbete som genomförts &lt;ÅÅÅÅ-MM-DD&gt; eller tidigare.</translation>
    </message>
    <message>
        <source>list: due (default), paid or all.</source>
        <translation>list: due (att betala, standard), paid (betalda) eller all (alla).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <source>list: write the fees as CSV to &lt;FILE&gt;.</source>
        <translation>list: skriv arvodena som CSV till &lt;FIL&gt;.</translation>
    </message>
    <message>
        <source>list: write the fees as XLSX to &lt;FILE&gt;.</source>
        <translation>list: skriv arvodena som XLSX till &lt;FIL&gt;.</translation>
    </message>
    <message>
        <source>mark-paid: the date the fees were paid.</source>
        <translation>mark-paid: datum då arvodena betalades.</translation>
    </message>
    <message>
        <source>mark-paid: a note for the payment batch.</source>
        <translation>mark-paid: en anteckning för betalningsomgången.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>mark-paid: mark paid even over a worker&apos;s earnings ceiling.</source>
        <translation>mark-paid: markera som betalt även över en erfarenhetsaktörs inkomstgräns.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ÅTGÄRD</translation>
    </message>
    <message>
        <source>list or mark-paid.</source>
        <translation>list eller mark-paid.</translation>
    </message>
    <message>
        <source>mark-paid: request references or engagement ids.</source>
        <translation>mark-paid: uppdragens referensnummer eller id-nummer för medverkan.</translation>
    </message>
    <message>
        <source>List the outbox, or send the messages waiting in it</source>
        <translation>Lista utkorgen eller skicka meddelandena som väntar i den</translation>
    </message>
    <message>
        <source>`outbox list` prints the office&apos;s e-mail messages, one a line: their state (draft, queued, sent, failed), kind, request, recipient and the server&apos;s answer to a failed attempt. `outbox send` sends every queued or failed message once, with the office&apos;s mail account or the one in KOHTAAMO_SMTP_URL (smtp://host:587 with STARTTLS, smtps://host:465 with TLS), KOHTAAMO_SMTP_USER and KOHTAAMO_SMTP_PASSWORD; a message already sent is never sent again. See docs/mail.md.</source>
        <translation>`outbox list` skriver ut kontorets e-postmeddelanden, ett per rad: status (draft = utkast, queued = i kö, sent = skickat, failed = misslyckat), typ, uppdrag, mottagare och serverns svar på ett misslyckat försök. `outbox send` skickar varje köat eller misslyckat meddelande en gång, med kontorets e-postkonto eller det som anges i KOHTAAMO_SMTP_URL (smtp://host:587 med STARTTLS, smtps://host:465 med TLS), KOHTAAMO_SMTP_USER och KOHTAAMO_SMTP_PASSWORD; ett meddelande som redan har skickats skickas aldrig igen. Se docs/mail.md.</translation>
    </message>
    <message>
        <source>list: only messages in &lt;state&gt;: draft, queued, sent or failed.</source>
        <translation>list: endast meddelanden med &lt;status&gt;: draft, queued, sent eller failed.</translation>
    </message>
    <message>
        <source>list: only the messages of request &lt;REF&gt;.</source>
        <translation>list: endast meddelandena för uppdraget &lt;REF&gt;.</translation>
    </message>
    <message>
        <source>send: approve every draft as written first (otherwise only messages a coordinator approved are sent).</source>
        <translation>send: godkänn först varje utkast som det är skrivet (annars skickas bara meddelanden som en koordinator har godkänt).</translation>
    </message>
    <message>
        <source>list or send.</source>
        <translation>list eller send.</translation>
    </message>
    <message>
        <source>Usage: kohtaamo-cli --db LOCATION COMMAND [options]
       kohtaamo-cli help [COMMAND]
       kohtaamo-cli --version

Commands:
%1
LOCATION is an SQLite file or postgresql://user@host[:port]/database;
the password comes from ~/.pgpass or PGPASSWORD. Only init, demo and import
create a missing office file; no command creates folders.
--lang fi|sv|en chooses the language (default: the desktop&apos;s).
`kohtaamo-cli help COMMAND` shows the options of a command.
The file format and the JSON output are described in docs/interchange.md
(installed as /usr/share/doc/kohtaamo/interchange.md.gz).
Exit codes: 0 ok, 1 failure, 2 bad usage or input, 3 not found.
</source>
        <translation>Användning: kohtaamo-cli --db PLATS KOMMANDO [alternativ]
       kohtaamo-cli help [KOMMANDO]
       kohtaamo-cli --version

Kommandon:
%1
PLATS är en SQLite-fil eller postgresql://användare@värd[:port]/databas;
lösenordet kommer från ~/.pgpass eller PGPASSWORD. Bara init, demo och import
skapar en kontorsfil som saknas; inget kommando skapar mappar.
--lang fi|sv|en väljer språket (standard: skrivbordets språk).
`kohtaamo-cli help KOMMANDO` visar ett kommandos alternativ.
Filformatet och JSON-utmatningen beskrivs i docs/interchange.md
(installerad som /usr/share/doc/kohtaamo/interchange.md.gz).
Slutkoder: 0 klart, 1 fel, 2 felaktig användning eller indata, 3 hittades inte.
</translation>
    </message>
    <message>
        <source>Write the funder&apos;s results report</source>
        <translation>Skriv finansiärens resultatrapport</translation>
    </message>
    <message>
        <source>report results: the funder&apos;s results report (docs/reports.md) for a year, a quarter or the days from --from to --to, for the whole office, one organisation or one funded activity: printed as text, or written as a PDF (A4, charts, page numbers), as CSV files (one per table in a folder) and as an XLSX workbook. No worker is named; counts of fewer than 5 people are shown as &quot;&lt; 5&quot;.</source>
        <translation>report results: finansiärens resultatrapport (docs/reports.md) för ett år, ett kvartal eller dagarna från --from till --to, för hela kontoret, en organisation eller en finansierad verksamhet: utskriven som text eller skriven som PDF (A4, diagram, sidnummer), som CSV-filer (en per tabell i en mapp) och som en XLSX-arbetsbok. Ingen erfarenhetsaktör nämns vid namn; antal under 5 personer visas som &quot;&lt; 5&quot;.</translation>
    </message>
    <message>
        <source>The report&apos;s year, such as 2026.</source>
        <translation>Rapportens år, till exempel 2026.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>Only this quarter of the year (1–4).</source>
        <translation>Endast detta kvartal av året (1–4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The first day of a period of any length.</source>
        <translation>Första dagen i en period av valfri längd.</translation>
    </message>
    <message>
        <source>The last day of that period.</source>
        <translation>Sista dagen i samma period.</translation>
    </message>
    <message>
        <source>Only this organisation (its name or short name).</source>
        <translation>Endast denna organisation (dess namn eller förkortning).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Only this funded activity (its name).</source>
        <translation>Endast denna finansierade verksamhet (dess namn).</translation>
    </message>
    <message>
        <source>Write the report as a PDF to &lt;FILE&gt;.</source>
        <translation>Skriv rapporten som PDF till &lt;FIL&gt;.</translation>
    </message>
    <message>
        <source>Write one CSV file per table into &lt;DIR&gt;.</source>
        <translation>Skriv en CSV-fil per tabell i &lt;MAPP&gt;.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <source>Write every table as a sheet of &lt;FILE&gt;.</source>
        <translation>Skriv varje tabell som ett blad i &lt;FIL&gt;.</translation>
    </message>
    <message>
        <source>The office&apos;s name on the PDF&apos;s pages (default: the database&apos;s name).</source>
        <translation>Kontorets namn på PDF-filens sidor (standard: databasens namn).</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>RAPPORT</translation>
    </message>
    <message>
        <source>results.</source>
        <translation>results.</translation>
    </message>
    <message>
        <source>Import a worker register from a CSV or XLSX file</source>
        <translation>Importera ett register över erfarenhetsaktörer från en CSV- eller XLSX-fil</translation>
    </message>
    <message>
        <source>Reads a worker register kept in a spreadsheet (CSV with ; or , and UTF-8, or the first sheet of an XLSX workbook) and adds each row as a new experience worker, all or nothing: when any row is refused nothing is stored, and each refused row is named with its row and column. The columns are guessed from their headers (Finnish, Swedish or English); --map sets one. Likely duplicates are warned about. No consent is recorded unless the contact-consent column is mapped. See docs/interchange.md.</source>
        <translation>Läser ett register över erfarenhetsaktörer som förs i ett kalkylblad (CSV med ; eller , och UTF-8, eller det första bladet i en XLSX-arbetsbok) och lägger till varje rad som en ny erfarenhetsaktör, allt eller inget: om någon rad avvisas sparas ingenting, och varje avvisad rad anges med rad och kolumn. Kolumnerna gissas utifrån deras rubriker (på finska, svenska eller engelska); --map anger en kolumn. Troliga dubbletter ger en varning. Inget samtycke antecknas om inte kolumnen contact-consent är kopplad. Se docs/interchange.md.</translation>
    </message>
    <message>
        <source>Fill &lt;field&gt; from &lt;column&gt; (its header, letter or number); may be given more than once. Fields: name, first-name, last-name, pseudonym, email, phone, organisation, title, date-of-birth, languages, municipality, region, regions-covered, status, notes, contact-consent.</source>
        <translation>Fyll &lt;fält&gt; från &lt;kolumn&gt; (dess rubrik, bokstav eller nummer); kan anges flera gånger. Fält: name, first-name, last-name, pseudonym, email, phone, organisation, title, date-of-birth, languages, municipality, region, regions-covered, status, notes, contact-consent.</translation>
    </message>
    <message>
        <source>field=column</source>
        <translation>fält=kolumn</translation>
    </message>
    <message>
        <source>The organisation of rows that name none (default: the office&apos;s only organisation).</source>
        <translation>Organisationen för rader som inte anger någon (standard: kontorets enda organisation).</translation>
    </message>
    <message>
        <source>Check every row and print what would be imported; store nothing.</source>
        <translation>Kontrollera varje rad och skriv ut vad som skulle importeras; spara ingenting.</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to read.</source>
        <translation>CSV- eller XLSX-filen som läses.</translation>
    </message>
    <message>
        <source>Print or write one commission&apos;s summary</source>
        <translation>Skriv ut en uppdragssammanfattning eller skriv den till en fil</translation>
    </message>
    <message>
        <source>summary REF: the commission summary of the request REF (docs/reports.md) — what was asked, its steps, who took part (workers named only with their consent to appear in public), hours, the fees in total, the outcome, the feedback and the experience knowledge: printed as text, or written as a one-page PDF.</source>
        <translation>summary REF: uppdragssammanfattningen för uppdraget REF (docs/reports.md) — vad som efterfrågades, uppdragets steg, vem som deltog (erfarenhetsaktörer nämns vid namn endast med sitt samtycke till att framträda offentligt), timmar, arvodena totalt, resultatet, återkopplingen och erfarenhetskunskapen: utskriven som text eller skriven som en PDF på en sida.</translation>
    </message>
    <message>
        <source>Write the summary as a PDF to &lt;FILE&gt;.</source>
        <translation>Skriv sammanfattningen som PDF till &lt;FIL&gt;.</translation>
    </message>
    <message>
        <source>The request&apos;s reference, such as 2026-0042.</source>
        <translation>Uppdragets referensnummer, till exempel 2026-0042.</translation>
    </message>
    <message>
        <source>Check that no audit entry was edited or removed</source>
        <translation>Kontrollera att ingen loggpost har ändrats eller tagits bort</translation>
    </message>
    <message>
        <source>The worker&apos;s id (the number in the worker register).</source>
        <translation>Erfarenhetsaktörens id (numret i registret över erfarenhetsaktörer).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Erase a worker&apos;s personal data (admins only)</source>
        <translation>Radera en erfarenhetsaktörs personuppgifter (endast administratörer)</translation>
    </message>
    <message>
        <source>erase-worker --worker ID --yes: removes the worker&apos;s personal fields everywhere, old values in the audit log included, and seals the audit chain again; their engagements, hours and fees stay as an anonymous row, so the statistics stay correct. It cannot be undone. See docs/data-protection.md.</source>
        <translation>erase-worker --worker ID --yes: tar bort erfarenhetsaktörens personuppgifter överallt, även gamla värden i granskningsloggen, och förseglar granskningskedjan på nytt; hens medverkan, timmar och arvoden finns kvar som en anonym rad, så att statistiken förblir korrekt. Det kan inte ångras. Se docs/data-protection.md.</translation>
    </message>
    <message>
        <source>Erase without asking: the erasure is meant.</source>
        <translation>Radera utan att fråga: raderingen är avsiktlig.</translation>
    </message>
    <message>
        <source>Write everything held about one worker</source>
        <translation>Skriv allt som finns lagrat om en erfarenhetsaktör till filer</translation>
    </message>
    <message>
        <source>subject-access --worker ID --json FILE --pdf FILE: everything the office holds about the worker (record, experiences, consents and their history, unavailable periods, invitations, engagements and fees, knowledge naming them, mail to them, audit entries about them) as JSON and as a readable PDF, readable by you only. The export is audited. See docs/data-protection.md.</source>
        <translation>subject-access --worker ID --json FIL --pdf FIL: allt som kontoret har lagrat om erfarenhetsaktören (grunduppgifter, erfarenheter, samtycken och deras historik, perioder då hen inte är tillgänglig, inbjudningar, medverkan och arvoden, erfarenhetskunskap där hen nämns, e-post till hen, poster i granskningsloggen om hen) som JSON och som en läsbar PDF, som bara du kan läsa. Exporten antecknas i granskningsloggen. Se docs/data-protection.md.</translation>
    </message>
    <message>
        <source>Write the data as JSON to &lt;FILE&gt;.</source>
        <translation>Skriv uppgifterna som JSON till &lt;FIL&gt;.</translation>
    </message>
    <message>
        <source>Write the data as a PDF to &lt;FILE&gt;.</source>
        <translation>Skriv uppgifterna som PDF till &lt;FIL&gt;.</translation>
    </message>
    <message>
        <source>Set up a shared PostgreSQL database and coordinators&apos; logins</source>
        <translation>Konfigurera en delad PostgreSQL-databas och koordinatorernas inloggningar</translation>
    </message>
    <message>
        <source>`admin init-postgres` creates the group roles kohtaamo_viewer, kohtaamo_coordinator and kohtaamo_admin, their privileges, the row-level security policies (a coordinator sees the workers of their own organisation and the requests whose scope includes it) and the append-only audit log; run it as the owner of the tables, again after every upgrade. `admin add-coordinator` creates a coordinator&apos;s own database login and the coordinator record that maps it to an organisation and a role; the password is asked on the terminal or taken from KOHTAAMO_COORDINATOR_PASSWORD, never from the command line. See docs/shared-database.md.</source>
        <translation>`admin init-postgres` skapar grupprollerna kohtaamo_viewer, kohtaamo_coordinator och kohtaamo_admin, deras behörigheter, policyerna för säkerhet på radnivå (en koordinator ser erfarenhetsaktörerna i sin egen organisation och de uppdrag vars omfattning inkluderar den) och granskningsloggen som bara kan utökas; kör kommandot som ägare till tabellerna, och på nytt efter varje uppgradering. `admin add-coordinator` skapar en koordinators egen databasinloggning och den koordinatorpost som kopplar inloggningen till en organisation och en roll; lösenordet frågas i terminalen eller hämtas från KOHTAAMO_COORDINATOR_PASSWORD, aldrig från kommandoraden. Se docs/shared-database.md.</translation>
    </message>
    <message>
        <source>add-coordinator: the database login.</source>
        <translation>add-coordinator: databasinloggningen.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>INLOGGNING</translation>
    </message>
    <message>
        <source>add-coordinator: the coordinator&apos;s organisation (name or short name).</source>
        <translation>add-coordinator: koordinatorns organisation (namn eller förkortning).</translation>
    </message>
    <message>
        <source>add-coordinator: admin, coordinator (default) or viewer.</source>
        <translation>add-coordinator: admin, coordinator (standard) eller viewer.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLL</translation>
    </message>
    <message>
        <source>add-coordinator: the coordinator&apos;s name as shown (default: the login).</source>
        <translation>add-coordinator: koordinatorns namn så som det visas (standard: inloggningen).</translation>
    </message>
    <message>
        <source>init-postgres or add-coordinator.</source>
        <translation>init-postgres eller add-coordinator.</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the office</source>
        <translation>Skriv en krypterad säkerhetskopia av kontoret</translation>
    </message>
    <message>
        <source>backup FILE writes an encrypted copy of an SQLite office to the new file FILE, readable by its owner only (libsodium; the key is derived from the passphrase with Argon2id). The passphrase is asked twice on the terminal, or taken from KOHTAAMO_BACKUP_PASSPHRASE. A PostgreSQL database is backed up with pg_dump. See docs/data-protection.md.</source>
        <translation>backup FIL skriver en krypterad kopia av ett SQLite-kontor till den nya filen FIL, som bara dess ägare kan läsa (libsodium; nyckeln härleds från lösenfrasen med Argon2id). Lösenfrasen frågas två gånger i terminalen eller hämtas från KOHTAAMO_BACKUP_PASSPHRASE. En PostgreSQL-databas säkerhetskopieras med pg_dump. Se docs/data-protection.md.</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>Den nya säkerhetskopiefilen.</translation>
    </message>
    <message>
        <source>Replace the office with an encrypted backup</source>
        <translation>Ersätt kontoret med en krypterad säkerhetskopia</translation>
    </message>
    <message>
        <source>restore FILE decrypts the backup FILE, checks it (integrity, a Kohtaamo schema this version can open) and only then replaces the office with it. A wrong passphrase or a changed byte replaces nothing. The passphrase is asked on the terminal, or taken from KOHTAAMO_BACKUP_PASSPHRASE. Nobody else may have the office open.</source>
        <translation>restore FIL dekrypterar säkerhetskopian FIL, kontrollerar den (integritet, ett Kohtaamo-schema som den här versionen kan öppna) och ersätter först därefter kontoret med den. En felaktig lösenfras eller en ändrad byte ersätter ingenting. Lösenfrasen frågas i terminalen eller hämtas från KOHTAAMO_BACKUP_PASSPHRASE. Ingen annan får ha kontoret öppet.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Säkerhetskopiefilen.</translation>
    </message>
    <message>
        <source>`audit verify` walks the audit log&apos;s hash chain: each entry carries a hash of its content and of the entry before it. It prints that the log is intact and exits 0, or names the first entry that was edited or removed and exits 1. `audit list` prints the entries, newest first, filtered by worker, request, coordinator and period (admins only). See docs/data-protection.md.</source>
        <translation>`audit verify` går igenom granskningsloggens hashkedja: varje post har ett hashvärde av sitt innehåll och av posten före den. Kommandot skriver ut att loggen är intakt och avslutas med 0, eller anger den första post som har ändrats eller tagits bort och avslutas med 1. `audit list` skriver ut posterna, nyaste först, filtrerade efter erfarenhetsaktör, uppdrag, koordinator och period (endast administratörer). Se docs/data-protection.md.</translation>
    </message>
    <message>
        <source>verify or list.</source>
        <translation>verify eller list.</translation>
    </message>
    <message>
        <source>list: the entries about this worker and their consents, invitations and engagements.</source>
        <translation>list: posterna om den här erfarenhetsaktören och hens samtycken, inbjudningar och medverkan.</translation>
    </message>
    <message>
        <source>list: the entries about this request.</source>
        <translation>list: posterna om det här uppdraget.</translation>
    </message>
    <message>
        <source>list: the entries by this login.</source>
        <translation>list: posterna som har gjorts med den här inloggningen.</translation>
    </message>
    <message>
        <source>list: from this day on (office time).</source>
        <translation>list: från och med den här dagen (kontorets tid).</translation>
    </message>
    <message>
        <source>list: up to and including this day.</source>
        <translation>list: till och med den här dagen.</translation>
    </message>
    <message>
        <source>list: at most &lt;n&gt; entries (default 50).</source>
        <translation>list: högst &lt;n&gt; poster (standard 50).</translation>
    </message>
    <message>
        <source>List or apply the office&apos;s retention rules (admins apply)</source>
        <translation>Lista eller tillämpa kontorets förvaringsregler (administratörer tillämpar)</translation>
    </message>
    <message>
        <source>retention: lists the workers who left longer ago than the office&apos;s rule allows (Settings ▸ Retention) and how many old audit entries still hold personal data. retention --apply --yes erases those workers and prunes those entries, in one transaction, and seals the audit chain again (admins only). See docs/data-protection.md.</source>
        <translation>retention: listar de erfarenhetsaktörer som slutade för längre tid sedan än kontorets regel tillåter (Inställningar ▸ Förvaringstid) och hur många gamla loggposter som fortfarande innehåller personuppgifter. retention --apply --yes raderar de erfarenhetsaktörerna och rensar de posterna i en enda transaktion, och förseglar granskningskedjan på nytt (endast administratörer). Se docs/data-protection.md.</translation>
    </message>
    <message>
        <source>Erase and prune what is due.</source>
        <translation>Radera och rensa det vars förvaringstid har gått ut.</translation>
    </message>
    <message>
        <source>Apply without asking: it is meant.</source>
        <translation>Tillämpa utan att fråga: det är avsiktligt.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::CliOptions</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <source>Missing argument</source>
        <translation>Argument saknas</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 måste vara ett heltal från %2 till %3</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD</source>
        <translation>--%1 måste vara ett datum i formen ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::FeeCommands</name>
    <message>
        <source>Unknown action %1: use list or mark-paid.</source>
        <translation>Okänd åtgärd %1: använd list eller mark-paid.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <source>--state: use due, paid or all, not %1.</source>
        <translation>--state: använd due, paid eller all, inte %1.</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Arvoden</translation>
    </message>
    <message>
        <source>Wrote %1 fees to %2.</source>
        <translation>Arvoden skrivna till %2: %1.</translation>
    </message>
    <message>
        <source>Name the fees to mark paid: request references (every due fee of the request) or engagement ids.</source>
        <translation>Ange vilka arvoden som ska markeras som betalda: uppdragens referensnummer (alla arvoden att betala i uppdraget) eller id-nummer för medverkan.</translation>
    </message>
    <message>
        <source>--on: give the date the fees were paid (YYYY-MM-DD).</source>
        <translation>--on: ange datum då arvodena betalades (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>No request has the reference %1.</source>
        <translation>Inget uppdrag har referensnumret %1.</translation>
    </message>
    <message>
        <source>The request %1 has no fees due.</source>
        <translation>Uppdraget %1 har inga arvoden att betala.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Nothing was marked paid. Run again with --acknowledge-ceiling to mark the fees paid all the same.</source>
        <translation>Ingenting markerades som betalt. Kör igen med --acknowledge-ceiling för att ändå markera arvodena som betalda.</translation>
    </message>
    <message>
        <source>Batch %1: %2 fees, %3, paid on %4.</source>
        <translation>Betalningsomgång %1: antal arvoden %2, %3, betald den %4.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::InterchangeCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det gick inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message>
        <source>topics: %1 created, %2 updated, %3 already there</source>
        <translation>ämnen: %1 skapade, %2 uppdaterade, %3 fanns redan</translation>
    </message>
    <message>
        <source>organisations: %1 created, %2 already there</source>
        <translation>organisationer: %1 skapade, %2 fanns redan</translation>
    </message>
    <message>
        <source>coordinators: %1 created, %2 already there</source>
        <translation>koordinatorer: %1 skapade, %2 fanns redan</translation>
    </message>
    <message>
        <source>workers: %1</source>
        <translation>erfarenhetsaktörer: %1</translation>
    </message>
    <message>
        <source>consents: %1</source>
        <translation>samtycken: %1</translation>
    </message>
    <message>
        <source>requests: %1</source>
        <translation>uppdrag: %1</translation>
    </message>
    <message>
        <source>invitations: %1</source>
        <translation>inbjudningar: %1</translation>
    </message>
    <message>
        <source>engagements: %1</source>
        <translation>uppdrag för erfarenhetsaktörer: %1</translation>
    </message>
    <message>
        <source>outcomes: %1</source>
        <translation>resultat: %1</translation>
    </message>
    <message>
        <source>knowledge entries: %1</source>
        <translation>anteckningar om erfarenhetskunskap: %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Det gick inte att skriva till standardutdata: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>invitation history steps: %1</source>
        <translation>steg i inbjudningarnas historik: %1</translation>
    </message>
    <message>
        <source>change notices: %1</source>
        <translation>ändringsmeddelanden: %1</translation>
    </message>
    <message>
        <source>office settings: set as in the file</source>
        <translation>kontorets inställningar: satta enligt filen</translation>
    </message>
    <message>
        <source>office settings: kept as they were</source>
        <translation>kontorets inställningar: oförändrade</translation>
    </message>
    <message>
        <source>funded activities: %1</source>
        <translation>finansierade verksamheter: %1</translation>
    </message>
    <message>
        <source>payment batches: %1</source>
        <translation>betalningsomgångar: %1</translation>
    </message>
    <message>
        <source>own message wordings: %1</source>
        <translation>egna meddelandeformuleringar: %1</translation>
    </message>
    <message>
        <source>outbox messages: %1</source>
        <translation>meddelanden i utkorgen: %1</translation>
    </message>
    <message>
        <source>mail account: set as in the file (the password is not in it)</source>
        <translation>e-postkonto: inställt enligt filen (lösenordet finns inte i den)</translation>
    </message>
    <message>
        <source>mail account: kept as it was</source>
        <translation>e-postkonto: oförändrat</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::OfficeCommands</name>
    <message>
        <source>The office is ready: %1 (schema %2).</source>
        <translation>Kontoret är klart: %1 (schema %2).</translation>
    </message>
    <message>
        <source>Created a new, empty office: %1 (schema %2).</source>
        <translation>Skapade ett nytt, tomt kontor: %1 (schema %2).</translation>
    </message>
    <message>
        <source>%1 is already a Kohtaamo office (schema %2); it was left as it is.</source>
        <translation>%1 är redan ett Kohtaamo-kontor (schema %2); det lämnades som det är.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::OutboxCommands</name>
    <message>
        <source>Unknown outbox action “%1”: write list or send.</source>
        <translation>Okänd outbox-åtgärd ”%1”: skriv list eller send.</translation>
    </message>
    <message>
        <source>Unknown state “%1”: write draft, queued, sent or failed.</source>
        <translation>Okänd status ”%1”: skriv draft, queued, sent eller failed.</translation>
    </message>
    <message>
        <source>No request has the reference %1.</source>
        <translation>Inget uppdrag har referensnumret %1.</translation>
    </message>
    <message>
        <source>No mail account: set one in Settings ▸ E-mail, or give KOHTAAMO_SMTP_URL (see docs/mail.md).</source>
        <translation>Inget e-postkonto: ställ in ett under Inställningar ▸ E-post eller ange KOHTAAMO_SMTP_URL (se docs/mail.md).</translation>
    </message>
    <message>
        <source>No sender address: set it in Settings ▸ E-mail, or give KOHTAAMO_SMTP_FROM.</source>
        <translation>Ingen avsändaradress: ställ in den under Inställningar ▸ E-post eller ange KOHTAAMO_SMTP_FROM.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent; they go again with the next send. The server said: %1</source>
        <translation>
            <numerusform>%n meddelande kunde inte skickas; det skickas igen vid nästa sändning. Servern svarade: %1</numerusform>
            <numerusform>%n meddelanden kunde inte skickas; de skickas igen vid nästa sändning. Servern svarade: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::RankCommands</name>
    <message>
        <source>No request has the reference %1.</source>
        <translation>Inget uppdrag har referensnumret %1.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::RankingTable</name>
    <message>
        <source>Request %1 “%2” (%3), work on %4, ranked on %5</source>
        <translation>Uppdrag %1 ”%2” (%3), arbetet den %4, rangordnat den %5</translation>
    </message>
    <message>
        <source>%1 eligible, %2 excluded; the best %3 shown.</source>
        <translation>%1 möjliga, %2 uteslutna; de %3 bästa visas.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Erfarenhetsaktör</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Nobody can be asked for this request.</source>
        <translation>Ingen kan tillfrågas för det här uppdraget.</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Utesluten: %1</translation>
    </message>
    <message>
        <source>Team: %1 of the %2 workers needed</source>
        <translation>Team: %1 av %2 som behövs</translation>
    </message>
    <message>
        <source> (score %1, ranked #%2)</source>
        <translation> (poäng %1, plats #%2)</translation>
    </message>
    <message>
        <source>adds: %1</source>
        <translation>tillför: %1</translation>
    </message>
    <message>
        <source>Not covered: %1</source>
        <translation>Täcks inte: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::ReportCommands</name>
    <message>
        <source>Unknown report %1: use results.</source>
        <translation>Okänd rapport %1: använd results.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <source>--from and --to go together: give both days of the period.</source>
        <translation>--from och --to hör ihop: ange periodens båda dagar.</translation>
    </message>
    <message>
        <source>--year: give the report&apos;s year, such as 2026.</source>
        <translation>--year: ange rapportens år, till exempel 2026.</translation>
    </message>
    <message>
        <source>--quarter: give a quarter from 1 to 4.</source>
        <translation>--quarter: ange ett kvartal från 1 till 4.</translation>
    </message>
    <message>
        <source>No organisation is called %1.</source>
        <translation>Ingen organisation heter %1.</translation>
    </message>
    <message>
        <source>No funded activity is called %1.</source>
        <translation>Ingen finansierad verksamhet heter %1.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>Wrote %1 tables to %2.</source>
        <translation>Skrev %1 tabeller till %2.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn here (no graphical application object).</source>
        <translation>PDF-filen kan inte ritas här (inget grafiskt applikationsobjekt).</translation>
    </message>
    <message>
        <source>Wrote the report (%1 pages) to %2.</source>
        <translation>Skrev rapporten (%1 sidor) till %2.</translation>
    </message>
    <message>
        <source>Results report %1 – %2</source>
        <translation>Resultatrapport %1 – %2</translation>
    </message>
    <message>
        <source>Give one request&apos;s reference, such as 2026-0042.</source>
        <translation>Ange ett uppdrags referensnummer, till exempel 2026-0042.</translation>
    </message>
    <message>
        <source>Wrote the commission summary (%1 pages) to %2.</source>
        <translation>Skrev uppdragssammanfattningen (%1 sidor) till %2.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Uppdragsgivare</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Arbetsform</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Experience workers</source>
        <translation>Erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nämnda vid namn</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Inte nämnda vid namn</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Fees in total</source>
        <translation>Arvoden totalt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publik</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Requester&apos;s feedback</source>
        <translation>Uppdragsgivarens återkoppling</translation>
    </message>
    <message>
        <source>Experience knowledge</source>
        <translation>Erfarenhetskunskap</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::RightsCommands</name>
    <message>
        <source>Give the worker&apos;s id with --worker ID (the number in the worker register).</source>
        <translation>Ange erfarenhetsaktörens id med --worker ID (numret i registret över erfarenhetsaktörer).</translation>
    </message>
    <message>
        <source>This erases %1&apos;s personal data everywhere in the office, old values in the audit log included. It cannot be undone. Run the command again with --yes to erase.</source>
        <translation>Detta raderar personuppgifterna för %1 överallt i kontoret, även gamla värden i granskningsloggen. Det kan inte ångras. Kör kommandot på nytt med --yes för att radera.</translation>
    </message>
    <message>
        <source>Erased worker #%1: %2 audit entries scrubbed, %3 messages removed, %4 texts scrubbed.</source>
        <translation>Erfarenhetsaktör #%1 raderad: %2 loggposter rensade, %3 meddelanden borttagna, %4 texter rensade.</translation>
    </message>
    <message>
        <source>Give --json FILE, --pdf FILE or both.</source>
        <translation>Ange --json FIL, --pdf FIL eller båda.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn here (no graphical application object).</source>
        <translation>PDF-filen kan inte ritas här (inget grafiskt programobjekt).</translation>
    </message>
    <message>
        <source>Wrote the subject access data to %1.</source>
        <translation>Skrev registerutdragets uppgifter till %1.</translation>
    </message>
    <message>
        <source>Wrote the subject access document (%1 pages) to %2.</source>
        <translation>Skrev registerutdraget (%1 sidor) till %2.</translation>
    </message>
    <message>
        <source>Erasing workers who left: off.</source>
        <translation>Radering av erfarenhetsaktörer som har slutat: av.</translation>
    </message>
    <message>
        <source>Workers who left before %1 (the rule: erase after %2 years): %3</source>
        <translation>Erfarenhetsaktörer som slutade före %1 (regeln: radera efter %2 år): %3</translation>
    </message>
    <message>
        <source>  #%1 %2, left on %3</source>
        <translation>  #%1 %2, slutade den %3</translation>
    </message>
    <message>
        <source>Pruning the audit log: off.</source>
        <translation>Rensning av granskningsloggen: av.</translation>
    </message>
    <message>
        <source>Audit entries older than %1 years holding personal data: none.</source>
        <translation>Loggposter äldre än %1 år med personuppgifter: inga.</translation>
    </message>
    <message>
        <source>Audit entries older than %1 years holding personal data: %2 (%3 to %4)</source>
        <translation>Loggposter äldre än %1 år med personuppgifter: %2 (%3 till %4)</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Ingenting att radera eller rensa.</translation>
    </message>
    <message>
        <source>This erases the workers listed and prunes the audit entries&apos; personal values. It cannot be undone. Run the command again with --apply --yes to apply.</source>
        <translation>Detta raderar de listade erfarenhetsaktörerna och rensar personuppgifterna i loggposterna. Det kan inte ångras. Kör kommandot på nytt med --apply --yes för att tillämpa.</translation>
    </message>
    <message>
        <source>Workers erased: %1. Audit entries pruned: %2.</source>
        <translation>Raderade erfarenhetsaktörer: %1. Rensade loggposter: %2.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::SecretPrompt</name>
    <message>
        <source>%1 is set but empty.</source>
        <translation>%1 är angiven men tom.</translation>
    </message>
    <message>
        <source>No terminal to ask on: set %1 instead.</source>
        <translation>Ingen terminal att fråga i: ange %1 i stället.</translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation>Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Igen: </translation>
    </message>
    <message>
        <source>The two did not match. Nothing was changed.</source>
        <translation>De två stämde inte överens. Ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::WorkerImportCommands</name>
    <message>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>No organisation is called %1.</source>
        <translation>Ingen organisation heter %1.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolumner:</translation>
    </message>
    <message>
        <source>Rows: %1 ready, %2 with warnings, %3 refused.</source>
        <translation>Rader: %1 klara, %2 med varningar, %3 avvisade.</translation>
    </message>
    <message>
        <source>The file has no workers to import.</source>
        <translation>Filen innehåller inga erfarenhetsaktörer att importera.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the refused rows and run again.</source>
        <translation>Ingenting importerades: rätta de avvisade raderna och kör igen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Provkörning: ingenting sparades.</translation>
    </message>
    <message>
        <source>Imported %1 workers, %2 consents to be contacted.</source>
        <translation>Importerade erfarenhetsaktörer: %1, samtycken till att bli kontaktad: %2.</translation>
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
    <message>
        <source>Show Kohtaamo in &lt;colours&gt;: light, dark or high-contrast. Without this, the desktop&apos;s colours are used, with the contrast of texts raised where they are too faint.</source>
        <translation>Visa Kohtaamo i &lt;färger&gt;: light (ljusa), dark (mörka) eller high-contrast (hög kontrast). Utan detta används skrivbordets färger, och kontrasten höjs för texter som är för svaga.</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>färger</translation>
    </message>
    <message>
        <source>Unknown colours “%1”. Use light, dark or high-contrast.</source>
        <translation>Okända färger ”%1”. Använd light, dark eller high-contrast.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CommissionSummaryDialog</name>
    <message>
        <source>No office is open.</source>
        <translation>Inget kontor är öppet.</translation>
    </message>
    <message>
        <source>Commission Summary %1</source>
        <translation>Uppdragssammanfattning %1</translation>
    </message>
    <message>
        <source>Commission Summary</source>
        <translation>Uppdragssammanfattning</translation>
    </message>
    <message>
        <source>Preview of the commission summary</source>
        <translation>Förhandsvisning av uppdragssammanfattningen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Print Commission Summary</source>
        <translation>Skriv ut uppdragssammanfattningen</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>commission-%1.pdf</source>
        <translation>uppdrag-%1.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The summary was written, but the export could not be logged in the audit log: %1</source>
        <translation>Sammanfattningen skrevs, men exporten kunde inte antecknas i granskningsloggen: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CommissionSummaryDocument</name>
    <message>
        <source>Commission summary %1</source>
        <translation>Uppdragssammanfattning %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Uppdragsgivare</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Arbetsform</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Funded activity</source>
        <translation>Finansierad verksamhet</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Senast %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Vad som efterfrågades</translation>
    </message>
    <message>
        <source>Experience workers</source>
        <translation>Erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Deltar</translation>
    </message>
    <message>
        <source>No experience worker is engaged.</source>
        <translation>Ingen erfarenhetsaktör medverkar.</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nämnda vid namn</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Inte nämnda vid namn</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Fees in total</source>
        <translation>Arvoden totalt</translation>
    </message>
    <message>
        <source>Travel costs in total</source>
        <translation>Resekostnader totalt</translation>
    </message>
    <message>
        <source>Experience workers are named only with their consent to appear in public, by the name they use; the others are counted.</source>
        <translation>Erfarenhetsaktörer nämns vid namn endast med sitt samtycke till att framträda offentligt, med det namn de använder; de övriga anges endast till antalet.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>No outcome has been recorded yet.</source>
        <translation>Inget resultat har antecknats ännu.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Genomfört den</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publik</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <source>Requester&apos;s feedback</source>
        <translation>Uppdragsgivarens återkoppling</translation>
    </message>
    <message>
        <source>Experience knowledge</source>
        <translation>Erfarenhetskunskap</translation>
    </message>
    <message>
        <source>critical point</source>
        <translation>kritisk punkt</translation>
    </message>
    <message>
        <source>The summary could not be drawn on the page.</source>
        <translation>Sammanfattningen kunde inte ritas på sidan.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ConsentHistoryModel</name>
    <message>
        <source>New, replaces the earlier one; recorded on saving</source>
        <translation>Nytt, ersätter det tidigare; antecknas när du sparar</translation>
    </message>
    <message>
        <source>New; recorded on saving</source>
        <translation>Nytt; antecknas när du sparar</translation>
    </message>
    <message>
        <source>To be withdrawn on %1 when saved</source>
        <translation>Återkallas den %1 när du sparar</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Har gått ut</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Inte giltigt ännu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>scope (guardian)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>går inte ut</translation>
    </message>
    <message>
        <source>Coordinator #%1</source>
        <translation>Koordinator #%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Antecknat av</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ConsentRepository</name>
    <message>
        <source>contact for commissions</source>
        <translation>kontakt om uppdrag</translation>
    </message>
    <message>
        <source>sensitive background data</source>
        <translation>känsliga bakgrundsuppgifter</translation>
    </message>
    <message>
        <source>public appearance</source>
        <translation>offentligt framträdande</translation>
    </message>
    <message>
        <source>photographs and recordings</source>
        <translation>fotografering och inspelningar</translation>
    </message>
    <message>
        <source>guardian&apos;s consent</source>
        <translation>vårdnadshavarens samtycke</translation>
    </message>
    <message>
        <source>The consent “%1”</source>
        <translation>Samtycket ”%1”</translation>
    </message>
    <message>
        <source>The consent “%1” of %2</source>
        <translation>Samtycket ”%1” från %2</translation>
    </message>
    <message>
        <source>Consent #%1</source>
        <translation>Samtycke #%1</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Erfarenhetsaktör #%1</translation>
    </message>
    <message>
        <source>Choose the worker who gave the consent.</source>
        <translation>Välj den erfarenhetsaktör som gav samtycket.</translation>
    </message>
    <message>
        <source>The consent&apos;s scope is not one Kohtaamo knows.</source>
        <translation>Samtyckets omfattning är inte en som Kohtaamo känner till.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Ange datumet då samtycket gavs.</translation>
    </message>
    <message>
        <source>A consent cannot expire (%1) before it was given (%2).</source>
        <translation>Ett samtycke kan inte gå ut (%1) innan det gavs (%2).</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn (%1) before it was given (%2).</source>
        <translation>Ett samtycke kan inte återkallas (%1) innan det gavs (%2).</translation>
    </message>
    <message>
        <source>Enter the name of the guardian who gave the consent.</source>
        <translation>Ange namnet på den vårdnadshavare som gav samtycket.</translation>
    </message>
    <message>
        <source>The guardian&apos;s name is longer than %1 characters.</source>
        <translation>Vårdnadshavarens namn är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>The coordinator who recorded the consent is not valid.</source>
        <translation>Koordinatorn som antecknade samtycket är inte giltig.</translation>
    </message>
    <message>
        <source>The consent being replaced is not valid.</source>
        <translation>Samtycket som ersätts är inte giltigt.</translation>
    </message>
    <message>
        <source>Worker #%1 does not exist; someone may have removed them.</source>
        <translation>Erfarenhetsaktör #%1 finns inte; någon kan ha tagit bort hen.</translation>
    </message>
    <message>
        <source>Coordinator #%1 does not exist.</source>
        <translation>Koordinator #%1 finns inte.</translation>
    </message>
    <message>
        <source>A recorded consent is never changed afterwards. Withdraw it, or record a new consent that replaces it.</source>
        <translation>Ett antecknat samtycke ändras aldrig i efterhand. Återkalla det, eller anteckna ett nytt samtycke som ersätter det.</translation>
    </message>
    <message>
        <source>Record the consent first; withdraw it afterwards if it has been withdrawn.</source>
        <translation>Anteckna samtycket först; återkalla det efteråt om det har återkallats.</translation>
    </message>
    <message>
        <source>The consent being replaced (#%1) no longer exists; someone may have removed it.</source>
        <translation>Samtycket som ersätts (#%1) finns inte längre; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>A consent can only replace an earlier consent of the same worker.</source>
        <translation>Ett samtycke kan bara ersätta ett tidigare samtycke från samma erfarenhetsaktör.</translation>
    </message>
    <message>
        <source>A consent for “%1” cannot replace one for “%2”.</source>
        <translation>Ett samtycke till ”%1” kan inte ersätta ett samtycke till ”%2”.</translation>
    </message>
    <message>
        <source>%1 was already withdrawn on %2, so there is nothing to replace. Record the new consent on its own.</source>
        <translation>%1 återkallades redan den %2, så det finns ingenting att ersätta. Anteckna det nya samtycket separat.</translation>
    </message>
    <message>
        <source>%1 has already been replaced.</source>
        <translation>%1 har redan ersatts.</translation>
    </message>
    <message>
        <source>The new consent (given %1) cannot be older than the one it replaces (given %2).</source>
        <translation>Det nya samtycket (givet %1) kan inte vara äldre än det som det ersätter (givet %2).</translation>
    </message>
    <message>
        <source>Enter the date the consent was withdrawn.</source>
        <translation>Ange datumet då samtycket återkallades.</translation>
    </message>
    <message>
        <source>%1 was already withdrawn on %2.</source>
        <translation>%1 återkallades redan den %2.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CoordinatorRepository</name>
    <message>
        <source>Coordinator #%1</source>
        <translation>Koordinator #%1</translation>
    </message>
    <message>
        <source>The user “%1”</source>
        <translation>Användaren ”%1”</translation>
    </message>
    <message>
        <source>A coordinator needs a username.</source>
        <translation>En koordinator behöver ett användarnamn.</translation>
    </message>
    <message>
        <source>“%1” cannot be a username: use letters a–z, digits and the characters . _ @ -, at most %2 characters, without spaces.</source>
        <translation>”%1” kan inte vara ett användarnamn: använd bokstäverna a–z, siffror och tecknen . _ @ -, högst %2 tecken, utan mellanslag.</translation>
    </message>
    <message>
        <source>A coordinator needs a name.</source>
        <translation>En koordinator behöver ett namn.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s name is longer than %1 characters.</source>
        <translation>Koordinatorns namn är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>”%1” är inte en e-postadress.</translation>
    </message>
    <message>
        <source>The organisation is not valid.</source>
        <translation>Organisationen är inte giltig.</translation>
    </message>
    <message>
        <source>The username “%1” is already taken.</source>
        <translation>Användarnamnet ”%1” är redan upptaget.</translation>
    </message>
    <message>
        <source>Organisation #%1 does not exist; someone may have removed it.</source>
        <translation>Organisation #%1 finns inte; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The coordinator “%1”</source>
        <translation>Koordinatorn ”%1”</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CoordinatorTableModel</name>
    <message>
        <source>Organisation #%1</source>
        <translation>Organisation #%1</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Läsare</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (du)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>You: what you record is recorded under this name</source>
        <translation>Du: det du antecknar sparas under det här namnet</translation>
    </message>
    <message>
        <source>Never deleted: kept on the records made under this name</source>
        <translation>Raderas aldrig: namnet finns kvar i det som antecknats under det</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CoordinatorsSection</name>
    <message>
        <source>Coordinators</source>
        <translation>Koordinatorer</translation>
    </message>
    <message>
        <source>Everyone who works in this office with Kohtaamo; what each of them records is recorded under their name. An admin adds coordinators and sets their role; everyone can change their own name and e-mail. Nobody is deleted: a coordinator who leaves is made inactive.</source>
        <translation>Alla som arbetar på det här kontoret med Kohtaamo; det var och en antecknar sparas under deras namn. En administratör lägger till koordinatorer och bestämmer deras roll; alla kan ändra sitt eget namn och sin e-post. Ingen raderas: en koordinator som slutar görs inaktiv.</translation>
    </message>
    <message>
        <source>&amp;Coordinators:</source>
        <translation>&amp;Koordinatorer:</translation>
    </message>
    <message>
        <source>Choose one to see or change the details; you are marked “(you)”</source>
        <translation>Välj en för att se eller ändra uppgifterna; du är markerad ”(du)”</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Login of the coordinator</source>
        <translation>Koordinatorns användarnamn</translation>
    </message>
    <message>
        <source>The user name Kohtaamo knows the coordinator by; letters a–z, digits and . _ @ -</source>
        <translation>Namnet som Kohtaamo känner igen koordinatorn på; bokstäverna a–z, siffror och . _ @ -</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name of the coordinator</source>
        <translation>Koordinatorns namn</translation>
    </message>
    <message>
        <source>Required; shown as “Recorded by”</source>
        <translation>Obligatoriskt; visas som ”Antecknat av”</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>E-mail address of the coordinator</source>
        <translation>Koordinatorns e-postadress</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>Organisation of the coordinator</source>
        <translation>Koordinatorns organisation</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Role of the coordinator</source>
        <translation>Koordinatorns roll</translation>
    </message>
    <message>
        <source>Admins change everything, coordinators do the work, viewers only read</source>
        <translation>Administratörer ändrar allt, koordinatorer gör arbetet, läsare läser bara</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Ak&amp;tiv</translation>
    </message>
    <message>
        <source>The coordinator is active</source>
        <translation>Koordinatorn är aktiv</translation>
    </message>
    <message>
        <source>Clear it when the coordinator leaves; nobody is deleted</source>
        <translation>Avmarkera när koordinatorn slutar; ingen raderas</translation>
    </message>
    <message>
        <source>New Coordina&amp;tor</source>
        <translation>Ny koor&amp;dinator</translation>
    </message>
    <message>
        <source>Add a new coordinator</source>
        <translation>Lägg till en ny koordinator</translation>
    </message>
    <message>
        <source>Empties the form for a new coordinator</source>
        <translation>Tömmer formuläret för en ny koordinator</translation>
    </message>
    <message>
        <source>Save the coordinator</source>
        <translation>Spara koordinatorn</translation>
    </message>
    <message>
        <source>Stores the form (Enter in a field)</source>
        <translation>Sparar formuläret (Enter i ett fält)</translation>
    </message>
    <message>
        <source>The coordinators could not be read.</source>
        <translation>Koordinatorerna kunde inte läsas.</translation>
    </message>
    <message>
        <source>The organisations could not be read.</source>
        <translation>Organisationerna kunde inte läsas.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Ingen organisation</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (inaktiverad)</translation>
    </message>
    <message>
        <source>New coordinator</source>
        <translation>Ny koordinator</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Du: %1</translation>
    </message>
    <message>
        <source>Coordinator %1</source>
        <translation>Koordinator %1</translation>
    </message>
    <message>
        <source>Your role is viewer: you can read the coordinators but not change them.</source>
        <translation>Din roll är läsare: du kan läsa koordinatorernas uppgifter men inte ändra dem.</translation>
    </message>
    <message>
        <source>You can change only your own name and e-mail. An admin of the office can change the others.</source>
        <translation>Du kan bara ändra ditt eget namn och din egen e-post. Kontorets administratör kan ändra de andras uppgifter.</translation>
    </message>
    <message>
        <source>Only an admin of the office can change a login, an organisation, a role or whether a coordinator is active.</source>
        <translation>Endast kontorets administratör kan ändra användarnamn, organisation, roll eller om en koordinator är aktiv.</translation>
    </message>
    <message>
        <source>Only an admin of the office can add coordinators.</source>
        <translation>Endast kontorets administratör kan lägga till koordinatorer.</translation>
    </message>
    <message>
        <source>&amp;Add Coordinator</source>
        <translation>&amp;Lägg till koordinator</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Spara ändringarna</translation>
    </message>
    <message>
        <source>The coordinator was not added.</source>
        <translation>Koordinatorn lades inte till.</translation>
    </message>
    <message>
        <source>The coordinator was not saved.</source>
        <translation>Koordinatorn sparades inte.</translation>
    </message>
    <message>
        <source>&amp;Reload Coordinators</source>
        <translation>Läs in koordinatorerna &amp;på nytt</translation>
    </message>
    <message>
        <source>The coordinator is added.</source>
        <translation>Koordinatorn har lagts till.</translation>
    </message>
    <message>
        <source>The coordinator is saved.</source>
        <translation>Koordinatorn har sparats.</translation>
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
    <name>Kohtaamo::CsvTableReader</name>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>CSV-läsaren kunde inte startas.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file cannot be read: %2</source>
        <translation>Rad %1 i CSV-filen kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The file has no rows: the first row should name the columns.</source>
        <translation>Filen har inga rader: den första raden ska ange kolumnernas namn.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CsvWriter</name>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Filen %1 kan inte skrivas: %2</translation>
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
    <message>
        <source>The folder “%1” does not exist. Check the path; Kohtaamo does not create folders.</source>
        <translation>Mappen ”%1” finns inte. Kontrollera sökvägen; Kohtaamo skapar inga mappar.</translation>
    </message>
    <message>
        <source>You have no permission to write in the folder “%1”, so no office can be created there. Choose another folder.</source>
        <translation>Du har inte behörighet att skriva i mappen ”%1”, så inget kontor kan skapas där. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>You have no permission to write to “%1” (or to its folder). It was not changed.</source>
        <translation>Du har inte behörighet att skriva till ”%1” (eller till dess mapp). Den ändrades inte.</translation>
    </message>
    <message>
        <source>“%1” uses an older schema (%2) and must be upgraded before use, but you have no permission to write to it. It was not changed.</source>
        <translation>”%1” använder ett äldre schema (%2) och måste uppgraderas före användning, men du har inte behörighet att skriva till den. Den ändrades inte.</translation>
    </message>
    <message>
        <source>Only an SQLite office can be copied to a file.</source>
        <translation>Bara ett SQLite-kontor kan kopieras till en fil.</translation>
    </message>
    <message>
        <source>The file “%1” already exists.</source>
        <translation>Filen ”%1” finns redan.</translation>
    </message>
    <message>
        <source>Only an SQLite office can be replaced by a file.</source>
        <translation>Bara ett SQLite-kontor kan ersättas med en fil.</translation>
    </message>
    <message>
        <source>Another program or window has “%1” open. Close it and try again; nothing was replaced.</source>
        <translation>Ett annat program eller fönster har ”%1” öppen. Stäng det och försök igen; ingenting ersattes.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced; it was not changed.</source>
        <translation>”%1” kunde inte ersättas; den ändrades inte.</translation>
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
    <name>Kohtaamo::DatabaseSection</name>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>An SQLite file serves one coordinator; a PostgreSQL database is shared by several: postgresql://user@host:port/database. The password comes from ~/.pgpass or the PGPASSWORD environment variable. An address is tested before it can be used; Kohtaamo then opens it at every start.</source>
        <translation>En SQLite-fil används av en koordinator; en PostgreSQL-databas delas av flera: postgresql://användare@värd:port/databas. Lösenordet hämtas från ~/.pgpass eller miljövariabeln PGPASSWORD. En adress testas innan den kan tas i bruk; därefter öppnar Kohtaamo den vid varje start.</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Används nu:</translation>
    </message>
    <message>
        <source>Database in use now</source>
        <translation>Databasen som används nu</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL address</source>
        <translation>Databasfil eller PostgreSQL-adress</translation>
    </message>
    <message>
        <source>A file path, or postgresql://user@host:port/database; checked as it is typed</source>
        <translation>En filsökväg eller postgresql://användare@värd:port/databas; kontrolleras medan du skriver</translation>
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
        <source>Chooses an SQLite file; a new name creates a new database</source>
        <translation>Väljer en SQLite-fil; ett nytt namn skapar en ny databas</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Test the connection to the database</source>
        <translation>Testa anslutningen till databasen</translation>
    </message>
    <message>
        <source>Opens the database read-only and says what it found (Enter in the address)</source>
        <translation>Öppnar databasen skrivskyddad och berättar vad som hittades (Enter i adressfältet)</translation>
    </message>
    <message>
        <source>&amp;Use This Database</source>
        <translation>Använd &amp;den här databasen</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Använd den här databasen</translation>
    </message>
    <message>
        <source>Switches to the tested database and opens it at every start</source>
        <translation>Byter till den testade databasen och öppnar den vid varje start</translation>
    </message>
    <message>
        <source>Problem with the database address</source>
        <translation>Problem med databasadressen</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>SQLite-fil %1</translation>
    </message>
    <message>
        <source>PostgreSQL database %1</source>
        <translation>PostgreSQL-databas %1</translation>
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
    <message>
        <source>Give a database file or a PostgreSQL address first.</source>
        <translation>Ange först en databasfil eller en PostgreSQL-adress.</translation>
    </message>
    <message>
        <source>There is no database at “%1”, and Kohtaamo cannot create one: the folder “%2” cannot be written.</source>
        <translation>Det finns ingen databas på ”%1”, och Kohtaamo kan inte skapa en: det går inte att skriva i mappen ”%2”.</translation>
    </message>
    <message>
        <source>There is no database at “%1” yet: using it creates a new, empty Kohtaamo database.</source>
        <translation>Det finns ännu ingen databas på ”%1”: om du tar den i bruk skapas en ny, tom Kohtaamo-databas.</translation>
    </message>
    <message>
        <source>The connection works: a Kohtaamo database with %1 workers and %2 requests.</source>
        <translation>Anslutningen fungerar: en Kohtaamo-databas med %1 erfarenhetsaktörer och %2 uppdrag.</translation>
    </message>
    <message>
        <source>The connection works. The database is from an older Kohtaamo and is upgraded when it is used%1.</source>
        <translation>Anslutningen fungerar. Databasen är från en äldre version av Kohtaamo och uppgraderas när den tas i bruk%1.</translation>
    </message>
    <message>
        <source>, after a backup copy is made next to it</source>
        <translation>, efter att en säkerhetskopia har gjorts bredvid den</translation>
    </message>
    <message>
        <source>The connection works. The PostgreSQL database is empty: using it sets up Kohtaamo in it.</source>
        <translation>Anslutningen fungerar. PostgreSQL-databasen är tom: om du tar den i bruk installeras Kohtaamo i den.</translation>
    </message>
    <message>
        <source>Kohtaamo cannot use this database. %1</source>
        <translation>Kohtaamo kan inte använda den här databasen. %1</translation>
    </message>
    <message>
        <source>It is the database in use now.</source>
        <translation>Det är den databas som används nu.</translation>
    </message>
    <message>
        <source>%1
Searching the requests: %2</source>
        <translation>%1
Sökning bland uppdragen: %2</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::DateOptionsModel</name>
    <message>
        <source>No start</source>
        <translation>Ingen starttid</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 kl. %3</translation>
    </message>
    <message>
        <source>%1 %2 %3–%4</source>
        <translation>%1 %2 %3–%4</translation>
    </message>
    <message>
        <source>%1 %2 %3 – %4</source>
        <translation>%1 %2 %3 – %4</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, vald</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::DemoDatabase</name>
    <message>
        <source>Kohtaamo demo</source>
        <translation>Kohtaamo demo</translation>
    </message>
    <message>
        <source>Preparing the demo office: %1 …</source>
        <translation>Demokontoret förbereds: %1 …</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Mappen ”%1” kunde inte skapas.</translation>
    </message>
    <message>
        <source>Could not remove the demo office “%1”.</source>
        <translation>Demokontoret ”%1” kunde inte tas bort.</translation>
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
    <name>Kohtaamo::EncryptedBackup</name>
    <message>
        <source>There was not enough memory to derive the backup&apos;s key.</source>
        <translation>Det fanns inte tillräckligt med minne för att härleda säkerhetskopians nyckel.</translation>
    </message>
    <message>
        <source>“%1” is not a Kohtaamo backup (or its beginning was changed). Nothing was restored.</source>
        <translation>”%1” är inte en säkerhetskopia från Kohtaamo (eller så har dess början ändrats). Ingenting återställdes.</translation>
    </message>
    <message>
        <source>The backup “%1” was changed or damaged after it was written. Nothing was restored.</source>
        <translation>Säkerhetskopian ”%1” har ändrats eller skadats efter att den skrevs. Ingenting återställdes.</translation>
    </message>
    <message>
        <source>The backup “%1” is cut short: its end is missing. Nothing was restored.</source>
        <translation>Säkerhetskopian ”%1” är avkortad: slutet saknas. Ingenting återställdes.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the backup “%1” was changed. Nothing was restored.</source>
        <translation>Lösenfrasen är fel, eller så har säkerhetskopian ”%1” ändrats. Ingenting återställdes.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::EngagementDelegate</name>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source> €</source>
        <comment>euro suffix</comment>
        <translation> €</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>column title, worker</comment>
        <translation>%1, %2</translation>
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
    <message>
        <source>Only a worker who accepted this request can be engaged in it.</source>
        <translation>Endast den som tackat ja till uppdraget kan engageras i det.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::EngagementTableModel</name>
    <message>
        <source>Worker #%1</source>
        <translation>Erfarenhetsaktör #%1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Erfarenhetsaktör</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Arvode</translation>
    </message>
    <message>
        <source>Fee declined</source>
        <translation>Arvodet avböjt</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Resekostnader</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Förberedd</translation>
    </message>
    <message>
        <source>Debrief done</source>
        <translation>Avlastningssamtal hållet</translation>
    </message>
    <message>
        <source>Debrief date</source>
        <translation>Datum för avlastningssamtal</translation>
    </message>
    <message>
        <source>Debriefed by</source>
        <translation>Avlastningssamtal hållet av</translation>
    </message>
    <message>
        <source>%1 (declined)</source>
        <translation>%1 (avböjt)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>%1, debrief missing</source>
        <translation>%1, avlastningssamtal saknas</translation>
    </message>
    <message>
        <source>%1 took part but has not been debriefed yet. Every event is followed by a debrief.</source>
        <translation>%1 deltog men har ännu inte haft något avlastningssamtal. Varje evenemang följs av ett avlastningssamtal.</translation>
    </message>
    <message>
        <source>%1 declined the fee.</source>
        <translation>%1 avböjde arvodet.</translation>
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
    <name>Kohtaamo::EuroAmountEdit</name>
    <message>
        <source>Enter the fee in euros, like %1, or leave it empty.</source>
        <translation>Ange arvodet i euro, till exempel %1, eller lämna fältet tomt.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ExcludedWorkerModel</name>
    <message>
        <source>Experience worker</source>
        <translation>Erfarenhetsaktör</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Varför inte</translation>
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
    <name>Kohtaamo::FeeExport</name>
    <message>
        <source>paid</source>
        <translation>betald</translation>
    </message>
    <message>
        <source>due</source>
        <translation>att betala</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Erfarenhetsaktör</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Genomfört den</translation>
    </message>
    <message>
        <source>Fee (€)</source>
        <translation>Arvode (€)</translation>
    </message>
    <message>
        <source>Travel costs (€)</source>
        <translation>Resekostnader (€)</translation>
    </message>
    <message>
        <source>Total (€)</source>
        <translation>Totalt (€)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Betald den</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Betalningsomgång</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FeeListModel</name>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>paid this year of the ceiling</comment>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Betald den %1</translation>
    </message>
    <message>
        <source>Fees paid to the worker in %1 against their annual earnings ceiling</source>
        <translation>Arvoden som betalats till erfarenhetsaktören år %1 i förhållande till det årliga inkomstgränsen</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Erfarenhetsaktör</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Genomfört den</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Arvode</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Resekostnader</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Betalningsomgång</translation>
    </message>
    <message>
        <source>Paid this year / ceiling</source>
        <translation>Betalt i år / inkomstgräns</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FeePayments</name>
    <message>
        <source>Choose at least one fee to mark paid.</source>
        <translation>Välj minst ett arvode att markera som betalt.</translation>
    </message>
    <message>
        <source>Enter the date the fees were paid.</source>
        <translation>Ange datum då arvodena betalades.</translation>
    </message>
    <message>
        <source>The payment date is implausibly early.</source>
        <translation>Betalningsdatumet är orimligt tidigt.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Anteckningen är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>Engagement #%1 is chosen twice.</source>
        <translation>Medverkan #%1 har valts två gånger.</translation>
    </message>
    <message>
        <source>Engagement #%1</source>
        <translation>Medverkan #%1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i uppdrag %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the fee was already paid on %1</source>
        <translation>arvodet betalades redan den %1</translation>
    </message>
    <message>
        <source>the fee was already paid in batch %1</source>
        <translation>arvodet betalades redan i betalningsomgång %1</translation>
    </message>
    <message>
        <source>the worker declined the fee</source>
        <translation>erfarenhetsaktören avböjde arvodet</translation>
    </message>
    <message>
        <source>the meeting outcome does not say the work was done</source>
        <translation>enligt mötets resultat har arbetet inte utförts</translation>
    </message>
    <message>
        <source>there is no fee or travel cost to pay</source>
        <translation>det finns inget arvode och inga resekostnader att betala</translation>
    </message>
    <message>
        <source>the fee is not due</source>
        <translation>arvodet ska inte betalas nu</translation>
    </message>
    <message>
        <source>%1: fees paid in %2 would be %3 with this batch (%4 before it), over the annual earnings ceiling of %5</source>
        <translation>%1: arvodena som betalats år %2 skulle med den här betalningsomgången bli %3 (%4 före den), över det årliga inkomstgränsen %5</translation>
    </message>
    <message>
        <source>payment batch %1</source>
        <translation>betalningsomgång %1</translation>
    </message>
    <message>
        <source>A payment batch needs its reference and the date it was paid.</source>
        <translation>En betalningsomgång behöver ett referensnummer och datumet då den betalades.</translation>
    </message>
    <message>
        <source>The office already has a payment batch %1.</source>
        <translation>Kontoret har redan en betalningsomgång %1.</translation>
    </message>
    <message>
        <source>Batch %1 names a fee that is not marked paid.</source>
        <translation>Betalningsomgång %1 anger ett arvode som inte är markerat som betalt.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FeeQuery</name>
    <message>
        <source>Payment batch #%1</source>
        <translation>Betalningsomgång #%1</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Erfarenhetsaktör #%1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FeesPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Erfarenhetsaktör:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Betal&amp;ningsomgång:</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Del av ett namn</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Arvoden</translation>
    </message>
    <message>
        <source>Totals of the fees shown</source>
        <translation>Summor för de visade arvodena</translation>
    </message>
    <message>
        <source>Totals of the fees chosen</source>
        <translation>Summor för de valda arvodena</translation>
    </message>
    <message>
        <source>Why the fees could not be read</source>
        <translation>Varför arvodena inte kunde läsas</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>&amp;Undo Batch…</source>
        <translation>Ån&amp;gra betalningsomgång…</translation>
    </message>
    <message>
        <source>The batch was marked by mistake: its fees become due again (admins)</source>
        <translation>Betalningsomgången markerades av misstag: dess arvoden blir att betala igen (administratörer)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalda</translation>
    </message>
    <message>
        <source>Due and paid</source>
        <translation>Att betala och betalda</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>Any batch</source>
        <translation>Alla betalningsomgångar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>batch reference (date paid)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The fees could not be read: %1</source>
        <translation>Arvodena kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>%1: fees %2, travel costs %3, in all %4</source>
        <comment>count: fees, travel, total</comment>
        <translation>%1: arvoden %2, resekostnader %3, totalt %4</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Visas: %1</translation>
    </message>
    <message>
        <source>Choose fees to mark them paid (Ctrl or Shift for several).</source>
        <translation>Välj arvoden att markera som betalda (Ctrl eller Skift för flera).</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Valda: %1</translation>
    </message>
    <message>
        <source>Fees %1</source>
        <translation>Arvoden %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV för kalkylprogram (*.csv)</translation>
    </message>
    <message>
        <source>Export Fees</source>
        <translation>Exportera arvoden</translation>
    </message>
    <message>
        <source>fees.xlsx</source>
        <translation>arvoden.xlsx</translation>
    </message>
    <message>
        <source>Undo Batch</source>
        <translation>Ångra betalningsomgång</translation>
    </message>
    <message>
        <source>Undo the payment batch %1? Its %2 fees become due again, and the batch is removed.</source>
        <translation>Ångra betalningsomgång %1? Dess arvoden (%2 st.) blir att betala igen, och omgången tas bort.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fee(s)</source>
        <translation>
            <numerusform>%Ln arvode</numerusform>
            <numerusform>%Ln arvoden</numerusform>
        </translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fr&amp;ån:</translation>
    </message>
    <message>
        <source>Mar&amp;k Paid…</source>
        <translation>&amp;Markera som betalda…</translation>
    </message>
    <message>
        <source>The fees were written, but the export could not be logged in the audit log: %1</source>
        <translation>Arvodena skrevs, men exporten kunde inte antecknas i granskningsloggen: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FieldProblems</name>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation>Något på den här fliken behöver rättas.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FormPart</name>
    <message>
        <source>%1 (required):</source>
        <comment>the label of a field that must be filled</comment>
        <translation>%1 (obligatoriskt):</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FundedActivitiesSection</name>
    <message>
        <source>Funded Activities</source>
        <translation>Finansierade verksamheter</translation>
    </message>
    <message>
        <source>The funded activities the office reports on, such as a STEA-funded project. A request belongs to one; a request of an organisation with one activity in use takes it by default. An activity is never deleted: a deactivated one stays on its requests.</source>
        <translation>De finansierade verksamheter som kontoret rapporterar om, till exempel ett projekt som finansieras av STEA. Ett uppdrag hör till en verksamhet; ett uppdrag från en organisation med en enda verksamhet i bruk får den som standard. En verksamhet tas aldrig bort: en inaktiverad verksamhet finns kvar i sina uppdrag.</translation>
    </message>
    <message>
        <source>&amp;Funded activities:</source>
        <translation>&amp;Finansierade verksamheter:</translation>
    </message>
    <message>
        <source>Funded activities</source>
        <translation>Finansierade verksamheter</translation>
    </message>
    <message>
        <source>Choose one to change or deactivate it</source>
        <translation>Välj en verksamhet för att ändra eller inaktivera den</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name of the funded activity</source>
        <translation>Den finansierade verksamhetens namn</translation>
    </message>
    <message>
        <source>Required; no two activities share a name</source>
        <translation>Obligatoriskt; två verksamheter kan inte ha samma namn</translation>
    </message>
    <message>
        <source>F&amp;under:</source>
        <translation>Finansiä&amp;r:</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Optional, such as STEA</source>
        <translation>Frivilligt, till exempel STEA</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation of the funded activity</source>
        <translation>Den finansierade verksamhetens organisation</translation>
    </message>
    <message>
        <source>Its requests take this activity by default</source>
        <translation>Organisationens uppdrag får den här verksamheten som standard</translation>
    </message>
    <message>
        <source>First &amp;year:</source>
        <translation>Första &amp;år:</translation>
    </message>
    <message>
        <source>First year of the funded activity</source>
        <translation>Den finansierade verksamhetens första år</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>Sis&amp;ta år:</translation>
    </message>
    <message>
        <source>Last year of the funded activity</source>
        <translation>Den finansierade verksamhetens sista år</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Pågår fortfarande</translation>
    </message>
    <message>
        <source>New Funded Ac&amp;tivity</source>
        <translation>Ny finansierad &amp;verksamhet</translation>
    </message>
    <message>
        <source>Add a new funded activity</source>
        <translation>Lägg till en ny finansierad verksamhet</translation>
    </message>
    <message>
        <source>Empties the form for a new funded activity</source>
        <translation>Tömmer formuläret för en ny finansierad verksamhet</translation>
    </message>
    <message>
        <source>Save the funded activity</source>
        <translation>Spara den finansierade verksamheten</translation>
    </message>
    <message>
        <source>Stores the form (Enter in a field)</source>
        <translation>Sparar formuläret (Enter i ett fält)</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Hela kontoret</translation>
    </message>
    <message>
        <source>The funded activities could not be read: %1</source>
        <translation>De finansierade verksamheterna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Försök i&amp;gen</translation>
    </message>
    <message>
        <source>A funded activity called “%1” already exists.</source>
        <translation>Det finns redan en finansierad verksamhet som heter ”%1”.</translation>
    </message>
    <message>
        <source>New funded activity</source>
        <translation>Ny finansierad verksamhet</translation>
    </message>
    <message>
        <source>Funded activity “%1”</source>
        <translation>Finansierad verksamhet ”%1”</translation>
    </message>
    <message>
        <source>Problem with the funded activity</source>
        <translation>Problem med den finansierade verksamheten</translation>
    </message>
    <message>
        <source>Only an admin can change the funded activities.</source>
        <translation>Endast en administratör kan ändra de finansierade verksamheterna.</translation>
    </message>
    <message>
        <source>&amp;Add Funded Activity</source>
        <translation>&amp;Lägg till finansierad verksamhet</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Spara ändringarna</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Aktivera igen</translation>
    </message>
    <message>
        <source>Deactivate the funded activity</source>
        <translation>Inaktivera den finansierade verksamheten</translation>
    </message>
    <message>
        <source>Reactivate the funded activity</source>
        <translation>Aktivera den finansierade verksamheten igen</translation>
    </message>
    <message>
        <source>Kept on its requests, no longer offered for new ones</source>
        <translation>Finns kvar i sina uppdrag, erbjuds inte längre för nya</translation>
    </message>
    <message>
        <source>Offers the funded activity again</source>
        <translation>Erbjuder den finansierade verksamheten igen</translation>
    </message>
    <message>
        <source>&amp;Reload Funded Activities</source>
        <translation>Läs in de finansierade verksamheterna &amp;på nytt</translation>
    </message>
    <message>
        <source>The funded activity was not saved: %1</source>
        <translation>Den finansierade verksamheten sparades inte: %1</translation>
    </message>
    <message>
        <source>The funded activity is added.</source>
        <translation>Den finansierade verksamheten har lagts till.</translation>
    </message>
    <message>
        <source>The funded activity is saved.</source>
        <translation>Den finansierade verksamheten har sparats.</translation>
    </message>
    <message>
        <source>The funded activity is in use again.</source>
        <translation>Den finansierade verksamheten är i bruk igen.</translation>
    </message>
    <message>
        <source>The funded activity is deactivated.</source>
        <translation>Den finansierade verksamheten har inaktiverats.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FundedActivityListModel</name>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>t.o.m. %1</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Hela kontoret</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Kept on the requests that belong to it; not offered for new ones</source>
        <translation>Finns kvar i de uppdrag som hör till den; erbjuds inte för nya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FundedActivityRepository</name>
    <message>
        <source>Funded activity #%1</source>
        <translation>Finansierad verksamhet #%1</translation>
    </message>
    <message>
        <source>Funded activity “%1”</source>
        <translation>Finansierad verksamhet ”%1”</translation>
    </message>
    <message>
        <source>A funded activity needs a name.</source>
        <translation>En finansierad verksamhet måste ha ett namn.</translation>
    </message>
    <message>
        <source>The funded activity&apos;s name is longer than 200 characters.</source>
        <translation>Den finansierade verksamhetens namn är längre än 200 tecken.</translation>
    </message>
    <message>
        <source>The funder&apos;s name is longer than 100 characters.</source>
        <translation>Finansiärens namn är längre än 100 tecken.</translation>
    </message>
    <message>
        <source>The first year %1 is not a year between 1990 and 2100.</source>
        <translation>Första året %1 är inte ett år mellan 1990 och 2100.</translation>
    </message>
    <message>
        <source>The last year %1 is not a year between 1990 and 2100.</source>
        <translation>Sista året %1 är inte ett år mellan 1990 och 2100.</translation>
    </message>
    <message>
        <source>The last year comes before the first year.</source>
        <translation>Sista året kommer före första året.</translation>
    </message>
    <message>
        <source>A funded activity called “%1” already exists.</source>
        <translation>Det finns redan en finansierad verksamhet som heter ”%1”.</translation>
    </message>
    <message>
        <source>Organisation #%1 does not exist; someone may have removed it.</source>
        <translation>Organisation #%1 finns inte; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The funded activity “%1”</source>
        <translation>Den finansierade verksamheten ”%1”</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FundersReportTab</name>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>All funded activities</source>
        <translation>Alla finansierade verksamheter</translation>
    </message>
    <message>
        <source>%1. Commissions: %2, events held: %3, experience workers who took part: %4, hours: %5, people reached: %6.</source>
        <translation>%1. Uppdrag: %2, genomförda evenemang: %3, erfarenhetsaktörer som deltog: %4, timmar: %5, nådda personer: %6.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>results-report.pdf</source>
        <translation>resultatrapport.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Skriv ut rapporten</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Exportera XLSX</translation>
    </message>
    <message>
        <source>results-report.xlsx</source>
        <translation>resultatrapport.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV: Choose a Folder</source>
        <translation>Exportera CSV: välj en mapp</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Egna datum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabell:</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Rapporttabell</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabeller</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportera &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>Funded &amp;activity:</source>
        <translation>Finansierad &amp;verksamhet:</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportera P&amp;DF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>The report was written, but the export could not be logged in the audit log: %1</source>
        <translation>Rapporten skrevs, men exporten kunde inte antecknas i granskningsloggen: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Kom i gång</translation>
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
    <message>
        <source>Your office is on its way. What is left of the three steps:</source>
        <translation>Ditt kontor är på god väg. Det här återstår av de tre stegen:</translation>
    </message>
    <message>
        <source>This office is still empty. Three steps get it going:</source>
        <translation>Det här kontoret är ännu tomt. Tre steg får i gång det:</translation>
    </message>
    <message>
        <source>Step %1, done</source>
        <translation>Steg %1, klart</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Steg %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::GroupMeetingRhythmEditor</name>
    <message>
        <source>Next meetings: %1</source>
        <translation>Nästa möten: %1</translation>
    </message>
    <message>
        <source>The experience workers&apos; group meets regularly, about every four weeks. The Today page shows the next meeting and the requests to bring to it.</source>
        <translation>Erfarenhetsaktörernas grupp träffas regelbundet, ungefär var fjärde vecka. Sidan I dag visar nästa möte och de uppdrag som ska tas upp där.</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;Första mötet:</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Första mötet</translation>
    </message>
    <message>
        <source>The day of one meeting; the others follow from it.</source>
        <translation>Dagen för ett av mötena; de övriga räknas ut från den.</translation>
    </message>
    <message>
        <source>Meets &amp;every:</source>
        <translation>Mötes&amp;intervall:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Meets every, in days</source>
        <translation>Mötesintervall i dagar</translation>
    </message>
    <message>
        <source>How many days from one meeting to the next; 28 is every four weeks.</source>
        <translation>Hur många dagar det är från ett möte till nästa; 28 betyder var fjärde vecka.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::GroupMeetingRhythmRepository</name>
    <message>
        <source>The group meets every 1 to %1 days.</source>
        <translation>Gruppen träffas med 1–%1 dagars intervall.</translation>
    </message>
    <message>
        <source>The group meeting rhythm</source>
        <translation>Gruppmötenas rytm</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::GroupMeetingSection</name>
    <message>
        <source>Group meetings</source>
        <translation>Gruppmöten</translation>
    </message>
    <message>
        <source>How often the coordinators&apos; group meeting is held (every four weeks by default); Today shows the next one with the requests to bring to it.</source>
        <translation>Hur ofta koordinatorernas gruppmöte hålls (som standard var fjärde vecka); I dag visar nästa möte och de uppdrag som ska tas upp där.</translation>
    </message>
    <message>
        <source>This setting is not available in this version yet.</source>
        <translation>Den här inställningen finns ännu inte i den här versionen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InterchangeImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>The file does not hold a Kohtaamo interchange document: it is not a JSON object.</source>
        <translation>Filen innehåller inget utbytesdokument för Kohtaamo: den är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <source>expected %1: this is not a Kohtaamo interchange file</source>
        <translation>förväntade %1: det här är inte en utbytesfil för Kohtaamo</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>version: the file has format version %1, written by a newer Kohtaamo; this Kohtaamo reads version %2 and older. Nothing was imported: import it with a newer Kohtaamo.</source>
        <translation>version: filen har formatversion %1 och har skrivits av en nyare version av Kohtaamo; den här versionen läser version %2 och äldre. Ingenting importerades: importera filen med en nyare version av Kohtaamo.</translation>
    </message>
    <message>
        <source>another topic of the file has the code %1</source>
        <translation>ett annat ämne i filen har koden %1</translation>
    </message>
    <message>
        <source>the topic is among its own parents</source>
        <translation>ämnet finns bland sina egna överordnade ämnen</translation>
    </message>
    <message>
        <source>no topic of the file or of the database has the code %1</source>
        <translation>inget ämne i filen eller databasen har koden %1</translation>
    </message>
    <message>
        <source>this database has no service type %1; Kohtaamo does not create service types when importing</source>
        <translation>den här databasen har ingen arbetsform %1; Kohtaamo skapar inte arbetsformer vid import</translation>
    </message>
    <message>
        <source>another organisation of the file is called %1</source>
        <translation>en annan organisation i filen heter %1</translation>
    </message>
    <message>
        <source>no organisation of the file or of the database is called %1</source>
        <translation>ingen organisation i filen eller databasen heter %1</translation>
    </message>
    <message>
        <source>no request of the file or of the database has the reference %1</source>
        <translation>inget uppdrag i filen eller databasen har referensnumret %1</translation>
    </message>
    <message>
        <source>no topic has the code %1</source>
        <translation>inget ämne har koden %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1: %2).</source>
        <translation>Filen är inte giltig JSON (%1: %2).</translation>
    </message>
    <message>
        <source>The database already holds workers, requests or experience knowledge. Kohtaamo imports an interchange file only into a database without them (topics, organisations and coordinators it has are used by their code, name and username). Nothing was imported.</source>
        <translation>Databasen innehåller redan erfarenhetsaktörer, uppdrag eller erfarenhetskunskap. Kohtaamo importerar en utbytesfil bara till en databas utan sådana (dess ämnen, organisationer och koordinatorer används enligt kod, namn och användarnamn). Ingenting importerades.</translation>
    </message>
    <message>
        <source>the topic %1 would lie %2 levels deep; topics go at most %3 levels deep</source>
        <translation>ämnet %1 skulle ligga %2 nivåer djupt; ämnen kan ligga högst %3 nivåer djupt</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InvitationListModel</name>
    <message>
        <source>Waiting for an answer</source>
        <translation>Väntar på svar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Tackade ja</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Tackade nej</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tillbakadragen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Erfarenhetsaktör #%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, last %2</source>
        <translation>%1, senast %2</translation>
    </message>
    <message>
        <source>Experience worker</source>
        <translation>Erfarenhetsaktör</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Orsak till nej</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>Accepted, in reserve</source>
        <translation>Tackat ja, i reserv</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InvitationOperations</name>
    <message>
        <source>Request %1 is “%2”: its invitations can no longer change.</source>
        <translation>Uppdrag %1 är ”%2”: dess inbjudningar kan inte längre ändras.</translation>
    </message>
    <message>
        <source>The invitation was withdrawn; invite the worker again before recording an answer.</source>
        <translation>Inbjudan har tagits tillbaka; bjud in personen igen innan du registrerar ett svar.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 is confirmed and its team already has the %n worker(s) needed. Add this worker to the team anyway, or keep them in reserve.</source>
        <translation>
            <numerusform>Uppdrag %1 är bekräftat och teamet har redan den %n person som behövs. Lägg till personen i teamet ändå, eller håll hen i reserv.</numerusform>
            <numerusform>Uppdrag %1 är bekräftat och teamet har redan de %n personer som behövs. Lägg till personen i teamet ändå, eller håll hen i reserv.</numerusform>
        </translation>
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
    <message>
        <source>Only a withdrawn invitation can be sent again; this one still stands.</source>
        <translation>Endast en återtagen inbjudan kan skickas igen; denna gäller fortfarande.</translation>
    </message>
    <message>
        <source>Only a worker who accepted can be kept in reserve.</source>
        <translation>Endast den som tackat ja kan hållas i reserv.</translation>
    </message>
    <message>
        <source>A step of an invitation&apos;s history needs the time it was taken.</source>
        <translation>Ett steg i en inbjudans historik behöver tidpunkten då det togs.</translation>
    </message>
    <message>
        <source>An answer in an invitation&apos;s history needs the answer that was given.</source>
        <translation>Ett svar i en inbjudans historik behöver svaret som gavs.</translation>
    </message>
    <message>
        <source>Only an answer in an invitation&apos;s history names an answer.</source>
        <translation>Endast ett svarssteg i en inbjudans historik anger ett svar.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InvitationsPanel</name>
    <message>
        <source>The invitations could not be read.</source>
        <translation>Inbjudningarna kunde inte läsas.</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Erfarenhetsaktör #%1</translation>
    </message>
    <message>
        <source>The answer was not saved.</source>
        <translation>Svaret sparades inte.</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Tackade nej</translation>
    </message>
    <message>
        <source>Why did %1 decline? (optional; helps plan the next invitations)</source>
        <translation>Varför tackade %1 nej? (frivilligt; hjälper när nästa inbjudningar planeras)</translation>
    </message>
    <message>
        <source>The reminder was not recorded.</source>
        <translation>Påminnelsen antecknades inte.</translation>
    </message>
    <message>
        <source>The invitation was not withdrawn.</source>
        <translation>Inbjudan drogs inte tillbaka.</translation>
    </message>
    <message>
        <source>Nobody has been invited yet. Choose workers on the Candidates tab and press Invite.</source>
        <translation>Ingen har bjudits in ännu. Välj erfarenhetsaktörer på fliken Kandidater och tryck på Bjud in.</translation>
    </message>
    <message>
        <source>%1 of the %2 needed have accepted</source>
        <translation>%1 av %2 som behövs har tackat ja</translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting for an answer</source>
        <translation>
            <numerusform> · %n väntar på svar</numerusform>
            <numerusform> · %n väntar på svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n declined</source>
        <translation>
            <numerusform> · %n tackade nej</numerusform>
            <numerusform> · %n tackade nej</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <source>The workers invited to this request and their answers</source>
        <translation>Erfarenhetsaktörerna som bjudits in till det här uppdraget och deras svar</translation>
    </message>
    <message>
        <source>&amp;Accepted</source>
        <translation>&amp;Tackade ja</translation>
    </message>
    <message>
        <source>The selected worker said yes</source>
        <translation>Den markerade erfarenhetsaktören sade ja</translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation>Tackade &amp;nej…</translation>
    </message>
    <message>
        <source>The selected worker said no; you can note the reason</source>
        <translation>Den markerade erfarenhetsaktören sade nej; du kan anteckna orsaken</translation>
    </message>
    <message>
        <source>The selected worker did not answer in time</source>
        <translation>Den markerade erfarenhetsaktören svarade inte i tid</translation>
    </message>
    <message>
        <source>Note that you reminded the selected worker today</source>
        <translation>Anteckna att du påminde den markerade erfarenhetsaktören i dag</translation>
    </message>
    <message>
        <source>Take the invitation back, e.g. when the team is full</source>
        <translation>Ta tillbaka inbjudan, till exempel när teamet är fullt</translation>
    </message>
    <message>
        <source>%1 declined this invitation. Record that they now accept?</source>
        <translation>%1 tackade nej till inbjudan. Registrera att hen nu tackar ja?</translation>
    </message>
    <message>
        <source>%1 declined this invitation (“%2”). Record that they now accept?</source>
        <translation>%1 tackade nej till inbjudan (”%2”). Registrera att hen nu tackar ja?</translation>
    </message>
    <message>
        <source>Change the answer</source>
        <translation>Ändra svaret</translation>
    </message>
    <message>
        <source>The team is full</source>
        <translation>Teamet är fullt</translation>
    </message>
    <message>
        <source>&amp;Add to the team</source>
        <translation>&amp;Lägg till i teamet</translation>
    </message>
    <message>
        <source>&amp;Keep in reserve</source>
        <translation>H&amp;åll i reserv</translation>
    </message>
    <message>
        <source>The worker was not taken into the team.</source>
        <translation>Erfarenhetsaktören togs inte med i teamet.</translation>
    </message>
    <message>
        <source>The workers to be told could not be read.</source>
        <translation>De som ska informeras kunde inte läsas.</translation>
    </message>
    <message>
        <source>The notices were not marked as told.</source>
        <translation>Meddelandena markerades inte som givna.</translation>
    </message>
    <message>
        <source>History of the invitation</source>
        <translation>Inbjudans historik</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Invited again</source>
        <translation>Inbjuden igen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <source>Kept in reserve</source>
        <translation>Hålls i reserv</translation>
    </message>
    <message>
        <source>Taken into the team</source>
        <translation>Togs med i teamet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svarade</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: ”%2”</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historik:</translation>
    </message>
    <message>
        <source>To be told of the new time: %1</source>
        <translation>Ska informeras om den nya tiden: %1</translation>
    </message>
    <message>
        <source>To be told of the cancellation: %1</source>
        <translation>Ska informeras om att uppdraget ställts in: %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n in reserve</source>
        <translation>
            <numerusform> · %n i reserv</numerusform>
            <numerusform> · %n i reserv</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected worker, kept in reserve, joins the team</source>
        <translation>Den valda erfarenhetsaktören i reserv tas med i teamet</translation>
    </message>
    <message>
        <source>These workers have been told of the change</source>
        <translation>Dessa erfarenhetsaktörer har informerats om ändringen</translation>
    </message>
    <message>
        <source>No repl&amp;y</source>
        <translation>Inget s&amp;var</translation>
    </message>
    <message>
        <source>Re&amp;minder sent</source>
        <translation>&amp;Påminnelse skickad</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Återkalla</translation>
    </message>
    <message>
        <source>Into the team</source>
        <translation>Till teamet</translation>
    </message>
    <message>
        <source>Mark as told</source>
        <translation>Markera som informerade</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::JsonRecord</name>
    <message>
        <source>true or false</source>
        <translation>sant eller falskt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>förväntade ett objekt, fick %1</translation>
    </message>
    <message>
        <source>unknown value %1 (expected one of: %2)</source>
        <translation>okänt värde %1 (förväntade ett av: %2)</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>förväntade text, fick %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>förväntade sant eller falskt, fick %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>förväntade ett heltal från %1 till %2, fick %3</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>förväntade ett tal från %1 till %2</translation>
    </message>
    <message>
        <source>expected whole euro cents (a whole number, not negative), found %1</source>
        <translation>förväntade hela eurocent (ett heltal, inte negativt), fick %1</translation>
    </message>
    <message>
        <source>expected a date such as 2026-03-16, found %1</source>
        <translation>förväntade ett datum som 2026-03-16, fick %1</translation>
    </message>
    <message>
        <source>expected a time with its zone such as 2026-03-16T08:00:00Z, found %1</source>
        <translation>förväntade en tidpunkt med tidszon som 2026-03-16T08:00:00Z, fick %1</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>förväntade en lista, fick %1</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>okänt fält</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::JsonStreamReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Det gick inte att läsa filen: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::JsonStreamWriter</name>
    <message>
        <source>Cannot write the document: %1</source>
        <translation>Det gick inte att skriva dokumentet: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::JsonTextCheck</name>
    <message>
        <source>The file holds a NUL byte (a byte of value zero) at %1: it is damaged or not a text file.</source>
        <translation>Filen innehåller en NUL-byte (en byte med värdet noll) vid %1: den är skadad eller ingen textfil.</translation>
    </message>
    <message>
        <source>The key %1 is given twice in the same object (%2, %3); Kohtaamo does not guess which one is meant.</source>
        <translation>Nyckeln %1 anges två gånger i samma objekt (%2, %3); Kohtaamo gissar inte vilken som avses.</translation>
    </message>
    <message>
        <source>at the top level of the document</source>
        <translation>på dokumentets översta nivå</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::KeyboardShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Överallt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Shortcuts of a page work while the focus is on that page.</source>
        <translation>Kortkommandona för en sida fungerar när fokus finns på den sidan.</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts of one action</comment>
        <translation> eller </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::KeychainPasswordStore</name>
    <message>
        <source>No keyring is available on this desktop: the password cannot be kept. Kohtaamo asks for it when it sends.</source>
        <translation>Ingen nyckelring finns på det här skrivbordet: lösenordet kan inte sparas. Kohtaamo frågar efter det när meddelanden skickas.</translation>
    </message>
    <message>
        <source>The keyring did not answer: %1</source>
        <translation>Nyckelringen svarade inte: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::KnowledgeEntryEditor</name>
    <message>
        <source>New experience knowledge</source>
        <translation>Ny erfarenhetskunskap</translation>
    </message>
    <message>
        <source>Edit experience knowledge</source>
        <translation>Redigera erfarenhetskunskap</translation>
    </message>
    <message>
        <source>Experience knowledge</source>
        <translation>Erfarenhetskunskap</translation>
    </message>
    <message>
        <source>Kept from before, no longer offered: %1</source>
        <translation>Behålls sedan tidigare, erbjuds inte längre: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&amp;What was learned:</source>
        <translation>&amp;Vad man lärde sig:</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Vad man lärde sig</translation>
    </message>
    <message>
        <source>In the workers&apos; words: what helped, what failed, what should change.</source>
        <translation>Med erfarenhetsaktörernas egna ord: vad som hjälpte, vad som gick fel, vad som borde ändras.</translation>
    </message>
    <message>
        <source>Recorded &amp;on:</source>
        <translation>Antecknat &amp;den:</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Antecknat den</translation>
    </message>
    <message>
        <source>&amp;Life-course phase:</source>
        <translation>&amp;Livsskede:</translation>
    </message>
    <message>
        <source>Life-course phase</source>
        <translation>Livsskede</translation>
    </message>
    <message>
        <source>&amp;Critical point: here services failed or could have helped</source>
        <translation>&amp;Kritisk punkt: här svek servicen eller kunde ha hjälpt</translation>
    </message>
    <message>
        <source>Critical point</source>
        <translation>Kritisk punkt</translation>
    </message>
    <message>
        <source>A point along the life course where services failed people</source>
        <translation>En punkt längs livsloppet där servicen svek människor</translation>
    </message>
    <message>
        <source>&amp;Find a topic:</source>
        <translation>&amp;Sök ett ämne:</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Sök ett ämne</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Skriv en del av ett namn</translation>
    </message>
    <message>
        <source>To&amp;pics (tick all that apply):</source>
        <translation>Ä&amp;mnen (markera alla som passar):</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::KnowledgeEntryListModel</name>
    <message>
        <source>Topic #%1</source>
        <translation>Ämne #%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between topic names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Critical point</source>
        <translation>Kritisk punkt</translation>
    </message>
    <message>
        <source>Life course: %1</source>
        <translation>Livslopp: %1</translation>
    </message>
    <message>
        <source>No topics</source>
        <translation>Inga ämnen</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Ämnen: %1</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>inte sparad ännu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between facts of a knowledge entry</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::KnowledgePage</name>
    <message>
        <source>&amp;Knowledge from this meeting:</source>
        <translation>Kunskap &amp;från det här mötet:</translation>
    </message>
    <message>
        <source>Knowledge from this meeting</source>
        <translation>Kunskap från det här mötet</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Add what the workers&apos; experience taught: one entry per point, marked as a critical point where services failed people.</source>
        <translation>Ingenting antecknat ännu. Lägg till vad erfarenhetsaktörernas erfarenhet lärde oss: en anteckning per punkt, markerad som kritisk punkt där servicen svek människor.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Add knowledge</source>
        <translation>Lägg till kunskap</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit knowledge</source>
        <translation>Redigera kunskap</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove knowledge</source>
        <translation>Ta bort kunskap</translation>
    </message>
    <message>
        <source>Removes an entry that has not been saved yet.</source>
        <translation>Tar bort en anteckning som inte har sparats ännu.</translation>
    </message>
    <message>
        <source>This entry is saved. Saved knowledge can be changed but not removed.</source>
        <translation>Anteckningen är sparad. Sparad kunskap kan ändras men inte tas bort.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of Kohtaamo&apos;s windows, and of the topic and service names in them. The change applies at once and is remembered.</source>
        <translation>Språket i Kohtaamos fönster och i ämnes- och arbetsformsnamnen i dem. Ändringen gäller genast och sparas till nästa gång.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Gränssnittets språk:</translation>
    </message>
    <message>
        <source>Follow the system (now %1)</source>
        <translation>Följ systemet (nu %1)</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language</source>
        <translation>Följ systemets språk</translation>
    </message>
    <message>
        <source>Kohtaamo speaks the first of the system&apos;s languages it knows; now %1</source>
        <translation>Kohtaamo använder det första av systemets språk som programmet kan; nu %1</translation>
    </message>
    <message>
        <source>Use Kohtaamo in this language</source>
        <translation>Använd Kohtaamo på det här språket</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ListRestriction</name>
    <message numerus="yes">
        <source>Only: %1 (%n listed)</source>
        <translation>
            <numerusform>Endast: %1 (%n st.)</numerusform>
            <numerusform>Endast: %1 (%n st.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Visa a&amp;lla</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <source>Lists every record again, not only the ones picked on another page.</source>
        <translation>Visar alla igen, inte bara de som valdes på en annan sida.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MailSection</name>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>(kept in the keyring)</source>
        <translation>(sparat i nyckelringen)</translation>
    </message>
    <message>
        <source>Saved. The account applies to every coordinator of the office.</source>
        <translation>Sparat. Kontot gäller för alla koordinatorer på kontoret.</translation>
    </message>
    <message>
        <source>The account was saved, but not its password. %1</source>
        <translation>Kontot sparades, men inte dess lösenord. %1</translation>
    </message>
    <message>
        <source>The password is kept in this desktop&apos;s keyring.</source>
        <translation>Lösenordet sparas i det här skrivbordets nyckelring.</translation>
    </message>
    <message>
        <source>The test message could not be sent: %1</source>
        <translation>Testmeddelandet kunde inte skickas: %1</translation>
    </message>
    <message>
        <source>The test message was sent to %1.</source>
        <translation>Testmeddelandet skickades till %1.</translation>
    </message>
    <message>
        <source>Only an admin can change the office&apos;s mail account.</source>
        <translation>Endast en administratör kan ändra kontorets e-postkonto.</translation>
    </message>
    <message>
        <source>The account the office&apos;s messages are sent with — invitations with their calendar entries, changes, cancellations, confirmations, reminders — and their wording. Without an account the messages wait in the outbox and can be opened in the mail program.</source>
        <translation>Kontot som kontorets meddelanden skickas med – inbjudningar med kalenderposter, ändringar, inställda uppdrag, bekräftelser, påminnelser – och deras formulering. Utan ett konto väntar meddelandena i utkorgen och kan öppnas i e-postprogrammet.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>E-post&amp;server:</translation>
    </message>
    <message>
        <source>smtp.example.fi</source>
        <translation>smtp.example.fi</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sä&amp;kerhet:</translation>
    </message>
    <message>
        <source>STARTTLS (submission, usually port 587)</source>
        <translation>STARTTLS (submission, vanligen port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS från början (vanligen port 465)</translation>
    </message>
    <message>
        <source>None (only a server on this computer)</source>
        <translation>Ingen (endast en server på den här datorn)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>L&amp;ösenord:</translation>
    </message>
    <message>
        <source>Kept in this desktop&apos;s keyring, never in the office&apos;s database or the settings file. Leave empty to keep the one already kept.</source>
        <translation>Sparas i det här skrivbordets nyckelring, aldrig i kontorets databas eller i inställningsfilen. Lämna tomt för att behålla det som redan är sparat.</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;address:</source>
        <translation>Avsändarens a&amp;dress:</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name:</source>
        <translation>Avsändarens &amp;namn:</translation>
    </message>
    <message>
        <source>Send a test message &amp;to:</source>
        <translation>Skicka ett testmeddelande &amp;till:</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Skicka t&amp;estmeddelande</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MailSettingsRepository</name>
    <message>
        <source>“%1” is not a mail server&apos;s name. Write it like smtp.example.fi.</source>
        <translation>”%1” är inte namnet på en e-postserver. Skriv det som smtp.example.fi.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (usually 587 or 465).</source>
        <translation>Porten måste vara mellan 1 och 65535 (oftast 587 eller 465).</translation>
    </message>
    <message>
        <source>The sender&apos;s address must be an e-mail address, such as toimisto@example.fi.</source>
        <translation>Avsändarens adress måste vara en e-postadress, till exempel kontor@example.fi.</translation>
    </message>
    <message>
        <source>The sender&apos;s name and the user name must be one line.</source>
        <translation>Avsändarens namn och användarnamnet får bara vara en rad.</translation>
    </message>
    <message>
        <source>The office&apos;s mail account</source>
        <translation>Kontorets e-postkonto</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Undo the %1</source>
        <translation>&amp;Ångra: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Redo the %1</source>
        <translation>&amp;Gör om: %1</translation>
    </message>
    <message>
        <source>The demo office could not be made afresh.</source>
        <translation>Demokontoret kunde inte skapas på nytt.</translation>
    </message>
    <message>
        <source>Reset the Demo Office</source>
        <translation>Återställ demokontoret</translation>
    </message>
    <message>
        <source>Make the demo office afresh? Everything changed in it is lost. Your own offices are not touched.</source>
        <translation>Skapa demokontoret på nytt? Allt som har ändrats i det går förlorat. Dina egna kontor påverkas inte.</translation>
    </message>
    <message>
        <source>No recent offices</source>
        <translation>Inga nyligen öppnade kontor</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <source>Read only: you have no permission to write to “%1”. You can read this office, but nothing can be changed.</source>
        <translation>Skrivskyddat: du har inte behörighet att skriva till ”%1”. Du kan läsa det här kontoret, men ingenting kan ändras.</translation>
    </message>
    <message>
        <source>Read only: this office was opened for reading. Nothing can be changed.</source>
        <translation>Skrivskyddat: det här kontoret öppnades för läsning. Ingenting kan ändras.</translation>
    </message>
    <message>
        <source>New Office</source>
        <translation>Nytt kontor</translation>
    </message>
    <message>
        <source>Kohtaamo offices (*.kohtaamo *.sqlite);;All files (*)</source>
        <translation>Kohtaamo-kontor (*.kohtaamo *.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Kohtaamo could not create the office.</source>
        <translation>Kohtaamo kunde inte skapa kontoret.</translation>
    </message>
    <message>
        <source>“%1” already exists. A new office needs a new file name.</source>
        <translation>”%1” finns redan. Ett nytt kontor behöver ett nytt filnamn.</translation>
    </message>
    <message>
        <source>&amp;New Office…</source>
        <translation>&amp;Nytt kontor…</translation>
    </message>
    <message>
        <source>Create a new, empty office in a file of its own</source>
        <translation>Skapa ett nytt, tomt kontor i en egen fil</translation>
    </message>
    <message>
        <source>&amp;Open Office…</source>
        <translation>&amp;Öppna kontor…</translation>
    </message>
    <message>
        <source>Open another office: a file or a shared PostgreSQL database</source>
        <translation>Öppna ett annat kontor: en fil eller en delad PostgreSQL-databas</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Reset the &amp;Demo Office…</source>
        <translation>Återställ &amp;demokontoret…</translation>
    </message>
    <message>
        <source>Make the demo office afresh, as on its first start</source>
        <translation>Skapa demokontoret på nytt, som vid första starten</translation>
    </message>
    <message>
        <source>Write an encrypted backup of this office</source>
        <translation>Skriv en krypterad säkerhetskopia av det här kontoret</translation>
    </message>
    <message>
        <source>A shared database is backed up by its administrator with pg_dump</source>
        <translation>En delad databas säkerhetskopieras av dess administratör med pg_dump</translation>
    </message>
    <message>
        <source>Replace this office with an encrypted backup</source>
        <translation>Ersätt det här kontoret med en krypterad säkerhetskopia</translation>
    </message>
    <message>
        <source>A shared database is restored by its administrator with pg_restore</source>
        <translation>En delad databas återställs av dess administratör med pg_restore</translation>
    </message>
    <message>
        <source>&amp;Back Up Office…</source>
        <translation>Säkerhets&amp;kopiera kontoret…</translation>
    </message>
    <message>
        <source>Res&amp;tore Office…</source>
        <translation>Åters&amp;täll kontoret…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MarkPaidDialog</name>
    <message>
        <source>Mark Fees Paid</source>
        <translation>Markera arvoden som betalda</translation>
    </message>
    <message>
        <source>%1 to pay, %2 in all (fees and travel costs).</source>
        <translation>%1 att betala, totalt %2 (arvoden och resekostnader).</translation>
    </message>
    <message>
        <source>Fees chosen</source>
        <translation>Valda arvoden</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Betald den:</translation>
    </message>
    <message>
        <source>For bookkeeping, e.g. the payment run or voucher number</source>
        <translation>För bokföringen, t.ex. betalningskörningens eller verifikationens nummer</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>Earnings ceiling warnings</source>
        <translation>Varningar om inkomstgränsen</translation>
    </message>
    <message>
        <source>Mark paid &amp;all the same</source>
        <translation>Markera som betalda &amp;ändå</translation>
    </message>
    <message>
        <source>Why the fees were not marked paid</source>
        <translation>Varför arvodena inte markerades som betalda</translation>
    </message>
    <message>
        <source>Mark Paid</source>
        <translation>Markera som betalda</translation>
    </message>
    <message>
        <source>Over the earnings ceiling:</source>
        <translation>Över inkomstgränsen:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fee(s)</source>
        <translation>
            <numerusform>%Ln arvode</numerusform>
            <numerusform>%Ln arvoden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MatchTexts</name>
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
        <source>%1 — no experience</source>
        <translation>%1 — ingen erfarenhet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MeetingOutcomeDialog</name>
    <message>
        <source>The meeting outcome could not be read.</source>
        <translation>Mötets resultat kunde inte läsas.</translation>
    </message>
    <message>
        <source>The meeting outcome could not be read: %1</source>
        <translation>Mötets resultat kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The meeting outcome was not saved.</source>
        <translation>Mötets resultat sparades inte.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>worker: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Meeting outcome</source>
        <translation>Mötets resultat</translation>
    </message>
    <message>
        <source>Nothing was written. Correct it and save again.</source>
        <translation>Ingenting skrevs. Rätta till det och spara igen.</translation>
    </message>
    <message>
        <source>Another coordinator saved changes to this meeting&apos;s records while you were editing.</source>
        <translation>En annan koordinator sparade ändringar i mötets uppgifter medan du redigerade.</translation>
    </message>
    <message>
        <source>A record of this meeting was removed while you were editing.</source>
        <translation>En av mötets uppgifter togs bort medan du redigerade.</translation>
    </message>
    <message>
        <source>Reload shows the records as they are now; the changes you made here are then dropped. Keep editing to copy your text first.</source>
        <translation>Läs in på nytt visar uppgifterna som de är nu; ändringarna du gjorde här förkastas då. Fortsätt redigera om du vill kopiera din text först.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in på nytt</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Fortsätt &amp;redigera</translation>
    </message>
    <message>
        <source>Drop the changes you made to this meeting&apos;s outcome?</source>
        <translation>Förkasta ändringarna du gjorde i mötets resultat?</translation>
    </message>
    <message>
        <source>&amp;Drop changes</source>
        <translation>&amp;Förkasta ändringarna</translation>
    </message>
    <message>
        <source>Meeting outcome: %1 %2</source>
        <translation>Mötets resultat: %1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Meeting %1 · status: %2</source>
        <translation>Möte %1 · status: %2</translation>
    </message>
    <message>
        <source>Meeting outcome — %1</source>
        <translation>Mötets resultat — %1</translation>
    </message>
    <message>
        <source>&amp;Participation</source>
        <translation>&amp;Deltagande</translation>
    </message>
    <message>
        <source>Summary and &amp;feedback</source>
        <translation>Sammanfattning och åter&amp;koppling</translation>
    </message>
    <message>
        <source>E&amp;xperience knowledge</source>
        <translation>&amp;Erfarenhetskunskap</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>Databasen är stängd.</translation>
    </message>
    <message>
        <source>Saves the participation, the summary and the knowledge together; if any of it cannot be saved, none of it is. (Ctrl+Enter)</source>
        <translation>Sparar deltagandet, sammanfattningen och erfarenhetskunskapen tillsammans; om något av det inte kan sparas, sparas ingenting. (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MessageComposer</name>
    <message>
        <source>A calendar invitation needs the organizer&apos;s e-mail: add yours in Settings ▸ Coordinators, or the office&apos;s sender address in Settings ▸ E-mail.</source>
        <translation>En kalenderinbjudan behöver arrangörens e-postadress: lägg till din under Inställningar ▸ Koordinatorer eller kontorets avsändaradress under Inställningar ▸ E-post.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address: add one in the worker&apos;s details, or reach them another way.</source>
        <translation>%1 har ingen e-postadress: lägg till en i erfarenhetsaktörens uppgifter eller nå hen på annat sätt.</translation>
    </message>
    <message>
        <source>The e-mail address of %1, “%2”, is not one Kohtaamo can send to.</source>
        <translation>Kohtaamo kan inte skicka till e-postadressen för %1, ”%2”.</translation>
    </message>
    <message>
        <source>The request has no e-mail address for the requester: add one to the request.</source>
        <translation>Uppdraget saknar uppdragsgivarens e-postadress: lägg till den i uppdraget.</translation>
    </message>
    <message>
        <source>The requester&apos;s e-mail address “%1” is not one Kohtaamo can send to.</source>
        <translation>Kohtaamo kan inte skicka till uppdragsgivarens e-postadress ”%1”.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MessageDialog</name>
    <message>
        <source>No calendar entry.</source>
        <translation>Ingen kalenderpost.</translation>
    </message>
    <message>
        <source>time not set</source>
        <translation>tid inte angiven</translation>
    </message>
    <message>
        <source>The calendar entry is removed (METHOD:CANCEL)</source>
        <translation>Kalenderposten tas bort (METHOD:CANCEL)</translation>
    </message>
    <message>
        <source>Calendar entry (METHOD:%1, update %2)</source>
        <translation>Kalenderpost (METHOD:%1, uppdatering %2)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>ingen plats</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meddelande: %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation>Serverns svar:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Ämnes&amp;rad:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Meddelandets text</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translation>Godkänn &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <source>The calendar entry cannot be read.</source>
        <translation>Kalenderposten kan inte läsas.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MessageTemplateEditor</name>
    <message>
        <source>The office has no request to show the message on yet.</source>
        <translation>Kontoret har ännu inget uppdrag att visa meddelandet med.</translation>
    </message>
    <message>
        <source>Choose a request with invited workers to see this message.</source>
        <translation>Välj ett uppdrag med inbjudna erfarenhetsaktörer för att se det här meddelandet.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Till: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Ämnesrad: %1</translation>
    </message>
    <message>
        <source>Saved. Messages written from now on use this wording.</source>
        <translation>Sparat. Meddelanden som skrivs från och med nu använder den här formuleringen.</translation>
    </message>
    <message>
        <source>The built-in wording is back.</source>
        <translation>Den inbyggda formuleringen är återställd.</translation>
    </message>
    <message>
        <source>Only an admin can change the wording of the messages.</source>
        <translation>Endast en administratör kan ändra meddelandenas formulering.</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meddelande:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Ämnes&amp;rad:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Platshållare:</translation>
    </message>
    <message>
        <source>{%1} — %2 (also in the subject)</source>
        <translation>{%1} – %2 (även i ämnesraden)</translation>
    </message>
    <message>
        <source>{%1} — %2</source>
        <translation>{%1} – %2</translation>
    </message>
    <message>
        <source>Pre&amp;view on:</source>
        <translation>&amp;Förhandsvisning med:</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Förhandsvisning av meddelandet</translation>
    </message>
    <message>
        <source>Save &amp;wording</source>
        <translation>Spara &amp;formuleringen</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Återställ standard</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MessageTemplateRepository</name>
    <message>
        <source>the template “%1” (%2)</source>
        <translation>mallen ”%1” (%2)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MessageTemplates</name>
    <message>
        <source>Invitation</source>
        <translation>Inbjudan</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Change of time or place</source>
        <translation>Ändrad tid eller plats</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Inställt uppdrag</translation>
    </message>
    <message>
        <source>Confirmation to the worker</source>
        <translation>Bekräftelse till erfarenhetsaktören</translation>
    </message>
    <message>
        <source>Confirmation to the requester</source>
        <translation>Bekräftelse till uppdragsgivaren</translation>
    </message>
    <message>
        <source>Thank-you after the meeting</source>
        <translation>Tack efter mötet</translation>
    </message>
    <message>
        <source>The request&apos;s reference, such as 2026-0042</source>
        <translation>Uppdragets referensnummer, till exempel 2026-0042</translation>
    </message>
    <message>
        <source>The kind of work, such as Talk or Peer reception</source>
        <translation>Arbetsformen, till exempel Anförande eller Kamratmottagning</translation>
    </message>
    <message>
        <source>The day of the meeting</source>
        <translation>Dagen för mötet</translation>
    </message>
    <message>
        <source>The time of the meeting, start and end</source>
        <translation>Tiden för mötet, början och slut</translation>
    </message>
    <message>
        <source>The place, or the address of a remote meeting</source>
        <translation>Platsen, eller adressen till ett distansmöte</translation>
    </message>
    <message>
        <source>The request&apos;s title (never in a subject)</source>
        <translation>Uppdragets rubrik (aldrig i ämnesraden)</translation>
    </message>
    <message>
        <source>The requester&apos;s name</source>
        <translation>Uppdragsgivarens namn</translation>
    </message>
    <message>
        <source>The worker&apos;s name as they use it (a pseudonym if they use one)</source>
        <translation>Erfarenhetsaktörens namn så som hen använder det (en pseudonym om hen använder en)</translation>
    </message>
    <message>
        <source>To the requester: the workers coming who have consented to be named, and how many others</source>
        <translation>Till uppdragsgivaren: de erfarenhetsaktörer som kommer och har samtyckt till att nämnas vid namn, och hur många andra som kommer</translation>
    </message>
    <message>
        <source>The coordinator&apos;s name</source>
        <translation>Koordinatorns namn</translation>
    </message>
    <message>
        <source>The coordinator&apos;s e-mail address</source>
        <translation>Koordinatorns e-postadress</translation>
    </message>
    <message>
        <source>Messages can be written in Finnish, Swedish and English only.</source>
        <translation>Meddelanden kan bara skrivas på finska, svenska och engelska.</translation>
    </message>
    <message>
        <source>The subject of the message is empty.</source>
        <translation>Meddelandets ämnesrad är tom.</translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>Ämnesraden får bara vara en rad.</translation>
    </message>
    <message>
        <source>The text of the message is empty.</source>
        <translation>Meddelandets text är tom.</translation>
    </message>
    <message>
        <source>The subject uses {%1}, which Kohtaamo does not know.</source>
        <translation>Ämnesraden använder {%1}, som Kohtaamo inte känner till.</translation>
    </message>
    <message>
        <source>A subject line may carry the reference, the kind of work and the date only: {%1} could tell a stranger too much.</source>
        <translation>Ämnesraden får bara innehålla referensnumret, arbetsformen och datumet: {%1} kan avslöja för mycket för en utomstående.</translation>
    </message>
    <message>
        <source>The text uses {%1}, which Kohtaamo does not know.</source>
        <translation>Texten använder {%1}, som Kohtaamo inte känner till.</translation>
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
    <name>Kohtaamo::OfficeBackupActions</name>
    <message>
        <source>Back Up the Office</source>
        <translation>Säkerhetskopiera kontoret</translation>
    </message>
    <message>
        <source>Kohtaamo backups (*.kohtaamo-backup)</source>
        <translation>Säkerhetskopior från Kohtaamo (*.kohtaamo-backup)</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Säkerhetskopian kunde inte skrivas.</translation>
    </message>
    <message>
        <source>The office was backed up, encrypted, to “%1”.</source>
        <translation>Kontoret säkerhetskopierades krypterat till ”%1”.</translation>
    </message>
    <message>
        <source>Restore the Office</source>
        <translation>Återställ kontoret</translation>
    </message>
    <message>
        <source>Kohtaamo backups (*.kohtaamo-backup);;All files (*)</source>
        <translation>Säkerhetskopior från Kohtaamo (*.kohtaamo-backup);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Replace this office with the backup “%1”? Everything changed since the backup was written is lost.</source>
        <translation>Ersätt det här kontoret med säkerhetskopian ”%1”? Allt som har ändrats sedan säkerhetskopian skrevs går förlorat.</translation>
    </message>
    <message>
        <source>The office was not restored.</source>
        <translation>Kontoret återställdes inte.</translation>
    </message>
    <message>
        <source>The office was restored from the backup.</source>
        <translation>Kontoret återställdes från säkerhetskopian.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeDataImporter</name>
    <message>
        <source>no organisation of the file or of the database is called %1</source>
        <translation>ingen organisation i filen eller databasen heter %1</translation>
    </message>
    <message>
        <source>another funded activity of the file is called %1</source>
        <translation>en annan finansierad verksamhet i filen heter %1</translation>
    </message>
    <message>
        <source>the file has this kind of message in this language twice</source>
        <translation>filen har den här typen av meddelande på det här språket två gånger</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>another payment batch of the file has the reference %1</source>
        <translation>en annan betalningsomgång i filen har referensnumret %1</translation>
    </message>
    <message>
        <source>no payment batch of the file has the reference %1</source>
        <translation>ingen betalningsomgång i filen har referensnumret %1</translation>
    </message>
    <message>
        <source>no request of the file has the reference %1</source>
        <translation>inget uppdrag i filen har referensnumret %1</translation>
    </message>
    <message>
        <source>no worker of the file has the key %1</source>
        <translation>ingen erfarenhetsaktör i filen har nyckeln %1</translation>
    </message>
    <message>
        <source>no coordinator of the file or of the database has the username %1</source>
        <translation>ingen koordinator i filen eller databasen har användarnamnet %1</translation>
    </message>
    <message>
        <source>a sent message needs the time it was sent</source>
        <translation>ett skickat meddelande behöver tidpunkten då det skickades</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeOpener</name>
    <message>
        <source>There is no office at “%1”, and none can be created there: you have no permission to write in the folder “%2”.</source>
        <translation>Det finns inget kontor på ”%1”, och inget kan skapas där: du har inte behörighet att skriva i mappen ”%2”.</translation>
    </message>
    <message>
        <source>No office here yet</source>
        <translation>Inget kontor här ännu</translation>
    </message>
    <message>
        <source>There is no Kohtaamo office at “%1”.</source>
        <translation>Det finns inget Kohtaamo-kontor på ”%1”.</translation>
    </message>
    <message>
        <source>Create a new, empty office in this file? If you meant an existing office, cancel and check the path.</source>
        <translation>Skapa ett nytt, tomt kontor i den här filen? Om du menade ett befintligt kontor, avbryt och kontrollera sökvägen.</translation>
    </message>
    <message>
        <source>Create New Office</source>
        <translation>Skapa nytt kontor</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeSection</name>
    <message>
        <source>Office</source>
        <translation>Kontoret</translation>
    </message>
    <message>
        <source>Enter the largest fee as euros, for example 2 000,00.</source>
        <translation>Ange det högsta arvodet i euro, till exempel 2 000,00.</translation>
    </message>
    <message>
        <source>Only an admin can change the office&apos;s settings.</source>
        <translation>Endast en administratör kan ändra kontorets inställningar.</translation>
    </message>
    <message>
        <source>Settings of the whole office, the same for every coordinator. Only an admin can change them.</source>
        <translation>Inställningar för hela kontoret, desamma för alla koordinatorer. Endast en administratör kan ändra dem.</translation>
    </message>
    <message>
        <source>&amp;Largest fee for one engagement:</source>
        <translation>&amp;Högsta arvode för en medverkan:</translation>
    </message>
    <message>
        <source>Largest fee for one engagement</source>
        <translation>Högsta arvode för en medverkan</translation>
    </message>
    <message>
        <source>A request or a meeting outcome with a higher fee per worker is refused as a typing slip.</source>
        <translation>Ett uppdrag eller ett mötesresultat med ett högre arvode per erfarenhetsaktör avvisas som ett skrivfel.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Saved. The settings apply to every coordinator.</source>
        <translation>Sparat. Inställningarna gäller alla koordinatorer.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tidszon:</translation>
    </message>
    <message>
        <source>Time zone of the office</source>
        <translation>Kontorets tidszon</translation>
    </message>
    <message>
        <source>Meeting times, their part of the day (morning, afternoon, evening) and today&apos;s date are the office&apos;s, whatever time zone a coordinator&apos;s computer is set to.</source>
        <translation>Mötestider, deras del av dagen (förmiddag, eftermiddag, kväll) och dagens datum följer kontorets tidszon, oavsett vilken tidszon en koordinators dator är inställd på.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeService</name>
    <message>
        <source>You can read this office but not change it: your role is viewer. An admin of the office can change your role.</source>
        <translation>Du kan läsa men inte ändra uppgifterna: din roll är läsare. En administratör kan ändra roller.</translation>
    </message>
    <message>
        <source>The login name of the coordinator is empty.</source>
        <translation>Koordinatorns användarnamn saknas.</translation>
    </message>
    <message>
        <source>Only an admin can reopen a closed request. Ask an admin of this office.</source>
        <translation>Endast en administratör kan öppna ett stängt uppdrag igen. Be en administratör om hjälp.</translation>
    </message>
    <message>
        <source>Only an admin can add coordinators or change their login, organisation, role or whether they are active.</source>
        <translation>Endast en administratör kan lägga till koordinatorer eller ändra deras användarnamn, organisation, roll eller om de är aktiva.</translation>
    </message>
    <message>
        <source>Your own login cannot be changed here: Kohtaamo knows you by it. Ask another admin.</source>
        <translation>Ditt eget användarnamn kan inte ändras här: Kohtaamo känner igen dig med det. Be en annan administratör.</translation>
    </message>
    <message>
        <source>%1 is the office&apos;s only active admin. Make another coordinator an admin first.</source>
        <translation>%1 är den enda aktiva administratören. Gör först en annan koordinator till administratör.</translation>
    </message>
    <message>
        <source>Only an admin can change the office&apos;s settings.</source>
        <translation>Endast en administratör kan ändra kontorets inställningar.</translation>
    </message>
    <message>
        <source>Your role is viewer.</source>
        <translation>Din roll är läsare.</translation>
    </message>
    <message>
        <source>Your role is coordinator.</source>
        <translation>Din roll är koordinator.</translation>
    </message>
    <message>
        <source>An admin of the office can make the change, or give you the admin role.</source>
        <translation>En administratör för kontoret kan göra ändringen eller ge dig rollen som administratör.</translation>
    </message>
    <message>
        <source>Only an admin can change the topics.</source>
        <translation>Endast en administratör kan ändra ämnena.</translation>
    </message>
    <message>
        <source>Only an admin can change the organisations.</source>
        <translation>Endast en administratör kan ändra organisationerna.</translation>
    </message>
    <message>
        <source>Only an admin can change the ranking weights.</source>
        <translation>Endast en administratör kan ändra rangordningens vikter.</translation>
    </message>
    <message>
        <source>Consent #%1 is not one of %2&apos;s consents, so it cannot be withdrawn here.</source>
        <translation>Samtycke #%1 hör inte till %2, så det kan inte återkallas här.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Check the path; Kohtaamo does not create folders.</source>
        <translation>Mappen ”%1” finns inte. Kontrollera sökvägen; Kohtaamo skapar inga mappar.</translation>
    </message>
    <message>
        <source>Only an admin can undo a payment batch.</source>
        <translation>Endast en administratör kan ångra en betalningsomgång.</translation>
    </message>
    <message>
        <source>Only an admin can change the office&apos;s e-mail account and messages.</source>
        <translation>Endast en administratör kan ändra kontorets e-postkonto och meddelanden.</translation>
    </message>
    <message>
        <source>The office has no mail account yet: an admin sets one in Settings ▸ E-mail.</source>
        <translation>Kontoret har ännu inget e-postkonto: en administratör ställer in ett under Inställningar ▸ E-post.</translation>
    </message>
    <message>
        <source>No mail account to send with: set one in Settings ▸ E-mail (with the sender&apos;s address).</source>
        <translation>Inget e-postkonto att skicka med: ställ in ett under Inställningar ▸ E-post (med avsändarens adress).</translation>
    </message>
    <message>
        <source>This office is open read-only: you have no permission to write to “%1”. Nothing was changed.</source>
        <translation>Det här kontoret är öppnat skrivskyddat: du har inte behörighet att skriva till ”%1”. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>This office is open read-only. Nothing was changed.</source>
        <translation>Det här kontoret är öppnat skrivskyddat. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Enter the server and the sender&apos;s address first.</source>
        <translation>Ange först servern och avsändarens adress.</translation>
    </message>
    <message>
        <source>The address to send the test message to is not valid.</source>
        <translation>Adressen som testmeddelandet ska skickas till är inte giltig.</translation>
    </message>
    <message>
        <source>Kohtaamo: test message</source>
        <translation>Kohtaamo: testmeddelande</translation>
    </message>
    <message>
        <source>This message was sent from Kohtaamo to check the office&apos;s e-mail account. It needs no answer.</source>
        <translation>Det här meddelandet skickades från Kohtaamo för att kontrollera kontorets e-postkonto. Det behöver inte besvaras.</translation>
    </message>
    <message>
        <source>Only an admin can change the funded activities.</source>
        <translation>Endast en administratör kan ändra de finansierade verksamheterna.</translation>
    </message>
    <message>
        <source>Funded activity: %1</source>
        <translation>Finansierad verksamhet: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Hela kontoret</translation>
    </message>
    <message>
        <source>Choose a request for the commission summary.</source>
        <translation>Välj ett uppdrag för uppdragssammanfattningen.</translation>
    </message>
    <message>
        <source>Choose the column that holds the workers&apos; names (or first and last names).</source>
        <translation>Välj kolumnen med erfarenhetsaktörernas namn (eller för- och efternamn).</translation>
    </message>
    <message>
        <source>Organisation #%1 does not exist; someone may have removed it.</source>
        <translation>Organisation #%1 finns inte; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The file has no workers to import.</source>
        <translation>Filen innehåller inga erfarenhetsaktörer att importera.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are refused.</source>
        <translation>
            <numerusform>Ingenting importerades: %n rad avvisas.</numerusform>
            <numerusform>Ingenting importerades: %n rader avvisas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Imported from the worker register.</source>
        <translation>Importerat från registret över erfarenhetsaktörer.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least %1 characters.</source>
        <translation>Lösenfrasen är för kort: minst %1 tecken.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its administrator with pg_dump (docs/shared-database.md); Kohtaamo backs up SQLite offices.</source>
        <translation>En delad PostgreSQL-databas säkerhetskopieras av dess administratör med pg_dump (docs/shared-database.md); Kohtaamo säkerhetskopierar SQLite-kontor.</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>Ge säkerhetskopiefilen ett namn.</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name; Kohtaamo does not overwrite it.</source>
        <translation>Filen ”%1” finns redan. Välj ett annat namn; Kohtaamo skriver inte över den.</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation>En säkerhetskopia kan inte göras mitt under en ändring.</translation>
    </message>
    <message>
        <source>No temporary folder for the backup: %1</source>
        <translation>Ingen tillfällig mapp för säkerhetskopian: %1</translation>
    </message>
    <message>
        <source>A backup cannot be restored in the middle of a change.</source>
        <translation>En säkerhetskopia kan inte återställas mitt under en ändring.</translation>
    </message>
    <message>
        <source>The backup “%1” does not hold a Kohtaamo office this version can open: %2 Nothing was restored.</source>
        <translation>Säkerhetskopian ”%1” innehåller inget Kohtaamo-kontor som den här versionen kan öppna: %2 Ingenting återställdes.</translation>
    </message>
    <message>
        <source>The office in the backup “%1” is damaged (integrity check: %2). Nothing was restored.</source>
        <translation>Kontoret i säkerhetskopian ”%1” är skadat (integritetskontroll: %2). Ingenting återställdes.</translation>
    </message>
    <message>
        <source>Only an admin can erase a worker.</source>
        <translation>Bara en administratör kan radera en erfarenhetsaktör.</translation>
    </message>
    <message>
        <source>%1&apos;s record was changed since you opened it. Nothing was erased: look at it again.</source>
        <translation>Uppgifterna om %1 har ändrats sedan du öppnade dem. Ingenting raderades: granska dem på nytt.</translation>
    </message>
    <message>
        <source>Erased worker #%1</source>
        <translation>Raderad erfarenhetsaktör #%1</translation>
    </message>
    <message>
        <source>Database logins are for a shared PostgreSQL database; this office is an SQLite file.</source>
        <translation>Databasinloggningar används för en delad PostgreSQL-databas; det här kontoret är en SQLite-fil.</translation>
    </message>
    <message>
        <source>The login “%1” is not valid: use lower-case letters a–z, digits, “_”, “.” or “-”, starting with a letter, at most 63 characters.</source>
        <translation>Inloggningen ”%1” är ogiltig: använd små bokstäver a–z, siffror, ”_”, ”.” eller ”-”, börja med en bokstav och använd högst 63 tecken.</translation>
    </message>
    <message>
        <source>The password is too short: at least %1 characters.</source>
        <translation>Lösenordet är för kort: minst %1 tecken.</translation>
    </message>
    <message>
        <source>Name the coordinator&apos;s organisation.</source>
        <translation>Ange koordinatorns organisation.</translation>
    </message>
    <message>
        <source>There is no organisation “%1” in this office.</source>
        <translation>Det finns ingen organisation ”%1” i det här kontoret.</translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation>organisation #%1</translation>
    </message>
    <message>
        <source>This worker belongs to %1, and you coordinate the workers of %2. Only a coordinator of %1 or an admin can add or change their record, consents or status. You can still invite them through a request and record their answer.</source>
        <translation>Den här erfarenhetsaktören hör till %1, och du koordinerar erfarenhetsaktörerna i %2. Bara en koordinator för %1 eller en administratör kan lägga till eller ändra hens uppgifter, samtycken eller status. Du kan ändå bjuda in hen via ett uppdrag och anteckna hens svar.</translation>
    </message>
    <message>
        <source>Only an admin of the office reads the audit log. Your role is viewer.</source>
        <translation>Endast kontorets administratör läser granskningsloggen. Din roll är läsare.</translation>
    </message>
    <message>
        <source>Only an admin of the office reads the audit log. Your role is coordinator.</source>
        <translation>Endast kontorets administratör läser granskningsloggen. Din roll är koordinator.</translation>
    </message>
    <message>
        <source>Say in which format the data was exported.</source>
        <translation>Ange i vilket format uppgifterna exporterades.</translation>
    </message>
    <message>
        <source>The file name is longer than %1 characters.</source>
        <translation>Filnamnet är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>The export&apos;s description is longer than %1 characters.</source>
        <translation>Exportens beskrivning är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>Only an admin can apply the retention rules.</source>
        <translation>Endast en administratör kan tillämpa förvaringsreglerna.</translation>
    </message>
    <message>
        <source>What the retention rules find due has changed since you looked. Nothing was erased or pruned: look at the list again.</source>
        <translation>Det som enligt förvaringsreglerna ska raderas eller rensas har ändrats sedan du tittade. Ingenting raderades eller rensades: titta på listan igen.</translation>
    </message>
    <message>
        <source>Nothing is due under the retention rules.</source>
        <translation>Enligt förvaringsreglerna finns det ingenting att radera eller rensa.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeSettingsRepository</name>
    <message>
        <source>The largest fee must be more than 0 and at most %1.</source>
        <translation>Det högsta arvodet måste vara över 0 och högst %1.</translation>
    </message>
    <message>
        <source>The office settings</source>
        <translation>Kontorets inställningar</translation>
    </message>
    <message>
        <source>The fee %1 is more than the office&apos;s largest fee for one engagement, %2. Check the amount; an admin can change the limit in Settings ▸ Office.</source>
        <translation>Arvodet %1 är högre än kontorets högsta arvode för en medverkan, %2. Kontrollera beloppet; en administratör kan ändra gränsen under Inställningar ▸ Kontoret.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows. Choose one from the list, such as Europe/Helsinki.</source>
        <translation>Den här datorn känner inte till tidszonen ”%1”. Välj en i listan, till exempel Europe/Helsinki.</translation>
    </message>
    <message>
        <source>Erasing workers who left must be set to 0 (off) to %1 years.</source>
        <translation>Radering av erfarenhetsaktörer som har slutat ska vara 0 (av) till %1 år.</translation>
    </message>
    <message>
        <source>Pruning the audit log must be set to 0 (off) to %1 years.</source>
        <translation>Rensning av granskningsloggen ska vara 0 (av) till %1 år.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeTimeZone</name>
    <message>
        <source>“%1” is not a time zone this computer knows.</source>
        <translation>Den här datorn känner inte till tidszonen ”%1”.</translation>
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
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Kohtaamo offices (*.kohtaamo *.sqlite *.db)</source>
        <translation>Kohtaamo-kontor (*.kohtaamo *.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OptionalDateEdit</name>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OrganisationListModel</name>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Kept on the records of its workers; not offered for new ones</source>
        <translation>Finns kvar i uppgifterna om dess erfarenhetsaktörer; erbjuds inte för nya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
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
    <name>Kohtaamo::OrganisationsSection</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>The organisations whose experience workers the office works with. An organisation is never deleted: a deactivated one stays on its workers&apos; records.</source>
        <translation>De organisationer vars erfarenhetsaktörer kontoret samarbetar med. En organisation tas aldrig bort: en inaktiverad organisation finns kvar i uppgifterna om dess erfarenhetsaktörer.</translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation>&amp;Organisationer:</translation>
    </message>
    <message>
        <source>Choose one to rename or deactivate it</source>
        <translation>Välj en organisation för att byta namn på den eller inaktivera den</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <source>Required; no two organisations share a name</source>
        <translation>Obligatoriskt; två organisationer kan inte ha samma namn</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>&amp;Kortnamn:</translation>
    </message>
    <message>
        <source>Short name of the organisation</source>
        <translation>Organisationens kortnamn</translation>
    </message>
    <message>
        <source>Optional, for narrow lists</source>
        <translation>Frivilligt, för smala listor</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Områ&amp;de:</translation>
    </message>
    <message>
        <source>Region of the organisation</source>
        <translation>Organisationens område</translation>
    </message>
    <message>
        <source>Optional, such as Uusimaa</source>
        <translation>Frivilligt, till exempel Nyland</translation>
    </message>
    <message>
        <source>New Organisa&amp;tion</source>
        <translation>Ny organisa&amp;tion</translation>
    </message>
    <message>
        <source>Add a new organisation</source>
        <translation>Lägg till en ny organisation</translation>
    </message>
    <message>
        <source>Empties the form for a new organisation</source>
        <translation>Tömmer formuläret för en ny organisation</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Spara organisationen</translation>
    </message>
    <message>
        <source>Stores the form (Enter in a field)</source>
        <translation>Sparar formuläret (Enter i ett fält)</translation>
    </message>
    <message>
        <source>The organisations could not be read: %1</source>
        <translation>Organisationerna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>An organisation called “%1” already exists.</source>
        <translation>En organisation med namnet ”%1” finns redan.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>Organisationen ”%1”</translation>
    </message>
    <message>
        <source>Problem with the organisation</source>
        <translation>Problem med organisationen</translation>
    </message>
    <message>
        <source>&amp;Add Organisation</source>
        <translation>&amp;Lägg till organisation</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Spara ändringarna</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Aktivera igen</translation>
    </message>
    <message>
        <source>Deactivate the organisation</source>
        <translation>Inaktivera organisationen</translation>
    </message>
    <message>
        <source>Reactivate the organisation</source>
        <translation>Aktivera organisationen igen</translation>
    </message>
    <message>
        <source>Kept on its workers&apos; records, no longer offered for new ones</source>
        <translation>Finns kvar i uppgifterna om dess erfarenhetsaktörer, erbjuds inte längre för nya</translation>
    </message>
    <message>
        <source>Offers the organisation again</source>
        <translation>Erbjuder organisationen igen</translation>
    </message>
    <message>
        <source>&amp;Reload Organisations</source>
        <translation>Läs in organisationerna &amp;på nytt</translation>
    </message>
    <message>
        <source>The organisation was not saved: %1</source>
        <translation>Organisationen sparades inte: %1</translation>
    </message>
    <message>
        <source>The organisation is added.</source>
        <translation>Organisationen har lagts till.</translation>
    </message>
    <message>
        <source>The organisation is saved.</source>
        <translation>Organisationen har sparats.</translation>
    </message>
    <message>
        <source>The organisation is in use again.</source>
        <translation>Organisationen är i bruk igen.</translation>
    </message>
    <message>
        <source>The organisation is deactivated.</source>
        <translation>Organisationen har inaktiverats.</translation>
    </message>
    <message>
        <source>Only an admin can change the organisations.</source>
        <translation>Endast en administratör kan ändra organisationerna.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Approved, to send</source>
        <translation>Godkänt, ska skickas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation>Kunde inte skickas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämnesrad</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Serverns svar</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutboxPanel</name>
    <message>
        <source>No messages about this request. Messages are written when workers are invited by e-mail and the office has a sender address (Settings ▸ E-mail).</source>
        <translation>Inga meddelanden om det här uppdraget. Meddelanden skrivs när erfarenhetsaktörer bjuds in per e-post och kontoret har en avsändaradress (Inställningar ▸ E-post).</translation>
    </message>
    <message>
        <source>Drafts to read: %1 · approved, to send: %2 · could not be sent: %3 · sent: %4</source>
        <translation>Utkast att läsa: %1 · godkända, ska skickas: %2 · kunde inte skickas: %3 · skickade: %4</translation>
    </message>
    <message>
        <source>Sends every approved message of the office, and those that could not be sent before.</source>
        <translation>Skickar alla kontorets godkända meddelanden och dem som inte kunde skickas tidigare.</translation>
    </message>
    <message>
        <source>The office has no mail account: set one in Settings ▸ E-mail, or open the message in the mail program.</source>
        <translation>Kontoret har inget e-postkonto: ange ett under Inställningar ▸ E-post, eller öppna meddelandet i e-postprogrammet.</translation>
    </message>
    <message>
        <source>Approved: %1. They go with the next send.</source>
        <translation>Godkända: %1. De skickas vid nästa sändning.</translation>
    </message>
    <message>
        <source>No password for %1 is kept in the keyring.</source>
        <translation>Inget lösenord för %1 finns sparat i nyckelringen.</translation>
    </message>
    <message>
        <source>Password of the mail account</source>
        <translation>E-postkontots lösenord</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Lösenord för %1:</translation>
    </message>
    <message>
        <source>Sent: %1. Could not be sent: %2. The server answered: %3</source>
        <translation>Skickade: %1. Kunde inte skickas: %2. Servern svarade: %3</translation>
    </message>
    <message>
        <source>Sent: %1.</source>
        <translation>Skickade: %1.</translation>
    </message>
    <message>
        <source>The calendar file could not be written to %1.</source>
        <translation>Kalenderfilen kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>The mail program could not be started (xdg-email). Save the message as an .eml file instead.</source>
        <translation>E-postprogrammet kunde inte startas (xdg-email). Spara meddelandet som en .eml-fil i stället.</translation>
    </message>
    <message>
        <source>The message was handed to the mail program; send it there. It stays in the outbox.</source>
        <translation>Meddelandet lämnades till e-postprogrammet; skicka det där. Det stannar i utkorgen.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Spara meddelandet</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-postmeddelanden (*.eml)</translation>
    </message>
    <message>
        <source>The message could not be saved to %1: %2</source>
        <translation>Meddelandet kunde inte sparas till %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparat till %1.</translation>
    </message>
    <message>
        <source>Messages about the request</source>
        <translation>Meddelanden om uppdraget</translation>
    </message>
    <message>
        <source>Approve &amp;all</source>
        <translation>G&amp;odkänn alla</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Öppna i &amp;e-postprogrammet</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .eml…</source>
        <translation>S&amp;para som .eml…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öppna…</translation>
    </message>
    <message>
        <source>Sen&amp;d now</source>
        <translation>Skic&amp;ka nu</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutboxRepository</name>
    <message>
        <source>message %1 of the outbox</source>
        <translation>meddelande %1 i utkorgen</translation>
    </message>
    <message>
        <source>This message was sent already; it cannot be changed.</source>
        <translation>Det här meddelandet har redan skickats; det kan inte ändras.</translation>
    </message>
    <message>
        <source>The subject of the message must be one line and not empty.</source>
        <translation>Meddelandets ämnesrad måste vara en rad och får inte vara tom.</translation>
    </message>
    <message>
        <source>The text of the message is empty.</source>
        <translation>Meddelandets text är tom.</translation>
    </message>
    <message>
        <source>This message was sent already; it stays in the outbox.</source>
        <translation>Det här meddelandet har redan skickats; det stannar i utkorgen.</translation>
    </message>
    <message>
        <source>A message needs its recipient, subject and Message-ID.</source>
        <translation>Ett meddelande behöver mottagare, ämnesrad och Message-ID.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutcomeRecorder</name>
    <message>
        <source>A record of another request was given.</source>
        <translation>Uppgifter om ett annat uppdrag gavs.</translation>
    </message>
    <message>
        <source>The fee was paid on %1, so its amount and the attendance it pays for stay as they are. An admin can undo the payment batch first.</source>
        <translation>Arvodet betalades den %1, så dess belopp och den närvaro det betalar för förblir oförändrade. En administratör kan först ångra betalningsomgången.</translation>
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
    <message>
        <source>The number of people reached must be between 0 and 1,000,000 (it is %1).</source>
        <translation>Antalet nådda personer måste vara mellan 0 och 1 000 000 (det är %1).</translation>
    </message>
    <message>
        <source>Choose at least one topic: experience knowledge is grouped and reported by topic.</source>
        <translation>Välj minst ett ämne: erfarenhetskunskapen grupperas och rapporteras per ämne.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutcomeSummaryPage</name>
    <message>
        <source>Held &amp;on:</source>
        <translation>&amp;Genomfört den:</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Genomfört den</translation>
    </message>
    <message>
        <source>Meeting s&amp;ummary:</source>
        <translation>Mötets samman&amp;fattning:</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Mötets sammanfattning</translation>
    </message>
    <message>
        <source>What was discussed, what the workers brought up, what was agreed.</source>
        <translation>Vad som diskuterades, vad erfarenhetsaktörerna tog upp och vad man kom överens om.</translation>
    </message>
    <message>
        <source>&amp;Requester&apos;s feedback:</source>
        <translation>&amp;Uppdragsgivarens återkoppling:</translation>
    </message>
    <message>
        <source>Requester&apos;s feedback</source>
        <translation>Uppdragsgivarens återkoppling</translation>
    </message>
    <message>
        <source>What the requester said about the meeting and what they will do with it.</source>
        <translation>Vad uppdragsgivaren sade om mötet och vad hen kommer att göra med det.</translation>
    </message>
    <message>
        <source>People reac&amp;hed:</source>
        <translation>&amp;Nådda personer:</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Nådda personer</translation>
    </message>
    <message>
        <source>How many people the meeting reached (its audience or participants), for the results report.</source>
        <translation>Hur många personer mötet nådde (publik eller deltagare), för resultatrapporten.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutcomeTexts</name>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Pregnancy and birth</source>
        <translation>Graviditet och förlossning</translation>
    </message>
    <message>
        <source>Early childhood</source>
        <translation>Tidig barndom</translation>
    </message>
    <message>
        <source>School age</source>
        <translation>Skolålder</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <source>Becoming an adult</source>
        <translation>Att bli vuxen</translation>
    </message>
    <message>
        <source>Adulthood</source>
        <translation>Vuxen ålder</translation>
    </message>
    <message>
        <source>Parenthood</source>
        <translation>Föräldraskap</translation>
    </message>
    <message>
        <source>Old age</source>
        <translation>Ålderdom</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PagedPrint</name>
    <message>
        <source>A new page could not be started.</source>
        <translation>En ny sida kunde inte påbörjas.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Filen %1 kan inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ParticipationPage</name>
    <message numerus="yes">
        <source>Debrief still missing for %n worker(s): %1. Every event is followed by a debrief.</source>
        <translation>
            <numerusform>Avlastningssamtal saknas fortfarande för %n erfarenhetsaktör: %1. Varje evenemang följs av ett avlastningssamtal.</numerusform>
            <numerusform>Avlastningssamtal saknas fortfarande för %n erfarenhetsaktörer: %1. Varje evenemang följs av ett avlastningssamtal.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Attendance not recorded yet for %n worker(s): %1.</source>
        <translation>
            <numerusform>Närvaron har ännu inte antecknats för %n erfarenhetsaktör: %1.</numerusform>
            <numerusform>Närvaron har ännu inte antecknats för %n erfarenhetsaktörer: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Workers engaged in this request:</source>
        <translation>Erfarenhetsaktörer som &amp;medverkar i det här uppdraget:</translation>
    </message>
    <message>
        <source>Workers engaged in this request</source>
        <translation>Erfarenhetsaktörer som medverkar i det här uppdraget</translation>
    </message>
    <message>
        <source>No one is engaged in this request yet. Workers become engaged when the request is confirmed with their accepted invitations.</source>
        <translation>Ingen medverkar ännu i det här uppdraget. Erfarenhetsaktörerna börjar medverka när uppdraget bekräftas med deras accepterade inbjudningar.</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to change it; Space ticks a box. Ticking “Debrief done” fills in today&apos;s date, which can be changed.</source>
        <translation>Dubbelklicka på en cell eller tryck på F2 för att ändra den; mellanslag markerar en ruta. När du markerar ”Avlastningssamtal hållet” fylls dagens datum i; det kan ändras.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PassphraseDialog</name>
    <message>
        <source>Back Up the Office</source>
        <translation>Säkerhetskopiera kontoret</translation>
    </message>
    <message>
        <source>Restore the Office</source>
        <translation>Återställ kontoret</translation>
    </message>
    <message>
        <source>The backup is encrypted with this passphrase. Without it nobody can read the backup, you included: keep it safe.</source>
        <translation>Säkerhetskopian krypteras med den här lösenfrasen. Utan den kan ingen läsa säkerhetskopian, inte heller du: förvara den säkert.</translation>
    </message>
    <message>
        <source>The passphrase the backup was written with.</source>
        <translation>Lösenfrasen som säkerhetskopian skrevs med.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>&amp;Write Backup</source>
        <translation>&amp;Skriv säkerhetskopia</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna är olika.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PasswordStore</name>
    <message>
        <source>No keyring is available on this desktop: the password cannot be kept. Kohtaamo asks for it when it sends.</source>
        <translation>Ingen nyckelring finns på det här skrivbordet: lösenordet kan inte sparas. Kohtaamo frågar efter det när meddelanden skickas.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Plausibility</name>
    <message>
        <source>%1 is more than %2: check the amount.</source>
        <translation>%1 är mer än %2: kontrollera beloppet.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PostgresSecurity</name>
    <message>
        <source>Roles and row-level security are for a shared PostgreSQL database; this office is an SQLite file, which only its owner can read.</source>
        <translation>Roller och säkerhet på radnivå används för en delad PostgreSQL-databas; det här kontoret är en SQLite-fil som bara dess ägare kan läsa.</translation>
    </message>
    <message>
        <source>The security script is missing from this build.</source>
        <translation>Säkerhetsskriptet saknas i den här versionen av programmet.</translation>
    </message>
    <message>
        <source>Setting up the roles and row-level security failed; nothing was changed. Run it as the owner of Kohtaamo&apos;s tables with permission to create roles. (%1)</source>
        <translation>Det gick inte att konfigurera rollerna och säkerheten på radnivå; ingenting ändrades. Kör konfigurationen som ägare till Kohtaamos tabeller med behörighet att skapa roller. (%1)</translation>
    </message>
    <message>
        <source>This database has no Kohtaamo roles yet: run `kohtaamo-cli admin init-postgres` first.</source>
        <translation>Den här databasen har ännu inga Kohtaamo-roller: kör först `kohtaamo-cli admin init-postgres`.</translation>
    </message>
    <message>
        <source>The login “%1” could not be created: %2</source>
        <translation>Inloggningen ”%1” kunde inte skapas: %2</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PrivateFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Det gick inte att skriva ”%1”: %2</translation>
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
    <message>
        <source>(unknown topic)</source>
        <translation>(okänt ämne)</translation>
    </message>
    <message numerus="yes">
        <source>Already %n engagement in %1; the worker&apos;s limit is %2</source>
        <translation>
            <numerusform>Redan %n uppdrag under %1; erfarenhetsaktörens gräns är %2</numerusform>
            <numerusform>Redan %n uppdrag under %1; erfarenhetsaktörens gräns är %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already %n engagements in %1; the worker&apos;s limit is %2</source>
        <translation>
            <numerusform>Redan %n uppdrag under %1; erfarenhetsaktörens gräns är %2</numerusform>
            <numerusform>Redan %n uppdrag under %1; erfarenhetsaktörens gräns är %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No engagements within %n day</source>
        <translation>
            <numerusform>Ingen medverkan inom %n dag</numerusform>
            <numerusform>Ingen medverkan inom %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No engagements within %n days</source>
        <translation>
            <numerusform>Ingen medverkan inom %n dag</numerusform>
            <numerusform>Ingen medverkan inom %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engagement within %1 days</source>
        <translation>
            <numerusform>%n uppdrag inom %1 dagar</numerusform>
            <numerusform>%n uppdrag inom %1 dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engagements within %1 days</source>
        <translation>
            <numerusform>%n uppdrag inom %1 dagar</numerusform>
            <numerusform>%n uppdrag inom %1 dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation without an engagement in the last %1 days</source>
        <translation>
            <numerusform>%n inbjudan utan medverkan under de senaste %1 dagarna</numerusform>
            <numerusform>%n inbjudningar utan medverkan under de senaste %1 dagarna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitations without an engagement in the last %1 days</source>
        <translation>
            <numerusform>%n inbjudan utan medverkan under de senaste %1 dagarna</numerusform>
            <numerusform>%n inbjudningar utan medverkan under de senaste %1 dagarna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the request gives %n day</source>
        <translation>
            <numerusform>uppdraget ger %n dags varsel</numerusform>
            <numerusform>uppdraget ger %n dagars varsel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the request gives %n days</source>
        <translation>
            <numerusform>uppdraget ger %n dags varsel</numerusform>
            <numerusform>uppdraget ger %n dagars varsel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n day of notice; %1</source>
        <translation>
            <numerusform>Behöver %n dags varsel; %1</numerusform>
            <numerusform>Behöver %n dagars varsel; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n days of notice; %1</source>
        <translation>
            <numerusform>Behöver %n dags varsel; %1</numerusform>
            <numerusform>Behöver %n dagars varsel; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>another is %n day away</source>
        <translation>
            <numerusform>ett annat uppdrag ligger bara %n dag från det här</numerusform>
            <numerusform>ett annat uppdrag ligger bara %n dagar från det här</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>another is %n days away</source>
        <translation>
            <numerusform>ett annat uppdrag ligger bara %n dag från det här</numerusform>
            <numerusform>ett annat uppdrag ligger bara %n dagar från det här</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wants at least %n day between engagements; %1</source>
        <translation>
            <numerusform>Vill ha minst %n dag mellan uppdragen; %1</numerusform>
            <numerusform>Vill ha minst %n dagar mellan uppdragen; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wants at least %n days between engagements; %1</source>
        <translation>
            <numerusform>Vill ha minst %n dag mellan uppdragen; %1</numerusform>
            <numerusform>Vill ha minst %n dagar mellan uppdragen; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingRules</name>
    <message>
        <source>Not active: on a break</source>
        <translation>Inte aktiv: har paus</translation>
    </message>
    <message>
        <source>Not active: has left</source>
        <translation>Inte aktiv: har slutat</translation>
    </message>
    <message>
        <source>Does not cover %1, where the request is held in person</source>
        <translation>Täcker inte %1, där uppdraget genomförs på plats</translation>
    </message>
    <message>
        <source>Does not speak the request&apos;s language (%1)</source>
        <translation>Talar inte uppdragets språk (%1)</translation>
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
        <source>Declined this request</source>
        <translation>Tackade nej till det här uppdraget</translation>
    </message>
    <message>
        <source>Already invited to this request</source>
        <translation>Redan inbjuden till det här uppdraget</translation>
    </message>
    <message>
        <source>Already engaged in this request</source>
        <translation>Medverkar redan i det här uppdraget</translation>
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
        <source>the work is today</source>
        <translation>arbetet är i dag</translation>
    </message>
    <message>
        <source>the day of the work has passed</source>
        <translation>dagen för arbetet har redan passerat</translation>
    </message>
    <message>
        <source>another is on the same day</source>
        <translation>ett annat uppdrag är samma dag</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingWeightTexts</name>
    <message>
        <source>Points when the worker&apos;s lived experience is of the requested topic itself.</source>
        <translation>Poäng när erfarenhetsaktörens levda erfarenhet gäller just det efterfrågade ämnet.</translation>
    </message>
    <message>
        <source>Points when the experience is of a topic under the requested one (emergency placement for placement).</source>
        <translation>Poäng när erfarenheten gäller ett ämne under det efterfrågade (brådskande placering när placering efterfrågas).</translation>
    </message>
    <message>
        <source>Points when the experience is of a topic above the requested one (placement for emergency placement).</source>
        <translation>Poäng när erfarenheten gäller ett ämne ovanför det efterfrågade (placering när brådskande placering efterfrågas).</translation>
    </message>
    <message>
        <source>Points when the experience is of a topic beside the requested one, under the same parent.</source>
        <translation>Poäng när erfarenheten gäller ett ämne bredvid det efterfrågade, under samma överordnade ämne.</translation>
    </message>
    <message>
        <source>Added to the topic&apos;s points when the experience was lived from the perspective the request asks for.</source>
        <translation>Läggs till ämnets poäng när erfarenheten har upplevts ur det perspektiv som uppdraget efterfrågar.</translation>
    </message>
    <message>
        <source>A secondary topic of a request earns this share of what a primary topic earns.</source>
        <translation>Ett sekundärt ämne i ett uppdrag ger den här andelen av det som ett primärt ämne ger.</translation>
    </message>
    <message>
        <source>Points when the worker has said yes to the request&apos;s kind of work.</source>
        <translation>Poäng när erfarenhetsaktören har sagt ja till uppdragets arbetsform.</translation>
    </message>
    <message>
        <source>Points when the request&apos;s time fits the worker&apos;s weekly preferences; shared out when only some of the proposed times fit.</source>
        <translation>Poäng när uppdragets tid passar erfarenhetsaktörens önskemål per vecka; fördelas när bara en del av de föreslagna tiderna passar.</translation>
    </message>
    <message>
        <source>Points for a worker who has not stated weekly preferences.</source>
        <translation>Poäng för en erfarenhetsaktör som inte har angett önskemål per vecka.</translation>
    </message>
    <message>
        <source>Engagements this many days before or after today count as recent.</source>
        <translation>Uppdrag så här många dagar före eller efter i dag räknas som nyliga.</translation>
    </message>
    <message>
        <source>Taken off for each recent or planned engagement, so that the work is spread fairly.</source>
        <translation>Dras av för varje nylig eller planerad medverkan, så att arbetet fördelas rättvist.</translation>
    </message>
    <message>
        <source>Taken off for each recent invitation that led to no engagement.</source>
        <translation>Dras av för varje nylig inbjudan som inte ledde till någon medverkan.</translation>
    </message>
    <message>
        <source>Fair rotation never takes off more than this.</source>
        <translation>Rättvis turordning drar aldrig av mer än så här.</translation>
    </message>
    <message>
        <source>An engagement on an emotionally heavy topic this many days from the request&apos;s date weighs on the worker.</source>
        <translation>En medverkan i ett emotionellt tungt ämne så här många dagar från uppdragets datum tynger erfarenhetsaktören.</translation>
    </message>
    <message>
        <source>Taken off when the worker had such a heavy engagement that close.</source>
        <translation>Dras av när erfarenhetsaktören har haft en sådan tung medverkan så nära i tiden.</translation>
    </message>
    <message>
        <source>Without supervision or a debrief in this many days the candidate gets a note (no points).</source>
        <translation>Utan arbetshandledning eller avlastningssamtal under så här många dagar får kandidaten en anmärkning (inga poäng).</translation>
    </message>
    <message>
        <source>The year&apos;s fees with this request at or above this share of the worker&apos;s earnings ceiling count as near it.</source>
        <translation>Årets arvoden inklusive det här uppdraget räknas som nära inkomstgränsen när de når minst den här andelen av erfarenhetsaktörens inkomstgräns.</translation>
    </message>
    <message>
        <source>Taken off for paid work that brings the worker near the earnings ceiling.</source>
        <translation>Dras av för arvoderat arbete som för erfarenhetsaktören nära inkomstgränsen.</translation>
    </message>
    <message>
        <source>Taken off when the fee would take the worker over the earnings ceiling.</source>
        <translation>Dras av när arvodet skulle föra erfarenhetsaktören över inkomstgränsen.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poäng</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
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
    <name>Kohtaamo::RankingWeightsSection</name>
    <message>
        <source>Ranking weights</source>
        <translation>Rangordningens vikter</translation>
    </message>
    <message>
        <source>How the candidate list is ranked: the points each kind of fit earns and what protects a worker from too much work. The changes apply to every coordinator from their next candidate list.</source>
        <translation>Hur kandidatlistan rangordnas: poängen som varje typ av matchning ger och det som skyddar en erfarenhetsaktör mot för mycket arbete. Ändringarna gäller alla koordinatorer från och med deras nästa kandidatlista.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a weight&apos;s label before its input</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>From %1 to %2; the default is %3.</source>
        <translation>Från %1 till %2; standardvärdet är %3.</translation>
    </message>
    <message>
        <source>&amp;Save Weights</source>
        <translation>&amp;Spara vikterna</translation>
    </message>
    <message>
        <source>Save the ranking weights</source>
        <translation>Spara rangordningens vikter</translation>
    </message>
    <message>
        <source>Stores the weights for every coordinator (Enter in a weight)</source>
        <translation>Sparar vikterna för alla koordinatorer (Enter i en vikt)</translation>
    </message>
    <message>
        <source>&amp;Undo Changes</source>
        <translation>&amp;Ångra ändringarna</translation>
    </message>
    <message>
        <source>Undo the unsaved changes to the weights</source>
        <translation>Ångra de osparade ändringarna av vikterna</translation>
    </message>
    <message>
        <source>Puts back the stored weights (Escape in a weight)</source>
        <translation>Återställer de sparade vikterna (Escape i en vikt)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults…</source>
        <translation>Återställ stan&amp;dardvärdena…</translation>
    </message>
    <message>
        <source>Restore the default ranking weights</source>
        <translation>Återställ rangordningens standardvikter</translation>
    </message>
    <message>
        <source>Asks first, then puts every weight back to the value Kohtaamo comes with</source>
        <translation>Frågar först och återställer sedan varje vikt till det värde som Kohtaamo levereras med</translation>
    </message>
    <message>
        <source>The ranking weights could not be read: %1</source>
        <translation>Rangordningens vikter kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Reload Weights</source>
        <translation>Läs in vikterna &amp;på nytt</translation>
    </message>
    <message>
        <source>The weights were not saved: %1</source>
        <translation>Vikterna sparades inte: %1</translation>
    </message>
    <message>
        <source>The weights are saved.</source>
        <translation>Vikterna har sparats.</translation>
    </message>
    <message>
        <source>Restore Default Weights</source>
        <translation>Återställ standardvikterna</translation>
    </message>
    <message>
        <source>Put every ranking weight back to the value Kohtaamo comes with?</source>
        <translation>Återställa varje vikt i rangordningen till det värde som Kohtaamo levereras med?</translation>
    </message>
    <message>
        <source>This changes the ranking for every coordinator. Unsaved changes are dropped.</source>
        <translation>Det här ändrar rangordningen för alla koordinatorer. Osparade ändringar förkastas.</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Återställ standardvärdena</translation>
    </message>
    <message>
        <source>The defaults were not restored: %1</source>
        <translation>Standardvärdena återställdes inte: %1</translation>
    </message>
    <message>
        <source>Every weight is back at its default.</source>
        <translation>Alla vikter har återställts till sina standardvärden.</translation>
    </message>
    <message>
        <source>Only an admin can change the ranking weights.</source>
        <translation>Endast en administratör kan ändra rangordningens vikter.</translation>
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
    <name>Kohtaamo::RegisterFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det gick inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a worker register.</source>
        <translation>%1 är för stor för att vara ett register över erfarenhetsaktörer.</translation>
    </message>
    <message>
        <source>%1 is neither a CSV file nor an XLSX workbook (save the sheet as CSV or XLSX).</source>
        <translation>%1 är varken en CSV-fil eller en XLSX-arbetsbok (spara bladet som CSV eller XLSX).</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ReportChart</name>
    <message>
        <source>Commissions per month</source>
        <translation>Uppdrag per månad</translation>
    </message>
    <message>
        <source>Commissions by kind of work</source>
        <translation>Uppdrag per arbetsform</translation>
    </message>
    <message>
        <source>Commissions by topic (the ten most common)</source>
        <translation>Uppdrag per ämne (de tio vanligaste)</translation>
    </message>
    <message>
        <source>Hours per organisation</source>
        <translation>Timmar per organisation</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ReportDocument</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Results report %1</source>
        <translation>Resultatrapport %1</translation>
    </message>
    <message>
        <source>Period: %1–%2</source>
        <translation>Period: %1–%2</translation>
    </message>
    <message>
        <source>This report names no experience worker. Any count of fewer than 5 people is shown as “&lt; 5”.</source>
        <translation>Rapporten nämner ingen erfarenhetsaktör vid namn. Antal under 5 personer visas som ”&lt; 5”.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Ingenting under den här perioden.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Experience knowledge</source>
        <translation>Erfarenhetskunskap</translation>
    </message>
    <message>
        <source>The report could not be drawn on the page.</source>
        <translation>Rapporten kunde inte ritas på sidan.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ReportTableModel</name>
    <message>
        <source>Fewer than 5 people: shown as “&lt; 5” so that no one can be recognised.</source>
        <translation>Färre än 5 personer: visas som ”&lt; 5” så att ingen kan kännas igen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ReportsPage</name>
    <message>
        <source>&amp;Reports for Funders</source>
        <translation>Rapporter till &amp;finansiärer</translation>
    </message>
    <message>
        <source>Fees to Pa&amp;y</source>
        <translation>Arvoden att &amp;betala</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestDetailView</name>
    <message>
        <source>The request could not be read.</source>
        <translation>Uppdraget kunde inte läsas.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Avsl&amp;uta</translation>
    </message>
    <message>
        <source>Cancel re&amp;quest…</source>
        <translation>Ställ in &amp;uppdraget…</translation>
    </message>
    <message>
        <source>Move the request to “%1”</source>
        <translation>Flytta uppdraget till ”%1”</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Ställ in uppdraget</translation>
    </message>
    <message>
        <source>Why is request %1 cancelled? The reason stays in its history.</source>
        <translation>Varför ställs uppdrag %1 in? Orsaken sparas i uppdragets historik.</translation>
    </message>
    <message>
        <source>The request was not cancelled.</source>
        <translation>Uppdraget ställdes inte in.</translation>
    </message>
    <message>
        <source>A cancellation needs a reason.</source>
        <translation>En inställning behöver en orsak.</translation>
    </message>
    <message>
        <source>The request was not moved to “%1”.</source>
        <translation>Uppdraget flyttades inte till ”%1”.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (vald)</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Sista dag %1</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Inte angivet ännu</translation>
    </message>
    <message>
        <source>None yet: edit the request to tag it</source>
        <translation>Inga ännu: redigera uppdraget för att klassificera det</translation>
    </message>
    <message>
        <source>Topic #%1</source>
        <translation>Ämne #%1</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (primärt)</translation>
    </message>
    <message>
        <source>%1 (secondary)</source>
        <translation>%1 (sekundärt)</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>An adult of the organisation is present</source>
        <translation>En vuxen från organisationen är närvarande</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Spelas in</translation>
    </message>
    <message numerus="yes">
        <source>Limited to %n organisation(s)</source>
        <translation>
            <numerusform>Begränsat till %n organisation</numerusform>
            <numerusform>Begränsat till %n organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>No fee set</source>
        <translation>Inget arvode angivet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>%1

Notes: %2</source>
        <translation>%1

Anteckningar: %2</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Mottaget:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Uppdragsgivare:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Kind of work:</source>
        <translation>Arbetsform:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Ämnen:</translation>
    </message>
    <message>
        <source>Wanted perspective:</source>
        <translation>Önskat perspektiv:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>När:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Var:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Längd:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Målgrupp:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Workers needed:</source>
        <translation>Erfarenhetsaktörer som behövs:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Villkor:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Arvode:</translation>
    </message>
    <message>
        <source>What is asked:</source>
        <translation>Vad som efterfrågas:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historik:</translation>
    </message>
    <message>
        <source>No request chosen</source>
        <translation>Inget uppdrag valt</translation>
    </message>
    <message>
        <source>Choose a request in the list, or press New request (Ctrl+N) to log one.</source>
        <translation>Välj ett uppdrag i listan, eller tryck på Nytt uppdrag (Ctrl+N) för att föra in ett.</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The meeting was held: record attendance, hours, fees and debriefs, then close.</source>
        <translation>Mötet är genomfört: anteckna närvaro, timmar, arvoden och avlastningssamtal och avsluta sedan uppdraget.</translation>
    </message>
    <message>
        <source>Change what is asked, when, where, and the topics</source>
        <translation>Ändra vad som efterfrågas, när, var och ämnena</translation>
    </message>
    <message>
        <source>Attendance, hours, fees, debriefs, the summary and the experience knowledge</source>
        <translation>Närvaro, timmar, arvoden, avlastningssamtal, sammanfattningen och erfarenhetskunskapen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Öppna igen…</translation>
    </message>
    <message>
        <source>Make the request held again to correct its outcome (admins only; the reason is kept)</source>
        <translation>Gör uppdraget genomfört igen för att rätta resultatet (endast administratörer; orsaken sparas)</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Stäng uppdraget</translation>
    </message>
    <message>
        <source>Request %1 still lacks:</source>
        <translation>Uppdrag %1 saknar ännu:</translation>
    </message>
    <message>
        <source>Close it anyway? What is missing is written into its history.</source>
        <translation>Stäng ändå? Det som saknas skrivs in i historiken.</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>&amp;Stäng ändå</translation>
    </message>
    <message>
        <source>&amp;Go back and complete</source>
        <translation>&amp;Gå tillbaka och komplettera</translation>
    </message>
    <message>
        <source>Reopen request</source>
        <translation>Öppna uppdraget igen</translation>
    </message>
    <message>
        <source>Why is request %1 reopened? The reason stays in its history.</source>
        <translation>Varför öppnas uppdrag %1 igen? Orsaken sparas i historiken.</translation>
    </message>
    <message>
        <source>The request was not reopened.</source>
        <translation>Uppdraget öppnades inte igen.</translation>
    </message>
    <message>
        <source>The request on one page to print or save as PDF, for the requester and the file</source>
        <translation>Uppdraget på en sida att skriva ut eller spara som PDF, för uppdragsgivaren och arkivet</translation>
    </message>
    <message>
        <source>Mark tagged</source>
        <translation>Markera som klassificerat</translation>
    </message>
    <message>
        <source>Start inviting</source>
        <translation>Börja bjuda in</translation>
    </message>
    <message>
        <source>Confirm &amp;participants</source>
        <translation>Bekräfta &amp;deltagare</translation>
    </message>
    <message>
        <source>Mark he&amp;ld</source>
        <translation>Markera som gen&amp;omfört</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Redi&amp;gera…</translation>
    </message>
    <message>
        <source>Commission s&amp;ummary…</source>
        <translation>Uppdragssa&amp;mmanfattning…</translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>Ante&amp;ckna resultat…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Invi&amp;tations (%1)</source>
        <translation>Inb&amp;judningar (%1)</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Meddelanden (%1)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestDetailsForm</name>
    <message>
        <source>Reference:</source>
        <translation>Referensnummer:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Mottagningsdatum</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>&amp;Mottaget den:</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Vem frågar</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation>Uppdragsgivarens namn</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoriskt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Requester&apos;s unit or organisation</source>
        <translation>Uppdragsgivarens enhet eller organisation</translation>
    </message>
    <message>
        <source>e.g. Youth reception team, City of Turku</source>
        <translation>t.ex. Mottagningsteamet för unga, Åbo stad</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Requester&apos;s e-mail address</source>
        <translation>Uppdragsgivarens e-postadress</translation>
    </message>
    <message>
        <source>name@example.fi</source>
        <translation>namn@example.fi</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>Requester&apos;s phone number</source>
        <translation>Uppdragsgivarens telefonnummer</translation>
    </message>
    <message>
        <source>040 123 4567</source>
        <translation>040 123 4567</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Vad som efterfrågas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Required, e.g. Plain-language review of the placement brochure</source>
        <translation>Obligatoriskt, t.ex. Klarspråksgranskning av broschyren om placering</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Inte bestämt ännu</translation>
    </message>
    <message>
        <source>Given when the request is saved</source>
        <translation>Ges när uppdraget sparas</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Arbetsform</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>&amp;Arbetsform:</translation>
    </message>
    <message>
        <source>Requester&apos;s sector</source>
        <translation>Uppdragsgivarens sektor</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;ktor:</translation>
    </message>
    <message>
        <source>Funded activity</source>
        <translation>Finansierad verksamhet</translation>
    </message>
    <message>
        <source>Funded activit&amp;y:</source>
        <translation>&amp;Finansierad verksamhet:</translation>
    </message>
    <message>
        <source>The organisation&apos;s, when it has one</source>
        <translation>Organisationens egen, om den har en</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Funded activity #%1</source>
        <translation>Finansierad verksamhet #%1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestEditUndo</name>
    <message>
        <source>edit of request %1</source>
        <translation>redigering av uppdrag %1</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Uppdrag %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestEditorDialog</name>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Uppdrag</translation>
    </message>
    <message>
        <source>Top&amp;ics</source>
        <translation>&amp;Ämnen</translation>
    </message>
    <message>
        <source>&amp;When and Where</source>
        <translation>När och &amp;var</translation>
    </message>
    <message>
        <source>Te&amp;rms</source>
        <translation>V&amp;illkor</translation>
    </message>
    <message>
        <source>The topics could not be read.</source>
        <translation>Ämnena kunde inte läsas.</translation>
    </message>
    <message>
        <source>The topics could not be read: %1</source>
        <translation>Ämnena kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The organisations could not be read.</source>
        <translation>Organisationerna kunde inte läsas.</translation>
    </message>
    <message>
        <source>The organisations could not be read: %1</source>
        <translation>Organisationerna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>Nytt uppdrag</translation>
    </message>
    <message>
        <source>Edit Request %1</source>
        <translation>Redigera uppdrag %1</translation>
    </message>
    <message>
        <source>The request was not saved.</source>
        <translation>Uppdraget sparades inte.</translation>
    </message>
    <message>
        <source>Request Changed Meanwhile</source>
        <translation>Uppdraget har ändrats under tiden</translation>
    </message>
    <message>
        <source>Another coordinator saved this request while you were editing it. Your changes were not saved, and nothing of theirs was overwritten.</source>
        <translation>En annan koordinator sparade det här uppdraget medan du redigerade det. Dina ändringar sparades inte, och ingenting av det som den andra koordinatorn sparade skrevs över.</translation>
    </message>
    <message>
        <source>&amp;Reload and Discard My Changes</source>
        <translation>&amp;Läs in på nytt och förkasta mina ändringar</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
    <message>
        <source>Not saved: another coordinator changed this request. Saving again will be refused until you reload it; copy what you need from here first.</source>
        <translation>Inte sparat: en annan koordinator ändrade det här uppdraget. Nya försök att spara avvisas tills du läser in det på nytt; kopiera först det du behöver härifrån.</translation>
    </message>
    <message>
        <source>The stored request could not be read.</source>
        <translation>Det sparade uppdraget kunde inte läsas.</translation>
    </message>
    <message>
        <source>Reloaded: this is the request as it is stored now. Make your changes again and save.</source>
        <translation>Inläst på nytt: så här ser det sparade uppdraget ut nu. Gör dina ändringar igen och spara.</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Förkasta ändringarna?</translation>
    </message>
    <message>
        <source>Close without saving your changes to this request?</source>
        <translation>Stäng utan att spara dina ändringar i det här uppdraget?</translation>
    </message>
    <message>
        <source>The kinds of work could not be read.</source>
        <translation>Arbetsformerna kunde inte läsas.</translation>
    </message>
    <message>
        <source>The kinds of work could not be read: %1</source>
        <translation>Arbetsformerna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The funded activities could not be read.</source>
        <translation>De finansierade verksamheterna kunde inte läsas.</translation>
    </message>
    <message>
        <source>The funded activities could not be read: %1</source>
        <translation>De finansierade verksamheterna kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Open (not closed or cancelled)</source>
        <translation>Öppna (inte avslutade eller inställda)</translation>
    </message>
    <message>
        <source>Closed or cancelled</source>
        <translation>Avslutade eller inställda</translation>
    </message>
    <message>
        <source>All kinds of work</source>
        <translation>Alla arbetsformer</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ur bruk)</translation>
    </message>
    <message>
        <source>Work date from</source>
        <translation>Arbetsdatum från</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Mottaget från</translation>
    </message>
    <message>
        <source>Work date to</source>
        <translation>Arbetsdatum till</translation>
    </message>
    <message>
        <source>Received to</source>
        <translation>Mottaget till</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Reference, title, requester or unit</source>
        <translation>Referensnummer, rubrik, uppdragsgivare eller enhet</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Sök uppdrag</translation>
    </message>
    <message>
        <source>Shows the requests whose reference, title, requester or unit contains every word typed</source>
        <translation>Visar de uppdrag vars referensnummer, rubrik, uppdragsgivare eller enhet innehåller alla ord du har skrivit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Shows the requests tagged with this topic or a narrower one</source>
        <translation>Visar de uppdrag som har klassificerats med det här ämnet eller ett snävare ämne</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Rensa fi&amp;lter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>Work date</source>
        <translation>Arbetsdatum</translation>
    </message>
    <message>
        <source>Which date the range applies to</source>
        <translation>Vilket datum intervallet gäller</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Arbetsform</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>V&amp;isa:</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>Arbets&amp;form:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestImporter</name>
    <message>
        <source>no service type has the code %1</source>
        <translation>ingen arbetsform har koden %1</translation>
    </message>
    <message>
        <source>no topic has the code %1</source>
        <translation>inget ämne har koden %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>no organisation of the file or of the database is called %1</source>
        <translation>ingen organisation i filen eller databasen heter %1</translation>
    </message>
    <message>
        <source>only a cancelled request has a reason for the cancellation</source>
        <translation>endast ett inställt uppdrag har en orsak till att det ställts in</translation>
    </message>
    <message>
        <source>the request cannot be brought to %1: %2</source>
        <translation>uppdraget kan inte föras till %1: %2</translation>
    </message>
    <message>
        <source>no worker of the file has the key %1</source>
        <translation>ingen erfarenhetsaktör i filen har nyckeln %1</translation>
    </message>
    <message>
        <source>the worker has no invitation to this request in the file</source>
        <translation>erfarenhetsaktören har ingen inbjudan till det här uppdraget i filen</translation>
    </message>
    <message>
        <source>no coordinator of the file or of the database has the username %1</source>
        <translation>ingen koordinator i filen eller databasen har användarnamnet %1</translation>
    </message>
    <message>
        <source>no funded activity of the file is called %1</source>
        <translation>ingen finansierad verksamhet i filen heter %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestInboxQuery</name>
    <message>
        <source>A page of the request list cannot start or end before its first row.</source>
        <translation>En sida av uppdragslistan kan inte börja eller sluta före listans första rad.</translation>
    </message>
    <message>
        <source>The list has %1 requests, more than can be shown at once (%2). Narrow it with the other filters.</source>
        <translation>Listan har %1 uppdrag, fler än som kan visas på en gång (%2). Avgränsa den med de andra filtren.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestInboxView</name>
    <message>
        <source>1 request</source>
        <translation>1 uppdrag</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 uppdrag</translation>
    </message>
    <message>
        <source>The requests could not be read from the database. %1</source>
        <translation>Uppdragen kunde inte läsas från databasen. %1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Uppdrag</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestListModel</name>
    <message>
        <source>Topic #%1</source>
        <translation>Ämne #%1</translation>
    </message>
    <message>
        <source>Main topics: %1</source>
        <translation>Huvudämnen: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Dessutom: %1</translation>
    </message>
    <message>
        <source>Not tagged with topics yet.</source>
        <translation>Ännu inte klassificerat med ämnen.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>accepted workers / workers needed</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>requester, unit</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No time proposed and no deadline yet.</source>
        <translation>Ingen tid föreslagen och ingen sista dag ännu.</translation>
    </message>
    <message>
        <source>%1 of the %2 workers needed have accepted.</source>
        <translation>%1 av %2 som behövs har tackat ja.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Uppdragsgivare</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Work date</source>
        <translation>Arbetsdatum</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>The chosen time, else the earliest proposed time, else the deadline.</source>
        <translation>Den valda tiden, annars den tidigaste föreslagna tiden, annars sista dagen.</translation>
    </message>
    <message>
        <source>Workers who have accepted / workers needed</source>
        <translation>Erfarenhetsaktörer som tackat ja / erfarenhetsaktörer som behövs</translation>
    </message>
    <message>
        <source>Main topics first. This column cannot be sorted.</source>
        <translation>Huvudämnena först. Den här kolumnen kan inte sorteras.</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Arbetsform</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestOperations</name>
    <message>
        <source>Choose at least one experience worker to invite.</source>
        <translation>Välj minst en erfarenhetsaktör att bjuda in.</translation>
    </message>
    <message>
        <source>The request %1 “%2”</source>
        <translation>Uppdraget %1 ”%2”</translation>
    </message>
    <message>
        <source>Request %1 has no topics yet. Tag it before inviting experience workers.</source>
        <translation>Uppdrag %1 har ännu inga ämnen. Klassificera det innan du bjuder in erfarenhetsaktörer.</translation>
    </message>
    <message>
        <source>%1: attendance not recorded</source>
        <translation>%1: närvaron är inte registrerad</translation>
    </message>
    <message>
        <source>%1: no hours recorded</source>
        <translation>%1: inga timmar registrerade</translation>
    </message>
    <message>
        <source>%1: no debrief</source>
        <translation>%1: ingen efterbearbetning</translation>
    </message>
    <message>
        <source>%1: the fee is neither due nor declined</source>
        <translation>%1: arvodet är varken att betala eller avböjt</translation>
    </message>
    <message>
        <source>Still missing before the request is closed: %1.</source>
        <translation>Saknas ännu innan uppdraget stängs: %1.</translation>
    </message>
    <message>
        <source>Closed with gaps: %1</source>
        <translation>Stängt med luckor: %1</translation>
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
    <message>
        <source>“%1” is not an email address. Enter one like name@example.fi.</source>
        <translation>”%1” är inte en e-postadress. Ange en adress som namn@example.fi.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number. Enter one like 040 123 4567 or +358 40 123 4567.</source>
        <translation>”%1” är inte ett telefonnummer. Ange ett nummer som 040 123 4567 eller +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Only a closed request can be reopened; %1 is “%2”.</source>
        <translation>Endast ett stängt uppdrag kan öppnas igen; %1 är ”%2”.</translation>
    </message>
    <message>
        <source>Give a reason for reopening the request.</source>
        <translation>Ange varför uppdraget öppnas igen.</translation>
    </message>
    <message>
        <source>A proposed time (%1) is before the request was received (%2). Check the dates.</source>
        <translation>En föreslagen tid (%1) är före den dag uppdraget togs emot (%2). Kontrollera datumen.</translation>
    </message>
    <message>
        <source>The deadline (%1) is before the request was received (%2). Check the dates.</source>
        <translation>Sista dagen (%1) är före den dag uppdraget togs emot (%2). Kontrollera datumen.</translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 fit here. Shorten it.</source>
        <translation>Texten är %1 tecken lång; här ryms högst %2. Korta den.</translation>
    </message>
    <message>
        <source>There is no kind of work “%1”.</source>
        <translation>Arbetsformen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>Funded activity #%1 does not exist; someone may have removed it.</source>
        <translation>Finansierad verksamhet #%1 finns inte; någon kan ha tagit bort den.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestScheduleForm</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Proposed times</source>
        <translation>Föreslagna tider</translation>
    </message>
    <message>
        <source>&amp;Add Time</source>
        <translation>&amp;Lägg till tid</translation>
    </message>
    <message>
        <source>Add a proposed time</source>
        <translation>Lägg till en föreslagen tid</translation>
    </message>
    <message>
        <source>Remo&amp;ve Time</source>
        <translation>&amp;Ta bort tid</translation>
    </message>
    <message>
        <source>Remove the selected time</source>
        <translation>Ta bort den markerade tiden</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>Start of the selected time</source>
        <translation>Början av den markerade tiden</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Slutar kl.:</translation>
    </message>
    <message>
        <source>End time of the selected time</source>
        <translation>Sluttid för den markerade tiden</translation>
    </message>
    <message>
        <source>&amp;Chosen time</source>
        <translation>V&amp;ald tid</translation>
    </message>
    <message>
        <source>The time agreed with the requester. Only one time can be the chosen one.</source>
        <translation>Tiden som man har kommit överens om med uppdragsgivaren. Endast en tid kan vara den valda.</translation>
    </message>
    <message>
        <source>Proposed &amp;times:</source>
        <translation>&amp;Föreslagna tider:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Sista &amp;dag:</translation>
    </message>
    <message>
        <source>For work without a meeting, such as reviewing a brochure.</source>
        <translation>För arbete utan möte, till exempel granskning av en broschyr.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>for work without a meeting, such as reviewing a brochure</source>
        <translation>för arbete utan möte, till exempel granskning av en broschyr</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Re&amp;mote (online); no place or region</source>
        <translation>På distans (o&amp;nline); ingen plats eller område</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Address or building, e.g. Social services centre, Kalevantie 1</source>
        <translation>Adress eller byggnad, t.ex. Socialcentralen, Kalevantie 1</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>e.g. Varsinais-Suomi</source>
        <translation>t.ex. Egentliga Finland</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inte känd</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Län&amp;gd:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestShortcuts</name>
    <message>
        <source>Invite the checked candidates</source>
        <translation>Bjud in de markerade kandidaterna</translation>
    </message>
    <message>
        <source>Record: accepted</source>
        <translation>Anteckna: tackade ja</translation>
    </message>
    <message>
        <source>Record: declined…</source>
        <translation>Anteckna: tackade nej…</translation>
    </message>
    <message>
        <source>Confirm participants</source>
        <translation>Bekräfta deltagare</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Markera som genomfört</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Anteckna resultat…</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Avsluta uppdraget</translation>
    </message>
    <message>
        <source>Next request</source>
        <translation>Nästa uppdrag</translation>
    </message>
    <message>
        <source>Previous request</source>
        <translation>Föregående uppdrag</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestTermsForm</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>e.g. about 30 new social workers</source>
        <translation>t.ex. cirka 30 nya socialarbetare</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <source>Language of the work</source>
        <translation>Arbetets språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Workers needed</source>
        <translation>Erfarenhetsaktörer som behövs</translation>
    </message>
    <message>
        <source>Wor&amp;kers needed:</source>
        <translation>&amp;Erfarenhetsaktörer som behövs:</translation>
    </message>
    <message>
        <source>An adult of the organisation is &amp;present
(required when minors take part)</source>
        <translation>En vuxen från organisationen är &amp;närvarande
(krävs när minderåriga deltar)</translation>
    </message>
    <message>
        <source>An adult of the organisation is present (required when minors take part)</source>
        <translation>En vuxen från organisationen är närvarande (krävs när minderåriga deltar)</translation>
    </message>
    <message>
        <source>The event is recor&amp;ded or streamed</source>
        <translation>Evenemanget spelas in eller s&amp;trömmas</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Arvode</translation>
    </message>
    <message>
        <source>Fee per worker in euros</source>
        <translation>Arvode per erfarenhetsaktör i euro</translation>
    </message>
    <message>
        <source>Leave empty when no fee is offered.</source>
        <translation>Lämna tomt när inget arvode erbjuds.</translation>
    </message>
    <message>
        <source>€ per worker</source>
        <translation>€ per erfarenhetsaktör</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>Arvo&amp;de:</translation>
    </message>
    <message>
        <source>Fee terms</source>
        <translation>Arvodesvillkor</translation>
    </message>
    <message>
        <source>e.g. paid by the wellbeing services county, travel costs included</source>
        <translation>t.ex. betalas av välfärdsområdet, resekostnader ingår</translation>
    </message>
    <message>
        <source>Fee &amp;terms:</source>
        <translation>Arvodesvill&amp;kor:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Organisations whose workers may be asked:</source>
        <translation>&amp;Organisationer vars erfarenhetsaktörer får tillfrågas:</translation>
    </message>
    <message>
        <source>Organisations whose workers may be asked</source>
        <translation>Organisationer vars erfarenhetsaktörer får tillfrågas</translation>
    </message>
    <message>
        <source>None checked: workers of every organisation may be asked.</source>
        <translation>Inga markerade: erfarenhetsaktörer från alla organisationer får tillfrågas.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Organisation #%1</source>
        <translation>Organisation #%1</translation>
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
    <name>Kohtaamo::RequestsPage</name>
    <message>
        <source>The request could not be opened.</source>
        <translation>Uppdraget kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The request was saved but could not be marked as tagged.</source>
        <translation>Uppdraget sparades men kunde inte märkas som klassificerat.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nytt uppdrag</translation>
    </message>
    <message>
        <source>New request (%1)</source>
        <translation>Nytt uppdrag (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit request</source>
        <translation>&amp;Redigera uppdraget</translation>
    </message>
    <message>
        <source>Edit the chosen request (%1)</source>
        <translation>Redigera det valda uppdraget (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nytt uppdrag</translation>
    </message>
    <message>
        <source>Opens the form for a request that has just arrived.</source>
        <translation>Öppnar formuläret för en medverkan som just har kommit in.</translation>
    </message>
    <message>
        <source>Request inbox</source>
        <translation>Inkomna uppdrag</translation>
    </message>
    <message>
        <source>Chosen request</source>
        <translation>Valt uppdrag</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ResultsReport</name>
    <message>
        <source>The report needs the first day of its period.</source>
        <translation>Rapporten behöver periodens första dag.</translation>
    </message>
    <message>
        <source>The report needs the last day of its period.</source>
        <translation>Rapporten behöver periodens sista dag.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>The period is longer than five years.</source>
        <translation>Perioden är längre än fem år.</translation>
    </message>
    <message>
        <source>Experience workers</source>
        <translation>Erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Experience workers who took part</source>
        <translation>Erfarenhetsaktörer som deltog</translation>
    </message>
    <message>
        <source>Different experience workers who attended at least one event held in the period.</source>
        <translation>Olika erfarenhetsaktörer som deltog i minst ett evenemang som genomfördes under perioden.</translation>
    </message>
    <message>
        <source>New experience workers</source>
        <translation>Nya erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Of those, the workers who had attended no event held before the period began.</source>
        <translation>Av dem de erfarenhetsaktörer som inte hade deltagit i något evenemang före periodens början.</translation>
    </message>
    <message>
        <source>People are counted once, however many events they attended. Fewer than 5 is shown as “&lt; 5”.</source>
        <translation>Varje person räknas en gång, oavsett hur många evenemang hen deltog i. Färre än 5 visas som ”&lt; 5”.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Requests whose work date falls in the period, whatever their status.</source>
        <translation>Uppdrag vars arbetsdag infaller under perioden, oavsett status.</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Genomförda evenemang</translation>
    </message>
    <message>
        <source>Commissions of the period that were held or closed.</source>
        <translation>Periodens uppdrag som har genomförts eller avslutats.</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Erfarenhetsaktörernas uppdrag</translation>
    </message>
    <message>
        <source>Experience workers&apos; attended engagements in the events held.</source>
        <translation>Erfarenhetsaktörernas genomförda uppdrag i de genomförda evenemangen, ett per erfarenhetsaktör och evenemang.</translation>
    </message>
    <message>
        <source>Hours of experience work</source>
        <translation>Timmar erfarenhetsarbete</translation>
    </message>
    <message>
        <source>The hours recorded for the attended engagements, rounded to whole hours.</source>
        <translation>De timmar som antecknats för genomförd medverkan, avrundade till hela timmar.</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Nådda personer</translation>
    </message>
    <message>
        <source>The audience sizes recorded in the outcomes of the events held.</source>
        <translation>Publikstorlekarna som antecknats i resultaten för de genomförda evenemangen.</translation>
    </message>
    <message>
        <source>Requester feedback received</source>
        <translation>Mottagen respons från uppdragsgivare</translation>
    </message>
    <message>
        <source>Events held whose outcome records the requester&apos;s feedback.</source>
        <translation>Genomförda evenemang där resultatet innehåller uppdragsgivarens respons.</translation>
    </message>
    <message>
        <source>Experience knowledge entries</source>
        <translation>Anteckningar om erfarenhetskunskap</translation>
    </message>
    <message>
        <source>Entries of experience knowledge recorded in the period.</source>
        <translation>Anteckningar om erfarenhetskunskap som gjorts under perioden.</translation>
    </message>
    <message>
        <source>Critical points</source>
        <translation>Kritiska punkter</translation>
    </message>
    <message>
        <source>Of those, the entries marked as a critical point of the life course.</source>
        <translation>Av dem de anteckningar som markerats som en kritisk punkt i livsloppet.</translation>
    </message>
    <message>
        <source>The period&apos;s figures at a glance; the tables below break them down.</source>
        <translation>Periodens siffror i korthet; tabellerna nedan bryter ned dem.</translation>
    </message>
    <message>
        <source>Commissions per month</source>
        <translation>Uppdrag per månad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Commissions by the month of their work date.</source>
        <translation>Uppdrag efter arbetsdagens månad.</translation>
    </message>
    <message>
        <source>Commissions by kind of work</source>
        <translation>Uppdrag per arbetsform</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Arbetsform</translation>
    </message>
    <message>
        <source>Commissions of the period by their kind of work (service type).</source>
        <translation>Periodens uppdrag per arbetsform.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Commissions by topic</source>
        <translation>Uppdrag per ämne</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Commissions of the period by their primary topics; a commission with several primary topics is counted under each.</source>
        <translation>Periodens uppdrag per huvudämne; ett uppdrag med flera huvudämnen räknas under vart och ett.</translation>
    </message>
    <message>
        <source>Commissions by requester sector</source>
        <translation>Uppdrag per uppdragsgivarens sektor</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Commissions of the period by the sector of the requester.</source>
        <translation>Periodens uppdrag efter uppdragsgivarens sektor.</translation>
    </message>
    <message>
        <source>Commissions by status</source>
        <translation>Uppdrag per status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commissions of the period by their status when the report was made.</source>
        <translation>Periodens uppdrag efter deras status när rapporten gjordes.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <source>Requesting organisation or unit</source>
        <translation>Beställande organisation eller enhet</translation>
    </message>
    <message>
        <source>The organisations and units that requested the commissions of the period, with the number of commissions each.</source>
        <translation>De organisationer och enheter som gav periodens uppdrag, med antalet uppdrag för var och en.</translation>
    </message>
    <message>
        <source>Experience workers by organisation</source>
        <translation>Erfarenhetsaktörer per organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Experience workers who took part, by the organisation they belong to.</source>
        <translation>Erfarenhetsaktörer som deltog, efter den organisation de hör till.</translation>
    </message>
    <message>
        <source>Experience workers by title</source>
        <translation>Erfarenhetsaktörer per titel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Experience workers who took part, by their title.</source>
        <translation>Erfarenhetsaktörer som deltog, efter titel.</translation>
    </message>
    <message>
        <source>Experience workers by age group</source>
        <translation>Erfarenhetsaktörer per åldersgrupp</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Experience workers who took part, by their age on the last day of the period.</source>
        <translation>Erfarenhetsaktörer som deltog, efter ålder på periodens sista dag.</translation>
    </message>
    <message>
        <source>Hours by organisation</source>
        <translation>Timmar per organisation</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>The hours recorded for the attended engagements, by the worker&apos;s organisation.</source>
        <translation>De timmar som antecknats för genomförd medverkan, efter erfarenhetsaktörens organisation.</translation>
    </message>
    <message>
        <source>Preparation and debrief</source>
        <translation>Förberedelse och avlastningssamtal</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Förberedelse</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Avlastningssamtal</translation>
    </message>
    <message>
        <source>Of the attended engagements, the share prepared with the worker beforehand and the share debriefed afterwards (rounded to whole per cent).</source>
        <translation>Av den genomförda medverkan andelen där erfarenhetsaktören förbereddes i förväg och andelen med avlastningssamtal efteråt (avrundat till hela procent).</translation>
    </message>
    <message>
        <source>Experience knowledge</source>
        <translation>Erfarenhetskunskap</translation>
    </message>
    <message>
        <source>Life-course phase</source>
        <translation>Livsskede</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Critical point</source>
        <translation>Kritisk punkt</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Antecknat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The entries of experience knowledge recorded in the period, by life-course phase, with their texts as recorded.</source>
        <translation>Anteckningarna om erfarenhetskunskap under perioden per livsskede, med texterna så som de antecknats.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Experience knowledge by life-course phase</source>
        <translation>Erfarenhetskunskap per livsskede</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Entries of experience knowledge recorded in the period and the critical points among them, by the phase of the life course they concern.</source>
        <translation>Anteckningar om erfarenhetskunskap under perioden och de kritiska punkterna bland dem, efter det livsskede de gäller.</translation>
    </message>
    <message>
        <source>Experience knowledge by topic</source>
        <translation>Erfarenhetskunskap per ämne</translation>
    </message>
    <message>
        <source>Entries of experience knowledge recorded in the period by topic; an entry with several topics is counted under each.</source>
        <translation>Anteckningar om erfarenhetskunskap under perioden per ämne; en anteckning med flera ämnen räknas under vart och ett.</translation>
    </message>
    <message>
        <source>Expert by experience</source>
        <translation>Erfarenhetsexpert</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Kamratstödjare</translation>
    </message>
    <message>
        <source>Peer relative</source>
        <translation>Anhörig kamratstödjare</translation>
    </message>
    <message>
        <source>Experience partner</source>
        <translation>Erfarenhetspartner</translation>
    </message>
    <message>
        <source>Youth developer</source>
        <translation>Ungdomsutvecklare</translation>
    </message>
    <message>
        <source>Veturi mentor</source>
        <translation>Veturi-mentor</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>Annan titel</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Graviditet</translation>
    </message>
    <message>
        <source>Early childhood</source>
        <translation>Tidig barndom</translation>
    </message>
    <message>
        <source>School age</source>
        <translation>Skolålder</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <source>Transition to adulthood</source>
        <translation>Att bli vuxen</translation>
    </message>
    <message>
        <source>Adulthood</source>
        <translation>Vuxen ålder</translation>
    </message>
    <message>
        <source>Parenthood</source>
        <translation>Föräldraskap</translation>
    </message>
    <message>
        <source>Old age</source>
        <translation>Ålderdom</translation>
    </message>
    <message>
        <source>Phase not given</source>
        <translation>Livsskede inte angivet</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>Offentliga tjänster</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Organisations and associations</source>
        <translation>Organisationer och föreningar</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>Forskning och utveckling</translation>
    </message>
    <message>
        <source>Other sector</source>
        <translation>Annan sektor</translation>
    </message>
    <message>
        <source>Sector not given</source>
        <translation>Sektor inte angiven</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>18–29</source>
        <translation>18–29</translation>
    </message>
    <message>
        <source>30–44</source>
        <translation>30–44</translation>
    </message>
    <message>
        <source>45–64</source>
        <translation>45–64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 och äldre</translation>
    </message>
    <message>
        <source>Age not recorded</source>
        <translation>Ålder inte antecknad</translation>
    </message>
    <message>
        <source>Requester feedback</source>
        <translation>Respons från uppdragsgivare</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>The feedback the requesters gave on the events held in the period, as recorded in the outcomes, by the month of the work date. No experience worker is named.</source>
        <translation>Den respons som uppdragsgivarna gav på de evenemang som genomfördes under perioden, så som den antecknats i resultaten, efter arbetsdagens månad. Ingen erfarenhetsaktör nämns vid namn.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RetentionDialog</name>
    <message>
        <source>Apply the retention rules</source>
        <translation>Tillämpa förvaringsreglerna</translation>
    </message>
    <message>
        <source>These are due under the office&apos;s retention rules (Settings ▸ Retention). Erasing and pruning cannot be undone; counts, hours and fees stay in the statistics.</source>
        <translation>Enligt kontorets förvaringsregler (Inställningar ▸ Förvaringstid) ska följande raderas och rensas. Radering och rensning kan inte ångras; antal, timmar och arvoden finns kvar i statistiken.</translation>
    </message>
    <message>
        <source>Worker to erase</source>
        <translation>Erfarenhetsaktör som raderas</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <source>Workers to erase</source>
        <translation>Erfarenhetsaktörer som raderas</translation>
    </message>
    <message>
        <source>%1 audit entries from %2 to %3 hold personal values: they become “[pruned]”; who changed what, when and in which record stays.</source>
        <translation>%1 loggposter från %2 till %3 innehåller personuppgifter: de ersätts med ”[pruned]”; vem som ändrade vad, när och vad det gällde finns kvar.</translation>
    </message>
    <message>
        <source>&amp;Erase and prune</source>
        <translation>&amp;Radera och rensa</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RetentionPanel</name>
    <message numerus="yes">
        <source>%Ln worker left more than %1 years ago: erase…</source>
        <translation>
            <numerusform>%Ln erfarenhetsaktör slutade för mer än %1 år sedan: radera…</numerusform>
            <numerusform>%Ln erfarenhetsaktörer slutade för mer än %1 år sedan: radera…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workers left more than %1 years ago: erase…</source>
        <translation>
            <numerusform>%Ln erfarenhetsaktör slutade för mer än %1 år sedan: radera…</numerusform>
            <numerusform>%Ln erfarenhetsaktörer slutade för mer än %1 år sedan: radera…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry with personal values</source>
        <translation>
            <numerusform>%Ln post med personuppgifter</numerusform>
            <numerusform>%Ln poster med personuppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries with personal values</source>
        <translation>
            <numerusform>%Ln post med personuppgifter</numerusform>
            <numerusform>%Ln poster med personuppgifter</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit entries older than %1 years hold personal data: prune…</source>
        <translation>Loggposter äldre än %1 år innehåller personuppgifter: rensa…</translation>
    </message>
    <message>
        <source>Opens the confirmation</source>
        <translation>Öppnar bekräftelsen</translation>
    </message>
    <message>
        <source>Workers erased: %1. Audit entries pruned: %2.</source>
        <translation>Raderade erfarenhetsaktörer: %1. Rensade loggposter: %2.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RetentionSection</name>
    <message>
        <source>Retention</source>
        <translation>Förvaringstid</translation>
    </message>
    <message>
        <source>Saved. What the rules find due appears on an admin&apos;s Today page to be confirmed.</source>
        <translation>Sparat. Det som enligt reglerna ska raderas eller rensas visas under I dag hos en administratör, för att bekräftas.</translation>
    </message>
    <message>
        <source>Only an admin can change the retention rules.</source>
        <translation>Endast en administratör kan ändra förvaringsreglerna.</translation>
    </message>
    <message>
        <source>How long the office keeps personal data it no longer needs. Nothing is erased by itself: what is due appears on an admin&apos;s Today page, to be confirmed. Only an admin can change the rules.</source>
        <translation>Hur länge kontoret förvarar personuppgifter som det inte längre behöver. Ingenting raderas av sig självt: det som ska raderas eller rensas visas under I dag hos en administratör, för att bekräftas. Endast en administratör kan ändra reglerna.</translation>
    </message>
    <message>
        <source>Erase &amp;workers who left more than:</source>
        <translation>Radera &amp;erfarenhetsaktörer som slutade för mer än:</translation>
    </message>
    <message>
        <source>Erase workers who left more than this many years ago</source>
        <translation>Radera erfarenhetsaktörer som slutade för mer än så här många år sedan</translation>
    </message>
    <message>
        <source> years ago</source>
        <translation> år sedan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Their record stays as an anonymous row, so counts, hours and fees stay in the statistics. 0 = off.</source>
        <translation>Deras uppgifter blir kvar som en anonym rad, så att antal, timmar och arvoden finns kvar i statistiken. 0 = av.</translation>
    </message>
    <message>
        <source>Prune the &amp;audit log&apos;s personal values after:</source>
        <translation>Rensa &amp;granskningsloggens personuppgifter efter:</translation>
    </message>
    <message>
        <source>Prune personal values from audit entries older than this many years</source>
        <translation>Rensa personuppgifter från loggposter som är äldre än så här många år</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Names, contact details and free texts in old audit entries become “[pruned]”; who changed what, when and in which record stays. 0 = off.</source>
        <translation>Namn, kontaktuppgifter och fria texter i gamla loggposter ersätts med ”[pruned]”; vem som ändrade vad, när och vad det gällde finns kvar. 0 = av.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RowReader</name>
    <message>
        <source>The read was stopped.</source>
        <translation>Läsningen avbröts.</translation>
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
    <name>Kohtaamo::SearchIndex</name>
    <message>
        <source>fast search (SQLite full-text index)</source>
        <translation>snabb sökning (SQLite-fulltextindex)</translation>
    </message>
    <message>
        <source>fast search (pg_trgm)</source>
        <translation>snabb sökning (pg_trgm)</translation>
    </message>
    <message>
        <source>plain search: ask your administrator to install postgresql-contrib</source>
        <translation>enkel sökning: be din administratör installera postgresql-contrib</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SectionMessage</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Inställningarnas avsnitt</translation>
    </message>
    <message>
        <source>Choose a section with the arrow keys; Tab goes into it</source>
        <translation>Välj ett avsnitt med piltangenterna; med Tab går du in i det</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SettingsUndo</name>
    <message>
        <source>The ranking weights</source>
        <translation>Rangordningens vikter</translation>
    </message>
    <message>
        <source>change of the ranking weights</source>
        <translation>ändring av rangordningens vikter</translation>
    </message>
    <message>
        <source>edit of the topic “%1”</source>
        <translation>redigering av ämnet ”%1”</translation>
    </message>
    <message>
        <source>The topic “%1”</source>
        <translation>Ämnet ”%1”</translation>
    </message>
    <message>
        <source>change of the organisation “%1”</source>
        <translation>ändring av organisationen ”%1”</translation>
    </message>
    <message>
        <source>The organisation “%1”</source>
        <translation>Organisationen ”%1”</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SmtpSender</name>
    <message>
        <source>“%1” is not a mail server address: write smtp://host:587 (STARTTLS) or smtps://host:465 (TLS).</source>
        <translation>”%1” är inte en adress till en e-postserver: skriv smtp://värd:587 (STARTTLS) eller smtps://värd:465 (TLS).</translation>
    </message>
    <message>
        <source>The mail server address “%1” names no host.</source>
        <translation>E-postserverns adress ”%1” anger ingen värd.</translation>
    </message>
    <message>
        <source>The mail could not be sent: libcurl could not start.</source>
        <translation>Meddelandet kunde inte skickas: libcurl kunde inte starta.</translation>
    </message>
    <message>
        <source>The mail server did not take the message: %1</source>
        <translation>E-postservern tog inte emot meddelandet: %1</translation>
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
    <name>Kohtaamo::StoredEditCommand</name>
    <message>
        <source>Kohtaamo could not undo the %1.</source>
        <translation>Kohtaamo kunde inte ångra: %1.</translation>
    </message>
    <message>
        <source>Kohtaamo could not redo the %1.</source>
        <translation>Kohtaamo kunde inte göra om: %1.</translation>
    </message>
    <message>
        <source>%1 has changed since this edit (a workflow step or another coordinator&apos;s save); undoing or redoing it now would overwrite that.</source>
        <translation>%1 har ändrats efter den här redigeringen (ett steg i arbetsflödet eller en annan koordinators sparande); att ångra eller göra om den nu skulle skriva över den ändringen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SubjectAccessDocument</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Uppgifter som finns lagrade om %1</translation>
    </message>
    <message>
        <source>Everything %1 holds about this person, as stored, on %2 (made by %3). Each part below is one kind of record; an empty part says so.</source>
        <translation>Allt som %1 har lagrat om den här personen, så som det är lagrat, den %2 (gjort av %3). Varje avsnitt nedan gäller en typ av uppgifter; ett tomt avsnitt anger att det är tomt.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Lived experience</source>
        <translation>Levd erfarenhet</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Arbetsformer</translation>
    </message>
    <message>
        <source>Unavailable periods</source>
        <translation>Perioder då hen inte är tillgänglig</translation>
    </message>
    <message>
        <source>Consents and their history</source>
        <translation>Samtycken och deras historik</translation>
    </message>
    <message>
        <source>Requests taken part in or invited to</source>
        <translation>Uppdrag som hen har deltagit i eller bjudits in till</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <source>Answers and reminders</source>
        <translation>Svar och påminnelser</translation>
    </message>
    <message>
        <source>Engagements, hours and fees</source>
        <translation>Medverkan, timmar och arvoden</translation>
    </message>
    <message>
        <source>Changes to tell</source>
        <translation>Ändringar att informera om</translation>
    </message>
    <message>
        <source>Experience knowledge naming them</source>
        <translation>Erfarenhetskunskap där hen nämns</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Audit log entries about them</source>
        <translation>Poster i granskningsloggen om hen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>The subject access document could not be drawn on the page.</source>
        <translation>Registerutdraget kunde inte ritas på sidan.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TeamSuggester</name>
    <message>
        <source>topic #%1</source>
        <translation>ämne #%1</translation>
    </message>
    <message>
        <source>Better: %1</source>
        <translation>Bättre: %1</translation>
    </message>
    <message>
        <source>A new perspective: %1</source>
        <translation>Ett nytt perspektiv: %1</translation>
    </message>
    <message>
        <source>Next best by score (%1 points); adds no new topic or perspective</source>
        <translation>Näst bäst enligt poäng (%1 poäng); tillför inget nytt ämne eller perspektiv</translation>
    </message>
    <message>
        <source>Nobody in the team has experience of %1</source>
        <translation>Ingen i teamet har erfarenhet av %1</translation>
    </message>
    <message>
        <source>Nobody in the team has experience of %1 %2</source>
        <translation>Ingen i teamet har erfarenhet av %1 %2</translation>
    </message>
    <message>
        <source>Only %1 of the %2 workers needed can be suggested</source>
        <translation>Endast %1 av %2 som behövs kan föreslås</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TodayPage</name>
    <message>
        <source>The numbers could not be read from the database. %1</source>
        <translation>Siffrorna kunde inte läsas från databasen. %1</translation>
    </message>
    <message>
        <source>Requests not yet tagged</source>
        <translation>Uppdrag som ännu inte klassificerats</translation>
    </message>
    <message>
        <source>Requests with invitations waiting for an answer</source>
        <translation>Uppdrag med inbjudningar som väntar på svar</translation>
    </message>
    <message>
        <source>Requests with engagements in the next 14 days</source>
        <translation>Uppdrag med medverkan inom de närmaste 14 dagarna</translation>
    </message>
    <message>
        <source>Requests with engagements held without a debrief</source>
        <translation>Uppdrag där medverkan har genomförts utan avlastningssamtal</translation>
    </message>
    <message>
        <source>Requests with fees not yet paid</source>
        <translation>Uppdrag med arvoden som ännu inte betalats</translation>
    </message>
    <message>
        <source>Workers whose consent to be contacted expires soon</source>
        <translation>Erfarenhetsaktörer vars samtycke till att bli kontaktade snart går ut</translation>
    </message>
    <message>
        <source>Workers on a recovery break or at their monthly limit</source>
        <translation>Erfarenhetsaktörer med återhämtningspaus eller som nått sin månadsgräns</translation>
    </message>
    <message>
        <source>Requests to bring to the group meeting</source>
        <translation>Uppdrag att ta upp på gruppmötet</translation>
    </message>
    <message>
        <source>%1 no longer active</source>
        <translation>%1 inte längre aktiva</translation>
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
    <message numerus="yes">
        <source>%Ln request not yet tagged</source>
        <translation>
            <numerusform>%Ln uppdrag har ännu inte klassificerats</numerusform>
            <numerusform>%Ln uppdrag har ännu inte klassificerats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests not yet tagged</source>
        <translation>
            <numerusform>%Ln uppdrag har ännu inte klassificerats</numerusform>
            <numerusform>%Ln uppdrag har ännu inte klassificerats</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag them with topics so that the right experience workers can be found.</source>
        <translation>Klassificera dem med ämnen så att rätt erfarenhetsaktörer kan hittas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation waiting for an answer</source>
        <translation>
            <numerusform>%Ln inbjudan väntar på svar</numerusform>
            <numerusform>%Ln inbjudningar väntar på svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations waiting for an answer</source>
        <translation>
            <numerusform>%Ln inbjudan väntar på svar</numerusform>
            <numerusform>%Ln inbjudningar väntar på svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent more than %Ln day ago; remind or ask someone else.</source>
        <translation>
            <numerusform>Skickades för mer än %Ln dag sedan; påminn eller fråga någon annan.</numerusform>
            <numerusform>Skickades för mer än %Ln dagar sedan; påminn eller fråga någon annan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent more than %Ln days ago; remind or ask someone else.</source>
        <translation>
            <numerusform>Skickades för mer än %Ln dag sedan; påminn eller fråga någon annan.</numerusform>
            <numerusform>Skickades för mer än %Ln dagar sedan; påminn eller fråga någon annan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagement held without a debrief</source>
        <translation>
            <numerusform>%Ln uppdrag för en erfarenhetsaktör genomfört utan avlastningssamtal</numerusform>
            <numerusform>%Ln uppdrag för erfarenhetsaktörer genomförda utan avlastningssamtal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagements held without a debrief</source>
        <translation>
            <numerusform>%Ln uppdrag för en erfarenhetsaktör genomfört utan avlastningssamtal</numerusform>
            <numerusform>%Ln uppdrag för erfarenhetsaktörer genomförda utan avlastningssamtal</numerusform>
        </translation>
    </message>
    <message>
        <source>Every experience worker gets a debrief after the event.</source>
        <translation>Varje erfarenhetsaktör får ett avlastningssamtal efter evenemanget.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fee not yet paid</source>
        <translation>
            <numerusform>%Ln arvode har ännu inte betalats</numerusform>
            <numerusform>%Ln arvoden har ännu inte betalats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fees not yet paid</source>
        <translation>
            <numerusform>%Ln arvode har ännu inte betalats</numerusform>
            <numerusform>%Ln arvoden har ännu inte betalats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in fees and travel costs still to pay.</source>
        <translation>%1 i arvoden och resekostnader återstår att betala.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln worker&apos;s consent to be contacted expires soon</source>
        <translation>
            <numerusform>%Ln erfarenhetsaktörs samtycke till att bli kontaktad går snart ut</numerusform>
            <numerusform>%Ln erfarenhetsaktörers samtycken till att bli kontaktade går snart ut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workers&apos; consents to be contacted expire soon</source>
        <translation>
            <numerusform>%Ln erfarenhetsaktörs samtycke till att bli kontaktad går snart ut</numerusform>
            <numerusform>%Ln erfarenhetsaktörers samtycken till att bli kontaktade går snart ut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %Ln day; ask them to renew it.</source>
        <translation>
            <numerusform>Inom %Ln dag; be om ett förnyat samtycke.</numerusform>
            <numerusform>Inom %Ln dagar; be om ett förnyat samtycke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %Ln days; ask them to renew it.</source>
        <translation>
            <numerusform>Inom %Ln dag; be om ett förnyat samtycke.</numerusform>
            <numerusform>Inom %Ln dagar; be om ett förnyat samtycke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln worker resting: do not ask for now</source>
        <translation>
            <numerusform>%Ln erfarenhetsaktör vilar: fråga hen inte just nu</numerusform>
            <numerusform>%Ln erfarenhetsaktörer vilar: fråga dem inte just nu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workers resting: do not ask them for now</source>
        <translation>
            <numerusform>%Ln erfarenhetsaktör vilar: fråga hen inte just nu</numerusform>
            <numerusform>%Ln erfarenhetsaktörer vilar: fråga dem inte just nu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on a recovery break, %2 at their monthly limit.</source>
        <translation>%1 har återhämtningspaus, %2 har nått sin månadsgräns.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagement in the next 14 days</source>
        <translation>
            <numerusform>%Ln uppdrag för en erfarenhetsaktör inom de närmaste 14 dagarna</numerusform>
            <numerusform>%Ln uppdrag för erfarenhetsaktörer inom de närmaste 14 dagarna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagements in the next 14 days</source>
        <translation>
            <numerusform>%Ln uppdrag för en erfarenhetsaktör inom de närmaste 14 dagarna</numerusform>
            <numerusform>%Ln uppdrag för erfarenhetsaktörer inom de närmaste 14 dagarna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln request; check the preparation.</source>
        <translation>
            <numerusform>I %Ln uppdrag; kontrollera förberedelserna.</numerusform>
            <numerusform>I %Ln uppdrag; kontrollera förberedelserna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln requests; check the preparation.</source>
        <translation>
            <numerusform>I %Ln uppdrag; kontrollera förberedelserna.</numerusform>
            <numerusform>I %Ln uppdrag; kontrollera förberedelserna.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group&apos;s meeting days are not set yet: set them with “Meeting days…”.</source>
        <translation>Gruppens mötesdagar har inte angetts ännu: ange dem med ”Mötesdagar…”.</translation>
    </message>
    <message>
        <source>The group meets today. Requests still looking for workers, received since %1.</source>
        <translation>Gruppen träffas i dag. Uppdrag som fortfarande söker erfarenhetsaktörer, mottagna sedan %1.</translation>
    </message>
    <message numerus="yes">
        <source>The group meets on %1, in %Ln day.</source>
        <translation>
            <numerusform>Gruppen träffas %1, om %Ln dag.</numerusform>
            <numerusform>Gruppen träffas %1, om %Ln dagar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group meets on %1, in %Ln days.</source>
        <translation>
            <numerusform>Gruppen träffas %1, om %Ln dag.</numerusform>
            <numerusform>Gruppen träffas %1, om %Ln dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests still looking for workers, received since %1.</source>
        <translation>Uppdrag som fortfarande söker erfarenhetsaktörer, mottagna sedan %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request to bring to the group meeting</source>
        <translation>
            <numerusform>%Ln uppdrag att ta upp på gruppmötet</numerusform>
            <numerusform>%Ln uppdrag att ta upp på gruppmötet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests to bring to the group meeting</source>
        <translation>
            <numerusform>%Ln uppdrag att ta upp på gruppmötet</numerusform>
            <numerusform>%Ln uppdrag att ta upp på gruppmötet</numerusform>
        </translation>
    </message>
    <message>
        <source>Group meeting days</source>
        <translation>Gruppens mötesdagar</translation>
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
        <translation>Pågående uppdrag</translation>
    </message>
    <message>
        <source>Needs doing</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>På kommande</translation>
    </message>
    <message>
        <source>Meeting &amp;days…</source>
        <translation>Mötes&amp;dagar…</translation>
    </message>
    <message>
        <source>When the group meets: the first meeting and how often.</source>
        <translation>När gruppen träffas: det första mötet och hur ofta.</translation>
    </message>
    <message>
        <source>Opens the list: %1</source>
        <translation>Öppnar listan: %1</translation>
    </message>
    <message>
        <source>Requests with messages that could not be sent</source>
        <translation>Uppdrag med meddelanden som inte kunde skickas</translation>
    </message>
    <message>
        <source>Requests with messages waiting for approval</source>
        <translation>Uppdrag med meddelanden som väntar på godkännande</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message could not be sent</source>
        <translation>
            <numerusform>%Ln meddelande kunde inte skickas</numerusform>
            <numerusform>%Ln meddelanden kunde inte skickas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages could not be sent</source>
        <translation>
            <numerusform>%Ln meddelande kunde inte skickas</numerusform>
            <numerusform>%Ln meddelanden kunde inte skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer is on the request&apos;s Messages tab; they go again with the next send.</source>
        <translation>Serverns svar finns på uppdragets flik Meddelanden; de skickas igen vid nästa sändning.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft waits for approval</source>
        <translation>
            <numerusform>%Ln utkast väntar på godkännande</numerusform>
            <numerusform>%Ln utkast väntar på godkännande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drafts wait for approval</source>
        <translation>
            <numerusform>%Ln utkast väntar på godkännande</numerusform>
            <numerusform>%Ln utkast väntar på godkännande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved message waits to be sent.</source>
        <translation>
            <numerusform>%Ln godkänt meddelande väntar på att skickas.</numerusform>
            <numerusform>%Ln godkända meddelanden väntar på att skickas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved messages wait to be sent.</source>
        <translation>
            <numerusform>%Ln godkänt meddelande väntar på att skickas.</numerusform>
            <numerusform>%Ln godkända meddelanden väntar på att skickas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminders are due (or the office has no sender address in Settings ▸ E-mail).</source>
        <translation>Inga påminnelser är aktuella (eller så har kontoret ingen avsändaradress under Inställningar ▸ E-post).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder written: read and approve it.</source>
        <translation>
            <numerusform>%Ln påminnelse skriven: läs och godkänn den.</numerusform>
            <numerusform>%Ln påminnelser skrivna: läs och godkänn dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminders written: read and approve them.</source>
        <translation>
            <numerusform>%Ln påminnelse skriven: läs och godkänn den.</numerusform>
            <numerusform>%Ln påminnelser skrivna: läs och godkänn dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write due &amp;reminders</source>
        <translation>Skriv aktuella &amp;påminnelser</translation>
    </message>
    <message>
        <source>A reminder to each worker invited by e-mail who has not answered in time, and to the team of a meeting in the next days; each waits for your approval.</source>
        <translation>En påminnelse till varje erfarenhetsaktör som bjudits in per e-post och inte svarat i tid, och till teamet för ett möte de närmaste dagarna; var och en väntar på ditt godkännande.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TopicEditForm</name>
    <message>
        <source>Name in &amp;Finnish:</source>
        <translation>Namn på &amp;finska:</translation>
    </message>
    <message>
        <source>Topic name in Finnish</source>
        <translation>Ämnets namn på finska</translation>
    </message>
    <message>
        <source>Name in S&amp;wedish:</source>
        <translation>Namn på s&amp;venska:</translation>
    </message>
    <message>
        <source>Topic name in Swedish</source>
        <translation>Ämnets namn på svenska</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Namn på &amp;engelska:</translation>
    </message>
    <message>
        <source>Topic name in English</source>
        <translation>Ämnets namn på engelska</translation>
    </message>
    <message>
        <source>Shown in the pickers of coordinators using this language; a missing name falls back to English, then Finnish.</source>
        <translation>Visas i ämnesväljarna för koordinatorer som använder det här språket; saknas namnet visas det engelska och i sista hand det finska.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>Topic code</source>
        <translation>Ämneskod</translation>
    </message>
    <message>
        <source>The topic&apos;s stable key, such as child_protection.placement: lower-case letters, digits and underscores, dots between levels. Cannot change once saved.</source>
        <translation>Ämnets beständiga nyckel, till exempel child_protection.placement: små bokstäver, siffror och understreck, punkter mellan nivåerna. Kan inte ändras efter att ämnet har sparats.</translation>
    </message>
    <message>
        <source>e.g. child_protection.placement</source>
        <translation>t.ex. child_protection.placement</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Under:</translation>
    </message>
    <message>
        <source>Parent topic</source>
        <translation>Överordnat ämne</translation>
    </message>
    <message>
        <source>Where the topic sits in the taxonomy; choosing another moves it with its subtopics.</source>
        <translation>Var ämnet finns i ämnesstrukturen; om du väljer ett annat flyttas det tillsammans med sina underämnen.</translation>
    </message>
    <message>
        <source>Emotionally &amp;heavy topic</source>
        <translation>Emotionellt &amp;tungt ämne</translation>
    </message>
    <message>
        <source>Emotionally heavy topic</source>
        <translation>Emotionellt tungt ämne</translation>
    </message>
    <message>
        <source>The wellbeing rules of the ranking apply after an engagement on it.</source>
        <translation>Rangordningens regler för välmående tillämpas efter en medverkan i ämnet.</translation>
    </message>
    <message>
        <source>&amp;Save Topic</source>
        <translation>&amp;Spara ämnet</translation>
    </message>
    <message>
        <source>Save the topic</source>
        <translation>Spara ämnet</translation>
    </message>
    <message>
        <source>Stores the names, the place and the heavy mark (Enter in a field)</source>
        <translation>Sparar namnen, placeringen och markeringen som tungt (Enter i ett fält)</translation>
    </message>
    <message>
        <source>U&amp;ndo Changes</source>
        <translation>Å&amp;ngra ändringarna</translation>
    </message>
    <message>
        <source>Undo the unsaved changes to the topic</source>
        <translation>Ångra de osparade ändringarna av ämnet</translation>
    </message>
    <message>
        <source>Puts back what is stored (Escape in a field)</source>
        <translation>Återställer det som är sparat (Escape i ett fält)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(översta nivån)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ur bruk)</translation>
    </message>
    <message>
        <source>Problem with the topic</source>
        <translation>Problem med ämnet</translation>
    </message>
    <message>
        <source>&amp;Return to Use</source>
        <translation>Ta i bruk &amp;igen</translation>
    </message>
    <message>
        <source>Return the topic to use</source>
        <translation>Ta ämnet i bruk igen</translation>
    </message>
    <message>
        <source>Offers the topic again in the pickers</source>
        <translation>Erbjuder ämnet igen i ämnesväljarna</translation>
    </message>
    <message>
        <source>&amp;Retire Topic</source>
        <translation>Ta ämnet ur b&amp;ruk</translation>
    </message>
    <message>
        <source>Retire the topic</source>
        <translation>Ta ämnet ur bruk</translation>
    </message>
    <message>
        <source>The topic stays on the records that have it but is no longer offered for tagging</source>
        <translation>Ämnet finns kvar i de uppgifter där det förekommer men erbjuds inte längre för klassificering</translation>
    </message>
    <message>
        <source>Choose a topic in the tree, or add one.</source>
        <translation>Välj ett ämne i trädet eller lägg till ett nytt.</translation>
    </message>
    <message>
        <source>New topic. Give at least one name; the code is suggested from the English name.</source>
        <translation>Nytt ämne. Ange minst ett namn; koden föreslås utifrån det engelska namnet.</translation>
    </message>
    <message>
        <source>Retired: kept on the records that have it, no longer offered for tagging.</source>
        <translation>Ur bruk: finns kvar i de uppgifter där det förekommer, erbjuds inte längre för klassificering.</translation>
    </message>
    <message>
        <source>In use: offered for tagging requests and experiences.</source>
        <translation>I bruk: erbjuds för klassificering av uppdrag och erfarenheter.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TopicPicker</name>
    <message>
        <source>&amp;Find a topic:</source>
        <translation>&amp;Sök ett ämne:</translation>
    </message>
    <message>
        <source>Part of a name, e.g. placement</source>
        <translation>En del av ett namn, t.ex. placering</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Sök ett ämne</translation>
    </message>
    <message>
        <source>Type part of a topic&apos;s name. Enter checks the highlighted topic, Down goes to the tree.</source>
        <translation>Skriv en del av ämnets namn. Enter markerar det framhävda ämnet, nedåtpil går till trädet.</translation>
    </message>
    <message>
        <source>Topic tr&amp;ee (check the topics of the request):</source>
        <translation>Ämnes&amp;träd (markera uppdragets ämnen):</translation>
    </message>
    <message>
        <source>Topic tree</source>
        <translation>Ämnesträd</translation>
    </message>
    <message>
        <source>Space checks or unchecks the topic.</source>
        <translation>Mellanslag markerar eller avmarkerar ämnet.</translation>
    </message>
    <message>
        <source>C&amp;hosen topics:</source>
        <translation>Valda ä&amp;mnen:</translation>
    </message>
    <message>
        <source>Chosen topics</source>
        <translation>Valda ämnen</translation>
    </message>
    <message>
        <source>Delete removes the selected topic.</source>
        <translation>Delete tar bort det markerade ämnet.</translation>
    </message>
    <message>
        <source>No topics chosen yet. Check them in the tree; the first one is primary.</source>
        <translation>Inga ämnen valda ännu. Markera dem i trädet; det första är primärt.</translation>
    </message>
    <message>
        <source>Weight of the selected topic</source>
        <translation>Det markerade ämnets vikt</translation>
    </message>
    <message>
        <source>Pri&amp;mary</source>
        <translation>&amp;Primärt</translation>
    </message>
    <message>
        <source>The request is mainly about this topic.</source>
        <translation>Uppdraget handlar främst om det här ämnet.</translation>
    </message>
    <message>
        <source>Secon&amp;dary</source>
        <translation>S&amp;ekundärt</translation>
    </message>
    <message>
        <source>The topic is touched on; experience of it helps.</source>
        <translation>Ämnet berörs; erfarenhet av det är till hjälp.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>Ta bort det markerade ämnet</translation>
    </message>
    <message>
        <source>Wanted &amp;perspective:</source>
        <translation>Önskat pe&amp;rspektiv:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>As a child or young person</source>
        <translation>Som barn eller ung</translation>
    </message>
    <message>
        <source>As a parent</source>
        <translation>Som förälder</translation>
    </message>
    <message>
        <source>As a relative</source>
        <translation>Som anhörig</translation>
    </message>
    <message>
        <source>From another position</source>
        <translation>I en annan roll</translation>
    </message>
    <message>
        <source>Wanted perspective</source>
        <translation>Önskat perspektiv</translation>
    </message>
    <message>
        <source>From which position the workers should have lived the experience.</source>
        <translation>I vilken roll erfarenhetsaktörerna ska ha upplevt erfarenheten.</translation>
    </message>
    <message>
        <source>No topic matches “%1”.</source>
        <translation>Inget ämne matchar ”%1”.</translation>
    </message>
    <message>
        <source>Topics found: %1. Enter checks “%2”.</source>
        <translation>Hittade ämnen: %1. Enter markerar ”%2”.</translation>
    </message>
    <message>
        <source>Topics found: %1.</source>
        <translation>Hittade ämnen: %1.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TopicRepository</name>
    <message>
        <source>The topic “%1”</source>
        <translation>Ämnet ”%1”</translation>
    </message>
    <message>
        <source>Topic #%1</source>
        <translation>Ämne #%1</translation>
    </message>
    <message>
        <source>A topic needs a code, such as “child_protection.placement”.</source>
        <translation>Ett ämne behöver en kod, till exempel ”child_protection.placement”.</translation>
    </message>
    <message>
        <source>“%1” is not a topic code: use lower-case letters, digits and underscores, with dots between the levels, at most %2 characters.</source>
        <translation>”%1” är inte en ämneskod: använd små bokstäver, siffror och understreck, med punkter mellan nivåerna, högst %2 tecken.</translation>
    </message>
    <message>
        <source>A topic needs a name in at least one language.</source>
        <translation>Ett ämne behöver ett namn på minst ett språk.</translation>
    </message>
    <message>
        <source>A topic&apos;s name is longer than %1 characters.</source>
        <translation>Ett ämnes namn är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>The parent topic is not valid.</source>
        <translation>Det överordnade ämnet är inte giltigt.</translation>
    </message>
    <message>
        <source>A topic cannot be placed under itself.</source>
        <translation>Ett ämne kan inte placeras under sig självt.</translation>
    </message>
    <message>
        <source>Another topic already has the code “%1”.</source>
        <translation>Ett annat ämne har redan koden ”%1”.</translation>
    </message>
    <message>
        <source>The parent topic #%1 does not exist; someone may have removed it.</source>
        <translation>Det överordnade ämnet #%1 finns inte; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>A topic cannot be moved under one of its own subtopics.</source>
        <translation>Ett ämne kan inte flyttas under ett av sina egna underämnen.</translation>
    </message>
    <message>
        <source>The code of a topic is its stable key and cannot be changed (“%1” to “%2”). Rename the topic instead, or retire it and create a new one.</source>
        <translation>Ett ämnes kod är dess beständiga nyckel och kan inte ändras (”%1” till ”%2”). Byt i stället namn på ämnet, eller ta det ur bruk och skapa ett nytt.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TopicTaxonomySection</name>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>The topics requests are tagged with and workers&apos; experiences are recorded under. A topic is never deleted: retire it, and it stays on the records that have it but is no longer offered.</source>
        <translation>De ämnen som uppdrag klassificeras med och som erfarenhetsaktörernas erfarenheter antecknas under. Ett ämne tas aldrig bort: tar du det ur bruk finns det kvar i de uppgifter där det förekommer men erbjuds inte längre.</translation>
    </message>
    <message>
        <source>&amp;Taxonomy:</source>
        <translation>&amp;Ämnesstruktur:</translation>
    </message>
    <message>
        <source>Topic taxonomy</source>
        <translation>Ämnesstruktur</translation>
    </message>
    <message>
        <source>Every topic, retired ones marked; choose one to edit it</source>
        <translation>Alla ämnen, med de som tagits ur bruk markerade; välj ett ämne för att redigera det</translation>
    </message>
    <message>
        <source>Add Subto&amp;pic</source>
        <translation>Lägg till underä&amp;mne</translation>
    </message>
    <message>
        <source>Add a subtopic under the chosen topic</source>
        <translation>Lägg till ett underämne under det valda ämnet</translation>
    </message>
    <message>
        <source>Starts a new topic one level below the chosen one</source>
        <translation>Börjar ett nytt ämne en nivå under det valda</translation>
    </message>
    <message>
        <source>Add &amp;Beside</source>
        <translation>Lägg till &amp;bredvid</translation>
    </message>
    <message>
        <source>Add a topic beside the chosen topic</source>
        <translation>Lägg till ett ämne bredvid det valda ämnet</translation>
    </message>
    <message>
        <source>Starts a new topic at the same level as the chosen one</source>
        <translation>Börjar ett nytt ämne på samma nivå som det valda</translation>
    </message>
    <message>
        <source>The topics could not be read: %1</source>
        <translation>Ämnena kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Försök i&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Reload Topics</source>
        <translation>Läs in ämnena &amp;på nytt</translation>
    </message>
    <message>
        <source>The topic was not saved: %1</source>
        <translation>Ämnet sparades inte: %1</translation>
    </message>
    <message>
        <source>The topic is added.</source>
        <translation>Ämnet har lagts till.</translation>
    </message>
    <message>
        <source>The topic is saved. It is retired: kept on the records that have it, no longer offered.</source>
        <translation>Ämnet har sparats. Det är ur bruk: finns kvar i de uppgifter där det förekommer, erbjuds inte längre.</translation>
    </message>
    <message>
        <source>The topic is saved.</source>
        <translation>Ämnet har sparats.</translation>
    </message>
    <message>
        <source>Only an admin can change the topics.</source>
        <translation>Endast en administratör kan ändra ämnena.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TopicTreeModel</name>
    <message>
        <source>Topic #%1</source>
        <translation>Ämne #%1</translation>
    </message>
    <message>
        <source>%1 (no longer offered for tagging)</source>
        <translation>%1 (erbjuds inte längre för klassificering)</translation>
    </message>
    <message>
        <source>No longer offered for tagging</source>
        <translation>Erbjuds inte längre för klassificering</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ur bruk)</translation>
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
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::UnavailablePeriodModel</name>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerAvailabilityForm</name>
    <message>
        <source>Usually available</source>
        <translation>Brukar vara tillgänglig</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Förmiddagar</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Eftermiddagar</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Kvällar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, part of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing checked means no preference stated.</source>
        <translation>Om ingenting är markerat har inga önskemål angetts.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Most engagements a month</source>
        <translation>Högst antal uppdrag per månad</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>Most engagements a &amp;month:</source>
        <translation>Högst &amp;antal uppdrag per månad:</translation>
    </message>
    <message>
        <source>Least days between engagements</source>
        <translation>Minst antal dagar mellan uppdrag</translation>
    </message>
    <message>
        <source>Notice needed in days</source>
        <translation>Varsel som behövs i dagar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>&amp;Notice needed:</source>
        <translation>&amp;Varsel som behövs:</translation>
    </message>
    <message>
        <source>Unavailable periods and recovery breaks</source>
        <translation>Perioder då hen inte är tillgänglig, och återhämtningspauser</translation>
    </message>
    <message>
        <source>Unavailable periods</source>
        <translation>Perioder då hen inte är tillgänglig</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Typ av period</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Orsak (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>t&amp;ill</translation>
    </message>
    <message>
        <source>Add &amp;unavailable period</source>
        <translation>&amp;Lägg till period då hen inte är tillgänglig</translation>
    </message>
    <message>
        <source>Add recovery &amp;break</source>
        <translation>Lägg till &amp;återhämtningspaus</translation>
    </message>
    <message>
        <source>A rest after heavy engagements: the worker is not asked during it.</source>
        <translation>En vila efter tunga uppdrag: erfarenhetsaktören tillfrågas inte under den.</translation>
    </message>
    <message>
        <source>Remo&amp;ve period</source>
        <translation>Ta b&amp;ort period</translation>
    </message>
    <message>
        <source>Least days bet&amp;ween:</source>
        <translation>Minst antal &amp;dagar emellan:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerConsentsPanel</name>
    <message>
        <source>Consent &amp;history (a consent is never changed: it is withdrawn or replaced):</source>
        <translation>&amp;Samtyckeshistorik (ett samtycke ändras aldrig: det återkallas eller ersätts):</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Samtyckeshistorik</translation>
    </message>
    <message>
        <source>Withdraw the selected consent &amp;on</source>
        <translation>Återkalla det markerade samtycket &amp;den</translation>
    </message>
    <message>
        <source>Day of withdrawal</source>
        <translation>Datum för återkallelsen</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Återkalla</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Återkalla det markerade samtycket</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Anteckna ett samtycke</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Går ut den</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>går inte ut</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Vårdnadshavarens namn</translation>
    </message>
    <message>
        <source>For a guardian&apos;s consent</source>
        <translation>För vårdnadshavarens samtycke</translation>
    </message>
    <message>
        <source>Note on the consent</source>
        <translation>Anteckning om samtycket</translation>
    </message>
    <message>
        <source>Add &amp;consent</source>
        <translation>&amp;Lägg till samtycke</translation>
    </message>
    <message>
        <source>Consent &amp;to:</source>
        <translation>Samtycke t&amp;ill:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Givet den:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>Går &amp;ut den:</translation>
    </message>
    <message>
        <source>G&amp;uardian:</source>
        <translation>&amp;Vårdnadshavare:</translation>
    </message>
    <message>
        <source>The new consent cannot be older than the one it replaces (given %1).</source>
        <translation>Det nya samtycket kan inte vara äldre än det som det ersätter (givet %1).</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given (%1).</source>
        <translation>Ett samtycke kan inte återkallas innan det gavs (%1).</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerEditUndo</name>
    <message>
        <source>edit of %1</source>
        <translation>redigering av %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerEditorDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The topics could not be read.</source>
        <translation>Ämnena kunde inte läsas.</translation>
    </message>
    <message>
        <source>The kinds of work could not be read.</source>
        <translation>Arbetsformerna kunde inte läsas.</translation>
    </message>
    <message>
        <source>The organisations could not be read.</source>
        <translation>Organisationerna kunde inte läsas.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Historiken kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>New Experience Worker</source>
        <translation>Ny erfarenhetsaktör</translation>
    </message>
    <message>
        <source>Edit Experience Worker %1</source>
        <translation>Redigera erfarenhetsaktören %1</translation>
    </message>
    <message>
        <source>The consents could not be read: %1</source>
        <translation>Samtyckena kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The worker was not saved.</source>
        <translation>Erfarenhetsaktören sparades inte.</translation>
    </message>
    <message>
        <source>Worker Changed Meanwhile</source>
        <translation>Erfarenhetsaktören har ändrats under tiden</translation>
    </message>
    <message>
        <source>Someone else saved this worker or one of their consents after you opened it. Nothing was saved, and nothing of theirs was overwritten.</source>
        <translation>Någon annan sparade uppgifterna om den här erfarenhetsaktören eller ett av hens samtycken efter att du öppnade dem. Ingenting sparades, och ingenting av det som den andra personen sparade skrevs över.</translation>
    </message>
    <message>
        <source>&amp;Reload and Discard My Changes</source>
        <translation>&amp;Läs in på nytt och förkasta mina ändringar</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
    <message>
        <source>Not saved: this worker was changed by someone else. Reload to see their version; copy what you need from here first.</source>
        <translation>Inte sparat: någon annan har ändrat uppgifterna om den här erfarenhetsaktören. Läs in på nytt för att se den versionen; kopiera först det du behöver härifrån.</translation>
    </message>
    <message>
        <source>The stored worker could not be read.</source>
        <translation>De sparade uppgifterna om erfarenhetsaktören kunde inte läsas.</translation>
    </message>
    <message>
        <source>Reloaded: this is the worker as stored now. Make your changes again and save.</source>
        <translation>Inläst på nytt: så här ser de sparade uppgifterna om erfarenhetsaktören ut nu. Gör dina ändringar igen och spara.</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Förkasta ändringarna?</translation>
    </message>
    <message>
        <source>Close without saving your changes to this worker?</source>
        <translation>Stäng utan att spara dina ändringar i uppgifterna om den här erfarenhetsaktören?</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Erfarenheter</translation>
    </message>
    <message>
        <source>Kinds of Work</source>
        <translation>Arbetsformer</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerExperienceModel</name>
    <message>
        <source>Experience of</source>
        <translation>Erfarenhet av</translation>
    </message>
    <message>
        <source>Lived</source>
        <translation>Upplevd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerExperiencesForm</name>
    <message>
        <source>&amp;Find a topic:</source>
        <translation>&amp;Sök ett ämne:</translation>
    </message>
    <message>
        <source>Part of a name, e.g. placement</source>
        <translation>En del av ett namn, t.ex. placering</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Sök ett ämne</translation>
    </message>
    <message>
        <source>Topic tree</source>
        <translation>Ämnesträd</translation>
    </message>
    <message>
        <source>Space checks the topic: the worker has experience of it.</source>
        <translation>Mellanslag markerar ämnet: erfarenhetsaktören har erfarenhet av det.</translation>
    </message>
    <message>
        <source>Perspective of a new experience</source>
        <translation>Perspektiv för en ny erfarenhet</translation>
    </message>
    <message>
        <source>&amp;Lived:</source>
        <translation>&amp;Upplevd:</translation>
    </message>
    <message>
        <source>&amp;Add experience</source>
        <translation>&amp;Lägg till erfarenhet</translation>
    </message>
    <message>
        <source>Adds the highlighted topic, lived from the position chosen.</source>
        <translation>Lägger till det framhävda ämnet, upplevt i den valda rollen.</translation>
    </message>
    <message>
        <source>E&amp;xperiences:</source>
        <translation>&amp;Erfarenheter:</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Erfarenheter</translation>
    </message>
    <message>
        <source>Perspective of the selected experience</source>
        <translation>Den markerade erfarenhetens perspektiv</translation>
    </message>
    <message>
        <source>Note on the selected experience</source>
        <translation>Anteckning om den markerade erfarenheten</translation>
    </message>
    <message>
        <source>e.g. placed at 12, two foster families</source>
        <translation>t.ex. placerad som 12-åring, två familjehem</translation>
    </message>
    <message>
        <source>Remo&amp;ve experience</source>
        <translation>Ta b&amp;ort erfarenhet</translation>
    </message>
    <message>
        <source>&amp;Perspective:</source>
        <translation>Perspe&amp;ktiv:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerFilterBar</name>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ur bruk)</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>Active or on a break</source>
        <translation>Aktiva eller med paus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any consent state</source>
        <translation>Oavsett samtycke</translation>
    </message>
    <message>
        <source>Consent valid</source>
        <translation>Giltigt samtycke</translation>
    </message>
    <message>
        <source>Consent expiring within %1 days</source>
        <translation>Samtycket går ut inom %1 dagar</translation>
    </message>
    <message>
        <source>No valid consent</source>
        <translation>Inget giltigt samtycke</translation>
    </message>
    <message>
        <source>Minors and adults</source>
        <translation>Minderåriga och vuxna</translation>
    </message>
    <message>
        <source>Only minors</source>
        <translation>Endast minderåriga</translation>
    </message>
    <message>
        <source>No minors</source>
        <translation>Inga minderåriga</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name, e-mail, phone, municipality or region</source>
        <translation>Namn, e-post, telefon, kommun eller område</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>Sök erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Shows the workers whose name, e-mail, phone, municipality or home region contains every word typed</source>
        <translation>Visar de erfarenhetsaktörer vars namn, e-post, telefon, kommun eller hemområde innehåller alla ord du har skrivit</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Rensa fi&amp;lter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E&amp;xperience of:</source>
        <translation>Er&amp;farenhet av:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Shows the workers with experience of this topic or a narrower one</source>
        <translation>Visar de erfarenhetsaktörer som har erfarenhet av det här ämnet eller ett snävare ämne</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Språ&amp;k:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Home region or a region the worker covers</source>
        <translation>Hemområde eller ett område som erfarenhetsaktören täcker</translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation>Sam&amp;tycke:</translation>
    </message>
    <message>
        <source>Consent state</source>
        <translation>Samtyckets status</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Ålder:</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Minderåriga</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Visa:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerHistoryPanel</name>
    <message>
        <source>&amp;Engagements:</source>
        <translation>M&amp;edverkanden:</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Medverkan i uppdrag</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Arvode</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Avlastningssamtal</translation>
    </message>
    <message>
        <source>&amp;Invitations:</source>
        <translation>&amp;Inbjudningar:</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>A new worker has no history yet.</source>
        <translation>En ny erfarenhetsaktör har ännu ingen historik.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Historiken kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>reference title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Uppdrag #%1</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>avböjt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>inte ännu</translation>
    </message>
    <message>
        <source>In %1: %2, %3 hours, fees %4.</source>
        <comment>year: engagements, hours, fees</comment>
        <translation>År %1: %2, %3 timmar, arvoden %4.</translation>
    </message>
    <message>
        <source>Over the annual earnings ceiling of %1 by %2.</source>
        <translation>Den årliga inkomstgränsen %1 har överskridits med %2.</translation>
    </message>
    <message>
        <source>Annual earnings ceiling %1: %2 left.</source>
        <translation>Årlig inkomstgräns %1: %2 kvar.</translation>
    </message>
    <message>
        <source>No annual earnings ceiling recorded.</source>
        <translation>Ingen årlig inkomstgräns antecknad.</translation>
    </message>
    <message>
        <source>Fees paid this year</source>
        <translation>Arvoden som betalats i år</translation>
    </message>
    <message>
        <source>Fees paid in %1: %2; due now: %3.</source>
        <translation>Arvoden betalda år %1: %2; att betala nu: %3.</translation>
    </message>
    <message>
        <source>Paid over the earnings ceiling of %1 by %2.</source>
        <translation>Utbetalt %2 över inkomstgränsen %1.</translation>
    </message>
    <message>
        <source>Paid %1 of the earnings ceiling of %2.</source>
        <translation>Utbetalt %1 av inkomstgränsen %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagement(s)</source>
        <translation>
            <numerusform>%Ln uppdrag</numerusform>
            <numerusform>%Ln uppdrag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImportDialog</name>
    <message>
        <source>Import Workers</source>
        <translation>Importera erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Kalkylblad (*.csv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 rows under a header of %2 columns.</source>
        <translation>%1 rader under en rubrikrad med %2 kolumner.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolumn %1</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Kolumn för %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with warnings, %4 refused.</source>
        <translation>%1 rader: %2 klara, %3 med varningar, %4 avvisade.</translation>
    </message>
    <message>
        <source>Nothing can be imported while a row is refused: correct the file and read it again, or change the columns.</source>
        <translation>Ingenting kan importeras så länge en rad avvisas: rätta filen och läs in den på nytt, eller ändra kolumnerna.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Ingenting importerades. %1</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Läs in på nytt</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Läs in filen på nytt</translation>
    </message>
    <message>
        <source>After correcting the file, read it again with the same columns.</source>
        <translation>När du har rättat filen kan du läsa in den på nytt med samma kolumner.</translation>
    </message>
    <message>
        <source>C&amp;olumns: which column of the file fills each field</source>
        <translation>&amp;Kolumner: vilken kolumn i filen som fyller varje fält</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Första värde</translation>
    </message>
    <message>
        <source>Organisation of rows &amp;without one:</source>
        <translation>Organisation för rader &amp;utan organisation:</translation>
    </message>
    <message>
        <source>(none: such rows are refused)</source>
        <translation>(ingen: sådana rader avvisas)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>För&amp;handsvisning</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Import the workers</source>
        <translation>Importera erfarenhetsaktörerna</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImportFields</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Name is a pseudonym</source>
        <translation>Namnet är en pseudonym</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Hemområde</translation>
    </message>
    <message>
        <source>Regions covered</source>
        <translation>Områden som täcks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Consent to be contacted (date)</source>
        <translation>Samtycke till att bli kontaktad (datum)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImportMapping</name>
    <message>
        <source>“%1” is not field=column.</source>
        <translation>”%1” är inte på formen fält=kolumn.</translation>
    </message>
    <message>
        <source>There is no field “%1”; the fields are: %2.</source>
        <translation>Fältet ”%1” finns inte; fälten är: %2.</translation>
    </message>
    <message>
        <source>The file has no column “%1”; its columns are: %2.</source>
        <translation>Filen har ingen kolumn ”%1”; dess kolumner är: %2.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolumn %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImportPlanner</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Rad %1, kolumn ”%2”: %3</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>”%1” är varken ja eller nej.</translation>
    </message>
    <message>
        <source>There is no organisation “%1” in this office (Settings ▸ Organisations).</source>
        <translation>Det finns ingen organisation ”%1” i det här kontoret (Inställningar ▸ Organisationer).</translation>
    </message>
    <message>
        <source>“%1” is not a title Kohtaamo knows.</source>
        <translation>”%1” är inte en titel som Kohtaamo känner till.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 31.12.1980 or 1980-12-31.</source>
        <translation>”%1” är inte ett datum: skriv det som 1980-12-31 eller 31.12.1980.</translation>
    </message>
    <message>
        <source>“%1” is not a status Kohtaamo knows (active, on break, left).</source>
        <translation>”%1” är inte en status som Kohtaamo känner till (aktiv, på paus, slutat).</translation>
    </message>
    <message>
        <source>The consent cannot be given in the future.</source>
        <translation>Samtycket kan inte ges i framtiden.</translation>
    </message>
    <message>
        <source>“%1” is neither the date the consent was given nor yes or no.</source>
        <translation>”%1” är varken datumet då samtycket gavs eller ja eller nej.</translation>
    </message>
    <message>
        <source>The row names no organisation: map the organisation column or choose one for such rows.</source>
        <translation>Raden anger ingen organisation: koppla organisationskolumnen eller välj en organisation för sådana rader.</translation>
    </message>
    <message>
        <source>A consent to be contacted is recorded for the rows that give its date (or yes: today); the other workers are imported without consent and are not invited until they give it.</source>
        <translation>Ett samtycke till att bli kontaktad antecknas för de rader som anger dess datum (eller ja: i dag); de övriga erfarenhetsaktörerna importeras utan samtycke och bjuds inte in förrän de har gett det.</translation>
    </message>
    <message>
        <source>No consent is recorded: the imported workers are in the register, but the ranking does not invite them until their consent to be contacted is recorded.</source>
        <translation>Inget samtycke antecknas: de importerade erfarenhetsaktörerna finns i registret, men rangordningen föreslår dem inte för inbjudan förrän deras samtycke till att bli kontaktade har antecknats.</translation>
    </message>
    <message>
        <source>Row %1: the e-mail address %2 is already that of “%3” in the register.</source>
        <translation>Rad %1: e-postadressen %2 tillhör redan ”%3” i registret.</translation>
    </message>
    <message>
        <source>Row %1: the e-mail address %2 is also on row %3.</source>
        <translation>Rad %1: e-postadressen %2 finns också på rad %3.</translation>
    </message>
    <message>
        <source>Row %1: “%2”, born %3, is already in the register.</source>
        <translation>Rad %1: ”%2”, född %3, finns redan i registret.</translation>
    </message>
    <message>
        <source>Row %1: “%2”, born %3, is also on row %4.</source>
        <translation>Rad %1: ”%2”, född %3, finns också på rad %4.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImportPreviewModel</name>
    <message>
        <source>Imported</source>
        <translation>Importeras</translation>
    </message>
    <message>
        <source>Imported, check</source>
        <translation>Importeras, kontrollera</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImporter</name>
    <message>
        <source>no organisation of the file or of the database is called %1</source>
        <translation>ingen organisation i filen eller databasen heter %1</translation>
    </message>
    <message>
        <source>no topic has the code %1</source>
        <translation>inget ämne har koden %1</translation>
    </message>
    <message>
        <source>no service type has the code %1</source>
        <translation>ingen arbetsform har koden %1</translation>
    </message>
    <message>
        <source>unknown value %1 (expected one of: morning, afternoon, evening)</source>
        <translation>okänt värde %1 (förväntade ett av: morning, afternoon, evening)</translation>
    </message>
    <message>
        <source>another worker of the file has the key %1</source>
        <translation>en annan erfarenhetsaktör i filen har nyckeln %1</translation>
    </message>
    <message>
        <source>no coordinator of the file or of the database has the username %1</source>
        <translation>ingen koordinator i filen eller databasen har användarnamnet %1</translation>
    </message>
    <message>
        <source>must be the place of an earlier consent in this list</source>
        <translation>måste vara positionen för ett tidigare samtycke i den här listan</translation>
    </message>
    <message>
        <source>the consent it replaces (%1) was withdrawn on %2, but a replaced consent ends the day the new one is given (%3)</source>
        <translation>samtycket som det ersätter (%1) återkallades den %2, men ett ersatt samtycke upphör den dag då det nya ges (%3)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerListModel</name>
    <message>
        <source>Minor (%1)</source>
        <translation>Minderårig (%1)</translation>
    </message>
    <message>
        <source>Recovery break until %1</source>
        <translation>Återhämtningspaus t.o.m. %1</translation>
    </message>
    <message>
        <source>Monthly limit reached (%1/%2)</source>
        <translation>Månadsgränsen nådd (%1/%2)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Har slutat</translation>
    </message>
    <message>
        <source>None valid</source>
        <translation>Inget giltigt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Giltigt t.o.m. %1</translation>
    </message>
    <message>
        <source>The name is a pseudonym.</source>
        <translation>Namnet är en pseudonym.</translation>
    </message>
    <message>
        <source>The consent to be contacted for commissions, as the matching reads it today.</source>
        <translation>Samtycket till att bli kontaktad om uppdrag, så som matchningen tolkar det i dag.</translation>
    </message>
    <message>
        <source>Date of birth not recorded.</source>
        <translation>Födelsedatum inte antecknat.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Märken</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Hemområde</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Samtycke till kontakt</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Den här kolumnen kan inte sorteras.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerProfileForm</name>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Required; a pseudonym will do</source>
        <translation>Obligatoriskt; en pseudonym räcker</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoriskt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>The name is a &amp;pseudonym</source>
        <translation>Namnet är en pse&amp;udonym</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>name@example.fi</source>
        <translation>namn@example.fi</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>040 123 4567</source>
        <translation>040 123 4567</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Needed for minors: they take part only with a guardian&apos;s consent and adults present.</source>
        <translation>Behövs för minderåriga: de deltar bara med vårdnadshavarens samtycke och när vuxna är närvarande.</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Födelsedatum:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Codes separated by commas, e.g. fi, sv, en</source>
        <translation>Koder åtskilda med kommatecken, t.ex. fi, sv, en</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ante&amp;ckningar:</translation>
    </message>
    <message>
        <source>Where and with whom</source>
        <translation>Var och med vem</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Hemområde</translation>
    </message>
    <message>
        <source>e.g. Varsinais-Suomi</source>
        <translation>t.ex. Egentliga Finland</translation>
    </message>
    <message>
        <source>Home &amp;region:</source>
        <translation>Hemområ&amp;de:</translation>
    </message>
    <message>
        <source>Regions covered</source>
        <translation>Områden som täcks</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Annual earnings ceiling in euros</source>
        <translation>Årlig inkomstgräns i euro</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>The most the worker may earn in fees a year, e.g. because of a pension; leave empty when there is none.</source>
        <translation>Det högsta belopp som erfarenhetsaktören får tjäna i arvoden per år, t.ex. på grund av pension; lämna tomt om det inte finns någon gräns.</translation>
    </message>
    <message>
        <source>Annual earnings &amp;ceiling:</source>
        <translation>&amp;Årlig inkomstgräns:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Regions co&amp;vered:</source>
        <translation>&amp;Områden som täcks:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerRegisterQuery</name>
    <message>
        <source>A page of the worker list cannot start before its first row.</source>
        <translation>En sida av listan över erfarenhetsaktörer kan inte börja före listans första rad.</translation>
    </message>
    <message>
        <source>The list has %1 workers, more than can be shown at once (%2). Narrow it with the other filters.</source>
        <translation>Listan har %1 erfarenhetsaktörer, fler än som kan visas på en gång (%2). Avgränsa den med de andra filtren.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerRepository</name>
    <message>
        <source>The worker “%1”</source>
        <translation>Erfarenhetsaktören ”%1”</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Erfarenhetsaktör #%1</translation>
    </message>
    <message>
        <source>A worker needs a name (a pseudonym will do).</source>
        <translation>En erfarenhetsaktör behöver ett namn (en pseudonym räcker).</translation>
    </message>
    <message>
        <source>The worker&apos;s name is longer than %1 characters.</source>
        <translation>Erfarenhetsaktörens namn är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>Choose the organisation the worker belongs to.</source>
        <translation>Välj den organisation som erfarenhetsaktören hör till.</translation>
    </message>
    <message>
        <source>The worker&apos;s title is not one Kohtaamo knows.</source>
        <translation>Erfarenhetsaktörens titel är inte en som Kohtaamo känner till.</translation>
    </message>
    <message>
        <source>The worker&apos;s status is not one Kohtaamo knows.</source>
        <translation>Erfarenhetsaktörens status är inte en som Kohtaamo känner till.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Födelsedatumet kan inte ligga i framtiden.</translation>
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
        <source>The training hours cannot be negative.</source>
        <translation>Utbildningstimmarna kan inte vara negativa.</translation>
    </message>
    <message>
        <source>The annual earnings ceiling cannot be negative.</source>
        <translation>Den årliga inkomstgränsen kan inte vara negativ.</translation>
    </message>
    <message>
        <source>The most engagements a month cannot be negative (0 means no limit).</source>
        <translation>Högsta antalet uppdrag per månad kan inte vara negativt (0 betyder ingen gräns).</translation>
    </message>
    <message>
        <source>The days between engagements cannot be negative.</source>
        <translation>Dagarna mellan uppdrag kan inte vara negativa.</translation>
    </message>
    <message>
        <source>The notice in days cannot be negative.</source>
        <translation>Varseltiden i dagar kan inte vara negativ.</translation>
    </message>
    <message>
        <source>“%1” is not a language code: give two or three letters, such as “fi”, “sv” or “ar”.</source>
        <translation>”%1” är inte en språkkod: ange två eller tre bokstäver, till exempel ”fi”, ”sv” eller ”ar”.</translation>
    </message>
    <message>
        <source>A language is listed twice.</source>
        <translation>Ett språk står två gånger.</translation>
    </message>
    <message>
        <source>A region covered is empty.</source>
        <translation>Ett område som täcks är tomt.</translation>
    </message>
    <message>
        <source>A region&apos;s name is longer than %1 characters.</source>
        <translation>Ett områdes namn är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>A region is listed twice.</source>
        <translation>Ett område står två gånger.</translation>
    </message>
    <message>
        <source>Choose a topic for every experience.</source>
        <translation>Välj ett ämne för varje erfarenhet.</translation>
    </message>
    <message>
        <source>Choose from which position the worker lived each experience: as a child or young person, as a parent, as a relative, or other.</source>
        <translation>Välj i vilken roll erfarenhetsaktören har upplevt varje erfarenhet: som barn eller ung, som förälder, som anhörig eller i en annan roll.</translation>
    </message>
    <message>
        <source>The same experience is listed twice from the same position.</source>
        <translation>Samma erfarenhet står två gånger i samma roll.</translation>
    </message>
    <message>
        <source>A kind of work is empty.</source>
        <translation>En arbetsform är tom.</translation>
    </message>
    <message>
        <source>A kind of work is listed twice.</source>
        <translation>En arbetsform står två gånger.</translation>
    </message>
    <message>
        <source>An unavailable period needs a first and a last day.</source>
        <translation>En period då erfarenhetsaktören inte är tillgänglig behöver en första och en sista dag.</translation>
    </message>
    <message>
        <source>An unavailable period cannot end (%1) before it starts (%2).</source>
        <translation>En period då erfarenhetsaktören inte är tillgänglig kan inte sluta (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <source>The kind of an unavailable period is not one Kohtaamo knows.</source>
        <translation>Typen av period då erfarenhetsaktören inte är tillgänglig är inte en som Kohtaamo känner till.</translation>
    </message>
    <message>
        <source>Organisation #%1 does not exist; someone may have removed it.</source>
        <translation>Organisation #%1 finns inte; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>Topic #%1 does not exist; someone may have removed it.</source>
        <translation>Ämne #%1 finns inte; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>There is no kind of work “%1”.</source>
        <translation>Arbetsformen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1900. Check the year.</source>
        <translation>Födelsedatumet %1 är före 1900. Kontrollera året.</translation>
    </message>
    <message>
        <source>The training hours must be at most %1.</source>
        <translation>Utbildningstimmarna får vara högst %1.</translation>
    </message>
    <message>
        <source>The most engagements a month must be at most %1 (0 means no limit).</source>
        <translation>Högsta antalet uppdrag per månad får vara högst %1 (0 betyder ingen gräns).</translation>
    </message>
    <message>
        <source>The days between engagements must be at most %1.</source>
        <translation>Dagarna mellan uppdrag får vara högst %1.</translation>
    </message>
    <message>
        <source>The notice must be at most %1 days.</source>
        <translation>Varslet får vara högst %1 dagar.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerServicesForm</name>
    <message>
        <source>&amp;Kinds of work the worker is willing to do:</source>
        <translation>Arbetsformer som erfarenhetsaktören är &amp;villig att delta i:</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Arbetsformer</translation>
    </message>
    <message>
        <source>Space checks or unchecks the kind of work.</source>
        <translation>Mellanslag markerar eller avmarkerar arbetsformen.</translation>
    </message>
    <message>
        <source>%1 (open to minors)</source>
        <translation>%1 (öppen för minderåriga)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerSupportForm</name>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>e.g. Expert-by-experience training, 50 h</source>
        <translation>t.ex. utbildning för erfarenhetsaktörer, 50 h</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Utbildning:</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Utbildningstimmar</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>T&amp;immar:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>&amp;Slutförd den:</translation>
    </message>
    <message>
        <source>Training completed on</source>
        <translation>Utbildningen slutförd den</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Last &amp;supervision:</source>
        <translation>Senaste &amp;arbetshandledning:</translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation>Senaste arbetshandledning</translation>
    </message>
    <message>
        <source>Last &amp;debrief:</source>
        <translation>Senaste a&amp;vlastningssamtal:</translation>
    </message>
    <message>
        <source>Last debrief</source>
        <translation>Senaste avlastningssamtal</translation>
    </message>
    <message>
        <source>Every worker is prepared before and debriefed after an engagement; supervision is regular. The Today page lists engagements still waiting for a debrief.</source>
        <translation>Varje erfarenhetsaktör förbereds före och får ett avlastningssamtal efter varje medverkan; arbetshandledningen är regelbunden. Sidan I dag visar de uppdrag där avlastningssamtalet ännu saknas.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerTexts</name>
    <message>
        <source>Expert by experience</source>
        <translation>Erfarenhetsexpert</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Kamratstödjare</translation>
    </message>
    <message>
        <source>Peer relative</source>
        <translation>Anhörig kamratstödjare</translation>
    </message>
    <message>
        <source>Experience partner</source>
        <translation>Erfarenhetspartner</translation>
    </message>
    <message>
        <source>Youth developer</source>
        <translation>Ungdomsutvecklare</translation>
    </message>
    <message>
        <source>Veturi mentor</source>
        <translation>Veturi-mentor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Har paus</translation>
    </message>
    <message>
        <source>Left the activity</source>
        <translation>Har slutat i verksamheten</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Valfri roll</translation>
    </message>
    <message>
        <source>As a child or young person</source>
        <translation>Som barn eller ung</translation>
    </message>
    <message>
        <source>As a parent</source>
        <translation>Som förälder</translation>
    </message>
    <message>
        <source>As a relative</source>
        <translation>Som anhörig</translation>
    </message>
    <message>
        <source>From another position</source>
        <translation>I en annan roll</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Inte tillgänglig</translation>
    </message>
    <message>
        <source>Recovery break</source>
        <translation>Återhämtningspaus</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkersPage</name>
    <message>
        <source>The worker could not be opened.</source>
        <translation>Erfarenhetsaktören kunde inte öppnas.</translation>
    </message>
    <message>
        <source>%1 — the worker just saved is hidden by the filters.</source>
        <translation>%1 — den erfarenhetsaktör som just sparades döljs av filtren.</translation>
    </message>
    <message>
        <source>The worker could not be read.</source>
        <translation>Erfarenhetsaktören kunde inte läsas.</translation>
    </message>
    <message>
        <source>Deactivate Worker?</source>
        <translation>Inaktivera erfarenhetsaktören?</translation>
    </message>
    <message>
        <source>Mark %1 as having left the activity?</source>
        <translation>Markera att %1 har slutat i verksamheten?</translation>
    </message>
    <message>
        <source>They are no longer offered for requests. Their experiences, consents, invitations and engagements all stay on record, and the status can be set back in the editor.</source>
        <translation>Hen föreslås inte längre för uppdrag. Hens erfarenheter, samtycken, inbjudningar och uppdrag finns kvar, och statusen kan ändras tillbaka i redigeringsfönstret.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>The worker was not deactivated.</source>
        <translation>Erfarenhetsaktören inaktiverades inte.</translation>
    </message>
    <message>
        <source>The workers could not be read from the database. %1</source>
        <translation>Erfarenhetsaktörerna kunde inte läsas från databasen. %1</translation>
    </message>
    <message>
        <source>Experience workers</source>
        <translation>Erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>&amp;New Worker…</source>
        <translation>&amp;Ny erfarenhetsaktör…</translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>Ny erfarenhetsaktör</translation>
    </message>
    <message>
        <source>Edit the selected worker</source>
        <translation>Redigera den markerade erfarenhetsaktören</translation>
    </message>
    <message>
        <source>Enter or a double click opens the worker too.</source>
        <translation>Enter eller ett dubbelklick öppnar också erfarenhetsaktören.</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Inaktivera…</translation>
    </message>
    <message>
        <source>Deactivate the selected worker</source>
        <translation>Inaktivera den markerade erfarenhetsaktören</translation>
    </message>
    <message>
        <source>The worker has left the activity: they are no longer offered, their history stays.</source>
        <translation>Erfarenhetsaktören har slutat i verksamheten: hen föreslås inte längre, men historiken finns kvar.</translation>
    </message>
    <message>
        <source>&amp;Import Workers…</source>
        <translation>I&amp;mportera erfarenhetsaktörer…</translation>
    </message>
    <message>
        <source>Import workers</source>
        <translation>Importera erfarenhetsaktörer</translation>
    </message>
    <message>
        <source>Add the workers of a register kept in a spreadsheet (CSV or XLSX).</source>
        <translation>Lägg till erfarenhetsaktörerna från ett register som förs i ett kalkylblad (CSV eller XLSX).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln worker(s)</source>
        <translation>
            <numerusform>%Ln erfarenhetsaktör</numerusform>
            <numerusform>%Ln erfarenhetsaktörer</numerusform>
        </translation>
    </message>
    <message>
        <source>Write everything the office holds about the worker as a PDF and a JSON file (GDPR Art. 15).</source>
        <translation>Skriv allt som kontoret har lagrat om erfarenhetsaktören till en PDF-fil och en JSON-fil (dataskyddsförordningen, art. 15).</translation>
    </message>
    <message>
        <source>Only an admin can erase a worker.</source>
        <translation>Bara en administratör kan radera en erfarenhetsaktör.</translation>
    </message>
    <message>
        <source>Remove the worker&apos;s personal data everywhere; their work stays in the statistics anonymously.</source>
        <translation>Ta bort erfarenhetsaktörens personuppgifter överallt; hens arbete finns kvar anonymt i statistiken.</translation>
    </message>
    <message>
        <source>Erase Worker?</source>
        <translation>Radera erfarenhetsaktören?</translation>
    </message>
    <message>
        <source>Erase %1&apos;s personal data for good?</source>
        <translation>Radera personuppgifterna för %1 permanent?</translation>
    </message>
    <message>
        <source>Their name, contact details, date of birth, experiences, notes and e-mail are removed everywhere, old values in the audit log included. Their engagements, hours and fees stay in the statistics as an anonymous worker. This cannot be undone.</source>
        <translation>Hens namn, kontaktuppgifter, födelsedatum, erfarenheter, anteckningar och e-post tas bort överallt, även gamla värden i granskningsloggen. Hens medverkan, timmar och arvoden finns kvar i statistiken som en anonym erfarenhetsaktör. Detta kan inte ångras.</translation>
    </message>
    <message>
        <source>&amp;Erase for Good</source>
        <translation>&amp;Radera permanent</translation>
    </message>
    <message>
        <source>The worker was not erased.</source>
        <translation>Erfarenhetsaktören raderades inte.</translation>
    </message>
    <message>
        <source>Save Subject Access Document</source>
        <translation>Spara registerutdrag</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Subject Access</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Wrote %1 and %2, readable by you only. The export is recorded in the audit log.</source>
        <translation>Skrev %1 och %2, som bara du kan läsa. Exporten har antecknats i granskningsloggen.</translation>
    </message>
    <message>
        <source>The subject access data could not be read.</source>
        <translation>Uppgifterna för registerutdraget kunde inte läsas.</translation>
    </message>
    <message>
        <source>The JSON file was not written.</source>
        <translation>JSON-filen skrevs inte.</translation>
    </message>
    <message>
        <source>The PDF was not written.</source>
        <translation>PDF-filen skrevs inte.</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <source>S&amp;ubject Access…</source>
        <translation>Register&amp;utdrag…</translation>
    </message>
    <message>
        <source>Write everything held about the selected worker</source>
        <translation>Skriv allt som finns lagrat om den markerade erfarenhetsaktören</translation>
    </message>
    <message>
        <source>Erase Wor&amp;ker…</source>
        <translation>Ra&amp;dera…</translation>
    </message>
    <message>
        <source>Erase the selected worker&apos;s personal data</source>
        <translation>Radera den markerade erfarenhetsaktörens personuppgifter</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::XlsxTableReader</name>
    <message>
        <source>%1 is not an XLSX workbook that can be read.</source>
        <translation>%1 är inte en XLSX-arbetsbok som kan läsas.</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheet that can be read.</source>
        <translation>Arbetsboken %1 har inget blad som kan läsas.</translation>
    </message>
    <message>
        <source>The sheet of %1 cannot be read: %2</source>
        <translation>Bladet i %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The file has no rows: the first row should name the columns.</source>
        <translation>Filen har inga rader: den första raden ska ange kolumnernas namn.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::XlsxWriter</name>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Filen %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>arbetsboken kunde inte skapas</translation>
    </message>
    <message>
        <source>the sheet %1 could not be added</source>
        <translation>bladet %1 kunde inte läggas till</translation>
    </message>
</context>
</TS>
