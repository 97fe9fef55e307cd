"""The fictional demo person of the screenshots, in each language the screenshots are taken in.

Only what Robin typed is here (their plan, goals, notes, tags); Commons' own words come from its translations.
"""

from __future__ import annotations

from dataclasses import dataclass

from store import PlanSection

Plan = dict[PlanSection, list[tuple[str, str]]]
Goal = tuple[str, str, list[str], int]  # title, why, actions, how many actions are done


@dataclass(frozen=True)
class DemoTexts:
    name: str  # the demo person
    street: str  # the community they started
    plan: Plan
    notes: list[str]
    goals: list[Goal]
    tags: list[tuple[str, ...]]
    supporter: tuple[str, str]  # name, relationship
    places: tuple[str, str, str]  # repair café, community garden, the street's circle


ENGLISH = DemoTexts(
    name="Robin",
    street="Mill Road",
    plan={
        PlanSection.TOOLBOX: [
            ("Walk by the canal in the morning", ""),
            ("Call my sister Ana", ""),
            ("Cook something simple with the radio on", ""),
            ("Ten minutes of stretching", ""),
            ("The library on Saturdays", ""),
        ],
        PlanSection.DAILY_PLAN: [
            ("When I'm well I'm curious and chatty, and I sleep through the night", ""),
            ("Breakfast before I look at my phone", ""),
            ("Get outside at least once", ""),
        ],
        PlanSection.TRIGGERS: [
            ("Letters from the housing office", "Open them with Ana, never alone at night"),
            ("Arguments in the stairwell", "Headphones on and go for a walk"),
            ("Skipping meals", "Keep soup and crackers in the cupboard"),
        ],
        PlanSection.WARNING_SIGNS: [
            ("Staying in bed past ten", "Set an alarm and open the curtains straight away"),
            ("Not answering messages", "Send one short reply, even just a thumbs up"),
            ("Snapping at people", "Take a break and tell them it's not about them"),
            ("Cancelling plans I was looking forward to", "Go for half an hour instead of not at all"),
        ],
        PlanSection.BREAKING_DOWN: [
            ("Two nights without sleep", "Call the GP surgery and tell Ana"),
            ("Not eating for a day", "Ask Mo next door to bring a meal round"),
        ],
        PlanSection.CRISIS_WELL: [
            (
                "Curious and chatty. I cook, walk by the canal most mornings and answer messages the same day.",
                "",
            )
        ],
        PlanSection.CRISIS_SIGNS: [
            ("Three nights with almost no sleep", ""),
            ("Not eating and not opening the door", ""),
        ],
        PlanSection.CRISIS_CONTACTS: [
            ("Ana (sister)", "07700 900123, any time"),
            ("Drop-in centre, Mill Road", "Mon–Fri 10–4, ask for Priya"),
            ("Mo (neighbour, flat 3)", "Knock, or text 07700 900456"),
        ],
        PlanSection.CRISIS_HELPS: [
            ("Someone sitting with me quietly", ""),
            ("Tea and a blanket", ""),
            ("Being reminded that it will pass", ""),
        ],
        PlanSection.CRISIS_DECIDERS: [("Ana", "Money, the flat and talking to my doctor")],
        PlanSection.CRISIS_NOT_DECIDERS: [("My uncle", "Nothing about my treatment")],
        PlanSection.CRISIS_MEDICATIONS: [("Sertraline", "100 mg every morning, for low mood")],
        PlanSection.CRISIS_MEDICATIONS_AVOID: [("Haloperidol", "A bad reaction in 2019")],
        PlanSection.CRISIS_CARE: [
            ("At home, with Ana staying over", "She has a spare key"),
            ("Mill Road respite house", "Ask Priya at the drop-in"),
        ],
        PlanSection.CRISIS_CARE_AVOID: [("Ward 4 at St Jude's", "Too loud to rest")],
        PlanSection.CRISIS_AVOID: [("Telling me to cheer up", ""), ("Lots of questions at once", "")],
        PlanSection.CRISIS_DAY_TO_DAY: [
            ("Feed the cat", "Mo next door"),
            ("Pay the rent on the 1st", "Ana"),
        ],
        PlanSection.CRISIS_INACTIVE: [
            ("When I have slept well for a week and I am cooking for myself again, I can take over.", "")
        ],
        PlanSection.AFTER_CRISIS: [("A slow week with no appointments", ""), ("Checking in with Priya", "")],
    },
    notes=[
        "Good chat with Ana.",
        "Rained all day, stayed in.",
        "Walked to the library.",
        "",
        "Letter from the housing office. Opened it with Ana.",
        "Slept badly.",
        "",
        "Cooked for Mo.",
    ],
    goals=[
        (
            "Sleep before midnight on weeknights",
            "I cope with everything better after a proper night",
            [
                "Phone stays in the kitchen after ten",
                "Herbal tea instead of coffee after four",
                "Read for twenty minutes in bed",
            ],
            2,
        ),
        (
            "Help at the repair café once a month",
            "I like fixing things and seeing people",
            ["Ask Priya about the next date", "Bring my own screwdrivers"],
            1,
        ),
    ],
    tags=[
        ("walk",),
        ("family",),
        ("sleep",),
        (),
        ("housing", "family"),
        ("work",),
        (),
        ("cooking", "friends"),
    ],
    supporter=("Ana", "sister"),
    places=("Repair café", "Community garden", "Mill Road circle"),
)

SPANISH = DemoTexts(
    name="Lucía",
    street="Calle del Molino",
    plan={
        PlanSection.TOOLBOX: [
            ("Pasear junto al canal por la mañana", ""),
            ("Llamar a mi hermana Ana", ""),
            ("Cocinar algo sencillo con la radio puesta", ""),
            ("Diez minutos de estiramientos", ""),
            ("La biblioteca los sábados", ""),
        ],
        PlanSection.DAILY_PLAN: [
            ("Cuando estoy bien soy curiosa y habladora, y duermo toda la noche", ""),
            ("Desayunar antes de mirar el móvil", ""),
            ("Salir a la calle al menos una vez", ""),
        ],
        PlanSection.TRIGGERS: [
            ("Cartas de la oficina de vivienda", "Abrirlas con Ana, nunca sola por la noche"),
            ("Discusiones en la escalera", "Ponerme los auriculares y salir a caminar"),
            ("Saltarme comidas", "Tener sopa y galletas en la despensa"),
        ],
        PlanSection.WARNING_SIGNS: [
            ("Quedarme en la cama pasadas las diez", "Poner una alarma y abrir las cortinas enseguida"),
            ("No contestar los mensajes", "Enviar una respuesta corta, aunque sea un pulgar arriba"),
            ("Contestar mal a la gente", "Tomarme un descanso y decirles que no es por ellos"),
            ("Cancelar planes que me hacían ilusión", "Ir media hora en vez de no ir"),
        ],
        PlanSection.BREAKING_DOWN: [
            ("Dos noches sin dormir", "Llamar al centro de salud y avisar a Ana"),
            ("Un día entero sin comer", "Pedir a Tomás, el vecino, que me traiga comida"),
        ],
        PlanSection.CRISIS_WELL: [
            (
                "Curiosa y habladora. Cocino, paseo junto al canal casi todas las mañanas "
                "y contesto los mensajes el mismo día.",
                "",
            )
        ],
        PlanSection.CRISIS_SIGNS: [
            ("Tres noches casi sin dormir", ""),
            ("No comer y no abrir la puerta", ""),
        ],
        PlanSection.CRISIS_CONTACTS: [
            ("Ana (hermana)", "612 345 678, a cualquier hora"),
            ("Centro de día, Calle del Molino", "Lun–vie 10–16, preguntar por Carmen"),
            ("Tomás (vecino, 3.º B)", "Llamar a la puerta o escribir al 612 987 654"),
        ],
        PlanSection.CRISIS_HELPS: [
            ("Que alguien se siente conmigo en silencio", ""),
            ("Un té y una manta", ""),
            ("Que me recuerden que esto pasará", ""),
        ],
        PlanSection.CRISIS_DECIDERS: [("Ana", "El dinero, el piso y hablar con mi médica")],
        PlanSection.CRISIS_NOT_DECIDERS: [("Mi tío", "Nada sobre mi tratamiento")],
        PlanSection.CRISIS_MEDICATIONS: [("Sertralina", "100 mg cada mañana, para el ánimo bajo")],
        PlanSection.CRISIS_MEDICATIONS_AVOID: [("Haloperidol", "Una mala reacción en 2019")],
        PlanSection.CRISIS_CARE: [
            ("En casa, con Ana quedándose a dormir", "Tiene una llave de repuesto"),
            ("Casa de respiro de la Calle del Molino", "Preguntar a Carmen en el centro de día"),
        ],
        PlanSection.CRISIS_CARE_AVOID: [
            ("La planta 4 del Hospital San Judas", "Demasiado ruido para descansar")
        ],
        PlanSection.CRISIS_AVOID: [("Que me digan que me anime", ""), ("Muchas preguntas a la vez", "")],
        PlanSection.CRISIS_DAY_TO_DAY: [
            ("Dar de comer a la gata", "Tomás, el vecino"),
            ("Pagar el alquiler el día 1", "Ana"),
        ],
        PlanSection.CRISIS_INACTIVE: [
            ("Cuando haya dormido bien una semana y vuelva a cocinar para mí, puedo retomar las riendas.", "")
        ],
        PlanSection.AFTER_CRISIS: [("Una semana tranquila sin citas", ""), ("Hablar con Carmen", "")],
    },
    notes=[
        "Buena charla con Ana.",
        "Llovió todo el día, me quedé en casa.",
        "Fui andando a la biblioteca.",
        "",
        "Carta de la oficina de vivienda. La abrí con Ana.",
        "Dormí mal.",
        "",
        "Cociné para Tomás.",
    ],
    goals=[
        (
            "Dormir antes de medianoche entre semana",
            "Lo llevo todo mejor después de una buena noche",
            [
                "El móvil se queda en la cocina a partir de las diez",
                "Infusión en vez de café después de las cuatro",
                "Leer veinte minutos en la cama",
            ],
            2,
        ),
        (
            "Ayudar en el café de reparaciones una vez al mes",
            "Me gusta arreglar cosas y ver gente",
            ["Preguntar a Carmen por la próxima fecha", "Llevar mis propios destornilladores"],
            1,
        ),
    ],
    tags=[
        ("paseo",),
        ("familia",),
        ("sueño",),
        (),
        ("vivienda", "familia"),
        ("trabajo",),
        (),
        ("cocina", "amigos"),
    ],
    supporter=("Ana", "hermana"),
    places=("Café de reparaciones", "Huerto comunitario", "Círculo de la Calle del Molino"),
)

ARABIC = DemoTexts(
    name="ليلى",
    street="شارع الطاحونة",
    plan={
        PlanSection.TOOLBOX: [
            ("المشي بجانب القناة في الصباح", ""),
            ("الاتصال بأختي سلمى", ""),
            ("طبخ شيء بسيط والراديو يعمل", ""),
            ("عشر دقائق من تمارين التمدد", ""),
            ("المكتبة أيام السبت", ""),
        ],
        PlanSection.DAILY_PLAN: [
            ("عندما أكون بخير أكون فضولية وكثيرة الكلام، وأنام الليل كله", ""),
            ("الفطور قبل أن أنظر إلى هاتفي", ""),
            ("الخروج من البيت مرة واحدة على الأقل", ""),
        ],
        PlanSection.TRIGGERS: [
            ("رسائل مكتب الإسكان", "أفتحها مع سلمى، ولا أفتحها وحدي ليلًا أبدًا"),
            ("الشجار على الدرج", "أضع السماعات وأخرج للمشي"),
            ("تفويت الوجبات", "أحتفظ بالحساء والبسكويت في الخزانة"),
        ],
        PlanSection.WARNING_SIGNS: [
            ("البقاء في السرير بعد العاشرة", "أضبط منبّهًا وأفتح الستائر فورًا"),
            ("عدم الرد على الرسائل", "أرسل ردًا قصيرًا واحدًا، ولو إشارة إعجاب"),
            ("الانفعال على الناس", "آخذ استراحة وأقول لهم إن الأمر ليس بسببهم"),
            ("إلغاء خطط كنت أنتظرها", "أذهب نصف ساعة بدلًا من ألا أذهب"),
        ],
        PlanSection.BREAKING_DOWN: [
            ("ليلتان بلا نوم", "أتصل بالمركز الصحي وأخبر سلمى"),
            ("يوم كامل بلا طعام", "أطلب من جاري مراد أن يحضر لي وجبة"),
        ],
        PlanSection.CRISIS_WELL: [
            (
                "فضولية وكثيرة الكلام. أطبخ، وأمشي بجانب القناة معظم الصباحات، وأرد على الرسائل في اليوم نفسه.",
                "",
            )
        ],
        PlanSection.CRISIS_SIGNS: [
            ("ثلاث ليالٍ تقريبًا بلا نوم", ""),
            ("لا آكل ولا أفتح الباب", ""),
        ],
        PlanSection.CRISIS_CONTACTS: [
            ("سلمى (أختي)", "0791234567، في أي وقت"),
            ("مركز الاستقبال، شارع الطاحونة", "الاثنين–الجمعة 10–4، اسألوا عن نور"),
            ("مراد (الجار، الشقة 3)", "اطرقوا الباب أو راسلوه على 0797654321"),
        ],
        PlanSection.CRISIS_HELPS: [
            ("أن يجلس أحد معي بهدوء", ""),
            ("شاي وبطانية", ""),
            ("أن يذكّرني أحد بأن هذا سيمرّ", ""),
        ],
        PlanSection.CRISIS_DECIDERS: [("سلمى", "المال والشقة والتحدث مع طبيبتي")],
        PlanSection.CRISIS_NOT_DECIDERS: [("عمّي", "لا شيء يخص علاجي")],
        PlanSection.CRISIS_MEDICATIONS: [("سيرترالين", "100 ملغ كل صباح، للمزاج المنخفض")],
        PlanSection.CRISIS_MEDICATIONS_AVOID: [("هالوبيريدول", "ردة فعل سيئة في 2019")],
        PlanSection.CRISIS_CARE: [
            ("في البيت، وسلمى تبيت عندي", "معها مفتاح احتياطي"),
            ("بيت الاستراحة في شارع الطاحونة", "اسألوا نور في مركز الاستقبال"),
        ],
        PlanSection.CRISIS_CARE_AVOID: [("الجناح 4 في مستشفى القديس يهوذا", "صاخب جدًا للراحة")],
        PlanSection.CRISIS_AVOID: [("أن يقال لي ابتهجي", ""), ("أسئلة كثيرة في وقت واحد", "")],
        PlanSection.CRISIS_DAY_TO_DAY: [
            ("إطعام القطة", "مراد جاري"),
            ("دفع الإيجار في أول الشهر", "سلمى"),
        ],
        PlanSection.CRISIS_INACTIVE: [
            ("عندما أنام جيدًا أسبوعًا كاملًا وأعود للطبخ لنفسي، أستطيع أن أتولى أموري.", "")
        ],
        PlanSection.AFTER_CRISIS: [("أسبوع هادئ بلا مواعيد", ""), ("الاطمئنان مع نور", "")],
    },
    notes=[
        "حديث جميل مع سلمى.",
        "أمطرت طوال اليوم، بقيت في البيت.",
        "مشيت إلى المكتبة.",
        "",
        "رسالة من مكتب الإسكان. فتحتها مع سلمى.",
        "نمت نومًا سيئًا.",
        "",
        "طبخت لمراد.",
    ],
    goals=[
        (
            "النوم قبل منتصف الليل في أيام الأسبوع",
            "أتعامل مع كل شيء أفضل بعد ليلة نوم جيدة",
            [
                "يبقى الهاتف في المطبخ بعد العاشرة",
                "شاي أعشاب بدل القهوة بعد الرابعة",
                "القراءة عشرين دقيقة في السرير",
            ],
            2,
        ),
        (
            "المساعدة في مقهى التصليح مرة في الشهر",
            "أحب إصلاح الأشياء ورؤية الناس",
            ["أسأل نور عن الموعد القادم", "أحضر مفكاتي الخاصة"],
            1,
        ),
    ],
    tags=[("مشي",), ("عائلة",), ("نوم",), (), ("سكن", "عائلة"), ("عمل",), (), ("طبخ", "أصدقاء")],
    supporter=("سلمى", "أخت"),
    places=("مقهى التصليح", "حديقة الحي", "دائرة شارع الطاحونة"),
)

DEMO_TEXTS = {"": ENGLISH, "en": ENGLISH, "es": SPANISH, "ar": ARABIC}
