<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдын &amp;түрү:</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсөтүү: </translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Файлдын аты:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файлдын түрү:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жогорку папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толук маалымат</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Башкача сактоо</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Тандоо</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папкалар</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар папкасы</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Кыска жол (ярлык)</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңы папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңы папка</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгөртүү</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жашыруун файлдарды көрсөтүү</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Акыркы жерлер</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Каптал панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Жерлер жана кыстармалар</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артка өтүү</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алдыга өтүү</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жогорку папкага өтүү</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тизме түрүнө которуу</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толук маалымат түрүнө которуу</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Папканы табуу</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Папка өчүрүлгөн жок.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 мурунтан бар.
Аны алмаштырасызбы?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылган жок.
Файлдын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папка табылган жок.
Папканын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» чын эле өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазуудан корголгон.
Баары бир өчүрөсүзбү?</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Беттер &amp;тизмеси:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Беттерди же аралыктарды үтүр менен көрсөтүңүз. Аралык дефис менен бөлүнгөн эки сан менен берилет. Мисалы: 3,5-7,9 — 3, 5, 6, 7 жана 9-беттер басылат.</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Нускалар</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Нускалардын саны:</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Басып чыгаруу чеги</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Баарын</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>to</source>
        <translation>чейин</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Учурдагы бет</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Белгиленген бөлүк</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Беттер тизмеси:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Нускалар боюнча иреттөө</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Тескери тартипте</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Түс режими</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Түстүү</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Боз түстөр</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Эки тараптуу басып чыгаруу</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өчүк</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Узун тарабынан түптөө</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Кыска тарабынан түптөө</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Чыгаруу жөндөөлөрү</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>Беттердин &amp;тартиби:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Бир баракка &amp;беттер саны:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Кагаз</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Беттин өлчөмү:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Туурасы:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Бийиктиги:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Кагаз булагы:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Тик</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Жазы</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Тескери жазы</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Тескери тик</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Четтери</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>жогорку чети</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>сол чети</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>оң чети</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>төмөнкү чети</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Беттердин жайгашуусу</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Беттердин тартиби:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Бир баракка беттер саны:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өзүнчө</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункт (пт)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>дюйм</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>in</source>
        <translation>дм</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Баарын сактоо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Баарына ооба</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Баарына ж&amp;ок</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Кайра аракет кылуу</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Этибарга албоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сактабоо</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Маалымкат</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Баштапкы абалга келтирүү</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Демейки маанилер</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Макул</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Сактабай жабуу</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Толугураак көрсөтүү...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толугураак маалыматты жашыруу...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt жөнүндө</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Бул эмне?</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Бул эмне?</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>Бул билдирүүнү кийин да &amp;көрсөтүү</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Маалымат:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Олуттуу ката:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Оңдолгус ката:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Оңдоо билдирүүсү:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Маанини киргизиңиз:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Чаптоо</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын белгилөө</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Чаптоо</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын белгилөө</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Шилтеменин дарегин көчүрүү</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Баарын белгилөө</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Кадам өйдө</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Кадам &amp;ылдый</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Ушул жерге жылдыруу</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Сол четине</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Өйдө жагына</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Оң четине</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Ылдый жагына</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Бир бет солго</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Бир бет өйдө</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Бир бет оңго</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Бир бет ылдый</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Солго жылдыруу</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Өйдө жылдыруу</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Оңго жылдыруу</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Ылдый жылдыруу</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Тандоо тизмесин ачуу</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Жок</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo</source>
        <translation>Артка кайтаруу</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 артка кайтаруу</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 кайталоо</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Undo</source>
        <translation>Артка кайтаруу</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 артка кайтаруу</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 кайталоо</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;бош&gt;</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Солго жылдыруу</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Оңго жылдыруу</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Өтмөктү жабуу</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Бөлүп алуу</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>Press shortcut</source>
        <translation>Тез баскычтарды басыңыз</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артка</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Кийинки &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Кийинки</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Бүтүрүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Маалымкат</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Маалымкат</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Улантуу</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Ырастоо</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Даяр</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгөртүлгөн күнү</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файлдын аты жараксыз</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» деген атты колдонууга болбойт.&lt;/b&gt;&lt;p&gt;Кыскараак же тыныш белгилери жок башка ат коюп көрүңүз.</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып чыгаруу</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Бардык беттер</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Так беттер</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Жуп беттер</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Жергиликтүү файл</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Файлга басып чыгаруу (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Файлга басып чыгаруу ...</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF файлын жазуу</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Беттер туура эмес көрсөтүлгөн</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 мурунтан бар.
Анын үстүнө жазасызбы?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — бул папка.
Башка файл атын тандаңыз.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 файлына жазууга болбойт.
Башка файл атын тандаңыз.</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>«Баштап» мааниси «чейин» маанисинен чоң боло албайт.</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Солдон оңго, өйдөдөн ылдый</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Солдон оңго, ылдыйдан өйдө</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Оңдон солго, өйдөдөн ылдый</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Оңдон солго, ылдыйдан өйдө</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Өйдөдөн ылдый, солдон оңго</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Өйдөдөн ылдый, оңдон солго</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Ылдыйдан өйдө, солдон оңго</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Ылдыйдан өйдө, оңдон солго</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Басып чыгарууну алдын ала көрүү</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Кийинки бет</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Мурунку бет</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Биринчи бет</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Акыркы бет</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Туурасына батыруу</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Бетти толук батыруу</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кичирейтүү</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Тик</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Жазы</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Бир бетти көрсөтүү</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Жанаша беттерди көрсөтүү</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Бардык беттерди көрсөтүү</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Беттин параметрлери</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Беттин параметрлери</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDFке экспорттоо</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Касиеттери</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Жайгашкан жери:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Чыгаруу &amp;файлы:</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Принтердин касиеттери</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Тапшырманын параметрлери</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Кошумча</translation>
    </message>
</context>
</TS>
