<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ" sourcelanguage="en_US">
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the transfer</source>
        <translation>Тасдиқ кардани интиқол</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Супоридани парванда</translation>
    </message>
    <message>
        <source>Caseworker who receives the case</source>
        <translation>Корманди иҷтимоие, ки парвандаро қабул мекунад</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>Ask for a transfer</source>
        <translation>Дархости интиқоли парванда</translation>
    </message>
    <message>
        <source>District the case moves to</source>
        <translation>Ноҳияе, ки парванда ба он интиқол дода мешавад</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>Сабаби интиқол</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Answers you had not saved were kept; they are back in place.</source>
        <translation>Ҷавобҳое, ки нигоҳ надошта будед, ҳифз шуданд ва ба ҷои худ баргардонида шуданд.</translation>
    </message>
    <message>
        <source>Some answers need attention: they are marked in red. Nothing was lost.</source>
        <translation>Баъзе ҷавобҳо диққати шуморо талаб мекунанд: онҳо бо ранги сурх ишора шудаанд. Ҳеҷ чиз гум нашуд.</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Ҳамчун сиёҳнавис нигоҳ дошта шуд.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Нигоҳ дошта шуд.</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Ҳамчун сиёҳнавис нигоҳ доштан</translation>
    </message>
    <message>
        <source>Save as complete</source>
        <translation>Ҳамчун ба анҷом расида нигоҳ доштан</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>Synced with the office at %1.</source>
        <translation>Ҳамоҳангсозӣ бо идора соати %1 анҷом ёфт.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) wait for the office&apos;s acknowledgement.</source>
        <translation>
            <numerusform>%n бастаи ҳамоҳангсозӣ тасдиқи идораро интизор аст.</numerusform>
            <numerusform>%n бастаи ҳамоҳангсозӣ тасдиқи идораро интизоранд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in what the laptops sent at %1: %n bundle(s).</source>
        <translation>
            <numerusform>Соати %1 фиристодаҳои ноутбукҳо ворид карда шуд: %n бастаи ҳамоҳангсозӣ.</numerusform>
            <numerusform>Соати %1 фиристодаҳои ноутбукҳо ворид карда шуданд: %n бастаи ҳамоҳангсозӣ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office&apos;s drop cannot be reached; next try at %1.</source>
        <translation>Нуқтаи мубодилаи идора дастрас нест; кӯшиши навбатӣ соати %1.</translation>
    </message>
    <message>
        <source>Sync with the office failed; next try at %1.</source>
        <translation>Ҳамоҳангсозӣ бо идора анҷом наёфт; кӯшиши навбатӣ соати %1.</translation>
    </message>
</context>
<context>
    <name>CaseFieldsForm</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>рр.мм.сссс</translation>
    </message>
    <message>
        <source>if the date is not known</source>
        <translation>агар сана маълум набошад</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(маълум нест)</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <source>Changes you had not saved were kept; they are back in place. Save them or discard them.</source>
        <translation>Тағйироте, ки нигоҳ надошта будед, ҳифз шуданд ва ба ҷои худ баргардонида шуданд. Онҳоро нигоҳ доред ё бекор кунед.</translation>
    </message>
    <message>
        <source>[restricted: need to know]</source>
        <translation>[дастрасии маҳдуд]</translation>
    </message>
    <message>
        <source>Edit the child&apos;s details</source>
        <translation>Тағйир додани маълумоти кӯдак</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Ба нақша гирифтани боздид</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Илова кардани қайд</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Пур кардан</translation>
    </message>
    <message>
        <source>Assessment form</source>
        <translation>Шакли арзёбӣ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Илова кардан</translation>
    </message>
    <message>
        <source>Kind of entry to add</source>
        <translation>Чӣ ба парванда илова шавад</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Парванда</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Бекор кардани тағйирот</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Арзиш</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Марҳила: %1</translation>
    </message>
    <message>
        <source>next: %1 by %2</source>
        <translation>навбатӣ: %1 то %2</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Кӯдак</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мӯҳлатҳо</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Таърих</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ба қайд гирифта шуд</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>тағйир дода шуд</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>дида шуд</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ҳазф карда шуд</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>маълумот дода шуд</translation>
    </message>
    <message>
        <source>access refused</source>
        <translation>дастрасӣ рад карда шуд</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>нобуд карда шуд</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мӯҳлаташ гузаштааст</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Ноҳия</translation>
    </message>
    <message>
        <source>Protection risk</source>
        <translation>Хатар барои кӯдак</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Синну сол</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Марҳила</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Боздиди навбатӣ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мӯҳлат гузашт</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>Surname</source>
        <translation>Насаб</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Номи падар</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Номҳои дигар</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Санаи таваллуд</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Соли таваллуд</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Ноҳия</translation>
    </message>
    <message>
        <source>Protection risk</source>
        <translation>Хатар барои кӯдак</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Тавсифи мухтасар</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Корманди иҷтимоӣ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Нозир</translation>
    </message>
    <message>
        <source>Care arrangement</source>
        <translation>Шакли нигоҳубини кӯдак</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Таҳсил</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Саломатӣ</translation>
    </message>
    <message>
        <source>Disclosure of sexual violence</source>
        <translation>Хабар дар бораи зӯроварии ҷинсӣ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Марҳила</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Васӣ</translation>
    </message>
    <message>
        <source>Enrolled at school</source>
        <translation>Ба мактаб қабул шудааст</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мактаб</translation>
    </message>
    <message>
        <source>Languages the child speaks</source>
        <translation>Забонҳое, ки кӯдак бо онҳо гап мезанад</translation>
    </message>
    <message>
        <source>Initial assessment done on</source>
        <translation>Арзёбии ибтидоӣ гузаронида шуд</translation>
    </message>
    <message>
        <source>Best-interests assessment done on</source>
        <translation>Арзёбии манфиатҳои беҳтарини кӯдак гузаронида шуд</translation>
    </message>
    <message>
        <source>Plan approved on</source>
        <translation>Нақша тасдиқ шуд</translation>
    </message>
    <message>
        <source>Plan last reviewed on</source>
        <translation>Бознигарии охирини нақша</translation>
    </message>
    <message>
        <source>Follow-up visits after closure</source>
        <translation>Боздидҳои пайгирӣ пас аз пӯшидани парванда</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Санаи ба қайд гирифтан</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Санаи пӯшидан</translation>
    </message>
    <message>
        <source>Reason for closure</source>
        <translation>Сабаби пӯшидан</translation>
    </message>
    <message>
        <source>Closure approved by</source>
        <translation>Пӯшиданро тасдиқ кард</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation>Нисбат ба кӯдак</translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation>Аз ҷониби кӣ таъин шудааст</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Санаи қарор</translation>
    </message>
    <message>
        <source>Number of the decision</source>
        <translation>Рақами қарор</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>Санаи хабар додан</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Ба куҷо равон карда шуд</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Оила</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Ҳуҷҷатҳо</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Ризоият</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Арзёбиҳо</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Нақша</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Равонкуниҳо</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Боздидҳо</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Қайдҳо</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Замимаҳо</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Кофтукови хешовандон</translation>
    </message>
    <message>
        <source>Disclosure requests</source>
        <translation>Дархостҳои маълумот</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Интиқоли парванда</translation>
    </message>
    <message>
        <source>female</source>
        <translation>занона</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мардона</translation>
    </message>
    <message>
        <source>high</source>
        <translation>баланд</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>миёна</translation>
    </message>
    <message>
        <source>low</source>
        <translation>паст</translation>
    </message>
    <message>
        <source>open</source>
        <translation>кушода</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>пӯшида</translation>
    </message>
    <message>
        <source>family</source>
        <translation>дар оила</translation>
    </message>
    <message>
        <source>kinship care</source>
        <translation>дар оилаи хешовандон</translation>
    </message>
    <message>
        <source>foster care</source>
        <translation>дар оилаи парастор</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>дар муассиса</translation>
    </message>
    <message>
        <source>independent living</source>
        <translation>мустақилона</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>тоҷикӣ</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русӣ</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>ӯзбекӣ</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>арабӣ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>англисӣ</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>забони дигар</translation>
    </message>
    <message>
        <source>the plan&apos;s goals were met</source>
        <translation>ҳадафҳои нақша иҷро шуданд</translation>
    </message>
    <message>
        <source>turned 18</source>
        <translation>ба синни 18 расид</translation>
    </message>
    <message>
        <source>could not be reached</source>
        <translation>дастрас набуд</translation>
    </message>
    <message>
        <source>moved abroad</source>
        <translation>ба хориҷа кӯчид</translation>
    </message>
    <message>
        <source>the family declined services</source>
        <translation>оила аз хизматрасониҳо даст кашид</translation>
    </message>
    <message>
        <source>died</source>
        <translation>кӯдак вафот кард</translation>
    </message>
    <message>
        <source>a duplicate of another case</source>
        <translation>такрори парвандаи дигар</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>падар ё модар</translation>
    </message>
    <message>
        <source>the district administration</source>
        <translation>мақомоти иҷроияи ноҳия</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>суд</translation>
    </message>
    <message>
        <source>other</source>
        <translation>дигар</translation>
    </message>
    <message>
        <source>initial assessment</source>
        <translation>арзёбии ибтидоӣ</translation>
    </message>
    <message>
        <source>best-interests assessment</source>
        <translation>арзёбии манфиатҳои беҳтарини кӯдак</translation>
    </message>
    <message>
        <source>case plan</source>
        <translation>нақшаи парванда</translation>
    </message>
    <message>
        <source>implementing the plan</source>
        <translation>иҷрои нақша</translation>
    </message>
    <message>
        <source>follow-up after closure</source>
        <translation>пайгирӣ пас аз пӯшидани парванда</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Арзёбии ибтидоӣ</translation>
    </message>
    <message>
        <source>Best-interests assessment</source>
        <translation>Арзёбии манфиатҳои беҳтарини кӯдак</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Нақшаи парванда</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Бознигарии нақша</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Боздид</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Ҳадафи нақша</translation>
    </message>
    <message>
        <source>Referral follow-up</source>
        <translation>Пайгирии равонкунӣ</translation>
    </message>
    <message>
        <source>Follow-up after closure</source>
        <translation>Пайгирӣ пас аз пӯшидани парванда</translation>
    </message>
    <message>
        <source>Review before 18</source>
        <translation>Бознигарӣ пеш аз 18-солагӣ</translation>
    </message>
    <message>
        <source>Passport at 16</source>
        <translation>Шиноснома дар 16-солагӣ</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Санҷиши мӯҳлати нигоҳдорӣ</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>overdue</source>
        <translation>мӯҳлаташ гузаштааст</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мӯҳлат</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Чӣ бояд кард</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Кӯдак</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>%1: change</source>
        <translation>%1: тағйир додан</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>рр.мм.сссс</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Хатогӣ рух дод</translation>
    </message>
    <message>
        <source>Something went wrong in the program. What you were typing has been kept, and you can go on working.</source>
        <translation>Дар барнома хатогӣ рух дод. Он чи шумо менавиштед, ҳифз шудааст ва шумо метавонед корро идома диҳед.</translation>
    </message>
    <message>
        <source>If it happens again, give this file to your administrator (it holds no information about any child): %1</source>
        <translation>Агар ин боз такрор шавад, ин файлро ба маъмури худ диҳед (дар он ҳеҷ маълумоте дар бораи ягон кӯдак нест): %1</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Идома додан</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Ду рамз якхела нестанд. Онҳоро аз нав ворид кунед.</translation>
    </message>
    <message>
        <source>Write the office&apos;s name.</source>
        <translation>Номи идораро нависед.</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Фазои кории рамзгузоришуда сохта мешавад…</translation>
    </message>
    <message>
        <source>The workspace could not be created.</source>
        <translation>Фазои кориро сохтан нашуд.</translation>
    </message>
    <message>
        <source>Caseworker: first start</source>
        <translation>Пешбурди парвандаҳо: оғози нахустин</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Забон</translation>
    </message>
    <message>
        <source>There is no workspace on this computer yet. What is this computer for?</source>
        <translation>Дар ин компютер ҳоло фазои корӣ нест. Ин компютер барои чӣ истифода мешавад?</translation>
    </message>
    <message>
        <source>Set up this laptop for a caseworker</source>
        <translation>Омода кардани ин ноутбук барои корманди иҷтимоӣ</translation>
    </message>
    <message>
        <source>Create the central office&apos;s workspace</source>
        <translation>Сохтани фазои кории идораи марказӣ</translation>
    </message>
    <message>
        <source>Open the demo (synthetic children only)</source>
        <translation>Кушодани фазои кории намоишӣ (танҳо бо кӯдакони тахайюлӣ)</translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation>&amp;Номи идора</translation>
    </message>
    <message>
        <source>&amp;Your account name</source>
        <translation>Номи &amp;ҳисоби шумо</translation>
    </message>
    <message>
        <source>&amp;Password (at least %1 characters)</source>
        <translation>&amp;Рамз (на камтар аз %1 аломат)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Такрори рамз</translation>
    </message>
    <message>
        <source>The office&apos;s workspace holds every district&apos;s cases. You will be its administrator; add the supervisors&apos; and caseworkers&apos; accounts next.</source>
        <translation>Фазои кории идора парвандаҳои ҳамаи ноҳияҳоро нигоҳ медорад. Шумо маъмури он мешавед; баъд аз ин ҳисобҳои нозирон ва кормандони иҷтимоиро илова кунед.</translation>
    </message>
    <message>
        <source>This laptop&apos;s workspace is encrypted with your password. Enrolment with the office comes later, when the office sends its invitation.</source>
        <translation>Фазои кории ин ноутбук бо рамзи шумо рамзгузорӣ мешавад. Пайвастшавӣ ба идора баъдтар сурат мегирад, вақте ки идора даъватномаи худро мефиристад.</translation>
    </message>
    <message>
        <source>The workspace will be kept in %1</source>
        <translation>Фазои корӣ дар ҷузвдони %1 нигоҳ дошта мешавад</translation>
    </message>
    <message>
        <source>Create the workspace</source>
        <translation>Сохтани фазои корӣ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Бозгашт</translation>
    </message>
    <message>
        <source>This program was prepared by %1. Compare this fingerprint with the one printed on the handover sheet from the office, every group of four:</source>
        <translation>Ин барномаро идораи «%1» омода кардааст. Ин изи калидро бо изе, ки дар варақаи супориши идора чоп шудааст, ҳар гурӯҳи чор аломатро, муқоиса кунед:</translation>
    </message>
    <message>
        <source>They are the same: set up this laptop</source>
        <translation>Онҳо якхелаанд: ин ноутбукро танзим кардан</translation>
    </message>
    <message>
        <source>They differ</source>
        <translation>Онҳо фарқ мекунанд</translation>
    </message>
    <message>
        <source>The set-up stopped: this program may not be the office&apos;s. Do not use it; tell the office and ask for the program again.</source>
        <translation>Танзим бас шуд: шояд ин барномаи идора набошад. Онро истифода набаред; ба идора хабар диҳед ва барномаро аз нав пурсед.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(ҷавоб дода нашудааст)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>рр.мм.сссс</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Боз як қайд илова кардан</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Ҳазф кардани ин қайд</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Қайди %1</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, for example 21.03.2025.</source>
        <translation>Санаро дар шакли рр.мм.сссс нависед, масалан 21.03.2025.</translation>
    </message>
    <message>
        <source>Write a whole number.</source>
        <translation>Адади бутун нависед.</translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation>Адад нависед.</translation>
    </message>
    <message>
        <source>Answered %1 of %2 questions.</source>
        <translation>Ба %1 аз %2 савол ҷавоб дода шудааст.</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still without an answer.</source>
        <translation>
            <numerusform>%n саволи ҳатмӣ ҳанӯз бе ҷавоб аст.</numerusform>
            <numerusform>%n саволи ҳатмӣ ҳанӯз бе ҷавоб аст.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores and flags appear when the answers are complete.</source>
        <translation>Нишондиҳандаҳо ва огоҳиҳо пас аз пур шудани ҳамаи ҷавобҳо пайдо мешаванд.</translation>
    </message>
    <message>
        <source>suggests a referral</source>
        <translation>равонкуниро пешниҳод мекунад</translation>
    </message>
    <message>
        <source>suggests reviewing the protection risk</source>
        <translation>бознигарии хатар барои кӯдакро пешниҳод мекунад</translation>
    </message>
    <message>
        <source>No flags raised.</source>
        <translation>Огоҳӣ нест.</translation>
    </message>
</context>
<context>
    <name>ItemWords</name>
    <message>
        <source>Relation to the child</source>
        <translation>Нисбат ба кӯдак</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Насаб</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Номи падар</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Соли таваллуд</translation>
    </message>
    <message>
        <source>Returned to the country</source>
        <translation>Ба кишвар баргаштааст</translation>
    </message>
    <message>
        <source>Lives with the child</source>
        <translation>Бо кӯдак зиндагӣ мекунад</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Нигоҳубинкунанда</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>Парвандаи алоқаманд</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ҷойгиркунӣ</translation>
    </message>
    <message>
        <source>District of placement</source>
        <translation>Ноҳияи ҷойгиркунӣ</translation>
    </message>
    <message>
        <source>Where the person is now</source>
        <translation>Шахс ҳоло дар куҷост</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Ҷои ҳабс</translation>
    </message>
    <message>
        <source>Expected release</source>
        <translation>Санаи тахминии озодшавӣ</translation>
    </message>
    <message>
        <source>Contact plan</source>
        <translation>Нақшаи робита бо кӯдак</translation>
    </message>
    <message>
        <source>Person sought</source>
        <translation>Шахси ҷустуҷӯшаванда</translation>
    </message>
    <message>
        <source>Request sent to</source>
        <translation>Дархост ба кӣ фиристода шуд</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Санаи фиристодан</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ҷавоб</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Санаи ҷавоб</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Ҳуҷҷат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Санаи дархост</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Санаи додан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Эътибор дорад то</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Рақам</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Мақоме, ки додааст</translation>
    </message>
    <message>
        <source>Name as registered</source>
        <translation>Ном тибқи бақайдгирӣ</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation>Номе, ки истифода мешавад</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Қайдҳо</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсад</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Гиранда</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Санаи додан</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кӣ додааст</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Асоси ҳуқуқӣ</translation>
    </message>
    <message>
        <source>The child&apos;s view</source>
        <translation>Назари кӯдак</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Санаи бозпас гирифтан</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Сабаби бозпас гирифтан</translation>
    </message>
    <message>
        <source>Emergency override</source>
        <translation>Иҷозати фавқулодда</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Сабаби иҷозати фавқулодда</translation>
    </message>
    <message>
        <source>Supervisor who allowed the override</source>
        <translation>Нозире, ки иҷозати фавқулоддаро додааст</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Соҳа</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ҳадаф</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Амалҳо</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Масъул</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Мӯҳлати иҷро</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Хизматрасонӣ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Хизматрасон</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Санаи равонкунӣ</translation>
    </message>
    <message>
        <source>Feedback from the provider</source>
        <translation>Ҷавоби хизматрасон</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Натиҷа</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Санаи ба нақша гирифташуда</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Санаи гузаронидан</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Санаи пайгирӣ</translation>
    </message>
    <message>
        <source>Someone was at home</source>
        <translation>Касе дар хона буд</translation>
    </message>
    <message>
        <source>The child was seen</source>
        <translation>Кӯдакро диданд</translation>
    </message>
    <message>
        <source>The child was seen alone</source>
        <translation>Кӯдакро ба танҳоӣ диданд</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Бехатарӣ</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Санаи навиштан</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Матн</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Номи файл</translation>
    </message>
    <message>
        <source>Type of file</source>
        <translation>Навъи файл</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Ҳаҷм (байт)</translation>
    </message>
    <message>
        <source>Fingerprint of the file</source>
        <translation>Изи рақамии файл</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Акс</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Тавсиф</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Қарор</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кӣ қарор қабул кардааст</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Санаи қабули қарор</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Кадом маълумот дода шуд</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Шакл</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Версияи шакл</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ҷавобҳо</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Нишондиҳандаҳо</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Огоҳиҳо</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Санаи ба анҷом расидан</translation>
    </message>
    <message>
        <source>District the case moves to</source>
        <translation>Ноҳияе, ки парванда ба он интиқол дода мешавад</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>Сабаби интиқол</translation>
    </message>
    <message>
        <source>Caseworker who asked</source>
        <translation>Корманди иҷтимоие, ки интиқолро дархост кардааст</translation>
    </message>
    <message>
        <source>Caseworker who receives the case</source>
        <translation>Корманди иҷтимоие, ки парвандаро қабул мекунад</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Санаи қабул</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>модар</translation>
    </message>
    <message>
        <source>father</source>
        <translation>падар</translation>
    </message>
    <message>
        <source>brother or sister</source>
        <translation>бародар ё хоҳар</translation>
    </message>
    <message>
        <source>half-brother or half-sister</source>
        <translation>бародар ё хоҳари ӯгай</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>бибӣ</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>бобо</translation>
    </message>
    <message>
        <source>aunt</source>
        <translation>амма ё хола</translation>
    </message>
    <message>
        <source>uncle</source>
        <translation>амак ё тағо</translation>
    </message>
    <message>
        <source>stepmother or stepfather</source>
        <translation>модар ё падари ӯгай</translation>
    </message>
    <message>
        <source>other</source>
        <translation>дигар</translation>
    </message>
    <message>
        <source>female</source>
        <translation>занона</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мардона</translation>
    </message>
    <message>
        <source>kinship care</source>
        <translation>дар оилаи хешовандон</translation>
    </message>
    <message>
        <source>foster care</source>
        <translation>дар оилаи парастор</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>дар муассиса</translation>
    </message>
    <message>
        <source>independent living</source>
        <translation>мустақилона</translation>
    </message>
    <message>
        <source>in the household</source>
        <translation>дар хонавода</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>дар ҳабс</translation>
    </message>
    <message>
        <source>released</source>
        <translation>озод шудааст</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>вафот кардааст</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>гумшуда</translation>
    </message>
    <message>
        <source>in a camp abroad</source>
        <translation>дар урдугоҳе дар хориҷи кишвар</translation>
    </message>
    <message>
        <source>birth registration</source>
        <translation>бақайдгирии таваллуд</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>шаҳрвандӣ</translation>
    </message>
    <message>
        <source>record of the name</source>
        <translation>ҳуҷҷат дар бораи ном</translation>
    </message>
    <message>
        <source>guardianship decision</source>
        <translation>қарор дар бораи васоят</translation>
    </message>
    <message>
        <source>death certificate</source>
        <translation>шаҳодатномаи фавт</translation>
    </message>
    <message>
        <source>court declaration of death</source>
        <translation>қарори суд дар бораи фавтида эълон кардан</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>шиноснома</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>дархост карда шудааст</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>дар ҷараён</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>дода шудааст</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>рад карда шудааст</translation>
    </message>
    <message>
        <source>collecting the child&apos;s data</source>
        <translation>ҷамъоварии маълумот дар бораи кӯдак</translation>
    </message>
    <message>
        <source>sharing with an agency</source>
        <translation>додани маълумот ба ташкилоти дигар</translation>
    </message>
    <message>
        <source>photographs</source>
        <translation>аксбардорӣ</translation>
    </message>
    <message>
        <source>referral to a service</source>
        <translation>равонкунӣ ба хизматрасонӣ</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>падар ё модар</translation>
    </message>
    <message>
        <source>appointed guardian</source>
        <translation>васии таъиншуда</translation>
    </message>
    <message>
        <source>court</source>
        <translation>суд</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>худи кӯдак</translation>
    </message>
    <message>
        <source>not asked (young child)</source>
        <translation>пурсида нашуд (кӯдаки хурдсол)</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>розӣ шуд</translation>
    </message>
    <message>
        <source>did not agree</source>
        <translation>розӣ нашуд</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>ризоият дод</translation>
    </message>
    <message>
        <source>did not consent</source>
        <translation>ризоият надод</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>бехатарӣ</translation>
    </message>
    <message>
        <source>family</source>
        <translation>оила</translation>
    </message>
    <message>
        <source>health</source>
        <translation>саломатӣ</translation>
    </message>
    <message>
        <source>psychosocial support</source>
        <translation>дастгирии равонӣ-иҷтимоӣ</translation>
    </message>
    <message>
        <source>education</source>
        <translation>таҳсил</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>ҳуҷҷатҳо</translation>
    </message>
    <message>
        <source>livelihood</source>
        <translation>воситаҳои рӯзгузаронӣ</translation>
    </message>
    <message>
        <source>legal matters</source>
        <translation>масъалаҳои ҳуқуқӣ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>кушода</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>ба даст омадааст</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>қатъ карда шудааст</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>ба нақша гирифта шудааст</translation>
    </message>
    <message>
        <source>made</source>
        <translation>равон карда шудааст</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабул карда шудааст</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>анҷом ёфтааст</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>қабул карда нашудааст</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>бекор карда шудааст</translation>
    </message>
    <message>
        <source>no concern</source>
        <translation>ҷои ташвиш нест</translation>
    </message>
    <message>
        <source>a concern</source>
        <translation>ҷои ташвиш ҳаст</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>таъҷилӣ</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>дар интизори қарор</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>тасдиқ карда шудааст</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>сиёҳнавис</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>ба анҷом расидааст</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Узви оила</translation>
    </message>
    <message>
        <source>Family tracing request</source>
        <translation>Дархости кофтукови хешовандон</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Ризоият</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Ҳадафи нақша</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Равонкунӣ</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Боздид</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Қайд</translation>
    </message>
    <message>
        <source>Disclosure request</source>
        <translation>Дархости маълумот</translation>
    </message>
    <message>
        <source>not yet obtained</source>
        <translation>ҳанӯз гирифта нашудааст</translation>
    </message>
    <message>
        <source>with the family</source>
        <translation>дар оила</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ҳа</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Тағйироти нигоҳ дошта нашуда</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>Дар «%1» тағйироте ҳаст, ки нигоҳ дошта нашудааст.</translation>
    </message>
    <message>
        <source>Save them now, discard them, or go back to them?</source>
        <translation>Онҳоро ҳозир нигоҳ медоред, нигоҳ намедоред ё ба онҳо бармегардед?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Нигоҳ надоштан</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Бозгашт</translation>
    </message>
    <message>
        <source>Making an encrypted backup…</source>
        <translation>Нусхаи эҳтиётии рамзгузоришуда сохта мешавад…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Нусхаи эҳтиётӣ сохта шуд: %1</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>Нусхаи эҳтиётӣ сохта нашуд.</translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>Ҳамоҳангсозӣ бо идора</translation>
    </message>
    <message>
        <source>Sync with the laptops</source>
        <translation>Ҳамоҳангсозӣ бо ноутбукҳо</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Пешбурди парвандаҳо</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Мӯҳлатҳо ва мӯҳлатгузаштаҳо</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Парвандаҳо</translation>
    </message>
    <message>
        <source>Find a child by any spelling of a name</source>
        <translation>Кӯдакро бо ҳар гуна навишти ном ёбед</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Парвандаҳои кушода</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Парвандаҳои пӯшида</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Ҳамаи парвандаҳо</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Кадом парвандаҳо нишон дода шаванд</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>Танҳо аз они ман</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Танҳо мӯҳлатгузашта</translation>
    </message>
    <message>
        <source>High risk only</source>
        <translation>Танҳо бо хатари баланд</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ҷустуҷӯ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Забон</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Фазои корӣ</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Ҳозир &amp;нусхаи эҳтиётӣ сохтан</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Ҳамоҳангсозӣ…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Парванда</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Парвандаи нав…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Нигоҳ доштан</translation>
    </message>
    <message>
        <source>&amp;Close this tab</source>
        <translation>Пӯшидани ин &amp;варақа</translation>
    </message>
    <message>
        <source>&amp;Find a child</source>
        <translation>&amp;Ҷустуҷӯи кӯдак</translation>
    </message>
    <message>
        <source>This account administers the workspace: accounts, forms, settings and backups. It sees no child&apos;s case. Supervisors and caseworkers sign in with their own accounts.</source>
        <translation>Ин ҳисоб фазои кориро идора мекунад: ҳисобҳо, шаклҳо, танзимот ва нусхаҳои эҳтиётӣ. Парвандаи ягон кӯдак ба он намоён нест. Нозирон ва кормандони иҷтимоӣ бо ҳисобҳои худ ворид мешаванд.</translation>
    </message>
    <message>
        <source>Locked after a quiet spell. Enter your password to go on.</source>
        <translation>Барнома пас аз муддате бекорӣ қулф шуд. Барои идома рамзи худро ворид кунед.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>see case files</source>
        <translation>дидани парвандаҳо</translation>
    </message>
    <message>
        <source>register cases</source>
        <translation>ба қайд гирифтани парвандаҳо</translation>
    </message>
    <message>
        <source>change this case</source>
        <translation>тағйир додани ин парванда</translation>
    </message>
    <message>
        <source>delete this case</source>
        <translation>ҳазф кардани ин парванда</translation>
    </message>
    <message>
        <source>assign cases to other caseworkers</source>
        <translation>супоридани парвандаҳо ба дигар кормандони иҷтимоӣ</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>илова кардани ҳисобҳо</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>ғайрифаъол кардани ҳисобҳо</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>барқарор кардани маълумот аз нусхаҳои эҳтиётӣ</translation>
    </message>
    <message>
        <source>rotate the workspace key</source>
        <translation>иваз кардани калиди фазои корӣ</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>санҷидани дафтари аудит</translation>
    </message>
    <message>
        <source>change the list of districts</source>
        <translation>тағйир додани рӯйхати ноҳияҳо</translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>тағйир додани танзимоти идора</translation>
    </message>
    <message>
        <source>purge cases</source>
        <translation>нобуд кардани маълумоти парвандаҳо</translation>
    </message>
    <message>
        <source>act without the consent it needs</source>
        <translation>амал кардан бе ризоияти зарурӣ</translation>
    </message>
    <message>
        <source>see what is due</source>
        <translation>дидани мӯҳлатҳои парвандаҳо</translation>
    </message>
    <message>
        <source>install forms</source>
        <translation>насб кардани шаклҳо</translation>
    </message>
    <message>
        <source>enrol devices</source>
        <translation>пайваст кардани дастгоҳҳо</translation>
    </message>
    <message>
        <source>revoke devices</source>
        <translation>бозхонди дастгоҳҳо</translation>
    </message>
    <message>
        <source>reopen a laptop&apos;s workspace for the office</source>
        <translation>барои идора кушодани фазои кории ноутбук</translation>
    </message>
    <message>
        <source>send bundles</source>
        <translation>фиристодани бастаҳои ҳамоҳангсозӣ</translation>
    </message>
    <message>
        <source>import bundles</source>
        <translation>ворид кардани бастаҳои ҳамоҳангсозӣ</translation>
    </message>
    <message>
        <source>see conflicts</source>
        <translation>дидани ихтилофҳо</translation>
    </message>
    <message>
        <source>resolve this conflict</source>
        <translation>ҳал кардани ин ихтилоф</translation>
    </message>
    <message>
        <source>decide transfers between districts</source>
        <translation>қабули қарор дар бораи интиқоли парвандаҳо байни ноҳияҳо</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>пур кардани он ҳатмист.</translation>
    </message>
    <message>
        <source>is not a field of a case.</source>
        <translation>дар парванда чунин майдон нест.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>набояд холӣ бошад.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>арзиш аз ҳад дароз аст.</translation>
    </message>
    <message>
        <source>has too many entries.</source>
        <translation>шумораи арзишҳо аз ҳад зиёд аст.</translation>
    </message>
    <message>
        <source>is not one of the allowed values.</source>
        <translation>арзиш аз ҷумлаи арзишҳои иҷозатдодашуда нест.</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD.</source>
        <translation>бояд сана дар шакли СССС-ММ-РР (сол-моҳ-рӯз) бошад.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>бояд адади бутун бошад.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>бояд матн бошад.</translation>
    </message>
    <message>
        <source>must be a list of names.</source>
        <translation>бояд рӯйхати номҳо бошад.</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>бояд объекти JSON бошад.</translation>
    </message>
    <message>
        <source>give a birth date or an estimated birth year.</source>
        <translation>санаи таваллуд ё соли тахминии таваллудро нишон диҳед.</translation>
    </message>
    <message>
        <source>the birth date is in the future or before 1990.</source>
        <translation>санаи таваллуд дар оянда ё пеш аз соли 1990 аст.</translation>
    </message>
    <message>
        <source>the birth year differs from the birth date&apos;s year.</source>
        <translation>соли таваллуд бо соли санаи таваллуд мувофиқат намекунад.</translation>
    </message>
    <message>
        <source>the birth year is in the future or before 1990.</source>
        <translation>соли таваллуд дар оянда ё пеш аз соли 1990 аст.</translation>
    </message>
    <message>
        <source>a date of a step is in the future.</source>
        <translation>санаи яке аз марҳилаҳо дар оянда аст.</translation>
    </message>
    <message>
        <source>a consent to share or to refer names its recipient.</source>
        <translation>дар ризоият барои додани маълумот ё равонкунӣ бояд гиранда нишон дода шавад.</translation>
    </message>
    <message>
        <source>a consent says who gave it and on what legal basis.</source>
        <translation>дар ризоият бояд нишон дода шавад, ки онро кӣ ва бо кадом асоси ҳуқуқӣ додааст.</translation>
    </message>
    <message>
        <source>an emergency override needs a reason and a supervisor&apos;s name.</source>
        <translation>барои иҷозати фавқулодда бояд сабаб ва номи нозир нишон дода шавад.</translation>
    </message>
    <message>
        <source>a consent cannot be withdrawn before it was given.</source>
        <translation>ризоиятро пеш аз додани он бозпас гирифтан мумкин нест.</translation>
    </message>
    <message>
        <source>a visit needs a planned date or the date it was made.</source>
        <translation>барои боздид санаи ба нақша гирифташуда ё санаи гузаронидани он бояд нишон дода шавад.</translation>
    </message>
    <message>
        <source>a decision needs who decided and when.</source>
        <translation>дар қарор бояд нишон дода шавад, ки онро кӣ ва кай қабул кардааст.</translation>
    </message>
    <message>
        <source>the age for assent must not be above the age for consent.</source>
        <translation>синну сол барои розигии кӯдак набояд аз синну сол барои ризоияти худи ӯ зиёд бошад.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>бояд true ё false бошад.</translation>
    </message>
    <message>
        <source>has too few entries.</source>
        <translation>шумораи арзишҳо аз ҳад кам аст.</translation>
    </message>
    <message>
        <source>is out of the allowed range.</source>
        <translation>арзиш берун аз доираи иҷозатдодашуда аст.</translation>
    </message>
    <message>
        <source>is not written in the expected form.</source>
        <translation>арзиш дар шакли пешбинишуда навишта нашудааст.</translation>
    </message>
    <message>
        <source>no file with this content is in the workspace; attach the file itself.</source>
        <translation>дар фазои корӣ файли бо чунин мундариҷа нест; худи файлро ҳамчун замима илова кунед.</translation>
    </message>
    <message>
        <source>a transfer is asked for, decided and accepted step by step, never written in directly.</source>
        <translation>интиқол қадам ба қадам дархост, ҳал ва қабул карда мешавад, онро мустақиман навиштан мумкин нест.</translation>
    </message>
    <message>
        <source>is not valid.</source>
        <translation>нодуруст аст.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Хатогӣ рух дод.</translation>
    </message>
    <message>
        <source>No workspace was found in {path}.</source>
        <translation>Дар ҷузвдони {path} фазои корӣ ёфт нашуд.</translation>
    </message>
    <message>
        <source>{path} already holds a workspace or other files; choose an empty folder.</source>
        <translation>Дар ҷузвдони {path} аллакай фазои корӣ ё файлҳои дигар ҳаст; ҷузвдони холиро интихоб кунед.</translation>
    </message>
    <message>
        <source>The workspace in {path} cannot be read.</source>
        <translation>Фазои кориро дар ҷузвдони {path} хондан ғайриимкон аст.</translation>
    </message>
    <message>
        <source>The workspace was locked or closed; unlock it again.</source>
        <translation>Фазои корӣ қулф ё пӯшида шуд; онро боз кушоед.</translation>
    </message>
    <message>
        <source>Another program on this computer is changing the keys file in {path}; try again in a minute.</source>
        <translation>Барномаи дигар дар ин компютер файли калидҳоро дар ҷузвдони {path} тағйир медиҳад; пас аз як дақиқа боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The keys file of the workspace in {path} is damaged; restore the folder from a copy.</source>
        <translation>Файли калидҳои фазои корӣ дар ҷузвдони {path} вайрон шудааст; ҷузвдонро аз нусха барқарор кунед.</translation>
    </message>
    <message>
        <source>The database in {path} does not open with this workspace&apos;s key.</source>
        <translation>Пойгоҳи додаҳо дар ҷузвдони {path} бо калиди ин фазои корӣ кушода намешавад.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of the program (schema {version}); install that version.</source>
        <translation>Ин фазои корӣ бо версияи навтари барнома сохта шудааст (нақшаи {version}); ҳамон версияро насб кунед.</translation>
    </message>
    <message>
        <source>The account {name} has a password but no entry in the database; was an older backup restored?</source>
        <translation>Ҳисоби {name} рамз дорад, вале дар пойгоҳи додаҳо сабт надорад; шояд нусхаи эҳтиётии кӯҳнатар барқарор карда шуда бошад?</translation>
    </message>
    <message>
        <source>This installation&apos;s database encryption is not SQLCipher 4 (found: {version}); reinstall the program before opening any case data.</source>
        <translation>Рамзгузории пойгоҳи додаҳо дар ин насб SQLCipher 4 нест (ёфт шуд: {version}); пеш аз кушодани маълумоти парвандаҳо барномаро аз нав насб кунед.</translation>
    </message>
    <message>
        <source>This installation&apos;s database engine may write temporary files to disk; reinstall the program before opening any case data.</source>
        <translation>Дар ин насб пойгоҳи додаҳо метавонад файлҳои муваққатиро ба диск нависад; пеш аз кушодани маълумоти парвандаҳо барномаро аз нав насб кунед.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Номи корбар ё рамз нодуруст аст.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation>Рамз чанд бор нодуруст ворид карда шуд: баъд аз {seconds} сония боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>Рамз бояд на камтар аз {minimum} аломат дошта бошад.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Рамз наметавонад танҳо аз фосилаҳо иборат бошад.</translation>
    </message>
    <message>
        <source>An account named {name} already exists.</source>
        <translation>Ҳисоб бо номи {name} аллакай вуҷуд дорад.</translation>
    </message>
    <message>
        <source>No account named {name}.</source>
        <translation>Ҳисоби {name} вуҷуд надорад.</translation>
    </message>
    <message>
        <source>You cannot disable the account you are using.</source>
        <translation>Ҳисоберо, ки бо он кор мекунед, ғайрифаъол кардан мумкин нест.</translation>
    </message>
    <message>
        <source>An account name is 1 to 64 Latin letters, digits, dots, hyphens or underscores.</source>
        <translation>Номи ҳисоб аз 1 то 64 ҳарфи лотинӣ, рақам, нуқта, дефис ё хати зерин иборат аст.</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>Файли {path}-ро хондан ғайриимкон аст.</translation>
    </message>
    <message>
        <source>{path} cannot be written; nothing was saved.</source>
        <translation>{path}-ро сабт кардан мумкин нест; ҳеҷ чиз нигоҳ дошта нашуд.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: the error is at line {line}, column {column}.</source>
        <translation>Файли {path} JSON-и дуруст нест: хато дар сатри {line}, сутуни {column}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>Файли {path} дар рамзгузории UTF-8 нест; онро дар UTF-8 нигоҳ доред ва бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>{path} is not read: {problem}. Nothing was changed.</source>
        <translation>Файли {path} хонда нашуд: {problem}. Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>{path} must hold one JSON object.</source>
        <translation>Файли {path} бояд як объекти JSON дошта бошад.</translation>
    </message>
    <message>
        <source>The audit log of device {device_id}, as its bundles brought it, is broken or incomplete at entry {seq}.</source>
        <translation>Дафтари аудити дастгоҳи {device_id}, ки бо бастаҳои ҳамоҳангсозии он омадааст, дар қайди {seq} вайрон ё нопурра аст.</translation>
    </message>
    <message>
        <source>These accounts have not signed in since this version of the program was installed, so the new key cannot be given to them: {names}. Ask each to sign in once, or disable the account; then rotate the key. Nothing was changed.</source>
        <translation>Ин ҳисобҳо аз вақти насби ин версияи барнома ворид нашудаанд, бинобар ин калиди навро ба онҳо додан мумкин нест: {names}. Аз ҳар кадом хоҳиш кунед, ки як бор ворид шавад, ё ҳисобро ғайрифаъол кунед; баъд калидро иваз кунед. Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>{path} leads out of the workspace (it is a link to another place); no backup was made there. Remove the link: backups stay inside the workspace.</source>
        <translation>{path} ба берун аз фазои корӣ мебарад (ин пайванд ба ҷои дигар аст); нусхаи эҳтиётӣ дар он ҷо сохта нашуд. Пайвандро нест кунед: нусхаҳои эҳтиётӣ танҳо дар дохили фазои корӣ нигоҳ дошта мешаванд.</translation>
    </message>
    <message>
        <source>CASEWORKER_KDF_PROFILE is set: that weak key profile is for the developers&apos; tests only, and this installed program refuses it. Remove the setting and start again.</source>
        <translation>Танзими CASEWORKER_KDF_PROFILE муқаррар шудааст: ин тарзи заифи сохтани калидҳо танҳо барои санҷишҳои барномасозон аст ва барномаи насбшуда онро қабул намекунад. Ин танзимро нест кунед ва барномаро аз нав оғоз кунед.</translation>
    </message>
    <message>
        <source>No valid consent for {purpose} ({recipient}): record the consent first, or an emergency override with a reason and a supervisor&apos;s name.</source>
        <translation>Барои {purpose} ({recipient}) ризоияти эътибордор нест: аввал ризоиятро сабт кунед ё иҷозати фавқулоддаро бо нишон додани сабаб ва номи нозир сабт кунед.</translation>
    </message>
    <message>
        <source>The child is {age}: record the child&apos;s own {view} (given or refused) with this consent.</source>
        <translation>Синну соли кӯдак {age} аст: ҳамроҳи ин ризоият ҷавоби худи кӯдакро ({view} ё радди он) сабт кунед.</translation>
    </message>
    <message>
        <source>Only the assigned caseworker and the case&apos;s supervisor may see or change {field}.</source>
        <translation>Майдони {field}-ро танҳо корманди иҷтимоие, ки парванда ба ӯ супорида шудааст, ва нозири ин парванда дида ё тағйир дода метавонанд.</translation>
    </message>
    <message>
        <source>{name} is not a supervisor&apos;s account.</source>
        <translation>Ҳисоби {name} ба нозир тааллуқ надорад.</translation>
    </message>
    <message>
        <source>No entry {item_id} in a case that you may see.</source>
        <translation>Қайди {item_id} ёфт нашуд ё барои шумо дастрас нест.</translation>
    </message>
    <message>
        <source>Case {case_id} is closed; reopen it first.</source>
        <translation>Парвандаи {case_id} пӯшида аст; аввал онро аз нав кушоед.</translation>
    </message>
    <message>
        <source>Case {case_id} is not closed.</source>
        <translation>Парвандаи {case_id} пӯшида нест.</translation>
    </message>
    <message>
        <source>The site file {path} that came with this program does not verify ({code}). Do not set up this laptop with it: tell the office.</source>
        <translation>Файли танзимоти идора {path}, ки бо барнома омадааст, аз санҷиш нагузашт ({code}). Ин ноутбукро бо он танзим накунед: ба идора хабар диҳед.</translation>
    </message>
    <message>
        <source>{path} comes from another office than the one this program was prepared for. Enrolment stopped: tell the office.</source>
        <translation>{path} на аз он идорае омадааст, ки ин барнома барои он омода шудааст. Пайваст кардан бас шуд: ба идора хабар диҳед.</translation>
    </message>
    <message>
        <source>The office&apos;s drop is not set up here: an administrator sets its address and its certificate pin (settings drop-url and drop-pin).</source>
        <translation>Нуқтаи мубодилаи идора дар ин ҷо танзим нашудааст: маъмур суроға ва изи шаҳодатномаи онро муқаррар мекунад (settings drop-url ва drop-pin).</translation>
    </message>
    <message>
        <source>The trust file {path} cannot be used ({code}); write it again with office export-trust.</source>
        <translation>Файли эътимоди {path}-ро истифода бурдан мумкин нест ({code}); онро бо фармони office export-trust аз нав нависед.</translation>
    </message>
    <message>
        <source>There is no folder {path}: give the folder the drop service uses.</source>
        <translation>Ҷузвдони {path} вуҷуд надорад: ҷузвдонеро нишон диҳед, ки нуқтаи мубодила истифода мебарад.</translation>
    </message>
    <message>
        <source>The drop&apos;s address must begin with https:// and name a server.</source>
        <translation>Суроғаи нуқтаи мубодила бояд бо https:// оғоз шуда, серверро номбар кунад.</translation>
    </message>
    <message>
        <source>A certificate pin is the SHA-256 of the drop&apos;s certificate: 64 hexadecimal characters.</source>
        <translation>Изи шаҳодатнома SHA-256-и шаҳодатномаи нуқтаи мубодила аст: 64 аломати шонздаҳӣ.</translation>
    </message>
    <message>
        <source>The office&apos;s drop cannot be reached now ({code}); the bundles wait and go at the next try.</source>
        <translation>Нуқтаи мубодилаи идора ҳоло дастрас нест ({code}); бастаҳои ҳамоҳангсозӣ интизор мешаванд ва дар кӯшиши навбатӣ фиристода мешаванд.</translation>
    </message>
    <message>
        <source>The server at the drop&apos;s address is not the office&apos;s drop: its certificate does not match the pin. Nothing was sent. Tell the office.</source>
        <translation>Сервер дар суроғаи нуқтаи мубодила нуқтаи мубодилаи идора нест: шаҳодатномаи он ба изи муқарраршуда мувофиқ нест. Ҳеҷ чиз фиристода нашуд. Ба идора хабар диҳед.</translation>
    </message>
    <message>
        <source>The office&apos;s drop refused this laptop ({code}). Tell the office.</source>
        <translation>Нуқтаи мубодилаи идора ин ноутбукро рад кард ({code}). Ба идора хабар диҳед.</translation>
    </message>
    <message>
        <source>Case {case_id} already has a transfer waiting for a decision or acceptance.</source>
        <translation>Парвандаи {case_id} аллакай интиқоле дорад, ки дар интизори қарор ё қабул аст.</translation>
    </message>
    <message>
        <source>No transfer of case {case_id} is waiting for a supervisor&apos;s decision.</source>
        <translation>Интиқоли парвандаи {case_id}, ки дар интизори қарори нозир бошад, нест.</translation>
    </message>
    <message>
        <source>No transfer of case {case_id} is waiting for your acceptance.</source>
        <translation>Интиқоли парвандаи {case_id}, ки дар интизори қабули шумо бошад, нест.</translation>
    </message>
    <message>
        <source>Case {case_id} is already in that district.</source>
        <translation>Парвандаи {case_id} аллакай дар ҳамин ноҳия аст.</translation>
    </message>
    <message>
        <source>A case is closed as unreachable after {needed} visits that found no one; {made} are recorded.</source>
        <translation>Парвандаро бо сабаби «алоқа қатъ шудааст» танҳо пас аз боздидҳое пӯшидан мумкин аст, ки дар онҳо касеро наёфтанд: на камтар аз {needed} лозим аст, {made} сабт шудааст.</translation>
    </message>
    <message>
        <source>Case {case_id} may be purged from {date}, {years} years after closure.</source>
        <translation>Маълумоти парвандаи {case_id}-ро аз {date} нобуд кардан мумкин аст: мӯҳлати нигоҳдорӣ баъд аз пӯшидани парванда {years} сол аст.</translation>
    </message>
    <message>
        <source>An attachment may be at most {megabytes} MB.</source>
        <translation>Ҳаҷми замима набояд аз {megabytes} МБ зиёд бошад.</translation>
    </message>
    <message>
        <source>{provider} is not in the service directory of {district}; choose a listed provider.</source>
        <translation>Хизматрасон {provider} дар феҳристи хизматрасониҳои ноҳияи {district} нест; хизматрасонро аз феҳрист интихоб кунед.</translation>
    </message>
    <message>
        <source>Form {form}, field {field}: {problem}</source>
        <translation>Шакли {form}, майдони {field}: {problem}</translation>
    </message>
    <message>
        <source>Form {form}, field {field}: the expression is not valid at character {position} ({problem}).</source>
        <translation>Шакли {form}, майдони {field}: ифода нодуруст навишта шудааст, хато дар аломати {position} ({problem}).</translation>
    </message>
    <message>
        <source>Form {form}, field {field} uses the word “{word}”: forms never ask about such things. An admin may override this with a reason, which is audited.</source>
        <translation>Шакли {form}, майдони {field}: калимаи «{word}» истифода шудааст, вале шаклҳо ҳеҷ гоҳ дар бораи чунин чизҳо намепурсанд. Маъмур метавонад бо нишон додани сабаб инро истисноан иҷозат диҳад; ин иҷозат дар дафтари аудит сабт мешавад.</translation>
    </message>
    <message>
        <source>No form {form} (version {version}) is installed.</source>
        <translation>Шакли {form} (версияи {version}) насб нашудааст.</translation>
    </message>
    <message>
        <source>The answers have {count} problem(s); nothing was saved.</source>
        <translation>Дар ҷавобҳо {count} хато ҳаст; ҳеҷ чиз нигоҳ дошта нашуд.</translation>
    </message>
    <message>
        <source>Assessment {item_id} is complete; it is not changed again.</source>
        <translation>Арзёбии {item_id} ба анҷом расидааст ва дигар тағйир дода намешавад.</translation>
    </message>
    <message>
        <source>Version {version} of form {form} is already installed; a new version needs a new number.</source>
        <translation>Шакли {form} бо версияи {version} аллакай насб шудааст; барои версияи нав рақами нав лозим аст.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row} ({field}): {problem}</source>
        <translation>Варақи {sheet}, сатри {row} ({field}): {problem}</translation>
    </message>
    <message>
        <source>{path} is not an .xlsx workbook.</source>
        <translation>Файли {path} ҷадвали .xlsx нест.</translation>
    </message>
    <message>
        <source>The fingerprint in {path} is {actual}, not {expected}. Enrolment stopped: compare the fingerprint on the other screen again, and use the file it belongs to.</source>
        <translation>Изи калид дар файли {path} {actual} аст, на {expected}. Пайвастшавӣ қатъ шуд: изи калидро дар экрани дигар бори дигар муқоиса кунед ва файлеро истифода баред, ки ба он тааллуқ дорад.</translation>
    </message>
    <message>
        <source>{path} is not a valid {what}: {reason}.</source>
        <translation>{path} файли дуруст нест ({what}): {reason}.</translation>
    </message>
    <message>
        <source>This is a laptop&apos;s workspace; only the office&apos;s workspace does this.</source>
        <translation>Ин фазои кории ноутбук аст; ин корро танҳо фазои кории идора мекунад.</translation>
    </message>
    <message>
        <source>This is the office&apos;s workspace; only a laptop&apos;s workspace does this.</source>
        <translation>Ин фазои кории идора аст; ин корро танҳо фазои кории ноутбук мекунад.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled with {office}.</source>
        <translation>Ин ноутбук аллакай ба идораи «{office}» пайваст шудааст.</translation>
    </message>
    <message>
        <source>A district&apos;s name is plain text of at most 100 letters, without control characters, / or \.</source>
        <translation>Номи ноҳия матни оддии на зиёда аз 100 аломат аст, бе аломатҳои идоракунӣ, / ва \.</translation>
    </message>
    <message>
        <source>No enrolled device {device_id}.</source>
        <translation>Дастгоҳи пайвастшудаи {device_id} нест.</translation>
    </message>
    <message>
        <source>Device {device_id} was revoked on {on}; it cannot be enrolled again.</source>
        <translation>Дастгоҳи {device_id} {on} бозхонда шуд; онро дубора пайваст кардан мумкин нест.</translation>
    </message>
    <message>
        <source>Reopening a laptop&apos;s workspace needs two different administrators of the office, each with their own password.</source>
        <translation>Барои дубора кушодани фазои кории ноутбук ду маъмури гуногуни идора лозиманд, ҳар кадом бо рамзи худ.</translation>
    </message>
    <message>
        <source>The workspace in {path} was never enrolled with an office, so the office cannot reopen it.</source>
        <translation>Фазои корӣ дар {path} ҳеҷ гоҳ ба идора пайваст нашуда буд, бинобар ин идора онро кушода наметавонад.</translation>
    </message>
    <message>
        <source>The workspace in {path} was enrolled with another office.</source>
        <translation>Фазои корӣ дар {path} ба идораи дигар пайваст шудааст.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with an office yet: enrol it before sending bundles.</source>
        <translation>Ин ноутбук ҳанӯз ба идора пайваст нашудааст: пеш аз фиристодани бастаҳои ҳамоҳангсозӣ онро пайваст кунед.</translation>
    </message>
    <message>
        <source>{path}: refused ({code}): {reason}.</source>
        <translation>{path}: рад карда шуд ({code}): {reason}.</translation>
    </message>
    <message>
        <source>{path}: refused ({code}): laptop {serial} ({district}) sent {rule}. The program never writes such a bundle: the laptop may be in the wrong hands. Revoke it unless you know why (caseworker device revoke {device_id}).</source>
        <translation>{path}: рад карда шуд ({code}): ноутбуки {serial} ({district}) {rule} фиристод. Барнома ҳеҷ гоҳ чунин бастаи ҳамоҳангсозӣ намесозад: шояд ноутбук ба дасти бегона афтодааст. Агар сабабашро надонед, онро бозхонед (caseworker device revoke {device_id}).</translation>
    </message>
    <message>
        <source>Cases are assigned by a supervisor at the office; on a laptop a case stays with its caseworker.</source>
        <translation>Парвандаҳоро нозир дар идора месупорад; дар ноутбук парванда назди корманди иҷтимоии худ мемонад.</translation>
    </message>
    <message>
        <source>Transfers are decided by a supervisor at the office, not on a laptop.</source>
        <translation>Дар бораи интиқол нозир дар идора қарор қабул мекунад, на дар ноутбук.</translation>
    </message>
    <message>
        <source>Conflicts are resolved by a supervisor at the office, not on a laptop.</source>
        <translation>Ихтилофҳоро нозир дар идора ҳал мекунад, на дар ноутбук.</translation>
    </message>
    <message>
        <source>No open conflict {conflict_id}.</source>
        <translation>Ихтилофи ҳалнашудаи {conflict_id} нест.</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} has no value {value_id}.</source>
        <translation>Ихтилофи {conflict_id} арзиши {value_id} надорад.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full; nothing of {path} was imported. Free some space and import it again.</source>
        <translation>Диске, ки фазои кориро нигоҳ медорад, пур аст; аз {path} ҳеҷ чиз ворид нашуд. Ҷой холӣ кунед ва онро дубора ворид кунед.</translation>
    </message>
    <message>
        <source>Unknown role {role}: use caseworker, supervisor or admin.</source>
        <translation>Нақши {role} номаълум аст. Яке аз ин нақшҳоро нишон диҳед: caseworker (корманди иҷтимоӣ), supervisor (нозир) ё admin (маъмур).</translation>
    </message>
    <message>
        <source>{count} of the {pages} pages of this workspace&apos;s database are damaged (the disk or the file was harmed). An administrator restores the newest intact backup, {backup}: caseworker backup restore {backup}</source>
        <translation>Аз {pages} саҳифаи пойгоҳи додаҳои ин фазои корӣ {count} саҳифа вайрон шудааст (диск ё файл осеб дидааст). Маъмур охирин нусхаи эҳтиётии солимро барқарор мекунад, {backup}: caseworker backup restore {backup}</translation>
    </message>
    <message>
        <source>{count} of the {pages} pages of this workspace&apos;s database are damaged (the disk or the file was harmed), and no backup here is intact. Copy the whole folder {path} before anything else and ask the office&apos;s administrator.</source>
        <translation>Аз {pages} саҳифаи пойгоҳи додаҳои ин фазои корӣ {count} саҳифа вайрон шудааст (диск ё файл осеб дидааст) ва дар ин ҷо ягон нусхаи эҳтиётии солим нест. Пеш аз ҳама тамоми ҷузвдони {path}-ро нусхабардорӣ кунед ва ба маъмури идора муроҷиат кунед.</translation>
    </message>
    <message>
        <source>Your account may not {action}.</source>
        <translation>Ба ҳисоби шумо иҷозати {action} дода нашудааст.</translation>
    </message>
    <message>
        <source>No case {case_id} that you may see.</source>
        <translation>Парвандаи {case_id} ёфт нашуд ё барои шумо дастрас нест.</translation>
    </message>
    <message>
        <source>Record {record}, field {field}: {problem}</source>
        <translation>Сабти {record}, майдони {field}: {problem}</translation>
    </message>
    <message>
        <source>The audit log is broken at entry {seq}: it was changed or removed.</source>
        <translation>Дафтари аудит дар қайди {seq} вайрон шудааст: ин қайд тағйир дода ё ҳазф карда шудааст.</translation>
    </message>
    <message>
        <source>No backup named {name} in this workspace.</source>
        <translation>Дар ин фазои корӣ нусхаи эҳтиётӣ бо номи {name} нест.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be opened with this workspace&apos;s key; nothing was restored.</source>
        <translation>Нусхаи эҳтиётии {name} бо калиди ин фазои корӣ кушода намешавад; ҳеҷ чиз барқарор нашуд.</translation>
    </message>
    <message>
        <source>collecting the child&apos;s data</source>
        <translation>ҷамъоварии маълумот дар бораи кӯдак</translation>
    </message>
    <message>
        <source>sharing with an agency</source>
        <translation>додани маълумот ба ташкилоти дигар</translation>
    </message>
    <message>
        <source>photographs</source>
        <translation>аксбардорӣ</translation>
    </message>
    <message>
        <source>a referral</source>
        <translation>равонкунӣ</translation>
    </message>
    <message>
        <source>assent</source>
        <translation>розигии кӯдак</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>ризоият</translation>
    </message>
    <message>
        <source>an answer is required.</source>
        <translation>ҷавоб додан ҳатмист.</translation>
    </message>
    <message>
        <source>the answer is not of the expected kind.</source>
        <translation>ҷавоб аз навъи пешбинишуда нест.</translation>
    </message>
    <message>
        <source>the answer is not one of the choices.</source>
        <translation>ҷавоб аз ҷумлаи вариантҳо нест.</translation>
    </message>
    <message>
        <source>the answer is below {limit}.</source>
        <translation>арзиши ҷавоб аз {limit} камтар аст.</translation>
    </message>
    <message>
        <source>the answer is above {limit}.</source>
        <translation>арзиши ҷавоб аз {limit} зиёдтар аст.</translation>
    </message>
    <message>
        <source>the answer is longer than {limit} characters.</source>
        <translation>ҷавоб аз {limit} аломат дарозтар аст.</translation>
    </message>
    <message>
        <source>the answer does not meet the form&apos;s rule.</source>
        <translation>ҷавоб ба қоидаи шакл мувофиқ нест.</translation>
    </message>
    <message>
        <source>the form has no such question.</source>
        <translation>дар шакл чунин савол нест.</translation>
    </message>
    <message>
        <source>more than {limit} entries.</source>
        <translation>шумораи қайдҳо аз {limit} зиёд аст.</translation>
    </message>
    <message>
        <source>{expected} entries are expected.</source>
        <translation>шумораи қайдҳо бояд {expected} бошад.</translation>
    </message>
    <message>
        <source>this item is filled in by the form itself.</source>
        <translation>ин банд аз ҷониби худи шакл пур карда мешавад.</translation>
    </message>
    <message>
        <source>a text is missing in {language}.</source>
        <translation>матн бо забони {language} нест.</translation>
    </message>
    <message>
        <source>another field has the same name.</source>
        <translation>дар шакл майдони дигаре бо ҳамин ном ҳаст.</translation>
    </message>
    <message>
        <source>the expression names a field the form does not have: {name}.</source>
        <translation>дар ифода майдоне номбар шудааст, ки дар шакл нест: {name}.</translation>
    </message>
    <message>
        <source>the choices sheet has no list {list_name}.</source>
        <translation>дар варақи choices рӯйхати {list_name} нест.</translation>
    </message>
    <message>
        <source>the question type {type} is not supported.</source>
        <translation>навъи саволи {type} дастгирӣ намешавад.</translation>
    </message>
    <message>
        <source>enrolment request</source>
        <translation>дархости пайвастшавӣ</translation>
    </message>
    <message>
        <source>enrolment approval</source>
        <translation>иҷозати пайвастшавӣ</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>файл аз ҳад калон аст</translation>
    </message>
    <message>
        <source>the file is larger than any bundle may be</source>
        <translation>файл аз ҳар бастаи иҷозатдодашуда калонтар аст</translation>
    </message>
    <message>
        <source>the file is not a bundle</source>
        <translation>файл бастаи ҳамоҳангсозӣ нест</translation>
    </message>
    <message>
        <source>its header is larger than allowed</source>
        <translation>сарлавҳаи он аз андозаи иҷозатдодашуда калон аст</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>файл нопурра бурида шудааст</translation>
    </message>
    <message>
        <source>bytes were added to the end of the file</source>
        <translation>ба охири файл байтҳо илова шудаанд</translation>
    </message>
    <message>
        <source>its header is damaged or forged</source>
        <translation>сарлавҳаи он вайрон ё қалбакӣ аст</translation>
    </message>
    <message>
        <source>it comes from a device this office did not enrol</source>
        <translation>он аз дастгоҳе омадааст, ки ин идора пайваст накардааст</translation>
    </message>
    <message>
        <source>it was made for another office</source>
        <translation>он барои идораи дигар сохта шудааст</translation>
    </message>
    <message>
        <source>it comes from a device that was revoked</source>
        <translation>он аз дастгоҳи бозхондашуда омадааст</translation>
    </message>
    <message>
        <source>its sender may not send this kind of bundle</source>
        <translation>фиристандаи он ин гуна бастаҳоро фиристода наметавонад</translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation>имзо ба мундариҷа мувофиқ нест</translation>
    </message>
    <message>
        <source>it is addressed to another workspace</source>
        <translation>он ба фазои кории дигар фиристода шудааст</translation>
    </message>
    <message>
        <source>its contents are damaged</source>
        <translation>мундариҷаи он вайрон аст</translation>
    </message>
    <message>
        <source>its contents unpack to more than is allowed</source>
        <translation>мундариҷаи он пас аз кушодан аз андозаи иҷозатдодашуда зиёд аст</translation>
    </message>
    <message>
        <source>one of its records is larger than allowed</source>
        <translation>яке аз сабтҳои он аз андозаи иҷозатдодашуда калон аст</translation>
    </message>
    <message>
        <source>one of its records is not valid</source>
        <translation>яке аз сабтҳои он нодуруст аст</translation>
    </message>
    <message>
        <source>its contents were made for another sender or recipient</source>
        <translation>мундариҷаи он барои фиристанда ё гирандаи дигар сохта шудааст</translation>
    </message>
    <message>
        <source>it holds another number of records than its header says</source>
        <translation>шумораи сабтҳои он бо он чи дар сарлавҳа гуфта шудааст, мувофиқ нест</translation>
    </message>
    <message>
        <source>it holds the same record more than once</source>
        <translation>дар он ҳамон як сабт зиёда аз як бор омадааст</translation>
    </message>
    <message>
        <source>its revocation list says it was issued days ahead of this computer&apos;s date</source>
        <translation>санаи рӯйхати дастгоҳҳои бозхондаи он якчанд рӯз пас аз санаи ин компютер аст</translation>
    </message>
    <message>
        <source>its revocation list was issued before the one this laptop holds</source>
        <translation>рӯйхати дастгоҳҳои бозхондаи он пеш аз рӯйхате, ки дар ин ноутбук ҳаст, бароварда шудааст</translation>
    </message>
    <message>
        <source>its revocation list&apos;s version leaps further ahead than any office counts</source>
        <translation>рақами версияи рӯйхати дастгоҳҳои бозхондаи он аз он чи ягон идора ҳисоб карда метавонад, хеле пеш гузаштааст</translation>
    </message>
    <message>
        <source>the sending laptop&apos;s certificate has expired; an administrator renews it (caseworker device renew)</source>
        <translation>мӯҳлати шаҳодатномаи ноутбуки фиристанда гузаштааст; маъмур онро дароз мекунад (caseworker device renew)</translation>
    </message>
    <message>
        <source>it says what its sender may not say</source>
        <translation>дар он чизе ҳаст, ки фиристандааш ҳуқуқи гуфтанашро надорад</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файлро хондан мумкин нест</translation>
    </message>
    <message>
        <source>it is another kind of file</source>
        <translation>ин файли навъи дигар аст</translation>
    </message>
    <message>
        <source>it was written by a newer version of the program</source>
        <translation>он бо версияи навтари барнома сохта шудааст</translation>
    </message>
    <message>
        <source>its certificate is from another office</source>
        <translation>шаҳодатномаи он аз идораи дигар аст</translation>
    </message>
    <message>
        <source>its certificate is for another laptop</source>
        <translation>шаҳодатномаи он барои ноутбуки дигар аст</translation>
    </message>
    <message>
        <source>a device or office id in it is not written as the program writes ids</source>
        <translation>рақами мушаххаси дастгоҳ ё идора дар он на ба тарзе навишта шудааст, ки барнома менависад</translation>
    </message>
    <message>
        <source>a name in it holds control characters, / or \</source>
        <translation>номе дар он аломатҳои идоракунӣ, / ё \ дорад</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>файл вайрон ё нопурра аст</translation>
    </message>
    <message>
        <source>a change to a case the office never gave that laptop</source>
        <translation>тағйири парвандае, ки идора ба ин ноутбук насупоридааст</translation>
    </message>
    <message>
        <source>a new record that claims to come from another device</source>
        <translation>сабти наве, ки худро аз дастгоҳи дигар вонамуд мекунад</translation>
    </message>
    <message>
        <source>a new case whose author is not an account of that laptop</source>
        <translation>парвандаи наве, ки муаллифаш ҳисоби ин ноутбук нест</translation>
    </message>
    <message>
        <source>edits in the name of another device that the office never had</source>
        <translation>тағйиротро аз номи дастгоҳи дигар, ки идора ҳеҷ гоҳ надошт</translation>
    </message>
    <message>
        <source>a value other than the office&apos;s under the same clock</source>
        <translation>арзиши дигареро бо ҳамон нишонаи тағйирот, ки дар идора аст</translation>
    </message>
    <message>
        <source>an assignment of a case, which only the office makes</source>
        <translation>супоридани парвандаро, ки танҳо идора анҷом медиҳад</translation>
    </message>
    <message>
        <source>a change to who registered a case or when</source>
        <translation>тағйири он, ки парвандаро кӣ ё кай ба қайд гирифтааст</translation>
    </message>
    <message>
        <source>a supervisor&apos;s name that is not a supervisor&apos;s</source>
        <translation>ба ҷои нозир ҳисоберо, ки ба нозир тааллуқ надорад</translation>
    </message>
    <message>
        <source>an account of the office or of another device</source>
        <translation>ҳисоби идора ё дастгоҳи дигарро</translation>
    </message>
    <message>
        <source>a conflict&apos;s resolution, which only a supervisor at the office makes</source>
        <translation>ҳалли ихтилофро, ки танҳо нозир дар идора анҷом медиҳад</translation>
    </message>
    <message>
        <source>a decision on a transfer, which only the office makes</source>
        <translation>қарор дар бораи интиқолро, ки танҳо идора қабул мекунад</translation>
    </message>
    <message>
        <source>an entry moved to another case or made another kind</source>
        <translation>қайдеро, ки ба парвандаи дигар гузаронида ё ба навъи дигар иваз шудааст</translation>
    </message>
    <message>
        <source>a file that no entry of the bundle names</source>
        <translation>файлеро, ки дар ягон қайди баста зикр нашудааст</translation>
    </message>
    <message>
        <source>{count} file(s) or folder(s) of this workspace were open to other users of this computer; they are now yours alone.</source>
        <translation>{count} файл ё ҷузвдони ин фазои корӣ барои дигар корбарони ин компютер кушода буд; акнун онҳо танҳо ба шумо дастрасанд.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is at least {hours} hours ahead of the office&apos;s: set its date and time, or the times written on its edits stay wrong.</source>
        <translation>Соати ин ноутбук аз соати идора ақаллан {hours} соат пеш аст: сана ва вақти онро дуруст кунед, вагарна вақте, ки ҳангоми тағйирот навишта мешавад, нодуруст мемонад.</translation>
    </message>
    <message>
        <source>one object names the same key twice</source>
        <translation>дар як объект номи ҳамон як майдон ду бор омадааст</translation>
    </message>
    <message>
        <source>it holds a number too large to be read exactly</source>
        <translation>дар он рақаме ҳаст, ки барои дақиқ хондан хеле калон аст</translation>
    </message>
    <message>
        <source>it holds NaN or Infinity, which are not numbers</source>
        <translation>дар он NaN ё Infinity ҳаст, ки рақам нестанд</translation>
    </message>
    <message>
        <source>it is nested deeper than 32 levels</source>
        <translation>дар он сатҳҳои дохилӣ аз 32 зиёданд</translation>
    </message>
    <message>
        <source>one of its texts is longer than 65,536 characters</source>
        <translation>яке аз матнҳои он аз 65 536 аломат дарозтар аст</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message numerus="yes">
        <source>%n case(s) may be this same child. Open one to check, or register anyway.</source>
        <translation>
            <numerusform>%n парванда шояд ба ҳамин кӯдак тааллуқ дошта бошад. Барои санҷидан якеро кушоед ё ба ҳар ҳол ба қайд гиред.</numerusform>
            <numerusform>%n парванда шояд ба ҳамин кӯдак тааллуқ дошта бошад. Барои санҷидан якеро кушоед ё ба ҳар ҳол ба қайд гиред.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Ба ҳар ҳол ба қайд гирифтан</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Парвандаи нав</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Ба қайд гирифтан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Кушодани парвандаи интихобшуда</translation>
    </message>
    <message>
        <source>Cases that may be the same child</source>
        <translation>Парвандаҳое, ки шояд ба ҳамин кӯдак тааллуқ доранд</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Фазои кории намоишӣ омода мешавад…</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <source>Waiting for the office&apos;s acknowledgement: %n bundle(s).</source>
        <translation>
            <numerusform>Дар интизори тасдиқи идора: %n бастаи ҳамоҳангсозӣ.</numerusform>
            <numerusform>Дар интизори тасдиқи идора: %n бастаи ҳамоҳангсозӣ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for the office.</source>
        <translation>Ҳеҷ чиз барои идора дар интизор нест.</translation>
    </message>
    <message>
        <source>The office has every bundle up to number %1 (heard on %2).</source>
        <translation>Идора ҳамаи бастаҳои ҳамоҳангсозиро то рақами %1 дорад (тасдиқ: %2).</translation>
    </message>
    <message>
        <source>No acknowledgement from the office yet.</source>
        <translation>Аз идора ҳанӯз тасдиқ нарасидааст.</translation>
    </message>
    <message>
        <source>The office is missing bundle(s) number %1: write them to a folder again.</source>
        <translation>Дар идора бастаҳои ҳамоҳангсозии рақами %1 нестанд: онҳоро бори дигар ба ҷузвдон нависед.</translation>
    </message>
    <message>
        <source>Changes made since the last bundle will go in the next one.</source>
        <translation>Тағйироте, ки пас аз бастаи охирин ворид шудаанд, ба бастаи навбатӣ дохил мешаванд.</translation>
    </message>
    <message>
        <source>Last sync through the office&apos;s drop: %1.</source>
        <translation>Ҳамоҳангсозии охирин тавассути нуқтаи мубодила: %1.</translation>
    </message>
    <message>
        <source>No sync through the office&apos;s drop yet.</source>
        <translation>Тавассути нуқтаи мубодила ҳанӯз ҳамоҳангсозӣ нашудааст.</translation>
    </message>
    <message>
        <source>Where to write the bundles (a USB stick)</source>
        <translation>Бастаҳои ҳамоҳангсозӣ ба куҷо навишта шаванд (хотираи USB)</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>Чизи нав барои фиристодан нест.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Навишта шуд: %1</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Бастаҳои ҳамоҳангсозӣ барои ворид кардан</translation>
    </message>
    <message>
        <source>Bundles (*.cwbundle)</source>
        <translation>Бастаҳои ҳамоҳангсозӣ (*.cwbundle)</translation>
    </message>
    <message>
        <source>Folder with bundles to import (a USB stick)</source>
        <translation>Ҷузвдон бо бастаҳои ҳамоҳангсозӣ барои ворид кардан (хотираи USB)</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the office&apos;s drop: %n bundle(s).</source>
        <translation>
            <numerusform>Ба нуқтаи мубодилаи идора фиристода шуд: %n бастаи ҳамоҳангсозӣ.</numerusform>
            <numerusform>Ба нуқтаи мубодилаи идора фиристода шуданд: %n бастаи ҳамоҳангсозӣ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported</source>
        <translation>%1: аллакай ворид шудааст</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: imported: %2 new, %3 changed, %4 conflict(s)</source>
        <translation>%1: ворид шуд: нав — %2, тағйирёфта — %3, ихтилоф — %4</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) left this laptop: the office has them.</source>
        <translation>
            <numerusform>%n парванда аз ин ноутбук хориҷ шуд: он дар идора ҳаст.</numerusform>
            <numerusform>%n парванда аз ин ноутбук хориҷ шуданд: онҳо дар идора ҳастанд.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle for this workspace was found.</source>
        <translation>Барои ин фазои корӣ ягон бастаи ҳамоҳангсозӣ ёфт нашуд.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) meant for others were left in place.</source>
        <translation>
            <numerusform>%n бастаи ҳамоҳангсозӣ барои дигарон дар ҷояш монд.</numerusform>
            <numerusform>%n бастаи ҳамоҳангсозӣ барои дигарон дар ҷояшон монданд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundles could not be handled.</source>
        <translation>Бастаҳои ҳамоҳангсозиро коркард кардан нашуд.</translation>
    </message>
    <message>
        <source>[restricted: need to know]</source>
        <translation>[дастрасии маҳдуд]</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Инро нигоҳ доштан</translation>
    </message>
    <message>
        <source>Import the bundles the laptops sent, then send each laptop its return bundle.</source>
        <translation>Бастаҳои ҳамоҳангсозиеро, ки ноутбукҳо фиристодаанд, ворид кунед, баъд ба ҳар ноутбук бастаи ҷавобии онро фиристед.</translation>
    </message>
    <message>
        <source>Send what the office has not received yet, and take in what the office sent back.</source>
        <translation>Он чиро, ки идора ҳанӯз нагирифтааст, фиристед ва он чиро, ки идора дар ҷавоб фиристодааст, ворид кунед.</translation>
    </message>
    <message>
        <source>This laptop has not heard from the office for more than 60 days (or never): sync with the office soon.</source>
        <translation>Ин ноутбук зиёда аз 60 рӯз (ё ҳеҷ гоҳ) аз идора хабар нагирифтааст: ба наздикӣ бо идора ҳамоҳангсозӣ кунед.</translation>
    </message>
    <message>
        <source>Write bundles to a folder…</source>
        <translation>Навиштани бастаҳои ҳамоҳангсозӣ ба ҷузвдон…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Ворид кардани бастаҳои ҳамоҳангсозӣ…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Ворид кардани ҷузвдон…</translation>
    </message>
    <message>
        <source>Sync with the office&apos;s drop now</source>
        <translation>Ҳозир бо нуқтаи мубодила ҳамоҳанг кардан</translation>
    </message>
    <message>
        <source>Take in from the drop now</source>
        <translation>Ҳозир аз нуқтаи мубодила ворид кардан</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v аз %m</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Чӣ рӯй дод</translation>
    </message>
    <message>
        <source>Conflicts: two edits of the same field made without seeing each other. Keep one.</source>
        <translation>Ихтилофҳо: ду тағйири як майдон, ки бехабар аз ҳамдигар карда шудаанд. Яке аз онҳоро нигоҳ доред.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ихтилофҳо</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Арзиши ҳозира</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Арзиши дигар</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>Assign to…</source>
        <translation>Супоридан ба…</translation>
    </message>
    <message>
        <source>Ask for a transfer…</source>
        <translation>Дархости интиқол…</translation>
    </message>
    <message>
        <source>Approve the transfer…</source>
        <translation>Тасдиқ кардани интиқол…</translation>
    </message>
    <message>
        <source>Decline the transfer</source>
        <translation>Рад кардани интиқол</translation>
    </message>
    <message>
        <source>Accept the transfer</source>
        <translation>Қабул кардани парванда</translation>
    </message>
    <message>
        <source>Transfer to %1 asked for on %2; waiting for a supervisor&apos;s decision.</source>
        <translation>Интиқол ба ноҳияи %1 санаи %2 дархост шудааст; дар интизори қарори нозир.</translation>
    </message>
    <message>
        <source>Transfer to %1 approved for %2; waiting for their acceptance.</source>
        <translation>Интиқол ба ноҳияи %1 тасдиқ шуд, қабулкунанда: %2; дар интизори қабул.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Caseworker: unlock</source>
        <translation>Пешбурди парвандаҳо: воридшавӣ</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Ҳисоб</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Рамз</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Забон</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ворид шудан</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Ҳисоб</translation>
    </message>
    <message>
        <source>A demo workspace of synthetic children. Accounts: {accounts}. Password: {password}</source>
        <translation>Фазои кории намоишӣ бо кӯдакони тахайюлӣ. Ҳисобҳо: {accounts}. Рамз: {password}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Кушода истодааст…</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>Фазои кориро кушодан нашуд.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>Фазои корӣ вайрон шудааст</translation>
    </message>
    <message>
        <source>Restore the backup of %1 now</source>
        <translation>Ҳозир нусхаи эҳтиётии %1-ро барқарор кардан</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Нусхаи эҳтиётӣ барқарор нашуд.</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>Барқарор шуд: %1</translation>
    </message>
</context>
</TS>
