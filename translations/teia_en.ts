<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionPlanView</name>
    <message numerus="yes">
        <source>{0} of %n action(s) shown</source>
        <translation>
            <numerusform>{0} of %n action shown</numerusform>
            <numerusform>{0} of %n actions shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message numerus="yes">
        <source>%n contribution file(s) written:</source>
        <translation>
            <numerusform>%n contribution file written:</numerusform>
            <numerusform>%n contribution files written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutSaver</name>
    <message numerus="yes">
        <source>{file} was written (%n page(s)).</source>
        <translation>
            <numerusform>{file} was written (%n page).</numerusform>
            <numerusform>{file} was written (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n change(s) from {0}.</source>
        <translation>
            <numerusform>%n change from {0}.</numerusform>
            <numerusform>%n changes from {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After this import %n indicator(s) will need attention (they can be corrected later):</source>
        <translation>
            <numerusform>After this import %n indicator will need attention (it can be corrected later):</numerusform>
            <numerusform>After this import %n indicators will need attention (they can be corrected later):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorListDialog</name>
    <message numerus="yes">
        <source>%n indicator(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n indicator. Double-click it to open it.</numerusform>
            <numerusform>%n indicators. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message numerus="yes">
        <source>{0} of %n indicator(s) shown</source>
        <translation>
            <numerusform>{0} of %n indicator shown</numerusform>
            <numerusform>{0} of %n indicators shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n indicator(s) need attention</source>
        <translation>
            <numerusform>%n indicator needs attention</numerusform>
            <numerusform>%n indicators need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfWrittenBox</name>
    <message numerus="yes">
        <source>{0} (%n page(s)) was written.</source>
        <translation>
            <numerusform>{0} (%n page) was written.</numerusform>
            <numerusform>{0} (%n pages) was written.</numerusform>
        </translation>
    </message>
</context>
</TS>
