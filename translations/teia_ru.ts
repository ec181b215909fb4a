<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionEditor</name>
    <message>
        <source>New action</source>
        <translation>Новое действие</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>Действие {0}</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Действие</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Показатели</translation>
    </message>
    <message>
        <source>&amp;Gap being closed</source>
        <translation>&amp;Устраняемый пробел</translation>
    </message>
    <message>
        <source>E&amp;xpected result</source>
        <translation>Ожидаемый &amp;результат</translation>
    </message>
    <message>
        <source>&amp;Target level</source>
        <translation>&amp;Целевой уровень</translation>
    </message>
    <message>
        <source>&amp;Lead authority</source>
        <translation>&amp;Ведущий орган</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>П&amp;артнёры</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <source>&amp;Resources (budget, staff)</source>
        <translation>Р&amp;есурсы (бюджет, персонал)</translation>
    </message>
    <message>
        <source>International assistance</source>
        <translation>Международная помощь</translation>
    </message>
    <message>
        <source>Assistance &amp;needed</source>
        <translation>Необходимая &amp;помощь</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>Пр&amp;иоритет</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>Progress &amp;notes</source>
        <translation>&amp;Ход выполнения</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Что будет сделано</translation>
    </message>
    <message>
        <source>The gap of the indicator that this action closes</source>
        <translation>Пробел показателя, который устраняет это действие</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <source>Requested from the Convention&apos;s Assistance Programme or donors</source>
        <translation>Запрошена у Программы оказания помощи Конвенции или у доноров</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>Без даты начала</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>Say what the action is: the action needs a title.</source>
        <translation>Укажите, в чём состоит действие: у действия должно быть название.</translation>
    </message>
    <message>
        <source>The action was not saved; see the message.</source>
        <translation>Действие не сохранено; см. сообщение.</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>Национальный план действий</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Lead authority</source>
        <translation>Ведущий орган</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Authority contains…</source>
        <translation>Орган содержит…</translation>
    </message>
    <message>
        <source>Action contains…</source>
        <translation>Действие содержит…</translation>
    </message>
    <message>
        <source>Filter by lead authority or partner</source>
        <translation>Фильтр по ведущему органу или партнёру</translation>
    </message>
    <message>
        <source>Filter by words in the action</source>
        <translation>Фильтр по словам в действии</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Фильтр по области работы</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Фильтр по приоритету</translation>
    </message>
    <message>
        <source>One row per action; F2 edits a cell, Enter opens the action.</source>
        <translation>Одна строка на действие; F2 — изменить ячейку, Enter — открыть действие.</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Добавить действие…</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Изменить действие…</translation>
    </message>
    <message>
        <source>Every field of the selected action (double-click or Enter)</source>
        <translation>Все поля выбранного действия (двойной щелчок или Enter)</translation>
    </message>
    <message>
        <source>Delete the action &quot;{0}&quot;? (Edit → Undo brings it back.)</source>
        <translation>Удалить действие «{0}»? (Правка → Отменить вернёт его.)</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Удалить действие</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Все приоритеты</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Все области работы</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n action(s) shown</source>
        <translation>
            <numerusform>Показано {0} из %n действия</numerusform>
            <numerusform>Показано {0} из %n действий</numerusform>
            <numerusform>Показано {0} из %n действий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{0} was not reopened: the last start stopped while opening it. Open it again from File → Open recent.</source>
        <translation>{0} не открыт повторно: при прошлом запуске программа остановилась, открывая его. Откройте его снова через «Файл → Недавние».</translation>
    </message>
    <message>
        <source>The profile folder cannot be written</source>
        <translation>Невозможно записать в папку профиля</translation>
    </message>
    <message>
        <source>The folder {0} cannot be written (is the disk full, or is it read-only?). The application works, but settings, automatic backups and the recovery after a crash are not kept until space is freed there.</source>
        <translation>Невозможно записать в папку {0} (диск заполнен или доступен только для чтения?). Приложение работает, но настройки, автоматические резервные копии и восстановление после сбоя не сохраняются, пока там не освободится место.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore the backup into a new file</source>
        <translation>Восстановить резервную копию в новый файл</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia)</source>
        <translation>Оценка TEIA (*.teia)</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>A backup of {0} is taken each time it is opened; the last {1} are kept. Choose one to restore it into a new file. The document itself is not changed.</source>
        <translation>Резервная копия {0} создаётся при каждом открытии; хранятся последние {1}. Выберите копию, чтобы восстановить её в новый файл. Сам документ не изменяется.</translation>
    </message>
    <message>
        <source>There are no backups of {0} yet. A backup is taken each time a document is opened.</source>
        <translation>Резервных копий {0} пока нет. Резервная копия создаётся при каждом открытии документа.</translation>
    </message>
    <message>
        <source>&amp;Restore into a new file…</source>
        <translation>&amp;Восстановить в новый файл…</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Исходный файл</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>Cata&amp;logues…</source>
        <translation>Каталоги показателе&amp;й…</translation>
    </message>
    <message>
        <source>Move to another catalog&amp;ue…</source>
        <translation>Перенести на другую редак&amp;цию каталога…</translation>
    </message>
    <message>
        <source>Moved to another catalogue</source>
        <translation>Перенесено на другой каталог</translation>
    </message>
    <message>
        <source>The new assessment was written to {0}; this one was not changed. Open the new one now?</source>
        <translation>Новая оценка записана в {0}; эта оценка не изменена. Открыть новую сейчас?</translation>
    </message>
</context>
<context>
    <name>CataloguesDialog</name>
    <message>
        <source>built-in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>предварительный</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официальный</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>Add a catalogue file</source>
        <translation>Добавить файл каталога</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Файл каталога (*.json)</translation>
    </message>
    <message>
        <source>Import a catalogue workbook</source>
        <translation>Импорт книги Excel с каталогом</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Catalogue not installed</source>
        <translation>Каталог не установлен</translation>
    </message>
    <message>
        <source>Catalogue installed</source>
        <translation>Каталог установлен</translation>
    </message>
    <message>
        <source>{0}, edition {1}: {2} indicators. Choose &quot;Use for new assessments&quot; to create new assessments with it.</source>
        <translation>{0}, редакция {1}: показателей — {2}. Чтобы создавать с ним новые оценки, нажмите «Использовать для новых оценок».</translation>
    </message>
    <message>
        <source>Export the catalogue as a workbook</source>
        <translation>Экспорт каталога в книгу Excel</translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation>Книга не записана</translation>
    </message>
    <message>
        <source>Workbook written</source>
        <translation>Книга записана</translation>
    </message>
    <message>
        <source>The catalogue was written to {0}. Edit it in Excel or LibreOffice, then import it here.</source>
        <translation>Каталог записан в {0}. Отредактируйте его в Excel или LibreOffice, затем импортируйте здесь.</translation>
    </message>
    <message>
        <source>Remove the catalogue</source>
        <translation>Удалить каталог</translation>
    </message>
    <message>
        <source>Remove {0}, edition {1}, from the installed catalogues? Assessments made with it keep their own copy.</source>
        <translation>Удалить {0}, редакция {1}, из установленных каталогов? Оценки, созданные с ним, сохраняют собственную копию.</translation>
    </message>
    <message>
        <source>Catalogue not removed</source>
        <translation>Каталог не удален</translation>
    </message>
    <message>
        <source>Catalogues of indicators</source>
        <translation>Каталоги показателей</translation>
    </message>
    <message>
        <source>The catalogues installed on this computer. New assessments use the one marked ✓; an assessment keeps the catalogue it was made with. To change a catalogue, export it as a workbook, edit it in Excel or LibreOffice (give it a new edition) and import it back.</source>
        <translation>Каталоги, установленные на этом компьютере. Новые оценки создаются с каталогом, отмеченным ✓; каждая оценка сохраняет каталог, с которым она создана. Чтобы изменить каталог, экспортируйте его в книгу Excel, отредактируйте в Excel или LibreOffice (укажите новую редакцию) и импортируйте обратно.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>New assessments</source>
        <translation>Новые оценки</translation>
    </message>
    <message>
        <source>Installed catalogues</source>
        <translation>Установленные каталоги</translation>
    </message>
    <message>
        <source>&amp;Use for new assessments</source>
        <translation>&amp;Использовать для новых оценок</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <source>&amp;Import a workbook…</source>
        <translation>&amp;Импорт книги…</translation>
    </message>
    <message>
        <source>&amp;Export as workbook…</source>
        <translation>&amp;Экспорт в книгу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Indicator / action</source>
        <translation>Показатель / действие</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>This field was changed in the assessment after the workbook was exported. Check the box to overwrite it with the workbook&apos;s value.</source>
        <translation>Это поле изменено в оценке после экспорта таблицы. Отметьте его, чтобы заменить значением из таблицы.</translation>
    </message>
    <message>
        <source>changed after export</source>
        <translation>изменено после экспорта</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Higher (+{0})</source>
        <translation>Выше (+{0})</translation>
    </message>
    <message>
        <source>Lower ({0})</source>
        <translation>Ниже ({0})</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Rated now</source>
        <translation>Теперь оценено</translation>
    </message>
    <message>
        <source>No longer rated</source>
        <translation>Больше не оценено</translation>
    </message>
    <message>
        <source>Now applicable</source>
        <translation>Теперь применимо</translation>
    </message>
    <message>
        <source>Now not applicable</source>
        <translation>Теперь не применимо</translation>
    </message>
    <message>
        <source>New in this edition</source>
        <translation>Новый в этой редакции</translation>
    </message>
    <message>
        <source>Not in this edition</source>
        <translation>Нет в этой редакции</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Mean level per area, before and now</source>
        <translation>Средний уровень по областям: до и сейчас</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Criteria gained</source>
        <translation>Новые критерии</translation>
    </message>
    <message>
        <source>Criteria lost</source>
        <translation>Утраченные критерии</translation>
    </message>
    <message>
        <source>Actions completed in between</source>
        <translation>Действия, выполненные за это время</translation>
    </message>
    <message>
        <source>Progress since the previous assessment</source>
        <translation>Прогресс с предыдущей оценки</translation>
    </message>
    <message>
        <source>Progress since {0}, {1}</source>
        <translation>Прогресс с «{0}», {1}</translation>
    </message>
    <message>
        <source>the previous assessment</source>
        <translation>предыдущей оценки</translation>
    </message>
    <message>
        <source>Higher: {0}; lower: {1}; unchanged: {2}.</source>
        <translation>Выше: {0}; ниже: {1}; без изменений: {2}.</translation>
    </message>
    <message>
        <source>The previous assessment is read from the copy kept in this file.</source>
        <translation>Предыдущая оценка прочитана из копии, сохранённой в этом файле.</translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation>До: {0}</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Criteria ticked: {0} of {1}. Suggested level: {2} ({3}); levels that agree with the ticks: {4}.</source>
        <translation>Отмечено критериев: {0} из {1}. Предлагаемый уровень: {2} ({3}); уровни, согласующиеся с отметками: {4}.</translation>
    </message>
    <message>
        <source>Use level {0}</source>
        <translation>Выбрать уровень {0}</translation>
    </message>
</context>
<context>
    <name>ContributionCommands</name>
    <message>
        <source>Prepare con&amp;tributions…</source>
        <translation>Подготовить вк&amp;лады органов…</translation>
    </message>
    <message>
        <source>&amp;Merge a contribution…</source>
        <translation>Объе&amp;динить вклад…</translation>
    </message>
    <message>
        <source>Contribution of {0} to the assessment &quot;{1}&quot;. You can change only the indicators given to {0} (in all: {2}); the others are shown read-only. Send this file back to the lead authority when it is done.</source>
        <translation>Вклад органа «{0}» в оценку «{1}». Изменять можно только показатели, закреплённые за «{0}» (всего: {2}); остальные показаны только для чтения. Когда работа закончена, отправьте этот файл ведущему органу.</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <source>Prepare contributions</source>
        <translation>Подготовка вкладов органов</translation>
    </message>
    <message>
        <source>Add the authorities that contribute to the assessment, give each the areas or indicators it answers for, then write one contribution file for each. They fill it in with this application and send it back: File → Merge a contribution.</source>
        <translation>Добавьте органы, участвующие в оценке, закрепите за каждым его области или показатели и запишите для каждого файл вклада. Орган заполняет его в этом приложении и отправляет обратно: Файл → Объединить вклад.</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>&amp;Add authority</source>
        <translation>&amp;Добавить орган</translation>
    </message>
    <message>
        <source>&amp;Remove authority</source>
        <translation>&amp;Удалить орган</translation>
    </message>
    <message>
        <source>Area / indicator</source>
        <translation>Область / показатель</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Закреплено за</translation>
    </message>
    <message>
        <source>&amp;Write contribution files…</source>
        <translation>&amp;Записать файлы вкладов…</translation>
    </message>
    <message>
        <source>Contributing authorities</source>
        <translation>Участвующие органы</translation>
    </message>
    <message>
        <source>Who holds what (an indicator follows its area unless it is given to someone else)</source>
        <translation>Что за кем закреплено (показатель относится к органу своей области, если не закреплён за другим)</translation>
    </message>
    <message>
        <source>Authority {0}</source>
        <translation>Орган {0}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ни за кем</translation>
    </message>
    <message>
        <source>as its area</source>
        <translation>как его область</translation>
    </message>
    <message>
        <source>Give at least one area or indicator to an authority first.</source>
        <translation>Сначала закрепите за органом хотя бы одну область или показатель.</translation>
    </message>
    <message>
        <source>Folder for the contribution files</source>
        <translation>Папка для файлов вкладов</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution file(s) written:</source>
        <translation>
            <numerusform>Записан %n файл вклада:</numerusform>
            <numerusform>Записано %n файла вкладов:</numerusform>
            <numerusform>Записано %n файлов вкладов:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContributorsPanel</name>
    <message>
        <source>Contributing authorities</source>
        <translation>Участвующие органы</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Indicators changed</source>
        <translation>Изменено показателей</translation>
    </message>
</context>
<context>
    <name>CycleMenu</name>
    <message>
        <source>Mark as &amp;final (approved)…</source>
        <translation>Отметить как окончательную (&amp;утверждённую)…</translation>
    </message>
    <message>
        <source>Reopen for &amp;a correction…</source>
        <translation>Открыть для испр&amp;авления…</translation>
    </message>
    <message>
        <source>&amp;Start the next self-assessment…</source>
        <translation>Начать следу&amp;ющую самостоятельную оценку…</translation>
    </message>
    <message>
        <source>Compare wit&amp;h another assessment…</source>
        <translation>Сравнить с дру&amp;гой оценкой…</translation>
    </message>
    <message>
        <source>Pro&amp;gress since the previous assessment</source>
        <translation>Про&amp;гресс с предыдущей оценки</translation>
    </message>
    <message>
        <source>Final: approved by {0} on {1}. Read-only — start the next self-assessment, or reopen it for a correction.</source>
        <translation>Окончательная редакция: утвердил(а) {0}, {1}. Только для чтения — начните следующую самостоятельную оценку или откройте эту для исправления.</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>Отметить как окончательную</translation>
    </message>
    <message>
        <source>Who approved the assessment? The name goes into the approval block of the report, with today&apos;s date. After this the assessment can no longer be changed.</source>
        <translation>Кто утвердил оценку? Имя будет указано в разделе «Утверждение» отчёта вместе с сегодняшней датой. После этого оценку больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Reopen for correction</source>
        <translation>Открыть для исправления</translation>
    </message>
    <message>
        <source>Why must the final assessment be corrected? The reason is kept in the history.</source>
        <translation>Почему окончательную оценку нужно исправить? Причина сохраняется в истории изменений.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <source>{0} (next)</source>
        <translation>{0} (следующая)</translation>
    </message>
    <message>
        <source>Start the next self-assessment</source>
        <translation>Начать следующую самостоятельную оценку</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia)</source>
        <translation>Оценка TEIA (*.teia)</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Не создано</translation>
    </message>
    <message>
        <source>The answers were carried over: confirm or update each one (marked in the navigator).</source>
        <translation>Ответы перенесены: подтвердите или обновите каждый (они отмечены в навигаторе).</translation>
    </message>
    <message>
        <source>Compare with another assessment</source>
        <translation>Сравнить с другой оценкой</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Сравнение невозможно</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Assessment details</source>
        <translation>Сведения об оценке</translation>
    </message>
    <message>
        <source>Final version (agreed; exports say &quot;Final&quot; instead of &quot;Draft&quot;)</source>
        <translation>Окончательная версия (согласована; в экспорте «Окончательная» вместо «Черновик»)</translation>
    </message>
    <message>
        <source>Recorded with each change, e.g. &quot;A. Asanova (MES)&quot;</source>
        <translation>Записывается при каждом изменении, например «А. Асанова (МЧС)»</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Lead authority:</source>
        <translation>&amp;Ведущий орган:</translation>
    </message>
    <message>
        <source>&amp;Prepared by (names, separated by commas):</source>
        <translation>&amp;Подготовили (имена через запятую):</translation>
    </message>
    <message>
        <source>&amp;Your name on this computer:</source>
        <translation>Ваше &amp;имя на этом компьютере:</translation>
    </message>
    <message>
        <source>Created {0}; last changed {1}</source>
        <translation>Создано {0}; последнее изменение {1}</translation>
    </message>
    <message>
        <source>The report in each language</source>
        <translation>Отчёт на каждом языке</translation>
    </message>
    <message>
        <source>Report in English</source>
        <translation>Отчёт на английском</translation>
    </message>
    <message>
        <source>Report in Russian</source>
        <translation>Отчёт на русском</translation>
    </message>
    <message>
        <source>Report in Kyrgyz</source>
        <translation>Отчёт на кыргызском</translation>
    </message>
    <message>
        <source>Empty: the title above</source>
        <translation>Если пусто — название выше</translation>
    </message>
    <message>
        <source>A few paragraphs printed first in the report, before the key figures</source>
        <translation>Несколько абзацев, которые печатаются в начале отчёта, перед основными показателями</translation>
    </message>
    <message>
        <source>T&amp;itle in this language:</source>
        <translation>Название на &amp;этом языке:</translation>
    </message>
    <message>
        <source>E&amp;xecutive summary:</source>
        <translation>&amp;Резюме:</translation>
    </message>
    <message>
        <source>Meetings and abbreviations</source>
        <translation>Совещания и сокращения</translation>
    </message>
    <message>
        <source>Authority, person and contact</source>
        <translation>Орган, ответственное лицо и контакты</translation>
    </message>
    <message>
        <source>One meeting a line: date; place; participants</source>
        <translation>Одно совещание в строке: дата; место; участники</translation>
    </message>
    <message>
        <source>One a line: abbreviation — meaning</source>
        <translation>По одному в строке: сокращение — значение</translation>
    </message>
    <message>
        <source>National &amp;focal point:</source>
        <translation>Национальный координационный &amp;центр:</translation>
    </message>
    <message>
        <source>&amp;Meetings (one a line: date; place; participants):</source>
        <translation>Сов&amp;ещания (по одному в строке: дата; место; участники):</translation>
    </message>
    <message>
        <source>A&amp;bbreviations (one a line: abbreviation — meaning):</source>
        <translation>Со&amp;кращения (по одному в строке: сокращение — значение):</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Edit {0}</source>
        <translation>Изменение {0}</translation>
    </message>
    <message>
        <source>Add action {0}</source>
        <translation>Добавление действия {0}</translation>
    </message>
    <message>
        <source>Edit action {0}</source>
        <translation>Изменение действия {0}</translation>
    </message>
    <message>
        <source>Delete action {0}</source>
        <translation>Удаление действия {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your typing is kept in the window; use &quot;Save a copy&quot; to save it elsewhere.</source>
        <translation>Введённый текст остаётся в окне; чтобы сохранить его в другом месте, используйте «Сохранить копию».</translation>
    </message>
    <message>
        <source>Use &quot;Save a copy&quot; to keep your latest typing elsewhere.</source>
        <translation>Воспользуйтесь командой «Сохранить копию», чтобы сохранить последние введённые данные в другом месте.</translation>
    </message>
    <message>
        <source>Use File → Start the next self-assessment to continue from it, or File → Reopen for correction if it must be corrected.</source>
        <translation>Чтобы продолжить работу на её основе, выберите Файл → Начать следующую самостоятельную оценку; если её нужно исправить — Файл → Открыть для исправления.</translation>
    </message>
    <message>
        <source>Move the earlier one to this edition first (File → Move to another catalogue…).</source>
        <translation>Сначала перенесите более раннюю оценку на эту редакцию (Файл → Перенести на другую редакцию каталога…).</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {detail}</source>
        <translation>Произошла непредвиденная ошибка: {detail}</translation>
    </message>
    <message>
        <source>The catalogue {file} cannot be used.
Entry: {entry}
Problem: {problem}</source>
        <translation>Каталог {file} не может быть использован.
Запись: {entry}
Проблема: {problem}</translation>
    </message>
    <message>
        <source>{file} cannot be read any more ({detail}): was the USB stick or network drive removed? Put it back and open the file again.</source>
        <translation>Файл {file} больше не читается ({detail}): возможно, извлечена USB-флешка или отключён сетевой диск? Подключите его снова и откройте файл заново.</translation>
    </message>
    <message>
        <source>The last change could not be saved to {file}: {detail}.</source>
        <translation>Последнее изменение не удалось сохранить в {file}: {detail}.</translation>
    </message>
    <message>
        <source>The last change could not be saved to {file}: the file was removed, renamed or its drive was disconnected.</source>
        <translation>Последнее изменение не удалось сохранить в {file}: файл был удалён или переименован, либо его диск был отключён.</translation>
    </message>
    <message>
        <source>{file} uses another edition of the catalogue of indicators ({before}, this one {now}) and this assessment was not moved from it; the two cannot be compared.</source>
        <translation>{file} использует другую редакцию каталога показателей ({before}, здесь — {now}), и эта оценка не была перенесена с нее; их нельзя сравнить.</translation>
    </message>
    <message>
        <source>{file} is final (approved) and cannot be changed.</source>
        <translation>{file} — окончательная (утверждённая) редакция, её нельзя изменить.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) or is damaged. Nothing was imported.</source>
        <translation>{file} не является таблицей Excel (.xlsx) или повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened ({detail}). The file was left unchanged; the details are in the log.</source>
        <translation>{file} повреждён и не может быть открыт ({detail}). Файл оставлен без изменений; подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail}): the full check made after opening found it. Nothing has been written to it since it was opened, and nothing more will be; restore it from a backup (File → Restore from backup). The details are in the log.</source>
        <translation>{file} повреждён ({detail}): это обнаружила полная проверка после открытия. С момента открытия в него ничего не записано и больше не будет записано; восстановите его из резервной копии (Файл → Восстановить из резервной копии). Подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of TEIA Self-Assessment (format {version}). Please update the application to open it. The file was left unchanged.</source>
        <translation>{file} создан более новой версией программы «TEIA: самостоятельная оценка» (формат {version}). Обновите программу, чтобы открыть его. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>{file} is already open in a window of {user} on the computer {host} (since {since}). Close it there first, or open it read-only.</source>
        <translation>{file} уже открыт в окне пользователя {user} на компьютере {host} (с {since}). Сначала закройте его там или откройте только для чтения.</translation>
    </message>
    <message>
        <source>{file} is being changed by another command ({user} on {host}). Try again in a moment.</source>
        <translation>{file} сейчас изменяется другой командой ({user} на {host}). Повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (it is a folder, a device or a pipe) and was not read.</source>
        <translation>{file} не является обычным файлом (это папка, устройство или канал) и не был прочитан.</translation>
    </message>
    <message>
        <source>{file} holds a value of the wrong type (table {table}, column {column}, row {row}) and was not opened. The file was left unchanged.</source>
        <translation>{file} содержит значение неверного типа (таблица {table}, столбец {column}, строка {row}) и не был открыт. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>Beside {file} lies a journal that belongs to another document ({journal}). It was not used; both files were left unchanged.</source>
        <translation>Рядом с {file} находится журнал другого документа ({journal}). Он не был использован; оба файла оставлены без изменений.</translation>
    </message>
    <message>
        <source>Beside {file} lay a journal that belongs to another document. It was not used and was moved to {journal}.</source>
        <translation>Рядом с {file} находился журнал другого документа. Он не был использован и перемещён в {journal}.</translation>
    </message>
    <message>
        <source>{file} lacked the answers of {count} indicators; they were added as not started.</source>
        <translation>В {file} не было ответов по {count} показателям; они добавлены как не начатые.</translation>
    </message>
    <message>
        <source>{file} cannot be replaced: it is open in another program (for example Word or Excel) or it is read-only. Close it there, or choose another name.</source>
        <translation>Не удаётся заменить файл {file}: он открыт в другой программе (например, в Word или Excel) или доступен только для чтения. Закройте его там или выберите другое имя.</translation>
    </message>
    <message>
        <source>The assessment was not created: the folder {folder} does not exist and could not be made ({detail}).</source>
        <translation>Оценка не создана: папка {folder} не существует, и создать её не удалось ({detail}).</translation>
    </message>
    <message>
        <source>The assessment was not created: {folder} is a file, not a folder. Choose another folder.</source>
        <translation>Оценка не создана: {folder} — это файл, а не папка. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The assessment was not created: no file can be written in {folder} (no permission, or a read-only drive). Choose another folder.</source>
        <translation>Оценка не создана: в папку {folder} нельзя записать файл (нет прав доступа или диск доступен только для чтения). Выберите другую папку.</translation>
    </message>
    <message>
        <source>The assessment was not created: the drive holding {folder} is full. Free some space or choose another folder.</source>
        <translation>Оценка не создана: диск, на котором находится папка {folder}, заполнен. Освободите место или выберите другую папку.</translation>
    </message>
    <message>
        <source>The assessment file {file} could not be created: {detail}. Nothing was written; choose another folder or name.</source>
        <translation>Не удалось создать файл оценки {file}: {detail}. Ничего не записано; выберите другую папку или имя.</translation>
    </message>
    <message>
        <source>The file {name} is {size}; attachments can be at most {limit} each.</source>
        <translation>Размер файла {name} — {size}; каждое вложение может быть не больше {limit}.</translation>
    </message>
    <message>
        <source>{file} was not written: {detail}. An earlier file of that name was left as it was.</source>
        <translation>Файл {file} не записан: {detail}. Прежний файл с этим именем остался без изменений.</translation>
    </message>
    <message>
        <source>{file} is an assessment; an export is never written over one. Choose another name.</source>
        <translation>{file} — это файл самостоятельной оценки; экспорт никогда не записывается поверх него. Выберите другое имя.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a device, a folder or a pipe); nothing was written to it.</source>
        <translation>{file} — не обычный файл (устройство, папка или канал); в него ничего не записано.</translation>
    </message>
    <message>
        <source>Indicator {indicator} is not part of this contribution: it is changed in the assessment itself, or in the contribution of the authority that holds it.</source>
        <translation>Показатель {indicator} не входит в этот вклад: он изменяется в самой оценке или во вкладе органа, за которым закреплён.</translation>
    </message>
    <message>
        <source>{file} is a copy of another assessment, not of this one. Nothing was merged.</source>
        <translation>{file} — копия другой оценки, а не этой. Ничего не объединено.</translation>
    </message>
    <message>
        <source>{file} uses another edition of the catalogue of indicators ({detail}). Nothing was merged.</source>
        <translation>В {file} используется другая редакция каталога показателей ({detail}). Ничего не объединено.</translation>
    </message>
    <message>
        <source>{file} is this assessment itself; choose a contribution or another copy.</source>
        <translation>{file} — это сама оценка; выберите вклад или другую копию.</translation>
    </message>
    <message>
        <source>{file} is not of the same assessment lineage as this one (neither was started from the other); they cannot be compared.</source>
        <translation>{file} не относится к той же последовательности оценок (ни одна не начата с другой); сравнить их нельзя.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of TEIA Self-Assessment (workbook format {version}). Nothing was imported.</source>
        <translation>{file} создан более новой версией программы «TEIA: самостоятельная оценка» (формат таблицы {version}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The due date {due} is before the start date {start}. Choose a later due date or an earlier start.</source>
        <translation>Срок {due} раньше даты начала {start}. Выберите более поздний срок или более раннюю дату начала.</translation>
    </message>
    <message>
        <source>{file} is too large or too strongly compressed to be a filled-in workbook. Nothing was imported.</source>
        <translation>{file} слишком велик или слишком сильно сжат для заполненной таблицы. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} contains XML constructs that are not allowed in a workbook. Nothing was imported.</source>
        <translation>{file} содержит конструкции XML, недопустимые в таблице. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} was not exported by TEIA Self-Assessment. Nothing was imported.</source>
        <translation>{file} экспортирован не программой «TEIA: самостоятельная оценка». Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} belongs to another assessment, not to this one. Nothing was imported.</source>
        <translation>{file} относится к другой оценке, а не к этой. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} was exported with another catalogue of indicators ({detail}). Nothing was imported.</source>
        <translation>{file} экспортирован с другим каталогом показателей ({detail}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; is missing from {file} (was it renamed or deleted?). Nothing was imported.</source>
        <translation>В {file} нет листа «{sheet}» (он переименован или удалён?). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The columns of the sheet &quot;{sheet}&quot; in {file} were changed (column {column}: expected &quot;{expected}&quot;, found &quot;{found}&quot;). Nothing was imported.</source>
        <translation>Столбцы листа «{sheet}» в {file} изменены (столбец {column}: ожидалось «{expected}», найдено «{found}»). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} has more than {limit} rows. Nothing was imported.</source>
        <translation>Лист «{sheet}» в {file} содержит больше {limit} строк. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, cell {cell}: {detail}. Nothing was imported.</source>
        <translation>{file}, лист «{sheet}», ячейка {cell}: {detail}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;: {item} appears twice (rows {first} and {second}). Nothing was imported.</source>
        <translation>{file}, лист «{sheet}»: {item} встречается дважды (строки {first} и {second}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, cell {cell}: there is no indicator {indicator} in this assessment. Nothing was imported.</source>
        <translation>{file}, лист «{sheet}», ячейка {cell}: в этой оценке нет показателя {indicator}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The assessment changed while the import was being reviewed. Read the workbook again. Nothing was imported.</source>
        <translation>Оценка изменилась, пока проверялся импорт. Прочитайте таблицу заново. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, cell {cell}: {problem}. No catalogue was written.</source>
        <translation>{file}, лист «{sheet}», ячейка {cell}: {problem}. Каталог не записан.</translation>
    </message>
    <message>
        <source>The Annex I table {file} cannot be used.
Entry: {entry}
Problem: {problem}</source>
        <translation>Таблица приложения I {file} не может быть использована.
Запись: {entry}
Проблема: {problem}</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Файл {file} не существует.</translation>
    </message>
    <message>
        <source>{file} is not a TEIA self-assessment document. It was not opened and not changed.</source>
        <translation>{file} не является документом самостоятельной оценки TEIA. Он не открыт и не изменён.</translation>
    </message>
    <message>
        <source>{file} contains parts that do not belong to a TEIA document ({detail}). It was not opened and not changed.</source>
        <translation>{file} содержит части, не относящиеся к документу TEIA ({detail}). Он не открыт и не изменён.</translation>
    </message>
    <message>
        <source>{file} is already open in another window or program. Close it there first.</source>
        <translation>{file} уже открыт в другом окне или программе. Сначала закройте его там.</translation>
    </message>
    <message>
        <source>{file} cannot be written: the file or its folder is read-only (for example a write-protected USB stick). Use &quot;Save a copy&quot; to keep working elsewhere.</source>
        <translation>Невозможно записать {file}: файл или папка доступны только для чтения (например, USB-накопитель с защитой от записи). Чтобы продолжить работу в другом месте, используйте «Сохранить копию».</translation>
    </message>
    <message>
        <source>{file} already exists. Choose another name.</source>
        <translation>{file} уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>There is no indicator {indicator} in this assessment.</source>
        <translation>В этой оценке нет показателя {indicator}.</translation>
    </message>
    <message>
        <source>The value for {field} is not valid: {detail}</source>
        <translation>Недопустимое значение поля {field}: {detail}</translation>
    </message>
    <message>
        <source>The tailings method {file} cannot be used.
Entry: {entry}
Problem: {problem}</source>
        <translation>Методика оценки хвостохранилищ {file} не может быть использована.
Запись: {entry}
Проблема: {problem}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Документ Word (.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Таблица Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Таблицы Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Запись {0}…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <source>The backup was restored into {0}. Open it now?</source>
        <translation>Резервная копия восстановлена в {0}. Открыть её сейчас?</translation>
    </message>
    <message>
        <source>This is a workbook</source>
        <translation>Это таблица Excel</translation>
    </message>
    <message>
        <source>{0} is an Excel workbook, not an assessment. A workbook exported from an assessment brings its answers back into it: open that assessment first, then choose File → Import workbook.</source>
        <translation>{0} — это таблица Excel, а не оценка. Таблица, выгруженная из оценки, возвращает в неё заполненные ответы: сначала откройте эту оценку, затем выберите «Файл → Импорт таблицы».</translation>
    </message>
    <message>
        <source>{0} is an Excel workbook, not an assessment. Import the answers filled in it into {1}? Every change is shown before it is applied.</source>
        <translation>{0} — это таблица Excel, а не оценка. Импортировать заполненные в ней ответы в {1}? Каждое изменение будет показано до того, как оно будет применено.</translation>
    </message>
    <message>
        <source>&amp;Import into this assessment…</source>
        <translation>&amp;Импортировать в эту оценку…</translation>
    </message>
    <message>
        <source>Assessment not found</source>
        <translation>Оценка не найдена</translation>
    </message>
    <message>
        <source>{0} is no longer in the folder {1}. It may have been moved, renamed or deleted, or it is on a USB stick or network drive that is not connected now.</source>
        <translation>Файла {0} больше нет в папке {1}. Возможно, он перемещён, переименован или удалён либо находится на USB-флешке или сетевом диске, которые сейчас не подключены.</translation>
    </message>
    <message>
        <source>The newest automatic backup of a file with this name is from {0}.</source>
        <translation>Самая новая автоматическая резервная копия файла с этим именем создана {0}.</translation>
    </message>
    <message>
        <source>There is no automatic backup of it on this computer.</source>
        <translation>На этом компьютере нет его автоматических резервных копий.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <source>&amp;Keep in the list</source>
        <translation>&amp;Оставить в списке</translation>
    </message>
    <message>
        <source>History of indicator {0}</source>
        <translation>История показателя {0}</translation>
    </message>
    <message>
        <source>History of the assessment</source>
        <translation>История оценки</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Marked complete, but no evidence is given.</source>
        <translation>Отмечено как завершённое, но подтверждающие материалы не указаны.</translation>
    </message>
    <message>
        <source>Level {0} claims more than the criteria ticked ({1} of {2}); they suggest level {3}.</source>
        <translation>Уровень {0} предполагает больше, чем отмеченные критерии ({1} из {2}); по ним следует уровень {3}.</translation>
    </message>
    <message>
        <source>Level {0} is lower than the criteria ticked ({1} of {2}) show; they suggest level {3}.</source>
        <translation>Уровень {0} ниже, чем показывают отмеченные критерии ({1} из {2}); по ним следует уровень {3}.</translation>
    </message>
</context>
<context>
    <name>HandoutSaver</name>
    <message>
        <source>TEIA user guide</source>
        <translation>Руководство пользователя TEIA</translation>
    </message>
    <message>
        <source>Save the user guide as PDF</source>
        <translation>Сохранить руководство в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The guide was not saved</source>
        <translation>Руководство не сохранено</translation>
    </message>
    <message>
        <source>The guide was saved</source>
        <translation>Руководство сохранено</translation>
    </message>
    <message numerus="yes">
        <source>{file} was written (%n page(s)).</source>
        <translation>
            <numerusform>Файл {file} записан (%n страница).</numerusform>
            <numerusform>Файл {file} записан (%n страницы).</numerusform>
            <numerusform>Файл {file} записан (%n страниц).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide — TEIA Self-Assessment</source>
        <translation>Руководство пользователя — TEIA: самостоятельная оценка</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)</source>
        <translation>Поиск по руководству (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Поиск по руководству</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Главы</translation>
    </message>
    <message>
        <source>Chapter text</source>
        <translation>Текст главы</translation>
    </message>
    <message>
        <source>The agreed terms in the three languages. Type to filter.</source>
        <translation>Согласованные термины на трёх языках. Введите текст для отбора.</translation>
    </message>
    <message>
        <source>Filter the terms</source>
        <translation>Отбор терминов</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <source>Save as PDF for printing…</source>
        <translation>Сохранить в PDF для печати…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждающие материалы</translation>
    </message>
    <message>
        <source>Gaps and challenges</source>
        <translation>Пробелы и трудности</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Выполненные критерии</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Целевой уровень</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Assessment created</source>
        <translation>Оценка создана</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Lead authority</source>
        <translation>Ведущий орган</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Подготовили</translation>
    </message>
    <message>
        <source>Language of the indicators</source>
        <translation>Язык показателей</translation>
    </message>
    <message>
        <source>Final version</source>
        <translation>Окончательная версия</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Название действия</translation>
    </message>
    <message>
        <source>Gap being closed</source>
        <translation>Устраняемый пробел</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>International assistance requested</source>
        <translation>Запрошена международная помощь</translation>
    </message>
    <message>
        <source>Assistance requested</source>
        <translation>Запрошена помощь</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>В окне программы</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Imported from {0}</source>
        <translation>Импорт из {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Выполненные критерии</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждающие материалы</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новое действие</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <translation>Удалить действие</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Gap addressed</source>
        <translation>Устраняемый пробел</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ведущий орган</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>Assistance requested</source>
        <translation>Запрошена помощь</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Необходимая помощь</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;, row {row}: not an indicator (&quot;{text}&quot;); the row was skipped.</source>
        <translation>Лист «{sheet}», строка {row}: это не показатель («{text}»); строка пропущена.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;, row {row}: an action without a title (&quot;{text}&quot;); the row was skipped.</source>
        <translation>Лист «{sheet}», строка {row}: действие без названия («{text}»); строка пропущена.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;, column {column} (&quot;{header}&quot;) was added in the workbook; it is not imported.</source>
        <translation>На листе «{sheet}» в таблицу добавлен столбец {column} («{header}»); он не импортируется.</translation>
    </message>
    <message>
        <source>Action {target} was deleted from the workbook; it is offered as a deletion, not checked.</source>
        <translation>Действие {target} удалено из таблицы; его удаление предлагается, но не отмечено.</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Импорт {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {0}.</source>
        <translation>
            <numerusform>%n изменение из {0}.</numerusform>
            <numerusform>%n изменения из {0}.</numerusform>
            <numerusform>%n изменений из {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of them were changed in the assessment after the export: they are not checked; check them to overwrite.</source>
        <translation>Из них {0} изменены в оценке после экспорта: они не отмечены; отметьте их, чтобы перезаписать.</translation>
    </message>
    <message>
        <source>&amp;Apply checked changes</source>
        <translation>&amp;Применить отмеченные изменения</translation>
    </message>
    <message numerus="yes">
        <source>After this import %n indicator(s) will need attention (they can be corrected later):</source>
        <translation>
            <numerusform>После импорта %n показатель потребует внимания (это можно исправить позже):</numerusform>
            <numerusform>После импорта %n показателя потребуют внимания (это можно исправить позже):</numerusform>
            <numerusform>После импорта %n показателей потребуют внимания (это можно исправить позже):</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Импорт таблицы Excel</translation>
    </message>
    <message>
        <source>{0} is a register workbook of hazardous activities, not an assessment workbook. Import it into the register? Every change is shown before it is applied.</source>
        <translation>{0} — рабочая книга реестра опасных видов деятельности, а не рабочая книга оценки. Импортировать её в реестр? Каждое изменение будет показано до применения.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Таблицы Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{0} holds no changes for this assessment.</source>
        <translation>В {0} нет изменений для этой оценки.</translation>
    </message>
</context>
<context>
    <name>IndicatorHelp</name>
    <message>
        <source>Press F1 for the chapter of the user guide on rating an indicator.</source>
        <translation>Нажмите F1, чтобы открыть главу руководства о том, как оценить показатель.</translation>
    </message>
    <message>
        <source>Tick it when the criterion is met today.</source>
        <translation>Отметьте, если критерий выполнен сегодня.</translation>
    </message>
    <message>
        <source>A criterion is one concrete condition behind the indicator&apos;s statement. Tick it only when it is met today, and name the proof under Evidence. The ticked criteria suggest a level; a level that contradicts them is marked on the page and in the navigator.</source>
        <translation>Критерий — одно конкретное условие, стоящее за формулировкой показателя. Отмечайте его, только если оно выполнено сегодня, и укажите доказательство в подтверждающих материалах. Отмеченные критерии подсказывают уровень; уровень, который им противоречит, отмечается на странице и в навигаторе.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>Уровень {0}</translation>
    </message>
    <message>
        <source>Choose it when the indicator does not apply to the country, and say why in the description.</source>
        <translation>Выберите, если показатель не относится к стране, и объясните причину в описании.</translation>
    </message>
    <message>
        <source>Choose the level that fits today&apos;s situation best. The arrow keys move between levels, a digit chooses that level and N chooses not applicable.</source>
        <translation>Выберите уровень, который лучше всего соответствует сегодняшнему положению. Клавиши со стрелками переходят между уровнями, цифра выбирает этот уровень, N — «не применимо».</translation>
    </message>
    <message>
        <source>What exists today, in a few sentences.</source>
        <translation>Что существует сегодня, в нескольких предложениях.</translation>
    </message>
    <message>
        <source>Describe what is in place today and where: the arrangements, who runs them, how far they reach. Keep opinions for the gaps.</source>
        <translation>Опишите, что есть сегодня и где: механизмы, кто ими управляет, насколько они охватывают страну. Оценки оставьте для пробелов.</translation>
    </message>
    <message>
        <source>The documents that prove it, with numbers and dates.</source>
        <translation>Документы, которые это подтверждают, с номерами и датами.</translation>
    </message>
    <message>
        <source>List the laws, decrees, procedures, reports and records that show what you describe, each with its number and date, so that a colleague or a reviewer abroad can check it. Attach the files below when you can.</source>
        <translation>Перечислите законы, постановления, процедуры, отчёты и записи, которые подтверждают описанное, каждый с номером и датой, чтобы коллега или эксперт за рубежом мог это проверить. По возможности приложите файлы ниже.</translation>
    </message>
    <message>
        <source>What is missing or does not work yet.</source>
        <translation>Чего не хватает или что пока не работает.</translation>
    </message>
    <message>
        <source>Each gap should lead to an action of the plan: write it so that the action can say what will close it. &apos;Add an action for this gap&apos; creates one from it.</source>
        <translation>Каждый пробел должен вести к действию плана: пишите так, чтобы действие могло сказать, что его закроет. «Добавить действие по этому пробелу» создаёт действие из него.</translation>
    </message>
    <message>
        <source>Who is in charge of this subject today.</source>
        <translation>Кто сегодня отвечает за этот вопрос.</translation>
    </message>
    <message>
        <source>The ministry, agency or service responsible today. It is proposed as the lead of an action added for this gap.</source>
        <translation>Министерство, ведомство или служба, ответственные сегодня. Они предлагаются ведущим органом действия, добавленного по этому пробелу.</translation>
    </message>
    <message>
        <source>Tick it when the agencies concerned agree with this page.</source>
        <translation>Отметьте, когда заинтересованные ведомства согласны с этой страницей.</translation>
    </message>
    <message>
        <source>Complete means that the answer is checked and agreed. An indicator marked complete without evidence is marked as needing attention.</source>
        <translation>«Завершено» означает, что ответ проверен и согласован. Показатель, отмеченный как завершённый без подтверждающих материалов, помечается как требующий внимания.</translation>
    </message>
    <message>
        <source>Files kept inside the assessment file; Enter opens one.</source>
        <translation>Файлы, хранящиеся внутри файла оценки; Enter открывает файл.</translation>
    </message>
    <message>
        <source>Attached files travel with the assessment when it is copied or sent. Each file may be up to the size shown; they are listed in the Word report and its annex.</source>
        <translation>Приложенные файлы копируются и отправляются вместе с оценкой. Размер каждого файла не должен превышать указанный; они перечислены в отчёте Word и его приложении.</translation>
    </message>
    <message>
        <source>Actions of the plan linked to this indicator.</source>
        <translation>Действия плана, связанные с этим показателем.</translation>
    </message>
    <message>
        <source>The actions of the national action plan that address this indicator. Double-click one to edit it; &apos;Add an action for this gap&apos; adds one pre-filled from the gap.</source>
        <translation>Действия национального плана действий по этому показателю. Дважды щёлкните по действию, чтобы изменить его; «Добавить действие по этому пробелу» добавляет действие, заполненное по пробелу.</translation>
    </message>
</context>
<context>
    <name>IndicatorListDialog</name>
    <message numerus="yes">
        <source>%n indicator(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n показатель. Чтобы открыть, дважды щёлкните по нему.</numerusform>
            <numerusform>%n показателя. Чтобы открыть показатель, дважды щёлкните по нему.</numerusform>
            <numerusform>%n показателей. Чтобы открыть показатель, дважды щёлкните по нему.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>Criteria — tick those that are met</source>
        <translation>Критерии — отметьте выполненные</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Достигнутый уровень</translation>
    </message>
    <message>
        <source>&amp;Description of the current situation</source>
        <translation>&amp;Описание текущего положения</translation>
    </message>
    <message>
        <source>&amp;Evidence (laws, decrees, plans, reports, records)</source>
        <translation>Подтверждающие &amp;материалы (законы, постановления, планы, отчёты, записи)</translation>
    </message>
    <message>
        <source>&amp;Gaps and challenges</source>
        <translation>&amp;Пробелы и трудности</translation>
    </message>
    <message>
        <source>&amp;Responsible authority</source>
        <translation>Ответственный о&amp;рган</translation>
    </message>
    <message>
        <source>What is in place today, and where?</source>
        <translation>Что уже есть сегодня и где?</translation>
    </message>
    <message>
        <source>Documents that show it, with dates and numbers</source>
        <translation>Документы, которые это подтверждают, с датами и номерами</translation>
    </message>
    <message>
        <source>What is missing or does not work yet</source>
        <translation>Чего не хватает или что пока не работает</translation>
    </message>
    <message>
        <source>Ministry, agency or service</source>
        <translation>Министерство, ведомство или служба</translation>
    </message>
    <message>
        <source>Attachments (stored inside the assessment file)</source>
        <translation>Вложения (хранятся в файле оценки)</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up to {0} per file</source>
        <translation>Не более {0} на файл</translation>
    </message>
    <message>
        <source>&amp;Complete — checked and agreed</source>
        <translation>&amp;Завершено — проверено и согласовано</translation>
    </message>
    <message>
        <source>Actions in the national action plan (double-click to open)</source>
        <translation>Действия национального плана действий (открыть — двойной щелчок)</translation>
    </message>
    <message>
        <source>Add an action for this gap</source>
        <translation>Добавить действие по этому пробелу</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Предыдущий</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Следующий ▶</translation>
    </message>
    <message>
        <source>Previous indicator (Ctrl+PgUp)</source>
        <translation>Предыдущий показатель (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next indicator (Ctrl+PgDown)</source>
        <translation>Следующий показатель (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Area {0}: {1}</source>
        <translation>Область {0}: {1}</translation>
    </message>
    <message>
        <source>Cross-cutting: {0}</source>
        <translation>Сквозные области: {0}</translation>
    </message>
    <message>
        <source>Convention references: {0}</source>
        <translation>Ссылки на Конвенцию: {0}</translation>
    </message>
    <message>
        <source>Evidence to look for: {0}</source>
        <translation>Какие подтверждающие материалы искать: {0}</translation>
    </message>
    <message>
        <source>Indicator {0} of {1}</source>
        <translation>Показатель {0} из {1}</translation>
    </message>
    <message>
        <source>Criterion of indicator {0}; Space ticks or clears it.</source>
        <translation>Критерий показателя {0}; пробел ставит или снимает отметку.</translation>
    </message>
    <message>
        <source>Level of indicator {0}. The arrow keys choose the previous or next level, a digit chooses that level, N chooses not applicable.</source>
        <translation>Уровень показателя {0}. Клавиши со стрелками выбирают предыдущий или следующий уровень, цифра — уровень с этим номером, N — «не применимо».</translation>
    </message>
    <message>
        <source>Files attached to indicator {0}; Enter opens one.</source>
        <translation>Файлы, приложенные к показателю {0}; Enter открывает файл.</translation>
    </message>
    <message>
        <source>Actions linked to indicator {0}; Enter opens one in the plan.</source>
        <translation>Действия, связанные с показателем {0}; Enter открывает действие в плане.</translation>
    </message>
    <message>
        <source>Mark the indicator complete when its answer is agreed.</source>
        <translation>Отметьте показатель как завершённый, когда ответ согласован.</translation>
    </message>
    <message>
        <source>Choose the level that the ticked criteria suggest.</source>
        <translation>Выбрать уровень, который предлагают отмеченные критерии.</translation>
    </message>
    <message>
        <source>Last changed {0} by {1}</source>
        <translation>Последнее изменение: {0}, {1}</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Ещё не начато</translation>
    </message>
    <message>
        <source>Rate the indicator to see whether it has a gap.</source>
        <translation>Оцените показатель, чтобы увидеть, есть ли пробел.</translation>
    </message>
    <message>
        <source>Gap: level {0}, target {1}.</source>
        <translation>Пробел: уровень {0}, целевой уровень {1}.</translation>
    </message>
    <message>
        <source>No gap: the target level {0} is reached.</source>
        <translation>Пробела нет: целевой уровень {0} достигнут.</translation>
    </message>
    <message>
        <source>Tick criteria of {0}</source>
        <translation>Отметка критериев {0}</translation>
    </message>
    <message>
        <source>Set level of {0}</source>
        <translation>Выбор уровня {0}</translation>
    </message>
    <message>
        <source>Mark {0}</source>
        <translation>Отметка статуса {0}</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Attachment not added</source>
        <translation>Вложение не добавлено</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>Не удалось прочитать {0}: {1}</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>Вложение не открыто</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>Remove {0} from this indicator?</source>
        <translation>Удалить {0} из этого показателя?</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>The work was not finished</source>
        <translation>Работа не завершена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Changes not saved</source>
        <translation>Изменения не сохранены</translation>
    </message>
    <message>
        <source>All changes saved to disk at {0}</source>
        <translation>Все изменения записаны на диск: {0}</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Открыт файл {0}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <source>NOT SAVED — see the message</source>
        <translation>НЕ СОХРАНЕНО — см. сообщение</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Сохранить копию в другом месте…</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside the application: {0}
Your work up to the last change is saved in the file. The details are in the log (Help → Open the log folder).</source>
        <translation>В программе произошла ошибка: {0}
Вся работа до последнего изменения сохранена в файле. Подробности — в журнале (Справка → Открыть папку журналов).</translation>
    </message>
    <message>
        <source>TEIA Self-Assessment</source>
        <translation>TEIA: самостоятельная оценка</translation>
    </message>
    <message>
        <source>About TEIA Self-Assessment</source>
        <translation>О программе «TEIA: самостоятельная оценка»</translation>
    </message>
    <message>
        <source>TEIA Self-Assessment {0}

Prepares the self-assessment and the national action plan under the UNECE Convention on the Transboundary Effects of Industrial Accidents (Helsinki, 1992), following the Strategic Approach of the Assistance and Cooperation Programme (ECE/CP.TEIA/2008/5).

Works without internet; every change is saved in the assessment file at once.</source>
        <translation>TEIA: самостоятельная оценка {0}

Помогает подготовить самостоятельную оценку и национальный план действий в рамках Конвенции ЕЭК ООН о трансграничном воздействии промышленных аварий (Хельсинки, 1992) в соответствии со Стратегическим подходом Программы помощи и сотрудничества (ECE/CP.TEIA/2008/5).

Работает без интернета; каждое изменение сразу сохраняется в файле оценки.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>New action</source>
        <translation>Новое действие</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <translation>Удалить действие</translation>
    </message>
    <message>
        <source>New attachment</source>
        <translation>Новое вложение</translation>
    </message>
    <message>
        <source>New hazardous activity</source>
        <translation>Новый вид опасной деятельности</translation>
    </message>
    <message>
        <source>Delete the hazardous activity</source>
        <translation>Удалить вид опасной деятельности</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(здесь нет)</translation>
    </message>
    <message>
        <source>Merge {0}</source>
        <translation>Объединение: {0}</translation>
    </message>
    <message>
        <source>From {0} ({1}): {2} change(s) to take, {3} conflict(s). Nothing is changed until you press Merge.</source>
        <translation>От «{0}» ({1}): изменений к принятию — {2}, конфликтов — {3}. Ничего не изменится, пока вы не нажмёте «Объединить».</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Эта оценка</translation>
    </message>
    <message>
        <source>The other copy</source>
        <translation>Другая копия</translation>
    </message>
    <message>
        <source>&amp;Keep this assessment&apos;s</source>
        <translation>&amp;Оставить значение этой оценки</translation>
    </message>
    <message>
        <source>&amp;Take the other copy&apos;s</source>
        <translation>&amp;Взять значение другой копии</translation>
    </message>
    <message>
        <source>Keep all of &amp;ours</source>
        <translation>Оставить &amp;все наши</translation>
    </message>
    <message>
        <source>Take all of t&amp;heirs</source>
        <translation>Взять все &amp;их</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>Объединение не выполнено</translation>
    </message>
    <message>
        <source>Merge a contribution</source>
        <translation>Объединение вклада</translation>
    </message>
    <message>
        <source>TEIA self-assessments (*.teia)</source>
        <translation>Самостоятельные оценки TEIA (*.teia)</translation>
    </message>
    <message>
        <source>{0} brings nothing new for this assessment.</source>
        <translation>{0} не содержит ничего нового для этой оценки.</translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <source>Indicator / action</source>
        <translation>Показатель / действие</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In this assessment</source>
        <translation>В этой оценке</translation>
    </message>
    <message>
        <source>In the other copy</source>
        <translation>В другой копии</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>taken from the other copy</source>
        <translation>берётся из другой копии</translation>
    </message>
    <message>
        <source>conflict: keep this assessment&apos;s</source>
        <translation>конфликт: оставить значение этой оценки</translation>
    </message>
    <message>
        <source>conflict: take the other copy&apos;s</source>
        <translation>конфликт: взять значение другой копии</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>{0} (new edition)</source>
        <translation>{0} (новая редакция)</translation>
    </message>
    <message>
        <source>Edition {0}, {1} indicators — {2}</source>
        <translation>Редакция {0}, показателей: {1} — {2}</translation>
    </message>
    <message>
        <source>Load a catalogue</source>
        <translation>Загрузить каталог</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Файл каталога (*.json)</translation>
    </message>
    <message>
        <source>Catalogue not loaded</source>
        <translation>Каталог не загружен</translation>
    </message>
    <message>
        <source>Choose the mapping between the editions</source>
        <translation>Выберите сопоставление редакций</translation>
    </message>
    <message>
        <source>Mapping (*.xlsx *.json)</source>
        <translation>Сопоставление (*.xlsx *.json)</translation>
    </message>
    <message>
        <source>Write a mapping template</source>
        <translation>Записать шаблон сопоставления</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation>Книга не записана</translation>
    </message>
    <message>
        <source>Workbook written</source>
        <translation>Книга записана</translation>
    </message>
    <message>
        <source>The mapping template was written to {0}. Fill the column new_id, then choose it here.</source>
        <translation>Шаблон сопоставления записан в {0}. Заполните столбец new_id и выберите файл здесь.</translation>
    </message>
    <message>
        <source>The new assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia)</source>
        <translation>Оценка TEIA (*.teia)</translation>
    </message>
    <message>
        <source>No other catalogue is installed: load the new edition from a file, or install it under File → Catalogues….</source>
        <translation>Другие каталоги не установлены: загрузите новую редакцию из файла или установите ее в меню Файл → Каталоги показателей….</translation>
    </message>
    <message>
        <source>Indicators of this assessment: {0} kept, {1} renamed, {2} split, {3} merged, {4} not in the new edition (their answers go to an annex of the report); {5} new indicators. Every answer carried over is marked &quot;Carried over — confirm or update&quot; until it is checked against the new wording.</source>
        <translation>Показатели этой оценки: сохранены — {0}, переименованы — {1}, разделены — {2}, объединены — {3}, нет в новой редакции — {4} (их ответы попадут в приложение к отчету); новых показателей — {5}. Каждый перенесенный ответ отмечен «Перенесено — подтвердите или обновите», пока его не сверят с новой формулировкой.</translation>
    </message>
    <message>
        <source>The new assessment was not written</source>
        <translation>Новая оценка не записана</translation>
    </message>
    <message>
        <source>Move to another catalogue</source>
        <translation>Перенос на другой каталог</translation>
    </message>
    <message>
        <source>Write a new assessment on another edition of the catalogue of indicators. Answers go to the indicator with the same id, or as the mapping between the editions says. This assessment is not changed.</source>
        <translation>Записать новую оценку по другой редакции каталога показателей. Ответы переносятся в показатель с тем же идентификатором или так, как указано в сопоставлении редакций. Эта оценка не изменяется.</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <source>{0} — edition {1}, {2} indicators</source>
        <translation>{0} — редакция {1}, показателей: {2}</translation>
    </message>
    <message>
        <source>&amp;New edition:</source>
        <translation>&amp;Новая редакция:</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Сопоставление:</translation>
    </message>
    <message>
        <source>none: by indicator id</source>
        <translation>нет: по идентификатору показателя</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Write a template…</source>
        <translation>Записать шаблон…</translation>
    </message>
    <message>
        <source>New &amp;file:</source>
        <translation>Новый &amp;файл:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Перенести</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Find… (Ctrl+F)</source>
        <translation>Найти… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds the words in the number, statement, description, evidence, gaps and responsible authority of each indicator</source>
        <translation>Ищет слова в номере, тексте, описании, подтверждающих материалах, пробелах и в поле «Ответственный орган» каждого показателя</translation>
    </message>
    <message>
        <source>Find indicators</source>
        <translation>Поиск показателей</translation>
    </message>
    <message>
        <source>Show indicators</source>
        <translation>Какие показатели показывать</translation>
    </message>
    <message>
        <source>Areas and indicators</source>
        <translation>Области работы и показатели</translation>
    </message>
    <message>
        <source>Each area with its completion and its indicators with their status; Enter opens one.</source>
        <translation>Каждая область с её завершённостью и показатели с их статусом; Enter открывает показатель.</translation>
    </message>
    <message>
        <source>&amp;Find indicator…</source>
        <translation>&amp;Найти показатель…</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Все показатели</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начатые</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Carried over — confirm or update</source>
        <translation>Перенесено — подтвердите или обновите</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Без подтверждающих материалов</translation>
    </message>
    <message>
        <source>Gap without an action</source>
        <translation>Пробел без действия</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n indicator(s) shown</source>
        <translation>
            <numerusform>Показано {0} из %n показателя</numerusform>
            <numerusform>Показано {0} из %n показателей</numerusform>
            <numerusform>Показано {0} из %n показателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Lead authority:</source>
        <translation>&amp;Ведущий орган:</translation>
    </message>
    <message>
        <source>&amp;Prepared by (names, separated by commas):</source>
        <translation>&amp;Подготовили (имена через запятую):</translation>
    </message>
    <message>
        <source>Language of the &amp;indicators:</source>
        <translation>&amp;Язык показателей:</translation>
    </message>
    <message>
        <source>Catalogue:</source>
        <translation>Каталог показателей:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>e.g. Kyrgyz Republic</source>
        <translation>например, Кыргызская Республика</translation>
    </message>
    <message>
        <source>Self-assessment under the Industrial Accidents Convention</source>
        <translation>Самостоятельная оценка в рамках Конвенции о промышленных авариях</translation>
    </message>
    <message>
        <source>e.g. Ministry of Emergency Situations</source>
        <translation>например, Министерство чрезвычайных ситуаций</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официальный</translation>
    </message>
    <message>
        <source>{0} — version {1} ({2}), {3} indicators</source>
        <translation>{0} — версия {1} ({2}), показателей: {3}</translation>
    </message>
    <message>
        <source>{0} — version {1}, {2} indicators</source>
        <translation>{0} — версия {1}, показателей: {2}</translation>
    </message>
    <message>
        <source>Load a catalogue</source>
        <translation>Загрузить каталог</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Файл каталога (*.json)</translation>
    </message>
    <message>
        <source>Catalogue not loaded</source>
        <translation>Каталог не загружен</translation>
    </message>
    <message>
        <source>Save the new assessment as</source>
        <translation>Сохранить новую оценку как</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia)</source>
        <translation>Оценка TEIA (*.teia)</translation>
    </message>
    <message>
        <source>Choose where to save the assessment.</source>
        <translation>Выберите, где сохранить оценку.</translation>
    </message>
</context>
<context>
    <name>OpenWith</name>
    <message>
        <source>Folder not shown</source>
        <translation>Папка не открыта</translation>
    </message>
    <message>
        <source>The folder could not be shown here. It is:
{0}</source>
        <translation>Не удалось открыть папку. Она находится здесь:
{0}</translation>
    </message>
    <message>
        <source>No program to open the file</source>
        <translation>Нет программы для открытия файла</translation>
    </message>
    <message>
        <source>No program on this computer is set up to open {0}. The file is saved in the folder {1}; open it from there with a program that reads it, or copy it to another computer.</source>
        <translation>На этом компьютере не настроена программа для открытия {0}. Файл сохранён в папке {1}; откройте его оттуда программой, которая умеет его читать, или скопируйте на другой компьютер.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Indicators that need attention</source>
        <translation>Показатели, требующие внимания</translation>
    </message>
    <message>
        <source>Gaps without an action</source>
        <translation>Пробелы без действий</translation>
    </message>
    <message>
        <source>Indicators without evidence</source>
        <translation>Показатели без подтверждающих материалов</translation>
    </message>
    <message>
        <source>Untitled assessment</source>
        <translation>Оценка без названия</translation>
    </message>
    <message>
        <source>Country: {0}</source>
        <translation>Страна: {0}</translation>
    </message>
    <message>
        <source>Lead authority: {0}</source>
        <translation>Ведущий орган: {0}</translation>
    </message>
    <message>
        <source>Prepared by: {0}</source>
        <translation>Подготовили: {0}</translation>
    </message>
    <message>
        <source>Catalogue: {0}, version {1}</source>
        <translation>Каталог: {0}, версия {1}</translation>
    </message>
    <message>
        <source>This catalogue is provisional: its indicators are written from the Convention&apos;s articles and annexes, not the official wording of the benchmarks. You can load the official catalogue from a file when it is available (File → New assessment).</source>
        <translation>Этот каталог предварительный: его показатели составлены по статьям и приложениям Конвенции, а не по официальной формулировке ориентиров. Официальный каталог можно будет загрузить из файла, когда он появится (Файл → Новая оценка).</translation>
    </message>
    <message>
        <source>Complete: {0} of {1} indicators ({2}); rated: {3}; drafts: {4}</source>
        <translation>Завершено: {0} из {1} показателей ({2}); оценено: {3}; черновиков: {4}</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) need attention</source>
        <translation>
            <numerusform>%n показатель требует внимания</numerusform>
            <numerusform>%n показателя требуют внимания</numerusform>
            <numerusform>%n показателей требуют внимания</numerusform>
        </translation>
    </message>
    <message>
        <source>A level that contradicts the criteria ticked, or complete without evidence. Click for the list.</source>
        <translation>Уровень противоречит отмеченным критериям или показатель завершён без подтверждающих материалов. Щёлкните, чтобы открыть список.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Средний уровень</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Planned actions: {0}</source>
        <translation>Запланировано: {0}</translation>
    </message>
    <message>
        <source>Ongoing actions: {0}</source>
        <translation>Выполняется: {0}</translation>
    </message>
    <message>
        <source>Done actions: {0}</source>
        <translation>Выполнено: {0}</translation>
    </message>
    <message>
        <source>Cancelled actions: {0}</source>
        <translation>Отменено: {0}</translation>
    </message>
    <message>
        <source>Overdue actions: {0}</source>
        <translation>Просрочено: {0}</translation>
    </message>
    <message>
        <source>Gaps without an action: {0}</source>
        <translation>Пробелов без действий: {0}</translation>
    </message>
    <message>
        <source>Indicators without evidence: {0}</source>
        <translation>Показатели без
подтверждающих материалов: {0}</translation>
    </message>
</context>
<context>
    <name>PdfWrittenBox</name>
    <message>
        <source>PDF written</source>
        <translation>PDF-файл создан</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n page(s)) was written.</source>
        <translation>
            <numerusform>Файл {0} (%n страница) записан.</numerusform>
            <numerusform>Файл {0} (%n страницы) записан.</numerusform>
            <numerusform>Файл {0} (%n страниц) записан.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Printing failed</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>blank forms</source>
        <translation>бланки</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>самостоятельная оценка</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>план действий</translation>
    </message>
    <message>
        <source>register form</source>
        <translation>бланк реестра</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Запись {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Writing page {0} of {1}…</source>
        <translation>Запись страницы {0} из {1}…</translation>
    </message>
</context>
<context>
    <name>PrintSetupDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Что печатать</translation>
    </message>
    <message>
        <source>Blank forms for a meeting</source>
        <translation>Пустые формы для совещания</translation>
    </message>
    <message>
        <source>The filled assessment</source>
        <translation>Заполненная оценка</translation>
    </message>
    <message>
        <source>The action plan (landscape)</source>
        <translation>План действий (альбомная ориентация)</translation>
    </message>
    <message>
        <source>A blank form for an operator&apos;s data for the register</source>
        <translation>Бланк для сбора сведений оператора для реестра</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Области работы</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Левое поле</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Верхнее поле</translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation>Правое поле</translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation>Нижнее поле</translation>
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
        <translation>ожидается {expected}, а указано {found}</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} — не одно из допустимых значений: {allowed}</translation>
    </message>
    <message>
        <source>must be {allowed}</source>
        <translation>должно быть {allowed}</translation>
    </message>
    <message>
        <source>does not match any allowed form</source>
        <translation>не соответствует ни одной допустимой форме</translation>
    </message>
    <message>
        <source>needs at least one of {keys}</source>
        <translation>нужно хотя бы одно из: {keys}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>shorter than {limit} characters</source>
        <translation>короче {limit} знаков</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>длиннее {limit} знаков</translation>
    </message>
    <message>
        <source>{value} does not have the expected form ({pattern})</source>
        <translation>{value} имеет не ту форму, которая ожидается ({pattern})</translation>
    </message>
    <message>
        <source>{value} is less than {limit}</source>
        <translation>{value} меньше {limit}</translation>
    </message>
    <message>
        <source>{value} is greater than {limit}</source>
        <translation>{value} больше {limit}</translation>
    </message>
    <message>
        <source>the required entry &apos;{key}&apos; is missing</source>
        <translation>отсутствует обязательный элемент «{key}»</translation>
    </message>
    <message>
        <source>the entry &apos;{key}&apos; is not allowed here</source>
        <translation>элемент «{key}» здесь не допускается</translation>
    </message>
    <message>
        <source>needs at least {limit} entries, has {count}</source>
        <translation>нужно не меньше {limit} элементов, а есть {count}</translation>
    </message>
    <message>
        <source>allows at most {limit} entries, has {count}</source>
        <translation>допускается не больше {limit} элементов, а есть {count}</translation>
    </message>
    <message>
        <source>{value} appears twice</source>
        <translation>{value} встречается дважды</translation>
    </message>
    <message>
        <source>the file is {size}, more than it can be (at most {limit})</source>
        <translation>размер файла {size} — больше допустимого (не более {limit})</translation>
    </message>
    <message>
        <source>contains characters that are not text</source>
        <translation>содержит символы, которые не являются текстом</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation>файл невозможно прочитать ({detail})</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>это не правильный JSON ({detail})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>a number has more than {limit} digits</source>
        <translation>в числе больше {limit} цифр</translation>
    </message>
    <message>
        <source>{value} is not a number a file can hold</source>
        <translation>{value} — не число, которое может содержать файл</translation>
    </message>
    <message>
        <source>a text holds a broken character (a lone surrogate)</source>
        <translation>в тексте есть поврежденный символ (одиночный суррогат)</translation>
    </message>
    <message>
        <source>the indicator id &apos;{id}&apos; is used twice</source>
        <translation>идентификатор показателя «{id}» использован дважды</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice</source>
        <translation>идентификатор «{id}» использован дважды</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a cross-cutting area of this catalogue</source>
        <translation>«{id}» — не сквозная область этого каталога</translation>
    </message>
    <message>
        <source>two levels have the same value</source>
        <translation>у двух уровней одинаковое значение</translation>
    </message>
    <message>
        <source>there is no group &apos;{id}&apos;</source>
        <translation>группы «{id}» нет</translation>
    </message>
    <message>
        <source>the code &apos;{id}&apos; is used twice</source>
        <translation>код «{id}» использован дважды</translation>
    </message>
    <message>
        <source>the column {column} is missing</source>
        <translation>нет столбца {column}</translation>
    </message>
    <message>
        <source>the column {column} is not one this sheet can have</source>
        <translation>столбца {column} не может быть на этом листе</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice (first in row {row})</source>
        <translation>идентификатор «{id}» использован дважды (впервые в строке {row})</translation>
    </message>
    <message>
        <source>this cell must not be empty</source>
        <translation>эта ячейка не должна быть пустой</translation>
    </message>
    <message>
        <source>{column} is empty in every language</source>
        <translation>{column} не заполнено ни на одном языке</translation>
    </message>
    <message>
        <source>there is no area &apos;{id}&apos; on the sheet {other}</source>
        <translation>на листе {other} нет области «{id}»</translation>
    </message>
    <message>
        <source>there is no indicator &apos;{id}&apos; on the sheet {other}</source>
        <translation>на листе {other} нет показателя «{id}»</translation>
    </message>
    <message>
        <source>the indicator &apos;{id}&apos; has no criterion on the sheet {other}</source>
        <translation>у показателя «{id}» нет ни одного критерия на листе {other}</translation>
    </message>
    <message>
        <source>the area &apos;{id}&apos; has no indicator on the sheet {other}</source>
        <translation>у области «{id}» нет ни одного показателя на листе {other}</translation>
    </message>
    <message>
        <source>{value} is not a level (a whole number from 0 to 10, or na)</source>
        <translation>{value} — не уровень (целое число от 0 до 10 или na)</translation>
    </message>
    <message>
        <source>the sheet has no rows</source>
        <translation>на листе нет ни одной строки</translation>
    </message>
    <message>
        <source>there is no indicator &apos;{id}&apos; in the old edition</source>
        <translation>в прежней редакции нет показателя «{id}»</translation>
    </message>
    <message>
        <source>there is no indicator &apos;{id}&apos; in the new edition</source>
        <translation>в новой редакции нет показателя «{id}»</translation>
    </message>
    <message>
        <source>an object {…}</source>
        <translation>объект {…}</translation>
    </message>
    <message>
        <source>a list […]</source>
        <translation>список […]</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>null (nothing)</source>
        <translation>null (пусто)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>строка {line}, позиция {column}</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>весь файл</translation>
    </message>
    <message>
        <source>the top level of the file</source>
        <translation>верхний уровень файла</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>This assessment is open for reading only: its file or its folder cannot be written (for example a write-protected USB stick). Nothing can be changed here.</source>
        <translation>Эта самостоятельная оценка открыта только для чтения: её файл или папку невозможно изменить (например, USB-накопитель с защитой от записи). Здесь ничего нельзя изменить.</translation>
    </message>
    <message>
        <source>Save a copy to edit</source>
        <translation>Сохранить копию для редактирования</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover work</source>
        <translation>Восстановление работы</translation>
    </message>
    <message>
        <source>The application did not close normally on {0}.</source>
        <translation>Программа была закрыта некорректно ({0}).</translation>
    </message>
    <message>
        <source>No document was open at that time.</source>
        <translation>В тот момент ни один документ не был открыт.</translation>
    </message>
    <message>
        <source>Recover work from {0}?</source>
        <translation>Восстановить работу от {0}?</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>{0}
Last saved {1}, {2}. Every change was saved as it was made, so it holds the work up to the moment of the problem.</source>
        <translation>{0}
Последнее сохранение: {1}, {2}. Каждое изменение сохранялось сразу, поэтому файл содержит работу до момента сбоя.</translation>
    </message>
    <message>
        <source>{0}
The file is no longer there (moved, deleted, or on a drive that is not connected). Restore a backup instead.</source>
        <translation>{0}
Файла больше нет на месте (перемещён, удалён или находится на неподключённом диске). Восстановите резервную копию.</translation>
    </message>
    <message>
        <source>Automatic backups (taken when the document was opened)</source>
        <translation>Автоматические резервные копии (созданы при открытии документа)</translation>
    </message>
    <message>
        <source>There are no backups of this document.</source>
        <translation>У этого документа нет резервных копий.</translation>
    </message>
    <message>
        <source>&amp;Open the document</source>
        <translation>&amp;Открыть документ</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup into a new file…</source>
        <translation>&amp;Восстановить выбранную копию в новый файл…</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Пропустить</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Register of hazardous &amp;activities</source>
        <translation>&amp;Реестр опасных видов деятельности</translation>
    </message>
    <message>
        <source>Import a re&amp;gister workbook…</source>
        <translation>Импорт ра&amp;бочей книги реестра…</translation>
    </message>
    <message>
        <source>S {group} = {formula} = {value}</source>
        <translation>S {group} = {formula} = {value}</translation>
    </message>
    <message>
        <source>Annex I edition used: {edition}</source>
        <translation>Использованная редакция приложения I: {edition}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Сведения об объекте</translation>
    </message>
    <message>
        <source>Location and natural hazards</source>
        <translation>Местоположение и природные опасности</translation>
    </message>
    <message>
        <source>Transboundary decision and follow-up</source>
        <translation>Решение о трансграничном воздействии и последующие меры</translation>
    </message>
    <message>
        <source>Substances and the Annex I calculation</source>
        <translation>Вещества и расчёт по приложению I</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>River basin</source>
        <translation>Речной бассейн</translation>
    </message>
    <message>
        <source>Distance to the border, km</source>
        <translation>Расстояние до границы, км</translation>
    </message>
    <message>
        <source>Distance to a transboundary watercourse, km</source>
        <translation>Расстояние до трансграничного водотока, км</translation>
    </message>
    <message>
        <source>Downstream countries</source>
        <translation>Страны ниже по течению</translation>
    </message>
    <message>
        <source>Potentially affected countries</source>
        <translation>Потенциально затрагиваемые страны</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Обоснование решения</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Consultations held on</source>
        <translation>Дата консультаций</translation>
    </message>
    <message>
        <source>Safety report of</source>
        <translation>Доклад о безопасности от</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Next inspection due</source>
        <translation>Следующая проверка не позднее</translation>
    </message>
    <message>
        <source>On-site plan of</source>
        <translation>План на промышленной площадке от</translation>
    </message>
    <message>
        <source>Off-site plan of</source>
        <translation>План за пределами промышленной площадки от</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Последние учения</translation>
    </message>
    <message>
        <source>Public information last distributed</source>
        <translation>Последнее информирование общественности</translation>
    </message>
    <message>
        <source>Seismic zone</source>
        <translation>Сейсмическая зона</translation>
    </message>
    <message>
        <source>Cluster of neighbouring activities</source>
        <translation>Группа соседних объектов</translation>
    </message>
    <message>
        <source>Scope note (Art. 2(2) exclusions)</source>
        <translation>Примечание о сфере применения (исключения ст. 2(2))</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Вещества</translation>
    </message>
    <message>
        <source>Edit {field} of {name}</source>
        <translation>Изменение поля «{field}»: {name}</translation>
    </message>
    <message>
        <source>Edit the substances of {name}</source>
        <translation>Изменение веществ: {name}</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Capable of transboundary effects</source>
        <translation>Способна оказать трансграничное воздействие</translation>
    </message>
    <message>
        <source>Exposed to</source>
        <translation>Подвержена</translation>
    </message>
    <message>
        <source>floods</source>
        <translation>паводкам</translation>
    </message>
    <message>
        <source>mudflows</source>
        <translation>селям</translation>
    </message>
    <message>
        <source>landslides</source>
        <translation>оползням</translation>
    </message>
    <message>
        <source>One row per substance; the calculation below follows each change</source>
        <translation>По одной строке на вещество; расчёт ниже обновляется при каждом изменении</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Существующая</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Планируемая</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменённая</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Вещество</translation>
    </message>
    <message>
        <source>Named entry (N1–N48)</source>
        <translation>Поименованное вещество (N1–N48)</translation>
    </message>
    <message>
        <source>Categories (H1, P5c, E1 …)</source>
        <translation>Категории (H1, P5c, E1 …)</translation>
    </message>
    <message>
        <source>Maximum quantity, t</source>
        <translation>Максимальное количество, т</translation>
    </message>
    <message>
        <source>CAS</source>
        <translation>CAS</translation>
    </message>
    <message>
        <source>Add a substance</source>
        <translation>Добавить вещество</translation>
    </message>
    <message>
        <source>Remove the substance</source>
        <translation>Удалить вещество</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Установлено</translation>
    </message>
    <message>
        <source>Meeting Annex I</source>
        <translation>Соответствуют приложению I</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Уведомлено</translation>
    </message>
    <message>
        <source>With a safety report</source>
        <translation>С докладом о безопасности</translation>
    </message>
    <message>
        <source>With an off-site plan</source>
        <translation>С планом за пределами промышленной площадки</translation>
    </message>
    <message>
        <source>Inspected this year</source>
        <translation>Проверено в этом году</translation>
    </message>
    <message>
        <source>Public informed</source>
        <translation>Общественность проинформирована</translation>
    </message>
    <message>
        <source>Register of hazardous activities, {date}: {what}: {count} of {total}.</source>
        <translation>Реестр опасных видов деятельности, {date}: {what}: {count} из {total}.</translation>
    </message>
    <message>
        <source>Register of hazardous activities (click a figure to add it to an indicator&apos;s evidence)</source>
        <translation>Реестр опасных видов деятельности (нажмите на значение, чтобы добавить его в подтверждающие материалы показателя)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>Add to the evidence of indicator {id}</source>
        <translation>Добавить в подтверждающие материалы показателя {id}</translation>
    </message>
    <message>
        <source>Register figure</source>
        <translation>Показатель реестра</translation>
    </message>
    <message>
        <source>Added to the evidence of indicator {id}: {text}</source>
        <translation>Добавлено в подтверждающие материалы показателя {id}: {text}</translation>
    </message>
    <message>
        <source>This assessment cannot be changed (final, or opened read-only): its register is shown as it is.</source>
        <translation>Эту оценку нельзя изменить (она окончательная или открыта только для чтения): реестр показан как есть.</translation>
    </message>
    <message>
        <source>New hazardous activity</source>
        <translation>Новый вид опасной деятельности</translation>
    </message>
    <message>
        <source>The register workbook was written to {file}.</source>
        <translation>Рабочая книга реестра записана в {file}.</translation>
    </message>
    <message>
        <source>Register of hazardous activities</source>
        <translation>Реестр опасных видов деятельности</translation>
    </message>
    <message>
        <source>Search by name or operator</source>
        <translation>Поиск по названию или оператору</translation>
    </message>
    <message>
        <source>Show the activities of a region</source>
        <translation>Показать виды деятельности области</translation>
    </message>
    <message>
        <source>Show the activities of a sector</source>
        <translation>Показать виды деятельности отрасли</translation>
    </message>
    <message>
        <source>Show the activities by the Annex I result</source>
        <translation>Показать виды деятельности по результату приложения I</translation>
    </message>
    <message>
        <source>Hazardous activities</source>
        <translation>Виды опасной деятельности</translation>
    </message>
    <message>
        <source>Choose an activity to edit it below; click a column header to sort</source>
        <translation>Выберите вид деятельности, чтобы изменить его ниже; нажмите на заголовок столбца для сортировки</translation>
    </message>
    <message>
        <source>Show only the activities whose next inspection date has passed</source>
        <translation>Показать только виды деятельности, у которых прошла дата следующей проверки</translation>
    </message>
    <message>
        <source>Inspection overdue</source>
        <translation>Проверка просрочена</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Добавить вид деятельности</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>Удалить вид деятельности</translation>
    </message>
    <message>
        <source>Workbook and form</source>
        <translation>Рабочая книга и бланк</translation>
    </message>
    <message>
        <source>Workbooks and printable forms for collecting operators&apos; data for the register</source>
        <translation>Рабочие книги и бланки для печати для сбора сведений операторов для реестра</translation>
    </message>
    <message>
        <source>Register workbook for operators…</source>
        <translation>Рабочая книга реестра для операторов…</translation>
    </message>
    <message>
        <source>Import a register workbook…</source>
        <translation>Импорт рабочей книги реестра…</translation>
    </message>
    <message>
        <source>Blank form (PDF)…</source>
        <translation>Пустой бланк (PDF)…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все отрасли</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Любой результат</translation>
    </message>
    <message>
        <source>Meets Annex I</source>
        <translation>Соответствует приложению I</translation>
    </message>
    <message>
        <source>Below Annex I</source>
        <translation>Ниже порогов приложения I</translation>
    </message>
    <message>
        <source>Click to add this figure, with its date, to the evidence of an indicator</source>
        <translation>Нажмите, чтобы добавить это значение с датой в подтверждающие материалы показателя</translation>
    </message>
    <message>
        <source>Chemical industry</source>
        <translation>Химическая промышленность</translation>
    </message>
    <message>
        <source>Oil and gas storage</source>
        <translation>Хранение нефти и газа</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Трубопровод</translation>
    </message>
    <message>
        <source>Mining and tailings</source>
        <translation>Горнодобывающая отрасль и хвостохранилища</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергетика</translation>
    </message>
    <message>
        <source>Water supply and treatment</source>
        <translation>Водоснабжение и водоподготовка</translation>
    </message>
    <message>
        <source>Food industry and refrigeration</source>
        <translation>Пищевая промышленность и холодильные установки</translation>
    </message>
    <message>
        <source>Metallurgy</source>
        <translation>Металлургия</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Capable</source>
        <translation>Способна</translation>
    </message>
    <message>
        <source>Not capable</source>
        <translation>Не способна</translation>
    </message>
    <message>
        <source>Under discussion</source>
        <translation>Обсуждается</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Ниже порогов</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <source>{file}: {added} new activities, {changed} changed. Nothing is written until you press Import.</source>
        <translation>{file}: новых видов деятельности — {added}, изменённых — {changed}. Ничего не записывается, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>Changes in the workbook</source>
        <translation>Изменения в рабочей книге</translation>
    </message>
    <message>
        <source>Hazardous activity</source>
        <translation>Опасная деятельность</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Register workbook for operators</source>
        <translation>Рабочая книга реестра для операторов</translation>
    </message>
    <message>
        <source>Import a register workbook</source>
        <translation>Импорт рабочей книги реестра</translation>
    </message>
    <message>
        <source>{file} holds no changes for this register.</source>
        <translation>В {file} нет изменений для этого реестра.</translation>
    </message>
    <message>
        <source>Annex I</source>
        <translation>Приложение I</translation>
    </message>
    <message>
        <source>S health</source>
        <translation>S здоровье</translation>
    </message>
    <message>
        <source>S physical</source>
        <translation>S физические</translation>
    </message>
    <message>
        <source>S environment</source>
        <translation>S окружающая среда</translation>
    </message>
    <message>
        <source>Largest q/Q</source>
        <translation>Наибольшее q/Q</translation>
    </message>
    <message>
        <source>Transboundary effects</source>
        <translation>Трансграничное воздействие</translation>
    </message>
    <message>
        <source>Next inspection</source>
        <translation>Следующая проверка</translation>
    </message>
    <message>
        <source>Tailings hazard index = {terms} = {value}</source>
        <translation>Индекс опасности хвостохранилища = {terms} = {value}</translation>
    </message>
    <message>
        <source>Risk index (with exposure) = {value}</source>
        <translation>Индекс риска (с учётом воздействия) = {value}</translation>
    </message>
    <message>
        <source>Not given yet (counted as 0): {names}</source>
        <translation>Пока не указано (считается 0): {names}</translation>
    </message>
    <message>
        <source>Edit the tailings facility {name}</source>
        <translation>Изменение хвостохранилища: {name}</translation>
    </message>
    <message>
        <source>Answer the checklist of {name}</source>
        <translation>Ответ в контрольном перечне: {name}</translation>
    </message>
    <message>
        <source>Tailings management facility</source>
        <translation>Хвостохранилище</translation>
    </message>
    <message>
        <source>Provisional method: its terms and scores are loaded from a data file and must be checked against the published UNECE spreadsheet.</source>
        <translation>Предварительная методика: её слагаемые и баллы загружаются из файла данных и должны быть сверены с опубликованной таблицей ЕЭК ООН.</translation>
    </message>
    <message>
        <source>Checklist question</source>
        <translation>Вопрос контрольного перечня</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Add an action to the plan for the selected finding</source>
        <translation>Добавить в план действие по выбранному замечанию</translation>
    </message>
    <message>
        <source>Edit the activity {name}</source>
        <translation>Изменение вида деятельности: {name}</translation>
    </message>
    <message>
        <source>Add the activity {name}</source>
        <translation>Добавление вида деятельности: {name}</translation>
    </message>
    <message>
        <source>Delete the activity {name}</source>
        <translation>Удаление вида деятельности: {name}</translation>
    </message>
</context>
<context>
    <name>ReplaceFile</name>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it? What it holds now will be lost.</source>
        <translation>Файл {0} уже существует. Заменить его? Его нынешнее содержимое будет потеряно.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>TEIA Self-Assessment</source>
        <translation>TEIA: самостоятельная оценка</translation>
    </message>
    <message>
        <source>Prepare the country&apos;s self-assessment under the UNECE Convention on the Transboundary Effects of Industrial Accidents: go through the indicators area by area, record the level reached, the evidence, the gaps and the responsible authority. Every change is saved to the file at once.</source>
        <translation>Подготовьте самостоятельную оценку страны в рамках Конвенции ЕЭК ООН о трансграничном воздействии промышленных аварий: пройдите показатели по областям работы, отметьте достигнутый уровень, подтверждающие материалы, пробелы и ответственный орган. Каждое изменение сразу сохраняется в файле.</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Новая оценка…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Открыть пример</translation>
    </message>
    <message>
        <source>Recent assessments (double-click or Enter to open):</source>
        <translation>Недавние оценки (открыть — двойной щелчок или Enter):</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>This short tour shows the four places you will use most. Start here: create a new assessment, open one that a colleague sent, or open the example to practise — the example is a copy, try anything in it.</source>
        <translation>Эта короткая экскурсия показывает четыре места, которыми вы будете пользоваться чаще всего. Начните здесь: создайте новую оценку, откройте присланную коллегой или откройте пример, чтобы потренироваться, — пример является копией, в нём можно пробовать что угодно.</translation>
    </message>
    <message>
        <source> The tour has opened the example assessment so that there is something to see.</source>
        <translation> Для наглядности экскурсия открыла пример оценки.</translation>
    </message>
    <message>
        <source>The navigator</source>
        <translation>Навигатор</translation>
    </message>
    <message>
        <source>The areas and their indicators. The mark before an indicator shows its state: ○ not started, ◐ draft, ● complete; the figure after an area shows how many are complete.</source>
        <translation>Области и их показатели. Знак перед показателем показывает его состояние: ○ не начат, ◐ черновик, ● завершено; число после области показывает, сколько показателей завершено.</translation>
    </message>
    <message>
        <source>The indicator page</source>
        <translation>Страница показателя</translation>
    </message>
    <message>
        <source>Tick the criteria that are met, choose the level, describe the situation, list the evidence and the gaps. Everything is saved within a second: there is no Save button.</source>
        <translation>Отметьте выполненные критерии, выберите уровень, опишите ситуацию, перечислите подтверждающие материалы и пробелы. Всё сохраняется в течение секунды: кнопки «Сохранить» нет.</translation>
    </message>
    <message>
        <source>The overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>The dashboard of the assessment: the radar chart of the areas, the actions by status, the overdue actions and the gaps without an action. Click a figure to see the list behind it.</source>
        <translation>Сводная панель оценки: лепестковая диаграмма областей, действия по состоянию, просроченные действия и пробелы без действий. Щёлкните по числу, чтобы увидеть список за ним.</translation>
    </message>
    <message>
        <source>That is all</source>
        <translation>Вот и всё</translation>
    </message>
    <message>
        <source>Press F1 on any screen to open the chapter of the user guide that explains it. Help → Show the tour again repeats this tour.</source>
        <translation>Нажмите F1 на любом экране, чтобы открыть главу руководства пользователя, которая его объясняет. «Справка → Показать экскурсию снова» повторяет эту экскурсию.</translation>
    </message>
    <message>
        <source>A short tour</source>
        <translation>Короткая экскурсия</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Шаг {0} из {1}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation>Пропустить экскурсию</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <source>Open an assessment</source>
        <translation>Открыть оценку</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia);;All files (*)</source>
        <translation>Оценка TEIA (*.teia);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The assessment was not opened</source>
        <translation>Оценка не открыта</translation>
    </message>
    <message>
        <source>The assessment was opened</source>
        <translation>Самостоятельная оценка открыта</translation>
    </message>
    <message>
        <source>The example could not be created</source>
        <translation>Не удалось создать пример</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Изменения не сохранены</translation>
    </message>
    <message>
        <source>The last changes could not be written to the file. Save a copy elsewhere before closing?</source>
        <translation>Последние изменения не удалось записать в файл. Сохранить копию в другом месте перед закрытием?</translation>
    </message>
    <message>
        <source>copy</source>
        <comment>suggested in the name of a copy: Assessment - copy.teia</comment>
        <translation>копия</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <source>TEIA assessment (*.teia)</source>
        <translation>Оценка TEIA (*.teia)</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Копия не сохранена</translation>
    </message>
    <message>
        <source>A copy was saved as {0}</source>
        <translation>Копия сохранена как {0}</translation>
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
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>Language of the &amp;indicators</source>
        <translation>&amp;Язык показателей</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation>Открыть &amp;пример</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>&amp;Закрыть оценку</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>Action p&amp;lan</source>
        <translation>П&amp;лан действий</translation>
    </message>
    <message>
        <source>&amp;Previous indicator</source>
        <translation>&amp;Предыдущий показатель</translation>
    </message>
    <message>
        <source>&amp;Next indicator</source>
        <translation>&amp;Следующий показатель</translation>
    </message>
    <message>
        <source>&amp;About TEIA Self-Assessment</source>
        <translation>&amp;О программе «TEIA: самостоятельная оценка»</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <source>Save the user guide as &amp;PDF…</source>
        <translation>Сохранить руководство в &amp;PDF…</translation>
    </message>
    <message>
        <source>Show the &amp;tour again</source>
        <translation>Показать &amp;экскурсию снова</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;Что это?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Export &amp;Word report…</source>
        <translation>&amp;Экспорт отчёта Word…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel workbook…</source>
        <translation>Экспорт &amp;таблицы Excel…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Импорт таблицы…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Эк&amp;спорт в PDF…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>&amp;Сведения об оценке…</translation>
    </message>
    <message>
        <source>&amp;History of changes…</source>
        <translation>&amp;История изменений…</translation>
    </message>
</context>
</TS>
