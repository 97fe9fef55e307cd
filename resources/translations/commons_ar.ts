<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/about_dialog.py" line="+35"/>
        <location line="+4"/>
        <source>About Commons</source>
        <translation>عن Commons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions, where your data lives, and what leaves this computer</source>
        <translation>الإصدارات، وأين تُحفظ بياناتك، وما الذي يغادر هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window (Esc)</source>
        <translation>أغلق هذه النافذة (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commons {version}</source>
        <translation>Commons {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A local-first app for neighbourhoods that look after each other.</source>
        <translation>تطبيق يعمل على جهازك أولًا، لأحياء يرعى أهلها بعضهم بعضًا.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Where your data lives</source>
        <translation>أين تُحفظ بياناتك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each profile is one encrypted database in its own folder under {folder}. Only a small header (the name in the picker, when it was made, and how your passphrase becomes a key) is not encrypted. Nothing is kept anywhere else.</source>
        <translation>كل ملف شخصي قاعدة بيانات مشفّرة واحدة في مجلد خاص بها داخل ⁨{folder}⁩. لا يبقى دون تشفير إلا رأس صغير (الاسم الظاهر في قائمة الاختيار، ووقت الإنشاء، وطريقة تحويل عبارة المرور إلى مفتاح). ولا يُحفظ شيء في أي مكان آخر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What leaves this computer, and when</source>
        <translation>ما الذي يغادر هذا الحاسوب، ومتى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your plan, check-ins, supporters and contributions never leave it, except in an encrypted export file you make yourself.</source>
        <translation>خطتك وتسجيلات حالتك وداعموك ومساهماتك لا تغادره أبدًا، إلا في ملف تصدير مشفّر تنشئه بنفسك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A community&apos;s shared information goes only to its members&apos; devices, encrypted so that only current members can read it: over your local network once syncing is turned on, and through the community&apos;s relay if it has one. A relay stores it without being able to read it.</source>
        <translation>المعلومات المشتركة لمجتمعٍ ما لا تذهب إلا إلى أجهزة أعضائه، مشفّرةً بحيث لا يقرؤها إلا الأعضاء الحاليون: عبر شبكتك المحلية بعد تشغيل المزامنة، وعبر مُرحِّل المجتمع إن كان له مُرحِّل. يحفظها المُرحِّل دون أن يستطيع قراءتها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Guest sessions are never synced, and are wiped when they end. Commons sends no usage data, crash reports or update checks anywhere.</source>
        <translation>جلسات الضيوف لا تُزامَن أبدًا، وتُمحى عند انتهائها. لا يرسل Commons أي بيانات استخدام أو تقارير أعطال أو طلبات تحقق من التحديثات إلى أي مكان.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/pulse/answer_form.py" line="+40"/>
        <source>Your answers stay on this computer, in your locked profile. Only a masked form goes to the community, which means nothing on its own: once everyone has answered, only the averages can be worked out.</source>
        <translation>تبقى إجاباتك على هذا الحاسوب، في ملفك الشخصي المقفل. لا يذهب إلى المجتمع إلا شكل مُقنَّع منها لا يعني شيئًا وحده: وبعد أن يجيب الجميع، لا يمكن استخراج سوى المتوسطات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send privately</source>
        <translation>أرسل بخصوصية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send my answers privately</source>
        <translation>أرسل إجاباتي بخصوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your answers here and send them masked</source>
        <translation>احتفظ بإجاباتك هنا وأرسلها مُقنَّعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without answering</source>
        <translation>أغلق دون إجابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can answer later while the round is open</source>
        <translation>يمكنك الإجابة لاحقًا ما دامت الجولة مفتوحة</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>0 is “{low}”, {top} is “{high}”</source>
        <translation>0 تعني «⁨{low}⁩»، و{top} تعني «⁨{high}⁩»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
</context>
<context>
    <name>AppTray</name>
    <message>
        <location filename="../../src/commons_desktop/shell/tray.py" line="+84"/>
        <source>Commons</source>
        <translation>Commons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Commons</source>
        <translation>ا&amp;فتح Commons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Commons window</source>
        <translation>اعرض نافذة Commons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit Commons</source>
        <translation>ا&amp;خرج من Commons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock and close Commons; no more reminders until you open it again</source>
        <translation>اقفل Commons وأغلقه؛ لا تذكيرات بعد ذلك حتى تفتحه مجددًا</translation>
    </message>
</context>
<context>
    <name>AssetDetail</name>
    <message>
        <location filename="../../src/commons_desktop/features/assets/asset_detail.py" line="+36"/>
        <source>Select an asset to see it in full.</source>
        <translation>اختر موردًا لترى تفاصيله كاملة.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>بلا نجوم</numerusform>
            <numerusform>نجمة واحدة</numerusform>
            <numerusform>نجمتان</numerusform>
            <numerusform>%n نجوم</numerusform>
            <numerusform>%n نجمة</numerusform>
            <numerusform>%n نجمة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rating</source>
        <translation>تقييمك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How well this asset serves the community, 1 to 5</source>
        <translation>مدى نفع هذا المورد للمجتمع، من 1 إلى 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+61"/>
        <source>Rate it</source>
        <translation>قيّمه</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Save your rating; every member sees the average</source>
        <translation>احفظ تقييمك؛ يرى كل الأعضاء المتوسط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To rate, first add your name on the Community screen.</source>
        <translation>لكي تقيّم، أضف اسمك أولًا في شاشة المجتمع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit asset</source>
        <translation>تعديل المورد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change this asset (its author or an admin)</source>
        <translation>غيّر هذا المورد (لمن أضافه أو لمشرف)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asset in full</source>
        <translation>المورد كاملًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected asset&apos;s details and its rating</source>
        <translation>تفاصيل المورد المختار وتقييمه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by</source>
        <translation>يرعاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>نبذة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support offered</source>
        <translation>الدعم المقدَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is used</source>
        <translation>كيف يُستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usefulness</source>
        <translation>مدى النفع</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change my rating</source>
        <translation>غيّر تقييمي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Area only</source>
        <translation>المنطقة فقط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No point on the map</source>
        <translation>لا نقطة على الخريطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Around {point} (within about 1 km)</source>
        <translation>قرب ⁨{point}⁩ (في حدود كيلومتر واحد تقريبًا)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not rated yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rating(s), average {stars} of 5</source>
        <translation>
            <numerusform>لا تقييمات، المتوسط {stars} من 5</numerusform>
            <numerusform>تقييم واحد، المتوسط {stars} من 5</numerusform>
            <numerusform>تقييمان، المتوسط {stars} من 5</numerusform>
            <numerusform>%n تقييمات، المتوسط {stars} من 5</numerusform>
            <numerusform>%n تقييمًا، المتوسط {stars} من 5</numerusform>
            <numerusform>%n تقييم، المتوسط {stars} من 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetFilters</name>
    <message>
        <location filename="../../src/commons_desktop/features/assets/asset_filters.py" line="+25"/>
        <source>Search assets, areas, people…</source>
        <translation>ابحث في الموارد والمناطق والأشخاص…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear search</source>
        <translation>امسح البحث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every asset again</source>
        <translation>اعرض كل الموارد من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only assets with all these words</source>
        <translation>اعرض فقط الموارد التي تحوي كل هذه الكلمات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one kind of asset</source>
        <translation>اعرض نوعًا واحدًا من الموارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every kind</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the assets of one area</source>
        <translation>اعرض موارد منطقة واحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looked after by</source>
        <translation>يرعاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the assets one person or group looks after</source>
        <translation>اعرض الموارد التي يرعاها شخص أو مجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the assets of one category</source>
        <translation>اعرض موارد فئة واحدة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every area</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by anyone</source>
        <translation>يرعاه أيٌّ كان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every category</source>
        <translation>كل الفئات</translation>
    </message>
</context>
<context>
    <name>AssetForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/assets/asset_form.py" line="+67"/>
        <source>Edit asset</source>
        <translation>تعديل المورد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an asset</source>
        <translation>أضف موردًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Nature, a person&apos;s skill, a building or equipment</source>
        <translation>طبيعة، أو مهارة شخص، أو مبنى، أو معدّات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 52.2053</source>
        <translation>مثلًا 52.2053</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0.1218</source>
        <translation>مثلًا 0.1218</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area only: no point on any map</source>
        <translation>المنطقة فقط: بلا نقطة على أي خريطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate location: rounded to about 1 km before it is saved</source>
        <translation>موقع تقريبي: يُقرَّب إلى نحو كيلومتر واحد قبل حفظه</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by</source>
        <translation>يرعاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support offered</source>
        <translation>الدعم المقدَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is used</source>
        <translation>كيف يُستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the asset is called</source>
        <translation>اسم المورد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What kind of help it is, e.g. food, repairs, translation</source>
        <translation>نوع العون الذي يقدّمه، مثلًا طعام، تصليحات، ترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of the neighbourhood it belongs to</source>
        <translation>الجزء من الحي الذي ينتمي إليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who owns or looks after it: a person, a group, the council</source>
        <translation>من يملكه أو يرعاه: شخص، أو مجموعة، أو البلدية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is, in a few sentences</source>
        <translation>ما هو، في بضع جمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it offers the community</source>
        <translation>ما يقدّمه للمجتمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How people use it today</source>
        <translation>كيف يستخدمه الناس اليوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Degrees north (negative: south); leave empty for none</source>
        <translation>درجات شمالًا (السالب: جنوبًا)؛ اتركه فارغًا إن لم يوجد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees east (negative: west); leave empty for none</source>
        <translation>درجات شرقًا (السالب: غربًا)؛ اتركه فارغًا إن لم يوجد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area only</source>
        <translation>المنطقة فقط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the skill by its area, with no point at all</source>
        <translation>اعرض المهارة بمنطقتها، دون أي نقطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approximate location</source>
        <translation>موقع تقريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the skill near a point rounded to a 1 km square, never your home</source>
        <translation>اعرض المهارة قرب نقطة مقرَّبة إلى مربع من كيلومتر واحد، لا عند بيتك أبدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to correct</source>
        <translation>ما يجب تصحيحه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the asset was not saved</source>
        <translation>لماذا لم يُحفظ المورد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the asset; every member sees it</source>
        <translation>احفظ المورد؛ يراه كل الأعضاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving</source>
        <translation>أغلق دون حفظ</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>give both latitude and longitude, or neither</source>
        <translation>أدخل خط العرض وخط الطول معًا، أو لا تُدخل أيًّا منهما</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a number between -{limit} and {limit}</source>
        <translation>يجب أن يكون رقمًا بين ‎-{limit} و{limit}</translation>
    </message>
</context>
<context>
    <name>AssetsModel</name>
    <message>
        <location filename="../../src/commons_desktop/features/assets/assets_model.py" line="+33"/>
        <source>Natural</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and knowledge</source>
        <translation>مهارات ومعارف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built</source>
        <translation>مبنيّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial</source>
        <translation>صناعي</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>Asset</source>
        <translation>المورد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by</source>
        <translation>يرعاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usefulness</source>
        <translation>مدى النفع</translation>
    </message>
</context>
<context>
    <name>AssetsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/assets/assets_view.py" line="+50"/>
        <source>Which community&apos;s assets to show</source>
        <translation>موارد أي مجتمع تُعرض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an asset…</source>
        <translation>أضف موردًا…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an asset</source>
        <translation>أضف موردًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a place, a skill, a building or equipment</source>
        <translation>أضف مكانًا أو مهارة أو مبنى أو معدّات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the assets shown as a spreadsheet file</source>
        <translation>احفظ الموارد المعروضة في ملف جدول بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export GeoJSON…</source>
        <translation>تصدير GeoJSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export GeoJSON</source>
        <translation>تصدير GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the assets shown as a GeoJSON file for map programs</source>
        <translation>احفظ الموارد المعروضة في ملف GeoJSON لبرامج الخرائط</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+18"/>
        <source>Assets</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The community&apos;s assets</source>
        <translation>موارد المجتمع</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What your community has: nature, people&apos;s skills and knowledge, buildings and equipment.</source>
        <translation>ما يملكه مجتمعك: الطبيعة، ومهارات الناس ومعارفهم، والمباني والمعدّات.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Your rating is saved.</source>
        <translation>حُفظ تقييمك.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Community screens need the sync service, which is not running.</source>
        <translation>تحتاج شاشات المجتمع إلى خدمة المزامنة، وهي لا تعمل الآن.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved. Every member of the community will see it.</source>
        <translation>حُفظ. سيراه كل أعضاء المجتمع.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export assets as CSV</source>
        <translation>تصدير الموارد بصيغة CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export assets as GeoJSON</source>
        <translation>تصدير الموارد بصيغة GeoJSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GeoJSON files (*.geojson)</source>
        <translation>ملفات GeoJSON ‏(*.geojson)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save {file}: {reason}</source>
        <translation>تعذّر حفظ ⁨{file}⁩: ⁨{reason}⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n asset(s) to {file}.</source>
        <translation>
            <numerusform>لم يُحفظ أي مورد في ⁨{file}⁩.</numerusform>
            <numerusform>حُفظ مورد واحد في ⁨{file}⁩.</numerusform>
            <numerusform>حُفظ موردان في ⁨{file}⁩.</numerusform>
            <numerusform>حُفظت %n موارد في ⁨{file}⁩.</numerusform>
            <numerusform>حُفظ %n موردًا في ⁨{file}⁩.</numerusform>
            <numerusform>حُفظ %n مورد في ⁨{file}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No assets yet.</source>
        <translation>لا موارد بعد.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n asset(s) in {community}</source>
        <translation>
            <numerusform>لا موارد في ⁨{community}⁩</numerusform>
            <numerusform>مورد واحد في ⁨{community}⁩</numerusform>
            <numerusform>موردان في ⁨{community}⁩</numerusform>
            <numerusform>%n موارد في ⁨{community}⁩</numerusform>
            <numerusform>%n موردًا في ⁨{community}⁩</numerusform>
            <numerusform>%n مورد في ⁨{community}⁩</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {shown} of {total} in {community}</source>
        <translation>يُعرض {shown} من {total} في ⁨{community}⁩</translation>
    </message>
</context>
<context>
    <name>BaseLayer</name>
    <message>
        <location filename="../../src/commons_desktop/features/map/base_layer.py" line="+65"/>
        <source>This is neither a GeoJSON file nor an OpenStreetMap XML extract (.osm). Compressed extracts (.pbf, .bz2) must be unpacked to .osm first.</source>
        <translation>هذا ليس ملف GeoJSON ولا مقتطف OpenStreetMap بصيغة XML ‏(.osm). يجب فك ضغط المقتطفات المضغوطة (.pbf و.bz2) إلى .osm أولًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has no points, lines or shapes to draw.</source>
        <translation>لا يحوي الملف نقاطًا أو خطوطًا أو أشكالًا لرسمها.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The GeoJSON file is not UTF-8 text.</source>
        <translation>ملف GeoJSON ليس نصًّا بترميز UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: this is not valid JSON ({reason}).</source>
        <translation>السطر {line}: هذا ليس JSON صالحًا (⁨{reason}⁩).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GeoJSON file holds a number too long to read.</source>
        <translation>يحوي ملف GeoJSON رقمًا أطول من أن يُقرأ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The GeoJSON file is nested too deeply to be a map.</source>
        <translation>ملف GeoJSON متداخل أعمق من أن يكون خريطة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{place}: a FeatureCollection needs a list of features.</source>
        <translation>‏⁨{place}⁩: يحتاج FeatureCollection إلى قائمة من المعالم (features).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{place}: expected a GeoJSON object with a &quot;type&quot;.</source>
        <translation>‏⁨{place}⁩: كان المتوقَّع كائن GeoJSON فيه &quot;type&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place}: a GeometryCollection needs a list of geometries.</source>
        <translation>‏⁨{place}⁩: يحتاج GeometryCollection إلى قائمة من الأشكال الهندسية.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{place}: {kind} is not a GeoJSON geometry type.</source>
        <translation>‏⁨{place}⁩: ‏⁨{kind}⁩ ليس نوعًا هندسيًّا في GeoJSON.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{place}: expected a list of coordinates.</source>
        <translation>‏⁨{place}⁩: كان المتوقَّع قائمة إحداثيات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{place}: a line needs at least one position.</source>
        <translation>‏⁨{place}⁩: يحتاج الخط إلى موضع واحد على الأقل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place}: a position must be [longitude, latitude] in numbers.</source>
        <translation>‏⁨{place}⁩: يجب أن يكون الموضع [خط الطول، خط العرض] بالأرقام.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{place}: latitude {value} is not between -90 and 90.</source>
        <translation>‏⁨{place}⁩: خط العرض ⁨{value}⁩ ليس بين ‎-90 و90.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place}: longitude {value} is not between -180 and 180.</source>
        <translation>‏⁨{place}⁩: خط الطول ⁨{value}⁩ ليس بين ‎-180 و180.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file has more than {count} points: cut a smaller extract of your area.</source>
        <translation>في الملف أكثر من {count} نقطة: اقتطع جزءًا أصغر يخص منطقتك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is larger than {size} MB: cut a smaller extract of your area.</source>
        <translation>حجم الملف أكبر من {size} ميغابايت: اقتطع جزءًا أصغر يخص منطقتك.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line {line}: {problem}</source>
        <translation>السطر {line}: ⁨{problem}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an OpenStreetMap extract starts with &lt;osm&gt;, not &lt;{tag}&gt;.</source>
        <translation>مقتطف OpenStreetMap يبدأ بـ &lt;osm&gt;، لا بـ &lt;⁨{tag}⁩&gt;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file declares a document type; OpenStreetMap extracts have none, so it is refused.</source>
        <translation>يعلن الملف نوع مستند؛ ومقتطفات OpenStreetMap لا نوع لها، لذا رُفض.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file declares entities; OpenStreetMap extracts have none, so it is refused.</source>
        <translation>يعلن الملف كيانات (entities)؛ ومقتطفات OpenStreetMap لا كيانات فيها، لذا رُفض.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line 1: the file is written in an encoding Commons cannot read.</source>
        <translation>السطر 1: الملف مكتوب بترميز لا يستطيع Commons قراءته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {line}: this is not well-formed XML ({reason}).</source>
        <translation>السطر {line}: هذا ليس XML سليم البنية (⁨{reason}⁩).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line {line}: a node needs a lat and a lon in numbers.</source>
        <translation>السطر {line}: تحتاج العقدة إلى lat وlon بالأرقام.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}</source>
        <translation>السطر {line}</translation>
    </message>
</context>
<context>
    <name>BuyStakesForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="+238"/>
        <source>Buy stakes in {title}</source>
        <translation>اشترِ حصصًا في ⁨{title}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy stakes</source>
        <translation>اشترِ حصصًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the stakes you buy, signed by this computer</source>
        <translation>سجّل الحصص التي تشتريها، موقّعةً من هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{price} a stake; repaid by {day}, with a {bonus} % bonus once the target is met. %n stake(s) left.</source>
        <translation>
            <numerusform>‏⁨{price}⁩ للحصة؛ تُسدَّد قبل ⁨{day}⁩، مع مكافأة ⁨{bonus}⁩ % عند بلوغ المستهدف. لم تبقَ حصص.</numerusform>
            <numerusform>‏⁨{price}⁩ للحصة؛ تُسدَّد قبل ⁨{day}⁩، مع مكافأة ⁨{bonus}⁩ % عند بلوغ المستهدف. بقيت حصة واحدة.</numerusform>
            <numerusform>‏⁨{price}⁩ للحصة؛ تُسدَّد قبل ⁨{day}⁩، مع مكافأة ⁨{bonus}⁩ % عند بلوغ المستهدف. بقيت حصتان.</numerusform>
            <numerusform>‏⁨{price}⁩ للحصة؛ تُسدَّد قبل ⁨{day}⁩، مع مكافأة ⁨{bonus}⁩ % عند بلوغ المستهدف. بقيت %n حصص.</numerusform>
            <numerusform>‏⁨{price}⁩ للحصة؛ تُسدَّد قبل ⁨{day}⁩، مع مكافأة ⁨{bonus}⁩ % عند بلوغ المستهدف. بقيت %n حصةً.</numerusform>
            <numerusform>‏⁨{price}⁩ للحصة؛ تُسدَّد قبل ⁨{day}⁩، مع مكافأة ⁨{bonus}⁩ % عند بلوغ المستهدف. بقيت %n حصة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stakes</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many stakes to buy</source>
        <translation>كم حصة تشتري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay</source>
        <translation>تدفع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the stakes cost in all</source>
        <translation>كم تكلّف الحصص إجمالًا</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/camera_join.py" line="+89"/>
        <source>Scan the invite&apos;s QR code</source>
        <translation>امسح رمز QR الخاص بالدعوة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which of this computer&apos;s cameras to use</source>
        <translation>أي كاميرا من كاميرات هذا الحاسوب تُستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Camera picture</source>
        <translation>صورة الكاميرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the camera sees</source>
        <translation>ما تراه الكاميرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the invite&apos;s QR code up to the camera</source>
        <translation>ضع رمز QR الخاص بالدعوة أمام الكاميرا</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Stop the camera without joining</source>
        <translation>أوقف الكاميرا دون الانضمام</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CenteredPage</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/centered_page.py" line="+43"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/checkin/checkin_form.py" line="+57"/>
        <source>Mood, 1 to 10</source>
        <translation>المزاج، من 1 إلى 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How are you today? 1 is very low, 10 is very good. Arrow keys work.</source>
        <translation>كيف حالك اليوم؟ 1 تعني سيئًا جدًا، و10 تعني جيدًا جدًا. تعمل مفاتيح الأسهم.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>very low</source>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very good</source>
        <translation>جيد جدًا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Mood</source>
        <translation>ال&amp;مزاج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day this check-in is for: change it to fill in a day you missed</source>
        <translation>اليوم الذي يخصه هذا التسجيل: غيّره لتملأ يومًا فاتك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;y</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{q}”: 0 means not at all, 4 means very much. Optional.</source>
        <translation>«⁨{q}⁩»: 0 تعني أبدًا، و4 تعني كثيرًا جدًا. اختياري.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anything you want to remember about today (optional)</source>
        <translation>أي شيء تريد أن تتذكره عن اليوم (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private note for this day. Only you can read it.</source>
        <translation>ملاحظة خاصة بهذا اليوم. لا يقرؤها أحد سواك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>م&amp;لاحظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. work, family, walk</source>
        <translation>مثلًا عمل، عائلة، مشي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find this day again later, separated by commas</source>
        <translation>كلمات تجد بها هذا اليوم لاحقًا، تفصل بينها فواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags</source>
        <translation>ال&amp;وسوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save check-in</source>
        <translation>ا&amp;حفظ التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save check-in</source>
        <translation>احفظ التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this day&apos;s check-in (Ctrl+S). Saving again replaces it.</source>
        <translation>احفظ تسجيل هذا اليوم (Ctrl+S). الحفظ مرة أخرى يستبدله.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;today</source>
        <translation>&amp;عودة إلى اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to today</source>
        <translation>عودة إلى اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing this earlier day and go back to today&apos;s check-in</source>
        <translation>توقّف عن تعديل هذا اليوم السابق وعُد إلى تسجيل اليوم</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Today, {day}</source>
        <translation>اليوم، ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking in for {day}</source>
        <translation>التسجيل ليوم ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing {day}</source>
        <translation>تعديل ⁨{day}⁩</translation>
    </message>
</context>
<context>
    <name>CheckInHistoryModel</name>
    <message>
        <location filename="../../src/commons_desktop/features/checkin/checkin_history_model.py" line="+54"/>
        <source>{day}   ·   mood {mood}/10</source>
        <translation>‏⁨{day}⁩   ·   المزاج {mood}/10</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../src/commons_desktop/features/checkin/checkin_view.py" line="+55"/>
        <source>Mood</source>
        <translation>المزاج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 4 weeks</source>
        <translation>آخر 4 أسابيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>كل الأوقات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which check-ins the chart and the list show</source>
        <translation>أي تسجيلات يعرضها الرسم البياني والقائمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only check-ins with this tag</source>
        <translation>اعرض فقط التسجيلات التي تحمل هذا الوسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Earlier check-ins</source>
        <translation>التسجيلات السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day to see or change its check-in; Delete removes it</source>
        <translation>اختر يومًا لترى تسجيله أو تغيّره؛ مفتاح Delete يحذفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete check-in</source>
        <translation>حذف التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen day&apos;s check-in (Delete); you can undo it</source>
        <translation>احذف تسجيل اليوم المختار (Delete)؛ يمكنك التراجع عن ذلك</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check-in</source>
        <translation>تسجيل الحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minute a day: how you are, in your own words. One check-in per day.</source>
        <translation>دقيقة في اليوم: كيف حالك، بكلماتك أنت. تسجيل واحد لكل يوم.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Check-in for {day} deleted.</source>
        <translation>حُذف تسجيل يوم ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>ChoiceTable</name>
    <message>
        <location filename="../../src/commons_desktop/features/reports/choice_table.py" line="+37"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ما يشمله</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the files</source>
        <translation>في الملفات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What goes into the files</source>
        <translation>ما يدخل في الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each part of the report: public and itemised, only as a total, or left out</source>
        <translation>لكل جزء من التقرير: علني ومفصّل، أو كمجموع فقط، أو مستبعد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public and itemised, only as a total, or left out of the files</source>
        <translation>علني ومفصّل، أو كمجموع فقط، أو مستبعد من الملفات</translation>
    </message>
</context>
<context>
    <name>CircleForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/circles/circle_form.py" line="+35"/>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New lending circle</source>
        <translation>حلقة إقراض جديدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>What the circle is called</source>
        <translation>اسم الحلقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+65"/>
        <source>Each pays in</source>
        <translation>يدفع كلٌّ منهم</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>How much each member pays in every round</source>
        <translation>كم يدفع كل عضو في كل دورة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>A three-letter currency code, such as EUR or GBP</source>
        <translation>رمز عملة من ثلاثة أحرف، مثل EUR أو GBP</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <source>How often</source>
        <translation>كم مرة</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>How often a round comes round</source>
        <translation>كل كم تأتي الدورة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>First round</source>
        <translation>الدورة الأولى</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The date of the first round</source>
        <translation>تاريخ الدورة الأولى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick who is in the circle; the order is the payout order</source>
        <translation>علّم من في الحلقة؛ الترتيب هو ترتيب الصرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected person earlier in the payout order</source>
        <translation>قدّم الشخص المختار في ترتيب الصرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Down</source>
        <translation>لأسفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected person later in the payout order</source>
        <translation>أخّر الشخص المختار في ترتيب الصرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the order listed (agreed together)</source>
        <translation>بترتيب القائمة (متّفق عليه معًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed order</source>
        <translation>ترتيب متّفق عليه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first ticked person receives the first round</source>
        <translation>أول شخص تعلّمه يتسلّم في الدورة الأولى</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Drawn by lot</source>
        <translation>بالقرعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is drawn at random when the circle is made</source>
        <translation>يُسحب الترتيب بالقرعة عند إنشاء الحلقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone you tick is asked to join; nobody is in a circle without agreeing. It starts once they all have. Each round, the others pay its recipient, who confirms each payment.</source>
        <translation>يُطلب من كل من تعلّمه أن ينضم؛ لا أحد في حلقة دون موافقته. تبدأ الحلقة حين ينضم الجميع. في كل دورة يدفع الآخرون لمستلمها، وهو يؤكّد كل دفعة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is missing before the circle can be made</source>
        <translation>ما الذي ينقص قبل أن يمكن إنشاء الحلقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Make circle</source>
        <translation>أنشئ الحلقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the circle for everyone in the community to see</source>
        <translation>أنشئ الحلقة ليراها كل من في المجتمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without making a circle</source>
        <translation>أغلق دون إنشاء حلقة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Members, in the payout order</source>
        <translation>الأعضاء، بترتيب الصرف</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the circle a name.</source>
        <translation>أعطِ الحلقة اسمًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least two members.</source>
        <translation>علّم عضوين على الأقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The currency is a three-letter code, such as EUR or GBP.</source>
        <translation>العملة رمز من ثلاثة أحرف، مثل EUR أو GBP.</translation>
    </message>
</context>
<context>
    <name>CircleWords</name>
    <message>
        <location filename="../../src/commons_desktop/features/circles/circle_words.py" line="+29"/>
        <source>%1 and %2</source>
        <translation>‏⁨%1⁩ و⁨%2⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for your payment</source>
        <translation>بانتظار دفعتك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for %1&apos;s payment</source>
        <translation>بانتظار دفعة ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for payments from %1</source>
        <translation>بانتظار الدفعات من: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received, confirmed by you</source>
        <translation>استُلمت، وأكّدتَها أنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, confirmed by %1</source>
        <translation>استُلمت، وأكّدها ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Due on %1</source>
        <translation>مستحقة في ⁨%1⁩</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Waiting for everyone to join</source>
        <translation>بانتظار انضمام الجميع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for you to confirm</source>
        <translation>بانتظار أن تؤكّده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1 to confirm</source>
        <translation>بانتظار أن يؤكّده ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>round %1, for you</source>
        <translation>الدورة ⁨%1⁩، لك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round %1, for %2</source>
        <translation>الدورة ⁨%1⁩، لـ⁨%2⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for %1 to confirm the payment from %2</source>
        <translation>بانتظار أن يؤكّد ⁨%1⁩ الدفعة من: ⁨%2⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for %1 to join. The circle starts once everyone has.</source>
        <translation>بانتظار انضمام: ⁨%1⁩. تبدأ الحلقة حين ينضم الجميع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete: every member received %1.</source>
        <translation>اكتملت: تسلّم كل عضو ⁨%1⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: round %1 on %2, you receive %4.</source>
        <translation>التالية: الدورة ⁨%1⁩ في ⁨%2⁩، وتتسلّم أنت ⁨%4⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: round %1 on %2, %3 receives %4.</source>
        <translation>التالية: الدورة ⁨%1⁩ في ⁨%2⁩، ويتسلّم ⁨%3⁩ مبلغ ⁨%4⁩.</translation>
    </message>
</context>
<context>
    <name>CirclesView</name>
    <message>
        <location filename="../../src/commons_desktop/features/circles/circles_view.py" line="+52"/>
        <source>Which community&apos;s lending circles to show</source>
        <translation>حلقات إقراض أي مجتمع تُعرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New circle…</source>
        <translation>حلقة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New circle</source>
        <translation>حلقة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a lending circle with neighbours</source>
        <translation>ابدأ حلقة إقراض مع جيرانك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circles</source>
        <translation>الحلقات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The community&apos;s lending circles</source>
        <translation>حلقات الإقراض في المجتمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle</source>
        <translation>الحلقة</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Round</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in</source>
        <translation>دفعوا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened last</source>
        <translation>آخر ما حدث</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Lending circles</source>
        <translation>حلقات الإقراض</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل يوم</numerusform>
            <numerusform>كل يومين</numerusform>
            <numerusform>كل %n أيام</numerusform>
            <numerusform>كل %n يومًا</numerusform>
            <numerusform>كل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Counting the circles…</source>
        <translation>جارٍ عدّ الحلقات…</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Who receives next and when, or who has yet to join</source>
        <translation>من يتسلّم في الدورة القادمة ومتى، أو من لم ينضم بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining</source>
        <translation>الانضمام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What joining this circle means for you</source>
        <translation>ما يعنيه لك الانضمام إلى هذه الحلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Join this circle</source>
        <translation>انضم إلى هذه الحلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree to pay in every round; nobody is in a circle without agreeing</source>
        <translation>وافق على الدفع في كل دورة؛ لا أحد في حلقة دون موافقته</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounds whose date has come that are not complete</source>
        <translation>دورات حلّ موعدها ولم تكتمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+216"/>
        <source>Record my payment</source>
        <translation>سجّل دفعتي</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Record that you paid the recipient of the earliest round you have not paid yet</source>
        <translation>سجّل أنك دفعت لمستلم أقدم دورة لم تدفع فيها بعد</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Receives</source>
        <translation>يتسلّم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it stands</source>
        <translation>أين وصلت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every round: its date, who receives, who paid in, where it stands</source>
        <translation>كل دورة: تاريخها، ومن يتسلّم، ومن دفع، وأين وصلت</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save together: each round everyone pays the same amount to one member, who confirms it; in turn each member receives once.</source>
        <translation>ادّخروا معًا: في كل دورة يدفع الجميع المبلغ نفسه لعضو واحد، وهو يؤكّده؛ وبالتناوب يتسلّم كل عضو مرة واحدة.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No lending circles yet. Start one with New circle…</source>
        <translation>لا حلقات إقراض بعد. ابدأ واحدة بـ«حلقة جديدة…»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for you to join</source>
        <translation>بانتظار انضمامك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment to confirm</source>
        <translation>دفعة تحتاج إلى تأكيدك</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>You are listed: you would pay %1 every %2 days and receive %3 in round %4 (%5).</source>
        <translation>اسمك في القائمة: ستدفع ⁨%1⁩ كل ⁨%2⁩ يومًا، وتتسلّم ⁨%3⁩ في الدورة ⁨%4⁩ (⁨%5⁩).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record my payment to %1 (round %2)</source>
        <translation>سجّل دفعتي إلى ⁨%1⁩ (الدورة ⁨%2⁩)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Circle made. Everyone listed is asked to join.</source>
        <translation>أُنشئت الحلقة. طُلب من كل من في القائمة أن ينضم.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You joined “%1”.</source>
        <translation>انضممت إلى «⁨%1⁩».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your payment for round %1 is recorded. %2 confirms it when it reaches them.</source>
        <translation>سُجّلت دفعتك للدورة ⁨%1⁩. سيؤكّدها ⁨%2⁩ حين تصله.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Confirmed. Thank you.</source>
        <translation>أُكّد. شكرًا لك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your card shows your completed circles.</source>
        <translation>تُظهر بطاقتك حلقاتك المكتملة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your card does not show them.</source>
        <translation>لا تُظهرها بطاقتك.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>%1 of %2</source>
        <translation>‏⁨%1⁩ من ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>CommunityPicker</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/community_picker.py" line="+27"/>
        <source>Community screens need the sync service, which is not running.</source>
        <translation>تحتاج شاشات المجتمع إلى خدمة المزامنة، وهي لا تعمل الآن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not part of a community on this computer yet.</source>
        <translation>لست عضوًا في أي مجتمع على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the community…</source>
        <translation>جارٍ تحميل المجتمع…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (Demo town — not shared with anyone)</source>
        <translation>‏⁨{name}⁩ (بلدة تجريبية — لا تُشارَك مع أحد)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (you were removed)</source>
        <translation>‏⁨{name}⁩ (أُزلتَ منه)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Community</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(arriving…)</source>
        <translation>(في الطريق…)</translation>
    </message>
</context>
<context>
    <name>CommunityView</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/community_view.py" line="+53"/>
        <source>Which of your communities to show</source>
        <translation>أي مجتمع من مجتمعاتك يُعرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Community</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Your community, or starting and joining one</source>
        <translation>مجتمعك، أو إنشاء مجتمع والانضمام إليه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>ما الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>This community</source>
        <translation>هذا المجتمع</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Start or join</source>
        <translation>أنشئ أو انضم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scroll tabs</source>
        <translation>مرّر علامات التبويب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more tabs</source>
        <translation>اعرض مزيدًا من علامات التبويب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync on this network</source>
        <translation>زامن على هذه الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with neighbours on this network, now and whenever this computer is on it again</source>
        <translation>زامن مع جيرانك على هذه الشبكة، الآن وكلما عاد هذا الحاسوب إليها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Others on this network can then see that a Commons device is here, and a short tag for each of your communities — never a name or anything in it. On any other network it stays off.</source>
        <translation>عندها يستطيع الآخرون على هذه الشبكة أن يروا أن جهاز Commons موجود هنا، ووسمًا قصيرًا لكل مجتمع من مجتمعاتك — لا اسمًا ولا شيئًا مما فيه أبدًا. وعلى أي شبكة أخرى تبقى متوقفة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The neighbours you share a community with, and inviting new ones.</source>
        <translation>الجيران الذين تشاركهم مجتمعًا، ودعوة جيران جدد.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your name here</source>
        <translation>اسمك هنا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the others in this community see you</source>
        <translation>كيف يراك الآخرون في هذا المجتمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Save name</source>
        <translation>احفظ الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this name to the others in the community</source>
        <translation>أظهر هذا الاسم للآخرين في المجتمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite someone…</source>
        <translation>ادعُ شخصًا…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite someone</source>
        <translation>ادعُ شخصًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a one-time invite for a neighbour</source>
        <translation>أنشئ دعوة لمرة واحدة لأحد الجيران</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name here:</source>
        <translation>اسمك هنا:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Sync on this network: no network found</source>
        <translation>المزامنة على هذه الشبكة: لم يُعثر على شبكة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync with neighbours on this network ({network})</source>
        <translation>زامن مع جيرانك على هذه الشبكة (⁨{network}⁩)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Communities need the sync service, which is not running.</source>
        <translation>تحتاج المجتمعات إلى خدمة المزامنة، وهي لا تعمل الآن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not part of a community yet: start one, or join with an invite.</source>
        <translation>لست عضوًا في أي مجتمع بعد: أنشئ مجتمعًا، أو انضم بدعوة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your copy was deleted from this computer.</source>
        <translation>حُذفت نسختك من هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the name the others should see.</source>
        <translation>اكتب الاسم الذي تريد أن يراه الآخرون.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name will be saved as soon as this community&apos;s records arrive from a neighbour.</source>
        <translation>سيُحفظ اسمك حالما تصل سجلات هذا المجتمع من أحد الجيران.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name saved.</source>
        <translation>حُفظ الاسم.</translation>
    </message>
</context>
<context>
    <name>ConfirmForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="+109"/>
        <source>Confirm the target of {title}</source>
        <translation>أكّد بلوغ المستهدف في ⁨{title}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign that the target is met</source>
        <translation>وقّع أن المستهدف قد بُلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your signed confirmation; the bonus is paid once enough verifiers have signed</source>
        <translation>تأكيدك الموقَّع؛ تُدفع المكافأة حين يوقّع عدد كافٍ من المدقّقين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target is {target} {unit} ({metric}). Sign only what you have seen.</source>
        <translation>المستهدف ⁨{target}⁩ ⁨{unit}⁩ (⁨{metric}⁩). لا توقّع إلا على ما رأيته.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reached</source>
        <translation>ما بُلغ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many {unit} you confirm</source>
        <translation>كم من ⁨{unit}⁩ تؤكّد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you saw, e.g. the meal log for March</source>
        <translation>ما رأيته، مثلًا سجلّ الوجبات لشهر مارس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: say what you saw that shows the target is met.</source>
        <translation>ملاحظة: قل ما رأيته مما يُظهر أن المستهدف قد بُلغ.</translation>
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/circles/confirm_panel.py" line="+40"/>
        <source>Confirm you received %1 from %2 (round %3).</source>
        <translation>أكّد أنك تسلّمت ⁨%1⁩ من ⁨%2⁩ (الدورة ⁨%3⁩).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment to confirm</source>
        <translation>دفعة تحتاج إلى تأكيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm received</source>
        <translation>أكّد الاستلام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm received from %1</source>
        <translation>أكّد الاستلام من ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign that this payment reached you; the round is complete once every payment is confirmed</source>
        <translation>وقّع أن هذه الدفعة وصلتك؛ تكتمل الدورة حين تُؤكَّد كل الدفعات</translation>
    </message>
</context>
<context>
    <name>ContributionFilters</name>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_filters.py" line="+65"/>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show kind</source>
        <translation>النوع المعروض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every kind, or only one</source>
        <translation>اعرض كل الأنواع، أو نوعًا واحدًا فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>كل الأوقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates</source>
        <translation>تواريخ تختارها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed and recorded by me</source>
        <translation>الموقَّعة وما سجّلتُه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed only</source>
        <translation>الموقَّعة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by me only</source>
        <translation>ما سجّلتُه فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden signed lines</source>
        <translation>السطور الموقَّعة المخفية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed or recorded by me</source>
        <translation>الموقَّعة أو ما سجّلتُه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed lines come from a community&apos;s ledger by themselves; the others you recorded</source>
        <translation>السطور الموقَّعة تأتي وحدها من حسابات مجتمع ما؛ والبقية سجّلتَها أنت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which days the list and totals cover</source>
        <translation>الأيام التي تشملها القائمة والمجاميع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day of the custom period</source>
        <translation>أول يوم في الفترة المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day of the custom period</source>
        <translation>آخر يوم في الفترة المختارة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>اعرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for</source>
        <translation>خلال</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>all time</source>
        <translation>كل الأوقات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} to {last}</source>
        <translation>من ⁨{first}⁩ إلى {last}</translation>
    </message>
</context>
<context>
    <name>ContributionForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_form.py" line="+60"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you gave: time, money, a stake, …</source>
        <translation>ما قدّمته: وقت، مال، حصة، …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Three-letter currency code, e.g. EUR or GBP</source>
        <translation>رمز العملة من ثلاثة أحرف، مثلًا EUR أو GBP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a person, group or project (optional)</source>
        <translation>شخص أو مجموعة أو مشروع (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who with</source>
        <translation>مع من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who you gave it to or with (optional)</source>
        <translation>لمن قدّمته أو مع من (اختياري)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what it was for (optional)</source>
        <translation>لأي غرض كان (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A private note; only you can read it</source>
        <translation>ملاحظة خاصة؛ لا يقرؤها أحد سواك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day you gave it; today unless you change it</source>
        <translation>اليوم الذي قدّمته فيه؛ اليوم ما لم تغيّره</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount</source>
        <translation>ال&amp;مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who with</source>
        <translation>م&amp;ع من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>م&amp;لاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing</source>
        <translation>ألغِ التعديل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop changing this contribution (Esc)</source>
        <translation>توقّف عن تغيير هذه المساهمة (Esc)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Add a contribution</source>
        <translation>أضف مساهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>أ&amp;ضف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add contribution</source>
        <translation>أضف مساهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this contribution (Enter)</source>
        <translation>أضف هذه المساهمة (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the contribution of {day}</source>
        <translation>غيّر مساهمة يوم ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save changes</source>
        <translation>ا&amp;حفظ التغييرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>احفظ التغييرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this contribution (Enter)</source>
        <translation>احفظ التغييرات على هذه المساهمة (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hours:minutes, e.g. 1:30</source>
        <translation>ساعات:دقائق، مثلًا 1:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long: hours and minutes such as 1:30, or 45 min</source>
        <translation>كم من الوقت: ساعات ودقائق مثل 1:30، أو 45 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 12.50</source>
        <translation>مثلًا 12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much, with up to two decimals, such as 12.50</source>
        <translation>كم، بمنزلتين عشريتين على الأكثر، مثل 12.50</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_model.py" line="+216"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who with</source>
        <translation>مع من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>موقَّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded by you</source>
        <translation>سجّلتَه أنت</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_view.py" line="+95"/>
        <location line="+297"/>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>A record of what you gave: time, money, stakes, circle payments and time credits.</source>
        <translation>سجلّ لما قدّمته: وقت، ومال، وحصص، ومدفوعات الحلقة، وأرصدة الوقت.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A signed line from a community&apos;s ledger cannot be changed; you can hide it.</source>
        <translation>لا يمكن تغيير سطر موقَّع من حسابات مجتمع؛ يمكنك إخفاؤه.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{amount} on {day} deleted.</source>
        <translation>حُذف ⁨{amount}⁩ بتاريخ ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{amount} on {day} hidden.</source>
        <translation>أُخفي ⁨{amount}⁩ بتاريخ ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} on {day} shown again.</source>
        <translation>أُظهر ⁨{amount}⁩ بتاريخ ⁨{day}⁩ من جديد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export contributions as CSV — the file is not encrypted</source>
        <translation>تصدير المساهمات بصيغة CSV — الملف غير مشفّر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who with</source>
        <translation>مع من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>موقَّع</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contribution(s) saved to {file}.</source>
        <translation>
            <numerusform>لم تُحفظ أي مساهمة في ⁨{file}⁩.</numerusform>
            <numerusform>حُفظت مساهمة واحدة في ⁨{file}⁩.</numerusform>
            <numerusform>حُفظت مساهمتان في ⁨{file}⁩.</numerusform>
            <numerusform>حُفظت %n مساهمات في ⁨{file}⁩.</numerusform>
            <numerusform>حُفظت %n مساهمةً في ⁨{file}⁩.</numerusform>
            <numerusform>حُفظت %n مساهمة في ⁨{file}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a PDF statement — the file is not encrypted</source>
        <translation>احفظ كشفًا بصيغة PDF — الملف غير مشفّر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Statement saved to {file}.</source>
        <translation>حُفظ الكشف في ⁨{file}⁩.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved. It is outside the kind or period shown, so it is not in the list.</source>
        <translation>حُفظ. لكنه خارج النوع أو الفترة المعروضين، لذا لا يظهر في القائمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added.</source>
        <translation>أُضيف.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not write {file} ({reason}). Choose another folder and try again.</source>
        <translation>تعذّرت كتابة ⁨{file}⁩ (⁨{reason}⁩). اختر مجلدًا آخر وحاول مجددًا.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Totals for {period}</source>
        <translation>المجاميع: ⁨{period}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded for this period yet.</source>
        <translation>لا شيء مسجَّل لهذه الفترة بعد.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>S&amp;how again</source>
        <translation>إ&amp;ظهار مجددًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>&amp;Hide</source>
        <translation>&amp;إخفاء</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Newest first. Enter or double-click changes one you recorded; Delete removes it. Signed lines from a community&apos;s ledger can only be hidden</source>
        <translation>الأحدث أولًا. Enter أو النقر المزدوج يغيّر ما سجّلتَه؛ Delete يحذفه. السطور الموقَّعة من حسابات مجتمع لا يمكن إلا إخفاؤها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded for this kind and period.</source>
        <translation>لا شيء مسجَّل لهذا النوع وهذه الفترة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contribution</source>
        <translation>تعديل المساهمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the chosen contribution (Enter)</source>
        <translation>غيّر المساهمة المختارة (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete contribution</source>
        <translation>حذف المساهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen contribution (Delete); you can undo it</source>
        <translation>احذف المساهمة المختارة (Delete)؛ يمكنك التراجع عن ذلك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide or show signed line</source>
        <translation>إخفاء سطر موقَّع أو إظهاره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the chosen signed line from the list, the totals and the statement, or show it again</source>
        <translation>أخفِ السطر الموقَّع المختار من القائمة والمجاميع والكشف، أو أظهره من جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the contributions shown as a spreadsheet file. The file is not encrypted.</source>
        <translation>احفظ المساهمات المعروضة في ملف جدول بيانات. الملف غير مشفّر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statement (&amp;PDF)…</source>
        <translation>كشف (&amp;PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement as PDF</source>
        <translation>كشف بصيغة PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a printable statement of this period with totals. The file is not encrypted.</source>
        <translation>احفظ كشفًا قابلًا للطباعة لهذه الفترة مع المجاميع. الملف غير مشفّر.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../src/commons_desktop/shell/controller.py" line="+219"/>
        <source>Starting a guest session…</source>
        <translation>جارٍ بدء جلسة ضيف…</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>تغيّرت عبارة المرور. استخدم الجديدة من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The profile was deleted from this computer.</source>
        <translation>حُذف الملف الشخصي من هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The guest session has ended and its data was wiped.</source>
        <translation>انتهت جلسة الضيف ومُحيت بياناتها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked. Your data is encrypted on disk.</source>
        <translation>مقفل. بياناتك مشفّرة على القرص.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End guest session</source>
        <translation>إنهاء جلسة الضيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the guest session? Everything in it is wiped and cannot be brought back.</source>
        <translation>أتريد إنهاء جلسة الضيف؟ سيُمحى كل ما فيها ولا يمكن استعادته.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Commons</source>
        <translation>Commons</translation>
    </message>
</context>
<context>
    <name>CreditsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/credits/credits_view.py" line="+42"/>
        <source>Which community&apos;s time credits to show</source>
        <translation>أرصدة الوقت لأي مجتمع تُعرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your time credits</source>
        <translation>رصيدك من الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your balance and how much you can still give</source>
        <translation>رصيدك وكم تستطيع أن تعطي بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Whether you are close to your limit</source>
        <translation>هل أنت قريب من حدّك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give time credits…</source>
        <translation>أعطِ رصيد وقت…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give time credits</source>
        <translation>أعطِ رصيد وقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thank someone for their time</source>
        <translation>اشكر أحدهم على وقته</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>What for</source>
        <translation>مقابل ماذا</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers that count once their receiver confirms them</source>
        <translation>تحويلات تُحتسب حين يؤكّدها مستلمها</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>أكّد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm the time credits you received</source>
        <translation>أكّد رصيد الوقت الذي تلقّيته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can give</source>
        <translation>يستطيع أن يعطي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balances</source>
        <translation>الأرصدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone&apos;s time credits, in minutes</source>
        <translation>أرصدة الوقت للجميع، بالدقائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set limit…</source>
        <translation>حدّد الحد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+251"/>
        <source>Set limit</source>
        <translation>حدّد الحد</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>How far below zero the selected member may go (admins)</source>
        <translation>إلى أي حد تحت الصفر يمكن أن ينزل العضو المختار (للمشرفين)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed</source>
        <translation>مؤكَّدة</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+6"/>
        <location line="+137"/>
        <source>History</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Every confirmed transfer, newest first; signed, never rewritten</source>
        <translation>كل تحويل مؤكَّد، الأحدث أولًا؛ موقَّع، ولا يُعاد كتابته أبدًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened last</source>
        <translation>آخر ما حدث</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting to be confirmed</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone&apos;s balance</source>
        <translation>رصيد الجميع</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time credits</source>
        <translation>رصيد الوقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An hour of anyone&apos;s time is worth the same. Give credits to thank someone; they count once they confirm.</source>
        <translation>ساعة من وقت أي شخص تساوي ساعة من وقت غيره. أعطِ رصيدًا لتشكر أحدهم؛ ويُحتسب حين يؤكّده.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Counting the time credits…</source>
        <translation>جارٍ عدّ أرصدة الوقت…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>History: the newest {shown} of {total}</source>
        <translation>السجل: أحدث ⁨{shown}⁩ من ⁨{total}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add your name to this community to give and receive time credits.</source>
        <translation>أضف اسمك إلى هذا المجتمع لتعطي رصيد الوقت وتتلقّاه.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Your balance: %n minute(s).</source>
        <translation>
            <numerusform>رصيدك: %n دقيقة.</numerusform>
            <numerusform>رصيدك: دقيقة واحدة.</numerusform>
            <numerusform>رصيدك: دقيقتان.</numerusform>
            <numerusform>رصيدك: %n دقائق.</numerusform>
            <numerusform>رصيدك: %n دقيقةً.</numerusform>
            <numerusform>رصيدك: %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your balance: %n minute(s) below zero.</source>
        <translation>
            <numerusform>رصيدك: %n دقيقة تحت الصفر.</numerusform>
            <numerusform>رصيدك: دقيقة واحدة تحت الصفر.</numerusform>
            <numerusform>رصيدك: دقيقتان تحت الصفر.</numerusform>
            <numerusform>رصيدك: %n دقائق تحت الصفر.</numerusform>
            <numerusform>رصيدك: %n دقيقةً تحت الصفر.</numerusform>
            <numerusform>رصيدك: %n دقيقة تحت الصفر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You can give up to %n minute(s).</source>
        <translation>
            <numerusform>لا تستطيع أن تعطي دقائق الآن.</numerusform>
            <numerusform>تستطيع أن تعطي حتى دقيقة واحدة.</numerusform>
            <numerusform>تستطيع أن تعطي حتى دقيقتين.</numerusform>
            <numerusform>تستطيع أن تعطي حتى %n دقائق.</numerusform>
            <numerusform>تستطيع أن تعطي حتى %n دقيقةً.</numerusform>
            <numerusform>تستطيع أن تعطي حتى %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have reached your limit: you can give again once someone gives you their time.</source>
        <translation>بلغت حدّك: يمكنك أن تعطي من جديد حين يعطيك أحدهم من وقته.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You are close to your limit of %n minute(s) below zero.</source>
        <translation>
            <numerusform>أنت قريب من حدّك البالغ %n دقيقة تحت الصفر.</numerusform>
            <numerusform>أنت قريب من حدّك البالغ دقيقة واحدة تحت الصفر.</numerusform>
            <numerusform>أنت قريب من حدّك البالغ دقيقتين تحت الصفر.</numerusform>
            <numerusform>أنت قريب من حدّك البالغ %n دقائق تحت الصفر.</numerusform>
            <numerusform>أنت قريب من حدّك البالغ %n دقيقةً تحت الصفر.</numerusform>
            <numerusform>أنت قريب من حدّك البالغ %n دقيقة تحت الصفر.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for you to confirm</source>
        <translation>بانتظار أن تؤكّده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for %1 to confirm</source>
        <translation>بانتظار أن يؤكّده ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent: it counts once they confirm.</source>
        <translation>أُرسل: يُحتسب حين يؤكّده المستلم.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmed: thank you.</source>
        <translation>أُكّد: شكرًا لك.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many minutes below zero may %1 go?</source>
        <translation>كم دقيقة تحت الصفر يمكن أن ينزل ⁨%1⁩؟</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Limit set.</source>
        <translation>حُدّد الحد.</translation>
    </message>
</context>
<context>
    <name>DemoCard</name>
    <message>
        <location filename="../../src/commons_desktop/features/home/demo_card.py" line="+24"/>
        <location line="+46"/>
        <source>Explore a &amp;demo town</source>
        <translation>استكشف &amp;بلدة تجريبية</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Explore a demo town</source>
        <translation>استكشف بلدة تجريبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Millbrook, a made-up community kept on this computer and not shared with anyone</source>
        <translation>افتح ميلبروك، مجتمعًا متخيَّلًا محفوظًا على هذا الحاسوب ولا يُشارَك مع أحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the demo town…</source>
        <translation>أزل البلدة التجريبية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <location line="+10"/>
        <location line="+1"/>
        <source>Remove the demo town</source>
        <translation>أزل البلدة التجريبية</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+78"/>
        <source>Delete the demo town from this computer</source>
        <translation>احذف البلدة التجريبية من هذا الحاسوب</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Demo town</source>
        <translation>بلدة تجريبية</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Millbrook is a made-up town: its people, assets, events and shared purse show what a neighbourhood does with Commons. It stays on this computer and is not shared with anyone.</source>
        <translation>ميلبروك بلدة متخيَّلة: أهلها ومواردها وفعالياتها وصندوقها المشترك تُريك ما يفعله حيٌّ بـCommons. تبقى على هذا الحاسوب ولا تُشارَك مع أحد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;demo town</source>
        <translation>افتح ال&amp;بلدة التجريبية</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove the demo town?</source>
        <translation>أتريد إزالة البلدة التجريبية؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is deleted from this computer. It was never shared with anyone; you can explore a new one.</source>
        <translation>ستُحذف من هذا الحاسوب. لم تُشارَك مع أحد قط؛ ويمكنك استكشاف بلدة جديدة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The demo town was removed.</source>
        <translation>أُزيلت البلدة التجريبية.</translation>
    </message>
</context>
<context>
    <name>DepositForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="+125"/>
        <source>Deposit into the purse</source>
        <translation>إيداع في الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit</source>
        <translation>أودِع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the deposit, signed by this computer, for every neighbour to see</source>
        <translation>سجّل الإيداع، موقّعًا من هذا الحاسوب، ليراه كل الجيران</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much you pay into the purse</source>
        <translation>كم تدفع في الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Optional: what the money is from, e.g. the summer fair</source>
        <translation>اختياري: من أين جاء المال، مثلًا سوق الصيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount: enter more than 0.</source>
        <translation>المقدار: أدخل أكثر من 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency: three capital letters, e.g. GBP or EUR.</source>
        <translation>العملة: ثلاثة أحرف لاتينية كبيرة، مثلًا GBP أو EUR.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/events/event_form.py" line="+67"/>
        <source>{day} {time}</source>
        <translation>‏⁨{day}⁩ {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, {start}–{end}</source>
        <translation>‏⁨{day}⁩، {start}–{end}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit event</source>
        <translation>تعديل الفعالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an event</source>
        <translation>أضف فعالية</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+84"/>
        <location line="+119"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>What the event is called</source>
        <translation>اسم الفعالية</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <location line="+119"/>
        <source>Starts</source>
        <translation>تبدأ</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>When it starts, in the event&apos;s time zone</source>
        <translation>متى تبدأ، بتوقيت مكان الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <location line="+119"/>
        <source>Ends</source>
        <translation>تنتهي</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>When it ends, in the event&apos;s time zone</source>
        <translation>متى تنتهي، بتوقيت مكان الفعالية</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <location line="+119"/>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>The place&apos;s time zone, e.g. Europe/London</source>
        <translation>المنطقة الزمنية للمكان، مثلًا Europe/London</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <location line="+119"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Where it happens</source>
        <translation>أين تُقام</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <location line="+119"/>
        <source>Organiser</source>
        <translation>المنظِّم</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Who organises it (a name, shown to everyone)</source>
        <translation>من ينظّمها (اسم يظهر للجميع)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+70"/>
        <location line="+119"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>What to know or bring</source>
        <translation>ما ينبغي معرفته أو إحضاره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not repeat</source>
        <translation>لا تتكرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <location line="+119"/>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>How often the event happens</source>
        <translation>كم مرة تُقام الفعالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>Interval</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Every how many days, weeks or months</source>
        <translation>كل كم يومًا أو أسبوعًا أو شهرًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No end</source>
        <translation>بلا نهاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a number of times</source>
        <translation>بعد عدد من المرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until a date</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat ends</source>
        <translation>نهاية التكرار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the repeating stops</source>
        <translation>متى يتوقف التكرار</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+175"/>
        <source>Number of times</source>
        <translation>عدد المرات</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>How many times it happens in all</source>
        <translation>كم مرة تُقام إجمالًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+170"/>
        <source>Last day</source>
        <translation>آخر يوم</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>The last day an occurrence may start</source>
        <translation>آخر يوم يمكن أن تبدأ فيه إحدى المرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every</source>
        <translation>كل</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+36"/>
        <source>Occurrences</source>
        <translation>المرات</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Untick an occurrence to cancel it; select one and move it to another time</source>
        <translation>أزل العلامة عن مرةٍ لإلغائها؛ اختر مرةً وانقلها إلى وقت آخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to</source>
        <translation>انقل إلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new start of the selected occurrence</source>
        <translation>البداية الجديدة للمرة المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move</source>
        <translation>انقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold the selected occurrence at the new time</source>
        <translation>أقم المرة المختارة في الوقت الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Back to its usual time</source>
        <translation>أعدها إلى وقتها المعتاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the move of the selected occurrence</source>
        <translation>تراجع عن نقل المرة المختارة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the event, or leave it as it was</source>
        <translation>احفظ الفعالية، أو اتركها كما كانت</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {problem}. Nothing was saved.</source>
        <translation>‏⁨{field}⁩: ⁨{problem}⁩. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{usual} → moved to {when}</source>
        <translation>‏⁨{usual}⁩ ← نُقلت إلى ⁨{when}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} (cancelled)</source>
        <translation>‏⁨{when}⁩ (أُلغيت)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select the occurrence to move first.</source>
        <translation>اختر أولًا المرة التي تريد نقلها.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/events/events_view.py" line="+53"/>
        <source>Which community&apos;s events to show</source>
        <translation>فعاليات أي مجتمع تُعرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>القادمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The community&apos;s events, the next one first</source>
        <translation>فعاليات المجتمع، الأقرب أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See the events as a list or as a week</source>
        <translation>اعرض الفعاليات قائمةً أو أسبوعًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scroll tabs</source>
        <translation>مرّر علامات التبويب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more tabs</source>
        <translation>اعرض مزيدًا من علامات التبويب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add event…</source>
        <translation>أضف فعالية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add event</source>
        <translation>أضف فعالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an event to this community</source>
        <translation>أضف فعالية إلى هذا المجتمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit event</source>
        <translation>تعديل الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected event (its organiser or an admin)</source>
        <translation>غيّر الفعالية المختارة (لمنظّمها أو لمشرف)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export event…</source>
        <translation>تصدير الفعالية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export event</source>
        <translation>تصدير الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected event as an .ics file for your calendar</source>
        <translation>احفظ الفعالية المختارة في ملف ‎.ics لتقويمك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export all…</source>
        <translation>تصدير الكل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all</source>
        <translation>تصدير الكل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save every event as one .ics file</source>
        <translation>احفظ كل الفعاليات في ملف ‎.ics واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the events of an .ics file to this community</source>
        <translation>أضف فعاليات ملف ‎.ics إلى هذا المجتمع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened last</source>
        <translation>آخر ما حدث</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What is on in your community. Export events to your own calendar, or import them from one.</source>
        <translation>ما يجري في مجتمعك. صدّر الفعاليات إلى تقويمك، أو استوردها من تقويم.</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>لا فعاليات</numerusform>
            <numerusform>فعالية واحدة</numerusform>
            <numerusform>فعاليتان</numerusform>
            <numerusform>%n فعاليات</numerusform>
            <numerusform>%n فعاليةً</numerusform>
            <numerusform>%n فعالية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over (last: {when})</source>
        <translation>انتهت (آخرها: ⁨{when}⁩)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{when} ({time} in {zone})</source>
        <translation>‏⁨{when}⁩ ({time} بتوقيت ⁨{zone}⁩)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Every %n days</source>
        <translation>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل يوم</numerusform>
            <numerusform>كل يومين</numerusform>
            <numerusform>كل %n أيام</numerusform>
            <numerusform>كل %n يومًا</numerusform>
            <numerusform>كل %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n weeks</source>
        <translation>
            <numerusform>كل %n أسبوع</numerusform>
            <numerusform>كل أسبوع</numerusform>
            <numerusform>كل أسبوعين</numerusform>
            <numerusform>كل %n أسابيع</numerusform>
            <numerusform>كل %n أسبوعًا</numerusform>
            <numerusform>كل %n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n months</source>
        <translation>
            <numerusform>كل %n شهر</numerusform>
            <numerusform>كل شهر</numerusform>
            <numerusform>كل شهرين</numerusform>
            <numerusform>كل %n أشهر</numerusform>
            <numerusform>كل %n شهرًا</numerusform>
            <numerusform>كل %n شهر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rule}, with changes</source>
        <translation>‏⁨{rule}⁩، مع تعديلات</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The linked event&apos;s community is not on this computer (yet).</source>
        <translation>مجتمع الفعالية المرتبطة ليس على هذا الحاسوب (بعد).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the linked event.</source>
        <translation>تُعرض الفعالية المرتبطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked event is not in this community (yet).</source>
        <translation>الفعالية المرتبطة ليست في هذا المجتمع (بعد).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Event added.</source>
        <translation>أُضيفت الفعالية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event saved.</source>
        <translation>حُفظت الفعالية.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason}</source>
        <translation>لم تُحفظ: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export events</source>
        <translation>تصدير الفعاليات</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم ‏(*.ics)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not save {path}: {reason}</source>
        <translation>تعذّر حفظ ⁨{path}⁩: ⁨{reason}⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>لم تُحفظ أي فعالية في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظت فعالية واحدة في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظت فعاليتان في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظت %n فعاليات في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظت %n فعاليةً في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظت %n فعالية في ⁨{path}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import events</source>
        <translation>استيراد الفعاليات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not imported: the file is larger than 2 MB.</source>
        <translation>لم يُستورد: حجم الملف أكبر من 2 ميغابايت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not UTF-8 text</source>
        <translation>ليس نصًّا بترميز UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported: {reason}.</source>
        <translation>لم يُستورد: ⁨{reason}⁩.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n event(s).</source>
        <translation>
            <numerusform>لم تُستورد أي فعالية.</numerusform>
            <numerusform>استُوردت فعالية واحدة.</numerusform>
            <numerusform>استُوردت فعاليتان.</numerusform>
            <numerusform>استُوردت %n فعاليات.</numerusform>
            <numerusform>استُوردت %n فعاليةً.</numerusform>
            <numerusform>استُوردت %n فعالية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/export_dialog.py" line="+46"/>
        <source>Back up or move this profile</source>
        <translation>انسخ هذا الملف الشخصي احتياطيًا أو انقله</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commons writes your whole profile to one file, encrypted with the passphrase you type here (it may be this profile&apos;s own). Keep the file as a backup, or open it on your own device with “Import a profile…”. Anyone who has the file and its passphrase can read everything in it, and nobody can open it without the passphrase.</source>
        <translation>يكتب Commons ملفك الشخصي كله في ملف واحد، مشفّرًا بعبارة المرور التي تكتبها هنا (يمكن أن تكون عبارة هذا الملف الشخصي نفسها). احتفظ بالملف نسخةً احتياطية، أو افتحه على جهازك الآخر بـ«استيراد ملف شخصي…». كل من لديه الملف وعبارة مروره يستطيع قراءة كل ما فيه، ولا يستطيع أحد فتحه دون عبارة المرور.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export file</source>
        <translation>ملف التصدير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the encrypted file is saved</source>
        <translation>أين يُحفظ الملف المشفّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file</source>
        <translation>اختر الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the folder and name of the file</source>
        <translation>اختر المجلد واسم الملف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase for the file</source>
        <translation>عبارة المرور للملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed to open the file. A few unrelated words work well; your profile&apos;s own is fine.</source>
        <translation>تلزم لفتح الملف. بضع كلمات لا رابط بينها تفي بالغرض؛ وعبارة ملفك الشخصي مناسبة أيضًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat passphrase for the file</source>
        <translation>أعد عبارة المرور للملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the file&apos;s passphrase again</source>
        <translation>اكتب عبارة مرور الملف مرة أخرى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons is encrypting and writing the file</source>
        <translation>يشفّر Commons الملف ويكتبه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>ال&amp;ملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>القوة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the encrypted file. Enabled once the passphrase is strong and repeated.</source>
        <translation>اكتب الملف المشفّر. يُتاح حين تكون عبارة المرور قوية ومكرّرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>أغلق هذه النافذة</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the encrypted profile</source>
        <translation>احفظ الملف الشخصي المشفّر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons profiles (*{suffix})</source>
        <translation>ملفات Commons الشخصية (*{suffix})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two passphrases do not match yet.</source>
        <translation>عبارتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Encrypting and writing the file; this takes a few seconds…</source>
        <translation>جارٍ تشفير الملف وكتابته؛ يستغرق هذا بضع ثوانٍ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved to {path}. To open it on another device, choose “Import a profile…” there and type the file&apos;s passphrase. Keep the file as safe as a key.</source>
        <translation>حُفظ في ⁨{path}⁩. لفتحه على جهاز آخر، اختر هناك «استيراد ملف شخصي…» واكتب عبارة مرور الملف. احفظ الملف بعناية كما تحفظ مفتاحًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {path}. Choose another folder and try again.</source>
        <translation>تعذّرت كتابة ⁨{path}⁩. اختر مجلدًا آخر وحاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>GapProjectForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/project_form.py" line="+53"/>
        <source>Start a project for this gap</source>
        <translation>ابدأ مشروعًا لسدّ هذه الفجوة</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Linked to %n need(s) in {category}, {area}:</source>
        <translation>
            <numerusform>غير مرتبط بأي حاجة في ⁨{category}⁩، ⁨{area}⁩:</numerusform>
            <numerusform>مرتبط بحاجة واحدة في ⁨{category}⁩، ⁨{area}⁩:</numerusform>
            <numerusform>مرتبط بحاجتين في ⁨{category}⁩، ⁨{area}⁩:</numerusform>
            <numerusform>مرتبط بـ%n حاجات في ⁨{category}⁩، ⁨{area}⁩:</numerusform>
            <numerusform>مرتبط بـ%n حاجةً في ⁨{category}⁩، ⁨{area}⁩:</numerusform>
            <numerusform>مرتبط بـ%n حاجة في ⁨{category}⁩، ⁨{area}⁩:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{category} in {area}</source>
        <translation>‏⁨{category}⁩ في ⁨{area}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The project&apos;s name</source>
        <translation>اسم المشروع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meet what neighbours in {area} need: {needs}</source>
        <translation>لبِّ ما يحتاجه الجيران في ⁨{area}⁩: ⁨{needs}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>What the project will do</source>
        <translation>ما سيفعله المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs met</source>
        <translation>حاجات مُلبّاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The social benefit it counts, e.g. meals served</source>
        <translation>النفع الاجتماعي الذي يَعُدّه، مثلًا الوجبات المقدَّمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs</source>
        <translation>حاجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>What one of the measure is, e.g. meals</source>
        <translation>ما تمثله الوحدة من المقياس، مثلًا وجبات</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How many, in the unit, when it has done its work</source>
        <translation>كم، بالوحدة، حين ينجز عمله</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Stake price</source>
        <translation>سعر الحصة</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What one stake costs</source>
        <translation>كم تكلّف الحصة الواحدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Three capital letters, e.g. GBP or EUR</source>
        <translation>ثلاثة أحرف لاتينية كبيرة، مثلًا GBP أو EUR</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Stakes offered</source>
        <translation>الحصص المعروضة</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>How many stakes neighbours can buy</source>
        <translation>كم حصة يستطيع الجيران شراءها</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Bonus</source>
        <translation>المكافأة</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Paid on top of each stake when the target is met</source>
        <translation>تُدفع فوق كل حصة عند بلوغ المستهدف</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Repay by</source>
        <translation>السداد قبل</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>When stakeholders are repaid</source>
        <translation>متى تُرد الأموال لأصحاب الحصص</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Propose the project</source>
        <translation>اقترح المشروع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share the proposal, linked to these needs</source>
        <translation>شارك الاقتراح، مرتبطًا بهذه الحاجات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title: name the project in up to 200 characters.</source>
        <translation>العنوان: سمِّ المشروع في 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal: say what the project will do.</source>
        <translation>الهدف: قل ما سيفعله المشروع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure: say what it counts, e.g. meals served.</source>
        <translation>المقياس: قل ما الذي يَعُدّه، مثلًا الوجبات المقدَّمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit: say what one of the measure is, e.g. meals.</source>
        <translation>الوحدة: قل ما تمثله الوحدة من المقياس، مثلًا وجبات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stake price: a stake costs something; enter more than 0.</source>
        <translation>سعر الحصة: للحصة ثمن؛ أدخل أكثر من 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency: three capital letters, e.g. GBP or EUR.</source>
        <translation>العملة: ثلاثة أحرف لاتينية كبيرة، مثلًا GBP أو EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakes offered: offer at least one stake.</source>
        <translation>الحصص المعروضة: اعرض حصة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repay by: choose a day after today.</source>
        <translation>السداد قبل: اختر يومًا بعد اليوم.</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/gaps_panel.py" line="+48"/>
        <source>Gaps: needs nobody meets</source>
        <translation>الفجوات: حاجات لا يلبّيها أحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Needs nobody meets</source>
        <translation>حاجات لا يلبّيها أحد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most urgent</source>
        <translation>الأشد إلحاحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>الفجوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open needs with no open offer and no asset of their category in their area</source>
        <translation>حاجات مفتوحة بلا عرض مفتوح ولا مورد من فئتها في منطقتها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlaps: support offered several times over</source>
        <translation>التداخلات: دعم معروض أكثر من مرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open needs</source>
        <translation>الحاجات المفتوحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open offers</source>
        <translation>العروض المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps</source>
        <translation>التداخلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places where two or more open offers answer the same need</source>
        <translation>أماكن يلبّي فيها عرضان مفتوحان أو أكثر الحاجة نفسها</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n need(s) nobody meets</source>
        <translation>
            <numerusform>لا حاجات بلا تلبية</numerusform>
            <numerusform>حاجة واحدة لا يلبّيها أحد</numerusform>
            <numerusform>حاجتان لا يلبّيهما أحد</numerusform>
            <numerusform>%n حاجات لا يلبّيها أحد</numerusform>
            <numerusform>%n حاجةً لا يلبّيها أحد</numerusform>
            <numerusform>%n حاجة لا يلبّيها أحد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n place(s) with a gap</source>
        <translation>
            <numerusform>لا أماكن فيها فجوة</numerusform>
            <numerusform>مكان واحد فيه فجوة</numerusform>
            <numerusform>مكانان فيهما فجوة</numerusform>
            <numerusform>%n أماكن فيها فجوة</numerusform>
            <numerusform>%n مكانًا فيها فجوة</numerusform>
            <numerusform>%n مكان فيها فجوة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n place(s) offered several times over</source>
        <translation>
            <numerusform>لا أماكن معروضة أكثر من مرة</numerusform>
            <numerusform>مكان واحد معروض أكثر من مرة</numerusform>
            <numerusform>مكانان معروضان أكثر من مرة</numerusform>
            <numerusform>%n أماكن معروضة أكثر من مرة</numerusform>
            <numerusform>%n مكانًا معروضًا أكثر من مرة</numerusform>
            <numerusform>%n مكان معروض أكثر من مرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiveForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/credits/give_form.py" line="+30"/>
        <source>Give time credits</source>
        <translation>أعطِ رصيد وقت</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Who gave you their time</source>
        <translation>من أعطاك من وقته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>How much time they gave, in minutes</source>
        <translation>كم من الوقت أعطاك، بالدقائق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: fixed my bike</source>
        <translation>مثلًا: أصلح درّاجتي</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>What for</source>
        <translation>مقابل ماذا</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A few words on what they did (everyone in the community sees it)</source>
        <translation>كلمات قليلة عمّا فعله (يراها كل من في المجتمع)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How close this takes you to your limit</source>
        <translation>كم يقرّبك هذا من حدّك</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Give</source>
        <translation>أعطِ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the time credits; they count once the receiver confirms</source>
        <translation>أرسل رصيد الوقت؛ يُحتسب حين يؤكّده المستلم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without giving anything</source>
        <translation>أغلق دون أن تعطي شيئًا</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have reached your limit: you can give again once someone gives you their time.</source>
        <translation>بلغت حدّك: يمكنك أن تعطي من جديد حين يعطيك أحدهم من وقته.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>After this you can give %n more minute(s) until someone gives you their time.</source>
        <translation>
            <numerusform>بعد هذا لا تستطيع أن تعطي دقائق أخرى حتى يعطيك أحدهم من وقته.</numerusform>
            <numerusform>بعد هذا تستطيع أن تعطي دقيقة واحدة أخرى حتى يعطيك أحدهم من وقته.</numerusform>
            <numerusform>بعد هذا تستطيع أن تعطي دقيقتين أخريين حتى يعطيك أحدهم من وقته.</numerusform>
            <numerusform>بعد هذا تستطيع أن تعطي %n دقائق أخرى حتى يعطيك أحدهم من وقته.</numerusform>
            <numerusform>بعد هذا تستطيع أن تعطي %n دقيقةً أخرى حتى يعطيك أحدهم من وقته.</numerusform>
            <numerusform>بعد هذا تستطيع أن تعطي %n دقيقة أخرى حتى يعطيك أحدهم من وقته.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receiver confirms, and then it counts.</source>
        <translation>يؤكّد المستلم، ثم يُحتسب.</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/goal_form.py" line="+46"/>
        <source>e.g. Walk to the park three times a week</source>
        <translation>مثلًا المشي إلى الحديقة ثلاث مرات في الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to work towards; press Enter to save</source>
        <translation>ما تريد أن تسعى إليه؛ اضغط Enter للحفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it matters to you (optional)</source>
        <translation>لماذا يهمك (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matters</source>
        <translation>لماذا يهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: why this goal matters to you; press Enter to save</source>
        <translation>اختياري: لماذا يهمك هذا الهدف؛ اضغط Enter للحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target date</source>
        <translation>التاريخ ال&amp;مستهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a target date</source>
        <translation>له تاريخ مستهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to give the goal a date to aim for</source>
        <translation>ضع علامة لتعطي الهدف تاريخًا تسعى إليه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date you aim to reach this goal by</source>
        <translation>التاريخ الذي تأمل أن تبلغ هذا الهدف قبله</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether you are working on this goal, resting it, or finished</source>
        <translation>هل تعمل على هذا الهدف، أم أرجأته قليلًا، أم أنجزته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing</source>
        <translation>ألغِ التعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing; the goal stays as it was</source>
        <translation>توقّف عن التعديل؛ يبقى الهدف كما كان</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Edit goal</source>
        <translation>تعديل الهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save goal</source>
        <translation>احف&amp;ظ الهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;goal</source>
        <translation>&amp;أضف هدفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save goal</source>
        <translation>احفظ الهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add goal</source>
        <translation>أضف هدفًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to this goal (Enter)</source>
        <translation>احفظ التغييرات على هذا الهدف (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the new goal (Enter)</source>
        <translation>أضف الهدف الجديد (Enter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>G&amp;oal</source>
        <translation>ال&amp;هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why</source>
        <translation>&amp;لماذا</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/goals_panel.py" line="+57"/>
        <location line="+4"/>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose a goal to see its steps; Delete removes it</source>
        <translation>اختر هدفًا لترى خطواته؛ Delete يحذفه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Things I want to work towards, in small steps I can tick off.</source>
        <translation>أشياء أريد أن أسعى إليها، بخطوات صغيرة أضع عليها علامة حين أنجزها.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share of this goal&apos;s actions that are done</source>
        <translation>نسبة ما أُنجز من خطوات هذا الهدف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions for this goal</source>
        <translation>خطوات هذا الهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks an action as done or not done; Delete removes it</source>
        <translation>مفتاح المسافة يعلّم الخطوة منجزة أو غير منجزة؛ Delete يحذفها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit goal</source>
        <translation>&amp;تعديل الهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit goal</source>
        <translation>تعديل الهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change this goal</source>
        <translation>غيّر هذا الهدف</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove goal</source>
        <translation>أزل الهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this goal and its actions; you can undo it</source>
        <translation>أزل هذا الهدف وخطواته؛ يمكنك التراجع عن ذلك</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove action</source>
        <translation>أزل الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected action (Delete); you can undo it</source>
        <translation>أزل الخطوة المختارة (Delete)؛ يمكنك التراجع عن ذلك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A small step towards this goal</source>
        <translation>خطوة صغيرة نحو هذا الهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>خطوة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a step towards the chosen goal, then press Enter</source>
        <translation>اكتب خطوة نحو الهدف المختار، ثم اضغط Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a&amp;ction</source>
        <translation>أضف &amp;خطوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add action</source>
        <translation>أضف خطوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the step to the chosen goal (Enter)</source>
        <translation>أضف الخطوة إلى الهدف المختار (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with this goal</source>
        <translation>مشكلة في هذا الهدف</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Goal “{title}” removed.</source>
        <translation>أُزيل الهدف «⁨{title}⁩».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action removed.</source>
        <translation>أُزيلت الخطوة.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No goal chosen</source>
        <translation>لم يُختر هدف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No goals yet. Add your first goal below.</source>
        <translation>لا أهداف بعد. أضف هدفك الأول في الأسفل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{status} · target {day}</source>
        <translation>‏⁨{status}⁩ · المستهدف ⁨{day}⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Progress: {percent} percent, {done} of %n action(s) done</source>
        <translation>
            <numerusform>التقدّم: {percent} بالمئة، أُنجز {done} من %n خطوة</numerusform>
            <numerusform>التقدّم: {percent} بالمئة، أُنجز {done} من خطوة واحدة</numerusform>
            <numerusform>التقدّم: {percent} بالمئة، أُنجز {done} من خطوتين</numerusform>
            <numerusform>التقدّم: {percent} بالمئة، أُنجز {done} من %n خطوات</numerusform>
            <numerusform>التقدّم: {percent} بالمئة، أُنجز {done} من %n خطوة</numerusform>
            <numerusform>التقدّم: {percent} بالمئة، أُنجز {done} من %n خطوة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffReceiveDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/handoff_receive.py" line="+40"/>
        <source>Receive a profile from another computer</source>
        <translation>استقبل ملفًا شخصيًا من حاسوب آخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the computer that has your profile, open Settings, choose “Send to another computer…” and type the code it shows here. Both computers must be on the same network. Choose the passphrase this profile will have on this computer; it may be the one you use there.</source>
        <translation>على الحاسوب الذي فيه ملفك الشخصي، افتح الإعدادات، واختر «أرسل إلى حاسوب آخر…» واكتب هنا الرمز الذي يظهر هناك. يجب أن يكون الحاسوبان على الشبكة نفسها. اختر عبارة المرور التي سيحملها هذا الملف الشخصي على هذا الحاسوب؛ ويمكن أن تكون العبارة التي تستخدمها هناك.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handoff code</source>
        <translation>رمز النقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The code the other computer shows</source>
        <translation>الرمز الذي يظهر على الحاسوب الآخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for this profile</source>
        <translation>عبارة المرور لهذا الملف الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed to open the profile on this computer. A few unrelated words work well.</source>
        <translation>تلزم لفتح الملف الشخصي على هذا الحاسوب. بضع كلمات لا رابط بينها تفي بالغرض.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>أعد عبارة المرور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the passphrase again</source>
        <translation>اكتب عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>القوة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receiving status</source>
        <translation>حالة الاستقبال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the profile has arrived</source>
        <translation>كم وصل من الملف الشخصي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Receive</source>
        <translation>ا&amp;ستقبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive</source>
        <translation>استقبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the other computer, bring the profile here and open it</source>
        <translation>اتصل بالحاسوب الآخر، واجلب الملف الشخصي إلى هنا وافتحه</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without receiving</source>
        <translation>أغلق دون استقبال</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The two passphrases do not match yet.</source>
        <translation>عبارتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to {host}…</source>
        <translation>جارٍ الاتصال بـ⁨{host}⁩…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the profile; this takes a few seconds…</source>
        <translation>جارٍ فتح الملف الشخصي؛ يستغرق هذا بضع ثوانٍ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receiving the profile…</source>
        <translation>جارٍ استقبال الملف الشخصي…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The transfer failed: {error}</source>
        <translation>فشل النقل: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>HandoffSendDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/handoff_send.py" line="+71"/>
        <source>Send this profile to another computer</source>
        <translation>أرسل هذا الملف الشخصي إلى حاسوب آخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move this profile to your own computer on the same network (the same Wi-Fi or cable). On the other computer, open Commons, choose “Receive from another computer…” and type the code that appears here. The profile travels encrypted, and the code works once, for 10 minutes.</source>
        <translation>انقل هذا الملف الشخصي إلى حاسوبك الآخر على الشبكة نفسها (شبكة Wi-Fi نفسها أو الكابل نفسه). على الحاسوب الآخر، افتح Commons، واختر «استقبل من حاسوب آخر…» واكتب الرمز الذي يظهر هنا. ينتقل الملف الشخصي مشفّرًا، ويعمل الرمز مرة واحدة، لمدة 10 دقائق.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer only ({address})</source>
        <translation>هذا الحاسوب فقط (⁨{address}⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{device}: {address}</source>
        <translation>‏⁨{device}⁩: ⁨{address}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network both computers are on. The other computer connects to this address.</source>
        <translation>الشبكة التي عليها الحاسوبان. يتصل الحاسوب الآخر بهذا العنوان.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Network</source>
        <translation>ال&amp;شبكة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handoff code</source>
        <translation>رمز النقل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy code</source>
        <translation>ا&amp;نسخ الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation>انسخ الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the code, to paste it into a message</source>
        <translation>انسخ الرمز لتلصقه في رسالة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How long the code works</source>
        <translation>كم يبقى الرمز صالحًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending status</source>
        <translation>حالة الإرسال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the profile has travelled</source>
        <translation>كم قطع الملف الشخصي من الطريق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show a code</source>
        <translation>ا&amp;عرض رمزًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a code</source>
        <translation>اعرض رمزًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare the encrypted profile and show the code to type on the other computer</source>
        <translation>جهّز الملف الشخصي المشفّر واعرض الرمز الذي يُكتب على الحاسوب الآخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close; a code still showing stops working</source>
        <translation>أغلق؛ والرمز الظاهر يتوقف عن العمل</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Encrypting the profile for the journey; this takes a few seconds…</source>
        <translation>جارٍ تشفير الملف الشخصي للرحلة؛ يستغرق هذا بضع ثوانٍ…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting for the other computer.</source>
        <translation>في انتظار الحاسوب الآخر.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code works for {minutes}:{seconds:02d} more.</source>
        <translation>يبقى الرمز صالحًا {minutes}:{seconds:02d} أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} is connecting…</source>
        <translation>‏⁨{host}⁩ يتصل…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A computer typed a wrong code ({attempt} of {most}). Check the code on the other computer.</source>
        <translation>كتب حاسوبٌ رمزًا خاطئًا ({attempt} من {most}). تحقق من الرمز على الحاسوب الآخر.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending the profile…</source>
        <translation>جارٍ إرسال الملف الشخصي…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other computer could not open the profile: {reason} The code still works.</source>
        <translation>تعذّر على الحاسوب الآخر فتح الملف الشخصي: ⁨{reason}⁩ ما زال الرمز صالحًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your profile is now on the other computer, where it is a new device of yours. It is still on this computer too: to remove it from here, use “Delete this profile…” in Settings.</source>
        <translation>ملفك الشخصي الآن على الحاسوب الآخر، وهو هناك جهاز جديد من أجهزتك. وما زال على هذا الحاسوب أيضًا: لإزالته من هنا، استخدم «احذف هذا الملف الشخصي…» في الإعدادات.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show a new code</source>
        <translation>ا&amp;عرض رمزًا جديدًا</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code copied. It leaves the clipboard once used, or in 2 minutes. Waiting for the other computer.</source>
        <translation>نُسخ الرمز. يُزال من الحافظة بعد استخدامه، أو بعد دقيقتين. في انتظار الحاسوب الآخر.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../src/commons_desktop/features/home/home_view.py" line="+111"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+174"/>
        <source>&amp;Check in</source>
        <translation>&amp;سجّل حالك</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Open today&apos;s check-in (Ctrl+3)</source>
        <translation>افتح تسجيل اليوم (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note about checking in</source>
        <translation>كلمة عن تسجيل الحال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your plan</source>
        <translation>خطتك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the &amp;plan</source>
        <translation>افتح ال&amp;خطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open your plan (Ctrl+2)</source>
        <translation>افتح خطتك (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supporters</source>
        <translation>الداعمون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;support network</source>
        <translation>افتح &amp;شبكة الدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what your supporters see, and invite them (Ctrl+5)</source>
        <translation>اختر ما يراه داعموك، وادعُهم (Ctrl+5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I &amp;need support…</source>
        <translation>أ&amp;حتاج إلى دعم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I need support</source>
        <translation>أحتاج إلى دعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell everyone you share your plan with that you need support</source>
        <translation>أخبر كل من تشاركهم خطتك أنك تحتاج إلى دعم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you gave</source>
        <translation>ما قدّمته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;contributions</source>
        <translation>افتح ال&amp;مساهمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the list of your contributions (Ctrl+4)</source>
        <translation>افتح قائمة مساهماتك (Ctrl+4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About syncing</source>
        <translation>&amp;عن المزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is synced, with whom, and what leaves this computer</source>
        <translation>ما الذي يُزامَن، ومع من، وما الذي يغادر هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs review</source>
        <translation>بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;راجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open what needs review in your community</source>
        <translation>افتح ما يحتاج إلى مراجعة في مجتمعك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open suppor&amp;t</source>
        <translation>افتح ال&amp;دعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your request for support stands, and who asked you for support</source>
        <translation>إلى أين وصل طلبك للدعم، ومن طلب منك الدعم</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your day at a glance. Only what you choose to share leaves this computer, encrypted.</source>
        <translation>يومك في لمحة. لا يغادر هذا الحاسوب إلا ما تختار مشاركته، مشفّرًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Not syncing: nothing leaves this computer.</source>
        <translation>لا مزامنة: لا شيء يغادر هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You asked for support {time}:</source>
        <translation>طلبتَ الدعم {time}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Support → People I support to see it and mark it seen.</source>
        <translation>افتح الدعم ← من أدعمهم لتراه وتعلّمه كمقروء.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n thing(s) need review in {community}.</source>
        <translation>
            <numerusform>لا شيء يحتاج إلى مراجعة في ⁨{community}⁩.</numerusform>
            <numerusform>أمر واحد يحتاج إلى مراجعة في ⁨{community}⁩.</numerusform>
            <numerusform>أمران يحتاجان إلى مراجعة في ⁨{community}⁩.</numerusform>
            <numerusform>%n أمور تحتاج إلى مراجعة في ⁨{community}⁩.</numerusform>
            <numerusform>%n أمرًا تحتاج إلى مراجعة في ⁨{community}⁩.</numerusform>
            <numerusform>%n أمر تحتاج إلى مراجعة في ⁨{community}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a community that did not open</source>
        <translation>مجتمع لم يُفتح</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Change today&apos;s check-in</source>
        <translation>&amp;غيّر تسجيل اليوم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How are you today? A check-in takes a minute.</source>
        <translation>كيف حالك اليوم؟ التسجيل يستغرق دقيقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You checked in today: mood {mood} of 10.</source>
        <translation>سجّلت حالك اليوم: المزاج {mood} من 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: {tags}.</source>
        <translation>الوسوم: ⁨{tags}⁩.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It has been a few days since your last check-in. That is all right. Whenever you like, a minute about today is enough; there is nothing to catch up on.</source>
        <translation>مرّت بضعة أيام منذ آخر تسجيل لحالك. لا بأس في ذلك. متى شئت، تكفي دقيقة عن اليوم؛ لا شيء عليك تعويضه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your plan is empty. Start with a few things that help you stay well.</source>
        <translation>خطتك فارغة. ابدأ ببضعة أشياء تساعدك على البقاء بخير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of {total} sections filled in.</source>
        <translation>الأقسام المملوءة: {count} من {total}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today: {items}</source>
        <translation>اليوم: ⁨{items}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still empty: {sections}</source>
        <translation>ما زال فارغًا: ⁨{sections}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No supporters yet. People you trust can see the parts of your plan you choose.</source>
        <translation>لا داعمين بعد. يمكن لمن تثق بهم أن يروا أجزاء خطتك التي تختارها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} can see {count} of the {total} sections of your plan</source>
        <translation>ما يراه ⁨{name}⁩ من أقسام خطتك: {count} من {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded yet. Hours you give, stakes and circle payments show here.</source>
        <translation>لا شيء مسجَّل بعد. تظهر هنا الساعات التي تقدّمها، والحصص، ومدفوعات الحلقة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This month: {time} of your time.</source>
        <translation>هذا الشهر: {time} من وقتك.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/import_dialog.py" line="+33"/>
        <source>Import a profile</source>
        <translation>استيراد ملف شخصي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a profile saved with “Back up or move this profile…” on this or another computer. Type the passphrase that was given to the file. This device becomes a new device of yours; sync treats it as a new one.</source>
        <translation>افتح ملفًا شخصيًا حُفظ بـ«انسخ هذا الملف الشخصي احتياطيًا أو انقله…» على هذا الحاسوب أو على غيره. اكتب عبارة المرور التي أُعطيت للملف. يصبح هذا الجهاز جهازًا جديدًا من أجهزتك؛ وتعامله المزامنة كجهاز جديد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file ending in {suffix}</source>
        <translation>ملف ينتهي بـ⁨{suffix}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export file</source>
        <translation>ملف التصدير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The encrypted profile file to open</source>
        <translation>ملف الملف الشخصي المشفّر المراد فتحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file</source>
        <translation>اختر الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the file on this computer</source>
        <translation>ابحث عن الملف على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of the file</source>
        <translation>عبارة مرور الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase typed when the file was saved. The profile keeps it.</source>
        <translation>عبارة المرور التي كُتبت عند حفظ الملف. يحتفظ بها الملف الشخصي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>ال&amp;ملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import problem</source>
        <translation>مشكلة في الاستيراد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons is checking and opening the file</source>
        <translation>يتحقق Commons من الملف ويفتحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and opening the file…</source>
        <translation>جارٍ التحقق من الملف وفتحه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a profile on this computer from the file, and open it</source>
        <translation>أنشئ ملفًا شخصيًا على هذا الحاسوب من الملف، وافتحه</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without importing</source>
        <translation>أغلق دون استيراد</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Open a profile file</source>
        <translation>افتح ملف ملف شخصي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons profiles (*{suffix});;All files (*)</source>
        <translation>ملفات Commons الشخصية (*{suffix});;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>InviteActions</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/invite_sheet.py" line="+105"/>
        <source>Save QR image…</source>
        <translation>احفظ صورة QR…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Save QR image</source>
        <translation>احفظ صورة QR</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Save the invite&apos;s QR code as a picture, to send or show on another screen</source>
        <translation>احفظ رمز QR الخاص بالدعوة صورةً، لترسلها أو تعرضها على شاشة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print invite (PDF)…</source>
        <translation>اطبع الدعوة (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print invite</source>
        <translation>اطبع الدعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the invite as a page to print: the QR code, the short code and where it works</source>
        <translation>احفظ الدعوة صفحةً للطباعة: رمز QR، والرمز القصير، وأين تعمل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>invite-{community}.png</source>
        <translation>invite-{community}.png</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print invite (PDF)</source>
        <translation>اطبع الدعوة (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invite-{community}.pdf</source>
        <translation>invite-{community}.pdf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save to {path}. Choose another folder and try again.</source>
        <translation>تعذّر الحفظ في ⁨{path}⁩. اختر مجلدًا آخر وحاول مجددًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to {path}. Whoever has this file can join once until the invite expires: send it only to the person invited, and delete it afterwards.</source>
        <translation>حُفظ في ⁨{path}⁩. من يملك هذا الملف يستطيع الانضمام مرة واحدة حتى تنتهي صلاحية الدعوة: أرسله إلى المدعوّ وحده، ثم احذفه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG ‏(*.png)</translation>
    </message>
</context>
<context>
    <name>InviteCard</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/invite_card.py" line="+27"/>
        <source>Invite QR code</source>
        <translation>رمز QR للدعوة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invite text</source>
        <translation>نص الدعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole invite, to send to the person you invite</source>
        <translation>الدعوة كاملة، لترسلها إلى من تدعوه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>انسخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy invite</source>
        <translation>انسخ الدعوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the invite text, to paste into a message</source>
        <translation>انسخ نص الدعوة لتلصقه في رسالة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Short code: {code}</source>
        <translation>الرمز القصير: ⁨{code}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works once, until {when}.</source>
        <translation>تعمل مرة واحدة، حتى ⁨{when}⁩.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Works on this network and, from anywhere, through the community&apos;s relay.</source>
        <translation>تعمل على هذه الشبكة، ومن أي مكان عبر مُرحِّل المجتمع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works from anywhere, through the community&apos;s relay.</source>
        <translation>تعمل من أي مكان، عبر مُرحِّل المجتمع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works on this network only (this computer must be on and awake).</source>
        <translation>تعمل على هذه الشبكة فقط (يجب أن يكون هذا الحاسوب مشغَّلًا وغير نائم).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works only on this computer for now: sync on this network is off and the community has no relay.</source>
        <translation>تعمل على هذا الحاسوب فقط حاليًا: المزامنة على هذه الشبكة متوقفة وليس للمجتمع مُرحِّل.</translation>
    </message>
</context>
<context>
    <name>InvitePanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/support_invite.py" line="+47"/>
        <source>Invite QR code</source>
        <translation>رمز QR للدعوة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite text</source>
        <translation>نص الدعوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The QR code as text, to copy into a message</source>
        <translation>رمز QR نصًّا، لتنسخه في رسالة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Invite…</source>
        <translation>ا&amp;دعُ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top sharing…</source>
        <translation>أ&amp;وقف المشاركة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invite {name}…</source>
        <translation>ا&amp;دعُ ⁨{name}⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top sharing with {name}…</source>
        <translation>أ&amp;وقف المشاركة مع ⁨{name}⁩…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a one-time invite</source>
        <translation>أنشئ دعوة لمرة واحدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They will see nothing more</source>
        <translation>لن يروا شيئًا بعد الآن</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync is not running, so you can list your supporters and choose what they may see, but not invite them or stop sharing. Invitations need sync, which guest sessions don&apos;t have.</source>
        <translation>المزامنة لا تعمل، لذا يمكنك أن تُدرج داعميك وتختار ما يرونه، لكن لا يمكنك دعوتهم أو إيقاف المشاركة. الدعوات تحتاج إلى المزامنة، وجلسات الضيوف لا مزامنة فيها.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Scan this with {name}&apos;s Commons</source>
        <translation>امسح هذا بتطبيق Commons لدى ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short code: {code}</source>
        <translation>الرمز القصير: ⁨{code}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works once, until {when}.</source>
        <translation>تعمل مرة واحدة، حتى ⁨{when}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this to {name} in person, or in a message only they read. In their own Commons they open Support, then People I support, and join with an invite: they scan the code, paste the invite text, or type the short code.</source>
        <translation>أعطِ هذا لـ⁨{name}⁩ يدًا بيد، أو في رسالة لا يقرؤها سواه. في تطبيق Commons الخاص به يفتح «الدعم»، ثم «من أدعمهم»، وينضم بدعوة: يمسح الرمز، أو يلصق نص الدعوة، أو يكتب الرمز القصير.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stop sharing</source>
        <translation>أوقف المشاركة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sharing with {name}? They will see nothing you change from now on, and their copy is deleted when their Commons next hears from yours. What they already saw cannot be recalled.</source>
        <translation>أتريد إيقاف المشاركة مع ⁨{name}⁩؟ لن يرى شيئًا مما تغيّره من الآن، وتُحذف نسخته حين يتصل تطبيقه بتطبيقك في المرة القادمة. أما ما رآه من قبل فلا يمكن استرجاعه.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/language_combo.py" line="+22"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Commons on this computer, before and after unlocking</source>
        <translation>لغة Commons على هذا الحاسوب، قبل فتح القفل وبعده</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/commons_desktop/shell/main_window.py" line="+29"/>
        <source>Commons</source>
        <translation>Commons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>ا&amp;قفل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock this profile now (Ctrl+L); unlock again with your passphrase</source>
        <translation>اقفل هذا الملف الشخصي الآن (Ctrl+L)؛ وافتحه مجددًا بعبارة مرورك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End guest session</source>
        <translation>أ&amp;نهِ جلسة الضيف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe this guest profile and everything in it</source>
        <translation>امحُ ملف الضيف هذا وكل ما فيه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>ال&amp;إعدادات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-lock time, theme and passphrase of this profile</source>
        <translation>مهلة القفل التلقائي، والمظهر، وعبارة مرور هذا الملف الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>ا&amp;خرج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock and close Commons</source>
        <translation>اقفل Commons وأغلقه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile</source>
        <translation>ال&amp;ملف الشخصي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About Commons</source>
        <translation>&amp;عن Commons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versions, where your data lives, and what leaves this computer (F1)</source>
        <translation>الإصدارات، وأين تُحفظ بياناتك، وما الذي يغادر هذا الحاسوب (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Auto-lock countdown</source>
        <translation>العدّ التنازلي للقفل التلقائي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons is saving or loading</source>
        <translation>يحفظ Commons أو يحمّل</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Ending the guest session in %n s — move the mouse to stay</source>
        <translation>
            <numerusform>تنتهي جلسة الضيف بعد %n ثانية — حرّك الفأرة لتبقى</numerusform>
            <numerusform>تنتهي جلسة الضيف بعد ثانية واحدة — حرّك الفأرة لتبقى</numerusform>
            <numerusform>تنتهي جلسة الضيف بعد ثانيتين — حرّك الفأرة لتبقى</numerusform>
            <numerusform>تنتهي جلسة الضيف بعد %n ثوانٍ — حرّك الفأرة لتبقى</numerusform>
            <numerusform>تنتهي جلسة الضيف بعد %n ثانية — حرّك الفأرة لتبقى</numerusform>
            <numerusform>تنتهي جلسة الضيف بعد %n ثانية — حرّك الفأرة لتبقى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Locking in %n s — move the mouse to stay</source>
        <translation>
            <numerusform>القفل بعد %n ثانية — حرّك الفأرة لتبقى</numerusform>
            <numerusform>القفل بعد ثانية واحدة — حرّك الفأرة لتبقى</numerusform>
            <numerusform>القفل بعد ثانيتين — حرّك الفأرة لتبقى</numerusform>
            <numerusform>القفل بعد %n ثوانٍ — حرّك الفأرة لتبقى</numerusform>
            <numerusform>القفل بعد %n ثانية — حرّك الفأرة لتبقى</numerusform>
            <numerusform>القفل بعد %n ثانية — حرّك الفأرة لتبقى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../src/commons_desktop/features/map/map_items.py" line="+47"/>
        <source>Natural</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and knowledge</source>
        <translation>مهارات ومعارف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built</source>
        <translation>مبنيّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial</source>
        <translation>صناعي</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../src/commons_desktop/features/map/map_view.py" line="+54"/>
        <source>Which community&apos;s map to show</source>
        <translation>خريطة أي مجتمع تُعرض</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Drag to move, wheel or + and − to zoom; click a number to zoom in, a pin to see it</source>
        <translation>اسحب للتحريك، واستخدم العجلة أو + و− للتكبير والتصغير؛ انقر رقمًا للتكبير، أو دبوسًا لرؤيته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The community&apos;s assets on a map. The Assets screen lists the same assets as a table.</source>
        <translation>موارد المجتمع على خريطة. تعرض شاشة الموارد الموارد نفسها في جدول.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>كبّر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a smaller area in more detail</source>
        <translation>اعرض منطقة أصغر بتفاصيل أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>صغّر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a larger area</source>
        <translation>اعرض منطقة أكبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all</source>
        <translation>اعرض الكل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit every asset with a place on the map</source>
        <translation>اعرض كل مورد له مكان على الخريطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load base layer…</source>
        <translation>حمّل طبقة أساس…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw streets and outlines from a GeoJSON or OpenStreetMap file; it stays on this computer</source>
        <translation>ارسم الشوارع والحدود من ملف GeoJSON أو OpenStreetMap؛ يبقى على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove base layer</source>
        <translation>أزل طبقة الأساس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the base layer kept on this computer</source>
        <translation>انسَ طبقة الأساس المحفوظة على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw an area…</source>
        <translation>ارسم منطقة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline a part of the neighbourhood for everyone in the community</source>
        <translation>حدّد جزءًا من الحي لكل من في المجتمع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only pins matching… (e.g. food station)</source>
        <translation>اعرض فقط الدبابيس المطابقة… (مثلًا طعام محطة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>امسح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every asset on the map again</source>
        <translation>اعرض كل الموارد على الخريطة من جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find on the map</source>
        <translation>ابحث على الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the assets with all these words in their name, category, area or description</source>
        <translation>اعرض فقط الموارد التي تحوي كل هذه الكلمات في اسمها أو فئتها أو منطقتها أو وصفها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the assets of one category</source>
        <translation>اعرض موارد فئة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+234"/>
        <source>Every category</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Where the community&apos;s assets are. The map is drawn on this computer: no map service learns where you look.</source>
        <translation>أين توجد موارد المجتمع. تُرسم الخريطة على هذا الحاسوب: لا تعرف أي خدمة خرائط أين تنظر.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A number: several assets close together</source>
        <translation>رقم: عدة موارد متقاربة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open in Assets</source>
        <translation>افتح في الموارد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show this asset on the Assets screen</source>
        <translation>اعرض هذا المورد في شاشة الموارد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove area</source>
        <translation>أزل المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this area off the community&apos;s map (whoever drew it, or an admin)</source>
        <translation>أزل هذه المنطقة من خريطة المجتمع (لمن رسمها، أو لمشرف)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name of the area, e.g. North End</source>
        <translation>اسم المنطقة، مثلًا الطرف الشمالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area name</source>
        <translation>اسم المنطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the community calls this area</source>
        <translation>ما يسمّي به المجتمع هذه المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo corner</source>
        <translation>تراجع عن الزاوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back the last corner</source>
        <translation>أزل آخر زاوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save area</source>
        <translation>احفظ المنطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this area to the community&apos;s map</source>
        <translation>أضف هذه المنطقة إلى خريطة المجتمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop drawing; nothing is saved</source>
        <translation>أوقف الرسم؛ لا يُحفظ شيء</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n asset(s) on the map match what you chose</source>
        <translation>
            <numerusform>لا موارد على الخريطة تطابق ما اخترته</numerusform>
            <numerusform>مورد واحد على الخريطة يطابق ما اخترته</numerusform>
            <numerusform>موردان على الخريطة يطابقان ما اخترته</numerusform>
            <numerusform>%n موارد على الخريطة تطابق ما اخترته</numerusform>
            <numerusform>%n موردًا على الخريطة تطابق ما اخترته</numerusform>
            <numerusform>%n مورد على الخريطة تطابق ما اخترته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n asset(s) on the map</source>
        <translation>
            <numerusform>لا موارد على الخريطة</numerusform>
            <numerusform>مورد واحد على الخريطة</numerusform>
            <numerusform>موردان على الخريطة</numerusform>
            <numerusform>%n موارد على الخريطة</numerusform>
            <numerusform>%n موردًا على الخريطة</numerusform>
            <numerusform>%n مورد على الخريطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more without a place: see the Assets screen)</source>
        <translation>
            <numerusform>(لا موارد أخرى بلا مكان)</numerusform>
            <numerusform>(ومورد آخر بلا مكان: انظر شاشة الموارد)</numerusform>
            <numerusform>(وموردان آخران بلا مكان: انظر شاشة الموارد)</numerusform>
            <numerusform>(و%n موارد أخرى بلا مكان: انظر شاشة الموارد)</numerusform>
            <numerusform>(و%n موردًا آخر بلا مكان: انظر شاشة الموارد)</numerusform>
            <numerusform>(و%n مورد آخر بلا مكان: انظر شاشة الموارد)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Kind: {kind}</source>
        <translation>النوع: ⁨{kind}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area: {value}</source>
        <translation>المنطقة: ⁨{value}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by: {value}</source>
        <translation>يرعاه: ⁨{value}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support offered: {value}</source>
        <translation>الدعم المقدَّم: ⁨{value}⁩</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a member</source>
        <translation>عضو</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>An area of the community, drawn by {who}, with %n corner(s).</source>
        <translation>
            <numerusform>منطقة من المجتمع، رسمها ⁨{who}⁩، بلا زوايا.</numerusform>
            <numerusform>منطقة من المجتمع، رسمها ⁨{who}⁩، بزاوية واحدة.</numerusform>
            <numerusform>منطقة من المجتمع، رسمها ⁨{who}⁩، بزاويتين.</numerusform>
            <numerusform>منطقة من المجتمع، رسمها ⁨{who}⁩، بـ%n زوايا.</numerusform>
            <numerusform>منطقة من المجتمع، رسمها ⁨{who}⁩، بـ%n زاوية.</numerusform>
            <numerusform>منطقة من المجتمع، رسمها ⁨{who}⁩، بـ%n زاوية.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The area was not removed: {reason}</source>
        <translation>لم تُزَل المنطقة: ⁨{reason}⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Click on the map at each corner of the area (%n so far; at least 3).</source>
        <translation>
            <numerusform>انقر على الخريطة عند كل زاوية من المنطقة (لا زوايا حتى الآن؛ 3 على الأقل).</numerusform>
            <numerusform>انقر على الخريطة عند كل زاوية من المنطقة (زاوية واحدة حتى الآن؛ 3 على الأقل).</numerusform>
            <numerusform>انقر على الخريطة عند كل زاوية من المنطقة (زاويتان حتى الآن؛ 3 على الأقل).</numerusform>
            <numerusform>انقر على الخريطة عند كل زاوية من المنطقة (%n زوايا حتى الآن؛ 3 على الأقل).</numerusform>
            <numerusform>انقر على الخريطة عند كل زاوية من المنطقة (%n زاوية حتى الآن؛ 3 على الأقل).</numerusform>
            <numerusform>انقر على الخريطة عند كل زاوية من المنطقة (%n زاوية حتى الآن؛ 3 على الأقل).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An area has at most 500 corners: undo some.</source>
        <translation>للمنطقة 500 زاوية على الأكثر: تراجع عن بعضها.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n corner(s). Name the area and save it.</source>
        <translation>
            <numerusform>لا زوايا. سمِّ المنطقة واحفظها.</numerusform>
            <numerusform>زاوية واحدة. سمِّ المنطقة واحفظها.</numerusform>
            <numerusform>زاويتان. سمِّ المنطقة واحفظها.</numerusform>
            <numerusform>%n زوايا. سمِّ المنطقة واحفظها.</numerusform>
            <numerusform>%n زاوية. سمِّ المنطقة واحفظها.</numerusform>
            <numerusform>%n زاوية. سمِّ المنطقة واحفظها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The area {name} is on the community&apos;s map.</source>
        <translation>المنطقة ⁨{name}⁩ على خريطة المجتمع الآن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The area was not saved: {reason}</source>
        <translation>لم تُحفظ المنطقة: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load a base layer</source>
        <translation>حمّل طبقة أساس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map files (*.geojson *.json *.osm);;All files (*)</source>
        <translation>ملفات الخرائط (*.geojson *.json *.osm);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة ⁨{file}⁩…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} cannot be used as a base layer: {problem} Nothing from it was kept.</source>
        <translation>لا يمكن استخدام ⁨{file}⁩ طبقةَ أساس: ⁨{problem}⁩ لم يُحتفظ بشيء منه.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Base layer loaded from {file}: %n line(s) and outline(s). It stays on this computer.</source>
        <translation>
            <numerusform>حُمّلت طبقة الأساس من ⁨{file}⁩: بلا خطوط أو حدود. تبقى على هذا الحاسوب.</numerusform>
            <numerusform>حُمّلت طبقة الأساس من ⁨{file}⁩: خط أو حدّ واحد. تبقى على هذا الحاسوب.</numerusform>
            <numerusform>حُمّلت طبقة الأساس من ⁨{file}⁩: خطّان أو حدّان. تبقى على هذا الحاسوب.</numerusform>
            <numerusform>حُمّلت طبقة الأساس من ⁨{file}⁩: %n خطوط وحدود. تبقى على هذا الحاسوب.</numerusform>
            <numerusform>حُمّلت طبقة الأساس من ⁨{file}⁩: %n خطًّا وحدًّا. تبقى على هذا الحاسوب.</numerusform>
            <numerusform>حُمّلت طبقة الأساس من ⁨{file}⁩: %n خط وحدّ. تبقى على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The base layer was removed from this computer.</source>
        <translation>أُزيلت طبقة الأساس من هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../../src/commons_desktop/features/checkin/mood_chart.py" line="+34"/>
        <source>Mood over the chosen period</source>
        <translation>المزاج خلال الفترة المختارة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mood score (1 to 10) for each day you checked in, over the chosen period</source>
        <translation>درجة مزاجك (من 1 إلى 10) لكل يوم سجّلت فيه حالك، خلال الفترة المختارة</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n check-in(s), average mood {avg}</source>
        <translation>
            <numerusform>لا تسجيلات، متوسط المزاج {avg}</numerusform>
            <numerusform>تسجيل واحد، متوسط المزاج {avg}</numerusform>
            <numerusform>تسجيلان، متوسط المزاج {avg}</numerusform>
            <numerusform>%n تسجيلات، متوسط المزاج {avg}</numerusform>
            <numerusform>%n تسجيلًا، متوسط المزاج {avg}</numerusform>
            <numerusform>%n تسجيل، متوسط المزاج {avg}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check-ins in this period</source>
        <translation>لا تسجيلات في هذه الفترة</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your check-ins will show up here.</source>
        <translation>ستظهر تسجيلاتك هنا.</translation>
    </message>
</context>
<context>
    <name>MyRecord</name>
    <message>
        <location filename="../../src/commons_desktop/features/circles/my_record.py" line="+23"/>
        <source>Your circles</source>
        <translation>حلقاتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending circles you completed, every round confirmed</source>
        <translation>حلقات الإقراض التي أكملتها، وكل دوراتها مؤكَّدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this on my card in the community</source>
        <translation>أظهر هذا على بطاقتي في المجتمع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show completed circles on my card</source>
        <translation>أظهر الحلقات المكتملة على بطاقتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice: others see only the number, counted from the signed ledger</source>
        <translation>الخيار لك: لا يرى الآخرون إلا العدد، محسوبًا من الحسابات الموقَّعة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lending circles you completed: %1</source>
        <translation>حلقات الإقراض التي أكملتها: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/need_form.py" line="+63"/>
        <source>Post a need or an offer</source>
        <translation>انشر حاجة أو عرضًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>Need or offer</source>
        <translation>حاجة أو عرض</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Whether you need help or offer it</source>
        <translation>هل تحتاج إلى عون أم تعرضه</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>What kind of help, e.g. food, lifts, repairs</source>
        <translation>أي نوع من العون، مثلًا طعام، توصيل، تصليحات</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Where, e.g. a street or part of town</source>
        <translation>أين، مثلًا شارع أو جزء من البلدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Say what is needed or offered, in a sentence or two</source>
        <translation>قل ما المطلوب أو المعروض، في جملة أو جملتين</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <source>Urgency</source>
        <translation>الإلحاح</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>How soon it matters</source>
        <translation>متى يلزم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on a day</source>
        <translation>ينتهي في يوم محدد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After this day it shows as expired</source>
        <translation>بعد هذا اليوم يظهر منتهيًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last day</source>
        <translation>آخر يوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day this need or offer stands</source>
        <translation>آخر يوم تبقى فيه هذه الحاجة أو هذا العرض قائمًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search assets to link…</source>
        <translation>ابحث عن موارد لربطها…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search assets</source>
        <translation>ابحث في الموارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find assets that meet this need or that it uses</source>
        <translation>ابحث عن موارد تلبّي هذه الحاجة أو يستخدمها هذا العرض</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Linked assets</source>
        <translation>الموارد المرتبطة</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Tick the assets to link</source>
        <translation>ضع علامة على الموارد المراد ربطها</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expiry</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Post</source>
        <translation>انشر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share it with the community</source>
        <translation>شاركه مع المجتمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without posting</source>
        <translation>أغلق دون نشر</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Category: write what kind of help in up to 80 characters, e.g. food or lifts.</source>
        <translation>الفئة: اكتب نوع العون في 80 حرفًا على الأكثر، مثلًا طعام أو توصيل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area: write where in up to 120 characters, e.g. a street or part of town.</source>
        <translation>المنطقة: اكتب المكان في 120 حرفًا على الأكثر، مثلًا شارع أو جزء من البلدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What: say what is needed or offered, in up to 4,000 characters.</source>
        <translation>ماذا: قل ما المطلوب أو المعروض، في 4000 حرف على الأكثر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends on: that day has already passed; choose today or a later day.</source>
        <translation>ينتهي في: ذلك اليوم مضى؛ اختر اليوم أو يومًا لاحقًا.</translation>
    </message>
</context>
<context>
    <name>NeedSupportDialog</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/need_support.py" line="+16"/>
        <source>I need support</source>
        <translation>أحتاج إلى دعم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your supporters are told that you asked for support, with these words if you add some. It is not an emergency service: in an emergency, call your crisis contacts or emergency number.</source>
        <translation>سيُبلَّغ داعموك بأنك طلبت الدعم، مع هذه الكلمات إن أضفت شيئًا. هذه ليست خدمة طوارئ: في حالة الطوارئ، اتصل بجهات الاتصال في خطة الأزمة أو برقم الطوارئ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Could you call me this evening?</source>
        <translation>مثلًا هل يمكنك الاتصال بي هذا المساء؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words for your supporters (optional)</source>
        <translation>بضع كلمات لداعميك (اختياري)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tell my supporters</source>
        <translation>أ&amp;خبر داعميّ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell my supporters</source>
        <translation>أخبر داعميّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to everyone you share your plan with</source>
        <translation>أرسلها إلى كل من تشاركهم خطتك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without sending</source>
        <translation>أغلق دون إرسال</translation>
    </message>
</context>
<context>
    <name>NeedsLabels</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/labels.py" line="+36"/>
        <source>Need</source>
        <translation>حاجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>مُلبّى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/needs_model.py" line="+139"/>
        <source>Need or offer</source>
        <translation>حاجة أو عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>الإلحاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/needs_view.py" line="+62"/>
        <source>Which community&apos;s needs and offers to show</source>
        <translation>حاجات وعروض أي مجتمع تُعرض</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scroll tabs</source>
        <translation>مرّر علامات التبويب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more tabs</source>
        <translation>اعرض مزيدًا من علامات التبويب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The list, the gaps and overlaps, or opportunities</source>
        <translation>القائمة، أو الفجوات والتداخلات، أو الفرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+18"/>
        <location line="+47"/>
        <source>Needs and offers</source>
        <translation>الحاجات والعروض</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Gaps and overlaps</source>
        <translation>الفجوات والتداخلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What neighbours need and offer, where nobody meets a need yet, and where a project could.</source>
        <translation>ما يحتاجه الجيران وما يعرضونه، وأين لا يلبّي أحد حاجةً بعد، وأين يمكن لمشروع أن يلبّيها.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needs or offers</source>
        <translation>حاجات أو عروض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show needs, offers or both</source>
        <translation>اعرض الحاجات أو العروض أو كليهما</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one category</source>
        <translation>اعرض فئة واحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one area</source>
        <translation>اعرض منطقة واحدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show open ones, closed ones (met, withdrawn, expired) or all</source>
        <translation>اعرض المفتوحة، أو المغلقة (الملبّاة، المسحوبة، المنتهية)، أو الكل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and closed</source>
        <translation>المفتوحة والمغلقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency</source>
        <translation>الإلحاح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one urgency</source>
        <translation>اعرض درجة إلحاح واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any urgency</source>
        <translation>أي درجة إلحاح</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The community&apos;s needs and offers</source>
        <translation>حاجات المجتمع وعروضه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post a need or offer…</source>
        <translation>انشر حاجة أو عرضًا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post a need or offer</source>
        <translation>انشر حاجة أو عرضًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say what you need or can offer</source>
        <translation>قل ما تحتاجه أو ما يمكنك تقديمه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Mark met</source>
        <translation>علّمه ملبّى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chosen need or offer has been met</source>
        <translation>لُبّيت الحاجة أو العرض المختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>اسحب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back a need or offer you posted</source>
        <translation>اسحب حاجة أو عرضًا نشرته</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Every category</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every area</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No needs or offers yet. Post the first one.</source>
        <translation>لا حاجات ولا عروض بعد. انشر أولها.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Showing {shown} of %n need(s) and offer(s) in {community}</source>
        <translation>
            <numerusform>يُعرض {shown} من %n حاجة وعرض في ⁨{community}⁩</numerusform>
            <numerusform>يُعرض {shown} من حاجة أو عرض واحد في ⁨{community}⁩</numerusform>
            <numerusform>يُعرض {shown} من اثنين من الحاجات والعروض في ⁨{community}⁩</numerusform>
            <numerusform>يُعرض {shown} من %n حاجات وعروض في ⁨{community}⁩</numerusform>
            <numerusform>يُعرض {shown} من %n حاجةً وعرضًا في ⁨{community}⁩</numerusform>
            <numerusform>يُعرض {shown} من %n حاجة وعرض في ⁨{community}⁩</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Marked met.</source>
        <translation>عُلِّم ملبّى.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn.</source>
        <translation>سُحب.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Project proposed: the gap now has a project.</source>
        <translation>اقتُرح المشروع: صار للفجوة مشروع الآن.</translation>
    </message>
</context>
<context>
    <name>NewProjectForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="-277"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose the project</source>
        <translation>اقترح المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the project with the community</source>
        <translation>شارك المشروع مع المجتمع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project&apos;s name</source>
        <translation>اسم المشروع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the project will do</source>
        <translation>ما سيفعله المشروع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no need on record)</source>
        <translation>(لا حاجة مسجَّلة)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers the need</source>
        <translation>يلبّي الحاجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The open need this project sets out to meet</source>
        <translation>الحاجة المفتوحة التي يسعى هذا المشروع إلى تلبيتها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The social benefit it counts, e.g. meals served</source>
        <translation>النفع الاجتماعي الذي يَعُدّه، مثلًا الوجبات المقدَّمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What one of the measure is, e.g. meals</source>
        <translation>ما تمثله الوحدة من المقياس، مثلًا وجبات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many, in the unit, when it has done its work</source>
        <translation>كم، بالوحدة، حين ينجز عمله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stake price</source>
        <translation>سعر الحصة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What one stake costs</source>
        <translation>كم تكلّف الحصة الواحدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Three capital letters, e.g. GBP or EUR</source>
        <translation>ثلاثة أحرف لاتينية كبيرة، مثلًا GBP أو EUR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stakes offered</source>
        <translation>الحصص المعروضة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many stakes neighbours can buy</source>
        <translation>كم حصة يستطيع الجيران شراءها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonus</source>
        <translation>المكافأة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid on top of each stake once the target is met</source>
        <translation>تُدفع فوق كل حصة عند بلوغ المستهدف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repay by</source>
        <translation>السداد قبل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When stakeholders are repaid</source>
        <translation>متى تُرد الأموال لأصحاب الحصص</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verifiers</source>
        <translation>المدقّقون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The neighbours who sign that the target is met; the bonus is paid only after they do</source>
        <translation>الجيران الذين يوقّعون أن المستهدف قد بُلغ؛ ولا تُدفع المكافأة إلا بعد توقيعهم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmations needed</source>
        <translation>التأكيدات المطلوبة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many of the verifiers must sign</source>
        <translation>كم من المدقّقين يجب أن يوقّعوا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title: name the project in up to 200 characters.</source>
        <translation>العنوان: سمِّ المشروع في 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal: say what the project will do.</source>
        <translation>الهدف: قل ما سيفعله المشروع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure: say what it counts, e.g. meals served.</source>
        <translation>المقياس: قل ما الذي يَعُدّه، مثلًا الوجبات المقدَّمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit: say what one of the measure is, e.g. meals.</source>
        <translation>الوحدة: قل ما تمثله الوحدة من المقياس، مثلًا وجبات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stake price: a stake costs something; enter more than 0.</source>
        <translation>سعر الحصة: للحصة ثمن؛ أدخل أكثر من 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency: three capital letters, e.g. GBP or EUR.</source>
        <translation>العملة: ثلاثة أحرف لاتينية كبيرة، مثلًا GBP أو EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repay by: choose a day after today.</source>
        <translation>السداد قبل: اختر يومًا بعد اليوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifiers: choose who will confirm that the target is met.</source>
        <translation>المدقّقون: اختر من سيؤكّد أن المستهدف قد بُلغ.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Confirmations needed: at most the %n verifier(s) chosen.</source>
        <translation>
            <numerusform>التأكيدات المطلوبة: لم تختر أي مدقّق.</numerusform>
            <numerusform>التأكيدات المطلوبة: لا تزيد على المدقّق الواحد المختار.</numerusform>
            <numerusform>التأكيدات المطلوبة: لا تزيد على المدقّقَين المختارَين.</numerusform>
            <numerusform>التأكيدات المطلوبة: لا تزيد على %n مدقّقين مختارين.</numerusform>
            <numerusform>التأكيدات المطلوبة: لا تزيد على %n مدقّقًا مختارًا.</numerusform>
            <numerusform>التأكيدات المطلوبة: لا تزيد على %n مدقّق مختار.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/news_panel.py" line="+45"/>
        <source>What&apos;s new</source>
        <translation>ما الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What neighbours added or changed since you last looked</source>
        <translation>ما أضافه الجيران أو غيّروه منذ آخر مرة نظرت</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Mark all as seen</source>
        <translation>علّم الكل كمُشاهَد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start counting what is new from now (this also happens when you leave this tab)</source>
        <translation>ابدأ عدّ الجديد من الآن (يحدث هذا أيضًا حين تغادر علامة التبويب هذه)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to show yet.</source>
        <translation>لا شيء لعرضه بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since you last looked</source>
        <translation>منذ آخر مرة نظرت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your first look. From now on, what your neighbours add or change shows up here.</source>
        <translation>هذه أول نظرة لك. من الآن فصاعدًا، سيظهر هنا ما يضيفه جيرانك أو يغيّرونه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing new since you last looked.</source>
        <translation>لا جديد منذ آخر مرة نظرت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs my vote</source>
        <translation>بحاجة إلى صوتي</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open proposal(s) you have not voted on</source>
        <translation>
            <numerusform>لا اقتراحات مفتوحة لم تصوّت عليها</numerusform>
            <numerusform>اقتراح واحد مفتوح لم تصوّت عليه</numerusform>
            <numerusform>اقتراحان مفتوحان لم تصوّت عليهما</numerusform>
            <numerusform>%n اقتراحات مفتوحة لم تصوّت عليها</numerusform>
            <numerusform>%n اقتراحًا مفتوحًا لم تصوّت عليه</numerusform>
            <numerusform>%n اقتراح مفتوح لم تصوّت عليه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming up this week</source>
        <translation>قريبًا هذا الأسبوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the next seven days.</source>
        <translation>لا شيء في الأيام السبعة القادمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <translation>بحاجة إلى مراجعة</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n thing(s) in this community need(s) a person to decide.</source>
        <translation>
            <numerusform>لا شيء في هذا المجتمع يحتاج إلى قرار من شخص.</numerusform>
            <numerusform>أمر واحد في هذا المجتمع يحتاج إلى قرار من شخص.</numerusform>
            <numerusform>أمران في هذا المجتمع يحتاجان إلى قرار من شخص.</numerusform>
            <numerusform>%n أمور في هذا المجتمع تحتاج إلى قرار من شخص.</numerusform>
            <numerusform>%n أمرًا في هذا المجتمع تحتاج إلى قرار من شخص.</numerusform>
            <numerusform>%n أمر في هذا المجتمع تحتاج إلى قرار من شخص.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new neighbour(s)</source>
        <translation>
            <numerusform>لا جيران جدد</numerusform>
            <numerusform>جار جديد</numerusform>
            <numerusform>جاران جديدان</numerusform>
            <numerusform>%n جيران جدد</numerusform>
            <numerusform>%n جارًا جديدًا</numerusform>
            <numerusform>%n جار جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new need(s)</source>
        <translation>
            <numerusform>لا حاجات جديدة</numerusform>
            <numerusform>حاجة جديدة</numerusform>
            <numerusform>حاجتان جديدتان</numerusform>
            <numerusform>%n حاجات جديدة</numerusform>
            <numerusform>%n حاجةً جديدة</numerusform>
            <numerusform>%n حاجة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new offer(s)</source>
        <translation>
            <numerusform>لا عروض جديدة</numerusform>
            <numerusform>عرض جديد</numerusform>
            <numerusform>عرضان جديدان</numerusform>
            <numerusform>%n عروض جديدة</numerusform>
            <numerusform>%n عرضًا جديدًا</numerusform>
            <numerusform>%n عرض جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n need(s) or offer(s) closed</source>
        <translation>
            <numerusform>لم تُغلق أي حاجة أو عرض</numerusform>
            <numerusform>أُغلقت حاجة أو عرض واحد</numerusform>
            <numerusform>أُغلق اثنان من الحاجات أو العروض</numerusform>
            <numerusform>أُغلقت %n حاجات أو عروض</numerusform>
            <numerusform>أُغلقت %n حاجةً أو عرضًا</numerusform>
            <numerusform>أُغلقت %n حاجة أو عرض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new asset(s)</source>
        <translation>
            <numerusform>لا موارد جديدة</numerusform>
            <numerusform>مورد جديد</numerusform>
            <numerusform>موردان جديدان</numerusform>
            <numerusform>%n موارد جديدة</numerusform>
            <numerusform>%n موردًا جديدًا</numerusform>
            <numerusform>%n مورد جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new event(s)</source>
        <translation>
            <numerusform>لا فعاليات جديدة</numerusform>
            <numerusform>فعالية جديدة</numerusform>
            <numerusform>فعاليتان جديدتان</numerusform>
            <numerusform>%n فعاليات جديدة</numerusform>
            <numerusform>%n فعاليةً جديدة</numerusform>
            <numerusform>%n فعالية جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n project(s) started or moved on</source>
        <translation>
            <numerusform>لم يبدأ أو يتقدّم أي مشروع</numerusform>
            <numerusform>مشروع واحد بدأ أو تقدّم</numerusform>
            <numerusform>مشروعان بدآ أو تقدّما</numerusform>
            <numerusform>%n مشاريع بدأت أو تقدّمت</numerusform>
            <numerusform>%n مشروعًا بدأت أو تقدّمت</numerusform>
            <numerusform>%n مشروع بدأت أو تقدّمت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new proposal(s)</source>
        <translation>
            <numerusform>لا اقتراحات جديدة</numerusform>
            <numerusform>اقتراح جديد</numerusform>
            <numerusform>اقتراحان جديدان</numerusform>
            <numerusform>%n اقتراحات جديدة</numerusform>
            <numerusform>%n اقتراحًا جديدًا</numerusform>
            <numerusform>%n اقتراح جديد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title}, {when}</source>
        <translation>‏⁨{title}⁩، ⁨{when}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vote on “{title}” — closes {when}</source>
        <translation>صوّت على «⁨{title}⁩» — يُغلق ⁨{when}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your contribution to “{circle}”, due {day}</source>
        <translation>مساهمتك في «⁨{circle}⁩»، مستحقة في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repay stakeholders of “{project}”: {amount} {currency} by {day}</source>
        <translation>سدّد لأصحاب الحصص في «⁨{project}⁩»: ⁨{amount}⁩ ⁨{currency}⁩ قبل ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals closing without your vote</source>
        <translation>اقتراحات تُغلق دون صوتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments due</source>
        <translation>مدفوعات مستحقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{title} — now {status}</source>
        <translation>‏⁨{title}⁩ — الآن ⁨{status}⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %n more</source>
        <translation>
            <numerusform>ولا شيء آخر</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Today {time}</source>
        <translation>اليوم {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow {time}</source>
        <translation>غدًا {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, {time}</source>
        <translation>‏⁨{day}⁩، {time}</translation>
    </message>
</context>
<context>
    <name>NoReasonForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="+140"/>
        <location line="+1"/>
        <source>Vote no</source>
        <translation>صوّت بلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign and share your vote against this proposal</source>
        <translation>وقّع صوتك ضد هذا الاقتراح وشاركه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are voting against “{title}”.</source>
        <translation>أنت تصوّت ضد «⁨{title}⁩».</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Reason (optional)</source>
        <translation>السبب (اختياري)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Why you vote no: members see the reasons with the outcome, without your name</source>
        <translation>لماذا تصوّت بلا: يرى الأعضاء الأسباب مع النتيجة، دون اسمك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It stays sealed with your vote until voting closes, then members see it with the outcome.</source>
        <translation>يبقى مختومًا مع صوتك حتى يُغلق التصويت، ثم يراه الأعضاء مع النتيجة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members see it with the outcome.</source>
        <translation>يراه الأعضاء مع النتيجة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason: at most {limit} characters (this one has {length}).</source>
        <translation>السبب: {limit} حرفًا على الأكثر (وهذا فيه ⁨{length}⁩).</translation>
    </message>
</context>
<context>
    <name>OpenQrImageButton</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/qr_join.py" line="+96"/>
        <source>Open QR image…</source>
        <translation>افتح صورة QR…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open QR image</source>
        <translation>افتح صورة QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join with a photo or screenshot of the invite&apos;s QR code</source>
        <translation>انضم بصورة أو لقطة شاشة لرمز QR الخاص بالدعوة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a picture of the invite&apos;s QR code</source>
        <translation>افتح صورة لرمز QR الخاص بالدعوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures ({patterns})</source>
        <translation>الصور ({patterns})</translation>
    </message>
</context>
<context>
    <name>OpenRoundForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/pulse/open_form.py" line="+40"/>
        <location line="+13"/>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Which well-being questions the round asks</source>
        <translation>أسئلة العافية التي تطرحها الجولة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Open for</source>
        <translation>مفتوحة لمدة</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>How many days people have to answer</source>
        <translation>كم يومًا أمام الناس للإجابة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Who takes part</source>
        <translation>من يشارك</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tick the people who agreed to take part</source>
        <translation>ضع علامة على الأشخاص الذين وافقوا على المشاركة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open the round</source>
        <translation>افتح الجولة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the ticked people these questions</source>
        <translation>اطرح هذه الأسئلة على الأشخاص المعلَّمين</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a well-being round</source>
        <translation>افتح جولة عافية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask only people who agreed to take part. A result shows only when everyone on the list has answered, and never for fewer than five people.</source>
        <translation>لا تسأل إلا من وافقوا على المشاركة. لا تظهر النتيجة إلا بعد أن يجيب كل من في القائمة، ولا تظهر أبدًا لأقل من خمسة أشخاص.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Tick at least %n people.</source>
        <translation>
            <numerusform>ضع علامة على %n شخص على الأقل.</numerusform>
            <numerusform>ضع علامة على شخص واحد على الأقل.</numerusform>
            <numerusform>ضع علامة على شخصين على الأقل.</numerusform>
            <numerusform>ضع علامة على %n أشخاص على الأقل.</numerusform>
            <numerusform>ضع علامة على %n شخصًا على الأقل.</numerusform>
            <numerusform>ضع علامة على %n شخص على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people ticked.</source>
        <translation>
            <numerusform>لم يُعلَّم أحد.</numerusform>
            <numerusform>عُلِّم شخص واحد.</numerusform>
            <numerusform>عُلِّم شخصان.</numerusform>
            <numerusform>عُلِّم %n أشخاص.</numerusform>
            <numerusform>عُلِّم %n شخصًا.</numerusform>
            <numerusform>عُلِّم %n شخص.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunitiesPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/opportunities_panel.py" line="+26"/>
        <source>Gaps no proposed, funding or active project sets out to meet. A project started here names the gap&apos;s needs, so the gap leaves this list.</source>
        <translation>فجوات لا يسعى إلى سدّها أي مشروع مقترح أو قيد التمويل أو قائم. المشروع الذي يبدأ من هنا يسمّي حاجات الفجوة، فتخرج الفجوة من هذه القائمة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>الحاجات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most urgent</source>
        <translation>الأشد إلحاحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps a project could fill, the most pressing first</source>
        <translation>فجوات يمكن لمشروع أن يسدّها، الأشد إلحاحًا أولًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a project for this gap…</source>
        <translation>ابدأ مشروعًا لسدّ هذه الفجوة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a project for this gap</source>
        <translation>ابدأ مشروعًا لسدّ هذه الفجوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose a project linked to its needs</source>
        <translation>اقترح مشروعًا مرتبطًا بحاجاتها</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/people_panel.py" line="+105"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone in this community, with their role and devices</source>
        <translation>كل من في هذا المجتمع، مع أدوارهم وأجهزتهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change role…</source>
        <translation>غيّر الدور…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change role</source>
        <translation>غيّر الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the chosen person an admin or a member</source>
        <translation>اجعل الشخص المختار مشرفًا أو عضوًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from community…</source>
        <translation>أزل من المجتمع…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+221"/>
        <source>Remove from community</source>
        <translation>أزل من المجتمع</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Remove the chosen person and all their devices; the community gets a new key</source>
        <translation>أزل الشخص المختار وكل أجهزته؛ ويحصل المجتمع على مفتاح جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>Leave this community…</source>
        <translation>غادر هذا المجتمع…</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+187"/>
        <location line="+58"/>
        <source>Leave this community</source>
        <translation>غادر هذا المجتمع</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Delete your copy of this community from this computer</source>
        <translation>احذف نسختك من هذا المجتمع من هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Devices that have updated get the community&apos;s keys with post-quantum protection: recording the data now will not help someone who breaks today&apos;s encryption later</source>
        <translation>الأجهزة المُحدَّثة تتلقى مفاتيح المجتمع بحماية ما بعد الكم: تسجيل البيانات الآن لن يفيد من يكسر تشفير اليوم لاحقًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key protection</source>
        <translation>حماية المفاتيح</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>No one has given a name here yet.</source>
        <translation>لم يُعطِ أحد اسمًا هنا بعد.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>An admin removed you from this community. You keep what you had, but nothing new reaches you and nothing you write reaches anyone. You can delete your copy.</source>
        <translation>أزالك مشرف من هذا المجتمع. يبقى لديك ما كان عندك، لكن لا يصلك شيء جديد ولا يصل ما تكتبه إلى أحد. يمكنك حذف نسختك.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n device(s) still use the older key protection; they will update when next opened.</source>
        <translation>
            <numerusform>لا يوجد جهاز يستخدم حماية المفاتيح الأقدم.</numerusform>
            <numerusform>جهاز واحد ما زال يستخدم حماية المفاتيح الأقدم؛ سيُحدَّث عند فتحه في المرة القادمة.</numerusform>
            <numerusform>جهازان ما زالا يستخدمان حماية المفاتيح الأقدم؛ سيُحدَّثان عند فتحهما في المرة القادمة.</numerusform>
            <numerusform>%n أجهزة ما زالت تستخدم حماية المفاتيح الأقدم؛ ستُحدَّث عند فتحها في المرة القادمة.</numerusform>
            <numerusform>%n جهازًا ما زال يستخدم حماية المفاتيح الأقدم؛ سيُحدَّث عند فتحه في المرة القادمة.</numerusform>
            <numerusform>%n جهاز ما زال يستخدم حماية المفاتيح الأقدم؛ سيُحدَّث عند فتحه في المرة القادمة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You (no name given yet)</source>
        <translation>أنت (لم تُعطِ اسمًا بعد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone who has not given a name yet</source>
        <translation>شخص لم يُعطِ اسمًا بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (admin)</source>
        <translation>‏⁨{name}⁩ (مشرف)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — you</source>
        <translation>‏⁨{name}⁩ — أنت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed from the community</source>
        <translation>أُزيل من المجتمع</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>لا أجهزة</numerusform>
            <numerusform>جهاز واحد</numerusform>
            <numerusform>جهازان</numerusform>
            <numerusform>%n أجهزة</numerusform>
            <numerusform>%n جهازًا</numerusform>
            <numerusform>%n جهاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n removed</source>
        <translation>
            <numerusform>لم يُزَل شيء</numerusform>
            <numerusform>أُزيل واحد</numerusform>
            <numerusform>أُزيل اثنان</numerusform>
            <numerusform>أُزيل %n</numerusform>
            <numerusform>أُزيل %n</numerusform>
            <numerusform>أُزيل %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>completed %n lending circle(s)</source>
        <translation>
            <numerusform>لم يُكمل أي حلقة إقراض</numerusform>
            <numerusform>أكمل حلقة إقراض واحدة</numerusform>
            <numerusform>أكمل حلقتَي إقراض</numerusform>
            <numerusform>أكمل %n حلقات إقراض</numerusform>
            <numerusform>أكمل %n حلقةَ إقراض</numerusform>
            <numerusform>أكمل %n حلقة إقراض</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove the demo town…</source>
        <translation>أزل البلدة التجريبية…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <location line="+2"/>
        <source>Remove the demo town</source>
        <translation>أزل البلدة التجريبية</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Delete my copy…</source>
        <translation>احذف نسختي…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete my copy</source>
        <translation>احذف نسختي</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove {name} from “{community}”?</source>
        <translation>أتريد إزالة ⁨{name}⁩ من «⁨{community}⁩»؟</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Their %n device(s) are removed and the community gets a new key, which they never receive. They keep the copy they already have, up to now, but see nothing new, and nothing they write reaches anyone any more.</source>
        <translation>
            <numerusform>تُزال أجهزته (%n) ويحصل المجتمع على مفتاح جديد لا يصله أبدًا. تبقى لديه النسخة التي عنده حتى الآن، لكنه لا يرى شيئًا جديدًا، ولا يصل ما يكتبه إلى أحد بعد الآن.</numerusform>
            <numerusform>يُزال جهازه الوحيد ويحصل المجتمع على مفتاح جديد لا يصله أبدًا. تبقى لديه النسخة التي عنده حتى الآن، لكنه لا يرى شيئًا جديدًا، ولا يصل ما يكتبه إلى أحد بعد الآن.</numerusform>
            <numerusform>يُزال جهازاه ويحصل المجتمع على مفتاح جديد لا يصله أبدًا. تبقى لديه النسخة التي عنده حتى الآن، لكنه لا يرى شيئًا جديدًا، ولا يصل ما يكتبه إلى أحد بعد الآن.</numerusform>
            <numerusform>تُزال أجهزته الـ%n ويحصل المجتمع على مفتاح جديد لا يصله أبدًا. تبقى لديه النسخة التي عنده حتى الآن، لكنه لا يرى شيئًا جديدًا، ولا يصل ما يكتبه إلى أحد بعد الآن.</numerusform>
            <numerusform>تُزال أجهزته الـ%n ويحصل المجتمع على مفتاح جديد لا يصله أبدًا. تبقى لديه النسخة التي عنده حتى الآن، لكنه لا يرى شيئًا جديدًا، ولا يصل ما يكتبه إلى أحد بعد الآن.</numerusform>
            <numerusform>تُزال أجهزته الـ%n ويحصل المجتمع على مفتاح جديد لا يصله أبدًا. تبقى لديه النسخة التي عنده حتى الآن، لكنه لا يرى شيئًا جديدًا، ولا يصل ما يكتبه إلى أحد بعد الآن.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove {name}</source>
        <translation>أزل ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the demo town?</source>
        <translation>أتريد إزالة البلدة التجريبية؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is deleted from this computer. It was never shared with anyone. You can explore a new one from Home at any time.</source>
        <translation>ستُحذف من هذا الحاسوب. لم تُشارَك مع أحد قط. يمكنك استكشاف بلدة جديدة من الرئيسية متى شئت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave and delete my copy</source>
        <translation>غادر واحذف نسختي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave “{community}”?</source>
        <translation>أتريد مغادرة «⁨{community}⁩»؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your copy of “{community}” is deleted from this computer. An admin already removed you, so nothing new would have reached it.</source>
        <translation>ستُحذف نسختك من «⁨{community}⁩» من هذا الحاسوب. لقد أزالك مشرف من قبل، فما كان ليصلها شيء جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your copy of “{community}” and its keys are deleted from this computer. The others keep everything, including what you wrote; they are not told, and still list you until an admin removes you. To come back you need a new invite.</source>
        <translation>ستُحذف نسختك من «⁨{community}⁩» ومفاتيحها من هذا الحاسوب. يحتفظ الآخرون بكل شيء، بما في ذلك ما كتبته؛ ولا يُبلَّغون، ويبقى اسمك في قائمتهم حتى يزيلك مشرف. لكي تعود تحتاج إلى دعوة جديدة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are its only admin: after you leave, nobody can invite anyone or change roles.</source>
        <translation>أنت مشرفه الوحيد: بعد مغادرتك، لن يستطيع أحد دعوة أي شخص أو تغيير الأدوار.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this person</source>
        <translation>هذا الشخص</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing {name}&apos;s role…</source>
        <translation>جارٍ تغيير دور ⁨{name}⁩…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}&apos;s role is changed; everyone sees it.</source>
        <translation>تغيّر دور ⁨{name}⁩؛ ويراه الجميع.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing {name}…</source>
        <translation>جارٍ إزالة ⁨{name}⁩…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} was removed; the community has a new key.</source>
        <translation>أُزيل ⁨{name}⁩؛ وللمجتمع مفتاح جديد.</translation>
    </message>
</context>
<context>
    <name>PersonalExportDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/personal_export.py" line="+53"/>
        <source>Export all my data</source>
        <translation>تصدير كل بياناتي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commons writes everything personal in this profile — your plan, goals and actions, check-ins with their answers and tags, your supporters and what each may see, your contributions and your preferences — as open files that other programs can read. The JSON file can also start a new profile (“Start from an export…”). Your communities and this computer&apos;s keys are not included.</source>
        <translation>يكتب Commons كل ما هو شخصي في هذا الملف الشخصي — خطتك وأهدافك وخطواتك، وتسجيلاتك بإجاباتها ووسومها، وداعميك وما يحق لكل منهم رؤيته، ومساهماتك وتفضيلاتك — في ملفات مفتوحة تستطيع برامج أخرى قراءتها. ويمكن لملف JSON أيضًا أن يبدأ ملفًا شخصيًا جديدًا («ابدأ من تصدير…»). لا تُضمَّن مجتمعاتك ولا مفاتيح هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These files are not encrypted. Anyone who can open them can read your plan and check-ins. Keep them where only you can reach them, and delete them when you no longer need them.</source>
        <translation>هذه الملفات غير مشفّرة. كل من يستطيع فتحها يستطيع قراءة خطتك وتسجيلاتك. احفظها حيث لا يصل إليها أحد سواك، واحذفها حين لا تعود بحاجة إليها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: the files are not encrypted</source>
        <translation>تنبيه: الملفات غير مشفّرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The folder the files are saved in</source>
        <translation>المجلد الذي تُحفظ فيه الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>اختر مجلدًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the folder for the files</source>
        <translation>اختر المجلد الذي تُحفظ فيه الملفات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;JSON file: {name}</source>
        <translation>ملف &amp;JSON: ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON file</source>
        <translation>ملف JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file with everything; readable in a text editor, and it can start a new profile</source>
        <translation>ملف واحد فيه كل شيء؛ يُقرأ في محرر نصوص، ويمكنه أن يبدأ ملفًا شخصيًا جديدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV &amp;tables in a zip: {name}</source>
        <translation>&amp;جداول CSV في ملف zip: ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV tables</source>
        <translation>جداول CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One table per kind of record (plan items, goals, check-ins…), for a spreadsheet</source>
        <translation>جدول لكل نوع من السجلات (بنود الخطة، الأهداف، التسجيلات…)، لبرنامج جداول بيانات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder</source>
        <translation>ال&amp;مجلد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons is writing the files</source>
        <translation>يكتب Commons الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show in folder</source>
        <translation>اعرض في ال&amp;مجلد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in folder</source>
        <translation>اعرض في المجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder the files were saved in</source>
        <translation>افتح المجلد الذي حُفظت فيه الملفات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;صدّر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the files; you are asked to confirm first, as they are not encrypted</source>
        <translation>اكتب الملفات؛ يُطلب منك التأكيد أولًا لأنها غير مشفّرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>أغلق هذه النافذة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What is in the files: the user guide, “Your data”.</source>
        <translation>ما في الملفات: دليل الاستخدام، «بياناتك».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the folder for your data</source>
        <translation>اختر المجلد لبياناتك</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write unencrypted files?</source>
        <translation>أتكتب ملفات غير مشفّرة؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files will not be encrypted: anyone who can open {folder} can read your plan, check-ins and supporters. Continue?</source>
        <translation>لن تكون الملفات مشفّرة: كل من يستطيع فتح ⁨{folder}⁩ يستطيع قراءة خطتك وتسجيلاتك وداعميك. أتتابع؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Write unencrypted files</source>
        <translation>ا&amp;كتب ملفات غير مشفّرة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the files…</source>
        <translation>تُكتب الملفات…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved, not encrypted, to:
{files}</source>
        <translation>حُفظت، دون تشفير، في:
⁨{files}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write in {folder}. Choose another folder and try again.</source>
        <translation>تعذّرت الكتابة في ⁨{folder}⁩. اختر مجلدًا آخر وحاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>PersonalImportDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/personal_import.py" line="+38"/>
        <source>Start from an export</source>
        <translation>البدء من تصدير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a new profile on this computer from a file saved with “Export all my data…” (a .json file). Commons checks the whole file first: if anything in it is wrong, it says where, and stores nothing.</source>
        <translation>أنشئ ملفًا شخصيًا جديدًا على هذا الحاسوب من ملف حُفظ بـ«تصدير كل بياناتي…» (ملف ‎.json). يفحص Commons الملف كله أولًا: إن كان فيه أي خطأ، يبيّن موضعه ولا يخزّن شيئًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file ending in .json</source>
        <translation>ملف ينتهي بـ‎.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export file</source>
        <translation>ملف التصدير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The personal-data file to start from</source>
        <translation>ملف البيانات الشخصية الذي تبدأ منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file</source>
        <translation>اختر الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the file on this computer</source>
        <translation>ابحث عن الملف على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the file holds</source>
        <translation>ما يحتويه الملف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, e.g. a nickname</source>
        <translation>اختياري، مثلًا لقب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name for the profile picker</source>
        <translation>الاسم في قائمة الملفات الشخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on this computer before unlocking; a nickname is fine</source>
        <translation>يظهر على هذا الحاسوب قبل فتح القفل؛ يكفي لقب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new profile</source>
        <translation>عبارة المرور للملف الشخصي الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>10 أحرف على الأقل. بضع كلمات لا رابط بينها يسهل تذكّرها ويصعب تخمينها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>أعد عبارة المرور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the passphrase again</source>
        <translation>اكتب عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>ال&amp;ملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name (optional)</source>
        <translation>ال&amp;اسم (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>القوة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import problem</source>
        <translation>مشكلة في الاستيراد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons is checking the file or making the profile</source>
        <translation>يفحص Commons الملف أو ينشئ الملف الشخصي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create profile</source>
        <translation>أ&amp;نشئ الملف الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create profile</source>
        <translation>أنشئ الملف الشخصي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the new profile from the file and open it. Enabled once the file is checked and the passphrase is strong and repeated.</source>
        <translation>أنشئ الملف الشخصي الجديد من الملف وافتحه. يُتاح حين يُفحص الملف وتكون عبارة المرور قوية ومكرّرة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without making a profile</source>
        <translation>أغلق دون إنشاء ملف شخصي</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>لا بنود في الخطة</numerusform>
            <numerusform>بند واحد في الخطة</numerusform>
            <numerusform>بندان في الخطة</numerusform>
            <numerusform>%n بنود في الخطة</numerusform>
            <numerusform>%n بندًا في الخطة</numerusform>
            <numerusform>%n بند في الخطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>لا أهداف</numerusform>
            <numerusform>هدف واحد</numerusform>
            <numerusform>هدفان</numerusform>
            <numerusform>%n أهداف</numerusform>
            <numerusform>%n هدفًا</numerusform>
            <numerusform>%n هدف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>لا تسجيلات</numerusform>
            <numerusform>تسجيل واحد</numerusform>
            <numerusform>تسجيلان</numerusform>
            <numerusform>%n تسجيلات</numerusform>
            <numerusform>%n تسجيلًا</numerusform>
            <numerusform>%n تسجيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supporter(s)</source>
        <translation>
            <numerusform>لا داعمين</numerusform>
            <numerusform>داعم واحد</numerusform>
            <numerusform>داعمان</numerusform>
            <numerusform>%n داعمين</numerusform>
            <numerusform>%n داعمًا</numerusform>
            <numerusform>%n داعم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>لا مساهمات</numerusform>
            <numerusform>مساهمة واحدة</numerusform>
            <numerusform>مساهمتان</numerusform>
            <numerusform>%n مساهمات</numerusform>
            <numerusform>%n مساهمةً</numerusform>
            <numerusform>%n مساهمة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is sound. It holds {parts}.</source>
        <translation>الملف سليم. يحتوي على: ⁨{parts}⁩.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a personal-data export</source>
        <translation>افتح تصديرًا للبيانات الشخصية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons personal data (*.json);;All files (*)</source>
        <translation>بيانات Commons الشخصية (*.json);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/plan_items_model.py" line="+72"/>
        <source>Item</source>
        <translation>البند</translation>
    </message>
</context>
<context>
    <name>PlanSectionPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/plan_section_panel.py" line="+49"/>
        <source>Items in this section</source>
        <translation>البنود في هذا القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press F2 to edit an item; Delete removes it</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط F2 لتعديل بند؛ Delete يحذفه</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+148"/>
        <source>Nothing here yet. Add the first item below.</source>
        <translation>لا شيء هنا بعد. أضف أول بند في الأسفل.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>&amp;Edit</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit item</source>
        <translation>تعديل البند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected item (F2)</source>
        <translation>عدّل البند المختار (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>أ&amp;زل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>أزل البند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item (Delete); you can undo it</source>
        <translation>أزل البند المختار (Delete)؛ يمكنك التراجع عن ذلك</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New item</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new item for this section (Ctrl+N), then press Enter</source>
        <translation>اكتب بندًا جديدًا لهذا القسم (Ctrl+N)، ثم اضغط Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>أ&amp;ضف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add item</source>
        <translation>أضف البند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the new item to this section (Enter)</source>
        <translation>أضف البند الجديد إلى هذا القسم (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with this item</source>
        <translation>مشكلة في هذا البند</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Response</source>
        <translation>الاستجابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: {what}</source>
        <translation>اختياري: ⁨{what}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New item for “{title}”</source>
        <translation>بند جديد لـ«⁨{title}⁩»</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Double-click an item, or press F2, to change it.</source>
        <translation>انقر على بند نقرًا مزدوجًا، أو اضغط F2، لتغييره.</translation>
    </message>
</context>
<context>
    <name>PlanTextPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/plan_text_panel.py" line="+27"/>
        <source>Section text</source>
        <translation>نص القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Write in your own words; Save keeps it</source>
        <translation>اكتب بكلماتك أنت؛ «احفظ» يحتفظ به</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this section</source>
        <translation>احفظ هذا القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep what you wrote (Ctrl+S)</source>
        <translation>احتفظ بما كتبته (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with this section</source>
        <translation>مشكلة في هذا القسم</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+23"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n character(s) too long.</source>
        <translation>
            <numerusform>ليس أطول من اللازم.</numerusform>
            <numerusform>أطول من اللازم بحرف واحد.</numerusform>
            <numerusform>أطول من اللازم بحرفين.</numerusform>
            <numerusform>أطول من اللازم بـ%n أحرف.</numerusform>
            <numerusform>أطول من اللازم بـ%n حرفًا.</numerusform>
            <numerusform>أطول من اللازم بـ%n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/plan_view.py" line="+53"/>
        <source>Plan sections</source>
        <translation>أقسام الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a section of your plan; the number is how many items it has</source>
        <translation>اختر قسمًا من خطتك؛ الرقم هو عدد بنوده</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your plan is encrypted on this computer. Nobody else can read it unless you show it to them.</source>
        <translation>خطتك مشفّرة على هذا الحاسوب. لا يستطيع أحد غيرك قراءتها ما لم تُطلعه عليها.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My plan</source>
        <translation>خطتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What keeps me well, what to watch for, and what others can do in a crisis.</source>
        <translation>ما يبقيني بخير، وما ينبغي الانتباه له، وما يمكن للآخرين فعله في الأزمة.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Item removed.</source>
        <translation>أُزيل البند.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Written</source>
        <translation>مكتوب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not written yet</source>
        <translation>لم يُكتب بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا بنود</numerusform>
            <numerusform>بند واحد</numerusform>
            <numerusform>بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
</context>
<context>
    <name>ProfileFlows</name>
    <message>
        <location filename="../../src/commons_desktop/shell/profile_flows.py" line="+89"/>
        <source>Could not save drop-in mode in {folder}. Check that the folder can be written to.</source>
        <translation>تعذّر حفظ وضع الاستقبال المفتوح في ⁨{folder}⁩. تحقق من أن الكتابة في المجلد ممكنة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Profile imported. This computer is now a new device of yours.</source>
        <translation>استُورد الملف الشخصي. صار هذا الحاسوب جهازًا جديدًا من أجهزتك.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile received. This computer is now a new device of yours.</source>
        <translation>استُقبل الملف الشخصي. صار هذا الحاسوب جهازًا جديدًا من أجهزتك.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This file cannot start a profile. {problem}. Nothing was stored.</source>
        <translation>لا يمكن لهذا الملف أن يبدأ ملفًا شخصيًا. ⁨{problem}⁩. لم يُخزَّن شيء.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your new profile holds everything from the export.</source>
        <translation>يحتوي ملفك الشخصي الجديد على كل ما في التصدير.</translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="+80"/>
        <source>Progress of {title}</source>
        <translation>تقدّم ⁨{title}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the report</source>
        <translation>أضف التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share how far the project has come</source>
        <translation>شارك إلى أين وصل المشروع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>So far</source>
        <translation>حتى الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many {unit} in all so far (target {target})</source>
        <translation>كم من ⁨{unit}⁩ إجمالًا حتى الآن (المستهدف ⁨{target}⁩)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened, in a few words (optional)</source>
        <translation>ما حدث، في كلمات قليلة (اختياري)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: up to 2000 characters.</source>
        <translation>ملاحظة: 2000 حرف على الأكثر.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_page.py" line="+36"/>
        <source>Proposed</source>
        <translation>مقترَح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>قيد التمويل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target met</source>
        <translation>بُلغ المستهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Repaid</source>
        <translation>سُدِّد</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Progress toward the target</source>
        <translation>التقدّم نحو المستهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The latest report of progress</source>
        <translation>آخر تقرير عن التقدّم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money</source>
        <translation>مال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Money in, stakes sold and repaid</source>
        <translation>المال الوارد، والحصص المبيعة والمسدَّدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target confirmed</source>
        <translation>تأكيد المستهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which named verifiers have signed the target</source>
        <translation>أيّ المدقّقين المسمَّين وقّعوا على المستهدف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stakeholder</source>
        <translation>صاحب الحصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakes</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>رأس المال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>المكافأة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still owed</source>
        <translation>المتبقّي</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Who is owed what</source>
        <translation>من يُستحق له ماذا</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Each stakeholder&apos;s principal, bonus and repaid</source>
        <translation>رأس مال كل صاحب حصة ومكافأته وما سُدِّد له</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Progress reports</source>
        <translation>تقارير التقدّم</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The project&apos;s progress reports, newest first</source>
        <translation>تقارير تقدّم المشروع، الأحدث أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+186"/>
        <source>History</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>What happened to the project, newest first</source>
        <translation>ما جرى للمشروع، الأحدث أولًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project details</source>
        <translation>تفاصيل المشروع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repayments, progress reports and history</source>
        <translation>المبالغ المسدَّدة وتقارير التقدّم والسجلّ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll tabs</source>
        <translation>مرّر علامات التبويب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more tabs</source>
        <translation>اعرض مزيدًا من علامات التبويب</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a project to see its page.</source>
        <translation>اختر مشروعًا لترى صفحته.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{done} of {target} {unit} ({percent} %)</source>
        <translation>‏{done} من ⁨{target}⁩ ⁨{unit}⁩ ({percent} %)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{price} a stake · {bonus} % bonus once the target is met · repay by {day}</source>
        <translation>‏⁨{price}⁩ للحصة · مكافأة ⁨{bonus}⁩ % عند بلوغ المستهدف · السداد قبل ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{status} · started by {steward} on {day}</source>
        <translation>‏⁨{status}⁩ · بدأه ⁨{steward}⁩ في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <location line="+30"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>a former member</source>
        <translation>عضو سابق</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>answers: {need}</source>
        <translation>يلبّي: ⁨{need}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting the ledger…</source>
        <translation>جارٍ عدّ الحسابات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money in: {money} · {sold} of {offered} stakes sold · repaid: {repaid}</source>
        <translation>المال الوارد: ⁨{money}⁩ · بيع ⁨{sold}⁩ من ⁨{offered}⁩ حصة · المسدَّد: ⁨{repaid}⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n entry(ies) about this project are not counted: see Needs review.</source>
        <translation>
            <numerusform>لا قيود غير محتسبة عن هذا المشروع.</numerusform>
            <numerusform>قيد واحد عن هذا المشروع غير محتسب: انظر «بحاجة إلى مراجعة».</numerusform>
            <numerusform>قيدان عن هذا المشروع غير محتسبين: انظر «بحاجة إلى مراجعة».</numerusform>
            <numerusform>%n قيود عن هذا المشروع غير محتسبة: انظر «بحاجة إلى مراجعة».</numerusform>
            <numerusform>%n قيدًا عن هذا المشروع غير محتسب: انظر «بحاجة إلى مراجعة».</numerusform>
            <numerusform>%n قيد عن هذا المشروع غير محتسب: انظر «بحاجة إلى مراجعة».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No verifiers named: the target counts as met once a report shows it.</source>
        <translation>لم يُسمَّ مدقّقون: يُعدّ المستهدف مبلوغًا حالما يُظهره تقرير.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target confirmed by {count} of the {needed} verifiers needed: {who}</source>
        <translation>أُكّد المستهدف من المدقّقين المطلوبين: {count} من ⁨{needed}⁩: ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target not yet confirmed: {count} of the {needed} verifiers needed have signed ({who})</source>
        <translation>لم يُؤكَّد المستهدف بعد: وقّع من المدقّقين المطلوبين {count} من ⁨{needed}⁩ (⁨{who}⁩)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{amount} (past the repay-by day)</source>
        <translation>‏⁨{amount}⁩ (بعد تاريخ السداد)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>once the target is confirmed</source>
        <translation>حين يُؤكَّد المستهدف</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{day}: {value} {unit}, reported by {name}</source>
        <translation>‏⁨{day}⁩: ⁨{value}⁩ ⁨{unit}⁩، أبلغ عنه ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Started by {name}</source>
        <translation>بدأه ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress: {value} {unit}</source>
        <translation>التقدّم: ⁨{value}⁩ ⁨{unit}⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{name} bought %n stake(s) for {amount}</source>
        <translation>
            <numerusform>اشترى ⁨{name}⁩ %n حصة بمبلغ ⁨{amount}⁩</numerusform>
            <numerusform>اشترى ⁨{name}⁩ حصة واحدة بمبلغ ⁨{amount}⁩</numerusform>
            <numerusform>اشترى ⁨{name}⁩ حصتين بمبلغ ⁨{amount}⁩</numerusform>
            <numerusform>اشترى ⁨{name}⁩ %n حصص بمبلغ ⁨{amount}⁩</numerusform>
            <numerusform>اشترى ⁨{name}⁩ %n حصةً بمبلغ ⁨{amount}⁩</numerusform>
            <numerusform>اشترى ⁨{name}⁩ %n حصة بمبلغ ⁨{amount}⁩</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} confirmed the target: {value} {unit} — “{note}”</source>
        <translation>أكّد ⁨{name}⁩ المستهدف: ⁨{value}⁩ ⁨{unit}⁩ — «⁨{note}⁩»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} repaid {other} {amount}</source>
        <translation>سدّد ⁨{name}⁩ إلى ⁨{other}⁩ ⁨{amount}⁩</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History (the newest {shown} of {total})</source>
        <translation>السجل (أحدث ⁨{shown}⁩ من ⁨{total}⁩)</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/projects_view.py" line="+65"/>
        <source>Which community&apos;s projects to show</source>
        <translation>مشاريع أي مجتمع تُعرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Money in</source>
        <translation>المال الوارد</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+54"/>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The community&apos;s projects; choose one to see its page</source>
        <translation>مشاريع المجتمع؛ اختر واحدًا لترى صفحته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New project…</source>
        <translation>مشروع جديد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Propose a project with a social-benefit target</source>
        <translation>اقترح مشروعًا بمستهدف للنفع الاجتماعي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy stakes…</source>
        <translation>اشترِ حصصًا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy stakes</source>
        <translation>اشترِ حصصًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buy stakes in the chosen project</source>
        <translation>اشترِ حصصًا في المشروع المختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add progress report…</source>
        <translation>أضف تقرير تقدّم…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add progress report</source>
        <translation>أضف تقرير تقدّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how far the chosen project has come</source>
        <translation>قل إلى أين وصل المشروع المختار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a repayment…</source>
        <translation>سجّل مبلغًا مسدَّدًا…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a repayment</source>
        <translation>سجّل مبلغًا مسدَّدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the project&apos;s steward, record what you paid back to a stakeholder</source>
        <translation>بصفتك القائم على المشروع، سجّل ما رددته لصاحب حصة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the target…</source>
        <translation>أكّد المستهدف…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm the target</source>
        <translation>أكّد المستهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As one of the project&apos;s verifiers, sign that it has met its target</source>
        <translation>بصفتك أحد مدقّقي المشروع، وقّع أنه بلغ مستهدفه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened last</source>
        <translation>آخر ما حدث</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Neighbours fund projects by buying stakes, and are repaid — with a bonus once the project has met its target.</source>
        <translation>يموّل الجيران المشاريع بشراء حصص، وتُرد إليهم أموالهم — مع مكافأة حين يبلغ المشروع مستهدفه.</translation>
    </message>
    <message numerus="yes">
        <location line="+156"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>لا مشاريع</numerusform>
            <numerusform>مشروع واحد</numerusform>
            <numerusform>مشروعان</numerusform>
            <numerusform>%n مشاريع</numerusform>
            <numerusform>%n مشروعًا</numerusform>
            <numerusform>%n مشروع</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{done} of {target} {unit}</source>
        <translation>‏{done} من ⁨{target}⁩ ⁨{unit}⁩</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Project proposed: {title}.</source>
        <translation>اقتُرح المشروع: ⁨{title}⁩.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>You bought %n stake(s) in {title}.</source>
        <translation>
            <numerusform>اشتريت %n حصة في ⁨{title}⁩.</numerusform>
            <numerusform>اشتريت حصة واحدة في ⁨{title}⁩.</numerusform>
            <numerusform>اشتريت حصتين في ⁨{title}⁩.</numerusform>
            <numerusform>اشتريت %n حصص في ⁨{title}⁩.</numerusform>
            <numerusform>اشتريت %n حصةً في ⁨{title}⁩.</numerusform>
            <numerusform>اشتريت %n حصة في ⁨{title}⁩.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="-150"/>
        <source>New proposal</source>
        <translation>اقتراح جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the vote</source>
        <translation>افتح التصويت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the proposal; every member now may vote on it until the deadline</source>
        <translation>شارك الاقتراح؛ يمكن الآن لكل عضو أن يصوّت عليه حتى الموعد النهائي</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+42"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>What the money is for, in a few words</source>
        <translation>لأي غرض المال، في كلمات قليلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Why, and who will be paid</source>
        <translation>لماذا، ومن سيُدفع له</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much the purse would pay out</source>
        <translation>كم سيدفع الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Voting closes</source>
        <translation>يُغلق التصويت</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>When voting closes (your local time)</source>
        <translation>متى يُغلق التصويت (بتوقيتك المحلي)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>Quorum</source>
        <translation>النصاب</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>How many of the %n member(s) must vote (abstaining counts); at least a quarter</source>
        <translation>
            <numerusform>كم من الأعضاء يجب أن يصوّتوا (الامتناع يُحتسب)؛ الربع على الأقل</numerusform>
            <numerusform>هل يجب أن يصوّت العضو الوحيد (الامتناع يُحتسب)؛ الربع على الأقل</numerusform>
            <numerusform>كم من العضوين يجب أن يصوّت (الامتناع يُحتسب)؛ الربع على الأقل</numerusform>
            <numerusform>كم من الأعضاء الـ%n يجب أن يصوّتوا (الامتناع يُحتسب)؛ الربع على الأقل</numerusform>
            <numerusform>كم من الأعضاء الـ%n يجب أن يصوّتوا (الامتناع يُحتسب)؛ الربع على الأقل</numerusform>
            <numerusform>كم من الأعضاء الـ%n يجب أن يصوّتوا (الامتناع يُحتسب)؛ الربع على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least {minimum} of {members}: a quarter of the members, who are the voters.</source>
        <translation>على الأقل ⁨{minimum}⁩ من ⁨{members}⁩: ربع الأعضاء، وهم المصوّتون.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The share of yes among yes and no votes needed</source>
        <translation>نسبة «نعم» من أصوات «نعم» و«لا» المطلوبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Keep results hidden until the deadline</source>
        <translation>أبقِ النتائج مخفية حتى الموعد النهائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each vote is sealed until voting closes, so nobody sees how the vote is going; a voter&apos;s Commons opens their vote after the deadline</source>
        <translation>يبقى كل صوت مختومًا حتى يُغلق التصويت، فلا يرى أحد مجرى التصويت؛ ويفتح Commons كل مصوّت صوته بعد الموعد النهائي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title: say in a few words what the money is for.</source>
        <translation>العنوان: قل في كلمات قليلة لأي غرض المال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose: say why, and who will be paid.</source>
        <translation>الغرض: قل لماذا، ومن سيُدفع له.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount: enter more than 0.</source>
        <translation>المقدار: أدخل أكثر من 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency: three capital letters, e.g. GBP or EUR.</source>
        <translation>العملة: ثلاثة أحرف لاتينية كبيرة، مثلًا GBP أو EUR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voting closes: choose a time later than now.</source>
        <translation>يُغلق التصويت: اختر وقتًا بعد الآن.</translation>
    </message>
</context>
<context>
    <name>PulseText</name>
    <message>
        <location filename="../../src/commons_desktop/features/pulse/pulse_text.py" line="+19"/>
        <source>Personal well-being (the four ONS questions)</source>
        <translation>العافية الشخصية (أسئلة ONS الأربعة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well-being index (WHO-5)</source>
        <translation>مؤشر العافية (WHO-5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overall, how satisfied are you with your life nowadays?</source>
        <translation>بوجه عام، ما مدى رضاك عن حياتك هذه الأيام؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall, to what extent do you feel the things you do in your life are worthwhile?</source>
        <translation>بوجه عام، إلى أي حد تشعر بأن ما تفعله في حياتك جدير بالعناء؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall, how happy did you feel yesterday?</source>
        <translation>بوجه عام، ما مدى سعادتك أمس؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall, how anxious did you feel yesterday?</source>
        <translation>بوجه عام، ما مدى قلقك أمس؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last two weeks, I have felt cheerful and in good spirits.</source>
        <translation>خلال الأسبوعين الماضيين، شعرت بالبهجة وكانت معنوياتي جيدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the last two weeks, I have felt calm and relaxed.</source>
        <translation>خلال الأسبوعين الماضيين، شعرت بالهدوء والاسترخاء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the last two weeks, I have felt active and vigorous.</source>
        <translation>خلال الأسبوعين الماضيين، شعرت بالنشاط والحيوية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the last two weeks, I woke up feeling fresh and rested.</source>
        <translation>خلال الأسبوعين الماضيين، استيقظت وأنا أشعر بالانتعاش والراحة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the last two weeks, my daily life has been filled with things that interest me.</source>
        <translation>خلال الأسبوعين الماضيين، امتلأت حياتي اليومية بأشياء تهمّني.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At no time</source>
        <translation>ولا مرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All of the time</source>
        <translation>طوال الوقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at all anxious</source>
        <translation>لست قلقًا أبدًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completely anxious</source>
        <translation>قلق تمامًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not at all</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completely</source>
        <translation>تمامًا</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of {total} people have answered so far. Answers go out, masked, once everyone has.</source>
        <translation>
            <numerusform>لم يُجب أحد من {total} حتى الآن. تُرسل الإجابات مُقنَّعةً حين يجيب الجميع.</numerusform>
            <numerusform>أجاب شخص واحد من {total} حتى الآن. تُرسل الإجابات مُقنَّعةً حين يجيب الجميع.</numerusform>
            <numerusform>أجاب شخصان من {total} حتى الآن. تُرسل الإجابات مُقنَّعةً حين يجيب الجميع.</numerusform>
            <numerusform>أجاب %n أشخاص من {total} حتى الآن. تُرسل الإجابات مُقنَّعةً حين يجيب الجميع.</numerusform>
            <numerusform>أجاب %n شخصًا من {total} حتى الآن. تُرسل الإجابات مُقنَّعةً حين يجيب الجميع.</numerusform>
            <numerusform>أجاب %n شخص من {total} حتى الآن. تُرسل الإجابات مُقنَّعةً حين يجيب الجميع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of {total} people&apos;s masked answers are in.</source>
        <translation>
            <numerusform>لم تصل إجابات مُقنَّعة من أحد من {total}.</numerusform>
            <numerusform>وصلت الإجابات المُقنَّعة لشخص واحد من {total}.</numerusform>
            <numerusform>وصلت الإجابات المُقنَّعة لشخصين من {total}.</numerusform>
            <numerusform>وصلت الإجابات المُقنَّعة لـ%n أشخاص من {total}.</numerusform>
            <numerusform>وصلت الإجابات المُقنَّعة لـ%n شخصًا من {total}.</numerusform>
            <numerusform>وصلت الإجابات المُقنَّعة لـ%n شخص من {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n people answered. Only the averages below are known, nobody&apos;s own answers.</source>
        <translation>
            <numerusform>أجاب الجميع. لا يُعرف إلا المتوسطات أدناه، لا إجابات أي أحد بعينه.</numerusform>
            <numerusform>أجاب الشخص الوحيد. لا يُعرف إلا المتوسطات أدناه، لا إجابات أي أحد بعينه.</numerusform>
            <numerusform>أجاب الشخصان كلاهما. لا يُعرف إلا المتوسطات أدناه، لا إجابات أي أحد بعينه.</numerusform>
            <numerusform>أجاب الأشخاص الـ%n كلهم. لا يُعرف إلا المتوسطات أدناه، لا إجابات أي أحد بعينه.</numerusform>
            <numerusform>أجاب الأشخاص الـ%n كلهم. لا يُعرف إلا المتوسطات أدناه، لا إجابات أي أحد بعينه.</numerusform>
            <numerusform>أجاب الأشخاص الـ%n كلهم. لا يُعرف إلا المتوسطات أدناه، لا إجابات أي أحد بعينه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Closed with %n of {total} answers in, so no result: it can be run again without those who did not answer.</source>
        <translation>
            <numerusform>أُغلقت دون أي إجابة من {total}، لذا لا نتيجة: يمكن إعادة إجرائها دون من لم يجيبوا.</numerusform>
            <numerusform>أُغلقت بإجابة واحدة من {total}، لذا لا نتيجة: يمكن إعادة إجرائها دون من لم يجيبوا.</numerusform>
            <numerusform>أُغلقت بإجابتين من {total}، لذا لا نتيجة: يمكن إعادة إجرائها دون من لم يجيبوا.</numerusform>
            <numerusform>أُغلقت بـ%n إجابات من {total}، لذا لا نتيجة: يمكن إعادة إجرائها دون من لم يجيبوا.</numerusform>
            <numerusform>أُغلقت بـ%n إجابةً من {total}، لذا لا نتيجة: يمكن إعادة إجرائها دون من لم يجيبوا.</numerusform>
            <numerusform>أُغلقت بـ%n إجابة من {total}، لذا لا نتيجة: يمكن إعادة إجرائها دون من لم يجيبوا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run again without those who did not answer (see the newer round).</source>
        <translation>أُعيد إجراؤها دون من لم يجيبوا (انظر الجولة الأحدث).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone answered, but the result is not shown: set beside an earlier result from almost the same people, it could give away someone&apos;s answers.</source>
        <translation>أجاب الجميع، لكن النتيجة لا تُعرض: فلو وُضعت بجانب نتيجة سابقة من الأشخاص أنفسهم تقريبًا، لأمكن أن تكشف إجابات أحدهم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The masked answers did not add up (someone&apos;s app sent a broken one), so there is no result.</source>
        <translation>لم تتطابق الإجابات المُقنَّعة (أرسل تطبيق أحدهم إجابة تالفة)، لذا لا نتيجة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{mean} out of {top} · {question}</source>
        <translation>‏{mean} من {top} · ⁨{question}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Well-being index: {index} out of 100.</source>
        <translation>مؤشر العافية: {index} من 100.</translation>
    </message>
</context>
<context>
    <name>PulseView</name>
    <message>
        <location filename="../../src/commons_desktop/features/pulse/pulse_view.py" line="+44"/>
        <source>Which community&apos;s well-being rounds to show</source>
        <translation>جولات عافية أي مجتمع تُعرض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a new round…</source>
        <translation>افتح جولة جديدة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new round</source>
        <translation>افتح جولة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask people who agreed to take part how they are doing</source>
        <translation>اسأل من وافقوا على المشاركة عن أحوالهم</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Well-being rounds</source>
        <translation>جولات العافية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every round in this community, newest first</source>
        <translation>كل الجولات في هذا المجتمع، الأحدث أولًا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wellbeing pulse</source>
        <translation>نبض العافية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the neighbourhood is doing, without anyone&apos;s own answers ever leaving their computer: only averages, and only when at least five people answered.</source>
        <translation>كيف حال الحي، دون أن تغادر إجابات أي أحد حاسوبه أبدًا: متوسطات فقط، وفقط حين يجيب خمسة أشخاص على الأقل.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Sync is not running, so there are no well-being rounds to show.</source>
        <translation>المزامنة لا تعمل، لذا لا جولات عافية لعرضها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not part of a community yet.</source>
        <translation>لست عضوًا في أي مجتمع بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No well-being rounds in this community yet.</source>
        <translation>لا جولات عافية في هذا المجتمع بعد.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n round(s) open for answers.</source>
        <translation>
            <numerusform>لا جولات مفتوحة للإجابة.</numerusform>
            <numerusform>جولة واحدة مفتوحة للإجابة.</numerusform>
            <numerusform>جولتان مفتوحتان للإجابة.</numerusform>
            <numerusform>%n جولات مفتوحة للإجابة.</numerusform>
            <numerusform>%n جولةً مفتوحة للإجابة.</numerusform>
            <numerusform>%n جولة مفتوحة للإجابة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No round is open just now.</source>
        <translation>لا جولة مفتوحة الآن.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened {opened} by {who} · closes {closes}</source>
        <translation>فتحها ⁨{who}⁩ في ⁨{opened}⁩ · تُغلق ⁨{closes}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run it again without those who did not answer</source>
        <translation>أعد إجراءها دون من لم يجيبوا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your masked answers are in.</source>
        <translation>وصلت إجاباتك المُقنَّعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer privately…</source>
        <translation>أجب بخصوصية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send my masked answers</source>
        <translation>أرسل إجاباتي المُقنَّعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You answered. Your answers go out, masked, once everyone has.</source>
        <translation>أجبت. تُرسل إجاباتك مُقنَّعةً حين يجيب الجميع.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sent.</source>
        <translation>أُرسلت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new round is open for those who answered.</source>
        <translation>فُتحت جولة جديدة لمن أجابوا.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keeping your answers and sending them masked…</source>
        <translation>جارٍ حفظ إجاباتك وإرسالها مُقنَّعة…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers are kept on this computer; only a masked form was shared.</source>
        <translation>إجاباتك محفوظة على هذا الحاسوب؛ ولم يُشارَك إلا شكل مُقنَّع منها.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The round is open. The people on it see it once their computers sync.</source>
        <translation>الجولة مفتوحة. يراها المشاركون فيها حين تتزامن حواسيبهم.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That did not work: {reason}</source>
        <translation>لم ينجح ذلك: ⁨{reason}⁩</translation>
    </message>
</context>
<context>
    <name>PurseView</name>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_view.py" line="+74"/>
        <source>Which community&apos;s purse to show</source>
        <translation>الصندوق المشترك لأي مجتمع يُعرض</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>What happened to what you last did</source>
        <translation>ما جرى لآخر ما فعلته</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Common purse and votes</source>
        <translation>الصندوق المشترك والتصويت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money the community holds together. Anyone may deposit; it is spent only on a proposal the members voted for.</source>
        <translation>مال يملكه المجتمع معًا. يمكن لأي أحد أن يودِع فيه؛ ولا يُنفق إلا على اقتراح صوّت له الأعضاء.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proposal</source>
        <translation>الاقتراح</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Amount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Your vote</source>
        <translation>صوتك</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Proposals</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals to spend from the purse, open ones first</source>
        <translation>اقتراحات للإنفاق من الصندوق المشترك، المفتوحة أولًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deposit…</source>
        <translation>أودِع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+215"/>
        <source>Deposit</source>
        <translation>أودِع</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Pay into the common purse</source>
        <translation>ادفع في الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New proposal…</source>
        <translation>اقتراح جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New proposal</source>
        <translation>اقتراح جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Propose spending from the purse</source>
        <translation>اقترح إنفاقًا من الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount, purpose, deadline, quorum and threshold</source>
        <translation>المقدار والغرض والموعد النهائي والنصاب والعتبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The votes counted and the turnout</source>
        <translation>الأصوات المحتسبة ونسبة المشاركة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where your vote stands</source>
        <translation>أين يقف صوتك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote yes</source>
        <translation>صوّت بنعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote for this proposal</source>
        <translation>صوّت لصالح هذا الاقتراح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote no</source>
        <translation>صوّت بلا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote against this proposal</source>
        <translation>صوّت ضد هذا الاقتراح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>امتنع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count towards the quorum without taking a side</source>
        <translation>احتسب في النصاب دون أن تنحاز لجانب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw…</source>
        <translation>اسحب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>اسحب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay out this proposal from the purse</source>
        <translation>ادفع هذا الاقتراح من الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purse history</source>
        <translation>سجلّ الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits and withdrawals the ledger counts, newest first</source>
        <translation>الإيداعات والسحوبات التي تحتسبها الحسابات، الأحدث أولًا</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+126"/>
        <source>Deposits and withdrawals</source>
        <translation>الإيداعات والسحوبات</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Loading the purse…</source>
        <translation>جارٍ تحميل الصندوق المشترك…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deposits and withdrawals: the newest {shown} of {total}</source>
        <translation>الإيداعات والسحوبات: أحدث ⁨{shown}⁩ من ⁨{total}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The purse holds {held}.</source>
        <translation>في الصندوق المشترك ⁨{held}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purse is empty: nothing has been deposited yet.</source>
        <translation>الصندوق المشترك فارغ: لم يُودَع فيه شيء بعد.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Your vote is wanted on %n proposal(s).</source>
        <translation>
            <numerusform>لا اقتراحات تنتظر صوتك.</numerusform>
            <numerusform>اقتراح واحد ينتظر صوتك.</numerusform>
            <numerusform>اقتراحان ينتظران صوتك.</numerusform>
            <numerusform>%n اقتراحات تنتظر صوتك.</numerusform>
            <numerusform>%n اقتراحًا ينتظر صوتك.</numerusform>
            <numerusform>%n اقتراح ينتظر صوتك.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Withdrawal</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal for “{title}”</source>
        <translation>سحب لـ«⁨{title}⁩»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No proposal yet. Propose what the purse should pay for.</source>
        <translation>لا اقتراحات بعد. اقترح ما ينبغي أن يدفعه الصندوق المشترك.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give your name on the Community screen to vote: a vote names its member.</source>
        <translation>أعطِ اسمك في شاشة المجتمع لتصوّت: الصوت يسمّي صاحبه.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Your vote is sealed, signed and shared: it stays hidden until voting closes.</source>
        <translation>صوتك مختوم وموقَّع ومُشارَك: يبقى مخفيًا حتى يُغلق التصويت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your vote is signed and shared.</source>
        <translation>صوتك موقَّع ومُشارَك.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deposit recorded and signed.</source>
        <translation>سُجّل الإيداع ووُقّع.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proposal shared: voting is open.</source>
        <translation>شُورك الاقتراح: التصويت مفتوح.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paid out and recorded.</source>
        <translation>دُفع وسُجّل.</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_text.py" line="+28"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abstain</source>
        <translation>امتناع</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{amount} for: {purpose}
Voting closes {deadline}.
Quorum: {quorum} of {voters} voters must vote (the least allowed is {minimum}, a quarter). Threshold: {threshold}% of yes and no votes must be yes.</source>
        <translation>‏⁨{amount}⁩ من أجل: ⁨{purpose}⁩
يُغلق التصويت ⁨{deadline}⁩.
النصاب: يجب أن يصوّت من المصوّتين ⁨{quorum}⁩ من ⁨{voters}⁩ (أدنى المسموح ⁨{minimum}⁩، أي الربع). العتبة: يجب أن تكون ⁨{threshold}⁩% من أصوات «نعم» و«لا» بـ«نعم».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results stay hidden until voting closes: each vote is sealed, and opened by its voter&apos;s Commons after the deadline.</source>
        <translation>تبقى النتائج مخفية حتى يُغلق التصويت: كل صوت مختوم، ويفتحه Commons صاحبه بعد الموعد النهائي.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{yes} yes, {no} no, {abstain} abstaining</source>
        <translation>نعم: ⁨{yes}⁩، لا: ⁨{no}⁩، امتناع: ⁨{abstain}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turnout: {turnout} of {voters} eligible voters ({percent}%).</source>
        <translation>المشاركة: ⁨{turnout}⁩ من ⁨{voters}⁩ ممن يحق لهم التصويت ({percent}%).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voting is open. Results are hidden until {deadline}.</source>
        <translation>التصويت مفتوح. النتائج مخفية حتى ⁨{deadline}⁩.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voting is open. Counted so far: {counts}.</source>
        <translation>التصويت مفتوح. المحتسب حتى الآن: ⁨{counts}⁩.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Voting has closed. Waiting for %n sealed vote(s) to be opened, until {until}. Opened so far:</source>
        <translation>
            <numerusform>انتهى التصويت. لا أصوات مختومة تنتظر الفتح حتى ⁨{until}⁩. ما فُتح حتى الآن:</numerusform>
            <numerusform>انتهى التصويت. بانتظار فتح صوت مختوم واحد حتى ⁨{until}⁩. ما فُتح حتى الآن:</numerusform>
            <numerusform>انتهى التصويت. بانتظار فتح صوتين مختومين حتى ⁨{until}⁩. ما فُتح حتى الآن:</numerusform>
            <numerusform>انتهى التصويت. بانتظار فتح %n أصوات مختومة حتى ⁨{until}⁩. ما فُتح حتى الآن:</numerusform>
            <numerusform>انتهى التصويت. بانتظار فتح %n صوتًا مختومًا حتى ⁨{until}⁩. ما فُتح حتى الآن:</numerusform>
            <numerusform>انتهى التصويت. بانتظار فتح %n صوت مختوم حتى ⁨{until}⁩. ما فُتح حتى الآن:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passed: {counts}.</source>
        <translation>أُقرّ: ⁨{counts}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purse has paid it out.</source>
        <translation>دفعه الصندوق المشترك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not passed: too few voted (the quorum was {quorum}).</source>
        <translation>لم يُقرّ: صوّت عدد قليل جدًا (كان النصاب ⁨{quorum}⁩).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not passed: fewer than {threshold}% of yes and no votes were yes.</source>
        <translation>لم يُقرّ: كانت «نعم» أقل من ⁨{threshold}⁩% من أصوات «نعم» و«لا».</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n sealed vote(s) were never opened in time: they count toward turnout and the quorum, not yes or no.</source>
        <translation>
            <numerusform>لا أصوات مختومة بقيت دون فتح في الوقت.</numerusform>
            <numerusform>صوت مختوم واحد لم يُفتح في الوقت: يُحسب في المشاركة والنصاب، لا مع نعم ولا مع لا.</numerusform>
            <numerusform>صوتان مختومان لم يُفتحا في الوقت: يُحسبان في المشاركة والنصاب، لا مع نعم ولا مع لا.</numerusform>
            <numerusform>%n أصوات مختومة لم تُفتح في الوقت: تُحسب في المشاركة والنصاب، لا مع نعم ولا مع لا.</numerusform>
            <numerusform>%n صوتًا مختومًا لم يُفتح في الوقت: تُحسب في المشاركة والنصاب، لا مع نعم ولا مع لا.</numerusform>
            <numerusform>%n صوت مختوم لم يُفتح في الوقت: تُحسب في المشاركة والنصاب، لا مع نعم ولا مع لا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Opened, waiting for another member&apos;s Commons to receive the opening: %n sealed vote(s).</source>
        <translation>
            <numerusform>فُتحت، بانتظار أن يستلم Commons عضو آخر الفتح: لا أصوات مختومة.</numerusform>
            <numerusform>فُتح، بانتظار أن يستلم Commons عضو آخر الفتح: صوت مختوم واحد.</numerusform>
            <numerusform>فُتحا، بانتظار أن يستلم Commons عضو آخر الفتح: صوتان مختومان.</numerusform>
            <numerusform>فُتحت، بانتظار أن يستلم Commons عضو آخر الفتح: %n أصوات مختومة.</numerusform>
            <numerusform>فُتحت، بانتظار أن يستلم Commons عضو آخر الفتح: %n صوتًا مختومًا.</numerusform>
            <numerusform>فُتحت، بانتظار أن يستلم Commons عضو آخر الفتح: %n صوت مختوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Of those, opened but not received by another member&apos;s Commons in time: %n sealed vote(s).</source>
        <translation>
            <numerusform>ومنها، ما فُتح ولم يستلمه Commons عضو آخر في الوقت: لا أصوات مختومة.</numerusform>
            <numerusform>ومنها، ما فُتح ولم يستلمه Commons عضو آخر في الوقت: صوت مختوم واحد.</numerusform>
            <numerusform>ومنها، ما فُتح ولم يستلمه Commons عضو آخر في الوقت: صوتان مختومان.</numerusform>
            <numerusform>ومنها، ما فُتح ولم يستلمه Commons عضو آخر في الوقت: %n أصوات مختومة.</numerusform>
            <numerusform>ومنها، ما فُتح ولم يستلمه Commons عضو آخر في الوقت: %n صوتًا مختومًا.</numerusform>
            <numerusform>ومنها، ما فُتح ولم يستلمه Commons عضو آخر في الوقت: %n صوت مختوم.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reasons given for no:</source>
        <translation>الأسباب المذكورة للتصويت بـ«لا»:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open, results hidden</source>
        <translation>مفتوح، والنتائج مخفية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opening sealed votes</source>
        <translation>جارٍ فتح الأصوات المختومة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed, paid out</source>
        <translation>أُقرّ ودُفع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>أُقرّ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not passed</source>
        <translation>لم يُقرّ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You were not a member when this proposal opened, so you do not vote on it.</source>
        <translation>لم تكن عضوًا حين فُتح هذا الاقتراح، لذا لا تصوّت عليه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>You have not voted yet.</source>
        <translation>لم تصوّت بعد.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>You did not vote.</source>
        <translation>لم تصوّت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your vote ({choice}) is counted.</source>
        <translation>صوتك (⁨{choice}⁩) محتسب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your vote ({choice}) is waiting for a neighbour to receive it: it counts once another member&apos;s Commons has it before voting closes.</source>
        <translation>صوتك (⁨{choice}⁩) بانتظار أن يتلقّاه أحد الجيران: يُحتسب حين يصل إلى Commons عضو آخر قبل أن يُغلق التصويت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your vote ({choice}) was late: no neighbour received it before voting closed.</source>
        <translation>صوتك (⁨{choice}⁩) تأخّر: لم يتلقّه أي جار قبل أن يُغلق التصويت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your vote ({choice}) is not counted: {reason}</source>
        <translation>صوتك (⁨{choice}⁩) لا يُحتسب: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You voted {choice} — sealed until {deadline}.</source>
        <translation>صوتك (⁨{choice}⁩) مختوم حتى ⁨{deadline}⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You voted {choice} — sealed until voting closes.</source>
        <translation>صوتك (⁨{choice}⁩) مختوم حتى يُغلق التصويت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It counts once another member&apos;s Commons has it before voting closes.</source>
        <translation>يُحتسب حين يصل إلى Commons عضو آخر قبل أن يُغلق التصويت.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a voter</source>
        <translation>ليس مصوّتًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{choice}, sealed</source>
        <translation>‏⁨{choice}⁩، مختوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{choice}, counted</source>
        <translation>‏⁨{choice}⁩، محتسب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choice}, waiting for a neighbour</source>
        <translation>‏⁨{choice}⁩، بانتظار جار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choice}, late</source>
        <translation>‏⁨{choice}⁩، متأخّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choice}, not counted</source>
        <translation>‏⁨{choice}⁩، غير محتسب</translation>
    </message>
</context>
<context>
    <name>ReminderFlow</name>
    <message>
        <location filename="../../src/commons_desktop/shell/reminder_flow.py" line="+123"/>
        <source>Commons</source>
        <translation>Commons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time for your check-in</source>
        <translation>حان وقت تسجيل حالك</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Commons is still running</source>
        <translation>ما زال Commons يعمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons stays in the tray to remind you. Choose Quit in its menu to close it.</source>
        <translation>يبقى Commons في علبة النظام ليذكّرك. اختر «اخرج» من قائمته لإغلاقه.</translation>
    </message>
</context>
<context>
    <name>RepaymentForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="+15"/>
        <source>Repay a stakeholder of {title}</source>
        <translation>سدّد لصاحب حصة في ⁨{title}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the repayment</source>
        <translation>سجّل المبلغ المسدَّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what you paid back, signed by this computer</source>
        <translation>سجّل ما رددته، موقّعًا من هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — owed {amount}</source>
        <translation>‏⁨{name}⁩ — مستحق له ⁨{amount}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stakeholder</source>
        <translation>صاحب الحصة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who you repaid</source>
        <translation>لمن سدّدت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much you paid back</source>
        <translation>كم رددت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it was paid, e.g. bank transfer (optional)</source>
        <translation>كيف دُفع، مثلًا تحويل مصرفي (اختياري)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stakeholder: nobody holds stakes in this project yet.</source>
        <translation>صاحب الحصة: لا أحد يملك حصصًا في هذا المشروع بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: repay more than 0.</source>
        <translation>المقدار: سدّد أكثر من 0.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/reports/report_cells.py" line="+47"/>
        <source>{percent} %</source>
        <translation>‏{percent} %</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/reports/report_charts.py" line="+36"/>
        <source>Green: money in. Orange: money out.</source>
        <translation>الأخضر: المال الوارد. البرتقالي: المال الصادر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Green: confirmed by its verifiers. Blue: not confirmed yet. The dashed line is the target.</source>
        <translation>الأخضر: أكّده مدقّقوه. الأزرق: لم يُؤكَّد بعد. الخط المتقطّع هو المستهدف.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Money per month ({currency})</source>
        <translation>المال في كل شهر (⁨{currency}⁩)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+99"/>
        <source>in</source>
        <translation>وارد</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+0"/>
        <source>out</source>
        <translation>صادر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{month}: in {money_in}, out {money_out}</source>
        <translation>‏⁨{month}⁩: وارد ⁨{money_in}⁩، صادر ⁨{money_out}⁩</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Progress toward each target (%)</source>
        <translation>التقدّم نحو كل مستهدف (%)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title}: {progress} of {target} {unit}</source>
        <translation>‏⁨{title}⁩: ⁨{progress}⁩ من ⁨{target}⁩ ⁨{unit}⁩</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/reports/report_choices.py" line="+51"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+12"/>
        <source>Money in and out</source>
        <translation>المال الوارد والصادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+76"/>
        <source>Stakes and repayments</source>
        <translation>الحصص والسداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+74"/>
        <source>Lending circle rounds</source>
        <translation>دورات حلقات الإقراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+55"/>
        <source>Purse decisions</source>
        <translation>قرارات الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+47"/>
        <source>Hours (time credits)</source>
        <translation>الساعات (رصيد الوقت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+36"/>
        <location filename="../../src/commons_desktop/features/reports/reports_view.py" line="+375"/>
        <source>Progress toward each target</source>
        <translation>التقدّم نحو كل مستهدف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money in and out, by kind</source>
        <translation>المال الوارد والصادر، حسب النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who paid what, entry by entry</source>
        <translation>من دفع ماذا، قيدًا قيدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakes sold, principal and bonus repaid</source>
        <translation>الحصص المبيعة، ورأس المال والمكافأة المسدَّدان</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="-177"/>
        <source>Who holds stakes and was repaid</source>
        <translation>من يملك حصصًا ومن سُدِّد له</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each round: pot, paid in, complete</source>
        <translation>كل دورة: الحصيلة، من دفعوا، اكتمالها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who received each pot and paid in</source>
        <translation>من تسلّم كل حصيلة ومن دفع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each proposal: votes and turnout</source>
        <translation>كل اقتراح: الأصوات ونسبة المشاركة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who voted yes or abstained (those who voted no are never named)</source>
        <translation>من صوّت بنعم أو امتنع (لا يُسمّى من صوّتوا بلا أبدًا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours given and transfers</source>
        <translation>الساعات المقدَّمة والتحويلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+148"/>
        <source>Hours each member gave and received</source>
        <translation>الساعات التي قدّمها كل عضو وتلقّاها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress, target and whether it is confirmed</source>
        <translation>التقدّم والمستهدف وهل أُكّد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which verifiers confirmed</source>
        <translation>أيّ المدقّقين أكّدوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+80"/>
        <source>Wellbeing pulse</source>
        <translation>نبض العافية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds held and shown</source>
        <translation>الجولات المُجراة والمعروضة</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Public, itemised</source>
        <translation>علني، مفصّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only as a total</source>
        <translation>كمجموع فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/reports/report_files.py" line="+65"/>
        <location line="+51"/>
        <source>Report for funders: {community}</source>
        <translation>تقرير للمموّلين: ⁨{community}⁩</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>{start} to {end} · {scope}</source>
        <translation>من {start} إلى {end} · ⁨{scope}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared on {day} with Commons, from the community&apos;s signed ledger.</source>
        <translation>أُعدّ في ⁨{day}⁩ باستخدام Commons، من الحسابات الموقَّعة للمجتمع.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything is left out: the report is empty.</source>
        <translation>كل شيء مستبعد: التقرير فارغ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing in this range.</source>
        <translation>لا شيء في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="-361"/>
        <location line="+154"/>
        <source>Stakes bought</source>
        <translation>الحصص المشتراة</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Purse deposits</source>
        <translation>الإيداعات في الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle contributions</source>
        <translation>مساهمات الحلقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayments</source>
        <translation>المبالغ المسدَّدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purse withdrawals</source>
        <translation>السحوبات من الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle payouts</source>
        <translation>ما صرفته الحلقات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a former member</source>
        <translation>عضو سابق</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+47"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+20"/>
        <source>In or out</source>
        <translation>وارد أو صادر</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <location line="+37"/>
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+20"/>
        <location line="+27"/>
        <location line="+150"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Who paid what</source>
        <translation>من دفع ماذا</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To whom</source>
        <translation>إلى من</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only as totals: %n member(s) took part; no one is named.</source>
        <translation>
            <numerusform>كمجاميع فقط: لم يشارك أي عضو؛ ولا يُسمّى أحد.</numerusform>
            <numerusform>كمجاميع فقط: شارك عضو واحد؛ ولا يُسمّى أحد.</numerusform>
            <numerusform>كمجاميع فقط: شارك عضوان؛ ولا يُسمّى أحد.</numerusform>
            <numerusform>كمجاميع فقط: شارك %n أعضاء؛ ولا يُسمّى أحد.</numerusform>
            <numerusform>كمجاميع فقط: شارك %n عضوًا؛ ولا يُسمّى أحد.</numerusform>
            <numerusform>كمجاميع فقط: شارك %n عضو؛ ولا يُسمّى أحد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stakes sold</source>
        <translation>الحصص المبيعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>المبلغ المجموع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal repaid</source>
        <translation>رأس المال المسدَّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus repaid</source>
        <translation>المكافأة المسدَّدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>المتبقّي</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <location line="+10"/>
        <location line="+152"/>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+231"/>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+139"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaid</source>
        <translation>المسدَّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which bonus</source>
        <translation>منها مكافأة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members who bought stakes</source>
        <translation>الأعضاء الذين اشتروا حصصًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members repaid</source>
        <translation>الأعضاء الذين سُدِّد لهم</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+132"/>
        <source>Only as totals: no one is named.</source>
        <translation>كمجاميع فقط: لا يُسمّى أحد.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Circle</source>
        <translation>الحلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pot</source>
        <translation>الحصيلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in</source>
        <translation>دفعوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rounds complete</source>
        <translation>الدورات المكتملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in complete rounds</source>
        <translation>المستلَم في الدورات المكتملة</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Receives the pot</source>
        <translation>يتسلّم الحصيلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who paid in</source>
        <translation>من دفع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{paid} of {members}</source>
        <translation>‏⁨{paid}⁩ من ⁨{members}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+133"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rounds due</source>
        <translation>الدورات المستحقة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>voting open</source>
        <translation>التصويت مفتوح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passed, paid out</source>
        <translation>أُقرّ ودُفع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>passed</source>
        <translation>أُقرّ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not passed</source>
        <translation>لم يُقرّ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proposal</source>
        <translation>الاقتراح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting closed</source>
        <translation>إغلاق التصويت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/reports_view.py" line="-297"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>امتناع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>نسبة المشاركة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voted yes</source>
        <translation>صوّتوا بنعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abstained</source>
        <translation>امتنعوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{turnout} of {voters} ({percent} %)</source>
        <translation>‏⁨{turnout}⁩ من ⁨{voters}⁩ ({percent} %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation>المُقرّة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transfers</source>
        <translation>التحويلات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time given</source>
        <translation>الوقت المقدَّم</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gave</source>
        <translation>قدّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>تلقّى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members who gave</source>
        <translation>الأعضاء الذين قدّموا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members who received</source>
        <translation>الأعضاء الذين تلقّوا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/reports_view.py" line="+46"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of target</source>
        <translation>النسبة من المستهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed by</source>
        <translation>أكّده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({confirmed} of {needed} verifiers needed)</source>
        <translation>(⁨{confirmed}⁩ من ⁨{needed}⁩ مدقّقين مطلوبين)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Targets reached</source>
        <translation>المستهدفات المبلوغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets confirmed</source>
        <translation>المستهدفات المؤكَّدة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rounds</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results shown</source>
        <translation>النتائج المعروضة</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/reports/reports_view.py" line="-49"/>
        <source>What the files will hold</source>
        <translation>ما ستحويه الملفات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report as it will be exported</source>
        <translation>التقرير كما سيُصدَّر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to what you last did</source>
        <translation>ما جرى لآخر ما فعلته</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports for funders</source>
        <translation>تقارير للمموّلين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the community raised, spent, repaid and achieved over a period, from its signed ledger. Choose what goes into the files before you export them: nobody is named unless you say so.</source>
        <translation>ما جمعه المجتمع وأنفقه وسدّده وأنجزه خلال فترة، من حساباته الموقَّعة. اختر ما يدخل في الملفات قبل أن تصدّرها: لا يُسمّى أحد إلا إذا اخترت ذلك.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which community to report on</source>
        <translation>عن أي مجتمع يكون التقرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The whole community, or one project</source>
        <translation>المجتمع كله، أو مشروع واحد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day the report covers</source>
        <translation>أول يوم يشمله التقرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day the report covers</source>
        <translation>آخر يوم يشمله التقرير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report, with its charts, as a PDF</source>
        <translation>احفظ التقرير، مع رسومه البيانية، بصيغة PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report&apos;s tables as CSV files, one per table, in a new folder</source>
        <translation>احفظ جداول التقرير في ملفات CSV، ملف لكل جدول، في مجلد جديد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Money per month</source>
        <translation>المال في كل شهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+250"/>
        <source>Money in and out per month</source>
        <translation>المال الوارد والصادر في كل شهر</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Progress toward each project&apos;s target</source>
        <translation>التقدّم نحو مستهدف كل مشروع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scope:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What goes into the files</source>
        <translation>ما يدخل في الملفات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+97"/>
        <source>Whole community</source>
        <translation>المجتمع كله</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The range ends before it starts: choose an end on or after the start.</source>
        <translation>تنتهي الفترة قبل أن تبدأ: اختر نهاية في يوم البداية أو بعده.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The range ends</source>
        <translation>تنتهي الفترة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a range to see the report.</source>
        <translation>اختر فترة لترى التقرير.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing happened in this range: choose another one to export a report.</source>
        <translation>لم يحدث شيء في هذه الفترة: اختر فترة أخرى لتصدير تقرير.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No money moved in this range.</source>
        <translation>لم يتحرّك أي مال في هذه الفترة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money in: {money_in}. Money out: {money_out}.</source>
        <translation>المال الوارد: ⁨{money_in}⁩. المال الصادر: ⁨{money_out}⁩.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{community} report.pdf</source>
        <translation>تقرير {community}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report as a PDF</source>
        <translation>تصدير التقرير بصيغة PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save the PDF to {path} ({reason}). Nothing was written: choose another folder.</source>
        <translation>تعذّر حفظ ملف PDF في ⁨{path}⁩ (⁨{reason}⁩). لم يُكتب شيء: اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the report to {path}. The file is not encrypted: share it only as you chose.</source>
        <translation>حُفظ التقرير في ⁨{path}⁩. الملف غير مشفّر: لا تشاركه إلا كما اخترت.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing happened in this range, so there is nothing to export.</source>
        <translation>لم يحدث شيء في هذه الفترة، لذا لا شيء للتصدير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still gathering who paid what: export again in a moment.</source>
        <translation>ما زال جمع من دفع ماذا جاريًا: صدّر من جديد بعد لحظة.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a folder for the report&apos;s CSV files</source>
        <translation>اختر مجلدًا لملفات CSV الخاصة بالتقرير</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save the CSV files in {path} ({reason}). Nothing was written: choose another folder.</source>
        <translation>تعذّر حفظ ملفات CSV في ⁨{path}⁩ (⁨{reason}⁩). لم يُكتب شيء: اختر مجلدًا آخر.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Saved %n CSV file(s) in {path}. They are not encrypted: share them only as you chose.</source>
        <translation>
            <numerusform>لم يُحفظ أي ملف CSV في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظ ملف CSV واحد في ⁨{path}⁩. الملف غير مشفّر: لا تشاركه إلا كما اخترت.</numerusform>
            <numerusform>حُفظ ملفا CSV في ⁨{path}⁩. الملفان غير مشفّرين: لا تشاركهما إلا كما اخترت.</numerusform>
            <numerusform>حُفظت %n ملفات CSV في ⁨{path}⁩. الملفات غير مشفّرة: لا تشاركها إلا كما اخترت.</numerusform>
            <numerusform>حُفظ %n ملفًا بصيغة CSV في ⁨{path}⁩. الملفات غير مشفّرة: لا تشاركها إلا كما اخترت.</numerusform>
            <numerusform>حُفظ %n ملف CSV في ⁨{path}⁩. الملفات غير مشفّرة: لا تشاركها إلا كما اخترت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <location filename="../../src/commons_desktop/features/review/review_text.py" line="+38"/>
        <source>someone outside the community</source>
        <translation>شخص من خارج المجتمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a member ({id}…)</source>
        <translation>عضو (⁨{id}⁩…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (you)</source>
        <translation>‏⁨{name}⁩ (أنت)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not here yet)</source>
        <translation>(لم يصل بعد)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}’s credit limit</source>
        <translation>حدّ الرصيد لـ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}’s role</source>
        <translation>دور ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project ‘{title}’</source>
        <translation>المشروع «⁨{title}⁩»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending circle ‘{title}’</source>
        <translation>حلقة الإقراض «⁨{title}⁩»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal ‘{title}’</source>
        <translation>الاقتراح «⁨{title}⁩»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stake price</source>
        <translation>سعر الحصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stakes offered</source>
        <translation>الحصص المعروضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contribution per round</source>
        <translation>المساهمة في كل دورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {field}</source>
        <translation>‏⁨{what}⁩: ⁨{field}⁩</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{h} h {m} min of time credit</source>
        <translation>‏{h} س {m} د من رصيد الوقت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>admin</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{date}, {time}</source>
        <translation>‏⁨{date}⁩، {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value}, set by {name} on {when}</source>
        <translation>‏⁨{value}⁩، عيّنها ⁨{name}⁩ في ⁨{when}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>someone who did not sign it</source>
        <translation>شخص لم يوقّعه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} (shown now)</source>
        <translation>‏⁨{value}⁩ (المعروضة الآن)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stake bought</source>
        <translation>حصة اشتُريت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A repayment</source>
        <translation>سداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lending circle payment</source>
        <translation>دفعة في حلقة الإقراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lending circle payout</source>
        <translation>صرف من حلقة الإقراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deposit into the common purse</source>
        <translation>إيداع في الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A withdrawal from the common purse</source>
        <translation>سحب من الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A time credit transfer</source>
        <translation>تحويل رصيد وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project&apos;s target confirmed</source>
        <translation>تأكيد مستهدف مشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A confirmation of time credits received</source>
        <translation>تأكيد تلقّي رصيد وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lending circle join</source>
        <translation>انضمام إلى حلقة إقراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A confirmation of a lending circle payment received</source>
        <translation>تأكيد تسلّم دفعة في حلقة إقراض</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abstain</source>
        <translation>امتناع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>مختوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raising money</source>
        <translation>يجمع المال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under way</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target met</source>
        <translation>بلغ المستهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repaid</source>
        <translation>سُدّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} of {amount} by {name} ({when}) is not counted: {why}.</source>
        <translation>‏⁨{kind}⁩ بمبلغ ⁨{amount}⁩ من ⁨{name}⁩ (⁨{when}⁩) لا يُحتسب: ⁨{why}⁩.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}’s vote ({choice}) on ‘{title}’ is not counted: {why}.</source>
        <translation>صوت ⁨{name}⁩ (⁨{choice}⁩) على «⁨{title}⁩» لا يُحتسب: ⁨{why}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A record could not be read and is left out ({path}): {why}.</source>
        <translation>تعذّرت قراءة سجلّ فاستُبعد (⁨{path}⁩): ⁨{why}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change by {name} was refused: {why}. It was never applied, and everything else keeps syncing.</source>
        <translation>رُفض تغيير من ⁨{name}⁩: ⁨{why}⁩. لم يُطبَّق قط، ويستمر كل ما عداه في المزامنة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change by {name} is {why}.</source>
        <translation>تغيير من ⁨{name}⁩: ⁨{why}⁩.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy of {name} stored on this computer was damaged. The last good copy was used instead: anything newer comes back from the other members the next time you sync.</source>
        <translation>تلفت نسخة ⁨{name}⁩ المحفوظة على هذا الحاسوب. استُخدمت آخر نسخة سليمة بدلًا منها: وكل ما هو أحدث يعود من الأعضاء الآخرين في المزامنة القادمة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A community stored on this computer could not be opened. Nothing was deleted, and nothing from it is shown or sent until it opens again. Restart Commons; if it still does not open, keep this computer&apos;s data as it is and ask someone who helps with Commons in your neighbourhood.</source>
        <translation>تعذّر فتح مجتمع محفوظ على هذا الحاسوب. لم يُحذف شيء، ولا يُعرض منه شيء ولا يُرسل حتى يُفتح من جديد. أعد تشغيل Commons؛ وإن بقي لا يُفتح، فاترك بيانات هذا الحاسوب كما هي واطلب العون ممن يساعد في Commons في حيّك.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details for whoever helps: {why}</source>
        <translation>تفاصيل لمن يساعد: ⁨{why}⁩</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/commons_desktop/features/review/review_view.py" line="+57"/>
        <source>Which community&apos;s review to show</source>
        <translation>مراجعة أي مجتمع تُعرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Things to review</source>
        <translation>أمور للمراجعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everything in this community that needs a look</source>
        <translation>كل ما يحتاج إلى نظرة في هذا المجتمع</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs review</source>
        <translation>بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What in your community needs a person to look at it: values changed by two people at once, payments and votes the rules did not count, changes that were refused or are dated in the future, and copies that did not load.</source>
        <translation>ما يحتاج في مجتمعك إلى أن ينظر فيه شخص: قيم غيّرها شخصان في الوقت نفسه، ومدفوعات وأصوات لم تحتسبها القواعد، وتغييرات رُفضت أو مؤرَّخة في المستقبل، ونسخ لم تُحمَّل.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>this community</source>
        <translation>هذا المجتمع</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sync is not running, so there is nothing to review.</source>
        <translation>المزامنة لا تعمل، لذا لا شيء للمراجعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A community stored on this computer could not be opened.</source>
        <translation>تعذّر فتح مجتمع محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not part of a community yet, so there is nothing to review.</source>
        <translation>لست عضوًا في أي مجتمع بعد، لذا لا شيء للمراجعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needs review in {name}.</source>
        <translation>لا شيء يحتاج إلى مراجعة في ⁨{name}⁩.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n thing(s) need review in {name}.</source>
        <translation>
            <numerusform>لا شيء يحتاج إلى مراجعة في ⁨{name}⁩.</numerusform>
            <numerusform>أمر واحد يحتاج إلى مراجعة في ⁨{name}⁩.</numerusform>
            <numerusform>أمران يحتاجان إلى مراجعة في ⁨{name}⁩.</numerusform>
            <numerusform>%n أمور تحتاج إلى مراجعة في ⁨{name}⁩.</numerusform>
            <numerusform>%n أمرًا تحتاج إلى مراجعة في ⁨{name}⁩.</numerusform>
            <numerusform>%n أمر تحتاج إلى مراجعة في ⁨{name}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changed by two people at once</source>
        <translation>غيّره شخصان في الوقت نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These were changed on two computers before they synced, so each copy holds both values. Choose the one to keep: everyone&apos;s copy then shows it.</source>
        <translation>غُيّرت هذه على حاسوبين قبل أن يتزامنا، لذا تحمل كل نسخة القيمتين. اختر ما تحتفظ به: ستظهره عندها نسخة كل الأعضاء.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keep this one</source>
        <translation>احتفظ بهذه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this one: {value}</source>
        <translation>احتفظ بهذه: ⁨{value}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this value of {field} and replace the other</source>
        <translation>احتفظ بهذه القيمة لـ⁨{field}⁩ واستبدل الأخرى</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keeping the value you chose…</source>
        <translation>جارٍ الاحتفاظ بالقيمة التي اخترتها…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept. The other members see it once they sync.</source>
        <translation>احتُفظ بها. يراها الأعضاء الآخرون حين يتزامنون.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not keep it: {reason}</source>
        <translation>تعذّر الاحتفاظ بها: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not counted by the community&apos;s rules</source>
        <translation>لم تحتسبه قواعد المجتمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These payments, votes or records are kept in the community, but the rules leave them out of balances and results. Talk to the person named if something looks wrong.</source>
        <translation>هذه المدفوعات أو الأصوات أو السجلات محفوظة في المجتمع، لكن القواعد تستبعدها من الأرصدة والنتائج. تحدّث إلى الشخص المذكور إن بدا لك شيء خاطئًا.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>…and %n more not listed here.</source>
        <translation>
            <numerusform>…ولا شيء آخر غير مدرج هنا.</numerusform>
            <numerusform>…وعنصر واحد آخر غير مدرج هنا.</numerusform>
            <numerusform>…وعنصران آخران غير مدرجين هنا.</numerusform>
            <numerusform>…و%n عناصر أخرى غير مدرجة هنا.</numerusform>
            <numerusform>…و%n عنصرًا آخر غير مدرج هنا.</numerusform>
            <numerusform>…و%n عنصر آخر غير مدرج هنا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes that were refused</source>
        <translation>تغييرات رُفضت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone&apos;s computer sent changes they are not allowed to make. They were not applied on this computer.</source>
        <translation>أرسل حاسوب أحدهم تغييرات لا يُسمح له بإجرائها. لم تُطبَّق على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes dated in the future</source>
        <translation>تغييرات مؤرَّخة في المستقبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone&apos;s computer sent changes dated later than now: its clock may be wrong. They are not applied until then, so they cannot hold back what everyone else writes meanwhile.</source>
        <translation>أرسل حاسوب أحدهم تغييرات مؤرَّخة بعد الآن: ربما تكون ساعته خاطئة. لا تُطبَّق حتى يحين ذلك الوقت، فلا يمكنها أن تعطّل ما يكتبه الآخرون في الأثناء.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stored copies that did not load</source>
        <translation>نسخ محفوظة لم تُحمَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is stored on this computer could not be read as it was.</source>
        <translation>تعذّرت قراءة ما هو محفوظ على هذا الحاسوب كما كان.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/people_panel.py" line="-386"/>
        <location line="+13"/>
        <location line="+1"/>
        <source>Change role</source>
        <translation>غيّر الدور</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Admin: invites, changes roles and removes people</source>
        <translation>مشرف: يدعو، ويغيّر الأدوار، ويزيل الأشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member: takes part, but invites and removes no one</source>
        <translation>عضو: يشارك، لكنه لا يدعو أحدًا ولا يزيل أحدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this person an admin of the community</source>
        <translation>اجعل هذا الشخص مشرفًا على المجتمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this person a member, not an admin</source>
        <translation>اجعل هذا الشخص عضوًا، لا مشرفًا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the chosen role; every member sees it</source>
        <translation>امنح الدور المختار؛ يراه كل الأعضاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the role as it is</source>
        <translation>أبقِ الدور كما هو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What should {name} be in {community}?</source>
        <translation>ماذا يكون ⁨{name}⁩ في ⁨{community}⁩؟</translation>
    </message>
</context>
<context>
    <name>ScanCameraButton</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/camera_join.py" line="-155"/>
        <source>Scan with camera…</source>
        <translation>امسح بالكاميرا…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan with camera</source>
        <translation>امسح بالكاميرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join by holding the invite&apos;s QR code up to this computer&apos;s camera</source>
        <translation>انضم بوضع رمز QR الخاص بالدعوة أمام كاميرا هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>SectionsChooser</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/sections_chooser.py" line="+36"/>
        <source>Tick to let this supporter see this section</source>
        <translation>ضع علامة ليرى هذا الداعم هذا القسم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save what they may see</source>
        <translation>ا&amp;حفظ ما يمكنهم رؤيته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save what they may see</source>
        <translation>احفظ ما يمكنهم رؤيته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the ticked sections</source>
        <translation>احفظ الأقسام المعلَّمة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What they may see</source>
        <translation>ما يمكنهم رؤيته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What {name} may see</source>
        <translation>ما يمكن لـ⁨{name}⁩ رؤيته</translation>
    </message>
</context>
<context>
    <name>ServiceClient</name>
    <message>
        <location filename="../../src/commons_desktop/service_client.py" line="+132"/>
        <source>Sync is not running: %1</source>
        <translation>المزامنة لا تعمل: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sync is not running, so this cannot be done now.</source>
        <translation>المزامنة لا تعمل، لذا لا يمكن فعل هذا الآن.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Sync is not running: the sync service stopped.</source>
        <translation>المزامنة لا تعمل: توقفت خدمة المزامنة.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/settings_dialog.py" line="+44"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock after idle minutes</source>
        <translation>القفل بعد دقائق من الخمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock this profile after this many minutes without keyboard or mouse use (0 = never)</source>
        <translation>اقفل هذا الملف الشخصي بعد هذا العدد من الدقائق دون استخدام لوحة المفاتيح أو الفأرة (0 = أبدًا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colours of the window while this profile is open</source>
        <translation>ألوان النافذة ما دام هذا الملف الشخصي مفتوحًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving locks Commons (a guest session ends) and opens it again in this language.</source>
        <translation>الحفظ يُقفل Commons (وتنتهي جلسة الضيف) ثم يفتحه من جديد بهذه اللغة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lock when idle for</source>
        <translation>ا&amp;قفل عند الخمول لمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>ال&amp;مظهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The passphrase you unlock with</source>
        <translation>عبارة المرور التي تفتح بها القفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A few unrelated words work well</source>
        <translation>بضع كلمات لا رابط بينها تفي بالغرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat new passphrase</source>
        <translation>أعد عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the new one again</source>
        <translation>اكتب الجديدة مرة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;غيّر عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase</source>
        <translation>غيّر عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-encrypt this profile under the new passphrase</source>
        <translation>أعد تشفير هذا الملف الشخصي بعبارة المرور الجديدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase change result</source>
        <translation>نتيجة تغيير عبارة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent</source>
        <translation>ال&amp;حالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>ال&amp;جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up or move this profile…</source>
        <translation>ا&amp;نسخ هذا الملف الشخصي احتياطيًا أو انقله…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up or move this profile</source>
        <translation>انسخ هذا الملف الشخصي احتياطيًا أو انقله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this profile to one encrypted file, to keep as a backup or open on another device</source>
        <translation>احفظ هذا الملف الشخصي في ملف مشفّر واحد، لتحتفظ به نسخةً احتياطية أو تفتحه على جهاز آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to another &amp;computer…</source>
        <translation>أرسل إلى حاسوب آ&amp;خر…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to another computer</source>
        <translation>أرسل إلى حاسوب آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this profile to your own computer on this network, with a one-time code</source>
        <translation>انقل هذا الملف الشخصي إلى حاسوبك الآخر على هذه الشبكة، برمز لمرة واحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a recovery &amp;kit…</source>
        <translation>ا&amp;طبع مجموعة الاسترداد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a recovery kit</source>
        <translation>اطبع مجموعة الاسترداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF to keep on paper: this profile&apos;s name, its folder and how to restore a backup</source>
        <translation>ملف PDF تحتفظ به على الورق: اسم هذا الملف الشخصي، ومجلده، وكيف تستعيد نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup file holds your whole profile, encrypted. The recovery kit is a page to print and keep with your backup; it never contains your passphrase.</source>
        <translation>ملف النسخة الاحتياطية يحوي ملفك الشخصي كله، مشفّرًا. مجموعة الاسترداد صفحة تطبعها وتحفظها مع نسختك الاحتياطية؛ ولا تحوي عبارة مرورك أبدًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup and recovery</source>
        <translation>النسخ الاحتياطي والاسترداد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop-&amp;in mode for this computer</source>
        <translation>وضع الا&amp;ستقبال المفتوح لهذا الحاسوب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop-in mode for this computer</source>
        <translation>وضع الاستقبال المفتوح لهذا الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a laptop shared at a drop-in: guests first, no profile chosen, locks within 5 minutes</source>
        <translation>لحاسوب محمول مشترك في مركز استقبال مفتوح: الضيوف أولًا، دون ملف شخصي مختار، ويُقفل خلال 5 دقائق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a laptop that visitors share: the profile picker chooses no profile and offers a guest session first, every profile here locks after at most 5 minutes without use, and closing Commons always locks. Kept in a small unencrypted file that says nothing about anyone.</source>
        <translation>لحاسوب محمول يتشاركه الزوار: لا تختار قائمة الملفات الشخصية أي ملف وتعرض جلسة ضيف أولًا، ويُقفل كل ملف شخصي هنا بعد 5 دقائق على الأكثر دون استخدام، وإغلاق Commons يُقفله دائمًا. يُحفظ في ملف صغير غير مشفّر لا يقول شيئًا عن أحد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase to confirm deletion</source>
        <translation>عبارة المرور لتأكيد الحذف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type your passphrase to confirm</source>
        <translation>اكتب عبارة مرورك للتأكيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete this profile…</source>
        <translation>احذف هذا الملف ال&amp;شخصي…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this profile</source>
        <translation>احذف هذا الملف الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite and remove everything in this profile from this computer</source>
        <translation>اكتب فوق كل ما في هذا الملف الشخصي وأزله من هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deletion result</source>
        <translation>نتيجة الحذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting overwrites and removes your plan, check-ins and everything else in this profile. It cannot be undone.</source>
        <translation>الحذف يكتب فوق خطتك وتسجيلاتك وكل شيء آخر في هذا الملف الشخصي ويزيله. لا يمكن التراجع عنه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete profile</source>
        <translation>احذف الملف الشخصي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save settings</source>
        <translation>احفظ الإعدادات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the auto-lock time, theme and language</source>
        <translation>احتفظ بمهلة القفل التلقائي والمظهر واللغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving the auto-lock time, theme and language</source>
        <translation>أغلق دون حفظ مهلة القفل التلقائي والمظهر واللغة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Delete this profile?</source>
        <translation>أتريد حذف هذا الملف الشخصي؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything in this profile will be overwritten and removed from this computer. This cannot be undone.</source>
        <translation>سيُكتب فوق كل ما في هذا الملف الشخصي ويُزال من هذا الحاسوب. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleting…</source>
        <translation>جارٍ الحذف…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Re-encrypting your profile…</source>
        <translation>جارٍ إعادة تشفير ملفك الشخصي…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new passphrases do not match yet.</source>
        <translation>عبارتا المرور الجديدتان غير متطابقتين بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport all my data…</source>
        <translation>&amp;تصدير كل بياناتي…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all my data</source>
        <translation>تصدير كل بياناتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your plan, goals, check-ins, supporters and contributions as JSON and CSV files, not encrypted</source>
        <translation>خطتك وأهدافك وتسجيلاتك وداعموك ومساهماتك في ملفات JSON وCSV، غير مشفّرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything personal, as JSON and CSV files that other programs can read. Not encrypted.</source>
        <translation>كل ما هو شخصي، في ملفات JSON وCSV تستطيع برامج أخرى قراءتها. غير مشفّرة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remind me to check in every day at</source>
        <translation>&amp;ذكّرني بتسجيل حالي كل يوم في الساعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily check-in reminder</source>
        <translation>تذكير يومي بتسجيل الحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short reminder at the time you choose, while Commons is running</source>
        <translation>تذكير قصير في الوقت الذي تختاره، ما دام Commons يعمل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder time</source>
        <translation>وقت التذكير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The time of day for your reminder</source>
        <translation>ساعة التذكير في اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>ا&amp;بقَ عاملًا في علبة النظام عند إغلاق النافذة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep running in the tray</source>
        <translation>ابقَ عاملًا في علبة النظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing the window hides Commons in the system tray, so reminders still come; otherwise closing the window quits Commons and locks your profile</source>
        <translation>إغلاق النافذة يُخفي Commons في علبة النظام، فتبقى التذكيرات تصل؛ وإلا فإغلاق النافذة يُنهي Commons ويُقفل ملفك الشخصي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reminder says only “Time for your check-in”, never what you wrote.</source>
        <translation>لا يقول التذكير إلا «حان وقت تسجيل حالك»، ولا يذكر أبدًا ما كتبته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tray on this desktop: closing the window quits Commons.</source>
        <translation>لا علبة نظام في سطح المكتب هذا: إغلاق النافذة يُنهي Commons.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
</context>
<context>
    <name>StartJoinPage</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/start_join.py" line="+32"/>
        <source>e.g. Mill Road</source>
        <translation>مثلًا شارع الطاحونة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community name</source>
        <translation>اسم المجتمع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name everyone in it will see</source>
        <translation>الاسم الذي سيراه كل من فيه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the people you invite will see you</source>
        <translation>كيف سيراك من تدعوهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Start community</source>
        <translation>أنشئ المجتمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new community with you in it</source>
        <translation>أنشئ مجتمعًا جديدًا تكون أنت فيه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: commons-relay://…</source>
        <translation>اختياري: commons-relay://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relay</source>
        <translation>المُرحِّل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A relay lets members who are not on your network sync; paste the address its operator gave you, or leave it empty</source>
        <translation>يتيح المُرحِّل للأعضاء الذين ليسوا على شبكتك أن يتزامنوا؛ الصق العنوان الذي أعطاك إياه مشغّله، أو اتركه فارغًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the invite text, or type the short code</source>
        <translation>الصق نص الدعوة، أو اكتب الرمز القصير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite</source>
        <translation>الدعوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The invite text or the short code you were given</source>
        <translation>نص الدعوة أو الرمز القصير الذي أُعطيته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. 192.168.1.20:50123</source>
        <translation>اختياري، مثلًا 192.168.1.20:50123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inviting computer&apos;s address</source>
        <translation>عنوان الحاسوب الداعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the invite does not find the inviting computer by itself</source>
        <translation>فقط إن لم تجد الدعوة الحاسوب الداعي بنفسها</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Join</source>
        <translation>انضم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join the community this invite is for</source>
        <translation>انضم إلى المجتمع الذي تخصه هذه الدعوة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Community name:</source>
        <translation>اسم المجتمع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay:</source>
        <translation>المُرحِّل:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only if you have a relay, for members who are not on your network. It is checked first: if it refuses or does not answer, nothing is started.</source>
        <translation>فقط إن كان لديك مُرحِّل، للأعضاء الذين ليسوا على شبكتك. يُفحص أولًا: إن رفض أو لم يُجب، لا يُنشأ شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invite:</source>
        <translation>الدعوة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a community</source>
        <translation>أنشئ مجتمعًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join with an invite</source>
        <translation>انضم بدعوة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give the community a name, and yours.</source>
        <translation>أعطِ المجتمع اسمًا، واكتب اسمك.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” is started. Invite your neighbours from “This community”.</source>
        <translation>أُنشئ «⁨{name}⁩». ادعُ جيرانك من «هذا المجتمع».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not started, nothing was saved: {reason}. Check the relay address, or leave it empty to start without a relay.</source>
        <translation>لم يُنشأ، ولم يُحفظ شيء: ⁨{reason}⁩. تحقق من عنوان المُرحِّل، أو اتركه فارغًا لتبدأ دون مُرحِّل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reaching the relay…</source>
        <translation>جارٍ الوصول إلى المُرحِّل…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not a relay address: {reason}. Paste the whole line you were given, from commons-relay:// to the end, or leave it empty.</source>
        <translation>هذا ليس عنوان مُرحِّل: ⁨{reason}⁩. الصق السطر الذي أُعطيته كاملًا، من commons-relay://‎ إلى آخره، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paste the invite text, or type the short code you were given.</source>
        <translation>الصق نص الدعوة، أو اكتب الرمز القصير الذي أُعطيته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a web address, not a Commons invite. Paste the invite text (it starts with COMMONS-INVITE:) or type the short code.</source>
        <translation>هذا عنوان ويب، وليس دعوة Commons. الصق نص الدعوة (يبدأ بـ COMMONS-INVITE:) أو اكتب الرمز القصير.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Joined. The community&apos;s records arrive in a moment.</source>
        <translation>انضممت. تصل سجلات المجتمع بعد لحظات.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not join: {reason}</source>
        <translation>تعذّر الانضمام: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining… this can take up to half a minute.</source>
        <translation>جارٍ الانضمام… قد يستغرق هذا حتى نصف دقيقة.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/strength_meter.py" line="+35"/>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How hard your passphrase would be to guess. It needs to be at least Strong.</source>
        <translation>مدى صعوبة تخمين عبارة مرورك. يجب أن تكون «قوية» على الأقل.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not set</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few unrelated words make a passphrase that is long and memorable.</source>
        <translation>بضع كلمات لا رابط بينها تصنع عبارة مرور طويلة يسهل تذكّرها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Good: this passphrase would be hard to guess.</source>
        <translation>جيد: يصعب تخمين عبارة المرور هذه.</translation>
    </message>
</context>
<context>
    <name>SupportRelayPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/support_relay.py" line="+41"/>
        <location line="+37"/>
        <source>Relay for my support network</source>
        <translation>مُرحِّل لشبكة دعمي</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The relay address you were given; it starts with commons-relay:// and holds a password</source>
        <translation>عنوان المُرحِّل الذي أُعطيته؛ يبدأ بـ commons-relay://‎ ويحوي كلمة سر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>اعرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show relay address</source>
        <translation>اعرض عنوان المُرحِّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the address, password included</source>
        <translation>اعرض العنوان، بما فيه كلمة السر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Save relay</source>
        <translation>احفظ المُرحِّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use this relay for all your supporters</source>
        <translation>استخدم هذا المُرحِّل لكل داعميك</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove relay</source>
        <translation>أزل المُرحِّل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop using this relay; supporters then get what you share only when you meet on a network</source>
        <translation>التوقف عن استخدام هذا المُرحِّل؛ عندها يتلقى الداعمون ما تشاركه فقط عندما تلتقون على شبكة واحدة</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>No relay saved: supporters get what you share only when your computers meet on a network. Your community&apos;s relay is not used for them.</source>
        <translation>لا يوجد مُرحِّل محفوظ: يتلقى الداعمون ما تشاركه فقط عندما تلتقي حواسيبكم على شبكة واحدة. لا يُستخدم مُرحِّل مجتمعك لهم.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Lets supporters who are not on your network receive what you share. The relay stores only encrypted data.</source>
        <translation>يتيح للداعمين الذين ليسوا على شبكتك أن يتلقوا ما تشاركه. لا يحفظ المُرحِّل إلا بيانات مشفّرة.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Paste the relay address first, or press Remove relay to stop using one.</source>
        <translation>الصق عنوان المُرحِّل أولًا، أو اضغط «أزل المُرحِّل» لتتوقف عن استخدامه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a relay address: {reason}. Paste the whole line you were given, from commons-relay:// to the end.</source>
        <translation>هذا ليس عنوان مُرحِّل: ⁨{reason}⁩. الصق السطر الذي أُعطيته كاملًا، من commons-relay://‎ إلى آخره.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This relay address is too long. Ask for one with fewer servers.</source>
        <translation>عنوان المُرحِّل هذا طويل جدًا. اطلب عنوانًا بخوادم أقل.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved, but your supporters&apos; circles could not be changed: {reason} Save again later.</source>
        <translation>حُفظ، لكن تعذّر تغيير حلقات داعميك: ⁨{reason}⁩ احفظ مجددًا لاحقًا.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: your supporters&apos; circles use the relay at {servers}.</source>
        <translation>حُفظ: تستخدم حلقات داعميك المُرحِّل في ⁨{servers}⁩.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Relay: {reason}</source>
        <translation>المُرحِّل: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay connected: what you share reaches supporters who are away.</source>
        <translation>المُرحِّل متصل: ما تشاركه يصل إلى الداعمين البعيدين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync is not running, so the relay cannot be changed now.</source>
        <translation>المزامنة لا تعمل، لذا لا يمكن تغيير المُرحِّل الآن.</translation>
    </message>
</context>
<context>
    <name>SupportView</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/support_view.py" line="+60"/>
        <location line="+11"/>
        <source>Support network</source>
        <translation>شبكة الدعم</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Your supporters, and the people you support</source>
        <translation>داعموك، ومن تدعمهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My supporters</source>
        <translation>داعميّ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People I support</source>
        <translation>من أدعمهم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scroll tabs</source>
        <translation>مرّر علامات التبويب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more tabs</source>
        <translation>اعرض مزيدًا من علامات التبويب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People you trust see only the parts of your plan you choose, and nothing else.</source>
        <translation>لا يرى من تثق بهم إلا أجزاء خطتك التي تختارها، ولا شيء غيرها.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Supporters</source>
        <translation>الداعمون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a supporter to see what they may see</source>
        <translation>اختر داعمًا لترى ما يمكنه رؤيته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the chosen supporter&apos;s name and details</source>
        <translation>غيّر اسم الداعم المختار وتفاصيله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>أ&amp;زل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen supporter (Delete); undo is offered</source>
        <translation>أزل الداعم المختار (Delete)؛ يمكنك التراجع</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>{name} still has a circle with you. Stop sharing with them first, then remove them.</source>
        <translation>ما زالت لـ⁨{name}⁩ حلقة معك. أوقف المشاركة معه أولًا، ثم أزله.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} removed from your supporters.</source>
        <translation>أُزيل ⁨{name}⁩ من داعميك.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No supporter chosen</source>
        <translation>لم يُختر داعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone you trust, or choose one from the list.</source>
        <translation>أضف شخصًا تثق به، أو اختر أحدًا من القائمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they see</source>
        <translation>ما يرونه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a supporter to see exactly what they see of your plan.</source>
        <translation>اختر داعمًا لترى بالضبط ما يراه من خطتك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What {name} sees</source>
        <translation>ما يراه ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} sees nothing of your plan. Tick the sections they may see, then save.</source>
        <translation>لا يرى ⁨{name}⁩ شيئًا من خطتك. ضع علامة على الأقسام التي يمكنه رؤيتها، ثم احفظ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: exactly what this supporter receives</source>
        <translation>للقراءة فقط: بالضبط ما يتلقاه هذا الداعم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not invited yet.</source>
        <translation>لم يُدعَ بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited, sharing {count} of {total} sections.</source>
        <translation>مدعوّ، الأقسام المُشارَكة معه: {count} من {total}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your request for support {time}: {status}</source>
        <translation>طلبك للدعم {time}: ⁨{status}⁩</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sync could not do that: {reason}</source>
        <translation>لم تستطع المزامنة فعل ذلك: ⁨{reason}⁩</translation>
    </message>
</context>
<context>
    <name>SupportWords</name>
    <message>
        <location filename="../../src/commons_desktop/support_words.py" line="+25"/>
        <source>at {time}</source>
        <translation>الساعة {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {day} at {time}</source>
        <translation>في ⁨{day}⁩ الساعة {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your supporter</source>
        <translation>داعمك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered to {name}&apos;s computer {time}.</source>
        <translation>وصل إلى حاسوب ⁨{name}⁩ {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left at the relay for {name} {time}: their computer collects it when their Commons next connects. Not confirmed as delivered yet.</source>
        <translation>تُرك في المُرحِّل لـ⁨{name}⁩ {time}: يستلمه حاسوبه حين يتصل Commons لديه في المرة القادمة. لم يتأكد وصوله بعد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for {name} — none of their devices is reachable; it will be sent when one of them is online, or when the relay is reachable.</source>
        <translation>بانتظار ⁨{name}⁩ — لا يمكن الوصول إلى أي من أجهزته؛ سيُرسل حين يتصل أحدها بالشبكة، أو حين يمكن الوصول إلى المُرحِّل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for {name} — none of their devices is reachable; it will be sent when one of them is online.</source>
        <translation>بانتظار ⁨{name}⁩ — لا يمكن الوصول إلى أي من أجهزته؛ سيُرسل حين يتصل أحدها بالشبكة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone you support</source>
        <translation>شخص تدعمه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} asked for support {time}.</source>
        <translation>طلب ⁨{who}⁩ الدعم {time}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commons</source>
        <translation>Commons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone in your support network asked for support — open Commons.</source>
        <translation>طلب أحد في شبكة دعمك الدعم — افتح Commons.</translation>
    </message>
</context>
<context>
    <name>SupportedView</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/supported_view.py" line="+62"/>
        <source>People I support</source>
        <translation>من أدعمهم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose whose shared plan to read</source>
        <translation>اختر خطة من تريد قراءتها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they share with you</source>
        <translation>ما يشاركونه معك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: only they can change it</source>
        <translation>للقراءة فقط: لا يغيّرها إلا صاحبها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the invite text, or type the short code</source>
        <translation>الصق نص الدعوة، أو اكتب الرمز القصير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite</source>
        <translation>الدعوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The invite someone gave you: its text or short code</source>
        <translation>الدعوة التي أعطاك إياها أحدهم: نصها أو رمزها القصير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join with an invite…</source>
        <translation>ا&amp;نضم بدعوة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join with an invite</source>
        <translation>انضم بدعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the circle of someone you support</source>
        <translation>انضم إلى حلقة شخص تدعمه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asked for support</source>
        <translation>طلب الدعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;seen this</source>
        <translation>&amp;رأيت هذا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have seen this</source>
        <translation>رأيت هذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop showing this request here; a new one shows again</source>
        <translation>توقّف عن عرض هذا الطلب هنا؛ وسيظهر أي طلب جديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Robin</source>
        <translation>مثلًا روبن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their name</source>
        <translation>اسمه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name to show for the person you chose</source>
        <translation>الاسم الذي يظهر للشخص الذي اخترته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;name</source>
        <translation>احفظ ال&amp;اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save name</source>
        <translation>احفظ الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show this name for them in the list</source>
        <translation>اعرض هذا الاسم له في القائمة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plans shared with you. You can read them, not change them.</source>
        <translation>خطط مشتركة معك. يمكنك قراءتها، لا تغييرها.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Someone you support (circle {id})</source>
        <translation>شخص تدعمه (الحلقة ⁨{id}⁩)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nobody shares a plan with you yet. When someone invites you, join with their invite below.</source>
        <translation>لا أحد يشاركك خطة بعد. حين يدعوك أحد، انضم بدعوته في الأسفل.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing is shared with you here: they have not shared anything yet, or stopped sharing.</source>
        <translation>لا شيء مشترك معك هنا: لم يشارك شيئًا بعد، أو أوقف المشاركة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone you support</source>
        <translation>شخص تدعمه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} asked for support ({moment}).</source>
        <translation>طلب ⁨{name}⁩ الدعم (⁨{moment}⁩).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They wrote: “{message}”</source>
        <translation>كتب: «⁨{message}⁩»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name saved.</source>
        <translation>حُفظ الاسم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save the name: {reason}</source>
        <translation>تعذّر حفظ الاسم: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste the invite text, or type the short code you were given.</source>
        <translation>الصق نص الدعوة، أو اكتب الرمز القصير الذي أُعطيته.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Joined. What they share shows here as it arrives.</source>
        <translation>انضممت. يظهر هنا ما يشاركه حين يصل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not join: {reason}</source>
        <translation>تعذّر الانضمام: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining… this can take up to half a minute.</source>
        <translation>جارٍ الانضمام… قد يستغرق هذا حتى نصف دقيقة.</translation>
    </message>
</context>
<context>
    <name>SupporterForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/supporter_form.py" line="+32"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supporter&apos;s name, as you call them</source>
        <translation>اسم الداعم، كما تناديه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>الصلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E.g. sister, friend, support worker</source>
        <translation>مثلًا أخت، صديق، أخصائي دعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach them</source>
        <translation>كيف تتواصل معه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A phone number, an address, …</source>
        <translation>رقم هاتف، عنوان، …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>&amp;Add supporter</source>
        <translation>أ&amp;ضف داعمًا</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop changing this supporter</source>
        <translation>توقّف عن تغيير هذا الداعم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lationship</source>
        <translation>ال&amp;صلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;reach them</source>
        <translation>كيف &amp;تتواصل معه</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a supporter</source>
        <translation>أضف داعمًا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change {name}</source>
        <translation>غيّر ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save changes</source>
        <translation>ا&amp;حفظ التغييرات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Store this supporter</source>
        <translation>احفظ هذا الداعم</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/sync_panel.py" line="+39"/>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where this community&apos;s sync stands on this device</source>
        <translation>أين وصلت مزامنة هذا المجتمع على هذا الجهاز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices seen</source>
        <translation>الأجهزة التي رُئيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each device this one has synced the community with, by which route, and when</source>
        <translation>كل جهاز زامن معه هذا الجهاز المجتمعَ، وبأي طريق، ومتى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync details</source>
        <translation>تفاصيل المزامنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What waits to be sent and the last exchange</source>
        <translation>ما ينتظر الإرسال وآخر تبادل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync problems</source>
        <translation>مشكلات المزامنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What went wrong, and what to do about it</source>
        <translation>ما الذي حدث خطأ، وما العمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No other device has been met yet.</source>
        <translation>لم يُلتقَ بأي جهاز آخر بعد.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../src/commons_desktop/shell/sync_status.py" line="+44"/>
        <source>Not syncing: nothing leaves this computer.</source>
        <translation>لا مزامنة: لا شيء يغادر هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+165"/>
        <source>Syncing. Devices connected: {count}.</source>
        <translation>تجري المزامنة. الأجهزة المتصلة: {count}.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>The sync service is running; no other device is connected.</source>
        <translation>خدمة المزامنة تعمل؛ ولا جهاز آخر متصل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relay: {reason}</source>
        <translation>المُرحِّل: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay connected: changes reach members who are away.</source>
        <translation>المُرحِّل متصل: تصل التغييرات إلى الأعضاء البعيدين.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nobody was told: invite a supporter first (Support screen).</source>
        <translation>لم يُبلَّغ أحد: ادعُ داعمًا أولًا (شاشة الدعم).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Sent to the computers of %n supporter(s) connected now; Home shows when each confirms it.</source>
        <translation>
            <numerusform>لم يُرسل إلى أي داعم، فلا أحد منهم متصل الآن.</numerusform>
            <numerusform>أُرسل إلى حاسوب داعم واحد متصل الآن؛ تُظهر الرئيسية متى يؤكّد استلامه.</numerusform>
            <numerusform>أُرسل إلى حاسوبَي داعمَين متصلَين الآن؛ تُظهر الرئيسية متى يؤكّد كلٌّ منهما استلامه.</numerusform>
            <numerusform>أُرسل إلى حواسيب %n داعمين متصلين الآن؛ تُظهر الرئيسية متى يؤكّد كلٌّ منهم استلامه.</numerusform>
            <numerusform>أُرسل إلى حواسيب %n داعمًا متصلين الآن؛ تُظهر الرئيسية متى يؤكّد كلٌّ منهم استلامه.</numerusform>
            <numerusform>أُرسل إلى حواسيب %n داعم متصلين الآن؛ تُظهر الرئيسية متى يؤكّد كلٌّ منهم استلامه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Going through the relay to %n supporter(s): their computers collect it when their Commons next connects.</source>
        <translation>
            <numerusform>لا يمر عبر المُرحِّل إلى أي داعم.</numerusform>
            <numerusform>يمر عبر المُرحِّل إلى داعم واحد: يستلمه حاسوبه حين يتصل Commons لديه في المرة القادمة.</numerusform>
            <numerusform>يمر عبر المُرحِّل إلى داعمَين: يستلمه حاسوباهما حين يتصل Commons لديهما في المرة القادمة.</numerusform>
            <numerusform>يمر عبر المُرحِّل إلى %n داعمين: تستلمه حواسيبهم حين يتصل Commons لديهم في المرة القادمة.</numerusform>
            <numerusform>يمر عبر المُرحِّل إلى %n داعمًا: تستلمه حواسيبهم حين يتصل Commons لديهم في المرة القادمة.</numerusform>
            <numerusform>يمر عبر المُرحِّل إلى %n داعم: تستلمه حواسيبهم حين يتصل Commons لديهم في المرة القادمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Not sent yet to %n supporter(s): none of their computers is reachable and there is no relay. It is kept on this computer, even if Commons closes, and goes as soon as one of their computers is online while Commons is open here. If you need someone now, call them.</source>
        <translation>
            <numerusform>لم يُرسل بعد إلى أي داعم. يُحفظ على هذا الحاسوب، حتى لو أُغلق Commons. إن كنت تحتاج أحدًا الآن، فاتصل به.</numerusform>
            <numerusform>لم يُرسل بعد إلى داعم واحد: لا يمكن الوصول إلى حاسوبه ولا يوجد مُرحِّل. يُحفظ على هذا الحاسوب، حتى لو أُغلق Commons، ويُرسل حالما يتصل حاسوبه بالشبكة وCommons مفتوح هنا. إن كنت تحتاج أحدًا الآن، فاتصل به.</numerusform>
            <numerusform>لم يُرسل بعد إلى داعمَين: لا يمكن الوصول إلى أي من حاسوبَيهما ولا يوجد مُرحِّل. يُحفظ على هذا الحاسوب، حتى لو أُغلق Commons، ويُرسل حالما يتصل أحد حاسوبَيهما بالشبكة وCommons مفتوح هنا. إن كنت تحتاج أحدًا الآن، فاتصل به.</numerusform>
            <numerusform>لم يُرسل بعد إلى %n داعمين: لا يمكن الوصول إلى أي من حواسيبهم ولا يوجد مُرحِّل. يُحفظ على هذا الحاسوب، حتى لو أُغلق Commons، ويُرسل حالما يتصل أحد حواسيبهم بالشبكة وCommons مفتوح هنا. إن كنت تحتاج أحدًا الآن، فاتصل به.</numerusform>
            <numerusform>لم يُرسل بعد إلى %n داعمًا: لا يمكن الوصول إلى أي من حواسيبهم ولا يوجد مُرحِّل. يُحفظ على هذا الحاسوب، حتى لو أُغلق Commons، ويُرسل حالما يتصل أحد حواسيبهم بالشبكة وCommons مفتوح هنا. إن كنت تحتاج أحدًا الآن، فاتصل به.</numerusform>
            <numerusform>لم يُرسل بعد إلى %n داعم: لا يمكن الوصول إلى أي من حواسيبهم ولا يوجد مُرحِّل. يُحفظ على هذا الحاسوب، حتى لو أُغلق Commons، ويُرسل حالما يتصل أحد حواسيبهم بالشبكة وCommons مفتوح هنا. إن كنت تحتاج أحدًا الآن، فاتصل به.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not sent yet</source>
        <translation>لم يُرسل بعد</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Someone you support asked for support: see Support → People I support.</source>
        <translation>طلب شخص تدعمه الدعم: انظر الدعم ← من أدعمهم.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A community (arriving…)</source>
        <translation>مجتمع (في الطريق…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {status}</source>
        <translation>‏⁨{name}⁩: ⁨{status}⁩</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../src/commons_desktop/sync_words.py" line="+30"/>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>قبل %n دقيقة</numerusform>
            <numerusform>قبل دقيقة</numerusform>
            <numerusform>قبل دقيقتين</numerusform>
            <numerusform>قبل %n دقائق</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>قبل %n ساعة</numerusform>
            <numerusform>قبل ساعة</numerusform>
            <numerusform>قبل ساعتين</numerusform>
            <numerusform>قبل %n ساعات</numerusform>
            <numerusform>قبل %n ساعة</numerusform>
            <numerusform>قبل %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {day} at {time}</source>
        <translation>في ⁨{day}⁩ الساعة {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+146"/>
        <source>device {device}</source>
        <translation>الجهاز ⁨{device}⁩</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>on this network</source>
        <translation>على هذه الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through the relay</source>
        <translation>عبر المُرحِّل</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{name} and %n other(s)</source>
        <translation>
            <numerusform>‏⁨{name}⁩</numerusform>
            <numerusform>‏⁨{name}⁩ وآخر</numerusform>
            <numerusform>‏⁨{name}⁩ واثنان آخران</numerusform>
            <numerusform>‏⁨{name}⁩ و%n آخرين</numerusform>
            <numerusform>‏⁨{name}⁩ و%n آخرين</numerusform>
            <numerusform>‏⁨{name}⁩ و%n آخرين</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept on this computer only: the demo town is never synced.</source>
        <translation>محفوظة على هذا الحاسوب فقط: البلدة التجريبية لا تُزامَن أبدًا.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Up to date with {names} {route}</source>
        <translation>محدَّث مع ⁨{names}⁩ ⁨{route}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing waiting to be sent; no one is connected now (last exchange {when}).</source>
        <translation>لا شيء ينتظر الإرسال؛ لا أحد متصل الآن (آخر تبادل ⁨{when}⁩).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing waiting to be sent; no other device has been met yet.</source>
        <translation>لا شيء ينتظر الإرسال؛ لم يُلتقَ بأي جهاز آخر بعد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiving the community: {percent} %</source>
        <translation>جارٍ استقبال المجتمع: {percent}٪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving the community from {name}…</source>
        <translation>جارٍ استقبال المجتمع من ⁨{name}⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a copy of the community: no one who has it is connected.</source>
        <translation>في انتظار نسخة من المجتمع: لا أحد ممن يملكها متصل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiving changes through the relay: {percent} %</source>
        <translation>جارٍ استقبال التغييرات عبر المُرحِّل: {percent}٪</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receiving changes from {name}…</source>
        <translation>جارٍ استقبال التغييرات من ⁨{name}⁩…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not up to date: {name} has changes this device has not received yet.</source>
        <translation>غير محدَّث: لدى ⁨{name}⁩ تغييرات لم يتلقها هذا الجهاز بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not up to date: some changes wait for earlier ones to arrive.</source>
        <translation>غير محدَّث: بعض التغييرات تنتظر وصول تغييرات سابقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not up to date: catching up with the relay…</source>
        <translation>غير محدَّث: جارٍ اللحاق بالمُرحِّل…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sending to {name} now</source>
        <translation>جارٍ الإرسال إلى ⁨{name}⁩ الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending through the relay</source>
        <translation>جارٍ الإرسال عبر المُرحِّل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no one is connected</source>
        <translation>لا أحد متصل</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) waiting to be sent: {how}</source>
        <translation>
            <numerusform>لا تغييرات تنتظر الإرسال: ⁨{how}⁩</numerusform>
            <numerusform>تغيير واحد ينتظر الإرسال: ⁨{how}⁩</numerusform>
            <numerusform>تغييران ينتظران الإرسال: ⁨{how}⁩</numerusform>
            <numerusform>%n تغييرات تنتظر الإرسال: ⁨{how}⁩</numerusform>
            <numerusform>%n تغييرًا تنتظر الإرسال: ⁨{how}⁩</numerusform>
            <numerusform>%n تغيير تنتظر الإرسال: ⁨{how}⁩</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connected, up to date</source>
        <translation>متصل، محدَّث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected, exchanging changes</source>
        <translation>متصل، يتبادل التغييرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last heard from {when}</source>
        <translation>آخر اتصال منه ⁨{when}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last seen {when}</source>
        <translation>آخر ظهور ⁨{when}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not seen yet</source>
        <translation>لم يظهر بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}, {route}: {state}</source>
        <translation>‏⁨{who}⁩، ⁨{route}⁩: ⁨{state}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; has changes this device has not received yet</source>
        <translation>؛ لديه تغييرات لم يتلقها هذا الجهاز بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) on this device not yet confirmed by anyone.</source>
        <translation>
            <numerusform>لا تغييرات على هذا الجهاز تنتظر تأكيدًا.</numerusform>
            <numerusform>تغيير واحد على هذا الجهاز لم يؤكده أحد بعد.</numerusform>
            <numerusform>تغييران على هذا الجهاز لم يؤكدهما أحد بعد.</numerusform>
            <numerusform>%n تغييرات على هذا الجهاز لم يؤكدها أحد بعد.</numerusform>
            <numerusform>%n تغييرًا على هذا الجهاز لم يؤكدها أحد بعد.</numerusform>
            <numerusform>%n تغيير على هذا الجهاز لم يؤكدها أحد بعد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change on this device has reached someone.</source>
        <translation>كل تغيير على هذا الجهاز وصل إلى أحد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device holds everything the others have announced.</source>
        <translation>يحمل هذا الجهاز كل ما أعلنه الآخرون.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is still missing changes the others have announced.</source>
        <translation>ما زالت تنقص هذا الجهاز تغييرات أعلنها الآخرون.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last exchange with someone: {when}.</source>
        <translation>آخر تبادل مع أحد: ⁨{when}⁩.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exchange with anyone yet.</source>
        <translation>لا تبادل مع أحد بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relay: reached {when}.</source>
        <translation>المُرحِّل: وُصل إليه ⁨{when}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relay: cannot be reached now.</source>
        <translation>المُرحِّل: لا يمكن الوصول إليه الآن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay: not reached yet.</source>
        <translation>المُرحِّل: لم يُوصل إليه بعد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} sent something this device refused, so the connection was closed. Nothing of it was applied; if it keeps happening, ask them to update Commons.</source>
        <translation>أرسل ⁨{name}⁩ شيئًا رفضه هذا الجهاز، فأُغلق الاتصال. لم يُطبَّق منه شيء؛ إن تكرر ذلك، فاطلب منه تحديث Commons.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay cannot be reached ({reason}). Changes are kept and go when it is back: check the internet connection, or ask whoever runs the relay.</source>
        <translation>لا يمكن الوصول إلى المُرحِّل (⁨{reason}⁩). تُحفظ التغييرات وتُرسل حين يعود: تحقق من الاتصال بالإنترنت، أو اسأل من يشغّل المُرحِّل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A message on the relay was refused ({reason}). Nothing of it was applied; if it keeps happening, tell the community&apos;s admins.</source>
        <translation>رُفضت رسالة على المُرحِّل (⁨{reason}⁩). لم يُطبَّق منها شيء؛ إن تكرر ذلك، فأخبر مشرفي المجتمع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the relay</source>
        <translation>المُرحِّل</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) from {name} broke the rules.</source>
        <translation>
            <numerusform>لا تغييرات من ⁨{name}⁩ خالفت القواعد.</numerusform>
            <numerusform>تغيير واحد من ⁨{name}⁩ خالف القواعد.</numerusform>
            <numerusform>تغييران من ⁨{name}⁩ خالفا القواعد.</numerusform>
            <numerusform>%n تغييرات من ⁨{name}⁩ خالفت القواعد.</numerusform>
            <numerusform>%n تغييرًا من ⁨{name}⁩ خالفت القواعد.</numerusform>
            <numerusform>%n تغيير من ⁨{name}⁩ خالفت القواعد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They were set aside for review; nothing of them was applied.</source>
        <translation>وُضعت جانبًا للمراجعة؛ ولم يُطبَّق منها شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy stored on this device did not load, so its last good copy is used. Stay connected: the others send what it lacks.</source>
        <translation>لم تُحمَّل النسخة المحفوظة على هذا الجهاز، لذا تُستخدم آخر نسخة سليمة منها. ابقَ متصلًا: يرسل الآخرون ما ينقصها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Membership changed and an admin must issue a new key before this device can send. Your changes are kept; ask an admin to open Commons.</source>
        <translation>تغيّرت العضوية ويجب أن يُصدر مشرف مفتاحًا جديدًا قبل أن يستطيع هذا الجهاز الإرسال. تغييراتك محفوظة؛ اطلب من مشرف أن يفتح Commons.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/undo_bar.py" line="+20"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what was just removed (Ctrl+Z)</source>
        <translation>أعد ما أُزيل للتو (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message; the removal stays</source>
        <translation>أخفِ هذه الرسالة؛ وتبقى الإزالة</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../src/commons_desktop/shell/unlock_view.py" line="+43"/>
        <source>Unlock your profile</source>
        <translation>افتح ملفك الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your profile and type its passphrase.</source>
        <translation>اختر ملفك الشخصي واكتب عبارة مروره.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles on this computer</source>
        <translation>الملفات الشخصية على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profiles kept on this computer. Pick yours.</source>
        <translation>الملفات الشخصية المحفوظة على هذا الحاسوب. اختر ملفك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rofile</source>
        <translation>ال&amp;ملف الشخصي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase you chose for this profile. Press Enter to unlock.</source>
        <translation>عبارة المرور التي اخترتها لهذا الملف الشخصي. اضغط Enter لفتح القفل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>افتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen profile with this passphrase (Enter)</source>
        <translation>افتح الملف الشخصي المختار بعبارة المرور هذه (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock problem</source>
        <translation>مشكلة في فتح القفل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create &amp;another profile</source>
        <translation>أنشئ ملفًا شخصيًا آ&amp;خر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create another profile</source>
        <translation>أنشئ ملفًا شخصيًا آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new encrypted profile on this computer</source>
        <translation>أنشئ ملفًا شخصيًا مشفّرًا جديدًا على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a profile…</source>
        <translation>ا&amp;ستورد ملفًا شخصيًا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a profile</source>
        <translation>استيراد ملف شخصي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a profile saved to a file on this or another computer (a backup or a move)</source>
        <translation>افتح ملفًا شخصيًا محفوظًا في ملف على هذا الحاسوب أو غيره (نسخة احتياطية أو نقل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recei&amp;ve from another computer…</source>
        <translation>اس&amp;تقبل من حاسوب آخر…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive from another computer</source>
        <translation>استقبل من حاسوب آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your profile from your other computer on this network, with the code it shows</source>
        <translation>اجلب ملفك الشخصي من حاسوبك الآخر على هذه الشبكة، بالرمز الذي يعرضه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tart from an export…</source>
        <translation>ا&amp;بدأ من تصدير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from an export</source>
        <translation>البدء من تصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new profile from a personal-data JSON file, checked in full before anything is kept</source>
        <translation>أنشئ ملفًا شخصيًا جديدًا من ملف JSON للبيانات الشخصية، يُفحص كاملًا قبل حفظ أي شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a &amp;guest session</source>
        <translation>ابدأ جلسة &amp;ضيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a guest session</source>
        <translation>ابدأ جلسة ضيف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use Commons once without keeping anything: the guest profile is wiped when the session ends.</source>
        <translation>استخدم Commons مرة واحدة دون الاحتفاظ بشيء: يُمحى ملف الضيف عند انتهاء الجلسة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Visiting? Start a guest session: no passphrase, and nothing is kept when you finish.</source>
        <translation>زائر؟ ابدأ جلسة ضيف: بلا عبارة مرور، ولا يُحتفظ بشيء حين تنتهي.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Damaged profile (cannot be opened)</source>
        <translation>ملف شخصي تالف (لا يمكن فتحه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unnamed profile</source>
        <translation>ملف شخصي بلا اسم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}   ·   created {date}</source>
        <translation>‏⁨{name}⁩   ·   أُنشئ في ⁨{date}⁩</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../src/commons_desktop/features/events/week_grid.py" line="+40"/>
        <source>‹ Previous week</source>
        <translation>→ الأسبوع السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the week before</source>
        <translation>اعرض الأسبوع الذي قبله</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the current week</source>
        <translation>اعرض الأسبوع الحالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week ›</source>
        <translation>الأسبوع التالي ←</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the week after</source>
        <translation>اعرض الأسبوع الذي بعده</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day %1</source>
        <translation>اليوم ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The events of this day</source>
        <translation>فعاليات هذا اليوم</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Week of {first} to {last}</source>
        <translation>أسبوع ⁨{first}⁩ إلى {last}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The events of this day; select one to see it in the list</source>
        <translation>فعاليات هذا اليوم؛ اختر واحدة لتراها في القائمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{start}–{end} {title}</source>
        <translation>‏{start}–{end} ⁨{title}⁩</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../src/commons_desktop/shell/welcome_view.py" line="+40"/>
        <source>Welcome to Commons</source>
        <translation>مرحبًا بك في Commons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your plan and check-ins stay on this computer, encrypted with a passphrase only you know. There is no account and no copy anywhere else, so nobody can reset a forgotten passphrase.</source>
        <translation>تبقى خطتك وتسجيلاتك على هذا الحاسوب، مشفّرةً بعبارة مرور لا يعرفها أحد سواك. لا حساب ولا نسخة في أي مكان آخر، لذا لا يستطيع أحد إعادة تعيين عبارة مرور منسيّة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional, e.g. a nickname</source>
        <translation>اختياري، مثلًا لقب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name for the profile picker</source>
        <translation>الاسم في قائمة الملفات الشخصية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on this computer before unlocking. Leave it empty or use a nickname if others use it too.</source>
        <translation>يظهر على هذا الحاسوب قبل فتح القفل. اتركه فارغًا أو استخدم لقبًا إن كان غيرك يستخدمه أيضًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>10 أحرف على الأقل. بضع كلمات لا رابط بينها يسهل تذكّرها ويصعب تخمينها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat passphrase</source>
        <translation>أعد عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase again, to be sure it is the one you meant.</source>
        <translation>اكتب عبارة المرور مرة أخرى، لتتأكد أنها ما قصدته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Show passphrase</source>
        <translation>اعرض عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase as you type it. Check nobody is looking first.</source>
        <translation>اعرض عبارة المرور وأنت تكتبها. تأكد أولًا أن لا أحد ينظر.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shown before unlocking, so a nickname is fine.</source>
        <translation>يظهر قبل فتح القفل، لذا يكفي لقب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name (optional)</source>
        <translation>ال&amp;اسم (اختياري)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength</source>
        <translation>القوة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>Creating your encrypted profile…</source>
        <translation>جارٍ إنشاء ملفك الشخصي المشفّر…</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to unlocking an existing profile</source>
        <translation>عودة إلى فتح ملف شخصي موجود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create profile</source>
        <translation>أ&amp;نشئ الملف الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create profile</source>
        <translation>أنشئ الملف الشخصي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an encrypted profile on this computer. Enabled once the passphrase is strong and repeated.</source>
        <translation>أنشئ ملفًا شخصيًا مشفّرًا على هذا الحاسوب. يُتاح حين تكون عبارة المرور قوية ومكرّرة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Just visiting?</source>
        <translation>زائر فقط؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest session needs no passphrase. Everything in it is wiped when you end the session.</source>
        <translation>جلسة الضيف لا تحتاج إلى عبارة مرور. يُمحى كل ما فيها حين تنهي الجلسة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a &amp;guest session</source>
        <translation>ابدأ جلسة &amp;ضيف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a guest session</source>
        <translation>ابدأ جلسة ضيف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Commons once without keeping anything: the guest profile is wiped when the session ends.</source>
        <translation>استخدم Commons مرة واحدة دون الاحتفاظ بشيء: يُمحى ملف الضيف عند انتهاء الجلسة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already have a profile on another computer, or a backup file?</source>
        <translation>ألديك ملف شخصي على حاسوب آخر، أو ملف نسخة احتياطية؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a profile…</source>
        <translation>ا&amp;ستورد ملفًا شخصيًا…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a profile</source>
        <translation>استيراد ملف شخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a profile saved to a file on this or another computer (a backup or a move)</source>
        <translation>افتح ملفًا شخصيًا محفوظًا في ملف على هذا الحاسوب أو غيره (نسخة احتياطية أو نقل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recei&amp;ve from another computer…</source>
        <translation>اس&amp;تقبل من حاسوب آخر…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive from another computer</source>
        <translation>استقبل من حاسوب آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your profile from your other computer on this network, with the code it shows</source>
        <translation>اجلب ملفك الشخصي من حاسوبك الآخر على هذه الشبكة، بالرمز الذي يعرضه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Have your data as a file from “Export all my data…”?</source>
        <translation>أعندك بياناتك في ملف من «تصدير كل بياناتي…»؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tart from an export…</source>
        <translation>ا&amp;بدأ من تصدير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from an export</source>
        <translation>البدء من تصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new profile from a personal-data JSON file, checked in full before anything is kept</source>
        <translation>أنشئ ملفًا شخصيًا جديدًا من ملف JSON للبيانات الشخصية، يُفحص كاملًا قبل حفظ أي شيء</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Millbrook, a made-up town, shows what a neighbourhood does with Commons: its people, assets, events and shared purse. It opens in a guest session, is not shared with anyone, and is wiped when you end the session.</source>
        <translation>ميلبروك، بلدة متخيَّلة، تُريك ما يفعله حيٌّ بـCommons: أهلها ومواردها وفعالياتها وصندوقها المشترك. تُفتح في جلسة ضيف، ولا تُشارَك مع أحد، وتُمحى حين تنهي الجلسة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Explore a demo town</source>
        <translation>استكشف &amp;بلدة تجريبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore a demo town</source>
        <translation>استكشف بلدة تجريبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Millbrook, a made-up community, in a guest session; nothing is kept or shared</source>
        <translation>افتح ميلبروك، مجتمعًا متخيَّلًا، في جلسة ضيف؛ لا يُحتفظ بشيء ولا يُشارَك شيء</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The two passphrases do not match yet.</source>
        <translation>عبارتا المرور غير متطابقتين بعد.</translation>
    </message>
</context>
<context>
    <name>WithdrawForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="+98"/>
        <source>Withdraw from the purse</source>
        <translation>اسحب من الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>اسحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the withdrawal, signed by this computer; the purse pays this proposal once</source>
        <translation>سجّل السحب، موقّعًا من هذا الحاسوب؛ يدفع الصندوق المشترك هذا الاقتراح مرة واحدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pay {amount} from the purse for “{title}”, as the vote decided.</source>
        <translation>ادفع ⁨{amount}⁩ من الصندوق المشترك لـ«⁨{title}⁩»، كما قرّر التصويت.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Optional: who was paid, e.g. the invoice number</source>
        <translation>اختياري: لمن دُفع، مثلًا رقم الفاتورة</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../src/commons_desktop/screens.py" line="+33"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>تسجيل الحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs and offers</source>
        <translation>الحاجات والعروض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wellbeing pulse</source>
        <translation>نبض العافية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common purse</source>
        <translation>الصندوق المشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time credits</source>
        <translation>رصيد الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending circles</source>
        <translation>حلقات الإقراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/shell/workspace_view.py" line="+42"/>
        <source>Screens</source>
        <translation>الشاشات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move between screens (Ctrl+1 to Ctrl+{last}; Ctrl+Page Down and Ctrl+Page Up for the next and the previous)</source>
        <translation>تنقّل بين الشاشات (Ctrl+1 إلى Ctrl+{last}؛ وCtrl+Page Down وCtrl+Page Up للتالية والسابقة)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{screen} (Ctrl+{n})</source>
        <translation>‏⁨{screen}⁩ (Ctrl+{n})</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{screen} ({count})</source>
        <translation>‏⁨{screen}⁩ ({count})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Guest session: everything is wiped when it ends.</source>
        <translation>جلسة ضيف: يُمحى كل شيء عند انتهائها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: {name}</source>
        <translation>الملف الشخصي: ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unnamed</source>
        <translation>بلا اسم</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="-289"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to change before it can be recorded</source>
        <translation>ما يجب تغييره قبل أن يمكن تسجيله</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="-277"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="+0"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="+24"/>
        <source>Amount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Three capital letters, e.g. GBP or EUR</source>
        <translation>ثلاثة أحرف لاتينية كبيرة، مثلًا GBP أو EUR</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../src/commons_desktop/camera/feed.py" line="+115"/>
        <source>The camera sends no picture. Check that nothing covers it and that no other program uses it, then scan again.</source>
        <translation>الكاميرا لا ترسل أي صورة. تأكد أن لا شيء يغطيها وأن لا برنامج آخر يستخدمها، ثم امسح مجددًا.</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/camera/playback.py" line="+27"/>
        <source>The pictures to play could not be opened.</source>
        <translation>تعذّر فتح الصور المراد عرضها.</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/camera/v4l2.py" line="+143"/>
        <source>The camera is in use by another program. Close that program (a video call, another camera app) and try again.</source>
        <translation>برنامج آخر يستخدم الكاميرا. أغلق ذلك البرنامج (مكالمة فيديو، أو تطبيق كاميرا آخر) وحاول مجددًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer does not let Commons use the camera. Ask whoever looks after it to allow camera use for your account (on most Linux systems, the “video” group), or open a picture of the QR code instead.</source>
        <translation>لا يسمح هذا الحاسوب لـCommons باستخدام الكاميرا. اطلب ممن يعتني به أن يسمح لحسابك باستخدام الكاميرا (في معظم أنظمة Linux، المجموعة «video»)، أو افتح صورة لرمز QR بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera was unplugged or stopped working. Plug it in again and scan again, or open a picture of the QR code instead.</source>
        <translation>فُصلت الكاميرا أو توقفت عن العمل. أعد توصيلها وامسح مجددًا، أو افتح صورة لرمز QR بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device does not work as a camera here. Choose another camera, or open a picture of the QR code instead.</source>
        <translation>هذا الجهاز لا يعمل كاميرا هنا. اختر كاميرا أخرى، أو افتح صورة لرمز QR بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The camera could not be used. Try again, or open a picture of the QR code instead.</source>
        <translation>تعذّر استخدام الكاميرا. حاول مجددًا، أو افتح صورة لرمز QR بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This camera sends pictures in a form Commons cannot read. Choose another camera, or open a picture of the QR code instead.</source>
        <translation>ترسل هذه الكاميرا صورًا بصيغة لا يستطيع Commons قراءتها. اختر كاميرا أخرى، أو افتح صورة لرمز QR بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>contributions</name>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_model.py" line="-193"/>
        <source>Time given</source>
        <translation>وقت مقدَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>مال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stake</source>
        <translation>حصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle payment</source>
        <translation>دفعة حلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time credit</source>
        <translation>رصيد وقت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kind}, received</source>
        <translation>استلام ⁨{kind}⁩</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../src/commons_desktop/features/contributions/contributions_pdf.py" line="+68"/>
        <source>Signature does not check</source>
        <translation>التوقيع لا يتطابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set aside in {community}</source>
        <translation>مُنحّى جانبًا في ⁨{community}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in {community}</source>
        <translation>موقَّع في ⁨{community}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>does not check</source>
        <translation>لا يتطابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{community}: set aside</source>
        <translation>‏⁨{community}⁩: مُنحّى جانبًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded by you.</source>
        <translation>سجّلتَه أنت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature kept with this line does not match it: do not rely on this line.</source>
        <translation>التوقيع المحفوظ مع هذا السطر لا يطابقه: لا تعتمد على هذا السطر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in the ledger of {community} by device {fingerprint}; the signature checks. Signed lines cannot be changed or deleted here, only hidden.</source>
        <translation>وُقّع في حسابات ⁨{community}⁩ من الجهاز ⁨{fingerprint}⁩؛ والتوقيع سليم. لا يمكن تغيير السطور الموقَّعة أو حذفها هنا، بل إخفاؤها فقط.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The community&apos;s ledger set it aside ({reason}), so it is not in the totals.</source>
        <translation>نحّته حسابات المجتمع جانبًا (⁨{reason}⁩)، لذا ليس ضمن المجاميع.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{amount} of time given</source>
        <translation>‏⁨{amount}⁩ من الوقت المقدَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} given</source>
        <translation>‏⁨{amount}⁩ مقدَّمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} in stakes</source>
        <translation>‏⁨{amount}⁩ في الحصص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} paid into lending circles</source>
        <translation>‏⁨{amount}⁩ مدفوعة في حلقات الإقراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} in time credits</source>
        <translation>‏⁨{amount}⁩ في أرصدة الوقت</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+12"/>
        <location filename="../../src/commons_desktop/features/contributions/contributions_pdf.py" line="+60"/>
        <source>Amount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>write hours and minutes, such as 1:30 for an hour and a half, or 45 min.</source>
        <translation>اكتب الساعات والدقائق، مثل 1:30 لساعة ونصف، أو 45 min.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>write a number with up to two decimals, such as 12.50.</source>
        <translation>اكتب رقمًا بمنزلتين عشريتين على الأكثر، مثل 12.50.</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_pdf.py" line="-73"/>
        <location line="+37"/>
        <source>Contributions statement</source>
        <translation>كشف المساهمات</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Signed: {community}, device {fingerprint}</source>
        <translation>موقَّع: ⁨{community}⁩، الجهاز ⁨{fingerprint}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(set aside by the community&apos;s ledger: not in the totals)</source>
        <translation>(نحّته حسابات المجتمع جانبًا: ليس ضمن المجاميع)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line marked Signed is a copy of an entry in a community&apos;s shared ledger, signed by the device whose fingerprint is shown and checked against the community&apos;s members when it was kept; its signature was checked again for this statement. Lines without the mark were recorded by hand. Amounts received (a repayment, a payout) are listed but not counted in the totals.</source>
        <translation>السطر المعلَّم بـ«موقَّع» نسخة من قيد في الحسابات المشتركة لمجتمع ما، وقّعه الجهاز الظاهرة بصمته، وتُحقِّق منه مقابل أعضاء المجتمع حين حُفظ؛ وأُعيد التحقق من توقيعه لهذا الكشف. السطور التي لا تحمل العلامة سُجّلت يدويًا. المبالغ المُستلَمة (سداد، أو صرف من حلقة) مدرجة في القائمة لكنها لا تُحتسب في المجاميع.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on {day} with Commons.</source>
        <translation>أُعدّ في ⁨{day}⁩ باستخدام Commons.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In words</source>
        <translation>بالكلمات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was recorded in this period.</source>
        <translation>لم يُسجَّل شيء في هذه الفترة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who with</source>
        <translation>مع من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>موقَّع</translation>
    </message>
</context>
<context>
    <name>crisis_pdf</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/crisis_pdf.py" line="+45"/>
        <source>Print crisis plan (PDF)</source>
        <translation>اطبع خطة الأزمة (PDF)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the PDF to {path}. Choose another folder and try again.</source>
        <translation>تعذّر حفظ ملف PDF في ⁨{path}⁩. اختر مجلدًا آخر وحاول مجددًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved your crisis plan to {path}. This file is not encrypted: print it, then keep it somewhere safe or delete it.</source>
        <translation>حُفظت خطة الأزمة في ⁨{path}⁩. هذا الملف غير مشفّر: اطبعه، ثم احفظه في مكان آمن أو احذفه.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Print crisis plan (PDF)…</source>
        <translation>ا&amp;طبع خطة الأزمة (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print crisis plan</source>
        <translation>اطبع خطة الأزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your crisis plan as a PDF to print or hand to someone</source>
        <translation>احفظ خطة الأزمة ملف PDF لتطبعه أو تسلّمه لأحد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing written here yet.</source>
        <translation>لم يُكتب شيء هنا بعد.</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/goals_model.py" line="+26"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>مؤجَّل مؤقتًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>متروك</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{title}, {status}, {percent} percent done</source>
        <translation>‏⁨{title}⁩، ⁨{status}⁩، أُنجز {percent} بالمئة</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{text} (by {day})</source>
        <translation>‏⁨{text}⁩ (قبل ⁨{day}⁩)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>غير منجزة</translation>
    </message>
</context>
<context>
    <name>invite_sheet</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/invite_sheet.py" line="-109"/>
        <source>Join {community} on Commons</source>
        <translation>انضم إلى ⁨{community}⁩ على Commons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In Commons, open Community, then “Start or join”: press “Open QR image…” and choose a photo of this code.</source>
        <translation>في Commons، افتح «المجتمع»، ثم «أنشئ أو انضم»: اضغط «افتح صورة QR…» واختر صورة لهذا الرمز.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or type the short code:</source>
        <translation>أو اكتب الرمز القصير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works once, until {when}.</source>
        <translation>تعمل مرة واحدة، حتى ⁨{when}⁩.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone holding this page can use the invite: give it only to the person invited.</source>
        <translation>كل من يحمل هذه الصفحة يستطيع استخدام الدعوة: لا تعطها إلا للمدعوّ.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/commons_desktop/labels.py" line="+21"/>
        <source>Wellness toolbox</source>
        <translation>صندوق أدوات العافية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily plan</source>
        <translation>الخطة اليومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>المحفّزات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early warning signs</source>
        <translation>علامات الإنذار المبكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When things are breaking down</source>
        <translation>حين تسوء الأمور كثيرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: who to contact</source>
        <translation>خطة الأزمة: بمن أتصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: what helps</source>
        <translation>خطة الأزمة: ما يساعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: what does not help</source>
        <translation>خطة الأزمة: ما لا يساعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: how I am when I am well</source>
        <translation>خطة الأزمة: كيف أكون حين أكون بخير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: when others should take over</source>
        <translation>خطة الأزمة: متى ينبغي أن يتولى الآخرون الأمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: who may decide</source>
        <translation>خطة الأزمة: من يحق له أن يقرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: who may not decide</source>
        <translation>خطة الأزمة: من لا يحق له أن يقرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: medications and treatments</source>
        <translation>خطة الأزمة: الأدوية والعلاجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: medications and treatments to avoid</source>
        <translation>خطة الأزمة: أدوية وعلاجات يجب تجنّبها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis plan: where I would like to be cared for</source>
        <translation>خطة الأزمة: أين أودّ أن أتلقى الرعاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: where I would not want to be cared for</source>
        <translation>خطة الأزمة: أين لا أريد أن أتلقى الرعاية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis plan: help day to day</source>
        <translation>خطة الأزمة: العون اليومي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: when it no longer applies</source>
        <translation>خطة الأزمة: متى لا تعود سارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crisis</source>
        <translation>بعد الأزمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who to contact</source>
        <translation>بمن أتصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps</source>
        <translation>ما يساعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does not help</source>
        <translation>ما لا يساعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I am when I am well</source>
        <translation>كيف أكون حين أكون بخير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When others should take over</source>
        <translation>متى ينبغي أن يتولى الآخرون الأمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may decide</source>
        <translation>من يحق له أن يقرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may not decide</source>
        <translation>من لا يحق له أن يقرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medications and treatments</source>
        <translation>الأدوية والعلاجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medications and treatments to avoid</source>
        <translation>أدوية وعلاجات يجب تجنّبها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to care for me</source>
        <translation>أين تُقدَّم لي الرعاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where not to care for me</source>
        <translation>أين لا تُقدَّم لي الرعاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help day to day</source>
        <translation>العون اليومي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it no longer applies</source>
        <translation>متى لا تعود سارية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Things that help me stay well or feel better.</source>
        <translation>أشياء تساعدني على البقاء بخير أو على أن أشعر بتحسّن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I&apos;m like when I&apos;m well, and what I do every day.</source>
        <translation>كيف أكون حين أكون بخير، وما أفعله كل يوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things that may upset me, and what I can do.</source>
        <translation>أشياء قد تزعجني، وما يمكنني فعله.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs that I&apos;m starting to feel worse, and what I can do.</source>
        <translation>علامات تدل على أن حالي بدأت تسوء، وما يمكنني فعله.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs that things are getting much worse, and what to do.</source>
        <translation>علامات تدل على أن الأمور تسوء كثيرًا، وما ينبغي فعله.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People to contact in a crisis.</source>
        <translation>أشخاص يُتصل بهم في الأزمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps me in a crisis.</source>
        <translation>ما يساعدني في الأزمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What others should avoid doing.</source>
        <translation>ما ينبغي أن يتجنبه الآخرون.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I am like when I am well, so others can tell when I am not.</source>
        <translation>كيف أكون حين أكون بخير، ليعرف الآخرون متى لا أكون كذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs that mean others should take over and follow this plan.</source>
        <translation>علامات تعني أن على الآخرين أن يتولوا الأمر ويتبعوا هذه الخطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who may make decisions for me in a crisis, and which ones.</source>
        <translation>أشخاص يحق لهم اتخاذ القرارات عني في الأزمة، وأي قرارات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who should not make decisions for me or be involved.</source>
        <translation>أشخاص لا ينبغي أن يتخذوا القرارات عني أو أن يتدخلوا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medications and treatments I take or that help me.</source>
        <translation>أدوية وعلاجات أتناولها أو تساعدني.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medications and treatments I must not be given.</source>
        <translation>أدوية وعلاجات يجب ألا تُعطى لي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Places I would like to be cared for: at home, respite, a named hospital or clinic.</source>
        <translation>أماكن أودّ أن أتلقى فيها الرعاية: في البيت، أو في رعاية مؤقتة، أو في مستشفى أو عيادة بعينها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Places I would not want to be cared for.</source>
        <translation>أماكن لا أريد أن أتلقى فيها الرعاية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What others can do to help day to day: meals, children, pets, bills, appointments.</source>
        <translation>ما يمكن للآخرين فعله للمساعدة يومًا بيوم: الوجبات، والأطفال، والحيوانات الأليفة، والفواتير، والمواعيد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signs that mean my supporters no longer need to follow this plan.</source>
        <translation>العلامات التي تعني أن داعميّ لم يعودوا بحاجة إلى اتباع هذه الخطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What helps me recover afterwards.</source>
        <translation>ما يساعدني على التعافي بعدها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What I can do</source>
        <translation>ما يمكنني فعله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>ما ينبغي فعله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach them</source>
        <translation>كيف تتواصل معه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they may decide</source>
        <translation>ما يحق لهم أن يقرروه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they may not decide, or why</source>
        <translation>ما لا يحق لهم أن يقرروه، أو لماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose, when, and what it is for</source>
        <translation>الجرعة، ومتى تؤخذ، ولأي غرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, or how to arrange it</source>
        <translation>لماذا، أو كيف يُرتَّب ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who could do it</source>
        <translation>من يستطيع فعل ذلك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis plan</source>
        <translation>خطة الأزمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I slept well</source>
        <translation>نمت جيدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I had energy</source>
        <translation>كانت لديّ طاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I felt stressed</source>
        <translation>شعرت بالتوتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I felt connected to people</source>
        <translation>شعرت بالتواصل مع الناس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 · Not at all</source>
        <translation>0 · أبدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · A little</source>
        <translation>1 · قليلًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Somewhat</source>
        <translation>2 · إلى حدٍّ ما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Quite a lot</source>
        <translation>3 · كثيرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Very much</source>
        <translation>4 · كثيرًا جدًا</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{h} h {m} min</source>
        <translation>‏{h} س {m} د</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h</source>
        <translation>‏{h} س</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>‏{m} د</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../src/commons_desktop/ops.py" line="+64"/>
        <source>Something unexpected went wrong, and the last change may not have been saved. Please try again; if it keeps happening, restart Commons.</source>
        <translation>حدث خطأ غير متوقع، وربما لم يُحفظ آخر تغيير. حاول مجددًا من فضلك؛ وإن تكرر ذلك، فأعد تشغيل Commons.</translation>
    </message>
</context>
<context>
    <name>printed</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/printed.py" line="+83"/>
        <source>Printed from Commons on {day}</source>
        <translation>طُبع من Commons في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
</context>
<context>
    <name>qr_join</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/qr_join.py" line="-88"/>
        <source>This file could not be opened as a picture. Choose a photo or screenshot of the invite&apos;s QR code (PNG or JPEG).</source>
        <translation>تعذّر فتح هذا الملف صورةً. اختر صورة أو لقطة شاشة لرمز QR الخاص بالدعوة (PNG أو JPEG).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No QR code was found in this picture. Use one where the whole code is sharp and nothing covers it, or paste the invite text instead.</source>
        <translation>لم يُعثر على رمز QR في هذه الصورة. استخدم صورة يظهر فيها الرمز كله واضحًا دون أن يغطيه شيء، أو الصق نص الدعوة بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This QR code is a Commons invite, but it cannot be used: {reason}</source>
        <translation>رمز QR هذا دعوة Commons، لكن لا يمكن استخدامه: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This QR code holds a web address, not a Commons invite. Nothing was joined: ask the person who invited you for the invite&apos;s own code.</source>
        <translation>رمز QR هذا يحمل عنوان ويب، وليس دعوة Commons. لم يحدث أي انضمام: اطلب ممن دعاك رمز الدعوة نفسه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This QR code is not a Commons invite. Nothing was joined: ask the person who invited you for the invite&apos;s own code.</source>
        <translation>رمز QR هذا ليس دعوة Commons. لم يحدث أي انضمام: اطلب ممن دعاك رمز الدعوة نفسه.</translation>
    </message>
</context>
<context>
    <name>recovery_kit</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/recovery_kit.py" line="+42"/>
        <source>Commons recovery kit</source>
        <translation>مجموعة استرداد Commons</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print a recovery kit (PDF)</source>
        <translation>اطبع مجموعة الاسترداد (PDF)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the PDF to {path}. Choose another folder and try again.</source>
        <translation>تعذّر حفظ ملف PDF في ⁨{path}⁩. اختر مجلدًا آخر وحاول مجددًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved your recovery kit to {path}. Print it, write your passphrase in the box by hand if you wish, and keep the page with the same care as a key. Then delete the file.</source>
        <translation>حُفظت مجموعة الاسترداد في ⁨{path}⁩. اطبعها، واكتب عبارة مرورك في الخانة بخط يدك إن شئت، واحفظ الصفحة بالعناية التي تحفظ بها مفتاحًا. ثم احذف الملف.</translation>
    </message>
</context>
</TS>
