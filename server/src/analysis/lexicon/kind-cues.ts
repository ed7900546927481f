// Words that the speech-or-term features look for around a quote (see kind-features.ts). Look-ups are on
// normalised keys with the clitics و ف ب ل ك ال stripped, so only the base forms are listed.

/** Nouns for works and named things whose title or name is put in quotation marks a few words later
 *  (كتاب «…»، فيلمه الجديد «…»، حملة «…»، وسم «…»، مختبر «…»): books, films, series, songs, albums,
 *  programmes, plays, poems, campaigns, slogans, hashtags, labs, apps, games, products, teams, places. */
export const WORK_NOUNS: readonly string[] = [
  'كتاب', 'كتابه', 'كتابها', 'رواية', 'روايته', 'روايتها', 'روايات', 'قصة', 'قصته', 'ديوان', 'ديوانه', 'قصيدة', 'قصيدته', 'مقال', 'مقاله', 'مقالة',
  'فيلم', 'فيلمه', 'فيلمها', 'أفلام', 'مسلسل', 'مسلسله', 'مسلسلات', 'برنامج', 'برنامجه', 'برامج', 'أغنية', 'أغنيته', 'أغنيتها', 'أغنيات', 'أغاني',
  'ألبوم', 'ألبومه', 'ألبومها', 'كليب', 'مسرحية', 'مسرحيته', 'عرض', 'حلقة', 'موسم', 'حملة', 'حملات', 'شعار', 'شعارات', 'وسم', 'هاشتاق', 'هاشتاغ',
  'مختبر', 'مختبرات', 'معمل', 'تطبيق', 'لعبة', 'منتج', 'علامة', 'ماركة', 'طراز', 'فريق', 'منتخب', 'نادي', 'لقب', 'الملقب', 'كنية', 'شارع',
  'مدينة', 'قرية', 'منطقة', 'ميدان', 'ساحة', 'محطة', 'عنوان', 'عنوانه', 'بعنوان', 'اسم', 'باسم', 'مسمى', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'موقع',
  'شركة', 'مجموعة', 'مصرف', 'بنك', 'وكالة', 'دار', 'مبادرة', 'مشروع', 'مشروعات', 'مسابقة', 'جائزة', 'بطولة', 'مهرجان', 'معرض', 'سباق', 'صفحة', 'حساب',
];

/** Words that make the quoted words more likely to be a clause than a name: pronouns, particles of
 *  negation, tense and emphasis (نحن، لن، قد، سوف، إننا). A name or a title seldom holds them. */
export const CLAUSE_WORDS: readonly string[] = [
  'انا', 'نحن', 'انت', 'انتم', 'هو', 'هي', 'هم', 'اننا', 'انني', 'انه', 'انها', 'لقد', 'قد', 'سوف', 'لن', 'لم', 'لا', 'ليس', 'ليست', 'لسنا', 'لست',
  'كان', 'كانت', 'يجب', 'يمكن', 'نريد', 'هذا', 'هذه', 'ذلك', 'تلك', 'هناك', 'هنا', 'الذي', 'التي', 'الذين', 'ما', 'كل', 'ان', 'لان', 'لكن', 'اذا', 'عندما',
];

/** Prepositions and nouns of place after which a quoted name or title stands as their object
 *  (لدى «…»، مثل «…»، في «…»، عبر «…»). */
export const NAME_PREPOSITIONS: readonly string[] = [
  'لدي', 'مثل', 'في', 'من', 'الي', 'علي', 'عن', 'مع', 'عبر', 'حول', 'بين', 'ضمن', 'داخل', 'لصالح', 'امام', 'ضد', 'عند', 'بحسب', 'حسب', 'وفق',
];

/** Adjectives that, right after the closing mark, qualify the quoted words as a thing with a name
 *  («…» الجديد، «…» الشهيرة، ألبوماً «…» جديداً): what is quoted is a title or a name. */
export const NAME_FOLLOWERS: readonly string[] = [
  'الجديد', 'الجديدة', 'جديد', 'جديدا', 'جديدة', 'الشهير', 'الشهيرة', 'شهير', 'شهيرة', 'المعروف', 'المعروفة', 'الأخير', 'الأخيرة',
  'الأول', 'الأولى', 'الثاني', 'الثانية', 'المقبل', 'المقبلة', 'الشهيرين', 'الرائج', 'الناجح', 'الناجحة', 'الغنائي', 'الغنائية', 'السينمائي',
  'التلفزيوني', 'التلفزيونية', 'الإذاعي', 'الوثائقي', 'الكوميدي', 'الدرامي',
];

/** Passive verbs of saying that bring in a saying, a maxim or a proverb, not someone's words (كما قيل:
 *  «…»، كما يقال «…»، يقول المثل «…»). */
export const SAYING_INTRODUCERS: readonly string[] = ['قيل', 'يقال', 'المثل', 'المأثور', 'المقولة', 'مقولة'];

/** Words for a day or a time that, first in a short quote, make it the name of an occasion
 *  («يوم غضب»، «جمعة الغضب»، «ليلة القدر»). */
export const OCCASION_HEADS: readonly string[] = ['يوم', 'جمعة', 'ليلة', 'أسبوع', 'عام', 'شهر', 'موسم'];

/** Words after which reported words follow: إن/أن and بأن with their pronouns, كـ/بـ forms, and بمثابة
 *  (اعتبر التأخير بمثابة «…»). */
export const REPORTED_SLOT = /^(و|ف)?(ان|انه|انها|انهم|انهما|بان|بانه|بانها|بانهم|بانهما|لان|ب|ك|بمثابه)$/;
