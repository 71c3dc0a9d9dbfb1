<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>isb::MainWindow</name>
    <message numerus="yes">
        <source>%n custom image(s) in %1.</source>
        <translation>
            <numerusform>%n custom image in %1.</numerusform>
            <numerusform>%n custom images in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is shared with %n account(s).</source>
        <translation>
            <numerusform>%1 is shared with %n account.</numerusform>
            <numerusform>%1 is shared with %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) match the filter</source>
        <translation>
            <numerusform>%1 of %n image matches the filter</numerusform>
            <numerusform>%1 of %n images match the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::SharePermissionPane</name>
    <message numerus="yes">
        <source>Shared with %n account(s).</source>
        <translation>
            <numerusform>Shared with %n account.</numerusform>
            <numerusform>Shared with %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared with %n account(s); showing %1–%2.</source>
        <translation>
            <numerusform>Shared with %n account; showing %1–%2.</numerusform>
            <numerusform>Shared with %n accounts; showing %1–%2.</numerusform>
        </translation>
    </message>
</context>
</TS>
