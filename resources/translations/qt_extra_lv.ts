<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words that its qtbase_lv.qm does not translate (Qt 6 changed them), for the
     dialogs quizapp opens. Written by hand; .ci/translations.py release compiles it, and
     the app loads it after qtbase_lv, so these win. -->
<TS version="2.1" language="lv_LV">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Datņu &amp;tips:</translation>
    </message>
</context>
</TS>
