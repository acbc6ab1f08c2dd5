<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<!-- Kohtaamo's additions to Qt 6.4's Finnish catalogue (qtbase_fi.qm): texts of Qt 6.4 that it does not have yet. Loaded after Qt's catalogue. Maintained by hand: lupdate never touches it. -->
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Näyttää ohjeen komentorivin valitsimista.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Näyttää ohjeen, myös Qt:n omat valitsimet.</translation>
    </message>
</context>
</TS>
