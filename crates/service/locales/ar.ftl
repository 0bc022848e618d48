# Tandem — العربية. يجب أن توجد كل رسالة هنا في en.ftl و es.ftl أيضًا (يتحقق اختبار من ذلك).

site-name = Tandem
skip-to-content = انتقل إلى المحتوى الرئيسي
nav-main-label = القائمة الرئيسية
nav-breadcrumbs-label = أنت هنا
nav-home = الرئيسية
nav-glossary = المسرد
nav-account = حسابك
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
lang-switch-label = تغيير اللغة
footer-tagline = ‏Tandem منصة مفتوحة تتيح للمدارس والمناطق التعليمية تصميم عملها وإدارته مع مجتمعها.
footer-api = توثيق واجهة البرمجة (OpenAPI)

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Home
home-title = اعمل مع مجتمعك، لا من أجله فقط
home-lead = يساعد Tandem المدارس والمناطق التعليمية على تشكيل المبادرات الجديدة مع الأسر والتلاميذ والموظفين والنقابات والمجموعات المجتمعية، ثم على مواصلة إدارتها وتوجيهها وتقييمها معًا.
home-explainer = التصميم المشترك يسمى الإبداع المشترك؛ والإدارة والمراجعة المشتركتان تسميان الإنتاج المشترك.
home-explainer-link = ماذا تعني هذه الكلمات؟
home-yours = مجتمعاتك، { $name }
home-no-memberships = لست عضوًا في أي مجتمع بعد. اطلب رابط دعوة.
home-communities = المجتمعات على هذا الموقع
home-no-communities = لا توجد مجتمعات هنا بعد.
home-how-title = كيف يعمل
home-how-1-title = قل الغاية منه
home-how-1 = كل مبادرة تذكر القيمة العامة التي تعد بها وكيف ستعرف أنها نجحت.
home-how-2-title = بيّن من سيحققه
home-how-2 = الأشخاص والأنظمة والمال، ولكل منها مسؤول.
home-how-3-title = اكسب دعم الجميع
home-how-3 = سجّل موقف كل مجموعة، رسميًا وغير رسمي، حتى لا يُستبعد أحد.

## Forms
form-optional = (اختياري)
form-error-summary = توجد مشكلة
form-error-prefix = خطأ:
form-save = حفظ
form-delete = حذف

## Field errors
error-required = هذا الحقل مطلوب.
error-too-long = استخدم { $max } حرفًا أو أقل.
error-control-chars = يحتوي هذا على أحرف لا يمكن استخدامها.
error-single-line = استخدم سطرًا واحدًا.
error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.org.
error-email-taken = حساب آخر يستخدم عنوان البريد الإلكتروني هذا بالفعل.
error-password-too-short = استخدم { $min } حرفًا على الأقل.
error-password-too-long = استخدم { $max } حرفًا أو أقل.
error-password-common = كلمة المرور هذه سهلة التخمين. جرّب بضع كلمات لا علاقة بينها.
error-password-contains-email = لا تستخدم عنوان بريدك الإلكتروني في كلمة المرور.
error-password-wrong = هذه ليست كلمة مرورك الحالية.
error-slug-invalid = استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات مفردة.
error-choice-invalid = اختر أحد الخيارات.
error-date-invalid = أدخل تاريخًا بالشكل YYYY-MM-DD، مثل 2026-11-30.
error-number-invalid = أدخل عددًا صحيحًا.
error-number-range = أدخل عددًا من { $min } إلى { $max }.

## Error pages
error-go-home = اذهب إلى الصفحة الرئيسية
error-not-found-title = الصفحة غير موجودة
error-not-found-body = لا يوجد شيء على هذا العنوان. ربما نُقل، أو ربما لا يراه إلا الأعضاء.
error-forbidden-title = غير مسموح
error-forbidden-body = دورك في هذا المجتمع لا يسمح بذلك. اسأل أحد مسؤولي المجتمع إن كنت ترى أنه ينبغي أن يُسمح لك.
error-login-required-title = يرجى تسجيل الدخول
error-login-required-body = عليك تسجيل الدخول للقيام بذلك.
error-unauthorized-title = غير معروف
error-unauthorized-body = رمز الوصول غير صالح أو أُلغي.
error-bad-request-title = هناك خطأ في الطلب
error-bad-request-body = تعذر فهم الطلب.
error-csrf-title = انتهت صلاحية النموذج
error-csrf-body = حرصًا على سلامتك لم نتمكن من قبول هذا النموذج. ارجع وأعد تحميل الصفحة وحاول مرة أخرى.
error-busy-title = مشغول للحظة
error-busy-body = يعالج Tandem عمليات تسجيل دخول كثيرة في آن واحد. لم يتغير شيء: يرجى المحاولة مرة أخرى بعد لحظة.
error-too-many-title = محاولات كثيرة جدًا
error-too-many-body = يرجى الانتظار { $minutes ->
    [one] دقيقة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
} ثم المحاولة مرة أخرى.
error-invalid-title = بعض المعلومات تحتاج إلى تصحيح
error-invalid-body = يرجى تصحيح المشكلات المذكورة والمحاولة مرة أخرى.
error-conflict-title = لا يمكن القيام بذلك
error-method-title = غير ممكن هنا
error-method-body = هذا العنوان لا يقبل هذا النوع من الطلبات.
error-internal-title = عذرًا، حدث خطأ ما
error-internal-body = سُجّلت المشكلة. لم يُحفظ أي شيء أدخلته بشكل ناقص. يرجى المحاولة بعد قليل.
error-form-unreadable = تعذرت قراءة النموذج. يرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-json-unreadable = نص الطلب ليس JSON صالحًا بالشكل المتوقع.
error-unsupported-type = هذا النوع من المحتوى غير مقبول هنا.
error-too-large = ما أرسلته كبير جدًا.
error-timeout = استغرق الطلب وقتًا طويلًا جدًا.
error-lang-unknown = هذه اللغة غير متاحة.
error-last-admin = يحتاج كل مجتمع إلى مسؤول واحد على الأقل. اجعل شخصًا آخر مسؤولًا أولًا.
error-group-exists = توجد مجموعة بهذا الاسم بالفعل.
error-school-exists = توجد مدرسة بهذا الاسم بالفعل.
error-community-exists = يوجد مجتمع بهذا العنوان بالفعل.
error-invitation-unusable = لم يعد بالإمكان استخدام رابط الدعوة هذا: فقد استُخدم أو أُلغي أو انتهت صلاحيته.
error-invitation-not-revocable = هذه الدعوة استُخدمت أو أُلغيت بالفعل أو غير موجودة.

## Flash messages
flash-logged-in = لقد سجلت الدخول.
flash-logged-out = لقد سجلت الخروج.
flash-saved = حُفظت تغييراتك.
flash-joined = أهلًا بك! لقد انضممت إلى المجتمع.
flash-already-member = أنت عضو في هذا المجتمع بالفعل.
flash-initiative-created = أُنشئت المبادرة. صِف الآن قواعدها الثلاث.
flash-invitation-revoked = لم يعد رابط الدعوة يعمل.
flash-invitation-not-revoked = تعذر إلغاء تلك الدعوة: فقد استُخدمت أو أُلغيت بالفعل.
flash-reset-sent = إن كان هناك حساب يستخدم هذا العنوان، فرابط اختيار كلمة مرور جديدة في الطريق إليه. يعمل مرة واحدة خلال ساعة.
flash-password-reset = حُفظت كلمة مرورك الجديدة وسجلت الدخول. سُجّل الخروج من كل الجلسات الأخرى.
flash-password-saved = حُفظت كلمة مرورك. سُجّل الخروج من جلساتك الأخرى وأُلغيت رموز واجهة البرمجة الخاصة بك.
flash-email-link-sent = أرسلنا رابطًا إلى العنوان الجديد. يتغير عنوان دخولك عندما تفتحه (خلال يوم).
flash-email-confirmed = تأكد عنوان دخولك الجديد.
flash-token-revoked = أُلغي الرمز.

## Login
login-title = تسجيل الدخول
login-email = عنوان البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحين.
login-throttled = محاولات فاشلة كثيرة جدًا. يرجى الانتظار { $minutes ->
    [one] دقيقة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
} ثم المحاولة مرة أخرى.
login-invited-hint = انضممت برابط دعوة وليست لديك كلمة مرور؟ استخدم الرابط مرة أخرى أو اطلب رابطًا جديدًا. يمكنك تعيين كلمة مرور في صفحة حسابك.
login-forgot = نسيت كلمة المرور؟
forgot-title = نسيت كلمة المرور
forgot-lead = أدخل عنوان البريد الإلكتروني الذي تسجل الدخول به. إن كان هناك حساب يستخدمه، نرسل إليه رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = أرسل الرابط
forgot-invited-hint = انضممت برابط دعوة؟ يمكن لميسّر مدرستك أن يعطيك رابط تسجيل دخول.
forgot-throttled = طلبات كثيرة جدًا من هنا. يرجى الانتظار { $minutes ->
    [one] دقيقة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
} ثم المحاولة مرة أخرى.
reset-unavailable = هذا الموقع لا يرسل بريدًا إلكترونيًا، لذا لا يمكنه إرسال رابط إليك. اطلب من ميسّر مدرستك رابط تسجيل دخول؛ ثم يمكنك تعيين كلمة مرور جديدة في صفحة حسابك.
reset-title = اختر كلمة مرور جديدة
reset-lead = اختر كلمة مرور جديدة لحسابك. سيُسجّل الخروج من كل جهاز مسجل الدخول إليه.
reset-submit = احفظ وسجّل الدخول
reset-link-unusable = لا يمكن استخدام هذا الرابط: فقد استُخدم بالفعل، أو أُرسل رابط أحدث، أو مضى عليه أكثر من ساعة.
reset-ask-again = اطلب رابطًا جديدًا
email-confirm-title = أكّد عنوان دخولك الجديد
email-confirm-lead = هل تسجل الدخول بالعنوان { $email } من الآن فصاعدًا؟
email-confirm-submit = أكّد هذا العنوان
email-link-unusable = لا يمكن استخدام هذا الرابط: فقد استُخدم بالفعل، أو أُرسل رابط أحدث، أو مضى عليه أكثر من يوم، أو لم يعد العنوان متاحًا.
email-change-unavailable = هذا الموقع لا يرسل بريدًا إلكترونيًا، لذا لا يمكن تأكيد عنوان دخول جديد. اطلب من أحد المسؤولين تغييره.

## Invitations (joining)
join-title = انضم إلى { $community }
join-invited = أنت مدعو للانضمام بصفة { $role }.
join-invited-group = أنت مدعو للانضمام بصفة { $role }، ضمن { $group }.
join-note = دعوة من أجل
join-name = اسمك
join-name-hint = هكذا سيراك الآخرون.
join-name-pupil = اسمك الأول أو لقب
join-name-pupil-hint = لا يراه إلا موظفو المدرسة. لا يظهر اسمك للعامة أبدًا.
join-as-user = ستنضم باسم { $name }.
join-submit = انضم
join-have-account = لديك حساب بالفعل؟
join-login-first = سجّل الدخول أولًا
join-status-used = استُخدم رابط الدعوة هذا بالفعل.
join-status-revoked = أُلغي رابط الدعوة هذا.
join-status-expired = انتهت صلاحية رابط الدعوة هذا.
join-ask-again = اطلب رابطًا جديدًا من الشخص الذي أرسله.

## Roles, kinds, groups
role-admin = مسؤول
role-facilitator = ميسّر
role-member = عضو
role-observer = مراقب
community-kind-district = منطقة تعليمية
community-kind-network = شبكة مدارس
community-kind-school = مدرسة
school-phase-primary = ابتدائية
school-phase-middle = متوسطة
school-phase-secondary = ثانوية
school-phase-all_through = جميع المراحل
school-phase-special = مدرسة تربية خاصة
group-families = الأسر ومقدمو الرعاية
group-pupils = التلاميذ
group-teaching_staff = الهيئة التعليمية
group-support_staff = موظفو الدعم
group-school_leaders = قادة المدارس
group-governors = مجلس الأمناء والإدارة
group-unions = النقابات
group-community_orgs = المنظمات المجتمعية
visibility-public = عامة — يمكن لأي أحد قراءتها
visibility-members = للأعضاء فقط

## Community
community-your-role = أنت { $role } هنا.
community-staff-nav = أدوات الموظفين
community-members = الأعضاء
community-invitations = روابط الدعوة
community-settings = الإعدادات
community-initiatives = المبادرات
community-no-initiatives = لا توجد مبادرات لعرضها بعد.
community-all-initiatives = اعرض كل المبادرات ({ $count })
community-schools = المدارس
community-no-schools = لم تُضف أي مدارس.
community-participation = من يشارك
community-participation-hint = الأعضاء حسب مجموعة أصحاب المصلحة. تُخفى الأرقام الأقل من { $threshold } حمايةً للخصوصية، وكذلك أي رقم قد يكشفها.
community-participation-caption = الأعضاء حسب مجموعة أصحاب المصلحة
col-group = مجموعة أصحاب المصلحة
col-members = الأعضاء
col-total = المجموع
col-name = الاسم
col-role = الدور
col-school = المدرسة
col-joined = تاريخ الانضمام
col-actions = الإجراءات
privacy-suppressed = < { $threshold }
privacy-suppressed-long = أقل من { $threshold } أشخاص: مخفي حمايةً للخصوصية
privacy-protecting = مخفي
privacy-protecting-long = مخفي حتى لا يمكن استنتاج رقم أصغر بجانبه

## Initiatives
initiatives-title = المبادرات
initiatives-title-school = المبادرات في { $school }
initiatives-filter-school = المدرسة
initiatives-filter-all = الكل
initiatives-filter-submit = اعرض
initiative-new = مبادرة جديدة
initiative-new-lead = ابدأ بالغاية من المبادرة. يمكنك بعد ذلك إضافة النتائج والقدرة والدعم.
initiative-create = أنشئ المبادرة
initiative-district-wide = على مستوى المنطقة
initiative-updated = حُدّثت في { $date }
initiative-edit = عدّل المبادرة
initiative-edit-title = تعديل: { $title }
initiative-back = العودة إلى صفحة المبادرة
initiative-basics = الأساسيات
initiative-field-title = العنوان
initiative-field-summary = الملخص
initiative-field-school = المدرسة
initiative-field-visibility = من يمكنه قراءتها
initiative-field-visibility-hint = المبادرات العامة يمكن لأي أحد قراءتها دون تسجيل الدخول.
initiative-field-value = القيمة العامة: ما الذي سيتحسن، ولمن؟
initiative-field-value-hint = الفائدة التي تعد بها هذه المبادرة المجتمع، بكلمات بسيطة.

## Strategic triangle
triangle-title = المثلث الاستراتيجي
triangle-explainer = يجب أن تجمع كل مبادرة عامة ثلاثة أمور معًا: القيمة التي تعد بها، والقدرة على تحقيقها، والشرعية ودعم الأشخاص المتأثرين بها.
triangle-rounds = القواعد الثلاث كلها متماسكة: هذه المبادرة "تدور حول القواعد".
triangle-not-rounding = قاعدة واحدة على الأقل تحتاج إلى اهتمام. انظر الأسباب في الجدول.
triangle-table-caption = القواعد الثلاث وحالتها
triangle-col-base = القاعدة
triangle-col-state = الحالة
triangle-col-figures = الأرقام
triangle-col-reasons = ما يحتاج إلى اهتمام
triangle-no-reasons = لا شيء مُشار إليه
triangle-figures-value = { $outcomes ->
    [one] نتيجة واحدة
    [two] نتيجتان
   *[other] { $outcomes } نتائج
}، { $measurable } قابلة للقياس
triangle-figures-capacity = { $total ->
    [one] عنصر واحد
    [two] عنصران
   *[other] { $total } عناصر
}، { $owned } لها مسؤول، { $inplace } قائمة
triangle-figures-legitimacy = { $recorded ->
    [one] مجموعة واحدة مسجلة
    [two] مجموعتان مسجلتان
   *[other] { $recorded } مجموعات مسجلة
}، { $supportive } داعمة، { $critical } ناقدة
base-public_value = القيمة العامة
base-capacity = القدرة التنظيمية
base-legitimacy = الشرعية والدعم
base-state-at-risk = في خطر
base-state-missing = غائبة
base-state-attention = تحتاج إلى اهتمام
base-state-holding = متماسكة
triangle-reason-value-missing = لم تُوصف أي قيمة عامة بعد.
triangle-reason-value-no-statement = بيان القيمة العامة فارغ.
triangle-reason-value-no-outcomes = لا توجد نتائج قابلة للقياس: كيف ستعرف أنها نجحت؟
triangle-reason-value-unmeasured = بعض النتائج بلا مقياس أو بلا هدف.
triangle-reason-capacity-missing = لم تُسجل أي قدرة: من وما الذي سيحقق هذا؟
triangle-reason-capacity-no-owner = بعض عناصر القدرة ليس لها مسؤول.
triangle-reason-capacity-at-risk = بعض القدرة في خطر.
triangle-reason-legitimacy-missing = لم يُسجل موقف أي مجموعة من أصحاب المصلحة.
triangle-reason-legitimacy-narrow = الدعم مسجل لأقل من نصف مجموعات أصحاب المصلحة: شرعية مطلوبة من قلة فقط.
triangle-reason-legitimacy-critical = بعض المجموعات متشككة أو معارضة.
triangle-reason-legitimacy-unknown = موقف بعض المجموعات غير معروف.

value-no-statement = لم تُوصف القيمة العامة بعد.
value-no-outcomes = لا توجد نتائج قابلة للقياس بعد.
value-outcomes-caption = النتائج القابلة للقياس
value-outcomes-hint = قل ما الذي سيتغير، وكيف ستقيسه، وما الهدف.
outcome-field-description = النتيجة
outcome-field-measure = كيف تُقاس
outcome-field-measure-hint = مثلًا: سجلات الحضور في كل فصل دراسي.
outcome-field-target = الهدف
outcome-add = أضف نتيجة

capacity-explainer = الأشخاص والأنظمة والمال التي تحقق القيمة العامة، ولكل منها مسؤول.
capacity-none = لم تُسجل أي قدرة بعد.
capacity-caption = عناصر القدرة
capacity-field-title = ما المطلوب
capacity-field-kind = النوع
capacity-field-owner = من المسؤول
capacity-field-owner-hint = دور أو اسم (وليس اسم تلميذ أبدًا).
capacity-field-status = الحالة
capacity-field-evidence = الدليل
capacity-no-owner = لا أحد بعد
capacity-add = أضف عنصر قدرة
capacity-kind-people = أشخاص
capacity-kind-systems = أنظمة
capacity-kind-money = مال
capacity-kind-other = غير ذلك
capacity-status-needed = مطلوب
capacity-status-in_progress = قيد التنفيذ
capacity-status-in_place = قائم
capacity-status-at_risk = في خطر

support-explainer = موقف كل مجموعة من أصحاب المصلحة. الشرعية تعني دعم كل المتأثرين، لا من يوافقون مسبقًا فقط.
support-caption = موقف كل مجموعة من أصحاب المصلحة
support-field-stance = الموقف
support-field-note = ملاحظة
support-not-recorded = غير مسجل
support-edit-hint = سجّل موقف كل مجموعة وسببه. اترك "غير مسجل" حيث لا تعرف بعد.
stance-champion = مناصر
stance-supporter = داعم
stance-neutral = محايد
stance-sceptic = متشكك
stance-opponent = معارض
stance-unknown = غير معروف

glossary-link-triangle = ما المثلث الاستراتيجي؟
glossary-link-authorizing = ما بيئة التفويض؟

## Members
members-title = الأعضاء
members-privacy-note = لا تظهر أسماء التلاميذ إلا في صفحات الموظفين مثل هذه، ولا تظهر أبدًا للعامة أو في واجهة البرمجة أو في الملفات المصدّرة.
members-filter-group = مجموعة أصحاب المصلحة
members-count = { $count ->
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
   *[other] { $count } عضوًا
}
members-caption = الأعضاء حسب الاسم
members-pupil-badge = تلميذ
members-change = غيّر { $name }
member-no-group = بلا مجموعة
member-no-school = بلا مدرسة

## Invitation links (admin)
invitations-title = روابط الدعوة
invitations-lead = يتيح رابط الدعوة لأحد أفراد الأسرة أو لتلميذ الانضمام دون كلمة مرور. كل رابط يعمل مرة واحدة، وتنتهي صلاحيته، ويمكن إلغاؤه.
invitations-new = أنشئ رابطًا
invitations-group-hint = لا تظهر أسماء التلاميذ للعامة أبدًا.
invitations-field-note = لمن هو
invitations-note-hint = لسجلاتك، مثل "ممثل صف السنة السادسة". لا تكتب الاسم الكامل لتلميذ.
invitations-field-days = صالح لمدة (أيام)
invitations-days-hint = من 1 إلى { $max } يومًا. اتركه فارغًا ليكون { $default } أيام.
invitations-create = أنشئ الرابط
invitations-created = رابط الدعوة جاهز.
invitations-link-label = انسخ هذا الرابط وأرسله إلى الشخص
invitations-link-once = هذه هي المرة الوحيدة التي يظهر فيها الرابط.
invitations-recent = الدعوات الأخيرة
invitations-none = لا توجد دعوات بعد.
invitations-col-status = الحالة
invitations-col-expires = تنتهي في
invitations-revoke = ألغِ
invitations-revoke-label = ألغِ الدعوة الموجهة إلى { $note }
invitation-status-open = مفتوحة
invitation-status-used = مستخدمة
invitation-status-revoked = ملغاة
invitation-status-expired = منتهية

## Settings
settings-title = إعدادات المجتمع
settings-community = المجتمع
settings-field-name = الاسم
settings-field-description = الوصف
settings-groups = مجموعات أصحاب المصلحة
settings-groups-hint = أعد تسمية المجموعات لتناسب مجتمعك، أو أضف مجموعاتك. أعضاء المجموعات المحمية قاصرون لا تُنشر أسماؤهم أبدًا.
settings-field-name-en = الاسم بالإنجليزية
settings-field-name-es = الاسم بالإسبانية
settings-field-name-default-hint = اتركه فارغًا لاستخدام الاسم المعتاد.
settings-field-protects = أعضاء هذه المجموعة قاصرون: لا تُظهر أسماءهم للعامة أبدًا
settings-group-protected = الأسماء محمية
settings-group-add = أضف مجموعة
settings-field-phase = المرحلة
settings-school-add = أضف مدرسة

## Account
account-title = حسابك
account-profile = ملفك الشخصي
account-field-name = اسمك
account-field-lang = اللغة
account-credentials-none = انضممت برابط دعوة. أضف عنوان بريد إلكتروني وكلمة مرور لتسجيل الدخول من أجهزة أخرى.
account-email = عنوان الدخول
account-email-current = تسجل الدخول بالعنوان { $email }.
account-email-lead = لتغييره، أدخل العنوان الجديد: نرسل إليه رابطًا، ويحدث التغيير عندما تفتحه.
account-field-new-email = عنوان البريد الإلكتروني الجديد
account-email-submit = أرسل الرابط
account-password = كلمة المرور
account-password-none = ليست لديك كلمة مرور بعد. عيّن واحدة لتسجيل الدخول من أجهزة أخرى بعنوان بريدك الإلكتروني.
error-email-unchanged = هذا هو عنوان دخولك بالفعل.
account-field-current-password = كلمة المرور الحالية
account-field-new-password = كلمة المرور الجديدة
account-password-hint = 12 حرفًا على الأقل، وليست كلمة مرور شائعة. بضع كلمات لا علاقة بينها سهلة التذكر وصعبة التخمين.
account-memberships = مجتمعاتك
account-tokens = رموز واجهة البرمجة
account-tokens-hint = تتيح الرموز للبرامج النصية استخدام واجهة البرمجة باسمك. عاملها ككلمات المرور.
account-field-token-name = اسم الرمز
account-token-create = أنشئ رمزًا
account-token-created = رمزك الجديد (يظهر الآن فقط)
account-token-once = انسخه الآن: لن يظهر مرة أخرى.
account-token-created-col = أُنشئ في
account-token-used-col = آخر استخدام
account-token-revoked = ملغى
account-token-revoke-label = ألغِ الرمز { $name }

## Glossary
glossary-title = المسرد
glossary-lead = الكلمات التي يستخدمها Tandem بلغة بسيطة. لا ينبغي أن يضطر أحد إلى السؤال عن معنى كلمة قبل أن يشارك.
glossary-contents = المحتويات
glossary-co-creation-title = الإبداع المشترك
glossary-co-creation-body = تصميم شيء ما معًا. بينما لا تزال المبادرة قيد التخطيط، يساعد المتأثرون بها في تشكيل ما ستكون عليه — مثلًا الأسر والموظفون في فريق تصميم يختار اسم مدرسة جديدة ويكتب خطتها مع المدير.
glossary-co-production-title = الإنتاج المشترك
glossary-co-production-body = إدارة شيء ما معًا. بعد بدء المبادرة يواصل المجتمع المشاركة — بالمساعدة في تنفيذها (مثل الإرشاد بين الأقران)، وبتوجيهها (مثل مجلس رقابة)، وبالتحقق مما إذا كانت تنجح.
glossary-strategic-triangle-title = المثلث الاستراتيجي
glossary-strategic-triangle-body = طريقة لفحص أي مبادرة عامة: تحتاج إلى قيمة عامة (فائدة حقيقية)، وقدرة تنظيمية (أشخاص وأنظمة ومال لتنفيذها)، وشرعية ودعم (مساندة المتأثرين بها). إذا غاب أحدها فمن المرجح أن تفشل المبادرة.
glossary-public-value-title = القيمة العامة
glossary-public-value-body = الفائدة التي تعد بها المبادرة المجتمع، وكيف ستعرف أنها تحققت.
glossary-organizational-capacity-title = القدرة التنظيمية
glossary-organizational-capacity-body = الأشخاص والأنظمة والمال التي تجعل القيمة العامة ممكنة، ولكل منها مسؤول.
glossary-legitimacy-title = الشرعية والدعم
glossary-legitimacy-body = موافقة ومساندة من يستطيعون دعم المبادرة أو مقاومتها — رسميًا (تصويت مجلس الإدارة) أو غير رسمي (الأسر والنقابات والمجموعات المجتمعية).
glossary-authorizing-environment-title = بيئة التفويض
glossary-authorizing-environment-body = كل من يستطيع الموافقة على المبادرة أو رفضها: المفوضون الرسميون مثل مجلس إدارة المدارس، وغير الرسميين مثل الأسر والنقابات والمنظمات غير الربحية ومجموعات المناصرة.
glossary-stakeholder-group-title = مجموعة أصحاب المصلحة
glossary-stakeholder-group-body = جزء من المجتمع المدرسي يجمعه اهتمام مشترك، مثل الأسر أو التلاميذ أو الهيئة التعليمية أو النقابات.
glossary-round-the-bases-title = الدوران حول القواعد
glossary-round-the-bases-body = إبقاء أجزاء المثلث الاستراتيجي الثلاثة قوية في الوقت نفسه، طوال الوقت — لا بناء القدرة أولًا ثم طلب الدعم في النهاية فقط.

## Command line
cli-running = ‏Tandem يعمل على { $url }
cli-migrated = { $count ->
    [one] طُبّق ترحيل واحد.
    [two] طُبّق ترحيلان.
   *[other] طُبّقت { $count } ترحيلات.
}
cli-community-created = أُنشئ المجتمع "{ $slug }".
cli-user-created = أُنشئ المستخدم { $email }.
cli-generated-password = كلمة المرور المولّدة (تظهر الآن فقط): { $password }
cli-demo-ready = عرض Tandem التجريبي يعمل على { $url }
cli-demo-scaled = وُسّع إلى { $scale }× في { $seconds } ث: { $members } عضوًا إضافيًا، و{ $ideas } فكرة، و{ $reactions } تأييدًا وتعليقًا، و{ $notifications } إشعارًا، و{ $ballots } ورقة اقتراع، و{ $votes } صوتًا في المحادثة.
cli-demo-logins = حسابات العرض التجريبي (كلمة المرور لها جميعًا هي { $password }):
cli-demo-invite-pupil = رابط دعوة لمرة واحدة لتلميذ:
cli-demo-invite-family = رابط دعوة لمرة واحدة لأحد أفراد أسرة:
cli-demo-members = { $count } عضوًا في المنطقة التجريبية: { $url }
cli-stop = اضغط Ctrl+C للإيقاف.
cli-error = خطأ: { $message }
cli-error-invalid = بعض القيم غير صالحة:
cli-error-database = تعذر استخدام قاعدة البيانات: { $detail }
cli-error-url = يجب أن يبدأ عنوان قاعدة البيانات بـ sqlite:// أو postgres://
cli-error-exists = "{ $what }" موجود بالفعل.
cli-error-no-community = لا يوجد مجتمع باسم "{ $slug }".
cli-error-demo-exists = { $path } موجود بالفعل. اختر ملفًا آخر، أو أضف --replace للكتابة فوقه.
cli-error-config = تعذرت قراءة ملف الإعداد { $path }: { $detail }
cli-error-addr = "{ $addr }" ليس عنوانًا للاستماع. استخدم IP:PORT، مثل 127.0.0.1:8080.
cli-error-bind = تعذر الاستماع على { $addr }: { $detail }
cli-error-public-url = يجب أن يبدأ العنوان العام بـ http:// أو https:// (القيمة "{ $url }").
cli-error-connections = يجب أن يكون عدد اتصالات قاعدة البيانات من 1 إلى 500.
cli-error-stdin = تعذرت قراءة كلمة المرور من الإدخال القياسي: { $detail }
cli-error-serve = توقف الخادم بخطأ: { $detail }
cli-error-demo-not-empty = قاعدة البيانات هذه تحتوي على المنطقة التجريبية بالفعل. استخدم قاعدة بيانات فارغة.

## Initiative sections
sections-label = أقسام هذه المبادرة
sections-menu = القسم
section-overview = نظرة عامة
section-environment = بيئة التفويض
section-charter = ميثاق تقاسم السلطة
section-phases = المراحل
section-engagement = الخطوات الخمس الأساسية
section-worksheet = الأسئلة الموجِّهة
section-health = الصحة
section-packet = ملف التفويض
overview-phase = المرحلة الحالية
overview-no-phase = لا توجد مرحلة حالية
overview-charter = الميثاق
overview-charter-draft = لم يُنشر بعد
overview-participation = المشاركة
overview-participation-open = مفتوحة
overview-participation-closed = مغلقة
overview-open-participation = افتح المشاركة
overview-close-participation = أغلق المشاركة
flash-participation-opened = المشاركة مفتوحة.
flash-participation-closed = المشاركة مغلقة.
date-hint = بالشكل YYYY-MM-DD، مثل 2026-12-31.

## Authorizing environment
environment-lead = كل من يستطيع الموافقة على هذه المبادرة أو رفضها — رسميًا مثل مجلس إدارة المدارس، أو غير رسمي مثل الأسر والنقابات والمجموعات المجتمعية — ومن منهم الأنسب للإبداع المشترك أو الإنتاج المشترك.
environment-maps = عرضان للخريطة
environment-none = لا يوجد أصحاب مصلحة على الخريطة بعد.
environment-traditional-title = العرض التقليدي: السلطة الرسمية والتأثير غير الرسمي
environment-traditional-desc = كل نقطة مرقمة هي صاحب مصلحة من الجدول أدناه، موضوعة حسب السلطة الرسمية (أفقيًا) والتأثير غير الرسمي (رأسيًا).
environment-traditional-caption = العرض التقليدي: من يستطيع الموافقة، ومن يستطيع منح المصداقية أو سحبها.
environment-open-title = العرض المفتوح: المبدعون والمنتجون المشاركون المحتملون
environment-open-desc = كل نقطة مرقمة هي صاحب مصلحة من الجدول أدناه، موضوعة حسب ملاءمته للإبداع المشترك أو الإنتاج المشترك أو كليهما أو لا شيء بعد.
environment-open-caption = العرض المفتوح: كل أحد مبدع مشارك أو منتج مشارك محتمل.
environment-axis-formal = السلطة الرسمية
environment-axis-influence = التأثير غير الرسمي
environment-axis-co-creation = مناسب للإبداع المشترك ←
environment-axis-co-production = مناسب للإنتاج المشترك ←
environment-quadrant-both = إبداع وإنتاج مشتركان
environment-quadrant-co-creation = إبداع مشترك
environment-quadrant-co-production = إنتاج مشترك
environment-quadrant-neither = لا شيء بعد
environment-stakeholders = أصحاب المصلحة
environment-stakeholders-caption = أصحاب المصلحة، مرقمون كما في الخرائط
environment-edit-stakeholder = غيّر { $name }
environment-add-stakeholder = أضف صاحب مصلحة
stakeholder-field-name = الاسم
stakeholder-field-kind = النوع
stakeholder-kind-hint = يجب أن يكون الشخص بالغًا: يشارك التلاميذ من خلال مجموعتهم.
stakeholder-field-formal = السلطة الرسمية
stakeholder-field-instrument = كيف تُمارس
stakeholder-instrument-hint = مثلًا: تصويت المجلس على الخطة النهائية. مطلوب عند وجود سلطة رسمية.
stakeholder-field-influence = التأثير غير الرسمي
stakeholder-field-suitability = الأنسب لـ
stakeholder-field-reason = السبب
stakeholder-field-owner = مسؤول العلاقة من الموظفين
stakeholder-owner-hint = من يبقى على تواصل معهم من الموظفين.
stakeholder-kind-group = مجموعة
stakeholder-kind-organisation = منظمة
stakeholder-kind-person = شخص (بالغ)
formal-authority-approves = يوافق
formal-authority-consulted = يجب استشارته
formal-authority-notified = يجب إبلاغه
formal-authority-none = لا شيء
influence-low = منخفض
influence-medium = متوسط
influence-high = مرتفع
suitability-co_creation = الإبداع المشترك
suitability-co_production = الإنتاج المشترك
suitability-both = كلاهما
suitability-neither = لا شيء بعد
approvals-title = الموافقات والإبلاغات الرسمية
approvals-lead = ما يجب الموافقة عليه ومن يجب إبلاغه، ومتى، والدليل على حدوثه.
approvals-none = لا تُتابع أي خطوات رسمية بعد.
approvals-caption = الموافقات والإبلاغات الرسمية
approvals-overdue = متأخرة
approvals-edit = غيّر { $title }
approvals-add = أضف خطوة رسمية
approval-field-title = ماذا
approval-title-hint = مثلًا: يوافق مجلس إدارة المدارس على العملية والخطة النهائية.
approval-field-kind = النوع
approval-field-stakeholder = مع من
approval-no-stakeholder = غير مرتبطة بصاحب مصلحة
approval-field-due = الموعد
approval-field-status = الحالة
approval-field-happened = تاريخ حدوثها
approval-field-evidence = الدليل
approval-evidence-hint = رابط أو ملاحظة، مثل محضر الاجتماع.
authorization-kind-approval = موافقة
authorization-kind-notification = إبلاغ
authorization-status-not_started = لم تبدأ
authorization-status-requested = مطلوبة
authorization-status-granted = ممنوحة
authorization-status-refused = مرفوضة
authorization-status-notified = تم الإبلاغ
error-instrument-required = قل كيف تُمارس هذه السلطة الرسمية.
error-status-kind-mismatch = هذه الحالة لا تناسب هذا النوع من الخطوات.
error-happened-required = أدخل تاريخ حدوثها.

## Charter
charter-lead = قبل أن يُطلب من أحد المشاركة، تقول المدرسة كم من السيطرة تتقاسم، وأي مخاطر تقبل، وما الثابت ولماذا، وما الذي يحصل عليه المشاركون في المقابل.
charter-published = منشور — الإصدار { $version }، نُشر أول مرة في { $date }.
charter-draft-staff = هذا الميثاق مسودة. لا يراه إلا الموظفون حتى يُنشر، ولا يمكن فتح أي مشاركة قبل ذلك.
charter-draft-public = لم يُنشر ميثاق تقاسم السلطة بعد. تُفتح المشاركة عند نشره.
charter-areas = ما يمكن للمشاركين التأثير فيه
charter-no-areas = لا توجد مجالات قرار بعد.
charter-publish-title = انشر الميثاق
charter-publish-lead = بعد النشر يصبح الميثاق عامًا، ويجب أن يذكر كل تغيير لاحق سببًا يراه القراء.
charter-publish = انشر الميثاق
charter-edit = عدّل الميثاق
charter-edit-published = هذا الميثاق منشور: كل تغيير يحتاج إلى سبب وينشئ إصدارًا جديدًا.
charter-intro = المقدمة
charter-field-intro = المقدمة
charter-intro-hint = الغاية من هذه العملية وكيف ستُتخذ القرارات، بكلمات بسيطة.
charter-field-reason = سبب هذا التغيير
charter-reason-hint = سيرى القراء هذا في سجل الميثاق.
charter-add-area = أضف مجال قرار
charter-history = الإصدارات والتغييرات
charter-history-caption = كل إصدار منشور من الميثاق
charter-col-version = الإصدار
charter-col-date = التاريخ
charter-col-reason = السبب
charter-version = الإصدار { $version }
charter-version-title = الميثاق، الإصدار { $version }
charter-version-note = هذا هو الميثاق كما نُشر في { $date }.
charter-first-publication = النشر الأول
charter-back = العودة إلى الميثاق الحالي
area-field-title = مجال القرار
area-title-hint = مثلًا: اسم المدرسة، أو نموذج المنهج، أو بند في الميزانية، أو التوظيف.
area-field-level = مستوى التأثير المعروض
area-level-hint = من "الإعلام" (يُبلَّغ المشاركون) إلى "التمكين" (يقرر المشاركون).
area-field-final = من يتخذ القرار النهائي
area-field-fixed = ما الثابت، ولماذا
area-nothing-fixed = لا شيء ثابت مسبقًا.
area-field-risks = المخاطر التي تقبلها المدرسة
area-field-reciprocity = ما يحصل عليه المشاركون في المقابل
area-reciprocity-hint = حتى عندما تكون الفائدة غير مباشرة، قلها بوضوح.
level-inform = الإعلام
level-consult = الاستشارة
level-involve = الإشراك
level-collaborate = التعاون
level-empower = التمكين
level-inform-desc = ستُبلَّغ بما تقرر ولماذا؛ ولا يمكن التأثير فيه.
level-consult-desc = تُطلب آراؤك وتؤخذ في الحسبان قبل أن يقرر الموظفون.
level-involve-desc = تعمل مع الموظفين طوال الوقت حتى تشكّل مخاوفك الخيارات.
level-collaborate-desc = تطوّر أنت والموظفون الخيارات وتختارون المفضل منها معًا.
level-empower-desc = أنت تقرر، والمدرسة تنفذ ما تقرره.
error-charter-empty = أضف مجال قرار واحدًا على الأقل قبل النشر.
error-charter-already-published = الميثاق منشور بالفعل.
error-charter-not-published = لا يمكن فتح المشاركة قبل نشر ميثاق تقاسم السلطة: قل أولًا بوضوح ما يمكن التأثير فيه وما لا يمكن.
error-charter-conflict = غيّر شخص آخر الميثاق في الوقت نفسه. لم يُحفظ تغييرك؛ يرجى النظر مرة أخرى.
flash-charter-published = نُشر الميثاق. يمكن الآن فتح المشاركة.

## Phases
phases-lead = مراحل الإبداع المشترك تشكّل المبادرة أثناء تصميمها؛ ومراحل الإنتاج المشترك تديرها وتوجهها وتقيّمها معًا بعد ذلك.
phase-identify_needs = تحديد الاحتياجات
phase-co_design = التصميم المشترك
phase-authorization = التفويض
phase-co_delivery = التنفيذ المشترك
phase-co_evaluation = التقييم المشترك
phase-kind-co_creation = الإبداع المشترك
phase-kind-co_production = الإنتاج المشترك
phase-status-upcoming = قادمة
phase-status-current = حالية
phase-status-done = منتهية
phase-from = من { $date }
phase-until = حتى { $date }
phase-no-dates = لم تُحدد تواريخ
phases-edit = غيّر المراحل
phases-make-current = اجعلها المرحلة الحالية
phases-field-note = ملاحظة
phases-field-name = الاسم
phases-name-template-hint = اتركه فارغًا للإبقاء على الاسم المعتاد.
phases-field-kind = النوع
phases-field-starts = تبدأ
phases-field-ends = تنتهي
phases-add = أضف مرحلة
phases-history = الانتقالات بين المراحل
phases-history-none = لم تنتقل المبادرة بين المراحل بعد.
phases-col-move = الانتقال
error-end-before-start = يجب ألا تكون النهاية قبل البداية.
error-phase-not-deletable = لا يمكن حذف المرحلة الحالية. اجعل مرحلة أخرى حالية أولًا.

## Five key steps
engagement-lead = ينجح الإنتاج المشترك عندما يمر الجميع بخمس خطوات. تقيس هذه الصفحة كل خطوة مما حدث فعلًا.
key-step-awareness = الوعي
key-step-buy_in = القبول
key-step-expectations = التوقعات
key-step-performance = الأداء
key-step-feedback = التغذية الراجعة
key-step-awareness-desc = يعرف الناس ما هو مخطط ولماذا (أُبلغوا، حضروا).
key-step-buy_in-desc = قال الناس إنهم يدعمونه.
key-step-expectations-desc = اتفق الناس على دور ويعرفون ما يعنيه.
key-step-performance-desc = لدى الناس المهارات: أكملوا التدريب.
key-step-feedback-desc = يواصل الناس سماع مستجدات الأمور.
event-kind-informed = أُبلغوا
event-kind-attended = حضروا
event-kind-supported = عبّروا عن دعمهم
event-kind-agreed_role = اتفقوا على دور
event-kind-trained = أكملوا التدريب
event-kind-updated = تلقوا تحديثًا
engagement-funnel = الأشخاص الذين وُصل إليهم في كل خطوة
engagement-counting = يُحسب من الأنشطة المسجلة لا من الأسماء: من وُصل إليه مرتين يُحسب مرتين. يأخذ الوعي الأكبر من "أُبلغوا" و"حضروا". تُخفى الأرقام الأقل من { $threshold }، وكذلك أي رقم قد يكشفها.
engagement-none = لم يُسجل شيء بعد.
engagement-chart-title = الأشخاص الذين وُصل إليهم في كل خطوة أساسية، كل المجموعات
engagement-chart-desc = عمود لكل خطوة من الخطوات الخمس الأساسية؛ والأرقام نفسها في الجدول أدناه حسب مجموعة أصحاب المصلحة.
engagement-funnel-caption = الأشخاص الذين وُصل إليهم في كل خطوة، حسب مجموعة أصحاب المصلحة
engagement-record = سجّل المشاركة
engagement-field-kind = ماذا حدث
engagement-field-people = كم شخصًا
engagement-people-hint = عدد من 1 فصاعدًا. سجّل التلاميذ عددًا فقط.
engagement-field-date = التاريخ
engagement-field-source = المصدر
engagement-source-hint = مثلًا: نشرة 12 أكتوبر، ورقة حضور أمسية أولياء الأمور.
engagement-field-stakeholder = بخصوص صاحب مصلحة على الخريطة
engagement-no-stakeholder = لا أحد
engagement-stakeholder-hint = اربط التواصل بسلطة رسمية حتى يعرف عرض الصحة أنهم أُبلغوا.
engagement-record-submit = سجّل
engagement-upload = استيراد من ملف CSV
engagement-upload-lead = ملف CSV بالترويسة { $header }: التاريخ بالشكل YYYY-MM-DD، ومفتاح المجموعة (مثل families)، وما حدث (informed، attended، supported، agreed_role، trained، updated)، وعدد الأشخاص، والمصدر. إذا كان أي سطر خاطئًا، لا يُستورد شيء.
engagement-upload-file = ملف CSV
engagement-upload-submit = استورد
engagement-imported = { $count ->
    [one] استُورد سجل واحد.
    [two] استُورد سجلان.
   *[other] استُوردت { $count } سجلات.
}
engagement-events = أحدث السجلات
engagement-events-caption = أحدث سجلات المشاركة
error-csv-line = السطر { $line }: { $problem }
error-csv-header = يجب أن يكون السطر الأول: date,group,kind,people,source
error-csv-empty = لا يحتوي الملف على سجلات بعد الترويسة.
error-csv-row = هذا السطر لا يحتوي على الأعمدة الخمسة.
error-csv-unreadable = تعذرت قراءة الملف بصيغة CSV.
error-csv-missing = اختر ملف CSV لاستيراده.

## Worksheet
worksheet-lead = الأسئلة الستة التي تساعد الفريق على رؤية بيئة التفويض بوضوح. تُحفظ الإجابات مع سجلها ولا يراها إلا الأعضاء.
worksheet-q1 = ما هياكل السلطة الرسمية وغير الرسمية للتفويض في مجتمعك؟
worksheet-q2 = ما التحيزات والتحديات البنيوية الكامنة في هياكل السلطة هذه؟ كيف يمكن للإبداع المشترك أو الإنتاج المشترك تخفيف هذه التحديات أو تجاوزها؟
worksheet-q3 = من الأنسب للإبداع المشترك؟
worksheet-q4 = من الأنسب للإنتاج المشترك؟
worksheet-q5 = كيف يمكنك الاستفادة من هذه العمليات لتسريع التفويض الرسمي وغير الرسمي مستقبلًا؟
worksheet-q6 = خلال عملية الإبداع المشترك أو الإنتاج المشترك، هل أهملت القدرة التشغيلية أو عرض القيمة العامة؟
worksheet-unanswered = لم يُجب بعد.
worksheet-answered = أجاب { $name } في { $date }.
worksheet-history = { $count ->
    [one] إجابة سابقة واحدة
    [two] إجابتان سابقتان
   *[other] { $count } إجابات سابقة
}
worksheet-answer = أجب
worksheet-revise = راجع الإجابة
worksheet-field-answer = إجابتك

## Health
health-lead = يجب أن تجمع كل مبادرة عامة قواعدها الثلاث معًا طوال الوقت. تبحث هذه الفحوص عن قاعدة مهملة.
health-count = { $count ->
    [0] لا شيء يحتاج إلى اهتمام.
    [one] أمر واحد يحتاج إلى اهتمام.
    [two] أمران يحتاجان إلى اهتمام.
   *[other] { $count } أمور تحتاج إلى اهتمام.
}
health-all-clear = القواعد الثلاث كلها متماسكة: لا شيء يحتاج إلى اهتمام.
health-base-clear = لا شيء مُشار إليه.
severity-critical = حرج
severity-warning = تنبيه
health-no-value-statement = لم تُوصف القيمة العامة: لا أحد يستطيع معرفة الغاية من هذه المبادرة.
health-no-value-statement-fix = صِف القيمة العامة
health-no-measurable-outcomes = لا توجد نتائج قابلة للقياس: سيسأل المفوضون كيف ستعرف أنها نجحت.
health-no-measurable-outcomes-fix = أضف نتيجة قابلة للقياس
health-capacity-without-owner = { $count ->
    [one] عنصر قدرة واحد ليس له مسؤول.
   *[other] { $count } من عناصر القدرة ليس لها مسؤول.
}
health-capacity-without-owner-fix = عيّن مسؤولًا لكل عنصر
health-capacity-at-risk = { $count ->
    [one] عنصر قدرة واحد في خطر.
   *[other] { $count } من عناصر القدرة في خطر.
}
health-capacity-at-risk-fix = راجع القدرة المعرضة للخطر
health-approval-overdue = { $count ->
    [one] موافقة أو إبلاغ رسمي واحد متأخر.
   *[other] { $count } من الموافقات أو الإبلاغات الرسمية متأخرة.
}
health-approval-overdue-fix = حدّث الخطوات الرسمية
health-approval-refused = { $count ->
    [one] رُفضت موافقة رسمية واحدة.
   *[other] رُفضت { $count } من الموافقات الرسمية.
}
health-approval-refused-fix = اطلع على الموافقة المرفوضة
health-formal-not-informed = { $count ->
    [one] صاحب مصلحة واحد ذو سلطة رسمية لا يوجد سجل بإبلاغه.
   *[other] { $count } من أصحاب المصلحة ذوي السلطة الرسمية لا يوجد سجل بإبلاغهم.
}
health-formal-not-informed-fix = سجّل متى أُبلغوا
health-shared-decision-without-co-creators = { $count ->
    [one] مجال قرار واحد معروض بمستوى التعاون أو التمكين، لكن لا يوجد صاحب مصلحة مناسب للإبداع المشترك فيه.
   *[other] { $count } من مجالات القرار معروضة بمستوى التعاون أو التمكين، لكن لا يوجد صاحب مصلحة مناسب للإبداع المشترك فيها.
}
health-shared-decision-without-co-creators-fix = ابحث عن مبدعين مشاركين على الخريطة
health-charter-not-published = ميثاق تقاسم السلطة غير منشور، لذا لا يمكن فتح المشاركة.
health-charter-not-published-fix = أكمل الميثاق وانشره
health-no-recent-update = لم يتلق المشاركون أي تحديث في الأيام الثلاثين الماضية.
health-no-recent-update-fix = سجّل تحديثًا للمشاركين
health-worksheet-unanswered = { $count ->
    [one] سؤال موجّه واحد بلا إجابة.
   *[other] { $count } من الأسئلة الموجهة بلا إجابة.
}
health-worksheet-unanswered-fix = أجب عن الأسئلة الموجهة
health-phase-overrun = كان موعد انتهاء المرحلة الحالية قد حان وما زالت حالية.
health-no-engagement-recorded = لم تُسجل أي مشاركة بعد: قمع الخطوات الخمس فارغ، فلا أحد يستطيع أن يبين من أُبلغ أو استُشير أو تلقى ردًا.
health-no-engagement-recorded-fix = سجّل المشاركة
health-phase-overrun-fix = انتقل إلى المرحلة التالية أو غيّر تواريخها

## Packet
packet-title = ملف التفويض: { $title }
packet-prepared = أُعد في { $date }
packet-print-hint = هذه الصفحة جاهزة للطباعة أو للحفظ بصيغة PDF من متصفحك.
packet-value = عرض القيمة العامة
packet-worksheet = الأسئلة الموجهة المجاب عنها: { $answered } من { $total }.
cli-error-file = تعذرت قراءة الملف { $path }: { $detail }
cli-error-write = تعذرت كتابة الملف { $path }: { $detail }
cli-error-no-initiative = لا توجد مبادرة باسم "{ $slug }" في ذلك المجتمع.
cli-error-csv-line = السطر { $line } من الملف غير صحيح؛ لم يُستورد شيء:
cli-error-csv-problem = السطر { $line }: { $problem }
cli-error-not-found = هذا غير موجود.
cli-error-forbidden = لا يمكن القيام بذلك من سطر الأوامر.
phases-field-accepts-ideas = يمكن للأعضاء نشر الأفكار والاحتياجات ما دامت هذه المرحلة حالية
cli-error-smtp = تعذر استخدام عنوان SMTP: { $detail }

## Ideas and needs
section-ideas = الأفكار والاحتياجات
section-accountability = قلتم، ففعلنا
nav-notifications = الإشعارات
nav-unread = ({ $count } جديدة)
nav-unread-many = ({ $count }+ جديدة)
ideas-lead = قل ما الذي ينقص أو ما الذي يمكن أن يكون أفضل. تحصل كل فكرة على إجابة علنية ومعللة — بما في ذلك السبب عندما يتعذر تنفيذ شيء.
ideas-target = تحصل كل فكرة على إجابة أولى خلال { $days } يومًا.
ideas-median = أُجيب عن نصف الأفكار كلها خلال { $hours } ساعة.
ideas-search = بحث
ideas-filter-status = الحالة
ideas-sort = الترتيب
ideas-sort-newest = الأحدث أولًا
ideas-sort-oldest = الأقدم أولًا
ideas-sort-endorsed = الأكثر تأييدًا
ideas-sort-status = حسب الحالة
ideas-none = لا توجد أفكار هنا بعد.
ideas-overdue = تنتظر إجابة أطول مما وُعد.
ideas-endorsements = { $count ->
    [one] تأييد واحد
    [two] تأييدان
   *[other] { $count } تأييدات
}
ideas-comments = { $count ->
    [one] تعليق واحد
    [two] تعليقان
   *[other] { $count } تعليقات
}
ideas-post = شارك فكرة أو احتياجًا
ideas-post-submit = انشر
ideas-field-kind = هل هي فكرة أم احتياج؟
ideas-field-title = العنوان
ideas-field-body = صِفها
ideas-field-area = مجال القرار
ideas-area-hint = أي جزء من ميثاق تقاسم السلطة تتناوله، إن كنت تعرف.
ideas-no-area = لا تتعلق بمجال معين
ideas-field-pseudonym = الاسم المعروض
ideas-pseudonym-hint = اتركه فارغًا لعرض اسمك الحقيقي.
ideas-pseudonym-pupil-hint = لا يظهر اسمك الحقيقي أبدًا. اختر لقبًا ليس اسمك، أو اتركه فارغًا لتظهر بصفة "تلميذ".
ideas-feed = تابع الإجابات والتقدم (موجز Atom)
ideas-refused-closed = المشاركة غير مفتوحة في هذه المبادرة بعد.
ideas-refused-phase = المرحلة الحالية لا تستقبل أفكارًا جديدة.
ideas-refused-member = لا يمكن النشر إلا لأعضاء هذا المجتمع. اطلب رابط دعوة.
ideas-refused-observer = يمكن للمراقبين القراءة دون النشر.
ideas-refused-limit = بلغت حد المنشورات الجديدة لهذا اليوم. يرجى المحاولة غدًا.
idea-kind-idea = فكرة
idea-kind-need = احتياج
idea-status-new = بانتظار إجابة
idea-status-under_review = قيد المراجعة
idea-status-accepted = مقبولة
idea-status-in_progress = قيد التنفيذ
idea-status-done = منجزة
idea-status-not_possible = غير ممكنة
idea-status-merged = دُمجت مع فكرة أخرى
ideas-back = كل الأفكار والاحتياجات
ideas-posted-by = نشرها { $name } في { $date }
ideas-author-pupil = تلميذ
ideas-author-former = عضو سابق
ideas-response = الإجابة
ideas-reason = السبب
ideas-charter-fixed = هذا ثابت بموجب ميثاق تقاسم السلطة: "{ $area }" معروض بمستوى "{ $level }".
ideas-merged-link = اطلع على الفكرة التي دُمجت معها
ideas-conflict = مصلحة مُعلنة
ideas-responded = أُجيب عنها في { $date }
ideas-awaiting = لم يُجب عنها بعد. تحصل كل فكرة على إجابة أولى خلال { $days } يومًا.
ideas-history = إجابات سابقة
ideas-endorse = أيّد
ideas-withdraw = اسحب تأييدي
ideas-respond = أجب عن هذه الفكرة
ideas-field-status = الحالة
ideas-field-reason = السبب (لحالة "غير ممكنة")
ideas-reason-none = بلا سبب
ideas-reason-hint = مطلوب عندما تكون الإجابة "غير ممكنة".
ideas-field-charter-area = مجال القرار في الميثاق (لحالة "ثابت بموجب الميثاق")
ideas-charter-area-hint = يربط الإجابة بما يقوله الميثاق عن الثابت ولماذا.
ideas-field-merge = ادمجها في
ideas-no-merge = غير مدموجة
ideas-field-merge-other = …أو رقم فكرة أقدم
ideas-merge-other-hint = الرقم في آخر عنوانها: 12 في ‎…/ideas/12.
ideas-field-response = الإجابة العلنية
ideas-response-hint = يمكن للجميع قراءة هذا. قل ما الذي سيحدث، أو لماذا لا يمكن.
ideas-field-conflict = مصلحة مُعلنة
ideas-conflict-hint = إن كنت أنت أو المقربون منك ستكسبون أو تخسرون من هذا القرار، فقل ذلك.
ideas-respond-submit = انشر الإجابة
ideas-add-comment = أضف تعليقًا
ideas-field-comment = التعليق
ideas-comment-submit = انشر التعليق
ideas-reply = رد
not-possible-charter = ثابت بموجب ميثاق تقاسم السلطة
not-possible-cost = تكلفته أكبر مما تسمح به الميزانية
not-possible-legal = أسباب قانونية أو تتعلق بالحماية
not-possible-outside_power = خارج صلاحيات المدرسة
not-possible-already_done = أُنجز بالفعل
error-reason-required = اختر سبب عدم الإمكان.
error-charter-area-required = اختر مجال القرار في الميثاق الذي يثبّته.
error-merge-target = اختر الفكرة التي تُدمج معها.
error-merge-self = لا يمكن دمج فكرة مع نفسها.
error-pseudonym-reveals = هذا الاسم قد يكشف هويتك. اختر اسمًا آخر.
error-conduct-required = يرجى قبول مدونة السلوك أولًا.
error-idea-closed = هذه الفكرة مغلقة أمام التأييدات والتعليقات الجديدة.
error-moderation-reason = اذكر سببًا لقرار الإشراف.
flash-idea-posted = شكرًا لك. نُشر منشورك وسيحصل على إجابة.
flash-comment-posted = نُشر تعليقك.
flash-response-saved = نُشرت الإجابة وأُبلغ كل من يتابع الفكرة.
flash-flagged = شكرًا لك. سينظر فيه أحد المشرفين.
flash-hidden = أُخفي. يظهر السبب مكانه.
flash-shown = أُظهر مرة أخرى.

## Moderation
moderation-title = الإشراف
moderation-lead = يبلّغ الأعضاء عن المحتوى المخالف لمدونة السلوك. يحتاج الإخفاء إلى سبب يُسجَّل ويظهر مكان ما أُخفي.
moderation-queue = المحتوى المُبلَّغ عنه
moderation-queue-empty = لا شيء ينتظر مشرفًا.
moderation-already-hidden = مخفي بالفعل
moderation-field-reason = السبب
moderation-reason-hint = يظهر علنًا مكان المحتوى المخفي.
moderation-hide = أخفِ
moderation-show = أظهر مرة أخرى
moderation-dismiss = أبقِه وأغلق البلاغات
moderation-log = سجل الإشراف
moderation-log-empty = لا توجد قرارات إشراف بعد.
moderation-col-action = القرار
moderation-col-what = ماذا
moderation-col-who = المشرف
moderation-action-hide = أُخفي
moderation-action-show = أُظهر مرة أخرى
moderation-action-dismiss = أُغلقت البلاغات
moderation-target-idea = فكرة
moderation-target-comment = تعليق
moderation-hidden-title = أخفاه مشرف
moderation-hidden-in-place = أخفاه مشرف: { $reason }
moderation-staff-see = يمكنك رؤية هذا لأنك ميسّر.
moderation-author-see = لا يرى ما كتبته إلا أنت والمشرفون.
moderation-flag-idea = أبلغ مشرفًا عن هذه الفكرة
moderation-flag-comment = أبلغ
moderation-field-flag-reason = ما المشكلة؟
moderation-flag-hint = مثلًا: هجوم شخصي، ذكر اسم تلميذ، إعلان خارج الموضوع.
moderation-flag-submit = أبلغ

## Facilitators' queue
queue-title = أفكار بانتظار إجابة
queue-lead = ينبغي أن تحصل كل فكرة على إجابة أولى ضمن المهلة المحددة لمبادرتها. الأقدم أولًا.
queue-empty = كل فكرة لديها إجابة.
queue-caption = أفكار بلا إجابة، الأقدم أولًا
queue-initiative = المبادرة
queue-waiting = مدة الانتظار
queue-days = { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
   *[other] { $days } يومًا
}
queue-overdue = متأخرة

## Code of conduct
conduct-title = مدونة السلوك
conduct-lead = المشاركة في { $community } تعني الموافقة على هذه القواعد.
conduct-rule-1 = كن محترمًا: انتقد الأفكار، لا الأشخاص أبدًا.
conduct-rule-2 = لا تذكر اسم تلميذ ولا تصفه أبدًا، ولا تشارك المعلومات الخاصة لأي أحد أبدًا.
conduct-rule-3 = التزم بموضوع المبادرة.
conduct-rule-4 = قل إن كانت لك مصلحة شخصية في قرار ما.
conduct-rule-5 = استمع إلى من تختلف تجربتهم عن تجربتك.
conduct-rule-6 = لا إعلانات ولا دعاية انتخابية ولا رسائل مزعجة.
conduct-moderation = قد يخفي المشرفون المنشورات المخالفة لهذه القواعد. يظهر السبب دائمًا مكان المنشور ويُسجَّل.
conduct-accept = أقبل

## You said, we did
accountability-lead = ما التزمت به المدرسة ردًا على أفكار المجتمع، وإلى أي حد تقدم كل التزام.
accountability-commitments = الالتزامات
accountability-none = لا توجد التزامات بعد.
accountability-percent = تقدم { $title }
accountability-answers = ردًا على
accountability-add-progress = سجّل التقدم
accountability-field-status = الحالة
accountability-field-percent = النسبة المنجزة
accountability-field-body = ماذا حدث
accountability-timeline = الخط الزمني
accountability-timeline-none = لم يُسجل أي تقدم بعد.
accountability-new = التزام جديد
accountability-field-title = الالتزام
accountability-field-description = التفاصيل
accountability-field-ideas = الأفكار التي يجيب عنها
commitment-status-planned = مخطط
commitment-status-in_progress = قيد التنفيذ
commitment-status-done = منجز
commitment-status-dropped = متروك
error-done-is-100 = الالتزام المنجز منجز بنسبة 100٪.
error-planned-is-0 = الالتزام المخطط لم يبدأ: 0٪.
feed-title = { $title }: الإجابات والتقدم
feed-progress = { $title }: منجز بنسبة { $percent }٪

## Notifications
notifications-title = الإشعارات
notifications-lead = أخبار عن الأفكار التي نشرتها أو أيدتها أو علّقت عليها.
notifications-settings = اختر كيف تصلك أخبار Tandem
notifications-none = لا شيء بعد.
notifications-mark-read = علّم الكل كمقروء
notifications-new = جديد
notifications-open = افتح
notification-idea_status = فكرة تتابعها لديها إجابة جديدة: { $title }
notification-commitment_progress = تقدم التزام يجيب عن فكرة تتابعها: { $title }
notification-reply = ردّ أحدهم على: { $title }
account-delivery = إشعارات البريد الإلكتروني
account-delivery-lead = ترى الإشعارات هنا دائمًا؛ اختر إن كانت تصلك بالبريد الإلكتروني أيضًا.
account-delivery-no-email = أضف عنوان بريد إلكتروني أدناه لتلقي الرسائل.
account-delivery-legend = كم مرة
delivery-immediate = رسالة لكل إشعار
delivery-daily = رسالة واحدة يوميًا بكل جديد
delivery-off = بلا رسائل
email-idea-subject = إجابة بخصوص "{ $title }"
email-idea-body = للفكرة "{ $title }" حالة جديدة: { $status }.

    { $text }

    اقرأ المزيد: { $url }
email-commitment-subject = تقدم في "{ $title }"
email-commitment-body = تقدم الالتزام "{ $title }": { $status }.

    { $text }

    اقرأ المزيد: { $url }
email-footer = تصلك هذه الرسالة لأنك نشرت فكرة أو أيدتها أو علّقت عليها. اختر كيف تصلك أخبار Tandem: { $url }
email-digest-subject = { $count ->
    [one] تحديث واحد من Tandem
    [two] تحديثان من Tandem
   *[other] { $count } تحديثات من Tandem
}
email-digest-intro = هذا ما حدث للأفكار التي تتابعها:
email-digest-link = اطلع عليها كلها: { $url }
health-ideas-awaiting-response = { $count ->
    [one] انتظرت فكرة واحدة إجابة أطول مما وُعد.
   *[other] انتظرت { $count } أفكار إجابة أطول مما وُعد.
}
health-ideas-awaiting-response-fix = أجب عن أقدم الأفكار

## Counting (command line and results pages)
cli-error-count-line = { $file }، السطر { $line }: { $problem }
cli-error-count = { $file }: { $problem }
cli-error-completion = خطوة الإكمال تنطبق على الحصص المتساوية فقط (--rule mes أو mes-card).
cli-error-phragmen = طريقة فراغمن تعدّ بطاقات الموافقة؛ هذا الملف فيه بطاقات من نوع { $kind }.
cli-pb-header = { $rule }: مُوّل { $funded } من { $projects } مشروعًا، { $voters } مصوّتًا
cli-pb-spent = أُنفق { $spent } من { $budget } ({ $percent }٪)
cli-pb-funded = ممولة:
cli-pb-not-funded = غير ممولة:
cli-pb-project = { $id } { $name } · التكلفة { $cost } · { $supporters } داعمًا · { $verdict }
cli-vote-header = { $method }: { $voters } مصوّتًا، { $candidates } مرشحًا
cli-vote-winner = الفائز: { $names }
cli-vote-tie = تعادل بين: { $names }
cli-vote-round = الجولة { $round }: { $tallies }؛ المستنفدة { $exhausted }
cli-vote-eliminated = استُبعد: { $names }
cli-vote-scores = النقاط: { $scores }
cli-vote-pairwise = المصوّتون الذين يفضلون الصف على العمود:
cli-vote-strongest = أقوى المسارات (شولتزه):
count-pb-unreadable = لا يمكن قراءة الملف ({ $detail })
count-pb-missing-section = القسم { $section } مفقود
count-pb-repeated-section = القسم { $section } يظهر مرتين
count-pb-outside-section = هذا الصف ليس داخل قسم META أو PROJECTS أو VOTES
count-pb-missing-meta = لا يحتوي META على "{ $key }"
count-pb-missing-column = لا يحتوي { $section } على العمود "{ $column }"
count-pb-bad-number = "{ $value }" في "{ $column }" ليس عددًا
count-pb-vote-type = "{ $value }" ليس نوع تصويت (approval، choose-1، cumulative، scoring، ordinal)
count-pb-duplicate-project = المشروع "{ $id }" يظهر مرتين
count-pb-unknown-project = يذكر الصوت المشروع "{ $id }"، وهو غير موجود في PROJECTS
count-pb-repeated-warning = السطر { $line }: يذكر المصوّت "{ $voter }" المشروع "{ $id }" { $times } مرات؛ يُحسب مرة واحدة كما تفعل pabutools
count-pb-points = يذكر الصوت { $projects } مشروعًا لكن { $points } نقطة
count-pb-cells = في الصف { $found } خلية لكن الترويسة تسمي { $expected }
count-preflib-not-utf8 = الملف ليس نصًا بترميز UTF-8
polis-missing-votes = لا يوجد votes.csv ولا participants-votes.csv
polis-missing-column = لا يوجد عمود "{ $column }"
polis-not-integer = "{ $value }" في "{ $column }" ليس عددًا صحيحًا
polis-bad-vote = الصوت 1 أو ‎-1 أو 0، وليس "{ $value }"
polis-malformed = لا يمكن قراءة ملف CSV
polis-header = { $participants } مشاركًا، { $statements } عبارة، { $votes } صوتًا؛ { $mapped } على الخريطة في { $groups } مجموعات رأي
polis-consensus = يتفق عليه معظم الناس:
polis-agree-line = { $percent } ٪ يوافقون · { $statement }
polis-disagree-line = { $percent } ٪ لا يوافقون · { $statement }
polis-group = المجموعة { $group } ({ $size } شخصًا) تتميز في:
polis-divisive = الأكثر خلافًا بين المجموعات:
polis-imported = استُوردت المحادثة { $id }: { $statements } عبارة، { $votes } صوتًا (تُخطيت { $skipped } عبارات فارغة). رُسمت خريطتها.
polis-exported = كُتب إلى { $dir } ({ $participants } مشاركًا، مرقمون ولا تُذكر أسماؤهم أبدًا).
polis-no-conversation = لا توجد محادثة { $id } في تلك المبادرة.
count-preflib-missing-alternatives = الترويسة "# NUMBER ALTERNATIVES" مفقودة
count-preflib-repeated-alternatives = يجب أن تظهر "# NUMBER ALTERNATIVES" مرة واحدة، قبل البطاقات
count-preflib-bad-alternatives = "{ $value }" ليس عددًا صالحًا من البدائل
count-preflib-ballot-before-header = تأتي بطاقة قبل الترويسة "# NUMBER ALTERNATIVES"
count-preflib-bad-line = يجب أن يكون سطر البطاقة بالشكل "count: a,b,c"
count-preflib-bad-count = "{ $value }" ليس عدد بطاقات
count-preflib-ties = التعادلات ({"{"}…{"}"}) غير مسموحة في الترتيبات الصارمة
count-preflib-bad-alternative = "{ $value }" ليس رقم بديل
count-preflib-out-of-range = البديل { $alternative } ليس بين 1 و { $alternatives }
count-preflib-ranked-twice = البديل { $alternative } مرتب مرتين
count-preflib-empty-ballot = البطاقة لا ترتب أي بديل
count-preflib-incomplete = الترتيب الكامل يجب أن يرتب كل البدائل الـ { $alternatives }؛ هذا يرتب { $ranked }
count-verdict-funded = مُوّل في الجولة { $round }
count-verdict-free = مُوّل: لا يكلف شيئًا
count-verdict-cannot-afford = غير ممول: وُزّع المال بالتساوي بين المصوّتين، وكان داعمو هذا المشروع قد استنفدوا حصتهم
count-verdict-did-not-fit = غير ممول: لم يتسع له الباقي وهو { $left }
count-verdict-stopped = غير ممول: توقف العد قبل الوصول إليه
count-verdict-threshold = غير ممول: دون الحد الأدنى من النقاط
count-verdict-no-support = غير ممول: لم يختره أحد
count-verdict-completion = مُوّل بخطوة الإكمال، في الجولة { $round }
count-rule-greedy = الجشع حسب الأصوات (القاعدة الرسمية لـ Pabulib)
count-rule-greedy-cost = الجشع النفعي (الرضا = التكلفة)
count-rule-greedy-card = الجشع النفعي (نقطة لكل مشروع ممول)
count-rule-mes = طريقة الحصص المتساوية (الرضا = التكلفة)
count-rule-mes-card = طريقة الحصص المتساوية (نقطة لكل مشروع ممول)
count-rule-mes-add1 = طريقة الحصص المتساوية، مع رفع الحصص حتى استخدام الميزانية
count-rule-mes-add1-greedy = طريقة الحصص المتساوية، مع رفع الحصص ثم الجشع لما تبقى
count-rule-phragmen = طريقة فراغمن المتتابعة
count-rule-unknown = قاعدة غير معروفة
count-method-irv = الجولة الفورية
count-method-schulze = شولتزه
count-method-borda = عدّ بوردا
count-method-plurality = الأغلبية النسبية
count-method-approval = الموافقة
count-method-score = النقاط
count-method-consent = القبول
count-method-unknown = طريقة غير معروفة

## Co-decision: polls and budgets
section-decide = نقرر معًا
decide-lead = تقرر الاستطلاعات والميزانيات التشاركية ما يسمح الميثاق للمجتمع بتقريره. كل بطاقة تُحسب مرة واحدة؛ وتُحسب النتائج من البطاقات عند إغلاق التصويت، وتُشرح.
decide-polls = الاستطلاعات
decide-budgets = الميزانيات التشاركية
decide-no-polls = لا توجد استطلاعات بعد.
decide-no-budgets = لا توجد ميزانيات تشاركية بعد.
decide-ballots = { $count ->
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $count } بطاقات
   *[other] { $count } بطاقة
}
decide-window-later = يفتح في { $opens }؛ ويغلق في نهاية { $closes } ({ $zone })
decide-window-open = مفتوح حتى نهاية { $closes } ({ $zone })
decide-window-closed = أُغلق في { $closes }
decide-eligible-all = كل الأعضاء ما عدا المراقبين
decide-eligible-groups = الأعضاء في هذه المجموعات: { $groups }
decide-needs-charter = لا يمكن إنشاء الاستطلاعات والميزانيات إلا بعد نشر ميثاق تقاسم السلطة، لأن كلًا منها ينتمي إلى أحد مجالات القرار فيه.
decide-charter-link = اقرأ ميثاق تقاسم السلطة
decide-charter-heading = ما يقوله الميثاق عن هذا القرار
decide-charter-area = مجال القرار: { $area }. مستوى التأثير:
decide-charter-final = يتخذ القرار النهائي: { $who }.
decide-charter-advisory = عند هذا المستوى تقدم النتيجة مشورة لمن يقررون؛ وسيقولون علنًا كيف استخدموها.
decide-choose-area = اختر مجال قرار
decide-new-poll = ابدأ استطلاعًا
decide-new-budget = ابدأ ميزانية تشاركية
decide-field-question = السؤال
decide-field-title = العنوان
decide-field-description = الوصف
decide-field-method = طريقة العد
decide-method-hint = الطرق الترتيبية تتيح للناس ترتيب ما يشاؤون من الخيارات.
decide-field-options = الخيارات
decide-options-hint = خيار واحد في كل سطر، من 2 إلى 20. استطلاعات القبول لا تحتاج إلى خيارات.
decide-field-area = مجال القرار في الميثاق
decide-area-hint = يظهر على البطاقة مستوى التأثير الذي يمنحه الميثاق لهذا المجال.
decide-field-opens = يفتح في
decide-opens-hint = اتركه فارغًا ليفتح اليوم. التواريخ أيام في المنطقة الزمنية للمجتمع، { $zone }.
decide-field-closes = يغلق في نهاية
decide-field-quorum = النصاب
decide-quorum-hint = عدد البطاقات اللازم لتثبت النتيجة؛ 0 أو فارغ إن لم يكن هناك نصاب.
decide-field-groups = من يمكنه التصويت
decide-groups-hint = علّم مجموعات أصحاب المصلحة التي يمكنها التصويت، أو لا شيء ليصوت كل الأعضاء.
decide-create-poll = ابدأ الاستطلاع
decide-field-total = الميزانية
decide-total-hint = المبلغ المراد توزيعه، مثل 25000 أو 25000.50.
decide-field-currency = العملة
decide-currency-hint = رمز أو اختصار، مثل € أو USD.
decide-field-ballot = البطاقة
decide-field-points = النقاط لكل مصوّت
decide-points-hint = لبطاقات النقاط فقط: كم نقطة يوزعها كل مصوّت.
decide-field-rule = قاعدة العد
decide-rule-hint = تُحدد قبل فتح التصويت وتظهر على البطاقة.
decide-create-budget = ابدأ الميزانية
decide-when = متى
decide-who = من يمكنه التصويت
decide-turnout = المشاركة
decide-quorum = النصاب { $quorum }
decide-your-ballot = بطاقتك
decide-your-ballot-change = بطاقتك (يمكنك تغييرها حتى يغلق التصويت)
decide-you-voted = بطاقتك: { $ballot }
decide-cast-vote = أدلِ بصوتي
decide-change-vote = غيّر صوتي
decide-rank-hint = أعطِ 1 لخيارك الأول، و2 للتالي، وهكذا. اترك الخيارات التي لا تريد ترتيبها.
decide-not-ranked = غير مرتب
decide-rank-n = { $rank }
decide-result = النتيجة
decide-result-later = تُحسب النتيجة عند إغلاق التصويت، من كل البطاقات المدلى بها.
decide-no-ballots = لم يُدلَ بأي بطاقة.
decide-quorum-missed = لم يُبلغ النصاب وهو { $quorum } بطاقة (أُدلي بـ { $count }): النتيجة لا تثبت.
decide-winner = النتيجة: { $names }
decide-tie = تعادل بين { $names }. يحدد الميثاق من يحسم التعادل، علنًا.
decide-chart-title = الأصوات لكل خيار
decide-chart-desc = عمود لكل خيار؛ والأرقام نفسها في الجدول.
decide-irv-chart-title = الأصوات لكل خيار في الجولة الأخيرة
decide-irv-rounds = جولات الجولة الفورية: التفضيلات الأولى للخيارات الباقية
decide-round = الجولة { $round }
decide-eliminated = مستبعد
decide-exhausted = بطاقات لم يبق فيها تفضيل
decide-option = الخيار
decide-count = العدد
decide-result-table = الردود
decide-pairwise = المصوّتون الذين يفضلون خيار الصف على خيار العمود
decide-strongest = قوة أقوى مسار من خيار الصف إلى خيار العمود (شولتزه)
decide-same = الخيار نفسه
decide-turnout-groups = البطاقات حسب مجموعة أصحاب المصلحة
decide-group = مجموعة أصحاب المصلحة
decide-group-paper = بطاقات ورقية
decide-group-none = أعضاء خارج أي مجموعة
decide-online-paper = البطاقات المحسوبة: { $online } عبر الإنترنت و{ $paper } ورقية.
decide-privacy-note = تُخفى الأعداد الأقل من { $threshold } حمايةً للتلاميذ والمجموعات الصغيرة، وكذلك أي عدد قد يكشفها.
decide-paper = البطاقات الورقية
decide-paper-lead = للبطاقات المدلى بها على الورق أو بالهاتف. قل أولًا كم جُمع منها: لا يمكن إدخال أكثر من ذلك. تُدخل كل بطاقة مع ملاحظة، وتُحسب بعد أن يؤكدها ميسّر ثانٍ غير الذي أدخلها.
decide-field-paper-note = من أين جاءت هذه البطاقة
decide-paper-note-hint = مثلًا: "أمسية أولياء الأمور، 12 نوفمبر، الصندوق 2".
decide-paper-submit = سجّل البطاقة الورقية
decide-paper-audit = البطاقات الورقية المُدخلة
decide-refused-not-member = لا يمكن التصويت إلا لأعضاء هذا المجتمع.
decide-refused-observer = يمكن للمراقبين القراءة دون التصويت.
decide-refused-participation = المشاركة غير مفتوحة في هذه المبادرة.
decide-refused-not-eligible = هذا التصويت لمجموعات أخرى من أصحاب المصلحة.
decide-refused-not-open = لم يُفتح التصويت بعد.
decide-refused-closed = أُغلق التصويت.
poll-method-plurality = الأغلبية النسبية
poll-method-approval = الموافقة
poll-method-score = النقاط
poll-method-borda = عدّ بوردا
poll-method-irv = الجولة الفورية
poll-method-schulze = شولتزه
poll-method-consent = القبول
poll-method-plurality-desc = اختر خيارًا واحدًا؛ يفوز الخيار الحاصل على أكثر الأصوات.
poll-method-approval-desc = علّم كل خيار يمكنك قبوله؛ يفوز الخيار الحاصل على أكثر العلامات.
poll-method-score-desc = أعطِ كل خيار من 0 إلى 5 نقاط؛ يفوز صاحب أعلى مجموع.
poll-method-borda-desc = رتّب الخيارات؛ كل ترتيب يمنح الخيار نقطة عن كل خيار تحته ويأخذ منه نقطة عن كل خيار فوقه.
poll-method-irv-desc = رتّب الخيارات؛ يُستبعد الخيار صاحب أقل التفضيلات الأولى وتنتقل بطاقاته إلى خيارها التالي، حتى يحصل أحدها على أكثر من النصف.
poll-method-schulze-desc = رتّب الخيارات؛ تُقارن كل الأزواج، ويُختار الخيار الذي يتفوق على كل خيار آخر مباشرة أو عبر سلسلة من الانتصارات الأقوى.
poll-method-consent-desc = استجب لمقترح؛ يُقر ما لم يعترض عليه أحد بالرفض.
poll-method-plurality-legend = اختر خيارًا واحدًا
poll-method-approval-legend = علّم كل خيار يمكنك قبوله
poll-method-score-legend = أعطِ كل خيار من 0 (الأسوأ) إلى 5 (الأفضل)
poll-method-borda-legend = رتّب الخيارات
poll-method-irv-legend = رتّب الخيارات
poll-method-schulze-legend = رتّب الخيارات
poll-method-consent-legend = ردك على المقترح
poll-method-plurality-table = الأصوات لكل خيار
poll-method-approval-table = العلامات لكل خيار
poll-method-score-table = مجموع النقاط لكل خيار
poll-method-borda-table = نقاط بوردا لكل خيار
consent-agree = أوافق
consent-abstain = أمتنع
consent-disagree = لا أوافق
consent-block = أعترض بالرفض
consent-agree-desc = أؤيده.
consent-abstain-desc = سأمضي مع المجموعة.
consent-disagree-desc = لدي مخاوف، لكنني لن أوقفه.
consent-block-desc = لدي اعتراض جدي ولا ينبغي أن يمضي.
consent-stance = الرد
consent-passes = أُقر المقترح: لم يعترض عليه أحد بالرفض.
consent-blocked = رُفض المقترح باعتراض.
consent-none = لم يرد أحد.
budget-ballot-approval = اختر مشروعات
budget-ballot-cumulative = وزّع النقاط
budget-ballot-approval-desc = علّم المشروعات التي تريدها؛ يمكن أن تكلف معًا حتى { $total }.
budget-ballot-cumulative-desc = وزّع حتى { $points } نقطة على المشروعات التي تريدها.
budget-rule-greedy = الأكثر أصواتًا أولًا
budget-rule-equal_shares = الحصص المتساوية
budget-rule-greedy-desc = تُمول المشروعات بترتيب الأصوات، كل منها إن كان لا يزال يتسع في الميزانية.
budget-rule-equal_shares-desc = يحصل كل مصوّت على حصة متساوية من الميزانية؛ ويُمول المشروع عندما يستطيع داعموه دفع تكلفته من حصصهم، الأرخص لكل داعم أولًا، فتحصل كل مجموعة على نصيب عادل. يُوزع المال المتبقي حتى تُستخدم الميزانية، ثم تُضاف المشروعات الأكثر دعمًا التي لا تزال تتسع.
budget-no-projects = لا توجد مشروعات على البطاقة بعد.
budget-projects = المشروعات على البطاقة
budget-project = المشروع
budget-field-cost = التكلفة
budget-cost-hint = بعملة { $currency }، مثل 4500 أو 4500.50.
budget-legend-approval = اختر مشروعات تكلف { $total } أو أقل إجمالًا
budget-legend-cumulative = وزّع حتى { $points } نقطة
budget-you-voted = لقد صوّت؛ اختياراتك معلَّمة أدناه.
budget-funded = { $count ->
    [one] مُوّل مشروع واحد
    [two] مُوّل مشروعان
   *[other] مُوّلت { $count } مشروعات
}: { $spent } من { $total }
budget-chart-title = داعمو كل مشروع
budget-chart-desc = عمود لكل مشروع؛ والجدول يعطي الأرقام نفسها وسبب تمويل كل مشروع أو عدمه.
budget-why = لماذا مُوّل كل مشروع أو لم يُمول
budget-voters = الداعمون
budget-voters-points = الداعمون (المصوّتون الذين منحوا نقاطًا)
budget-verdict = النتيجة
budget-export = نزّل البطاقات (Pabulib بصيغة ‎.pb)
budget-export-hint = مجهولة الهوية: المصوّتون مرقمون ولا تُذكر أسماؤهم أبدًا. أعد عدّها بأي أداة من أدوات Pabulib.
budget-propose = اقترح مشروعًا
budget-propose-lead = يتحقق ميسّر من كل مقترح قبل أن يوضع على البطاقة.
budget-propose-submit = اقترحه
budget-add-project = أضف مشروعًا إلى البطاقة
budget-proposed = مشروعات مقترحة تنتظر قرارًا
budget-accept = ضع "{ $title }" على البطاقة
budget-decline = ارفض "{ $title }"
budget-carry = انقل فكرة مقبولة
budget-carry-lead = الأفكار التي طرحها المجتمع وقُبلت يمكن أن توضع على البطاقة مشروعات.
budget-field-idea = الفكرة
budget-carry-submit = ضعها على البطاقة
flash-poll-created = الاستطلاع جاهز.
flash-budget-created = الميزانية التشاركية جاهزة. أضف مشروعات إلى بطاقتها.
flash-vote-recorded = سُجّل صوتك. يمكنك تغييره حتى يغلق التصويت.
flash-paper-recorded = أُدخلت البطاقة الورقية. تُحسب بعد أن يؤكدها ميسّر آخر.
flash-project-added = المشروع على البطاقة.
flash-project-proposed = شكرًا لك. سينظر ميسّر في مقترحك.
flash-project-updated = حُدّث المشروع.
error-area-required = اختر مجال القرار في الميثاق الذي ينتمي إليه هذا.
error-ballot-choose-one = اختر خيارًا واحدًا.
error-ballot-approve-one = علّم خيارًا واحدًا على الأقل.
error-ballot-score-one = أعطِ خيارًا واحدًا على الأقل نقاطًا أكثر من 0.
error-ballot-rank-one = رتّب خيارًا واحدًا على الأقل.
error-ballot-rank-repeated = كل رتبة تُستخدم مرة واحدة: أعطِ خياراتك أرقامًا مختلفة.
error-ballot-stance = اختر ردًا.
error-ballot-project-one = اختر مشروعًا واحدًا على الأقل.
error-ballot-over-budget = اختياراتك تكلف { $spent }، أكثر من المتاح وهو { $total }. ألغِ تعليم أحد المشروعات.
error-ballot-points-one = أعطِ مشروعًا واحدًا على الأقل بعض النقاط.
error-ballot-too-many-points = أعطيت { $used } نقطة؛ والحد الأقصى { $max }.
error-closes-before-opens = يجب أن يكون تاريخ الإغلاق في تاريخ الفتح أو بعده.
error-closes-in-past = يجب ألا يكون تاريخ الإغلاق في الماضي.
error-cost-over-budget = لا يمكن أن يكلف مشروع أكثر من الميزانية كلها ({ $total }).
error-money = أدخل مبلغًا مثل 4500 أو 4500.50.
error-money-positive = يجب أن يكون المبلغ أكثر من 0.
error-options-count = أعطِ بين 2 و{ $max } خيارًا، خيارًا في كل سطر.
error-options-repeated = الخيار "{ $option }" يظهر مرتين.

## Conversations (opinion maps)
conversation-list = المحادثات
conversation-lead = في المحادثة يصوّت الجميع بالموافقة أو عدمها أو التخطي على عبارات قصيرة، واحدة تلو الأخرى، ويمكنهم إضافة عباراتهم. ثم تُظهر خريطة مجموعات الرأي في المجتمع وما تتفق عليه.
conversation-none = لا توجد محادثة بعد.
conversation-counts = { $statements } عبارة · صوّت { $voters } شخصًا
conversation-report-link = اطلع على خريطة الآراء
conversation-new = ابدأ محادثة
conversation-field-topic = الموضوع
conversation-create = ابدأ المحادثة
flash-conversation-created = بدأت المحادثة. أضف بضع عبارات لإطلاقها.
conversation-vote-heading = دورك
conversation-login = سجّل الدخول للتصويت على العبارات.
conversation-progress = صوّت على { $done } من { $total } عبارة.
conversation-statement = العبارة:
conversation-agree = أوافق
conversation-disagree = لا أوافق
conversation-pass = تخطٍّ / غير متأكد
conversation-all-voted = صوّت على كل العبارات. شكرًا لك!
conversation-add = أضف عبارة
conversation-add-lead = قل شيئًا واحدًا يمكن للآخرين أن يوافقوا عليه أو يرفضوه. يتحقق ميسّر من العبارات قبل عرضها.
conversation-add-seed = بصفتك ميسّرًا، تظهر عباراتك فورًا. ابدأ المحادثة بمجموعة متنوعة من الآراء.
conversation-field-statement = العبارة
conversation-submit = أضف العبارة
conversation-moderation = عبارات تنتظر ميسّرًا
conversation-no-pending = لا شيء ينتظر.
conversation-accept = اعرضها
conversation-reject = لا تعرضها
conversation-your-votes = أصواتك
error-conversation-statement = اختر عبارة معروضة في هذه المحادثة.
error-conversation-vote = اختر الموافقة أو عدمها أو التخطي.
error-conversation-decision = اختر عرض العبارة أو عدم عرضها.
flash-conversation-voted = سُجّل صوتك. إليك العبارة التالية.
flash-statement-added = أُضيفت العبارة.
flash-statement-pending = شكرًا لك. سيتحقق ميسّر من عبارتك قبل عرضها.
flash-statement-moderated = رُوجعت العبارة.
conversation-map-title = خريطة الآراء
conversation-map-desc = كل علامة مشارك واحد (بلا أسماء)؛ من يصوّتون بشكل متشابه يجلسون متقاربين. { $groups } مجموعات رأي، مسماة بأحرف. والأرقام نفسها في الجداول أدناه.
conversation-report-title = خريطة الآراء: { $topic }
conversation-back = العودة إلى المحادثة
conversation-no-map = تُرسم الخريطة بعد ثوانٍ من وصول الأصوات، عندما يصوّت عدد كافٍ من الناس. لا توجد خريطة بعد.
conversation-drawn = رُسمت الخريطة في { $date } من { $votes } صوتًا.
conversation-stale = وصل { $count } صوتًا منذ ذلك الحين؛ ستُعاد رسم الخريطة قريبًا.
conversation-map = المجموعات
conversation-map-lead = صوّت { $mapped } شخصًا بما يكفي لتحديد موقعهم؛ وهم موزعون على { $groups } مجموعات رأي.
conversation-groups = مجموعات الرأي
conversation-group = المجموعة
conversation-people = الأشخاص
conversation-group-name = المجموعة { $letter }
conversation-consensus = ما يتفق عليه معظم الناس
conversation-consensus-lead = عبارات توافق عليها (أو ترفضها) أغلبية واضحة من الجميع.
conversation-none-yet = لا شيء بعد.
conversation-agree-share = { $percent } يوافقون
conversation-disagree-share = { $percent } لا يوافقون
conversation-divisive = حيث تختلف المجموعات أكثر
conversation-divisive-lead = عبارات تتباعد فيها نسب موافقة المجموعات أكثر من غيرها.
conversation-divisive-caption = نسبة الموافقين في كل مجموعة
conversation-group-agree = المجموعة { $letter } توافق
conversation-repness = ما يميز كل مجموعة
conversation-small-group = أرقام هذه المجموعة مخفية حمايةً للخصوصية.
conversation-spread = مجموعات أصحاب المصلحة عبر مجموعات الرأي
conversation-spread-lead = كم شخصًا من كل مجموعة أصحاب مصلحة يقع في كل مجموعة رأي. المجتمع الذي تتبع فيه مجموعات الرأي مجموعات أصحاب المصلحة قد لا يسمع إلا بعض أصواته.
conversation-spread-caption = الأشخاص لكل مجموعة أصحاب مصلحة ومجموعة رأي
conversation-all-statements = كل العبارات
conversation-all-caption = الأصوات على كل عبارة معروضة في المحادثة
conversation-gac = التوافق عبر المجموعات (0–1)

audit-title = سجل التدقيق
audit-lead = كل تغيير أجراه الموظفون والمسؤولون، أيًا كانت طريقته: على هذه الصفحات، أو عبر واجهة البرمجة، أو من سطر الأوامر، أو بمهمة في الخلفية. لا تُسجل البطاقات والأصوات هنا أبدًا، حتى تبقى سرية.
audit-filter-initiative = المبادرة
audit-filter-actor = الشخص
audit-filter-action = الإجراء
audit-filter-from = من
audit-filter-until = حتى
audit-count = { $count ->
    [one] إدخال واحد
    [two] إدخالان
   *[other] { $count } إدخالات
}
audit-caption = إدخالات سجل التدقيق، الأحدث أولاً
audit-empty = لا شيء يطابق هذه المرشحات.
audit-col-when = متى
audit-col-who = من
audit-col-action = الإجراء
audit-col-initiative = المبادرة
audit-col-subject = الموضوع
audit-col-detail = التفاصيل
moment = { $date }، { $time } ({ $zone })
audit-nobody = مشغّل الخادم
audit-via-page = على صفحات الويب
audit-via-api = عبر واجهة البرمجة
audit-via-cli = من سطر الأوامر
audit-via-worker = بمهمة في الخلفية
audit-action-account-create = أُنشئ حساب
audit-action-account-credentials = تغيرت بيانات الدخول
audit-action-account-email = تغير عنوان الدخول
audit-action-account-email-request = طُلب عنوان دخول جديد
audit-action-account-password = تغيرت كلمة المرور
audit-action-account-password-reset = أُعيد تعيين كلمة المرور برابط بريد إلكتروني
audit-action-account-delivery = تغير تفضيل البريد الإلكتروني
audit-action-account-profile = تغير الملف الشخصي
audit-action-account-token-create = أُنشئ رمز واجهة برمجة
audit-action-account-token-revoke = أُلغي رمز واجهة برمجة
audit-action-authorization-add = أُضيف تفويض
audit-action-authorization-update = تغير تفويض
audit-action-authorization-delete = أُزيل تفويض
audit-action-budget-create = بدأت ميزانية
audit-action-budget-paper = أُدخلت بطاقة ورقية (ميزانية)
audit-action-budget-project-add = أُضيف مشروع
audit-action-budget-project-status = رُوجع مشروع
audit-action-capacity-add = أُضيفت قدرة
audit-action-capacity-update = تغيرت قدرة
audit-action-capacity-delete = أُزيلت قدرة
audit-action-charter-intro = تغيرت مقدمة الميثاق
audit-action-charter-area-add = أُضيف مجال قرار
audit-action-charter-area-update = تغير مجال قرار
audit-action-charter-area-delete = أُزيل مجال قرار
audit-action-charter-publish = نُشر الميثاق
audit-action-commitment-create = قُطع التزام
audit-action-commitment-progress = أُبلغ عن تقدم
audit-action-community-create = أُنشئ مجتمع
audit-action-community-update = تغيرت إعدادات المجتمع
audit-action-conversation-create = بدأت محادثة
audit-action-conversation-import = استُوردت محادثة
audit-action-conversation-moderate = رُوجعت عبارة
audit-action-engagement-import = استُوردت سجلات مشاركة
audit-action-engagement-record = سُجلت مشاركة
audit-action-group-add = أُضيفت مجموعة أصحاب مصلحة
audit-action-group-rename = أُعيدت تسمية مجموعة أصحاب مصلحة
audit-action-idea-respond = أُجيب عن فكرة
audit-action-initiative-create = أُنشئت مبادرة
audit-action-initiative-update = تغيرت مبادرة
audit-action-invitation-create = أُنشئ رابط دعوة
audit-action-invitation-revoke = أُلغي رابط دعوة
audit-action-invitation-accept = قُبلت دعوة
audit-action-member-update = تغير دور عضو
audit-action-member-merge = دُمج حسابان لشخص واحد
audit-action-signin-link-create = صدر رابط تسجيل دخول لعضو
audit-action-signin-link-use = استُخدم رابط تسجيل دخول
audit-action-moderation-hide = أخفاه مشرف
audit-action-moderation-restore = أظهره مشرف مرة أخرى
audit-action-moderation-dismiss = رُفضت البلاغات
audit-action-outcome-add = أُضيفت نتيجة
audit-action-outcome-update = تغيرت نتيجة
audit-action-outcome-delete = أُزيلت نتيجة
audit-action-participation-open = فُتحت المشاركة
audit-action-participation-close = أُغلقت المشاركة
audit-action-phase-add = أُضيفت مرحلة
audit-action-phase-update = تغيرت مرحلة
audit-action-phase-delete = أُزيلت مرحلة
audit-action-phase-current = انتقال إلى مرحلة أخرى
audit-action-poll-create = بدأ استطلاع
audit-action-poll-paper = أُدخلت بطاقة ورقية (استطلاع)
audit-action-school-add = أُضيفت مدرسة
audit-action-stakeholder-add = أُضيف صاحب مصلحة
audit-action-stakeholder-update = تغير صاحب مصلحة
audit-action-stakeholder-delete = أُزيل صاحب مصلحة
audit-action-support-set = سُجل الدعم
audit-action-worksheet-answer = أُجيب عن ورقة العمل
error-may-identify = قد يكشف هذا هويتك: { $terms }. احذفه، أو علّم "انشر على أي حال" وسيتحقق منه مشرف قبل أن يقرأه أي أحد آخر.
ideas-post-anyway = انشر على أي حال: يتحقق منه مشرف أولًا
held-may-identify = بانتظار مشرف: قد يكشف هوية كاتبه.
held-may-identify-flag = نشره تلميذ رغم تحذيره من أنه قد يكشف هويته: { $terms }

decide-too-few = أُدلي بأقل من { $threshold } بطاقات: العدد أصغر من أن يُنشر بالتفصيل أو حسب المجموعة. تظهر النتيجة فقط.
error-too-few-to-publish = عدد المشاركين أقل من أن يُنشر هذا دون كشف أحد.
settings-field-threshold = أصغر عدد يُنشر
settings-threshold-hint = لا تُنشر أبدًا أعداد الأشخاص أو البطاقات الأقل من هذا، في أي صفحة أو في واجهة البرمجة أو في الملفات المصدّرة. 5 على الأقل؛ وقد تختار مدرسة صغيرة أكثر.
budget-funded-projects = المشروعات الممولة
decide-turnout-hidden = لا تُنشر المشاركة حسب مجموعة أصحاب المصلحة: مع معرفة عدد البطاقات، يمكن استنتاج مجموعة من أقل من { $threshold }.
conversation-no-stakeholder-group = خارج أي مجموعة أصحاب مصلحة
conversation-map-lead-few = من صوّتوا بما يكفي لتحديد موقعهم يقعون في { $groups } مجموعات رأي؛ وعددهم أقل من أن يُحسب مجموعةً مجموعة.
error-read-only-token = هذا الرمز للقراءة فقط. أنشئ رمزًا يسمح بالكتابة في صفحة حسابك.
account-field-token-scope = الصلاحية
account-token-scope-hint = الرمز الذي يقرأ فقط لا يستطيع تغيير أي شيء، حتى لو تسرب.
account-field-token-days = مدة صلاحيته بالأيام
account-token-days-hint = من 1 إلى 365؛ الرمز المنسي يتوقف عن العمل من تلقاء نفسه.
account-token-expires-col = ينتهي في
account-token-expired = منتهٍ
token-scope-read = القراءة فقط
token-scope-write = القراءة والكتابة
audit-action-poll-update = تغير استطلاع
audit-action-poll-cancel = أُلغي استطلاع
audit-action-poll-close = أُغلق استطلاع مبكرًا
error-area-inform-only = يقول الميثاق إن هذا المجال للإعلام فقط: لا يمكن حسمه بالتصويت. اختر مجالًا يستطيع المجتمع التأثير فيه.
error-poll-has-ballots = صوّت أحدهم بالفعل: يبقى السؤال كما طُرح. ألغه مع ذكر السبب وابدأ استطلاعًا جديدًا بدلًا منه.
error-objection-reason = قل لماذا تعترض: ما الذي يجب أن يتغير لتقبل؟
decide-poll-cancelled = أُلغي هذا الاستطلاع: { $reason }
decide-poll-closed-early = أُغلق هذا الاستطلاع قبل موعده: { $reason }
decide-cancelled-nothing-counted = لا يُحسب شيء: أُلغي الاستطلاع.
consent-objections = الاعتراضات، وما الذي يجب أن يتغير
consent-field-reason = إن اعترضت بالرفض: لماذا، وما الذي يجب أن يتغير
consent-reason-hint = مطلوب عند الاعتراض بالرفض؛ يقرؤه الجميع مع النتيجة دون اسمك.
decide-manage = أدِر هذا الاستطلاع
decide-edit-poll = غيّر السؤال أو الخيارات أو التواريخ
decide-edit-closed = صوّت أحدهم: يبقى السؤال كما طُرح.
decide-field-end-reason = سبب الإغلاق المبكر أو الإلغاء
decide-end-reason-hint = يقرؤه الجميع على الاستطلاع.
decide-close-early = أغلق الآن واحسب
decide-cancel-poll = ألغِ: لا تحسب شيئًا
flash-poll-cancelled = أُلغي الاستطلاع؛ ويرى الجميع السبب.
flash-poll-closed = أُغلق الاستطلاع وحُسب؛ ويرى الجميع سبب إغلاقه المبكر.
decide-paper-declared = المجموعة
decide-paper-not-declared = لم يُعلن بعد
decide-paper-entered = المُدخلة
decide-paper-confirmed = مؤكدة ومحسوبة
decide-paper-until = تُقبل حتى نهاية
decide-paper-declare = كم بطاقة ورقية جُمعت
decide-field-paper-declared = البطاقات الورقية المجموعة
decide-paper-declared-hint = عدّها قبل إدخال أي منها. إن وصل المزيد، ارفع العدد.
decide-field-paper-until = اقبلها حتى
decide-paper-until-hint = يمكن حينها إدخال البطاقات الورقية وتأكيدها بعد إغلاق التصويت، حتى نهاية هذا اليوم، وتنتظر النتيجة إلى ذلك الحين. اتركه فارغًا لقبولها فقط ما دام التصويت مفتوحًا.
decide-paper-enter = أدخل بطاقة ورقية
decide-paper-all-entered = { $count ->
    [0] لا يُتوقع أي بطاقات ورقية. لإدخال بعضها، قل كم جُمع.
   *[other] أُدخلت كل البطاقات الورقية المجموعة وعددها { $count }. إن جُمع المزيد، ارفع العدد.
}
decide-tracker = رمز التتبع
decide-paper-entered-by = أدخلها
decide-paper-confirmed-by = أكدها
decide-paper-confirm = أكّد البطاقة { $tracker }
decide-paper-awaiting = بانتظار ميسّر آخر
decide-paper-not-counted = لم تُؤكد في الوقت المحدد: لم تُحسب
decide-your-tracker = رمز تتبع بطاقتك هو { $tracker }. دوّنه: عند إغلاق التصويت، ابحث عنه في قائمة البطاقات لتتحقق من أن بطاقتك حُسبت كما أدليت بها.
decide-voted-sealed = لقد صوّت. لم تعد بطاقتك مرتبطة بك: ابحث عن رمز تتبعك في قائمة البطاقات المحسوبة.
decide-counting = أُغلق التصويت. تُقبل البطاقات الورقية حتى نهاية { $date }؛ وتتبعها النتيجة حينها.
decide-bulletin = كل بطاقة محسوبة، حسب رمز التتبع ({ $count })
decide-bulletin-lead = أُعطي كل مصوّت رمز تتبع عند تصويته. ابحث عن رمزك لتتحقق من أن بطاقتك حُسبت كما أدليت بها؛ ويمكن لأي أحد إعادة حساب النتيجة من هذه القائمة.
decide-ballot = البطاقة
flash-paper-declared = حُفظ عدد البطاقات الورقية المجموعة.
flash-paper-confirmed = تأكدت البطاقة الورقية وستُحسب.
error-paper-undeclared = قل كم بطاقة ورقية جُمعت قبل إدخالها.
error-paper-all-entered = أُدخلت بالفعل كل البطاقات الورقية المعلنة. إن جُمع المزيد، ارفع العدد أولًا.
error-paper-not-confirmable = لا يمكنك تأكيد تلك البطاقة: يؤكد كل بطاقة ورقية مرة واحدة ميسّرٌ آخر غير الذي أدخلها.
error-paper-below-entered = أُدخل بالفعل من البطاقات الورقية أكثر من ذلك.
error-counting-before-close = اختر يومًا بعد إغلاق التصويت.
email-tracker-subject = بطاقتك في "{ $title }"
email-tracker-body = سُجلت بطاقتك في "{ $title }". رمز تتبعها هو { $tracker }.
    عند إغلاق التصويت، تُدرج كل بطاقة محسوبة برمز تتبعها دون أسماء: ابحث عن رمزك لتتحقق من أنها حُسبت كما أدليت بها. لا أحد غيرك يعرف أي رمز هو رمزك؛ احتفظ بهذه الرسالة لنفسك.
audit-action-paper-declare = أُعلنت بطاقات ورقية
audit-action-paper-confirm = تأكدت بطاقة ورقية
join-signin-title = سجّل الدخول إلى { $community }
join-signin-lead = يعيدك هذا الرابط إلى حسابك الخاص في { $community }، بكل ما فعلته هناك. يعمل مرة واحدة. إن كنت مسجل الدخول على جهاز آخر، يُسجّل الخروج منه.
join-signin-submit = سجّل دخولي
flash-signed-in-by-link = سجلت الدخول إلى حسابك.
error-signin-other-person = رابط تسجيل الدخول هذا لحساب عضو آخر. سجّل الخروج أولًا إن كان لك.
error-signin-link-not-for = روابط تسجيل الدخول للأعضاء الذين يدخلون برابط. الموظفون ومن لديه كلمة مرور يدخلون بها (أو يعيدون تعيينها).
error-merge-same = اختر حسابين مختلفين.
error-merge-account-self = لا يمكنك إيقاف الحساب الذي تستخدمه.
error-merge-site-admin = لا يمكن دمج حساب مسؤول الموقع في حساب آخر.
error-merge-other-community = ينتمي ذلك الحساب إلى مجتمع آخر أيضًا؛ يجب أن يوافق مسؤولوه، لذا لا يمكن دمجه هنا.
members-signin-issue = رابط تسجيل دخول جديد لـ { $name }
members-signin-created = رابط تسجيل دخول لـ { $name }
members-signin-once = سلّمه له شخصيًا أو عبر قناة تثق بها. يسجل الدخول إلى حسابه الخاص مرة واحدة، خلال { $days } يومًا، وينهي جلساته الأخرى. يظهر الآن فقط؛ ولم يعد أي رابط سابق غير مستخدم يعمل.
members-merge-lead = لدى أحدهم حسابان (انضم مرتين)؟
members-merge-link = ادمج حسابين لشخص واحد
merge-title = ادمج حسابين لشخص واحد
merge-lead = عندما ينضم أحدهم مرتين، ادمج الحساب الذي لم يعد يستخدمه في الحساب الذي يحتفظ به. لا يمكن التراجع عن هذا.
merge-what-ballots = في الاستطلاعات والميزانيات التي لا تزال مفتوحة، وفي المحادثات، يُحتفظ بأحدث بطاقة أو صوت من الاثنين؛ ويُزال الآخر.
merge-what-posts = تنتقل الأفكار والتعليقات والعبارات والتأييدات والمقترحات والإشعارات إلى الحساب المحتفظ به.
merge-what-retired = يغادر الحساب الموقوف المجتمع ولا يعود بإمكانه تسجيل الدخول. يسجل سجل التدقيق الدمج ويبقى يذكره بما فعله.
merge-what-sealed = في الاستطلاعات والميزانيات المغلقة بالفعل، لم تعد البطاقات مرتبطة بأحد: إن صوّت الحسابان كلاهما، تبقى البطاقتان محسوبتين. يخبرك الدمج بعددها.
merge-field-keep = الحساب المحتفظ به
merge-keep-hint = يحتفظ بدوره ومجموعته وطريقة تسجيل دخوله.
merge-field-retire = الحساب الموقوف
merge-retire-hint = ينتقل كل ما فعله إلى الحساب المحتفظ به.
merge-choose = اختر عضوًا
merge-option = { $name } · { $group } · انضم في { $joined } · رقم { $number }
merge-submit = ادمج الحسابين
merge-done = دُمج الحسابان.
merge-done-ballots = { $count ->
    [0] لم يكن في أي استطلاع أو ميزانية مفتوحة بطاقات من الحسابين كليهما.
    [one] في استطلاع أو ميزانية مفتوحة واحدة صوّت الحسابان: احتُفظ بأحدث بطاقة.
   *[other] في { $count } من الاستطلاعات والميزانيات المفتوحة صوّت الحسابان: احتُفظ بأحدث بطاقة في كل منها.
}
merge-done-sealed = { $count ->
    [one] في استطلاع أو ميزانية مغلقة واحدة صوّت الحسابان: تبقى البطاقتان محسوبتين، إذ لم يعد ممكنًا التمييز بينهما.
   *[other] في { $count } من الاستطلاعات والميزانيات المغلقة صوّت الحسابان: تبقى البطاقتان محسوبتين، إذ لم يعد ممكنًا التمييز بينهما.
}
invitations-signin = رابط تسجيل دخول إلى حساب العضو الخاص
cli-error-trusted-proxies = "{ $entry }" ليس عنوانًا أو شبكة لـ --trusted-proxies. استخدم عناوين وشبكات مفصولة بفواصل، مثل 10.0.0.0/8,192.0.2.7.
email-reset-subject = اختر كلمة مرور جديدة
email-reset-body = مرحبًا { $name }، طلب أحدهم (نأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك. لاختيار كلمة جديدة، افتح هذا الرابط خلال ساعة:
    { $link }
    إن لم تكن أنت، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.
email-password-changed-subject = تغيرت كلمة مرورك
email-password-changed-body = مرحبًا { $name }، تغيرت كلمة مرور حسابك للتو، وسُجّل الخروج من كل جهاز كان مسجل الدخول إليه. إن لم تكن أنت، فاطلب إعادة تعيين كلمة المرور فورًا وأبلغ مدرستك.
email-address-in-use-subject = حاول أحدهم استخدام هذا العنوان
email-address-in-use-body = مرحبًا { $name }، طلب شخص مسجل الدخول إلى حساب آخر استخدام عنوان البريد الإلكتروني هذا، وهو عنوانك بالفعل. لم يتغير شيء. إن كان لديك حسابان، يمكن لمسؤول دمجهما.
email-confirm-address-subject = أكّد عنوان دخولك الجديد
email-confirm-address-body = مرحبًا { $name }، لتسجيل الدخول بهذا العنوان من الآن فصاعدًا، افتح هذا الرابط خلال يوم:
    { $link }
    إن لم تطلب هذا، فتجاهل هذه الرسالة: لن يتغير شيء.
email-address-change-asked-subject = طُلب عنوان دخول جديد
email-address-change-asked-body = مرحبًا { $name }، طلب شخص مسجل الدخول إلى حسابك تسجيل الدخول بعنوان جديد. لا يتغير إلا إذا فُتح رابط أُرسل إلى ذلك العنوان. إن لم تكن أنت، فغيّر كلمة مرورك فورًا.
email-address-changed-subject = تغير عنوان دخولك
email-address-changed-body = مرحبًا { $name }، أصبح حسابك يسجل الدخول بالعنوان { $email } وليس بهذا العنوان. إن لم تكن أنت، فأبلغ مدرستك فورًا.
flash-second-factor-expired = استغرق تسجيل الدخول وقتًا طويلًا أو كثرت الرموز الخاطئة. يرجى تسجيل الدخول مرة أخرى.
flash-second-factor-off = التحقق بخطوتين متوقف.
second-factor-code-title = أدخل رمزك
second-factor-code-lead = يطلب حسابك رمزًا إضافة إلى كلمة المرور. افتح تطبيق المصادقة واكتب الرمز الذي يعرضه لهذا الموقع.
second-factor-field-code = الرمز
second-factor-code-hint = ستة أرقام من تطبيقك، أو أحد رموز الاسترداد.
second-factor-throttled = رموز خاطئة كثيرة جدًا لهذا الحساب. انتظر { $minutes } دقيقة وحاول مرة أخرى.
second-factor-title = التحقق بخطوتين
second-factor-on = التحقق بخطوتين يعمل: تكتب رمزًا من تطبيقك بعد كلمة المرور.
second-factor-codes-left = { $count ->
    [one] بقي رمز استرداد واحد.
    [two] بقي رمزا استرداد.
   *[other] بقي { $count } من رموز الاسترداد.
}
second-factor-new-codes = أنشئ رموز استرداد جديدة
second-factor-turn-off = أوقف التحقق بخطوتين
second-factor-off = التحقق بخطوتين متوقف. شغّله ليُطلب رمز من تطبيق على هاتفك بعد كلمة المرور، حتى لا تكفي كلمة مرور مسروقة.
second-factor-set-up = اضبط التحقق بخطوتين
second-factor-needs-password = عيّن كلمة مرور أولًا؛ يطلب التحقق بخطوتين رمزًا بعدها.
second-factor-setup-title = اضبط التحقق بخطوتين
second-factor-setup-scan = في تطبيق مصادقة (أي تطبيق للرموز لمرة واحدة)، أضف حسابًا بمسح هذا الرمز.
second-factor-qr-label = رمز QR لتطبيق المصادقة
second-factor-setup-type = أو اكتب هذا المفتاح في التطبيق:
second-factor-confirm = شغّله
second-factor-codes-title = رموز الاسترداد الخاصة بك
second-factor-codes-lead = احفظها في مكان آمن بعيدًا عن هاتفك. كل منها يعمل مرة واحدة بدل الرمز إن فقدت هاتفك. تظهر الآن فقط.
second-factor-codes-done = لقد حفظتها
settings-field-staff-second-factor = يجب على المسؤولين والميسّرين استخدام التحقق بخطوتين
settings-staff-second-factor-hint = لا يستطيع الموظفون الذين لم يضبطوه العمل في هذا المجتمع حتى يضبطوه في صفحة حساباتهم. اضبطه لنفسك أولًا.
error-code-wrong = هذا الرمز غير صحيح، أو استُخدم بالفعل. جرّب أحدث رمز من تطبيقك.
error-second-factor-required = يطلب هذا المجتمع من مسؤوليه وميسّريه استخدام التحقق بخطوتين. اضبطه في صفحة حسابك ثم عد.
error-second-factor-yourself-first = اضبط التحقق بخطوتين في حسابك أولًا، وإلا فستُغلق الباب على نفسك.
second-factor-already-on = التحقق بخطوتين يعمل بالفعل.
second-factor-not-started = ابدأ الضبط من جديد من صفحة حسابك.
second-factor-is-off = التحقق بخطوتين متوقف.
second-factor-expired = استغرق تسجيل الدخول وقتًا طويلًا أو كثرت الرموز الخاطئة. يرجى تسجيل الدخول مرة أخرى.
audit-action-account-recovery-codes = أُنشئت رموز استرداد جديدة
audit-action-account-second-factor-on = شُغّل التحقق بخطوتين
audit-action-account-second-factor-off = أُوقف التحقق بخطوتين

# tandem audit verify
cli-audit-intact = { $count ->
        [one] سجل التدقيق سليم: إدخال واحد.
       *[other] سجل التدقيق سليم: { $count } إدخالات، كل منها مختوم بالذي قبله.
    }
    الأحدث: { $position }:{ $head }
    دوّن هذا السطر في مكان ما خارج قاعدة البيانات (محضر، رسالة إلى المجلس) وقدّمه لفحص لاحق بـ --anchor: حينها ستظهر أي إعادة كتابة للسجل قبل ذلك الإدخال.
cli-audit-gap = سجل التدقيق مكسور عند الإدخال { $id }: ينبغي أن يأتي الموضع { $expected } تاليًا، لكن الموجود هو { $found } (أُزيل إدخال أو نُقل).
cli-audit-link = سجل التدقيق مكسور عند الإدخال { $id } (الموضع { $seq }): لم يعد يتبع الإدخال الذي قبله.
cli-audit-contents = سجل التدقيق مكسور عند الإدخال { $id } (الموضع { $seq }): تغير محتواه بعد كتابته.
cli-audit-head = سجل التدقيق مكسور في نهايته: سجلت قاعدة البيانات { $head } إدخالات، والسلسلة تحتوي { $last } (أُزيلت إدخالات من النهاية أو أُضيفت إليها).
cli-audit-unsealed = يحتوي سجل التدقيق على { $count } إدخالات كُتبت خارج Tandem، بلا مكان في السلسلة.
cli-audit-anchor = أُعيدت كتابة سجل التدقيق: الموضع { $seq } لم يعد يحمل البصمة المدونة له.
cli-audit-bad-anchor = "{ $anchor }" ليس مرساة. قدّم سطرًا طبعه فحص، مثل 120:9f86d08…، مع البصمة كاملة من 64 حرفًا.

audit-chain-title = سجل مختوم
audit-chain-lead = { $count ->
        [one] كل إدخال على هذا الموقع مختوم بالذي قبله، فيظهر أي تغيير أو حذف أو إدراج عند فحص السجل. يحتوي سجل الموقع على إدخال واحد.
       *[other] كل إدخال على هذا الموقع مختوم بالذي قبله، فيظهر أي تغيير أو حذف أو إدراج عند فحص السجل. يحتوي سجل الموقع على { $count } إدخالات.
    }
audit-chain-latest = لكي تظهر أي إعادة كتابة لاحقة أيضًا، دوّن هذا السطر في مكان ما خارج Tandem (في المحضر، في رسالة إلى المجلس)؛ ويفحصه من يشغّل الخادم بالأمر tandem audit verify --anchor:

# tandem backup / restore
cli-backup-done = نُسخ احتياطيًا { $rows } صفًا من { $tables } جدولًا إلى { $path }.
cli-backup-checked = { $path } نسخة احتياطية كاملة: { $rows } صفًا من { $tables } جدولًا.
cli-restore-done = استُعيد { $rows } صفًا في { $tables } جدولًا من { $path }.
cli-backup-not-a-backup = { $path } ليس نسخة احتياطية من Tandem.
cli-backup-damaged = { $path } تالف عند السطر { $line }؛ لم يُستعد شيء.
cli-backup-truncated = { $path } ينتهي مبكرًا (قُطعت النسخة الاحتياطية)؛ لم يُستعد شيء.
cli-backup-checksum = { $path } لا يطابق مجموعه الاختباري (تغير بعد كتابته)؛ لم يُستعد شيء.
cli-backup-newer = صُنعت هذه النسخة الاحتياطية بإصدار أحدث من Tandem (المخطط { $backup }؛ وهذا يعرف حتى { $known }). استعدها بذلك الإصدار أو بإصدار لاحق.
cli-backup-unknown = تحتوي النسخة الاحتياطية على { $what }، وهو غير موجود في قاعدة البيانات هذه؛ لم يُستعد شيء.
cli-restore-target-ahead = قاعدة البيانات تلك أعدها بالفعل إصدار أحدث من Tandem (المخطط { $target }، ومخطط النسخة { $backup }). استعد في قاعدة بيانات جديدة فارغة.
cli-restore-not-empty = قاعدة البيانات تلك تحتوي بالفعل على مجتمعات أو أشخاص. استعد في قاعدة بيانات جديدة فارغة.
cli-restore-audit-broken = استُعيدت الصفوف، لكن سجل التدقيق الذي أعادته لا يجتاز الفحص؛ شغّل tandem audit verify لترى أين.

error-date-range = أدخل تاريخًا بين عامي 1900 و2200.
error-json-object = يجب أن يكون نص الطلب كائن JSON بحقول مسماة.
error-utf8 = يحتوي الطلب على نص غير صالح بترميز UTF-8.

table-region = جدول: { $caption }

## Confirmation before irreversible or public steps (issue 12)
confirm-back = لا، عُد
confirm-reason = السبب المذكور:
confirm-charter-title = هل تنشر الميثاق؟
confirm-charter-lead = سيرى الميثاقَ كل من يستطيع قراءة هذه المبادرة، ويصبح القاعدة التي تتبعها المشاركة. التغييرات اللاحقة تنشئ إصدارًا جديدًا مع سبب؛ ويبقى هذا الإصدار مسجلًا.
confirm-charter-button = نعم، انشر الميثاق
confirm-poll-close-title = هل تغلق هذا الاستطلاع الآن؟
confirm-poll-close-lead = لن يستطيع أحد التصويت أو تغيير بطاقته، وستُحسب النتيجة وتُعرض. لا يمكن إعادة فتح استطلاع مغلق.
confirm-poll-close-button = نعم، أغلق الاستطلاع
confirm-poll-cancel-title = هل تلغي هذا الاستطلاع؟
confirm-poll-cancel-lead = لن يستطيع أحد التصويت، ولن تُحسب أي نتيجة، وتبقى كل البطاقات سرية. لا يمكن إعادة فتح استطلاع ملغى.
confirm-poll-cancel-button = نعم، ألغِ الاستطلاع
confirm-hide-title = هل تخفي هذا المنشور؟
confirm-hide-lead = لن يراه القراء بعد الآن؛ ويُبلَّغ كاتبه بالسبب. يبقى مسجلًا ويمكن لميسّر إظهاره مرة أخرى.
confirm-hide-button = نعم، أخفِه
confirm-initiative-title = هل تنشر هذه المبادرة؟
confirm-initiative-lead-public = سيتمكن أي أحد من قراءتها دون تسجيل الدخول. حتى الآن لم يكن يراها إلا الميسّرون والمسؤولون.
confirm-initiative-lead-members = سيتمكن كل أعضاء المجتمع من قراءتها. حتى الآن لم يكن يراها إلا الميسّرون والمسؤولون.
confirm-initiative-button = نعم، انشرها
initiative-draft = مسودة
initiative-draft-notice = هذه المبادرة مسودة: لا يراها إلا الميسّرون والمسؤولون. انشرها عندما تكون جاهزة للمجتمع.
initiative-publish = انشر المبادرة
flash-initiative-published = نُشرت المبادرة.
error-initiative-draft = لا يمكن فتح المشاركة ما دامت المبادرة مسودة: انشرها أولًا.
error-initiative-published = هذه المبادرة منشورة بالفعل.
audit-action-initiative-publish = نُشرت مبادرة

## Where a community is: time zone and locale (issue 12)
settings-field-time-zone = المنطقة الزمنية
settings-time-zone-hint = المنطقة الزمنية للمجتمع باسمها في IANA: America/New_York، America/Chicago، America/Los_Angeles، Europe/London، Europe/Madrid. التواريخ المكتوبة في النماذج أيام هناك، وكل وقت يُعرض على ساعتها.
settings-field-locale = الإعدادات المحلية
settings-locale-hint = كيف تُكتب التواريخ والأوقات والأرقام والمبالغ لقراء لغة هذه الإعدادات.
locale-en-US = الإنجليزية (الولايات المتحدة): Dec 25, 2026 · 4:30 PM · $18,000.50
locale-en-GB = الإنجليزية (المملكة المتحدة): 25 Dec 2026 · 16:30 · £18,000.50
locale-es-ES = الإسبانية (إسبانيا): 25 dic 2026 · 16:30 · 18.000,50 €
locale-es-MX = الإسبانية (المكسيك): 25 dic 2026 · 4:30 PM · $18,000.50
locale-es-US = الإسبانية (الولايات المتحدة): 25 dic 2026 · 4:30 PM · $18,000.50
locale-ar = العربية: 25 ديسمبر 2026 · 16:30 · 18,000.50 $
error-time-zone = أدخل منطقة زمنية باسمها في IANA، مثل America/New_York أو Europe/Madrid.

## Plain words for results, and the glossary's methods and levels (issue 12)
glossary-section-core = العمل معًا
glossary-section-deciding = طرق اتخاذ القرار
glossary-section-budgets = طرق توزيع الميزانية
glossary-section-levels = مستويات التأثير
glossary-link = ماذا يعني هذا؟
glossary-poll-plurality-title = الأغلبية النسبية
glossary-poll-plurality-body = يختار كل شخص خيارًا واحدًا. يفوز الخيار الذي اختاره أكبر عدد من الناس، حتى لو كانوا أقل من نصفهم.
glossary-poll-approval-title = الموافقة
glossary-poll-approval-body = يعلّم كل شخص كل خيار يمكنه التعايش معه. يفوز الخيار الذي علّمه أكبر عدد من الناس، فيأتي أولًا الخيار الذي يقبله معظم الناس.
glossary-poll-score-title = النقاط
glossary-poll-score-body = يعطي كل شخص كل خيار من 0 إلى 5 نقاط. تُجمع النقاط ويفوز الخيار صاحب أعلى مجموع، فتُحسب شدة شعور الناس أيضًا.
glossary-poll-borda-title = عدّ بوردا
glossary-poll-borda-body = يرتب كل شخص الخيارات. يحصل كل خيار على نقطة عن كل خيار وضعه المصوّت تحته؛ ويفوز الخيار صاحب أكثر النقاط. يكافئ الخيارات التي يضعها كثيرون في مرتبة عالية، لا في المرتبة الأولى فقط.
glossary-poll-irv-title = الجولة الفورية
glossary-poll-irv-body = يرتب كل شخص الخيارات. تُحسب الخيارات الأولى؛ إن لم يحصل أي خيار على أكثر من النصف، يُستبعد الخيار صاحب الأقل وتُحسب بدلًا منه الخيارات التالية لمصوّتيه. يتكرر ذلك حتى يحصل خيار على أكثر من نصف البطاقات التي لا تزال تُحسب.
glossary-poll-schulze-title = شولتزه
glossary-poll-schulze-body = يرتب كل شخص الخيارات. يُقارن كل زوج من الخيارات: يتفوق خيار على آخر عندما يضعه عدد أكبر من الناس أعلى منه. يفوز الخيار الذي يتفوق على كل الخيارات الأخرى؛ وعندما تدور الانتصارات في دائرة، تحسم أطول سلاسل الانتصارات القوية.
glossary-poll-consent-title = القبول
glossary-poll-consent-body = يرد الناس على مقترح واحد: موافقة، أو تنحٍّ، أو عدم موافقة، أو اعتراض بالرفض مع سبب. يُقر ما لم يعترض عليه أحد بالرفض؛ والاعتراض بالرفض يعني "هذا سيسبب ضررًا"، لا "أفضّل شيئًا آخر".
glossary-budget-greedy-title = الأكثر أصواتًا أولًا
glossary-budget-greedy-body = تُمول المشروعات بترتيب عدد من اختاروها، كل منها إن كان المال المتبقي لا يزال يغطيه. بسيطة، لكن مجموعة كبيرة قد تأخذ الميزانية كلها.
glossary-budget-equal-shares-title = الحصص المتساوية
glossary-budget-equal-shares-body = يُوزَّع المال بالتساوي بين المصوّتين. يُمول المشروع عندما يستطيع من اختاروه دفع تكلفته معًا من حصصهم، بدءًا بالمشروعات الأقل تكلفة على كل داعم. عندما يستنفد داعمو مشروع حصتهم لا يُمول، مهما كانت شعبيته: هكذا تحصل كل مجموعة على نصيب عادل من الميزانية.
glossary-level-inform-title = الإعلام
glossary-level-inform-body = أدنى مستوى من التأثير: يُبلَّغ الناس بما تقرر ولماذا، ولا يستطيعون تغييره. يقول الميثاق ذلك مسبقًا، حتى لا تُطلب آراء لن تُحسب.
glossary-level-consult-title = الاستشارة
glossary-level-consult-body = تُطلب آراء الناس وتؤخذ في الحسبان قبل أن يقرر الموظفون، ثم يبلغ الموظفون كيف استُخدمت الآراء.
glossary-level-involve-title = الإشراك
glossary-level-involve-body = يعمل الناس مع الموظفين طوال الوقت، حتى تُفهم مخاوفهم وتنعكس في الخيارات المدروسة.
glossary-level-collaborate-title = التعاون
glossary-level-collaborate-body = يقرر الناس والموظفون معًا: تُشكَّل الخيارات والاختيار بصورة مشتركة.
glossary-level-empower-title = التمكين
glossary-level-empower-body = أعلى مستوى من التأثير: يتخذ المجتمع القرار، وتنفذه المدرسة أو المنطقة التعليمية.
result-plain-heading = ماذا حدث
result-detail-heading = العد بالتفصيل
irv-round-majority = الجولة { $round }: حصل { $name } على { $votes } من { $active } بطاقة لا تزال تُحسب، أي أكثر من النصف، ففاز.
irv-round-last = الجولة { $round }: حصل { $names } على أكثر البطاقات الـ { $active } التي لا تزال تُحسب بعد استبعاد كل الخيارات الأخرى.
irv-round-removed = الجولة { $round }: لم يحصل أي خيار على أكثر من نصف البطاقات الـ { $active } التي لا تزال تُحسب. حصل { $names } على الأقل { $count ->
    [one] فاستُبعد
   *[other] فاستُبعدت
 }؛ وحُسبت الخيارات التالية لمصوّتيه في الجولة التالية.
irv-exhausted = { $count ->
    [one] بطاقة واحدة لم يبق فيها خيار
    [two] بطاقتان لم يبق فيهما خيار
   *[other] { $count } بطاقات لم يبق فيها خيار
 } فتوقفت عن الاحتساب.
irv-chart-title = الأصوات في كل جولة
irv-chart-desc = عمود لكل جولة وصف لكل خيار؛ الخيار المستبعد في جولة لا عمود له بعدها. والجدول أدناه يعطي الأرقام نفسها.
irv-removed-mark = مستبعد
schulze-beats = { $winner } يتفوق على { $loser }: { $for } وضعوا { $winner } أعلى، و{ $against } وضعوا { $loser } أعلى.
schulze-ties = { $a } و{ $b } متعادلان: { $count } لكل منهما.
schulze-condorcet = { $name } يتفوق على كل خيار آخر في المقارنة المباشرة.
schulze-cycle = لا يتفوق أي خيار على كل الخيارات الأخرى في المقارنة المباشرة: الانتصارات تدور في دائرة، فحسمت أطول سلاسل الانتصارات القوية (الجدول الثاني).
schulze-who-beats-whom = من يتفوق على من
equal-shares-plain = وُزّع مبلغ { $budget } بالتساوي بين { $voters } مصوّتًا، نحو { $share } لكل منهم. مُوّل المشروع عندما استطاع من اختاروه دفع تكلفته معًا من حصصهم، بدءًا بالمشروعات الأقل تكلفة على كل داعم؛ ولم تُمول المشروعات التي استنفد داعموها حصتهم.
greedy-plain = مُوّلت المشروعات بترتيب عدد من اختاروها، كل منها إن كان المال المتبقي لا يزال يغطيه.

## Spreadsheet downloads (issue 12)
export-download = نزّل كجدول بيانات (CSV)
export-download-stakeholders = نزّل الخريطة كجدول بيانات (CSV)
export-download-approvals = نزّل الموافقات كجدول بيانات (CSV)
export-yes = نعم
export-no = لا
export-col-id = الرقم
export-col-posted = تاريخ النشر
export-col-kind = النوع
export-col-title = العنوان
export-col-text = النص
export-col-author = الكاتب
export-col-status = الحالة
export-col-endorsements = التأييدات
export-col-comments = التعليقات
export-col-answer = الإجابة
export-col-answered = تاريخ الإجابة
export-col-address = العنوان الإلكتروني
export-col-commitment = الالتزام
export-col-description = الوصف
export-col-percent = النسبة المنجزة
export-col-ideas = الأفكار المجاب عنها
export-col-date = التاريخ
export-col-progress = التقدم
export-col-name = الاسم
export-col-group = المجموعة
export-col-formal-authority = السلطة الرسمية
export-col-instrument = الأداة
export-col-influence = التأثير
export-col-stance = الموقف
export-col-suitability = الملاءمة
export-col-reason = السبب
export-col-owner = مسؤول العلاقة
export-col-who = من
export-col-due = الموعد
export-col-happened = تاريخ الحدوث
export-col-evidence = الدليل
export-col-step = الخطوة
export-col-stakeholder = صاحب المصلحة
export-col-people = الأشخاص
export-col-source = المصدر
export-col-option = الخيار
export-col-winner = الفائز
export-col-result = النتيجة
export-col-ballots = البطاقات
export-col-total = المجموع

## Pages of a list (issue 12)
ideas-showing = يُعرض { $shown } من { $total ->
    [one] فكرة واحدة
    [two] فكرتين
   *[other] { $total } فكرة
 }.
ideas-next-page = الأفكار التالية
ideas-first-page = العودة إلى الأفكار الأولى
list-showing = يُعرض { $shown } من { $total }.
list-next-page = الصفحة التالية
list-first-page = العودة إلى الصفحة الأولى
error-cursor = عنوان هذه الصفحة لم ينشئه Tandem: عد إلى الصفحة الأولى من القائمة.
error-limit-range = اطلب بين 1 و500 في كل مرة.

## Authors edit and withdraw their own posts (issue 12)
post-edit = عدّل
post-edit-hint = يمكنك تغييره حتى يؤيده أحد أو يرد عليه أو يجيب عنه ميسّر. تبقى الكلمات السابقة في سجله.
post-withdraw = اسحب
post-withdraw-reason = لماذا تسحبه؟
post-withdrawn = سحبه كاتبه: { $reason }
post-edited = عُدّل في { $date }
post-history = { $count ->
    [one] الإصدار السابق
    [two] الإصداران السابقان
   *[other] الإصدارات السابقة ({ $count })
 }
post-replaced-on = استُبدل في { $date }
flash-post-edited = حُفظت تغييراتك.
flash-post-withdrawn = سُحب، مع سببك.
error-edit-answered = لم يعد بإمكانك تغييره: أجاب عنه ميسّر. يمكنك سحبه مع ذكر السبب.
error-edit-endorsed = لم يعد بإمكانك تغييره: أيده أحدهم. يمكنك سحبه مع ذكر السبب.
error-edit-replied = لم يعد بإمكانك تغييره: رد عليه أحدهم. يمكنك سحبه مع ذكر السبب.
error-edit-withdrawn = سُحب بالفعل.
error-edit-hidden = أخفاه مشرف، لذا لا يمكن تغييره.
confirm-withdraw-title = هل تسحب منشورك؟
confirm-withdraw-lead = يبقى على الصفحة، معلّمًا بأنه مسحوب مع سببك، حتى تبقى الردود عليه مفهومة. لن يستطيع أحد تأييده أو الرد عليه بعد الآن.
confirm-withdraw-button = نعم، اسحبه
audit-action-idea-edit = عدّل كاتب فكرةٍ فكرتَه
audit-action-idea-withdraw = سحب كاتب فكرةٍ فكرتَه
audit-action-comment-edit = عدّل كاتب تعليقٍ تعليقَه
audit-action-comment-withdraw = سحب كاتب تعليقٍ تعليقَه

## Content in every family's language (issue 12)
settings-field-language = اللغة التي يُكتب بها المحتوى أولًا
settings-language-hint = تُكتب المبادرات والمواثيق والاستطلاعات والإجابات بهذه اللغة أولًا.
settings-field-languages = يُكتب أيضًا بـ
settings-languages-hint = يترجم الميسّرون نصوص كل مبادرة إلى هذه اللغات، ويراها القراء بلغتهم. علّم اللغات التي تقرؤها أسر المجتمع.
content-also-in = متاح أيضًا بـ:
translations-title = الترجمات
translations-one-language = يكتب هذا المجتمع بلغة واحدة. يمكن لمسؤول إضافة لغات أخرى في إعدادات المجتمع.
translations-lead = كل نصوص هذه المبادرة تُكتب أولًا بـ{ $original }. اكتب كلًا منها بـ{ $others }: فيراها القراء بلغتهم. المربع الفارغ يزيل الترجمة.
translations-missing = { $count ->
    [one] نص واحد من { $total } ليس
   *[other] { $count } من النصوص الـ { $total } ليست
 } بكل اللغات بعد.
translations-show-missing = اعرض الناقص فقط
translations-show-all = اعرض كل النصوص
translations-missing-badge = لم يُترجم بعد
translations-in = بـ{ $language }
translations-options-hint = خيار واحد في كل سطر، بالترتيب نفسه وبعدد الأصل نفسه.
translations-blank-hint = اتركه فارغًا لعرض الأصل.
translations-missing-notice = { $count ->
    [one] نص واحد من هذه المبادرة ليس
   *[other] { $count } من نصوص هذه المبادرة ليست
 } بعد بكل اللغات التي يقرؤها المجتمع.
translations-go = ترجمها
error-translation-options = أعطِ { $count } خيارات بالضبط، خيارًا في كل سطر، بترتيب الأصل.
translation-field-initiative-title = العنوان
translation-field-initiative-summary = الملخص
translation-field-initiative-value-statement = القيمة العامة
translation-field-charter-intro = مقدمة الميثاق
translation-field-area-title = مجال القرار
translation-field-area-final-decision-by = من يتخذ القرار النهائي
translation-field-area-fixed = ما الثابت
translation-field-area-risks = المخاطر
translation-field-area-reciprocity = ما يحصل عليه المشاركون
translation-field-phase-name = المرحلة
translation-field-poll-title = الاستطلاع
translation-field-poll-description = وصف الاستطلاع
translation-field-poll-options = خيارات الاستطلاع
translation-field-project-title = مشروع الميزانية
translation-field-project-description = وصف المشروع
translation-field-idea-response = إجابة عن فكرة
audit-action-translation-save = حُفظت ترجمة

## The language a post is written in (issue 12)
post-field-lang = اللغة التي تكتب بها
post-field-lang-hint = اكتب باللغة التي تفضلها: يرى القراء أي لغة هي.
post-written-in = مكتوب بـ{ $language }

# Issue 13: results stored at the close
audit-action-poll-recount = أُعيد فرز استطلاع
audit-action-budget-recount = أُعيد فرز ميزانية
count-record = فُرزت في { $date } من { $count } بطاقة بعد إغلاق التصويت؛ تعرض هذه الصفحة ذلك الفرز المحفوظ.
count-record-hash = بصمة SHA-256 للبطاقات المفروزة:
recount-matches = أُعيد الفرز في { $date }: البطاقات والنتيجة تطابق الفرز المحفوظ.
recount-differs = أُعيد الفرز في { $date }: إعادة الفرز لا تطابق الفرز المحفوظ. تبقى النتيجة المحفوظة حتى يراجعها مسؤولو المجتمع.
recount-button = أعد فرز البطاقات
recount-not-final = الفرز ليس نهائيًا بعد: يمكن إعادته بعد انتهاء التصويت والفرز الورقي.
decide-count-not-final = تُعرض البطاقات عندما يصبح الفرز نهائيًا.
flash-recount-matches = أُعيد الفرز: البطاقات والنتيجة تطابق الفرز المحفوظ.
flash-recount-differs = أُعيد الفرز: النتيجة لا تطابق الفرز المحفوظ. تبقى النتيجة المحفوظة، وينبغي أن يراجعها المسؤولون.
cli-recount-matches = إعادة الفرز مطابقة: { $ballots } بطاقة، بصمة SHA-256 { $hash }، فُرزت في { $date }.
cli-recount-differs = إعادة الفرز لا تطابق الفرز المحفوظ: الآن { $ballots } بطاقة (SHA-256 { $hash })، والمحفوظ { $stored } بطاقة (SHA-256 { $stored_hash }) فُرزت في { $date }.

## من يشارك (issue 14)
error-baseline-header = يجب أن يكون السطر الأول: dimension,group,count
error-baseline-row = لا يحتوي هذا السطر على الأعمدة الثلاثة dimension,group,count.
error-baseline-group-name = سمِّ الفئة بكلمات ("-" تعني "أفضّل عدم الإجابة").
error-baseline-dimension = "{ $value }" ليس بُعدًا يسجّله هذا المجتمع.
error-baseline-duplicate = "{ $value }" مذكورة مرتين في هذا البُعد.
error-baseline-too-many = يمكن أن يضم البُعد { $max } فئة على الأكثر.
error-participants-header = يجب أن يسمّي السطر الأول العمودين participant و contributions.
error-participants-missing = لا يوجد عمود "{ $value }" مع أن خط الأساس يتضمن هذا البُعد.
error-participants-extra = العمود "{ $value }" ليس بُعدًا في خط الأساس.
error-participants-row = لا يحتوي هذا السطر على عدد أعمدة السطر الأول.
error-participants-duplicate = المشارك "{ $value }" مذكور مرتين.
error-participants-group = "{ $value }" ليست فئة من { $dimension } في خط الأساس.
cli-error-csv-file = الملف { $path } غير صحيح؛ لم يُقرأ شيء:
cli-representation-dimension = { $dimension }: التباين { $dissimilarity }، غير معروف { $unknown }
cli-representation-group = { $group }: الأساس { $baseline } ({ $baseline_share })، المشاركون { $participants } ({ $share })، النسبة { $ratio }، المعدل { $rate }، نسبة الأثر { $impact }
cli-representation-group-hidden = { $group }: الأساس { $baseline } ({ $baseline_share })، المشاركون مخفيون (عدد قليل)
cli-representation-hidden = { $dimension }: غير معروض (أقل من فئتين بحجم كافٍ للعرض)
cli-representation-voice = الصوت: { $participants } مشاركًا، { $contributions } مساهمة، جيني { $gini }، هوفر { $hoover }، أعلى 10% قدّموا { $top }
cli-representation-few = الصوت: عدد المشاركين أقل من أن يُعرض.
cli-representation-alert-gap = فجوة: تشارك { $group } ({ $dimension }) بنسبة { $ratio } من أعلى معدل.
cli-representation-alert-capture = استحواذ: قدّمت { $group } ({ $dimension }) { $contributions } من المساهمات وهي { $participants } من المشاركين.
cli-representation-alert-concentration = تركّز: أعلى 10% من المساهمين قدّموا { $top } من المساهمات.
cli-representation-alert-absent = غياب: لا أحد من { $group } ({ $dimension }) يشارك.
error-baseline-duplicate-line = السطر { $line }: "{ $value }" مذكورة مرتين.
error-baseline-line = يجب أن يكون السطر { $line } اسم فئة ثم فاصلة ثم عددًا صحيحًا، مثل: العربية,120.
error-baseline-unknown-group = "{ $value }" ليس مفتاح فئة معنية ولا عنوان مدرسة في هذا المجتمع.
error-period-order = لا يجوز أن يسبق اليوم الأخير اليوم الأول.
audit-action-baseline-set = حُفظ خط الأساس للمجتمع
audit-action-baseline-remove = حُذف خط الأساس للمجتمع
audit-action-representation-settings = تغيّرت إعدادات التمثيل
section-who = من يشارك
dimension-stakeholder_group = الفئة المعنية
dimension-school = المدرسة
dimension-year_group = الصف أو المرحلة
dimension-home_language = لغة البيت
dimension-neighbourhood = الحي أو منطقة المدرسة
dimension-send = الاحتياجات التعليمية الخاصة
dimension-free_meals = الدخل المحدود (وجبات مدرسية مجانية)
dimension-ethnicity = الأصل العرقي
who-lead = من يشارك مقارنةً بمن يكوّن المجتمع، وأي الأصوات تُسمع أكثر. لا تُعرض إلا الأعداد الكبيرة بما يكفي لحماية الناس.
who-community-title = من يشارك في { $community }
who-community-lead = كل من ساهم في أي مبادرة (أفكار، تعليقات، تأييدات، أوراق اقتراع، عبارات وأصوات) مقارنةً بخط الأساس للمجتمع.
who-community-link = من يشارك في المجتمع كله
who-whole-community = المجتمع كله
who-school = المدرسة
who-focus = جزء من المبادرة
who-focus-initiative = المبادرة كلها
who-focus-ideas = لوحة الأفكار
who-focus-poll = تصويت: { $title }
who-focus-budget = ميزانية: { $title }
who-focus-conversation = حوار: { $title }
who-from = من (اليوم الأول)
who-to = إلى (اليوم الأخير)
who-show = اعرض
who-previous = وبجانبها الفترة السابقة، من { $from } إلى { $to }.
who-privacy = تُخفى الأعداد الأقل من { $threshold }، وكذلك أي عدد يتيح استنتاج عدد مخفي؛ ولا يُعرض أحد بمفرده أبدًا.
who-alerts = ما يحتاج إلى انتباه
who-no-alerts = لا شيء يحتاج إلى انتباه: لا فئة متأخرة كثيرًا ولا صوت مهيمن.
who-alert-gap = تشارك { $group } ({ $dimension }) بنسبة { $percent } من معدل الفئة الأكثر مشاركة: أقل من أربعة أخماس فجوة تستحق السدّ.
who-alert-capture = قدّمت { $group } { $contributions } من كل المساهمات وهي { $participants } فقط من المشاركين: قد تستحوذ فئة واحدة على النقاش.
who-alert-concentration = قدّم العُشر الأكثر نشاطًا { $percent } من كل المساهمات: أصوات قليلة تهيمن.
who-alert-absent = لا أحد من { $group } ({ $dimension }) يشارك، مع أنهم جزء من المجتمع.
who-act = تواصل مع هذه الفئة
who-groups = المشاركون مقارنةً بالمجتمع
who-no-baseline = ليس للمجتمع خط أساس بعد، فلا شيء للمقارنة به.
who-baselines-link = خطوط الأساس للمجتمع
who-dimension-hidden = غير معروض: أقل من فئتين فيهما { $threshold } مشاركين أو أكثر، فقد يدل أي عدد على أفراد.
who-dissimilarity = التباين: { $value } من المشاركين يلزم أن يغيّروا فئتهم ليشبهوا المجتمع
who-unknown = غير معروف أو فضّل عدم الإجابة
who-chart-title = { $dimension }: نسبة المشاركين مقارنةً بنسبة المجتمع
who-chart-desc = لكل فئة شريط ممتلئ لنسبتها بين المشاركين وشريط مُحدَّد لنسبتها في المجتمع. الجدول أدناه يعطي الأرقام نفسها.
who-legend-participants = المشاركون
who-legend-community = المجتمع
who-table-caption = { $dimension }: المشاركون مقارنةً بالمجتمع
who-col-group = الفئة
who-col-baseline = في المجتمع
who-col-baseline-share = النسبة من المجتمع
who-col-participants = المشاركون
who-col-share = النسبة من المشاركين
who-col-share-before = النسبة في الفترة السابقة
who-col-ratio = نسبة التمثيل
who-col-rate = معدل المشاركة (فترة ثقة 95%)
who-col-impact = نسبة الأثر
who-col-voice = النسبة من المساهمات
who-flag = فجوة
who-voice = أي الأصوات تُسمع
who-voice-lead = مدى توزّع المساهمات بين المشاركين بالتساوي: 0 يعني أن الجميع ساهموا بالقدر نفسه.
who-voice-few = أقل من { $threshold } مشاركين: غير معروض.
who-participants = المشاركون
who-contributions = المساهمات
who-gini = مؤشر جيني
who-hoover = النسبة التي يلزم نقلها ليساهم الجميع بالتساوي (مؤشر هوفر)
who-top10 = نسبة المساهمات من العُشر الأكثر نشاطًا
who-lorenz-title = منحنى لورنز للمساهمات
who-lorenz-desc = الناس من الأقل إلى الأكثر نشاطًا مقابل نسبتهم التراكمية من كل المساهمات. القطر المتقطع هو المساواة التامة؛ وكلما انخفض المنحنى تحته هيمنت أصوات أقل.
who-lorenz-caption = النسبة التراكمية للمساهمات حسب نسبة المشاركين
who-lorenz-x = نسبة المشاركين، الأقل نشاطًا أولًا
who-lorenz-y = نسبة المساهمات
who-sources = مصادر خط الأساس
who-settings = إعدادات التمثيل
who-settings-sensitive = اسأل عن الاحتياجات التعليمية الخاصة والدخل المحدود والأصل العرقي وقِسها
who-settings-staff-fill = يجوز للطاقم ملء ملفات التلاميذ (لا تُحتسب إلا مجمّعة)
who-settings-impact = نبّه إلى فئة تشارك بأقل من هذه النسبة المئوية من أعلى معدل
who-settings-min-baseline = لا تحكم على معدل فئة إلا إذا كان في المجتمع منها هذا العدد على الأقل
who-settings-capture-contributions = الاستحواذ: فئة واحدة تقدّم أكثر من هذه النسبة المئوية من المساهمات…
who-settings-capture-participants = …وهي أقل من هذه النسبة المئوية من المشاركين
who-settings-top10 = التركّز: العُشر الأكثر نشاطًا يقدّم أكثر من هذه النسبة المئوية
baselines-title = من يكوّن المجتمع
baselines-lead = أعداد لكل فئة في المجتمع وفي كل مدرسة، من التعداد أو السجلات المدرسية، مع مصدرها وتاريخها. إنها خط الأساس الذي تُقارن به المشاركة.
baselines-none = لم يُدخل أي خط أساس بعد.
baselines-source = المصدر: { $source }، { $date }.
baselines-remove = احذف { $name }
baselines-remove-confirm = أتحذف خط الأساس هذا؟
baselines-remove-consequence = لن تُقارن المشاركة به بعد الآن. يمكنك إدخاله من جديد متى شئت.
baselines-remove-button = نعم، احذفه
baselines-set = أدخل خط أساس
baselines-dimension = البُعد
baselines-rows = الفئات والأعداد
baselines-rows-hint = فئة في كل سطر: اسمها ثم فاصلة ثم عدد الأشخاص، مثل: العربية,120. الفئات المعنية بمفتاحها (families) والمدارس بعنوانها.
baselines-source-field = المصدر
baselines-source-hint = من أين جاءت الأعداد، مثل: التعداد المدرسي، أكتوبر 2026.
baselines-as-of = تاريخ العدّ
baselines-save = احفظ خط الأساس
baselines-import = استورد خط أساس من ملف CSV
baselines-import-lead = يجب أن يكون السطر الأول { $header }. كل بُعد في الملف يحل محل خط الأساس لذلك البُعد؛ وإن كان أي سطر خاطئًا فلا يُستورد شيء.
baselines-file = ملف CSV
baselines-import-submit = استورد
baselines-imported = { $count ->
    [one] استُوردت فئة واحدة.
   *[other] استُوردت { $count } فئة.
}
outreach-title = تواصل مع فئة
outreach-lead = أنشئ رابط دعوة لمرة واحدة لعضو جديد موجّهًا إلى فئة، لتُظهر الفترة التالية هل نجح التواصل. سجّل الاجتماعات والرسائل والمكالمات في صفحة المشاركة الخاصة بالمبادرة.
outreach-aim = موجّه إلى
outreach-submit = أنشئ الرابط
outreach-created = أعطِ هذا الرابط لشخص واحد؛ لا يظهر إلا الآن:
outreach-caption = دعوات موجّهة إلى فئات
outreach-sent = الروابط المنشأة
outreach-accepted = المقبولة
outreach-record = التواصل وجهًا لوجه —لقاء قهوة بالعربية، مكالمات من منسّق الأسر— يُحتسب أيضًا: سجّله مشاركةً في المبادرة لتظهره الخطوات الخمس الأساسية.
profile-title = عنّي
profile-lead = هذه الأسئلة اختيارية. لا تُعرض إجاباتك على أحد أبدًا، ولا على الطاقم: إنها تُحتسب مع إجابات الآخرين فقط، ليرى المجتمع هل يشارك الجميع.
profile-none = لا أسئلة بعد.
profile-prefer-not = أفضّل عدم الإجابة
profile-no-answer = بلا إجابة
who-alert-gaps = فجوات في { $dimension }: تشارك هذه الفئات بأقل من أربعة أخماس معدل الفئة الأكثر مشاركة.
who-alert-gap-group = { $group }: { $percent } من أعلى معدل
cli-error-no-school = لا توجد مدرسة "{ $slug }" في ذلك المجتمع.
profile-pupil-title = إجابات تلميذ
profile-pupil-lead = سجّل ما أخبرك به التلميذ أو أسرته. لا يُعرض ما سُجّل من قبل، ولا تُحتسب الإجابات إلا مع إجابات الآخرين. الحفظ يستبدل الإجابات السابقة عن الأسئلة التي تجيب عنها.
members-pupil-profile = سجّل إجابات "عنّي" لـ { $name }
who-record-outreach = سجّل التواصل مع فئة مشاركةً (يظهر في الخطوات الخمس الأساسية، وهنا في الفترة التالية)
who-freshness = تُعاد الأعداد كل { $seconds } ثانية على الأكثر.
who-period = من { $from } إلى { $to }
who-period-months = ترى أشهرًا تقويمية كاملة: شهر اليوم الأول الذي تختاره، وبجانبه الشهر السابق. (الفترات الحرة قد تتيح استنتاج أعداد صغيرة من الفرق.)

## الاختيار بالقرعة
sortition-csv-unreadable = لا يمكن قراءته كملف CSV ({ $detail })
sortition-csv-missing-column = لا يوجد عمود «{ $column }»
sortition-csv-bad-number = { $column }: «{ $value }» ليس عددًا صحيحًا
sortition-csv-min-above-max = { $category } = { $feature }: الحد الأدنى أكبر من الحد الأقصى
sortition-csv-duplicate-feature = { $category } = { $feature } مذكور مرتين
sortition-csv-duplicate-id = المعرّف { $id } مذكور مرتين
sortition-csv-empty-id = المعرّف فارغ
sortition-csv-unknown-feature = { $category }: «{ $value }» ليست له حصة في الفئات
sortition-csv-no-categories = لا توجد فئات
sortition-csv-no-people = لا يوجد أحد بين المرشحين
sortition-csv-too-many = أكثر من { $max } شخص
sortition-no-seats = لا توجد مقاعد لملئها.
sortition-unknown-person = لا يوجد بين المرشحين أحد بالمعرّف { $id }.
sortition-pool-too-small = { $seats } مقاعد، لكن { $available } أشخاص فقط يمكنهم الجلوس معًا (واحد من كل أسرة).
sortition-infeasible = لا توجد لجنة تستوفي كل الحصص.
sortition-infeasible-category = { $category }: مجموع الحدود الدنيا { $min } ومجموع الحدود القصوى { $max }، لعدد { $seats } مقاعد.
sortition-infeasible-relax = أصغر تغيير: { $category } = { $feature } من { $min }–{ $max } إلى { $new_min }–{ $new_max }.
sortition-solver = تعذّر على أداة الحل أن تنتهي ({ $detail }).
cli-error-sortition = { $problem }
sortition-cli-summary = { $people } مرشحًا، { $seats } مقاعد، { $panels } لجنة في القرعة.
sortition-cli-fairness = أدنى احتمال { $min }، ومعامل جيني للاحتمالات { $gini }.
sortition-cli-level =   الاحتمال { $chance }: { $count ->
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
   *[other] { $count } شخصًا
}
sortition-cli-unselectable = ليسوا في أي لجنة تستوفي الحصص (احتمال 0): { $ids }
sortition-cli-excluded = مستبعدون: { $ids }
sortition-cli-fingerprint = بصمة القرعة: { $fingerprint }
sortition-cli-commitment = بصمة السر (انشرها قبل القرعة): { $commitment }
sortition-cli-selected = المختارون: { $ids }
sortition-cli-verified = تم التحقق: اللجنة نفسها المسجلة.
sortition-cli-bad-lottery = { $path } ليس قرعة كتبها «tandem sortition select --json».
sortition-cli-altered = لجان القرعة لا تطابق بصمتها: تم تغيير الملف.
sortition-cli-reveal-mismatch = السر لا يطابق البصمة المنشورة قبل القرعة: لم يُسحب شيء.
sortition-cli-need-seed = أعط ‎--seed، أو ‎--secret و‎--entropy.
sortition-cli-selected-mismatch = اللجنة المسحوبة ليست اللجنة المسجلة في الملف.
section-selections = بالقرعة
selections-lead = فريق تصميم أو لجنة تُختار بالقرعة، مع حصص تجعلها تشبه المجتمع: يتقدم المتطوعون، وتُنشر أعدل قرعة تسمح بها الحصص مع بصمة سرّ، ثم تُجرى القرعة علنًا حيث يستطيع أي أحد التحقق منها.
selections-none = لا يوجد اختيار بعد.
selections-seats = { $seats ->
    [one] مقعد واحد
    [two] مقعدان
    [few] { $seats } مقاعد
   *[other] { $seats } مقعدًا
}
selections-new = ابدأ اختيارًا
selections-field-title = العنوان
selections-field-purpose = ما سيفعله الفريق
selections-field-seats = المقاعد
selections-field-seats-hint = من 1 إلى { $max }.
selections-field-dimensions = الأسئلة التي تستخدمها الحصص
selections-field-dimensions-hint = الفئة والمدرسة تأتيان من العضوية؛ وتُطرح الأسئلة الأخرى على المتطوعين بشكل خاص.
selection-status-open = مفتوح للمتطوعين
selection-status-committed = نُشرت القرعة
selection-status-drawn = سُحبت القرعة
selection-status-closed = مغلق
volunteer-status-pool = بين المرشحين
volunteer-status-selected = سُحب اسمه وينتظر رده
volunteer-status-accepted = قَبِل
volunteer-status-declined = اعتذر
selection-pupil = تلميذ
selection-pupil-year = تلميذ، { $year }
selection-chance-none = –
selection-group-unknown = يفضّل عدم الإجابة
selection-volunteers = المتطوعون
selection-how = كيف تجري القرعة
selection-how-body = من بين كل القرعات على فرق تستوفي الحصص، ينشر Tandem القرعة التي يكون فيها أدنى احتمال أكبر ما يمكن، ثم الذي يليه، وهكذا (LEXIMIN). قبل القرعة ينشر الميسّر بصمة عبارة سرية؛ وعند القرعة تُرمى النرد في القاعة وتُكشف العبارة. معًا يختاران فريقًا واحدًا من القرعة المنشورة، ويمكن لأي أحد إعادة حسابه بالأمر المعروض.
selection-quotas = الحصص والمتطوعون
selection-quotas-lead = أقل وأكثر عدد من المقاعد لكل فئة، وعدد من تطوعوا واحتمال سحبهم. لا تُعرض الفئات الصغيرة للعموم.
selection-col-group = الفئة
selection-col-community = المجتمع
selection-col-quota = المقاعد
selection-col-volunteers = المتطوعون
selection-col-chance = الاحتمال
selection-draw = القرعة
selection-draw-none = لم تُنشر القرعة بعد.
selection-round = الجولة { $round }
selection-round-seats = المقاعد المسحوبة
selection-round-published = نُشرت
selection-round-commitment = بصمة السر
selection-round-fingerprint = بصمة القرعة
selection-round-min = أدنى احتمال
selection-round-gini = معامل جيني للاحتمالات
selection-round-drawn = سُحبت
selection-round-secret = السر المكشوف
selection-round-entropy = النرد
selection-round-download = تنزيل القرعة المنشورة (JSON)
selection-verify = يمكن لأي أحد التحقق من القرعة بالملف المنزَّل:
selection-panel = من سُحبت أسماؤهم
selection-me = مشاركتك
selection-me-status = حالتك: { $status }.
selection-me-number = رقمك في القرعة المنشورة: { $number }. لا يراه غيرك.
selection-me-asked = سُحب اسمك. هل ستشغل مقعدك؟
selection-accept = أقبل مقعدي
selection-decline = أعتذر
selection-withdraw = الانسحاب من المرشحين
selection-change-answers = تغيير إجاباتي
selection-volunteer = أتطوع
selection-volunteer-lead = تقدّم لتدخل القرعة. إجاباتك تحدد فقط الحصص التي تُحسب ضمنها.
selection-volunteer-private = لا أحد يرى إجاباتك: فقط أعداد لكل فئة، والفئات الصغيرة مخفية.
selection-set-quotas = تحديد الحصص
selection-min = الأقل
selection-max = الأكثر
selection-proportional = املأها بنسبة المجتمع
selection-secret = العبارة السرية
selection-secret-hint = 8 أحرف على الأقل. تُحفظ بصمتها فقط؛ احتفظ بالعبارة: ستكشفها عند القرعة.
selection-commit = أغلق التطوع وانشر القرعة
selection-commit-lead = يحصل المتطوعون على أرقامهم، وتُنشر القرعة وبصمة عبارتك السرية. لن يمكن تغيير الحصص بعد ذلك.
selection-do-draw = اسحب
selection-do-draw-lead = ارمِ النرد في القاعة، واكتب الأرقام، واكشف العبارة السرية.
selection-entropy = النرد، أرقامًا
selection-entropy-hint = 4 أرقام على الأقل؛ يمكن الفصل بينها بمسافات.
selection-replace = اسحب بدلاء
selection-replace-lead = { $count ->
    [one] هناك مقعد واحد شاغر لأن أحدهم اعتذر. يبقى من قَبِل أو لم يرد بعد؛ وقرعة جديدة للمقعد الشاغر تحترم الحصص.
   *[other] هناك { $count } مقاعد شاغرة لأن بعضهم اعتذر. يبقى من قَبِل أو لم يرد بعد؛ وقرعة جديدة للمقاعد الشاغرة تحترم الحصص.
}
selection-close = أغلق الاختيار
error-sortition-no-dimension = اختر سؤالًا واحدًا على الأقل.
error-sortition-min-above-max = الأقل أكبر من الأكثر.
error-sortition-secret-short = استخدم { $min } أحرف على الأقل.
error-sortition-entropy = اكتب { $min } أرقام على الأقل (أرقامًا فقط).
error-sortition-closed = التطوع مغلق لهذا الاختيار.
error-sortition-not-open = قرعة هذا الاختيار منشورة بالفعل.
error-sortition-nothing-to-draw = لا توجد جولة منشورة تنتظر سحبها.
error-sortition-reveal = ليس هذا السر الذي نُشرت بصمته: لم يُسحب شيء.
error-sortition-not-asked = ليس لديك مقعد ينتظر ردك.
error-sortition-nothing-to-replace = لا يوجد مقعد لملئه.
sortition-status-drawn = اختير بالقرعة
notification-selected = سُحب اسمك في القرعة: { $title }
email-selected-subject = سُحب اسمك في القرعة: { $title }
email-selected-body = سُحب اسمك في قرعة «{ $title }».

    { $text }

    يرجى قبول مقعدك أو الاعتذار: { $url }
audit-action-selection-create = بدأ اختيار بالقرعة
audit-action-selection-quotas = حُددت حصص الاختيار
audit-action-selection-commit = نُشرت قرعة الاختيار
audit-action-selection-draw = سُحبت قرعة الاختيار
audit-action-selection-respond = قُبل مقعد أو اعتُذر عنه
audit-action-selection-close = أُغلق الاختيار
flash-volunteered = أنت بين المرشحين. حُفظت إجاباتك.
flash-withdrawn = انسحبت من المرشحين.
flash-lottery-published = نُشرت القرعة وبصمة السر.
flash-drawn = تمت القرعة. يُطلب ممن سُحبت أسماؤهم القبول.
flash-answer-recorded = سُجّل ردك.
error-term-ends-before-start = يجب أن تنتهي الولاية بعد أن تبدأ.
error-term-overlaps = تتداخل هذه الولاية مع ولاية أخرى للمقعد نفسه.
error-term-limit = ستكون أكثر من { $limit } ولايات متتالية للشخص نفسه.
error-check-in-code = اكتب الرمز المكوّن من 6 أحرف الوارد في التسجيل.

## المجالس والمجموعات التوجيهية واجتماعاتها (issue 16)
bodies-title = مجالس ومجموعات { $community }
bodies-title-short = المجالس والمجموعات
bodies-lead = المجالس والمجموعات التوجيهية والفرق التي تواصل تسيير مبادرة مع من تخدمهم: من يشغل كل مقعد نيابةً عن مَن، ولأي مدة، والقواعد التي تحدد من يشغل المقاعد.
bodies-none = لا يوجد مجلس أو مجموعة بعد.
bodies-new = مجلس أو مجموعة جديدة
bodies-seats-held = { $held } من { $seats } مقاعد مشغولة
bodies-has-findings = يحتاج إلى اهتمام: انظر الملاحظات في صفحته.
bodies-field-name = الاسم
bodies-field-kind = النوع
bodies-field-purpose = الغرض
bodies-field-initiative = المبادرة
bodies-field-initiative-hint = مجالات القرار في ميثاقها هي التي يمكن لهذه الهيئة أن تملك فيها سلطة.
bodies-field-school = المدرسة
bodies-field-notice = مهلة الإشعار بالساعات
bodies-field-notice-hint = قبل كم ساعة من الاجتماع يجب نشر جدول أعماله. 72 ساعة ما لم تحدد غير ذلك.
bodies-whole-community = المجتمع كله
bodies-no-school = لا مدرسة بعينها
body-kind-school_site_council = مجلس المدرسة
body-kind-parent_council = مجلس أولياء الأمور
body-kind-pupil_council = مجلس التلاميذ
body-kind-steering_group = مجموعة توجيهية
body-kind-oversight_council = مجلس رقابة
body-kind-design_team = فريق تصميم
seat-method-election = انتخاب
seat-method-lot = بالقرعة
seat-method-appointment = تعيين
seat-method-ex_officio = بحكم المنصب
bodies-findings = ما يحتاج إلى اهتمام
bodies-breach = القاعدة «{ $rule }» غير مستوفاة: { $have } مقاعد حيث يلزم { $need }.
bodies-finding-expired = { $count ->
    [one] انتهت ولاية مقعد واحد ولم يخلفه أحد.
   *[other] انتهت ولاية { $count } مقاعد ولم يخلفها أحد.
}
bodies-finding-vacancies = { $count ->
    [one] مقعد واحد شاغر منذ أكثر من 60 يومًا.
   *[other] { $count } مقاعد شاغرة منذ أكثر من 60 يومًا.
}
bodies-composition = من يمثل من
bodies-seats-table = المقاعد
bodies-no-seats = لا مقاعد بعد.
bodies-seat = المقعد
bodies-constituency = الفئة الممثَّلة
bodies-any-constituency = أي شخص
bodies-method = طريقة الاختيار
bodies-holder = شاغل المقعد
bodies-holder-by-role = تلميذ (يُذكر بدوره فقط)
bodies-term = الولاية
bodies-interests = المصالح المعلنة
bodies-interests-hint = كل ما قد يُعدّ تضاربًا في المصالح (وظيفة في المدرسة، عقد، قريب بين الموظفين). يظهر في الصفحة العامة.
bodies-no-interests = لا شيء معلن
bodies-interests-declared = معلنة (لا تظهر للتلاميذ)
bodies-alternates = الأعضاء الاحتياطيون
bodies-term-expired = انتهت الولاية منذ { $days } يومًا
bodies-vacant = شاغر منذ { $days } يومًا
bodies-pupils-by-role = التلاميذ الذين يشغلون مقاعد يظهرون بدورهم، لا بأسمائهم أبدًا.
bodies-held-by-group = المقاعد المشغولة حسب الفئة
bodies-rules = قواعد من يشغل المقاعد
bodies-no-rules = لا قاعدة معلنة.
rule-majority = { $groups } تشغل أغلبية المقاعد
rule-parity = عدد مقاعد { $first } يساوي عدد مقاعد { $second }
rule-at-least = { $count } مقاعد على الأقل لـ { $groups }
rule-kind-majority = أغلبية لبعض الفئات
rule-kind-parity = تكافؤ بين طرفين
rule-kind-at_least = عدد أدنى من المقاعد
bodies-rule-remove = حذف القاعدة
bodies-areas = مجالات القرار التي يملك فيها سلطة
bodies-no-areas = لا شيء بعد: اربط الهيئة بمبادرة ثم اختر مجالات من ميثاقها.
bodies-manage = إدارة المقاعد والقواعد
bodies-history = الولايات حتى الآن
bodies-end-term-on = اليوم الأخير
bodies-end-term = إنهاء الولاية مبكرًا
bodies-fill-from-alternate = إعطاء المقعد لأول عضو احتياطي
bodies-choose-person = اختر شخصًا
bodies-add-term = إعطاء المقعد لولاية
bodies-starts-on = يبدأ في
bodies-ends-on = ينتهي في
bodies-ends-on-hint = اتركه فارغًا لولاية المقعد البالغة { $months } شهرًا.
bodies-alternate = عضو احتياطي
bodies-add-alternate = إضافة كعضو احتياطي
bodies-selection-link = القرعة الخاصة بهذا المقعد
bodies-open-selection = اختيار شاغل المقعد بالقرعة
bodies-remove-seat = حذف المقعد
bodies-add-seat = إضافة مقعد
bodies-term-months = الولاية بالأشهر
bodies-term-limit = عدد الولايات المتتالية المسموح بها
bodies-term-limit-hint = اتركه فارغًا إن لم يكن هناك حد.
bodies-add-rule = إضافة قاعدة
bodies-rule-kind = القاعدة
bodies-rule-groups = الفئات
bodies-rule-second = الطرف الآخر (للتكافؤ فقط)
bodies-rule-second-hint = للتكافؤ: الفئات التي يجب أن تساوي مقاعدها مقاعد الفئات الأولى.
bodies-rule-count = عدد المقاعد (لـ«على الأقل» فقط)
bodies-rule-count-hint = لـ«على الأقل»: أقل عدد من المقاعد يجب أن تشغله هذه الفئات.
bodies-save-areas = حفظ مجالات القرار
bodies-edit = تعديل الهيئة
meetings-title = اجتماعات { $community }
meetings-title-short = الاجتماعات
meetings-lead = اجتماعات المجالس والمجموعات والمبادرات، بجداول أعمالها ومحاضرها. سجّل لتحصل على مكان، وأخبرنا بما تحتاجه للمشاركة.
meetings-upcoming = القادمة
meetings-past = الاجتماعات السابقة
meetings-none-upcoming = لا اجتماع قادم.
meetings-cancelled = أُلغي
meetings-calendars = التقويمات
meetings-subscribe-community = الاشتراك في كل الاجتماعات (iCalendar)
meetings-subscribe-body = الاشتراك في اجتماعات هذه الهيئة (iCalendar)
meetings-add-to-calendar = إضافة إلى تقويمي (iCalendar)
meetings-my-feed = اجتماعاتي
meetings-my-feed-lead = عنوان خاص لبرنامج التقويم لديك يضم الاجتماعات التي سجلت فيها. يستطيع قراءته كل من يملك العنوان: أنشئ عنوانًا جديدًا أو أوقفه إن تسرّب.
meetings-my-feed-new = عنوانك الخاص (يظهر الآن فقط؛ انسخه إلى برنامج التقويم):
meetings-my-feed-since = لديك عنوان خاص منذ { $date }.
meetings-my-feed-create = إنشاء عنواني الخاص
meetings-my-feed-renew = إنشاء عنوان جديد (يتوقف القديم عن العمل)
meetings-my-feed-revoke = إيقاف عنواني
meetings-new = اجتماع جديد
meetings-new-initiative = اجتماع جديد لمبادرة
meetings-field-title = العنوان
meetings-field-description = موضوعه
meetings-field-mode = طريقة المشاركة
meeting-mode-in_person = حضوريًا
meeting-mode-online = عبر الإنترنت
meeting-mode-hybrid = حضوريًا وعبر الإنترنت
meetings-field-location = المكان
meetings-field-location-hint = مطلوب للحضور: القاعة والعنوان وطريقة الدخول دون درج.
meetings-field-link = رابط الانضمام عبر الإنترنت
meetings-field-link-hint = مطلوب عبر الإنترنت: عنوان https. لا يراه إلا من لديه مكان.
meetings-field-starts = يبدأ
meetings-field-ends = ينتهي
meetings-field-zone-hint = بتوقيت المجتمع ({ $zone }).
meetings-field-capacity = الأماكن
meetings-field-reserved = أماكن محجوزة لفئة
meetings-field-reserved-hint = مثلًا نصف الأماكن للأسر التي لم تشارك بعد. والباقي مفتوح للجميع.
meetings-field-reminder = التذكير، قبل كم ساعة
meetings-field-reminder-hint = رسالة بريد إلى كل من لديه مكان. 0 لعدم التذكير.
meetings-when = الموعد
meetings-places = الأماكن
meetings-places-value = { $registered } من { $capacity } محجوزة · { $waitlisted } في الانتظار
meetings-kept-for = محجوزة لـ { $group }
meetings-kept-value = { $places } أماكن، بقي { $left }
meetings-notice-broken = لم يُنشر جدول الأعمال قبل الاجتماع بـ { $hours } ساعة كما تطلب قاعدة الإشعار لهذه الهيئة.
meetings-agenda = جدول الأعمال
meetings-agenda-not-yet = لم يُنشر جدول الأعمال بعد.
meetings-agenda-empty = لا بند بعد.
meetings-item-minutes = { $minutes } دقيقة
meetings-item-remove = حذف البند
meetings-agenda-published = نُشر في { $date }.
meetings-registration = مكانك
meetings-you-are-registered = لديك مكان.
meetings-your-code = رمز الدخول الخاص بك:
meetings-code-hint = أظهره أو اقرأه عند الباب. لا يحتوي حروفًا تشبه الأرقام.
meetings-you-are-waitlisted = أنت في قائمة الانتظار. إن شغر مكان فهو لك وسنراسلك.
meetings-cancel-registration = التخلي عن مكاني
meetings-login-to-register = سجّل الدخول للتسجيل
meetings-members-register = يمكن لأعضاء المجتمع التسجيل.
meetings-needs = ما الذي تحتاجه للمشاركة؟
meetings-needs-hint = لا يراها إلا المنظمون، وفي صورة مجاميع فقط.
access-need-interpreting = ترجمة فورية أو تحريرية
access-need-childcare = رعاية الأطفال
access-need-step_free = دخول دون درج
access-need-dietary = احتياجات غذائية
access-need-other = شيء آخر
meetings-needs-language = لغة الترجمة
meetings-needs-other = شيء آخر ينبغي أن نعرفه
meetings-register = التسجيل
meetings-join-waitlist = الانضمام إلى قائمة الانتظار
meetings-attendance = من حضر
meetings-attendance-total = المجموع
meetings-quorate = النصاب مكتمل: حضر { $present } من { $seats } مقاعد.
meetings-not-quorate = النصاب غير مكتمل: حضر { $present } من { $seats } مقاعد.
meetings-minutes = المحضر
meetings-minutes-none = لا محضر بعد.
minutes-status-none = لم يبدأ
minutes-status-draft = مسودة
minutes-status-approved = معتمد
minutes-status-published = منشور
meetings-minutes-approved-by = اعتُمد في { $date } باقتراح من { $name }
meetings-decisions = القرارات
meetings-decision-ideas = يجيب عن الأفكار { $ideas }
meetings-actions = الإجراءات
meetings-organise = التنظيم
meetings-needs-totals = احتياجات الوصول (مجاميع)
meetings-needs-none = لم يطلب أحد شيئًا بعد.
meetings-needs-language-count = الترجمة إلى { $language }: { $count }
meetings-check-in = تسجيل الدخول
meetings-check-in-code = الرمز
meetings-list = التسجيلات
meetings-person = الاسم
meetings-status = المكان
registration-status-registered = لديه مكان
registration-status-waitlisted = قائمة الانتظار
registration-status-cancelled = تخلى عن مكانه
meetings-walk-in = حضر دون تسجيل
meetings-present = حاضر
meetings-mark = تسجيل الحضور:
meetings-unmark = تسجيل الغياب:
meetings-walk-in-add = إضافة شخص حضر دون تسجيل
meetings-item-add = إضافة بند إلى جدول الأعمال
meetings-item-title = البند
meetings-item-owner = من يقوده
meetings-item-length = الدقائق
meetings-item-area = مجال القرار
meetings-no-area = لا شيء
meetings-agenda-publish = نشر جدول الأعمال
meetings-minutes-write = كتابة المحضر
meetings-minutes-summary = الملخص
meetings-decision-n = القرار { $n }
meetings-decision-text = ما تقرر
meetings-decision-ideas-field = الأفكار التي يجيب عنها
meetings-decision-ideas-hint = أرقام الأفكار مفصولة بفواصل. يظهر القرار عندئذ في «قلتم، ففعلنا».
meetings-action-n = الإجراء { $n }
meetings-action-text = ما سيُنجز
meetings-action-owner = من ينجزه
meetings-action-due = قبل
meetings-minutes-save = حفظ نسخة جديدة
meetings-minutes-approve = تسجيل الاعتماد
meetings-minutes-approve-lead = تعتمد الهيئة المحضر في اجتماع لاحق باقتراح من أحد أعضائها.
meetings-minutes-approve-later = يُعتمد المحضر في الاجتماع التالي للهيئة: حدد موعده أولًا.
meetings-approved-in = اعتُمد في الاجتماع
meetings-mover = باقتراح من
meetings-minutes-publish = نشر المحضر
meetings-edit = تعديل الاجتماع
meetings-cancel = إلغاء الاجتماع
flash-registered = لديك مكان. رمز الدخول في هذه الصفحة.
flash-waitlisted = الاجتماع ممتلئ: أنت في قائمة الانتظار.
flash-registration-cancelled = تخليت عن مكانك.
flash-checked-in = تم تسجيل الدخول.
flash-meeting-cancelled = أُلغي الاجتماع. تظهره التقويمات ملغى.
flash-agenda-published = نُشر جدول الأعمال وأُرسل إلى الأعضاء.
flash-agenda-published-late = نُشر جدول الأعمال متأخرًا عما تطلبه قاعدة الإشعار.
flash-minutes-approved = سُجّل الاعتماد.
flash-minutes-published = نُشر المحضر.
flash-feed-revoked = لم يعد عنوان تقويمك الخاص يعمل.
flash-seat-filled = يشغل أول عضو احتياطي المقعد الآن.
error-datetime-invalid = أدخل تاريخًا ووقتًا، مثل 2026-12-03 18:30.
error-link-invalid = أدخل عنوان ويب يبدأ بـ https://.
error-meeting-needs-location = حدد مكان الاجتماع.
error-meeting-needs-link = أعطِ رابط الانضمام عبر الإنترنت.
error-meeting-ends-before-start = يجب أن ينتهي الاجتماع بعد بدايته.
error-meeting-too-long = لا يتجاوز الاجتماع 24 ساعة.
error-meeting-in-past = يبدأ الاجتماع الجديد في المستقبل.
error-meeting-cancelled = هذا الاجتماع ملغى.
error-registration-closed = التسجيل مغلق: بدأ الاجتماع أو أُلغي.
error-already-registered = أنت مسجل بالفعل في هذا الاجتماع.
error-not-registered = لست مسجلًا في هذا الاجتماع.
error-reserved-over-capacity = مجموع الأماكن المحجوزة للفئات أكبر من عدد الأماكن.
error-capacity-below-registered = لدى { $count } أشخاص مكان بالفعل: يحتاج الاجتماع إلى هذا العدد على الأقل.
error-interpreting-language = حدد اللغة المطلوب الترجمة إليها.
error-check-in-unknown = لا يوجد تسجيل بهذا الرمز.
error-checked-in-already = سُجّل دخول هذا الشخص بالفعل.
error-agenda-empty = أضف بندًا واحدًا على الأقل قبل نشر جدول الأعمال.
error-agenda-published = جدول الأعمال منشور بالفعل.
error-minutes-approved = المحضر معتمد: لم يعد من الممكن تغييره.
error-minutes-no-body = لا تعتمد الهيئة إلا محضر اجتماع تابع لها.
error-minutes-not-draft = لا يُعتمد إلا محضر في حالة مسودة.
error-minutes-not-approved = لا يُنشر إلا محضر معتمد.
error-mover-not-member = يجب أن يكون المقترح عضوًا في الهيئة.
error-idea-unknown = لا توجد فكرة { $idea } في هذه المبادرة.
error-too-many-rows = { $max } صفًا على الأكثر.
error-holder-constituency = هذا الشخص ليس من الفئة التي يمثلها المقعد.
error-alternate-exists = هذا الشخص عضو احتياطي لهذا المقعد بالفعل.
error-no-alternate = لا عضو احتياطي لهذا المقعد.
error-seat-not-by-lot = لا يُختار هذا المقعد بالقرعة.
error-body-needs-initiative = اربط الهيئة بمبادرة لاختيار المقاعد بالقرعة.
error-term-end-outside = يجب أن يقع اليوم الأخير ضمن الولاية.
error-rule-exists = لدى الهيئة هذه القاعدة بالفعل.
error-rules-too-many = للهيئة 10 قواعد على الأكثر.
error-rule-sides-overlap = لا يمكن أن تكون الفئة في الطرفين.
email-meeting-promoted-subject = لديك مكان: { $title }
email-meeting-promoted-body = شغر مكان في «{ $title }» وهو لك. رمز الدخول في صفحة الاجتماع: { $url }
email-meeting-cancelled-subject = أُلغي: { $title }
email-meeting-cancelled-body = أُلغي «{ $title }» المقرر في { $text }. { $url }
email-meeting-reminder-subject = تذكير: { $title }
email-meeting-reminder-body = «{ $title }» في { $text }. رمز الدخول وجدول الأعمال: { $url }
email-agenda-subject = جدول الأعمال: { $title }
email-agenda-body = جدول أعمال «{ $title }»:

    { $text }

    { $url }
email-minutes-subject = اعتُمد المحضر: { $title }
email-minutes-body = اعتُمد محضر «{ $title }».

    { $text }

    { $url }
audit-action-body-create = أُنشئ مجلس أو مجموعة
audit-action-body-update = عُدّل مجلس أو مجموعة
audit-action-body-rules = عُدّلت قواعد التشكيل
audit-action-seat-add = أُضيف مقعد
audit-action-seat-update = عُدّل مقعد
audit-action-seat-remove = حُذف مقعد
audit-action-seat-term = أُعطي مقعد لولاية
audit-action-seat-term-end = أُنهيت ولاية مبكرًا
audit-action-seat-alternate = عُدّل الأعضاء الاحتياطيون
audit-action-seat-fill = شُغل مقعد بعضو احتياطي
audit-action-meeting-create = حُدد موعد اجتماع
audit-action-meeting-update = عُدّل اجتماع
audit-action-meeting-cancel = أُلغي اجتماع
audit-action-meeting-agenda = عُدّل جدول الأعمال
audit-action-meeting-attendance = سُجّل الحضور
audit-action-minutes-save = حُفظ المحضر
audit-action-minutes-approve = اعتُمد المحضر
audit-action-minutes-publish = نُشر المحضر
health-body-rules-broken = { $count ->
    [one] مجلس أو مجموعة في هذه المبادرة يخالف قاعدة واحدة من قواعد شغل المقاعد.
   *[other] مجالس أو مجموعات في هذه المبادرة تخالف { $count } من قواعد شغل المقاعد.
}
health-body-rules-broken-fix = اشغل المقاعد التي تطلبها القواعد
health-body-terms-expired = { $count ->
    [one] انتهت ولاية مقعد واحد ولم يخلفه أحد.
   *[other] انتهت ولاية { $count } مقاعد ولم يخلفها أحد.
}
health-body-terms-expired-fix = جدّد المقاعد أو اشغلها
health-body-vacancy-overdue = { $count ->
    [one] مقعد واحد شاغر منذ أكثر من 60 يومًا.
   *[other] { $count } مقاعد شاغرة منذ أكثر من 60 يومًا.
}
health-body-vacancy-overdue-fix = اشغل المقاعد بأعضاء احتياطيين أو بالقرعة
community-together = العمل معًا
community-together-lead = المجالس والمجموعات التي تواصل تسيير المبادرات مع الأسر والتلاميذ والموظفين، واجتماعاتها.
bodies-against-baseline = المقاعد مقارنةً بالمجتمع
bodies-against-baseline-lead = من يشغل المقاعد مقارنةً بمن يتكون منهم المجتمع ({ $source }، { $date }).
bodies-seats-held-col = المقاعد المشغولة
bodies-share-of-seats = الحصة من المقاعد
bodies-share-of-community = الحصة من المجتمع
error-seat-has-history = شُغل هذا المقعد من قبل: يُحفظ سجله، لذا لا يمكن حذفه.

## الفعاليات (issue 17)
events-title = فعاليات { $community }
events-title-short = الفعاليات
events-lead = مؤتمرات وأيام ورش عمل وأمسيات مفتوحة. اقترح جلسة ما دام باب الاقتراحات مفتوحًا، وسجّل، وأخبرنا بعدها بما نجح.
events-none = لا توجد فعاليات بعد.
events-new = إعداد فعالية
events-whole-community = المجتمع كله
events-call-open = باب اقتراح الجلسات مفتوح
events-field-kind = نوع الفعالية
events-field-summary = موضوعها
events-field-call-closes = يُغلق باب اقتراح الجلسات في
events-field-call-closes-hint = يمكن للأعضاء اقتراح جلسات حتى ذلك الحين؛ ويجب أن يُغلق قبل بدء الفعالية.
events-field-goal = هدف الجلسات التي تقودها الأسر والتلاميذ (٪)
events-field-goal-hint = ينبغي أن تزيد نسبة الجلسات التي يقودها أو يشارك في قيادتها الآباء والأمهات ومقدمو الرعاية والتلاميذ على هذا الرقم. أكثر من النصف هو 50.
events-field-criteria = معايير المراجعة
events-field-criteria-hint = معيار في كل سطر، 6 على الأكثر. إن تُرك فارغًا تقيّم اللجنة الفائدة وقيادة الأسر أو التلاميذ والقيمة العملية.
event-kind-conference = مؤتمر
event-kind-workshop_day = يوم ورش عمل
event-kind-open_evening = أمسية مفتوحة
session-format-talk = محاضرة
session-format-workshop = ورشة عمل
session-format-panel = حلقة نقاش
session-format-discussion = نقاش
session-format-activity = نشاط
lead-role-parent_carer = أحد الوالدين أو مقدم رعاية
lead-role-pupil = تلميذ أو تلميذة
lead-role-staff = من الموظفين
lead-role-partner = منظمة شريكة
proposal-status-proposed = قيد المراجعة
proposal-status-accepted = مقبولة
proposal-status-declined = غير مقبولة
proposal-status-withdrawn = مسحوبة
events-call = اقتراح الجلسات
events-call-closes = مفتوح حتى { $date }
events-call-closed = أُغلق في { $date }
events-propose-link = اقترح جلسة
events-proposals-link = الاقتراحات وقرارات اللجنة
events-report = التقرير
events-certificate = شهادة حضور
events-registration = التسجيل
events-registration-lead = سجّل في الفعالية لتحصل على رمز تسجيل الحضور؛ ويمكنك أن تذكر ما تحتاجه للمشاركة.
events-register = التسجيل في الفعالية
events-registration-manage = مكانك واحتياجات الوصول الخاصة بك
events-programme = البرنامج
events-share = { $led } من { $sessions } جلسات ({ $percent } ٪) تقودها الأسر والتلاميذ أو يشاركون في قيادتها؛ والهدف أكثر من { $goal } ٪.
events-goal-met = تحقق الهدف.
events-goal-not-met = لم يتحقق الهدف بعد.
events-programme-draft = مسودة: لا يرى الأوقات والقاعات إلا المنظمون حتى يُنشر البرنامج.
events-programme-not-yet = سيظهر البرنامج هنا بعد نشره.
events-programme-of = برنامج { $date }
events-time = الوقت
events-room = القاعة
events-session = الجلسة
events-leads = بقيادة
events-family-led = بقيادة الأسر
events-places-left = بقي { $left } من { $capacity } مكانًا
events-session-register = التسجيل في هذه الجلسة
events-accepted-unplaced = مقبولة ولم تُدرج في البرنامج بعد
events-a-pupil = تلميذ أو تلميذة
events-your-feedback = رأيك
events-feedback-lead = لقد حضرت: أخبر من قادوا الجلسة بما نجح. لا يرون النتائج إلا بعد أن يجيب 5 أشخاص، والإجابات المكتوبة من 10 فأكثر.
events-useful = ما مدى فائدتها؟
events-changed = إلى أي حد غيّرت رأيك؟
events-worked = ما الذي نجح
events-better = ما الذي يمكن تحسينه
events-scale-not-at-all = إطلاقًا
events-scale-very = كثيرًا
events-scale-a-great-deal = كثيرًا جدًا
events-scale-poor = ضعيفة
events-scale-excellent = ممتازة
events-scale-weak = ضعيف
events-scale-strong = قوي
events-choose = اختر…
events-feedback-send = أرسل رأيك
events-overall = الفعالية ككل
events-overall-question = إجمالًا، كيف كانت الفعالية؟
events-overall-comment = أي شيء آخر تود قوله للمنظمين
events-your-sessions = الآراء في جلساتك
events-answers = أجاب { $count }.
events-answers-few = أجاب أقل من { $threshold }.
events-answers-col = الإجابات
events-results-wait = تظهر النتائج بعد أن يجيب { $count } أشخاص.
events-panel = لجنة المراجعة
events-panel-lead = تقيّم اللجنة الاقتراحات وفق المعايير. ويجب أن تضم فردًا واحدًا على الأقل من الأسر وآخر من الموظفين؛ ولا يراجع الجلسة من اقترحها أو يقودها.
events-panel-members = أعضاء اللجنة
events-panel-save = حفظ اللجنة
events-rooms = القاعات
events-rooms-none = أضف قاعات قبل إدراج الجلسات.
events-room-capacity = { $capacity } مكانًا
events-room-name = اسم القاعة
events-room-add = إضافة القاعة
events-programme-publish = نشر البرنامج
events-edit = تعديل الفعالية
events-proposals-title = الجلسات المقترحة لـ { $event }
events-criteria = ما تبحث عنه اللجنة
events-propose = اقترح جلسة
events-propose-lead = يمكن لأي فرد في المجتمع اقتراح جلسة. اذكر من يقودها: هذه الفعالية تدور حول جلسات تقودها الأسر والتلاميذ أو يشاركون في قيادتها.
events-session-title = العنوان
events-session-summary = ما يجري في الجلسة
events-session-format = الشكل
events-session-minutes = المدة بالدقائق
events-session-audience = لمن هي
events-session-track = المسار
events-session-track-hint = اختياري: موضوع يجمع الجلسات في البرنامج.
events-i-lead = أنا أقود هذه الجلسة
events-my-role = دوري
events-lead-name = قائد آخر { $n }: الاسم
events-lead-role = قائد آخر { $n }: الدور
events-pupil-names-hint = لا يرى اسم التلميذ إلا أنت والمنظمون؛ ويرى الآخرون «تلميذ أو تلميذة».
events-propose-send = إرسال الاقتراح
events-proposals = الاقتراحات
events-proposals-none = لا توجد اقتراحات بعد.
events-panel-decision = قرار اللجنة
events-reviews-count = { $count } مراجعات، { $conflicts } حالات تعارض مصالح مُعلنة
events-mean-score = متوسط التقييم { $score } / 5
events-you-declared-conflict = أعلنت عن تعارض في المصالح.
events-you-reviewed = مراجعتك:
events-review = مراجعتك
events-review-comment = تعليق للجنة
events-review-send = حفظ المراجعة
events-declare-conflict = الإعلان عن تعارض في المصالح
events-withdraw = سحب الاقتراح
events-decide = تسجيل قرار اللجنة
events-decision = القرار
events-decision-reason = السبب (يقرؤه الجميع)
events-place = إدراج في البرنامج
events-move = نقل في البرنامج
events-capacity-hint = الفراغ يعني عدد أماكن القاعة.
events-report-title = التقرير: { $event }
events-report-draft = مسودة: لا يراها إلا المنظمون حتى يُنشر التقرير.
events-sessions-side-by-side = الجلسات جنبًا إلى جنب
events-results-rule = تظهر الأرقام من { $scales } إجابات؛ والإجابات المكتوبة من { $text } فقط، للمنظمين ولمن يقودون الجلسة.
events-report-csv = تنزيل البرنامج والنتائج (CSV)
events-report-publish = نشر التقرير
events-certificate-text = شارك { $name } في { $event } الذي نظمه { $community }.
events-certificate-sessions = الجلسات التي حضرها
events-certificate-print = اطبع هذه الصفحة أو احفظها بصيغة PDF.
events-back-to-event = جزء من فعالية: العودة إلى برنامجها
events-meeting-managed = هذا الاجتماع جزء من فعالية: عدّله من برنامج الفعالية.
event-report-line = { $sessions } جلسات، منها { $led } تقودها الأسر والتلاميذ أو يشاركون في قيادتها ({ $percent } ٪، والهدف أكثر من { $goal } ٪).
event-report-rating = قيّم { $count } مشاركين الفعالية بـ { $rating } من 5.
error-call-after-start = يجب أن يُغلق باب اقتراح الجلسات قبل بدء الفعالية.
error-event-too-long = تستمر الفعالية { $days } أيام على الأكثر.
error-call-closed = باب اقتراح الجلسات مغلق.
error-session-needs-lead = اذكر من يقود الجلسة: ضع علامة على «أنا أقود هذه الجلسة» أو اذكر اسم قائد.
error-review-conflict = لا يمكنك مراجعة هذا الاقتراح: أعلنت عن تعارض في المصالح، أو أنك اقترحته أو تقوده.
error-proposal-decided = صدر قرار في هذا الاقتراح أو سُحب.
error-panel-not-mixed = تحتاج اللجنة إلى فرد من الأسر وآخر من الموظفين على الأقل قبل أن تقرر.
error-proposal-not-reviewed = لم يراجع أحد من اللجنة هذا الاقتراح بعد.
error-proposal-not-accepted = لا تُدرج في البرنامج إلا الجلسات المقبولة.
error-room-exists = توجد قاعة بهذا الاسم.
error-session-outside-event = يجب أن تقع الجلسة ضمن أوقات الفعالية.
error-clash-room = القاعة مشغولة حينها بـ «{ $session }».
error-clash-lead = { $name } يقود «{ $session }» في ذلك الوقت.
error-programme-empty = أدرج جلسة واحدة على الأقل قبل نشر البرنامج.
error-programme-published = البرنامج منشور بالفعل.
error-feedback-not-attended = لا يبدي رأيه إلا من سُجّل حضوره.
error-feedback-given = لقد أبديت رأيك في هذا بالفعل.
error-certificate-not-attended = الشهادة لمن سُجّل حضورهم.
error-event-not-over = يمكن نشر التقرير بعد انتهاء الفعالية.
error-report-published = التقرير منشور بالفعل.
error-meeting-of-event = هذا الاجتماع جزء من فعالية: عدّله من برنامج الفعالية.
email-proposal-accepted-subject = قُبلت جلستك: { $title }
email-proposal-declined-subject = اقتراح جلستك: { $title }
email-proposal-decided-body = قررت اللجنة بشأن «{ $title }». السبب: { $text } { $url }
flash-proposal-sent = أُرسل اقتراحك إلى اللجنة.
flash-proposal-withdrawn = سُحب اقتراحك.
flash-review-saved = حُفظت مراجعتك.
flash-conflict-declared = سُجّل تعارض المصالح؛ لن تراجع هذا الاقتراح.
flash-decision-saved = سُجّل القرار وأُبلغ مقدم الاقتراح.
flash-programme-published = نُشر البرنامج.
flash-report-published = نُشر التقرير.
flash-feedback-thanks = شكرًا على رأيك.
audit-action-event-create = أُعدّت فعالية
audit-action-event-update = عُدّلت فعالية
audit-action-event-panel = سُمّيت لجنة المراجعة
audit-action-event-room = أُضيفت قاعة
audit-action-event-programme = نُشر البرنامج
audit-action-event-report = نُشر تقرير الفعالية
audit-action-proposal-create = اقتُرحت جلسة
audit-action-proposal-withdraw = سُحب اقتراح جلسة
audit-action-proposal-review = رُوجع اقتراح جلسة
audit-action-proposal-decide = صدر قرار في اقتراح جلسة
audit-action-session-place = أُدرجت جلسة في البرنامج

## الإجراءات المشتركة (issue 17)
actions-title = من يفعل ماذا
actions-lead = إجراءات تتولاها الأسر والتلاميذ والموظفون معًا: لكل منها مسؤولون من { $count } فئات على الأقل، وموعد، وقائمة تحدد متى يكتمل. التقدم هو تقدم القائمة.
actions-none = لا توجد إجراءات بعد.
actions-open-count = { $count ->
    [one] إجراء واحد مفتوح.
   *[other] { $count } إجراءات مفتوحة.
}
actions-due = الموعد { $date }
actions-overdue = متأخر
actions-progress = أُنجز { $done } من { $total }
actions-progress-of = تقدم «{ $title }»
actions-owners = المسؤولون
actions-from = مصدره
actions-no-source = لا شيء محدد
action-status-open = مفتوح
action-status-done = مكتمل
action-status-dropped = متروك
action-source-minutes = محضر
action-source-idea = فكرة
action-source-session = جلسة المؤتمر
action-source-commitment = التزام
actions-new = إضافة إجراء
actions-field-title = ما الذي سيُنجز
actions-field-description = التفاصيل
actions-field-due = الموعد النهائي
actions-field-checklist = متى يكتمل
actions-field-checklist-hint = بند في كل سطر؛ التقدم هو عدد البنود المؤشر عليها.
actions-field-owner = المسؤول { $n }
actions-field-owners-hint = من { $count } فئات مختلفة على الأقل، مثل أحد الوالدين وأحد الموظفين.
actions-field-source = مصدره
actions-rule = المسؤولون
actions-field-min-groups = عدد الفئات التي يجب أن يأتي منها مسؤولو كل إجراء
actions-field-min-groups-hint = من 1 إلى { $max }؛ 2 تعني فئتين على الأقل، مثل الأسر والموظفين.
actions-checklist = القائمة
actions-item-done = أُنجز
actions-tick = تأشير كمنجز
actions-untick = تأشير كغير منجز
actions-complete = إكمال الإجراء
actions-complete-lead = كل البنود مؤشر عليها. اذكر ما يثبت اكتماله: سيظهر في «قلتم، فعلنا».
actions-evidence = الدليل
actions-evidence-hint = جملة أو رابط يمكن لأي أحد التحقق منه.
error-due-in-past = يجب أن يكون الموعد اليوم أو بعده.
error-checklist-empty = اكتب بندًا واحدًا على الأقل يحدد متى يكتمل.
error-owners-needed = اختر المسؤولين.
error-owners-constituencies = يجب أن يأتي المسؤولون من { $count } فئات مختلفة على الأقل.
error-checklist-not-done = أشّر على كل بنود القائمة أولًا.
error-action-closed = هذا الإجراء مغلق.
flash-item-done = أُشّر عليه.
flash-item-undone = أُزيل التأشير.
flash-action-done = اكتمل الإجراء وظهر في «قلتم، فعلنا».
health-actions-overdue = { $count ->
    [one] إجراء مشترك واحد تجاوز موعده.
   *[other] { $count } إجراءات مشتركة تجاوزت موعدها.
}
health-actions-overdue-fix = عرض من يفعل ماذا
email-action-owner-subject = أنت من مسؤولي إجراء: { $title }
email-action-owner-body = تتولى أنت وآخرون «{ $title }»، وموعده { $text }. قائمته: { $url }
email-action-overdue-subject = متأخر: { $title }
email-action-overdue-body = كان موعد «{ $title }» في { $text } ولم يكتمل بعد. أشّر على ما أُنجز أو أخبر شركاءك: { $url }
audit-action-action-create = أُضيف إجراء
audit-action-action-tick = تغيرت قائمة إجراء
audit-action-action-close = أُغلق إجراء
audit-action-action-rule = تغيرت قاعدة المسؤولين

## جداول المشاركة في التنفيذ (issue 17)
roles-title = الأدوار والمناوبات
roles-lead = طرق للمساعدة في تنفيذ هذه المبادرة، يذكر كل منها ما يطلبه وما تحصل عليه بالمقابل. سجّل في مناوبة؛ ويسجل الموظفون ساعاتك ويفون بما وُعدت به.
roles-none = لا توجد أدوار بعد.
roles-asks = ما يطلبه
roles-gives-back = ما تحصل عليه بالمقابل
roles-places = { $shifts } مناوبات قادمة، بقي { $left } مكانًا
roles-new = إضافة دور
roles-field-title = الدور
roles-field-description = ما يقوم به الدور
roles-field-time = الوقت الذي يطلبه
roles-field-skills = المهارات التي يطلبها
roles-field-languages = اللغات التي يطلبها
roles-field-tags-hint = افصل بينها بفواصل.
roles-field-safeguarding = يعمل البالغون في هذا الدور مع التلاميذ: يلزم فحص حماية
roles-field-pupils = يمكن للتلاميذ تولي هذا الدور، بإشراف موظف محدد
roles-field-gives-back-detail = المزيد عما يحصل عليه الناس بالمقابل
give-back-training = تدريب
give-back-certificate = شهادة
give-back-reference = خطاب توصية
give-back-credit_hours = ساعات معتمدة
roles-safeguarding-note = يعمل البالغون في هذا الدور مع التلاميذ: يسجل الموظفون فحص حماية قبل أن يسجل أحد. ولا تُعرض نتيجته أبدًا.
roles-pupils-note = يمكن للتلاميذ تولي هذا الدور في مناوبات بإشراف موظف محدد.
roles-your-time = وقتك
roles-your-hours = شكرًا: لقد قدمت { $hours } ساعات في هذا الدور.
roles-promise-kept = قُدّم
roles-promise-open = في الطريق
roles-shifts = المناوبات
roles-shifts-none = لا توجد مناوبات بعد.
roles-supervised-by = مع { $name }
roles-you-signed-up = لديك مكان في هذه المناوبة.
roles-sign-up = حجز مكان
roles-signed-up = المسجلون
roles-hours-given = { $hours } ساعات مقدمة
roles-hours-for = الساعات التي قدمها { $name }
roles-hours-hint = مثلًا 1.5
roles-record-hours = تسجيل وشكر
roles-suggestions = اقتراحات من نقاط القوة المشتركة
roles-usually-free = متفرغ عادةً حينها
roles-promises = ما وُعد به بالمقابل
roles-promised-on = منذ
roles-mark-kept = تأشير كمقدَّم
roles-add-shift = إضافة مناوبة
roles-supervisor = الموظف المشرف
roles-supervisor-hint = مطلوب حيث يشارك التلاميذ.
roles-no-supervisor = لا أحد
roles-hours-csv = تنزيل الساعات المقدمة (CSV)
strengths-link = سجّل نقاط قوتك
strengths-title = نقاط قوتك
strengths-lead = ما تجيده، واللغات التي تتحدثها، ومتى تكون متفرغًا عادةً. لا يراها غيرك إلا إذا اخترت مشاركتها مع الميسّرين، الذين يستخدمونها فقط لاقتراح أدوار عليك. ولا تكون علنية أبدًا.
strengths-skills = المهارات
strengths-strengths = نقاط القوة
strengths-strengths-hint = بكلماتك: ما الذي يقصدك الآخرون من أجله.
strengths-languages = اللغات
strengths-availability = متفرغ عادةً
availability-weekday_morning = صباحات أيام الأسبوع
availability-weekday_afternoon = بعد ظهر أيام الأسبوع
availability-weekday_evening = أمسيات أيام الأسبوع
availability-weekend = عطلات نهاية الأسبوع
strengths-shared = السماح للميسّرين برؤيتها لاقتراح أدوار عليّ
strengths-delete = حذف نقاط قوتي
safeguarding-title = فحوص الحماية
safeguarding-lead = فحوص البالغين الذين يعملون مع التلاميذ. لا يرى هذه الصفحة إلا الميسّرون، ولا تُعرض النتائج في أي مكان آخر.
safeguarding-none = لم تُسجل فحوص بعد.
safeguarding-expires = تنتهي صلاحيته
safeguarding-record = تسجيل فحص
check-status-cleared = مُجاز
check-status-pending = قيد الانتظار
check-status-refused = مرفوض
error-role-gives-back = اذكر ما يحصل عليه الناس بالمقابل: شيئًا واحدًا على الأقل.
error-shift-length = تنتهي المناوبة بعد بدئها وخلال 12 ساعة.
error-shift-needs-supervisor = لا يشارك التلاميذ إلا بإشراف موظف محدد.
error-supervisor-staff = يجب أن يكون المشرف من الموظفين.
error-shift-past = بدأت هذه المناوبة بالفعل.
error-role-adults-only = هذا الدور للبالغين.
error-safeguarding-needed = يعمل هذا الدور مع التلاميذ: يجب أن يسجل أحد الموظفين فحص الحماية الخاص بك أولًا.
error-already-signed-up = لديك مكان في هذه المناوبة بالفعل.
error-shift-full = هذه المناوبة ممتلئة.
error-not-signed-up = لا يوجد مكان للتخلي عنه.
error-hours-invalid = اذكر الساعات برقم من 0.25 إلى 12.
error-promise-not-open = هذا الوعد تم الوفاء به أو لم يُقطع قط.
error-check-expiry = يحتاج الفحص المُجاز إلى تاريخ انتهاء صلاحيته.
email-hours-thanks-subject = شكرًا: { $title }
email-hours-thanks-body = شكرًا لتقديمك { $text } ساعات بصفة { $title }. ما يقدمه الدور بالمقابل في الطريق: { $url }
flash-signed-up = لديك مكان.
flash-hours-recorded = سُجلت الساعات وشُكر الشخص.
flash-promise-kept = أُشّر عليه كمقدَّم.
flash-strengths-deleted = حُذفت نقاط قوتك.
health-promises-undelivered = { $count ->
    [one] وعد واحد لشخص قدّم وقته لم يُوفَ به بعد 30 يومًا.
   *[other] { $count } وعود لأشخاص قدموا وقتهم لم يُوفَ بها بعد 30 يومًا.
}
health-promises-undelivered-fix = الوفاء بما تعد به الأدوار
audit-action-role-create = أُضيف دور
audit-action-shift-create = أُضيفت مناوبة
audit-action-hours-record = سُجلت ساعات
audit-action-promise-kept = وُفي بوعد
audit-action-safeguarding-record = سُجل فحص حماية

## الاستبيانات (issue 18)
error-survey-options = اذكر خيارين على الأقل، خيارًا في كل سطر.
error-survey-rows = اذكر بنود الجدول، بندًا في كل سطر.
error-survey-condition = اكتب الشرط برقم سؤال اختيار سابق وأرقام خياراته، مثل «2: 1, 3».
error-answer-range = هذه الإجابة ليست من الخيارات.
error-answer-hidden = هذا السؤال لا يُطرح مع إجاباتك السابقة، فلا يمكن الإجابة عنه.
error-survey-not-draft = لا يمكن تغيير الأسئلة إلا والاستبيان مسودة.
error-survey-not-open = هذا الاستبيان غير مفتوح.
error-survey-empty = أضف سؤالًا قبل فتح الاستبيان.
error-survey-changed = غيّر شخص آخر الاستبيان في اللحظة نفسها؛ حاول مرة أخرى.
error-survey-answered = استُخدمت هذه الدعوة للإجابة بالفعل.
audit-action-survey-create = بُدئ استبيان
audit-action-survey-question = أُضيف سؤال إلى استبيان
audit-action-survey-open = فُتح استبيان
audit-action-survey-invite = دُعي أشخاص إلى استبيان
error-survey-scale-taken = لهذا الاستبيان مقياس بهذا الاسم بالفعل.
error-survey-not-closed = أغلق الاستبيان قبل نشر نتائجه.
error-survey-published = نُشرت هذه النتائج بالفعل.
error-survey-audience = اختر لمن يُرسل الاستبيان: مجموعة أو مدرسة أو مجلس أو فعالية.
error-survey-unpublished = لم تُنشر نتائج هذا الاستبيان بعد.
survey-mode-anonymous = مجهول الهوية: لا يمكن ربط إجاباتك بك، ولا حتى من قِبل منظمي الاستبيان.
survey-mode-confidential = سري: تُحفظ إجاباتك مع اسمك، لكن لا يُعرض إلا المجموع.
survey-mode-named = باسمك: يرى المنظمون إجاباتك مع اسمك.
email-survey-invite-subject = نرجو رأيك: { $title }
email-survey-invite-body = أنت مدعو للإجابة عن «{ $title }».

    { $mode }

    رابطك الخاص (يُستخدم للإجابة مرة واحدة): { $url }
email-survey-reminder-subject = تذكير: { $title }
email-survey-reminder-body = ما زال هناك وقت للإجابة عن «{ $title }». هذا الرابط الجديد يحل محل الرابط الذي أرسلناه سابقًا.

    { $mode }

    { $url }
audit-action-survey-scale = حُدد مقياس استبيان
audit-action-survey-close = أُغلق استبيان
audit-action-survey-publish = نُشرت نتائج استبيان
audit-action-survey-moderate = رُوجعت إجابة مكتوبة في استبيان
audit-action-survey-remind = أُرسلت تذكيرات استبيان
audit-action-survey-paper = أُدخلت استمارة استبيان ورقية
health-outcomes-unmeasured = { $count ->
    [one] نتيجة واحدة قابلة للقياس لم تُقَس قط باستبيان منشور.
   *[other] { $count } نتائج قابلة للقياس لم تُقَس قط باستبيان منشور.
}
health-outcomes-unmeasured-fix = قِس النتائج باستبيان
survey-label-agreement-1 = أعارض بشدة
survey-label-agreement-2 = أعارض
survey-label-agreement-3 = لا أوافق ولا أعارض
survey-label-agreement-4 = أوافق
survey-label-agreement-5 = أوافق بشدة
survey-label-frequency-1 = نادرًا جدًا
survey-label-frequency-2 = من حين لآخر
survey-label-frequency-3 = أحيانًا
survey-label-frequency-4 = كثيرًا
survey-label-frequency-5 = دائمًا تقريبًا
survey-label-quality-1 = سيئ جدًا
survey-label-quality-2 = سيئ
survey-label-quality-3 = مقبول
survey-label-quality-4 = جيد
survey-label-quality-5 = ممتاز
survey-label-extent-1 = إطلاقًا
survey-label-extent-2 = قليلًا
survey-label-extent-3 = إلى حد ما
survey-label-extent-4 = كثيرًا
survey-label-extent-5 = إلى حد كبير جدًا
survey-label-confidence-1 = غير واثق إطلاقًا
survey-label-confidence-2 = واثق قليلًا
survey-label-confidence-3 = واثق إلى حد ما
survey-label-confidence-4 = واثق جدًا
survey-label-confidence-5 = واثق تمامًا
flash-survey-closed = أُغلق الاستبيان: لا مزيد من الإجابات.
flash-survey-invited = أُرسلت الدعوات.
flash-survey-nobody-new = كل من اخترتهم مدعوون بالفعل.
flash-survey-opened = الاستبيان مفتوح. ادعُ الناس للإجابة عنه.
flash-survey-paper = أُدخلت الاستمارة الورقية. يمكنك إدخال التالية.
flash-survey-published = نُشرت النتائج.
flash-survey-reminded = أُرسلت التذكيرات إلى من لم يُجيبوا.
flash-survey-thanks = شكرًا لك: سُجلت إجاباتك.
flash-text-published = ستُعرض الإجابة مع النتائج.
flash-text-withheld = لن تُعرض الإجابة.
survey-published = النتائج منشورة
survey-status-draft = مسودة
survey-status-open = مفتوح
survey-status-closed = مغلق
survey-mode-short-anonymous = مجهول الهوية
survey-mode-short-confidential = سري
survey-mode-short-named = باسمك
survey-kind-single = اختيار واحد
survey-kind-multiple = عدة اختيارات
survey-kind-scale = مقياس من خمس درجات
survey-kind-rating = تقييم من 0 إلى 10
survey-kind-ranking = ترتيب
survey-kind-short_text = نص قصير
survey-kind-long_text = نص طويل
survey-kind-grid = جدول بنود على مقياس
survey-labels-agreement = الموافقة (أعارض بشدة … أوافق بشدة)
survey-labels-frequency = التكرار (نادرًا جدًا … دائمًا تقريبًا)
survey-labels-quality = الجودة (سيئ جدًا … ممتاز)
survey-labels-extent = المدى (إطلاقًا … إلى حد كبير جدًا)
survey-labels-confidence = الثقة (غير واثق إطلاقًا … واثق تمامًا)
survey-template-four-cs-families = العمل معًا: الأسر (الأبعاد الأربعة)
survey-template-four-cs-staff = العمل معًا: الموظفون (الأبعاد الأربعة)
survey-template-session-feedback = رأي في جلسة
survey-template-did-we-do-what-we-said = هل فعلنا ما قلناه؟
surveys-title = الاستبيانات
surveys-lead = يقيّم المجتمع عمله بنفسه: استبيانات للأسر والتلاميذ والموظفين، بنتائج يقرؤها الجميع بعد نشرها، ولا تُعرض الأعداد الصغيرة أبدًا.
surveys-none = لا توجد استبيانات بعد.
surveys-results = النتائج
surveys-new = ابدأ استبيانًا
surveys-new-lead = ابدأ من أحد قوالبنا (بأسئلته ومقاييسه) أو من استبيان فارغ.
surveys-blank = استبيان فارغ
surveys-initiative-hint = عندها يمكن لمقاييسه أن تقيس نتائج المبادرة.
surveys-template = القالب
surveys-template-hint = يحدد القالب العنوان والمقدمة والأسئلة والمقاييس والنمط؛ ويمكنك إضافة أسئلة قبل فتحه.
surveys-template-language = لغة القالب
surveys-field-title = العنوان
surveys-field-title-hint = مطلوب للاستبيان الفارغ.
surveys-field-intro = المقدمة
surveys-field-mode = كيف تُحفظ الإجابات
surveys-field-mode-hint = مجهول الهوية ما لم يكن هناك سبب لمعرفة من أجاب. يُبلَّغ المجيبون قبل أن يبدؤوا.
surveys-answer-by-link = للإجابة، استخدم الرابط الذي وصلك بالبريد أو على الورق.
surveys-steps = إدارة الاستبيان
surveys-draft-lead = مسودة: أضف الأسئلة والمقاييس ثم افتحه.
surveys-open = افتح الاستبيان
surveys-open-lead = مفتوح: ادعُ الناس وأرسل التذكيرات وأدخل الاستمارات الورقية. أغلقه عند انتهاء الوقت.
surveys-close = أغلق الاستبيان
surveys-publish-lead = مغلق. راجع الإجابات المكتوبة في صفحة النتائج، ثم انشر النتائج للجميع.
surveys-publish = انشر النتائج
surveys-published-on = نُشرت النتائج في { $date }.
surveys-export-responses = الإجابات (CSV)
surveys-export-codebook = دليل الترميز (CSV)
surveys-questions = الأسئلة
surveys-no-questions = لا توجد أسئلة بعد.
surveys-required = إلزامي
surveys-labels = الإجابات
surveys-shown-if = لا يُطرح إلا بعد الإجابة { $options } عن السؤال { $n }.
surveys-add-question = أضف سؤالًا
surveys-field-section = قسم جديد
surveys-field-section-hint = عنوان يبدأ قسمًا بهذا السؤال.
surveys-field-kind = النوع
surveys-field-prompt = السؤال
surveys-field-prompt-hint = اطرح سؤالًا لا عبارة: «كم مرة…؟» لا «المدرسة كثيرًا ما…».
surveys-field-labels = تسميات الإجابات
surveys-field-labels-hint = للمقاييس والجداول: اختر تسميات تناسب السؤال.
surveys-field-options = الخيارات
surveys-field-options-hint = خيار في كل سطر (اختيار واحد، عدة اختيارات، ترتيب).
surveys-field-other = اعرض «غير ذلك» مع نص
surveys-field-rows = بنود الجدول
surveys-field-rows-hint = بند في كل سطر، ويُجاب عن كل منها على المقياس.
surveys-field-required = إلزامي
surveys-field-show-if = لا يُطرح إلا بعد إجابة
surveys-field-show-if-hint = رقم سؤال اختيار سابق وأرقام خياراته، مثل «2: 1, 3». اتركه فارغًا ليُطرح دائمًا.
surveys-scales = المقاييس
surveys-scales-lead = يجمع المقياس عدة بنود من خمس درجات في درجة واحدة، مثل «الروابط». البنود المعكوسة تُحسب بالعكس.
surveys-no-scales = لا توجد مقاييس بعد.
surveys-reversed = معكوس
surveys-scale-measures = النتيجة التي يقيسها «{ $name }»
surveys-no-outcome = لا نتيجة
surveys-add-scale = أضف مقياسًا
surveys-field-scale-name = الاسم
surveys-field-scale-items = البنود
surveys-field-scale-items-hint = حدد البنود التي يجمعها، وأيها معكوس.
surveys-reverse-item = البند { $item } معكوس
surveys-field-outcome = يقيس النتيجة
surveys-field-outcome-hint = تظهر درجته حينها على مثلث المبادرة بجانب هدف النتيجة.
surveys-invite = ادعُ
surveys-invite-lead = يتلقى الأعضاء الذين لديهم بريد رابطهم بالبريد؛ وتُعرض روابط الآخرين للطباعة. كل رابط يُستخدم للإجابة مرة واحدة.
surveys-field-groups = مجموعات أصحاب المصلحة
surveys-field-schools = المدارس
surveys-field-body = أعضاء مجلس أو مجموعة
surveys-no-body = لا أحد
surveys-field-event = المسجلون في فعالية
surveys-no-event = لا أحد
surveys-remind = ذكّر من لم يُجيبوا
surveys-remind-hint = لا يتلقى التذكير، مع رابط جديد، إلا المدعوون بالبريد الذين لم يُجيبوا.
surveys-links = روابط للطباعة
surveys-links-lead = للأسر التي ليس لديها بريد أو حساب: تحمل كل قسيمة رابطًا يُستخدم للإجابة مرة واحدة.
surveys-field-group = مجموعة أصحاب المصلحة
surveys-field-school = المدرسة
surveys-any-school = لا مدرسة بعينها
surveys-field-count = كم عددها
surveys-field-count-hint = من 1 إلى { $max }.
surveys-links-print = أنشئ الروابط
surveys-paper = أدخل الاستمارات الورقية
surveys-rates = معدلات الاستجابة حسب المجموعة
surveys-group = المجموعة
surveys-invited = المدعوون
surveys-answered = أجابوا
surveys-rate = المعدل
surveys-wave = كرره كموجة جديدة
surveys-wave-lead = الأسئلة والمقاييس نفسها في مسودة جديدة (في نهاية العام مثلًا)، لقياس التغير في كل مقياس.
surveys-field-wave-label = اسم الموجة
surveys-field-wave-label-hint = مثلًا «نهاية العام 2027».
surveys-links-title = روابط «{ $title }»
surveys-emailed = { $count ->
    [one] أُرسل رابطه بالبريد إلى شخص واحد.
   *[other] أُرسلت الروابط بالبريد إلى { $count } أشخاص.
}
surveys-links-once = اطبع هذه الصفحة الآن: لا تُعرض هذه الروابط إلا مرة واحدة.
surveys-back = العودة إلى الاستبيان
surveys-condition-hint = أجب فقط إذا كانت إجابتك عن السؤال { $n }: { $options }.
surveys-other = غير ذلك
surveys-other-text = غير ذلك: يرجى التوضيح
surveys-rating-hint = 0 هو الأدنى و10 هو الأعلى.
surveys-ranking-hint = أعطِ كل خيار مرتبة مختلفة: 1 للأهم.
surveys-how-kept = كيف تُحفظ إجاباتك
surveys-thanks = شكرًا لك: سُجلت إجاباتك. لا يمكن استخدام هذا الرابط مرة أخرى.
surveys-send = أرسل إجاباتي
surveys-paper-title = الاستمارات الورقية: { $title }
surveys-paper-lead = انسخ كل استمارة ورقية كما مُلئت. تذكر الملاحظة مصدر الاستمارات؛ وتُسجَّل في سجل التدقيق.
surveys-field-note = مصدر الاستمارة
surveys-field-note-hint = مثلًا «صندوق الاستقبال، 3 ديسمبر».
surveys-paper-save = أدخل هذه الاستمارة
surveys-results-title = النتائج: { $title }
surveys-results-unpublished = لم تُنشر بعد: لا يرى هذه النتائج إلا المنظمون.
surveys-respondents = المجيبون
surveys-invited-count = { $count } مدعوون
surveys-suppression = لا تُعرض أرقام أقل من { $threshold } أشخاص ولا أي رقم يمكن استنتاجها منه؛ ولا تظهر الإجابات المكتوبة إلا من { $texts } إجابات، وفقط ما نُشر بعد المراجعة.
surveys-respondents-by-group = المجيبون حسب المجموعة
surveys-scales-caption = درجات المقاييس (متوسط البنود، من 1 إلى 5، مع فترة 95 %)
surveys-scale = المقياس
surveys-score = الدرجة
surveys-alpha = α
surveys-alpha-long = ألفا كرونباخ: مدى اتساق البنود في قياس شيء واحد (0.7 فأكثر جيد عادةً)
surveys-previous = الموجة السابقة
surveys-change = التغير (فترة 95 %)
surveys-outcome = النتيجة المقيسة
surveys-change-hint = التغير الذي لا تتضمن فترته الصفر يُستبعد أن يكون مصادفة فحسب.
surveys-too-few = أجاب أقل من { $threshold }: لا يُعرض.
surveys-answers-to = الإجابات عن السؤال { $n }
surveys-answer = الإجابة
surveys-count = العدد
surveys-share = النسبة
surveys-mean = المتوسط (فترة 95 %)
surveys-no-school = بلا مدرسة
surveys-item = البند
surveys-no-texts = لا توجد إجابات مكتوبة منشورة.
surveys-text-published = منشورة
surveys-text-withheld = محجوبة
surveys-text-waiting = لم تُراجع بعد
surveys-text-publish = انشر
surveys-text-withhold = احجب
value-measured = المقيس
value-measured-by = { $scale }، { $survey }: { $score }
cli-demo-survey-links = روابط لمرة واحدة للإجابة عن الاستبيان المفتوح (مجهول الهوية)، كما تُطبع للأسر:
surveys-no-meeting = لا شيء
surveys-field-meeting = المسجلون في اجتماع
surveys-field-meeting-hint = للرأي في اجتماع واحد. تُختار جلسة الفعالية عبر واجهة البرمجة برقم اجتماعها.
surveys-printable = الاستبيان للطباعة
surveys-print-hint = اطبع هذه الصفحة لمن يفضلون الإجابة على الورق؛ ثم يُدخل المنظمون استماراتهم.
surveys-name-wave = سمِّ هذه الموجة
