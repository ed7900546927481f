// Arabic test articles written for these tests (not from any corpus). Names are invented.

/** Two speakers (one quoted twice), a person never quoted, and a term in quotation marks. */
export const ARTICLE = [
  'قال وزير الخارجية سامي الحداد في مؤتمر صحفي أمس: «المفاوضات ستستأنف الأسبوع المقبل في العاصمة».',
  '',
  'وأضاف الحداد: «لن نقبل بأي شروط مسبقة من أي طرف».',
  '',
  'من جهتها، قالت المتحدثة باسم الحكومة ليلى منصور إن «الاجتماع كان مثمراً وصريحاً».',
  '',
  'والتقى الحداد في وقت لاحق رئيس البلدية كريم العلي.',
  '',
  'وتقع البلدة على ما يعرف بـ«الممر الأخضر» قرب الحدود.',
  '',
].join('\n');

/** A paragraph of narration with no cue: a lone quote after it has no speaker (after a paragraph whose
 *  last cue names someone, a lone quote goes on with that speaker). */
export const NARRATION = 'وشهدت المدينة حركة نشطة في الأسواق منذ ساعات الصباح الأولى.';

/** A speech quote standing alone in its own paragraph, after one that names no one: nobody said it. */
export const LONE_QUOTE = '«سنواصل العمل حتى تتحقق كل مطالب السكان دون استثناء».';

/** An article whose last paragraph is a lone quote. */
export const ARTICLE_WITH_LONE_QUOTE = `${ARTICLE}\n${LONE_QUOTE}\n`;

/** Three paragraphs of one speaker whose name is once written احمد: a name-variant note on the second. */
export const VARIANT_PARAGRAPHS = [
  'قال وزير الخارجية أحمد الحداد: «المفاوضات ستستأنف الأسبوع المقبل».',
  '',
  'وأضاف احمد الحداد: «لن نقبل بأي شروط».',
  '',
  'وقال أحمد الحداد إن «الوفد سيصل غدا».',
] as const;

export const ENGLISH = 'The minister said: "Talks will resume next week in the capital." Nothing else happened.\n';
