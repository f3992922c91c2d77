import * as assert from 'assert';
import * as fc from 'fast-check';
import { findQuotes } from '../../src/core/quotes';
import { attachRoles } from '../../src/core/roles';
import { attributeSpeakers } from '../../src/core/speakers';
import { tokenize } from '../../src/core/tokenize';
import { Entity, EntityType } from '../../src/core/types';
import { SpeakerExplanation } from '../../src/core/speaker-rules';
import { annotate, entitiesIn, EntitySpec } from './quote-test-entities';

const SEED = 20261127;

describe('core/speakers: the cue\'s own subject', () => {
  it('takes the name right after the cue verb', () => {
    const a = annotate('وقال بيسكوف: “في بناء علاقاتنا مع جيراننا ما يهمنا هو مصلحة بلدينا”.', [['بيسكوف', 'person']]);
    assert.deepStrictEqual(a.speakers, ['بيسكوف']);
  });

  it('takes the holder after a title\'s complement, not a name inside it', () => {
    const a = annotate('وأعلن المسؤول الإعلامي لغرفة عمليات عمر المختار التابعة للجيش الليبي عبدالكريم صبرا، إن الجيش أحرز تقدما كبيرا.', [
      ['عمر المختار', 'person'], ['عبدالكريم صبرا', 'person'], ['الجيش', 'organization'],
    ]);
    assert.deepStrictEqual([...new Set(a.speakers)], ['عبدالكريم صبرا']);
    const b = annotate('وقالت الناطقة باسم خدمات الإطفاء (كول فاير) لين راوند إن الرياح ساعدت النيران.', [['كول فاير', 'person'], ['لين راوند', 'person']]);
    assert.deepStrictEqual([...new Set(b.speakers)], ['لين راوند']);
    // After a title or a word with a pronoun suffix, the first name is the holder.
    const c = annotate('وقال المتحدث باسمها مين كيونج ووك إن الوزير مون هيونج بيو سيبدأ عمله غدا.', [['مين كيونج ووك', 'person'], ['مون هيونج بيو', 'person']]);
    assert.deepStrictEqual([...new Set(c.speakers)], ['مين كيونج ووك']);
  });

  it('reads no subject in the quotation\'s own words (وتعهدت بجعل …: the subject is elided)', () => {
    const a = annotate('وقالت هيلاري كلينتون إنها تترشح من أجل الجميع. وتعهدت بجعل الاقتصاد يعمل من أجل جميع الأمريكيين.', [['هيلاري كلينتون', 'person']]);
    assert.deepStrictEqual(a.speakers, ['هيلاري كلينتون', 'هيلاري كلينتون']);
  });

  it('reads a body with a feminine head right after a masculine verb as its object (وحث الحكومة على …), not after a feminine one', () => {
    const a = annotate('ودعا صلاح الدين دمرداش إلى «رفع الاصبع عن الزناد» وحث الحكومة التركية على بدء محادثات لوقف العنف.', [
      ['صلاح الدين دمرداش', 'person'], ['الحكومة التركية', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['صلاح الدين دمرداش', 'صلاح الدين دمرداش']);
    const b = annotate('وحثت الحكومة التركية على بدء محادثات لوقف العنف.', [['الحكومة التركية', 'organization']]);
    assert.deepStrictEqual(b.speakers, ['الحكومة التركية']);
  });

  it('gives a feminine participle no man\'s speech before it in the sentence, but the clause\'s own subject (وكتبت ميس حمدان …، قائلة)', () => {
    const a = annotate('وكتب نبيل الحلفاوي: «رحم الله الفقيدة»، وكتبت ميس حمدان عبر حسابها على إنستجرام قائلة: «البقاء لله».', [
      ['نبيل الحلفاوي', 'person'], ['ميس حمدان', 'person'], ['إنستجرام', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['نبيل الحلفاوي', 'ميس حمدان']);
  });

  it('gives a relative clause\'s cue to its antecedent (روسيا التي قالت إن …)', () => {
    const a = annotate('ورفضت الخطة روسيا التي قالت إن “العقوبات لن تغير موقفنا”.', [['روسيا', 'place']]);
    assert.deepStrictEqual(a.speakers, ['روسيا']);
  });

  it('names nobody when the relative clause accuses the name after it (الصحف التي اتهمت فرنسا ب …)', () => {
    const a = annotate('وقال ماكرون إن الحوار مستمر. وجاء ذلك ردا على الصحف البريطانية التي اتهمت فرنسا بأنها “تعرقل المفاوضات عمدا”.', [['ماكرون', 'person'], ['فرنسا', 'place']]);
    assert.deepStrictEqual(a.speakers, ['ماكرون', null, null]);
  });

  it('reads the subject after the verb when a pronoun goes back to the antecedent (الذي قال فيه الوزير …)', () => {
    const a = annotate('وجاء ذلك في المؤتمر الذي قال فيه الوزير خالد الفالح إن “الأسواق مستقرة”.', [['خالد الفالح', 'person']]);
    assert.deepStrictEqual(a.speakers, ['خالد الفالح']);
  });

  it('reads a preposition written apart as a preposition, not a subject (وانتقد ما وصفه بـ«العدوان»)', () => {
    const a = annotate('وقال الوزير خالد الفالح إن “الأسواق مستقرة”. وانتقد ما وصفه بـ«العدوان» على المنشآت.', [['خالد الفالح', 'person']]);
    assert.deepStrictEqual(a.speakers.slice(0, 1), ['خالد الفالح']);
    assert.ok(a.speakers.slice(1).every((s) => s === 'خالد الفالح'), JSON.stringify(a.speakers));
  });

  it('takes the name after a cue that follows the quotation', () => {
    const a = annotate('“تمتلك كوريا الشمالية الذخائر التي يحتاجها بوتين”، كما يلاحظ من جانبه ليف إيريك إيسلي، الأستاذ في جامعة إيوها.', [
      ['ليف إيريك إيسلي', 'person'], ['بوتين', 'person'], ['كوريا الشمالية', 'place'], ['جامعة إيوها', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['ليف إيريك إيسلي']);
  });

  it('reads past the addressee behind ل (لوكالة فرانس برس is spoken to, not speaking)', () => {
    const a = annotate('وقال تشيونغ سيونغ تشانغ، الباحث في معهد سيجونغ، لوكالة فرانس برس إنه “سيكون هناك احتمال متزايد لنزاع طويل”.', [
      ['تشيونغ سيونغ تشانغ', 'person'], ['وكالة فرانس برس', 'organization'], ['معهد سيجونغ', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['تشيونغ سيونغ تشانغ', 'تشيونغ سيونغ تشانغ']);
  });

  it('reads past an addressee behind a ل written apart (لـ «عكاظ»), for an elided subject too', () => {
    const a = annotate('وكشف مصدر لـ «عكاظ» أن اللاعب وقع عقدا جديدا، وأكد أن الصفقة هي الأكبر.', [['عكاظ', 'organization']]);
    assert.deepStrictEqual(a.speakers, [null, null]);
  });

  it('lets institutions and places speak (قالت واشنطن، أعلنت وكالة …)', () => {
    const a = annotate('قالت واشنطن إنه قد يؤدي إلى اتفاق. وأعلنت وكالة الأنباء المركزية الكورية الرسمية يوم الثلاثاء أن الزعيم غادر بالقطار.', [
      ['واشنطن', 'place'], ['وكالة الأنباء المركزية الكورية', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['واشنطن', 'وكالة الأنباء المركزية الكورية']);
  });

  it('gives the subject between كان and قد (وكانت صحيفة "الأهرام" قد ذكرت أن)', () => {
    const a = annotate('وكانت صحيفة "الأهرام" قد ذكرت الأسبوع الماضي أن الاتحاد يدرس إقامة المعسكر في الإمارات.', [
      ['الأهرام', 'organization'], ['الإمارات', 'place'],
    ]);
    assert.deepStrictEqual(a.speakers, ['الأهرام']);
  });

  it('gives speech reported inside reported speech the name between أن and its verb, and goes on with the outer speaker after it', () => {
    const a = annotate('وقال فوزي إن نبيل العربي أبلغ المبعوث أن الجامعة العربية ستدرس الأمر. وتابع: "ننتظر الرد".', [
      ['فوزي', 'person'], ['نبيل العربي', 'person'], ['المبعوث', 'person'], ['الجامعة العربية', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['فوزي', 'نبيل العربي', 'فوزي']);
    // A title or a country after أن is not taken for the speaker (it is resolved elsewhere, or is what the clause is about).
    const b = annotate('وأكد الوزير أن الكويت أعلنت أن البطولة ستقام في موعدها.', [['الكويت', 'place']]);
    assert.strictEqual(b.speakers.length, 2);
    assert.notStrictEqual(b.speakers[1], 'الكويت');
  });

  it('reads a participle\'s main verb like any cue verb: its subject may stand before كان … قد', () => {
    const a = annotate('وكان الدكتور عبدالله البرقان رئيس لجنة الاحتراف قد غرد عبر حسابه الشخصي، قائلا: "تم تسلم الموافقة من الاتحاد الدولي".', [
      ['عبدالله البرقان', 'person'], ['لجنة الاحتراف', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['عبدالله البرقان']);
  });

  it('takes a name behind a title word missing from the lexicon (وقالت نجمة المنتخب سارة عصام)', () => {
    const a = annotate('وقالت نجمة المنتخب سارة عصام إن الفريق جاهز.', [['سارة عصام', 'person']]);
    assert.deepStrictEqual(a.speakers, ['سارة عصام']);
  });
});

describe('core/speakers: the speaker named after the quotation', () => {
  it('gives «…»، هذا ما قاله X to X, not to whoever spoke before', () => {
    const a = annotate('وتحدث المدرب جون ألكسندر عن المباراة. «لن نتخلى عن الصدارة»، هذا ما قاله اللاعب وسام حمدان بعد المباراة.', [
      ['جون ألكسندر', 'person'], ['وسام حمدان', 'person'],
    ]);
    assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.cue?.text ?? null]), [['المباراة', 'وتحدث'], ['لن نتخلى عن الصدارة', 'هذا ما قاله']]);
    assert.deepStrictEqual(a.speakers.slice(-1), ['وسام حمدان']);
  });
});

describe('core/speakers: headlines', () => {
  it('gives a headline «X: …» to X, a title to the holder the text names further on', () => {
    const a = annotate('كيري: مصر دفعت ثمنا باهظا لمكافحة التطرف\n\nوصل جون كيري إلى القاهرة أمس.', [['كيري', 'person'], ['جون كيري', 'person'], ['مصر', 'place'], ['القاهرة', 'place']]);
    assert.deepStrictEqual(a.quotes.map((q) => [q.kind, q.text, q.cue?.text ?? null]), [['indirect', 'مصر دفعت ثمنا باهظا لمكافحة التطرف', null]]);
    assert.deepStrictEqual(a.speakers, ['كيري']);
    const b = annotate('وزير العدل اللبناني: عون غطاء لمشروع إيران في بلادنا\n\nوهاجم وزير العدل أشرف ريفي أمس العماد عون.', [['أشرف ريفي', 'person'], ['عون', 'person'], ['إيران', 'place']]);
    assert.deepStrictEqual(b.speakers, ['أشرف ريفي']);
    // The role may be written otherwise further on: the head and the country agree (الرئيس القبرصي، رئيس جمهورية قبرص).
    const c = annotate('الرئيس القبرصي لـ {الشرق الأوسط}: ثقل السعودية يمكن أن يساهم في توحيد الجزيرة\n\nأكد نيكوس اناستاسيادس، رئيس جمهورية قبرص، أنه يزداد تصميما.', [
      ['الشرق الأوسط', 'organization'], ['السعودية', 'place'], ['نيكوس اناستاسيادس', 'person'], ['قبرص', 'place'],
    ]);
    assert.deepStrictEqual(c.speakers, ['نيكوس اناستاسيادس', 'نيكوس اناستاسيادس']);
  });

  it('reads a place alone before the colon as a dateline, and a byline as nobody\'s speech', () => {
    assert.deepStrictEqual(annotate('العراق: الأطراف الكردية تتفق على بقاء البارزاني\n\nاتفقت الأطراف.', [['العراق', 'place'], ['البارزاني', 'person']]).quotes, []);
    assert.deepStrictEqual(annotate('كتب: محمود صبري\n\nرفع الجهاز الفني درجات الاستعداد.', [['محمود صبري', 'person']]).quotes, []);
    assert.deepStrictEqual(annotate('سبق- الباحة: احتفل المعلم بحفل زفافه.', [['سبق', 'organization']]).quotes, []);
    assert.deepStrictEqual(annotate('1940- الحرب العالمية الثانية: حكومة فيشي تصدر حكما بالإعدام.\n- اليوم الأول: المشي لمدة دقيقة.', []).quotes, []);
  });

  it('reads a subhead\'s speaker in its own paragraph, not the speaker before it', () => {
    const a = annotate('قال الرئيس الروسي فلاديمير بوتين إن الوضع صعب جدا.\nوزير الخارجية الأمريكي: مصر دفعت ثمنا باهظا في الحرب\nوقال وزير الخارجية الأمريكي جون كيري إن الوضع صعب.',
      [['فلاديمير بوتين', 'person'], ['مصر', 'place'], ['جون كيري', 'person']]);
    assert.deepStrictEqual(a.speakers, ['فلاديمير بوتين', 'جون كيري', 'جون كيري']);
  });

  it('numbers the quotations q1, q2, … after a dateline is set aside', () => {
    const a = annotate('العراق: الأطراف الكردية تتفق على تشكيل الحكومة\nقال الرئيس فلاديمير بوتين إن الوضع صعب جدا.', [['العراق', 'place'], ['فلاديمير بوتين', 'person']]);
    assert.deepStrictEqual(a.quotes.map((q) => [q.id, q.text]), [['q1', 'الوضع صعب جدا']]);
  });

  it('reads a subhead «X : …» inside the text the same way', () => {
    const a = annotate('وقال الوزير إن الحل قريب.\nرايس : إذا اختار البشير التعاون فسيجد فينا " شريكا متفانيا " .', [['رايس', 'person'], ['البشير', 'person']]);
    assert.deepStrictEqual(a.quotes.filter((q) => q.text.startsWith('إذا')).length, 1);
    assert.deepStrictEqual(a.speakers.slice(1), ['رايس', 'رايس']);
  });
});

describe('core/speakers: statements as objects (أكدت الوزارة مقتل …)', () => {
  it('reads it after a source the text does not name, its words kept apart from what it said', () => {
    const a = annotate('وأكد مصدر عسكري مقتل ثلاثة جنود. وأعلن مصدر في وزارة الدفاع سقوط طائرة.', [['وزارة الدفاع', 'organization']]);
    assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.speakerText]), [['مقتل ثلاثة جنود', 'مصدر عسكري'], ['سقوط طائرة', 'مصدر']]);
    assert.deepStrictEqual(a.speakers, [null, null]);
  });

  it('reads the noun phrase after a named subject of أكد، أعلن، نفى as what it said', () => {
    const a = annotate('وأكدت وزارة الخارجية مقتل أحد مواطنيها في الهجوم. وأعلن وزير الداخلية برنار كازنوف الأربعاء نشر 120 شرطيا اضافيا.',
      [['وزارة الخارجية', 'organization'], ['برنار كازنوف', 'person']]);
    assert.deepStrictEqual(a.quotes.map((q) => [q.kind, q.text, q.cue?.text]), [
      ['indirect', 'مقتل أحد مواطنيها في الهجوم', 'وأكدت'],
      ['indirect', 'نشر 120 شرطيا اضافيا', 'وأعلن'],
    ]);
    assert.deepStrictEqual(a.speakers, ['وزارة الخارجية', 'برنار كازنوف']);
    assert.deepStrictEqual(a.quotes.map((q) => q.id), ['q1', 'q2']);
  });

  it('takes no preposition, clause or second name for the object, and adds nothing a quotation already holds', () => {
    assert.deepStrictEqual(annotate('وأكد الوزير في كلمته أن الوضع مستقر.', []).quotes.map((q) => q.text), ['الوضع مستقر']);
    assert.deepStrictEqual(annotate('وأعلن كيري عن زيارة قريبة.', [['كيري', 'person']]).quotes.map((q) => q.text), ['زيارة قريبة']);
    // Whom it was said to stands between the speaker and what he said (لشكري، لـ«عكاظ»).
    assert.deepStrictEqual(annotate('وأكد كيري لشكري دعم بلاده.', [['كيري', 'person'], ['شكري', 'person']]).quotes.map((q) => q.text), ['دعم بلاده']);
    assert.deepStrictEqual(annotate('وكشف اللواء أحمد اليافعي لـ«عكاظ» وجود أسرى إيرانيين.', [['أحمد اليافعي', 'person']]).quotes.map((q) => q.text), ['وجود أسرى إيرانيين']);
  });

  it('reads the object of a verb whose subject is elided, at the start of a sentence, and of a participle after a comma', () => {
    const a = annotate('وقال الوزير نبيل العربي إن الوضع جيد. وأكد استمرار الدعم للمقاومة في المدن. ورأى أن الحل قريب، نافيا صحة الانطباع السائد.',
      [['نبيل العربي', 'person']]);
    assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.cue?.text]), [
      ['الوضع جيد', 'وقال'], ['استمرار الدعم للمقاومة في المدن', 'وأكد'], ['الحل قريب', 'ورأى'], ['صحة الانطباع السائد', 'نافيا'],
    ]);
    assert.deepStrictEqual(a.speakers, ['نبيل العربي', 'نبيل العربي', 'نبيل العربي', 'نبيل العربي']);
  });

  it('reads past where it was said (في تصريحات، a circumstance to its comma) to the object', () => {
    const a = annotate('وأكد كيري في تصريحات رغبة بلده في مساعدة مصر. وأعلنت الحكومة اليمنية في وقت سابق، تحويل حركة الملاحة إلى عدن.',
      [['كيري', 'person'], ['مصر', 'place'], ['الحكومة اليمنية', 'organization'], ['عدن', 'place']]);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['رغبة بلده في مساعدة مصر', 'تحويل حركة الملاحة إلى عدن']);
    assert.deepStrictEqual(a.speakers, ['كيري', 'الحكومة اليمنية']);
  });

  it('takes no subject, apposition, adverb, adjective nor reported verb for the object of an elided subject', () => {
    const texts = [
      'قال الوزير إن الوضع جيد. وأكد هذه المصادر سقوط قتلى.', // a pointer opens the subject
      'قال الوزير إن الوضع جيد. وأكد سموه أهمية التعاون.', // an honorific stands for the person
      'قال الوزير إن الوضع جيد. وأعلنت قيادة القوات المشتركة استشهاد جندي.', // a command is a subject
      'قال الوزير إن الوضع جيد. وأكد رسميا عودة السفير.', // an adverb
      'وقد استخدمت أضواء كاشفة قوية جدا خلال البث.', // a participle describing its noun
      'وذكر الوزير أن المشروع يعد استكمالا للخطوات، وأعلنت عزمها تطبيق المقاييس.', // inside what was reported
      'وأكدت الوزارة وهيئة الأركان في بيان أصدرته أمس بمناسبة التحرير.', // the statement's relative verb
    ];
    for (const text of texts) {
      assert.deepStrictEqual(annotate(text).quotes.filter((q) => q.cue?.text !== 'قال' && q.cue?.text !== 'وذكر').map((q) => q.text), [], text);
    }
    // An apposition between commas, before the verb's own complement, is no object.
    const b = annotate('وأعلن نادي باريس سان جيرمان، حامل لقب الدوري الفرنسي، عن ضم لاعب جديد.', [['نادي باريس سان جيرمان', 'organization']]);
    assert.deepStrictEqual(b.quotes.map((q) => q.text), ['ضم لاعب جديد']);
    const c = annotate('أكد نيكوس اناستاسيادس، رئيس جمهورية قبرص، أن السلام قريب.', [['نيكوس اناستاسيادس', 'person']]);
    assert.deepStrictEqual(c.quotes.map((q) => q.text), ['السلام قريب']);
  });

  it('reads what was said after an apposition between commas (أعلنت اللجنة …، برئاسة …، حالة الطوارئ)', () => {
    const a = annotate('أعلنت اللجنة الثورية التابعة للحوثيين، برئاسة محمد علي الحوثي، حالة الطوارئ في العاصمة صنعاء.',
      [['اللجنة الثورية التابعة للحوثيين', 'organization'], ['محمد علي الحوثي', 'person'], ['صنعاء', 'place']]);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['حالة الطوارئ في العاصمة صنعاء']);
    assert.deepStrictEqual(a.speakers, ['اللجنة الثورية التابعة للحوثيين']);
    const b = annotate('وأعلن نادي برشلونة، متصدر الدوري، تعاقده مع لاعب جديد.', [['نادي برشلونة', 'organization']]);
    assert.deepStrictEqual(b.quotes.map((q) => q.text), ['تعاقده مع لاعب جديد']);
  });

  it('takes no word of where it was said for the object, after a time word (أمس في بيان صحفي لها، عن …)', () => {
    const a = annotate('إلى ذلك أعلنت مديرية أمن شمال سيناء أمس في بيان صحفي لها، عن توجيهها عدة حملات.', [['سيناء', 'place']]);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['توجيهها عدة حملات']);
  });

  it('ends the reported noun phrase at a quotation, which stays a quotation of its own', () => {
    const a = annotate('وأكد الرئيس فلاديمير بوتين ضرورة «الحوار مع الغرب، والتفاهم معه» اليوم.', [['فلاديمير بوتين', 'person']]);
    assert.deepStrictEqual(a.quotes.map((q) => [q.kind, q.text]), [['indirect', 'ضرورة'], ['direct', 'الحوار مع الغرب، والتفاهم معه']]);
  });

  it('reads no time (15:37) nor link line (رابط الخبر: …) as a headline', () => {
    assert.deepStrictEqual(annotate('وصلت القافلة\n15:37 ت م\nرابط الخبر بصحيفة الوئام: إيران تبحث عن تطبيع العلاقات', [['الوئام', 'organization']]).quotes, []);
  });
});

describe('core/speakers: titles and where bodies are', () => {
  it('resolves a title by its nationality adjective to a role naming the country (الرئيس القبرصي, رئيس جمهورية قبرص)', () => {
    const a = annotate('وقال رئيس جمهورية قبرص نيكوس اناستاسيادس إن بلاده تريد السلام. وفي الختام قال الرئيس القبرصي «لا تأتي علاقاتنا على حساب أحد».',
      [['نيكوس اناستاسيادس', 'person'], ['قبرص', 'place']]);
    assert.deepStrictEqual(a.speakers, ['نيكوس اناستاسيادس', 'نيكوس اناستاسيادس']);
  });

  it('ends the title at the preposition that opens what was said (وأشار الباحث إلى أن، وأعرب الوزير المصري عن)', () => {
    const a = annotate('وقال سيباستيان ابيس الباحث في مؤسسة العلاقات الدولية إن القمح سلاح. وأشار الباحث إلى أن القمح سفير اقتصادي.',
      [['سيباستيان ابيس', 'person']]);
    assert.deepStrictEqual(a.speakers, ['سيباستيان ابيس', 'سيباستيان ابيس']);
  });

  it('keeps a preposition that belongs to the title when no complement opens there (المسؤول عن الملف الأمني … اللواء أحمد سالم)', () => {
    const a = annotate('وقال المسؤول عن الملف الأمني في المحافظة اللواء أحمد سالم إن الوضع مستقر.', [['أحمد سالم', 'person']]);
    assert.deepStrictEqual(a.speakers, ['أحمد سالم']);
    const b = annotate('وحذر المتحدث الأمني بوزارة الداخلية اللواء منصور التركي من الشائعات. وحذر اللواء التركي من سياسة الإحباط الموجه للمواطن.',
      [['منصور التركي', 'person']]);
    assert.deepStrictEqual(b.speakers, ['منصور التركي', 'منصور التركي']);
  });

  it('finds the holder after a long title, to the colon', () => {
    const a = annotate('وقال الباحث الفلكي، بقسم علوم الفلك والفضاء بجامعة الملك عبدالعزيز، ملهم بن محمد هندي: "هذه الشهب تصل إلى ذروتها".',
      [['جامعة الملك عبدالعزيز', 'organization'], ['ملهم بن محمد هندي', 'person']]);
    assert.deepStrictEqual(a.speakers, ['ملهم بن محمد هندي']);
  });

  it('gives a participle the subject of the main clause, not of a relative clause (الإجراءات التي أعلنها كاميرون معتبرا)', () => {
    const a = annotate('وهاجم برتران الإجراءات التي أعلنها كاميرون معتبرا أنها "في غير مكانها".', [['برتران', 'person'], ['كاميرون', 'person']]);
    assert.deepStrictEqual(a.speakers, ['برتران', 'برتران']);
  });

  it('gives «the official» with no role of his own to the person speaking (وتابع المسؤول الإيراني:)', () => {
    const a = annotate('وقال مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان إن بلاده تعد مبادرات. وتابع المسؤول الإيراني: «أود أن أعلن دعمنا».',
      [['حسين أمير عبد اللهيان', 'person']]);
    assert.deepStrictEqual(a.speakers, ['حسين أمير عبد اللهيان', 'حسين أمير عبد اللهيان']);
  });

  it('gives a title no role names to the person speaking when its nationality is theirs (رئيس الدبلوماسية الإيرانية)', () => {
    const a = annotate('وقال وزير الخارجية الإيراني محمد جواد ظريف إن أمن المنطقة من أمن إيران. وأشار رئيس الدبلوماسية الإيرانية إلى أن طهران لا تضمن استقرارها وحدها.',
      [['محمد جواد ظريف', 'person'], ['إيران', 'place'], ['طهران', 'place']]);
    assert.deepStrictEqual(a.speakers, ['محمد جواد ظريف', 'محمد جواد ظريف']);
  });

  it('gives that title to nobody quoted before when it is of another nationality, gender or number, or one of several', () => {
    const quoted = 'وقال وزير الخارجية الإيراني محمد جواد ظريف إن أمن المنطقة من أمن إيران. ';
    for (const title of ['وأشار رئيس الدبلوماسية التركية', 'وأشارت الباحثة الإيرانية', 'وأشار المسؤولان الإيرانيان', 'وأشار أحد المسؤولين الإيرانيين']) {
      const a = annotate(quoted + title + ' إلى أن الحل قريب.', [['محمد جواد ظريف', 'person'], ['إيران', 'place']]);
      assert.deepStrictEqual(a.speakers, ['محمد جواد ظريف', null], title);
    }
  });

  it('does not take the place a body speaks in for the speaker (وقالت البطريركية اللاتينية في القدس)', () => {
    const a = annotate('وقالت البطريركية اللاتينية في القدس في بيان إن هذه التصريحات غير مقبولة.', [['القدس', 'place']]);
    assert.deepStrictEqual(a.speakers, [null]);
  });
});

describe('core/speakers: names the tagger half-found', () => {
  it('reads a surname alone as the one person who bears it', () => {
    const a = annotate('أبان الوزير أحمد الهناندة أن المنصة جاهزة.\n\nوقال الهناندة إن العمل جار.', [['أحمد الهناندة', 'person']]);
    assert.deepStrictEqual(a.speakers, ['أحمد الهناندة', 'أحمد الهناندة']);
  });

  it('prefers the person after an unknown title to the organisation the title governs', () => {
    const a = annotate('وقال حاكم مصرف لبنان وسيم منصوري إن الاحتياطي مستقر.', [['مصرف لبنان', 'organization'], ['وسيم منصوري', 'person']]);
    assert.deepStrictEqual(a.speakers, ['وسيم منصوري']);
  });

  it('keeps a quoted name inside the addressee phrase (في حديث لموقع «هسبريس»)', () => {
    const a = annotate('وترى الخبيرة نجاة المريني أن البنك اختار الحذر. وأضافت في حديث لموقع «هسبريس» أن الخفض مستبعد.', [
      ['نجاة المريني', 'person'], ['هسبريس', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['نجاة المريني', 'نجاة المريني']);
  });
});

describe('core/speakers: words between the cue and the speech', () => {
  it('reads past a participle that repeats the verb (وتابعت قائلة:)', () => {
    const a = annotate('وأوضحت المديرة مريم الكعبي أن النظام جاهز. وتابعت قائلة: "جربنا النظام في ثلاثة مراكز".', [['مريم الكعبي', 'person']]);
    assert.deepStrictEqual(a.speakers, ['مريم الكعبي', 'مريم الكعبي']);
  });

  it('reads past where it was said (وقال في تصريح صحفي:)', () => {
    const a = annotate('قال الدكتور سالم الشامسي إن التحول ضروري.\n\nوقال في تصريح صحفي: على الهيئة أن توفر خطا هاتفيا.', [['سالم الشامسي', 'person']]);
    assert.deepStrictEqual(a.speakers, ['سالم الشامسي', 'سالم الشامسي']);
  });

  it('does not take a name governed by a title for the subject (سفير إسرائيل … جلعاد إردان)', () => {
    const a = annotate('في المقابل، اتهم سفير إسرائيل لدى الأمم المتحدة جلعاد إردان المنظمة بالانحياز، وقال: «الأمم المتحدة فقدت مصداقيتها».', [
      ['إسرائيل', 'place'], ['الأمم المتحدة', 'organization'], ['جلعاد إردان', 'person'],
    ]);
    assert.deepStrictEqual(a.speakers, ['جلعاد إردان']);
  });
});

describe('core/speakers: verbal nouns', () => {
  it('takes the agent after a verbal noun (بعد تأكيد المدير عثمان نافع أن …) and continues after an elided one', () => {
    const a = annotate(
      'جاء ذلك بعد تأكيد مدير الإدارة السياسية عثمان نافع للجزيرة نت أن التهديدات لن تخيفنا.\n\nوكررت رايس دعوتها، مجددة التأكيد على أنه لا نية للتحرك منفردة.',
      [['عثمان نافع', 'person'], ['رايس', 'person']],
    );
    assert.deepStrictEqual(a.speakers, ['عثمان نافع', 'رايس']);
  });
});

describe('core/speakers: sources', () => {
  it('follows بحسب … عن to the original speaker', () => {
    const a = annotate('ومن المنتظر أن يتحدث الرجلان عن “مواضيع حساسة” في الأيام المقبلة، بحسب ما نقلته وكالة ريا نوفوستي الروسية عن المتحدث باسم الكرملين ديمتري بيسكوف.', [
      ['ديمتري بيسكوف', 'person'], ['وكالة ريا نوفوستي', 'organization'], ['الكرملين', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['ديمتري بيسكوف', 'ديمتري بيسكوف']);
  });

  it('takes the source after وفقا لـ, نقلا عن and بالنسبة لـ', () => {
    const a = annotate(
      'ووفقا لصحيفة تشوسون إلبو، هناك حاجة إلى 20 ساعة للربط بين المدينتين.\n\n'
      + 'بالنسبة لجوزيف ديمبسي، الباحث في المعهد، فإن موسكو مهتمة بالقذائف.\n\n'
      + 'وتقدمت القوات نحو المدينة، نقلا عن وزارة الدفاع.',
      [['تشوسون إلبو', 'organization'], ['جوزيف ديمبسي', 'person'], ['وزارة الدفاع', 'organization']],
    );
    assert.deepStrictEqual(a.speakers, ['تشوسون إلبو', 'جوزيف ديمبسي', 'وزارة الدفاع']);
  });

  it('follows نقلت الصحيفة عن X قوله to X', () => {
    const a = annotate('ونقلت وكالة الأنباء السودانية عن وزير الصحة هيثم محمد إبراهيم قوله: «نحتاج إلى دعم عاجل من الجميع».', [
      ['وكالة الأنباء السودانية', 'organization'], ['هيثم محمد إبراهيم', 'person'],
    ]);
    assert.deepStrictEqual(a.speakers, ['هيثم محمد إبراهيم']);
  });
});

describe('core/speakers: unnamed sources are nobody in particular', () => {
  const cases: [string, string][] = [
    ['محللون', 'رأى محللون في البنك أن الخطوة قد ترفع الأسعار.'],
    ['وسائل إعلام', 'وذكرت وسائل إعلام روسية أن القطار دخل روسيا.'],
    ['الخبراء after بحسب', 'وبحسب الخبراء فإن اللقاء قد يركز على الأسلحة.'],
    ['وفقا للخبراء', 'لكنها قد تغير موقفها قريبا، وفقا للخبراء.'],
    ['يقال', 'حيث يقال إن بوتين يسعى للحصول على قذائف.'],
    ['تفيد التقارير', 'ومن جانبها، تفيد التقارير أن بيونغ يانغ تسعى إلى الحصول على تكنولوجيا.'],
    ['an unnamed official', 'وقال مسؤول أمريكي إن العقوبات ستستمر.'],
    ['a tweeter', 'وقال مغرد إن رجال الأمن خدام لضيوف الرحمن.'],
  ];
  for (const [what, sentence] of cases) {
    it(`gives null for ${what}, even right after a named speaker`, () => {
      const a = annotate(`وقال بوتين: “سأزور القاعدة قريبا جدا”.\n\n${sentence}`, [['بوتين', 'person']]);
      assert.deepStrictEqual(a.speakers, ['بوتين', null]);
    });
  }
});

describe('core/speakers: elided subjects and roles referring back', () => {
  it('continues the previous speaker after وأضاف / وتابع / وصرح', () => {
    const a = annotate(
      'ويشير تشو هان بوم، الباحث في المعهد، إلى أن “روسيا دولة مصدرة للأغذية والطاقة”.\n\n'
      + 'وأضاف أن بيونغ يانغ يمكنها أيضا أن تسعى إلى نقل التقنيات.\n\n'
      + 'وتابع: “هذا ما يقلق الجميع في المنطقة”.',
      [['تشو هان بوم', 'person'], ['بيونغ يانغ', 'place']],
    );
    assert.deepStrictEqual(a.speakers, ['تشو هان بوم', 'تشو هان بوم', 'تشو هان بوم']);
  });

  it('reads the subject after فإن as the later verb\'s (وبحسب «الفرنسية»، فإن X الباحث … يعتبر أن)', () => {
    const a = annotate('وبحسب "الفرنسية"، فإن سيباستيان ابيس الباحث في المؤسسة يعتبر أن القمح مهمل كثيرا. وأضاف أن الطلب يزيد.',
      [['سيباستيان ابيس', 'person'], ['الفرنسية', 'organization']]);
    assert.deepStrictEqual(a.speakers, ['سيباستيان ابيس', 'سيباستيان ابيس']);
  });

  it('goes on with the person whose verb opened the sentence before, when the verb agrees (وانتقد X … . وأضاف)', () => {
    const a = annotate('وقال كيم يونج "يجب أن يأخذ آبي التعليقات". وانتقد لي جون الحكومة بسبب موقفها. وأضاف "من المؤسف ألا ترغب اليابان".',
      [['كيم يونج', 'person'], ['لي جون', 'person'], ['اليابان', 'place']]);
    assert.deepStrictEqual(a.speakers, ['كيم يونج', 'لي جون']);
    // وأضافت does not go on with the man of وانتقد: the woman who spoke before does.
    const b = annotate('وقالت سارة المطيري "إن السوق متوترة". وانتقد لي جون الحكومة بسبب موقفها. وأضافت "من المؤسف ألا ترغب اليابان".',
      [['سارة المطيري', 'person'], ['لي جون', 'person'], ['اليابان', 'place']]);
    assert.deepStrictEqual(b.speakers, ['سارة المطيري', 'سارة المطيري']);
  });

  it('matches the gender of the elided subject: وأضافت skips a male speaker in between', () => {
    const a = annotate(
      'وقالت سارة المطيري إن السوق ستبقى متوترة.\n\n'
      + 'ويرى الباحث خالد العمري أن السعودية تملك هامشا واسعا.\n\n'
      + 'وأضافت أن الرياض لا تريد حربا للأسعار.\n\n'
      + 'وأضاف أن الأسعار قد تتراجع.',
      [['سارة المطيري', 'person'], ['خالد العمري', 'person'], ['السعودية', 'place'], ['الرياض', 'place']],
    );
    assert.deepStrictEqual(a.speakers, ['سارة المطيري', 'خالد العمري', 'سارة المطيري', 'خالد العمري']);
  });

  it('reads the gender of على حد تعبيره / تعبيرها', () => {
    const a = annotate(
      'وقال الوزير أحمد علي إن الخطة جاهزة.\n\nوقالت النائبة هند صبري إن الخطة متأخرة.\n\nوكان الوضع سيئا قبل الحرب، على حد تعبيره.',
      [['أحمد علي', 'person'], ['هند صبري', 'person']],
    );
    assert.deepStrictEqual(a.speakers, ['أحمد علي', 'هند صبري', 'أحمد علي']);
  });

  it('resolves a title used as subject to the person the text gave it (واكتفى الرئيس الروسي بالقول)', () => {
    const a = annotate(
      'وصل الزعيم الكوري الشمالي كيم جونغ أون للقاء الرئيس الروسي فلاديمير بوتين.\n\n'
      + 'واكتفى الرئيس الروسي بالقول إنه سيزور قريباً قاعدة فوستوشني.\n\nوقال ببساطة: “لدي برنامج مناسب هناك”.',
      [['كيم جونغ أون', 'person'], ['فلاديمير بوتين', 'person']],
    );
    assert.deepStrictEqual(a.speakers, ['فلاديمير بوتين', 'فلاديمير بوتين']);
  });

  it('resolves a title worded a little differently to the holder of that role, not across nationalities', () => {
    const a = annotate('وقال سفير خادم الحرمين في القاهرة أحمد قطان إن العلاقات قوية. وكشف سفير خادم الحرمين الشريفين أن الموضوع انتهى. '
      + 'وقال وزير الخارجية السعودي عادل الجبير إن الحوار مستمر. وأكد وزير الخارجية الأمريكي أن الاتفاق قريب.', [
      ['أحمد قطان', 'person'], ['القاهرة', 'place'], ['عادل الجبير', 'person'],
    ]);
    assert.deepStrictEqual(a.speakers, ['أحمد قطان', 'أحمد قطان', 'عادل الجبير', null]);
  });

  it('resolves a bare definite title (وقال الوزير) to the last person with that position', () => {
    const a = annotate(
      'أبان وزير الاقتصاد الرقمي أحمد الهناندة أن المنصة جاهزة.\n\nوتساءلت النائبة ديما طهبوب: «كيف نحمي بيانات المواطنين؟».\n\nورد الوزير بأن القانون يوفر ضمانات كافية.',
      [['أحمد الهناندة', 'person'], ['ديما طهبوب', 'person']],
    );
    assert.deepStrictEqual(a.speakers, ['أحمد الهناندة', 'ديما طهبوب', 'أحمد الهناندة']);
  });

  it('takes a name in apposition to a title (وقال المتحدث باسمه، دميتري بيسكوف،)', () => {
    const a = annotate('وقال المتحدث باسمه، دميتري بيسكوف، لوسائل الإعلام الروسية إن الزعيمين سيلتقيان.', [['دميتري بيسكوف', 'person']]);
    assert.deepStrictEqual(a.speakers, ['دميتري بيسكوف']);
  });

  it('shares the subject of an earlier verb in the same sentence (انتقدت النقابة القرار، وقالت …)', () => {
    const a = annotate('وقال الوالي أحمد إن الفائدة ثابتة.\n\nفي المقابل، انتقدت الكونفدرالية الديمقراطية للشغل القرار، وقالت في بيان إن المواطن يدفع الثمن.', [
      ['أحمد', 'person'], ['الكونفدرالية الديمقراطية للشغل', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['أحمد', 'الكونفدرالية الديمقراطية للشغل']);
  });

  it('looks for that subject after a fronted prepositional phrase (وعن غياب X، أجاب)', () => {
    const a = annotate('وأوضح المدرب حسام حسن أن القائمة نهائية.\n\nوعن غياب لاعب الوسط محمد النني، أجاب: "النني لاعب كبير لكنه لم يلعب منذ أشهر".', [
      ['حسام حسن', 'person'], ['محمد النني', 'person'],
    ]);
    assert.deepStrictEqual(a.speakers, ['حسام حسن', 'حسام حسن']);
  });

  it('gives a participle the subject of its clause, not the dateline', () => {
    const a = annotate('الخرطوم – أعلنت منظمة الصحة العالمية تسجيل إصابات جديدة، محذرة من أن “الوضع قد يخرج عن السيطرة”.', [
      ['الخرطوم', 'place'], ['منظمة الصحة العالمية', 'organization'],
    ]);
    // What it announced (تسجيل إصابات جديدة), then the participle's quotation.
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['تسجيل إصابات جديدة', 'الوضع قد يخرج عن السيطرة']);
    assert.deepStrictEqual(a.speakers, ['منظمة الصحة العالمية', 'منظمة الصحة العالمية']);
  });
});

describe('core/speakers: an elided subject shared with the verb before it in the sentence', () => {
  it('takes the speaker of the earlier verb, not a fronted source (وبحسب رويترز، فقد ذكرت إينوك …، وأعلنت أن)', () => {
    const a = annotate('وبحسب رويترز، فقد ذكرت إينوك في بيان أمس أنها فازت بدعم الأغلبية وأعلنت أن عرضها هو الأفضل.', [
      ['رويترز', 'organization'], ['إينوك', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['إينوك', 'إينوك']);
  });

  it('does not give a plural verb the one person named earlier in its sentence (…، وقالوا إن)', () => {
    const a = annotate('وأكد الوزير عزام الدخيل أن التسجيل مستمر، فيما تحدث معلمون عن مشكلات وقالوا إن العدد قليل.', [['عزام الدخيل', 'person']]);
    assert.strictEqual(a.speakers[0], 'عزام الدخيل');
    assert.notStrictEqual(a.speakers[a.speakers.length - 1], 'عزام الدخيل');
    // Unless that person spoke with another the text names beside them.
    const pair = annotate('وقال برنار كازنوف ونظيرته البريطانية تيريزا ماي إن البلدين سيتعاونان. وأضافا أن الأمن أولوية.', [
      ['برنار كازنوف', 'person'], ['تيريزا ماي', 'person'],
    ]);
    assert.deepStrictEqual(pair.speakers, ['برنار كازنوف', 'برنار كازنوف']);
  });

  it('keeps the channel the earlier verb spoke through (قال لـ«الوطن» …، وأضاف)', () => {
    const a = annotate('وقال المحلل يوسف السلوم لـ"الوطن" إن الشركة شددت الرقابة، وأضاف أن الظاهرة في طريقها للزوال.', [
      ['يوسف السلوم', 'person'], ['الوطن', 'organization'],
    ]);
    const name = (id: string | undefined): string | undefined => a.entities.find((e) => e.id === id)?.name;
    assert.deepStrictEqual(a.speakers, ['يوسف السلوم', 'يوسف السلوم']);
    assert.deepStrictEqual(a.quotes.map((q) => name(q.via)), ['الوطن', 'الوطن']);
  });

  it('reads a paper cited before a verb with a speaker of its own as the channel (وبحسب «رويترز»، فقد ذكرت إينوك)', () => {
    const a = annotate('وبحسب "رويترز"، فقد ذكرت "إينوك" في بيان أمس أنها فازت بدعم الأغلبية.', [['رويترز', 'organization'], ['إينوك', 'organization']]);
    assert.deepStrictEqual(a.speakers, ['إينوك']);
    assert.strictEqual(a.entities.find((e) => e.id === a.quotes[0].via)?.name, 'رويترز');
  });

  it('reads the paper a telling verb names as its object, and one named far after a long title, as the channel', () => {
    const told = annotate('وأبلغ مكتب الحاكم جيري براون الأحد وكالة فرانس برس أن حوالي 9600 شخص يحاولون إخماد الحرائق.', [
      ['جيري براون', 'person'], ['فرانس برس', 'organization'],
    ]);
    assert.strictEqual(told.entities.find((e) => e.id === told.quotes[0].via)?.name, 'فرانس برس');
    const far = annotate('وقال الدكتور محمد عبد المقصود -الأمين العام السابق للمجلس الأعلى للآثار ومدير مشروع تطوير المواقع الأثرية بمحور قناة السويس والمشرف على أعمال البعثة المصرية العاملة بالمنطقة- لرويترز إن المعرض مهم.', [
      ['محمد عبد المقصود', 'person'], ['رويترز', 'organization'],
    ]);
    assert.deepStrictEqual(far.speakers, ['محمد عبد المقصود']);
    assert.strictEqual(far.entities.find((e) => e.id === far.quotes[0].via)?.name, 'رويترز');
  });

  it('does not make an agency that was a source the speaker of the next verb', () => {
    const a = annotate('وأوضح المهندس زيدان، وفقا لواس، أن المشروع اكتمل، وأكد أن التشغيل يبدأ غدا.', [
      ['زيدان', 'person'], ['واس', 'organization'],
    ]);
    assert.notStrictEqual(a.speakers[a.speakers.length - 1], 'واس');
  });

  it('takes who made the statement that opens the sentence (وفي تصريح للمتحدث … رأفت الصباغ، أوضح أن), not a paper there', () => {
    const a = annotate('وفي تصريح للمتحدث الرسمي للهيئة رأفت الصباغ، أوضح أن الفعاليات تنطلق غدا.', [['رأفت الصباغ', 'person']]);
    assert.deepStrictEqual(a.speakers, ['رأفت الصباغ']);
    const b = annotate('وفي بيان لمجلس الأمن الدولي، شدد على أهمية التصدي للإرهاب، مشيرا إلى أن الأعمال الإرهابية إجرامية.', [['مجلس الأمن الدولي', 'organization']]);
    assert.deepStrictEqual(b.speakers, ['مجلس الأمن الدولي', 'مجلس الأمن الدولي']);
    const c = annotate('وقال الوزير مايكل أورن إن الاتفاق سيئ. وفي مقابلة مع مجلة «دير شبيغل»، أكد أن كل الخيارات مطروحة.', [
      ['مايكل أورن', 'person'], ['دير شبيغل', 'organization'],
    ]);
    assert.deepStrictEqual(c.speakers, ['مايكل أورن', 'مايكل أورن']);
    assert.strictEqual(c.entities.find((e) => e.id === c.quotes[1].via)?.name, 'دير شبيغل');
  });

  it('reads the one name between an object-first verb and the speech as its object (واتهم حماس بالإقدام على …)', () => {
    const a = annotate('وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام على خطف ثلاثة مستوطنين، وقال: «إن حماس ما زالت تتعنت».', [
      ['أبو مازن', 'person'], ['حماس', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['أبو مازن', 'أبو مازن']);
    // After دعا the name before إلى is the subject (دعت الهيئة إلى …), not an object.
    const call = annotate('ودعت الهيئة العامة للغذاء والدواء إلى اتباع الإرشادات الصحية.', [['الهيئة العامة للغذاء والدواء', 'organization']]);
    assert.deepStrictEqual(call.speakers, ['الهيئة العامة للغذاء والدواء']);
    // With its own subject after it, the verb's first name is that subject (ودعا بوتين الغرب إلى …).
    const b = annotate('ودعا بوتين الغرب إلى الحوار.', [['بوتين', 'person'], ['الغرب', 'place']]);
    assert.deepStrictEqual(b.speakers, ['بوتين']);
  });
});

describe('core/speakers: institutions and their spokespersons', () => {
  it('refers a definite body head alone back to the last body named with it (وأكدت الهيئة، وأوضحت الحكومة)', () => {
    const a = annotate('رفضت الهيئة العامة للشباب والرياضة القرار. وأكدت الهيئة في مؤتمر صحفي أن القرار جاء فرديا.', [
      ['الهيئة العامة للشباب والرياضة', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['الهيئة العامة للشباب والرياضة']);
    // The head may stand outside the name, before it.
    const company = annotate('أوقفت شركة «سامير» مصفاتها الوحيدة. وقالت الشركة إنها تواجه أزمة.', [['سامير', 'organization']]);
    assert.deepStrictEqual(company.speakers, ['سامير']);
    // A paper or a site named once, referred back to by its head (وذكرت المجلة، وقال الموقع).
    const magazine = annotate('نشرت مجلة فوربس قائمتها السنوية. وذكرت المجلة أمس أن إيرادات النجم بلغت 80 مليونا.', [['فوربس', 'organization']]);
    assert.deepStrictEqual(magazine.speakers, ['فوربس']);
  });

  it('gives an unnamed spokesperson\'s words to the body, and an unnamed official\'s to nobody', () => {
    const a = annotate('وقال متحدث باسم يوروتانيل إن الحركة عادت. وأكدت مصادر أمنية لرويترز أن الطائرة انطلقت من الحدود.', [
      ['يوروتانيل', 'organization'], ['رويترز', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['يوروتانيل', null]);
  });

  it('does not let a place where things happen speak for an elided subject (في منطقة نجران، أوضح …)', () => {
    const a = annotate('وقال حسين المعلاق إن السوق نشطة. ويعد محله من أشهر المحلات في منطقة نجران، وأوضح أن العنب مطلوب.', [
      ['حسين المعلاق', 'person'], ['نجران', 'place'],
    ]);
    assert.deepStrictEqual(a.speakers, ['حسين المعلاق', 'حسين المعلاق']);
  });

  it('gives a statement\'s words to whoever issued it, whatever the verbs\' genders (وتحدث البيان)', () => {
    const a = annotate('وأوضحت حكومة مالي في بيانها أن الهجوم وقع صباحا. وتحدث البيان عن “حصيلة غير نهائية” من “خمسة قتلى”. وقال بحسب البيان إن لا ضحايا.', [
      ['حكومة مالي', 'organization'],
    ]);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['الهجوم وقع صباحا', '“حصيلة غير نهائية” من “خمسة قتلى”', 'حصيلة غير نهائية', 'خمسة قتلى', 'لا ضحايا']);
    assert.deepStrictEqual(a.speakers.slice(0, 4), ['حكومة مالي', 'حكومة مالي', 'حكومة مالي', 'حكومة مالي']);
  });

  it('refers «البيان» back to the body a bare «بيان» named before, past an agency named between (وجاء في بيان "جيش الفتح" … وأشار البيان إلى)', () => {
    const a = annotate('وجاء في بيان "جيش الفتح" في المنطقة الجنوبية، أنه تمكن من استعادة السد.\nوقالت وكالة رويترز إن القتال مستمر.\nوأشار البيان إلى سقوط قتلى وجرحى.', [
      ['جيش الفتح', 'organization'], ['وكالة رويترز', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['جيش الفتح', 'وكالة رويترز', 'جيش الفتح']);
  });

  it('gives a question put to the speaker to nobody, and his answer to him (وعندما سئل تونر: «…»، سؤال عن «…»)', () => {
    const a = annotate('وقال المتحدث مارك تونر إن الضربات مستمرة.\nوعندما سئل تونر: «هل الهجوم على جبهة النصرة مقبول؟»، أجاب «لا».\nوفي إجابة على سؤال عن «تعقيدات الضربات الجوية» قال تونر إن الأمر صعب.', [
      ['مارك تونر', 'person', 'تونر'], ['جبهة النصرة', 'organization'],
    ]);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['الضربات مستمرة', 'هل الهجوم على جبهة النصرة مقبول؟', 'لا', 'تعقيدات الضربات الجوية', 'الأمر صعب']);
    assert.deepStrictEqual(a.speakers, ['مارك تونر', null, 'مارك تونر', null, 'مارك تونر']);
  });

  it('reads برأي X as a source like بحسب X', () => {
    const a = annotate('وبرأي باريس، فإن هذه الوضعية «تمنع القاهرة من لعب دور قوي».', [['باريس', 'place'], ['القاهرة', 'place']]);
    assert.deepStrictEqual(a.quotes.map((q) => q.kind), ['indirect', 'direct']);
    assert.deepStrictEqual(a.speakers, ['باريس', 'باريس']);
  });

  it('reads the name after مخاطبا as whom the speech is addressed to, not who speaks', () => {
    const a = annotate('وقال دمرداش إن الحزب مستعد للحوار. وأضاف مخاطبا رئيس الوزراء أحمد داود أوغلو «قد يتشكل ائتلاف وقد لا يتشكل».', [
      ['دمرداش', 'person'], ['أحمد داود أوغلو', 'person'],
    ]);
    assert.deepStrictEqual(a.speakers, ['دمرداش', 'دمرداش']);
  });

  it('finds the subject between كان and the verb without قد, past a date in the words after the verb', () => {
    const a = annotate('وكانت اللجنة الوطنية لحقوق الانسان اعلنت في مطلع تموز/يوليو ان الاتفاقات تمنع المهاجرين من المغادرة.\nواضافت ان هذا يؤدي الى أزمة.', [
      ['اللجنة الوطنية لحقوق الانسان', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['اللجنة الوطنية لحقوق الانسان', 'اللجنة الوطنية لحقوق الانسان']);
  });

  it('reads a definite title as its clause\'s subject for the person given that role (وبات النائب … معتبرا)', () => {
    const a = annotate('وقال النائب الفرنسي المعارض كزافييه برتران "غضبنا كبير". وبات النائب ناطقا باسم السكان، وهاجم الإجراءات التي أعلنها كاميرون معتبرا أنها "في غير مكانها".', [
      ['كزافييه برتران', 'person'], ['كاميرون', 'person'],
    ]);
    assert.deepStrictEqual(a.speakers, ['كزافييه برتران', 'كزافييه برتران', 'كزافييه برتران']);
  });

  it('gives a report to whoever the text named with it, else to the paper the story is retold from', () => {
    const published = annotate('نشرت صحيفة ديلي تلغراف تقريرا من طهران عن السجون.\nوقال الرئيس حسن روحاني إن الإصلاح مستمر.\nوأضاف التقرير أن الإعدامات زادت.', [
      ['ديلي تلغراف', 'organization'], ['حسن روحاني', 'person'], ['طهران', 'place'],
    ]);
    assert.deepStrictEqual(published.speakers, ['حسن روحاني', 'ديلي تلغراف']);
    const retold = annotate('وقال إبراهيم لصحيفة الإندبندنت إن التنظيم أغراه بالمال.\nوأضاف التقرير أن إبراهيم هرب إلى ألمانيا.', [
      ['إبراهيم', 'person'], ['الإندبندنت', 'organization'], ['ألمانيا', 'place'],
    ]);
    assert.deepStrictEqual(retold.speakers, ['إبراهيم', 'الإندبندنت']);
  });

  it('gives a report or study to the body its relative clause says issued it (التقرير الذي أصدرته X، دراسة أجرتها X)', () => {
    const report = annotate('وقال الوزير إن السوق تنمو.\nوأشار التقرير الذي أصدرته شركة البن كابيتال إلى أن النمو قوي.', [['البن كابيتال', 'organization']]);
    assert.deepStrictEqual(report.speakers, [null, 'البن كابيتال']);
    const study = annotate('وتوقعت دراسة أجرتها شركة تريجرانيت أن تشهد المنطقة نموا.', [['تريجرانيت', 'organization']]);
    assert.deepStrictEqual(study.speakers, ['تريجرانيت']);
  });

  it('never gives speech to the platform it was posted on (عبر حسابه في «تويتر»، موضحا أن …)', () => {
    const a = annotate('وقال الوزير عزام الدخيل إن الدراسة تبدأ في موعدها.\nجاء ذلك على حسابه في موقع التواصل الاجتماعي "تويتر"، موضحا أن القرار جاء بعد اجتماع.', [
      ['عزام الدخيل', 'person'], ['تويتر', 'organization'],
    ]);
    assert.ok(!a.speakers.includes('تويتر'), JSON.stringify(a.speakers));
  });

  it('gives no speech to the outlet or dateline of the byline (فيصل المخلفي – عين اليوم)', () => {
    const a = annotate('فيصل المخلفي – عين اليوم\nأكد التقرير الصادر عن الهيئات الصحية أنه صدر حكم بالإدانة. وأوضح التقرير أن عدد الأطباء المدانين تراجع.', [
      ['فيصل المخلفي', 'person'], ['عين اليوم', 'organization'],
    ]);
    assert.ok(!a.speakers.includes('عين اليوم'), JSON.stringify(a.speakers));
  });

  it('gives a source\'s indefinite document to the body after its ل (حسب تقرير لـ«رويترز»، وبحسب تقرير لوزارة الداخلية فإن)', () => {
    const a = annotate('وهو واحد من الأفلام القليلة في المنطقة، حسب تقرير لـ«رويترز». وبحسب تقرير لوزارة الداخلية فإن الحوادث تراجعت.', [
      ['رويترز', 'organization'], ['وزارة الداخلية', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['رويترز', 'وزارة الداخلية']);
  });

  it('reads the subject of the clause after the journalist\'s voice (ويذكر أن X … أشار إلى أنه)', () => {
    const a = annotate('وقال المتحدث باسم الحكومة إن الزيارة قريبة. ويذكر أن النائب ألكسندر نوي المنتمي لحزب اليسار أشار في تصريحات لصحيفة «إزفيستيا» إلى أنه يخطط للسفر.', [
      ['ألكسندر نوي', 'person'], ['حزب اليسار', 'organization'], ['إزفيستيا', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, [null, 'ألكسندر نوي']);
  });

  it('reads the subject after a contrast with أن opening the sentence (غير أن X المدير السابق … أكد أن)', () => {
    const a = annotate('وقال المحقق جون بيري إن الحطام للطائرة. غير أن بيار باسكاري المدير السابق للتجارب أكد أن المحققين سيتجاوزون الشكوك.', [
      ['جون بيري', 'person'], ['بيار باسكاري', 'person'],
    ]);
    assert.deepStrictEqual(a.speakers, ['جون بيري', 'بيار باسكاري']);
  });

  it('gives speech to a platform right after the verb: the company speaking (وقالت فيسبوك إنها …), not after a preposition', () => {
    const company = annotate('وقالت فيسبوك إنها تستضيف أربعين مليون صفحة.', [['فيسبوك', 'organization']]);
    assert.deepStrictEqual(company.speakers, ['فيسبوك']);
    const posted = annotate('وقال على تويتر إن القرار نهائي.', [['تويتر', 'organization']]);
    assert.deepStrictEqual(posted.speakers, [null]);
  });

  it('resolves a title behind a source\'s preposition to its holder (وطبقا لوزير التعليم، فإن …)', () => {
    const a = annotate('وقال وزير التعليم الدكتور عزام الدخيل إن الدراسة تبدأ.\nوطبقا لوزير التعليم، فإن القرار جاء بعد اجتماع.', [['عزام الدخيل', 'person']]);
    assert.deepStrictEqual(a.speakers, ['عزام الدخيل', 'عزام الدخيل']);
  });

  it('gives what «جاء في» a document to its author (وجاء في المقال «…»، جاء في بيان للوزارة أن …), and no speech to جاء في المرتبة', () => {
    const article = annotate('ونشرت الصحف مقالا لوزير الخارجية محمد جواد ظريف عن الخليج. وجاء في المقال “علينا جميعا أن نقبل الحقيقة”.', [['محمد جواد ظريف', 'person']]);
    assert.deepStrictEqual(article.speakers, ['محمد جواد ظريف']);
    const statement = annotate('وجاء في بيان لوزارة الداخلية أن الحادث وقع فجرا. وجاء في المرتبة الثانية الفريق الأهلي.', [['وزارة الداخلية', 'organization']]);
    assert.deepStrictEqual(statement.quotes.map((q) => q.text), ['الحادث وقع فجرا']);
    assert.deepStrictEqual(statement.speakers, ['وزارة الداخلية']);
  });

  it('does not take a name behind a preposition and a quotation mark for the subject (ضد «داعش»، قال:)', () => {
    const a = annotate('وقال مارك تونر: «نرحب بالتعاون». وعن التعاون مع الروس ضد «داعش»، قال: «نحاول العمل مع روسيا».', [
      ['مارك تونر', 'person'], ['داعش', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers, ['مارك تونر', 'مارك تونر']);
  });
});

describe('core/speakers: the words of an unnamed source', () => {
  it('gives a group of people the text names by a place nobody in particular, not the place (نساء نجران: …)', () => {
    const a = annotate('نساء نجران: ننعم بالاستقرار والأمن والأمان\n\nوقالت السيدات إن الحياة في نجران طبيعية.', [['نجران', 'place']]);
    assert.deepStrictEqual(a.speakers, [null, null]);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['ننعم بالاستقرار والأمن والأمان', 'الحياة في نجران طبيعية']);
  });

  it('keeps what describes a source no entity names, and carries it to its continuations', () => {
    const a = annotate('وقالت مصادر مطلعة إن الاجتماع تأجل. وأضافت أن الموعد لم يحدد. وأعلن رئيس الوزراء الماليزي أن الحطام للطائرة. وقال بوتين إن الوضع خطير.', [
      ['بوتين', 'person'],
    ]);
    assert.deepStrictEqual(a.quotes.map((q) => [a.speakers[a.quotes.indexOf(q)], q.speakerText]), [
      [null, 'مصادر مطلعة'], [null, 'مصادر مطلعة'], [null, 'رئيس الوزراء الماليزي'], ['بوتين', undefined],
    ]);
  });

  it('gives the words of a relative the named person is kin to (والد مايكل براون، والدة الطفل), not to that person', () => {
    const a = annotate('وقال والد مايكل براون للصحافيين إنه يبذل كل ما بوسعه. وأضاف أن شيئا لم يتغير. وقالت والدة الطفل إنها حزينة.', [
      ['مايكل براون', 'person'],
    ]);
    assert.deepStrictEqual(a.quotes.map((q) => [a.speakers[a.quotes.indexOf(q)], q.speakerText]), [
      [null, 'والد مايكل براون'], [null, 'والد مايكل براون'], [null, 'والدة الطفل'],
    ]);
  });
});

describe('core/speakers: the channel a quotation came through', () => {
  it('keeps the agency that relayed the speech or was spoken to, apart from the speaker', () => {
    const a = annotate('نقلت وكالة رويترز عن خالد الفالح قوله إن الإنتاج مستقر. وقال جون كيري لوكالة فرانس برس إن الحل قريب. '
      + 'وأضاف أن المحادثات مستمرة. وقالت البعثة في بيان تلقته وكالة الصحافة الفرنسية إنها تحقق. وقال بوتين إن الوضع هادئ.', [
      ['خالد الفالح', 'person'], ['وكالة رويترز', 'organization'], ['جون كيري', 'person'], ['وكالة فرانس برس', 'organization'],
      ['وكالة الصحافة الفرنسية', 'organization'], ['بوتين', 'person'],
    ]);
    const name = (id: string | undefined): string | undefined => a.entities.find((e) => e.id === id)?.name;
    assert.deepStrictEqual(a.quotes.map((q) => name(q.via)), ['وكالة رويترز', 'وكالة فرانس برس', 'وكالة فرانس برس', 'وكالة الصحافة الفرنسية', undefined]);
    assert.deepStrictEqual(a.speakers.slice(0, 3), ['خالد الفالح', 'جون كيري', 'جون كيري']);
  });

  it('finds the channel after a long title, and in parentheses (لـ(المدينة))', () => {
    const a = annotate('وقال محمد كنار منسق الوكالة الوطنية للإغاثة النيجيرية في شمال شرق البلاد لوكالة فرانس برس إن اللاجئين وصلوا. '
      + 'وقال مسؤول عسكري رفيع في الجيش الوطني لـ(المدينة): إن القوات تتقدم.', [
      ['محمد كنار', 'person'], ['الوكالة الوطنية للإغاثة النيجيرية', 'organization'], ['وكالة فرانس برس', 'organization'], ['المدينة', 'organization'],
    ]);
    const name = (id: string | undefined): string | undefined => a.entities.find((e) => e.id === id)?.name;
    assert.deepStrictEqual(a.quotes.map((q) => name(q.via)), ['وكالة فرانس برس', 'المدينة']);
  });
});

describe('core/speakers: quotations without a cue', () => {
  it('gives the sentence\'s subject when it is a person', () => {
    const a = annotate('وفي يوليو، امتدح بوتين كوريا الشمالية “لدعمها القوي للعملية العسكرية الخاصة”.', [
      ['بوتين', 'person'], ['كوريا الشمالية', 'place'],
    ]);
    assert.deepStrictEqual(a.speakers, ['بوتين']);
  });

  it('gives the sentence\'s subject when it is a body (نددت البعثة بـ«…»)', () => {
    const a = annotate('وفي بيان، نددت بعثة الأمم المتحدة في مالي بـ”الهجوم الإرهابي الذي قتل خلاله عنصر من الطاقم الدولي”.', [
      ['بعثة الأمم المتحدة في مالي', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers.slice(-1), ['بعثة الأمم المتحدة في مالي']);
  });

  it('gives a body the quotation after it only after a verb of stance: after others it is a name (خطف العناصر من «الفرقة 30»)', () => {
    const a = annotate('وتبنت جبهة النصرة خطف العناصر من «الفرقة 30»، متهمة إياهم بأنهم «وكلاء لأميركا».', [['جبهة النصرة', 'organization']]);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['الفرقة 30', 'أنهم «وكلاء لأميركا»', 'وكلاء لأميركا']);
    // The participle after the name still reads its clause's subject.
    assert.deepStrictEqual(a.speakers, [null, 'جبهة النصرة', 'جبهة النصرة']);
    const b = annotate('الأمم المتحدة تدعو لهدنة تضمن «انسحاب الحوثيين وعودة الحكومة»', [['الأمم المتحدة', 'organization']]);
    assert.deepStrictEqual(b.speakers.slice(-1), ['الأمم المتحدة']);
  });

  it('gives the person an agency subject relays, through the agency (نسبت الوكالة إلى الجنرال X قوله "…")', () => {
    const a = annotate('من جهتها، نسبت وكالة الإعلام الروسية إلى الكولونيل جنرال فيكتور بونداريف قائد القوات الجوية، قوله "القائد توفي والطيار الثاني حي".', [
      ['وكالة الإعلام الروسية', 'organization'], ['فيكتور بونداريف', 'person'],
    ]);
    assert.deepStrictEqual(a.speakers, ['فيكتور بونداريف']);
    assert.strictEqual(a.entities.find((e) => e.id === a.quotes[0].via)?.name, 'وكالة الإعلام الروسية');
  });

  it('reads the subject after the verb that ends a fronted phrase, not a name inside the phrase (وبعد إعلان قرار «سامير» أعلنت البورصة …)', () => {
    const a = annotate('وبعد إعلان قرار «سامير» أعلنت بورصة الدار البيضاء تعليق تداول أسهم الشركة «في انتظار نشر معلومات مهمة عن وضعها المالي».', [
      ['سامير', 'organization'], ['بورصة الدار البيضاء', 'organization'],
    ]);
    assert.deepStrictEqual(a.speakers.slice(-1), ['بورصة الدار البيضاء']);
  });

  it('continues the speaker of the quotation just before (same or previous paragraph)', () => {
    const a = annotate(
      'وقال تشيونغ سيونغ تشانغ إن التعاون “سيتعزز بسرعة في المرحلة المقبلة”.\n\n'
      + 'وكمكافأة لها على مساعدتها لموسكو، فإن “تطوير الغواصات يمكن أن يتقدم بوتيرة أسرع”.',
      [['تشيونغ سيونغ تشانغ', 'person'], ['موسكو', 'place']],
    );
    assert.deepStrictEqual(a.speakers, ['تشيونغ سيونغ تشانغ', 'تشيونغ سيونغ تشانغ', 'تشيونغ سيونغ تشانغ']);
  });

  it('gives the end of a quotation that ran on from the previous paragraph to the same speaker', () => {
    const a = annotate('وقال الوزير أحمد علي: «لقد عملنا طويلا على هذا الاتفاق\n\nونحن اليوم نجني ثماره». وغادر القاعة.', [['أحمد علي', 'person']]);
    assert.deepStrictEqual(a.speakers, ['أحمد علي', 'أحمد علي']);
  });

  it('leaves a lone quotation far from any speaker unattributed', () => {
    const a = annotate('وتطرقت الصحف إلى “مرحلة جديدة من العلاقات بين البلدين الجارين”.');
    assert.deepStrictEqual(a.speakers, [null]);
  });
});

describe('core/speakers robustness', () => {
  it('never throws on arbitrary text with entities on arbitrary words, and names only those entities', () => {
    const words = fc.constantFrom('وقال', 'قالت', 'وأضاف', 'وأضافت', 'إن', 'أن', 'بحسب', 'وفقا', 'لـ', 'عن', 'نقلا', 'مشيرا', 'الرئيس',
      'المتحدث', 'باسم', 'الوزير', 'بالقول', 'على', 'حد', 'قوله', 'كان', 'قد', 'خبراء', 'الذي', 'لوكالة', '،', '.', ':', '“', '”', '«', '»',
      '"', '\n', '\r\n', 'كيم', 'بوتين', 'واشنطن', '\u200F');
    const types: EntityType[] = ['person', 'organization', 'place', 'other'];
    fc.assert(
      fc.property(fc.array(words, { maxLength: 50 }), fc.array(fc.nat(), { maxLength: 12 }), (parts, picks) => {
        const text = parts.join(' ');
        const tokens = tokenize(text);
        const arabic = tokens.filter((t) => t.kind === 'arabic');
        const chosen = [...new Set(picks.map((p) => (arabic.length ? p % arabic.length : -1)).filter((i) => i >= 0))].sort((x, y) => x - y);
        const entities: Entity[] = chosen.map((i, n) => ({
          id: `e${n + 1}`, type: types[i % types.length], name: arabic[i].text, roles: [], mentions: [{ start: arabic[i].start, end: arabic[i].end, text: arabic[i].text }],
        }));
        attachRoles(text, tokens, entities);
        const quotes = findQuotes(text, tokens);
        attributeSpeakers(text, tokens, quotes, entities);
        const ids = new Set(entities.map((e) => e.id));
        for (const q of quotes) assert.ok(q.speaker === null || ids.has(q.speaker));
        for (const e of entities) for (const role of e.roles) assert.ok(role.trim().length > 0);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('does nothing on an empty text and never reads outside the tokens', () => {
    attributeSpeakers('', [], [], []);
    const text = 'وأضاف';
    const quotes = [{ id: 'q1', kind: 'indirect' as const, start: 0, end: 5, text: 'وأضاف', speaker: 'x', cue: { start: 0, end: 5, text: 'وأضاف' } }];
    attributeSpeakers(text, tokenize(text), quotes, []);
    assert.strictEqual(quotes[0].speaker, null);
  });
});

describe('core/speakers: explanations', () => {
  const explain = (text: string, specs: EntitySpec[]) => {
    const entities = entitiesIn(text, specs);
    const tokens = tokenize(text);
    attachRoles(text, tokens, entities);
    const quotes = findQuotes(text, tokens);
    const explanations: SpeakerExplanation[] = [];
    attributeSpeakers(text, tokens, quotes, entities, explanations);
    return { quotes, explanations };
  };

  it('gives one explanation per quotation, with the sieves and the words that decided', () => {
    const { quotes, explanations } = explain('وقال الرئيس الروسي فلاديمير بوتين إن الزيارة ناجحة. وأكدت مصادر مطلعة أن الاتفاق قريب.', [['فلاديمير بوتين', 'person']]);
    assert.deepStrictEqual(explanations.map((x) => x.quote), quotes.map((q) => q.id));
    assert.deepStrictEqual(explanations.map((x) => x.rules), [['title-then-name'], ['unnamed-source']]);
    assert.deepStrictEqual(explanations.map((x) => x.evidence?.text), ['الرئيس الروسي فلاديمير بوتين', 'مصادر مطلعة']);
  });

  it('says how speech reported inside reported speech got its speaker: off a name after أن, or a guess', () => {
    const { explanations } = explain('وقال فوزي إن نبيل العربي أبلغ المبعوث أن الجامعة ستدرس الأمر، وإن الوزير سلمان الحمود تعهد بتجهيز الملاعب.', [
      ['فوزي', 'person'], ['نبيل العربي', 'person'], ['سلمان الحمود', 'person'],
    ]);
    const rules = explanations.map((x) => x.rules[0]);
    assert.deepStrictEqual(rules.slice(0, 2), ['subject-after-cue', 'subject-after-complementizer']);
    assert.ok(explanations.slice(2).every((x) => x.rules[0] === 'inside-reported-speech' || x.rules.includes('nothing-found')), JSON.stringify(explanations.map((x) => x.rules)));
  });

  it('keeps a long run of continuations to the decision it goes back to', () => {
    const text = 'وقال بيسكوف إن الزيارة ناجحة.' + '\nوأضاف أن الاتفاق قريب.'.repeat(40);
    const { explanations } = explain(text, [['بيسكوف', 'person']]);
    assert.strictEqual(explanations.length, 41);
    assert.deepStrictEqual(explanations[40].rules, ['last-speaker', 'subject-after-cue']);
    assert.strictEqual(explanations[40].evidence?.text, 'بيسكوف');
  });
});

describe('core/speakers: sayings of God and the Prophet', () => {
  it('gives a verse or a hadith no speaker, not the sheikh who cites it, and goes on with him after it', () => {
    const a = annotate('وأكد الشيخ سعد الحربي أن الأمن نعمة، وقال الله تعالى: «وقفوهم إنهم مسؤولون». وأضاف أن الدعاء واجب.', [['سعد الحربي', 'person']]);
    assert.deepStrictEqual(a.speakers, ['سعد الحربي', null, 'سعد الحربي']);
    const b = annotate('واستشهد الشيخ سعد الحربي بقوله تعالى: «ولا تقتلوا النفس التي حرم الله إلا بالحق».', [['سعد الحربي', 'person']]);
    assert.deepStrictEqual(b.speakers, [null]);
    const c = annotate('وقال الشيخ سعد الحربي إن الأمن نعمة، فقال النبي - صلى الله عليه وسلم ـ: «ثلاثة قد حرم الله عليهم الجنة».', [['سعد الحربي', 'person']]);
    assert.deepStrictEqual(c.speakers, ['سعد الحربي', null]);
  });

  it('reads the Prophet named right before the verb (سمعت رسول الله صلى الله عليه وسلم يقول)', () => {
    const a = annotate('قال ابن عباس: سمعت رسول الله صلى الله عليه وسلم يقول: «لو أن أهل السماء والأرض اشتركوا».', [['ابن عباس', 'person']]);
    assert.strictEqual(a.speakers[a.speakers.length - 1], null);
  });

  it('keeps the speaker of a prayer to God (ودعا الله عز وجل أن), and of a verb a prayer for him follows (ودعا رحمه الله إلى)', () => {
    const a = annotate('وأكد الشيخ سعد الحربي أن الأمن نعمة. ودعا الله عز وجل أن يحمي هذا الوطن.', [['سعد الحربي', 'person']]);
    assert.deepStrictEqual(a.speakers, ['سعد الحربي', 'سعد الحربي']);
    const b = annotate('وقاد الملك فهد بن عبدالعزيز الاتصالات. ودعا رحمه الله إلى اجتماع بين الجانبين.', [['فهد بن عبدالعزيز', 'person']]);
    assert.deepStrictEqual(b.speakers, ['فهد بن عبدالعزيز']);
  });

  it('keeps a person whose name is before a praise of God (كان ابن باز رحمه الله تعالى يقول)', () => {
    const a = annotate('وكان الشيخ ابن باز رحمه الله تعالى يقول: «العلم نور».', [['ابن باز', 'person']]);
    assert.deepStrictEqual(a.speakers, ['ابن باز']);
  });
});

describe('core/speakers: honorifics for a dignitary named before', () => {
  it('gives سموه to the prince and معاليه to the minister the article named, whoever spoke last', () => {
    const a = annotate('وأكد الأمير خالد الفيصل أن المنطقة تنعم بالأمن. وقال وزير التعليم عزام الدخيل إن الطلاب مستعدون. وأشار سموه إلى أن المشاريع تسير وفق الخطة. وأضاف معاليه أن العام الدراسي يبدأ الأحد.', [
      ['خالد الفيصل', 'person'], ['عزام الدخيل', 'person'],
    ]);
    assert.deepStrictEqual(a.speakers, ['خالد الفيصل', 'عزام الدخيل', 'خالد الفيصل', 'عزام الدخيل']);
  });

  it('never gives فضيلته to a scholar of old the sermon cites (الإمام ابن جرير رحمه الله)', () => {
    const a = annotate('وقال إمام المسجد الحرام الشيخ أسامة خياط إن الفتنة شر. وذكر الإمام ابن جرير رحمه الله أن الظلم ظلمات. وأوضح فضيلته أن الأمن نعمة.', [
      ['أسامة خياط', 'person'], ['ابن جرير', 'person'],
    ]);
    assert.strictEqual(a.speakers[a.speakers.length - 1], 'أسامة خياط');
  });
});
