import * as assert from 'assert';
import * as fc from 'fast-check';
import { findQuotes } from '../../src/core/quotes';
import { tokenize } from '../../src/core/tokenize';
import { Quote } from '../../src/core/types';

const SEED = 20261127;

function quotesOf(text: string): Quote[] {
  return findQuotes(text, tokenize(text));
}

/** [kind, text, flags, cue] of each quotation, for compact assertions. */
function summary(text: string): [string, string, string, string | null][] {
  return quotesOf(text).map((q) => [q.kind, q.text, (q.flags ?? []).join(','), q.cue?.text ?? null]);
}

function assertWellFormed(text: string, quotes: Quote[]): void {
  quotes.forEach((q, i) => {
    assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length, `span in range: ${JSON.stringify(q)}`);
    assert.strictEqual(q.text, text.slice(q.start, q.end));
    assert.strictEqual(q.id, `q${i + 1}`);
    if (q.cue) assert.strictEqual(q.cue.text, text.slice(q.cue.start, q.cue.end));
  });
}

describe('core/quotes direct quotations', () => {
  it('ends reported speech at a participle of expecting or denying, which reports its own (، متوقعاً أن …)', () => {
    const indirect = quotesOf('وقال الرشودي إن الشركة وفرت التصاميم، متوقعاً أن يكون الإقبال كبيرا.').filter((q) => q.kind === 'indirect');
    assert.deepStrictEqual(indirect.map((q) => q.text), ['الشركة وفرت التصاميم', 'يكون الإقبال كبيرا']);
  });

  it('reads a plural participle as its own speech (وأعلن الوزيران أن …، مؤكدين أن …), not the feminine plural noun (لافتات)', () => {
    const indirect = quotesOf('وأعلن الوزيران أن الحوار جرى في أجواء إيجابية، مؤكدين أنه لا توجد خلافات بين البلدين.').filter((q) => q.kind === 'indirect');
    assert.deepStrictEqual(indirect.map((q) => [q.text, q.cue?.text]), [['الحوار جرى في أجواء إيجابية', 'وأعلن'], ['أنه لا توجد خلافات بين البلدين', 'مؤكدين']]);
    assert.deepStrictEqual(quotesOf('ورفع المحتجون لافتات إلى أن وصلوا الساحة.').map((q) => q.text), []);
  });

  it('reads مفيدا as speech only after a comma (، مفيدا بأن …), not the adjective (سيكون مفيدا أن)', () => {
    const indirect = (text: string): string[] => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
    assert.deepStrictEqual(indirect('وقال المدير إن الرياح أدت إلى الانقطاع، مفيدا بأن الفرق عالجته.'), ['الرياح أدت إلى الانقطاع', 'الفرق عالجته']);
    assert.deepStrictEqual(indirect('سيكون مفيدا أن تعالج الفرق الانقطاع.'), []);
  });

  it('ends reported speech before a contrast that opens new speech (، إلا أنه أشار إلى أن …، بيد أنه توقع أن …)', () => {
    const indirect = (text: string): string[] => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
    assert.deepStrictEqual(indirect('وشدد السعدون على أن المقار محمية، إلا أنه أشار إلى أن الحادثة وقعت في المسجد.'), ['المقار محمية', 'الحادثة وقعت في المسجد']);
    assert.deepStrictEqual(indirect('وقال إن الطلب تراجع، إلا أنه ما زال كبيرا.'), ['الطلب تراجع، إلا أنه ما زال كبيرا']);
  });

  it('ends reported speech at a participle with its أن even without a comma (… لمحاربة داعش مشيرا الى ان …)', () => {
    const indirect = (text: string): string[] => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
    assert.deepStrictEqual(indirect('وقال لافروف إنه يجب التعاون لمحاربة داعش مشيرا الى ان ذلك يتطلب تحالفا.'), ['إنه يجب التعاون لمحاربة داعش', 'ذلك يتطلب تحالفا']);
  });

  it('reads a long quoted name after the noun of its kind as no speech (مشروع «ينبع الصناعية المدينة الذكية»), not speech after a definite noun', () => {
    assert.deepStrictEqual(quotesOf('واطلع الوفد على سير مشروع «ينبع الصناعية المدينة الذكية» أمس.').map((q) => q.text), []);
    assert.deepStrictEqual(quotesOf('ووقعت الهيئة اتفاقية مع «شركة بيانات الأولى لخدمات الشبكات» أمس.').map((q) => q.text), []);
    assert.ok(quotesOf('وطالب بسحب المقاتلين من المنطقة «لكي لا يصبح المواطنون ضحايا هذه الحرب».').some((q) => q.kind === 'direct'));
  });

  it('reads an accusation or demand after a comma, with its object, not a passive adjective', () => {
    const texts = (text: string): string[] => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
    assert.deepStrictEqual(texts('وقال إنه يريد العودة، متهما وكيله بالتحايل عليه.').slice(1), ['التحايل عليه']);
    assert.deepStrictEqual(texts('وضبطت الشرطة شخصا آسيويا، متهما بالتعاون مع آخرين.'), []);
    assert.deepStrictEqual(texts('فهي مطالبة بتلبية متطلبات الأسرة.'), []);
  });

  it('ends reported speech before «، ثم» and a new speech verb (، ثم تابع: …)', () => {
    const indirect = quotesOf('وقال الطالب إنه صنع قنبلة في حلة الطهي، ثم تابع : هكذا نقتل الأمريكيين.').filter((q) => q.kind === 'indirect');
    assert.deepStrictEqual(indirect.map((q) => q.text), ['إنه صنع قنبلة في حلة الطهي', 'هكذا نقتل الأمريكيين']);
  });

  it('reads reported speech past an abbreviated title (وشدد م. خالد الرشودي على أن …)', () => {
    const indirect = quotesOf('وشدد م. خالد الرشودي على أن المشروع يعكس التزام الشركة.').filter((q) => q.kind === 'indirect');
    assert.deepStrictEqual(indirect.map((q) => q.text), ['المشروع يعكس التزام الشركة']);
  });

  const styles: [string, string][] = [
    ['curly “ ”', 'وقال بيسكوف: “لدي برنامج مناسب هناك”.'],
    ['guillemets « »', 'وقال بيسكوف: «لدي برنامج مناسب هناك».'],
    ['straight "', 'وقال بيسكوف: "لدي برنامج مناسب هناك".'],
    ['low-high „ “', 'وقال بيسكوف: „لدي برنامج مناسب هناك“.'],
  ];
  for (const [style, text] of styles) {
    it(`finds the content inside ${style}, marks excluded, with its cue`, () => {
      assert.deepStrictEqual(summary(text), [['direct', 'لدي برنامج مناسب هناك', '', 'وقال']]);
      assertWellFormed(text, quotesOf(text));
    });
  }

  it('flags a quotation opened with one style and closed with another', () => {
    assert.deepStrictEqual(summary('وقال مدير المكتب: "الأطفال يدفعون الثمن الأكبر».'), [
      ['direct', 'الأطفال يدفعون الثمن الأكبر', 'mismatched-marks', 'وقال'],
    ]);
  });

  it('closes a quotation with an opening mark typed between spaces after a word («8 مارس « وقام)', () => {
    const text = 'وأكد أنه «لا يمكن أن يقبل بعون لأنه مرشح فريق «8 مارس « وقام بتأمين الغطاء لمشروع إيران». وقال النائب: « إن الحكومة باقية».';
    const direct = quotesOf(text).filter((q) => q.kind === 'direct');
    assert.deepStrictEqual(direct.map((q) => q.text), ['لا يمكن أن يقبل بعون لأنه مرشح فريق «8 مارس « وقام بتأمين الغطاء لمشروع إيران', 'إن الحكومة باقية']);
  });

  it('recovers a quotation opened with a closing mark (و”سوف …”)', () => {
    const text = 'وقال سوليفان إن ذلك لن يحسن “صورة” البلاد و”سوف يدفعون الثمن في المجتمع الدولي”.';
    const direct = quotesOf(text).filter((q) => q.kind === 'direct');
    assert.deepStrictEqual(direct.map((q) => [q.text, q.flags ?? []]), [
      ['صورة', []],
      ['سوف يدفعون الثمن في المجتمع الدولي', ['reversed-mark']],
    ]);
  });

  it('reads guillemets written the other way round (»…«)', () => {
    assert.deepStrictEqual(summary('وقال الوزير: »الوضع تحت السيطرة تماما«.'), [
      ['direct', 'الوضع تحت السيطرة تماما', 'reversed-mark', 'وقال'],
    ]);
  });

  it('closes a quotation left open at the end of its paragraph, and goes on with the next one', () => {
    const text = 'وقالت سارة المطيري: «السوق ستبقى متوترة حتى نهاية العام\n\nوقال خالد: «الأسعار سترتفع كثيرا».';
    assert.deepStrictEqual(summary(text), [
      ['direct', 'السوق ستبقى متوترة حتى نهاية العام', 'unclosed', 'وقالت'],
      ['direct', 'الأسعار سترتفع كثيرا', '', 'وقال'],
    ]);
  });

  it('reads the closing part of a quotation that runs on into the next paragraph', () => {
    const text = 'وقال الوزير: «لقد عملنا طويلا على هذا الاتفاق\n\nونحن اليوم نجني ثماره». وغادر القاعة.\n\nوأضاف: «انتهى».';
    assert.deepStrictEqual(summary(text), [
      ['direct', 'لقد عملنا طويلا على هذا الاتفاق', 'unclosed', 'وقال'],
      ['direct', 'ونحن اليوم نجني ثماره', '', null],
      ['direct', 'انتهى', '', 'وأضاف'],
    ]);
  });

  it('keeps a quoted term nested in a quotation inside it, as one quotation', () => {
    const text = 'يقول بارك: «منذ الحرب الباردة، مارست كوريا الشمالية دائمًا «دبلوماسية البندول» بين الصين والاتحاد السوفييتي».';
    assert.deepStrictEqual(summary(text), [
      ['direct', 'منذ الحرب الباردة، مارست كوريا الشمالية دائمًا «دبلوماسية البندول» بين الصين والاتحاد السوفييتي', '', 'يقول'],
    ]);
  });

  it('reports a nested quotation that a cue introduces inside the quotation', () => {
    const text = 'وقالت الباحثة: “قال لي مسؤول أوروبي: "لا أحد يريد حربا شاملة"، لكن الجميع يستعد لها”.';
    assert.deepStrictEqual(summary(text), [
      ['direct', 'قال لي مسؤول أوروبي: "لا أحد يريد حربا شاملة"، لكن الجميع يستعد لها', '', 'وقالت'],
      ['direct', 'لا أحد يريد حربا شاملة', '', 'قال'],
    ]);
  });

  it('does not take a quoted name for a quotation («لوكويل»)', () => {
    assert.deepStrictEqual(summary('وارتفعت أسهم شركة «لوكويل» النفطية أمس.'), []);
    assert.deepStrictEqual(summary('وقال مدير شركة «لوكويل» إن الأرباح تضاعفت.').map((q) => q[1]), ['الأرباح تضاعفت']);
  });

  it('reads باسم with words between it and the quotation as "for", not as naming (متحدث باسم الوزارة "…")', () => {
    assert.deepStrictEqual(summary('وقال وليام سبيندلر متحدثا باسم مفوضية اللاجئين "لدينا أزمة لاجئين على أبواب أوروبا".').map((q) => [q[0], q[3]]), [['direct', 'وقال']]);
    assert.deepStrictEqual(summary('وأعلنت الحكومة مشروعا جديدا باسم "مدينة المستقبل" في الشمال.'), []);
  });

  it('drops a short quoted phrase with no speech around it, keeps one after a speech cue', () => {
    assert.deepStrictEqual(summary('ووصلت القافلة إلى “المنطقة الخضراء” مساء أمس.'), []);
    const partial = summary('ومن المنتظر أن يتحدث الرجلان عن “مواضيع حساسة” في الأيام المقبلة، بحسب الكرملين.');
    assert.deepStrictEqual(partial.filter((q) => q[0] === 'direct'), [['direct', 'مواضيع حساسة', '', 'بحسب']]);
  });

  it('keeps a short quoted phrase only a few words after a quotation, or in a sentence with a speech verb', () => {
    // «…» و«…»: the same speech goes on.
    assert.deepStrictEqual(summary('وقال الوزير: «الوضع صعب» و«خطير جدا».').map((q) => q[1]), ['الوضع صعب', 'خطير جدا']);
    // A quotation earlier in the paragraph says nothing of a quoted song title sentences later.
    assert.deepStrictEqual(summary('وقالت: «لم أكن أتوقع هذا النجاح». وبعد سنوات من العمل الطويل في الغناء والتمثيل صدرت أغنيتها “يا مجنون” في الصيف.')
      .map((q) => q[1]), ['لم أكن أتوقع هذا النجاح']);
    // مصدر أمني أشار إلى "محاولة خطف": the sentence reports speech.
    assert.deepStrictEqual(summary('في حين كان مصدر عسكري ومصدر امني اشارا الى "محاولة خطف" اجانب.').filter((q) => q[0] === 'direct').map((q) => q[1]),
      ['محاولة خطف']);
  });

  it('takes a cue that follows the quotation (“…”، كما قال X)', () => {
    assert.deepStrictEqual(summary('“الوضع خطير جدا في الجنوب”، كما يلاحظ من جانبه الباحث.'), [
      ['direct', 'الوضع خطير جدا في الجنوب', '', 'يلاحظ'],
    ]);
  });

  it('does not take the cue of the next quotation for a cue after this one (“…”، وقال: «…»)', () => {
    assert.deepStrictEqual(summary('وانتقد السفير ما سماه "الانحياز الفاضح ضد شعب بلاده"، وقال: «الأمم المتحدة فقدت مصداقيتها».').map((q) => q[3]), [null, 'وقال']);
    assert.deepStrictEqual(summary('"لم نر شيئا كهذا من قبل"، قال المدير، مشيرا إلى أن الأطفال يدفعون الثمن.').map((q) => q[3]), ['قال', 'مشيرا']);
  });

  it('keeps offsets in the original text through CRLF and bidi controls', () => {
    const text = 'مقدمة الخبر.\r\n\r\nوقال الوزير:\u200F “\u202Bالوضع مستقر تماما\u202C”.\r\nوقال آخر: “لا تعليق على ذلك الآن';
    const quotes = quotesOf(text);
    assertWellFormed(text, quotes);
    assert.deepStrictEqual(quotes.map((q) => [q.text, q.flags ?? []]), [
      ['الوضع مستقر تماما', []],
      ['لا تعليق على ذلك الآن', ['unclosed']],
    ]);
  });
});

describe('core/quotes indirect speech', () => {
  it('reports قال … إن … up to the end of the sentence', () => {
    assert.deepStrictEqual(summary('وقال المتحدث باسم الوزارة لوسائل الإعلام إن الزعيمين سيلتقيان قريبا. وغادر الوفد.'), [
      ['indirect', 'الزعيمين سيلتقيان قريبا', '', 'وقال'],
    ]);
  });

  it('reads بان before كي as a name, not بأن (وقال الأمين العام بان كي مون إن …)', () => {
    assert.deepStrictEqual(summary('وقال الأمين العام للأمم المتحدة بان كي مون إن الهجوم مروع.'), [
      ['indirect', 'الهجوم مروع', '', 'وقال'],
    ]);
  });

  it('keeps the subject pronoun of إنه / أنها in the span, not the proclitic of بأنه', () => {
    assert.deepStrictEqual(summary('قالت واشنطن إنه قد يؤدي إلى اتفاق.').map((q) => q[1]), ['إنه قد يؤدي إلى اتفاق']);
    assert.deepStrictEqual(summary('وأفادت الوزارة بأنه لا توجد إصابات.').map((q) => q[1]), ['أنه لا توجد إصابات']);
  });

  it('reads the verb\'s speech, not the sentence after a statement that frames it (وفي تصريحات نشرتها …، قال … إن)', () => {
    assert.deepStrictEqual(summary('وفي تصريحات نشرتها وكالة الأنباء الروسية، قال ناطق باسم السفارة إن موظفا روسيا قتل.'), [
      ['indirect', 'موظفا روسيا قتل', '', 'قال'],
    ]);
    assert.deepStrictEqual(summary('في بيان للوزارة، قال المتحدث إن الوضع هادئ.').map((q) => q[1]), ['الوضع هادئ']);
  });

  it('reads the verb\'s speech after a source that heads the sentence, and a source after its content apart (وبحسب رويترز، فقد ذكرت …)', () => {
    assert.deepStrictEqual(summary('وبحسب رويترز، فقد ذكرت الشركة أنها ستغلق المصنع.'), [['indirect', 'أنها ستغلق المصنع', '', 'ذكرت']]);
    assert.deepStrictEqual(summary('وصل عدد مستمعيها أكثر من مليون، بحسب بلقيس نفسها، التي أكدت أن الأغنية ناجحة.'), [
      ['indirect', 'وصل عدد مستمعيها أكثر من مليون', '', 'بحسب'],
      ['indirect', 'الأغنية ناجحة', '', 'أكدت'],
    ]);
  });

  it('reads a fronted source\'s content when فإن opens it, whole, and the speech a verb inside it reports apart (وبحسب باريس، فإن … التي ترى أن)', () => {
    assert.deepStrictEqual(summary('وبحسب باريس، فإن ملف الإرهاب يشكل الأولوية لموسكو التي ترى أن الأسد ركن أساسي.'), [
      ['indirect', 'ملف الإرهاب يشكل الأولوية لموسكو التي ترى أن الأسد ركن أساسي', '', 'وبحسب'],
      ['indirect', 'الأسد ركن أساسي', '', 'ترى'],
    ]);
  });

  it('reports speech inside reported speech as a quotation of its own, and none outside its verb\'s clause', () => {
    assert.deepStrictEqual(summary('وأضاف أن نبيل العربي أبلغ المبعوث أن الجامعة العربية ستدرس مراقبة وقف إطلاق النار.'), [
      ['indirect', 'نبيل العربي أبلغ المبعوث أن الجامعة العربية ستدرس مراقبة وقف إطلاق النار', '', 'وأضاف'],
      ['indirect', 'الجامعة العربية ستدرس مراقبة وقف إطلاق النار', '', 'أبلغ'],
    ]);
    assert.deepStrictEqual(summary('وقال الوزير إن المحادثات مثمرة. وأضاف المتحدث أن الوفد سيعود.').map((q) => q[1]), ['المحادثات مثمرة', 'الوفد سيعود']);
  });

  it('keeps a fronted source\'s content when the verb after its comma reports nothing of its own or the comma is the content\'s', () => {
    assert.deepStrictEqual(summary('وبحسب بيان المنظمة الذي تسلمت "الوطن" نسخة منه، أكدت التزامها بمكافحة التطرف.').map((q) => q[3]), ['وبحسب']);
    assert.deepStrictEqual(summary('وحسب ما نشرته صحيفة «ويتشيتا ايقل» فإن الشرطة تحقق في الحادث بعدما تلقت اتصالا، يفيد بوجود شخص مصاب.').map((q) => q[3]), ['وحسب']);
  });

  it('reads a quoted name a relay verb passes speech on from as the relayer, not the speech (ونقلت "رويترز" عن X أن)', () => {
    assert.deepStrictEqual(summary('ونقلت "رويترز" عن فضل حسن قائد عملية "التحرير" أن قواته تمشط القاعدة.'), [
      ['indirect', 'قواته تمشط القاعدة', '', 'ونقلت'],
    ]);
    // A quotation after نقل that is not followed by عن is still what was said.
    assert.deepStrictEqual(summary('ونقلت الوكالة عن الوزير قوله "الوضع هادئ".').map((q) => q[0]), ['direct']);
  });

  it('reads no speech in what a denied verb takes (ولم تعلن عن هويته), but reads what it says only (لم يعلن سوى عن)', () => {
    assert.deepStrictEqual(summary('ونددت البعثة بالهجوم ولكنها لم تعلن عن هوية القتيل وجنسيته.'), []);
    assert.deepStrictEqual(summary('ولم يعلن المجلس في المقابل سوى عن إجراءات محدودة.').map((q) => q[1]), ['إجراءات محدودة']);
  });

  it('opens a quotation at a straight mark right after a colon, however it is spaced (وقال الرئيس :" إنه …)', () => {
    assert.deepStrictEqual(summary('وقال الرئيس الفلسطيني :" إنه أمر بشع جداً أن يُحرق طفل رضيع.'), [['direct', 'إنه أمر بشع جداً أن يُحرق طفل رضيع.', 'unclosed', 'وقال']]);
    assert.deepStrictEqual(summary('وقال المدير :" العمل مستمر " ثم غادر.').map((q) => [q[0], q[1]]), [['direct', 'العمل مستمر']]);
  });

  it('reads أشار إلى أن and شدد على أن', () => {
    assert.deepStrictEqual(summary('وأشار الوزير إلى أن المفاوضات مستمرة.').map((q) => q[1]), ['المفاوضات مستمرة']);
    assert.deepStrictEqual(summary('وشدد الرئيس على أن الحوار هو الحل.').map((q) => q[1]), ['الحوار هو الحل']);
  });

  it('reads what a verb reports as a noun phrase after its own preposition (أعلن عن، مشددا على، أشار إلى)', () => {
    assert.deepStrictEqual(summary('في حين أعلن مصدر عسكري عن سقوط ثمانية قتلى.').map((q) => q[1]), ['سقوط ثمانية قتلى']);
    assert.deepStrictEqual(summary('وأكد الرئيس ضرورة الحوار، مشددا على عدم وجود خلاف بين البلدين.').map((q) => q[1]), ['عدم وجود خلاف بين البلدين']);
    assert.deepStrictEqual(summary('وأشارت البعثة إلى مقتل أحد أفرادها.').map((q) => q[1]), ['مقتل أحد أفرادها']);
    assert.deepStrictEqual(summary('وحذرت الوزيرة من التصعيد، إذ “.” ثم غادرت.').map((q) => q[1]), ['التصعيد']);
    // Calls, demands, promises and accusations: after their preposition, written apart or on the word.
    assert.deepStrictEqual(summary('ودعا الرئيس إلى وقف فوري لإطلاق النار في الجنوب.').map((q) => [q[1], q[3]]), [['وقف فوري لإطلاق النار في الجنوب', 'ودعا']]);
    assert.deepStrictEqual(summary('وطالبت المنظمة بالإفراج عن المعتقلين. ودعا ناشط لإحراق الكنائس.').map((q) => q[1]), ['الإفراج عن المعتقلين', 'إحراق الكنائس']);
    assert.deepStrictEqual(summary('وحث الرئيس الحكومة على بدء محادثات لوقف القتال.').map((q) => q[1]), ['بدء محادثات لوقف القتال']);
    assert.deepStrictEqual(summary('واتهمت الصحف فرنسا بالجبن وعدم الكفاءة.').map((q) => q[1]), ['الجبن وعدم الكفاءة']);
    // قال عن says something about; a preposition that is not the verb's reports nothing.
    assert.deepStrictEqual(summary('وقال عن الاتفاق كلاما كثيرا. وأعلن الوزير من الرياض الخطة.'), []);
  });

  it('keeps a single quoted word only when a cue gives it or reported speech holds it, not for a speech verb elsewhere in the sentence', () => {
    assert.deepStrictEqual(summary('وأكد الناقد أن الشاعر "العبقري" كتب قصيدته، ووصفه بعضهم بـ"الأمي" لأنه لم يتعلم.').map((q) => q[1]),
      ['الشاعر "العبقري" كتب قصيدته', 'العبقري', 'الأمي']);
    assert.deepStrictEqual(summary('ويسكن "الجني" روح الشاعر في القصيدة، وقال الناقد: إن القصيدة جميلة.').map((q) => q[1]), ['إن القصيدة جميلة']);
    assert.deepStrictEqual(summary('وسأله الصحافي هل ستغادر؟ فأجاب «لا».').map((q) => q[1]), ['لا']);
  });

  it('reads a phrase the sentence runs through on both sides as a term, unless speech holds it or it follows a preposition of reported speech', () => {
    assert.deepStrictEqual(summary('واستهدف الصاروخ تجمع «اشكول السكني» بصاروخين، فيما ترقد زوجته "ريهام دوابشة -37 عاما" في المستشفى. وقال المتحدث إن الوضع هادئ.').map((q) => q[1]), ['الوضع هادئ']);
    // After the preposition of a call in a sentence with a cue, or inside reported speech, it is what was said.
    // When the call goes on past the quotation, the whole complement is reported speech holding it.
    assert.deepStrictEqual(summary('ودعا زعيم الحزب المقاتلين إلى «رفع أصابعهم عن الزناد» فورا.').map((q) => q[1]), ['«رفع أصابعهم عن الزناد» فورا', 'رفع أصابعهم عن الزناد']);
    assert.deepStrictEqual(summary('وأعلن عبد اللهيان عن “مبادرة إيرانية معدلة” لحل الأزمة السورية.'), [
      ['indirect', '“مبادرة إيرانية معدلة” لحل الأزمة السورية', '', 'وأعلن'],
      ['direct', 'مبادرة إيرانية معدلة', '', 'وأعلن'],
    ]);
    // Not a paper spoken to before the speech, nor the label a verb of describing gives.
    assert.deepStrictEqual(summary('وأشار العقيد لـ"الوطن"، إلى ضرورة لفت أنظار الشباب.').map((q) => q[1]), ['ضرورة لفت أنظار الشباب']);
    assert.deepStrictEqual(summary('ووصفه بـ”المتخصص في الفشل” أمام الصحفيين.').map((q) => q[0]), ['direct']);
    // It ends before a circumstantial participle, and a list of quoted names or a thing unveiled is no such clause.
    assert.deepStrictEqual(summary('وأعرب الاتحاد عن «قلقه الشديد» حيال العنف، معبرا عن تعازيه لذوي الضحايا.').map((q) => q[1]), ['«قلقه الشديد» حيال العنف', 'قلقه الشديد']);
    assert.deepStrictEqual(summary('ونوه الأمين بـ«صنع المدينة» وإقامة «معامل المنورة» و«مركز خدمة المنورة» و«حدائق المنورة» في المدينة.').map((q) => q[0]), ['direct', 'direct', 'direct', 'direct']);
    assert.deepStrictEqual(summary('وكشفت الشركة عن “كاميرا تحاكي الواقع” في هاتفها الجديد.').map((q) => q[0]), ['direct']);
    assert.deepStrictEqual(summary('وأكد الوزير أن العلاقات «ممتازة جدا» مع باريس.').map((q) => q[1]), ['العلاقات «ممتازة جدا» مع باريس', 'ممتازة جدا']);
    // After إلى of a call its cue does not reach, and after the statements it quotes.
    assert.deepStrictEqual(summary('ودعا رئيس الحكومة، يوم الاثنين، إلى "وقف فوري لإطلاق النار" في الجنوب.').map((q) => q[1]), ['وقف فوري لإطلاق النار']);
    assert.deepStrictEqual(summary('وأيد العراقيون تصريحات الرئيس حول الرد على الجيران « اذا لم يكفوا عن اثارة المتاعب » للعراقيين.').map((q) => q[1]), [
      'اذا لم يكفوا عن اثارة المتاعب',
    ]);
  });

  it('reads hints and doubts as speech (ألمح إلى أن، استبعد أن)', () => {
    assert.deepStrictEqual(summary('وألمح الوزير إلى أن الأسعار سترتفع. واستبعد المسؤول أن تتأخر الانتخابات.').map((q) => [q[1], q[3]]), [
      ['الأسعار سترتفع', 'وألمح'], ['تتأخر الانتخابات', 'واستبعد'],
    ]);
  });

  it('ends the reported clause before a new speech verb after a comma and حيث or كما', () => {
    assert.deepStrictEqual(summary('ولفت التقرير إلى أن إبراهيم هرب إلى ألمانيا، حيث أكد أنه سعيد.').map((q) => q[1]), ['إبراهيم هرب إلى ألمانيا', 'أنه سعيد']);
  });

  it('ends the reported clause before لكن and before a participle that starts new speech', () => {
    assert.deepStrictEqual(summary('ونفى فوزي أن يكون المبعوث ناقش خروج الحوثيين لكنه أضاف أن الجامعة ستدرس الأمر.').map((q) => q[1]), [
      'يكون المبعوث ناقش خروج الحوثيين', 'الجامعة ستدرس الأمر',
    ]);
    assert.deepStrictEqual(summary('واكتفى الرئيس بالقول إنه سيزور القاعدة قريبا، لكنه رفض الإفصاح عن برنامجه.').map((q) => q[1]), [
      'إنه سيزور القاعدة قريبا',
    ]);
    assert.deepStrictEqual(summary('وأكد الوزير أن الوضع مستقر، مشيرا إلى أن الحدود مفتوحة.'), [
      ['indirect', 'الوضع مستقر', '', 'وأكد'],
      ['indirect', 'الحدود مفتوحة', '', 'مشيرا'],
    ]);
  });

  it('reports a clause with a partial quotation inside it, and the partial quotation too', () => {
    assert.deepStrictEqual(summary('وقال بيسكوف إن الزعيمين سيناقشان مواضيع “حساسة” دون تأخير.'), [
      ['indirect', 'الزعيمين سيناقشان مواضيع “حساسة” دون تأخير', '', 'وقال'],
      ['direct', 'حساسة', '', 'وقال'],
    ]);
  });

  it('does not double a direct quotation that is the whole reported content', () => {
    assert.deepStrictEqual(summary('وصرح لوكالة فرانس برس أن “كوريا الشمالية تمتلك أكبر مخزون من القذائف”.'), [
      ['direct', 'كوريا الشمالية تمتلك أكبر مخزون من القذائف', '', 'وصرح'],
    ]);
  });

  it('reads sources before and after the clause they vouch for', () => {
    assert.deepStrictEqual(summary('ووفقا لصحيفة تشوسون إلبو الكورية، هناك حاجة إلى 20 ساعة للربط بين المدينتين.'), [
      ['indirect', 'هناك حاجة إلى 20 ساعة للربط بين المدينتين', '', 'ووفقا'],
    ]);
    assert.deepStrictEqual(summary('بالنسبة لجوزيف ديمبسي، الباحث في المعهد، فإن موسكو مهتمة بالقذائف.').map((q) => q[1]), [
      'موسكو مهتمة بالقذائف',
    ]);
    assert.deepStrictEqual(summary('وتنفي بيونغ يانغ تزويد روسيا بالأسلحة، وفقا للخبراء.'), [
      ['indirect', 'وتنفي بيونغ يانغ تزويد روسيا بالأسلحة', '', 'وفقا'],
    ]);
  });

  it('reads past a parenthesis between the cue and its complementizer', () => {
    const text = 'وتقول هيرمان - التي اشتهرت بعرضها المسائي للأخبار صاحب أكبر نسبة مشاهدة في التليفزيون الألماني وببرنامج الحوار الجماهيري الذي تقدمه في وقت متأخر من الليل - إنها تلقت آلاف الرسائل.';
    assert.deepStrictEqual(summary(text), [['indirect', 'إنها تلقت آلاف الرسائل', '', 'وتقول']]);
  });

  it('reads a verbal noun with its pronoun as a cue (بتأكيدها أنه …)', () => {
    assert.deepStrictEqual(summary('أثارت المذيعة جدلا واسعا بتأكيدها أنه ينبغي للسيدات البقاء في البيوت.').map((q) => q[3]), ['بتأكيدها']);
  });

  it('reads impersonal and relayed speech', () => {
    assert.deepStrictEqual(summary('حيث يقال إن بوتين يسعى للحصول على قذائف.').map((q) => q[3]), ['يقال']);
    assert.deepStrictEqual(summary('ونقلت صحيفة «الشرق الأوسط» عن مسؤول في الوزارة قوله إن المملكة ملتزمة بالتنسيق.'), [
      ['indirect', 'المملكة ملتزمة بالتنسيق', '', 'ونقلت'],
    ]);
  });

  const traps: [string, string][] = [
    ['يذكر أن: the journalist\'s voice', 'ويذكر أن المواجهات اندلعت في أكتوبر الماضي.'],
    ['الجدير بالذكر أن', 'والجدير بالذكر أن المنتخب يتصدر مجموعته.'],
    ['بين as "between"', 'وتتواصل المحادثات بين البلدين منذ أشهر بين الحين والآخر.'],
    ['دعا with a name after it, and a call with nothing called for (دعا لبنان، وطالب …)', 'ودعا لبنان جيرانه، وطالب الجامعة الثانوية حضر.'],
    ['قبل أن: not reported speech', 'وأعلن الجيش انسحابه من المدينة قبل أن يعود إليها.'],
    ['نقل as "transported"', 'ونقل الجرحى إلى المستشفى في حالة حرجة.'],
    ['a cue verb with a noun object', 'وأعلنت الوزارة تسجيل إصابات جديدة في العاصمة.'],
    ['وحسب as "and only"', 'لم تتعاون هذه القوى مع المحتل لإحكام السيطرة على العراق وحسب، بل سعت إلى تقسيمه.'],
    ['quotation marks around punctuation only', 'وغادرت الوزيرة القاعة، إذ “.” ثم عادت.'],
    ['a byline', 'كتب: محمود صبري\n\nرفع الجهاز الفني للفريق درجات الاستعداد للقاء المقبل.'],
    ['a long title after بعنوان', 'ونال الماجستير عن رسالة بعنوان "العلاقات الدولية على شبكة الإنترنت في العقد الأخير".'],
  ];
  for (const [what, text] of traps) {
    it(`finds no quotation in a trap: ${what}`, () => assert.deepStrictEqual(summary(text), []));
  }

  it('still reads وبين المسؤول أن as speech', () => {
    assert.deepStrictEqual(summary('وبين المسؤول أن الأيام المقبلة ستكون حاسمة.').map((q) => q[3]), ['وبين']);
  });
});

describe('core/quotes robustness', () => {
  it('survives thousands of unbalanced marks of every style, each paragraph on its own', () => {
    const marks = ['“', '”', '«', '»', '"', '„'];
    let text = '';
    for (let i = 0; i < 20000; i++) text += `${marks[i % marks.length]}كلمة ${i % 7 === 0 ? '\n' : ''}`;
    const quotes = quotesOf(text);
    assertWellFormed(text, quotes);
    for (const q of quotes) assert.ok(!q.text.includes('\n'), 'a quotation never crosses a paragraph');
  });

  it('survives one huge paragraph of openers only', () => {
    const text = 'قال: ' + '« '.repeat(50000) + 'نهاية';
    const quotes = quotesOf(text);
    assertWellFormed(text, quotes);
    assert.strictEqual(quotes.length, 1);
    assert.deepStrictEqual(quotes[0].flags, ['unclosed']);
  });

  it('never throws and keeps spans well-formed on arbitrary text', () => {
    const alphabet = fc.constantFrom('قال', 'إن', 'أن', 'بحسب', 'وفقا', 'مشيرا', ' ', '\n', '\r\n', '“', '”', '«', '»', '"', '„', '،', '.', ':', 'و', '\u200F', '\u202B', 'كيم', 'x');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        assertWellFormed(text, quotesOf(text));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('gives the same quotations paragraph by paragraph as over the whole text', () => {
    const text = 'وقال الوزير: “نعم”.\n\nوقالت الباحثة إن الوضع صعب.\n\n«لم نر شيئا كهذا من قبل»، قال المدير.';
    const tokens = tokenize(text);
    const whole = findQuotes(text, tokens);
    const pieces: Quote[] = [];
    let from = 0;
    for (let k = 1; k <= tokens.length; k++) {
      if (k === tokens.length || tokens[k].paragraph !== tokens[from].paragraph) {
        findQuotes(text, tokens, from, k, pieces);
        from = k;
      }
    }
    assert.deepStrictEqual(pieces, whole);
    assert.strictEqual(whole.length, 3);
  });
});
