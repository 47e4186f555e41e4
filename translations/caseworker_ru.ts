<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the transfer</source>
        <translation>Одобрить перевод</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Передать случай социальному работнику</translation>
    </message>
    <message>
        <source>Caseworker who receives the case</source>
        <translation>Социальный работник, принимающий случай</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>Ask for a transfer</source>
        <translation>Запросить перевод случая</translation>
    </message>
    <message>
        <source>District the case moves to</source>
        <translation>Район, в который переводится случай</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>Причина перевода</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Answers you had not saved were kept; they are back in place.</source>
        <translation>Ответы, которые вы не успели сохранить, не потеряны: они восстановлены.</translation>
    </message>
    <message>
        <source>Some answers need attention: they are marked in red. Nothing was lost.</source>
        <translation>Некоторые ответы нужно проверить: они отмечены красным. Ничего не потеряно.</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Сохранено как черновик.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Сохранить как черновик</translation>
    </message>
    <message>
        <source>Save as complete</source>
        <translation>Сохранить как завершённую</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>Synced with the office at %1.</source>
        <translation>Синхронизировано с офисом в %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) wait for the office&apos;s acknowledgement.</source>
        <translation>
            <numerusform>%n пакет синхронизации ждёт подтверждения офиса.</numerusform>
            <numerusform>%n пакета синхронизации ждут подтверждения офиса.</numerusform>
            <numerusform>%n пакетов синхронизации ждут подтверждения офиса.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in what the laptops sent at %1: %n bundle(s).</source>
        <translation>
            <numerusform>В %1 загружено присланное с ноутбуков: %n пакет синхронизации.</numerusform>
            <numerusform>В %1 загружено присланное с ноутбуков: %n пакета синхронизации.</numerusform>
            <numerusform>В %1 загружено присланное с ноутбуков: %n пакетов синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office&apos;s drop cannot be reached; next try at %1.</source>
        <translation>Пункт обмена офиса недоступен; следующая попытка в %1.</translation>
    </message>
    <message>
        <source>Sync with the office failed; next try at %1.</source>
        <translation>Синхронизация с офисом не удалась; следующая попытка в %1.</translation>
    </message>
</context>
<context>
    <name>CaseFieldsForm</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>if the date is not known</source>
        <translation>если дата неизвестна</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <source>Changes you had not saved were kept; they are back in place. Save them or discard them.</source>
        <translation>Изменения, которые вы не успели сохранить, не потеряны: они восстановлены. Сохраните их или отмените.</translation>
    </message>
    <message>
        <source>[restricted: need to know]</source>
        <translation>[ограниченный доступ]</translation>
    </message>
    <message>
        <source>Edit the child&apos;s details</source>
        <translation>Изменить данные ребёнка</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Запланировать посещение</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Заполнить</translation>
    </message>
    <message>
        <source>Assessment form</source>
        <translation>Форма оценки</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Kind of entry to add</source>
        <translation>Что добавить в карточку</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Карточка случая</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Этап: %1</translation>
    </message>
    <message>
        <source>next: %1 by %2</source>
        <translation>далее: %1 (срок — %2)</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>регистрация</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>просмотр</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>передача сведений</translation>
    </message>
    <message>
        <source>access refused</source>
        <translation>отказ в доступе</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>уничтожение данных</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Protection risk</source>
        <translation>Риск для ребёнка</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Следующее посещение</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Protection risk</source>
        <translation>Риск для ребёнка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Социальный работник</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервизор</translation>
    </message>
    <message>
        <source>Care arrangement</source>
        <translation>Форма устройства ребёнка</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Disclosure of sexual violence</source>
        <translation>Сообщение о сексуальном насилии</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>Enrolled at school</source>
        <translation>Зачислен(а) в школу</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Languages the child speaks</source>
        <translation>Языки, на которых говорит ребёнок</translation>
    </message>
    <message>
        <source>Initial assessment done on</source>
        <translation>Первичная оценка проведена</translation>
    </message>
    <message>
        <source>Best-interests assessment done on</source>
        <translation>Оценка наилучших интересов проведена</translation>
    </message>
    <message>
        <source>Plan approved on</source>
        <translation>План утверждён</translation>
    </message>
    <message>
        <source>Plan last reviewed on</source>
        <translation>Последний пересмотр плана</translation>
    </message>
    <message>
        <source>Follow-up visits after closure</source>
        <translation>Контрольные посещения после закрытия</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Reason for closure</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Closure approved by</source>
        <translation>Закрытие утвердил(а)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation>Кем приходится ребёнку</translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation>Кем назначен(а)</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Number of the decision</source>
        <translation>Номер решения</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>Дата сообщения</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда направлен(а)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Розыск родственников</translation>
    </message>
    <message>
        <source>Disclosure requests</source>
        <translation>Запросы сведений</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Переводы случая</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>family</source>
        <translation>в семье</translation>
    </message>
    <message>
        <source>kinship care</source>
        <translation>в семье родственников</translation>
    </message>
    <message>
        <source>foster care</source>
        <translation>в приёмной семье</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>в учреждении</translation>
    </message>
    <message>
        <source>independent living</source>
        <translation>самостоятельно</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>таджикский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>узбекский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>другой язык</translation>
    </message>
    <message>
        <source>the plan&apos;s goals were met</source>
        <translation>цели плана достигнуты</translation>
    </message>
    <message>
        <source>turned 18</source>
        <translation>исполнилось 18 лет</translation>
    </message>
    <message>
        <source>could not be reached</source>
        <translation>не удалось связаться</translation>
    </message>
    <message>
        <source>moved abroad</source>
        <translation>переезд за границу</translation>
    </message>
    <message>
        <source>the family declined services</source>
        <translation>семья отказалась от услуг</translation>
    </message>
    <message>
        <source>died</source>
        <translation>смерть ребёнка</translation>
    </message>
    <message>
        <source>a duplicate of another case</source>
        <translation>дубликат другого случая</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <source>the district administration</source>
        <translation>районная администрация</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>суд</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>initial assessment</source>
        <translation>первичная оценка</translation>
    </message>
    <message>
        <source>best-interests assessment</source>
        <translation>оценка наилучших интересов ребёнка</translation>
    </message>
    <message>
        <source>case plan</source>
        <translation>план по случаю</translation>
    </message>
    <message>
        <source>implementing the plan</source>
        <translation>выполнение плана</translation>
    </message>
    <message>
        <source>follow-up after closure</source>
        <translation>наблюдение после закрытия случая</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Первичная оценка</translation>
    </message>
    <message>
        <source>Best-interests assessment</source>
        <translation>Оценка наилучших интересов ребёнка</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>План по случаю</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Пересмотр плана</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Цель плана</translation>
    </message>
    <message>
        <source>Referral follow-up</source>
        <translation>Отслеживание направления</translation>
    </message>
    <message>
        <source>Follow-up after closure</source>
        <translation>Наблюдение после закрытия случая</translation>
    </message>
    <message>
        <source>Review before 18</source>
        <translation>Пересмотр перед 18-летием</translation>
    </message>
    <message>
        <source>Passport at 16</source>
        <translation>Паспорт в 16 лет</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Проверка срока хранения</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>%1: change</source>
        <translation>%1: изменение</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <source>Something went wrong in the program. What you were typing has been kept, and you can go on working.</source>
        <translation>В программе произошла ошибка. Всё, что вы вводили, сохранено, и вы можете продолжать работу.</translation>
    </message>
    <message>
        <source>If it happens again, give this file to your administrator (it holds no information about any child): %1</source>
        <translation>Если ошибка повторится, передайте администратору этот файл (в нём нет сведений ни об одном ребёнке): %1</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Пароли не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <source>Write the office&apos;s name.</source>
        <translation>Укажите название офиса.</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Создаём зашифрованное рабочее пространство…</translation>
    </message>
    <message>
        <source>The workspace could not be created.</source>
        <translation>Не удалось создать рабочее пространство.</translation>
    </message>
    <message>
        <source>Caseworker: first start</source>
        <translation>Ведение случаев: первый запуск</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>There is no workspace on this computer yet. What is this computer for?</source>
        <translation>На этом компьютере ещё нет рабочего пространства. Для чего будет использоваться этот компьютер?</translation>
    </message>
    <message>
        <source>Set up this laptop for a caseworker</source>
        <translation>Настроить этот ноутбук для социального работника</translation>
    </message>
    <message>
        <source>Create the central office&apos;s workspace</source>
        <translation>Создать рабочее пространство центрального офиса</translation>
    </message>
    <message>
        <source>Open the demo (synthetic children only)</source>
        <translation>Открыть демонстрационное рабочее пространство (только вымышленные дети)</translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation>&amp;Название офиса</translation>
    </message>
    <message>
        <source>&amp;Your account name</source>
        <translation>&amp;Имя вашей учётной записи</translation>
    </message>
    <message>
        <source>&amp;Password (at least %1 characters)</source>
        <translation>&amp;Пароль (не менее %1 символов)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>По&amp;вторите пароль</translation>
    </message>
    <message>
        <source>The office&apos;s workspace holds every district&apos;s cases. You will be its administrator; add the supervisors&apos; and caseworkers&apos; accounts next.</source>
        <translation>В рабочем пространстве офиса хранятся случаи всех районов. Вы станете его администратором; затем добавьте учётные записи супервизоров и социальных работников.</translation>
    </message>
    <message>
        <source>This laptop&apos;s workspace is encrypted with your password. Enrolment with the office comes later, when the office sends its invitation.</source>
        <translation>Рабочее пространство этого ноутбука шифруется вашим паролем. Подключение к офису будет позже, когда офис пришлёт приглашение.</translation>
    </message>
    <message>
        <source>The workspace will be kept in %1</source>
        <translation>Рабочее пространство будет храниться в папке %1</translation>
    </message>
    <message>
        <source>Create the workspace</source>
        <translation>Создать рабочее пространство</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>This program was prepared by %1. Compare this fingerprint with the one printed on the handover sheet from the office, every group of four:</source>
        <translation>Эту программу подготовил офис «%1». Сравните этот отпечаток ключа с напечатанным в листе передачи из офиса, каждую группу из четырёх знаков:</translation>
    </message>
    <message>
        <source>They are the same: set up this laptop</source>
        <translation>Они совпадают: настроить этот ноутбук</translation>
    </message>
    <message>
        <source>They differ</source>
        <translation>Они различаются</translation>
    </message>
    <message>
        <source>The set-up stopped: this program may not be the office&apos;s. Do not use it; tell the office and ask for the program again.</source>
        <translation>Настройка остановлена: возможно, это не программа офиса. Не используйте её; сообщите в офис и попросите программу заново.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Удалить эту запись</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, for example 21.03.2025.</source>
        <translation>Введите дату в формате дд.мм.гггг, например 21.03.2025.</translation>
    </message>
    <message>
        <source>Write a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>Answered %1 of %2 questions.</source>
        <translation>Отвечено вопросов: %1 из %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still without an answer.</source>
        <translation>
            <numerusform>%n обязательный вопрос пока без ответа.</numerusform>
            <numerusform>%n обязательных вопроса пока без ответа.</numerusform>
            <numerusform>%n обязательных вопросов пока без ответа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores and flags appear when the answers are complete.</source>
        <translation>Показатели и предупреждения появятся, когда на все вопросы будут даны ответы.</translation>
    </message>
    <message>
        <source>suggests a referral</source>
        <translation>рекомендуется направление</translation>
    </message>
    <message>
        <source>suggests reviewing the protection risk</source>
        <translation>рекомендуется пересмотреть риск для ребёнка</translation>
    </message>
    <message>
        <source>No flags raised.</source>
        <translation>Предупреждений нет.</translation>
    </message>
</context>
<context>
    <name>ItemWords</name>
    <message>
        <source>Relation to the child</source>
        <translation>Кем приходится ребёнку</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Returned to the country</source>
        <translation>Возвращение в страну</translation>
    </message>
    <message>
        <source>Lives with the child</source>
        <translation>Проживает с ребёнком</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Лицо, осуществляющее уход</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>Связанный случай</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Форма устройства</translation>
    </message>
    <message>
        <source>District of placement</source>
        <translation>Район проживания</translation>
    </message>
    <message>
        <source>Where the person is now</source>
        <translation>Где находится сейчас</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Место содержания под стражей</translation>
    </message>
    <message>
        <source>Expected release</source>
        <translation>Ожидаемая дата освобождения</translation>
    </message>
    <message>
        <source>Contact plan</source>
        <translation>План общения с ребёнком</translation>
    </message>
    <message>
        <source>Person sought</source>
        <translation>Кого разыскивают</translation>
    </message>
    <message>
        <source>Request sent to</source>
        <translation>Кому направлен запрос</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Срок действия до</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Name as registered</source>
        <translation>Имя по документам</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation>Имя, которым пользуется</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Предмет согласия</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Когда дано</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кем дано</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>The child&apos;s view</source>
        <translation>Мнение ребёнка</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Причина отзыва</translation>
    </message>
    <message>
        <source>Emergency override</source>
        <translation>Экстренное разрешение</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Причина экстренного разрешения</translation>
    </message>
    <message>
        <source>Supervisor who allowed the override</source>
        <translation>Супервизор, давший экстренное разрешение</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сфера плана</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Срок выполнения</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Поставщик услуг</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Дата направления</translation>
    </message>
    <message>
        <source>Feedback from the provider</source>
        <translation>Обратная связь от поставщика услуг</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Запланировано на</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата проверки результата</translation>
    </message>
    <message>
        <source>Someone was at home</source>
        <translation>Кого-либо удалось застать дома</translation>
    </message>
    <message>
        <source>The child was seen</source>
        <translation>Ребёнка видели</translation>
    </message>
    <message>
        <source>The child was seen alone</source>
        <translation>Ребёнка видели наедине</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Дата заметки</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Type of file</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Размер (байт)</translation>
    </message>
    <message>
        <source>Fingerprint of the file</source>
        <translation>Контрольная сумма файла</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кто принял решение</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Какие сведения переданы</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Версия формы</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>District the case moves to</source>
        <translation>Район, в который переводится случай</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>Причина перевода</translation>
    </message>
    <message>
        <source>Caseworker who asked</source>
        <translation>Социальный работник, запросивший перевод</translation>
    </message>
    <message>
        <source>Caseworker who receives the case</source>
        <translation>Социальный работник, принимающий случай</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>мать</translation>
    </message>
    <message>
        <source>father</source>
        <translation>отец</translation>
    </message>
    <message>
        <source>brother or sister</source>
        <translation>брат или сестра</translation>
    </message>
    <message>
        <source>half-brother or half-sister</source>
        <translation>неполнородный брат или сестра</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>бабушка</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>дедушка</translation>
    </message>
    <message>
        <source>aunt</source>
        <translation>тётя</translation>
    </message>
    <message>
        <source>uncle</source>
        <translation>дядя</translation>
    </message>
    <message>
        <source>stepmother or stepfather</source>
        <translation>мачеха или отчим</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>kinship care</source>
        <translation>в семье родственников</translation>
    </message>
    <message>
        <source>foster care</source>
        <translation>в приёмной семье</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>в учреждении</translation>
    </message>
    <message>
        <source>independent living</source>
        <translation>самостоятельно</translation>
    </message>
    <message>
        <source>in the household</source>
        <translation>живёт с ребёнком</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>под стражей</translation>
    </message>
    <message>
        <source>released</source>
        <translation>на свободе</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>нет в живых</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>местонахождение неизвестно</translation>
    </message>
    <message>
        <source>in a camp abroad</source>
        <translation>в лагере за рубежом</translation>
    </message>
    <message>
        <source>birth registration</source>
        <translation>регистрация рождения</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>record of the name</source>
        <translation>запись об имени</translation>
    </message>
    <message>
        <source>guardianship decision</source>
        <translation>решение об опеке</translation>
    </message>
    <message>
        <source>death certificate</source>
        <translation>свидетельство о смерти</translation>
    </message>
    <message>
        <source>court declaration of death</source>
        <translation>решение суда об объявлении умершим</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>запрос направлен</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в процессе</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>документ выдан</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>collecting the child&apos;s data</source>
        <translation>сбор данных о ребёнке</translation>
    </message>
    <message>
        <source>sharing with an agency</source>
        <translation>передача сведений другой организации</translation>
    </message>
    <message>
        <source>photographs</source>
        <translation>фотографирование</translation>
    </message>
    <message>
        <source>referral to a service</source>
        <translation>направление для получения услуг</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <source>appointed guardian</source>
        <translation>назначенный опекун</translation>
    </message>
    <message>
        <source>court</source>
        <translation>суд</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>сам ребёнок</translation>
    </message>
    <message>
        <source>not asked (young child)</source>
        <translation>не спрашивали (маленький ребёнок)</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>ребёнок согласен</translation>
    </message>
    <message>
        <source>did not agree</source>
        <translation>ребёнок не согласен</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>ребёнок дал информированное согласие</translation>
    </message>
    <message>
        <source>did not consent</source>
        <translation>ребёнок не дал информированного согласия</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>безопасность</translation>
    </message>
    <message>
        <source>family</source>
        <translation>семья</translation>
    </message>
    <message>
        <source>health</source>
        <translation>здоровье</translation>
    </message>
    <message>
        <source>psychosocial support</source>
        <translation>психосоциальная поддержка</translation>
    </message>
    <message>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документы</translation>
    </message>
    <message>
        <source>livelihood</source>
        <translation>средства к существованию</translation>
    </message>
    <message>
        <source>legal matters</source>
        <translation>правовые вопросы</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>снята</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>made</source>
        <translation>направлено</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>no concern</source>
        <translation>опасений нет</translation>
    </message>
    <message>
        <source>a concern</source>
        <translation>есть опасения</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>нужны неотложные меры</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>ожидает решения</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <source>Family tracing request</source>
        <translation>Запрос о розыске родственников</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Цель плана</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Disclosure request</source>
        <translation>Запрос сведений</translation>
    </message>
    <message>
        <source>not yet obtained</source>
        <translation>ещё не получен</translation>
    </message>
    <message>
        <source>with the family</source>
        <translation>в семье</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>На вкладке «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them now, discard them, or go back to them?</source>
        <translation>Сохранить их сейчас, отказаться от них или вернуться к ним?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <source>Making an encrypted backup…</source>
        <translation>Создаётся зашифрованная резервная копия…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Резервная копия создана: %1</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>Не удалось создать резервную копию.</translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>Синхронизация с офисом</translation>
    </message>
    <message>
        <source>Sync with the laptops</source>
        <translation>Синхронизация с ноутбуками</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Ведение случаев</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Сроки и просроченное</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>Find a child by any spelling of a name</source>
        <translation>Найти ребёнка по любому написанию имени</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые случаи</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Закрытые случаи</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Все случаи</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Какие случаи показывать</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>Только мои</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>High risk only</source>
        <translation>Только с высоким риском</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Рабочее пространство</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Создать &amp;резервную копию сейчас</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Синхронизация…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Случай</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новый случай…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Close this tab</source>
        <translation>&amp;Закрыть эту вкладку</translation>
    </message>
    <message>
        <source>&amp;Find a child</source>
        <translation>Найти &amp;ребёнка</translation>
    </message>
    <message>
        <source>This account administers the workspace: accounts, forms, settings and backups. It sees no child&apos;s case. Supervisors and caseworkers sign in with their own accounts.</source>
        <translation>Эта учётная запись управляет рабочим пространством: учётными записями, формами, настройками и резервными копиями. Случаи детей ей не видны. Супервизоры и социальные работники входят под своими учётными записями.</translation>
    </message>
    <message>
        <source>Locked after a quiet spell. Enter your password to go on.</source>
        <translation>Программа заблокирована после простоя. Введите пароль, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>see case files</source>
        <translation>просматривать карточки случаев</translation>
    </message>
    <message>
        <source>register cases</source>
        <translation>регистрировать случаи</translation>
    </message>
    <message>
        <source>change this case</source>
        <translation>изменять данные этого случая</translation>
    </message>
    <message>
        <source>delete this case</source>
        <translation>удалять этот случай</translation>
    </message>
    <message>
        <source>assign cases to other caseworkers</source>
        <translation>передавать случаи другим социальным работникам</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>добавлять учётные записи</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>отключать учётные записи</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>восстанавливать данные из резервных копий</translation>
    </message>
    <message>
        <source>rotate the workspace key</source>
        <translation>заменять ключ рабочего пространства</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>проверять журнал аудита</translation>
    </message>
    <message>
        <source>change the list of districts</source>
        <translation>изменять список районов</translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>изменять настройки офиса</translation>
    </message>
    <message>
        <source>purge cases</source>
        <translation>уничтожать данные случаев</translation>
    </message>
    <message>
        <source>act without the consent it needs</source>
        <translation>действовать без необходимого согласия</translation>
    </message>
    <message>
        <source>see what is due</source>
        <translation>просматривать сроки по случаям</translation>
    </message>
    <message>
        <source>install forms</source>
        <translation>устанавливать формы</translation>
    </message>
    <message>
        <source>enrol devices</source>
        <translation>подключать устройства</translation>
    </message>
    <message>
        <source>revoke devices</source>
        <translation>отзывать устройства</translation>
    </message>
    <message>
        <source>reopen a laptop&apos;s workspace for the office</source>
        <translation>открывать рабочее пространство ноутбука для офиса</translation>
    </message>
    <message>
        <source>send bundles</source>
        <translation>отправлять пакеты синхронизации</translation>
    </message>
    <message>
        <source>import bundles</source>
        <translation>загружать пакеты синхронизации</translation>
    </message>
    <message>
        <source>see conflicts</source>
        <translation>просматривать конфликты</translation>
    </message>
    <message>
        <source>resolve this conflict</source>
        <translation>разрешать этот конфликт</translation>
    </message>
    <message>
        <source>decide transfers between districts</source>
        <translation>принимать решения о переводе случаев между районами</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>обязательно для заполнения.</translation>
    </message>
    <message>
        <source>is not a field of a case.</source>
        <translation>такого поля в карточке случая нет.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>не должно быть пустым.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>значение слишком длинное.</translation>
    </message>
    <message>
        <source>has too many entries.</source>
        <translation>слишком много значений.</translation>
    </message>
    <message>
        <source>is not one of the allowed values.</source>
        <translation>значение не входит в число допустимых.</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD.</source>
        <translation>должно содержать дату в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>должно быть целым числом.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>должно быть текстом.</translation>
    </message>
    <message>
        <source>must be a list of names.</source>
        <translation>должно быть списком имён.</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>должно быть объектом JSON.</translation>
    </message>
    <message>
        <source>give a birth date or an estimated birth year.</source>
        <translation>укажите дату рождения или примерный год рождения.</translation>
    </message>
    <message>
        <source>the birth date is in the future or before 1990.</source>
        <translation>дата рождения указана в будущем или раньше 1990 года.</translation>
    </message>
    <message>
        <source>the birth year differs from the birth date&apos;s year.</source>
        <translation>год рождения не совпадает с годом в дате рождения.</translation>
    </message>
    <message>
        <source>the birth year is in the future or before 1990.</source>
        <translation>год рождения указан в будущем или раньше 1990 года.</translation>
    </message>
    <message>
        <source>a date of a step is in the future.</source>
        <translation>дата одного из этапов указана в будущем.</translation>
    </message>
    <message>
        <source>a consent to share or to refer names its recipient.</source>
        <translation>в согласии на передачу сведений или направление должен быть указан получатель.</translation>
    </message>
    <message>
        <source>a consent says who gave it and on what legal basis.</source>
        <translation>в согласии должно быть указано, кто его дал и на каком правовом основании.</translation>
    </message>
    <message>
        <source>an emergency override needs a reason and a supervisor&apos;s name.</source>
        <translation>для экстренного разрешения нужно указать причину и имя супервизора.</translation>
    </message>
    <message>
        <source>a consent cannot be withdrawn before it was given.</source>
        <translation>согласие нельзя отозвать раньше, чем оно было дано.</translation>
    </message>
    <message>
        <source>a visit needs a planned date or the date it was made.</source>
        <translation>у посещения должна быть указана запланированная дата или дата проведения.</translation>
    </message>
    <message>
        <source>a decision needs who decided and when.</source>
        <translation>в решении должно быть указано, кто и когда его принял.</translation>
    </message>
    <message>
        <source>the age for assent must not be above the age for consent.</source>
        <translation>возраст для согласия ребёнка не должен превышать возраст для его информированного согласия.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>должно иметь значение true или false.</translation>
    </message>
    <message>
        <source>has too few entries.</source>
        <translation>слишком мало значений.</translation>
    </message>
    <message>
        <source>is out of the allowed range.</source>
        <translation>значение вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>is not written in the expected form.</source>
        <translation>значение записано не в том формате.</translation>
    </message>
    <message>
        <source>no file with this content is in the workspace; attach the file itself.</source>
        <translation>в рабочем пространстве нет файла с таким содержимым; добавьте вложением сам файл.</translation>
    </message>
    <message>
        <source>a transfer is asked for, decided and accepted step by step, never written in directly.</source>
        <translation>перевод запрашивается, решается и принимается по шагам, его нельзя записать напрямую.</translation>
    </message>
    <message>
        <source>is not valid.</source>
        <translation>значение указано неверно.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Произошла ошибка.</translation>
    </message>
    <message>
        <source>No workspace was found in {path}.</source>
        <translation>В папке {path} рабочее пространство не найдено.</translation>
    </message>
    <message>
        <source>{path} already holds a workspace or other files; choose an empty folder.</source>
        <translation>В папке {path} уже есть рабочее пространство или другие файлы; выберите пустую папку.</translation>
    </message>
    <message>
        <source>The workspace in {path} cannot be read.</source>
        <translation>Не удаётся прочитать рабочее пространство в папке {path}.</translation>
    </message>
    <message>
        <source>The workspace was locked or closed; unlock it again.</source>
        <translation>Рабочее пространство заблокировано или закрыто; откройте его снова.</translation>
    </message>
    <message>
        <source>Another program on this computer is changing the keys file in {path}; try again in a minute.</source>
        <translation>Другая программа на этом компьютере изменяет файл ключей в папке {path}; повторите через минуту.</translation>
    </message>
    <message>
        <source>The keys file of the workspace in {path} is damaged; restore the folder from a copy.</source>
        <translation>Файл ключей рабочего пространства в папке {path} повреждён; восстановите папку из копии.</translation>
    </message>
    <message>
        <source>The database in {path} does not open with this workspace&apos;s key.</source>
        <translation>База данных в папке {path} не открывается ключом этого рабочего пространства.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of the program (schema {version}); install that version.</source>
        <translation>Это рабочее пространство создано более новой версией программы (схема {version}); установите эту версию.</translation>
    </message>
    <message>
        <source>The account {name} has a password but no entry in the database; was an older backup restored?</source>
        <translation>У учётной записи {name} есть пароль, но нет записи в базе данных; возможно, была восстановлена более старая резервная копия?</translation>
    </message>
    <message>
        <source>This installation&apos;s database encryption is not SQLCipher 4 (found: {version}); reinstall the program before opening any case data.</source>
        <translation>Шифрование базы данных в этой установке — не SQLCipher 4 (найдено: {version}); переустановите программу, прежде чем открывать данные о случаях.</translation>
    </message>
    <message>
        <source>This installation&apos;s database engine may write temporary files to disk; reinstall the program before opening any case data.</source>
        <translation>В этой установке база данных может записывать временные файлы на диск; переустановите программу, прежде чем открывать данные о случаях.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation>Слишком много попыток с неверным паролем: повторите через {seconds} с.</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>Пароль должен содержать не менее {minimum} символов.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Пароль не может состоять только из пробелов.</translation>
    </message>
    <message>
        <source>An account named {name} already exists.</source>
        <translation>Учётная запись с именем {name} уже существует.</translation>
    </message>
    <message>
        <source>No account named {name}.</source>
        <translation>Учётной записи {name} нет.</translation>
    </message>
    <message>
        <source>You cannot disable the account you are using.</source>
        <translation>Нельзя отключить учётную запись, под которой вы работаете.</translation>
    </message>
    <message>
        <source>An account name is 1 to 64 Latin letters, digits, dots, hyphens or underscores.</source>
        <translation>Имя учётной записи — от 1 до 64 латинских букв, цифр, точек, дефисов или знаков подчёркивания.</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>Не удаётся прочитать файл {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be written; nothing was saved.</source>
        <translation>Не удаётся записать {path}; ничего не сохранено.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: the error is at line {line}, column {column}.</source>
        <translation>Файл {path} не является правильным JSON: ошибка в строке {line}, столбце {column}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>Файл {path} не в кодировке UTF-8; сохраните его в UTF-8 и попробуйте снова.</translation>
    </message>
    <message>
        <source>{path} is not read: {problem}. Nothing was changed.</source>
        <translation>Файл {path} не прочитан: {problem}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} must hold one JSON object.</source>
        <translation>Файл {path} должен содержать один объект JSON.</translation>
    </message>
    <message>
        <source>The audit log of device {device_id}, as its bundles brought it, is broken or incomplete at entry {seq}.</source>
        <translation>Журнал аудита устройства {device_id}, полученный в его пакетах синхронизации, нарушен или неполон на записи {seq}.</translation>
    </message>
    <message>
        <source>These accounts have not signed in since this version of the program was installed, so the new key cannot be given to them: {names}. Ask each to sign in once, or disable the account; then rotate the key. Nothing was changed.</source>
        <translation>Эти учётные записи не входили в программу с тех пор, как установлена эта её версия, поэтому новый ключ им передать нельзя: {names}. Попросите каждого войти один раз или отключите учётную запись; затем замените ключ. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} leads out of the workspace (it is a link to another place); no backup was made there. Remove the link: backups stay inside the workspace.</source>
        <translation>{path} ведёт за пределы рабочего пространства (это ссылка на другое место); резервная копия там не создана. Удалите ссылку: резервные копии хранятся только внутри рабочего пространства.</translation>
    </message>
    <message>
        <source>CASEWORKER_KDF_PROFILE is set: that weak key profile is for the developers&apos; tests only, and this installed program refuses it. Remove the setting and start again.</source>
        <translation>Задан параметр CASEWORKER_KDF_PROFILE: этот слабый профиль ключей предназначен только для тестов разработчиков, и установленная программа его не принимает. Удалите этот параметр и запустите программу снова.</translation>
    </message>
    <message>
        <source>No valid consent for {purpose} ({recipient}): record the consent first, or an emergency override with a reason and a supervisor&apos;s name.</source>
        <translation>Нет действующего согласия на {purpose} ({recipient}): сначала внесите согласие или экстренное разрешение с указанием причины и имени супервизора.</translation>
    </message>
    <message>
        <source>The child is {age}: record the child&apos;s own {view} (given or refused) with this consent.</source>
        <translation>Возраст ребёнка — {age}: вместе с этим согласием внесите ответ самого ребёнка ({view} или отказ).</translation>
    </message>
    <message>
        <source>Only the assigned caseworker and the case&apos;s supervisor may see or change {field}.</source>
        <translation>Просматривать и изменять поле {field} могут только социальный работник, ведущий случай, и супервизор этого случая.</translation>
    </message>
    <message>
        <source>{name} is not a supervisor&apos;s account.</source>
        <translation>Учётная запись {name} не принадлежит супервизору.</translation>
    </message>
    <message>
        <source>No entry {item_id} in a case that you may see.</source>
        <translation>Запись {item_id} не найдена или недоступна вам.</translation>
    </message>
    <message>
        <source>Case {case_id} is closed; reopen it first.</source>
        <translation>Случай {case_id} закрыт; сначала откройте его повторно.</translation>
    </message>
    <message>
        <source>Case {case_id} is not closed.</source>
        <translation>Случай {case_id} не закрыт.</translation>
    </message>
    <message>
        <source>The site file {path} that came with this program does not verify ({code}). Do not set up this laptop with it: tell the office.</source>
        <translation>Файл настроек офиса {path}, пришедший с программой, не прошёл проверку ({code}). Не настраивайте с ним этот ноутбук: сообщите в офис.</translation>
    </message>
    <message>
        <source>{path} comes from another office than the one this program was prepared for. Enrolment stopped: tell the office.</source>
        <translation>{path} пришёл не из того офиса, для которого подготовлена эта программа. Подключение остановлено: сообщите в офис.</translation>
    </message>
    <message>
        <source>The office&apos;s drop is not set up here: an administrator sets its address and its certificate pin (settings drop-url and drop-pin).</source>
        <translation>Пункт обмена офиса здесь не настроен: администратор задаёт его адрес и отпечаток сертификата (settings drop-url и drop-pin).</translation>
    </message>
    <message>
        <source>The trust file {path} cannot be used ({code}); write it again with office export-trust.</source>
        <translation>Файл доверия {path} нельзя использовать ({code}); запишите его заново командой office export-trust.</translation>
    </message>
    <message>
        <source>There is no folder {path}: give the folder the drop service uses.</source>
        <translation>Папки {path} нет: укажите папку, которую использует пункт обмена.</translation>
    </message>
    <message>
        <source>The drop&apos;s address must begin with https:// and name a server.</source>
        <translation>Адрес пункта обмена должен начинаться с https:// и называть сервер.</translation>
    </message>
    <message>
        <source>A certificate pin is the SHA-256 of the drop&apos;s certificate: 64 hexadecimal characters.</source>
        <translation>Отпечаток сертификата — это SHA-256 сертификата пункта обмена: 64 шестнадцатеричных символа.</translation>
    </message>
    <message>
        <source>The office&apos;s drop cannot be reached now ({code}); the bundles wait and go at the next try.</source>
        <translation>Пункт обмена офиса сейчас недоступен ({code}); пакеты синхронизации ждут и уйдут при следующей попытке.</translation>
    </message>
    <message>
        <source>The server at the drop&apos;s address is not the office&apos;s drop: its certificate does not match the pin. Nothing was sent. Tell the office.</source>
        <translation>Сервер по адресу пункта обмена — не пункт обмена офиса: его сертификат не совпадает с отпечатком. Ничего не отправлено. Сообщите в офис.</translation>
    </message>
    <message>
        <source>The office&apos;s drop refused this laptop ({code}). Tell the office.</source>
        <translation>Пункт обмена офиса отказал этому ноутбуку ({code}). Сообщите в офис.</translation>
    </message>
    <message>
        <source>Case {case_id} already has a transfer waiting for a decision or acceptance.</source>
        <translation>По случаю {case_id} уже есть перевод, ожидающий решения или принятия.</translation>
    </message>
    <message>
        <source>No transfer of case {case_id} is waiting for a supervisor&apos;s decision.</source>
        <translation>Нет перевода случая {case_id}, ожидающего решения супервизора.</translation>
    </message>
    <message>
        <source>No transfer of case {case_id} is waiting for your acceptance.</source>
        <translation>Нет перевода случая {case_id}, ожидающего вашего принятия.</translation>
    </message>
    <message>
        <source>Case {case_id} is already in that district.</source>
        <translation>Случай {case_id} уже находится в этом районе.</translation>
    </message>
    <message>
        <source>A case is closed as unreachable after {needed} visits that found no one; {made} are recorded.</source>
        <translation>Закрыть случай по причине «связь утрачена» можно только после посещений, при которых никого не застали: нужно не менее {needed}, внесено {made}.</translation>
    </message>
    <message>
        <source>Case {case_id} may be purged from {date}, {years} years after closure.</source>
        <translation>Данные случая {case_id} можно уничтожить не ранее {date}, по истечении срока хранения после закрытия (лет: {years}).</translation>
    </message>
    <message>
        <source>An attachment may be at most {megabytes} MB.</source>
        <translation>Размер вложения не должен превышать {megabytes} МБ.</translation>
    </message>
    <message>
        <source>{provider} is not in the service directory of {district}; choose a listed provider.</source>
        <translation>Поставщика услуг {provider} нет в справочнике услуг района {district}; выберите поставщика услуг из справочника.</translation>
    </message>
    <message>
        <source>Form {form}, field {field}: {problem}</source>
        <translation>Форма {form}, поле {field}: {problem}</translation>
    </message>
    <message>
        <source>Form {form}, field {field}: the expression is not valid at character {position} ({problem}).</source>
        <translation>Форма {form}, поле {field}: выражение записано неверно, ошибка в символе {position} ({problem}).</translation>
    </message>
    <message>
        <source>Form {form}, field {field} uses the word “{word}”: forms never ask about such things. An admin may override this with a reason, which is audited.</source>
        <translation>Форма {form}, поле {field}: используется слово «{word}», а в формах никогда не спрашивают о таком. Администратор может разрешить это в порядке исключения, указав причину; разрешение записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>No form {form} (version {version}) is installed.</source>
        <translation>Форма {form} (версия {version}) не установлена.</translation>
    </message>
    <message>
        <source>The answers have {count} problem(s); nothing was saved.</source>
        <translation>Ответы нужно исправить (ошибок: {count}); ничего не сохранено.</translation>
    </message>
    <message>
        <source>Assessment {item_id} is complete; it is not changed again.</source>
        <translation>Оценка {item_id} завершена и больше не изменяется.</translation>
    </message>
    <message>
        <source>Version {version} of form {form} is already installed; a new version needs a new number.</source>
        <translation>Версия {version} формы {form} уже установлена; для новой версии нужен новый номер.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row} ({field}): {problem}</source>
        <translation>Лист {sheet}, строка {row} ({field}): {problem}</translation>
    </message>
    <message>
        <source>{path} is not an .xlsx workbook.</source>
        <translation>Файл {path} не является рабочей книгой .xlsx.</translation>
    </message>
    <message>
        <source>The fingerprint in {path} is {actual}, not {expected}. Enrolment stopped: compare the fingerprint on the other screen again, and use the file it belongs to.</source>
        <translation>Отпечаток ключа в файле {path} — {actual}, а не {expected}. Подключение остановлено: ещё раз сверьте отпечаток на другом экране и используйте файл, к которому он относится.</translation>
    </message>
    <message>
        <source>{path} is not a valid {what}: {reason}.</source>
        <translation>{path} — недействительный файл ({what}): {reason}.</translation>
    </message>
    <message>
        <source>This is a laptop&apos;s workspace; only the office&apos;s workspace does this.</source>
        <translation>Это рабочее пространство ноутбука; это делается только в рабочем пространстве офиса.</translation>
    </message>
    <message>
        <source>This is the office&apos;s workspace; only a laptop&apos;s workspace does this.</source>
        <translation>Это рабочее пространство офиса; это делается только в рабочем пространстве ноутбука.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled with {office}.</source>
        <translation>Этот ноутбук уже подключён к офису «{office}».</translation>
    </message>
    <message>
        <source>A district&apos;s name is plain text of at most 100 letters, without control characters, / or \.</source>
        <translation>Название района — это простой текст не длиннее 100 символов, без управляющих символов, / и \.</translation>
    </message>
    <message>
        <source>No enrolled device {device_id}.</source>
        <translation>Подключённого устройства {device_id} нет.</translation>
    </message>
    <message>
        <source>Device {device_id} was revoked on {on}; it cannot be enrolled again.</source>
        <translation>Устройство {device_id} отозвано {on}; подключить его снова нельзя.</translation>
    </message>
    <message>
        <source>Reopening a laptop&apos;s workspace needs two different administrators of the office, each with their own password.</source>
        <translation>Чтобы снова открыть рабочее пространство ноутбука, нужны два разных администратора офиса, каждый со своим паролем.</translation>
    </message>
    <message>
        <source>The workspace in {path} was never enrolled with an office, so the office cannot reopen it.</source>
        <translation>Рабочее пространство в {path} никогда не было подключено к офису, поэтому офис не может его открыть.</translation>
    </message>
    <message>
        <source>The workspace in {path} was enrolled with another office.</source>
        <translation>Рабочее пространство в {path} подключено к другому офису.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with an office yet: enrol it before sending bundles.</source>
        <translation>Этот ноутбук ещё не подключён к офису: подключите его, прежде чем отправлять пакеты синхронизации.</translation>
    </message>
    <message>
        <source>{path}: refused ({code}): {reason}.</source>
        <translation>{path}: отклонён ({code}): {reason}.</translation>
    </message>
    <message>
        <source>{path}: refused ({code}): laptop {serial} ({district}) sent {rule}. The program never writes such a bundle: the laptop may be in the wrong hands. Revoke it unless you know why (caseworker device revoke {device_id}).</source>
        <translation>{path}: отклонён ({code}): ноутбук {serial} ({district}) прислал {rule}. Программа никогда не создаёт такой пакет синхронизации: ноутбук, возможно, в чужих руках. Отзовите его, если не знаете причины (caseworker device revoke {device_id}).</translation>
    </message>
    <message>
        <source>Cases are assigned by a supervisor at the office; on a laptop a case stays with its caseworker.</source>
        <translation>Случаи передаёт супервизор в офисе; на ноутбуке случай остаётся у своего социального работника.</translation>
    </message>
    <message>
        <source>Transfers are decided by a supervisor at the office, not on a laptop.</source>
        <translation>О переводе решает супервизор в офисе, а не на ноутбуке.</translation>
    </message>
    <message>
        <source>Conflicts are resolved by a supervisor at the office, not on a laptop.</source>
        <translation>Конфликты разрешает супервизор в офисе, а не на ноутбуке.</translation>
    </message>
    <message>
        <source>No open conflict {conflict_id}.</source>
        <translation>Открытого конфликта {conflict_id} нет.</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} has no value {value_id}.</source>
        <translation>У конфликта {conflict_id} нет значения {value_id}.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full; nothing of {path} was imported. Free some space and import it again.</source>
        <translation>Диск, на котором хранится рабочее пространство, заполнен; из {path} ничего не загружено. Освободите место и загрузите файл снова.</translation>
    </message>
    <message>
        <source>Unknown role {role}: use caseworker, supervisor or admin.</source>
        <translation>Неизвестная роль {role}. Укажите одну из ролей: caseworker (социальный работник), supervisor (супервизор) или admin (администратор).</translation>
    </message>
    <message>
        <source>{count} of the {pages} pages of this workspace&apos;s database are damaged (the disk or the file was harmed). An administrator restores the newest intact backup, {backup}: caseworker backup restore {backup}</source>
        <translation>Повреждено страниц базы данных этого рабочего пространства: {count} из {pages} (пострадал диск или файл). Администратор восстанавливает последнюю целую резервную копию, {backup}: caseworker backup restore {backup}</translation>
    </message>
    <message>
        <source>{count} of the {pages} pages of this workspace&apos;s database are damaged (the disk or the file was harmed), and no backup here is intact. Copy the whole folder {path} before anything else and ask the office&apos;s administrator.</source>
        <translation>Повреждено страниц базы данных этого рабочего пространства: {count} из {pages} (пострадал диск или файл), и ни одна резервная копия здесь не цела. Прежде всего скопируйте всю папку {path} и обратитесь к администратору офиса.</translation>
    </message>
    <message>
        <source>Your account may not {action}.</source>
        <translation>У вашей учётной записи нет права {action}.</translation>
    </message>
    <message>
        <source>No case {case_id} that you may see.</source>
        <translation>Случай {case_id} не найден или недоступен вам.</translation>
    </message>
    <message>
        <source>Record {record}, field {field}: {problem}</source>
        <translation>Запись {record}, поле {field}: {problem}</translation>
    </message>
    <message>
        <source>The audit log is broken at entry {seq}: it was changed or removed.</source>
        <translation>Целостность журнала аудита нарушена в записи {seq}: запись была изменена или удалена.</translation>
    </message>
    <message>
        <source>No backup named {name} in this workspace.</source>
        <translation>В этом рабочем пространстве нет резервной копии с именем {name}.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be opened with this workspace&apos;s key; nothing was restored.</source>
        <translation>Резервную копию {name} не удаётся открыть ключом этого рабочего пространства; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>collecting the child&apos;s data</source>
        <translation>сбор данных о ребёнке</translation>
    </message>
    <message>
        <source>sharing with an agency</source>
        <translation>передачу сведений другой организации</translation>
    </message>
    <message>
        <source>photographs</source>
        <translation>фотографирование</translation>
    </message>
    <message>
        <source>a referral</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>assent</source>
        <translation>согласие ребёнка</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>информированное согласие</translation>
    </message>
    <message>
        <source>an answer is required.</source>
        <translation>ответ обязателен.</translation>
    </message>
    <message>
        <source>the answer is not of the expected kind.</source>
        <translation>ответ не того вида, который ожидается.</translation>
    </message>
    <message>
        <source>the answer is not one of the choices.</source>
        <translation>ответ не входит в число вариантов.</translation>
    </message>
    <message>
        <source>the answer is below {limit}.</source>
        <translation>значение ответа меньше {limit}.</translation>
    </message>
    <message>
        <source>the answer is above {limit}.</source>
        <translation>значение ответа больше {limit}.</translation>
    </message>
    <message>
        <source>the answer is longer than {limit} characters.</source>
        <translation>ответ слишком длинный (символов: не более {limit}).</translation>
    </message>
    <message>
        <source>the answer does not meet the form&apos;s rule.</source>
        <translation>ответ не соответствует правилу формы.</translation>
    </message>
    <message>
        <source>the form has no such question.</source>
        <translation>в форме нет такого вопроса.</translation>
    </message>
    <message>
        <source>more than {limit} entries.</source>
        <translation>слишком много записей (допускается не более {limit}).</translation>
    </message>
    <message>
        <source>{expected} entries are expected.</source>
        <translation>число записей должно быть равно {expected}.</translation>
    </message>
    <message>
        <source>this item is filled in by the form itself.</source>
        <translation>этот пункт форма заполняет сама.</translation>
    </message>
    <message>
        <source>a text is missing in {language}.</source>
        <translation>нет текста на языке {language}.</translation>
    </message>
    <message>
        <source>another field has the same name.</source>
        <translation>в форме есть другое поле с таким же именем.</translation>
    </message>
    <message>
        <source>the expression names a field the form does not have: {name}.</source>
        <translation>в выражении названо поле, которого нет в форме: {name}.</translation>
    </message>
    <message>
        <source>the choices sheet has no list {list_name}.</source>
        <translation>на листе choices нет списка {list_name}.</translation>
    </message>
    <message>
        <source>the question type {type} is not supported.</source>
        <translation>тип вопроса {type} не поддерживается.</translation>
    </message>
    <message>
        <source>enrolment request</source>
        <translation>запрос на подключение</translation>
    </message>
    <message>
        <source>enrolment approval</source>
        <translation>разрешение на подключение</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>файл слишком большой</translation>
    </message>
    <message>
        <source>the file is larger than any bundle may be</source>
        <translation>файл больше, чем может быть любой пакет</translation>
    </message>
    <message>
        <source>the file is not a bundle</source>
        <translation>файл не является пакетом синхронизации</translation>
    </message>
    <message>
        <source>its header is larger than allowed</source>
        <translation>его заголовок больше допустимого</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>файл обрезан</translation>
    </message>
    <message>
        <source>bytes were added to the end of the file</source>
        <translation>в конец файла добавлены байты</translation>
    </message>
    <message>
        <source>its header is damaged or forged</source>
        <translation>его заголовок повреждён или подделан</translation>
    </message>
    <message>
        <source>it comes from a device this office did not enrol</source>
        <translation>он пришёл с устройства, которое этот офис не подключал</translation>
    </message>
    <message>
        <source>it was made for another office</source>
        <translation>он создан для другого офиса</translation>
    </message>
    <message>
        <source>it comes from a device that was revoked</source>
        <translation>он пришёл с отозванного устройства</translation>
    </message>
    <message>
        <source>its sender may not send this kind of bundle</source>
        <translation>его отправитель не может отправлять такие пакеты</translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation>подпись не соответствует содержимому</translation>
    </message>
    <message>
        <source>it is addressed to another workspace</source>
        <translation>он адресован другому рабочему пространству</translation>
    </message>
    <message>
        <source>its contents are damaged</source>
        <translation>его содержимое повреждено</translation>
    </message>
    <message>
        <source>its contents unpack to more than is allowed</source>
        <translation>после распаковки его содержимое больше допустимого</translation>
    </message>
    <message>
        <source>one of its records is larger than allowed</source>
        <translation>одна из его записей больше допустимого</translation>
    </message>
    <message>
        <source>one of its records is not valid</source>
        <translation>одна из его записей недействительна</translation>
    </message>
    <message>
        <source>its contents were made for another sender or recipient</source>
        <translation>его содержимое создано для другого отправителя или получателя</translation>
    </message>
    <message>
        <source>it holds another number of records than its header says</source>
        <translation>в нём другое число записей, чем указано в заголовке</translation>
    </message>
    <message>
        <source>it holds the same record more than once</source>
        <translation>в нём одна и та же запись встречается больше одного раза</translation>
    </message>
    <message>
        <source>its revocation list says it was issued days ahead of this computer&apos;s date</source>
        <translation>его список отозванных устройств датирован на несколько дней позже даты этого компьютера</translation>
    </message>
    <message>
        <source>its revocation list was issued before the one this laptop holds</source>
        <translation>его список отозванных устройств выпущен раньше того, что уже есть на этом ноутбуке</translation>
    </message>
    <message>
        <source>its revocation list&apos;s version leaps further ahead than any office counts</source>
        <translation>номер версии его списка отозванных устройств скачет дальше, чем может насчитать любой офис</translation>
    </message>
    <message>
        <source>the sending laptop&apos;s certificate has expired; an administrator renews it (caseworker device renew)</source>
        <translation>срок действия сертификата ноутбука-отправителя истёк; администратор продлевает его (caseworker device renew)</translation>
    </message>
    <message>
        <source>it says what its sender may not say</source>
        <translation>в нём есть то, что его отправитель не вправе сообщать</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файл не читается</translation>
    </message>
    <message>
        <source>it is another kind of file</source>
        <translation>это файл другого вида</translation>
    </message>
    <message>
        <source>it was written by a newer version of the program</source>
        <translation>он создан более новой версией программы</translation>
    </message>
    <message>
        <source>its certificate is from another office</source>
        <translation>его сертификат выдан другим офисом</translation>
    </message>
    <message>
        <source>its certificate is for another laptop</source>
        <translation>его сертификат выдан для другого ноутбука</translation>
    </message>
    <message>
        <source>a device or office id in it is not written as the program writes ids</source>
        <translation>идентификатор устройства или офиса в нём записан не так, как их записывает программа</translation>
    </message>
    <message>
        <source>a name in it holds control characters, / or \</source>
        <translation>название в нём содержит управляющие символы, / или \</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>файл повреждён или неполон</translation>
    </message>
    <message>
        <source>a change to a case the office never gave that laptop</source>
        <translation>изменение случая, который офис этому ноутбуку не передавал</translation>
    </message>
    <message>
        <source>a new record that claims to come from another device</source>
        <translation>новую запись, которая выдаёт себя за запись с другого устройства</translation>
    </message>
    <message>
        <source>a new case whose author is not an account of that laptop</source>
        <translation>новый случай, автор которого — не учётная запись этого ноутбука</translation>
    </message>
    <message>
        <source>edits in the name of another device that the office never had</source>
        <translation>изменения от имени другого устройства, которых у офиса никогда не было</translation>
    </message>
    <message>
        <source>a value other than the office&apos;s under the same clock</source>
        <translation>другое значение с той же отметкой изменений, что у офиса</translation>
    </message>
    <message>
        <source>an assignment of a case, which only the office makes</source>
        <translation>передачу случая, которую делает только офис</translation>
    </message>
    <message>
        <source>a change to who registered a case or when</source>
        <translation>изменение того, кто или когда зарегистрировал случай</translation>
    </message>
    <message>
        <source>a supervisor&apos;s name that is not a supervisor&apos;s</source>
        <translation>в качестве супервизора — учётную запись, которая не принадлежит супервизору</translation>
    </message>
    <message>
        <source>an account of the office or of another device</source>
        <translation>учётную запись офиса или другого устройства</translation>
    </message>
    <message>
        <source>a conflict&apos;s resolution, which only a supervisor at the office makes</source>
        <translation>разрешение конфликта, которое делает только супервизор в офисе</translation>
    </message>
    <message>
        <source>a decision on a transfer, which only the office makes</source>
        <translation>решение о переводе, которое принимает только офис</translation>
    </message>
    <message>
        <source>an entry moved to another case or made another kind</source>
        <translation>запись, перенесённую в другой случай или ставшую записью другого вида</translation>
    </message>
    <message>
        <source>a file that no entry of the bundle names</source>
        <translation>файл, который не упомянут ни в одной записи пакета</translation>
    </message>
    <message>
        <source>{count} file(s) or folder(s) of this workspace were open to other users of this computer; they are now yours alone.</source>
        <translation>Файлов или папок этого рабочего пространства, открытых для других пользователей этого компьютера: {count}; теперь они доступны только вам.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is at least {hours} hours ahead of the office&apos;s: set its date and time, or the times written on its edits stay wrong.</source>
        <translation>Часы этого ноутбука спешат по сравнению с часами офиса не менее чем на {hours} ч: установите правильные дату и время, иначе время, записанное при изменениях, останется неверным.</translation>
    </message>
    <message>
        <source>one object names the same key twice</source>
        <translation>в одном объекте одно и то же имя поля указано дважды</translation>
    </message>
    <message>
        <source>it holds a number too large to be read exactly</source>
        <translation>в нём есть число, слишком большое, чтобы прочитать его точно</translation>
    </message>
    <message>
        <source>it holds NaN or Infinity, which are not numbers</source>
        <translation>в нём есть NaN или Infinity, а это не числа</translation>
    </message>
    <message>
        <source>it is nested deeper than 32 levels</source>
        <translation>вложенность в нём глубже 32 уровней</translation>
    </message>
    <message>
        <source>one of its texts is longer than 65,536 characters</source>
        <translation>один из текстов в нём длиннее 65 536 символов</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message numerus="yes">
        <source>%n case(s) may be this same child. Open one to check, or register anyway.</source>
        <translation>
            <numerusform>%n случай, возможно, относится к этому же ребёнку. Откройте случай из списка, чтобы проверить, или всё равно зарегистрируйте новый случай.</numerusform>
            <numerusform>%n случая, возможно, относятся к этому же ребёнку. Откройте один из них, чтобы проверить, или всё равно зарегистрируйте новый случай.</numerusform>
            <numerusform>%n случаев, возможно, относятся к этому же ребёнку. Откройте один из них, чтобы проверить, или всё равно зарегистрируйте новый случай.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Всё равно зарегистрировать</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новый случай</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Открыть выбранный случай</translation>
    </message>
    <message>
        <source>Cases that may be the same child</source>
        <translation>Случаи, которые могут относиться к этому же ребёнку</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Готовится демонстрационное рабочее пространство…</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <source>Waiting for the office&apos;s acknowledgement: %n bundle(s).</source>
        <translation>
            <numerusform>Ждут подтверждения офиса: %n пакет синхронизации.</numerusform>
            <numerusform>Ждут подтверждения офиса: %n пакета синхронизации.</numerusform>
            <numerusform>Ждут подтверждения офиса: %n пакетов синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for the office.</source>
        <translation>Ничего не ждёт отправки в офис.</translation>
    </message>
    <message>
        <source>The office has every bundle up to number %1 (heard on %2).</source>
        <translation>В офисе есть все пакеты синхронизации до номера %1 (подтверждено %2).</translation>
    </message>
    <message>
        <source>No acknowledgement from the office yet.</source>
        <translation>Подтверждений из офиса ещё не было.</translation>
    </message>
    <message>
        <source>The office is missing bundle(s) number %1: write them to a folder again.</source>
        <translation>В офисе нет пакетов синхронизации с номерами %1: запишите их в папку ещё раз.</translation>
    </message>
    <message>
        <source>Changes made since the last bundle will go in the next one.</source>
        <translation>Изменения, сделанные после последнего пакета синхронизации, попадут в следующий.</translation>
    </message>
    <message>
        <source>Last sync through the office&apos;s drop: %1.</source>
        <translation>Последняя синхронизация через пункт обмена: %1.</translation>
    </message>
    <message>
        <source>No sync through the office&apos;s drop yet.</source>
        <translation>Синхронизации через пункт обмена ещё не было.</translation>
    </message>
    <message>
        <source>Where to write the bundles (a USB stick)</source>
        <translation>Куда записать пакеты синхронизации (USB-флешка)</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>Отправлять нечего: нового нет.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записан: %1</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Пакеты синхронизации для загрузки</translation>
    </message>
    <message>
        <source>Bundles (*.cwbundle)</source>
        <translation>Пакеты синхронизации (*.cwbundle)</translation>
    </message>
    <message>
        <source>Folder with bundles to import (a USB stick)</source>
        <translation>Папка с пакетами синхронизации для загрузки (USB-флешка)</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the office&apos;s drop: %n bundle(s).</source>
        <translation>
            <numerusform>Отправлено в пункт обмена офиса: %n пакет синхронизации.</numerusform>
            <numerusform>Отправлено в пункт обмена офиса: %n пакета синхронизации.</numerusform>
            <numerusform>Отправлено в пункт обмена офиса: %n пакетов синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported</source>
        <translation>%1: уже загружен</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: imported: %2 new, %3 changed, %4 conflict(s)</source>
        <translation>%1: загружен: новых — %2, изменённых — %3, конфликтов — %4</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) left this laptop: the office has them.</source>
        <translation>
            <numerusform>%n случай удалён с этого ноутбука: он есть в офисе.</numerusform>
            <numerusform>%n случая удалены с этого ноутбука: они есть в офисе.</numerusform>
            <numerusform>%n случаев удалены с этого ноутбука: они есть в офисе.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle for this workspace was found.</source>
        <translation>Пакетов синхронизации для этого рабочего пространства не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) meant for others were left in place.</source>
        <translation>
            <numerusform>%n пакет синхронизации для других оставлен на месте.</numerusform>
            <numerusform>%n пакета синхронизации для других оставлены на месте.</numerusform>
            <numerusform>%n пакетов синхронизации для других оставлены на месте.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundles could not be handled.</source>
        <translation>Не удалось обработать пакеты синхронизации.</translation>
    </message>
    <message>
        <source>[restricted: need to know]</source>
        <translation>[ограниченный доступ]</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Оставить это</translation>
    </message>
    <message>
        <source>Import the bundles the laptops sent, then send each laptop its return bundle.</source>
        <translation>Загрузите пакеты синхронизации, присланные с ноутбуков, затем отправьте каждому ноутбуку его ответный пакет.</translation>
    </message>
    <message>
        <source>Send what the office has not received yet, and take in what the office sent back.</source>
        <translation>Отправьте то, чего офис ещё не получил, и загрузите то, что офис прислал в ответ.</translation>
    </message>
    <message>
        <source>This laptop has not heard from the office for more than 60 days (or never): sync with the office soon.</source>
        <translation>Этот ноутбук не получал ничего от офиса больше 60 дней (или ещё ни разу): синхронизируйтесь с офисом в ближайшее время.</translation>
    </message>
    <message>
        <source>Write bundles to a folder…</source>
        <translation>Записать пакеты синхронизации в папку…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Загрузить пакеты синхронизации…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Загрузить папку…</translation>
    </message>
    <message>
        <source>Sync with the office&apos;s drop now</source>
        <translation>Синхронизировать с пунктом обмена сейчас</translation>
    </message>
    <message>
        <source>Take in from the drop now</source>
        <translation>Загрузить из пункта обмена сейчас</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Conflicts: two edits of the same field made without seeing each other. Keep one.</source>
        <translation>Конфликты: два изменения одного поля, сделанные независимо друг от друга. Оставьте одно.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>Assign to…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <source>Ask for a transfer…</source>
        <translation>Запросить перевод…</translation>
    </message>
    <message>
        <source>Approve the transfer…</source>
        <translation>Одобрить перевод…</translation>
    </message>
    <message>
        <source>Decline the transfer</source>
        <translation>Отклонить перевод</translation>
    </message>
    <message>
        <source>Accept the transfer</source>
        <translation>Принять случай</translation>
    </message>
    <message>
        <source>Transfer to %1 asked for on %2; waiting for a supervisor&apos;s decision.</source>
        <translation>Перевод в район %1 запрошен %2; ожидает решения супервизора.</translation>
    </message>
    <message>
        <source>Transfer to %1 approved for %2; waiting for their acceptance.</source>
        <translation>Перевод в район %1 одобрен, случай принимает %2; ожидается принятие.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Caseworker: unlock</source>
        <translation>Ведение случаев: вход</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>A demo workspace of synthetic children. Accounts: {accounts}. Password: {password}</source>
        <translation>Демонстрационное рабочее пространство с вымышленными детьми. Учётные записи: {accounts}. Пароль: {password}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>Не удалось открыть рабочее пространство.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>Рабочее пространство повреждено</translation>
    </message>
    <message>
        <source>Restore the backup of %1 now</source>
        <translation>Восстановить резервную копию от %1 сейчас</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Резервная копия не восстановлена.</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>Восстановлено: %1</translation>
    </message>
</context>
</TS>
