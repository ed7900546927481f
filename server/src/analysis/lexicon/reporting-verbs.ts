// Reporting verbs and phrases of Modern Standard Arabic news: the words that introduce someone's words.
// Each entry: the dictionary form (3rd person masculine past) and its surface forms: past (he, she,
// they, the two), present (he/she/they), and the active participle used as a circumstantial (مضيفاً).
// A conjunction و/ف/ثم before the verb is handled by the code, not listed here. Forms are written as
// usually spelled; look-ups are on normalised keys, so hamza, tanween and ة/ه variants need no entry.
// Bare forms spelled like a common word (عبر through, بين between, كتب books) or mostly used otherwise
// (اختتم: concluded a meeting) are left out; with و in front (وبين، وكتب، وثمن) they are the verb far
// more often than not, so those forms are listed.
// Not covered: passive constructions (نُقل عن), and nouns of saying (تصريح، بيان) — these are cues only
// together with a verb.

export interface ReportingVerb {
  readonly lemma: string;
  readonly forms: readonly string[];
  /** Participles (مضيفاً، قائلة): they take the subject of the clause they hang on. */
  readonly participles?: readonly string[];
}

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { lemma: 'قال', forms: ['قال', 'قالت', 'قالوا', 'قالا', 'قالتا', 'يقول', 'تقول', 'يقولون', 'يقولان', 'تقولان'], participles: ['قائلا', 'قائلة', 'قائلين', 'قائلتا'] },
  { lemma: 'أضاف', forms: ['أضاف', 'أضافت', 'أضافوا', 'أضافا', 'يضيف', 'تضيف', 'يضيفون'], participles: ['مضيفا', 'مضيفة', 'مضيفين'] },
  { lemma: 'أكد', forms: ['أكد', 'أكدت', 'أكدوا', 'أكدا', 'يؤكد', 'تؤكد', 'يؤكدون', 'يأكد'], participles: ['مؤكدا', 'مؤكدة', 'مؤكدين'] },
  { lemma: 'أوضح', forms: ['أوضح', 'أوضحت', 'أوضحوا', 'أوضحا', 'يوضح', 'توضح', 'يوضحون'], participles: ['موضحا', 'موضحة', 'موضحين'] },
  { lemma: 'أشار', forms: ['أشار', 'أشارت', 'أشاروا', 'أشارا', 'يشير', 'تشير', 'يشيرون'], participles: ['مشيرا', 'مشيرة', 'مشيرين'] },
  { lemma: 'لفت', forms: ['لفت', 'لفتت', 'لفتوا', 'يلفت', 'تلفت'], participles: ['لافتا', 'لافتة'] },
  { lemma: 'تابع', forms: ['تابع', 'تابعت', 'تابعوا', 'يتابع', 'تتابع'], participles: ['متابعا', 'متابعة'] },
  { lemma: 'ذكر', forms: ['ذكر', 'ذكرت', 'ذكروا', 'يذكر', 'تذكر'], participles: ['ذاكرا', 'ذاكرة'] },
  { lemma: 'صرح', forms: ['صرح', 'صرحت', 'صرحوا', 'يصرح', 'تصرح'], participles: ['مصرحا', 'مصرحة'] },
  { lemma: 'أعلن', forms: ['أعلن', 'أعلنت', 'أعلنوا', 'أعلنا', 'يعلن', 'تعلن', 'يعلنون'], participles: ['معلنا', 'معلنة'] },
  { lemma: 'شدد', forms: ['شدد', 'شددت', 'شددوا', 'يشدد', 'تشدد'], participles: ['مشددا', 'مشددة'] },
  { lemma: 'أفاد', forms: ['أفاد', 'أفادت', 'أفادوا', 'يفيد', 'تفيد'], participles: ['مفيدا', 'مفيدة'] },
  { lemma: 'أردف', forms: ['أردف', 'أردفت', 'يردف', 'تردف'], participles: ['مردفا', 'مردفة'] },
  { lemma: 'اعتبر', forms: ['اعتبر', 'اعتبرت', 'اعتبروا', 'يعتبر', 'تعتبر', 'اعتبره', 'اعتبرها', 'اعتبرته', 'اعتبرتها', 'يعتبره', 'يعتبرها', 'تعتبره', 'تعتبرها'], participles: ['معتبرا', 'معتبرة'] },
  { lemma: 'رأى', forms: ['رأى', 'رأت', 'رأوا', 'يرى', 'ترى', 'يرون'], participles: ['رائيا'] },
  { lemma: 'أبان', forms: ['أبان', 'أبانت'], participles: ['مبينا', 'مبينة'] },
  { lemma: 'بين', forms: ['بيّنت', 'وبين', 'وبينت'] },
  { lemma: 'ثمن', forms: ['وثمن', 'وثمنت'] },
  { lemma: 'نوه', forms: ['نوه', 'نوهت', 'ينوه', 'تنوه'], participles: ['منوها', 'منوهة'] },
  { lemma: 'استطرد', forms: ['استطرد', 'استطردت', 'يستطرد'], participles: ['مستطردا'] },
  { lemma: 'استدرك', forms: ['استدرك', 'استدركت', 'يستدرك'], participles: ['مستدركا'] },
  { lemma: 'علق', forms: ['علق', 'علقت', 'يعلق', 'تعلق'], participles: ['معلقا', 'معلقة'] },
  { lemma: 'تساءل', forms: ['تساءل', 'تساءلت', 'يتساءل', 'تتساءل'], participles: ['متسائلا', 'متسائلة'] },
  { lemma: 'ختم', forms: ['ختمت'], participles: ['مختتما', 'خاتما'] },
  { lemma: 'أجاب', forms: ['أجاب', 'أجابت', 'يجيب', 'تجيب'], participles: ['مجيبا'] },
  { lemma: 'رد', forms: ['ردت', 'يرد', 'ترد', 'فرد', 'فردت'], participles: ['رادا'] },
  { lemma: 'كتب', forms: ['كتبت', 'يكتب', 'تكتب', 'وكتب', 'فكتب'], participles: ['كاتبا'] },
  { lemma: 'غرد', forms: ['غرد', 'غردت', 'يغرد', 'تغرد'], participles: ['مغردا'] },
  { lemma: 'نشر', forms: ['نشر', 'نشرت'] },
  { lemma: 'وصف', forms: ['وصف', 'وصفت', 'وصفوا', 'يصف', 'تصف', 'يصفون', 'وصفه', 'وصفها', 'وصفهم', 'وصفته', 'وصفتها', 'يصفه', 'يصفها', 'تصفه', 'تصفها'], participles: ['واصفا', 'واصفة'] },
  { lemma: 'أعرب', forms: ['أعرب', 'أعربت', 'أعربوا', 'يعرب', 'تعرب'], participles: ['معربا', 'معربة'] },
  { lemma: 'عبر', forms: ['عبرت', 'يعبر', 'تعبر'], participles: ['معبرا', 'معبرة'] },
  { lemma: 'أبدى', forms: ['أبدى', 'أبدت', 'يبدي', 'تبدي'], participles: ['مبديا', 'مبدية'] },
  { lemma: 'أقر', forms: ['أقر', 'أقرت', 'يقر', 'تقر'], participles: ['مقرا'] },
  { lemma: 'اعترف', forms: ['اعترف', 'اعترفت', 'يعترف', 'تعترف'], participles: ['معترفا'] },
  { lemma: 'ألمح', forms: ['ألمح', 'ألمحت', 'يلمح', 'تلمح'], participles: ['ملمحا'] },
  { lemma: 'زعم', forms: ['زعم', 'زعمت', 'زعموا', 'يزعم', 'تزعم', 'يزعمون'], participles: ['زاعما', 'زاعمة'] },
  { lemma: 'توعد', forms: ['توعد', 'توعدت', 'توعدوا', 'يتوعد', 'تتوعد'], participles: ['متوعدا', 'متوعدة'] },
  { lemma: 'كشف', forms: ['كشف', 'كشفت', 'يكشف', 'تكشف'], participles: ['كاشفا', 'كاشفة'] },
  { lemma: 'نقل', forms: ['نقلت'] },
  { lemma: 'طالب', forms: ['طالب', 'طالبت', 'طالبوا', 'يطالب', 'تطالب', 'يطالبون'], participles: ['مطالبا', 'مطالبة'] },
  { lemma: 'دعا', forms: ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو'], participles: ['داعيا', 'داعية'] },
  { lemma: 'حذر', forms: ['حذر', 'حذرت', 'حذروا', 'يحذر', 'تحذر'], participles: ['محذرا', 'محذرة'] },
  { lemma: 'نفى', forms: ['نفى', 'نفت', 'نفوا', 'ينفي', 'تنفي'], participles: ['نافيا', 'نافية'] },
  { lemma: 'أشاد', forms: ['أشاد', 'أشادت', 'يشيد', 'تشيد'], participles: ['مشيدا', 'مشيدة'] },
  { lemma: 'توقع', forms: ['توقع', 'توقعت', 'يتوقع', 'تتوقع'], participles: ['متوقعا'] },
  { lemma: 'تعهد', forms: ['تعهد', 'تعهدت', 'يتعهد'], participles: ['متعهدا'] },
  { lemma: 'هدد', forms: ['هدد', 'هددت', 'يهدد'], participles: ['مهددا'] },
  { lemma: 'ناشد', forms: ['ناشد', 'ناشدت', 'يناشد'], participles: ['مناشدا'] },
  { lemma: 'حث', forms: ['حث', 'حثت', 'يحث', 'تحث'], participles: ['حاثا'] },
  { lemma: 'أوصى', forms: ['أوصى', 'أوصت', 'يوصي'], participles: ['موصيا'] },
  { lemma: 'أبلغ', forms: ['أبلغ', 'أبلغت', 'يبلغ'], participles: ['مبلغا'] },
  { lemma: 'أخبر', forms: ['أخبر', 'أخبرت', 'يخبر'] },
  { lemma: 'روى', forms: ['روى', 'روت', 'يروي', 'تروي'], participles: ['راويا'] },
  { lemma: 'سأل', forms: ['سأل', 'سألت', 'يسأل'] },
  { lemma: 'تحدث', forms: ['تحدث', 'تحدثت', 'يتحدث', 'تتحدث'], participles: ['متحدثا'] },
  { lemma: 'أصدر', forms: ['أصدر', 'أصدرت', 'يصدر'] },
  { lemma: 'استنكر', forms: ['استنكر', 'استنكرت', 'يستنكر'], participles: ['مستنكرا'] },
  { lemma: 'انتقد', forms: ['انتقد', 'انتقدت', 'ينتقد', 'تنتقد', 'انتقدوا'], participles: ['منتقدا', 'منتقدة'] },
  { lemma: 'زاد', forms: ['وزاد', 'وزادت'] },
  { lemma: 'خلص', forms: ['خلص', 'خلصت'] },
  { lemma: 'وعد', forms: ['وعد', 'وعدت'] },
  { lemma: 'طمأن', forms: ['طمأن', 'طمأنت'], participles: ['مطمئنا'] },
  { lemma: 'بشر', forms: ['بشر', 'بشرت'] },
  { lemma: 'أكمل', forms: ['أكمل', 'أكملت', 'يكمل'], participles: ['مكملا'] },
  { lemma: 'اتهم', forms: ['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'اتهموا', 'اتهمه', 'اتهمها', 'اتهمهم', 'اتهمته', 'اتهمتها', 'يتهمه', 'يتهمها'], participles: ['متهما', 'متهمة'] },
  { lemma: 'ندد', forms: ['ندد', 'نددت', 'يندد', 'تندد'], participles: ['مندداً', 'منددة'] },
  { lemma: 'أدان', forms: ['أدان', 'أدانت', 'يدين', 'تدين'], participles: ['مدينا'] },
  { lemma: 'شجب', forms: ['شجب', 'شجبت', 'يشجب'] },
  { lemma: 'رحب', forms: ['رحب', 'رحبت', 'يرحب', 'ترحب'], participles: ['مرحبا'] },
  { lemma: 'أورد', forms: ['أورد', 'أوردت', 'يورد', 'تورد'], participles: ['موردا'] },
  { lemma: 'واصل', forms: ['واصل', 'واصلت', 'يواصل', 'تواصل'] },
  { lemma: 'أجمع', forms: ['أجمع', 'أجمعوا'] },
  { lemma: 'قالت', forms: ['قيل'] },
];

/** Prepositional cues: the speaker follows (بحسب الوزارة، وفق مصدر، نقلا عن الصحيفة). */
export const ACCORDING_TO: readonly string[] = ['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'نقلا', 'حسبما', 'بحسبما', 'وفقما'];

/** Honorific and personal pronouns written after a verb as its subject: they refer back to the last speaker. */
export const HONORIFIC_PRONOUNS: readonly string[] = ['سموه', 'سموها', 'معاليه', 'معاليها', 'سعادته', 'سعادتها', 'فخامته', 'فضيلته', 'دولته', 'جلالته', 'سماحته', 'نيافته', 'غبطته', 'هو', 'هي'];
