import * as assert from 'assert';
import { analyze } from '../../../../src/core/analyze';
import { entitiesOf, mentionsOfType } from './entities-of';

const organizations = (text: string): string[] => mentionsOfType(text, 'organization');

describe('core/entities/passes/heads', () => {
  it('names a body a country has one of by a relational adjective, as by a nationality', () => {
    assert.ok(organizations('وتمكنت قوات الجيش الوطني من استعادة المعسكر أمس.').some((m) => m.endsWith('الجيش الوطني')));
    assert.ok(organizations('وقالت المقاومة الشعبية إنها صدت الهجوم.').includes('المقاومة الشعبية'));
    assert.ok(organizations('وشنت طائرات التحالف العربي غارات جديدة.').includes('التحالف العربي'));
  });

  it('names a body by a definite phrase head and a confessional adjective, not by an adjective of kind (البطريركية اللاتينية; اللجنة التنفيذية)', () => {
    assert.ok(organizations('وقالت البطريركية اللاتينية في القدس في بيان إن التصريحات خطيرة.').includes('البطريركية اللاتينية'));
    assert.deepStrictEqual(organizations('وقالت اللجنة التنفيذية إن التسجيل مستمر.'), []);
  });

  it('names an observatory by its head and what it is for (المرصد السوري لحقوق الإنسان), and refers back to it by the head alone', () => {
    assert.ok(organizations('وقال المرصد السوري لحقوق الإنسان إن 25 مقاتلا قتلوا.').includes('المرصد السوري لحقوق الإنسان'));
    const a = analyze('وقال المرصد السوري لحقوق الإنسان إن 25 مقاتلا قتلوا. وأضاف المرصد أن الاشتباكات مستمرة.');
    assert.deepStrictEqual(a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker)?.name), ['المرصد السوري لحقوق الإنسان', 'المرصد السوري لحقوق الإنسان']);
  });

  it('stops the name before a participle that says whom it serves', () => {
    assert.ok(organizations('وتقدم الجيش الوطني الموالي للحكومة نحو المدينة.').includes('الجيش الوطني'));
  });

  it('takes in a definite word conjoined to the name, not another body nor what follows an adjective', () => {
    assert.deepStrictEqual(organizations('وقالت وزارة الطاقة والمعادن إن الأسعار سترتفع.'), ['وزارة الطاقة والمعادن']);
    assert.ok(organizations('وقدمت الهيئة العامة للسياحة والتراث الوطني برنامجا.').some((m) => m.startsWith('الهيئة العامة للسياحة والتراث')));
    assert.deepStrictEqual(organizations('وأعلنت وزارة الخارجية والجيش أن الحدود مغلقة.'), ['وزارة الخارجية']);
    assert.ok(!organizations('واستعاد الجيش السوري والفصيل المتحالف معه البلدة.').some((m) => m.includes('والفصيل')));
  });

  it('takes in the nationality after a known name of a kind of body, not after a proper name (حزب العمال الكردستاني، حزب الله)', () => {
    assert.ok(organizations('وقال مسؤول في حزب العمال الكردستاني إن الهدنة انتهت.').includes('حزب العمال الكردستاني'));
    assert.ok(organizations('وأضاف التقرير أن الحرس الثوري الإيراني أرسل قوات.').includes('الحرس الثوري الإيراني'));
    assert.ok(organizations('بمساعدة حزب الله اللبناني، وصوت أعضاء مجلس الأمن.').includes('حزب الله'));
  });

  it('takes in a head written with the article alone (الرئاسة العامة لرعاية الشباب), not a chairing (برئاسة)', () => {
    assert.ok(organizations('وأعلنت الرئاسة العامة لرعاية الشباب أن الموسم يبدأ غدا.').includes('الرئاسة العامة لرعاية الشباب'));
    assert.deepStrictEqual(organizations('وعقد اجتماع برئاسة المحافظ لبحث الخطة.'), []);
    // Adjectives after a definite ل-genitive stay in the name (للكرة الطائرة).
    assert.ok(organizations('وقال الاتحاد السعودي للكرة الطائرة في البيان إن البطولة تأجلت.').includes('الاتحاد السعودي للكرة الطائرة'));
  });

  it('takes no title and person after a definite head (رئيس الاتحاد الشيخ طلال الفهد)', () => {
    const text = 'إلا أن رئيس الاتحاد الشيخ طلال الفهد أعلن تأجيل البطولة.';
    assert.deepStrictEqual(organizations(text), []);
    assert.deepStrictEqual(mentionsOfType(text, 'person'), ['طلال الفهد']);
  });

  it('takes قناة before a town for a canal, a place, and before a country for a channel', () => {
    assert.ok(mentionsOfType('افتتحت مصر قناة السويس الجديدة أمس.', 'place').includes('قناة السويس'));
    assert.deepStrictEqual(mentionsOfType('وقالت قناة السعودية إن البرنامج سيبث.', 'organization'), ['السعودية']);
    assert.deepStrictEqual(mentionsOfType('وقال رئيس هيئة قناة السويس إن الإيرادات زادت.', 'organization'), ['هيئة قناة السويس']);
  });

  it('takes the name after a camp, a castle, a farm or a stadium for a place (مخيم الزعتري)', () => {
    assert.ok(mentionsOfType('ويعيش آلاف اللاجئين في مخيم الزعتري منذ سنوات.', 'place').some((m) => m.includes('الزعتري')));
  });

  it('takes a person named after a facility head for the place named after him (مطار بن غوريون)', () => {
    const text = 'وهبطت الطائرة في مطار بن غوريون أمس.';
    assert.ok(mentionsOfType(text, 'place').some((m) => m.includes('غوريون')));
    assert.deepStrictEqual(mentionsOfType(text, 'person'), []);
  });

  it('names a paper after its head even where the tagger made a person of it (صحيفة جورنال دو ديمانش)', () => {
    const text = 'وقال النائب كزافييه برتران عبر صحيفة جورنال دو ديمانش إن غضبنا كبير.';
    assert.deepStrictEqual(organizations(text), ['جورنال دو ديمانش']);
  });

  it('reads a definite head as a body named before, a bare one as heading a name (الشركة ستعود، شركة سامير)', () => {
    assert.deepStrictEqual(organizations('وقال المدير إن الشركة ستعود إلى نشاطها الطبيعي.'), []);
    assert.deepStrictEqual(organizations('وكانت موظفة الشركة أتت لتسلم الشقة.'), []);
    assert.deepStrictEqual(organizations('وقالت شركة سامير إن المصفاة ستعود.'), ['سامير']);
  });

  it('leaves one body of many, and the common noun', () => {
    assert.deepStrictEqual(organizations('ونفذت القوات الجوية طلعات فوق البحر.'), []);
    assert.deepStrictEqual(organizations('وتزداد مقاومة البكتيريا للمضادات الحيوية.'), []);
  });

  it('makes a facility named after a titled person a place, title and all (جامع الإمام تركي بن عبدالله)', () => {
    const found = entitiesOf('وألقى المفتي خطبة الجمعة في جامع الإمام تركي بن عبدالله بالرياض.');
    assert.ok(found.some((e) => e.type === 'place' && e.name === 'الإمام تركي بن عبدالله'), found.map((e) => `${e.type}:${e.name}`).join(' | '));
    assert.ok(!found.some((e) => e.type === 'person' && e.name.includes('تركي')));
  });

  it('ends such a place at its adjective when a person\'s name follows (مطار الملك خالد الدولي + يوسف العبدان)', () => {
    const found = entitiesOf('وقال مدير مطار الملك خالد الدولي يوسف العبدان إن الرحلات تسير وفق الجدول.');
    assert.ok(found.some((e) => e.type === 'place' && e.name === 'الملك خالد الدولي'), found.map((e) => `${e.type}:${e.name}`).join(' | '));
    assert.ok(found.some((e) => e.type === 'person' && e.name === 'يوسف العبدان'), found.map((e) => `${e.type}:${e.name}`).join(' | '));
  });
});
