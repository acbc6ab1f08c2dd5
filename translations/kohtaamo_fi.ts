<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Kohtaamo</name>
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
    <message>
        <source>Can do all %1 proposed times</source>
        <translation>Sopii kaikkiin %1 ehdotettuun aikaan</translation>
    </message>
    <message>
        <source>Can do none of the %1 proposed times</source>
        <translation>Ei sovi yhteenkään %1 ehdotetusta ajasta</translation>
    </message>
    <message>
        <source>Can do %1 of the %2 proposed times: %3</source>
        <translation>Sopii %1/%2 ehdotetusta ajasta: %3</translation>
    </message>
    <message>
        <source>The time the worker can do fits the weekly preferences</source>
        <translation>Kokemustoimijalle sopiva aika on viikoittaisten toiveiden mukainen</translation>
    </message>
    <message>
        <source>The time the worker can do is outside the weekly preferences</source>
        <translation>Kokemustoimijalle sopiva aika ei ole viikoittaisten toiveiden mukainen</translation>
    </message>
    <message>
        <source>%1 of the %2 times the worker can do fit the weekly preferences</source>
        <translation>%1/%2 kokemustoimijalle sopivasta ajasta on viikoittaisten toiveiden mukaisia</translation>
    </message>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>Salauskirjastoa (libsodium) ei voitu käynnistää.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation>Tiedostoa ”%1” ei voitu lukea: %2</translation>
    </message>
    <message>
        <source>The file “%1” could not be written: %2</source>
        <translation>Tiedostoon ”%1” ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name; Kohtaamo does not overwrite it.</source>
        <translation>Tiedosto ”%1” on jo olemassa. Valitse toinen nimi; Kohtaamo ei korvaa sitä.</translation>
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
        <translation>Muutoslokista puuttuu ketjun pää: se on poistettu taulusta kohtaamo_meta, tai tietokantaa on muutettu Kohtaamon ulkopuolella. Lokin eheyttä ei voida osoittaa.</translation>
    </message>
    <message>
        <source>%1 of %2 #%3 by %4 at %5</source>
        <translation>%1: %2 #%3, tekijä %4, %5</translation>
    </message>
    <message>
        <source>Audit entry #%1 (%2) carries no hash: it was written or changed outside Kohtaamo.</source>
        <translation>Lokimerkinnällä #%1 (%2) ei ole tiivistettä: se on kirjoitettu tai sitä on muutettu Kohtaamon ulkopuolella.</translation>
    </message>
    <message>
        <source>Audit entry #%1 (%2) was added outside Kohtaamo: the chain ends at entry #%3.</source>
        <translation>Lokimerkintä #%1 (%2) on lisätty Kohtaamon ulkopuolella: ketju päättyy merkintään #%3.</translation>
    </message>
    <message>
        <source>Audit entry #%1 (%2) was changed after it was written: it no longer matches its hash.</source>
        <translation>Lokimerkintää #%1 (%2) on muutettu kirjoittamisen jälkeen: se ei enää vastaa tiivistettään.</translation>
    </message>
    <message>
        <source>An audit entry before #%1 (the first one left) was removed: entry #%1 no longer follows the one before it.</source>
        <translation>Merkintää #%1 (ensimmäistä jäljellä olevaa) edeltänyt lokimerkintä on poistettu: merkintä #%1 ei enää jatka edeltävää merkintää.</translation>
    </message>
    <message>
        <source>An audit entry between #%1 and #%2 was removed: entry #%2 no longer follows entry #%1.</source>
        <translation>Merkintöjen #%1 ja #%2 välistä on poistettu lokimerkintä: merkintä #%2 ei enää jatka merkintää #%1.</translation>
    </message>
    <message>
        <source>Every audit entry was removed: the chain ends at entry #%1.</source>
        <translation>Kaikki lokimerkinnät on poistettu: ketju päättyy merkintään #%1.</translation>
    </message>
    <message>
        <source>The last audit entries were removed: the log ends at entry #%1, the chain at entry #%2.</source>
        <translation>Viimeiset lokimerkinnät on poistettu: loki päättyy merkintään #%1, ketju merkintään #%2.</translation>
    </message>
    <message>
        <source>Audit entry #%1 was changed after it was written: it does not match the chain&apos;s head.</source>
        <translation>Lokimerkintää #%1 on muutettu kirjoittamisen jälkeen: se ei vastaa ketjun päätä.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries, each chained to the one before it.</source>
        <translation>Muutosloki on eheä: %1 merkintää, kukin ketjutettuna edeltävään.</translation>
    </message>
    <message>
        <source>The audit log has no chain head, so it cannot be sealed again. Run “audit verify”; nothing was changed.</source>
        <translation>Muutoslokista puuttuu ketjun pää, joten sitä ei voi sinetöidä uudelleen. Suorita ”audit verify”; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The audit log was changed outside Kohtaamo at entry #%1, so it cannot be sealed again after an erasure. Run “audit verify”; nothing was changed.</source>
        <translation>Muutoslokia on muutettu Kohtaamon ulkopuolella merkinnän #%1 kohdalla, joten sitä ei voi sinetöidä uudelleen tietojen poistamisen jälkeen. Suorita ”audit verify”; mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::AuditLogQuery</name>
    <message>
        <source>The period ends before it begins: the “to” date is before the “from” date.</source>
        <translation>Jakso päättyy ennen kuin se alkaa: päättymispäivä on ennen alkamispäivää.</translation>
    </message>
    <message>
        <source>Name the record by its number as well as its kind.</source>
        <translation>Anna kohteen lajin lisäksi sen numero.</translation>
    </message>
    <message>
        <source>A worker&apos;s number is a positive number.</source>
        <translation>Kokemustoimijan numero on positiivinen luku.</translation>
    </message>
    <message>
        <source>The search text is longer than 200 characters.</source>
        <translation>Hakuteksti on yli 200 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>Ask for at least one audit entry from a place in the list.</source>
        <translation>Pyydä vähintään yksi lokimerkintä jostakin luettelon kohdasta.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::AuditLogSection</name>
    <message>
        <source>Audit Log</source>
        <translation>Muutosloki</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record: no request has the reference %1.</source>
        <translation>Kohde: millään toimeksiannolla ei ole tunnusta %1.</translation>
    </message>
    <message>
        <source>Record: type a request&apos;s reference (such as 2026-0042) or a worker&apos;s number (such as #12).</source>
        <translation>Kohde: kirjoita toimeksiannon tunnus (esimerkiksi 2026-0042) tai kokemustoimijan numero (esimerkiksi #12).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>Who did what, when, and to which record: every change, and every export or print of the office&apos;s data. Only an admin reads the log; reading it is not logged. Verify Chain checks that no entry was edited or removed outside Kohtaamo.</source>
        <translation>Kuka teki mitä, milloin ja mihin kohteeseen: jokainen muutos sekä jokainen toimiston tietojen vienti ja tulostus. Vain pääkäyttäjä lukee lokia; lukemista ei kirjata lokiin. Tarkista ketju varmistaa, ettei yhtäkään merkintää ole muokattu tai poistettu Kohtaamon ulkopuolella.</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Kohde:</translation>
    </message>
    <message>
        <source>2026-0042 or #12</source>
        <translation>2026-0042 tai #12</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>A request&apos;s reference, or a worker&apos;s number for everything about them</source>
        <translation>Toimeksiannon tunnus tai kokemustoimijan numero, jolloin näytetään kaikki häntä koskeva</translation>
    </message>
    <message>
        <source>C&amp;oordinator:</source>
        <translation>K&amp;oordinaattori:</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Changes co&amp;ntain:</source>
        <translation>Muutokset &amp;sisältävät:</translation>
    </message>
    <message>
        <source>Changes contain</source>
        <translation>Muutokset sisältävät</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Jakso</translation>
    </message>
    <message>
        <source>Only a period</source>
        <translation>Vain tietty jakso</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Tarkista ketju</translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>Tarkista ketju</translation>
    </message>
    <message>
        <source>Check that no audit entry was edited or removed</source>
        <translation>Tarkista, ettei yhtäkään lokimerkintää ole muokattu tai poistettu</translation>
    </message>
    <message>
        <source>Entries, newest f&amp;irst:</source>
        <translation>&amp;Merkinnät, uusin ensin:</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Muutoslokin merkinnät</translation>
    </message>
    <message>
        <source>Changes of the chosen entr&amp;y:</source>
        <translation>Valitun merkinnän m&amp;uutokset:</translation>
    </message>
    <message>
        <source>Changes of the chosen entry</source>
        <translation>Valitun merkinnän muutokset</translation>
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
    <name>Kohtaamo::AuditTexts</name>
    <message>
        <source>worker</source>
        <translation>kokemustoimija</translation>
    </message>
    <message>
        <source>request</source>
        <translation>toimeksianto</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>suostumus</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>kutsu</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>osallistuminen</translation>
    </message>
    <message>
        <source>meeting outcome</source>
        <translation>tapaamisen tulos</translation>
    </message>
    <message>
        <source>experience knowledge</source>
        <translation>kokemustieto</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinaattori</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>järjestö</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>aihe</translation>
    </message>
    <message>
        <source>message</source>
        <translation>viesti</translation>
    </message>
    <message>
        <source>message wording</source>
        <translation>viestin sanamuoto</translation>
    </message>
    <message>
        <source>ranking weights</source>
        <translation>järjestyksen painot</translation>
    </message>
    <message>
        <source>office settings</source>
        <translation>toimiston asetukset</translation>
    </message>
    <message>
        <source>payment batch</source>
        <translation>maksuerä</translation>
    </message>
    <message>
        <source>funded activity</source>
        <translation>rahoitettu toiminta</translation>
    </message>
    <message>
        <source>group meeting rhythm</source>
        <translation>ryhmätapaamisten rytmi</translation>
    </message>
    <message>
        <source>change notice</source>
        <translation>muutosilmoitus</translation>
    </message>
    <message>
        <source>Exported office data</source>
        <translation>Viety toimiston tiedot</translation>
    </message>
    <message>
        <source>Exported results report</source>
        <translation>Viety tulosraportti</translation>
    </message>
    <message>
        <source>Exported fees</source>
        <translation>Viety palkkiot</translation>
    </message>
    <message>
        <source>Exported commission summary</source>
        <translation>Viety toimeksiannon yhteenveto</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Viety: %1</translation>
    </message>
    <message>
        <source>Exported subject access data</source>
        <translation>Viety tarkastusoikeuden tiedot</translation>
    </message>
    <message>
        <source>Erased worker</source>
        <translation>Poistettu kokemustoimijan henkilötiedot</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Lisätty %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Poistettu %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Muutettu %1</translation>
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
        <translation>(käyttäjä ei tiedossa)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CalendarInvitation</name>
    <message>
        <source>The calendar entry cannot be written: the office&apos;s time zone “%1” is not known.</source>
        <translation>Kalenterimerkintää ei voi kirjoittaa: toimiston aikavyöhykettä ”%1” ei tunneta.</translation>
    </message>
    <message>
        <source>The calendar entry cannot be written: the meeting has no time, or it ends before it starts.</source>
        <translation>Kalenterimerkintää ei voi kirjoittaa: tapaamisella ei ole aikaa, tai se päättyy ennen kuin alkaa.</translation>
    </message>
    <message>
        <source>The calendar entry cannot be written without the organizer&apos;s and the worker&apos;s e-mail.</source>
        <translation>Kalenterimerkintää ei voi kirjoittaa ilman järjestäjän ja kokemustoimijan sähköpostiosoitetta.</translation>
    </message>
    <message>
        <source>The calendar entry cannot be written: no time zone data.</source>
        <translation>Kalenterimerkintää ei voi kirjoittaa: aikavyöhyketiedot puuttuvat.</translation>
    </message>
    <message>
        <source>The calendar entry cannot be written.</source>
        <translation>Kalenterimerkintää ei voi kirjoittaa.</translation>
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
        <translation>Kutsu %1</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Kutsu</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Experience worker</source>
        <translation>Kokemustoimija</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Score %1 of the best %2: %3</source>
        <translation>Pisteet %1 (paras %2): %3</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CandidatesPanel</name>
    <message>
        <source>%1 — fills the team</source>
        <translation>%1 — täydentää tiimin</translation>
    </message>
    <message>
        <source>%1 — adds %2</source>
        <translation>%1 — tuo lisää: %2</translation>
    </message>
    <message numerus="yes">
        <source>Only %n worker(s) can be asked for this request.</source>
        <translation>
            <numerusform>Tähän toimeksiantoon voidaan pyytää vain %n kokemustoimija.</numerusform>
            <numerusform>Tähän toimeksiantoon voidaan pyytää vain %n kokemustoimijaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not covered: %1</source>
        <translation>Kattamatta: %1</translation>
    </message>
    <message>
        <source>Choose a request to see who could be asked.</source>
        <translation>Valitse toimeksianto nähdäksesi, keitä siihen voisi pyytää.</translation>
    </message>
    <message>
        <source>This request has no topics yet: tag it to rank the experience workers by relevant experience.</source>
        <translation>Tällä toimeksiannolla ei ole vielä aiheita: luokittele se, niin kokemustoimijat järjestetään sopivan kokemuksen mukaan.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) can be asked</source>
        <translation>
            <numerusform>%n kokemustoimija voidaan pyytää</numerusform>
            <numerusform>%n kokemustoimijaa voidaan pyytää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n excluded by the rules</source>
        <translation>
            <numerusform> · %n rajattu pois sääntöjen perusteella</numerusform>
            <numerusform> · %n rajattu pois sääntöjen perusteella</numerusform>
        </translation>
    </message>
    <message>
        <source> · the best %1 are shown</source>
        <translation> · näytetään parhaat %1</translation>
    </message>
    <message>
        <source>Invitations can be sent once the request is tagged and until it is held.</source>
        <translation>Kutsuja voi lähettää, kun toimeksianto on luokiteltu, ja siihen asti, kun se on pidetty.</translation>
    </message>
    <message>
        <source>The invitations were not created.</source>
        <translation>Kutsuja ei luotu.</translation>
    </message>
    <message>
        <source>Show e&amp;xcluded</source>
        <translation>Nä&amp;ytä rajatut</translation>
    </message>
    <message>
        <source>List the workers the rules keep out, with every reason</source>
        <translation>Luettele kokemustoimijat, jotka säännöt rajaavat pois, kaikkine syineen</translation>
    </message>
    <message>
        <source>Read the workers, consents and engagements again and rank anew</source>
        <translation>Lue kokemustoimijat, suostumukset ja osallistumiset uudelleen ja järjestä ehdokkaat uudestaan</translation>
    </message>
    <message>
        <source>Excluded by the rules (%1)</source>
        <translation>Sääntöjen perusteella rajatut (%1)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Ehdokkaat</translation>
    </message>
    <message>
        <source>Experience workers who may be asked, best first, with the score and the reasons</source>
        <translation>Kokemustoimijat, joita voi pyytää, paras ensin, pisteineen ja perusteluineen</translation>
    </message>
    <message>
        <source>Excluded workers</source>
        <translation>Rajatut kokemustoimijat</translation>
    </message>
    <message>
        <source>Workers the rules keep out of this request, with every reason</source>
        <translation>Kokemustoimijat, jotka säännöt rajaavat pois tästä toimeksiannosta, kaikkine syineen</translation>
    </message>
    <message numerus="yes">
        <source>Suggested team for %n worker(s)</source>
        <translation>
            <numerusform>Ehdotettu tiimi, %n kokemustoimija</numerusform>
            <numerusform>Ehdotettu tiimi, %n kokemustoimijaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the suggested team for inviting</source>
        <translation>Merkitse ehdotettu tiimi kutsuttavaksi</translation>
    </message>
    <message>
        <source>Suggested team</source>
        <translation>Ehdotettu tiimi</translation>
    </message>
    <message>
        <source>Invite &amp;by:</source>
        <translation>Kut&amp;sutapa:</translation>
    </message>
    <message>
        <source>Invitation channel</source>
        <translation>Kutsutapa</translation>
    </message>
    <message>
        <source>Invite the selected workers</source>
        <translation>Kutsu valitut kokemustoimijat</translation>
    </message>
    <message numerus="yes">
        <source>In&amp;vite %n selected</source>
        <translation>
            <numerusform>Kut&amp;su %n valittu</numerusform>
            <numerusform>Kut&amp;su %n valittua</numerusform>
        </translation>
    </message>
    <message>
        <source>In&amp;vite selected</source>
        <translation>Kutsu va&amp;litut</translation>
    </message>
    <message>
        <source>Rank a&amp;gain</source>
        <translation>Järjestä uu&amp;delleen</translation>
    </message>
    <message>
        <source>Select tea&amp;m</source>
        <translation>Valitse t&amp;iimi</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ChangeNoticeRepository</name>
    <message>
        <source>The open notice #%1</source>
        <translation>Avoin ilmoitus #%1</translation>
    </message>
    <message>
        <source>A notice needs the time it was made.</source>
        <translation>Ilmoitukselle tarvitaan aika, jolloin se tehtiin.</translation>
    </message>
    <message>
        <source>A notice cannot be done before it was made.</source>
        <translation>Ilmoitusta ei voi merkitä hoidetuksi ennen kuin se on tehty.</translation>
    </message>
    <message>
        <source>The worker already has an open notice of this kind for this request.</source>
        <translation>Kokemustoimijalla on jo avoin samanlainen ilmoitus tästä toimeksiannosta.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Chip</name>
    <message>
        <source>speaks for: %1</source>
        <translation>puoltaa: %1</translation>
    </message>
    <message>
        <source>speaks against: %1</source>
        <translation>puhuu vastaan: %1</translation>
    </message>
    <message>
        <source>neutral: %1</source>
        <translation>neutraali: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ChosenTopicsModel</name>
    <message>
        <source>Primary</source>
        <translation>Ensisijainen</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Toissijainen</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (poistettu käytöstä)</translation>
    </message>
    <message>
        <source>No longer offered for tagging; it stays on the request until removed.</source>
        <translation>Ei enää tarjolla luokitteluun; pysyy toimeksiannossa, kunnes se poistetaan.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Paino</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Empties the field.</source>
        <translation>Tyhjentää kentän.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::AdminCommands</name>
    <message>
        <source>The roles kohtaamo_viewer, kohtaamo_coordinator and kohtaamo_admin, their privileges, the row-level security policies and the append-only audit log are in place.</source>
        <translation>Roolit kohtaamo_viewer, kohtaamo_coordinator ja kohtaamo_admin, niiden oikeudet, rivitason suojauskäytännöt ja muutosloki, johon voi vain lisätä merkintöjä, ovat käytössä.</translation>
    </message>
    <message>
        <source>add-coordinator needs --login and --organisation.</source>
        <translation>add-coordinator tarvitsee valitsimet --login ja --organisation.</translation>
    </message>
    <message>
        <source>Unknown role %1: use admin, coordinator or viewer.</source>
        <translation>Tuntematon rooli %1: käytä arvoa admin, coordinator tai viewer.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Käyttäjätunnuksen %1 salasana: </translation>
    </message>
    <message>
        <source>The login %1 can connect as a %2 of “%3”.</source>
        <translation>Käyttäjätunnus %1 voi muodostaa yhteyden järjestön ”%3” roolissa %2.</translation>
    </message>
    <message>
        <source>Unknown admin action %1: use init-postgres or add-coordinator.</source>
        <translation>Tuntematon admin-toiminto %1: käytä toimintoa init-postgres tai add-coordinator.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::AuditCommands</name>
    <message>
        <source>Unknown audit action %1: use verify or list.</source>
        <translation>Tuntematon audit-toiminto %1: käytä toimintoa verify tai list.</translation>
    </message>
    <message>
        <source>--worker: give the worker&apos;s id (the number in the worker register).</source>
        <translation>--worker: anna kokemustoimijan tunnistenumero (numero kokemustoimijarekisterissä).</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 entries shown, newest first.</source>
        <translation>
            <numerusform>Näytetään %n merkintä (yhteensä %1), uusin ensin.</numerusform>
            <numerusform>Näytetään %n merkintää (yhteensä %1), uusin ensin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::BackupCommands</name>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>Tunnuslause varmuuskopiolle: </translation>
    </message>
    <message>
        <source>Encrypted backup written to %1.</source>
        <translation>Salattu varmuuskopio kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Varmuuskopion tunnuslause: </translation>
    </message>
    <message>
        <source>The office was restored from %1.</source>
        <translation>Toimisto palautettiin varmuuskopiosta %1.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Näytä tämä ohje.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>SIJAINTI</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[valitsimet]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Käyttö: %1</translation>
    </message>
    <message>
        <source>To make a new office there: kohtaamo-cli --db %1 init</source>
        <translation>Uuden toimiston voi luoda sinne komennolla: kohtaamo-cli --db %1 init</translation>
    </message>
    <message>
        <source>The export was written but could not be logged in the audit log: %1</source>
        <translation>Vienti kirjoitettiin, mutta sitä ei voitu kirjata muutoslokiin: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::CliCommandTable</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>VVVV-KK-PP</translation>
    </message>
    <message>
        <source>Rank as on day &lt;YYYY-MM-DD&gt; (default: today): availability, consents and limits are those of that day.</source>
        <translation>Järjestä päivän &lt;VVVV-KK-PP&gt; mukaan (oletus: tänään): saatavuus, suostumukset ja rajat ovat sen päivän.</translation>
    </message>
    <message>
        <source>Print JSON as described in docs/interchange.md instead of a table.</source>
        <translation>Tulosta taulukon sijaan JSON, kuten docs/interchange.md kuvaa.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>TUNNUS</translation>
    </message>
    <message>
        <source>The reference of the request, such as 2026-0014.</source>
        <translation>Toimeksiannon tunnus, esimerkiksi 2026-0014.</translation>
    </message>
    <message>
        <source>Print the schema version and what the database holds</source>
        <translation>Tulosta skeeman versio ja tietokannan sisältö</translation>
    </message>
    <message>
        <source>Prints the kind of database, its schema version and the number of rows in each table.</source>
        <translation>Tulostaa tietokannan lajin, sen skeeman version ja kunkin taulun rivimäärän.</translation>
    </message>
    <message>
        <source>Fill an empty database with a deterministic demo office</source>
        <translation>Täytä tyhjä tietokanta toistettavalla esittelytoimistolla</translation>
    </message>
    <message>
        <source>Fills an empty database with a fictional office: organisations, coordinators, experience workers with consents, and requests at every step of their workflow. The same options give the same office. A database that already holds workers or requests is refused.</source>
        <translation>Täyttää tyhjän tietokannan kuvitteellisella toimistolla: järjestöt, koordinaattorit, kokemustoimijat suostumuksineen ja toimeksiannot työnkulun jokaisessa vaiheessa. Samat valitsimet antavat saman toimiston. Tietokantaa, jossa on jo kokemustoimijoita tai toimeksiantoja, ei täytetä.</translation>
    </message>
    <message>
        <source>Create &lt;n&gt; experience workers (default 120).</source>
        <translation>Luo &lt;n&gt; kokemustoimijaa (oletus 120).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Create &lt;n&gt; requests (default 240).</source>
        <translation>Luo &lt;n&gt; toimeksiantoa (oletus 240).</translation>
    </message>
    <message>
        <source>Start the random choices from &lt;seed&gt; (default 1).</source>
        <translation>Aloita satunnaiset valinnat siemenestä &lt;seed&gt; (oletus 1).</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>Date the office around &lt;YYYY-MM-DD&gt; (default: today).</source>
        <translation>Ajoita toimisto päivän &lt;VVVV-KK-PP&gt; ympärille (oletus: tänään).</translation>
    </message>
    <message>
        <source>Write the whole office as an interchange document</source>
        <translation>Kirjoita koko toimisto siirtotiedostoksi</translation>
    </message>
    <message>
        <source>Writes the whole office as one JSON interchange document (docs/interchange.md). The file holds personal data: it is created readable and writable by its owner only.</source>
        <translation>Kirjoittaa koko toimiston yhdeksi JSON-siirtotiedostoksi (docs/interchange.md). Tiedostossa on henkilötietoja: se luodaan vain omistajansa luettavaksi ja kirjoitettavaksi.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TIEDOSTO</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation>Kirjoitettava tiedosto, tai - vakiotulosteeseen.</translation>
    </message>
    <message>
        <source>Read an interchange document into an empty office</source>
        <translation>Lue siirtotiedosto tyhjään toimistoon</translation>
    </message>
    <message>
        <source>Reads a JSON interchange document (docs/interchange.md) into an office that has no workers or requests yet, all or nothing: on any problem nothing is imported, and the message names the place in the file.</source>
        <translation>Lukee JSON-siirtotiedoston (docs/interchange.md) toimistoon, jossa ei vielä ole kokemustoimijoita eikä toimeksiantoja, kaikki tai ei mitään: jos jokin on vialla, mitään ei tuoda, ja viesti nimeää kohdan tiedostossa.</translation>
    </message>
    <message>
        <source>The file to read, or - for standard input.</source>
        <translation>Luettava tiedosto, tai - vakiosyötteestä.</translation>
    </message>
    <message>
        <source>Rank the experience workers for a request, with the reasons</source>
        <translation>Järjestä kokemustoimijat toimeksiantoon perusteluineen</translation>
    </message>
    <message>
        <source>Ranks the experience workers for a request by relevant experience, availability and consent, with the stored weights: the ranking the request page shows.</source>
        <translation>Järjestää kokemustoimijat toimeksiantoon osuvan kokemuksen, saatavuuden ja suostumuksen mukaan tallennetuilla painoilla: sama järjestys, jonka toimeksiannon sivu näyttää.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; workers (default 50).</source>
        <translation>Näytä enintään &lt;n&gt; kokemustoimijaa (oletus 50).</translation>
    </message>
    <message>
        <source>Also list the workers left out, and why.</source>
        <translation>Luettele myös pois rajatut kokemustoimijat ja syyt.</translation>
    </message>
    <message>
        <source>Suggest a team for a request that needs several workers</source>
        <translation>Ehdota ryhmää toimeksiantoon, joka tarvitsee useita kokemustoimijoita</translation>
    </message>
    <message>
        <source>Suggests a team for a request that needs several experience workers: the best ranked, chosen so that together they cover the request&apos;s topics and perspectives.</source>
        <translation>Ehdottaa ryhmää toimeksiantoon, joka tarvitsee useita kokemustoimijoita: parhaiten sijoittuneet, valittuina niin, että he yhdessä kattavat toimeksiannon aiheet ja näkökulmat.</translation>
    </message>
    <message>
        <source>Create a new, empty office</source>
        <translation>Luo uusi, tyhjä toimisto</translation>
    </message>
    <message>
        <source>Creates a new, empty office in the file given with --db (its folder must exist) or sets up Kohtaamo in an empty PostgreSQL database. An existing office is left as it is.</source>
        <translation>Luo uuden, tyhjän toimiston valitsimella --db annettuun tiedostoon (sen kansion on oltava olemassa) tai ottaa Kohtaamon käyttöön tyhjässä PostgreSQL-tietokannassa. Olemassa oleva toimisto jätetään ennalleen.</translation>
    </message>
    <message>
        <source>List the fees to pay, or mark fees paid as one batch</source>
        <translation>Luettele maksettavat palkkiot tai merkitse palkkiot maksetuiksi yhtenä maksueränä</translation>
    </message>
    <message>
        <source>fees list: the fees due (or paid, or both) of the work done in a period, as a table or written for bookkeeping as CSV (UTF-8, semicolons, decimal comma) or XLSX, with the totals. fees mark-paid: marks the fees named paid on a date as one payment batch, all or nothing; a request&apos;s reference names every fee due in it, a number one engagement. When the batch would take a worker&apos;s fees of the year over their earnings ceiling, nothing is marked unless --acknowledge-ceiling is given.</source>
        <translation>fees list: jaksolla tehdyn työn maksettavat (tai maksetut tai molemmat) palkkiot summineen taulukkona tai kirjanpitoa varten CSV-muodossa (UTF-8, puolipisteet, desimaalipilkku) tai XLSX-muodossa. fees mark-paid: merkitsee nimetyt palkkiot tiettynä päivänä maksetuiksi yhtenä maksueränä, kaikki tai ei mitään; toimeksiannon tunnus nimeää kaikki sen maksettavat palkkiot, numero yhden osallistumisen. Jos maksuerä veisi kokemustoimijan vuoden palkkiot yli hänen tulorajansa, mitään ei merkitä, ellei valitsinta --acknowledge-ceiling anneta.</translation>
    </message>
    <message>
        <source>list: work held on or after &lt;YYYY-MM-DD&gt;.</source>
        <translation>list: työ, joka on pidetty &lt;VVVV-KK-PP&gt; tai myöhemmin.</translation>
    </message>
    <message>
        <source>list: work held on or before &lt;YYYY-MM-DD&gt;.</source>
        <translation>list: työ, joka on pidetty &lt;VVVV-KK-PP&gt; tai aiemmin.</translation>
    </message>
    <message>
        <source>list: due (default), paid or all.</source>
        <translation>list: due (maksettavat, oletus), paid (maksetut) tai all (kaikki).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>list: write the fees as CSV to &lt;FILE&gt;.</source>
        <translation>list: kirjoita palkkiot CSV-muodossa tiedostoon &lt;TIEDOSTO&gt;.</translation>
    </message>
    <message>
        <source>list: write the fees as XLSX to &lt;FILE&gt;.</source>
        <translation>list: kirjoita palkkiot XLSX-muodossa tiedostoon &lt;TIEDOSTO&gt;.</translation>
    </message>
    <message>
        <source>mark-paid: the date the fees were paid.</source>
        <translation>mark-paid: päivä, jona palkkiot maksettiin.</translation>
    </message>
    <message>
        <source>mark-paid: a note for the payment batch.</source>
        <translation>mark-paid: maksuerän lisätieto.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKSTI</translation>
    </message>
    <message>
        <source>mark-paid: mark paid even over a worker&apos;s earnings ceiling.</source>
        <translation>mark-paid: merkitse maksetuksi, vaikka kokemustoimijan tuloraja ylittyisi.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>TOIMINTO</translation>
    </message>
    <message>
        <source>list or mark-paid.</source>
        <translation>list tai mark-paid.</translation>
    </message>
    <message>
        <source>mark-paid: request references or engagement ids.</source>
        <translation>mark-paid: toimeksiantojen tunnukset tai osallistumisten numerot.</translation>
    </message>
    <message>
        <source>List the outbox, or send the messages waiting in it</source>
        <translation>Luettele lähtevät viestit tai lähetä lähettämistä odottavat viestit</translation>
    </message>
    <message>
        <source>`outbox list` prints the office&apos;s e-mail messages, one a line: their state (draft, queued, sent, failed), kind, request, recipient and the server&apos;s answer to a failed attempt. `outbox send` sends every queued or failed message once, with the office&apos;s mail account or the one in KOHTAAMO_SMTP_URL (smtp://host:587 with STARTTLS, smtps://host:465 with TLS), KOHTAAMO_SMTP_USER and KOHTAAMO_SMTP_PASSWORD; a message already sent is never sent again. See docs/mail.md.</source>
        <translation>`outbox list` tulostaa toimiston sähköpostiviestit, yhden riville: tilan (draft = luonnos, queued = jonossa, sent = lähetetty, failed = epäonnistui), lajin, toimeksiannon, vastaanottajan ja palvelimen vastauksen epäonnistuneeseen yritykseen. `outbox send` lähettää jokaisen jonossa olevan tai epäonnistuneen viestin kerran toimiston sähköpostitilillä tai tilillä, joka on annettu muuttujissa KOHTAAMO_SMTP_URL (smtp://host:587 ja STARTTLS, smtps://host:465 ja TLS), KOHTAAMO_SMTP_USER ja KOHTAAMO_SMTP_PASSWORD; jo lähetettyä viestiä ei koskaan lähetetä uudelleen. Katso docs/mail.md.</translation>
    </message>
    <message>
        <source>list: only messages in &lt;state&gt;: draft, queued, sent or failed.</source>
        <translation>list: vain viestit, joiden tila on &lt;tila&gt;: draft, queued, sent tai failed.</translation>
    </message>
    <message>
        <source>list: only the messages of request &lt;REF&gt;.</source>
        <translation>list: vain toimeksiannon &lt;TUNNUS&gt; viestit.</translation>
    </message>
    <message>
        <source>send: approve every draft as written first (otherwise only messages a coordinator approved are sent).</source>
        <translation>send: hyväksy ensin jokainen luonnos sellaisenaan (muuten lähetetään vain koordinaattorin hyväksymät viestit).</translation>
    </message>
    <message>
        <source>list or send.</source>
        <translation>list tai send.</translation>
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
        <translation>Käyttö: kohtaamo-cli --db SIJAINTI KOMENTO [valitsimet]
       kohtaamo-cli help [KOMENTO]
       kohtaamo-cli --version

Komennot:
%1
SIJAINTI on SQLite-tiedosto tai postgresql://käyttäjä@palvelin[:portti]/tietokanta;
salasana tulee tiedostosta ~/.pgpass tai muuttujasta PGPASSWORD. Vain init, demo ja import
luovat puuttuvan toimistotiedoston; mikään komento ei luo kansioita.
--lang fi|sv|en valitsee kielen (oletus: työpöydän kieli).
`kohtaamo-cli help KOMENTO` näyttää komennon valitsimet.
Tiedostomuoto ja JSON-tuloste kuvataan tiedostossa docs/interchange.md
(asennettuna /usr/share/doc/kohtaamo/interchange.md.gz).
Paluuarvot: 0 onnistui, 1 epäonnistui, 2 virheellinen käyttö tai syöte, 3 ei löytynyt.
</translation>
    </message>
    <message>
        <source>Write the funder&apos;s results report</source>
        <translation>Kirjoita rahoittajan tulosraportti</translation>
    </message>
    <message>
        <source>report results: the funder&apos;s results report (docs/reports.md) for a year, a quarter or the days from --from to --to, for the whole office, one organisation or one funded activity: printed as text, or written as a PDF (A4, charts, page numbers), as CSV files (one per table in a folder) and as an XLSX workbook. No worker is named; counts of fewer than 5 people are shown as &quot;&lt; 5&quot;.</source>
        <translation>report results: rahoittajan tulosraportti (docs/reports.md) vuodelta, vuosineljännekseltä tai päiviltä --from–--to koko toimistosta, yhdestä järjestöstä tai yhdestä rahoitetusta toiminnasta: tulostettuna tekstinä tai kirjoitettuna PDF-tiedostoksi (A4, kaaviot, sivunumerot), CSV-tiedostoiksi (yksi taulukkoa kohden kansioon) ja XLSX-työkirjaksi. Yhtäkään kokemustoimijaa ei nimetä; alle 5 hengen määrät näytetään muodossa &quot;&lt; 5&quot;.</translation>
    </message>
    <message>
        <source>The report&apos;s year, such as 2026.</source>
        <translation>Raportin vuosi, esimerkiksi 2026.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>VUOSI</translation>
    </message>
    <message>
        <source>Only this quarter of the year (1–4).</source>
        <translation>Vain tämä vuosineljännes (1–4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The first day of a period of any length.</source>
        <translation>Minkä tahansa pituisen jakson ensimmäinen päivä.</translation>
    </message>
    <message>
        <source>The last day of that period.</source>
        <translation>Saman jakson viimeinen päivä.</translation>
    </message>
    <message>
        <source>Only this organisation (its name or short name).</source>
        <translation>Vain tämä järjestö (sen nimi tai lyhenne).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>Only this funded activity (its name).</source>
        <translation>Vain tämä rahoitettu toiminta (sen nimi).</translation>
    </message>
    <message>
        <source>Write the report as a PDF to &lt;FILE&gt;.</source>
        <translation>Kirjoita raportti PDF-muodossa tiedostoon &lt;TIEDOSTO&gt;.</translation>
    </message>
    <message>
        <source>Write one CSV file per table into &lt;DIR&gt;.</source>
        <translation>Kirjoita kustakin taulukosta CSV-tiedosto kansioon &lt;KANSIO&gt;.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>KANSIO</translation>
    </message>
    <message>
        <source>Write every table as a sheet of &lt;FILE&gt;.</source>
        <translation>Kirjoita jokainen taulukko tiedoston &lt;TIEDOSTO&gt; omalle välilehdelle.</translation>
    </message>
    <message>
        <source>The office&apos;s name on the PDF&apos;s pages (default: the database&apos;s name).</source>
        <translation>Toimiston nimi PDF-tiedoston sivuilla (oletus: tietokannan nimi).</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>RAPORTTI</translation>
    </message>
    <message>
        <source>results.</source>
        <translation>results.</translation>
    </message>
    <message>
        <source>Import a worker register from a CSV or XLSX file</source>
        <translation>Tuo kokemustoimijarekisteri CSV- tai XLSX-tiedostosta</translation>
    </message>
    <message>
        <source>Reads a worker register kept in a spreadsheet (CSV with ; or , and UTF-8, or the first sheet of an XLSX workbook) and adds each row as a new experience worker, all or nothing: when any row is refused nothing is stored, and each refused row is named with its row and column. The columns are guessed from their headers (Finnish, Swedish or English); --map sets one. Likely duplicates are warned about. No consent is recorded unless the contact-consent column is mapped. See docs/interchange.md.</source>
        <translation>Lukee taulukkolaskentaohjelmassa ylläpidetyn kokemustoimijarekisterin (CSV, erottimena ; tai , ja merkistönä UTF-8, tai XLSX-työkirjan ensimmäinen taulukko) ja lisää jokaisen rivin uutena kokemustoimijana, kaikki tai ei mitään: jos jokin rivi hylätään, mitään ei tallenneta, ja jokainen hylätty rivi nimetään rivin ja sarakkeen mukaan. Sarakkeet päätellään niiden otsikoista (suomi, ruotsi tai englanti); --map asettaa yhden kentän sarakkeen. Todennäköisistä kaksoiskappaleista varoitetaan. Suostumusta ei kirjata, ellei yhteydenottosuostumuksen saraketta (contact-consent) ole kohdistettu. Katso docs/interchange.md.</translation>
    </message>
    <message>
        <source>Fill &lt;field&gt; from &lt;column&gt; (its header, letter or number); may be given more than once. Fields: name, first-name, last-name, pseudonym, email, phone, organisation, title, date-of-birth, languages, municipality, region, regions-covered, status, notes, contact-consent.</source>
        <translation>Täytä kenttä &lt;kenttä&gt; sarakkeesta &lt;sarake&gt; (sen otsikko, kirjain tai numero); voidaan antaa useammin kuin kerran. Kentät: name, first-name, last-name, pseudonym, email, phone, organisation, title, date-of-birth, languages, municipality, region, regions-covered, status, notes, contact-consent.</translation>
    </message>
    <message>
        <source>field=column</source>
        <translation>kenttä=sarake</translation>
    </message>
    <message>
        <source>The organisation of rows that name none (default: the office&apos;s only organisation).</source>
        <translation>Järjestö riveille, joilla järjestöä ei ole (oletus: toimiston ainoa järjestö).</translation>
    </message>
    <message>
        <source>Check every row and print what would be imported; store nothing.</source>
        <translation>Tarkista jokainen rivi ja tulosta, mitä tuotaisiin; älä tallenna mitään.</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to read.</source>
        <translation>Luettava CSV- tai XLSX-tiedosto.</translation>
    </message>
    <message>
        <source>Print or write one commission&apos;s summary</source>
        <translation>Tulosta tai kirjoita yhden toimeksiannon yhteenveto</translation>
    </message>
    <message>
        <source>summary REF: the commission summary of the request REF (docs/reports.md) — what was asked, its steps, who took part (workers named only with their consent to appear in public), hours, the fees in total, the outcome, the feedback and the experience knowledge: printed as text, or written as a one-page PDF.</source>
        <translation>summary TUNNUS: toimeksiannon TUNNUS yhteenveto (docs/reports.md) – mitä pyydettiin, toimeksiannon vaiheet, ketkä osallistuivat (kokemustoimijat nimetään vain heidän suostumuksellaan julkiseen esiintymiseen), tunnit, palkkiot yhteensä, tulos, palaute ja kokemustieto: tulostettuna tekstinä tai kirjoitettuna yksisivuiseksi PDF-tiedostoksi.</translation>
    </message>
    <message>
        <source>Write the summary as a PDF to &lt;FILE&gt;.</source>
        <translation>Kirjoita yhteenveto PDF-muodossa tiedostoon &lt;TIEDOSTO&gt;.</translation>
    </message>
    <message>
        <source>The request&apos;s reference, such as 2026-0042.</source>
        <translation>Toimeksiannon tunnus, esimerkiksi 2026-0042.</translation>
    </message>
    <message>
        <source>Check that no audit entry was edited or removed</source>
        <translation>Tarkista, ettei yhtäkään lokimerkintää ole muokattu tai poistettu</translation>
    </message>
    <message>
        <source>The worker&apos;s id (the number in the worker register).</source>
        <translation>Kokemustoimijan tunnistenumero (numero kokemustoimijarekisterissä).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <source>Erase a worker&apos;s personal data (admins only)</source>
        <translation>Poista kokemustoimijan henkilötiedot (vain pääkäyttäjät)</translation>
    </message>
    <message>
        <source>erase-worker --worker ID --yes: removes the worker&apos;s personal fields everywhere, old values in the audit log included, and seals the audit chain again; their engagements, hours and fees stay as an anonymous row, so the statistics stay correct. It cannot be undone. See docs/data-protection.md.</source>
        <translation>erase-worker --worker NUMERO --yes: poistaa kokemustoimijan henkilötiedot kaikkialta, myös muutoslokiin tallennetut vanhat arvot, ja sinetöi muutoslokin ketjun uudelleen; hänen osallistumisensa, tuntinsa ja palkkionsa jäävät nimettömäksi riviksi, joten tilastot pysyvät oikeina. Poistoa ei voi perua. Katso docs/data-protection.md.</translation>
    </message>
    <message>
        <source>Erase without asking: the erasure is meant.</source>
        <translation>Poista kysymättä: poisto on tarkoituksellinen.</translation>
    </message>
    <message>
        <source>Write everything held about one worker</source>
        <translation>Kirjoita kaikki yhdestä kokemustoimijasta säilytettävät tiedot</translation>
    </message>
    <message>
        <source>subject-access --worker ID --json FILE --pdf FILE: everything the office holds about the worker (record, experiences, consents and their history, unavailable periods, invitations, engagements and fees, knowledge naming them, mail to them, audit entries about them) as JSON and as a readable PDF, readable by you only. The export is audited. See docs/data-protection.md.</source>
        <translation>subject-access --worker NUMERO --json TIEDOSTO --pdf TIEDOSTO: kaikki, mitä toimisto säilyttää kokemustoimijasta (perustiedot, kokemukset, suostumukset historioineen, poissaolojaksot, kutsut, osallistumiset ja palkkiot, kokemustieto, jossa hänet mainitaan, hänelle lähetetyt sähköpostit, häntä koskevat lokimerkinnät), JSON-muodossa ja luettavana PDF-tiedostona, joita vain sinä voit lukea. Vienti kirjataan muutoslokiin. Katso docs/data-protection.md.</translation>
    </message>
    <message>
        <source>Write the data as JSON to &lt;FILE&gt;.</source>
        <translation>Kirjoita tiedot JSON-muodossa tiedostoon &lt;TIEDOSTO&gt;.</translation>
    </message>
    <message>
        <source>Write the data as a PDF to &lt;FILE&gt;.</source>
        <translation>Kirjoita tiedot PDF-muodossa tiedostoon &lt;TIEDOSTO&gt;.</translation>
    </message>
    <message>
        <source>Set up a shared PostgreSQL database and coordinators&apos; logins</source>
        <translation>Valmistele jaettu PostgreSQL-tietokanta ja koordinaattorien käyttäjätunnukset</translation>
    </message>
    <message>
        <source>`admin init-postgres` creates the group roles kohtaamo_viewer, kohtaamo_coordinator and kohtaamo_admin, their privileges, the row-level security policies (a coordinator sees the workers of their own organisation and the requests whose scope includes it) and the append-only audit log; run it as the owner of the tables, again after every upgrade. `admin add-coordinator` creates a coordinator&apos;s own database login and the coordinator record that maps it to an organisation and a role; the password is asked on the terminal or taken from KOHTAAMO_COORDINATOR_PASSWORD, never from the command line. See docs/shared-database.md.</source>
        <translation>`admin init-postgres` luo ryhmäroolit kohtaamo_viewer, kohtaamo_coordinator ja kohtaamo_admin, niiden oikeudet, rivitason suojauskäytännöt (koordinaattori näkee oman järjestönsä kokemustoimijat ja ne toimeksiannot, joiden piiriin hänen järjestönsä kuuluu) ja muutoslokin, johon voi vain lisätä merkintöjä; suorita se taulujen omistajana ja uudelleen jokaisen päivityksen jälkeen. `admin add-coordinator` luo koordinaattorille oman tietokannan käyttäjätunnuksen sekä koordinaattoritiedon, joka liittää tunnuksen järjestöön ja rooliin; salasana kysytään päätteessä tai luetaan muuttujasta KOHTAAMO_COORDINATOR_PASSWORD, ei koskaan komentoriviltä. Katso docs/shared-database.md.</translation>
    </message>
    <message>
        <source>add-coordinator: the database login.</source>
        <translation>add-coordinator: tietokannan käyttäjätunnus.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>KÄYTTÄJÄTUNNUS</translation>
    </message>
    <message>
        <source>add-coordinator: the coordinator&apos;s organisation (name or short name).</source>
        <translation>add-coordinator: koordinaattorin järjestö (nimi tai lyhenne).</translation>
    </message>
    <message>
        <source>add-coordinator: admin, coordinator (default) or viewer.</source>
        <translation>add-coordinator: admin (pääkäyttäjä), coordinator (koordinaattori, oletus) tai viewer (lukija).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROOLI</translation>
    </message>
    <message>
        <source>add-coordinator: the coordinator&apos;s name as shown (default: the login).</source>
        <translation>add-coordinator: koordinaattorin näytettävä nimi (oletus: käyttäjätunnus).</translation>
    </message>
    <message>
        <source>init-postgres or add-coordinator.</source>
        <translation>init-postgres tai add-coordinator.</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the office</source>
        <translation>Kirjoita toimistosta salattu varmuuskopio</translation>
    </message>
    <message>
        <source>backup FILE writes an encrypted copy of an SQLite office to the new file FILE, readable by its owner only (libsodium; the key is derived from the passphrase with Argon2id). The passphrase is asked twice on the terminal, or taken from KOHTAAMO_BACKUP_PASSPHRASE. A PostgreSQL database is backed up with pg_dump. See docs/data-protection.md.</source>
        <translation>backup TIEDOSTO kirjoittaa SQLite-toimistosta salatun kopion uuteen tiedostoon TIEDOSTO, jota vain sen omistaja voi lukea (libsodium; avain johdetaan tunnuslauseesta Argon2id-algoritmilla). Tunnuslause kysytään päätteessä kahdesti tai luetaan muuttujasta KOHTAAMO_BACKUP_PASSPHRASE. PostgreSQL-tietokannasta otetaan varmuuskopio pg_dump-ohjelmalla. Katso docs/data-protection.md.</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>Uusi varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <source>Replace the office with an encrypted backup</source>
        <translation>Korvaa toimisto salatulla varmuuskopiolla</translation>
    </message>
    <message>
        <source>restore FILE decrypts the backup FILE, checks it (integrity, a Kohtaamo schema this version can open) and only then replaces the office with it. A wrong passphrase or a changed byte replaces nothing. The passphrase is asked on the terminal, or taken from KOHTAAMO_BACKUP_PASSPHRASE. Nobody else may have the office open.</source>
        <translation>restore TIEDOSTO purkaa varmuuskopion TIEDOSTO salauksen, tarkistaa sen (eheys ja Kohtaamon skeema, jonka tämä versio osaa avata) ja vasta sitten korvaa toimiston sillä. Väärä tunnuslause tai yksikin muuttunut tavu ei korvaa mitään. Tunnuslause kysytään päätteessä tai luetaan muuttujasta KOHTAAMO_BACKUP_PASSPHRASE. Kenelläkään muulla ei saa olla toimistoa auki.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <source>`audit verify` walks the audit log&apos;s hash chain: each entry carries a hash of its content and of the entry before it. It prints that the log is intact and exits 0, or names the first entry that was edited or removed and exits 1. `audit list` prints the entries, newest first, filtered by worker, request, coordinator and period (admins only). See docs/data-protection.md.</source>
        <translation>`audit verify` käy läpi muutoslokin tiivisteketjun: jokaisessa merkinnässä on tiiviste sen sisällöstä ja edeltävästä merkinnästä. Se ilmoittaa lokin olevan eheä ja päättyy paluuarvoon 0, tai nimeää ensimmäisen muokatun tai poistetun merkinnän ja päättyy paluuarvoon 1. `audit list` tulostaa merkinnät uusin ensin, suodatettuina kokemustoimijan, toimeksiannon, koordinaattorin ja jakson mukaan (vain pääkäyttäjät). Katso docs/data-protection.md.</translation>
    </message>
    <message>
        <source>verify or list.</source>
        <translation>verify tai list.</translation>
    </message>
    <message>
        <source>list: the entries about this worker and their consents, invitations and engagements.</source>
        <translation>list: tätä kokemustoimijaa sekä hänen suostumuksiaan, kutsujaan ja osallistumisiaan koskevat merkinnät.</translation>
    </message>
    <message>
        <source>list: the entries about this request.</source>
        <translation>list: tätä toimeksiantoa koskevat merkinnät.</translation>
    </message>
    <message>
        <source>list: the entries by this login.</source>
        <translation>list: tällä käyttäjätunnuksella tehdyt merkinnät.</translation>
    </message>
    <message>
        <source>list: from this day on (office time).</source>
        <translation>list: tästä päivästä alkaen (toimiston aikaa).</translation>
    </message>
    <message>
        <source>list: up to and including this day.</source>
        <translation>list: tähän päivään asti, tämä päivä mukaan lukien.</translation>
    </message>
    <message>
        <source>list: at most &lt;n&gt; entries (default 50).</source>
        <translation>list: enintään &lt;n&gt; merkintää (oletus 50).</translation>
    </message>
    <message>
        <source>List or apply the office&apos;s retention rules (admins apply)</source>
        <translation>Näytä tai toteuta toimiston säilytyssäännöt (toteuttaa vain pääkäyttäjä)</translation>
    </message>
    <message>
        <source>retention: lists the workers who left longer ago than the office&apos;s rule allows (Settings ▸ Retention) and how many old audit entries still hold personal data. retention --apply --yes erases those workers and prunes those entries, in one transaction, and seals the audit chain again (admins only). See docs/data-protection.md.</source>
        <translation>retention: luettelee kokemustoimijat, joiden lähdöstä on kulunut kauemmin kuin toimiston sääntö sallii (Asetukset ▸ Säilytysajat), sekä sen, kuinka monessa vanhassa lokimerkinnässä on yhä henkilötietoja. retention --apply --yes poistaa näiden kokemustoimijoiden henkilötiedot ja karsii nämä merkinnät yhdessä transaktiossa sekä sinetöi muutoslokin ketjun uudelleen (vain pääkäyttäjät). Katso docs/data-protection.md.</translation>
    </message>
    <message>
        <source>Erase and prune what is due.</source>
        <translation>Poista ja karsi säilytysajan ylittäneet tiedot.</translation>
    </message>
    <message>
        <source>Apply without asking: it is meant.</source>
        <translation>Toteuta kysymättä: toteutus on tarkoituksellinen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::CliOptions</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Odottamaton argumentti: %1</translation>
    </message>
    <message>
        <source>Missing argument</source>
        <translation>Argumentti puuttuu</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 on oltava kokonaisluku väliltä %2–%3</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD</source>
        <translation>--%1 on oltava päivämäärä muodossa VVVV-KK-PP</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::FeeCommands</name>
    <message>
        <source>Unknown action %1: use list or mark-paid.</source>
        <translation>Tuntematon toiminto %1: käytä toimintoa list tai mark-paid.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Odottamaton argumentti: %1</translation>
    </message>
    <message>
        <source>--state: use due, paid or all, not %1.</source>
        <translation>--state: käytä arvoa due, paid tai all, ei %1.</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Palkkiot</translation>
    </message>
    <message>
        <source>Wrote %1 fees to %2.</source>
        <translation>Palkkioita kirjoitettiin tiedostoon %2: %1.</translation>
    </message>
    <message>
        <source>Name the fees to mark paid: request references (every due fee of the request) or engagement ids.</source>
        <translation>Nimeä maksetuiksi merkittävät palkkiot: toimeksiantojen tunnukset (kaikki toimeksiannon maksettavat palkkiot) tai osallistumisten numerot.</translation>
    </message>
    <message>
        <source>--on: give the date the fees were paid (YYYY-MM-DD).</source>
        <translation>--on: anna palkkioiden maksupäivä (VVVV-KK-PP).</translation>
    </message>
    <message>
        <source>No request has the reference %1.</source>
        <translation>Millään toimeksiannolla ei ole tunnusta %1.</translation>
    </message>
    <message>
        <source>The request %1 has no fees due.</source>
        <translation>Toimeksiannossa %1 ei ole maksettavia palkkioita.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varoitus: %1</translation>
    </message>
    <message>
        <source>Nothing was marked paid. Run again with --acknowledge-ceiling to mark the fees paid all the same.</source>
        <translation>Mitään ei merkitty maksetuksi. Jos haluat merkitä palkkiot maksetuiksi silti, suorita komento uudelleen valitsimella --acknowledge-ceiling.</translation>
    </message>
    <message>
        <source>Batch %1: %2 fees, %3, paid on %4.</source>
        <translation>Maksuerä %1: palkkioita %2, %3, maksettu %4.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::InterchangeCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>topics: %1 created, %2 updated, %3 already there</source>
        <translation>aiheet: %1 luotu, %2 päivitetty, %3 oli jo ennestään</translation>
    </message>
    <message>
        <source>organisations: %1 created, %2 already there</source>
        <translation>järjestöt: %1 luotu, %2 oli jo ennestään</translation>
    </message>
    <message>
        <source>coordinators: %1 created, %2 already there</source>
        <translation>koordinaattorit: %1 luotu, %2 oli jo ennestään</translation>
    </message>
    <message>
        <source>workers: %1</source>
        <translation>kokemustoimijat: %1</translation>
    </message>
    <message>
        <source>consents: %1</source>
        <translation>suostumukset: %1</translation>
    </message>
    <message>
        <source>requests: %1</source>
        <translation>toimeksiannot: %1</translation>
    </message>
    <message>
        <source>invitations: %1</source>
        <translation>kutsut: %1</translation>
    </message>
    <message>
        <source>engagements: %1</source>
        <translation>osallistumiset: %1</translation>
    </message>
    <message>
        <source>outcomes: %1</source>
        <translation>tulokset: %1</translation>
    </message>
    <message>
        <source>knowledge entries: %1</source>
        <translation>kokemustietomerkinnät: %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Vakiotulosteeseen ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>invitation history steps: %1</source>
        <translation>kutsujen historian vaiheet: %1</translation>
    </message>
    <message>
        <source>change notices: %1</source>
        <translation>muutosilmoitukset: %1</translation>
    </message>
    <message>
        <source>office settings: set as in the file</source>
        <translation>toimiston asetukset: asetettu tiedoston mukaisiksi</translation>
    </message>
    <message>
        <source>office settings: kept as they were</source>
        <translation>toimiston asetukset: pidetty ennallaan</translation>
    </message>
    <message>
        <source>funded activities: %1</source>
        <translation>rahoitetut toiminnat: %1</translation>
    </message>
    <message>
        <source>payment batches: %1</source>
        <translation>maksuerät: %1</translation>
    </message>
    <message>
        <source>own message wordings: %1</source>
        <translation>omat viestien sanamuodot: %1</translation>
    </message>
    <message>
        <source>outbox messages: %1</source>
        <translation>lähtevät viestit: %1</translation>
    </message>
    <message>
        <source>mail account: set as in the file (the password is not in it)</source>
        <translation>sähköpostitili: asetettu tiedoston mukaiseksi (salasana ei sisälly tiedostoon)</translation>
    </message>
    <message>
        <source>mail account: kept as it was</source>
        <translation>sähköpostitili: pidetty ennallaan</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::OfficeCommands</name>
    <message>
        <source>The office is ready: %1 (schema %2).</source>
        <translation>Toimisto on valmis: %1 (skeema %2).</translation>
    </message>
    <message>
        <source>Created a new, empty office: %1 (schema %2).</source>
        <translation>Luotiin uusi, tyhjä toimisto: %1 (skeema %2).</translation>
    </message>
    <message>
        <source>%1 is already a Kohtaamo office (schema %2); it was left as it is.</source>
        <translation>%1 on jo Kohtaamon toimisto (skeema %2); se jätettiin ennalleen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::OutboxCommands</name>
    <message>
        <source>Unknown outbox action “%1”: write list or send.</source>
        <translation>Tuntematon outbox-toiminto ”%1”: kirjoita list tai send.</translation>
    </message>
    <message>
        <source>Unknown state “%1”: write draft, queued, sent or failed.</source>
        <translation>Tuntematon tila ”%1”: kirjoita draft, queued, sent tai failed.</translation>
    </message>
    <message>
        <source>No request has the reference %1.</source>
        <translation>Millään toimeksiannolla ei ole tunnusta %1.</translation>
    </message>
    <message>
        <source>No mail account: set one in Settings ▸ E-mail, or give KOHTAAMO_SMTP_URL (see docs/mail.md).</source>
        <translation>Sähköpostitiliä ei ole: aseta se kohdassa Asetukset ▸ Sähköposti tai anna KOHTAAMO_SMTP_URL (katso docs/mail.md).</translation>
    </message>
    <message>
        <source>No sender address: set it in Settings ▸ E-mail, or give KOHTAAMO_SMTP_FROM.</source>
        <translation>Lähettäjän osoite puuttuu: aseta se kohdassa Asetukset ▸ Sähköposti tai anna KOHTAAMO_SMTP_FROM.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent; they go again with the next send. The server said: %1</source>
        <translation>
            <numerusform>%n viestiä ei voitu lähettää; se lähetetään uudelleen seuraavalla lähetyskerralla. Palvelin vastasi: %1</numerusform>
            <numerusform>%n viestiä ei voitu lähettää; ne lähetetään uudelleen seuraavalla lähetyskerralla. Palvelin vastasi: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::RankCommands</name>
    <message>
        <source>No request has the reference %1.</source>
        <translation>Millään toimeksiannolla ei ole tunnusta %1.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::RankingTable</name>
    <message>
        <source>Request %1 “%2” (%3), work on %4, ranked on %5</source>
        <translation>Toimeksianto %1 ”%2” (%3), työpäivä %4, järjestetty %5</translation>
    </message>
    <message>
        <source>%1 eligible, %2 excluded; the best %3 shown.</source>
        <translation>%1 sopivaa, %2 rajattu pois; näytetään parhaat %3.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Kokemustoimija</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Nobody can be asked for this request.</source>
        <translation>Tähän toimeksiantoon ei voi pyytää ketään.</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Rajattu pois: %1</translation>
    </message>
    <message>
        <source>Team: %1 of the %2 workers needed</source>
        <translation>Tiimi: %1/%2 tarvittavasta kokemustoimijasta</translation>
    </message>
    <message>
        <source> (score %1, ranked #%2)</source>
        <translation> (pisteet %1, sija #%2)</translation>
    </message>
    <message>
        <source>adds: %1</source>
        <translation>tuo lisää: %1</translation>
    </message>
    <message>
        <source>Not covered: %1</source>
        <translation>Kattamatta: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::ReportCommands</name>
    <message>
        <source>Unknown report %1: use results.</source>
        <translation>Tuntematon raportti %1: käytä raporttia results.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Odottamaton argumentti: %1</translation>
    </message>
    <message>
        <source>--from and --to go together: give both days of the period.</source>
        <translation>--from ja --to annetaan yhdessä: anna jakson molemmat päivät.</translation>
    </message>
    <message>
        <source>--year: give the report&apos;s year, such as 2026.</source>
        <translation>--year: anna raportin vuosi, esimerkiksi 2026.</translation>
    </message>
    <message>
        <source>--quarter: give a quarter from 1 to 4.</source>
        <translation>--quarter: anna vuosineljännes väliltä 1–4.</translation>
    </message>
    <message>
        <source>No organisation is called %1.</source>
        <translation>Järjestöä nimeltä %1 ei ole.</translation>
    </message>
    <message>
        <source>No funded activity is called %1.</source>
        <translation>Rahoitettua toimintaa nimeltä %1 ei ole.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>Wrote %1 tables to %2.</source>
        <translation>Taulukoita kirjoitettiin kansioon %2: %1.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn here (no graphical application object).</source>
        <translation>PDF-tiedostoa ei voi piirtää tässä (graafista sovellusobjektia ei ole).</translation>
    </message>
    <message>
        <source>Wrote the report (%1 pages) to %2.</source>
        <translation>Raportti (%1 sivua) kirjoitettiin tiedostoon %2.</translation>
    </message>
    <message>
        <source>Results report %1 – %2</source>
        <translation>Tulosraportti %1 – %2</translation>
    </message>
    <message>
        <source>Give one request&apos;s reference, such as 2026-0042.</source>
        <translation>Anna yhden toimeksiannon tunnus, esimerkiksi 2026-0042.</translation>
    </message>
    <message>
        <source>Wrote the commission summary (%1 pages) to %2.</source>
        <translation>Toimeksiannon yhteenveto (%1 sivua) kirjoitettiin tiedostoon %2.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Toimeksiantaja</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Työmuoto</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Etänä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Experience workers</source>
        <translation>Kokemustoimijat</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nimetyt</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Nimeämättömät</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Fees in total</source>
        <translation>Palkkiot yhteensä</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Yleisö</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Requester&apos;s feedback</source>
        <translation>Toimeksiantajan palaute</translation>
    </message>
    <message>
        <source>Experience knowledge</source>
        <translation>Kokemustieto</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::RightsCommands</name>
    <message>
        <source>Give the worker&apos;s id with --worker ID (the number in the worker register).</source>
        <translation>Anna kokemustoimijan tunnistenumero valitsimella --worker NUMERO (numero kokemustoimijarekisterissä).</translation>
    </message>
    <message>
        <source>This erases %1&apos;s personal data everywhere in the office, old values in the audit log included. It cannot be undone. Run the command again with --yes to erase.</source>
        <translation>Tämä poistaa kokemustoimijan %1 henkilötiedot kaikkialta toimistosta, myös muutoslokiin tallennetut vanhat arvot. Poistoa ei voi perua. Poista tiedot suorittamalla komento uudelleen valitsimella --yes.</translation>
    </message>
    <message>
        <source>Erased worker #%1: %2 audit entries scrubbed, %3 messages removed, %4 texts scrubbed.</source>
        <translation>Kokemustoimijan #%1 tiedot poistettiin: lokimerkintöjä tyhjennetty %2, viestejä poistettu %3, tekstejä tyhjennetty %4.</translation>
    </message>
    <message>
        <source>Give --json FILE, --pdf FILE or both.</source>
        <translation>Anna --json TIEDOSTO, --pdf TIEDOSTO tai molemmat.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn here (no graphical application object).</source>
        <translation>PDF-tiedostoa ei voi piirtää tässä (graafista sovellusobjektia ei ole).</translation>
    </message>
    <message>
        <source>Wrote the subject access data to %1.</source>
        <translation>Tarkastusoikeuden tiedot kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>Wrote the subject access document (%1 pages) to %2.</source>
        <translation>Tarkastusoikeusraportti (%1 sivua) kirjoitettiin tiedostoon %2.</translation>
    </message>
    <message>
        <source>Erasing workers who left: off.</source>
        <translation>Lähteneiden kokemustoimijoiden henkilötietojen poisto: ei käytössä.</translation>
    </message>
    <message>
        <source>Workers who left before %1 (the rule: erase after %2 years): %3</source>
        <translation>Ennen %1 lähteneet kokemustoimijat (sääntö: henkilötiedot poistetaan %2 vuoden jälkeen): %3</translation>
    </message>
    <message>
        <source>  #%1 %2, left on %3</source>
        <translation>  #%1 %2, lähti %3</translation>
    </message>
    <message>
        <source>Pruning the audit log: off.</source>
        <translation>Muutoslokin karsinta: ei käytössä.</translation>
    </message>
    <message>
        <source>Audit entries older than %1 years holding personal data: none.</source>
        <translation>Yli %1 vuotta vanhat lokimerkinnät, joissa on henkilötietoja: ei yhtään.</translation>
    </message>
    <message>
        <source>Audit entries older than %1 years holding personal data: %2 (%3 to %4)</source>
        <translation>Yli %1 vuotta vanhat lokimerkinnät, joissa on henkilötietoja: %2 (%3–%4)</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Ei mitään poistettavaa tai karsittavaa.</translation>
    </message>
    <message>
        <source>This erases the workers listed and prunes the audit entries&apos; personal values. It cannot be undone. Run the command again with --apply --yes to apply.</source>
        <translation>Tämä poistaa luetteloitujen kokemustoimijoiden henkilötiedot ja karsii henkilötiedot lokimerkinnöistä. Toimenpidettä ei voi perua. Toteuta se suorittamalla komento uudelleen valitsimilla --apply --yes.</translation>
    </message>
    <message>
        <source>Workers erased: %1. Audit entries pruned: %2.</source>
        <translation>Kokemustoimijoita, joiden henkilötiedot poistettiin: %1. Karsittuja lokimerkintöjä: %2.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::SecretPrompt</name>
    <message>
        <source>%1 is set but empty.</source>
        <translation>Muuttuja %1 on asetettu, mutta se on tyhjä.</translation>
    </message>
    <message>
        <source>No terminal to ask on: set %1 instead.</source>
        <translation>Päätettä, jossa kysyä, ei ole: aseta sen sijaan muuttuja %1.</translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation>Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Uudelleen: </translation>
    </message>
    <message>
        <source>The two did not match. Nothing was changed.</source>
        <translation>Syötteet eivät täsmänneet. Mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::WorkerImportCommands</name>
    <message>
        <source>ready</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varoitus</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>No organisation is called %1.</source>
        <translation>Järjestöä nimeltä %1 ei ole.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Sarakkeet:</translation>
    </message>
    <message>
        <source>Rows: %1 ready, %2 with warnings, %3 refused.</source>
        <translation>Rivit: valmiita %1, varoituksen saaneita %2, hylättyjä %3.</translation>
    </message>
    <message>
        <source>The file has no workers to import.</source>
        <translation>Tiedostossa ei ole tuotavia kokemustoimijoita.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the refused rows and run again.</source>
        <translation>Mitään ei tuotu: korjaa hylätyt rivit ja suorita komento uudelleen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Kokeiluajo: mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Imported %1 workers, %2 consents to be contacted.</source>
        <translation>Tuotiin kokemustoimijoita: %1, suostumuksia yhteydenottoihin: %2.</translation>
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
    <message>
        <source>Show Kohtaamo in &lt;colours&gt;: light, dark or high-contrast. Without this, the desktop&apos;s colours are used, with the contrast of texts raised where they are too faint.</source>
        <translation>Näytä Kohtaamo väreillä &lt;värit&gt;: light (vaalea), dark (tumma) tai high-contrast (suuri kontrasti). Ilman tätä käytetään työpöydän värejä, ja liian haaleiden tekstien kontrastia vahvistetaan.</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>värit</translation>
    </message>
    <message>
        <source>Unknown colours “%1”. Use light, dark or high-contrast.</source>
        <translation>Tuntemattomat värit ”%1”. Käytä arvoa light, dark tai high-contrast.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CommissionSummaryDialog</name>
    <message>
        <source>No office is open.</source>
        <translation>Mikään toimisto ei ole auki.</translation>
    </message>
    <message>
        <source>Commission Summary %1</source>
        <translation>Toimeksiannon %1 yhteenveto</translation>
    </message>
    <message>
        <source>Commission Summary</source>
        <translation>Toimeksiannon yhteenveto</translation>
    </message>
    <message>
        <source>Preview of the commission summary</source>
        <translation>Toimeksiannon yhteenvedon esikatselu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF-tiedostoksi…</translation>
    </message>
    <message>
        <source>Print Commission Summary</source>
        <translation>Tulosta toimeksiannon yhteenveto</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>commission-%1.pdf</source>
        <translation>toimeksianto-%1.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>The summary was written, but the export could not be logged in the audit log: %1</source>
        <translation>Yhteenveto kirjoitettiin, mutta vientiä ei voitu kirjata muutoslokiin: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CommissionSummaryDocument</name>
    <message>
        <source>Commission summary %1</source>
        <translation>Toimeksiannon %1 yhteenveto</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ei ilmoitettu</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Toimeksiantaja</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektori</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Työmuoto</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>Funded activity</source>
        <translation>Rahoitettu toiminta</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Määräpäivä %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Etänä</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Mitä pyydettiin</translation>
    </message>
    <message>
        <source>Experience workers</source>
        <translation>Kokemustoimijat</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>No experience worker is engaged.</source>
        <translation>Yhtään kokemustoimijaa ei ole mukana.</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nimetyt</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Nimeämättömät</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Fees in total</source>
        <translation>Palkkiot yhteensä</translation>
    </message>
    <message>
        <source>Travel costs in total</source>
        <translation>Matkakulut yhteensä</translation>
    </message>
    <message>
        <source>Experience workers are named only with their consent to appear in public, by the name they use; the others are counted.</source>
        <translation>Kokemustoimijat nimetään vain heidän suostumuksellaan julkiseen esiintymiseen ja sillä nimellä, jota he käyttävät; muut vain lasketaan.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>No outcome has been recorded yet.</source>
        <translation>Tulosta ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Yleisö</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>Requester&apos;s feedback</source>
        <translation>Toimeksiantajan palaute</translation>
    </message>
    <message>
        <source>Experience knowledge</source>
        <translation>Kokemustieto</translation>
    </message>
    <message>
        <source>critical point</source>
        <translation>kriittinen kohta</translation>
    </message>
    <message>
        <source>The summary could not be drawn on the page.</source>
        <translation>Yhteenvetoa ei voitu piirtää sivulle.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ConsentHistoryModel</name>
    <message>
        <source>New, replaces the earlier one; recorded on saving</source>
        <translation>Uusi, korvaa aiemman; kirjataan tallennettaessa</translation>
    </message>
    <message>
        <source>New; recorded on saving</source>
        <translation>Uusi; kirjataan tallennettaessa</translation>
    </message>
    <message>
        <source>To be withdrawn on %1 when saved</source>
        <translation>Perutaan tallennettaessa (peruutuspäivä %1)</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Korvattu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Ei vielä voimassa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>scope (guardian)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>toistaiseksi voimassa</translation>
    </message>
    <message>
        <source>Coordinator #%1</source>
        <translation>Koordinaattori #%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kirjannut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ConsentRepository</name>
    <message>
        <source>contact for commissions</source>
        <translation>yhteydenotot toimeksiannoista</translation>
    </message>
    <message>
        <source>sensitive background data</source>
        <translation>arkaluonteiset taustatiedot</translation>
    </message>
    <message>
        <source>public appearance</source>
        <translation>julkinen esiintyminen</translation>
    </message>
    <message>
        <source>photographs and recordings</source>
        <translation>kuvat ja tallenteet</translation>
    </message>
    <message>
        <source>guardian&apos;s consent</source>
        <translation>huoltajan suostumus</translation>
    </message>
    <message>
        <source>The consent “%1”</source>
        <translation>Suostumus ”%1”</translation>
    </message>
    <message>
        <source>The consent “%1” of %2</source>
        <translation>Kokemustoimijan %2 suostumus ”%1”</translation>
    </message>
    <message>
        <source>Consent #%1</source>
        <translation>Suostumus #%1</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Kokemustoimija #%1</translation>
    </message>
    <message>
        <source>Choose the worker who gave the consent.</source>
        <translation>Valitse kokemustoimija, joka antoi suostumuksen.</translation>
    </message>
    <message>
        <source>The consent&apos;s scope is not one Kohtaamo knows.</source>
        <translation>Kohtaamo ei tunne suostumuksen kohdetta.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Anna suostumuksen antamispäivä.</translation>
    </message>
    <message>
        <source>A consent cannot expire (%1) before it was given (%2).</source>
        <translation>Suostumus ei voi päättyä (%1) ennen kuin se on annettu (%2).</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn (%1) before it was given (%2).</source>
        <translation>Suostumusta ei voi perua (%1) ennen kuin se on annettu (%2).</translation>
    </message>
    <message>
        <source>Enter the name of the guardian who gave the consent.</source>
        <translation>Anna suostumuksen antaneen huoltajan nimi.</translation>
    </message>
    <message>
        <source>The guardian&apos;s name is longer than %1 characters.</source>
        <translation>Huoltajan nimi on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The coordinator who recorded the consent is not valid.</source>
        <translation>Suostumuksen kirjannut koordinaattori ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>The consent being replaced is not valid.</source>
        <translation>Korvattava suostumus ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>Worker #%1 does not exist; someone may have removed them.</source>
        <translation>Kokemustoimijaa #%1 ei ole; joku on ehkä poistanut hänet.</translation>
    </message>
    <message>
        <source>Coordinator #%1 does not exist.</source>
        <translation>Koordinaattoria #%1 ei ole.</translation>
    </message>
    <message>
        <source>A recorded consent is never changed afterwards. Withdraw it, or record a new consent that replaces it.</source>
        <translation>Kirjattua suostumusta ei koskaan muuteta jälkikäteen. Peru se tai kirjaa uusi suostumus, joka korvaa sen.</translation>
    </message>
    <message>
        <source>Record the consent first; withdraw it afterwards if it has been withdrawn.</source>
        <translation>Kirjaa suostumus ensin; peru se sen jälkeen, jos se on peruttu.</translation>
    </message>
    <message>
        <source>The consent being replaced (#%1) no longer exists; someone may have removed it.</source>
        <translation>Korvattavaa suostumusta (#%1) ei ole enää; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>A consent can only replace an earlier consent of the same worker.</source>
        <translation>Suostumus voi korvata vain saman kokemustoimijan aiemman suostumuksen.</translation>
    </message>
    <message>
        <source>A consent for “%1” cannot replace one for “%2”.</source>
        <translation>Suostumus ”%1” ei voi korvata suostumusta ”%2”.</translation>
    </message>
    <message>
        <source>%1 was already withdrawn on %2, so there is nothing to replace. Record the new consent on its own.</source>
        <translation>%1 on jo peruttu %2, joten korvattavaa ei ole. Kirjaa uusi suostumus erikseen.</translation>
    </message>
    <message>
        <source>%1 has already been replaced.</source>
        <translation>%1 on jo korvattu.</translation>
    </message>
    <message>
        <source>The new consent (given %1) cannot be older than the one it replaces (given %2).</source>
        <translation>Uusi suostumus (annettu %1) ei voi olla vanhempi kuin se, jonka se korvaa (annettu %2).</translation>
    </message>
    <message>
        <source>Enter the date the consent was withdrawn.</source>
        <translation>Anna suostumuksen peruutuspäivä.</translation>
    </message>
    <message>
        <source>%1 was already withdrawn on %2.</source>
        <translation>%1 on jo peruttu %2.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CoordinatorRepository</name>
    <message>
        <source>Coordinator #%1</source>
        <translation>Koordinaattori #%1</translation>
    </message>
    <message>
        <source>The user “%1”</source>
        <translation>Käyttäjä ”%1”</translation>
    </message>
    <message>
        <source>A coordinator needs a username.</source>
        <translation>Koordinaattorilla on oltava käyttäjätunnus.</translation>
    </message>
    <message>
        <source>“%1” cannot be a username: use letters a–z, digits and the characters . _ @ -, at most %2 characters, without spaces.</source>
        <translation>”%1” ei kelpaa käyttäjätunnukseksi: käytä kirjaimia a–z, numeroita ja merkkejä . _ @ -, enintään %2 merkkiä, ilman välilyöntejä.</translation>
    </message>
    <message>
        <source>A coordinator needs a name.</source>
        <translation>Koordinaattorilla on oltava nimi.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s name is longer than %1 characters.</source>
        <translation>Koordinaattorin nimi on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>”%1” ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>The organisation is not valid.</source>
        <translation>Järjestö ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>The username “%1” is already taken.</source>
        <translation>Käyttäjätunnus ”%1” on jo käytössä.</translation>
    </message>
    <message>
        <source>Organisation #%1 does not exist; someone may have removed it.</source>
        <translation>Järjestöä #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>The coordinator “%1”</source>
        <translation>Koordinaattori ”%1”</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CoordinatorTableModel</name>
    <message>
        <source>Organisation #%1</source>
        <translation>Järjestö #%1</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lukija</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (sinä)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ei aktiivinen</translation>
    </message>
    <message>
        <source>You: what you record is recorded under this name</source>
        <translation>Sinä: kirjaamasi tiedot tallentuvat tällä nimellä</translation>
    </message>
    <message>
        <source>Never deleted: kept on the records made under this name</source>
        <translation>Ei poisteta koskaan: nimi säilyy sillä tehdyissä kirjauksissa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CoordinatorsSection</name>
    <message>
        <source>Coordinators</source>
        <translation>Koordinaattorit</translation>
    </message>
    <message>
        <source>Everyone who works in this office with Kohtaamo; what each of them records is recorded under their name. An admin adds coordinators and sets their role; everyone can change their own name and e-mail. Nobody is deleted: a coordinator who leaves is made inactive.</source>
        <translation>Kaikki, jotka työskentelevät tässä toimistossa Kohtaamolla; kunkin kirjaukset tallentuvat hänen nimellään. Pääkäyttäjä lisää koordinaattoreita ja asettaa heidän roolinsa; jokainen voi muuttaa omaa nimeään ja sähköpostiosoitettaan. Ketään ei poisteta: lähtevä koordinaattori merkitään ei-aktiiviseksi.</translation>
    </message>
    <message>
        <source>&amp;Coordinators:</source>
        <translation>&amp;Koordinaattorit:</translation>
    </message>
    <message>
        <source>Choose one to see or change the details; you are marked “(you)”</source>
        <translation>Valitse koordinaattori nähdäksesi tai muuttaaksesi tietoja; sinut on merkitty ”(sinä)”</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Käyttäjä&amp;tunnus:</translation>
    </message>
    <message>
        <source>Login of the coordinator</source>
        <translation>Koordinaattorin käyttäjätunnus</translation>
    </message>
    <message>
        <source>The user name Kohtaamo knows the coordinator by; letters a–z, digits and . _ @ -</source>
        <translation>Tunnus, jolla Kohtaamo tunnistaa koordinaattorin; kirjaimet a–z, numerot ja . _ @ -</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Name of the coordinator</source>
        <translation>Koordinaattorin nimi</translation>
    </message>
    <message>
        <source>Required; shown as “Recorded by”</source>
        <translation>Pakollinen; näkyy kohdassa ”Kirjannut”</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>E-mail address of the coordinator</source>
        <translation>Koordinaattorin sähköpostiosoite</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Vapaaehtoinen</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Järjestö:</translation>
    </message>
    <message>
        <source>Organisation of the coordinator</source>
        <translation>Koordinaattorin järjestö</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>Role of the coordinator</source>
        <translation>Koordinaattorin rooli</translation>
    </message>
    <message>
        <source>Admins change everything, coordinators do the work, viewers only read</source>
        <translation>Pääkäyttäjä voi muuttaa kaikkea, koordinaattori tekee työn, lukija vain lukee</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>&amp;Aktiivinen</translation>
    </message>
    <message>
        <source>The coordinator is active</source>
        <translation>Koordinaattori on aktiivinen</translation>
    </message>
    <message>
        <source>Clear it when the coordinator leaves; nobody is deleted</source>
        <translation>Poista valinta, kun koordinaattori lähtee; ketään ei poisteta</translation>
    </message>
    <message>
        <source>New Coordina&amp;tor</source>
        <translation>Uusi koor&amp;dinaattori</translation>
    </message>
    <message>
        <source>Add a new coordinator</source>
        <translation>Lisää uusi koordinaattori</translation>
    </message>
    <message>
        <source>Empties the form for a new coordinator</source>
        <translation>Tyhjentää lomakkeen uutta koordinaattoria varten</translation>
    </message>
    <message>
        <source>Save the coordinator</source>
        <translation>Tallenna koordinaattori</translation>
    </message>
    <message>
        <source>Stores the form (Enter in a field)</source>
        <translation>Tallentaa lomakkeen (Enter kentässä)</translation>
    </message>
    <message>
        <source>The coordinators could not be read.</source>
        <translation>Koordinaattoreita ei voitu lukea.</translation>
    </message>
    <message>
        <source>The organisations could not be read.</source>
        <translation>Järjestöjä ei voitu lukea.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Ei järjestöä</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (poistettu käytöstä)</translation>
    </message>
    <message>
        <source>New coordinator</source>
        <translation>Uusi koordinaattori</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sinä: %1</translation>
    </message>
    <message>
        <source>Coordinator %1</source>
        <translation>Koordinaattori %1</translation>
    </message>
    <message>
        <source>Your role is viewer: you can read the coordinators but not change them.</source>
        <translation>Roolisi on lukija: voit lukea koordinaattorien tietoja mutta et muuttaa niitä.</translation>
    </message>
    <message>
        <source>You can change only your own name and e-mail. An admin of the office can change the others.</source>
        <translation>Voit muuttaa vain omaa nimeäsi ja sähköpostiosoitettasi. Toimiston pääkäyttäjä voi muuttaa muiden tietoja.</translation>
    </message>
    <message>
        <source>Only an admin of the office can change a login, an organisation, a role or whether a coordinator is active.</source>
        <translation>Vain toimiston pääkäyttäjä voi muuttaa käyttäjätunnusta, järjestöä, roolia tai sitä, onko koordinaattori aktiivinen.</translation>
    </message>
    <message>
        <source>Only an admin of the office can add coordinators.</source>
        <translation>Vain toimiston pääkäyttäjä voi lisätä koordinaattoreita.</translation>
    </message>
    <message>
        <source>&amp;Add Coordinator</source>
        <translation>L&amp;isää koordinaattori</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Tall&amp;enna muutokset</translation>
    </message>
    <message>
        <source>The coordinator was not added.</source>
        <translation>Koordinaattoria ei lisätty.</translation>
    </message>
    <message>
        <source>The coordinator was not saved.</source>
        <translation>Koordinaattoria ei tallennettu.</translation>
    </message>
    <message>
        <source>&amp;Reload Coordinators</source>
        <translation>Lataa koordinaattorit &amp;uudelleen</translation>
    </message>
    <message>
        <source>The coordinator is added.</source>
        <translation>Koordinaattori on lisätty.</translation>
    </message>
    <message>
        <source>The coordinator is saved.</source>
        <translation>Koordinaattori on tallennettu.</translation>
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
        <translation>CSV-lukijaa ei voitu käynnistää.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file cannot be read: %2</source>
        <translation>CSV-tiedoston riviä %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The file has no rows: the first row should name the columns.</source>
        <translation>Tiedostossa ei ole rivejä: ensimmäisellä rivillä pitäisi olla sarakkeiden nimet.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CsvWriter</name>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
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
    <message>
        <source>The folder “%1” does not exist. Check the path; Kohtaamo does not create folders.</source>
        <translation>Kansiota ”%1” ei ole. Tarkista polku; Kohtaamo ei luo kansioita.</translation>
    </message>
    <message>
        <source>You have no permission to write in the folder “%1”, so no office can be created there. Choose another folder.</source>
        <translation>Sinulla ei ole oikeutta kirjoittaa kansioon ”%1”, joten sinne ei voi luoda toimistoa. Valitse toinen kansio.</translation>
    </message>
    <message>
        <source>You have no permission to write to “%1” (or to its folder). It was not changed.</source>
        <translation>Sinulla ei ole oikeutta kirjoittaa kohteeseen ”%1” (tai sen kansioon). Sitä ei muutettu.</translation>
    </message>
    <message>
        <source>“%1” uses an older schema (%2) and must be upgraded before use, but you have no permission to write to it. It was not changed.</source>
        <translation>”%1” käyttää vanhempaa skeemaa (%2), ja se on päivitettävä ennen käyttöä, mutta sinulla ei ole oikeutta kirjoittaa siihen. Sitä ei muutettu.</translation>
    </message>
    <message>
        <source>Only an SQLite office can be copied to a file.</source>
        <translation>Vain SQLite-toimiston voi kopioida tiedostoon.</translation>
    </message>
    <message>
        <source>The file “%1” already exists.</source>
        <translation>Tiedosto ”%1” on jo olemassa.</translation>
    </message>
    <message>
        <source>Only an SQLite office can be replaced by a file.</source>
        <translation>Vain SQLite-toimiston voi korvata tiedostolla.</translation>
    </message>
    <message>
        <source>Another program or window has “%1” open. Close it and try again; nothing was replaced.</source>
        <translation>Toisella ohjelmalla tai ikkunalla on ”%1” auki. Sulje se ja yritä uudelleen; mitään ei korvattu.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced; it was not changed.</source>
        <translation>Kohdetta ”%1” ei voitu korvata; sitä ei muutettu.</translation>
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
    <name>Kohtaamo::DatabaseSection</name>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>An SQLite file serves one coordinator; a PostgreSQL database is shared by several: postgresql://user@host:port/database. The password comes from ~/.pgpass or the PGPASSWORD environment variable. An address is tested before it can be used; Kohtaamo then opens it at every start.</source>
        <translation>SQLite-tiedosto palvelee yhtä koordinaattoria; PostgreSQL-tietokantaa voi käyttää usea koordinaattori yhdessä: postgresql://käyttäjä@palvelin:portti/tietokanta. Salasana luetaan tiedostosta ~/.pgpass tai ympäristömuuttujasta PGPASSWORD. Osoite testataan ennen kuin sitä voi käyttää; sen jälkeen Kohtaamo avaa sen jokaisella käynnistyskerralla.</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Käytössä nyt:</translation>
    </message>
    <message>
        <source>Database in use now</source>
        <translation>Nyt käytössä oleva tietokanta</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>O&amp;soite:</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL address</source>
        <translation>Tietokantatiedosto tai PostgreSQL-osoite</translation>
    </message>
    <message>
        <source>A file path, or postgresql://user@host:port/database; checked as it is typed</source>
        <translation>Tiedostopolku tai postgresql://käyttäjä@palvelin:portti/tietokanta; tarkistetaan kirjoitettaessa</translation>
    </message>
    <message>
        <source>File path or postgresql://…</source>
        <translation>Tiedostopolku tai postgresql://…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>Browse for a database file</source>
        <translation>Etsi tietokantatiedosto</translation>
    </message>
    <message>
        <source>Chooses an SQLite file; a new name creates a new database</source>
        <translation>Valitsee SQLite-tiedoston; uusi nimi luo uuden tietokannan</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Testaa &amp;yhteys</translation>
    </message>
    <message>
        <source>Test the connection to the database</source>
        <translation>Testaa yhteys tietokantaan</translation>
    </message>
    <message>
        <source>Opens the database read-only and says what it found (Enter in the address)</source>
        <translation>Avaa tietokannan vain luku -tilassa ja kertoo, mitä löysi (Enter osoitekentässä)</translation>
    </message>
    <message>
        <source>&amp;Use This Database</source>
        <translation>&amp;Käytä tätä tietokantaa</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Käytä tätä tietokantaa</translation>
    </message>
    <message>
        <source>Switches to the tested database and opens it at every start</source>
        <translation>Vaihtaa testattuun tietokantaan ja avaa sen jokaisella käynnistyskerralla</translation>
    </message>
    <message>
        <source>Problem with the database address</source>
        <translation>Ongelma tietokannan osoitteessa</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Mikään tietokanta ei ole auki.</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>SQLite-tiedosto %1</translation>
    </message>
    <message>
        <source>PostgreSQL database %1</source>
        <translation>PostgreSQL-tietokanta %1</translation>
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
    <message>
        <source>Give a database file or a PostgreSQL address first.</source>
        <translation>Anna ensin tietokantatiedosto tai PostgreSQL-osoite.</translation>
    </message>
    <message>
        <source>There is no database at “%1”, and Kohtaamo cannot create one: the folder “%2” cannot be written.</source>
        <translation>Sijainnissa ”%1” ei ole tietokantaa, eikä Kohtaamo voi luoda sitä: kansioon ”%2” ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>There is no database at “%1” yet: using it creates a new, empty Kohtaamo database.</source>
        <translation>Sijainnissa ”%1” ei ole vielä tietokantaa: sen käyttäminen luo uuden, tyhjän Kohtaamon tietokannan.</translation>
    </message>
    <message>
        <source>The connection works: a Kohtaamo database with %1 workers and %2 requests.</source>
        <translation>Yhteys toimii: Kohtaamon tietokanta, jossa kokemustoimijoita on %1 ja toimeksiantoja %2.</translation>
    </message>
    <message>
        <source>The connection works. The database is from an older Kohtaamo and is upgraded when it is used%1.</source>
        <translation>Yhteys toimii. Tietokanta on Kohtaamon vanhemmasta versiosta, ja se päivitetään käyttöön otettaessa%1.</translation>
    </message>
    <message>
        <source>, after a backup copy is made next to it</source>
        <translation>; ensin sen viereen tehdään varmuuskopio</translation>
    </message>
    <message>
        <source>The connection works. The PostgreSQL database is empty: using it sets up Kohtaamo in it.</source>
        <translation>Yhteys toimii. PostgreSQL-tietokanta on tyhjä: sen käyttäminen luo siihen Kohtaamon tietorakenteet.</translation>
    </message>
    <message>
        <source>Kohtaamo cannot use this database. %1</source>
        <translation>Kohtaamo ei voi käyttää tätä tietokantaa. %1</translation>
    </message>
    <message>
        <source>It is the database in use now.</source>
        <translation>Tämä tietokanta on jo käytössä.</translation>
    </message>
    <message>
        <source>%1
Searching the requests: %2</source>
        <translation>%1
Toimeksiantojen haku: %2</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::DateOptionsModel</name>
    <message>
        <source>No start</source>
        <translation>Ei alkamisaikaa</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 klo %3</translation>
    </message>
    <message>
        <source>%1 %2 %3–%4</source>
        <translation>%1 %2 klo %3–%4</translation>
    </message>
    <message>
        <source>%1 %2 %3 – %4</source>
        <translation>%1 %2 klo %3 – %4</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, valittu</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::DemoDatabase</name>
    <message>
        <source>Kohtaamo demo</source>
        <translation>Kohtaamon esittely</translation>
    </message>
    <message>
        <source>Preparing the demo office: %1 …</source>
        <translation>Esittelytoimistoa valmistellaan: %1 …</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Kansiota ”%1” ei voitu luoda.</translation>
    </message>
    <message>
        <source>Could not remove the demo office “%1”.</source>
        <translation>Esittelytoimistoa ”%1” ei voitu poistaa.</translation>
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
    <message>
        <source>pseudonym</source>
        <translation>peitenimi</translation>
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
    <name>Kohtaamo::EncryptedBackup</name>
    <message>
        <source>There was not enough memory to derive the backup&apos;s key.</source>
        <translation>Muisti ei riittänyt varmuuskopion avaimen johtamiseen.</translation>
    </message>
    <message>
        <source>“%1” is not a Kohtaamo backup (or its beginning was changed). Nothing was restored.</source>
        <translation>”%1” ei ole Kohtaamon varmuuskopio (tai sen alkua on muutettu). Mitään ei palautettu.</translation>
    </message>
    <message>
        <source>The backup “%1” was changed or damaged after it was written. Nothing was restored.</source>
        <translation>Varmuuskopiota ”%1” on muutettu tai se on vioittunut kirjoittamisen jälkeen. Mitään ei palautettu.</translation>
    </message>
    <message>
        <source>The backup “%1” is cut short: its end is missing. Nothing was restored.</source>
        <translation>Varmuuskopio ”%1” on katkennut: sen loppu puuttuu. Mitään ei palautettu.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the backup “%1” was changed. Nothing was restored.</source>
        <translation>Tunnuslause on väärä, tai varmuuskopiota ”%1” on muutettu. Mitään ei palautettu.</translation>
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
    <message>
        <source>Only a worker who accepted this request can be engaged in it.</source>
        <translation>Toimeksiantoon voi sitoa vain kokemustoimijan, joka on suostunut siihen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::EngagementTableModel</name>
    <message>
        <source>Worker #%1</source>
        <translation>Kokemustoimija #%1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Kokemustoimija</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Palkkio</translation>
    </message>
    <message>
        <source>Fee declined</source>
        <translation>Palkkiosta kieltäydytty</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Matkakulut</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Valmistelu tehty</translation>
    </message>
    <message>
        <source>Debrief done</source>
        <translation>Jälkipurku tehty</translation>
    </message>
    <message>
        <source>Debrief date</source>
        <translation>Jälkipurun päivä</translation>
    </message>
    <message>
        <source>Debriefed by</source>
        <translation>Jälkipurun piti</translation>
    </message>
    <message>
        <source>%1 (declined)</source>
        <translation>%1 (kieltäytyi)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <source>%1, debrief missing</source>
        <translation>%1, jälkipurku puuttuu</translation>
    </message>
    <message>
        <source>%1 took part but has not been debriefed yet. Every event is followed by a debrief.</source>
        <translation>%1 osallistui, mutta jälkipurkua ei ole vielä pidetty. Jokaisen tilaisuuden jälkeen pidetään jälkipurku.</translation>
    </message>
    <message>
        <source>%1 declined the fee.</source>
        <translation>%1 kieltäytyi palkkiosta.</translation>
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
        <translation>Anna palkkio euroina, esimerkiksi %1, tai jätä kenttä tyhjäksi.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ExcludedWorkerModel</name>
    <message>
        <source>Experience worker</source>
        <translation>Kokemustoimija</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Miksi ei</translation>
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
        <translation>Liian lyhyt ennakkoaika</translation>
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
    <name>Kohtaamo::FeeExport</name>
    <message>
        <source>paid</source>
        <translation>maksettu</translation>
    </message>
    <message>
        <source>due</source>
        <translation>maksettava</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Kokemustoimija</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Toimeksianto</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Fee (€)</source>
        <translation>Palkkio (€)</translation>
    </message>
    <message>
        <source>Travel costs (€)</source>
        <translation>Matkakulut (€)</translation>
    </message>
    <message>
        <source>Total (€)</source>
        <translation>Yhteensä (€)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Maksupäivä</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Maksuerä</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FeeListModel</name>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Maksettava</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>paid this year of the ceiling</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Maksettu %1</translation>
    </message>
    <message>
        <source>Fees paid to the worker in %1 against their annual earnings ceiling</source>
        <translation>Kokemustoimijalle vuonna %1 maksetut palkkiot suhteessa hänen vuotuiseen tulorajaansa</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Kokemustoimija</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Toimeksianto</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Palkkio</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Matkakulut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Maksuerä</translation>
    </message>
    <message>
        <source>Paid this year / ceiling</source>
        <translation>Maksettu tänä vuonna / raja</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FeePayments</name>
    <message>
        <source>Choose at least one fee to mark paid.</source>
        <translation>Valitse vähintään yksi palkkio merkittäväksi maksetuksi.</translation>
    </message>
    <message>
        <source>Enter the date the fees were paid.</source>
        <translation>Anna palkkioiden maksupäivä.</translation>
    </message>
    <message>
        <source>The payment date is implausibly early.</source>
        <translation>Maksupäivä on epäuskottavan varhainen.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Lisätieto on pidempi kuin %1 merkkiä.</translation>
    </message>
    <message>
        <source>Engagement #%1 is chosen twice.</source>
        <translation>Osallistuminen #%1 on valittu kahdesti.</translation>
    </message>
    <message>
        <source>Engagement #%1</source>
        <translation>Osallistuminen #%1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 toimeksiannossa %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the fee was already paid on %1</source>
        <translation>palkkio on jo maksettu %1</translation>
    </message>
    <message>
        <source>the fee was already paid in batch %1</source>
        <translation>palkkio on jo maksettu maksuerässä %1</translation>
    </message>
    <message>
        <source>the worker declined the fee</source>
        <translation>kokemustoimija kieltäytyi palkkiosta</translation>
    </message>
    <message>
        <source>the meeting outcome does not say the work was done</source>
        <translation>tapaamisen tulokseen ei ole kirjattu työtä tehdyksi</translation>
    </message>
    <message>
        <source>there is no fee or travel cost to pay</source>
        <translation>maksettavaa palkkiota tai matkakuluja ei ole</translation>
    </message>
    <message>
        <source>the fee is not due</source>
        <translation>palkkio ei ole maksettavana</translation>
    </message>
    <message>
        <source>%1: fees paid in %2 would be %3 with this batch (%4 before it), over the annual earnings ceiling of %5</source>
        <translation>%1: vuonna %2 maksetut palkkiot olisivat tämän maksuerän jälkeen %3 (ennen sitä %4), mikä ylittää vuotuisen tulorajan %5</translation>
    </message>
    <message>
        <source>payment batch %1</source>
        <translation>maksuerä %1</translation>
    </message>
    <message>
        <source>A payment batch needs its reference and the date it was paid.</source>
        <translation>Maksuerällä on oltava tunnus ja maksupäivä.</translation>
    </message>
    <message>
        <source>The office already has a payment batch %1.</source>
        <translation>Toimistolla on jo maksuerä %1.</translation>
    </message>
    <message>
        <source>Batch %1 names a fee that is not marked paid.</source>
        <translation>Maksuerässä %1 on palkkio, jota ei ole merkitty maksetuksi.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FeeQuery</name>
    <message>
        <source>Payment batch #%1</source>
        <translation>Maksuerä #%1</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Kokemustoimija #%1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FeesPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Jakso:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Päättye&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Järje&amp;stö:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Kokemustoim&amp;ija:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Ti&amp;la:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Maks&amp;uerä:</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Osa nimestä</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Palkkiot</translation>
    </message>
    <message>
        <source>Totals of the fees shown</source>
        <translation>Näytettyjen palkkioiden summat</translation>
    </message>
    <message>
        <source>Totals of the fees chosen</source>
        <translation>Valittujen palkkioiden summat</translation>
    </message>
    <message>
        <source>Why the fees could not be read</source>
        <translation>Miksi palkkioita ei voitu lukea</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>&amp;Undo Batch…</source>
        <translation>&amp;Kumoa maksuerä…</translation>
    </message>
    <message>
        <source>The batch was marked by mistake: its fees become due again (admins)</source>
        <translation>Maksuerä merkittiin vahingossa: sen palkkiot palaavat maksettaviksi (pääkäyttäjät)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Edellinen kuukausi</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Edellinen vuosi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Mukautettu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Maksettavat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksetut</translation>
    </message>
    <message>
        <source>Due and paid</source>
        <translation>Maksettavat ja maksetut</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Kaikki järjestöt</translation>
    </message>
    <message>
        <source>Any batch</source>
        <translation>Kaikki maksuerät</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>batch reference (date paid)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The fees could not be read: %1</source>
        <translation>Palkkioita ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>%1: fees %2, travel costs %3, in all %4</source>
        <comment>count: fees, travel, total</comment>
        <translation>%1: palkkiot %2, matkakulut %3, yhteensä %4</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Näytetään: %1</translation>
    </message>
    <message>
        <source>Choose fees to mark them paid (Ctrl or Shift for several).</source>
        <translation>Valitse palkkiot, jotka merkitään maksetuiksi (useita Ctrl- tai Vaihto-näppäimellä).</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Valittu: %1</translation>
    </message>
    <message>
        <source>Fees %1</source>
        <translation>Palkkiot %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV taulukkolaskentaan (*.csv)</translation>
    </message>
    <message>
        <source>Export Fees</source>
        <translation>Vie palkkiot</translation>
    </message>
    <message>
        <source>fees.xlsx</source>
        <translation>palkkiot.xlsx</translation>
    </message>
    <message>
        <source>Undo Batch</source>
        <translation>Kumoa maksuerä</translation>
    </message>
    <message>
        <source>Undo the payment batch %1? Its %2 fees become due again, and the batch is removed.</source>
        <translation>Kumotaanko maksuerä %1? Sen palkkiot (%2) palaavat maksettaviksi, ja maksuerä poistetaan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fee(s)</source>
        <translation>
            <numerusform>%Ln palkkio</numerusform>
            <numerusform>%Ln palkkiota</numerusform>
        </translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>Mar&amp;k Paid…</source>
        <translation>M&amp;erkitse maksetuiksi…</translation>
    </message>
    <message>
        <source>The fees were written, but the export could not be logged in the audit log: %1</source>
        <translation>Palkkiot kirjoitettiin, mutta vientiä ei voitu kirjata muutoslokiin: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FieldProblems</name>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation>Tällä välilehdellä on korjattavaa.</translation>
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
        <translation>%1 (pakollinen):</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FundedActivitiesSection</name>
    <message>
        <source>Funded Activities</source>
        <translation>Rahoitetut toiminnat</translation>
    </message>
    <message>
        <source>The funded activities the office reports on, such as a STEA-funded project. A request belongs to one; a request of an organisation with one activity in use takes it by default. An activity is never deleted: a deactivated one stays on its requests.</source>
        <translation>Rahoitetut toiminnat, joista toimisto raportoi, esimerkiksi STEA-rahoitteinen hanke. Toimeksianto kuuluu yhteen niistä; jos järjestöllä on käytössä yksi toiminta, sen toimeksiannot saavat sen oletuksena. Toimintaa ei koskaan poisteta: käytöstä poistettu toiminta säilyy toimeksiannoissaan.</translation>
    </message>
    <message>
        <source>&amp;Funded activities:</source>
        <translation>&amp;Rahoitetut toiminnat:</translation>
    </message>
    <message>
        <source>Funded activities</source>
        <translation>Rahoitetut toiminnat</translation>
    </message>
    <message>
        <source>Choose one to change or deactivate it</source>
        <translation>Valitse toiminta, jos haluat muuttaa sitä tai poistaa sen käytöstä</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Name of the funded activity</source>
        <translation>Rahoitetun toiminnan nimi</translation>
    </message>
    <message>
        <source>Required; no two activities share a name</source>
        <translation>Pakollinen; kahdella toiminnalla ei voi olla samaa nimeä</translation>
    </message>
    <message>
        <source>F&amp;under:</source>
        <translation>Ra&amp;hoittaja:</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>Optional, such as STEA</source>
        <translation>Vapaaehtoinen, esim. STEA</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Järjestö:</translation>
    </message>
    <message>
        <source>Organisation of the funded activity</source>
        <translation>Rahoitetun toiminnan järjestö</translation>
    </message>
    <message>
        <source>Its requests take this activity by default</source>
        <translation>Järjestön toimeksiannot saavat tämän toiminnan oletuksena</translation>
    </message>
    <message>
        <source>First &amp;year:</source>
        <translation>Ensi&amp;mmäinen vuosi:</translation>
    </message>
    <message>
        <source>First year of the funded activity</source>
        <translation>Rahoitetun toiminnan ensimmäinen vuosi</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Ei ilmoitettu</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>&amp;Viimeinen vuosi:</translation>
    </message>
    <message>
        <source>Last year of the funded activity</source>
        <translation>Rahoitetun toiminnan viimeinen vuosi</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Käynnissä edelleen</translation>
    </message>
    <message>
        <source>New Funded Ac&amp;tivity</source>
        <translation>Uu&amp;si rahoitettu toiminta</translation>
    </message>
    <message>
        <source>Add a new funded activity</source>
        <translation>Lisää uusi rahoitettu toiminta</translation>
    </message>
    <message>
        <source>Empties the form for a new funded activity</source>
        <translation>Tyhjentää lomakkeen uutta rahoitettua toimintaa varten</translation>
    </message>
    <message>
        <source>Save the funded activity</source>
        <translation>Tallenna rahoitettu toiminta</translation>
    </message>
    <message>
        <source>Stores the form (Enter in a field)</source>
        <translation>Tallentaa lomakkeen (Enter kentässä)</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Koko toimisto</translation>
    </message>
    <message>
        <source>The funded activities could not be read: %1</source>
        <translation>Rahoitettuja toimintoja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Yritä uu&amp;delleen</translation>
    </message>
    <message>
        <source>A funded activity called “%1” already exists.</source>
        <translation>Rahoitettu toiminta nimeltä ”%1” on jo olemassa.</translation>
    </message>
    <message>
        <source>New funded activity</source>
        <translation>Uusi rahoitettu toiminta</translation>
    </message>
    <message>
        <source>Funded activity “%1”</source>
        <translation>Rahoitettu toiminta ”%1”</translation>
    </message>
    <message>
        <source>Problem with the funded activity</source>
        <translation>Ongelma rahoitetun toiminnan tiedoissa</translation>
    </message>
    <message>
        <source>Only an admin can change the funded activities.</source>
        <translation>Vain pääkäyttäjä voi muuttaa rahoitettuja toimintoja.</translation>
    </message>
    <message>
        <source>&amp;Add Funded Activity</source>
        <translation>L&amp;isää rahoitettu toiminta</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Tall&amp;enna muutokset</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Poista käytöstä</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Palauta käyttöön</translation>
    </message>
    <message>
        <source>Deactivate the funded activity</source>
        <translation>Poista rahoitettu toiminta käytöstä</translation>
    </message>
    <message>
        <source>Reactivate the funded activity</source>
        <translation>Palauta rahoitettu toiminta käyttöön</translation>
    </message>
    <message>
        <source>Kept on its requests, no longer offered for new ones</source>
        <translation>Säilyy toimeksiannoissaan, mutta sitä ei enää tarjota uusille</translation>
    </message>
    <message>
        <source>Offers the funded activity again</source>
        <translation>Tarjoaa rahoitettua toimintaa taas valittavaksi</translation>
    </message>
    <message>
        <source>&amp;Reload Funded Activities</source>
        <translation>Lataa rahoitetut toiminnat uu&amp;delleen</translation>
    </message>
    <message>
        <source>The funded activity was not saved: %1</source>
        <translation>Rahoitettua toimintaa ei tallennettu: %1</translation>
    </message>
    <message>
        <source>The funded activity is added.</source>
        <translation>Rahoitettu toiminta on lisätty.</translation>
    </message>
    <message>
        <source>The funded activity is saved.</source>
        <translation>Rahoitettu toiminta on tallennettu.</translation>
    </message>
    <message>
        <source>The funded activity is in use again.</source>
        <translation>Rahoitettu toiminta on taas käytössä.</translation>
    </message>
    <message>
        <source>The funded activity is deactivated.</source>
        <translation>Rahoitettu toiminta on poistettu käytöstä.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FundedActivityListModel</name>
    <message>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 asti</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Koko toimisto</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Kept on the requests that belong to it; not offered for new ones</source>
        <translation>Säilyy siihen kuuluvissa toimeksiannoissa; ei tarjolla uusille</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Vuodet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FundedActivityRepository</name>
    <message>
        <source>Funded activity #%1</source>
        <translation>Rahoitettu toiminta #%1</translation>
    </message>
    <message>
        <source>Funded activity “%1”</source>
        <translation>Rahoitettu toiminta ”%1”</translation>
    </message>
    <message>
        <source>A funded activity needs a name.</source>
        <translation>Rahoitetulla toiminnalla on oltava nimi.</translation>
    </message>
    <message>
        <source>The funded activity&apos;s name is longer than 200 characters.</source>
        <translation>Rahoitetun toiminnan nimi on pidempi kuin 200 merkkiä.</translation>
    </message>
    <message>
        <source>The funder&apos;s name is longer than 100 characters.</source>
        <translation>Rahoittajan nimi on pidempi kuin 100 merkkiä.</translation>
    </message>
    <message>
        <source>The first year %1 is not a year between 1990 and 2100.</source>
        <translation>Ensimmäinen vuosi %1 ei ole vuosi väliltä 1990–2100.</translation>
    </message>
    <message>
        <source>The last year %1 is not a year between 1990 and 2100.</source>
        <translation>Viimeinen vuosi %1 ei ole vuosi väliltä 1990–2100.</translation>
    </message>
    <message>
        <source>The last year comes before the first year.</source>
        <translation>Viimeinen vuosi on ennen ensimmäistä vuotta.</translation>
    </message>
    <message>
        <source>A funded activity called “%1” already exists.</source>
        <translation>Rahoitettu toiminta nimeltä ”%1” on jo olemassa.</translation>
    </message>
    <message>
        <source>Organisation #%1 does not exist; someone may have removed it.</source>
        <translation>Järjestöä #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>The funded activity “%1”</source>
        <translation>Rahoitettu toiminta ”%1”</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FundersReportTab</name>
    <message>
        <source>All organisations</source>
        <translation>Kaikki järjestöt</translation>
    </message>
    <message>
        <source>All funded activities</source>
        <translation>Kaikki rahoitetut toiminnat</translation>
    </message>
    <message>
        <source>%1. Commissions: %2, events held: %3, experience workers who took part: %4, hours: %5, people reached: %6.</source>
        <translation>%1. Toimeksiantoja: %2, pidettyjä tapahtumia: %3, osallistuneita kokemustoimijoita: %4, tunteja: %5, tavoitettuja ihmisiä: %6.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Vie PDF</translation>
    </message>
    <message>
        <source>results-report.pdf</source>
        <translation>tulosraportti.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Tulosta raportti</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Vie XLSX</translation>
    </message>
    <message>
        <source>results-report.xlsx</source>
        <translation>tulosraportti.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV: Choose a Folder</source>
        <translation>Vie CSV: valitse kansio</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Jakso:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Vuosineljännes</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Mukautetut päivät</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Järje&amp;stö:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Taulukko:</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Raportin taulukko</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Taulukot</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Kaaviot</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Vie &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Vie &amp;CSV…</translation>
    </message>
    <message>
        <source>Funded &amp;activity:</source>
        <translation>R&amp;ahoitettu toiminta:</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Vie P&amp;DF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>The report was written, but the export could not be logged in the audit log: %1</source>
        <translation>Raportti kirjoitettiin, mutta vientiä ei voitu kirjata muutoslokiin: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Aloitetaan</translation>
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
    <message>
        <source>Your office is on its way. What is left of the three steps:</source>
        <translation>Toimistosi on hyvällä alulla. Näitä kolmesta vaiheesta on vielä jäljellä:</translation>
    </message>
    <message>
        <source>This office is still empty. Three steps get it going:</source>
        <translation>Tämä toimisto on vielä tyhjä. Kolme vaihetta saa sen käyntiin:</translation>
    </message>
    <message>
        <source>Step %1, done</source>
        <translation>Vaihe %1, tehty</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Vaihe %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::GroupMeetingRhythmEditor</name>
    <message>
        <source>Next meetings: %1</source>
        <translation>Seuraavat tapaamiset: %1</translation>
    </message>
    <message>
        <source>The experience workers&apos; group meets regularly, about every four weeks. The Today page shows the next meeting and the requests to bring to it.</source>
        <translation>Kokemustoimijoiden ryhmä kokoontuu säännöllisesti, noin neljän viikon välein. Tänään-sivulla näkyvät seuraava tapaaminen ja toimeksiannot, jotka viedään siihen käsiteltäviksi.</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;Ensimmäinen tapaaminen:</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Ensimmäinen tapaaminen</translation>
    </message>
    <message>
        <source>The day of one meeting; the others follow from it.</source>
        <translation>Jonkin tapaamisen päivä; muut päivät lasketaan siitä.</translation>
    </message>
    <message>
        <source>Meets &amp;every:</source>
        <translation>Tapaamis&amp;väli:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> pv</translation>
    </message>
    <message>
        <source>Meets every, in days</source>
        <translation>Tapaamisväli päivinä</translation>
    </message>
    <message>
        <source>How many days from one meeting to the next; 28 is every four weeks.</source>
        <translation>Montako päivää tapaamisesta seuraavaan on; 28 tarkoittaa neljän viikon välein.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::GroupMeetingRhythmRepository</name>
    <message>
        <source>The group meets every 1 to %1 days.</source>
        <translation>Ryhmän tapaamisvälin on oltava 1–%1 päivää.</translation>
    </message>
    <message>
        <source>The group meeting rhythm</source>
        <translation>Ryhmätapaamisten rytmi</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::GroupMeetingSection</name>
    <message>
        <source>Group meetings</source>
        <translation>Ryhmätapaamiset</translation>
    </message>
    <message>
        <source>How often the coordinators&apos; group meeting is held (every four weeks by default); Today shows the next one with the requests to bring to it.</source>
        <translation>Kuinka usein ryhmätapaaminen pidetään (oletuksena neljän viikon välein); Tänään-sivulla näkyvät seuraava tapaaminen ja toimeksiannot, jotka viedään siihen käsiteltäviksi.</translation>
    </message>
    <message>
        <source>This setting is not available in this version yet.</source>
        <translation>Tämä asetus ei ole vielä käytettävissä tässä versiossa.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InterchangeImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>rivi %1, sarake %2</translation>
    </message>
    <message>
        <source>The file does not hold a Kohtaamo interchange document: it is not a JSON object.</source>
        <translation>Tiedosto ei ole Kohtaamon siirtotiedosto: se ei ole JSON-objekti.</translation>
    </message>
    <message>
        <source>expected %1: this is not a Kohtaamo interchange file</source>
        <translation>odotettiin arvoa %1: tämä ei ole Kohtaamon siirtotiedosto</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>pakollinen tieto puuttuu</translation>
    </message>
    <message>
        <source>version: the file has format version %1, written by a newer Kohtaamo; this Kohtaamo reads version %2 and older. Nothing was imported: import it with a newer Kohtaamo.</source>
        <translation>version: tiedoston muotoversio on %1, ja sen on kirjoittanut uudempi Kohtaamo; tämä Kohtaamo lukee version %2 ja sitä vanhemmat. Mitään ei tuotu: tuo tiedosto uudemmalla Kohtaamolla.</translation>
    </message>
    <message>
        <source>another topic of the file has the code %1</source>
        <translation>tiedoston toisella aiheella on jo koodi %1</translation>
    </message>
    <message>
        <source>the topic is among its own parents</source>
        <translation>aihe on omien yläaiheidensa joukossa</translation>
    </message>
    <message>
        <source>no topic of the file or of the database has the code %1</source>
        <translation>millään tiedoston tai tietokannan aiheella ei ole koodia %1</translation>
    </message>
    <message>
        <source>this database has no service type %1; Kohtaamo does not create service types when importing</source>
        <translation>tässä tietokannassa ei ole työmuotoa %1; Kohtaamo ei luo työmuotoja tuonnin yhteydessä</translation>
    </message>
    <message>
        <source>another organisation of the file is called %1</source>
        <translation>tiedoston toisen järjestön nimi on jo %1</translation>
    </message>
    <message>
        <source>no organisation of the file or of the database is called %1</source>
        <translation>tiedostossa tai tietokannassa ei ole järjestöä nimeltä %1</translation>
    </message>
    <message>
        <source>no request of the file or of the database has the reference %1</source>
        <translation>millään tiedoston tai tietokannan toimeksiannolla ei ole tunnusta %1</translation>
    </message>
    <message>
        <source>no topic has the code %1</source>
        <translation>millään aiheella ei ole koodia %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1: %2).</source>
        <translation>Tiedosto ei ole kelvollista JSONia (%1: %2).</translation>
    </message>
    <message>
        <source>The database already holds workers, requests or experience knowledge. Kohtaamo imports an interchange file only into a database without them (topics, organisations and coordinators it has are used by their code, name and username). Nothing was imported.</source>
        <translation>Tietokannassa on jo kokemustoimijoita, toimeksiantoja tai kokemustietoa. Kohtaamo tuo siirtotiedoston vain tietokantaan, jossa niitä ei ole (sen aiheet, organisaatiot ja koordinaattorit otetaan käyttöön koodin, nimen ja käyttäjätunnuksen perusteella). Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>the topic %1 would lie %2 levels deep; topics go at most %3 levels deep</source>
        <translation>aihe %1 olisi %2 tason syvyydessä; aiheita voi olla enintään %3 tason syvyydessä</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InvitationListModel</name>
    <message>
        <source>Waiting for an answer</source>
        <translation>Odottaa vastausta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Hyväksyi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Kieltäytyi</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Ei vastannut</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Tekstiviesti</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Kokemustoimija #%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, last %2</source>
        <translation>%1, viimeksi %2</translation>
    </message>
    <message>
        <source>Experience worker</source>
        <translation>Kokemustoimija</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Kutsuttu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Kieltäytymisen syy</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Muistutukset</translation>
    </message>
    <message>
        <source>Accepted, in reserve</source>
        <translation>Suostui, varalla</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InvitationOperations</name>
    <message>
        <source>Request %1 is “%2”: its invitations can no longer change.</source>
        <translation>Toimeksianto %1 on tilassa ”%2”: sen kutsuja ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>The invitation was withdrawn; invite the worker again before recording an answer.</source>
        <translation>Kutsu on peruttu; kutsu kokemustoimija uudelleen ennen kuin kirjaat vastauksen.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 is confirmed and its team already has the %n worker(s) needed. Add this worker to the team anyway, or keep them in reserve.</source>
        <translation>
            <numerusform>Toimeksianto %1 on vahvistettu, ja sen tiimissä on jo tarvittava %n kokemustoimija. Lisää tämä kokemustoimija tiimiin silti tai pidä hänet varalla.</numerusform>
            <numerusform>Toimeksianto %1 on vahvistettu, ja sen tiimissä on jo tarvittavat %n kokemustoimijaa. Lisää tämä kokemustoimija tiimiin silti tai pidä hänet varalla.</numerusform>
        </translation>
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
    <message>
        <source>Only a withdrawn invitation can be sent again; this one still stands.</source>
        <translation>Vain perutun kutsun voi lähettää uudelleen; tämä kutsu on yhä voimassa.</translation>
    </message>
    <message>
        <source>Only a worker who accepted can be kept in reserve.</source>
        <translation>Varalle voi jättää vain kokemustoimijan, joka on suostunut.</translation>
    </message>
    <message>
        <source>A step of an invitation&apos;s history needs the time it was taken.</source>
        <translation>Kutsun historian vaiheelle tarvitaan aika, jolloin se otettiin.</translation>
    </message>
    <message>
        <source>An answer in an invitation&apos;s history needs the answer that was given.</source>
        <translation>Kutsun historiaan kirjatulle vastaukselle tarvitaan annettu vastaus.</translation>
    </message>
    <message>
        <source>Only an answer in an invitation&apos;s history names an answer.</source>
        <translation>Vain kutsun historian vastausvaihe voi nimetä vastauksen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InvitationsPanel</name>
    <message>
        <source>The invitations could not be read.</source>
        <translation>Kutsuja ei voitu lukea.</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Kokemustoimija #%1</translation>
    </message>
    <message>
        <source>The answer was not saved.</source>
        <translation>Vastausta ei tallennettu.</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Kieltäytyi</translation>
    </message>
    <message>
        <source>Why did %1 decline? (optional; helps plan the next invitations)</source>
        <translation>Miksi %1 kieltäytyi? (vapaaehtoinen; auttaa suunnittelemaan seuraavia kutsuja)</translation>
    </message>
    <message>
        <source>The reminder was not recorded.</source>
        <translation>Muistutusta ei kirjattu.</translation>
    </message>
    <message>
        <source>The invitation was not withdrawn.</source>
        <translation>Kutsua ei peruttu.</translation>
    </message>
    <message>
        <source>Nobody has been invited yet. Choose workers on the Candidates tab and press Invite.</source>
        <translation>Ketään ei ole vielä kutsuttu. Valitse kokemustoimijat Ehdokkaat-välilehdellä ja paina Kutsu valitut.</translation>
    </message>
    <message>
        <source>%1 of the %2 needed have accepted</source>
        <translation>%1/%2 tarvittavasta on hyväksynyt kutsun</translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting for an answer</source>
        <translation>
            <numerusform> · %n odottaa vastausta</numerusform>
            <numerusform> · %n odottaa vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n declined</source>
        <translation>
            <numerusform> · %n kieltäytyi</numerusform>
            <numerusform> · %n kieltäytyi</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Kutsut</translation>
    </message>
    <message>
        <source>The workers invited to this request and their answers</source>
        <translation>Tähän toimeksiantoon kutsutut kokemustoimijat ja heidän vastauksensa</translation>
    </message>
    <message>
        <source>&amp;Accepted</source>
        <translation>Hyväk&amp;syi</translation>
    </message>
    <message>
        <source>The selected worker said yes</source>
        <translation>Valittu kokemustoimija suostui</translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation>Kieltä&amp;ytyi…</translation>
    </message>
    <message>
        <source>The selected worker said no; you can note the reason</source>
        <translation>Valittu kokemustoimija kieltäytyi; voit kirjata syyn</translation>
    </message>
    <message>
        <source>The selected worker did not answer in time</source>
        <translation>Valittu kokemustoimija ei vastannut ajoissa</translation>
    </message>
    <message>
        <source>Note that you reminded the selected worker today</source>
        <translation>Kirjaa, että muistutit valittua kokemustoimijaa tänään</translation>
    </message>
    <message>
        <source>Take the invitation back, e.g. when the team is full</source>
        <translation>Peru kutsu, esim. kun tiimi on jo täynnä</translation>
    </message>
    <message>
        <source>%1 declined this invitation. Record that they now accept?</source>
        <translation>%1 kieltäytyi kutsusta. Kirjataanko, että hän nyt suostuu?</translation>
    </message>
    <message>
        <source>%1 declined this invitation (“%2”). Record that they now accept?</source>
        <translation>%1 kieltäytyi kutsusta (”%2”). Kirjataanko, että hän nyt suostuu?</translation>
    </message>
    <message>
        <source>Change the answer</source>
        <translation>Vastauksen muutos</translation>
    </message>
    <message>
        <source>The team is full</source>
        <translation>Tiimi on täynnä</translation>
    </message>
    <message>
        <source>&amp;Add to the team</source>
        <translation>&amp;Lisää tiimiin</translation>
    </message>
    <message>
        <source>&amp;Keep in reserve</source>
        <translation>&amp;Pidä varalla</translation>
    </message>
    <message>
        <source>The worker was not taken into the team.</source>
        <translation>Kokemustoimijaa ei otettu tiimiin.</translation>
    </message>
    <message>
        <source>The workers to be told could not be read.</source>
        <translation>Tiedotettavia kokemustoimijoita ei voitu lukea.</translation>
    </message>
    <message>
        <source>The notices were not marked as told.</source>
        <translation>Ilmoituksia ei merkitty kerrotuiksi.</translation>
    </message>
    <message>
        <source>History of the invitation</source>
        <translation>Kutsun historia</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Kutsuttu</translation>
    </message>
    <message>
        <source>Invited again</source>
        <translation>Kutsuttu uudelleen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Kept in reserve</source>
        <translation>Jätetty varalle</translation>
    </message>
    <message>
        <source>Taken into the team</source>
        <translation>Otettu tiimiin</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Vastasi</translation>
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
        <translation>Historia:</translation>
    </message>
    <message>
        <source>To be told of the new time: %1</source>
        <translation>Uudesta ajasta kerrottava: %1</translation>
    </message>
    <message>
        <source>To be told of the cancellation: %1</source>
        <translation>Peruuntumisesta kerrottava: %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n in reserve</source>
        <translation>
            <numerusform> · %n varalla</numerusform>
            <numerusform> · %n varalla</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected worker, kept in reserve, joins the team</source>
        <translation>Varalla oleva valittu kokemustoimija otetaan tiimiin</translation>
    </message>
    <message>
        <source>These workers have been told of the change</source>
        <translation>Näille kokemustoimijoille on kerrottu muutoksesta</translation>
    </message>
    <message>
        <source>No repl&amp;y</source>
        <translation>E&amp;i vastannut</translation>
    </message>
    <message>
        <source>Re&amp;minder sent</source>
        <translation>Muistutus &amp;lähetetty</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Peru kutsu</translation>
    </message>
    <message>
        <source>Into the team</source>
        <translation>Tiimiin</translation>
    </message>
    <message>
        <source>Mark as told</source>
        <translation>Merkitse kerrotuksi</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::JsonRecord</name>
    <message>
        <source>true or false</source>
        <translation>totuusarvo</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekti</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>odotettiin objektia, löytyi %1</translation>
    </message>
    <message>
        <source>unknown value %1 (expected one of: %2)</source>
        <translation>tuntematon arvo %1 (odotettiin jotakin näistä: %2)</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>odotettiin tekstiä, löytyi %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>pakollinen tieto puuttuu</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>odotettiin arvoa true tai false, löytyi %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>odotettiin kokonaislukua väliltä %1–%2, löytyi %3</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>odotettiin lukua väliltä %1–%2</translation>
    </message>
    <message>
        <source>expected whole euro cents (a whole number, not negative), found %1</source>
        <translation>odotettiin summaa kokonaisina sentteinä (kokonaisluku, ei negatiivinen), löytyi %1</translation>
    </message>
    <message>
        <source>expected a date such as 2026-03-16, found %1</source>
        <translation>odotettiin päivämäärää, esimerkiksi 2026-03-16, löytyi %1</translation>
    </message>
    <message>
        <source>expected a time with its zone such as 2026-03-16T08:00:00Z, found %1</source>
        <translation>odotettiin aikaa aikavyöhykkeineen, esimerkiksi 2026-03-16T08:00:00Z, löytyi %1</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>odotettiin listaa, löytyi %1</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>tuntematon kenttä</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::JsonStreamReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Tiedostoa ei voi lukea: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::JsonStreamWriter</name>
    <message>
        <source>Cannot write the document: %1</source>
        <translation>Tiedostoa ei voi kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::JsonTextCheck</name>
    <message>
        <source>The file holds a NUL byte (a byte of value zero) at %1: it is damaged or not a text file.</source>
        <translation>Tiedostossa on NUL-tavu (tavu, jonka arvo on nolla) kohdassa %1: tiedosto on vioittunut, tai se ei ole tekstitiedosto.</translation>
    </message>
    <message>
        <source>The key %1 is given twice in the same object (%2, %3); Kohtaamo does not guess which one is meant.</source>
        <translation>Avain %1 on annettu kahdesti samassa objektissa (%2, %3); Kohtaamo ei arvaa, kumpi on tarkoitettu.</translation>
    </message>
    <message>
        <source>at the top level of the document</source>
        <translation>asiakirjan ylimmällä tasolla</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::KeyboardShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Kaikkialla</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Shortcuts of a page work while the focus is on that page.</source>
        <translation>Sivun pikanäppäimet toimivat, kun kohdistus on kyseisellä sivulla.</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts of one action</comment>
        <translation> tai </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::KeychainPasswordStore</name>
    <message>
        <source>No keyring is available on this desktop: the password cannot be kept. Kohtaamo asks for it when it sends.</source>
        <translation>Tällä työpöydällä ei ole avainnippua käytettävissä: salasanaa ei voi säilyttää. Kohtaamo kysyy sitä lähettäessään.</translation>
    </message>
    <message>
        <source>The keyring did not answer: %1</source>
        <translation>Avainnippu ei vastannut: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::KnowledgeEntryEditor</name>
    <message>
        <source>New experience knowledge</source>
        <translation>Uusi kokemustieto</translation>
    </message>
    <message>
        <source>Edit experience knowledge</source>
        <translation>Muokkaa kokemustietoa</translation>
    </message>
    <message>
        <source>Experience knowledge</source>
        <translation>Kokemustieto</translation>
    </message>
    <message>
        <source>Kept from before, no longer offered: %1</source>
        <translation>Säilytetty aiemmasta, ei enää tarjolla: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&amp;What was learned:</source>
        <translation>&amp;Mitä opittiin:</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Mitä opittiin</translation>
    </message>
    <message>
        <source>In the workers&apos; words: what helped, what failed, what should change.</source>
        <translation>Kokemustoimijoiden omin sanoin: mikä auttoi, mikä epäonnistui, mitä pitäisi muuttaa.</translation>
    </message>
    <message>
        <source>Recorded &amp;on:</source>
        <translation>&amp;Kirjattu:</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>&amp;Life-course phase:</source>
        <translation>&amp;Elämänvaihe:</translation>
    </message>
    <message>
        <source>Life-course phase</source>
        <translation>Elämänvaihe</translation>
    </message>
    <message>
        <source>&amp;Critical point: here services failed or could have helped</source>
        <translation>K&amp;riittinen kohta: tässä palvelut pettivät tai olisivat voineet auttaa</translation>
    </message>
    <message>
        <source>Critical point</source>
        <translation>Kriittinen kohta</translation>
    </message>
    <message>
        <source>A point along the life course where services failed people</source>
        <translation>Elämänkulun kohta, jossa palvelut pettivät ihmiset</translation>
    </message>
    <message>
        <source>&amp;Find a topic:</source>
        <translation>Et&amp;si aihe:</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Etsi aihe</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Kirjoita osa nimestä</translation>
    </message>
    <message>
        <source>To&amp;pics (tick all that apply):</source>
        <translation>&amp;Aiheet (valitse kaikki sopivat):</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::KnowledgeEntryListModel</name>
    <message>
        <source>Topic #%1</source>
        <translation>Aihe #%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between topic names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Critical point</source>
        <translation>Kriittinen kohta</translation>
    </message>
    <message>
        <source>Life course: %1</source>
        <translation>Elämänkulku: %1</translation>
    </message>
    <message>
        <source>No topics</source>
        <translation>Ei aiheita</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Aiheet: %1</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ei vielä tallennettu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muutettu</translation>
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
        <translation>Tapaamisessa &amp;syntynyt kokemustieto:</translation>
    </message>
    <message>
        <source>Knowledge from this meeting</source>
        <translation>Tapaamisessa syntynyt kokemustieto</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Add what the workers&apos; experience taught: one entry per point, marked as a critical point where services failed people.</source>
        <translation>Mitään ei ole vielä kirjattu. Lisää, mitä kokemustoimijoiden kokemus opetti: yksi merkintä kustakin asiasta; merkitse kriittiseksi kohdaksi ne, joissa palvelut pettivät ihmiset.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>Add knowledge</source>
        <translation>Lisää kokemustietoa</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Edit knowledge</source>
        <translation>Muokkaa kokemustietoa</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove knowledge</source>
        <translation>Poista kokemustieto</translation>
    </message>
    <message>
        <source>Removes an entry that has not been saved yet.</source>
        <translation>Poistaa merkinnän, jota ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>This entry is saved. Saved knowledge can be changed but not removed.</source>
        <translation>Tämä merkintä on tallennettu. Tallennettua kokemustietoa voi muuttaa mutta ei poistaa.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>The language of Kohtaamo&apos;s windows, and of the topic and service names in them. The change applies at once and is remembered.</source>
        <translation>Kohtaamon ikkunoiden kieli sekä niissä näkyvien aiheiden ja työmuotojen nimien kieli. Muutos tulee voimaan heti ja säilyy.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Käyttöliittymän kieli:</translation>
    </message>
    <message>
        <source>Follow the system (now %1)</source>
        <translation>Järjestelmän mukaan (nyt %1)</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language</source>
        <translation>Käytä järjestelmän kieltä</translation>
    </message>
    <message>
        <source>Kohtaamo speaks the first of the system&apos;s languages it knows; now %1</source>
        <translation>Kohtaamo käyttää järjestelmän kielistä ensimmäistä, jonka se osaa; nyt %1</translation>
    </message>
    <message>
        <source>Use Kohtaamo in this language</source>
        <translation>Käytä Kohtaamoa tällä kielellä</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ListRestriction</name>
    <message numerus="yes">
        <source>Only: %1 (%n listed)</source>
        <translation>
            <numerusform>Vain: %1 (%n kpl)</numerusform>
            <numerusform>Vain: %1 (%n kpl)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Näytä ka&amp;ikki</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Näytä kaikki</translation>
    </message>
    <message>
        <source>Lists every record again, not only the ones picked on another page.</source>
        <translation>Näyttää taas kaikki, ei vain toisella sivulla valittuja.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MailSection</name>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>(kept in the keyring)</source>
        <translation>(säilytetään avainnipussa)</translation>
    </message>
    <message>
        <source>Saved. The account applies to every coordinator of the office.</source>
        <translation>Tallennettu. Tili koskee toimiston kaikkia koordinaattoreita.</translation>
    </message>
    <message>
        <source>The account was saved, but not its password. %1</source>
        <translation>Tili tallennettiin, mutta sen salasanaa ei. %1</translation>
    </message>
    <message>
        <source>The password is kept in this desktop&apos;s keyring.</source>
        <translation>Salasana säilytetään tämän työpöydän avainnipussa.</translation>
    </message>
    <message>
        <source>The test message could not be sent: %1</source>
        <translation>Testiviestiä ei voitu lähettää: %1</translation>
    </message>
    <message>
        <source>The test message was sent to %1.</source>
        <translation>Testiviesti lähetettiin osoitteeseen %1.</translation>
    </message>
    <message>
        <source>Only an admin can change the office&apos;s mail account.</source>
        <translation>Vain pääkäyttäjä voi muuttaa toimiston sähköpostitiliä.</translation>
    </message>
    <message>
        <source>The account the office&apos;s messages are sent with — invitations with their calendar entries, changes, cancellations, confirmations, reminders — and their wording. Without an account the messages wait in the outbox and can be opened in the mail program.</source>
        <translation>Tili, jolla toimiston viestit lähetetään – kutsut kalenterimerkintöineen, muutokset, peruutukset, vahvistukset, muistutukset – sekä viestien sanamuoto. Ilman tiliä viestit odottavat lähtevissä viesteissä, ja ne voi avata sähköpostiohjelmassa.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Sähköposti&amp;palvelin:</translation>
    </message>
    <message>
        <source>smtp.example.fi</source>
        <translation>smtp.example.fi</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Portti:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sal&amp;aus:</translation>
    </message>
    <message>
        <source>STARTTLS (submission, usually port 587)</source>
        <translation>STARTTLS (submission, yleensä portti 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS alusta alkaen (yleensä portti 465)</translation>
    </message>
    <message>
        <source>None (only a server on this computer)</source>
        <translation>Ei mitään (vain tämän tietokoneen palvelin)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Salas&amp;ana:</translation>
    </message>
    <message>
        <source>Kept in this desktop&apos;s keyring, never in the office&apos;s database or the settings file. Leave empty to keep the one already kept.</source>
        <translation>Säilytetään tämän työpöydän avainnipussa, ei koskaan toimiston tietokannassa tai asetustiedostossa. Jätä tyhjäksi, jos haluat pitää jo tallennetun salasanan.</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;address:</source>
        <translation>Lähettäjän &amp;osoite:</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name:</source>
        <translation>Lähettäjän &amp;nimi:</translation>
    </message>
    <message>
        <source>Send a test message &amp;to:</source>
        <translation>Lähetä testiviesti osoittee&amp;seen:</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Lähetä &amp;testiviesti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Viestit</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MailSettingsRepository</name>
    <message>
        <source>“%1” is not a mail server&apos;s name. Write it like smtp.example.fi.</source>
        <translation>”%1” ei ole sähköpostipalvelimen nimi. Kirjoita se muodossa smtp.example.fi.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (usually 587 or 465).</source>
        <translation>Portin on oltava väliltä 1–65535 (yleensä 587 tai 465).</translation>
    </message>
    <message>
        <source>The sender&apos;s address must be an e-mail address, such as toimisto@example.fi.</source>
        <translation>Lähettäjän osoitteen on oltava sähköpostiosoite, esimerkiksi toimisto@example.fi.</translation>
    </message>
    <message>
        <source>The sender&apos;s name and the user name must be one line.</source>
        <translation>Lähettäjän nimessä ja käyttäjätunnuksessa saa olla vain yksi rivi.</translation>
    </message>
    <message>
        <source>The office&apos;s mail account</source>
        <translation>Toimiston sähköpostitili</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Undo the %1</source>
        <translation>&amp;Kumoa: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Redo the %1</source>
        <translation>&amp;Tee uudelleen: %1</translation>
    </message>
    <message>
        <source>The demo office could not be made afresh.</source>
        <translation>Esittelytoimistoa ei voitu luoda uudelleen.</translation>
    </message>
    <message>
        <source>Reset the Demo Office</source>
        <translation>Palauta esittelytoimisto</translation>
    </message>
    <message>
        <source>Make the demo office afresh? Everything changed in it is lost. Your own offices are not touched.</source>
        <translation>Luodaanko esittelytoimisto uudelleen? Kaikki siihen tehdyt muutokset menetetään. Omiin toimistoihisi ei kosketa.</translation>
    </message>
    <message>
        <source>No recent offices</source>
        <translation>Ei viimeksi avattuja toimistoja</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Tyhjennä luettelo</translation>
    </message>
    <message>
        <source>Read only: you have no permission to write to “%1”. You can read this office, but nothing can be changed.</source>
        <translation>Vain luku: sinulla ei ole oikeutta kirjoittaa kohteeseen ”%1”. Voit lukea tämän toimiston tietoja, mutta mitään ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Read only: this office was opened for reading. Nothing can be changed.</source>
        <translation>Vain luku: tämä toimisto avattiin vain luettavaksi. Mitään ei voi muuttaa.</translation>
    </message>
    <message>
        <source>New Office</source>
        <translation>Uusi toimisto</translation>
    </message>
    <message>
        <source>Kohtaamo offices (*.kohtaamo *.sqlite);;All files (*)</source>
        <translation>Kohtaamon toimistot (*.kohtaamo *.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Kohtaamo could not create the office.</source>
        <translation>Kohtaamo ei voinut luoda toimistoa.</translation>
    </message>
    <message>
        <source>“%1” already exists. A new office needs a new file name.</source>
        <translation>”%1” on jo olemassa. Uusi toimisto tarvitsee uuden tiedostonimen.</translation>
    </message>
    <message>
        <source>&amp;New Office…</source>
        <translation>&amp;Uusi toimisto…</translation>
    </message>
    <message>
        <source>Create a new, empty office in a file of its own</source>
        <translation>Luo uusi, tyhjä toimisto omaan tiedostoonsa</translation>
    </message>
    <message>
        <source>&amp;Open Office…</source>
        <translation>&amp;Avaa toimisto…</translation>
    </message>
    <message>
        <source>Open another office: a file or a shared PostgreSQL database</source>
        <translation>Avaa toinen toimisto: tiedosto tai jaettu PostgreSQL-tietokanta</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Viimeksi avatut</translation>
    </message>
    <message>
        <source>Reset the &amp;Demo Office…</source>
        <translation>&amp;Palauta esittelytoimisto…</translation>
    </message>
    <message>
        <source>Make the demo office afresh, as on its first start</source>
        <translation>Luo esittelytoimisto uudelleen sellaiseksi kuin se oli ensimmäisellä käynnistyskerralla</translation>
    </message>
    <message>
        <source>Write an encrypted backup of this office</source>
        <translation>Kirjoita tästä toimistosta salattu varmuuskopio</translation>
    </message>
    <message>
        <source>A shared database is backed up by its administrator with pg_dump</source>
        <translation>Jaetusta tietokannasta ottaa varmuuskopion sen ylläpitäjä pg_dump-ohjelmalla</translation>
    </message>
    <message>
        <source>Replace this office with an encrypted backup</source>
        <translation>Korvaa tämä toimisto salatulla varmuuskopiolla</translation>
    </message>
    <message>
        <source>A shared database is restored by its administrator with pg_restore</source>
        <translation>Jaetun tietokannan palauttaa sen ylläpitäjä pg_restore-ohjelmalla</translation>
    </message>
    <message>
        <source>&amp;Back Up Office…</source>
        <translation>Varmuus&amp;kopioi toimisto…</translation>
    </message>
    <message>
        <source>Res&amp;tore Office…</source>
        <translation>Palauta &amp;toimisto varmuuskopiosta…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MarkPaidDialog</name>
    <message>
        <source>Mark Fees Paid</source>
        <translation>Merkitse palkkiot maksetuiksi</translation>
    </message>
    <message>
        <source>%1 to pay, %2 in all (fees and travel costs).</source>
        <translation>Maksettavana %1, yhteensä %2 (palkkiot ja matkakulut).</translation>
    </message>
    <message>
        <source>Fees chosen</source>
        <translation>Valitut palkkiot</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Maksupäivä:</translation>
    </message>
    <message>
        <source>For bookkeeping, e.g. the payment run or voucher number</source>
        <translation>Kirjanpitoa varten, esim. maksuajon tai tositteen numero</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Lisätieto:</translation>
    </message>
    <message>
        <source>Earnings ceiling warnings</source>
        <translation>Varoitukset tulorajasta</translation>
    </message>
    <message>
        <source>Mark paid &amp;all the same</source>
        <translation>Merkitse maksetuiksi &amp;silti</translation>
    </message>
    <message>
        <source>Why the fees were not marked paid</source>
        <translation>Miksi palkkioita ei merkitty maksetuiksi</translation>
    </message>
    <message>
        <source>Mark Paid</source>
        <translation>Merkitse maksetuiksi</translation>
    </message>
    <message>
        <source>Over the earnings ceiling:</source>
        <translation>Tuloraja ylittyy:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fee(s)</source>
        <translation>
            <numerusform>%Ln palkkio</numerusform>
            <numerusform>%Ln palkkiota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MatchTexts</name>
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
        <source>%1 — exact</source>
        <translation>%1 — täsmälleen sama aihe</translation>
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
        <source>%1 — no experience</source>
        <translation>%1 — ei kokemusta</translation>
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
        <translation>Tapaamisen tulosta ei voitu lukea.</translation>
    </message>
    <message>
        <source>The meeting outcome could not be read: %1</source>
        <translation>Tapaamisen tulosta ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The meeting outcome was not saved.</source>
        <translation>Tapaamisen tulosta ei tallennettu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>worker: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Meeting outcome</source>
        <translation>Tapaamisen tulos</translation>
    </message>
    <message>
        <source>Nothing was written. Correct it and save again.</source>
        <translation>Mitään ei tallennettu. Korjaa tiedot ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>Another coordinator saved changes to this meeting&apos;s records while you were editing.</source>
        <translation>Toinen koordinaattori tallensi muutoksia tämän tapaamisen tietoihin sillä aikaa, kun muokkasit niitä.</translation>
    </message>
    <message>
        <source>A record of this meeting was removed while you were editing.</source>
        <translation>Jokin tämän tapaamisen tiedoista poistettiin sillä aikaa, kun muokkasit niitä.</translation>
    </message>
    <message>
        <source>Reload shows the records as they are now; the changes you made here are then dropped. Keep editing to copy your text first.</source>
        <translation>Lataa uudelleen näyttää tiedot sellaisina kuin ne nyt ovat, ja tässä tekemäsi muutokset hylätään. Jatka muokkausta, jos haluat ensin kopioida tekstisi.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Lataa uudelleen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Jatka muokkausta</translation>
    </message>
    <message>
        <source>Drop the changes you made to this meeting&apos;s outcome?</source>
        <translation>Hylätäänkö tämän tapaamisen tulokseen tekemäsi muutokset?</translation>
    </message>
    <message>
        <source>&amp;Drop changes</source>
        <translation>&amp;Hylkää muutokset</translation>
    </message>
    <message>
        <source>Meeting outcome: %1 %2</source>
        <translation>Tapaamisen tulos: %1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Tila: %1</translation>
    </message>
    <message>
        <source>Meeting %1 · status: %2</source>
        <translation>Tapaaminen %1 · tila: %2</translation>
    </message>
    <message>
        <source>Meeting outcome — %1</source>
        <translation>Tapaamisen tulos — %1</translation>
    </message>
    <message>
        <source>&amp;Participation</source>
        <translation>&amp;Osallistuminen</translation>
    </message>
    <message>
        <source>Summary and &amp;feedback</source>
        <translation>&amp;Yhteenveto ja palaute</translation>
    </message>
    <message>
        <source>E&amp;xperience knowledge</source>
        <translation>&amp;Kokemustieto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>Tietokanta on suljettu.</translation>
    </message>
    <message>
        <source>Saves the participation, the summary and the knowledge together; if any of it cannot be saved, none of it is. (Ctrl+Enter)</source>
        <translation>Tallentaa osallistumisen, yhteenvedon ja kokemustiedon yhdessä; jos jotakin niistä ei voi tallentaa, mitään ei tallenneta. (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MessageComposer</name>
    <message>
        <source>A calendar invitation needs the organizer&apos;s e-mail: add yours in Settings ▸ Coordinators, or the office&apos;s sender address in Settings ▸ E-mail.</source>
        <translation>Kalenterikutsuun tarvitaan järjestäjän sähköpostiosoite: lisää omasi kohdassa Asetukset ▸ Koordinaattorit tai toimiston lähettäjän osoite kohdassa Asetukset ▸ Sähköposti.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address: add one in the worker&apos;s details, or reach them another way.</source>
        <translation>Kokemustoimijalla %1 ei ole sähköpostiosoitetta: lisää se kokemustoimijan tietoihin tai tavoita hänet muulla tavalla.</translation>
    </message>
    <message>
        <source>The e-mail address of %1, “%2”, is not one Kohtaamo can send to.</source>
        <translation>Kohtaamo ei voi lähettää viestiä osoitteeseen ”%2” (%1).</translation>
    </message>
    <message>
        <source>The request has no e-mail address for the requester: add one to the request.</source>
        <translation>Toimeksiannossa ei ole toimeksiantajan sähköpostiosoitetta: lisää se toimeksiantoon.</translation>
    </message>
    <message>
        <source>The requester&apos;s e-mail address “%1” is not one Kohtaamo can send to.</source>
        <translation>Kohtaamo ei voi lähettää viestiä toimeksiantajan sähköpostiosoitteeseen ”%1”.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MessageDialog</name>
    <message>
        <source>No calendar entry.</source>
        <translation>Ei kalenterimerkintää.</translation>
    </message>
    <message>
        <source>time not set</source>
        <translation>aikaa ei asetettu</translation>
    </message>
    <message>
        <source>The calendar entry is removed (METHOD:CANCEL)</source>
        <translation>Kalenterimerkintä poistetaan (METHOD:CANCEL)</translation>
    </message>
    <message>
        <source>Calendar entry (METHOD:%1, update %2)</source>
        <translation>Kalenterimerkintä (METHOD:%1, päivitys %2)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>ei paikkaa</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Viesti: %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vastaanottaja:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation>Palvelimen vastaus:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Aiherivi:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalenteri:</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Viestin teksti</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Hyväksy</translation>
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translation>Hyväksy &amp;kaikki</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>H&amp;ylkää</translation>
    </message>
    <message>
        <source>The calendar entry cannot be read.</source>
        <translation>Kalenterimerkintää ei voi lukea.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MessageTemplateEditor</name>
    <message>
        <source>The office has no request to show the message on yet.</source>
        <translation>Toimistossa ei ole vielä toimeksiantoa, jonka avulla viestin voisi näyttää.</translation>
    </message>
    <message>
        <source>Choose a request with invited workers to see this message.</source>
        <translation>Valitse toimeksianto, johon on kutsuttu kokemustoimijoita, niin näet tämän viestin.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Vastaanottaja: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Aiherivi: %1</translation>
    </message>
    <message>
        <source>Saved. Messages written from now on use this wording.</source>
        <translation>Tallennettu. Tästä lähtien kirjoitettavissa viesteissä käytetään tätä sanamuotoa.</translation>
    </message>
    <message>
        <source>The built-in wording is back.</source>
        <translation>Valmis sanamuoto on palautettu.</translation>
    </message>
    <message>
        <source>Only an admin can change the wording of the messages.</source>
        <translation>Vain pääkäyttäjä voi muuttaa viestien sanamuotoa.</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Viesti:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>K&amp;ieli:</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Aihe&amp;rivi:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;ksti:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Paikkamerkit:</translation>
    </message>
    <message>
        <source>{%1} — %2 (also in the subject)</source>
        <translation>{%1} – %2 (myös aiherivillä)</translation>
    </message>
    <message>
        <source>{%1} — %2</source>
        <translation>{%1} – %2</translation>
    </message>
    <message>
        <source>Pre&amp;view on:</source>
        <translation>&amp;Esikatselu toimeksiannolla:</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Viestin esikatselu</translation>
    </message>
    <message>
        <source>Save &amp;wording</source>
        <translation>Tallenna &amp;sanamuoto</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Palauta oletus</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MessageTemplateRepository</name>
    <message>
        <source>the template “%1” (%2)</source>
        <translation>viestipohja ”%1” (%2)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MessageTemplates</name>
    <message>
        <source>Invitation</source>
        <translation>Kutsu</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Muistutus</translation>
    </message>
    <message>
        <source>Change of time or place</source>
        <translation>Ajan tai paikan muutos</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Peruuntuminen</translation>
    </message>
    <message>
        <source>Confirmation to the worker</source>
        <translation>Vahvistus kokemustoimijalle</translation>
    </message>
    <message>
        <source>Confirmation to the requester</source>
        <translation>Vahvistus toimeksiantajalle</translation>
    </message>
    <message>
        <source>Thank-you after the meeting</source>
        <translation>Kiitos tapaamisen jälkeen</translation>
    </message>
    <message>
        <source>The request&apos;s reference, such as 2026-0042</source>
        <translation>Toimeksiannon tunnus, esimerkiksi 2026-0042</translation>
    </message>
    <message>
        <source>The kind of work, such as Talk or Peer reception</source>
        <translation>Työmuoto, esimerkiksi Puheenvuoro tai Vertaisvastaanotto</translation>
    </message>
    <message>
        <source>The day of the meeting</source>
        <translation>Tapaamisen päivä</translation>
    </message>
    <message>
        <source>The time of the meeting, start and end</source>
        <translation>Tapaamisen kellonaika, alku ja loppu</translation>
    </message>
    <message>
        <source>The place, or the address of a remote meeting</source>
        <translation>Paikka tai etätapaamisen osoite</translation>
    </message>
    <message>
        <source>The request&apos;s title (never in a subject)</source>
        <translation>Toimeksiannon otsikko (ei koskaan aiherivillä)</translation>
    </message>
    <message>
        <source>The requester&apos;s name</source>
        <translation>Toimeksiantajan nimi</translation>
    </message>
    <message>
        <source>The worker&apos;s name as they use it (a pseudonym if they use one)</source>
        <translation>Kokemustoimijan nimi sellaisena kuin hän sitä käyttää (peitenimi, jos hän käyttää sellaista)</translation>
    </message>
    <message>
        <source>To the requester: the workers coming who have consented to be named, and how many others</source>
        <translation>Toimeksiantajalle: tulevat kokemustoimijat, jotka ovat suostuneet nimensä mainitsemiseen, ja kuinka monta muuta tulee</translation>
    </message>
    <message>
        <source>The coordinator&apos;s name</source>
        <translation>Koordinaattorin nimi</translation>
    </message>
    <message>
        <source>The coordinator&apos;s e-mail address</source>
        <translation>Koordinaattorin sähköpostiosoite</translation>
    </message>
    <message>
        <source>Messages can be written in Finnish, Swedish and English only.</source>
        <translation>Viestejä voi kirjoittaa vain suomeksi, ruotsiksi ja englanniksi.</translation>
    </message>
    <message>
        <source>The subject of the message is empty.</source>
        <translation>Viestin aiherivi on tyhjä.</translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>Aiherivillä saa olla vain yksi rivi.</translation>
    </message>
    <message>
        <source>The text of the message is empty.</source>
        <translation>Viestin teksti on tyhjä.</translation>
    </message>
    <message>
        <source>The subject uses {%1}, which Kohtaamo does not know.</source>
        <translation>Aiherivillä on {%1}, jota Kohtaamo ei tunne.</translation>
    </message>
    <message>
        <source>A subject line may carry the reference, the kind of work and the date only: {%1} could tell a stranger too much.</source>
        <translation>Aiherivillä saa olla vain tunnus, työmuoto ja päivä: {%1} voisi kertoa ulkopuoliselle liikaa.</translation>
    </message>
    <message>
        <source>The text uses {%1}, which Kohtaamo does not know.</source>
        <translation>Tekstissä on {%1}, jota Kohtaamo ei tunne.</translation>
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
    <name>Kohtaamo::OfficeBackupActions</name>
    <message>
        <source>Back Up the Office</source>
        <translation>Varmuuskopioi toimisto</translation>
    </message>
    <message>
        <source>Kohtaamo backups (*.kohtaamo-backup)</source>
        <translation>Kohtaamon varmuuskopiot (*.kohtaamo-backup)</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Varmuuskopiota ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>The office was backed up, encrypted, to “%1”.</source>
        <translation>Toimistosta kirjoitettiin salattu varmuuskopio tiedostoon ”%1”.</translation>
    </message>
    <message>
        <source>Restore the Office</source>
        <translation>Palauta toimisto</translation>
    </message>
    <message>
        <source>Kohtaamo backups (*.kohtaamo-backup);;All files (*)</source>
        <translation>Kohtaamon varmuuskopiot (*.kohtaamo-backup);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Replace this office with the backup “%1”? Everything changed since the backup was written is lost.</source>
        <translation>Korvataanko tämä toimisto varmuuskopiolla ”%1”? Kaikki varmuuskopion kirjoittamisen jälkeen tehdyt muutokset menetetään.</translation>
    </message>
    <message>
        <source>The office was not restored.</source>
        <translation>Toimistoa ei palautettu.</translation>
    </message>
    <message>
        <source>The office was restored from the backup.</source>
        <translation>Toimisto palautettiin varmuuskopiosta.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeDataImporter</name>
    <message>
        <source>no organisation of the file or of the database is called %1</source>
        <translation>tiedostossa tai tietokannassa ei ole järjestöä nimeltä %1</translation>
    </message>
    <message>
        <source>another funded activity of the file is called %1</source>
        <translation>tiedoston toisen rahoitetun toiminnan nimi on jo %1</translation>
    </message>
    <message>
        <source>the file has this kind of message in this language twice</source>
        <translation>tiedostossa on tämänlajinen viesti tällä kielellä kahdesti</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>pakollinen tieto puuttuu</translation>
    </message>
    <message>
        <source>another payment batch of the file has the reference %1</source>
        <translation>tiedoston toisella maksuerällä on jo tunnus %1</translation>
    </message>
    <message>
        <source>no payment batch of the file has the reference %1</source>
        <translation>millään tiedoston maksuerällä ei ole tunnusta %1</translation>
    </message>
    <message>
        <source>no request of the file has the reference %1</source>
        <translation>millään tiedoston toimeksiannolla ei ole tunnusta %1</translation>
    </message>
    <message>
        <source>no worker of the file has the key %1</source>
        <translation>millään tiedoston kokemustoimijalla ei ole avainta %1</translation>
    </message>
    <message>
        <source>no coordinator of the file or of the database has the username %1</source>
        <translation>millään tiedoston tai tietokannan koordinaattorilla ei ole käyttäjätunnusta %1</translation>
    </message>
    <message>
        <source>a sent message needs the time it was sent</source>
        <translation>lähetetylle viestille tarvitaan lähetysaika</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeOpener</name>
    <message>
        <source>There is no office at “%1”, and none can be created there: you have no permission to write in the folder “%2”.</source>
        <translation>Sijainnissa ”%1” ei ole toimistoa, eikä sinne voi luoda sellaista: sinulla ei ole oikeutta kirjoittaa kansioon ”%2”.</translation>
    </message>
    <message>
        <source>No office here yet</source>
        <translation>Täällä ei ole vielä toimistoa</translation>
    </message>
    <message>
        <source>There is no Kohtaamo office at “%1”.</source>
        <translation>Sijainnissa ”%1” ei ole Kohtaamon toimistoa.</translation>
    </message>
    <message>
        <source>Create a new, empty office in this file? If you meant an existing office, cancel and check the path.</source>
        <translation>Luodaanko tähän tiedostoon uusi, tyhjä toimisto? Jos tarkoitit olemassa olevaa toimistoa, peru ja tarkista polku.</translation>
    </message>
    <message>
        <source>Create New Office</source>
        <translation>Luo uusi toimisto</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeSection</name>
    <message>
        <source>Office</source>
        <translation>Toimisto</translation>
    </message>
    <message>
        <source>Enter the largest fee as euros, for example 2 000,00.</source>
        <translation>Anna suurin palkkio euroina, esimerkiksi 2 000,00.</translation>
    </message>
    <message>
        <source>Only an admin can change the office&apos;s settings.</source>
        <translation>Vain pääkäyttäjä voi muuttaa toimiston asetuksia.</translation>
    </message>
    <message>
        <source>Settings of the whole office, the same for every coordinator. Only an admin can change them.</source>
        <translation>Koko toimiston asetukset, samat kaikille koordinaattoreille. Vain pääkäyttäjä voi muuttaa niitä.</translation>
    </message>
    <message>
        <source>&amp;Largest fee for one engagement:</source>
        <translation>&amp;Suurin palkkio yhdestä osallistumisesta:</translation>
    </message>
    <message>
        <source>Largest fee for one engagement</source>
        <translation>Suurin palkkio yhdestä osallistumisesta</translation>
    </message>
    <message>
        <source>A request or a meeting outcome with a higher fee per worker is refused as a typing slip.</source>
        <translation>Toimeksianto tai tapaamisen tulos, jossa palkkio kokemustoimijaa kohden on suurempi, hylätään näppäilyvirheenä.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Saved. The settings apply to every coordinator.</source>
        <translation>Tallennettu. Asetukset koskevat kaikkia koordinaattoreita.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Aikavyöhyke:</translation>
    </message>
    <message>
        <source>Time zone of the office</source>
        <translation>Toimiston aikavyöhyke</translation>
    </message>
    <message>
        <source>Meeting times, their part of the day (morning, afternoon, evening) and today&apos;s date are the office&apos;s, whatever time zone a coordinator&apos;s computer is set to.</source>
        <translation>Tapaamisten ajat, niiden vuorokaudenaika (aamupäivä, iltapäivä, ilta) ja tämä päivä ovat toimiston aikavyöhykkeen mukaisia, oli koordinaattorin tietokone millä aikavyöhykkeellä tahansa.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeService</name>
    <message>
        <source>You can read this office but not change it: your role is viewer. An admin of the office can change your role.</source>
        <translation>Voit lukea tämän toimiston tietoja mutta et muuttaa niitä: roolisi on lukija. Pääkäyttäjä voi muuttaa rooleja.</translation>
    </message>
    <message>
        <source>The login name of the coordinator is empty.</source>
        <translation>Koordinaattorin käyttäjätunnus puuttuu.</translation>
    </message>
    <message>
        <source>Only an admin can reopen a closed request. Ask an admin of this office.</source>
        <translation>Vain pääkäyttäjä voi avata suljetun toimeksiannon uudelleen. Pyydä toimiston pääkäyttäjää.</translation>
    </message>
    <message>
        <source>Only an admin can add coordinators or change their login, organisation, role or whether they are active.</source>
        <translation>Vain pääkäyttäjä voi lisätä koordinaattoreita tai muuttaa heidän käyttäjätunnustaan, organisaatiotaan, rooliaan tai aktiivisuuttaan.</translation>
    </message>
    <message>
        <source>Your own login cannot be changed here: Kohtaamo knows you by it. Ask another admin.</source>
        <translation>Omaa käyttäjätunnustasi ei voi muuttaa täällä: Kohtaamo tunnistaa sinut sen perusteella. Pyydä toista pääkäyttäjää.</translation>
    </message>
    <message>
        <source>%1 is the office&apos;s only active admin. Make another coordinator an admin first.</source>
        <translation>%1 on toimiston ainoa aktiivinen pääkäyttäjä. Tee ensin toisesta koordinaattorista pääkäyttäjä.</translation>
    </message>
    <message>
        <source>Only an admin can change the office&apos;s settings.</source>
        <translation>Vain pääkäyttäjä voi muuttaa toimiston asetuksia.</translation>
    </message>
    <message>
        <source>Your role is viewer.</source>
        <translation>Roolisi on lukija.</translation>
    </message>
    <message>
        <source>Your role is coordinator.</source>
        <translation>Roolisi on koordinaattori.</translation>
    </message>
    <message>
        <source>An admin of the office can make the change, or give you the admin role.</source>
        <translation>Toimiston pääkäyttäjä voi tehdä muutoksen tai antaa sinulle pääkäyttäjän roolin.</translation>
    </message>
    <message>
        <source>Only an admin can change the topics.</source>
        <translation>Vain pääkäyttäjä voi muuttaa aiheita.</translation>
    </message>
    <message>
        <source>Only an admin can change the organisations.</source>
        <translation>Vain pääkäyttäjä voi muuttaa järjestöjä.</translation>
    </message>
    <message>
        <source>Only an admin can change the ranking weights.</source>
        <translation>Vain pääkäyttäjä voi muuttaa järjestyksen painoja.</translation>
    </message>
    <message>
        <source>Consent #%1 is not one of %2&apos;s consents, so it cannot be withdrawn here.</source>
        <translation>Suostumus #%1 ei ole kokemustoimijan %2 suostumus, joten sitä ei voi perua tässä.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Check the path; Kohtaamo does not create folders.</source>
        <translation>Kansiota ”%1” ei ole. Tarkista polku; Kohtaamo ei luo kansioita.</translation>
    </message>
    <message>
        <source>Only an admin can undo a payment batch.</source>
        <translation>Vain pääkäyttäjä voi kumota maksuerän.</translation>
    </message>
    <message>
        <source>Only an admin can change the office&apos;s e-mail account and messages.</source>
        <translation>Vain pääkäyttäjä voi muuttaa toimiston sähköpostitiliä ja viestejä.</translation>
    </message>
    <message>
        <source>The office has no mail account yet: an admin sets one in Settings ▸ E-mail.</source>
        <translation>Toimistolla ei ole vielä sähköpostitiliä: pääkäyttäjä asettaa sen kohdassa Asetukset ▸ Sähköposti.</translation>
    </message>
    <message>
        <source>No mail account to send with: set one in Settings ▸ E-mail (with the sender&apos;s address).</source>
        <translation>Lähettämiseen ei ole sähköpostitiliä: aseta se lähettäjän osoitteineen kohdassa Asetukset ▸ Sähköposti.</translation>
    </message>
    <message>
        <source>This office is open read-only: you have no permission to write to “%1”. Nothing was changed.</source>
        <translation>Tämä toimisto on avattu vain luku -tilassa: sinulla ei ole oikeutta kirjoittaa kohteeseen ”%1”. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>This office is open read-only. Nothing was changed.</source>
        <translation>Tämä toimisto on avattu vain luku -tilassa. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Enter the server and the sender&apos;s address first.</source>
        <translation>Anna ensin palvelin ja lähettäjän osoite.</translation>
    </message>
    <message>
        <source>The address to send the test message to is not valid.</source>
        <translation>Osoite, johon testiviesti lähetetään, ei kelpaa.</translation>
    </message>
    <message>
        <source>Kohtaamo: test message</source>
        <translation>Kohtaamo: testiviesti</translation>
    </message>
    <message>
        <source>This message was sent from Kohtaamo to check the office&apos;s e-mail account. It needs no answer.</source>
        <translation>Tämä viesti lähetettiin Kohtaamosta toimiston sähköpostitilin tarkistamiseksi. Siihen ei tarvitse vastata.</translation>
    </message>
    <message>
        <source>Only an admin can change the funded activities.</source>
        <translation>Vain pääkäyttäjä voi muuttaa rahoitettuja toimintoja.</translation>
    </message>
    <message>
        <source>Funded activity: %1</source>
        <translation>Rahoitettu toiminta: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Järjestö: %1</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Koko toimisto</translation>
    </message>
    <message>
        <source>Choose a request for the commission summary.</source>
        <translation>Valitse toimeksianto, jonka yhteenveto tehdään.</translation>
    </message>
    <message>
        <source>Choose the column that holds the workers&apos; names (or first and last names).</source>
        <translation>Valitse sarake, jossa ovat kokemustoimijoiden nimet (tai etu- ja sukunimet).</translation>
    </message>
    <message>
        <source>Organisation #%1 does not exist; someone may have removed it.</source>
        <translation>Järjestöä #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>The file has no workers to import.</source>
        <translation>Tiedostossa ei ole tuotavia kokemustoimijoita.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are refused.</source>
        <translation>
            <numerusform>Mitään ei tuotu: %n rivi hylättiin.</numerusform>
            <numerusform>Mitään ei tuotu: %n riviä hylättiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ja %n muu.</numerusform>
            <numerusform>… ja %n muuta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>Imported from the worker register.</source>
        <translation>Tuotu kokemustoimijarekisteristä.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least %1 characters.</source>
        <translation>Tunnuslause on liian lyhyt: vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its administrator with pg_dump (docs/shared-database.md); Kohtaamo backs up SQLite offices.</source>
        <translation>Jaetusta PostgreSQL-tietokannasta ottaa varmuuskopion sen ylläpitäjä pg_dump-ohjelmalla (docs/shared-database.md); Kohtaamo varmuuskopioi SQLite-toimistot.</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>Anna varmuuskopiotiedoston nimi.</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name; Kohtaamo does not overwrite it.</source>
        <translation>Tiedosto ”%1” on jo olemassa. Valitse toinen nimi; Kohtaamo ei korvaa sitä.</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation>Varmuuskopiota ei voi ottaa kesken muutoksen.</translation>
    </message>
    <message>
        <source>No temporary folder for the backup: %1</source>
        <translation>Varmuuskopiolle ei ole väliaikaiskansiota: %1</translation>
    </message>
    <message>
        <source>A backup cannot be restored in the middle of a change.</source>
        <translation>Varmuuskopiota ei voi palauttaa kesken muutoksen.</translation>
    </message>
    <message>
        <source>The backup “%1” does not hold a Kohtaamo office this version can open: %2 Nothing was restored.</source>
        <translation>Varmuuskopiossa ”%1” ei ole Kohtaamon toimistoa, jonka tämä versio voi avata: %2 Mitään ei palautettu.</translation>
    </message>
    <message>
        <source>The office in the backup “%1” is damaged (integrity check: %2). Nothing was restored.</source>
        <translation>Varmuuskopiossa ”%1” oleva toimisto on vioittunut (eheystarkistus: %2). Mitään ei palautettu.</translation>
    </message>
    <message>
        <source>Only an admin can erase a worker.</source>
        <translation>Vain pääkäyttäjä voi poistaa kokemustoimijan tiedot.</translation>
    </message>
    <message>
        <source>%1&apos;s record was changed since you opened it. Nothing was erased: look at it again.</source>
        <translation>Kokemustoimijan %1 tietoja on muutettu sen jälkeen, kun avasit ne. Mitään ei poistettu: tarkista tiedot uudelleen.</translation>
    </message>
    <message>
        <source>Erased worker #%1</source>
        <translation>Poistettu kokemustoimija #%1</translation>
    </message>
    <message>
        <source>Database logins are for a shared PostgreSQL database; this office is an SQLite file.</source>
        <translation>Tietokannan käyttäjätunnukset ovat jaettua PostgreSQL-tietokantaa varten; tämä toimisto on SQLite-tiedosto.</translation>
    </message>
    <message>
        <source>The login “%1” is not valid: use lower-case letters a–z, digits, “_”, “.” or “-”, starting with a letter, at most 63 characters.</source>
        <translation>Käyttäjätunnus ”%1” ei kelpaa: käytä pieniä kirjaimia a–z, numeroita sekä merkkejä ”_”, ”.” tai ”-”; tunnuksen on alettava kirjaimella, ja siinä saa olla enintään 63 merkkiä.</translation>
    </message>
    <message>
        <source>The password is too short: at least %1 characters.</source>
        <translation>Salasana on liian lyhyt: vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>Name the coordinator&apos;s organisation.</source>
        <translation>Anna koordinaattorin järjestö.</translation>
    </message>
    <message>
        <source>There is no organisation “%1” in this office.</source>
        <translation>Tässä toimistossa ei ole järjestöä ”%1”.</translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation>järjestö #%1</translation>
    </message>
    <message>
        <source>This worker belongs to %1, and you coordinate the workers of %2. Only a coordinator of %1 or an admin can add or change their record, consents or status. You can still invite them through a request and record their answer.</source>
        <translation>Tämä kokemustoimija kuuluu järjestöön %1, ja sinä koordinoit järjestön %2 kokemustoimijoita. Vain järjestön %1 koordinaattori tai pääkäyttäjä voi lisätä tai muuttaa hänen tietojaan, suostumuksiaan tai tilaansa. Voit silti kutsua hänet toimeksiantoon ja kirjata hänen vastauksensa.</translation>
    </message>
    <message>
        <source>Only an admin of the office reads the audit log. Your role is viewer.</source>
        <translation>Vain toimiston pääkäyttäjä voi lukea muutoslokia. Roolisi on lukija.</translation>
    </message>
    <message>
        <source>Only an admin of the office reads the audit log. Your role is coordinator.</source>
        <translation>Vain toimiston pääkäyttäjä voi lukea muutoslokia. Roolisi on koordinaattori.</translation>
    </message>
    <message>
        <source>Say in which format the data was exported.</source>
        <translation>Kerro, missä muodossa tiedot vietiin.</translation>
    </message>
    <message>
        <source>The file name is longer than %1 characters.</source>
        <translation>Tiedoston nimi on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The export&apos;s description is longer than %1 characters.</source>
        <translation>Viennin kuvaus on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>Only an admin can apply the retention rules.</source>
        <translation>Vain pääkäyttäjä voi toteuttaa säilytyssäännöt.</translation>
    </message>
    <message>
        <source>What the retention rules find due has changed since you looked. Nothing was erased or pruned: look at the list again.</source>
        <translation>Säilytyssääntöjen mukaan poistettavat tiedot ovat muuttuneet sen jälkeen, kun katsoit niitä. Mitään ei poistettu eikä karsittu: tarkista luettelo uudelleen.</translation>
    </message>
    <message>
        <source>Nothing is due under the retention rules.</source>
        <translation>Säilytyssääntöjen mukaan mitään ei ole poistettavana tai karsittavana.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeSettingsRepository</name>
    <message>
        <source>The largest fee must be more than 0 and at most %1.</source>
        <translation>Suurimman palkkion on oltava yli 0 ja enintään %1.</translation>
    </message>
    <message>
        <source>The office settings</source>
        <translation>Toimiston asetukset</translation>
    </message>
    <message>
        <source>The fee %1 is more than the office&apos;s largest fee for one engagement, %2. Check the amount; an admin can change the limit in Settings ▸ Office.</source>
        <translation>Palkkio %1 on suurempi kuin toimiston suurin palkkio yhdestä osallistumisesta, %2. Tarkista summa; pääkäyttäjä voi muuttaa rajaa kohdassa Asetukset ▸ Toimisto.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows. Choose one from the list, such as Europe/Helsinki.</source>
        <translation>Tämä tietokone ei tunne aikavyöhykettä ”%1”. Valitse jokin luettelosta, esimerkiksi Europe/Helsinki.</translation>
    </message>
    <message>
        <source>Erasing workers who left must be set to 0 (off) to %1 years.</source>
        <translation>Lähteneiden kokemustoimijoiden henkilötietojen poistoajan on oltava 0–%1 vuotta (0 = ei käytössä).</translation>
    </message>
    <message>
        <source>Pruning the audit log must be set to 0 (off) to %1 years.</source>
        <translation>Muutoslokin karsinta-ajan on oltava 0–%1 vuotta (0 = ei käytössä).</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeTimeZone</name>
    <message>
        <source>“%1” is not a time zone this computer knows.</source>
        <translation>Tämä tietokone ei tunne aikavyöhykettä ”%1”.</translation>
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
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Kohtaamo offices (*.kohtaamo *.sqlite *.db)</source>
        <translation>Kohtaamon toimistot (*.kohtaamo *.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OptionalDateEdit</name>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OrganisationListModel</name>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Kept on the records of its workers; not offered for new ones</source>
        <translation>Säilyy kokemustoimijoidensa tiedoissa; ei tarjolla uusille</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
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
    <name>Kohtaamo::OrganisationsSection</name>
    <message>
        <source>Organisations</source>
        <translation>Järjestöt</translation>
    </message>
    <message>
        <source>The organisations whose experience workers the office works with. An organisation is never deleted: a deactivated one stays on its workers&apos; records.</source>
        <translation>Järjestöt, joiden kokemustoimijoiden kanssa toimisto tekee yhteistyötä. Järjestöä ei koskaan poisteta: käytöstä poistettu järjestö säilyy kokemustoimijoidensa tiedoissa.</translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation>&amp;Järjestöt:</translation>
    </message>
    <message>
        <source>Choose one to rename or deactivate it</source>
        <translation>Valitse järjestö, jos haluat nimetä sen uudelleen tai poistaa sen käytöstä</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Järjestön nimi</translation>
    </message>
    <message>
        <source>Required; no two organisations share a name</source>
        <translation>Pakollinen; kahdella järjestöllä ei voi olla samaa nimeä</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>L&amp;yhenne:</translation>
    </message>
    <message>
        <source>Short name of the organisation</source>
        <translation>Järjestön lyhenne</translation>
    </message>
    <message>
        <source>Optional, for narrow lists</source>
        <translation>Vapaaehtoinen, kapeita listoja varten</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Al&amp;ue:</translation>
    </message>
    <message>
        <source>Region of the organisation</source>
        <translation>Järjestön alue</translation>
    </message>
    <message>
        <source>Optional, such as Uusimaa</source>
        <translation>Vapaaehtoinen, esim. Uusimaa</translation>
    </message>
    <message>
        <source>New Organisa&amp;tion</source>
        <translation>Uu&amp;si järjestö</translation>
    </message>
    <message>
        <source>Add a new organisation</source>
        <translation>Lisää uusi järjestö</translation>
    </message>
    <message>
        <source>Empties the form for a new organisation</source>
        <translation>Tyhjentää lomakkeen uutta järjestöä varten</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Tallenna järjestö</translation>
    </message>
    <message>
        <source>Stores the form (Enter in a field)</source>
        <translation>Tallentaa lomakkeen (Enter kentässä)</translation>
    </message>
    <message>
        <source>The organisations could not be read: %1</source>
        <translation>Järjestöjä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Yritä uu&amp;delleen</translation>
    </message>
    <message>
        <source>An organisation called “%1” already exists.</source>
        <translation>Järjestö nimeltä ”%1” on jo olemassa.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Uusi järjestö</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>Järjestö ”%1”</translation>
    </message>
    <message>
        <source>Problem with the organisation</source>
        <translation>Ongelma järjestön tiedoissa</translation>
    </message>
    <message>
        <source>&amp;Add Organisation</source>
        <translation>L&amp;isää järjestö</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Tall&amp;enna muutokset</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Poista käytöstä</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Palauta käyttöön</translation>
    </message>
    <message>
        <source>Deactivate the organisation</source>
        <translation>Poista järjestö käytöstä</translation>
    </message>
    <message>
        <source>Reactivate the organisation</source>
        <translation>Palauta järjestö käyttöön</translation>
    </message>
    <message>
        <source>Kept on its workers&apos; records, no longer offered for new ones</source>
        <translation>Säilyy kokemustoimijoidensa tiedoissa, mutta sitä ei enää tarjota uusille</translation>
    </message>
    <message>
        <source>Offers the organisation again</source>
        <translation>Tarjoaa järjestöä taas valittavaksi</translation>
    </message>
    <message>
        <source>&amp;Reload Organisations</source>
        <translation>Lataa järjestöt uu&amp;delleen</translation>
    </message>
    <message>
        <source>The organisation was not saved: %1</source>
        <translation>Järjestöä ei tallennettu: %1</translation>
    </message>
    <message>
        <source>The organisation is added.</source>
        <translation>Järjestö on lisätty.</translation>
    </message>
    <message>
        <source>The organisation is saved.</source>
        <translation>Järjestö on tallennettu.</translation>
    </message>
    <message>
        <source>The organisation is in use again.</source>
        <translation>Järjestö on taas käytössä.</translation>
    </message>
    <message>
        <source>The organisation is deactivated.</source>
        <translation>Järjestö on poistettu käytöstä.</translation>
    </message>
    <message>
        <source>Only an admin can change the organisations.</source>
        <translation>Vain pääkäyttäjä voi muuttaa järjestöjä.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Approved, to send</source>
        <translation>Hyväksytty, lähetettävänä</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation>Ei voitu lähettää</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Aiherivi</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Palvelimen vastaus</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutboxPanel</name>
    <message>
        <source>No messages about this request. Messages are written when workers are invited by e-mail and the office has a sender address (Settings ▸ E-mail).</source>
        <translation>Tästä toimeksiannosta ei ole viestejä. Viestit kirjoitetaan, kun kokemustoimijoita kutsutaan sähköpostitse ja toimistolla on lähettäjän osoite (Asetukset ▸ Sähköposti).</translation>
    </message>
    <message>
        <source>Drafts to read: %1 · approved, to send: %2 · could not be sent: %3 · sent: %4</source>
        <translation>Luettavia luonnoksia: %1 · hyväksyttyjä, lähetettäviä: %2 · ei voitu lähettää: %3 · lähetettyjä: %4</translation>
    </message>
    <message>
        <source>Sends every approved message of the office, and those that could not be sent before.</source>
        <translation>Lähettää kaikki toimiston hyväksytyt viestit sekä ne, joita ei aiemmin voitu lähettää.</translation>
    </message>
    <message>
        <source>The office has no mail account: set one in Settings ▸ E-mail, or open the message in the mail program.</source>
        <translation>Toimistolla ei ole sähköpostitiliä: aseta se kohdassa Asetukset ▸ Sähköposti tai avaa viesti sähköpostiohjelmassa.</translation>
    </message>
    <message>
        <source>Approved: %1. They go with the next send.</source>
        <translation>Hyväksytty: %1. Ne lähtevät seuraavalla lähetyskerralla.</translation>
    </message>
    <message>
        <source>No password for %1 is kept in the keyring.</source>
        <translation>Avainnipussa ei ole salasanaa tilille %1.</translation>
    </message>
    <message>
        <source>Password of the mail account</source>
        <translation>Sähköpostitilin salasana</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Tilin %1 salasana:</translation>
    </message>
    <message>
        <source>Sent: %1. Could not be sent: %2. The server answered: %3</source>
        <translation>Lähetetty: %1. Ei voitu lähettää: %2. Palvelin vastasi: %3</translation>
    </message>
    <message>
        <source>Sent: %1.</source>
        <translation>Lähetetty: %1.</translation>
    </message>
    <message>
        <source>The calendar file could not be written to %1.</source>
        <translation>Kalenteritiedostoa ei voitu kirjoittaa kohteeseen %1.</translation>
    </message>
    <message>
        <source>The mail program could not be started (xdg-email). Save the message as an .eml file instead.</source>
        <translation>Sähköpostiohjelmaa ei voitu käynnistää (xdg-email). Tallenna viesti sen sijaan .eml-tiedostoksi.</translation>
    </message>
    <message>
        <source>The message was handed to the mail program; send it there. It stays in the outbox.</source>
        <translation>Viesti annettiin sähköpostiohjelmalle; lähetä se siellä. Se jää lähteviin viesteihin.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Tallenna viesti</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Sähköpostiviestit (*.eml)</translation>
    </message>
    <message>
        <source>The message could not be saved to %1: %2</source>
        <translation>Viestiä ei voitu tallentaa kohteeseen %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Tallennettu kohteeseen %1.</translation>
    </message>
    <message>
        <source>Messages about the request</source>
        <translation>Toimeksiannon viestit</translation>
    </message>
    <message>
        <source>Approve &amp;all</source>
        <translation>Hyväksy ka&amp;ikki</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Avaa &amp;sähköpostiohjelmassa</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .eml…</source>
        <translation>Tallenna .eml-tie&amp;dostoksi…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Avaa…</translation>
    </message>
    <message>
        <source>Sen&amp;d now</source>
        <translation>&amp;Lähetä nyt</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutboxRepository</name>
    <message>
        <source>message %1 of the outbox</source>
        <translation>lähtevien viestien viesti %1</translation>
    </message>
    <message>
        <source>This message was sent already; it cannot be changed.</source>
        <translation>Tämä viesti on jo lähetetty; sitä ei voi muuttaa.</translation>
    </message>
    <message>
        <source>The subject of the message must be one line and not empty.</source>
        <translation>Viestin aiherivi ei saa olla tyhjä, ja siinä saa olla vain yksi rivi.</translation>
    </message>
    <message>
        <source>The text of the message is empty.</source>
        <translation>Viestin teksti on tyhjä.</translation>
    </message>
    <message>
        <source>This message was sent already; it stays in the outbox.</source>
        <translation>Tämä viesti on jo lähetetty; se jää lähteviin viesteihin.</translation>
    </message>
    <message>
        <source>A message needs its recipient, subject and Message-ID.</source>
        <translation>Viestillä on oltava vastaanottaja, aiherivi ja Message-ID.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutcomeRecorder</name>
    <message>
        <source>A record of another request was given.</source>
        <translation>Annettu tieto kuuluu toiseen toimeksiantoon.</translation>
    </message>
    <message>
        <source>The fee was paid on %1, so its amount and the attendance it pays for stay as they are. An admin can undo the payment batch first.</source>
        <translation>Palkkio maksettiin %1, joten sen määrä ja läsnäolo, josta se maksettiin, pysyvät ennallaan. Pääkäyttäjä voi ensin kumota maksuerän.</translation>
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
    <message>
        <source>The number of people reached must be between 0 and 1,000,000 (it is %1).</source>
        <translation>Tavoitettujen ihmisten määrän on oltava väliltä 0–1 000 000 (se on %1).</translation>
    </message>
    <message>
        <source>Choose at least one topic: experience knowledge is grouped and reported by topic.</source>
        <translation>Valitse vähintään yksi aihe: kokemustieto ryhmitellään ja raportoidaan aiheittain.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutcomeSummaryPage</name>
    <message>
        <source>Held &amp;on:</source>
        <translation>&amp;Pidetty:</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Meeting s&amp;ummary:</source>
        <translation>Tapaamisen yhteen&amp;veto:</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Tapaamisen yhteenveto</translation>
    </message>
    <message>
        <source>What was discussed, what the workers brought up, what was agreed.</source>
        <translation>Mitä käsiteltiin, mitä kokemustoimijat nostivat esiin, mitä sovittiin.</translation>
    </message>
    <message>
        <source>&amp;Requester&apos;s feedback:</source>
        <translation>Toimeksiantajan pa&amp;laute:</translation>
    </message>
    <message>
        <source>Requester&apos;s feedback</source>
        <translation>Toimeksiantajan palaute</translation>
    </message>
    <message>
        <source>What the requester said about the meeting and what they will do with it.</source>
        <translation>Mitä toimeksiantaja sanoi tapaamisesta ja mitä hän aikoo tehdä sen pohjalta.</translation>
    </message>
    <message>
        <source>People reac&amp;hed:</source>
        <translation>Tavoitetut &amp;ihmiset:</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Tavoitetut ihmiset</translation>
    </message>
    <message>
        <source>How many people the meeting reached (its audience or participants), for the results report.</source>
        <translation>Kuinka monta ihmistä tapaaminen tavoitti (yleisö tai osallistujat), tulosraporttia varten.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OutcomeTexts</name>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Osallistui</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Ei tullut</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Ei määritelty</translation>
    </message>
    <message>
        <source>Pregnancy and birth</source>
        <translation>Raskaus ja syntymä</translation>
    </message>
    <message>
        <source>Early childhood</source>
        <translation>Varhaislapsuus</translation>
    </message>
    <message>
        <source>School age</source>
        <translation>Kouluikä</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Nuoruus</translation>
    </message>
    <message>
        <source>Becoming an adult</source>
        <translation>Aikuistuminen</translation>
    </message>
    <message>
        <source>Adulthood</source>
        <translation>Aikuisuus</translation>
    </message>
    <message>
        <source>Parenthood</source>
        <translation>Vanhemmuus</translation>
    </message>
    <message>
        <source>Old age</source>
        <translation>Vanhuus</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PagedPrint</name>
    <message>
        <source>A new page could not be started.</source>
        <translation>Uutta sivua ei voitu aloittaa.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sivu %1 / %2</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ParticipationPage</name>
    <message numerus="yes">
        <source>Debrief still missing for %n worker(s): %1. Every event is followed by a debrief.</source>
        <translation>
            <numerusform>Jälkipurku puuttuu vielä %n kokemustoimijalta: %1. Jokaisen tilaisuuden jälkeen pidetään jälkipurku.</numerusform>
            <numerusform>Jälkipurku puuttuu vielä %n kokemustoimijalta: %1. Jokaisen tilaisuuden jälkeen pidetään jälkipurku.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Attendance not recorded yet for %n worker(s): %1.</source>
        <translation>
            <numerusform>Läsnäoloa ei ole vielä kirjattu %n kokemustoimijalle: %1.</numerusform>
            <numerusform>Läsnäoloa ei ole vielä kirjattu %n kokemustoimijalle: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Workers engaged in this request:</source>
        <translation>&amp;Mukana olevat kokemustoimijat:</translation>
    </message>
    <message>
        <source>Workers engaged in this request</source>
        <translation>Tähän toimeksiantoon osallistuvat kokemustoimijat</translation>
    </message>
    <message>
        <source>No one is engaged in this request yet. Workers become engaged when the request is confirmed with their accepted invitations.</source>
        <translation>Tässä toimeksiannossa ei ole vielä ketään mukana. Kokemustoimijat tulevat mukaan, kun toimeksianto vahvistetaan heidän hyväksymillään kutsuilla.</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to change it; Space ticks a box. Ticking “Debrief done” fills in today&apos;s date, which can be changed.</source>
        <translation>Muuta solua kaksoisnapsauttamalla tai painamalla F2; välilyönti valitsee ruudun. Kun valitset ”Jälkipurku tehty”, päivämääräksi tulee tämä päivä, jota voi muuttaa.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PassphraseDialog</name>
    <message>
        <source>Back Up the Office</source>
        <translation>Varmuuskopioi toimisto</translation>
    </message>
    <message>
        <source>Restore the Office</source>
        <translation>Palauta toimisto</translation>
    </message>
    <message>
        <source>The backup is encrypted with this passphrase. Without it nobody can read the backup, you included: keep it safe.</source>
        <translation>Varmuuskopio salataan tällä tunnuslauseella. Ilman sitä kukaan ei voi lukea varmuuskopiota, et sinäkään: säilytä se huolellisesti.</translation>
    </message>
    <message>
        <source>The passphrase the backup was written with.</source>
        <translation>Tunnuslause, jolla varmuuskopio kirjoitettiin.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Uudelleen:</translation>
    </message>
    <message>
        <source>&amp;Write Backup</source>
        <translation>&amp;Luo varmuuskopio</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eroavat toisistaan.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PasswordStore</name>
    <message>
        <source>No keyring is available on this desktop: the password cannot be kept. Kohtaamo asks for it when it sends.</source>
        <translation>Tällä työpöydällä ei ole avainnippua käytettävissä: salasanaa ei voi säilyttää. Kohtaamo kysyy sitä lähettäessään.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Plausibility</name>
    <message>
        <source>%1 is more than %2: check the amount.</source>
        <translation>%1 on enemmän kuin %2: tarkista summa.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PostgresSecurity</name>
    <message>
        <source>Roles and row-level security are for a shared PostgreSQL database; this office is an SQLite file, which only its owner can read.</source>
        <translation>Roolit ja rivitason suojaus ovat jaettua PostgreSQL-tietokantaa varten; tämä toimisto on SQLite-tiedosto, jota vain sen omistaja voi lukea.</translation>
    </message>
    <message>
        <source>The security script is missing from this build.</source>
        <translation>Tästä käännöksestä puuttuu suojauskomentosarja.</translation>
    </message>
    <message>
        <source>Setting up the roles and row-level security failed; nothing was changed. Run it as the owner of Kohtaamo&apos;s tables with permission to create roles. (%1)</source>
        <translation>Roolien ja rivitason suojauksen käyttöönotto epäonnistui; mitään ei muutettu. Suorita se Kohtaamon taulujen omistajana, jolla on oikeus luoda rooleja. (%1)</translation>
    </message>
    <message>
        <source>This database has no Kohtaamo roles yet: run `kohtaamo-cli admin init-postgres` first.</source>
        <translation>Tässä tietokannassa ei ole vielä Kohtaamon rooleja: suorita ensin `kohtaamo-cli admin init-postgres`.</translation>
    </message>
    <message>
        <source>The login “%1” could not be created: %2</source>
        <translation>Käyttäjätunnusta ”%1” ei voitu luoda: %2</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::PrivateFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Tiedostoon ”%1” ei voitu kirjoittaa: %2</translation>
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
    <message>
        <source>(unknown topic)</source>
        <translation>(tuntematon aihe)</translation>
    </message>
    <message numerus="yes">
        <source>Already %n engagement in %1; the worker&apos;s limit is %2</source>
        <translation>
            <numerusform>Jo %n osallistuminen kuussa %1; kokemustoimijan raja on %2</numerusform>
            <numerusform>Jo %n osallistumista kuussa %1; kokemustoimijan raja on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already %n engagements in %1; the worker&apos;s limit is %2</source>
        <translation>
            <numerusform>Jo %n osallistuminen kuussa %1; kokemustoimijan raja on %2</numerusform>
            <numerusform>Jo %n osallistumista kuussa %1; kokemustoimijan raja on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No engagements within %n day</source>
        <translation>
            <numerusform>Ei osallistumisia %n päivän sisällä</numerusform>
            <numerusform>Ei osallistumisia %n päivän sisällä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No engagements within %n days</source>
        <translation>
            <numerusform>Ei osallistumisia %n päivän sisällä</numerusform>
            <numerusform>Ei osallistumisia %n päivän sisällä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engagement within %1 days</source>
        <translation>
            <numerusform>%n osallistuminen %1 päivän sisällä</numerusform>
            <numerusform>%n osallistumista %1 päivän sisällä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engagements within %1 days</source>
        <translation>
            <numerusform>%n osallistuminen %1 päivän sisällä</numerusform>
            <numerusform>%n osallistumista %1 päivän sisällä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation without an engagement in the last %1 days</source>
        <translation>
            <numerusform>%n kutsu ilman osallistumista viimeisten %1 päivän aikana</numerusform>
            <numerusform>%n kutsua ilman osallistumista viimeisten %1 päivän aikana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitations without an engagement in the last %1 days</source>
        <translation>
            <numerusform>%n kutsu ilman osallistumista viimeisten %1 päivän aikana</numerusform>
            <numerusform>%n kutsua ilman osallistumista viimeisten %1 päivän aikana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the request gives %n day</source>
        <translation>
            <numerusform>aikaa on %n päivä</numerusform>
            <numerusform>aikaa on %n päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the request gives %n days</source>
        <translation>
            <numerusform>aikaa on %n päivä</numerusform>
            <numerusform>aikaa on %n päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n day of notice; %1</source>
        <translation>
            <numerusform>Tarvitsee %n päivän ennakkoajan; %1</numerusform>
            <numerusform>Tarvitsee %n päivän ennakkoajan; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n days of notice; %1</source>
        <translation>
            <numerusform>Tarvitsee %n päivän ennakkoajan; %1</numerusform>
            <numerusform>Tarvitsee %n päivän ennakkoajan; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>another is %n day away</source>
        <translation>
            <numerusform>toinen osallistuminen on %n päivän päässä</numerusform>
            <numerusform>toinen osallistuminen on %n päivän päässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>another is %n days away</source>
        <translation>
            <numerusform>toinen osallistuminen on %n päivän päässä</numerusform>
            <numerusform>toinen osallistuminen on %n päivän päässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wants at least %n day between engagements; %1</source>
        <translation>
            <numerusform>Haluaa osallistumisten väliin vähintään %n päivän; %1</numerusform>
            <numerusform>Haluaa osallistumisten väliin vähintään %n päivää; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wants at least %n days between engagements; %1</source>
        <translation>
            <numerusform>Haluaa osallistumisten väliin vähintään %n päivän; %1</numerusform>
            <numerusform>Haluaa osallistumisten väliin vähintään %n päivää; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingRules</name>
    <message>
        <source>Not active: on a break</source>
        <translation>Ei aktiivinen: tauolla</translation>
    </message>
    <message>
        <source>Not active: has left</source>
        <translation>Ei aktiivinen: lopettanut</translation>
    </message>
    <message>
        <source>Does not cover %1, where the request is held in person</source>
        <translation>Ei toimi alueella %1, jossa toimeksianto toteutetaan paikan päällä</translation>
    </message>
    <message>
        <source>Does not speak the request&apos;s language (%1)</source>
        <translation>Ei puhu toimeksiannon kieltä (%1)</translation>
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
        <source>Declined this request</source>
        <translation>Kieltäytyi tästä toimeksiannosta</translation>
    </message>
    <message>
        <source>Already invited to this request</source>
        <translation>On jo kutsuttu tähän toimeksiantoon</translation>
    </message>
    <message>
        <source>Already engaged in this request</source>
        <translation>On jo mukana tässä toimeksiannossa</translation>
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
        <source>the work is today</source>
        <translation>työ on tänään</translation>
    </message>
    <message>
        <source>the day of the work has passed</source>
        <translation>työn päivä on jo ohi</translation>
    </message>
    <message>
        <source>another is on the same day</source>
        <translation>toinen osallistuminen on samana päivänä</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingWeightTexts</name>
    <message>
        <source>Points when the worker&apos;s lived experience is of the requested topic itself.</source>
        <translation>Pisteet, kun kokemustoimijan omakohtainen kokemus on juuri pyydetystä aiheesta.</translation>
    </message>
    <message>
        <source>Points when the experience is of a topic under the requested one (emergency placement for placement).</source>
        <translation>Pisteet, kun kokemus on pyydetyn aiheen ala-aiheesta (kiireellinen sijoitus, kun pyydetään sijoitusta).</translation>
    </message>
    <message>
        <source>Points when the experience is of a topic above the requested one (placement for emergency placement).</source>
        <translation>Pisteet, kun kokemus on pyydetyn aiheen yläaiheesta (sijoitus, kun pyydetään kiireellistä sijoitusta).</translation>
    </message>
    <message>
        <source>Points when the experience is of a topic beside the requested one, under the same parent.</source>
        <translation>Pisteet, kun kokemus on pyydetyn aiheen lähiaiheesta, jolla on sama yläaihe.</translation>
    </message>
    <message>
        <source>Added to the topic&apos;s points when the experience was lived from the perspective the request asks for.</source>
        <translation>Lisätään aiheen pisteisiin, kun kokemus on eletty toimeksiannossa toivotusta näkökulmasta.</translation>
    </message>
    <message>
        <source>A secondary topic of a request earns this share of what a primary topic earns.</source>
        <translation>Toimeksiannon toissijainen aihe tuottaa tämän osuuden ensisijaisen aiheen pisteistä.</translation>
    </message>
    <message>
        <source>Points when the worker has said yes to the request&apos;s kind of work.</source>
        <translation>Pisteet, kun kokemustoimija on ilmoittanut olevansa halukas toimeksiannon työmuotoon.</translation>
    </message>
    <message>
        <source>Points when the request&apos;s time fits the worker&apos;s weekly preferences; shared out when only some of the proposed times fit.</source>
        <translation>Pisteet, kun toimeksiannon aika sopii kokemustoimijan viikoittaisiin toiveisiin; jaetaan suhteessa, kun vain osa ehdotetuista ajoista sopii.</translation>
    </message>
    <message>
        <source>Points for a worker who has not stated weekly preferences.</source>
        <translation>Pisteet kokemustoimijalle, joka ei ole kertonut viikoittaisia toiveitaan.</translation>
    </message>
    <message>
        <source>Engagements this many days before or after today count as recent.</source>
        <translation>Osallistumiset, jotka ovat enintään näin monta päivää ennen tätä päivää tai sen jälkeen, lasketaan lähiajan osallistumisiksi.</translation>
    </message>
    <message>
        <source>Taken off for each recent or planned engagement, so that the work is spread fairly.</source>
        <translation>Vähennetään jokaisesta äskeisestä tai suunnitellusta osallistumisesta, jotta työ jakautuu tasapuolisesti.</translation>
    </message>
    <message>
        <source>Taken off for each recent invitation that led to no engagement.</source>
        <translation>Vähennetään jokaisesta äskeisestä kutsusta, joka ei johtanut osallistumiseen.</translation>
    </message>
    <message>
        <source>Fair rotation never takes off more than this.</source>
        <translation>Tasapuolinen vuorottelu ei koskaan vähennä tätä enempää.</translation>
    </message>
    <message>
        <source>An engagement on an emotionally heavy topic this many days from the request&apos;s date weighs on the worker.</source>
        <translation>Henkisesti raskaaseen aiheeseen liittyvä osallistuminen, joka on enintään näin monen päivän päässä toimeksiannon päivästä, kuormittaa kokemustoimijaa.</translation>
    </message>
    <message>
        <source>Taken off when the worker had such a heavy engagement that close.</source>
        <translation>Vähennetään, kun kokemustoimijalla on ollut tällainen raskas osallistuminen näin lähellä.</translation>
    </message>
    <message>
        <source>Without supervision or a debrief in this many days the candidate gets a note (no points).</source>
        <translation>Jos työnohjausta tai jälkipurkua ei ole ollut näin moneen päivään, ehdokkaalle tulee huomautus (ei vaikuta pisteisiin).</translation>
    </message>
    <message>
        <source>The year&apos;s fees with this request at or above this share of the worker&apos;s earnings ceiling count as near it.</source>
        <translation>Vuoden palkkiot tämä toimeksianto mukaan lukien katsotaan lähelle tulorajaa, kun ne ovat vähintään tämän osuuden kokemustoimijan tulorajasta.</translation>
    </message>
    <message>
        <source>Taken off for paid work that brings the worker near the earnings ceiling.</source>
        <translation>Vähennetään palkallisesta työstä, joka vie kokemustoimijan lähelle tulorajaa.</translation>
    </message>
    <message>
        <source>Taken off when the fee would take the worker over the earnings ceiling.</source>
        <translation>Vähennetään, kun palkkio veisi kokemustoimijan yli tulorajan.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> pistettä</translation>
    </message>
    <message>
        <source> days</source>
        <translation> pv</translation>
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
    <name>Kohtaamo::RankingWeightsSection</name>
    <message>
        <source>Ranking weights</source>
        <translation>Järjestyksen painot</translation>
    </message>
    <message>
        <source>How the candidate list is ranked: the points each kind of fit earns and what protects a worker from too much work. The changes apply to every coordinator from their next candidate list.</source>
        <translation>Miten ehdokaslista järjestetään: kuinka monta pistettä kukin sopivuuden laji tuottaa ja mikä suojaa kokemustoimijaa liialta työmäärältä. Muutokset koskevat kaikkia koordinaattoreita heidän seuraavasta ehdokaslistastaan alkaen.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a weight&apos;s label before its input</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>From %1 to %2; the default is %3.</source>
        <translation>Väliltä %1–%2; oletus on %3.</translation>
    </message>
    <message>
        <source>&amp;Save Weights</source>
        <translation>Tall&amp;enna painot</translation>
    </message>
    <message>
        <source>Save the ranking weights</source>
        <translation>Tallenna järjestyksen painot</translation>
    </message>
    <message>
        <source>Stores the weights for every coordinator (Enter in a weight)</source>
        <translation>Tallentaa painot kaikille koordinaattoreille (Enter painokentässä)</translation>
    </message>
    <message>
        <source>&amp;Undo Changes</source>
        <translation>Peru&amp;uta muutokset</translation>
    </message>
    <message>
        <source>Undo the unsaved changes to the weights</source>
        <translation>Peruuta painoihin tehdyt tallentamattomat muutokset</translation>
    </message>
    <message>
        <source>Puts back the stored weights (Escape in a weight)</source>
        <translation>Palauttaa tallennetut painot (Esc painokentässä)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults…</source>
        <translation>&amp;Palauta oletusarvot…</translation>
    </message>
    <message>
        <source>Restore the default ranking weights</source>
        <translation>Palauta järjestyksen painojen oletusarvot</translation>
    </message>
    <message>
        <source>Asks first, then puts every weight back to the value Kohtaamo comes with</source>
        <translation>Kysyy ensin ja palauttaa sitten jokaisen painon Kohtaamon oletusarvoon</translation>
    </message>
    <message>
        <source>The ranking weights could not be read: %1</source>
        <translation>Järjestyksen painoja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Yritä uu&amp;delleen</translation>
    </message>
    <message>
        <source>&amp;Reload Weights</source>
        <translation>Lataa painot uu&amp;delleen</translation>
    </message>
    <message>
        <source>The weights were not saved: %1</source>
        <translation>Painoja ei tallennettu: %1</translation>
    </message>
    <message>
        <source>The weights are saved.</source>
        <translation>Painot on tallennettu.</translation>
    </message>
    <message>
        <source>Restore Default Weights</source>
        <translation>Palauta oletuspainot</translation>
    </message>
    <message>
        <source>Put every ranking weight back to the value Kohtaamo comes with?</source>
        <translation>Palautetaanko jokainen järjestyksen paino Kohtaamon oletusarvoon?</translation>
    </message>
    <message>
        <source>This changes the ranking for every coordinator. Unsaved changes are dropped.</source>
        <translation>Tämä muuttaa järjestystä kaikilla koordinaattoreilla. Tallentamattomat muutokset hylätään.</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Palauta oletusarvot</translation>
    </message>
    <message>
        <source>The defaults were not restored: %1</source>
        <translation>Oletusarvoja ei palautettu: %1</translation>
    </message>
    <message>
        <source>Every weight is back at its default.</source>
        <translation>Kaikki painot on palautettu oletusarvoihinsa.</translation>
    </message>
    <message>
        <source>Only an admin can change the ranking weights.</source>
        <translation>Vain pääkäyttäjä voi muuttaa järjestyksen painoja.</translation>
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
    <name>Kohtaamo::RegisterFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a worker register.</source>
        <translation>%1 on liian suuri ollakseen kokemustoimijarekisteri.</translation>
    </message>
    <message>
        <source>%1 is neither a CSV file nor an XLSX workbook (save the sheet as CSV or XLSX).</source>
        <translation>%1 ei ole CSV-tiedosto eikä XLSX-työkirja (tallenna taulukko CSV- tai XLSX-muodossa).</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ReportChart</name>
    <message>
        <source>Commissions per month</source>
        <translation>Toimeksiannot kuukausittain</translation>
    </message>
    <message>
        <source>Commissions by kind of work</source>
        <translation>Toimeksiannot työmuodoittain</translation>
    </message>
    <message>
        <source>Commissions by topic (the ten most common)</source>
        <translation>Toimeksiannot aiheittain (kymmenen yleisintä)</translation>
    </message>
    <message>
        <source>Hours per organisation</source>
        <translation>Tunnit järjestöittäin</translation>
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
        <translation>Tulosraportti %1</translation>
    </message>
    <message>
        <source>Period: %1–%2</source>
        <translation>Jakso: %1–%2</translation>
    </message>
    <message>
        <source>This report names no experience worker. Any count of fewer than 5 people is shown as “&lt; 5”.</source>
        <translation>Tässä raportissa ei nimetä yhtäkään kokemustoimijaa. Alle 5 hengen määrät näytetään muodossa ”&lt; 5”.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Tällä jaksolla ei ole mitään.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Kaaviot</translation>
    </message>
    <message>
        <source>Experience knowledge</source>
        <translation>Kokemustieto</translation>
    </message>
    <message>
        <source>The report could not be drawn on the page.</source>
        <translation>Raporttia ei voitu piirtää sivulle.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ReportTableModel</name>
    <message>
        <source>Fewer than 5 people: shown as “&lt; 5” so that no one can be recognised.</source>
        <translation>Alle 5 henkeä: näytetään muodossa ”&lt; 5”, jotta ketään ei voi tunnistaa.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ReportsPage</name>
    <message>
        <source>&amp;Reports for Funders</source>
        <translation>&amp;Raportit rahoittajille</translation>
    </message>
    <message>
        <source>Fees to Pa&amp;y</source>
        <translation>Maksettavat &amp;palkkiot</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestDetailView</name>
    <message>
        <source>The request could not be read.</source>
        <translation>Toimeksiantoa ei voitu lukea.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Sul&amp;je</translation>
    </message>
    <message>
        <source>Cancel re&amp;quest…</source>
        <translation>&amp;Peru toimeksianto…</translation>
    </message>
    <message>
        <source>Move the request to “%1”</source>
        <translation>Siirrä toimeksianto tilaan ”%1”</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Peru toimeksianto</translation>
    </message>
    <message>
        <source>Why is request %1 cancelled? The reason stays in its history.</source>
        <translation>Miksi toimeksianto %1 perutaan? Syy jää sen historiaan.</translation>
    </message>
    <message>
        <source>The request was not cancelled.</source>
        <translation>Toimeksiantoa ei peruttu.</translation>
    </message>
    <message>
        <source>A cancellation needs a reason.</source>
        <translation>Perumiselle on annettava syy.</translation>
    </message>
    <message>
        <source>The request was not moved to “%1”.</source>
        <translation>Toimeksiantoa ei siirretty tilaan ”%1”.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (valittu)</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Määräpäivä %1</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Ei vielä asetettu</translation>
    </message>
    <message>
        <source>None yet: edit the request to tag it</source>
        <translation>Ei vielä: luokittele toimeksianto muokkaamalla sitä</translation>
    </message>
    <message>
        <source>Topic #%1</source>
        <translation>Aihe #%1</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (ensisijainen)</translation>
    </message>
    <message>
        <source>%1 (secondary)</source>
        <translation>%1 (toissijainen)</translation>
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
        <translation>Järjestön aikuinen on paikalla</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Tallennetaan</translation>
    </message>
    <message numerus="yes">
        <source>Limited to %n organisation(s)</source>
        <translation>
            <numerusform>Rajattu %n järjestöön</numerusform>
            <numerusform>Rajattu %n järjestöön</numerusform>
        </translation>
    </message>
    <message>
        <source>No fee set</source>
        <translation>Palkkiota ei ole määritelty</translation>
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
        <translation>Mikä tahansa</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Etänä</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei ehtoja</translation>
    </message>
    <message>
        <source>%1

Notes: %2</source>
        <translation>%1

Lisätiedot: %2</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Saapunut:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Toimeksiantaja:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Yhteystiedot:</translation>
    </message>
    <message>
        <source>Kind of work:</source>
        <translation>Työmuoto:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Aiheet:</translation>
    </message>
    <message>
        <source>Wanted perspective:</source>
        <translation>Toivottu näkökulma:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Milloin:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Missä:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Kesto:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Yleisö:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
    <message>
        <source>Workers needed:</source>
        <translation>Tarvittavat kokemustoimijat:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Ehdot:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Palkkio:</translation>
    </message>
    <message>
        <source>What is asked:</source>
        <translation>Mitä pyydetään:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historia:</translation>
    </message>
    <message>
        <source>No request chosen</source>
        <translation>Toimeksiantoa ei ole valittu</translation>
    </message>
    <message>
        <source>Choose a request in the list, or press New request (Ctrl+N) to log one.</source>
        <translation>Valitse toimeksianto listasta tai kirjaa uusi painamalla Uusi toimeksianto (Ctrl+N).</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Tila: %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Tila: %1</translation>
    </message>
    <message>
        <source>The meeting was held: record attendance, hours, fees and debriefs, then close.</source>
        <translation>Tapaaminen on pidetty: kirjaa läsnäolo, tunnit, palkkiot ja jälkipurut ja sulje sitten toimeksianto.</translation>
    </message>
    <message>
        <source>Change what is asked, when, where, and the topics</source>
        <translation>Muuta sitä, mitä pyydetään, milloin, missä ja millä aiheilla</translation>
    </message>
    <message>
        <source>Attendance, hours, fees, debriefs, the summary and the experience knowledge</source>
        <translation>Läsnäolo, tunnit, palkkiot, jälkipurut, yhteenveto ja kokemustieto</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Avaa uudelleen…</translation>
    </message>
    <message>
        <source>Make the request held again to correct its outcome (admins only; the reason is kept)</source>
        <translation>Palauta toimeksianto pidetyksi, jotta sen tuloksia voi korjata (vain pääkäyttäjät; syy säilyy)</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Toimeksiannon sulkeminen</translation>
    </message>
    <message>
        <source>Request %1 still lacks:</source>
        <translation>Toimeksiannosta %1 puuttuu vielä:</translation>
    </message>
    <message>
        <source>Close it anyway? What is missing is written into its history.</source>
        <translation>Suljetaanko silti? Puuttuvat tiedot kirjataan sen historiaan.</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>&amp;Sulje silti</translation>
    </message>
    <message>
        <source>&amp;Go back and complete</source>
        <translation>&amp;Palaa täydentämään</translation>
    </message>
    <message>
        <source>Reopen request</source>
        <translation>Toimeksiannon avaaminen uudelleen</translation>
    </message>
    <message>
        <source>Why is request %1 reopened? The reason stays in its history.</source>
        <translation>Miksi toimeksianto %1 avataan uudelleen? Syy säilyy sen historiassa.</translation>
    </message>
    <message>
        <source>The request was not reopened.</source>
        <translation>Toimeksiantoa ei avattu uudelleen.</translation>
    </message>
    <message>
        <source>The request on one page to print or save as PDF, for the requester and the file</source>
        <translation>Toimeksianto yhdellä sivulla tulostettavaksi tai PDF-tiedostoksi tallennettavaksi, toimeksiantajalle ja arkistoon</translation>
    </message>
    <message>
        <source>Mark tagged</source>
        <translation>Merkitse luokitelluksi</translation>
    </message>
    <message>
        <source>Start inviting</source>
        <translation>Aloita kutsuminen</translation>
    </message>
    <message>
        <source>Confirm &amp;participants</source>
        <translation>&amp;Vahvista osallistujat</translation>
    </message>
    <message>
        <source>Mark he&amp;ld</source>
        <translation>Merkitse pi&amp;detyksi</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Muokkaa ti&amp;etoja…</translation>
    </message>
    <message>
        <source>Commission s&amp;ummary…</source>
        <translation>Toimeksia&amp;nnon yhteenveto…</translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>Kirjaa t&amp;ulos…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Ehdokkaat</translation>
    </message>
    <message>
        <source>Invi&amp;tations (%1)</source>
        <translation>&amp;Kutsut (%1)</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Viestit (%1)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestDetailsForm</name>
    <message>
        <source>Reference:</source>
        <translation>Tunnus:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Saapumispäivä</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Saapumis&amp;päivä:</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Kuka pyytää</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation>Toimeksiantajan nimi</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Requester&apos;s unit or organisation</source>
        <translation>Toimeksiantajan yksikkö tai organisaatio</translation>
    </message>
    <message>
        <source>e.g. Youth reception team, City of Turku</source>
        <translation>esim. nuorten vastaanottotiimi, Turun kaupunki</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Yksikkö:</translation>
    </message>
    <message>
        <source>Requester&apos;s e-mail address</source>
        <translation>Toimeksiantajan sähköpostiosoite</translation>
    </message>
    <message>
        <source>name@example.fi</source>
        <translation>nimi@esimerkki.fi</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>Requester&apos;s phone number</source>
        <translation>Toimeksiantajan puhelinnumero</translation>
    </message>
    <message>
        <source>040 123 4567</source>
        <translation>040 123 4567</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;uhelin:</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Mitä pyydetään</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Required, e.g. Plain-language review of the placement brochure</source>
        <translation>Pakollinen, esim. sijoitusesitteen selkokielinen arviointi</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ots&amp;ikko:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Ei vielä päätetty</translation>
    </message>
    <message>
        <source>Given when the request is saved</source>
        <translation>Annetaan, kun toimeksianto tallennetaan</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Työmuoto</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>&amp;Työmuoto:</translation>
    </message>
    <message>
        <source>Requester&apos;s sector</source>
        <translation>Toimeksiantajan sektori</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Sekto&amp;ri:</translation>
    </message>
    <message>
        <source>Funded activity</source>
        <translation>Rahoitettu toiminta</translation>
    </message>
    <message>
        <source>Funded activit&amp;y:</source>
        <translation>Ra&amp;hoitettu toiminta:</translation>
    </message>
    <message>
        <source>The organisation&apos;s, when it has one</source>
        <translation>Järjestön oma, jos sillä on sellainen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Funded activity #%1</source>
        <translation>Rahoitettu toiminta #%1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestEditUndo</name>
    <message>
        <source>edit of request %1</source>
        <translation>toimeksiannon %1 muokkaus</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Toimeksianto %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestEditorDialog</name>
    <message>
        <source>Re&amp;quest</source>
        <translation>T&amp;oimeksianto</translation>
    </message>
    <message>
        <source>Top&amp;ics</source>
        <translation>Aih&amp;eet</translation>
    </message>
    <message>
        <source>&amp;When and Where</source>
        <translation>&amp;Milloin ja missä</translation>
    </message>
    <message>
        <source>Te&amp;rms</source>
        <translation>Eh&amp;dot</translation>
    </message>
    <message>
        <source>The topics could not be read.</source>
        <translation>Aiheita ei voitu lukea.</translation>
    </message>
    <message>
        <source>The topics could not be read: %1</source>
        <translation>Aiheita ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The organisations could not be read.</source>
        <translation>Järjestöjä ei voitu lukea.</translation>
    </message>
    <message>
        <source>The organisations could not be read: %1</source>
        <translation>Järjestöjä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>Uusi toimeksianto</translation>
    </message>
    <message>
        <source>Edit Request %1</source>
        <translation>Muokkaa toimeksiantoa %1</translation>
    </message>
    <message>
        <source>The request was not saved.</source>
        <translation>Toimeksiantoa ei tallennettu.</translation>
    </message>
    <message>
        <source>Request Changed Meanwhile</source>
        <translation>Toimeksianto muuttui välillä</translation>
    </message>
    <message>
        <source>Another coordinator saved this request while you were editing it. Your changes were not saved, and nothing of theirs was overwritten.</source>
        <translation>Toinen koordinaattori tallensi tämän toimeksiannon sillä aikaa, kun muokkasit sitä. Muutoksiasi ei tallennettu, eikä mitään hänen muutoksistaan kirjoitettu yli.</translation>
    </message>
    <message>
        <source>&amp;Reload and Discard My Changes</source>
        <translation>&amp;Lataa uudelleen ja hylkää muutokseni</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Jatka muokkausta</translation>
    </message>
    <message>
        <source>Not saved: another coordinator changed this request. Saving again will be refused until you reload it; copy what you need from here first.</source>
        <translation>Ei tallennettu: toinen koordinaattori muutti tätä toimeksiantoa. Uutta tallennusta ei hyväksytä, ennen kuin lataat toimeksiannon uudelleen; kopioi ensin tarvitsemasi tiedot täältä.</translation>
    </message>
    <message>
        <source>The stored request could not be read.</source>
        <translation>Tallennettua toimeksiantoa ei voitu lukea.</translation>
    </message>
    <message>
        <source>Reloaded: this is the request as it is stored now. Make your changes again and save.</source>
        <translation>Ladattu uudelleen: tämä on toimeksianto sellaisena kuin se nyt on tallennettu. Tee muutoksesi uudelleen ja tallenna.</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Hylätäänkö muutokset?</translation>
    </message>
    <message>
        <source>Close without saving your changes to this request?</source>
        <translation>Suljetaanko tallentamatta tähän toimeksiantoon tekemiäsi muutoksia?</translation>
    </message>
    <message>
        <source>The kinds of work could not be read.</source>
        <translation>Työmuotoja ei voitu lukea.</translation>
    </message>
    <message>
        <source>The kinds of work could not be read: %1</source>
        <translation>Työmuotoja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The funded activities could not be read.</source>
        <translation>Rahoitettuja toimintoja ei voitu lukea.</translation>
    </message>
    <message>
        <source>The funded activities could not be read: %1</source>
        <translation>Rahoitettuja toimintoja ei voitu lukea: %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Open (not closed or cancelled)</source>
        <translation>Avoimet (ei suljettu eikä peruttu)</translation>
    </message>
    <message>
        <source>Closed or cancelled</source>
        <translation>Suljetut tai perutut</translation>
    </message>
    <message>
        <source>All kinds of work</source>
        <translation>Kaikki työmuodot</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (poistettu käytöstä)</translation>
    </message>
    <message>
        <source>Work date from</source>
        <translation>Työpäivä alkaen</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Saapunut alkaen</translation>
    </message>
    <message>
        <source>Work date to</source>
        <translation>Työpäivä saakka</translation>
    </message>
    <message>
        <source>Received to</source>
        <translation>Saapunut saakka</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Reference, title, requester or unit</source>
        <translation>Tunnus, otsikko, toimeksiantaja tai yksikkö</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Hae toimeksiantoja</translation>
    </message>
    <message>
        <source>Shows the requests whose reference, title, requester or unit contains every word typed</source>
        <translation>Näyttää toimeksiannot, joiden tunnus, otsikko, toimeksiantaja tai yksikkö sisältää jokaisen kirjoitetun sanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Shows the requests tagged with this topic or a narrower one</source>
        <translation>Näyttää toimeksiannot, jotka on luokiteltu tähän aiheeseen tai sitä suppeampaan</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Tyhjennä &amp;rajaukset</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä rajaukset</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ei rajausta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Work date</source>
        <translation>Työpäivä</translation>
    </message>
    <message>
        <source>Which date the range applies to</source>
        <translation>Mitä päivämäärää aikaväli koskee</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Työmuoto</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>N&amp;äytä:</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>Ty&amp;ömuoto:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Päivät:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>alkaen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>saakka</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestImporter</name>
    <message>
        <source>no service type has the code %1</source>
        <translation>millään työmuodolla ei ole koodia %1</translation>
    </message>
    <message>
        <source>no topic has the code %1</source>
        <translation>millään aiheella ei ole koodia %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>pakollinen tieto puuttuu</translation>
    </message>
    <message>
        <source>no organisation of the file or of the database is called %1</source>
        <translation>tiedostossa tai tietokannassa ei ole järjestöä nimeltä %1</translation>
    </message>
    <message>
        <source>only a cancelled request has a reason for the cancellation</source>
        <translation>vain perutulla toimeksiannolla voi olla perumisen syy</translation>
    </message>
    <message>
        <source>the request cannot be brought to %1: %2</source>
        <translation>toimeksiantoa ei voi siirtää tilaan %1: %2</translation>
    </message>
    <message>
        <source>no worker of the file has the key %1</source>
        <translation>millään tiedoston kokemustoimijalla ei ole avainta %1</translation>
    </message>
    <message>
        <source>the worker has no invitation to this request in the file</source>
        <translation>kokemustoimijalla ei ole tiedostossa kutsua tähän toimeksiantoon</translation>
    </message>
    <message>
        <source>no coordinator of the file or of the database has the username %1</source>
        <translation>millään tiedoston tai tietokannan koordinaattorilla ei ole käyttäjätunnusta %1</translation>
    </message>
    <message>
        <source>no funded activity of the file is called %1</source>
        <translation>tiedostossa ei ole rahoitettua toimintaa nimeltä %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestInboxQuery</name>
    <message>
        <source>A page of the request list cannot start or end before its first row.</source>
        <translation>Toimeksiantolistan sivu ei voi alkaa tai päättyä ennen ensimmäistä riviään.</translation>
    </message>
    <message>
        <source>The list has %1 requests, more than can be shown at once (%2). Narrow it with the other filters.</source>
        <translation>Luettelossa on %1 toimeksiantoa, enemmän kuin kerralla voidaan näyttää (%2). Rajaa sitä muilla suodattimilla.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestInboxView</name>
    <message>
        <source>1 request</source>
        <translation>1 toimeksianto</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 toimeksiantoa</translation>
    </message>
    <message>
        <source>The requests could not be read from the database. %1</source>
        <translation>Toimeksiantoja ei voitu lukea tietokannasta. %1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Toimeksiannot</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestListModel</name>
    <message>
        <source>Topic #%1</source>
        <translation>Aihe #%1</translation>
    </message>
    <message>
        <source>Main topics: %1</source>
        <translation>Pääaiheet: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Lisäksi: %1</translation>
    </message>
    <message>
        <source>Not tagged with topics yet.</source>
        <translation>Ei vielä luokiteltu aiheisiin.</translation>
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
        <translation>Aikaa ei ole ehdotettu eikä määräpäivää asetettu.</translation>
    </message>
    <message>
        <source>%1 of the %2 workers needed have accepted.</source>
        <translation>%1/%2 tarvittavasta kokemustoimijasta on hyväksynyt kutsun.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Toimeksiantaja</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Work date</source>
        <translation>Työpäivä</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Kokemustoimijat</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>The chosen time, else the earliest proposed time, else the deadline.</source>
        <translation>Valittu aika, muuten aikaisin ehdotettu aika, muuten määräpäivä.</translation>
    </message>
    <message>
        <source>Workers who have accepted / workers needed</source>
        <translation>Kutsun hyväksyneet / tarvittavat kokemustoimijat</translation>
    </message>
    <message>
        <source>Main topics first. This column cannot be sorted.</source>
        <translation>Pääaiheet ensin. Tätä saraketta ei voi lajitella.</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Työmuoto</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestOperations</name>
    <message>
        <source>Choose at least one experience worker to invite.</source>
        <translation>Valitse vähintään yksi kutsuttava kokemustoimija.</translation>
    </message>
    <message>
        <source>The request %1 “%2”</source>
        <translation>Toimeksianto %1 ”%2”</translation>
    </message>
    <message>
        <source>Request %1 has no topics yet. Tag it before inviting experience workers.</source>
        <translation>Toimeksiannolla %1 ei ole vielä aiheita. Luokittele se ennen kuin kutsut kokemustoimijoita.</translation>
    </message>
    <message>
        <source>%1: attendance not recorded</source>
        <translation>%1: osallistumista ei ole kirjattu</translation>
    </message>
    <message>
        <source>%1: no hours recorded</source>
        <translation>%1: tunteja ei ole kirjattu</translation>
    </message>
    <message>
        <source>%1: no debrief</source>
        <translation>%1: jälkipuintia ei ole pidetty</translation>
    </message>
    <message>
        <source>%1: the fee is neither due nor declined</source>
        <translation>%1: palkkiota ei ole merkitty maksettavaksi eikä siitä ole kieltäydytty</translation>
    </message>
    <message>
        <source>Still missing before the request is closed: %1.</source>
        <translation>Ennen sulkemista puuttuu vielä: %1.</translation>
    </message>
    <message>
        <source>Closed with gaps: %1</source>
        <translation>Suljettu puuttein: %1</translation>
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
        <translation>Anna toimeksiantaja.</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Anna toimeksiannon saapumispäivä.</translation>
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
    <message>
        <source>“%1” is not an email address. Enter one like name@example.fi.</source>
        <translation>”%1” ei ole sähköpostiosoite. Anna osoite muodossa nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number. Enter one like 040 123 4567 or +358 40 123 4567.</source>
        <translation>”%1” ei ole puhelinnumero. Anna numero muodossa 040 123 4567 tai +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Only a closed request can be reopened; %1 is “%2”.</source>
        <translation>Vain suljetun toimeksiannon voi avata uudelleen; %1 on tilassa ”%2”.</translation>
    </message>
    <message>
        <source>Give a reason for reopening the request.</source>
        <translation>Kerro, miksi toimeksianto avataan uudelleen.</translation>
    </message>
    <message>
        <source>A proposed time (%1) is before the request was received (%2). Check the dates.</source>
        <translation>Ehdotettu aika (%1) on ennen toimeksiannon saapumista (%2). Tarkista päivämäärät.</translation>
    </message>
    <message>
        <source>The deadline (%1) is before the request was received (%2). Check the dates.</source>
        <translation>Määräpäivä (%1) on ennen toimeksiannon saapumista (%2). Tarkista päivämäärät.</translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 fit here. Shorten it.</source>
        <translation>Teksti on %1 merkkiä pitkä; tähän mahtuu enintään %2. Lyhennä sitä.</translation>
    </message>
    <message>
        <source>There is no kind of work “%1”.</source>
        <translation>Työmuotoa ”%1” ei ole.</translation>
    </message>
    <message>
        <source>Funded activity #%1 does not exist; someone may have removed it.</source>
        <translation>Rahoitettua toimintaa #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestScheduleForm</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Proposed times</source>
        <translation>Ehdotetut ajat</translation>
    </message>
    <message>
        <source>&amp;Add Time</source>
        <translation>&amp;Lisää aika</translation>
    </message>
    <message>
        <source>Add a proposed time</source>
        <translation>Lisää ehdotettu aika</translation>
    </message>
    <message>
        <source>Remo&amp;ve Time</source>
        <translation>&amp;Poista aika</translation>
    </message>
    <message>
        <source>Remove the selected time</source>
        <translation>Poista valittu aika</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>Start of the selected time</source>
        <translation>Valitun ajan alku</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>P&amp;äättyy:</translation>
    </message>
    <message>
        <source>End time of the selected time</source>
        <translation>Valitun ajan päättymisaika</translation>
    </message>
    <message>
        <source>&amp;Chosen time</source>
        <translation>&amp;Valittu aika</translation>
    </message>
    <message>
        <source>The time agreed with the requester. Only one time can be the chosen one.</source>
        <translation>Toimeksiantajan kanssa sovittu aika. Vain yksi aika voi olla valittu.</translation>
    </message>
    <message>
        <source>Proposed &amp;times:</source>
        <translation>Ehdotetut aja&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Määräpä&amp;ivä:</translation>
    </message>
    <message>
        <source>For work without a meeting, such as reviewing a brochure.</source>
        <translation>Työhön, jossa ei ole tapaamista, kuten esitteen arviointiin.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>for work without a meeting, such as reviewing a brochure</source>
        <translation>työhön, jossa ei ole tapaamista, kuten esitteen arviointiin</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Re&amp;mote (online); no place or region</source>
        <translation>Etä&amp;nä (verkossa); ei paikkaa eikä aluetta</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Address or building, e.g. Social services centre, Kalevantie 1</source>
        <translation>Osoite tai rakennus, esim. sosiaalipalvelukeskus, Kalevantie 1</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Pai&amp;kka:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>e.g. Varsinais-Suomi</source>
        <translation>esim. Varsinais-Suomi</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Al&amp;ue:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Ke&amp;sto:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestShortcuts</name>
    <message>
        <source>Invite the checked candidates</source>
        <translation>Kutsu valitut ehdokkaat</translation>
    </message>
    <message>
        <source>Record: accepted</source>
        <translation>Kirjaa: hyväksyi</translation>
    </message>
    <message>
        <source>Record: declined…</source>
        <translation>Kirjaa: kieltäytyi…</translation>
    </message>
    <message>
        <source>Confirm participants</source>
        <translation>Vahvista osallistujat</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Merkitse pidetyksi</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Kirjaa tulos…</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Sulje toimeksianto</translation>
    </message>
    <message>
        <source>Next request</source>
        <translation>Seuraava toimeksianto</translation>
    </message>
    <message>
        <source>Previous request</source>
        <translation>Edellinen toimeksianto</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestTermsForm</name>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Yleisö</translation>
    </message>
    <message>
        <source>e.g. about 30 new social workers</source>
        <translation>esim. noin 30 uutta sosiaalityöntekijää</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Yleisö:</translation>
    </message>
    <message>
        <source>Language of the work</source>
        <translation>Työn kieli</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Workers needed</source>
        <translation>Tarvittavat kokemustoimijat</translation>
    </message>
    <message>
        <source>Wor&amp;kers needed:</source>
        <translation>Tarvittavat kokemus&amp;toimijat:</translation>
    </message>
    <message>
        <source>An adult of the organisation is &amp;present
(required when minors take part)</source>
        <translation>Järjestön aikuinen on &amp;paikalla
(pakollinen, kun alaikäisiä on mukana)</translation>
    </message>
    <message>
        <source>An adult of the organisation is present (required when minors take part)</source>
        <translation>Järjestön aikuinen on paikalla (pakollinen, kun alaikäisiä on mukana)</translation>
    </message>
    <message>
        <source>The event is recor&amp;ded or streamed</source>
        <translation>Tilaisuus tallennetaan tai &amp;välitetään verkossa</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Palkkio</translation>
    </message>
    <message>
        <source>Fee per worker in euros</source>
        <translation>Palkkio kokemustoimijaa kohden euroina</translation>
    </message>
    <message>
        <source>Leave empty when no fee is offered.</source>
        <translation>Jätä tyhjäksi, jos palkkiota ei tarjota.</translation>
    </message>
    <message>
        <source>€ per worker</source>
        <translation>€ / kokemustoimija</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>Palkk&amp;io:</translation>
    </message>
    <message>
        <source>Fee terms</source>
        <translation>Palkkioehdot</translation>
    </message>
    <message>
        <source>e.g. paid by the wellbeing services county, travel costs included</source>
        <translation>esim. hyvinvointialue maksaa, sisältää matkakulut</translation>
    </message>
    <message>
        <source>Fee &amp;terms:</source>
        <translation>P&amp;alkkioehdot:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Lisätiedot:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>&amp;Organisations whose workers may be asked:</source>
        <translation>&amp;Järjestöt, joiden kokemustoimijoita voi pyytää:</translation>
    </message>
    <message>
        <source>Organisations whose workers may be asked</source>
        <translation>Järjestöt, joiden kokemustoimijoita voi pyytää</translation>
    </message>
    <message>
        <source>None checked: workers of every organisation may be asked.</source>
        <translation>Ei valintoja: kaikkien järjestöjen kokemustoimijoita voi pyytää.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ei aktiivinen)</translation>
    </message>
    <message>
        <source>Organisation #%1</source>
        <translation>Järjestö #%1</translation>
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
    <name>Kohtaamo::RequestsPage</name>
    <message>
        <source>The request could not be opened.</source>
        <translation>Toimeksiantoa ei voitu avata.</translation>
    </message>
    <message>
        <source>The request was saved but could not be marked as tagged.</source>
        <translation>Toimeksianto tallennettiin, mutta sitä ei voitu merkitä luokitelluksi.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Toimeksiannot</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Uusi toimeksianto</translation>
    </message>
    <message>
        <source>New request (%1)</source>
        <translation>Uusi toimeksianto (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit request</source>
        <translation>&amp;Muokkaa toimeksiantoa</translation>
    </message>
    <message>
        <source>Edit the chosen request (%1)</source>
        <translation>Muokkaa valittua toimeksiantoa (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Uusi toimeksianto</translation>
    </message>
    <message>
        <source>Opens the form for a request that has just arrived.</source>
        <translation>Avaa lomakkeen juuri saapunutta toimeksiantoa varten.</translation>
    </message>
    <message>
        <source>Request inbox</source>
        <translation>Toimeksiantojen saapuneet</translation>
    </message>
    <message>
        <source>Chosen request</source>
        <translation>Valittu toimeksianto</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ResultsReport</name>
    <message>
        <source>The report needs the first day of its period.</source>
        <translation>Raportille on annettava jakson ensimmäinen päivä.</translation>
    </message>
    <message>
        <source>The report needs the last day of its period.</source>
        <translation>Raportille on annettava jakson viimeinen päivä.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Jakso päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>The period is longer than five years.</source>
        <translation>Jakso on pidempi kuin viisi vuotta.</translation>
    </message>
    <message>
        <source>Experience workers</source>
        <translation>Kokemustoimijat</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Luku</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöitä</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Määritelmä</translation>
    </message>
    <message>
        <source>Experience workers who took part</source>
        <translation>Osallistuneet kokemustoimijat</translation>
    </message>
    <message>
        <source>Different experience workers who attended at least one event held in the period.</source>
        <translation>Eri kokemustoimijat, jotka osallistuivat vähintään yhteen jaksolla pidettyyn tapahtumaan.</translation>
    </message>
    <message>
        <source>New experience workers</source>
        <translation>Uudet kokemustoimijat</translation>
    </message>
    <message>
        <source>Of those, the workers who had attended no event held before the period began.</source>
        <translation>Heistä ne kokemustoimijat, jotka eivät olleet osallistuneet yhteenkään ennen jakson alkua pidettyyn tapahtumaan.</translation>
    </message>
    <message>
        <source>People are counted once, however many events they attended. Fewer than 5 is shown as “&lt; 5”.</source>
        <translation>Kukin henkilö lasketaan kerran, osallistuipa hän kuinka moneen tapahtumaan tahansa. Alle 5 näytetään muodossa ”&lt; 5”.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Tunnusluvut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Toimeksiannot</translation>
    </message>
    <message>
        <source>Requests whose work date falls in the period, whatever their status.</source>
        <translation>Toimeksiannot, joiden työpäivä osuu jaksolle, tilasta riippumatta.</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Pidetyt tapahtumat</translation>
    </message>
    <message>
        <source>Commissions of the period that were held or closed.</source>
        <translation>Jakson toimeksiannot, jotka on pidetty tai suljettu.</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Osallistumiset</translation>
    </message>
    <message>
        <source>Experience workers&apos; attended engagements in the events held.</source>
        <translation>Kokemustoimijoiden toteutuneet osallistumiset pidetyissä tapahtumissa.</translation>
    </message>
    <message>
        <source>Hours of experience work</source>
        <translation>Kokemustoiminnan tunnit</translation>
    </message>
    <message>
        <source>The hours recorded for the attended engagements, rounded to whole hours.</source>
        <translation>Toteutuneille osallistumisille kirjatut tunnit kokonaisiksi tunneiksi pyöristettyinä.</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Tavoitetut ihmiset</translation>
    </message>
    <message>
        <source>The audience sizes recorded in the outcomes of the events held.</source>
        <translation>Pidettyjen tapahtumien tuloksiin kirjatut yleisömäärät.</translation>
    </message>
    <message>
        <source>Requester feedback received</source>
        <translation>Saatu toimeksiantajapalaute</translation>
    </message>
    <message>
        <source>Events held whose outcome records the requester&apos;s feedback.</source>
        <translation>Pidetyt tapahtumat, joiden tulokseen on kirjattu toimeksiantajan palaute.</translation>
    </message>
    <message>
        <source>Experience knowledge entries</source>
        <translation>Kokemustietomerkinnät</translation>
    </message>
    <message>
        <source>Entries of experience knowledge recorded in the period.</source>
        <translation>Jaksolla kirjatut kokemustietomerkinnät.</translation>
    </message>
    <message>
        <source>Critical points</source>
        <translation>Kriittiset kohdat</translation>
    </message>
    <message>
        <source>Of those, the entries marked as a critical point of the life course.</source>
        <translation>Niistä merkinnät, jotka on merkitty elämänkulun kriittiseksi kohdaksi.</translation>
    </message>
    <message>
        <source>The period&apos;s figures at a glance; the tables below break them down.</source>
        <translation>Jakson luvut yhdellä silmäyksellä; alla olevat taulukot erittelevät ne.</translation>
    </message>
    <message>
        <source>Commissions per month</source>
        <translation>Toimeksiannot kuukausittain</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Commissions by the month of their work date.</source>
        <translation>Toimeksiannot työpäivänsä kuukauden mukaan.</translation>
    </message>
    <message>
        <source>Commissions by kind of work</source>
        <translation>Toimeksiannot työmuodoittain</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Työmuoto</translation>
    </message>
    <message>
        <source>Commissions of the period by their kind of work (service type).</source>
        <translation>Jakson toimeksiannot työmuodoittain.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ei ilmoitettu</translation>
    </message>
    <message>
        <source>Commissions by topic</source>
        <translation>Toimeksiannot aiheittain</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Commissions of the period by their primary topics; a commission with several primary topics is counted under each.</source>
        <translation>Jakson toimeksiannot pääaiheittain; toimeksianto, jolla on useita pääaiheita, lasketaan jokaisen kohdalle.</translation>
    </message>
    <message>
        <source>Commissions by requester sector</source>
        <translation>Toimeksiannot toimeksiantajan sektorin mukaan</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektori</translation>
    </message>
    <message>
        <source>Commissions of the period by the sector of the requester.</source>
        <translation>Jakson toimeksiannot toimeksiantajan sektorin mukaan.</translation>
    </message>
    <message>
        <source>Commissions by status</source>
        <translation>Toimeksiannot tilan mukaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Commissions of the period by their status when the report was made.</source>
        <translation>Jakson toimeksiannot niiden raportin laatimishetken tilan mukaan.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Yhteistyökumppanit</translation>
    </message>
    <message>
        <source>Requesting organisation or unit</source>
        <translation>Toimeksiantava organisaatio tai yksikkö</translation>
    </message>
    <message>
        <source>The organisations and units that requested the commissions of the period, with the number of commissions each.</source>
        <translation>Organisaatiot ja yksiköt, jotka antoivat jakson toimeksiannot, ja kunkin toimeksiantojen määrä.</translation>
    </message>
    <message>
        <source>Experience workers by organisation</source>
        <translation>Kokemustoimijat järjestöittäin</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Experience workers who took part, by the organisation they belong to.</source>
        <translation>Osallistuneet kokemustoimijat sen järjestön mukaan, johon he kuuluvat.</translation>
    </message>
    <message>
        <source>Experience workers by title</source>
        <translation>Kokemustoimijat nimikkeittäin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Experience workers who took part, by their title.</source>
        <translation>Osallistuneet kokemustoimijat nimikkeittäin.</translation>
    </message>
    <message>
        <source>Experience workers by age group</source>
        <translation>Kokemustoimijat ikäryhmittäin</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Ikäryhmä</translation>
    </message>
    <message>
        <source>Experience workers who took part, by their age on the last day of the period.</source>
        <translation>Osallistuneet kokemustoimijat iän mukaan jakson viimeisenä päivänä.</translation>
    </message>
    <message>
        <source>Hours by organisation</source>
        <translation>Tunnit järjestöittäin</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>The hours recorded for the attended engagements, by the worker&apos;s organisation.</source>
        <translation>Toteutuneille osallistumisille kirjatut tunnit kokemustoimijan järjestön mukaan.</translation>
    </message>
    <message>
        <source>Preparation and debrief</source>
        <translation>Valmistautuminen ja jälkipurku</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Osuus (%)</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Valmistautuminen</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Jälkipurku</translation>
    </message>
    <message>
        <source>Of the attended engagements, the share prepared with the worker beforehand and the share debriefed afterwards (rounded to whole per cent).</source>
        <translation>Toteutuneista osallistumisista se osuus, jossa kokemustoimijan kanssa valmistauduttiin etukäteen, ja se osuus, jossa pidettiin jälkipurku jälkikäteen (pyöristettynä kokonaisiksi prosenteiksi).</translation>
    </message>
    <message>
        <source>Experience knowledge</source>
        <translation>Kokemustieto</translation>
    </message>
    <message>
        <source>Life-course phase</source>
        <translation>Elämänvaihe</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>Critical point</source>
        <translation>Kriittinen kohta</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>The entries of experience knowledge recorded in the period, by life-course phase, with their texts as recorded.</source>
        <translation>Jaksolla kirjatut kokemustietomerkinnät elämänvaiheittain, tekstit kirjattuina.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Experience knowledge by life-course phase</source>
        <translation>Kokemustieto elämänvaiheittain</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>Entries of experience knowledge recorded in the period and the critical points among them, by the phase of the life course they concern.</source>
        <translation>Jaksolla kirjatut kokemustietomerkinnät ja niistä kriittiset kohdat sen elämänvaiheen mukaan, jota ne koskevat.</translation>
    </message>
    <message>
        <source>Experience knowledge by topic</source>
        <translation>Kokemustieto aiheittain</translation>
    </message>
    <message>
        <source>Entries of experience knowledge recorded in the period by topic; an entry with several topics is counted under each.</source>
        <translation>Jaksolla kirjatut kokemustietomerkinnät aiheittain; merkintä, jolla on useita aiheita, lasketaan jokaisen kohdalle.</translation>
    </message>
    <message>
        <source>Expert by experience</source>
        <translation>Kokemusasiantuntija</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Vertaistukihenkilö</translation>
    </message>
    <message>
        <source>Peer relative</source>
        <translation>Vertaisläheinen</translation>
    </message>
    <message>
        <source>Experience partner</source>
        <translation>Kokemuskumppani</translation>
    </message>
    <message>
        <source>Youth developer</source>
        <translation>Kehittäjänuori</translation>
    </message>
    <message>
        <source>Veturi mentor</source>
        <translation>Veturi</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>Muu nimike</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Raskaus</translation>
    </message>
    <message>
        <source>Early childhood</source>
        <translation>Varhaislapsuus</translation>
    </message>
    <message>
        <source>School age</source>
        <translation>Kouluikä</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Nuoruus</translation>
    </message>
    <message>
        <source>Transition to adulthood</source>
        <translation>Aikuistuminen</translation>
    </message>
    <message>
        <source>Adulthood</source>
        <translation>Aikuisuus</translation>
    </message>
    <message>
        <source>Parenthood</source>
        <translation>Vanhemmuus</translation>
    </message>
    <message>
        <source>Old age</source>
        <translation>Vanhuus</translation>
    </message>
    <message>
        <source>Phase not given</source>
        <translation>Elämänvaihetta ei ilmoitettu</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>Julkiset palvelut</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Organisations and associations</source>
        <translation>Järjestöt ja yhdistykset</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>Tutkimus ja kehittäminen</translation>
    </message>
    <message>
        <source>Other sector</source>
        <translation>Muu sektori</translation>
    </message>
    <message>
        <source>Sector not given</source>
        <translation>Sektoria ei ilmoitettu</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Alle 18</translation>
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
        <translation>65 ja yli</translation>
    </message>
    <message>
        <source>Age not recorded</source>
        <translation>Ikää ei kirjattu</translation>
    </message>
    <message>
        <source>Requester feedback</source>
        <translation>Toimeksiantajapalaute</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>The feedback the requesters gave on the events held in the period, as recorded in the outcomes, by the month of the work date. No experience worker is named.</source>
        <translation>Toimeksiantajien palaute jaksolla pidetyistä tapahtumista tuloksiin kirjattuna, työpäivän kuukauden mukaan. Yhtäkään kokemustoimijaa ei nimetä.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RetentionDialog</name>
    <message>
        <source>Apply the retention rules</source>
        <translation>Toteuta säilytyssäännöt</translation>
    </message>
    <message>
        <source>These are due under the office&apos;s retention rules (Settings ▸ Retention). Erasing and pruning cannot be undone; counts, hours and fees stay in the statistics.</source>
        <translation>Nämä ovat toimiston säilytyssääntöjen (Asetukset ▸ Säilytysajat) mukaan poistettavina. Henkilötietojen poistoa ja karsintaa ei voi perua; määrät, tunnit ja palkkiot säilyvät tilastoissa.</translation>
    </message>
    <message>
        <source>Worker to erase</source>
        <translation>Kokemustoimija, jonka henkilötiedot poistetaan</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Lähti</translation>
    </message>
    <message>
        <source>Workers to erase</source>
        <translation>Kokemustoimijat, joiden henkilötiedot poistetaan</translation>
    </message>
    <message>
        <source>%1 audit entries from %2 to %3 hold personal values: they become “[pruned]”; who changed what, when and in which record stays.</source>
        <translation>%1 lokimerkinnässä ajalta %2–%3 on henkilötietoja: ne muuttuvat muotoon ”[pruned]”; se, kuka muutti mitä, milloin ja missä kohteessa, säilyy.</translation>
    </message>
    <message>
        <source>&amp;Erase and prune</source>
        <translation>Poista ja &amp;karsi</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RetentionPanel</name>
    <message numerus="yes">
        <source>%Ln worker left more than %1 years ago: erase…</source>
        <translation>
            <numerusform>%Ln kokemustoimija lähti yli %1 vuotta sitten: poista henkilötiedot…</numerusform>
            <numerusform>%Ln kokemustoimijaa lähti yli %1 vuotta sitten: poista henkilötiedot…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workers left more than %1 years ago: erase…</source>
        <translation>
            <numerusform>%Ln kokemustoimija lähti yli %1 vuotta sitten: poista henkilötiedot…</numerusform>
            <numerusform>%Ln kokemustoimijaa lähti yli %1 vuotta sitten: poista henkilötiedot…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry with personal values</source>
        <translation>
            <numerusform>%Ln merkintä, jossa on henkilötietoja</numerusform>
            <numerusform>%Ln merkintää, joissa on henkilötietoja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries with personal values</source>
        <translation>
            <numerusform>%Ln merkintä, jossa on henkilötietoja</numerusform>
            <numerusform>%Ln merkintää, joissa on henkilötietoja</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit entries older than %1 years hold personal data: prune…</source>
        <translation>Yli %1 vuotta vanhoissa lokimerkinnöissä on henkilötietoja: karsi…</translation>
    </message>
    <message>
        <source>Opens the confirmation</source>
        <translation>Avaa vahvistuksen</translation>
    </message>
    <message>
        <source>Workers erased: %1. Audit entries pruned: %2.</source>
        <translation>Kokemustoimijoita, joiden henkilötiedot poistettiin: %1. Karsittuja lokimerkintöjä: %2.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RetentionSection</name>
    <message>
        <source>Retention</source>
        <translation>Säilytysajat</translation>
    </message>
    <message>
        <source>Saved. What the rules find due appears on an admin&apos;s Today page to be confirmed.</source>
        <translation>Tallennettu. Se, mikä sääntöjen mukaan on poistettavana, näkyy pääkäyttäjän Tänään-sivulla vahvistettavaksi.</translation>
    </message>
    <message>
        <source>Only an admin can change the retention rules.</source>
        <translation>Vain pääkäyttäjä voi muuttaa säilytyssääntöjä.</translation>
    </message>
    <message>
        <source>How long the office keeps personal data it no longer needs. Nothing is erased by itself: what is due appears on an admin&apos;s Today page, to be confirmed. Only an admin can change the rules.</source>
        <translation>Kuinka kauan toimisto säilyttää henkilötietoja, joita se ei enää tarvitse. Mitään ei poisteta itsestään: poistettavat tiedot näkyvät pääkäyttäjän Tänään-sivulla vahvistettaviksi. Vain pääkäyttäjä voi muuttaa sääntöjä.</translation>
    </message>
    <message>
        <source>Erase &amp;workers who left more than:</source>
        <translation>Poista niiden &amp;kokemustoimijoiden henkilötiedot, jotka lähtivät yli:</translation>
    </message>
    <message>
        <source>Erase workers who left more than this many years ago</source>
        <translation>Poista niiden kokemustoimijoiden henkilötiedot, jotka lähtivät yli näin monta vuotta sitten</translation>
    </message>
    <message>
        <source> years ago</source>
        <translation> vuotta sitten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <source>Their record stays as an anonymous row, so counts, hours and fees stay in the statistics. 0 = off.</source>
        <translation>Heidän tietonsa jäävät nimettömäksi riviksi, joten määrät, tunnit ja palkkiot säilyvät tilastoissa. 0 = ei käytössä.</translation>
    </message>
    <message>
        <source>Prune the &amp;audit log&apos;s personal values after:</source>
        <translation>Karsi henkilötiedot &amp;muutoslokista, kun merkintä on yli:</translation>
    </message>
    <message>
        <source>Prune personal values from audit entries older than this many years</source>
        <translation>Karsi henkilötiedot lokimerkinnöistä, jotka ovat yli näin monta vuotta vanhoja</translation>
    </message>
    <message>
        <source> years</source>
        <translation> vuotta vanha</translation>
    </message>
    <message>
        <source>Names, contact details and free texts in old audit entries become “[pruned]”; who changed what, when and in which record stays. 0 = off.</source>
        <translation>Vanhojen lokimerkintöjen nimet, yhteystiedot ja vapaat tekstit muuttuvat muotoon ”[pruned]”; se, kuka muutti mitä, milloin ja missä kohteessa, säilyy. 0 = ei käytössä.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RowReader</name>
    <message>
        <source>The read was stopped.</source>
        <translation>Lukeminen keskeytettiin.</translation>
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
    <name>Kohtaamo::SearchIndex</name>
    <message>
        <source>fast search (SQLite full-text index)</source>
        <translation>nopea haku (SQLiten kokotekstihakemisto)</translation>
    </message>
    <message>
        <source>fast search (pg_trgm)</source>
        <translation>nopea haku (pg_trgm)</translation>
    </message>
    <message>
        <source>plain search: ask your administrator to install postgresql-contrib</source>
        <translation>tavallinen haku: pyydä ylläpitäjää asentamaan postgresql-contrib</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SectionMessage</name>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ilmoitus</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Asetusten osiot</translation>
    </message>
    <message>
        <source>Choose a section with the arrow keys; Tab goes into it</source>
        <translation>Valitse osio nuolinäppäimillä; sarkain siirtää osioon</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SettingsUndo</name>
    <message>
        <source>The ranking weights</source>
        <translation>Järjestyksen painojen joukko</translation>
    </message>
    <message>
        <source>change of the ranking weights</source>
        <translation>järjestyksen painojen muutos</translation>
    </message>
    <message>
        <source>edit of the topic “%1”</source>
        <translation>aiheen ”%1” muokkaus</translation>
    </message>
    <message>
        <source>The topic “%1”</source>
        <translation>Aihe ”%1”</translation>
    </message>
    <message>
        <source>change of the organisation “%1”</source>
        <translation>organisaation ”%1” muutos</translation>
    </message>
    <message>
        <source>The organisation “%1”</source>
        <translation>Organisaatio ”%1”</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SmtpSender</name>
    <message>
        <source>“%1” is not a mail server address: write smtp://host:587 (STARTTLS) or smtps://host:465 (TLS).</source>
        <translation>”%1” ei ole sähköpostipalvelimen osoite: kirjoita smtp://palvelin:587 (STARTTLS) tai smtps://palvelin:465 (TLS).</translation>
    </message>
    <message>
        <source>The mail server address “%1” names no host.</source>
        <translation>Sähköpostipalvelimen osoitteesta ”%1” puuttuu palvelimen nimi.</translation>
    </message>
    <message>
        <source>The mail could not be sent: libcurl could not start.</source>
        <translation>Viestiä ei voitu lähettää: libcurl ei käynnistynyt.</translation>
    </message>
    <message>
        <source>The mail server did not take the message: %1</source>
        <translation>Sähköpostipalvelin ei ottanut viestiä vastaan: %1</translation>
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
    <name>Kohtaamo::StoredEditCommand</name>
    <message>
        <source>Kohtaamo could not undo the %1.</source>
        <translation>Kohtaamo ei voinut kumota: %1.</translation>
    </message>
    <message>
        <source>Kohtaamo could not redo the %1.</source>
        <translation>Kohtaamo ei voinut tehdä uudelleen: %1.</translation>
    </message>
    <message>
        <source>%1 has changed since this edit (a workflow step or another coordinator&apos;s save); undoing or redoing it now would overwrite that.</source>
        <translation>%1 on muuttunut tämän muokkauksen jälkeen (työnkulun vaihe tai toisen koordinaattorin tallennus); sen kumoaminen tai tekeminen uudelleen nyt korvaisi tuon muutoksen.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::SubjectAccessDocument</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Henkilöstä %1 säilytettävät tiedot</translation>
    </message>
    <message>
        <source>Everything %1 holds about this person, as stored, on %2 (made by %3). Each part below is one kind of record; an empty part says so.</source>
        <translation>Kaikki, mitä %1 säilyttää tästä henkilöstä, sellaisena kuin se on tallennettu, %2 (laatija %3). Kukin alla oleva osa sisältää yhdenlaisia tietoja; tyhjässä osassa kerrotaan, ettei tietoja ole.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Alueet</translation>
    </message>
    <message>
        <source>Lived experience</source>
        <translation>Omakohtainen kokemus</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Työmuodot</translation>
    </message>
    <message>
        <source>Unavailable periods</source>
        <translation>Poissaolojaksot</translation>
    </message>
    <message>
        <source>Consents and their history</source>
        <translation>Suostumukset ja niiden historia</translation>
    </message>
    <message>
        <source>Requests taken part in or invited to</source>
        <translation>Toimeksiannot, joihin hän on osallistunut tai joihin hänet on kutsuttu</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Kutsut</translation>
    </message>
    <message>
        <source>Answers and reminders</source>
        <translation>Vastaukset ja muistutukset</translation>
    </message>
    <message>
        <source>Engagements, hours and fees</source>
        <translation>Osallistumiset, tunnit ja palkkiot</translation>
    </message>
    <message>
        <source>Changes to tell</source>
        <translation>Kerrottavat muutokset</translation>
    </message>
    <message>
        <source>Experience knowledge naming them</source>
        <translation>Kokemustieto, jossa hänet mainitaan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Audit log entries about them</source>
        <translation>Häntä koskevat lokimerkinnät</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ei tietoja.</translation>
    </message>
    <message>
        <source>The subject access document could not be drawn on the page.</source>
        <translation>Tarkastusoikeusraporttia ei voitu piirtää sivulle.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TeamSuggester</name>
    <message>
        <source>topic #%1</source>
        <translation>aihe #%1</translation>
    </message>
    <message>
        <source>Better: %1</source>
        <translation>Parempi: %1</translation>
    </message>
    <message>
        <source>A new perspective: %1</source>
        <translation>Uusi näkökulma: %1</translation>
    </message>
    <message>
        <source>Next best by score (%1 points); adds no new topic or perspective</source>
        <translation>Seuraavaksi paras pisteiden perusteella (%1 pistettä); ei tuo uutta aihetta eikä näkökulmaa</translation>
    </message>
    <message>
        <source>Nobody in the team has experience of %1</source>
        <translation>Kenelläkään tiimissä ei ole kokemusta aiheesta %1</translation>
    </message>
    <message>
        <source>Nobody in the team has experience of %1 %2</source>
        <translation>Kenelläkään tiimissä ei ole kokemusta aiheesta %1 %2</translation>
    </message>
    <message>
        <source>Only %1 of the %2 workers needed can be suggested</source>
        <translation>Vain %1/%2 tarvittavasta kokemustoimijasta voidaan ehdottaa</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TodayPage</name>
    <message>
        <source>The numbers could not be read from the database. %1</source>
        <translation>Lukuja ei voitu lukea tietokannasta. %1</translation>
    </message>
    <message>
        <source>Requests not yet tagged</source>
        <translation>Toimeksiannot, joita ei ole vielä luokiteltu</translation>
    </message>
    <message>
        <source>Requests with invitations waiting for an answer</source>
        <translation>Toimeksiannot, joiden kutsut odottavat vastausta</translation>
    </message>
    <message>
        <source>Requests with engagements in the next 14 days</source>
        <translation>Toimeksiannot, joissa on osallistumisia seuraavien 14 päivän aikana</translation>
    </message>
    <message>
        <source>Requests with engagements held without a debrief</source>
        <translation>Toimeksiannot, joiden osallistumisista puuttuu jälkipurku</translation>
    </message>
    <message>
        <source>Requests with fees not yet paid</source>
        <translation>Toimeksiannot, joiden palkkioita ei ole vielä maksettu</translation>
    </message>
    <message>
        <source>Workers whose consent to be contacted expires soon</source>
        <translation>Kokemustoimijat, joiden suostumus yhteydenottoihin päättyy pian</translation>
    </message>
    <message>
        <source>Workers on a recovery break or at their monthly limit</source>
        <translation>Kokemustoimijat, jotka ovat palautumistauolla tai joiden kuukauden enimmäismäärä on täynnä</translation>
    </message>
    <message>
        <source>Requests to bring to the group meeting</source>
        <translation>Ryhmätapaamiseen vietävät toimeksiannot</translation>
    </message>
    <message>
        <source>%1 no longer active</source>
        <translation>%1 ei enää käytössä</translation>
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
    <message numerus="yes">
        <source>%Ln request not yet tagged</source>
        <translation>
            <numerusform>%Ln toimeksianto odottaa luokittelua</numerusform>
            <numerusform>%Ln toimeksiantoa odottaa luokittelua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests not yet tagged</source>
        <translation>
            <numerusform>%Ln toimeksianto odottaa luokittelua</numerusform>
            <numerusform>%Ln toimeksiantoa odottaa luokittelua</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag them with topics so that the right experience workers can be found.</source>
        <translation>Luokittele ne aiheisiin, jotta oikeat kokemustoimijat löytyvät.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation waiting for an answer</source>
        <translation>
            <numerusform>%Ln kutsu odottaa vastausta</numerusform>
            <numerusform>%Ln kutsua odottaa vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations waiting for an answer</source>
        <translation>
            <numerusform>%Ln kutsu odottaa vastausta</numerusform>
            <numerusform>%Ln kutsua odottaa vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent more than %Ln day ago; remind or ask someone else.</source>
        <translation>
            <numerusform>Lähetetty yli %Ln päivä sitten; muistuta tai pyydä mukaan joku muu.</numerusform>
            <numerusform>Lähetetty yli %Ln päivää sitten; muistuta tai pyydä mukaan joku muu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent more than %Ln days ago; remind or ask someone else.</source>
        <translation>
            <numerusform>Lähetetty yli %Ln päivä sitten; muistuta tai pyydä mukaan joku muu.</numerusform>
            <numerusform>Lähetetty yli %Ln päivää sitten; muistuta tai pyydä mukaan joku muu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagement held without a debrief</source>
        <translation>
            <numerusform>%Ln osallistuminen ilman jälkipurkua</numerusform>
            <numerusform>%Ln osallistumista ilman jälkipurkua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagements held without a debrief</source>
        <translation>
            <numerusform>%Ln osallistuminen ilman jälkipurkua</numerusform>
            <numerusform>%Ln osallistumista ilman jälkipurkua</numerusform>
        </translation>
    </message>
    <message>
        <source>Every experience worker gets a debrief after the event.</source>
        <translation>Jokaisen kokemustoimijan kanssa pidetään jälkipurku tapahtuman jälkeen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fee not yet paid</source>
        <translation>
            <numerusform>%Ln palkkio maksamatta</numerusform>
            <numerusform>%Ln palkkiota maksamatta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fees not yet paid</source>
        <translation>
            <numerusform>%Ln palkkio maksamatta</numerusform>
            <numerusform>%Ln palkkiota maksamatta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in fees and travel costs still to pay.</source>
        <translation>Palkkioita ja matkakuluja maksamatta yhteensä %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln worker&apos;s consent to be contacted expires soon</source>
        <translation>
            <numerusform>%Ln kokemustoimijan suostumus yhteydenottoihin päättyy pian</numerusform>
            <numerusform>%Ln kokemustoimijan suostumukset yhteydenottoihin päättyvät pian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workers&apos; consents to be contacted expire soon</source>
        <translation>
            <numerusform>%Ln kokemustoimijan suostumus yhteydenottoihin päättyy pian</numerusform>
            <numerusform>%Ln kokemustoimijan suostumukset yhteydenottoihin päättyvät pian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %Ln day; ask them to renew it.</source>
        <translation>
            <numerusform>%Ln päivän kuluessa; pyydä uusimaan suostumus.</numerusform>
            <numerusform>%Ln päivän kuluessa; pyydä uusimaan suostumus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %Ln days; ask them to renew it.</source>
        <translation>
            <numerusform>%Ln päivän kuluessa; pyydä uusimaan suostumus.</numerusform>
            <numerusform>%Ln päivän kuluessa; pyydä uusimaan suostumus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln worker resting: do not ask for now</source>
        <translation>
            <numerusform>%Ln kokemustoimija tauolla: älä pyydä häntä nyt</numerusform>
            <numerusform>%Ln kokemustoimijaa tauolla: älä pyydä heitä nyt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workers resting: do not ask them for now</source>
        <translation>
            <numerusform>%Ln kokemustoimija tauolla: älä pyydä häntä nyt</numerusform>
            <numerusform>%Ln kokemustoimijaa tauolla: älä pyydä heitä nyt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on a recovery break, %2 at their monthly limit.</source>
        <translation>Palautumistauolla %1, kuukauden enimmäismäärä täynnä %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagement in the next 14 days</source>
        <translation>
            <numerusform>%Ln osallistuminen seuraavien 14 päivän aikana</numerusform>
            <numerusform>%Ln osallistumista seuraavien 14 päivän aikana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagements in the next 14 days</source>
        <translation>
            <numerusform>%Ln osallistuminen seuraavien 14 päivän aikana</numerusform>
            <numerusform>%Ln osallistumista seuraavien 14 päivän aikana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln request; check the preparation.</source>
        <translation>
            <numerusform>%Ln toimeksiannossa; tarkista valmistautuminen.</numerusform>
            <numerusform>%Ln toimeksiannossa; tarkista valmistautuminen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln requests; check the preparation.</source>
        <translation>
            <numerusform>%Ln toimeksiannossa; tarkista valmistautuminen.</numerusform>
            <numerusform>%Ln toimeksiannossa; tarkista valmistautuminen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group&apos;s meeting days are not set yet: set them with “Meeting days…”.</source>
        <translation>Ryhmän tapaamispäiviä ei ole vielä asetettu: aseta ne painikkeella ”Tapaamispäivät…”.</translation>
    </message>
    <message>
        <source>The group meets today. Requests still looking for workers, received since %1.</source>
        <translation>Ryhmä kokoontuu tänään. Toimeksiannot, joihin etsitään vielä kokemustoimijoita ja jotka ovat saapuneet %1 alkaen.</translation>
    </message>
    <message numerus="yes">
        <source>The group meets on %1, in %Ln day.</source>
        <translation>
            <numerusform>Ryhmän seuraava tapaaminen: %1, %Ln päivän kuluttua.</numerusform>
            <numerusform>Ryhmän seuraava tapaaminen: %1, %Ln päivän kuluttua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group meets on %1, in %Ln days.</source>
        <translation>
            <numerusform>Ryhmän seuraava tapaaminen: %1, %Ln päivän kuluttua.</numerusform>
            <numerusform>Ryhmän seuraava tapaaminen: %1, %Ln päivän kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests still looking for workers, received since %1.</source>
        <translation>Toimeksiannot, joihin etsitään vielä kokemustoimijoita ja jotka ovat saapuneet %1 alkaen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request to bring to the group meeting</source>
        <translation>
            <numerusform>%Ln toimeksianto vietäväksi ryhmätapaamiseen</numerusform>
            <numerusform>%Ln toimeksiantoa vietäväksi ryhmätapaamiseen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests to bring to the group meeting</source>
        <translation>
            <numerusform>%Ln toimeksianto vietäväksi ryhmätapaamiseen</numerusform>
            <numerusform>%Ln toimeksiantoa vietäväksi ryhmätapaamiseen</numerusform>
        </translation>
    </message>
    <message>
        <source>Group meeting days</source>
        <translation>Ryhmätapaamisten päivät</translation>
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
        <source>Needs doing</source>
        <translation>Tehtävää</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Tulossa</translation>
    </message>
    <message>
        <source>Meeting &amp;days…</source>
        <translation>Tapaamis&amp;päivät…</translation>
    </message>
    <message>
        <source>When the group meets: the first meeting and how often.</source>
        <translation>Milloin ryhmä kokoontuu: ensimmäinen tapaaminen ja tapaamisväli.</translation>
    </message>
    <message>
        <source>Opens the list: %1</source>
        <translation>Avaa listan: %1</translation>
    </message>
    <message>
        <source>Requests with messages that could not be sent</source>
        <translation>Toimeksiannot, joiden viestejä ei voitu lähettää</translation>
    </message>
    <message>
        <source>Requests with messages waiting for approval</source>
        <translation>Toimeksiannot, joiden viestit odottavat hyväksyntää</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message could not be sent</source>
        <translation>
            <numerusform>%Ln viesti jäi lähettämättä</numerusform>
            <numerusform>%Ln viestiä jäi lähettämättä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages could not be sent</source>
        <translation>
            <numerusform>%Ln viesti jäi lähettämättä</numerusform>
            <numerusform>%Ln viestiä jäi lähettämättä</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer is on the request&apos;s Messages tab; they go again with the next send.</source>
        <translation>Palvelimen vastaus on toimeksiannon Viestit-välilehdellä; viestit lähetetään uudelleen seuraavalla lähetyskerralla.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft waits for approval</source>
        <translation>
            <numerusform>%Ln luonnos odottaa hyväksyntää</numerusform>
            <numerusform>%Ln luonnosta odottaa hyväksyntää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drafts wait for approval</source>
        <translation>
            <numerusform>%Ln luonnos odottaa hyväksyntää</numerusform>
            <numerusform>%Ln luonnosta odottaa hyväksyntää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved message waits to be sent.</source>
        <translation>
            <numerusform>%Ln hyväksytty viesti odottaa lähettämistä.</numerusform>
            <numerusform>%Ln hyväksyttyä viestiä odottaa lähettämistä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved messages wait to be sent.</source>
        <translation>
            <numerusform>%Ln hyväksytty viesti odottaa lähettämistä.</numerusform>
            <numerusform>%Ln hyväksyttyä viestiä odottaa lähettämistä.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminders are due (or the office has no sender address in Settings ▸ E-mail).</source>
        <translation>Muistutuksia ei ole ajankohtaisia (tai toimistolla ei ole lähettäjän osoitetta kohdassa Asetukset ▸ Sähköposti).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder written: read and approve it.</source>
        <translation>
            <numerusform>%Ln muistutus kirjoitettu: lue ja hyväksy se.</numerusform>
            <numerusform>%Ln muistutusta kirjoitettu: lue ja hyväksy ne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminders written: read and approve them.</source>
        <translation>
            <numerusform>%Ln muistutus kirjoitettu: lue ja hyväksy se.</numerusform>
            <numerusform>%Ln muistutusta kirjoitettu: lue ja hyväksy ne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write due &amp;reminders</source>
        <translation>&amp;Kirjoita ajankohtaiset muistutukset</translation>
    </message>
    <message>
        <source>A reminder to each worker invited by e-mail who has not answered in time, and to the team of a meeting in the next days; each waits for your approval.</source>
        <translation>Muistutus jokaiselle sähköpostitse kutsutulle kokemustoimijalle, joka ei ole vastannut ajoissa, sekä lähipäivien tapaamisen tiimille; kukin odottaa hyväksyntääsi.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TopicEditForm</name>
    <message>
        <source>Name in &amp;Finnish:</source>
        <translation>Nimi &amp;suomeksi:</translation>
    </message>
    <message>
        <source>Topic name in Finnish</source>
        <translation>Aiheen nimi suomeksi</translation>
    </message>
    <message>
        <source>Name in S&amp;wedish:</source>
        <translation>Nimi ruots&amp;iksi:</translation>
    </message>
    <message>
        <source>Topic name in Swedish</source>
        <translation>Aiheen nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Nimi &amp;englanniksi:</translation>
    </message>
    <message>
        <source>Topic name in English</source>
        <translation>Aiheen nimi englanniksi</translation>
    </message>
    <message>
        <source>Shown in the pickers of coordinators using this language; a missing name falls back to English, then Finnish.</source>
        <translation>Näytetään tätä kieltä käyttävien koordinaattoreiden aihevalitsimissa; jos nimi puuttuu, käytetään englanninkielistä ja sitten suomenkielistä nimeä.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Koodi:</translation>
    </message>
    <message>
        <source>Topic code</source>
        <translation>Aiheen koodi</translation>
    </message>
    <message>
        <source>The topic&apos;s stable key, such as child_protection.placement: lower-case letters, digits and underscores, dots between levels. Cannot change once saved.</source>
        <translation>Aiheen pysyvä tunniste, esimerkiksi child_protection.placement: pieniä kirjaimia, numeroita ja alaviivoja, tasojen välissä pisteet. Ei voi muuttaa tallentamisen jälkeen.</translation>
    </message>
    <message>
        <source>e.g. child_protection.placement</source>
        <translation>esim. child_protection.placement</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Yläaihe:</translation>
    </message>
    <message>
        <source>Parent topic</source>
        <translation>Yläaihe</translation>
    </message>
    <message>
        <source>Where the topic sits in the taxonomy; choosing another moves it with its subtopics.</source>
        <translation>Aiheen paikka luokituksessa; toisen yläaiheen valitseminen siirtää aiheen ala-aiheineen.</translation>
    </message>
    <message>
        <source>Emotionally &amp;heavy topic</source>
        <translation>&amp;Henkisesti raskas aihe</translation>
    </message>
    <message>
        <source>Emotionally heavy topic</source>
        <translation>Henkisesti raskas aihe</translation>
    </message>
    <message>
        <source>The wellbeing rules of the ranking apply after an engagement on it.</source>
        <translation>Järjestyksen hyvinvointisäännöt ovat voimassa tähän aiheeseen liittyvän osallistumisen jälkeen.</translation>
    </message>
    <message>
        <source>&amp;Save Topic</source>
        <translation>Talle&amp;nna aihe</translation>
    </message>
    <message>
        <source>Save the topic</source>
        <translation>Tallenna aihe</translation>
    </message>
    <message>
        <source>Stores the names, the place and the heavy mark (Enter in a field)</source>
        <translation>Tallentaa nimet, paikan ja raskaan aiheen merkinnän (Enter kentässä)</translation>
    </message>
    <message>
        <source>U&amp;ndo Changes</source>
        <translation>Peru&amp;uta muutokset</translation>
    </message>
    <message>
        <source>Undo the unsaved changes to the topic</source>
        <translation>Peruuta aiheeseen tehdyt tallentamattomat muutokset</translation>
    </message>
    <message>
        <source>Puts back what is stored (Escape in a field)</source>
        <translation>Palauttaa tallennetut tiedot (Esc kentässä)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(ylin taso)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (poistettu käytöstä)</translation>
    </message>
    <message>
        <source>Problem with the topic</source>
        <translation>Ongelma aiheen tiedoissa</translation>
    </message>
    <message>
        <source>&amp;Return to Use</source>
        <translation>&amp;Palauta käyttöön</translation>
    </message>
    <message>
        <source>Return the topic to use</source>
        <translation>Palauta aihe käyttöön</translation>
    </message>
    <message>
        <source>Offers the topic again in the pickers</source>
        <translation>Tarjoaa aihetta taas aihevalitsimissa</translation>
    </message>
    <message>
        <source>&amp;Retire Topic</source>
        <translation>&amp;Poista aihe käytöstä</translation>
    </message>
    <message>
        <source>Retire the topic</source>
        <translation>Poista aihe käytöstä</translation>
    </message>
    <message>
        <source>The topic stays on the records that have it but is no longer offered for tagging</source>
        <translation>Aihe säilyy tiedoissa, joissa se on, mutta sitä ei enää tarjota luokitteluun</translation>
    </message>
    <message>
        <source>Choose a topic in the tree, or add one.</source>
        <translation>Valitse aihe puusta tai lisää uusi.</translation>
    </message>
    <message>
        <source>New topic. Give at least one name; the code is suggested from the English name.</source>
        <translation>Uusi aihe. Anna vähintään yksi nimi; koodia ehdotetaan englanninkielisen nimen perusteella.</translation>
    </message>
    <message>
        <source>Retired: kept on the records that have it, no longer offered for tagging.</source>
        <translation>Poistettu käytöstä: säilyy tiedoissa, joissa se on, mutta sitä ei enää tarjota luokitteluun.</translation>
    </message>
    <message>
        <source>In use: offered for tagging requests and experiences.</source>
        <translation>Käytössä: tarjolla toimeksiantojen ja kokemusten luokitteluun.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TopicPicker</name>
    <message>
        <source>&amp;Find a topic:</source>
        <translation>Et&amp;si aihe:</translation>
    </message>
    <message>
        <source>Part of a name, e.g. placement</source>
        <translation>Osa nimestä, esim. sijoitus</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Etsi aihe</translation>
    </message>
    <message>
        <source>Type part of a topic&apos;s name. Enter checks the highlighted topic, Down goes to the tree.</source>
        <translation>Kirjoita osa aiheen nimestä. Enter valitsee korostetun aiheen, alanuoli siirtyy puuhun.</translation>
    </message>
    <message>
        <source>Topic tr&amp;ee (check the topics of the request):</source>
        <translation>Aihe&amp;puu (valitse toimeksiannon aiheet):</translation>
    </message>
    <message>
        <source>Topic tree</source>
        <translation>Aihepuu</translation>
    </message>
    <message>
        <source>Space checks or unchecks the topic.</source>
        <translation>Välilyönti valitsee aiheen tai poistaa valinnan.</translation>
    </message>
    <message>
        <source>C&amp;hosen topics:</source>
        <translation>&amp;Valitut aiheet:</translation>
    </message>
    <message>
        <source>Chosen topics</source>
        <translation>Valitut aiheet</translation>
    </message>
    <message>
        <source>Delete removes the selected topic.</source>
        <translation>Delete poistaa valitun aiheen.</translation>
    </message>
    <message>
        <source>No topics chosen yet. Check them in the tree; the first one is primary.</source>
        <translation>Aiheita ei ole vielä valittu. Valitse ne puusta; ensimmäinen on ensisijainen.</translation>
    </message>
    <message>
        <source>Weight of the selected topic</source>
        <translation>Valitun aiheen paino</translation>
    </message>
    <message>
        <source>Pri&amp;mary</source>
        <translation>Ensisij&amp;ainen</translation>
    </message>
    <message>
        <source>The request is mainly about this topic.</source>
        <translation>Toimeksianto koskee pääasiassa tätä aihetta.</translation>
    </message>
    <message>
        <source>Secon&amp;dary</source>
        <translation>&amp;Toissijainen</translation>
    </message>
    <message>
        <source>The topic is touched on; experience of it helps.</source>
        <translation>Aihetta sivutaan; kokemus siitä auttaa.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Po&amp;ista</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>Poista valittu aihe</translation>
    </message>
    <message>
        <source>Wanted &amp;perspective:</source>
        <translation>Toivottu &amp;näkökulma:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Mikä tahansa</translation>
    </message>
    <message>
        <source>As a child or young person</source>
        <translation>Lapsena tai nuorena</translation>
    </message>
    <message>
        <source>As a parent</source>
        <translation>Vanhempana</translation>
    </message>
    <message>
        <source>As a relative</source>
        <translation>Läheisenä</translation>
    </message>
    <message>
        <source>From another position</source>
        <translation>Muussa roolissa</translation>
    </message>
    <message>
        <source>Wanted perspective</source>
        <translation>Toivottu näkökulma</translation>
    </message>
    <message>
        <source>From which position the workers should have lived the experience.</source>
        <translation>Missä roolissa kokemustoimijoiden pitäisi olla kokemuksensa eläneet.</translation>
    </message>
    <message>
        <source>No topic matches “%1”.</source>
        <translation>Mikään aihe ei vastaa hakua ”%1”.</translation>
    </message>
    <message>
        <source>Topics found: %1. Enter checks “%2”.</source>
        <translation>Löytyi aiheita: %1. Enter valitsee aiheen ”%2”.</translation>
    </message>
    <message>
        <source>Topics found: %1.</source>
        <translation>Löytyi aiheita: %1.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TopicRepository</name>
    <message>
        <source>The topic “%1”</source>
        <translation>Aihe ”%1”</translation>
    </message>
    <message>
        <source>Topic #%1</source>
        <translation>Aihe #%1</translation>
    </message>
    <message>
        <source>A topic needs a code, such as “child_protection.placement”.</source>
        <translation>Aiheella on oltava koodi, esimerkiksi ”child_protection.placement”.</translation>
    </message>
    <message>
        <source>“%1” is not a topic code: use lower-case letters, digits and underscores, with dots between the levels, at most %2 characters.</source>
        <translation>”%1” ei ole aiheen koodi: käytä pieniä kirjaimia, numeroita ja alaviivoja sekä tasojen välissä pisteitä, enintään %2 merkkiä.</translation>
    </message>
    <message>
        <source>A topic needs a name in at least one language.</source>
        <translation>Aiheella on oltava nimi vähintään yhdellä kielellä.</translation>
    </message>
    <message>
        <source>A topic&apos;s name is longer than %1 characters.</source>
        <translation>Aiheen nimi on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The parent topic is not valid.</source>
        <translation>Yläaihe ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>A topic cannot be placed under itself.</source>
        <translation>Aihetta ei voi sijoittaa itsensä alle.</translation>
    </message>
    <message>
        <source>Another topic already has the code “%1”.</source>
        <translation>Toisella aiheella on jo koodi ”%1”.</translation>
    </message>
    <message>
        <source>The parent topic #%1 does not exist; someone may have removed it.</source>
        <translation>Yläaihetta #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>A topic cannot be moved under one of its own subtopics.</source>
        <translation>Aihetta ei voi siirtää oman ala-aiheensa alle.</translation>
    </message>
    <message>
        <source>The code of a topic is its stable key and cannot be changed (“%1” to “%2”). Rename the topic instead, or retire it and create a new one.</source>
        <translation>Aiheen koodi on sen pysyvä tunniste, eikä sitä voi muuttaa (”%1” muotoon ”%2”). Nimeä aihe sen sijaan uudelleen tai poista se käytöstä ja luo uusi.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TopicTaxonomySection</name>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>The topics requests are tagged with and workers&apos; experiences are recorded under. A topic is never deleted: retire it, and it stays on the records that have it but is no longer offered.</source>
        <translation>Aiheet, joihin toimeksiannot luokitellaan ja joiden alle kokemustoimijoiden kokemukset kirjataan. Aihetta ei koskaan poisteta: käytöstä poistettu aihe säilyy tiedoissa, joissa se on, mutta sitä ei enää tarjota.</translation>
    </message>
    <message>
        <source>&amp;Taxonomy:</source>
        <translation>Aihe&amp;luokitus:</translation>
    </message>
    <message>
        <source>Topic taxonomy</source>
        <translation>Aiheluokitus</translation>
    </message>
    <message>
        <source>Every topic, retired ones marked; choose one to edit it</source>
        <translation>Kaikki aiheet, käytöstä poistetut merkittyinä; valitse aihe muokataksesi sitä</translation>
    </message>
    <message>
        <source>Add Subto&amp;pic</source>
        <translation>Lisää &amp;ala-aihe</translation>
    </message>
    <message>
        <source>Add a subtopic under the chosen topic</source>
        <translation>Lisää ala-aihe valitun aiheen alle</translation>
    </message>
    <message>
        <source>Starts a new topic one level below the chosen one</source>
        <translation>Aloittaa uuden aiheen valittua aihetta yhtä tasoa alemmas</translation>
    </message>
    <message>
        <source>Add &amp;Beside</source>
        <translation>Lisää &amp;rinnakkaisaihe</translation>
    </message>
    <message>
        <source>Add a topic beside the chosen topic</source>
        <translation>Lisää aihe valitun aiheen rinnalle</translation>
    </message>
    <message>
        <source>Starts a new topic at the same level as the chosen one</source>
        <translation>Aloittaa uuden aiheen samalle tasolle kuin valittu aihe</translation>
    </message>
    <message>
        <source>The topics could not be read: %1</source>
        <translation>Aiheita ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Yritä uu&amp;delleen</translation>
    </message>
    <message>
        <source>&amp;Reload Topics</source>
        <translation>Lataa aiheet uu&amp;delleen</translation>
    </message>
    <message>
        <source>The topic was not saved: %1</source>
        <translation>Aihetta ei tallennettu: %1</translation>
    </message>
    <message>
        <source>The topic is added.</source>
        <translation>Aihe on lisätty.</translation>
    </message>
    <message>
        <source>The topic is saved. It is retired: kept on the records that have it, no longer offered.</source>
        <translation>Aihe on tallennettu. Se on poistettu käytöstä: se säilyy tiedoissa, joissa se on, mutta sitä ei enää tarjota.</translation>
    </message>
    <message>
        <source>The topic is saved.</source>
        <translation>Aihe on tallennettu.</translation>
    </message>
    <message>
        <source>Only an admin can change the topics.</source>
        <translation>Vain pääkäyttäjä voi muuttaa aiheita.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TopicTreeModel</name>
    <message>
        <source>Topic #%1</source>
        <translation>Aihe #%1</translation>
    </message>
    <message>
        <source>%1 (no longer offered for tagging)</source>
        <translation>%1 (ei enää tarjolla luokitteluun)</translation>
    </message>
    <message>
        <source>No longer offered for tagging</source>
        <translation>Ei enää tarjolla luokitteluun</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (poistettu käytöstä)</translation>
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
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::UnavailablePeriodModel</name>
    <message>
        <source>From</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerAvailabilityForm</name>
    <message>
        <source>Usually available</source>
        <translation>Yleensä käytettävissä</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Aamupäivisin</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Iltapäivisin</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Iltaisin</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, part of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing checked means no preference stated.</source>
        <translation>Jos mitään ei ole valittu, toiveita ei ole kerrottu.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tahti</translation>
    </message>
    <message>
        <source>Most engagements a month</source>
        <translation>Osallistumisia enintään kuukaudessa</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source>Most engagements a &amp;month:</source>
        <translation>&amp;Osallistumisia enintään kuukaudessa:</translation>
    </message>
    <message>
        <source>Least days between engagements</source>
        <translation>Osallistumisten vähimmäisväli päivinä</translation>
    </message>
    <message>
        <source>Notice needed in days</source>
        <translation>Tarvittava ennakkoaika päivinä</translation>
    </message>
    <message>
        <source> days</source>
        <translation> pv</translation>
    </message>
    <message>
        <source>&amp;Notice needed:</source>
        <translation>Tarvittava va&amp;roitusaika:</translation>
    </message>
    <message>
        <source>Unavailable periods and recovery breaks</source>
        <translation>Poissaolojaksot ja palautumistauot</translation>
    </message>
    <message>
        <source>Unavailable periods</source>
        <translation>Poissaolojaksot</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Jakson laji</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Syy (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaa</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>p&amp;äättyy</translation>
    </message>
    <message>
        <source>Add &amp;unavailable period</source>
        <translation>Lisää &amp;poissaolojakso</translation>
    </message>
    <message>
        <source>Add recovery &amp;break</source>
        <translation>Lisää pa&amp;lautumistauko</translation>
    </message>
    <message>
        <source>A rest after heavy engagements: the worker is not asked during it.</source>
        <translation>Lepotauko raskaiden osallistumisten jälkeen: kokemustoimijaa ei pyydetä mukaan sen aikana.</translation>
    </message>
    <message>
        <source>Remo&amp;ve period</source>
        <translation>Poista &amp;jakso</translation>
    </message>
    <message>
        <source>Least days bet&amp;ween:</source>
        <translation>Vähi&amp;mmäisväli päivinä:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerConsentsPanel</name>
    <message>
        <source>Consent &amp;history (a consent is never changed: it is withdrawn or replaced):</source>
        <translation>Suostumushisto&amp;ria (suostumusta ei koskaan muuteta: se perutaan tai korvataan):</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Suostumushistoria</translation>
    </message>
    <message>
        <source>Withdraw the selected consent &amp;on</source>
        <translation>Peruuta valittu suostumus &amp;päivänä</translation>
    </message>
    <message>
        <source>Day of withdrawal</source>
        <translation>Peruutuspäivä</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>P&amp;eru</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Peruuta valittu suostumus</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Suostumuksen kohde</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Antamispäivä</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>toistaiseksi voimassa</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Huoltajan nimi</translation>
    </message>
    <message>
        <source>For a guardian&apos;s consent</source>
        <translation>Huoltajan suostumusta varten</translation>
    </message>
    <message>
        <source>Note on the consent</source>
        <translation>Suostumusta koskeva lisätieto</translation>
    </message>
    <message>
        <source>Add &amp;consent</source>
        <translation>&amp;Lisää suostumus</translation>
    </message>
    <message>
        <source>Consent &amp;to:</source>
        <translation>Suostumuksen k&amp;ohde:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Annettu:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>P&amp;äättyy:</translation>
    </message>
    <message>
        <source>G&amp;uardian:</source>
        <translation>Huoltajan &amp;nimi:</translation>
    </message>
    <message>
        <source>The new consent cannot be older than the one it replaces (given %1).</source>
        <translation>Uusi suostumus ei voi olla vanhempi kuin se, jonka se korvaa (annettu %1).</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given (%1).</source>
        <translation>Suostumusta ei voi perua ennen kuin se on annettu (%1).</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>L&amp;isätieto:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerEditUndo</name>
    <message>
        <source>edit of %1</source>
        <translation>kokemustoimijan %1 muokkaus</translation>
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
        <translation>Aiheita ei voitu lukea.</translation>
    </message>
    <message>
        <source>The kinds of work could not be read.</source>
        <translation>Työmuotoja ei voitu lukea.</translation>
    </message>
    <message>
        <source>The organisations could not be read.</source>
        <translation>Järjestöjä ei voitu lukea.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Historiaa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>New Experience Worker</source>
        <translation>Uusi kokemustoimija</translation>
    </message>
    <message>
        <source>Edit Experience Worker %1</source>
        <translation>Muokkaa kokemustoimijaa %1</translation>
    </message>
    <message>
        <source>The consents could not be read: %1</source>
        <translation>Suostumuksia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The worker was not saved.</source>
        <translation>Kokemustoimijaa ei tallennettu.</translation>
    </message>
    <message>
        <source>Worker Changed Meanwhile</source>
        <translation>Kokemustoimijan tiedot muuttuivat välillä</translation>
    </message>
    <message>
        <source>Someone else saved this worker or one of their consents after you opened it. Nothing was saved, and nothing of theirs was overwritten.</source>
        <translation>Joku muu tallensi tämän kokemustoimijan tiedot tai jonkin hänen suostumuksistaan sen jälkeen, kun avasit ne. Mitään ei tallennettu, eikä mitään toisen tekemistä muutoksista kirjoitettu yli.</translation>
    </message>
    <message>
        <source>&amp;Reload and Discard My Changes</source>
        <translation>&amp;Lataa uudelleen ja hylkää muutokseni</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Jatka muokkausta</translation>
    </message>
    <message>
        <source>Not saved: this worker was changed by someone else. Reload to see their version; copy what you need from here first.</source>
        <translation>Ei tallennettu: joku muu muutti tämän kokemustoimijan tietoja. Lataa tiedot uudelleen nähdäksesi hänen versionsa; kopioi ensin tarvitsemasi tiedot täältä.</translation>
    </message>
    <message>
        <source>The stored worker could not be read.</source>
        <translation>Tallennettuja kokemustoimijan tietoja ei voitu lukea.</translation>
    </message>
    <message>
        <source>Reloaded: this is the worker as stored now. Make your changes again and save.</source>
        <translation>Ladattu uudelleen: nämä ovat kokemustoimijan tiedot sellaisina kuin ne nyt on tallennettu. Tee muutoksesi uudelleen ja tallenna.</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Hylätäänkö muutokset?</translation>
    </message>
    <message>
        <source>Close without saving your changes to this worker?</source>
        <translation>Suljetaanko tallentamatta tämän kokemustoimijan tietoihin tekemiäsi muutoksia?</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Kokemukset</translation>
    </message>
    <message>
        <source>Kinds of Work</source>
        <translation>Työmuodot</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Saatavuus</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Tuki</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerExperienceModel</name>
    <message>
        <source>Experience of</source>
        <translation>Kokemus aiheesta</translation>
    </message>
    <message>
        <source>Lived</source>
        <translation>Koettu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lisätieto</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerExperiencesForm</name>
    <message>
        <source>&amp;Find a topic:</source>
        <translation>&amp;Etsi aihe:</translation>
    </message>
    <message>
        <source>Part of a name, e.g. placement</source>
        <translation>Osa nimestä, esim. sijoitus</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Etsi aihe</translation>
    </message>
    <message>
        <source>Topic tree</source>
        <translation>Aihepuu</translation>
    </message>
    <message>
        <source>Space checks the topic: the worker has experience of it.</source>
        <translation>Välilyönti valitsee aiheen: kokemustoimijalla on siitä kokemusta.</translation>
    </message>
    <message>
        <source>Perspective of a new experience</source>
        <translation>Uuden kokemuksen näkökulma</translation>
    </message>
    <message>
        <source>&amp;Lived:</source>
        <translation>K&amp;oettu:</translation>
    </message>
    <message>
        <source>&amp;Add experience</source>
        <translation>&amp;Lisää kokemus</translation>
    </message>
    <message>
        <source>Adds the highlighted topic, lived from the position chosen.</source>
        <translation>Lisää korostetun aiheen valitusta näkökulmasta koettuna.</translation>
    </message>
    <message>
        <source>E&amp;xperiences:</source>
        <translation>Koke&amp;mukset:</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Kokemukset</translation>
    </message>
    <message>
        <source>Perspective of the selected experience</source>
        <translation>Valitun kokemuksen näkökulma</translation>
    </message>
    <message>
        <source>Note on the selected experience</source>
        <translation>Valittua kokemusta koskeva lisätieto</translation>
    </message>
    <message>
        <source>e.g. placed at 12, two foster families</source>
        <translation>esim. sijoitettu 12-vuotiaana, kaksi sijaisperhettä</translation>
    </message>
    <message>
        <source>Remo&amp;ve experience</source>
        <translation>&amp;Poista kokemus</translation>
    </message>
    <message>
        <source>&amp;Perspective:</source>
        <translation>&amp;Näkökulma:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>L&amp;isätieto:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerFilterBar</name>
    <message>
        <source>All organisations</source>
        <translation>Kaikki järjestöt</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (poistettu käytöstä)</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Kaikki alueet</translation>
    </message>
    <message>
        <source>Active or on a break</source>
        <translation>Aktiiviset ja tauolla olevat</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Any consent state</source>
        <translation>Suostumuksesta riippumatta</translation>
    </message>
    <message>
        <source>Consent valid</source>
        <translation>Suostumus voimassa</translation>
    </message>
    <message>
        <source>Consent expiring within %1 days</source>
        <translation>Suostumus päättyy %1 päivän kuluessa</translation>
    </message>
    <message>
        <source>No valid consent</source>
        <translation>Ei voimassa olevaa suostumusta</translation>
    </message>
    <message>
        <source>Minors and adults</source>
        <translation>Alaikäiset ja aikuiset</translation>
    </message>
    <message>
        <source>Only minors</source>
        <translation>Vain alaikäiset</translation>
    </message>
    <message>
        <source>No minors</source>
        <translation>Ei alaikäisiä</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Name, e-mail, phone, municipality or region</source>
        <translation>Nimi, sähköposti, puhelin, kunta tai alue</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>Hae kokemustoimijoita</translation>
    </message>
    <message>
        <source>Shows the workers whose name, e-mail, phone, municipality or home region contains every word typed</source>
        <translation>Näyttää kokemustoimijat, joiden nimi, sähköposti, puhelin, kotikunta tai kotialue sisältää jokaisen kirjoitetun sanan</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>T&amp;yhjennä rajaukset</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä rajaukset</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Järjestö:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>E&amp;xperience of:</source>
        <translation>&amp;Kokemus aiheesta:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Shows the workers with experience of this topic or a narrower one</source>
        <translation>Näyttää kokemustoimijat, joilla on kokemusta tästä aiheesta tai sitä suppeammasta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Kie&amp;li:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Alue:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Home region or a region the worker covers</source>
        <translation>Kotialue tai alue, jolla kokemustoimija toimii</translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation>&amp;Suostumus:</translation>
    </message>
    <message>
        <source>Consent state</source>
        <translation>Suostumuksen tila</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>Ik&amp;ä:</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Alaikäiset</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Näytä:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerHistoryPanel</name>
    <message>
        <source>&amp;Engagements:</source>
        <translation>&amp;Osallistumiset:</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Osallistumiset</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Toimeksianto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Palkkio</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Jälkipurku</translation>
    </message>
    <message>
        <source>&amp;Invitations:</source>
        <translation>S&amp;aadut kutsut:</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Kutsut</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>A new worker has no history yet.</source>
        <translation>Uudella kokemustoimijalla ei ole vielä historiaa.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Historiaa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>reference title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Toimeksianto #%1</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>kieltäytyi</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>In %1: %2, %3 hours, fees %4.</source>
        <comment>year: engagements, hours, fees</comment>
        <translation>Vuonna %1: %2, %3 h, palkkiot %4.</translation>
    </message>
    <message>
        <source>Over the annual earnings ceiling of %1 by %2.</source>
        <translation>Vuotuinen tuloraja %1 on ylittynyt: ylitys %2.</translation>
    </message>
    <message>
        <source>Annual earnings ceiling %1: %2 left.</source>
        <translation>Vuotuinen tuloraja %1: jäljellä %2.</translation>
    </message>
    <message>
        <source>No annual earnings ceiling recorded.</source>
        <translation>Vuotuista tulorajaa ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Fees paid this year</source>
        <translation>Tänä vuonna maksetut palkkiot</translation>
    </message>
    <message>
        <source>Fees paid in %1: %2; due now: %3.</source>
        <translation>Vuonna %1 maksetut palkkiot: %2; maksettavana nyt: %3.</translation>
    </message>
    <message>
        <source>Paid over the earnings ceiling of %1 by %2.</source>
        <translation>Maksettu %2 yli tulorajan %1.</translation>
    </message>
    <message>
        <source>Paid %1 of the earnings ceiling of %2.</source>
        <translation>Maksettu %1 tulorajasta %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagement(s)</source>
        <translation>
            <numerusform>%Ln osallistuminen</numerusform>
            <numerusform>%Ln osallistumista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImportDialog</name>
    <message>
        <source>Import Workers</source>
        <translation>Tuo kokemustoimijoita</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Laskentataulukot (*.csv *.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>%1 rows under a header of %2 columns.</source>
        <translation>%1 riviä otsikkorivin alla, %2 saraketta.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ei tuoda)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>sarake %1</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Sarake kentälle %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with warnings, %4 refused.</source>
        <translation>%1 riviä: valmiita %2, varoituksen saaneita %3, hylättyjä %4.</translation>
    </message>
    <message>
        <source>Nothing can be imported while a row is refused: correct the file and read it again, or change the columns.</source>
        <translation>Mitään ei voi tuoda, niin kauan kuin jokin rivi on hylätty: korjaa tiedosto ja lue se uudelleen tai vaihda sarakkeita.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Mitään ei tuotu. %1</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Tuotava tiedosto</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Lue uudelleen</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Lue tiedosto uudelleen</translation>
    </message>
    <message>
        <source>After correcting the file, read it again with the same columns.</source>
        <translation>Kun olet korjannut tiedoston, lue se uudelleen samoilla sarakkeilla.</translation>
    </message>
    <message>
        <source>C&amp;olumns: which column of the file fills each field</source>
        <translation>&amp;Sarakkeet: mikä tiedoston sarake täyttää kunkin kentän</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Ensimmäinen arvo</translation>
    </message>
    <message>
        <source>Organisation of rows &amp;without one:</source>
        <translation>&amp;Järjestö riveille, joilla sitä ei ole:</translation>
    </message>
    <message>
        <source>(none: such rows are refused)</source>
        <translation>(ei mitään: tällaiset rivit hylätään)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Esikatselu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <source>Import the workers</source>
        <translation>Tuo kokemustoimijat</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImportFields</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Name is a pseudonym</source>
        <translation>Nimi on peitenimi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Kotialue</translation>
    </message>
    <message>
        <source>Regions covered</source>
        <translation>Toiminta-alueet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Consent to be contacted (date)</source>
        <translation>Suostumus yhteydenottoihin (päivämäärä)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImportMapping</name>
    <message>
        <source>“%1” is not field=column.</source>
        <translation>”%1” ei ole muotoa kenttä=sarake.</translation>
    </message>
    <message>
        <source>There is no field “%1”; the fields are: %2.</source>
        <translation>Kenttää ”%1” ei ole; kentät ovat: %2.</translation>
    </message>
    <message>
        <source>The file has no column “%1”; its columns are: %2.</source>
        <translation>Tiedostossa ei ole saraketta ”%1”; sen sarakkeet ovat: %2.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>sarake %1</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImportPlanner</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Rivi %1, sarake ”%2”: %3</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>”%1” ei ole kyllä eikä ei.</translation>
    </message>
    <message>
        <source>There is no organisation “%1” in this office (Settings ▸ Organisations).</source>
        <translation>Tässä toimistossa ei ole järjestöä ”%1” (Asetukset ▸ Järjestöt).</translation>
    </message>
    <message>
        <source>“%1” is not a title Kohtaamo knows.</source>
        <translation>Kohtaamo ei tunne nimikettä ”%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 31.12.1980 or 1980-12-31.</source>
        <translation>”%1” ei ole päivämäärä: kirjoita se muodossa 31.12.1980 tai 1980-12-31.</translation>
    </message>
    <message>
        <source>“%1” is not a status Kohtaamo knows (active, on break, left).</source>
        <translation>Kohtaamo ei tunne tilaa ”%1” (aktiivinen, tauolla, lopettanut).</translation>
    </message>
    <message>
        <source>The consent cannot be given in the future.</source>
        <translation>Suostumuksen antopäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>“%1” is neither the date the consent was given nor yes or no.</source>
        <translation>”%1” ei ole suostumuksen antopäivä eikä kyllä tai ei.</translation>
    </message>
    <message>
        <source>The row names no organisation: map the organisation column or choose one for such rows.</source>
        <translation>Rivillä ei ole järjestöä: valitse järjestön sarake tai valitse järjestö tällaisille riveille.</translation>
    </message>
    <message>
        <source>A consent to be contacted is recorded for the rows that give its date (or yes: today); the other workers are imported without consent and are not invited until they give it.</source>
        <translation>Suostumus yhteydenottoihin kirjataan riveille, joilla sen päivämäärä on annettu (tai kyllä: tällöin tämä päivä); muut kokemustoimijat tuodaan ilman suostumusta, eikä heitä kutsuta ennen kuin he antavat sen.</translation>
    </message>
    <message>
        <source>No consent is recorded: the imported workers are in the register, but the ranking does not invite them until their consent to be contacted is recorded.</source>
        <translation>Suostumusta ei kirjata: tuodut kokemustoimijat ovat rekisterissä, mutta ehdokkaiden haku ei ehdota heitä kutsuttaviksi ennen kuin heidän suostumuksensa yhteydenottoihin on kirjattu.</translation>
    </message>
    <message>
        <source>Row %1: the e-mail address %2 is already that of “%3” in the register.</source>
        <translation>Rivi %1: sähköpostiosoite %2 on jo rekisterissä kokemustoimijalla ”%3”.</translation>
    </message>
    <message>
        <source>Row %1: the e-mail address %2 is also on row %3.</source>
        <translation>Rivi %1: sähköpostiosoite %2 on myös rivillä %3.</translation>
    </message>
    <message>
        <source>Row %1: “%2”, born %3, is already in the register.</source>
        <translation>Rivi %1: ”%2”, syntynyt %3, on jo rekisterissä.</translation>
    </message>
    <message>
        <source>Row %1: “%2”, born %3, is also on row %4.</source>
        <translation>Rivi %1: ”%2”, syntynyt %3, on myös rivillä %4.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImportPreviewModel</name>
    <message>
        <source>Imported</source>
        <translation>Tuodaan</translation>
    </message>
    <message>
        <source>Imported, check</source>
        <translation>Tuodaan, tarkista</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ilmoitus</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerImporter</name>
    <message>
        <source>no organisation of the file or of the database is called %1</source>
        <translation>tiedostossa tai tietokannassa ei ole järjestöä nimeltä %1</translation>
    </message>
    <message>
        <source>no topic has the code %1</source>
        <translation>millään aiheella ei ole koodia %1</translation>
    </message>
    <message>
        <source>no service type has the code %1</source>
        <translation>millään työmuodolla ei ole koodia %1</translation>
    </message>
    <message>
        <source>unknown value %1 (expected one of: morning, afternoon, evening)</source>
        <translation>tuntematon arvo %1 (odotettiin jotakin näistä: morning, afternoon, evening)</translation>
    </message>
    <message>
        <source>another worker of the file has the key %1</source>
        <translation>tiedoston toisella kokemustoimijalla on jo avain %1</translation>
    </message>
    <message>
        <source>no coordinator of the file or of the database has the username %1</source>
        <translation>millään tiedoston tai tietokannan koordinaattorilla ei ole käyttäjätunnusta %1</translation>
    </message>
    <message>
        <source>must be the place of an earlier consent in this list</source>
        <translation>on oltava jonkin listassa aiemmin olevan suostumuksen järjestysnumero</translation>
    </message>
    <message>
        <source>the consent it replaces (%1) was withdrawn on %2, but a replaced consent ends the day the new one is given (%3)</source>
        <translation>sen korvaama suostumus (%1) on peruttu %2, mutta korvattu suostumus päättyy sinä päivänä, jona uusi annetaan (%3)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerListModel</name>
    <message>
        <source>Minor (%1)</source>
        <translation>Alaikäinen (%1)</translation>
    </message>
    <message>
        <source>Recovery break until %1</source>
        <translation>Palautumistauolla %1 asti</translation>
    </message>
    <message>
        <source>Monthly limit reached (%1/%2)</source>
        <translation>Kuukauden enimmäismäärä täynnä (%1/%2)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lopettanut</translation>
    </message>
    <message>
        <source>None valid</source>
        <translation>Ei voimassa</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Voimassa %1 asti</translation>
    </message>
    <message>
        <source>The name is a pseudonym.</source>
        <translation>Nimi on peitenimi.</translation>
    </message>
    <message>
        <source>The consent to be contacted for commissions, as the matching reads it today.</source>
        <translation>Suostumus yhteydenottoihin toimeksiannoista sellaisena kuin ehdokkaiden haku sen tänään tulkitsee.</translation>
    </message>
    <message>
        <source>Date of birth not recorded.</source>
        <translation>Syntymäaikaa ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Kotialue</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Yhteydenottosuostumus</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Tätä saraketta ei voi lajitella.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerProfileForm</name>
    <message>
        <source>Who</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Required; a pseudonym will do</source>
        <translation>Pakollinen; peitenimi riittää</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>The name is a &amp;pseudonym</source>
        <translation>Nimi on nimime&amp;rkki</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>name@example.fi</source>
        <translation>nimi@esimerkki.fi</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Sähk&amp;öposti:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>040 123 4567</source>
        <translation>040 123 4567</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Needed for minors: they take part only with a guardian&apos;s consent and adults present.</source>
        <translation>Tarvitaan alaikäisten vuoksi: he osallistuvat vain huoltajan suostumuksella ja aikuisten ollessa paikalla.</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>S&amp;yntymäaika:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Codes separated by commas, e.g. fi, sv, en</source>
        <translation>Koodit pilkuin erotettuina, esim. fi, sv, en</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Kie&amp;let:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Lisätie&amp;dot:</translation>
    </message>
    <message>
        <source>Where and with whom</source>
        <translation>Missä ja kenen kanssa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>J&amp;ärjestö:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Nimik&amp;e:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>K&amp;otikunta:</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Kotialue</translation>
    </message>
    <message>
        <source>e.g. Varsinais-Suomi</source>
        <translation>esim. Varsinais-Suomi</translation>
    </message>
    <message>
        <source>Home &amp;region:</source>
        <translation>Koti&amp;alue:</translation>
    </message>
    <message>
        <source>Regions covered</source>
        <translation>Toiminta-alueet</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Pilkuin erotettuina</translation>
    </message>
    <message>
        <source>Annual earnings ceiling in euros</source>
        <translation>Vuotuinen tuloraja euroina</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei rajaa</translation>
    </message>
    <message>
        <source>The most the worker may earn in fees a year, e.g. because of a pension; leave empty when there is none.</source>
        <translation>Enimmäismäärä, jonka kokemustoimija voi ansaita palkkioina vuodessa, esim. eläkkeen vuoksi; jätä tyhjäksi, jos rajaa ei ole.</translation>
    </message>
    <message>
        <source>Annual earnings &amp;ceiling:</source>
        <translation>Vuotuinen tulora&amp;ja:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Regions co&amp;vered:</source>
        <translation>Toi&amp;minta-alueet:</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerRegisterQuery</name>
    <message>
        <source>A page of the worker list cannot start before its first row.</source>
        <translation>Kokemustoimijalistan sivu ei voi alkaa ennen ensimmäistä riviään.</translation>
    </message>
    <message>
        <source>The list has %1 workers, more than can be shown at once (%2). Narrow it with the other filters.</source>
        <translation>Luettelossa on %1 kokemustoimijaa, enemmän kuin kerralla voidaan näyttää (%2). Rajaa sitä muilla suodattimilla.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerRepository</name>
    <message>
        <source>The worker “%1”</source>
        <translation>Kokemustoimija ”%1”</translation>
    </message>
    <message>
        <source>Worker #%1</source>
        <translation>Kokemustoimija #%1</translation>
    </message>
    <message>
        <source>A worker needs a name (a pseudonym will do).</source>
        <translation>Kokemustoimijalla on oltava nimi (peitenimi riittää).</translation>
    </message>
    <message>
        <source>The worker&apos;s name is longer than %1 characters.</source>
        <translation>Kokemustoimijan nimi on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>Choose the organisation the worker belongs to.</source>
        <translation>Valitse järjestö, johon kokemustoimija kuuluu.</translation>
    </message>
    <message>
        <source>The worker&apos;s title is not one Kohtaamo knows.</source>
        <translation>Kohtaamo ei tunne kokemustoimijan nimikettä.</translation>
    </message>
    <message>
        <source>The worker&apos;s status is not one Kohtaamo knows.</source>
        <translation>Kohtaamo ei tunne kokemustoimijan tilaa.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Syntymäaika ei voi olla tulevaisuudessa.</translation>
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
        <source>The training hours cannot be negative.</source>
        <translation>Koulutustunnit eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>The annual earnings ceiling cannot be negative.</source>
        <translation>Vuotuinen tuloraja ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The most engagements a month cannot be negative (0 means no limit).</source>
        <translation>Osallistumisten enimmäismäärä kuukaudessa ei voi olla negatiivinen (0 tarkoittaa, ettei rajaa ole).</translation>
    </message>
    <message>
        <source>The days between engagements cannot be negative.</source>
        <translation>Osallistumisten välisten päivien määrä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The notice in days cannot be negative.</source>
        <translation>Ennakkoaika päivinä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>“%1” is not a language code: give two or three letters, such as “fi”, “sv” or “ar”.</source>
        <translation>”%1” ei ole kielikoodi: anna kaksi tai kolme kirjainta, esimerkiksi ”fi”, ”sv” tai ”ar”.</translation>
    </message>
    <message>
        <source>A language is listed twice.</source>
        <translation>Sama kieli on mainittu kahdesti.</translation>
    </message>
    <message>
        <source>A region covered is empty.</source>
        <translation>Jokin toiminta-alueista on tyhjä.</translation>
    </message>
    <message>
        <source>A region&apos;s name is longer than %1 characters.</source>
        <translation>Alueen nimi on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>A region is listed twice.</source>
        <translation>Sama alue on mainittu kahdesti.</translation>
    </message>
    <message>
        <source>Choose a topic for every experience.</source>
        <translation>Valitse aihe jokaiselle kokemukselle.</translation>
    </message>
    <message>
        <source>Choose from which position the worker lived each experience: as a child or young person, as a parent, as a relative, or other.</source>
        <translation>Valitse jokaiselle kokemukselle, missä roolissa kokemustoimija on sen elänyt: lapsena tai nuorena, vanhempana, läheisenä tai muussa roolissa.</translation>
    </message>
    <message>
        <source>The same experience is listed twice from the same position.</source>
        <translation>Sama kokemus on mainittu kahdesti samasta näkökulmasta.</translation>
    </message>
    <message>
        <source>A kind of work is empty.</source>
        <translation>Jokin työmuodoista on tyhjä.</translation>
    </message>
    <message>
        <source>A kind of work is listed twice.</source>
        <translation>Sama työmuoto on mainittu kahdesti.</translation>
    </message>
    <message>
        <source>An unavailable period needs a first and a last day.</source>
        <translation>Poissaolojaksolla on oltava ensimmäinen ja viimeinen päivä.</translation>
    </message>
    <message>
        <source>An unavailable period cannot end (%1) before it starts (%2).</source>
        <translation>Poissaolojakso ei voi päättyä (%1) ennen kuin se alkaa (%2).</translation>
    </message>
    <message>
        <source>The kind of an unavailable period is not one Kohtaamo knows.</source>
        <translation>Kohtaamo ei tunne poissaolojakson lajia.</translation>
    </message>
    <message>
        <source>Organisation #%1 does not exist; someone may have removed it.</source>
        <translation>Järjestöä #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>Topic #%1 does not exist; someone may have removed it.</source>
        <translation>Aihetta #%1 ei ole; joku on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>There is no kind of work “%1”.</source>
        <translation>Työmuotoa ”%1” ei ole.</translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1900. Check the year.</source>
        <translation>Syntymäaika %1 on ennen vuotta 1900. Tarkista vuosi.</translation>
    </message>
    <message>
        <source>The training hours must be at most %1.</source>
        <translation>Koulutustuntien määrä saa olla enintään %1.</translation>
    </message>
    <message>
        <source>The most engagements a month must be at most %1 (0 means no limit).</source>
        <translation>Osallistumisten enimmäismäärä kuukaudessa saa olla enintään %1 (0 tarkoittaa, ettei rajaa ole).</translation>
    </message>
    <message>
        <source>The days between engagements must be at most %1.</source>
        <translation>Osallistumisten välisten päivien määrä saa olla enintään %1.</translation>
    </message>
    <message>
        <source>The notice must be at most %1 days.</source>
        <translation>Ennakkoaika saa olla enintään %1 päivää.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerServicesForm</name>
    <message>
        <source>&amp;Kinds of work the worker is willing to do:</source>
        <translation>Työ&amp;muodot, joita kokemustoimija on halukas tekemään:</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Työmuodot</translation>
    </message>
    <message>
        <source>Space checks or unchecks the kind of work.</source>
        <translation>Välilyönti valitsee työmuodon tai poistaa valinnan.</translation>
    </message>
    <message>
        <source>%1 (open to minors)</source>
        <translation>%1 (avoinna alaikäisille)</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerSupportForm</name>
    <message>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>e.g. Expert-by-experience training, 50 h</source>
        <translation>esim. kokemusasiantuntijakoulutus, 50 h</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>K&amp;oulutus:</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Koulutuksen laajuus tunteina</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Laajuus:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>Suo&amp;ritettu:</translation>
    </message>
    <message>
        <source>Training completed on</source>
        <translation>Koulutus suoritettu</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Tuki</translation>
    </message>
    <message>
        <source>Last &amp;supervision:</source>
        <translation>V&amp;iimeisin työnohjaus:</translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation>Viimeisin työnohjaus</translation>
    </message>
    <message>
        <source>Last &amp;debrief:</source>
        <translation>Viimeisin &amp;jälkipurku:</translation>
    </message>
    <message>
        <source>Last debrief</source>
        <translation>Viimeisin jälkipurku</translation>
    </message>
    <message>
        <source>Every worker is prepared before and debriefed after an engagement; supervision is regular. The Today page lists engagements still waiting for a debrief.</source>
        <translation>Jokaisen kokemustoimijan kanssa valmistaudutaan ennen osallistumista ja pidetään jälkipurku sen jälkeen; työnohjaus on säännöllistä. Tänään-sivulla näkyvät osallistumiset, joiden jälkipurku on vielä tekemättä.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerTexts</name>
    <message>
        <source>Expert by experience</source>
        <translation>Kokemusasiantuntija</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Vertaistukihenkilö</translation>
    </message>
    <message>
        <source>Peer relative</source>
        <translation>Vertaisläheinen</translation>
    </message>
    <message>
        <source>Experience partner</source>
        <translation>Kokemuskumppani</translation>
    </message>
    <message>
        <source>Youth developer</source>
        <translation>Kehittäjänuori</translation>
    </message>
    <message>
        <source>Veturi mentor</source>
        <translation>Veturi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <source>Left the activity</source>
        <translation>Lopettanut toiminnan</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Missä tahansa roolissa</translation>
    </message>
    <message>
        <source>As a child or young person</source>
        <translation>Lapsena tai nuorena</translation>
    </message>
    <message>
        <source>As a parent</source>
        <translation>Vanhempana</translation>
    </message>
    <message>
        <source>As a relative</source>
        <translation>Läheisenä</translation>
    </message>
    <message>
        <source>From another position</source>
        <translation>Muussa roolissa</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Poissaolo</translation>
    </message>
    <message>
        <source>Recovery break</source>
        <translation>Palautumistauko</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkersPage</name>
    <message>
        <source>The worker could not be opened.</source>
        <translation>Kokemustoimijan tietoja ei voitu avata.</translation>
    </message>
    <message>
        <source>%1 — the worker just saved is hidden by the filters.</source>
        <translation>%1 — juuri tallennettu kokemustoimija ei näy rajausten vuoksi.</translation>
    </message>
    <message>
        <source>The worker could not be read.</source>
        <translation>Kokemustoimijan tietoja ei voitu lukea.</translation>
    </message>
    <message>
        <source>Deactivate Worker?</source>
        <translation>Merkitäänkö kokemustoimija lopettaneeksi?</translation>
    </message>
    <message>
        <source>Mark %1 as having left the activity?</source>
        <translation>Merkitäänkö %1 toiminnan lopettaneeksi?</translation>
    </message>
    <message>
        <source>They are no longer offered for requests. Their experiences, consents, invitations and engagements all stay on record, and the status can be set back in the editor.</source>
        <translation>Häntä ei enää ehdoteta toimeksiantoihin. Hänen kokemuksensa, suostumuksensa, kutsunsa ja osallistumisensa säilyvät kaikki tallessa, ja tilan voi palauttaa muokkausikkunassa.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Merkitse &amp;lopettaneeksi</translation>
    </message>
    <message>
        <source>The worker was not deactivated.</source>
        <translation>Kokemustoimijaa ei merkitty lopettaneeksi.</translation>
    </message>
    <message>
        <source>The workers could not be read from the database. %1</source>
        <translation>Kokemustoimijoita ei voitu lukea tietokannasta. %1</translation>
    </message>
    <message>
        <source>Experience workers</source>
        <translation>Kokemustoimijat</translation>
    </message>
    <message>
        <source>&amp;New Worker…</source>
        <translation>&amp;Uusi kokemustoimija…</translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>Uusi kokemustoimija</translation>
    </message>
    <message>
        <source>Edit the selected worker</source>
        <translation>Muokkaa valittua kokemustoimijaa</translation>
    </message>
    <message>
        <source>Enter or a double click opens the worker too.</source>
        <translation>Kokemustoimijan voi avata myös Enterillä tai kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>Merkitse lo&amp;pettaneeksi…</translation>
    </message>
    <message>
        <source>Deactivate the selected worker</source>
        <translation>Merkitse valittu kokemustoimija lopettaneeksi</translation>
    </message>
    <message>
        <source>The worker has left the activity: they are no longer offered, their history stays.</source>
        <translation>Kokemustoimija on lopettanut toiminnan: häntä ei enää ehdoteta, mutta hänen historiansa säilyy.</translation>
    </message>
    <message>
        <source>&amp;Import Workers…</source>
        <translation>Tuo kokemusto&amp;imijoita…</translation>
    </message>
    <message>
        <source>Import workers</source>
        <translation>Tuo kokemustoimijoita</translation>
    </message>
    <message>
        <source>Add the workers of a register kept in a spreadsheet (CSV or XLSX).</source>
        <translation>Lisää kokemustoimijat taulukkolaskentaohjelmassa ylläpidetystä rekisteristä (CSV tai XLSX).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln worker(s)</source>
        <translation>
            <numerusform>%Ln kokemustoimija</numerusform>
            <numerusform>%Ln kokemustoimijaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Write everything the office holds about the worker as a PDF and a JSON file (GDPR Art. 15).</source>
        <translation>Kirjoita kaikki, mitä toimisto säilyttää kokemustoimijasta, PDF- ja JSON-tiedostoon (tietosuoja-asetuksen 15 artikla).</translation>
    </message>
    <message>
        <source>Only an admin can erase a worker.</source>
        <translation>Vain pääkäyttäjä voi poistaa kokemustoimijan tiedot.</translation>
    </message>
    <message>
        <source>Remove the worker&apos;s personal data everywhere; their work stays in the statistics anonymously.</source>
        <translation>Poista kokemustoimijan henkilötiedot kaikkialta; hänen työnsä jää tilastoihin nimettömänä.</translation>
    </message>
    <message>
        <source>Erase Worker?</source>
        <translation>Poistetaanko kokemustoimijan tiedot?</translation>
    </message>
    <message>
        <source>Erase %1&apos;s personal data for good?</source>
        <translation>Poistetaanko kokemustoimijan %1 henkilötiedot pysyvästi?</translation>
    </message>
    <message>
        <source>Their name, contact details, date of birth, experiences, notes and e-mail are removed everywhere, old values in the audit log included. Their engagements, hours and fees stay in the statistics as an anonymous worker. This cannot be undone.</source>
        <translation>Hänen nimensä, yhteystietonsa, syntymäaikansa, kokemuksensa, lisätietonsa ja sähköpostinsa poistetaan kaikkialta, myös muutoslokiin tallennetut vanhat arvot. Hänen osallistumisensa, tuntinsa ja palkkionsa jäävät tilastoihin nimettömänä kokemustoimijana. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>&amp;Erase for Good</source>
        <translation>&amp;Poista pysyvästi</translation>
    </message>
    <message>
        <source>The worker was not erased.</source>
        <translation>Kokemustoimijan tietoja ei poistettu.</translation>
    </message>
    <message>
        <source>Save Subject Access Document</source>
        <translation>Tallenna tarkastusoikeusraportti</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>Subject Access</source>
        <translation>Tarkastusoikeus</translation>
    </message>
    <message>
        <source>Wrote %1 and %2, readable by you only. The export is recorded in the audit log.</source>
        <translation>Kirjoitettiin %1 ja %2, joita vain sinä voit lukea. Vienti on kirjattu muutoslokiin.</translation>
    </message>
    <message>
        <source>The subject access data could not be read.</source>
        <translation>Tarkastusoikeuden tietoja ei voitu lukea.</translation>
    </message>
    <message>
        <source>The JSON file was not written.</source>
        <translation>JSON-tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The PDF was not written.</source>
        <translation>PDF-tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Muokkaa ti&amp;etoja…</translation>
    </message>
    <message>
        <source>S&amp;ubject Access…</source>
        <translation>Ta&amp;rkastusoikeus…</translation>
    </message>
    <message>
        <source>Write everything held about the selected worker</source>
        <translation>Kirjoita kaikki valitusta kokemustoimijasta säilytettävät tiedot</translation>
    </message>
    <message>
        <source>Erase Wor&amp;ker…</source>
        <translation>Poista henkilötie&amp;dot…</translation>
    </message>
    <message>
        <source>Erase the selected worker&apos;s personal data</source>
        <translation>Poista valitun kokemustoimijan henkilötiedot</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::XlsxTableReader</name>
    <message>
        <source>%1 is not an XLSX workbook that can be read.</source>
        <translation>%1 ei ole luettavissa oleva XLSX-työkirja.</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheet that can be read.</source>
        <translation>Työkirjassa %1 ei ole luettavissa olevaa taulukkoa.</translation>
    </message>
    <message>
        <source>The sheet of %1 cannot be read: %2</source>
        <translation>Tiedoston %1 taulukkoa ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The file has no rows: the first row should name the columns.</source>
        <translation>Tiedostossa ei ole rivejä: ensimmäisellä rivillä pitäisi olla sarakkeiden nimet.</translation>
    </message>
</context>
<context>
    <name>Kohtaamo::XlsxWriter</name>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>työkirjaa ei voitu luoda</translation>
    </message>
    <message>
        <source>the sheet %1 could not be added</source>
        <translation>taulukkoa %1 ei voitu lisätä</translation>
    </message>
</context>
</TS>
