<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ" sourcelanguage="en_US">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Хуб</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Нигоҳ надоштан</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Татбиқ кардан</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ҳа</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Кӯмак</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Аз нав танзим кардан</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Барқарор кардани танзимоти пешфарз</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Ҳамаро нигоҳ доштан</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Қатъ кардан</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Аз нав кӯшиш кардан</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Нодида гирифтан</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Амалро бекор кардан</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Амалро &amp;такрор кардан</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Буридан</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха бардоштан</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ҳазф кардан</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳамаро интихоб кардан</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Амалро бекор кардан</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Амалро &amp;такрор кардан</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Буридан</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха бардоштан</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ҳазф кардан</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳамаро интихоб кардан</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Нусха бардоштани &amp;суроғаи пайванд</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Ба ин ҷо ҳаракат додан</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Ба канори чап</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Ба канори боло</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Ба канори рост</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Ба канори поён</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Як саҳифа ба чап</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Як саҳифа ба боло</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Як саҳифа ба рост</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Як саҳифа ба поён</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Ба чап ҳаракат додан</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Ба боло ҳаракат додан</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Ба рост ҳаракат додан</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Ба поён ҳаракат додан</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Ба чап ҳаракат додан</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Ба рост ҳаракат додан</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Пӯшидани варақа</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
</TS>
