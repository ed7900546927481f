// Named persons: mentions without titles or clitics, role phrases, name chains, clusters across
// spelling variants and short forms, and names inside institution names.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { stripClitic } from '../../server/src/analysis/people';
import { analyzeArticle } from '../../server/src/analysis';
import { analyze, mentionTexts, personClusters, personNamed, problemCodes } from './helpers';

describe('titles and roles', () => {
  test('title + name: the mention is the name only, the role holds the title', () => {
    const t = 'وقال وزير الخارجية الأردني سامي الخطيب إن المحادثات ستستأنف قريباً.';
    assert.deepEqual(mentionTexts(t), ['سامي الخطيب']);
    const e = personNamed(t, 'سامي الخطيب')!;
    assert.equal(e.name, 'سامي الخطيب');
    assert.ok(e.roles.some((r) => r.includes('وزير الخارجية')), `roles: ${e.roles}`);
    const m = e.mentions[0];
    assert.ok(m.role, 'mention has a role span');
    assert.ok(t.slice(m.role!.start, m.role!.end).includes('وزير الخارجية'));
    assert.ok(m.role!.end <= m.start);
  });
  test('a name the article has used ends where the tagger ends it, not on the unknown word after it', () => {
    const t = 'قالت الممثلة هالة فاريني إن الفيلم رائع. فيما قالت هالة البالغة من العمر 66 عاما، إن الفيلم جيد.';
    assert.ok(!mentionTexts(t).includes('هالة البالغة'), `mentions: ${mentionTexts(t)}`);
    assert.ok(mentionTexts(t).includes('هالة'), `mentions: ${mentionTexts(t)}`);
  });
  test('two persons the tagger tells apart are two names, not one run over the conjunction', () => {
    const t = 'وقال الرئيس سامر قنديلو إنه سيلتقي الزعيم كيم هوانغ سو. وأضاف أن الهدف الذي اتفق عليه الزعيم كيم والرئيس قنديلو معا هو السلام.';
    assert.ok(!mentionTexts(t).some((m) => m.includes('والرئيس')), `mentions: ${mentionTexts(t)}`);
  });
  test('a first name alone after the full name is that person', () => {
    const t = 'وقالت المدربة هالة فاريني إن الفريق جاهز. ورأت هالة أن الموسم صعب.';
    assert.deepEqual(personNamed(t, 'هالة فاريني')?.mentions.map((m) => m.text), ['هالة فاريني', 'هالة']);
    const u = 'ووقع اللاعب جوردان فيلتمان عقدا جديدا مع النادي. وقال المدرب إن جوردان لاعب مثالي.';
    assert.deepEqual(personNamed(u, 'جوردان فيلتمان')?.mentions.map((m) => m.text), ['جوردان فيلتمان', 'جوردان']);
  });
  test('a first name alone before any full mention stays its own', () => {
    const t = 'ورأت هالة أن الموسم صعب. وقالت المدربة هالة فاريني إن الفريق جاهز.';
    assert.ok(!(personNamed(t, 'هالة فاريني')?.mentions.some((m) => m.text === 'هالة')), 'not joined before the full name');
  });
  test('a person title teaches an unknown family name: الرئيس + surname', () => {
    const t = 'واستقبل الرئيس تورنوفسكي الضيوف في القصر.';
    assert.deepEqual(mentionTexts(t), ['تورنوفسكي']);
  });
  test('a taught name that begins with فال (like ف + ال) is still a name', () => {
    const t = 'واستقبل الرئيس فالديمار الضيوف في القصر.';
    assert.deepEqual(mentionTexts(t), ['فالديمار']);
  });
  test('a spokesman role with an unknown given and family name', () => {
    const t = 'وقال المتحدث باسم الهيئة زاهر قنديلو، إن الموعد لم يحدد.';
    assert.deepEqual(mentionTexts(t), ['زاهر قنديلو']);
  });
  test('no title word inside any mention', () => {
    const t = 'والتقى الدكتور نبيل الصافي بالسفيرة هالة الرفاعي والمهندس فراس النجار.';
    const ms = mentionTexts(t);
    assert.deepEqual(ms, ['نبيل الصافي', 'هالة الرفاعي', 'فراس النجار']);
  });
  test('an ambiguous given name (كريم) after a title', () => {
    const t = 'وقال المهندس كريم النجار إن الجسر جاهز.';
    assert.deepEqual(mentionTexts(t), ['كريم النجار']);
  });
  test('a rank title before an ordinary word does not make a person (إن الفريق جاهز)', () => {
    const t = 'وقال المدرب إن الفريق جاهز للمباراة.';
    assert.deepEqual(mentionTexts(t), []);
  });
});

describe('clitics', () => {
  test('a clitic before a foreign surname is stripped (ل + surname), one cluster', () => {
    const t = 'وصل الرئيس فلاديمير كوستيرين إلى العاصمة صباح الأحد.\nوأقيمت لكوستيرين مأدبة عشاء في القصر.';
    const ms = mentionTexts(t);
    assert.deepEqual(ms, ['فلاديمير كوستيرين', 'كوستيرين']);
    const second = analyze(t).entities.flatMap((e) => e.mentions).find((m) => m.text === 'كوستيرين')!;
    assert.equal(t.slice(second.start, second.end), 'كوستيرين');
    assert.equal(personClusters(t).length, 1);
  });
  test('و + name: the conjunction is not part of the mention', () => {
    const t = 'وحضر الاجتماع بسام الكردي وفراس الداوود.';
    assert.deepEqual(mentionTexts(t), ['بسام الكردي', 'فراس الداوود']);
  });
  test('بـ + tatweel + name: the mention starts at the name', () => {
    const t = 'واتصلت اللجنة بـفراس الداوود مساء أمس.';
    assert.deepEqual(mentionTexts(t), ['فراس الداوود']);
  });
  test('a role followed by an adverb and a clitic name: the adverb is not a person', () => {
    const t = 'واتصل الوزير هاتفياً بـفراس الداوود مساء أمس.';
    assert.deepEqual(mentionTexts(t), ['فراس الداوود']);
  });
  test('names that begin with clitic letters are not cut (بسام، فادي، لؤي، وائل، كنان، لبنى)', () => {
    const t = 'وشارك في الندوة بسام الكردي وفادي السقا ولؤي الحايك ووائل الدباغ والمهندس كنان الأيوبي والدكتورة لبنى الشريف.';
    assert.deepEqual(mentionTexts(t), ['بسام الكردي', 'فادي السقا', 'لؤي الحايك', 'وائل الدباغ', 'كنان الأيوبي', 'لبنى الشريف']);
  });
  test('a name beginning with و after a title is not cut (وليد)', () => {
    const t = 'وقال المحلل الاقتصادي وليد الهاشمي إن السوق هادئة.';
    assert.deepEqual(mentionTexts(t), ['وليد الهاشمي']);
  });
  test('a foreign surname beginning with ب is not cut, and its short form is found', () => {
    const t = 'وقال المدرب ماركو بيلاتي إن اللاعبين جاهزون.\nوأضاف بيلاتي أن المباراة صعبة.';
    assert.deepEqual(mentionTexts(t), ['ماركو بيلاتي', 'بيلاتي']);
    assert.equal(personClusters(t).length, 1);
  });
  test('stripClitic splits a clitic only when the rest passes the test', () => {
    const known = (k: string) => k === 'كوستيرين' || k === 'بسام';
    assert.deepEqual(stripClitic('لكوستيرين', known), [1, 'كوستيرين']);
    assert.deepEqual(stripClitic('وبكوستيرين', known), [2, 'كوستيرين']);
    assert.deepEqual(stripClitic('بسام', known), [0, 'بسام']);
    assert.equal(stripClitic('مكوستيرين', known), null);
    assert.deepEqual(stripClitic('للرييس', (k) => k === 'الرييس'), [1, 'الرييس']);
  });
});

describe('name chains', () => {
  test('بن and آل', () => {
    const t = 'وقال الشيخ خالد بن ناصر آل حمدان إن المهرجان سيقام في موعده.';
    assert.deepEqual(mentionTexts(t), ['خالد بن ناصر آل حمدان']);
  });
  test('a family name with أبو', () => {
    const t = 'وقال الصحفي يوسف أبو رحمة إن الطريق مغلق منذ الصباح.';
    assert.deepEqual(mentionTexts(t), ['يوسف أبو رحمة']);
  });
  test('a kunya after a title', () => {
    const t = 'وقال القائد الميداني أبو سليم الحوراني إن الهدنة صامدة.';
    assert.deepEqual(mentionTexts(t), ['أبو سليم الحوراني']);
  });
  test('عبد + name is one given name', () => {
    const t = 'وقال عبد الرحيم الشمري إن الموسم كان جيداً.';
    assert.deepEqual(mentionTexts(t), ['عبد الرحيم الشمري']);
  });
  test('a chain name shortened to the first name after a title joins the cluster', () => {
    const t = 'وافتتح الشيخ خالد بن ناصر آل حمدان المعرض.\nوتجول الشيخ خالد في الأجنحة.';
    assert.equal(personClusters(t).length, 1);
    assert.deepEqual(personClusters(t)[0], ['خالد بن ناصر آل حمدان', 'خالد']);
  });
});

describe('clusters: variants and short forms', () => {
  test('ج/غ transliteration variants in one cluster, with a name-variant hint', () => {
    const t = 'وقال وزير الطاقة سيرغي ماليكوف إن الإمدادات مستقرة.\nوكان سيرغي ماليكوف قد زار المنشأة.\nوأكد سيرجي ماليكوف أن الأسعار لن ترتفع.';
    const clusters = personClusters(t);
    assert.deepEqual(clusters, [['سيرغي ماليكوف', 'سيرغي ماليكوف', 'سيرجي ماليكوف']]);
    assert.ok(problemCodes(t).includes('name-variant'));
  });
  test('a foreign family name beginning with فال stays in the name', () => {
    const t = 'وقال وزير الطاقة سيرغي فالنتوف إن الإمدادات مستقرة.\nوأكد سيرجي فالنتوف أن الأسعار لن ترتفع.';
    assert.deepEqual(mentionTexts(t), ['سيرغي فالنتوف', 'سيرجي فالنتوف']);
  });
  test('hamza variants in one cluster', () => {
    const t = 'وقال أسامة الزعبي إن الموسم كان ناجحاً.\nوأضاف اسامة الزعبي أن الإنتاج زاد.';
    assert.equal(personClusters(t).length, 1, JSON.stringify(personClusters(t)));
  });
  test('a short form (family name with the article) joins the full name', () => {
    const t = 'وقال الوزير سامي الخطيب إن الخطة جاهزة.\nوأضاف الخطيب أن التنفيذ يبدأ غداً.';
    assert.deepEqual(personClusters(t), [['سامي الخطيب', 'الخطيب']]);
  });
  test('a short form without the article joins the full name', () => {
    const t = 'وقالت المستشارة أولغا برانتوفا إن المفاوضات مستمرة.\nوأوضحت برانتوفا أن الوفد سيعود.';
    assert.deepEqual(personClusters(t), [['أولغا برانتوفا', 'برانتوفا']]);
  });
  test('two people whose surnames differ by one letter stay apart', () => {
    const t = 'وقال ديفيد كارسون إن السوق هادئة.\nفيما قال ديفيد كارتون إن السوق مضطربة.';
    assert.equal(personClusters(t).length, 2, JSON.stringify(personClusters(t)));
    assert.ok(!problemCodes(t).includes('name-variant'));
  });
  test('two Arabic people with the same given name stay apart', () => {
    const t = 'وقال فراس النجار إن المصنع يعمل.\nوقال فراس الحداد إن المصنع متوقف.';
    assert.equal(personClusters(t).length, 2);
  });
  test('the entity name is the fullest form and spellings list distinct forms', () => {
    const t = 'وقال الخطيب إن الخطة جاهزة.\nوكان الوزير سامي الخطيب قد أعلنها.\nوأضاف الخطيب أن التنفيذ يبدأ غداً.';
    const e = personNamed(t, 'سامي الخطيب')!;
    assert.equal(e.name, 'سامي الخطيب');
    assert.ok(e.spellings.includes('سامي الخطيب'));
  });
  test('known people from the options: an alias joins the known name', () => {
    const t = 'وقال أبو فراس إن القافلة وصلت.';
    const a = analyzeArticle(t, { knownPeople: [{ name: 'فراس المنذري', role: 'قائد الفوج', aliases: ['أبو فراس'] }] });
    const persons = a.entities.filter((e) => e.type === 'person');
    assert.equal(persons.length, 1);
    assert.equal(persons[0].name, 'فراس المنذري');
  });
});

describe('names inside institution names are not mentions', () => {
  test('جامعة الملك …', () => {
    const t = 'وتخرج الطلاب من جامعة الملك منصور في حفل كبير.';
    assert.deepEqual(mentionTexts(t), []);
  });
  test('شارع الأمير … and مستشفى الشيخ …', () => {
    const t = 'وأغلق شارع الأمير بندر بسبب الأمطار، ونقل المصابون إلى مستشفى الشيخ راشد.';
    assert.deepEqual(mentionTexts(t), []);
  });
  test('a person next to an institution name is still a mention', () => {
    const t = 'وقال مدير جامعة الملك منصور الدكتور نبيل الصافي إن الدراسة ستستأنف.';
    assert.deepEqual(mentionTexts(t), ['نبيل الصافي']);
  });
});

describe('mention spans', () => {
  test('every mention text equals the text at its span', () => {
    const t = 'وقال الوزير سامي الخطيب لكريم النجار: «سنلتقي غداً».\nوأضاف الخطيب: «الاجتماع مهم».';
    const a = analyze(t);
    for (const e of a.entities) for (const m of e.mentions) assert.equal(t.slice(m.start, m.end), m.text);
  });
});

describe('names the lexicons do not hold', () => {
  test('X الله written apart is one name (حسن نصر الله, later نصر الله)', () => {
    const t = 'وقال القيادي حسن نصر الله إن الحوار مستمر.\nوأضاف نصر الله أن اللجنة ستجتمع.';
    assert.deepEqual(personClusters(t), [['حسن نصر الله', 'نصر الله']]);
  });
  test('a byline on the first line', () => {
    const t = 'وليد الصيرفي - الرياض\nافتتحت البلدية حديقة جديدة أمس.';
    assert.deepEqual(mentionTexts(t), ['وليد الصيرفي']);
  });
  test('a title word as a family name after a titled name (العقيد حسان الشيخ)', () => {
    const t = 'وكان العقيد حسان الشيخ قتل في الهجوم.';
    assert.deepEqual(mentionTexts(t), ['حسان الشيخ']);
  });
  test('a word with a possessive pronoun is not a name (مؤكداً ثقة بلاده …)', () => {
    const t = 'وقال الوزير سامي الخطيب إن التعاون مستمر، مؤكداً ثقة بلاده في الشركاء.';
    assert.deepEqual(mentionTexts(t), ['سامي الخطيب']);
  });
  test('a name after a role and the body it serves (المدير الفني لنادي الوحدة …)', () => {
    const t = 'أكد المدير الفني لنادي الوحدة السعودي ماركو بيلاتي جاهزية الفريق.';
    assert.deepEqual(mentionTexts(t), ['ماركو بيلاتي']);
  });
});

describe('a surname after a reporting verb', () => {
  test('one unknown word before إن is a name, even one that starts like ك + a verb (كيرين)', () => {
    const t = 'وقال كيرين إن المحادثات مثمرة.';
    assert.deepEqual(mentionTexts(t), ['كيرين']);
  });
});
