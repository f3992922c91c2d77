import * as assert from 'assert';
import { annotate, EntitySpec } from './quote-test-entities';

function rolesOf(text: string, specs: EntitySpec[], name = specs[0][0]): string[] {
  return annotate(text, specs).rolesOf(name);
}

/** Each case: a sentence, the one person named in it, the roles it gives that person. */
function assertRoles(cases: [text: string, name: string, roles: string[]][]): void {
  for (const [text, name, roles] of cases) assert.deepStrictEqual(rolesOf(text, [[name, 'person']]), roles, text);
}

describe('core/roles: a title before the name', () => {
  const cases: [string, string, string, string[]][] = [
    ['an adjective after the title', 'لعقد اجتماع مع الرئيس الروسي فلاديمير بوتين في موسكو.', 'فلاديمير بوتين', ['الرئيس الروسي']],
    ['a construct with a named organisation', 'عن المتحدث باسم الكرملين ديمتري بيسكوف.', 'ديمتري بيسكوف', ['المتحدث باسم الكرملين']],
    ['right after a cue verb', 'وقال مستشار الأمن القومي جيك سوليفان إن ذلك لن يحسن صورتها.', 'جيك سوليفان', ['مستشار الأمن القومي']],
    ['a pronoun suffix, as written', 'في خطاب قرأه وزير دفاعه سيرغي شويغو في بيونغ يانغ.', 'سيرغي شويغو', ['وزير دفاعه']],
    ['titles in a row', 'والتقى نائب رئيس الوزراء الإسرائيلي يسرائيل كاتس بالوفد.', 'يسرائيل كاتس', ['نائب رئيس الوزراء الإسرائيلي']],
    ['behind a proclitic', 'وجه رسالة للرئيس الأمريكي جو بايدن أمس.', 'جو بايدن', ['الرئيس الأمريكي']],
    ['a position before a rank, the rank apart', 'وقال وزير الطاقة الأمير عبد العزيز بن سلمان للصحفيين إن القرار احترازي.', 'عبد العزيز بن سلمان', ['وزير الطاقة', 'الأمير']],
    ['a position before an honorific rank', 'وأكد وزير الصحة المهندس خالد الفالح أن الوضع مطمئن.', 'خالد الفالح', ['وزير الصحة', 'المهندس']],
    ['a rank after a participle, no position', 'وأقرت أمانة سوق عكاظ ممثلة في الدكتور جريدي منصوري تقديم العرض.', 'جريدي منصوري', ['الدكتور']],
    ['a title whose complement is another title behind ل', 'وقال المبعوث الخاص للرئيس الروسي إلى سورية ميخائيل بوجدانوف إن الحل سياسي.', 'ميخائيل بوجدانوف', ['المبعوث الخاص للرئيس الروسي إلى سورية']],
    ['a rank behind ل, which is no rank there', 'وقال المدير الفني لفريق النصر خورخي دا سيلفا إن الفريق جاهز.', 'خورخي دا سيلفا', ['المدير الفني لفريق النصر']],
    ['a bare title behind ل, which names the name', 'وأكد المبعوث الشخصي للرئيس فلاديمير بوتين أن اللقاء مهم.', 'فلاديمير بوتين', ['الرئيس']],
    ['a feminine counterpart with its pronoun', 'واكد الوزير برنار كازنوف ونظيرته البريطانية تيريزا ماي في بيان ان الوضع صعب.', 'تيريزا ماي', ['نظيرته البريطانية']],
    ['no Sunday for أحد ("one of")', 'وقال حاكم كاليفورنيا جيري براون الأحد لوكالة فرانس برس إن الحرائق خطيرة.', 'جيري براون', ['حاكم كاليفورنيا']],
    ['a feminine title', 'وقالت المديرة التنفيذية لصندوق النقد الدولي كريستالينا غورغييفا إن النمو سيتباطأ.', 'كريستالينا غورغييفا', ['المديرة التنفيذية لصندوق النقد الدولي']],
  ];
  for (const [what, text, name, roles] of cases) {
    it(`reads ${what}`, () => assert.deepStrictEqual(rolesOf(text, [[name, 'person']]), roles));
  }

  it('gives a title after someone else\'s title to the name (مستشار الرئيس بوتين: بوتين is the president)', () => {
    assert.deepStrictEqual(rolesOf('وقال مستشار الرئيس فلاديمير بوتين إن اللقاء مهم.', [['فلاديمير بوتين', 'person']]), ['الرئيس']);
  });

  it('takes no honorific for a role (بالسيد بوتين)', () => {
    assert.deepStrictEqual(rolesOf('كان قد التقى بالفعل بالسيد بوتين في فلاديفوستوك.', [['بوتين', 'person']]), []);
  });

  it('gives an honorific as the role only when the text gives no other (الشيخ سلمان العودة، د. إبراهيم التركي)', () => {
    assert.deepStrictEqual(rolesOf('وغرد الشيخ سلمان العودة على تويتر.', [['سلمان العودة', 'person']]), ['الشيخ']);
    assert.deepStrictEqual(rolesOf('وكتب د. إبراهيم التركي مقالا.', [['إبراهيم التركي', 'person']]), ['د.']);
    assert.deepStrictEqual(rolesOf('وأصدر الحكم القاضي. أحمد سعيد تحدث طويلا عن القضية.', [['أحمد سعيد', 'person']]), []);
    assert.deepStrictEqual(rolesOf('وقال الشيخ سلمان العودة، الأستاذ في جامعة الإمام، إن الأمر خطير.', [['سلمان العودة', 'person']]), ['الأستاذ في جامعة الإمام']);
  });

  it('reads a definite noun and a nationality adjective right before the name as a description (المصمم البلجيكي)', () => {
    assert.deepStrictEqual(rolesOf('واتهم المصمم البلجيكي أوليفيه ديبي اللجنة بالاقتباس.', [['أوليفيه ديبي', 'person']]), ['المصمم البلجيكي']);
    assert.deepStrictEqual(rolesOf('وصلت إلى العاصمة الروسية ماريا بعد الظهر.', [['ماريا', 'person']]), []);
  });


  it('reads a definite noun that names a kind of person right before the name as a description (المبتعث، الإعلامية، القانوني)', () => {
    assertRoles([
      ['وأفاد المبتعث الإعلامي محمد الحامد بأن المبادرة كبرى.', 'محمد الحامد', ['المبتعث الإعلامي']],
      ['فيما نعت الإعلامية "وفاء الكيلاني" الفنانة الراحلة.', 'وفاء الكيلاني', ['الإعلامية']],
      ['بحسب ما أوضح القانوني خالد المرزوقي للصحيفة.', 'خالد المرزوقي', ['القانوني']],
      ['وصلت رسالة للمخلوع صالح أمس.', 'صالح', ['المخلوع']],
      ['لتحريرها من مليشيات الحوثي والمخلوع صالح أمس.', 'صالح', ['المخلوع']],
      // A four-letter participle only where a verb's subject stands: المغرد after قال, not المسرح.
      ['حيث قال المغرد أيمن قاسم إن المدارس بحاجة إلى ذلك.', 'أيمن قاسم', ['المغرد']],
      ['وهو من أعلام المسرح منصور الرحباني وإخوته.', 'منصور الرحباني', []],
      // Right after a verb of speech the phrase carries its complements.
      ['من جهته، قال المتخصص في مواقع التواصل الاجتماعي يوسف السلوم إن الظاهرة تزول.', 'يوسف السلوم', ['المتخصص في مواقع التواصل الاجتماعي']],
    ]);
  });

  it('reads no description in a family name, an adjective of the word before, a time or a verb (الغامدي، غريمها التقليدي، ألقى)', () => {
    assertRoles([
      ['وضمت القائمة سعيد الغامدي عبدالله العتيبي وآخرين.', 'عبدالله العتيبي', []],
      ['بإرتداء شعار غريمها التقليدي أديداس قبل شهر.', 'أديداس', []],
      ['جاء ذلك في الأسبوع الماضي محمد العلي قال ذلك.', 'محمد العلي', []],
      ['وفي الأمسية ألقى حسين الزيداني قصيدة.', 'حسين الزيداني', []],
      ['وقال إن اسمه الحقيقي فيليكس كجيلبرغ منذ ولادته.', 'فيليكس كجيلبرغ', []],
    ]);
  });

  it('reads what a person is before the word that gives the name (شاهد عيان يدعى، القائد …، المدعو، مقيم في مقديشو يدعى)', () => {
    assertRoles([
      ['وقال شاهد عيان يدعى أحمد اكاي لرويترز إن المرأتين أطلقتا النار.', 'أحمد اكاي', ['شاهد عيان']],
      ['أكد مصدر أن القائد الميداني لمليشيات الحوثي في قاعدة العند، المدعو أبو جليل، لقي مصرعه.', 'أبو جليل', ['القائد الميداني لمليشيات الحوثي في قاعدة العند']],
      ['وقال مقيم في مقديشو يدعى مقطر ظاهر إن الأفلام كثيرة.', 'مقطر ظاهر', ['مقيم في مقديشو']],
      ['قتل ثلاثة بينهم قائد ميداني للمليشيا يدعى "أبوثابت الحوثي" أمس.', 'أبوثابت الحوثي', ['قائد ميداني للمليشيا']],
      // After a verb that is no cue the words before the noun are not the description's.
      ['في أثينا القديمة جلس رجل يدعى فيشيون ينتظر دوره.', 'فيشيون', []],
    ]);
  });

  it('reads a title that quotes a body\'s name whole, or stands before a quoted name, never into a quotation', () => {
    assertRoles([
      ['وأكد مدير "تعليم الليث" مرعي البركاتي أن الإدارة متفهمة.', 'مرعي البركاتي', ['مدير "تعليم الليث"']],
      ['اعترف الناطق الإعلامي لأمانة العاصمة المقدسة "أسامة زيتوني" بتسبب الشركة.', 'أسامة زيتوني', ['الناطق الإعلامي لأمانة العاصمة المقدسة']],
      ['وقال رئيس حزب «تيار المحبة»، هاشمي الحامدي، إنه سيفوز.', 'هاشمي الحامدي', ['رئيس حزب «تيار المحبة»']],
      ['وقال جان بول، الرئيس السابق لسلطة الطيران "علينا الانتظار" للصحفيين.', 'جان بول', ['الرئيس السابق لسلطة الطيران']],
    ]);
  });

  it('does not give a kinship word before a name to that name (والد كيم is someone else)', () => {
    const text = 'وأدى توقيع اتفاق بين بوتين وكيم جونغ إيل، الذي توفي عام 2011، والد كيم وسلفه، إلى إحياء العلاقات.';
    const a = annotate(text, [['كيم جونغ إيل', 'person'], ['كيم', 'person'], ['بوتين', 'person']]);
    assert.deepStrictEqual(a.rolesOf('كيم'), []);
    assert.deepStrictEqual(a.rolesOf('كيم جونغ إيل'), ['والد كيم وسلفه']);
  });
});

describe('core/roles: an apposition after the name', () => {
  it('reads the apposition between commas', () => {
    const text = 'ويقول أندريه لانكوف، الخبير في جامعة كوكمين في سيول، إن القمة جزء من الابتزاز.';
    assert.deepStrictEqual(rolesOf(text, [['أندريه لانكوف', 'person'], ['جامعة كوكمين', 'organization'], ['سيول', 'place']]), [
      'الخبير في جامعة كوكمين في سيول',
    ]);
  });

  it('reads an apposition in parentheses (دي ميستورا (مبعوث الأمم المتحدة إلى سوريا))', () => {
    assert.deepStrictEqual(rolesOf('تحدثنا عن جهود دي ميستورا (مبعوث الأمم المتحدة إلى سوريا) في جنيف.', [['دي ميستورا', 'person'], ['الأمم المتحدة', 'organization'], ['سوريا', 'place']]),
      ['مبعوث الأمم المتحدة إلى سوريا']);
  });

  it('reads an apposition after a dash, and an indefinite head in the accusative (متحدثا باسم …)', () => {
    assert.deepStrictEqual(rolesOf('بدوره قال افيخاي ادرعي- الناطق باسم الجيش الاسرائيلي إن الصاروخ سقط.', [['افيخاي ادرعي', 'person']]), ['الناطق باسم الجيش الاسرائيلي']);
    assert.deepStrictEqual(rolesOf('وقال وليام سبيندلر متحدثا باسم مفوضية اللاجئين إن الأعداد كبيرة.', [['وليام سبيندلر', 'person']]), ['متحدثا باسم مفوضية اللاجئين']);
  });

  it('ends a role before the medium spoken to (… لوكالة فرانس برس)', () => {
    assert.deepStrictEqual(rolesOf('وقال محمد كنار منسق الوكالة الوطنية للإغاثة في شمال شرق البلاد لوكالة فرانس برس إن اللاجئين وصلوا.',
      [['محمد كنار', 'person'], ['الوكالة الوطنية للإغاثة', 'organization'], ['وكالة فرانس برس', 'organization']]), ['منسق الوكالة الوطنية للإغاثة في شمال شرق البلاد']);
  });

  it('ends the apposition at a colon or a full stop', () => {
    assert.deepStrictEqual(rolesOf('يقول بارك وون جون، الأستاذ في جامعة إيوا: «منذ الحرب الباردة تغير الكثير».', [['بارك وون جون', 'person']]), [
      'الأستاذ في جامعة إيوا',
    ]);
    assert.deepStrictEqual(rolesOf('كما يلاحظ ليف إيريك إيسلي، الأستاذ في جامعة إيوها. الجامعة في سيول.', [['ليف إيريك إيسلي', 'person']]), [
      'الأستاذ في جامعة إيوها',
    ]);
  });

  it('reads a role right after the name without a comma', () => {
    const text = 'وقال آندري باكليتسكي مدير برنامج الأسلحة النووية في مركز الأمن الدولي إن المخاطر كبيرة.';
    assert.deepStrictEqual(rolesOf(text, [['آندري باكليتسكي', 'person']]), ['مدير برنامج الأسلحة النووية في مركز الأمن الدولي']);
  });

  it('ends a role before an adverb, an auxiliary, an honorific or a new clause', () => {
    assertRoles([
      ['قال مساعد وزيرة الخارجية الأمريكية أمس الأول كريستوفر هيل إن المحادثات مثمرة.', 'كريستوفر هيل', ['مساعد وزيرة الخارجية الأمريكية']],
      ['وكان كوفي أنان، الأمين العام للأمم المتحدة كان قد تلقى التزاما بوقف النار.', 'كوفي أنان', ['الأمين العام للأمم المتحدة']],
      ['واستقبل أحمد التوفيق، وزير الشؤون الإسلامية والأوقاف ومعالي السفير، الوفد.', 'أحمد التوفيق', ['وزير الشؤون الإسلامية والأوقاف']],
      ['وألقت نجاح العطار، وزيرة الثقافة في سوريا كلمة باللغة العربية.', 'نجاح العطار', ['وزيرة الثقافة في سوريا']],
    ]);
  });

  it('carries a role through an institution whose name the tagger missed (الأستاذ في جامعة إيوا)', () => {
    assert.deepStrictEqual(rolesOf('ويقول بارك وون جون، الأستاذ في جامعة إيوا، إن التوازن صعب.', [['بارك وون جون', 'person']]), ['الأستاذ في جامعة إيوا']);
  });

  it('gives a title between two names to the first, unless و joins it to the second', () => {
    const object = annotate('وأيد مثال الآلوسي رئيس حزب الامة العراقية طالباني وقال إن العراقيين قادرون على الرد.', [['مثال الآلوسي', 'person'], ['طالباني', 'person']]);
    assert.deepStrictEqual(object.rolesOf('مثال الآلوسي'), ['رئيس حزب الامة العراقية']);
    assert.deepStrictEqual(object.rolesOf('طالباني'), []);
    const joined = annotate('واجتمع سعود الفيصل ورئيس مجلس الأمن القومي بندر بن سلطان أمس.', [['سعود الفيصل', 'person'], ['بندر بن سلطان', 'person']]);
    assert.deepStrictEqual(joined.rolesOf('سعود الفيصل'), []);
    assert.deepStrictEqual(joined.rolesOf('بندر بن سلطان'), ['رئيس مجلس الأمن القومي']);
  });

  it('does not read أمام ("in front of") or وإلى ("and to") as titles', () => {
    assert.deepStrictEqual(rolesOf('وقال كوفي عنان امام مجلس الأمن إن الوضع خطير.', [['كوفي عنان', 'person']]), []);
  });

  it('does not take a predicate for a role (النني لاعب كبير)', () => {
    assert.deepStrictEqual(rolesOf('وأجاب: النني لاعب كبير، لكنه لم يلعب منذ أشهر.', [['النني', 'person']]), []);
  });

  it('steps over a relative clause that does not say what the person is', () => {
    assert.deepStrictEqual(rolesOf('وبوتين، الموجود حاليا في فلاديفوستوك، لم يعلق.', [['بوتين', 'person']]), []);
  });
});

describe('core/roles: several mentions', () => {
  it('keeps each role once, the most informative first, for persons only', () => {
    const text = 'وصل الرئيس الروسي فلاديمير بوتين.\n\nوقال الرئيس الروسي فلاديمير بوتين إن الزيارة مهمة.\n\n'
      + 'وقال المتحدث باسمه، دميتري بيسكوف، إن اللقاء تم. وكان المتحدث باسم الكرملين دميتري بيسكوف قد أكد ذلك.\n\n'
      + 'وقالت الرئيسة التنفيذية لشركة أرامكو إن الإنتاج مستقر.';
    const a = annotate(text, [['فلاديمير بوتين', 'person'], ['دميتري بيسكوف', 'person'], ['أرامكو', 'organization']]);
    assert.deepStrictEqual(a.rolesOf('فلاديمير بوتين'), ['الرئيس الروسي']);
    assert.deepStrictEqual(a.rolesOf('دميتري بيسكوف'), ['المتحدث باسم الكرملين', 'المتحدث باسمه']);
    assert.deepStrictEqual(a.rolesOf('أرامكو'), []);
  });
});

describe('core/roles: a dual or plural title before names joined by و', () => {
  it('gives the title to each name it heads (الفنانان علي مرزوق وعبدالله البارقي)', () => {
    const a = 'نفذ الفنانان علي مرزوق وعبدالله البارقي جدارية كبيرة.';
    const specs: EntitySpec[] = [['علي مرزوق', 'person'], ['عبدالله البارقي', 'person']];
    assert.deepStrictEqual(rolesOf(a, specs, 'علي مرزوق'), ['الفنانان']);
    assert.deepStrictEqual(rolesOf(a, specs, 'عبدالله البارقي'), ['الفنانان']);
  });

  it('gives a singular title to the first name only (الفنان علي مرزوق وعبدالله البارقي)', () => {
    const specs: EntitySpec[] = [['علي مرزوق', 'person'], ['عبدالله البارقي', 'person']];
    assert.deepStrictEqual(rolesOf('نفذ الفنان علي مرزوق وعبدالله البارقي جدارية كبيرة.', specs, 'عبدالله البارقي'), []);
  });
});

describe('core/roles: positions joined by و', () => {
  it('reads two positions joined by و as two roles', () => {
    assert.deepStrictEqual(rolesOf('وقال أحمد قطان سفير خادم الحرمين في القاهرة والمندوب الدائم للمملكة في جامعة الدول العربية إن العلاقات قوية.', [
      ['أحمد قطان', 'person'], ['القاهرة', 'place'], ['جامعة الدول العربية', 'organization'],
    ]), ['المندوب الدائم للمملكة في جامعة الدول العربية', 'سفير خادم الحرمين في القاهرة']);
  });
});
