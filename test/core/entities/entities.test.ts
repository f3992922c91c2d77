import * as assert from 'assert';
import * as fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { tokenize, Token } from '../../../src/core/tokenize';
import { showsName } from '../../../src/core/text';
import { Entity } from '../../../src/core/types';
import { tagMentions, tagParagraphs, MentionCandidate } from '../../../src/core/entities/tagger';
import { groupEntities } from '../../../src/core/entities/group';

const SEED = 20261127;
const SAMPLE_ARTICLE = readFileSync(join(__dirname, '..', '..', '..', '..', 'seeds', 'sample-article.txt'), 'utf8');

/** The entity part of the pipeline: tag each paragraph, then group over the whole text. */
function entitiesOf(text: string): Entity[] {
  const tokens: Token[] = tokenize(text);
  return groupEntities(text, tokens, tagParagraphs(tokens));
}

function entityWith(entities: Entity[], mentionText: string): Entity {
  const found = entities.find((e) => e.mentions.some((m) => m.text === mentionText));
  assert.ok(found, `no mention "${mentionText}" in ${JSON.stringify(entities.map((e) => e.mentions.map((m) => m.text)))}`);
  return found;
}

function mentionTexts(entities: Entity[]): string[] {
  return entities.flatMap((e) => e.mentions.map((m) => m.text));
}

/** The contract every result must keep, whatever the text. */
function assertWellFormed(text: string, entities: Entity[]): void {
  const all = entities.flatMap((e) => e.mentions);
  for (const m of all) assert.strictEqual(m.text, text.slice(m.start, m.end));
  const sorted = [...all].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) assert.ok(sorted[k - 1].end <= sorted[k].start, `overlap: ${JSON.stringify([sorted[k - 1], sorted[k]])}`);
  entities.forEach((e, n) => {
    assert.strictEqual(e.id, `e${n + 1}`);
    assert.deepStrictEqual(e.roles, []);
    assert.ok(e.mentions.length > 0);
    assert.deepStrictEqual(e.mentions, [...e.mentions].sort((a, b) => a.start - b.start));
    assert.ok(e.mentions.some((m) => showsName(m.text, e.name)), `name "${e.name}" is one of the mentions`);
    if (n > 0) assert.ok(entities[n - 1].mentions[0].start < e.mentions[0].start, 'ids follow the first mentions');
  });
}

describe('core/entities on short news sentences', () => {
  it('leaves attached proclitics out of the mention (وبوتين → بوتين)', () => {
    const text = 'وقال الرئيس الروسي فلاديمير بوتين إن العلاقات جيدة. وأكد الكرملين أن لقاء كيم وبوتين سيكون مثمرا.';
    const putin = entityWith(entitiesOf(text), 'فلاديمير بوتين');
    const lone = putin.mentions.find((m) => m.text === 'بوتين');
    assert.ok(lone, JSON.stringify(putin));
    assert.strictEqual(lone.start, text.indexOf('وبوتين') + 1);
  });

  it('names a body met only after لل with its article whole (للأمم المتحدة → الأمم المتحدة), not one whose own word starts with ل (للجنة، لليبيا)', () => {
    const names = entitiesOf('وقال الأمين العام للأمم المتحدة إن الوضع صعب، وبالنسبة لليبيا فالوضع أصعب بحسب رئيس للجنة الاحتراف.').map((e) => e.name);
    assert.ok(names.includes('الأمم المتحدة'), names.join(' | '));
    assert.ok(names.includes('ليبيا') && !names.includes('اليبيا'), names.join(' | '));
    assert.ok(!names.some((name) => name.startsWith('الجنة')), names.join(' | '));
  });

  it('keeps a word whole that the text writes inside a name, where no proclitic stands ("فالون" after مايكل فالون, not ف + الون)', () => {
    const text = 'قال وزير الدفاع البريطاني مايكل فالون إن بريطانيا ستمدد الضربات. ونقل موقع "بي بي سي" عن "فالون" أن الطائرات ساعدت.';
    const fallon = entityWith(entitiesOf(text), 'مايكل فالون');
    assert.deepStrictEqual(fallon.mentions.map((m) => m.text), ['مايكل فالون', 'فالون']);
    assert.ok(!mentionTexts(entitiesOf(text)).includes('الون'));
  });

  it('cuts ل and ب off place names (لموسكو، بكوريا الشمالية)', () => {
    const text = 'وأعرب كيم عن دعمه للصراع في أوكرانيا لموسكو. وأشاد بوتين بكوريا الشمالية لدعمها القوي.';
    const entities = entitiesOf(text);
    assert.strictEqual(entityWith(entities, 'موسكو').mentions[0].start, text.indexOf('لموسكو') + 1);
    assert.strictEqual(entityWith(entities, 'كوريا الشمالية').mentions[0].start, text.indexOf('بكوريا') + 1);
  });

  it('starts للأمم المتحدة after the first ل, and groups it with الأمم المتحدة', () => {
    const text = 'وسلط تقرير للأمم المتحدة في عام 2022 الضوء على الأزمة. وأضافت الأمم المتحدة أن المساعدات ستصل.';
    const un = entityWith(entitiesOf(text), 'لأمم المتحدة');
    assert.strictEqual(un.type, 'organization');
    assert.strictEqual(un.mentions[0].start, text.indexOf('للأمم') + 1);
    assert.deepStrictEqual(un.mentions.map((m) => m.text), ['لأمم المتحدة', 'الأمم المتحدة']);
    assert.strictEqual(un.name, 'الأمم المتحدة');
  });

  it('finds the region\'s public bodies and armed groups by name, named by the form with its article whole (الدفاع المدني)', () => {
    const text = 'وقال متحدث للدفاع المدني إن الحريق انتهى. وأضاف الدفاع المدني أن جماعة الحوثي وبوكو حرام لا صلة لهما.';
    const entities = entitiesOf(text);
    const defence = entityWith(entities, 'الدفاع المدني');
    assert.strictEqual(defence.type, 'organization');
    assert.strictEqual(defence.name, 'الدفاع المدني');
    assert.strictEqual(entityWith(entities, 'جماعة الحوثي').type, 'organization');
    assert.strictEqual(entityWith(entities, 'بوكو حرام').type, 'organization');
  });

  it('ends a body\'s name before another known body it does not own (طالب مجلس الشورى + رعاية الشباب), not before a ل-genitive', () => {
    assert.ok(mentionTexts(entitiesOf('وطالب مجلس الشورى الحرس الوطني بالتطوير.')).includes('مجلس الشورى'));
    assert.ok(mentionTexts(entitiesOf('وقال مركز الخليج للأبحاث إن الوضع صعب.')).includes('مركز الخليج للأبحاث'));
  });

  it('groups spelling variants of one name (ديمتري/دميتري بيسكوف، بيونغ يانغ/بيونج يانج)', () => {
    const entities = entitiesOf(
      'وقال المتحدث باسم الكرملين ديمتري بيسكوف إن اللقاء مهم. وأضاف دميتري بيسكوف أن الزيارة ستتم.\n' +
      'غادر الوفد بيونغ يانغ صباحا، ثم عاد إلى بيونج يانج مساء.',
    );
    const peskov = entityWith(entities, 'ديمتري بيسكوف');
    assert.strictEqual(peskov.type, 'person');
    assert.deepStrictEqual(peskov.mentions.map((m) => m.text), ['ديمتري بيسكوف', 'دميتري بيسكوف']);
    const pyongyang = entityWith(entities, 'بيونغ يانغ');
    assert.strictEqual(pyongyang.type, 'place');
    assert.deepStrictEqual(pyongyang.mentions.map((m) => m.text), ['بيونغ يانغ', 'بيونج يانج']);
  });

  it('groups forms that differ by diacritics, tatweel and alef shape', () => {
    const entities = entitiesOf(
      'وصل الوفد إلى موسكو أمس. وقالت مُوسكو إن اللقاء مهم. وأكدت موسكـو ذلك. وهاجمت إسرائيل غزة، وقالت اسرائيل إن العملية مستمرة.',
    );
    assert.deepStrictEqual(entityWith(entities, 'موسكو').mentions.map((m) => m.text), ['موسكو', 'مُوسكو', 'موسكـو']);
    assert.deepStrictEqual(entityWith(entities, 'إسرائيل').mentions.map((m) => m.text), ['إسرائيل', 'اسرائيل']);
  });

  it('joins a later surname to the person first named in full', () => {
    const entities = entitiesOf('ويقول أندريه لانكوف، الخبير في جامعة كوكمين في سيول، إن القمة مهمة.\nوتابع لانكوف أن موسكو تريد الدعم.');
    const lankov = entityWith(entities, 'أندريه لانكوف');
    assert.deepStrictEqual(lankov.mentions.map((m) => m.text), ['أندريه لانكوف', 'لانكوف']);
    assert.strictEqual(lankov.name, 'أندريه لانكوف');
  });

  it('joins a short form without the «بن X» links to the full name (حمد القاضي → حمد بن عبدالله القاضي)', () => {
    const entities = entitiesOf('أكد الكاتب حمد بن عبدالله القاضي أن المؤسسة مهمة.\nوتحدث حمد القاضي عن تجربته.');
    assert.deepStrictEqual(entityWith(entities, 'حمد بن عبدالله القاضي').mentions.map((m) => m.text), ['حمد بن عبدالله القاضي', 'حمد القاضي']);
  });

  it('takes a family name in quotation marks as a speech verb\'s subject for a person, and into the full name', () => {
    const entities = entitiesOf(
      'وأوضح الباحث ملهم بن محمد هندي أن الشهب تظهر في أغسطس.\nوقال الباحث الفلكي "هندي": "تنتج هذه الشهب من مذنب".\nوأشار "هندي" إلى أنه يفضل الرصد بعيدا عن المدن.',
    );
    const hindi = entityWith(entities, 'ملهم بن محمد هندي');
    assert.deepStrictEqual(hindi.mentions.map((m) => m.text), ['ملهم بن محمد هندي', 'هندي', 'هندي']);
    assert.strictEqual(hindi.type, 'person');
  });

  it('takes the unknown words after a speech verb\'s title and its complement for the name (وأوضح مخرج العمل فطيس بقنه أن)', () => {
    const persons = entitiesOf('وأوضح مخرج العمل فطيس بقنه أن أحداث المسرحية تتناول حياة الشاعر.').filter((e) => e.type === 'person');
    assert.deepStrictEqual(persons.map((e) => e.name), ['فطيس بقنه']);
  });

  it('joins a speech verb\'s subject to the compound name the tagger started at its second half (ذبيح + الله مجاهد)', () => {
    const entities = entitiesOf('وقال ذبيح الله مجاهد المتحدث باسم طالبان إنه لا يعلم شيئا.');
    assert.deepStrictEqual(entities.filter((e) => e.type === 'person').map((e) => e.name), ['ذبيح الله مجاهد']);
  });

  it('cuts a speech verb spelt like a given name off the full name after it (طالب + فرنسوا بايرو), not off a name of two words', () => {
    const entities = entitiesOf('من جهته، طالب فرنسوا بايرو الوزير السابق ب"قمة عملانية" بين فرنسا وبريطانيا.\nوشارك طالب الرفاعي في الاجتماع.');
    const texts = mentionTexts(entities);
    assert.ok(texts.includes('فرنسوا بايرو'), JSON.stringify(texts));
    assert.ok(!texts.some((t) => t.startsWith('طالب فرنسوا')), JSON.stringify(texts));
  });

  it('cuts a speech verb with its conjunction off a family name (وأبان + رضوان), where the mention holds the و', () => {
    const text = 'وقال نضال رضوان عضو مجلس الشورى إن القرار مهم. وأبان رضوان أن اللجنة تقوم بدورها.';
    const texts = mentionTexts(entitiesOf(text));
    assert.ok(!texts.some((t) => t.startsWith('وأبان')), JSON.stringify(texts));
    assert.deepStrictEqual(entityWith(entitiesOf(text), 'نضال رضوان').mentions.map((m) => m.text), ['نضال رضوان', 'رضوان']);
  });

  it('takes no quoted words after a speech verb for a name without evidence (أجاب "لا"، وأضاف أن "التمر")', () => {
    const texts = mentionTexts(entitiesOf('وسأله الصحافي فأجاب "لا" ثم غادر.\nوأضاف أن "التمر" يستخدم كخميرة، وقال "نعم": إنه موافق.'));
    for (const wrong of ['لا', 'التمر', 'نعم']) assert.ok(!texts.includes(wrong), `${wrong} in ${JSON.stringify(texts)}`);
  });

  it('takes quoted words no person bears, as a feminine speech verb\'s subject, for a body (وأضافت «جدوى للاستثمار» أنه), not a lone head or an adverb', () => {
    const entities = entitiesOf('وأضافت «جدوى للاستثمار» أنه قد يؤدي تراجع أسعار النفط إلى انخفاض التكاليف.');
    assert.strictEqual(entities.find((e) => e.name === 'جدوى للاستثمار')?.type, 'organization', JSON.stringify(entities.map((e) => e.name)));
    const texts = mentionTexts(entitiesOf('وأكدت «الهيئة» أن القرار نهائي، وقالت «ظالمًا» إن الحكم جائر.'));
    for (const wrong of ['الهيئة', 'ظالمًا']) assert.ok(!texts.includes(wrong), `${wrong} in ${JSON.stringify(texts)}`);
  });

  it('groups Arabic names with عبد، أبو and بن/ابن', () => {
    const entities = entitiesOf(
      'واستقبل الأمير محمد بن سلمان الرئيس الفلسطيني محمود عباس (أبو مازن). وأكد ابن سلمان دعمه، والتقى أبو مازن لاحقا الملك عبد الله.',
    );
    assert.deepStrictEqual(entityWith(entities, 'محمد بن سلمان').mentions.map((m) => m.text).slice(0, 2), ['محمد بن سلمان', 'ابن سلمان']);
    assert.deepStrictEqual(entityWith(entities, 'أبو مازن').mentions.map((m) => m.text), ['أبو مازن', 'أبو مازن']);
    assert.strictEqual(entityWith(entities, 'عبد الله').type, 'person');
  });

  it('keeps two people who share a name apart (كيم جونغ أون، كيم جونغ إيل)', () => {
    const entities = entitiesOf(SAMPLE_ARTICLE);
    const un = entityWith(entities, 'كيم جونغ أون');
    const il = entityWith(entities, 'كيم جونغ إيل');
    assert.notStrictEqual(un.id, il.id);
    // A lone كيم joins the one the text talks about most.
    assert.ok(un.mentions.some((m) => m.text === 'كيم'));
    assert.ok(!il.mentions.some((m) => m.text === 'كيم'));
  });

  it('does not take nationality adjectives, months or days for entities', () => {
    const text = 'وصل الزعيم الكوري الشمالي يوم الثلاثاء، وقالت وسائل الإعلام الروسية في سبتمبر/أيلول إن الزيارة مهمة.';
    const texts = mentionTexts(entitiesOf(text));
    for (const word of ['الكوري', 'الشمالي', 'الروسية', 'الثلاثاء', 'سبتمبر', 'أيلول']) {
      assert.ok(!texts.some((t) => t.includes(word)), `${word} in ${JSON.stringify(texts)}`);
    }
  });

  it('makes the longest organization name win, with no place inside it', () => {
    const text = 'وقال الباحث في مركز روسيا للدراسات السياسية إن الوضع معقد.';
    const entities = entitiesOf(text);
    const centre = entityWith(entities, 'مركز روسيا للدراسات السياسية');
    assert.strictEqual(centre.type, 'organization');
    assert.ok(!mentionTexts(entities).includes('روسيا'));
  });

  it('builds organizations from their heads (وكالة …، المعهد …، مجموعة …)', () => {
    const entities = entitiesOf(
      'وصرح لوكالة فرانس برس الباحث في المعهد الدولي للدراسات الاستراتيجية أن الأسلحة مخصصة لمجموعة فاغنر شبه العسكرية.',
    );
    for (const name of ['وكالة فرانس برس', 'المعهد الدولي للدراسات الاستراتيجية', 'مجموعة فاغنر']) {
      assert.strictEqual(entityWith(entities, name).type, 'organization', name);
    }
  });

  it('takes no word for a person without evidence that it names someone', () => {
    const text = 'وقال السفير إن الرجل يقول كلاما مغلوطا في التاريخ، مهما كتبوا ضدنا. وقال مصدران عسكريان ماليان إنها تمكنت من طرد المهاجمين. ' +
      'وسبق أن قال مستثمران آخران إن العرض يبخس قيمة الشركة. ولن ترى تفجيرًا واحدًا هناك.';
    const persons = entitiesOf(text).filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => m.text));
    for (const word of ['كلاما', 'ضدنا', 'مصدران', 'مستثمران', 'تفجيرًا']) assert.ok(!persons.some((p) => p.includes(word)), JSON.stringify(persons));
    // Tagged twice, a non-name is no more a name.
    const twice = entitiesOf('وقال مستثمران إن السوق صعب. وقال مستثمران إن السوق صعب جدا.').filter((e) => e.type === 'person');
    assert.deepStrictEqual(twice, []);
  });

  it('keeps an unknown name where people are named: after a speech verb, before a title in apposition', () => {
    const persons = (text: string): string[] => entitiesOf(text).filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => m.text));
    assert.ok(persons('وقال فينسنت كوشيتيل مدير أوروبا لدى المفوضية إن لندن رفضت الطلبات.').some((p) => p.includes('كوشيتيل')));
    assert.ok(persons('وصرح يالجين اكدوجان نائب رئيس الوزراء التركي بأن الدولة تواصل مباحثاتها.').some((p) => p.includes('اكدوجان')));
  });

  it('reads المملكة alone as a place, but not before another definite word', () => {
    const places = (text: string): string[] => entitiesOf(text).filter((e) => e.type === 'place').flatMap((e) => e.mentions.map((m) => m.text));
    assert.deepStrictEqual(places('وأكد الوزير أن المملكة ترحب بالقرار، وأن للمملكة دورا كبيرا.'), ['المملكة', 'لمملكة']);
    assert.deepStrictEqual(places('وتحدث الكاهن عن المملكة السماوية.'), []);
    assert.deepStrictEqual(places('ووصل الوفد إلى المملكة أمس.'), ['المملكة']);
  });

  it('finds the name after a place or facility head where the tagger left it, with its article (نفق + المانش، بحيرة + طبريا)', () => {
    const places = (text: string): string[] => entitiesOf(text).filter((e) => e.type === 'place').flatMap((e) => e.mentions.map((m) => m.text));
    assert.ok(places('وحاول المهاجرون عبور نفق المانش ليلا.').includes('المانش'));
    assert.ok(places('وسقط صاروخ قرب بحيرة طبريا أمس.').some((p) => p.includes('طبريا')));
  });

  it('takes the king or prince a body is named after into its name (جامعة الملك عبدالعزيز)', () => {
    const entities = entitiesOf('وقال الباحث بجامعة الملك عبدالعزيز، ملهم هندي، إن الشهب تصل ذروتها الخميس.');
    assert.ok(entities.some((e) => e.type === 'organization' && e.mentions.some((m) => m.text === 'جامعة الملك عبدالعزيز')), JSON.stringify(mentionTexts(entities)));
    assert.ok(!entities.some((e) => e.type === 'person' && e.name === 'عبدالعزيز'));
  });

  it('types every mention of a name as the head before one of them says (شركة «سامير» … سامير)', () => {
    const text = 'أعلنت شركة سامير وقف الإنتاج. وقالت سامير إن الأزمة مؤقتة، وأضافت سامير أن العمال سيعودون.';
    const named = entitiesOf(text).filter((e) => e.mentions.some((m) => m.text === 'سامير'));
    assert.deepStrictEqual(named.map((e) => e.type), ['organization'], JSON.stringify(named));
  });

  it('keeps a transliterated name whole across a short syllable read as و + a word (بارك وون جون)', () => {
    const entities = entitiesOf('وقال الباحث لي دو هون، الأستاذ في جامعة سيول، إن الاتفاق قريب. ويقول بارك وون جون إن الأمر مختلف.');
    assert.strictEqual(entityWith(entities, 'بارك وون جون').type, 'person');
  });

  it('makes a name used for two kinds of thing two entities, but absorbs a lone slip of type', () => {
    const text = 'وصل الوفد إلى ليون صباحا. وفاز ليون على ضيفه. وتقع ليون في فرنسا. وخسر ليون أمس.';
    const tokens = tokenize(text);
    const lyon = tokens.flatMap((t, i) => (t.norm === 'ليون' ? [i] : []));
    const grouped = (types: MentionCandidate['type'][]): string[] => {
      const candidates = lyon.map((i, k): MentionCandidate => ({ start: tokens[i].start, end: tokens[i].end, type: types[k], firstToken: i, endToken: i + 1 }));
      return groupEntities(text, tokens, candidates).filter((e) => e.name === 'ليون').map((e) => `${e.type} ${e.mentions.length}`).sort();
    };
    assert.deepStrictEqual(grouped(['place', 'organization', 'place', 'organization']), ['organization 2', 'place 2']);
    assert.deepStrictEqual(grouped(['place', 'organization', 'place', 'place']), ['place 4']);
  });

  it('joins a family name the tagger typed a place to the one person it ends, but not a country a person is named after (ظريف، السويد)', () => {
    const text = 'ظريف: إيران مستمرة في دعم حلفائها.\nقال محمد جواد ظريف إن بلاده ستستمر. وأكد ظريف أن الاتفاق قائم. وقال عبدالله السويد إن السويد بعيدة.';
    const tokens = tokenize(text);
    const span = (words: string, type: MentionCandidate['type'], from = 0): MentionCandidate => {
      const start = text.indexOf(words, from);
      const firstToken = tokens.findIndex((t) => t.start === start);
      const endToken = tokens.findIndex((t) => t.end === start + words.length) + 1;
      return { start, end: start + words.length, type, firstToken, endToken };
    };
    const candidates = [
      span('ظريف', 'place'), span('محمد جواد ظريف', 'person'), span('ظريف', 'place', text.indexOf('وأكد')), span('إيران', 'place'),
      span('عبدالله السويد', 'person'), span('السويد', 'place', text.indexOf('إن السويد')),
    ];
    const entities = groupEntities(text, tokens, candidates);
    const zarif = entityWith(entities, 'محمد جواد ظريف');
    assert.strictEqual(zarif.type, 'person');
    assert.deepStrictEqual(zarif.mentions.map((m) => m.text), ['ظريف', 'محمد جواد ظريف', 'ظريف']);
    assert.strictEqual(entityWith(entities, 'السويد').type, 'place');
    assert.notStrictEqual(entityWith(entities, 'السويد'), entityWith(entities, 'عبدالله السويد'));
  });

  it('takes a rare word after a lone given name as its family name, but no common word or preposition', () => {
    const texts = mentionTexts(entitiesOf('وسجل الفرنسي لويس ساها هدفين. وقال محمد إن الاتفاق قريب، وغاب خالد بسبب الإصابة.'));
    assert.ok(texts.includes('لويس ساها'), JSON.stringify(texts));
    for (const wrong of ['محمد إن', 'خالد بسبب']) assert.ok(!texts.includes(wrong), `${wrong} in ${JSON.stringify(texts)}`);
  });

  it('takes an unknown word right after a reporting verb for its speaker, unless it reads as a noun', () => {
    const entities = entitiesOf('وقال كوبل إن الفريق مستعد للمباراة. وأعلنت مفوضية الانتخابات النتائج، وقال مسؤولون إن الهجوم فشل.');
    assert.strictEqual(entityWith(entities, 'كوبل').type, 'person');
    const texts = mentionTexts(entities);
    for (const wrong of ['مفوضية', 'مسؤولون']) assert.ok(!texts.includes(wrong), `${wrong} in ${JSON.stringify(texts)}`);
  });

  it('keeps a family name that looks like a nationality adjective (الكندي، الحديدي)', () => {
    const texts = mentionTexts(entitiesOf('وحضر الاجتماع سعادة سعيد محمد الكندي وعدد من الوزراء. وأعد البرنامج السيناريست حازم الحديدي، ويخرجه محمد مراد.'));
    for (const name of ['سعيد محمد الكندي', 'حازم الحديدي']) assert.ok(texts.includes(name), `${name} in ${JSON.stringify(texts)}`);
  });

  it('ends a known organization name where it is complete, before a word that does not continue it', () => {
    const texts = mentionTexts(entitiesOf('وأكد لوكالة فرانس برس لي مين أن الاتفاق قريب.'));
    assert.ok(texts.includes('وكالة فرانس برس'), JSON.stringify(texts));
    assert.ok(!texts.some((t) => t.endsWith('برس لي')), JSON.stringify(texts));
  });

  it('finds an organization the training data always names as one where the tagger misses it (أندرلخت)', () => {
    const text = 'وأمل أندرلخت في الفوز على ضيفه بعد التعادل، وقال مدرب الفريق إن اللاعبين جاهزون.';
    const tokens = tokenize(text);
    assert.deepStrictEqual(tagMentions(tokens, 0, tokens.length).map((c) => text.slice(c.start, c.end)), []);
    assert.strictEqual(entityWith(entitiesOf(text), 'أندرلخت').type, 'organization');
  });

  it('reads a name before a masculine nationality adjective as a club, not a city or a titled person', () => {
    const clubs = entitiesOf('وتعادل ليون الفرنسي مع ميلان الإيطالي في الجولة الثانية.');
    for (const name of ['ليون', 'ميلان']) assert.strictEqual(entityWith(clubs, name).type, 'organization');
    assert.strictEqual(entityWith(entitiesOf('وزار الوفد مدينة ليون الفرنسية أمس.'), 'ليون').type, 'place');
    assert.strictEqual(entityWith(entitiesOf('وسجل اللاعب ليونيل ميسي الأرجنتيني هدفين.'), 'ليونيل ميسي').type, 'person');
  });

  it('keeps an organization named by a place head (الجزيرة), but a place after a place head (ولاية الجزيرة)', () => {
    assert.strictEqual(entityWith(entitiesOf('وعن فريق الجزيرة أعرب عبدالله صالح عن تقديره.'), 'الجزيرة').type, 'organization');
    assert.strictEqual(entityWith(entitiesOf('وسجلت إصابات في ولاية الجزيرة خلال أسبوع.'), 'الجزيرة').type, 'place');
  });

  it('takes no unknown word after a definite name into it (قناة الجزيرة + ووصفها)', () => {
    const texts = mentionTexts(entitiesOf('وأشار إلى قناة الجزيرة ووصفها بأنها منحازة.'));
    assert.deepStrictEqual(texts, ['الجزيرة']);
  });

  it('starts a club named after its city at the unknown word before the city (سسكا موسكو الروسي)', () => {
    const entities = entitiesOf('وحقق سسكا موسكو الروسي فوزا صعبا على ضيفه.');
    assert.strictEqual(entityWith(entities, 'سسكا موسكو').type, 'organization');
    const texts = mentionTexts(entitiesOf('وجمعت المسابقات الأوروبية بين أرسنال وموناكو الفرنسي الذي فاز.'));
    assert.ok(!texts.some((t) => t.includes(' ')), JSON.stringify(texts));
  });

  it('keeps a definite organization name whole and apart from what follows it', () => {
    const entities = entitiesOf(
      'وقالت حركة حماس إنها تستعد بمساعدة حزب الله اللبناني، وصوت أعضاء مجلس الأمن البالغ عددهم 15 عضوا على القرار.',
    );
    const texts = mentionTexts(entities);
    for (const name of ['حماس', 'حزب الله', 'مجلس الأمن']) assert.ok(texts.includes(name), `${name} in ${JSON.stringify(texts)}`);
    for (const name of ['حركة حماس', 'حزب الله اللبناني', 'مجلس الأمن البالغ']) assert.ok(!texts.includes(name), `${name} in ${JSON.stringify(texts)}`);
  });

  it('names a ministry or council by its definite complement, but no board any institution has', () => {
    const texts = mentionTexts(entitiesOf('وقالت وزارة الصحة السودانية إن الوباء ينتشر، فيما نفت وزارة الدفاع ذلك. وأكد مجلس الإدارة القرار. وانعقد مجلس النواب أمس.'));
    assert.ok(texts.includes('وزارة الصحة السودانية'), JSON.stringify(texts));
    assert.ok(texts.includes('وزارة الدفاع'), JSON.stringify(texts));
    assert.ok(texts.includes('مجلس النواب'), JSON.stringify(texts));
    assert.ok(!texts.some((t) => t.startsWith('مجلس الإدارة')), JSON.stringify(texts));
  });

  it('names a paper whose name is an ordinary word or a place only where it is marked as a name (لـ«الشرق الأوسط»، "سبق"، a byline)', () => {
    const entities = entitiesOf('سبق – الرياض: قال المسؤول لـ"سبق" إن الأمطار قادمة، وأضاف لـ«الشرق الأوسط» أن الشرق الأوسط يعاني. سبق أن أعلن ذلك اليوم.');
    const texts = entities.flatMap((e) => e.mentions.map((m) => `${m.text}|${e.type}`));
    assert.deepStrictEqual(texts.filter((t) => t.startsWith('سبق')), ['سبق|organization', 'سبق|organization']);
    assert.ok(texts.includes('الشرق الأوسط|organization') && !texts.includes('اليوم|organization'), JSON.stringify(texts));
  });

  it('names a ministry by its field and the country\'s adjective (الخارجية الأميركية), not a policy or a role (السياسة الخارجية المصرية، وزير الخارجية)', () => {
    assert.strictEqual(entityWith(entitiesOf('وقالت الخارجية الأميركية بأنها ترحب بالقرار.'), 'الخارجية الأميركية').type, 'organization');
    const texts = mentionTexts(entitiesOf('وأكد أن السياسة الخارجية المصرية ثابتة. وقال وزير الخارجية الأمريكية السابقة إن الاتفاق مهم.'));
    assert.ok(!texts.some((t) => t.includes('الخارجية')), JSON.stringify(texts));
  });

  it('names a state body\'s bare head only with whose it is (الشرطة البريطانية، not الشرطة)', () => {
    const texts = mentionTexts(entitiesOf('وقالت الشرطة البريطانية إنها اعتقلت رجلا. وأضافت الشرطة أن التحقيق مستمر.'));
    assert.ok(texts.includes('الشرطة البريطانية'), JSON.stringify(texts));
    assert.ok(!texts.includes('الشرطة'), JSON.stringify(texts));
  });

  it('takes a construct chain of bare nouns after a head when it ends in whose body it is', () => {
    const texts = mentionTexts(entitiesOf('وأكدت وزارة خارجية جنوب أفريقيا مقتل أحد مواطنيها. وقال مجلس شورى ثوار بنغازي إنه سيرد.'));
    assert.ok(texts.some((t) => t.startsWith('وزارة خارجية جنوب أفريقيا')), JSON.stringify(texts));
    assert.ok(texts.some((t) => t.startsWith('مجلس شورى ثوار بنغازي')), JSON.stringify(texts));
    // An adjective, a future verb or a preposition is no part of a construct chain.
    const loose = mentionTexts(entitiesOf('وقالت الحكومة إن بعثة اوروبية ستزور مصر الشهر المقبل، ودعت إلى اتحاد طوعي مع العراق.'));
    assert.ok(!loose.some((t) => t.startsWith('بعثة') || t.startsWith('اتحاد')), JSON.stringify(loose));
  });

  it('names a body by what it is for after ل (المفوضية العليا لشؤون اللاجئين), not by a purpose (الجمعية العامة لإصدار القرارات)', () => {
    const texts = mentionTexts(entitiesOf('وأعلنت المفوضية العليا لشؤون اللاجئين أن العدد ارتفع. وقالت اللجنة الوطنية لمكافحة الإرهاب إنها تحقق.'));
    assert.ok(texts.includes('المفوضية العليا لشؤون اللاجئين') && texts.includes('اللجنة الوطنية لمكافحة الإرهاب'), JSON.stringify(texts));
    const purpose = mentionTexts(entitiesOf('واجتمعت الجمعية العامة للأمم المتحدة لإصدار القرارات التالية.'));
    assert.ok(!purpose.some((t) => t.includes('لإصدار')), JSON.stringify(purpose));
  });

  it('names what is quoted right after an organization head (منظمة «يش دين»), the head alone no name', () => {
    const entities = entitiesOf('وبحسب منظمة «يش دين» الاسرائيلية الحقوقية، أحرق المستوطنون 15 منزلا . وقال مستثمران في شركة "دراجون أويل" إن العرض ضعيف .');
    assert.strictEqual(entityWith(entities, 'يش دين').type, 'organization');
    assert.strictEqual(entityWith(entities, 'دراجون أويل').type, 'organization');
    assert.ok(!mentionTexts(entities).includes('منظمة'), JSON.stringify(mentionTexts(entities)));
  });

  it('names a website after موقع where the word is no common one (موقع ويكيليكس), not a place or a possession (موقع الحادث، موقع شركته)', () => {
    assert.strictEqual(entityWith(entitiesOf('وقال موقع ويكيليكس إن أنشطة التجسس قديمة .'), 'ويكيليكس').type, 'organization');
    const texts = mentionTexts(entitiesOf('ووصلت الشرطة إلى موقع الحادث . ونشر الرجل صورته على موقع شركته .'));
    assert.ok(!texts.includes('الحادث') && !texts.includes('شركته'), JSON.stringify(texts));
  });

  it('takes in the rest of a foreign name after a newspaper head when the tagger found only its first word', () => {
    const entities = entitiesOf('ووفقا لصحيفة يوميوري شيمبون اليابانية، فإن الحكومة تدرس الأمر.');
    assert.strictEqual(entityWith(entities, 'يوميوري شيمبون').type, 'organization');
    assert.ok(!mentionTexts(entities).includes('يوميوري شيمبون اليابانية'));
  });

  it('takes no homeland with a possessive for a place (بلدينا، لبلادهم)', () => {
    const mentions = mentionTexts(entitiesOf('وقال إن ما يهمنا هو مصلحة بلدينا ، وإن الحرب لن تعود لبلادهم ولا إلى وطننا .'));
    for (const word of ['بلدينا', 'لبلادهم', 'بلادهم', 'وطننا']) assert.ok(!mentions.includes(word), JSON.stringify(mentions));
  });

  it('takes no currency for a place, even where the tagger does (شيكل، الدرهم)', () => {
    const mentions = mentionTexts(entitiesOf('وبلغت الخسائر 300 مليون شيكل ، وارتفع الدرهم أمام اليورو في الأسواق .'));
    for (const currency of ['شيكل', 'الدرهم', 'اليورو']) assert.ok(!mentions.includes(currency), JSON.stringify(mentions));
  });

  it('completes a person name with what its structure calls for: a regnal ordinal, the word after a particle', () => {
    const mentions = mentionTexts(entitiesOf('وزار الملك الحسن الثاني المسجد ، وتولى علي بن أبي طالب الخلافة ، وروى أبا هريرة عن سهل بن حنيف . ' +
      'واستقبل الأمير حمد بن خليفة آل ثاني الوفد ، وكان كيم جونغ - إيل يحكم البلاد .'));
    for (const name of ['الحسن الثاني', 'علي بن أبي طالب', 'أبا هريرة', 'سهل بن حنيف', 'حمد بن خليفة آل ثاني', 'كيم جونغ - إيل']) {
      assert.ok(mentions.includes(name), `${name} in ${JSON.stringify(mentions)}`);
    }
  });

  it('trims an unseen last word off a person named elsewhere only when it reads as a common word', () => {
    const text = 'وقال إسماعيل إن الحكومة باقية . والتقى إسماعيل بامخالف الوفد . وأكد إسماعيل يدعم المبادرة .';
    const mentions = mentionTexts(entitiesOf(text));
    assert.ok(mentions.includes('إسماعيل بامخالف'), JSON.stringify(mentions));
    assert.ok(!mentions.some((m) => m.includes('يدعم')), JSON.stringify(mentions));
  });

  it('looks for a family name with the article on its own once the full name is found (عبدالله السعدون … اللواء السعدون)', () => {
    const entities = entitiesOf('وقال عضو مجلس الشورى عبدالله السعدون إن الخطر قائم . وأشار اللواء السعدون إلى أن الأمن مستتب .');
    assert.deepStrictEqual(entityWith(entities, 'عبدالله السعدون').mentions.map((m) => m.text), ['عبدالله السعدون', 'السعدون']);
    // A word with the article inside a name is not looked for alone.
    assert.ok(!mentionTexts(entitiesOf('وقال عبد الرحمن الأمين الشريف إن الوضع هادئ . وأكد الأمين العام للأمم المتحدة ذلك .')).includes('الأمين'));
  });

  it('cuts side-by-side names the tagger ran together into the names the text gives alone elsewhere', () => {
    const text = 'وقال الرئيس باراك أوباما إن الاقتصاد قوي . وقالت هيلاري كلينتون إنها ستترشح . ويدعم الرئيس أوباما هيلاري كلينتون في حملتها .';
    const entities = entitiesOf(text);
    assert.deepStrictEqual(entityWith(entities, 'هيلاري كلينتون').mentions.map((m) => m.text), ['هيلاري كلينتون', 'هيلاري كلينتون']);
    assert.ok(entityWith(entities, 'باراك أوباما').mentions.some((m) => m.text === 'أوباما'));
    // A name the text never gives in parts stays whole.
    assert.ok(mentionTexts(entitiesOf('وقال علي عبد الله صالح إن الحرب ستطول .')).includes('علي عبد الله صالح'));
  });

  it('finds the place a facility head introduces, the head left outside as ANERcorp writes it (قاعدة + فوستوشني)', () => {
    const entities = entitiesOf('وقال الرئيس إنه سيزور قريبا قاعدة فوستوشني الفضائية التي تبعد ألف كيلومتر عن فلاديفوستوك.');
    assert.deepStrictEqual(entityWith(entities, 'فوستوشني').mentions.map((m) => m.text), ['فوستوشني']);
    assert.strictEqual(entityWith(entities, 'فوستوشني').type, 'place');
  });
});

describe('core/entities on the sample article', () => {
  const entities = entitiesOf(SAMPLE_ARTICLE);

  it('keeps the contract: slices, sorted and disjoint mentions, ids in order of first mention', () => {
    assertWellFormed(SAMPLE_ARTICLE, entities);
  });

  it('names the article\'s people, places and organizations once each, with their types', () => {
    const expected: [string, Entity['type']][] = [
      ['كيم جونغ أون', 'person'], ['فلاديمير بوتين', 'person'], ['ديمتري بيسكوف', 'person'], ['أندريه لانكوف', 'person'],
      ['ليف إيريك إيسلي', 'person'], ['جوزيف ديمبسي', 'person'], ['تشيونغ سيونغ تشانغ', 'person'], ['سيرغي شويغو', 'person'],
      ['موسكو', 'place'], ['روسيا', 'place'], ['واشنطن', 'place'], ['أوكرانيا', 'place'], ['كوريا الشمالية', 'place'],
      ['بيونغ يانغ', 'place'], ['سيول', 'place'], ['فلاديفوستوك', 'place'],
      ['الكرملين', 'organization'], ['البيت الأبيض', 'organization'], ['وكالة فرانس برس', 'organization'], ['جامعة كوكمين', 'organization'],
      ['تشوسون إلبو', 'organization'],
    ];
    for (const [name, type] of expected) {
      const matching = entities.filter((e) => e.mentions.some((m) => m.text === name));
      assert.strictEqual(matching.length, 1, `${name}: ${JSON.stringify(matching.map((e) => e.name))}`);
      assert.strictEqual(matching[0].type, type, name);
    }
  });

  it('gathers every mention of Putin, including those behind a proclitic', () => {
    const putin = entityWith(entities, 'فلاديمير بوتين');
    const bare = SAMPLE_ARTICLE.split(/(?=بوتين)/).length - 1;
    assert.strictEqual(putin.mentions.length, bare);
  });
});

describe('core/entities on any text', () => {
  const words = ['بوتين', 'وبوتين', 'لموسكو', 'كيم', 'جونغ', 'أون', 'الرئيس', 'الروسي', 'قال', 'إن', 'في', 'جامعة', 'وكالة',
    'للأمم', 'المتحدة', 'بيونغ', 'يانغ', '،', '.', '«', '»', 'مركز', 'للدراسات', 'السياسية', 'قاعدة', 'الكورية', 'عبد', 'الله',
    'أبو', 'بن', 'سيول', 'ديمتري', 'بيسكوف', 'Kim', '2019', 'ـ', 'سبتمبر'];
  it('always keeps the contract, on random mixes of names, clitics, heads and punctuation', () => {
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '')), { maxLength: 60 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(fc.property(text, (t) => assertWellFormed(t, entitiesOf(t))), { seed: SEED, numRuns: 300 });
  });
});
