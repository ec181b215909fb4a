<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>ActionEditor</name>
    <message>
        <source>New action</source>
        <translation>Жаңы иш-чара</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>{0}-иш-чара</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Иш-чара</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Көрсөткүчтөр</translation>
    </message>
    <message>
        <source>&amp;Gap being closed</source>
        <translation>&amp;Жоюлуучу кемчилик</translation>
    </message>
    <message>
        <source>E&amp;xpected result</source>
        <translation>Күтүлгөн &amp;натыйжа</translation>
    </message>
    <message>
        <source>&amp;Target level</source>
        <translation>&amp;Максаттуу деңгээл</translation>
    </message>
    <message>
        <source>&amp;Lead authority</source>
        <translation>&amp;Жетектөөчү орган</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Өнөктөштөр</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Башталышы</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Мөөнөтү</translation>
    </message>
    <message>
        <source>&amp;Resources (budget, staff)</source>
        <translation>Р&amp;есурстар (бюджет, кызматкерлер)</translation>
    </message>
    <message>
        <source>International assistance</source>
        <translation>Эл аралык жардам</translation>
    </message>
    <message>
        <source>Assistance &amp;needed</source>
        <translation>Керектүү &amp;жардам</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>&amp;Артыкчылык</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>А&amp;балы</translation>
    </message>
    <message>
        <source>Progress &amp;notes</source>
        <translation>Аткарылышы боюнча &amp;эскертмелер</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Эмне жасалат</translation>
    </message>
    <message>
        <source>The gap of the indicator that this action closes</source>
        <translation>Бул иш-чара жоюучу кемчилик (көрсөткүч боюнча)</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Суралды</translation>
    </message>
    <message>
        <source>Requested from the Convention&apos;s Assistance Programme or donors</source>
        <translation>Конвенциянын Жардам көрсөтүү программасынан же донорлордон суралды</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>Башталыш датасы жок</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Мөөнөтү жок</translation>
    </message>
    <message>
        <source>Say what the action is: the action needs a title.</source>
        <translation>Иш-чаранын маңызын жазыңыз: иш-чаранын аталышы болушу керек.</translation>
    </message>
    <message>
        <source>The action was not saved; see the message.</source>
        <translation>Иш-чара сакталган жок; билдирүүнү караңыз.</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>High</source>
        <translation>Жогорку</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орточо</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмөн</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Аткарылууда</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>Иш-аракеттердин улуттук планы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Катар №</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Lead authority</source>
        <translation>Жетектөөчү орган</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Өнөктөштөр</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Артыкчылык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Күтүлгөн натыйжа</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Аткарылышы боюнча эскертмелер</translation>
    </message>
    <message>
        <source>Authority contains…</source>
        <translation>Органдын аталышында…</translation>
    </message>
    <message>
        <source>Action contains…</source>
        <translation>Иш-чаранын текстинде…</translation>
    </message>
    <message>
        <source>Filter by lead authority or partner</source>
        <translation>Жетектөөчү орган же өнөктөш боюнча чыпка</translation>
    </message>
    <message>
        <source>Filter by words in the action</source>
        <translation>Иш-чарадагы сөздөр боюнча чыпка</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Иш чөйрөсү боюнча чыпка</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Абалы боюнча чыпка</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Артыкчылык боюнча чыпка</translation>
    </message>
    <message>
        <source>One row per action; F2 edits a cell, Enter opens the action.</source>
        <translation>Ар бир иш-чара үчүн бир сап; F2 — уячаны өзгөртүү, Enter — иш-чараны ачуу.</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Мөөнөтү өткөндөр гана</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Иш-чара кошуу…</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Иш-чараны өзгөртүү…</translation>
    </message>
    <message>
        <source>Every field of the selected action (double-click or Enter)</source>
        <translation>Тандалган иш-чаранын бардык талаалары (эки жолу басуу же Enter)</translation>
    </message>
    <message>
        <source>Delete the action &quot;{0}&quot;? (Edit → Undo brings it back.)</source>
        <translation>«{0}» иш-чарасы өчүрүлсүнбү? (Түзөтүү → Артка кайтаруу аны кайтарып берет.)</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Иш-чараны өчүрүү</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Бардык артыкчылыктар</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Бардык иш чөйрөлөрү</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n action(s) shown</source>
        <translation>
            <numerusform>%n иш-чаранын {0} көрсөтүлдү</numerusform>
            <numerusform>%n иш-чаранын {0} көрсөтүлдү</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{0} was not reopened: the last start stopped while opening it. Open it again from File → Open recent.</source>
        <translation>{0} кайра ачылган жок: мурунку жолу программа аны ачып жатып токтоп калды. Аны «Файл → Акыркы файлдар» аркылуу кайра ачыңыз.</translation>
    </message>
    <message>
        <source>The profile folder cannot be written</source>
        <translation>Профиль папкасына жазууга болбойт</translation>
    </message>
    <message>
        <source>The folder {0} cannot be written (is the disk full, or is it read-only?). The application works, but settings, automatic backups and the recovery after a crash are not kept until space is freed there.</source>
        <translation>{0} папкасына жазууга болбойт (диск толуп калдыбы же окуу үчүн гана беленби?). Колдонмо иштейт, бирок ал жерде орун бошомойунча жөндөөлөр, автоматтык камдык көчүрмөлөр жана бузулуудан кийинки калыбына келтирүү сакталбайт.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore the backup into a new file</source>
        <translation>Камдык көчүрмөнү жаңы файлга калыбына келтирүү</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia)</source>
        <translation>TEIA баалоосу (*.teia)</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Камдык көчүрмө калыбына келтирилген жок</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <source>A backup of {0} is taken each time it is opened; the last {1} are kept. Choose one to restore it into a new file. The document itself is not changed.</source>
        <translation>{0} ар бир ачылганда анын камдык көчүрмөсү жасалат; акыркы {1} көчүрмө сакталат. Жаңы файлга калыбына келтирүү үчүн бирөөнү тандаңыз. Документтин өзү өзгөрбөйт.</translation>
    </message>
    <message>
        <source>There are no backups of {0} yet. A backup is taken each time a document is opened.</source>
        <translation>{0} боюнча азырынча камдык көчүрмө жок. Камдык көчүрмө документ ар бир ачылганда жасалат.</translation>
    </message>
    <message>
        <source>&amp;Restore into a new file…</source>
        <translation>Жаңы файлга &amp;калыбына келтирүү…</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Кайсы файлдан</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>Cata&amp;logues…</source>
        <translation>Көрсөткүчтөрдүн катало&amp;гдору…</translation>
    </message>
    <message>
        <source>Move to another catalog&amp;ue…</source>
        <translation>Башка каталогго көч&amp;үрүү…</translation>
    </message>
    <message>
        <source>Moved to another catalogue</source>
        <translation>Башка каталогго көчүрүлдү</translation>
    </message>
    <message>
        <source>The new assessment was written to {0}; this one was not changed. Open the new one now?</source>
        <translation>Жаңы баалоо {0} файлына жазылды; бул баалоо өзгөргөн жок. Жаңысын азыр ачасызбы?</translation>
    </message>
</context>
<context>
    <name>CataloguesDialog</name>
    <message>
        <source>built-in</source>
        <translation>орнотулган</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>алдын ала</translation>
    </message>
    <message>
        <source>official</source>
        <translation>расмий</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>долбоор</translation>
    </message>
    <message>
        <source>Add a catalogue file</source>
        <translation>Каталог файлын кошуу</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Каталог файлы (*.json)</translation>
    </message>
    <message>
        <source>Import a catalogue workbook</source>
        <translation>Каталогу бар Excel китебин импорттоо</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel китеби (*.xlsx)</translation>
    </message>
    <message>
        <source>Catalogue not installed</source>
        <translation>Каталог орнотулган жок</translation>
    </message>
    <message>
        <source>Catalogue installed</source>
        <translation>Каталог орнотулду</translation>
    </message>
    <message>
        <source>{0}, edition {1}: {2} indicators. Choose &quot;Use for new assessments&quot; to create new assessments with it.</source>
        <translation>{0}, {1}-редакция: {2} көрсөткүч. Жаңы баалоолорду аны менен түзүү үчүн «Жаңы баалоолор үчүн колдонуу» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Export the catalogue as a workbook</source>
        <translation>Каталогду Excel китебине экспорттоо</translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation>Китеп жазылган жок</translation>
    </message>
    <message>
        <source>Workbook written</source>
        <translation>Китеп жазылды</translation>
    </message>
    <message>
        <source>The catalogue was written to {0}. Edit it in Excel or LibreOffice, then import it here.</source>
        <translation>Каталог {0} файлына жазылды. Аны Excel же LibreOffice программасында оңдоп, анан ушул жерден импорттоңуз.</translation>
    </message>
    <message>
        <source>Remove the catalogue</source>
        <translation>Каталогду өчүрүү</translation>
    </message>
    <message>
        <source>Remove {0}, edition {1}, from the installed catalogues? Assessments made with it keep their own copy.</source>
        <translation>{0}, {1}-редакция, орнотулган каталогдордон өчүрүлсүнбү? Аны менен түзүлгөн баалоолор өз көчүрмөсүн сактайт.</translation>
    </message>
    <message>
        <source>Catalogue not removed</source>
        <translation>Каталог өчүрүлгөн жок</translation>
    </message>
    <message>
        <source>Catalogues of indicators</source>
        <translation>Көрсөткүчтөрдүн каталогдору</translation>
    </message>
    <message>
        <source>The catalogues installed on this computer. New assessments use the one marked ✓; an assessment keeps the catalogue it was made with. To change a catalogue, export it as a workbook, edit it in Excel or LibreOffice (give it a new edition) and import it back.</source>
        <translation>Бул компьютерде орнотулган каталогдор. Жаңы баалоолор ✓ белгиси бар каталог менен түзүлөт; ар бир баалоо өзү түзүлгөн каталогду сактайт. Каталогду өзгөртүү үчүн аны Excel китебине экспорттоп, Excel же LibreOffice программасында оңдоңуз (жаңы редакциясын көрсөтүңүз) жана кайра импорттоңуз.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакциясы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>New assessments</source>
        <translation>Жаңы баалоолор</translation>
    </message>
    <message>
        <source>Installed catalogues</source>
        <translation>Орнотулган каталогдор</translation>
    </message>
    <message>
        <source>&amp;Use for new assessments</source>
        <translation>Жаңы баалоолор үчүн &amp;колдонуу</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>Файл &amp;кошуу…</translation>
    </message>
    <message>
        <source>&amp;Import a workbook…</source>
        <translation>Китепти &amp;импорттоо…</translation>
    </message>
    <message>
        <source>&amp;Export as workbook…</source>
        <translation>Китепке &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Indicator / action</source>
        <translation>Көрсөткүч / иш-чара</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Учурдагы маани</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Жаңы маани</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Карама-каршылык</translation>
    </message>
    <message>
        <source>This field was changed in the assessment after the workbook was exported. Check the box to overwrite it with the workbook&apos;s value.</source>
        <translation>Бул талаа таблица экспорттолгондон кийин баалоодо өзгөртүлгөн. Таблицадагы маани менен алмаштыруу үчүн белгилеңиз.</translation>
    </message>
    <message>
        <source>changed after export</source>
        <translation>экспорттон кийин өзгөртүлгөн</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>N/A</source>
        <translation>Колдонулбайт</translation>
    </message>
    <message>
        <source>Higher (+{0})</source>
        <translation>Жогору (+{0})</translation>
    </message>
    <message>
        <source>Lower ({0})</source>
        <translation>Төмөн ({0})</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгөргөн жок</translation>
    </message>
    <message>
        <source>Rated now</source>
        <translation>Эми бааланды</translation>
    </message>
    <message>
        <source>No longer rated</source>
        <translation>Мындан ары бааланбайт</translation>
    </message>
    <message>
        <source>Now applicable</source>
        <translation>Эми колдонулат</translation>
    </message>
    <message>
        <source>Now not applicable</source>
        <translation>Эми колдонулбайт</translation>
    </message>
    <message>
        <source>New in this edition</source>
        <translation>Бул редакцияда жаңы</translation>
    </message>
    <message>
        <source>Not in this edition</source>
        <translation>Бул редакцияда жок</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Иш чөйрөсү</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Мурда</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Азыр</translation>
    </message>
    <message>
        <source>Mean level per area, before and now</source>
        <translation>Чөйрөлөр боюнча орточо деңгээл: мурун жана азыр</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсөткүч</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөрүү</translation>
    </message>
    <message>
        <source>Criteria gained</source>
        <translation>Жаңы критерийлер</translation>
    </message>
    <message>
        <source>Criteria lost</source>
        <translation>Жоголгон критерийлер</translation>
    </message>
    <message>
        <source>Actions completed in between</source>
        <translation>Ушул убакытта аткарылган иш-чаралар</translation>
    </message>
    <message>
        <source>Progress since the previous assessment</source>
        <translation>Мурунку баалоодон бери жылыш</translation>
    </message>
    <message>
        <source>Progress since {0}, {1}</source>
        <translation>«{0}» баалоосунан бери жылыш, {1}</translation>
    </message>
    <message>
        <source>the previous assessment</source>
        <translation>мурунку баалоо</translation>
    </message>
    <message>
        <source>Higher: {0}; lower: {1}; unchanged: {2}.</source>
        <translation>Жогору: {0}; төмөн: {1}; өзгөргөн жок: {2}.</translation>
    </message>
    <message>
        <source>The previous assessment is read from the copy kept in this file.</source>
        <translation>Мурунку баалоо ушул файлда сакталган көчүрмөдөн окулду.</translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation>Мурда: {0}</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Criteria ticked: {0} of {1}. Suggested level: {2} ({3}); levels that agree with the ticks: {4}.</source>
        <translation>Белгиленген критерийлер: {1} ичинен {0}. Сунушталган деңгээл: {2} ({3}); белгилерге туура келген деңгээлдер: {4}.</translation>
    </message>
    <message>
        <source>Use level {0}</source>
        <translation>{0}-деңгээлди тандоо</translation>
    </message>
</context>
<context>
    <name>ContributionCommands</name>
    <message>
        <source>Prepare con&amp;tributions…</source>
        <translation>Органдардын &amp;салымдарын даярдоо…</translation>
    </message>
    <message>
        <source>&amp;Merge a contribution…</source>
        <translation>Салымды би&amp;риктирүү…</translation>
    </message>
    <message>
        <source>Contribution of {0} to the assessment &quot;{1}&quot;. You can change only the indicators given to {0} (in all: {2}); the others are shown read-only. Send this file back to the lead authority when it is done.</source>
        <translation>«{0}» органынын «{1}» баалоосуна салымы. «{0}» органына бекитилген көрсөткүчтөрдү гана өзгөртө аласыз (баары: {2}); калгандары окуу үчүн гана көрсөтүлөт. Иш бүткөндө бул файлды жетектөөчү органга жөнөтүңүз.</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <source>Prepare contributions</source>
        <translation>Органдардын салымдарын даярдоо</translation>
    </message>
    <message>
        <source>Add the authorities that contribute to the assessment, give each the areas or indicators it answers for, then write one contribution file for each. They fill it in with this application and send it back: File → Merge a contribution.</source>
        <translation>Баалоого катышкан органдарды кошуп, ар бирине өз чөйрөлөрүн же көрсөткүчтөрүн бекитиңиз, андан кийин ар бири үчүн салым файлын жазыңыз. Орган аны ушул колдонмодо толтуруп, кайра жөнөтөт: Файл → Салымды бириктирүү.</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Кыска аталышы</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланышуучу адам</translation>
    </message>
    <message>
        <source>&amp;Add authority</source>
        <translation>Орган &amp;кошуу</translation>
    </message>
    <message>
        <source>&amp;Remove authority</source>
        <translation>Органды &amp;өчүрүү</translation>
    </message>
    <message>
        <source>Area / indicator</source>
        <translation>Чөйрө / көрсөткүч</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Жооптуу орган</translation>
    </message>
    <message>
        <source>&amp;Write contribution files…</source>
        <translation>Салым файлдарын &amp;жазуу…</translation>
    </message>
    <message>
        <source>Contributing authorities</source>
        <translation>Катышуучу органдар</translation>
    </message>
    <message>
        <source>Who holds what (an indicator follows its area unless it is given to someone else)</source>
        <translation>Эмне кимге бекитилген (көрсөткүч башкага бекитилбесе, өз чөйрөсүнүн органына тиешелүү)</translation>
    </message>
    <message>
        <source>Authority {0}</source>
        <translation>{0}-орган</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>эч кимге</translation>
    </message>
    <message>
        <source>as its area</source>
        <translation>чөйрөсүндөй</translation>
    </message>
    <message>
        <source>Give at least one area or indicator to an authority first.</source>
        <translation>Адегенде органга жок дегенде бир чөйрөнү же көрсөткүчтү бекитиңиз.</translation>
    </message>
    <message>
        <source>Folder for the contribution files</source>
        <translation>Салым файлдары үчүн папка</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution file(s) written:</source>
        <translation>
            <numerusform>%n салым файлы жазылды:</numerusform>
            <numerusform>%n салым файлы жазылды:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContributorsPanel</name>
    <message>
        <source>Contributing authorities</source>
        <translation>Катышуучу органдар</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланышуучу адам</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Аякталды</translation>
    </message>
    <message>
        <source>Indicators changed</source>
        <translation>Өзгөртүлгөн көрсөткүчтөр</translation>
    </message>
</context>
<context>
    <name>CycleMenu</name>
    <message>
        <source>Mark as &amp;final (approved)…</source>
        <translation>Акыркы (б&amp;екитилген) деп белгилөө…</translation>
    </message>
    <message>
        <source>Reopen for &amp;a correction…</source>
        <translation>О&amp;ңдоо үчүн кайра ачуу…</translation>
    </message>
    <message>
        <source>&amp;Start the next self-assessment…</source>
        <translation>Кийинки өз алдынча баалоону ба&amp;штоо…</translation>
    </message>
    <message>
        <source>Compare wit&amp;h another assessment…</source>
        <translation>Башка баалоо ме&amp;нен салыштыруу…</translation>
    </message>
    <message>
        <source>Pro&amp;gress since the previous assessment</source>
        <translation>Мурунку баалоодон бери жылы&amp;ш</translation>
    </message>
    <message>
        <source>Final: approved by {0} on {1}. Read-only — start the next self-assessment, or reopen it for a correction.</source>
        <translation>Акыркы редакциясы: {0} бекиткен, {1}. Окуу үчүн гана — кийинки өз алдынча баалоону баштаңыз же бул баалоону оңдоо үчүн кайра ачыңыз.</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>Акыркы деп белгилөө</translation>
    </message>
    <message>
        <source>Who approved the assessment? The name goes into the approval block of the report, with today&apos;s date. After this the assessment can no longer be changed.</source>
        <translation>Баалоону ким бекитти? Аты бүгүнкү күн менен бирге отчеттун «Бекитүү» бөлүгүнө жазылат. Андан кийин баалоону өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <source>Reopen for correction</source>
        <translation>Оңдоо үчүн кайра ачуу</translation>
    </message>
    <message>
        <source>Why must the final assessment be corrected? The reason is kept in the history.</source>
        <translation>Акыркы баалоону эмне үчүн оңдоо керек? Себеби өзгөртүүлөрдүн тарыхында сакталат.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Өзгөртүлгөн жок</translation>
    </message>
    <message>
        <source>{0} (next)</source>
        <translation>{0} (кийинки)</translation>
    </message>
    <message>
        <source>Start the next self-assessment</source>
        <translation>Кийинки өз алдынча баалоону баштоо</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia)</source>
        <translation>TEIA баалоосу (*.teia)</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Түзүлгөн жок</translation>
    </message>
    <message>
        <source>The answers were carried over: confirm or update each one (marked in the navigator).</source>
        <translation>Жооптор которулду: ар бирин ырастаңыз же жаңылаңыз (алар навигатордо белгиленген).</translation>
    </message>
    <message>
        <source>Compare with another assessment</source>
        <translation>Башка баалоо менен салыштыруу</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Салыштыруу мүмкүн эмес</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Assessment details</source>
        <translation>Баалоо жөнүндө маалымат</translation>
    </message>
    <message>
        <source>Final version (agreed; exports say &quot;Final&quot; instead of &quot;Draft&quot;)</source>
        <translation>Акыркы версия (макулдашылган; экспортто «Долбоор» ордуна «Акыркы» деп жазылат)</translation>
    </message>
    <message>
        <source>Recorded with each change, e.g. &quot;A. Asanova (MES)&quot;</source>
        <translation>Ар бир өзгөртүү менен жазылат, мисалы «А. Асанова (ӨКМ)»</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Өлкө:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Lead authority:</source>
        <translation>&amp;Жетектөөчү орган:</translation>
    </message>
    <message>
        <source>&amp;Prepared by (names, separated by commas):</source>
        <translation>&amp;Даярдагандар (аттары үтүр менен):</translation>
    </message>
    <message>
        <source>&amp;Your name on this computer:</source>
        <translation>Бул компьютердеги а&amp;тыңыз:</translation>
    </message>
    <message>
        <source>Created {0}; last changed {1}</source>
        <translation>Түзүлгөн: {0}; акыркы өзгөртүү: {1}</translation>
    </message>
    <message>
        <source>The report in each language</source>
        <translation>Ар бир тилдеги отчет</translation>
    </message>
    <message>
        <source>Report in English</source>
        <translation>Англис тилиндеги отчет</translation>
    </message>
    <message>
        <source>Report in Russian</source>
        <translation>Орус тилиндеги отчет</translation>
    </message>
    <message>
        <source>Report in Kyrgyz</source>
        <translation>Кыргыз тилиндеги отчет</translation>
    </message>
    <message>
        <source>Empty: the title above</source>
        <translation>Бош болсо — жогорудагы аталыш</translation>
    </message>
    <message>
        <source>A few paragraphs printed first in the report, before the key figures</source>
        <translation>Отчеттун башында, негизги сандардын алдында басылуучу бир нече абзац</translation>
    </message>
    <message>
        <source>T&amp;itle in this language:</source>
        <translation>&amp;Бул тилдеги аталышы:</translation>
    </message>
    <message>
        <source>E&amp;xecutive summary:</source>
        <translation>Кыскача &amp;корутунду:</translation>
    </message>
    <message>
        <source>Meetings and abbreviations</source>
        <translation>Жыйындар жана кыскартуулар</translation>
    </message>
    <message>
        <source>Authority, person and contact</source>
        <translation>Орган, жооптуу адам жана байланыш</translation>
    </message>
    <message>
        <source>One meeting a line: date; place; participants</source>
        <translation>Ар бир сапта бир жыйын: күнү; орду; катышуучулар</translation>
    </message>
    <message>
        <source>One a line: abbreviation — meaning</source>
        <translation>Ар бир сапта бирден: кыскартуу — мааниси</translation>
    </message>
    <message>
        <source>National &amp;focal point:</source>
        <translation>&amp;Улуттук координациялык борбор:</translation>
    </message>
    <message>
        <source>&amp;Meetings (one a line: date; place; participants):</source>
        <translation>Жы&amp;йындар (ар бир сапта бирден: күнү; орду; катышуучулар):</translation>
    </message>
    <message>
        <source>A&amp;bbreviations (one a line: abbreviation — meaning):</source>
        <translation>Кыскартуу&amp;лар (ар бир сапта бирден: кыскартуу — мааниси):</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Edit {0}</source>
        <translation>{0} өзгөртүү</translation>
    </message>
    <message>
        <source>Add action {0}</source>
        <translation>{0}-иш-чараны кошуу</translation>
    </message>
    <message>
        <source>Edit action {0}</source>
        <translation>{0}-иш-чараны өзгөртүү</translation>
    </message>
    <message>
        <source>Delete action {0}</source>
        <translation>{0}-иш-чараны өчүрүү</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your typing is kept in the window; use &quot;Save a copy&quot; to save it elsewhere.</source>
        <translation>Терилген текст терезеде калат; аны башка жерге сактоо үчүн «Көчүрмөсүн сактоо» буйругун колдонуңуз.</translation>
    </message>
    <message>
        <source>Use &quot;Save a copy&quot; to keep your latest typing elsewhere.</source>
        <translation>Акыркы киргизилген маалыматтарды башка жерге сактоо үчүн «Көчүрмөсүн сактоо» буйругун колдонуңуз.</translation>
    </message>
    <message>
        <source>Use File → Start the next self-assessment to continue from it, or File → Reopen for correction if it must be corrected.</source>
        <translation>Анын негизинде улантуу үчүн Файл → Кийинки өз алдынча баалоону баштоо, аны оңдоо керек болсо — Файл → Оңдоо үчүн кайра ачуу тандаңыз.</translation>
    </message>
    <message>
        <source>Move the earlier one to this edition first (File → Move to another catalogue…).</source>
        <translation>Адегенде мурунку баалоону ушул редакцияга көчүрүңүз (Файл → Башка каталогго көчүрүү…).</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {detail}</source>
        <translation>Күтүлбөгөн ката кетти: {detail}</translation>
    </message>
    <message>
        <source>The catalogue {file} cannot be used.
Entry: {entry}
Problem: {problem}</source>
        <translation>{file} каталогун колдонууга болбойт.
Жазуу: {entry}
Көйгөй: {problem}</translation>
    </message>
    <message>
        <source>{file} cannot be read any more ({detail}): was the USB stick or network drive removed? Put it back and open the file again.</source>
        <translation>{file} файлы мындан ары окулбайт ({detail}): USB-флешка чыгарылып же тармактык диск ажыратылып калдыбы? Аны кайра туташтырып, файлды кайра ачыңыз.</translation>
    </message>
    <message>
        <source>The last change could not be saved to {file}: {detail}.</source>
        <translation>Акыркы өзгөртүү {file} файлына сакталган жок: {detail}.</translation>
    </message>
    <message>
        <source>The last change could not be saved to {file}: the file was removed, renamed or its drive was disconnected.</source>
        <translation>Акыркы өзгөртүү {file} файлына сакталган жок: файл өчүрүлгөн, аты өзгөртүлгөн же анын диски ажыратылган.</translation>
    </message>
    <message>
        <source>{file} uses another edition of the catalogue of indicators ({before}, this one {now}) and this assessment was not moved from it; the two cannot be compared.</source>
        <translation>{file} көрсөткүчтөр каталогунун башка редакциясын колдонот ({before}, бул жерде — {now}), жана бул баалоо андан көчүрүлгөн эмес; аларды салыштырууга болбойт.</translation>
    </message>
    <message>
        <source>{file} is final (approved) and cannot be changed.</source>
        <translation>{file} — акыркы (бекитилген) редакция, аны өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) or is damaged. Nothing was imported.</source>
        <translation>{file} Excel таблицасы (.xlsx) эмес же бузулган. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened ({detail}). The file was left unchanged; the details are in the log.</source>
        <translation>{file} бузулган, аны ачууга болбойт ({detail}). Файл өзгөртүлгөн жок; толук маалымат журналга жазылды.</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail}): the full check made after opening found it. Nothing has been written to it since it was opened, and nothing more will be; restore it from a backup (File → Restore from backup). The details are in the log.</source>
        <translation>{file} бузулган ({detail}): муну ачылгандан кийинки толук текшерүү тапты. Ачылгандан бери ага эч нерсе жазылган жок жана мындан ары жазылбайт; аны камдык көчүрмөдөн калыбына келтириңиз (Файл → Камдык көчүрмөдөн калыбына келтирүү). Толук маалымат журналга жазылды.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of TEIA Self-Assessment (format {version}). Please update the application to open it. The file was left unchanged.</source>
        <translation>{file} «TEIA: өз алдынча баалоо» программасынын жаңыраак версиясында түзүлгөн ({version} форматы). Аны ачуу үчүн программаны жаңыртыңыз. Файл өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>{file} is already open in a window of {user} on the computer {host} (since {since}). Close it there first, or open it read-only.</source>
        <translation>{file} {host} компьютеринде {user} колдонуучунун терезесинде ачык турат ({since} тартып). Адегенде аны ошол жерден жабыңыз же окуу үчүн гана ачыңыз.</translation>
    </message>
    <message>
        <source>{file} is being changed by another command ({user} on {host}). Try again in a moment.</source>
        <translation>{file} азыр башка буйрук менен өзгөртүлүүдө ({user}, {host}). Бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (it is a folder, a device or a pipe) and was not read.</source>
        <translation>{file} кадимки файл эмес (ал папка, түзмөк же канал) жана окулган жок.</translation>
    </message>
    <message>
        <source>{file} holds a value of the wrong type (table {table}, column {column}, row {row}) and was not opened. The file was left unchanged.</source>
        <translation>{file} туура эмес типтеги маанини камтыйт ({table} таблицасы, {column} мамычасы, {row} сап) жана ачылган жок. Файл өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>Beside {file} lies a journal that belongs to another document ({journal}). It was not used; both files were left unchanged.</source>
        <translation>{file} жанында башка документтин журналы жатат ({journal}). Ал колдонулган жок; эки файл тең өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>Beside {file} lay a journal that belongs to another document. It was not used and was moved to {journal}.</source>
        <translation>{file} жанында башка документтин журналы жаткан. Ал колдонулган жок жана {journal} файлына көчүрүлдү.</translation>
    </message>
    <message>
        <source>{file} lacked the answers of {count} indicators; they were added as not started.</source>
        <translation>{file} ичинде {count} көрсөткүч боюнча жооптор жок болчу; алар башталбаган катары кошулду.</translation>
    </message>
    <message>
        <source>{file} cannot be replaced: it is open in another program (for example Word or Excel) or it is read-only. Close it there, or choose another name.</source>
        <translation>{file} файлын алмаштыруу мүмкүн эмес: ал башка программада ачык (мисалы, Word же Excel) же окуу үчүн гана жеткиликтүү. Аны ошол жерде жабыңыз же башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>The assessment was not created: the folder {folder} does not exist and could not be made ({detail}).</source>
        <translation>Баалоо түзүлгөн жок: {folder} папкасы жок жана аны түзүүгө мүмкүн болгон жок ({detail}).</translation>
    </message>
    <message>
        <source>The assessment was not created: {folder} is a file, not a folder. Choose another folder.</source>
        <translation>Баалоо түзүлгөн жок: {folder} — папка эмес, файл. Башка папканы тандаңыз.</translation>
    </message>
    <message>
        <source>The assessment was not created: no file can be written in {folder} (no permission, or a read-only drive). Choose another folder.</source>
        <translation>Баалоо түзүлгөн жок: {folder} папкасына файл жазууга болбойт (уруксат жок же диск окуу үчүн гана). Башка папканы тандаңыз.</translation>
    </message>
    <message>
        <source>The assessment was not created: the drive holding {folder} is full. Free some space or choose another folder.</source>
        <translation>Баалоо түзүлгөн жок: {folder} папкасы жайгашкан диск толуп калган. Орун бошотуңуз же башка папканы тандаңыз.</translation>
    </message>
    <message>
        <source>The assessment file {file} could not be created: {detail}. Nothing was written; choose another folder or name.</source>
        <translation>{file} баалоо файлын түзүүгө мүмкүн болгон жок: {detail}. Эч нерсе жазылган жок; башка папканы же атты тандаңыз.</translation>
    </message>
    <message>
        <source>The file {name} is {size}; attachments can be at most {limit} each.</source>
        <translation>{name} файлынын көлөмү {size}; ар бир тиркеменин көлөмү эң көп {limit} болушу мүмкүн.</translation>
    </message>
    <message>
        <source>{file} was not written: {detail}. An earlier file of that name was left as it was.</source>
        <translation>{file} жазылган жок: {detail}. Ушул аталыштагы мурунку файл өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>{file} is an assessment; an export is never written over one. Choose another name.</source>
        <translation>{file} — өз алдынча баалоонун файлы; экспорт анын үстүнө эч качан жазылбайт. Башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a device, a folder or a pipe); nothing was written to it.</source>
        <translation>{file} — кадимки файл эмес (түзмөк, папка же канал); ага эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>Indicator {indicator} is not part of this contribution: it is changed in the assessment itself, or in the contribution of the authority that holds it.</source>
        <translation>{indicator} көрсөткүчү бул салымга кирбейт: ал баалоонун өзүндө же ага жооптуу органдын салымында өзгөртүлөт.</translation>
    </message>
    <message>
        <source>{file} is a copy of another assessment, not of this one. Nothing was merged.</source>
        <translation>{file} — башка баалоонун көчүрмөсү, бул баалоонуку эмес. Эч нерсе бириктирилген жок.</translation>
    </message>
    <message>
        <source>{file} uses another edition of the catalogue of indicators ({detail}). Nothing was merged.</source>
        <translation>{file} ичинде көрсөткүчтөр каталогунун башка редакциясы колдонулат ({detail}). Эч нерсе бириктирилген жок.</translation>
    </message>
    <message>
        <source>{file} is this assessment itself; choose a contribution or another copy.</source>
        <translation>{file} — бул баалоонун өзү; салымды же башка көчүрмөнү тандаңыз.</translation>
    </message>
    <message>
        <source>{file} is not of the same assessment lineage as this one (neither was started from the other); they cannot be compared.</source>
        <translation>{file} ушул баалоо менен бир баалоолор катарына кирбейт (бири экинчисинен башталган эмес); аларды салыштырууга болбойт.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of TEIA Self-Assessment (workbook format {version}). Nothing was imported.</source>
        <translation>{file} «TEIA: өз алдынча баалоо» программасынын жаңыраак версиясында түзүлгөн (таблицанын {version} форматы). Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The due date {due} is before the start date {start}. Choose a later due date or an earlier start.</source>
        <translation>{due} мөөнөтү {start} башталыш күнүнөн мурун. Кечирээк мөөнөттү же эртерээк башталыш күнүн тандаңыз.</translation>
    </message>
    <message>
        <source>{file} is too large or too strongly compressed to be a filled-in workbook. Nothing was imported.</source>
        <translation>{file} толтурулган таблица үчүн өтө чоң же өтө катуу кысылган. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>{file} contains XML constructs that are not allowed in a workbook. Nothing was imported.</source>
        <translation>{file} таблицада уруксат берилбеген XML түзүлүштөрүн камтыйт. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>{file} was not exported by TEIA Self-Assessment. Nothing was imported.</source>
        <translation>{file} «TEIA: өз алдынча баалоо» программасынан экспорттолгон эмес. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>{file} belongs to another assessment, not to this one. Nothing was imported.</source>
        <translation>{file} бул баалоого эмес, башка баалоого тиешелүү. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>{file} was exported with another catalogue of indicators ({detail}). Nothing was imported.</source>
        <translation>{file} көрсөткүчтөрдүн башка каталогу менен экспорттолгон ({detail}). Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; is missing from {file} (was it renamed or deleted?). Nothing was imported.</source>
        <translation>{file} ичинде «{sheet}» барагы жок (анын аты өзгөртүлдүбү же өчүрүлдүбү?). Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The columns of the sheet &quot;{sheet}&quot; in {file} were changed (column {column}: expected &quot;{expected}&quot;, found &quot;{found}&quot;). Nothing was imported.</source>
        <translation>{file} ичиндеги «{sheet}» барагынын мамычалары өзгөртүлгөн ({column} мамыча: «{expected}» күтүлгөн, «{found}» табылды). Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} has more than {limit} rows. Nothing was imported.</source>
        <translation>{file} ичиндеги «{sheet}» барагында {limit} саптан ашык бар. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, cell {cell}: {detail}. Nothing was imported.</source>
        <translation>{file}, «{sheet}» барагы, {cell} уячасы: {detail}. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;: {item} appears twice (rows {first} and {second}). Nothing was imported.</source>
        <translation>{file}, «{sheet}» барагы: {item} эки жолу кездешет ({first} жана {second} саптар). Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, cell {cell}: there is no indicator {indicator} in this assessment. Nothing was imported.</source>
        <translation>{file}, «{sheet}» барагы, {cell} уячасы: бул баалоодо {indicator} көрсөткүчү жок. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The assessment changed while the import was being reviewed. Read the workbook again. Nothing was imported.</source>
        <translation>Импорт каралып жатканда баалоо өзгөрдү. Таблицаны кайра окуңуз. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, cell {cell}: {problem}. No catalogue was written.</source>
        <translation>{file}, «{sheet}» барагы, {cell} уячасы: {problem}. Каталог жазылган жок.</translation>
    </message>
    <message>
        <source>The Annex I table {file} cannot be used.
Entry: {entry}
Problem: {problem}</source>
        <translation>I тиркеменин {file} таблицасын колдонууга болбойт.
Жазуу: {entry}
Көйгөй: {problem}</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>{file} файлы жок.</translation>
    </message>
    <message>
        <source>{file} is not a TEIA self-assessment document. It was not opened and not changed.</source>
        <translation>{file} TEIA өз алдынча баалоо документи эмес. Ал ачылган жок жана өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>{file} contains parts that do not belong to a TEIA document ({detail}). It was not opened and not changed.</source>
        <translation>{file} TEIA документине тиешеси жок бөлүктөрдү камтыйт ({detail}). Ал ачылган жок жана өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>{file} is already open in another window or program. Close it there first.</source>
        <translation>{file} башка терезеде же программада ачык турат. Адегенде аны ошол жерден жабыңыз.</translation>
    </message>
    <message>
        <source>{file} cannot be written: the file or its folder is read-only (for example a write-protected USB stick). Use &quot;Save a copy&quot; to keep working elsewhere.</source>
        <translation>{file} жазылбайт: файл же анын папкасы окуу үчүн гана (мисалы, жазуудан корголгон USB-флешка). Башка жерде иштөөнү улантуу үчүн «Көчүрмөсүн сактоо» буйругун колдонуңуз.</translation>
    </message>
    <message>
        <source>{file} already exists. Choose another name.</source>
        <translation>{file} мурунтан бар. Башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>There is no indicator {indicator} in this assessment.</source>
        <translation>Бул баалоодо {indicator} көрсөткүчү жок.</translation>
    </message>
    <message>
        <source>The value for {field} is not valid: {detail}</source>
        <translation>{field} талаасынын мааниси жараксыз: {detail}</translation>
    </message>
    <message>
        <source>The tailings method {file} cannot be used.
Entry: {entry}
Problem: {problem}</source>
        <translation>Калдык сактагычтарды баалоо методикасын {file} колдонууга болбойт.
Жазуу: {entry}
Көйгөй: {problem}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорттоо</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word документи (.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel таблицасы (.xlsx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тили:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Сактоо жери:</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Файлды ачуу</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Папканы ачуу</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттоо</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word документтери (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel таблицалары (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорттоо жери</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} жазылууда…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сакталды: {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорттоо ишке ашкан жок</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Backup restored</source>
        <translation>Камдык көчүрмө калыбына келтирилди</translation>
    </message>
    <message>
        <source>The backup was restored into {0}. Open it now?</source>
        <translation>Камдык көчүрмө {0} файлына калыбына келтирилди. Азыр ачасызбы?</translation>
    </message>
    <message>
        <source>This is a workbook</source>
        <translation>Бул Excel таблицасы</translation>
    </message>
    <message>
        <source>{0} is an Excel workbook, not an assessment. A workbook exported from an assessment brings its answers back into it: open that assessment first, then choose File → Import workbook.</source>
        <translation>{0} — баалоо эмес, Excel таблицасы. Баалоодон чыгарылган таблица толтурулган жоопторду ага кайра киргизет: адегенде ошол баалоону ачып, андан кийин «Файл → Таблицаны импорттоо» тандаңыз.</translation>
    </message>
    <message>
        <source>{0} is an Excel workbook, not an assessment. Import the answers filled in it into {1}? Every change is shown before it is applied.</source>
        <translation>{0} — баалоо эмес, Excel таблицасы. Андагы толтурулган жоопторду {1} ичине импорттоо керекпи? Ар бир өзгөртүү колдонулганга чейин көрсөтүлөт.</translation>
    </message>
    <message>
        <source>&amp;Import into this assessment…</source>
        <translation>Ушул баалоого &amp;импорттоо…</translation>
    </message>
    <message>
        <source>Assessment not found</source>
        <translation>Баалоо табылган жок</translation>
    </message>
    <message>
        <source>{0} is no longer in the folder {1}. It may have been moved, renamed or deleted, or it is on a USB stick or network drive that is not connected now.</source>
        <translation>{0} файлы мындан ары {1} папкасында жок. Ал жылдырылган, аты өзгөртүлгөн же өчүрүлгөн болушу мүмкүн, же азыр туташтырылбаган USB-флешкада же тармактык дискте турат.</translation>
    </message>
    <message>
        <source>The newest automatic backup of a file with this name is from {0}.</source>
        <translation>Ушул аталыштагы файлдын эң акыркы автоматтык камдык көчүрмөсү {0} жасалган.</translation>
    </message>
    <message>
        <source>There is no automatic backup of it on this computer.</source>
        <translation>Бул компьютерде анын автоматтык камдык көчүрмөсү жок.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Камдык көчүрмөдөн ка&amp;лыбына келтирүү…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>Тизмеден ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Keep in the list</source>
        <translation>Тизмеде &amp;калтыруу</translation>
    </message>
    <message>
        <source>History of indicator {0}</source>
        <translation>{0} көрсөткүчүнүн тарыхы</translation>
    </message>
    <message>
        <source>History of the assessment</source>
        <translation>Баалоонун тарыхы</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Marked complete, but no evidence is given.</source>
        <translation>Аякталды деп белгиленген, бирок тастыктоочу далилдер көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>Level {0} claims more than the criteria ticked ({1} of {2}); they suggest level {3}.</source>
        <translation>{0}-деңгээл белгиленген критерийлерден ({2} ичинен {1}) көптү билдирет; алар боюнча {3}-деңгээл сунушталат.</translation>
    </message>
    <message>
        <source>Level {0} is lower than the criteria ticked ({1} of {2}) show; they suggest level {3}.</source>
        <translation>{0}-деңгээл белгиленген критерийлер ({2} ичинен {1}) көрсөткөндөн төмөн; алар боюнча {3}-деңгээл сунушталат.</translation>
    </message>
</context>
<context>
    <name>HandoutSaver</name>
    <message>
        <source>TEIA user guide</source>
        <translation>TEIA колдонуучусунун колдонмосу</translation>
    </message>
    <message>
        <source>Save the user guide as PDF</source>
        <translation>Колдонмону PDF катары сактоо</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>The guide was not saved</source>
        <translation>Колдонмо сакталган жок</translation>
    </message>
    <message>
        <source>The guide was saved</source>
        <translation>Колдонмо сакталды</translation>
    </message>
    <message numerus="yes">
        <source>{file} was written (%n page(s)).</source>
        <translation>
            <numerusform>{file} жазылды (%n бет).</numerusform>
            <numerusform>{file} жазылды (%n бет).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide — TEIA Self-Assessment</source>
        <translation>Колдонуучунун колдонмосу — TEIA: өз алдынча баалоо</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)</source>
        <translation>Колдонмодон издөө (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Колдонмодон издөө</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Бөлүмдөр</translation>
    </message>
    <message>
        <source>Chapter text</source>
        <translation>Бөлүмдүн тексти</translation>
    </message>
    <message>
        <source>The agreed terms in the three languages. Type to filter.</source>
        <translation>Үч тилдеги макулдашылган терминдер. Тандоо үчүн текст териңиз.</translation>
    </message>
    <message>
        <source>Filter the terms</source>
        <translation>Терминдерди тандоо</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Терминдер сөздүгү</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <source>Save as PDF for printing…</source>
        <translation>Басып чыгаруу үчүн PDF катары сактоо…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Эч нерсе табылган жок</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Description</source>
        <translation>Сыпаттама</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Тастыктоочу далилдер</translation>
    </message>
    <message>
        <source>Gaps and challenges</source>
        <translation>Кемчиликтер жана кыйынчылыктар</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Жооптуу орган</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгээл</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Колдонулбайт</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Аткарылган критерийлер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Максаттуу деңгээл</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Тиркеме</translation>
    </message>
    <message>
        <source>Assessment created</source>
        <translation>Баалоо түзүлдү</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Lead authority</source>
        <translation>Жетектөөчү орган</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Даярдагандар</translation>
    </message>
    <message>
        <source>Language of the indicators</source>
        <translation>Көрсөткүчтөрдүн тили</translation>
    </message>
    <message>
        <source>Final version</source>
        <translation>Акыркы версия</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Иш-чаранын аталышы</translation>
    </message>
    <message>
        <source>Gap being closed</source>
        <translation>Жоюлуучу кемчилик</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Күтүлгөн натыйжа</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Өнөктөштөр</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурстар</translation>
    </message>
    <message>
        <source>International assistance requested</source>
        <translation>Эл аралык жардам суралган</translation>
    </message>
    <message>
        <source>Assistance requested</source>
        <translation>Жардам суралган</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Артыкчылык</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Аткарылышы боюнча эскертмелер</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Аякталды</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Аткарылууда</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жогорку</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орточо</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмөн</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Программанын терезесинде</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Жаңы баалоо</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Буйрук сабы</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Мисал</translation>
    </message>
    <message>
        <source>Imported from {0}</source>
        <translation>{0} файлынан импорттолду</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсөткүч</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Мурда</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кийин</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Кантип</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Level</source>
        <translation>Деңгээл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Аткарылган критерийлер</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сыпаттама</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Тастыктоочу далилдер</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Кемчиликтер</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Жооптуу орган</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Жаңы иш-чара</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <translation>Иш-чараны өчүрүү</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Gap addressed</source>
        <translation>Жоюлуучу кемчилик</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Күтүлгөн натыйжа</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Жетектөөчү орган</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Өнөктөштөр</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Артыкчылык</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурстар</translation>
    </message>
    <message>
        <source>Assistance requested</source>
        <translation>Жардам суралган</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Керектүү жардам</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Аткарылышы боюнча эскертмелер</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;, row {row}: not an indicator (&quot;{text}&quot;); the row was skipped.</source>
        <translation>«{sheet}» барагы, {row}-сап: бул көрсөткүч эмес («{text}»); сап өткөрүлүп жиберилди.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;, row {row}: an action without a title (&quot;{text}&quot;); the row was skipped.</source>
        <translation>«{sheet}» барагы, {row}-сап: аталышы жок иш-чара («{text}»); сап өткөрүлүп жиберилди.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;, column {column} (&quot;{header}&quot;) was added in the workbook; it is not imported.</source>
        <translation>«{sheet}» барагына {column} мамычасы («{header}») кошулган; ал импорттолбойт.</translation>
    </message>
    <message>
        <source>Action {target} was deleted from the workbook; it is offered as a deletion, not checked.</source>
        <translation>{target} иш-чарасы таблицадан өчүрүлгөн; аны өчүрүү сунушталат, бирок белгиленген эмес.</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} импорттоо</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {0}.</source>
        <translation>
            <numerusform>{0} ичинде %n өзгөртүү.</numerusform>
            <numerusform>{0} ичинде %n өзгөртүү бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of them were changed in the assessment after the export: they are not checked; check them to overwrite.</source>
        <translation>Алардын {0} экспорттон кийин баалоодо өзгөртүлгөн: алар белгиленген жок; үстүнө жазуу үчүн аларды белгилеңиз.</translation>
    </message>
    <message>
        <source>&amp;Apply checked changes</source>
        <translation>Белгиленген өзгөртүүлөрдү &amp;колдонуу</translation>
    </message>
    <message numerus="yes">
        <source>After this import %n indicator(s) will need attention (they can be corrected later):</source>
        <translation>
            <numerusform>Импорттон кийин %n көрсөткүч көңүл бурууну талап кылат (кийин оңдоого болот):</numerusform>
            <numerusform>Импорттон кийин %n көрсөткүч көңүл бурууну талап кылат (аларды кийин оңдоого болот):</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорттоо ишке ашкан жок</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Excel таблицасын импорттоо</translation>
    </message>
    <message>
        <source>{0} is a register workbook of hazardous activities, not an assessment workbook. Import it into the register? Every change is shown before it is applied.</source>
        <translation>{0} — баалоонун эмес, коркунучтуу ишмердүүлүктөр реестринин жумушчу китеби. Аны реестрге импорттоо керекпи? Ар бир өзгөртүү колдонулганга чейин көрсөтүлөт.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel таблицалары (*.xlsx)</translation>
    </message>
    <message>
        <source>{0} holds no changes for this assessment.</source>
        <translation>{0} ичинде бул баалоо үчүн өзгөртүүлөр жок.</translation>
    </message>
</context>
<context>
    <name>IndicatorHelp</name>
    <message>
        <source>Press F1 for the chapter of the user guide on rating an indicator.</source>
        <translation>Көрсөткүчтү баалоо жөнүндө колдонмонун бөлүмүн ачуу үчүн F1 баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Tick it when the criterion is met today.</source>
        <translation>Критерий бүгүн аткарылса, белгилеңиз.</translation>
    </message>
    <message>
        <source>A criterion is one concrete condition behind the indicator&apos;s statement. Tick it only when it is met today, and name the proof under Evidence. The ticked criteria suggest a level; a level that contradicts them is marked on the page and in the navigator.</source>
        <translation>Критерий — көрсөткүчтүн формулировкасынын артындагы бир так шарт. Аны бүгүн аткарылган учурда гана белгилеп, далилин тастыктоочу далилдерде көрсөтүңүз. Белгиленген критерийлер деңгээлди сунуштайт; аларга карама-каршы келген деңгээл бетте жана навигатордо белгиленет.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Колдонулбайт</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>{0}-деңгээл</translation>
    </message>
    <message>
        <source>Choose it when the indicator does not apply to the country, and say why in the description.</source>
        <translation>Көрсөткүч өлкөгө тиешеси жок болсо тандаңыз жана себебин сүрөттөмөдө түшүндүрүңүз.</translation>
    </message>
    <message>
        <source>Choose the level that fits today&apos;s situation best. The arrow keys move between levels, a digit chooses that level and N chooses not applicable.</source>
        <translation>Бүгүнкү абалга эң ылайыктуу деңгээлди тандаңыз. Жебе баскычтары деңгээлдердин ортосунда которот, сан ошол деңгээлди тандайт, N — «колдонулбайт».</translation>
    </message>
    <message>
        <source>What exists today, in a few sentences.</source>
        <translation>Бүгүн эмне бар экени, бир нече сүйлөм менен.</translation>
    </message>
    <message>
        <source>Describe what is in place today and where: the arrangements, who runs them, how far they reach. Keep opinions for the gaps.</source>
        <translation>Бүгүн эмне жана кайда бар экенин сүрөттөңүз: механизмдер, аларды ким башкарат, алар канчалык камтыйт. Баа берүүнү кемчиликтерге калтырыңыз.</translation>
    </message>
    <message>
        <source>The documents that prove it, with numbers and dates.</source>
        <translation>Муну тастыктаган документтер, номерлери жана даталары менен.</translation>
    </message>
    <message>
        <source>List the laws, decrees, procedures, reports and records that show what you describe, each with its number and date, so that a colleague or a reviewer abroad can check it. Attach the files below when you can.</source>
        <translation>Сиз сүрөттөгөндү тастыктаган мыйзамдарды, токтомдорду, жол-жоболорду, отчетторду жана жазууларды ар бирин номери жана датасы менен тизмелеңиз, кесиптеш же чет өлкөлүк эксперт текшере алгыдай болсун. Мүмкүн болсо файлдарды төмөндө тиркеңиз.</translation>
    </message>
    <message>
        <source>What is missing or does not work yet.</source>
        <translation>Эмне жетишпейт же эмне азырынча иштебейт.</translation>
    </message>
    <message>
        <source>Each gap should lead to an action of the plan: write it so that the action can say what will close it. &apos;Add an action for this gap&apos; creates one from it.</source>
        <translation>Ар бир кемчилик пландын иш-чарасына алып барышы керек: иш-чара аны эмне жоё турганын айта алгыдай жазыңыз. «Бул кемчилик боюнча иш-чара кошуу» андан иш-чара түзөт.</translation>
    </message>
    <message>
        <source>Who is in charge of this subject today.</source>
        <translation>Бүгүн бул маселе үчүн ким жооп берет.</translation>
    </message>
    <message>
        <source>The ministry, agency or service responsible today. It is proposed as the lead of an action added for this gap.</source>
        <translation>Бүгүн жооптуу министрлик, ведомство же кызмат. Ал ушул кемчилик боюнча кошулган иш-чаранын жетектөөчү органы катары сунушталат.</translation>
    </message>
    <message>
        <source>Tick it when the agencies concerned agree with this page.</source>
        <translation>Тиешелүү ведомстволор бул бет менен макул болгондо белгилеңиз.</translation>
    </message>
    <message>
        <source>Complete means that the answer is checked and agreed. An indicator marked complete without evidence is marked as needing attention.</source>
        <translation>«Аякталды» жооп текшерилип, макулдашылганын билдирет. Тастыктоочу далилсиз аякталды деп белгиленген көрсөткүч көңүл бурууну талап кылат деп белгиленет.</translation>
    </message>
    <message>
        <source>Files kept inside the assessment file; Enter opens one.</source>
        <translation>Баалоо файлынын ичинде сакталган файлдар; Enter файлды ачат.</translation>
    </message>
    <message>
        <source>Attached files travel with the assessment when it is copied or sent. Each file may be up to the size shown; they are listed in the Word report and its annex.</source>
        <translation>Тиркелген файлдар баалоо менен бирге көчүрүлөт жана жөнөтүлөт. Ар бир файлдын өлчөмү көрсөтүлгөндөн ашпашы керек; алар Word отчетунда жана анын тиркемесинде тизмеленет.</translation>
    </message>
    <message>
        <source>Actions of the plan linked to this indicator.</source>
        <translation>Бул көрсөткүч менен байланышкан пландын иш-чаралары.</translation>
    </message>
    <message>
        <source>The actions of the national action plan that address this indicator. Double-click one to edit it; &apos;Add an action for this gap&apos; adds one pre-filled from the gap.</source>
        <translation>Бул көрсөткүч боюнча иш-аракеттердин улуттук планынын иш-чаралары. Өзгөртүү үчүн иш-чараны эки жолу басыңыз; «Бул кемчилик боюнча иш-чара кошуу» кемчиликтин негизинде толтурулган иш-чараны кошот.</translation>
    </message>
</context>
<context>
    <name>IndicatorListDialog</name>
    <message numerus="yes">
        <source>%n indicator(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n көрсөткүч. Ачуу үчүн аны эки жолу басыңыз.</numerusform>
            <numerusform>%n көрсөткүч. Ачуу үчүн көрсөткүчтү эки жолу басыңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>Criteria — tick those that are met</source>
        <translation>Критерийлер — аткарылгандарын белгилеңиз</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Жетишилген деңгээл</translation>
    </message>
    <message>
        <source>&amp;Description of the current situation</source>
        <translation>&amp;Учурдагы абалдын сыпаттамасы</translation>
    </message>
    <message>
        <source>&amp;Evidence (laws, decrees, plans, reports, records)</source>
        <translation>&amp;Тастыктоочу далилдер (мыйзамдар, токтомдор, пландар, отчеттор, жазуулар)</translation>
    </message>
    <message>
        <source>&amp;Gaps and challenges</source>
        <translation>&amp;Кемчиликтер жана кыйынчылыктар</translation>
    </message>
    <message>
        <source>&amp;Responsible authority</source>
        <translation>&amp;Жооптуу орган</translation>
    </message>
    <message>
        <source>What is in place today, and where?</source>
        <translation>Бүгүнкү күндө эмне бар жана кайда?</translation>
    </message>
    <message>
        <source>Documents that show it, with dates and numbers</source>
        <translation>Муну тастыктаган документтер, күнү жана номери менен</translation>
    </message>
    <message>
        <source>What is missing or does not work yet</source>
        <translation>Эмне жетишпейт же азырынча иштебейт</translation>
    </message>
    <message>
        <source>Ministry, agency or service</source>
        <translation>Министрлик, агенттик же кызмат</translation>
    </message>
    <message>
        <source>Attachments (stored inside the assessment file)</source>
        <translation>Тиркемелер (баалоо файлынын ичинде сакталат)</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Файл кошуу…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Up to {0} per file</source>
        <translation>Бир файлга {0} чейин</translation>
    </message>
    <message>
        <source>&amp;Complete — checked and agreed</source>
        <translation>&amp;Аякталды — текшерилди жана макулдашылды</translation>
    </message>
    <message>
        <source>Actions in the national action plan (double-click to open)</source>
        <translation>Иш-аракеттердин улуттук планындагы иш-чаралар (ачуу үчүн эки жолу басыңыз)</translation>
    </message>
    <message>
        <source>Add an action for this gap</source>
        <translation>Бул кемчилик боюнча иш-чара кошуу</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Мурунку</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Кийинки ▶</translation>
    </message>
    <message>
        <source>Previous indicator (Ctrl+PgUp)</source>
        <translation>Мурунку көрсөткүч (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next indicator (Ctrl+PgDown)</source>
        <translation>Кийинки көрсөткүч (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Area {0}: {1}</source>
        <translation>Иш чөйрөсү {0}: {1}</translation>
    </message>
    <message>
        <source>Cross-cutting: {0}</source>
        <translation>Тармактар аралык чөйрөлөр: {0}</translation>
    </message>
    <message>
        <source>Convention references: {0}</source>
        <translation>Конвенцияга шилтемелер: {0}</translation>
    </message>
    <message>
        <source>Evidence to look for: {0}</source>
        <translation>Изделүүчү тастыктоочу далилдер: {0}</translation>
    </message>
    <message>
        <source>Indicator {0} of {1}</source>
        <translation>Көрсөткүч {0} / {1}</translation>
    </message>
    <message>
        <source>Criterion of indicator {0}; Space ticks or clears it.</source>
        <translation>{0} көрсөткүчүнүн критерийи; боштук баскычы белги коёт же алып салат.</translation>
    </message>
    <message>
        <source>Level of indicator {0}. The arrow keys choose the previous or next level, a digit chooses that level, N chooses not applicable.</source>
        <translation>{0} көрсөткүчүнүн деңгээли. Жебе баскычтары мурунку же кийинки деңгээлди тандайт, сан ошол деңгээлди тандайт, N — «колдонулбайт».</translation>
    </message>
    <message>
        <source>Files attached to indicator {0}; Enter opens one.</source>
        <translation>{0} көрсөткүчүнө тиркелген файлдар; Enter файлды ачат.</translation>
    </message>
    <message>
        <source>Actions linked to indicator {0}; Enter opens one in the plan.</source>
        <translation>{0} көрсөткүчүнө байланышкан иш-чаралар; Enter иш-чараны планда ачат.</translation>
    </message>
    <message>
        <source>Mark the indicator complete when its answer is agreed.</source>
        <translation>Жооп макулдашылганда көрсөткүчтү аякталды деп белгилеңиз.</translation>
    </message>
    <message>
        <source>Choose the level that the ticked criteria suggest.</source>
        <translation>Белгиленген критерийлер сунуштаган деңгээлди тандоо.</translation>
    </message>
    <message>
        <source>Last changed {0} by {1}</source>
        <translation>Акыркы өзгөртүү: {0}, {1}</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Азырынча баштала элек</translation>
    </message>
    <message>
        <source>Rate the indicator to see whether it has a gap.</source>
        <translation>Кемчилик бар же жок экенин көрүү үчүн көрсөткүчтү баалаңыз.</translation>
    </message>
    <message>
        <source>Gap: level {0}, target {1}.</source>
        <translation>Кемчилик: деңгээл {0}, максаттуу деңгээл {1}.</translation>
    </message>
    <message>
        <source>No gap: the target level {0} is reached.</source>
        <translation>Кемчилик жок: {0} максаттуу деңгээлине жетишилди.</translation>
    </message>
    <message>
        <source>Tick criteria of {0}</source>
        <translation>{0} критерийлерин белгилөө</translation>
    </message>
    <message>
        <source>Set level of {0}</source>
        <translation>{0} деңгээлин коюу</translation>
    </message>
    <message>
        <source>Mark {0}</source>
        <translation>{0} абалын белгилөө</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файлдарды тиркөө</translation>
    </message>
    <message>
        <source>Attachment not added</source>
        <translation>Тиркеме кошулган жок</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>{0} окулбай калды: {1}</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>Тиркеме ачылган жок</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Тиркемени өчүрүү</translation>
    </message>
    <message>
        <source>Remove {0} from this indicator?</source>
        <translation>{0} бул көрсөткүчтөн өчүрүлсүнбү?</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>The work was not finished</source>
        <translation>Иш аягына чыккан жок</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Changes not saved</source>
        <translation>Өзгөртүүлөр сакталган жок</translation>
    </message>
    <message>
        <source>All changes saved to disk at {0}</source>
        <translation>Бардык өзгөртүүлөр дискке сакталды: {0}</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} ачылды</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Өзгөртүлгөн жок</translation>
    </message>
    <message>
        <source>NOT SAVED — see the message</source>
        <translation>САКТАЛГАН ЖОК — билдирүүнү караңыз</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Көчүрмөнү башка жерге сактоо…</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Күтүлбөгөн ката</translation>
    </message>
    <message>
        <source>Something went wrong inside the application: {0}
Your work up to the last change is saved in the file. The details are in the log (Help → Open the log folder).</source>
        <translation>Программанын ичинде ката кетти: {0}
Акыркы өзгөртүүгө чейинки ишиңиз файлда сакталган. Толугураак маалымат журналда (Маалымкат → Журнал папкасын ачуу).</translation>
    </message>
    <message>
        <source>TEIA Self-Assessment</source>
        <translation>TEIA: өз алдынча баалоо</translation>
    </message>
    <message>
        <source>About TEIA Self-Assessment</source>
        <translation>«TEIA: өз алдынча баалоо» жөнүндө</translation>
    </message>
    <message>
        <source>TEIA Self-Assessment {0}

Prepares the self-assessment and the national action plan under the UNECE Convention on the Transboundary Effects of Industrial Accidents (Helsinki, 1992), following the Strategic Approach of the Assistance and Cooperation Programme (ECE/CP.TEIA/2008/5).

Works without internet; every change is saved in the assessment file at once.</source>
        <translation>TEIA: өз алдынча баалоо {0}

БУУ ЕЭКтин Өнөр жай кырсыктарынын трансчек аралык таасири жөнүндө конвенциясынын (Хельсинки, 1992) алкагында, Жардам көрсөтүү жана кызматташтык программасынын Стратегиялык мамилесине (ECE/CP.TEIA/2008/5) ылайык өз алдынча баалоону жана иш-аракеттердин улуттук планын даярдоого жардам берет.

Интернетсиз иштейт; ар бир өзгөртүү баалоо файлына дароо сакталат.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>New action</source>
        <translation>Жаңы иш-чара</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <translation>Иш-чараны өчүрүү</translation>
    </message>
    <message>
        <source>New attachment</source>
        <translation>Жаңы тиркеме</translation>
    </message>
    <message>
        <source>New hazardous activity</source>
        <translation>Жаңы коркунучтуу ишмердүүлүк</translation>
    </message>
    <message>
        <source>Delete the hazardous activity</source>
        <translation>Коркунучтуу ишмердүүлүктү өчүрүү</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(өчүрүлгөн)</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(бул жерде жок)</translation>
    </message>
    <message>
        <source>Merge {0}</source>
        <translation>Бириктирүү: {0}</translation>
    </message>
    <message>
        <source>From {0} ({1}): {2} change(s) to take, {3} conflict(s). Nothing is changed until you press Merge.</source>
        <translation>«{0}» тараптан ({1}): кабыл алына турган өзгөртүүлөр — {2}, карама-каршылыктар — {3}. «Бириктирүү» баскычын баспасаңыз, эч нерсе өзгөрбөйт.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Салыштыруу</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Бул баалоо</translation>
    </message>
    <message>
        <source>The other copy</source>
        <translation>Башка көчүрмө</translation>
    </message>
    <message>
        <source>&amp;Keep this assessment&apos;s</source>
        <translation>Бул баалоонун маанисин &amp;калтыруу</translation>
    </message>
    <message>
        <source>&amp;Take the other copy&apos;s</source>
        <translation>Башка көчүрмөнүн маанисин &amp;алуу</translation>
    </message>
    <message>
        <source>Keep all of &amp;ours</source>
        <translation>Биздикинин &amp;баарын калтыруу</translation>
    </message>
    <message>
        <source>Take all of t&amp;heirs</source>
        <translation>Алардыкынын баарын а&amp;луу</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Бириктирүү</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>Бириктирүү аткарылган жок</translation>
    </message>
    <message>
        <source>Merge a contribution</source>
        <translation>Салымды бириктирүү</translation>
    </message>
    <message>
        <source>TEIA self-assessments (*.teia)</source>
        <translation>TEIA өз алдынча баалоолору (*.teia)</translation>
    </message>
    <message>
        <source>{0} brings nothing new for this assessment.</source>
        <translation>{0} бул баалоо үчүн жаңы эч нерсе камтыбайт.</translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <source>Indicator / action</source>
        <translation>Көрсөткүч / иш-чара</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>In this assessment</source>
        <translation>Бул баалоодо</translation>
    </message>
    <message>
        <source>In the other copy</source>
        <translation>Башка көчүрмөдө</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>taken from the other copy</source>
        <translation>башка көчүрмөдөн алынат</translation>
    </message>
    <message>
        <source>conflict: keep this assessment&apos;s</source>
        <translation>карама-каршылык: бул баалоонун маанисин калтыруу</translation>
    </message>
    <message>
        <source>conflict: take the other copy&apos;s</source>
        <translation>карама-каршылык: башка көчүрмөнүн маанисин алуу</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>{0} (new edition)</source>
        <translation>{0} (жаңы редакция)</translation>
    </message>
    <message>
        <source>Edition {0}, {1} indicators — {2}</source>
        <translation>{0}-редакция, {1} көрсөткүч — {2}</translation>
    </message>
    <message>
        <source>Load a catalogue</source>
        <translation>Каталогду жүктөө</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Каталог файлы (*.json)</translation>
    </message>
    <message>
        <source>Catalogue not loaded</source>
        <translation>Каталог жүктөлгөн жок</translation>
    </message>
    <message>
        <source>Choose the mapping between the editions</source>
        <translation>Редакциялардын салыштыруусун тандаңыз</translation>
    </message>
    <message>
        <source>Mapping (*.xlsx *.json)</source>
        <translation>Салыштыруу (*.xlsx *.json)</translation>
    </message>
    <message>
        <source>Write a mapping template</source>
        <translation>Салыштыруунун калыбын жазуу</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel китеби (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation>Китеп жазылган жок</translation>
    </message>
    <message>
        <source>Workbook written</source>
        <translation>Китеп жазылды</translation>
    </message>
    <message>
        <source>The mapping template was written to {0}. Fill the column new_id, then choose it here.</source>
        <translation>Салыштыруунун калыбы {0} файлына жазылды. new_id тилкесин толтуруп, файлды ушул жерден тандаңыз.</translation>
    </message>
    <message>
        <source>The new assessment</source>
        <translation>Жаңы баалоо</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia)</source>
        <translation>TEIA баалоосу (*.teia)</translation>
    </message>
    <message>
        <source>No other catalogue is installed: load the new edition from a file, or install it under File → Catalogues….</source>
        <translation>Башка каталог орнотулган эмес: жаңы редакцияны файлдан жүктөңүз же Файл → Көрсөткүчтөрдүн каталогдору… менюсунда орнотуңуз.</translation>
    </message>
    <message>
        <source>Indicators of this assessment: {0} kept, {1} renamed, {2} split, {3} merged, {4} not in the new edition (their answers go to an annex of the report); {5} new indicators. Every answer carried over is marked &quot;Carried over — confirm or update&quot; until it is checked against the new wording.</source>
        <translation>Бул баалоонун көрсөткүчтөрү: сакталды — {0}, аты өзгөртүлдү — {1}, бөлүндү — {2}, бириктирилди — {3}, жаңы редакцияда жок — {4} (алардын жооптору отчеттун тиркемесине кирет); жаңы көрсөткүчтөр — {5}. Ар бир которулган жооп жаңы текст менен салыштырылганга чейин «Которулду — ырастаңыз же жаңылаңыз» деп белгиленет.</translation>
    </message>
    <message>
        <source>The new assessment was not written</source>
        <translation>Жаңы баалоо жазылган жок</translation>
    </message>
    <message>
        <source>Move to another catalogue</source>
        <translation>Башка каталогго көчүрүү</translation>
    </message>
    <message>
        <source>Write a new assessment on another edition of the catalogue of indicators. Answers go to the indicator with the same id, or as the mapping between the editions says. This assessment is not changed.</source>
        <translation>Көрсөткүчтөр каталогунун башка редакциясы боюнча жаңы баалоону жазуу. Жооптор ошол эле идентификатору бар көрсөткүчкө же редакциялардын салыштыруусунда көрсөтүлгөндөй көчүрүлөт. Бул баалоо өзгөрбөйт.</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Азыр:</translation>
    </message>
    <message>
        <source>{0} — edition {1}, {2} indicators</source>
        <translation>{0} — {1}-редакция, {2} көрсөткүч</translation>
    </message>
    <message>
        <source>&amp;New edition:</source>
        <translation>&amp;Жаңы редакция:</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Файлдан жүктөө…</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Салыштыруу:</translation>
    </message>
    <message>
        <source>none: by indicator id</source>
        <translation>жок: көрсөткүчтүн идентификатору боюнча</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазалоо</translation>
    </message>
    <message>
        <source>Write a template…</source>
        <translation>Калыпты жазуу…</translation>
    </message>
    <message>
        <source>New &amp;file:</source>
        <translation>Жаңы &amp;файл:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Карап чыгуу…</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Find… (Ctrl+F)</source>
        <translation>Издөө… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds the words in the number, statement, description, evidence, gaps and responsible authority of each indicator</source>
        <translation>Ар бир көрсөткүчтүн номеринен, текстинен, сүрөттөмөсүнөн, тастыктоочу далилдеринен, кемчиликтеринен жана жооптуу органынан сөздөрдү издейт</translation>
    </message>
    <message>
        <source>Find indicators</source>
        <translation>Көрсөткүчтөрдү издөө</translation>
    </message>
    <message>
        <source>Show indicators</source>
        <translation>Кайсы көрсөткүчтөрдү көрсөтүү</translation>
    </message>
    <message>
        <source>Areas and indicators</source>
        <translation>Иш чөйрөлөрү жана көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Each area with its completion and its indicators with their status; Enter opens one.</source>
        <translation>Ар бир иш чөйрөсү жана анын аткарылышы, көрсөткүчтөр жана алардын абалы; Enter көрсөткүчтү ачат.</translation>
    </message>
    <message>
        <source>&amp;Find indicator…</source>
        <translation>Көрсөткүчтү из&amp;дөө…</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Бардык көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Башталбагандар</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Долбоорлор</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Аякталды</translation>
    </message>
    <message>
        <source>Carried over — confirm or update</source>
        <translation>Которулду — ырастаңыз же жаңылаңыз</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Тастыктоочу далилдери жок</translation>
    </message>
    <message>
        <source>Gap without an action</source>
        <translation>Иш-чарасы жок кемчилик</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Көңүл бурууну талап кылат</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n indicator(s) shown</source>
        <translation>
            <numerusform>%n көрсөткүчтүн {0} көрсөтүлдү</numerusform>
            <numerusform>%n көрсөткүчтүн {0} көрсөтүлдү</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Жаңы баалоо</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Өлкө:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Lead authority:</source>
        <translation>&amp;Жетектөөчү орган:</translation>
    </message>
    <message>
        <source>&amp;Prepared by (names, separated by commas):</source>
        <translation>&amp;Даярдагандар (аттары үтүр менен):</translation>
    </message>
    <message>
        <source>Language of the &amp;indicators:</source>
        <translation>&amp;Көрсөткүчтөрдүн тили:</translation>
    </message>
    <message>
        <source>Catalogue:</source>
        <translation>Көрсөткүчтөр каталогу:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Сактоо жери:</translation>
    </message>
    <message>
        <source>e.g. Kyrgyz Republic</source>
        <translation>мисалы, Кыргыз Республикасы</translation>
    </message>
    <message>
        <source>Self-assessment under the Industrial Accidents Convention</source>
        <translation>Өнөр жай кырсыктары жөнүндө конвенциянын алкагында өз алдынча баалоо</translation>
    </message>
    <message>
        <source>e.g. Ministry of Emergency Situations</source>
        <translation>мисалы, Өзгөчө кырдаалдар министрлиги</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Файлдан жүктөө…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>official</source>
        <translation>расмий</translation>
    </message>
    <message>
        <source>{0} — version {1} ({2}), {3} indicators</source>
        <translation>{0} — {1}-версия ({2}), {3} көрсөткүч</translation>
    </message>
    <message>
        <source>{0} — version {1}, {2} indicators</source>
        <translation>{0} — {1}-версия, көрсөткүчтөр: {2}</translation>
    </message>
    <message>
        <source>Load a catalogue</source>
        <translation>Каталогду жүктөө</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Каталог файлы (*.json)</translation>
    </message>
    <message>
        <source>Catalogue not loaded</source>
        <translation>Каталог жүктөлгөн жок</translation>
    </message>
    <message>
        <source>Save the new assessment as</source>
        <translation>Жаңы баалоону сактоо</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia)</source>
        <translation>TEIA баалоосу (*.teia)</translation>
    </message>
    <message>
        <source>Choose where to save the assessment.</source>
        <translation>Баалоону кайда сактоону тандаңыз.</translation>
    </message>
</context>
<context>
    <name>OpenWith</name>
    <message>
        <source>Folder not shown</source>
        <translation>Папка ачылган жок</translation>
    </message>
    <message>
        <source>The folder could not be shown here. It is:
{0}</source>
        <translation>Папканы ачууга мүмкүн болгон жок. Ал бул жерде:
{0}</translation>
    </message>
    <message>
        <source>No program to open the file</source>
        <translation>Файлды ача турган программа жок</translation>
    </message>
    <message>
        <source>No program on this computer is set up to open {0}. The file is saved in the folder {1}; open it from there with a program that reads it, or copy it to another computer.</source>
        <translation>Бул компьютерде {0} файлын ача турган программа орнотулган эмес. Файл {1} папкасына сакталган; аны ошол жерден окуй алган программа менен ачыңыз же башка компьютерге көчүрүңүз.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Папканы ачуу</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Indicators that need attention</source>
        <translation>Көңүл бурууну талап кылган көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Gaps without an action</source>
        <translation>Иш-чарасы жок кемчиликтер</translation>
    </message>
    <message>
        <source>Indicators without evidence</source>
        <translation>Тастыктоочу далилдери жок көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Untitled assessment</source>
        <translation>Аталышы жок баалоо</translation>
    </message>
    <message>
        <source>Country: {0}</source>
        <translation>Өлкө: {0}</translation>
    </message>
    <message>
        <source>Lead authority: {0}</source>
        <translation>Жетектөөчү орган: {0}</translation>
    </message>
    <message>
        <source>Prepared by: {0}</source>
        <translation>Даярдагандар: {0}</translation>
    </message>
    <message>
        <source>Catalogue: {0}, version {1}</source>
        <translation>Каталог: {0}, {1}-версия</translation>
    </message>
    <message>
        <source>This catalogue is provisional: its indicators are written from the Convention&apos;s articles and annexes, not the official wording of the benchmarks. You can load the official catalogue from a file when it is available (File → New assessment).</source>
        <translation>Бул — алдын ала каталог: анын көрсөткүчтөрү ориентирлердин расмий текстинен эмес, Конвенциянын беренелеринен жана тиркемелеринен алынып жазылган. Расмий каталог жеткиликтүү болгондо, аны файлдан жүктөй аласыз (Файл → Жаңы баалоо).</translation>
    </message>
    <message>
        <source>Complete: {0} of {1} indicators ({2}); rated: {3}; drafts: {4}</source>
        <translation>Аякталды: {1} көрсөткүчтүн {0} ({2}); бааланды: {3}; долбоорлор: {4}</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) need attention</source>
        <translation>
            <numerusform>%n көрсөткүч көңүл бурууну талап кылат</numerusform>
            <numerusform>%n көрсөткүч көңүл бурууну талап кылат</numerusform>
        </translation>
    </message>
    <message>
        <source>A level that contradicts the criteria ticked, or complete without evidence. Click for the list.</source>
        <translation>Деңгээл белгиленген критерийлерге карама-каршы келет же көрсөткүч тастыктоочу далилдерсиз аякталган. Тизмени ачуу үчүн басыңыз.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Иш чөйрөсү</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Аякталды</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Орточо деңгээл</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Иш-аракеттер планы</translation>
    </message>
    <message>
        <source>Planned actions: {0}</source>
        <translation>Пландалган: {0}</translation>
    </message>
    <message>
        <source>Ongoing actions: {0}</source>
        <translation>Аткарылууда: {0}</translation>
    </message>
    <message>
        <source>Done actions: {0}</source>
        <translation>Аткарылды: {0}</translation>
    </message>
    <message>
        <source>Cancelled actions: {0}</source>
        <translation>Жокко чыгарылды: {0}</translation>
    </message>
    <message>
        <source>Overdue actions: {0}</source>
        <translation>Мөөнөтү өттү: {0}</translation>
    </message>
    <message>
        <source>Gaps without an action: {0}</source>
        <translation>Иш-чарасыз кемчиликтер: {0}</translation>
    </message>
    <message>
        <source>Indicators without evidence: {0}</source>
        <translation>Тастыктоочу далилдери жок
көрсөткүчтөр: {0}</translation>
    </message>
</context>
<context>
    <name>PdfWrittenBox</name>
    <message>
        <source>PDF written</source>
        <translation>PDF файл жазылды</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n page(s)) was written.</source>
        <translation>
            <numerusform>{0} (%n бет) жазылды.</numerusform>
            <numerusform>{0} (%n бет) жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Файлды ачуу</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Папканы ачуу</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Printing failed</source>
        <translation>Басып чыгаруу ишке ашкан жок</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Басып чыгарууну алдын ала көрүү</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>blank forms</source>
        <translation>бош бланктар</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>өз алдынча баалоо</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>иш-аракеттер планы</translation>
    </message>
    <message>
        <source>register form</source>
        <translation>реестр бланкы</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDFке экспорттоо</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} жазылууда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Writing page {0} of {1}…</source>
        <translation>{1} беттин {0}-бети жазылууда…</translation>
    </message>
</context>
<context>
    <name>PrintSetupDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDFке экспорттоо</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Эмнени басып чыгаруу</translation>
    </message>
    <message>
        <source>Blank forms for a meeting</source>
        <translation>Жыйын үчүн бош формалар</translation>
    </message>
    <message>
        <source>The filled assessment</source>
        <translation>Толтурулган баалоо</translation>
    </message>
    <message>
        <source>The action plan (landscape)</source>
        <translation>Иш-аракеттер планы (жазы багыт)</translation>
    </message>
    <message>
        <source>A blank form for an operator&apos;s data for the register</source>
        <translation>Реестр үчүн оператордун маалыматын чогултуу бланкы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Иш чөйрөлөрү</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (АКШ)</translation>
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
        <source>Paper</source>
        <translation>Кагаз</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Сол чети</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Жогорку чети</translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation>Оң чети</translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation>Төмөнкү чети</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>{expected} күтүлөт, бирок {found} көрсөтүлгөн</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} — уруксат берилген маанилердин бири эмес: {allowed}</translation>
    </message>
    <message>
        <source>must be {allowed}</source>
        <translation>{allowed} болушу керек</translation>
    </message>
    <message>
        <source>does not match any allowed form</source>
        <translation>уруксат берилген формалардын бирине да туура келбейт</translation>
    </message>
    <message>
        <source>needs at least one of {keys}</source>
        <translation>жок дегенде бирөө керек: {keys}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>бош болбошу керек</translation>
    </message>
    <message>
        <source>shorter than {limit} characters</source>
        <translation>{limit} белгиден кыска</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>{limit} белгиден узун</translation>
    </message>
    <message>
        <source>{value} does not have the expected form ({pattern})</source>
        <translation>{value} күтүлгөн формада эмес ({pattern})</translation>
    </message>
    <message>
        <source>{value} is less than {limit}</source>
        <translation>{value} {limit} кем</translation>
    </message>
    <message>
        <source>{value} is greater than {limit}</source>
        <translation>{value} {limit} ашык</translation>
    </message>
    <message>
        <source>the required entry &apos;{key}&apos; is missing</source>
        <translation>милдеттүү «{key}» элементи жок</translation>
    </message>
    <message>
        <source>the entry &apos;{key}&apos; is not allowed here</source>
        <translation>«{key}» элементине бул жерде уруксат жок</translation>
    </message>
    <message>
        <source>needs at least {limit} entries, has {count}</source>
        <translation>жок дегенде {limit} элемент керек, бирок {count} бар</translation>
    </message>
    <message>
        <source>allows at most {limit} entries, has {count}</source>
        <translation>эң көп {limit} элементке уруксат, бирок {count} бар</translation>
    </message>
    <message>
        <source>{value} appears twice</source>
        <translation>{value} эки жолу кездешет</translation>
    </message>
    <message>
        <source>the file is {size}, more than it can be (at most {limit})</source>
        <translation>файлдын көлөмү {size} — уруксат берилгенден чоң (эң көп {limit})</translation>
    </message>
    <message>
        <source>contains characters that are not text</source>
        <translation>текст эмес белгилерди камтыйт</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл UTF-8 коддоосундагы текст эмес</translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation>файлды окууга мүмкүн эмес ({detail})</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>бул туура JSON эмес ({detail})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>өтө терең уюштурулган</translation>
    </message>
    <message>
        <source>a number has more than {limit} digits</source>
        <translation>сандын {limit} цифрадан ашык</translation>
    </message>
    <message>
        <source>{value} is not a number a file can hold</source>
        <translation>{value} — файл сактай ала турган сан эмес</translation>
    </message>
    <message>
        <source>a text holds a broken character (a lone surrogate)</source>
        <translation>текстте бузулган белги бар (жалгыз суррогат)</translation>
    </message>
    <message>
        <source>the indicator id &apos;{id}&apos; is used twice</source>
        <translation>«{id}» көрсөткүчүнүн идентификатору эки жолу колдонулган</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice</source>
        <translation>«{id}» идентификатору эки жолу колдонулган</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a cross-cutting area of this catalogue</source>
        <translation>«{id}» — бул каталогдун тармактар аралык чөйрөсү эмес</translation>
    </message>
    <message>
        <source>two levels have the same value</source>
        <translation>эки деңгээлдин мааниси бирдей</translation>
    </message>
    <message>
        <source>there is no group &apos;{id}&apos;</source>
        <translation>«{id}» тобу жок</translation>
    </message>
    <message>
        <source>the code &apos;{id}&apos; is used twice</source>
        <translation>«{id}» коду эки жолу колдонулган</translation>
    </message>
    <message>
        <source>the column {column} is missing</source>
        <translation>{column} тилкеси жок</translation>
    </message>
    <message>
        <source>the column {column} is not one this sheet can have</source>
        <translation>{column} тилкеси бул баракта болбойт</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice (first in row {row})</source>
        <translation>«{id}» идентификатору эки жолу колдонулган (биринчи жолу {row}-сапта)</translation>
    </message>
    <message>
        <source>this cell must not be empty</source>
        <translation>бул уяча бош болбошу керек</translation>
    </message>
    <message>
        <source>{column} is empty in every language</source>
        <translation>{column} бир да тилде толтурулган эмес</translation>
    </message>
    <message>
        <source>there is no area &apos;{id}&apos; on the sheet {other}</source>
        <translation>{other} барагында «{id}» чөйрөсү жок</translation>
    </message>
    <message>
        <source>there is no indicator &apos;{id}&apos; on the sheet {other}</source>
        <translation>{other} барагында «{id}» көрсөткүчү жок</translation>
    </message>
    <message>
        <source>the indicator &apos;{id}&apos; has no criterion on the sheet {other}</source>
        <translation>{other} барагында «{id}» көрсөткүчүнүн бир да критерийи жок</translation>
    </message>
    <message>
        <source>the area &apos;{id}&apos; has no indicator on the sheet {other}</source>
        <translation>{other} барагында «{id}» чөйрөсүнүн бир да көрсөткүчү жок</translation>
    </message>
    <message>
        <source>{value} is not a level (a whole number from 0 to 10, or na)</source>
        <translation>{value} — деңгээл эмес (0дөн 10го чейинки бүтүн сан же na)</translation>
    </message>
    <message>
        <source>the sheet has no rows</source>
        <translation>баракта бир да сап жок</translation>
    </message>
    <message>
        <source>there is no indicator &apos;{id}&apos; in the old edition</source>
        <translation>мурунку редакцияда «{id}» көрсөткүчү жок</translation>
    </message>
    <message>
        <source>there is no indicator &apos;{id}&apos; in the new edition</source>
        <translation>жаңы редакцияда «{id}» көрсөткүчү жок</translation>
    </message>
    <message>
        <source>an object {…}</source>
        <translation>объект (ачкычтар менен) {…}</translation>
    </message>
    <message>
        <source>a list […]</source>
        <translation>тизме […]</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>текст (сап)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>бүтүн сан</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true же false</translation>
    </message>
    <message>
        <source>null (nothing)</source>
        <translation>null (бош)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> же </translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>{line}-сап, {column}-позиция</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>бүт файл</translation>
    </message>
    <message>
        <source>the top level of the file</source>
        <translation>файлдын жогорку деңгээли</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>This assessment is open for reading only: its file or its folder cannot be written (for example a write-protected USB stick). Nothing can be changed here.</source>
        <translation>Бул өз алдынча баалоо окуу үчүн гана ачылды: анын файлын же папкасын өзгөртүүгө болбойт (мисалы, жазуудан корголгон USB-түзмөк). Бул жерде эч нерсени өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <source>Save a copy to edit</source>
        <translation>Түзөтүү үчүн көчүрмөсүн сактоо</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover work</source>
        <translation>Ишти калыбына келтирүү</translation>
    </message>
    <message>
        <source>The application did not close normally on {0}.</source>
        <translation>Программа {0} кадимкидей жабылган эмес.</translation>
    </message>
    <message>
        <source>No document was open at that time.</source>
        <translation>Ошол учурда бир да документ ачык болгон эмес.</translation>
    </message>
    <message>
        <source>Recover work from {0}?</source>
        <translation>{0} күнкү ишти калыбына келтиресизби?</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ файлы</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>{0}
Last saved {1}, {2}. Every change was saved as it was made, so it holds the work up to the moment of the problem.</source>
        <translation>{0}
Акыркы жолу сакталган: {1}, {2}. Ар бир өзгөртүү ошол замат сакталган, ошондуктан файлда көйгөй чыкканга чейинки иш бар.</translation>
    </message>
    <message>
        <source>{0}
The file is no longer there (moved, deleted, or on a drive that is not connected). Restore a backup instead.</source>
        <translation>{0}
Файл мурунку жеринде жок (жылдырылган, өчүрүлгөн же туташпаган дискте турат). Анын ордуна камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>Automatic backups (taken when the document was opened)</source>
        <translation>Автоматтык камдык көчүрмөлөр (документ ачылганда жасалган)</translation>
    </message>
    <message>
        <source>There are no backups of this document.</source>
        <translation>Бул документтин камдык көчүрмөлөрү жок.</translation>
    </message>
    <message>
        <source>&amp;Open the document</source>
        <translation>Документти &amp;ачуу</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup into a new file…</source>
        <translation>Тандалган көчүрмөнү жаңы файлга &amp;калыбына келтирүү…</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Этибарга албоо</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Register of hazardous &amp;activities</source>
        <translation>Коркунучтуу ишмердүүлүктөрдүн &amp;реестри</translation>
    </message>
    <message>
        <source>Import a re&amp;gister workbook…</source>
        <translation>Реестр&amp;дин жумушчу китебин импорттоо…</translation>
    </message>
    <message>
        <source>S {group} = {formula} = {value}</source>
        <translation>S {group} = {formula} = {value}</translation>
    </message>
    <message>
        <source>Annex I edition used: {edition}</source>
        <translation>Колдонулган I тиркеменин редакциясы: {edition}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Объект жөнүндө маалымат</translation>
    </message>
    <message>
        <source>Location and natural hazards</source>
        <translation>Жайгашкан жери жана табигый коркунучтар</translation>
    </message>
    <message>
        <source>Transboundary decision and follow-up</source>
        <translation>Трансчек аралык таасир жөнүндө чечим жана андан кийинки чаралар</translation>
    </message>
    <message>
        <source>Substances and the Annex I calculation</source>
        <translation>Заттар жана I тиркеме боюнча эсептөө</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Уруксат</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Кеңдик</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Узундук</translation>
    </message>
    <message>
        <source>River basin</source>
        <translation>Дарыя бассейни</translation>
    </message>
    <message>
        <source>Distance to the border, km</source>
        <translation>Чек арага чейинки аралык, км</translation>
    </message>
    <message>
        <source>Distance to a transboundary watercourse, km</source>
        <translation>Трансчек аралык суу агымына чейинки аралык, км</translation>
    </message>
    <message>
        <source>Downstream countries</source>
        <translation>Агымдын төмөн жагындагы өлкөлөр</translation>
    </message>
    <message>
        <source>Potentially affected countries</source>
        <translation>Таасир этилиши мүмкүн болгон өлкөлөр</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Чечимдин негиздемеси</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Кабарланган күнү</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Жооп алынган күнү</translation>
    </message>
    <message>
        <source>Consultations held on</source>
        <translation>Консультациялар өткөн күнү</translation>
    </message>
    <message>
        <source>Safety report of</source>
        <translation>Коопсуздук боюнча отчеттун датасы</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>Акыркы текшерүү</translation>
    </message>
    <message>
        <source>Next inspection due</source>
        <translation>Кийинки текшерүүнүн мөөнөтү</translation>
    </message>
    <message>
        <source>On-site plan of</source>
        <translation>Объекттеги пландын датасы</translation>
    </message>
    <message>
        <source>Off-site plan of</source>
        <translation>Объекттен тышкаркы пландын датасы</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Акыркы окуу-машыгуу</translation>
    </message>
    <message>
        <source>Public information last distributed</source>
        <translation>Коомчулукка акыркы жолу маалымат берилген күнү</translation>
    </message>
    <message>
        <source>Seismic zone</source>
        <translation>Сейсмикалык зона</translation>
    </message>
    <message>
        <source>Cluster of neighbouring activities</source>
        <translation>Коңшу объекттердин тобу</translation>
    </message>
    <message>
        <source>Scope note (Art. 2(2) exclusions)</source>
        <translation>Колдонуу чөйрөсү жөнүндө эскертүү (2(2)-берененин өзгөчөлүктөрү)</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Заттар</translation>
    </message>
    <message>
        <source>Edit {field} of {name}</source>
        <translation>«{field}» талаасын өзгөртүү: {name}</translation>
    </message>
    <message>
        <source>Edit the substances of {name}</source>
        <translation>Заттарды өзгөртүү: {name}</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Тармак</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Capable of transboundary effects</source>
        <translation>Трансчек аралык таасир этүүгө жөндөмдүү</translation>
    </message>
    <message>
        <source>Exposed to</source>
        <translation>Дуушар болот</translation>
    </message>
    <message>
        <source>floods</source>
        <translation>суу ташкынына</translation>
    </message>
    <message>
        <source>mudflows</source>
        <translation>селге</translation>
    </message>
    <message>
        <source>landslides</source>
        <translation>жер көчкүгө</translation>
    </message>
    <message>
        <source>One row per substance; the calculation below follows each change</source>
        <translation>Ар бир зат үчүн бир сап; төмөнкү эсеп ар бир өзгөртүүдөн кийин жаңыланат</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Иштеп жаткан</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Өзгөртүлгөн</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Зат</translation>
    </message>
    <message>
        <source>Named entry (N1–N48)</source>
        <translation>Аталган зат (N1–N48)</translation>
    </message>
    <message>
        <source>Categories (H1, P5c, E1 …)</source>
        <translation>Категориялар (H1, P5c, E1 …)</translation>
    </message>
    <message>
        <source>Maximum quantity, t</source>
        <translation>Эң көп саны, т</translation>
    </message>
    <message>
        <source>CAS</source>
        <translation>CAS</translation>
    </message>
    <message>
        <source>Add a substance</source>
        <translation>Зат кошуу</translation>
    </message>
    <message>
        <source>Remove the substance</source>
        <translation>Затты өчүрүү</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Аныкталган</translation>
    </message>
    <message>
        <source>Meeting Annex I</source>
        <translation>I тиркемеге жооп берет</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Кабарланган</translation>
    </message>
    <message>
        <source>With a safety report</source>
        <translation>Коопсуздук боюнча отчету бар</translation>
    </message>
    <message>
        <source>With an off-site plan</source>
        <translation>Объекттен тышкаркы планы бар</translation>
    </message>
    <message>
        <source>Inspected this year</source>
        <translation>Быйыл текшерилген</translation>
    </message>
    <message>
        <source>Public informed</source>
        <translation>Коомчулукка маалымат берилген</translation>
    </message>
    <message>
        <source>Register of hazardous activities, {date}: {what}: {count} of {total}.</source>
        <translation>Коркунучтуу ишмердүүлүктөрдүн реестри, {date}: {what}: {total} ичинен {count}.</translation>
    </message>
    <message>
        <source>Register of hazardous activities (click a figure to add it to an indicator&apos;s evidence)</source>
        <translation>Коркунучтуу ишмердүүлүктөрдүн реестри (маанини көрсөткүчтүн тастыктоочу далилдерине кошуу үчүн басыңыз)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Бардык облустар</translation>
    </message>
    <message>
        <source>Add to the evidence of indicator {id}</source>
        <translation>{id} көрсөткүчүнүн тастыктоочу далилдерине кошуу</translation>
    </message>
    <message>
        <source>Register figure</source>
        <translation>Реестрдин көрсөткүчү</translation>
    </message>
    <message>
        <source>Added to the evidence of indicator {id}: {text}</source>
        <translation>{id} көрсөткүчүнүн тастыктоочу далилдерине кошулду: {text}</translation>
    </message>
    <message>
        <source>This assessment cannot be changed (final, or opened read-only): its register is shown as it is.</source>
        <translation>Бул баалоону өзгөртүүгө болбойт (ал акыркы же окуу үчүн гана ачылган): реестр болгон бойдон көрсөтүлөт.</translation>
    </message>
    <message>
        <source>New hazardous activity</source>
        <translation>Жаңы коркунучтуу ишмердүүлүк</translation>
    </message>
    <message>
        <source>The register workbook was written to {file}.</source>
        <translation>Реестрдин жумушчу китеби {file} файлына жазылды.</translation>
    </message>
    <message>
        <source>Register of hazardous activities</source>
        <translation>Коркунучтуу ишмердүүлүктөрдүн реестри</translation>
    </message>
    <message>
        <source>Search by name or operator</source>
        <translation>Аталышы же оператору боюнча издөө</translation>
    </message>
    <message>
        <source>Show the activities of a region</source>
        <translation>Облустун ишмердүүлүктөрүн көрсөтүү</translation>
    </message>
    <message>
        <source>Show the activities of a sector</source>
        <translation>Тармактын ишмердүүлүктөрүн көрсөтүү</translation>
    </message>
    <message>
        <source>Show the activities by the Annex I result</source>
        <translation>Ишмердүүлүктөрдү I тиркеменин натыйжасы боюнча көрсөтүү</translation>
    </message>
    <message>
        <source>Hazardous activities</source>
        <translation>Коркунучтуу ишмердүүлүктөр</translation>
    </message>
    <message>
        <source>Choose an activity to edit it below; click a column header to sort</source>
        <translation>Төмөндө өзгөртүү үчүн ишмердүүлүктү тандаңыз; иреттөө үчүн тилкенин башын басыңыз</translation>
    </message>
    <message>
        <source>Show only the activities whose next inspection date has passed</source>
        <translation>Кийинки текшерүү күнү өтүп кеткен ишмердүүлүктөрдү гана көрсөтүү</translation>
    </message>
    <message>
        <source>Inspection overdue</source>
        <translation>Текшерүү мөөнөтү өтүп кеткен</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Ишмердүүлүк кошуу</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>Ишмердүүлүктү өчүрүү</translation>
    </message>
    <message>
        <source>Workbook and form</source>
        <translation>Жумушчу китеп жана бланк</translation>
    </message>
    <message>
        <source>Workbooks and printable forms for collecting operators&apos; data for the register</source>
        <translation>Реестр үчүн операторлордун маалыматын чогултуучу жумушчу китептер жана басып чыгаруучу бланктар</translation>
    </message>
    <message>
        <source>Register workbook for operators…</source>
        <translation>Операторлор үчүн реестрдин жумушчу китеби…</translation>
    </message>
    <message>
        <source>Import a register workbook…</source>
        <translation>Реестрдин жумушчу китебин импорттоо…</translation>
    </message>
    <message>
        <source>Blank form (PDF)…</source>
        <translation>Бош бланк (PDF)…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Бардык тармактар</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Каалаган натыйжа</translation>
    </message>
    <message>
        <source>Meets Annex I</source>
        <translation>I тиркемеге жооп берет</translation>
    </message>
    <message>
        <source>Below Annex I</source>
        <translation>I тиркеменин чегинен төмөн</translation>
    </message>
    <message>
        <source>Click to add this figure, with its date, to the evidence of an indicator</source>
        <translation>Бул маанини датасы менен көрсөткүчтүн тастыктоочу далилдерине кошуу үчүн басыңыз</translation>
    </message>
    <message>
        <source>Chemical industry</source>
        <translation>Химия өнөр жайы</translation>
    </message>
    <message>
        <source>Oil and gas storage</source>
        <translation>Мунай жана газ сактоо</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Түтүк өткөргүч</translation>
    </message>
    <message>
        <source>Mining and tailings</source>
        <translation>Тоо-кен тармагы жана калдык сактагычтар</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергетика</translation>
    </message>
    <message>
        <source>Water supply and treatment</source>
        <translation>Суу менен камсыздоо жана сууну тазалоо</translation>
    </message>
    <message>
        <source>Food industry and refrigeration</source>
        <translation>Тамак-аш өнөр жайы жана муздаткыч жабдуулар</translation>
    </message>
    <message>
        <source>Metallurgy</source>
        <translation>Металлургия</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Чечилген эмес</translation>
    </message>
    <message>
        <source>Capable</source>
        <translation>Жөндөмдүү</translation>
    </message>
    <message>
        <source>Not capable</source>
        <translation>Жөндөмсүз</translation>
    </message>
    <message>
        <source>Under discussion</source>
        <translation>Талкууланууда</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Жооп берет</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Чектен төмөн</translation>
    </message>
    <message>
        <source>new</source>
        <translation>жаңы</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгөртүлдү</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} импорттоо</translation>
    </message>
    <message>
        <source>{file}: {added} new activities, {changed} changed. Nothing is written until you press Import.</source>
        <translation>{file}: жаңы ишмердүүлүктөр — {added}, өзгөртүлгөндөр — {changed}. «Импорттоо» баскычын баспаганча эч нерсе жазылбайт.</translation>
    </message>
    <message>
        <source>Changes in the workbook</source>
        <translation>Жумушчу китептеги өзгөртүүлөр</translation>
    </message>
    <message>
        <source>Hazardous activity</source>
        <translation>Коркунучтуу ишмердүүлүк</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Учурдагы маани</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Жаңы маани</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттоо</translation>
    </message>
    <message>
        <source>Register workbook for operators</source>
        <translation>Операторлор үчүн реестрдин жумушчу китеби</translation>
    </message>
    <message>
        <source>Import a register workbook</source>
        <translation>Реестрдин жумушчу китебин импорттоо</translation>
    </message>
    <message>
        <source>{file} holds no changes for this register.</source>
        <translation>{file} файлында бул реестр үчүн өзгөртүүлөр жок.</translation>
    </message>
    <message>
        <source>Annex I</source>
        <translation>I тиркеме</translation>
    </message>
    <message>
        <source>S health</source>
        <translation>S ден соолук</translation>
    </message>
    <message>
        <source>S physical</source>
        <translation>S физикалык</translation>
    </message>
    <message>
        <source>S environment</source>
        <translation>S айлана-чөйрө</translation>
    </message>
    <message>
        <source>Largest q/Q</source>
        <translation>Эң чоң q/Q</translation>
    </message>
    <message>
        <source>Transboundary effects</source>
        <translation>Трансчек аралык таасир</translation>
    </message>
    <message>
        <source>Next inspection</source>
        <translation>Кийинки текшерүү</translation>
    </message>
    <message>
        <source>Tailings hazard index = {terms} = {value}</source>
        <translation>Калдык сактагычтын коркунуч индекси = {terms} = {value}</translation>
    </message>
    <message>
        <source>Risk index (with exposure) = {value}</source>
        <translation>Тобокелдик индекси (таасирди эске алуу менен) = {value}</translation>
    </message>
    <message>
        <source>Not given yet (counted as 0): {names}</source>
        <translation>Азырынча көрсөтүлгөн эмес (0 деп эсептелет): {names}</translation>
    </message>
    <message>
        <source>Edit the tailings facility {name}</source>
        <translation>Калдык сактагычты өзгөртүү: {name}</translation>
    </message>
    <message>
        <source>Answer the checklist of {name}</source>
        <translation>Текшерүү тизмесине жооп: {name}</translation>
    </message>
    <message>
        <source>Tailings management facility</source>
        <translation>Калдык сактагыч</translation>
    </message>
    <message>
        <source>Provisional method: its terms and scores are loaded from a data file and must be checked against the published UNECE spreadsheet.</source>
        <translation>Алдын ала методика: анын кошулуучулары жана упайлары маалымат файлынан жүктөлөт жана БУУ ЕЭКтин жарыяланган таблицасы менен салыштырылышы керек.</translation>
    </message>
    <message>
        <source>Checklist question</source>
        <translation>Текшерүү тизмесинин суроосу</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жооп</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Байкоо</translation>
    </message>
    <message>
        <source>Add an action to the plan for the selected finding</source>
        <translation>Тандалган байкоо боюнча планга иш-чара кошуу</translation>
    </message>
    <message>
        <source>Edit the activity {name}</source>
        <translation>Ишмердүүлүктү өзгөртүү: {name}</translation>
    </message>
    <message>
        <source>Add the activity {name}</source>
        <translation>Ишмердүүлүк кошуу: {name}</translation>
    </message>
    <message>
        <source>Delete the activity {name}</source>
        <translation>Ишмердүүлүктү өчүрүү: {name}</translation>
    </message>
</context>
<context>
    <name>ReplaceFile</name>
    <message>
        <source>Replace the file?</source>
        <translation>Файлды алмаштырасызбы?</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it? What it holds now will be lost.</source>
        <translation>{0} мурунтан эле бар. Аны алмаштырасызбы? Анын азыркы мазмуну жоголот.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>TEIA Self-Assessment</source>
        <translation>TEIA: өз алдынча баалоо</translation>
    </message>
    <message>
        <source>Prepare the country&apos;s self-assessment under the UNECE Convention on the Transboundary Effects of Industrial Accidents: go through the indicators area by area, record the level reached, the evidence, the gaps and the responsible authority. Every change is saved to the file at once.</source>
        <translation>Өнөр жай кырсыктарынын трансчек аралык таасири жөнүндө БУУ ЕЭКтин конвенциясынын алкагында өлкөнүн өз алдынча баалоосун даярдаңыз: көрсөткүчтөрдү иш чөйрөлөрү боюнча карап чыгып, жетишилген деңгээлди, тастыктоочу далилдерди, кемчиликтерди жана жооптуу органды жазыңыз. Ар бир өзгөртүү файлга дароо сакталат.</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Жаңы баалоо…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ачуу…</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Мисалды ачуу</translation>
    </message>
    <message>
        <source>Recent assessments (double-click or Enter to open):</source>
        <translation>Акыркы баалоолор (ачуу үчүн эки жолу басыңыз же Enter):</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Welcome</source>
        <translation>Кош келиңиз</translation>
    </message>
    <message>
        <source>This short tour shows the four places you will use most. Start here: create a new assessment, open one that a colleague sent, or open the example to practise — the example is a copy, try anything in it.</source>
        <translation>Бул кыска тааныштыруу эң көп колдоно турган төрт жерди көрсөтөт. Ушул жерден баштаңыз: жаңы баалоону түзүңүз, кесиптешиңиз жөнөткөн баалоону ачыңыз же машыгуу үчүн мисалды ачыңыз — мисал көчүрмө болуп саналат, анда эмнени болсо да сынап көрүңүз.</translation>
    </message>
    <message>
        <source> The tour has opened the example assessment so that there is something to see.</source>
        <translation> Көрсөтүү үчүн тааныштыруу мисал баалоону ачты.</translation>
    </message>
    <message>
        <source>The navigator</source>
        <translation>Көрсөткүчтөрдүн тизмеси</translation>
    </message>
    <message>
        <source>The areas and their indicators. The mark before an indicator shows its state: ○ not started, ◐ draft, ● complete; the figure after an area shows how many are complete.</source>
        <translation>Чөйрөлөр жана алардын көрсөткүчтөрү. Көрсөткүчтүн алдындагы белги анын абалын көрсөтөт: ○ башталган эмес, ◐ долбоор, ● аякталды; чөйрөдөн кийинки сан канча көрсөткүч аякталганын көрсөтөт.</translation>
    </message>
    <message>
        <source>The indicator page</source>
        <translation>Көрсөткүчтүн бети</translation>
    </message>
    <message>
        <source>Tick the criteria that are met, choose the level, describe the situation, list the evidence and the gaps. Everything is saved within a second: there is no Save button.</source>
        <translation>Аткарылган критерийлерди белгилеп, деңгээлди тандаңыз, абалды сүрөттөп, тастыктоочу далилдерди жана кемчиликтерди жазыңыз. Баары бир секунданын ичинде сакталат: «Сактоо» баскычы жок.</translation>
    </message>
    <message>
        <source>The overview</source>
        <translation>Жалпы көрүнүш</translation>
    </message>
    <message>
        <source>The dashboard of the assessment: the radar chart of the areas, the actions by status, the overdue actions and the gaps without an action. Click a figure to see the list behind it.</source>
        <translation>Баалоонун жыйынтык панели: чөйрөлөрдүн радар диаграммасы, абалы боюнча иш-чаралар, мөөнөтү өткөн иш-чаралар жана иш-чарасы жок кемчиликтер. Сандын артындагы тизмени көрүү үчүн аны басыңыз.</translation>
    </message>
    <message>
        <source>That is all</source>
        <translation>Боло болду</translation>
    </message>
    <message>
        <source>Press F1 on any screen to open the chapter of the user guide that explains it. Help → Show the tour again repeats this tour.</source>
        <translation>Ар бир экранда аны түшүндүргөн колдонмонун бөлүмүн ачуу үчүн F1 баскычын басыңыз. «Маалымкат → Тааныштырууну кайра көрсөтүү» бул тааныштырууну кайталайт.</translation>
    </message>
    <message>
        <source>A short tour</source>
        <translation>Кыска тааныштыруу</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>{1} кадамдын {0}-кадамы</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Бүтүрүү</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation>Тааныштырууну өткөрүп жиберүү</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <source>Open an assessment</source>
        <translation>Баалоону ачуу</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia);;All files (*)</source>
        <translation>TEIA баалоосу (*.teia);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>The assessment was not opened</source>
        <translation>Баалоо ачылган жок</translation>
    </message>
    <message>
        <source>The assessment was opened</source>
        <translation>Өз алдынча баалоо ачылды</translation>
    </message>
    <message>
        <source>The example could not be created</source>
        <translation>Мисал түзүлгөн жок</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Өзгөртүүлөр сакталган жок</translation>
    </message>
    <message>
        <source>The last changes could not be written to the file. Save a copy elsewhere before closing?</source>
        <translation>Акыркы өзгөртүүлөр файлга жазылган жок. Жабуудан мурун көчүрмөсүн башка жерге сактайсызбы?</translation>
    </message>
    <message>
        <source>copy</source>
        <comment>suggested in the name of a copy: Assessment - copy.teia</comment>
        <translation>көчүрмө</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Көчүрмөнү сактоо</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia)</source>
        <translation>TEIA баалоосу (*.teia)</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Көчүрмө сакталган жок</translation>
    </message>
    <message>
        <source>A copy was saved as {0}</source>
        <translation>Көчүрмө {0} катары сакталды</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өтүү</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Т&amp;ил</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Маалымкат</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Акыркы &amp;файлдар</translation>
    </message>
    <message>
        <source>Language of the &amp;indicators</source>
        <translation>&amp;Көрсөткүчтөрдүн тили</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Негизги аспаптар панели</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Жаңы баалоо…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ачуу…</translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation>&amp;Мисалды ачуу</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>&amp;Көчүрмөсүн сактоо…</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>Баалоону жаб&amp;уу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Жалпы көрүнүш</translation>
    </message>
    <message>
        <source>Action p&amp;lan</source>
        <translation>&amp;Иш-аракеттер планы</translation>
    </message>
    <message>
        <source>&amp;Previous indicator</source>
        <translation>&amp;Мурунку көрсөткүч</translation>
    </message>
    <message>
        <source>&amp;Next indicator</source>
        <translation>&amp;Кийинки көрсөткүч</translation>
    </message>
    <message>
        <source>&amp;About TEIA Self-Assessment</source>
        <translation>«TEIA: өз алдынча баалоо» ж&amp;өнүндө</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Колдонуучунун &amp;колдонмосу</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Терминдер сөздүгү</translation>
    </message>
    <message>
        <source>Save the user guide as &amp;PDF…</source>
        <translation>Колдонмону &amp;PDF катары сактоо…</translation>
    </message>
    <message>
        <source>Show the &amp;tour again</source>
        <translation>Т&amp;ааныштырууну кайра көрсөтүү</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;Бул эмне?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Камдык көчүрмөдөн ка&amp;лыбына келтирүү…</translation>
    </message>
    <message>
        <source>Export &amp;Word report…</source>
        <translation>Word &amp;отчетун экспорттоо…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel workbook…</source>
        <translation>Excel &amp;таблицасын экспорттоо…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>Таблицаны &amp;импорттоо…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDFке &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Алдын ала к&amp;өрүү…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Журнал папкасын ачуу</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>Баалоо жөнүндө &amp;маалымат…</translation>
    </message>
    <message>
        <source>&amp;History of changes…</source>
        <translation>Өзгөртүүлөрдүн &amp;тарыхы…</translation>
    </message>
</context>
</TS>
