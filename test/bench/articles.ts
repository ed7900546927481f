// Generated Arabic article text for the benchmarks and the linearity tests: deterministic templates
// with quotes of every style, fictional names, bodies and cues. article(chars, seed) gives at least
// `chars` UTF-16 code units, one paragraph a line.
import { rng } from '../rng';

// Fictional people, bodies and places.
const PEOPLE = [
  ['الوزير', 'سامي الخطيب', 'الخطيب'], ['الطبيبة', 'هالة الرفاعي', 'الرفاعي'], ['المهندس', 'فراس الداوود', 'الداوود'],
  ['المتحدث باسم الهيئة', 'زاهر قنديلو', 'قنديلو'], ['المدرب', 'ماركو بيلاتي', 'بيلاتي'], ['وزير الطاقة', 'سيرغي ماليكوف', 'ماليكوف'],
  ['الخبير الاقتصادي', 'بسام الكردي', 'الكردي'], ['الشيخ', 'خالد بن ناصر آل حمدان', 'خالد'], ['المحافظ', 'عادل الرفاعي', 'الرفاعي'],
  ['الصحفي', 'يوسف أبو رحمة', 'أبو رحمة'], ['الرئيس', 'تورنوفسكي', 'تورنوفسكي'], ['المستشارة', 'أولغا برانتوفا', 'برانتوفا'],
];
const ORGS = ['وزارة الصحة', 'وزارة الزراعة', 'الهيئة العامة للطرق', 'بلدية المدينة', 'القاهرة'];
const SOURCES = ['مصدر مسؤول', 'دبلوماسي غربي', 'مصادر مطلعة', 'شهود عيان'];
const VERBS = ['قال', 'أضاف', 'أكد', 'أوضح', 'أشار', 'لفت', 'تابع', 'ذكر', 'صرح', 'أعلن', 'شدد', 'أفاد', 'أردف', 'اعتبر', 'رأى'];
const PARTICIPLES = ['مضيفاً', 'مشيراً', 'مؤكداً', 'قائلاً', 'مردفاً'];
const SAYINGS = [
  'سنفتتح الجسر الجديد قبل نهاية الخريف المقبل', 'نحتاج إلى مزيد من الأسرة في أقسام الطوارئ', 'لن نرفع رسوم المياه هذا العام مهما حدث',
  'الوضع الاقتصادي سيتحسن كثيراً خلال الأشهر المقبلة', 'اللاعبون قدموا مباراة كبيرة الليلة أمام جمهورهم', 'المفاوضات مستمرة ولن نتوقف عنها',
  'الطريق سيفتح أمام السيارات يوم الأحد', 'الأرقام لا تكذب أبداً في هذه الدراسة', 'سنبني ثلاث مدارس جديدة في الريف',
];
const TERMS = ['شجرة لكل طالب', 'مهارات المستقبل', 'الفجر الجديد', 'جند الصحراء', 'بيتي أولاً'];
const DESIGNATORS = ['حملة', 'برنامج', 'صحيفة', 'تنظيم', 'مبادرة'];
const FILLER = [
  'وشهدت المدينة حركة نشطة في الأسواق منذ ساعات الصباح الأولى.', 'وتأتي هذه التصريحات بعد أسابيع من التوتر بين الطرفين.',
  'ومن المنتظر أن تعقد جولة جديدة من المحادثات الأسبوع المقبل.', 'وارتفعت أسعار الخضروات بنسبة ملحوظة خلال الشهر الماضي.',
];
const STYLES: [string, string][] = [['«', '»'], ['«', '»'], ['“', '”'], ['"', '"'], ['”', '”'], ['„', '“'], ['‹', '›'], ['»', '«']];

function paragraph(r: () => number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const [o, c] = pick(STYLES);
  const [title, name, short] = pick(PEOPLE);
  const say = `${o}${pick(SAYINGS)}${c}`;
  switch (Math.floor(r() * 10)) {
    case 0: return `و${pick(VERBS)} ${title} ${name}: ${say}. ${pick(FILLER)}`;
    case 1: return `و${pick(VERBS)} ${title} ${name} إن ${say}، ${pick(PARTICIPLES)}: ${o}${pick(SAYINGS)}${c}.`;
    case 2: return `${say}، بحسب ${title} ${name}. ${pick(FILLER)}`;
    case 3: return `وقالت ${pick(ORGS)} في بيان: ${say}.\nوأضاف ${short}: «${pick(SAYINGS)}».`;
    case 4: return `وقال ${pick(SOURCES)}: ${say}.`;
    case 5: return `وانطلقت ${pick(DESIGNATORS)} ${o}${pick(TERMS)}${c} في المدارس، ووصف ${short} المبادرة بأنها «مثمرة».`;
    case 6: return `وقال ${title} ${name}: «${pick(SAYINGS)}.\n\n«${pick(SAYINGS)}».`;
    case 7: return `${say}.`;
    case 8: return `واتهم ${title} ${name} الحكومة بـ«تمويل» مشاريع وهمية، وقال: «${pick(SAYINGS)} ${o}${pick(TERMS)}${c} للجميع».`;
    default: return `${pick(FILLER)} ${pick(FILLER)}`;
  }
}

export function article(chars: number, seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = paragraph(r);
    parts.push(p);
    n += p.length + 1;
  }
  return parts.join('\n');
}
