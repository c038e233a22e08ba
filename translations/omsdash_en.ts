<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>omsdash</name>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln table</numerusform>
            <numerusform>%Ln tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::AlertDispatcher</name>
    <message numerus="yes">
        <source>%1 (after %n attempts)</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::AlertEngine</name>
    <message numerus="yes">
        <source>%1 refuses the password (%n poll(s)): %2</source>
        <translation>
            <numerusform>%1 refuses the password (%n poll): %2</numerusform>
            <numerusform>%1 refuses the password (%n polls): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not answering (%n poll(s)): %2</source>
        <translation>
            <numerusform>%1 is not answering (%n poll): %2</numerusform>
            <numerusform>%1 is not answering (%n polls): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::AlertLogPanel</name>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>for %n hour</numerusform>
            <numerusform>for %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::ServiceClient</name>
    <message numerus="yes">
        <source>the server lists project %1 %n times; every row is shown</source>
        <translation>
            <numerusform>the server lists project %1 once; every row is shown</numerusform>
            <numerusform>the server lists project %1 %n times; every row is shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::TimeRangeDialog</name>
    <message numerus="yes">
        <source>The range must be at least %n second(s) long.</source>
        <translation>
            <numerusform>The range must be at least %n second long.</numerusform>
            <numerusform>The range must be at least %n seconds long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::fmt</name>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::reportdoc</name>
    <message numerus="yes">
        <source>%n table(s) · %1 · %2 inconsistent</source>
        <translation>
            <numerusform>%n table · %1 · %2 inconsistent</numerusform>
            <numerusform>%n tables · %1 · %2 inconsistent</numerusform>
        </translation>
    </message>
</context>
</TS>
