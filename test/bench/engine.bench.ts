// Throughput of analyzeArticle on ~1 MB of generated Arabic article text (deterministic templates with
// quotes of every style, names and cues), plus per-article figures for 5 KB and 200 KB articles and, when
// ../shared/corpus/snn-dev/articles.jsonl is beside the project, the time to analyse all its articles.
// Prints figures only.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis';
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

function article(chars: number, seed: number): string {
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

function stats(ms: number[]): { median: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

function time(text: string, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyzeArticle(text);
    out.push(performance.now() - t0);
  }
  return out;
}

const f = (x: number, d = 1) => x.toFixed(d);

const big = article(1_000_000, 1);
console.log(`generated text: ${big.length} chars (${f(Buffer.byteLength(big) / 1e6, 2)} MB UTF-8)`);
time(big, 2); // warm-up
const bigRuns = time(big, 7);
const total = bigRuns.reduce((a, b) => a + b, 0);
const bs = stats(bigRuns);
const cps = (big.length * bigRuns.length) / (total / 1000);
console.log(`1 MB article: ${bigRuns.length} runs, median ${f(bs.median)} ms, p95 ${f(bs.p95)} ms`);
console.log(`throughput: ${Math.round(cps).toLocaleString('en')} chars/s, ${f((Buffer.byteLength(big) * bigRuns.length) / (total / 1000) / 1e6, 2)} MB/s (UTF-8)`);

for (const [label, size, runs] of [['5 KB', 5_000, 200], ['200 KB', 200_000, 20]] as const) {
  const texts = Array.from({ length: 5 }, (_, i) => article(size, 100 + i));
  for (const t of texts) time(t, 2); // warm-up
  const ms = texts.flatMap((t) => time(t, Math.ceil(runs / texts.length)));
  const s = stats(ms);
  console.log(`${label} article: ${ms.length} runs, median ${f(s.median, 2)} ms, p95 ${f(s.p95, 2)} ms`);
}

const corpus = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'snn-dev', 'articles.jsonl');
if (existsSync(corpus)) {
  const contents: string[] = [];
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const c = JSON.parse(line).content;
      if (typeof c === 'string') contents.push(c);
    } catch { /* skip a bad line */ }
  }
  for (const c of contents.slice(0, 20)) analyzeArticle(c); // warm-up
  const chars = contents.reduce((a, c) => a + c.length, 0);
  const t0 = performance.now();
  const per: number[] = [];
  for (const c of contents) {
    const s = performance.now();
    analyzeArticle(c);
    per.push(performance.now() - s);
  }
  const ms = performance.now() - t0;
  const s = stats(per);
  console.log(`snn-dev corpus: ${contents.length} articles, ${chars.toLocaleString('en')} chars, ${f(ms)} ms total, ${Math.round(chars / (ms / 1000)).toLocaleString('en')} chars/s, per article median ${f(s.median, 2)} ms, p95 ${f(s.p95, 2)} ms`);
} else {
  console.log('snn-dev corpus: not found beside the project (skipped)');
}
