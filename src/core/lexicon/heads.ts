/**
 * Heads of organization and place names as the document-level grouping reads them
 * (entities/passes), and the words that end, follow or stand for the names they head. No tagger
 * feature reads these lists (entities/features.ts `lexiconFingerprint`), so the model does not
 * record them. Written by hand for this project from ordinary news usage, as the lists of
 * index.ts; each word once (test/core/lexicon/lists.test.ts checks it).
 */
import { BODY_HEADS, COMPOUND_NAME_ENDINGS, definiteAndBare, isDefinite, FACILITY_HEADS, NAMED_PLACE_HEADS, ORG_HEADS, PLACE_HEADS, wordSet } from './index';
import { normalize } from '../text';

/** Titles a body may be named after with the name that follows (جامعة الملك عبدالعزيز). */
export const ROYAL_TITLES = wordSet(['الملك', 'الأمير', 'الشيخ', 'السلطان', 'الإمام']);

/**
 * Organization heads that belong to the name (وكالة فرانس برس، مجموعة فاغنر، جامعة كوكمين,
 * as ANERcorp annotates جامعة and حزب).
 */
export const NAME_HEADS = definiteAndBare(['وكالة', 'جامعة', 'معهد', 'مركز', 'مجموعة', 'حزب', 'اتحاد', 'بنك', 'مصرف', 'منظمة',
  'أكاديمية', 'مجلس', 'جبهة', 'رابطة', 'نقابة', 'جمعية', 'مؤسسة', 'وزارة', 'هيئة', 'تيار', 'ائتلاف', 'قائمة',
  'برلمان', 'لجنة', 'بعثة', 'محكمة', 'بطريركية', 'مفوضية', 'حكومة', 'شرطة', 'جيش', 'قوات', 'سفارة', 'تحالف', 'منتخب', 'مرصد']).add(normalize('المقاومة'))
  // الرئاسة العامة لرعاية الشباب; a bare رئاسة is as often a chairing (برئاسة البطريرك).
  .add(normalize('الرئاسة'));

/**
 * Of those, the heads that make a name out of a definite phrase alone (وكالة الأنباء المركزية،
 * وزارة الدفاع، مجلس النواب، هيئة السياحة: in 22 M characters of Saudi news nearly every
 * «وزارة ال…»، «مجلس ال…» and «هيئة ال…» is a named body, but for GENERIC_BODIES).
 */
export const PHRASE_NAME_HEADS = definiteAndBare(['وكالة', 'جامعة', 'معهد', 'منظمة', 'حزب', 'اتحاد', 'أكاديمية', 'جبهة', 'رابطة',
  'نقابة', 'جمعية', 'تيار', 'ائتلاف', 'قائمة', 'برلمان', 'لجنة', 'بعثة', 'محكمة', 'بطريركية', 'مفوضية', 'وزارة', 'مجلس', 'هيئة', 'مرصد']).add(normalize('الرئاسة'));

/** What a body is for, after ل in its name (المفوضية العليا لشؤون اللاجئين، اللجنة الوطنية لمكافحة الإرهاب). */
export const ORGANIZATION_PURPOSES = wordSet(['شؤون', 'حقوق', 'مكافحة', 'رعاية', 'حماية', 'إغاثة', 'تنمية']);

/** What makes a body of any institution, no named one (مجلس الإدارة، هيئة التدريس، هيئة المحلفين). */
export const GENERIC_BODIES = wordSet(['الإدارة', 'الأمناء', 'التدريس', 'المحلفين', 'الخبراء', 'العزاء', 'الأعمال', 'التحكيم']);

/**
 * Heads of state bodies, which make a name out of a definite phrase only when it says whose
 * they are (الشرطة البريطانية، الجيش الليبي، حكومة مالي; not الحكومة، الجيش). Real news quotes
 * them as speakers, so they are organizations here even where ANERcorp leaves a
 * nationality-adjective army unnamed.
 */
export const STATE_BODY_HEADS = definiteAndBare(['وزارة', 'هيئة', 'مجلس', 'حكومة', 'شرطة', 'جيش', 'قوات', 'سفارة', 'تحالف', 'منتخب']).add(normalize('المقاومة'));

/**
 * Of those, the bodies a country has one of, so that a relational adjective names it as well as
 * a nationality does (الجيش الوطني، المقاومة الشعبية، التحالف العربي، الحكومة الشرعية); not
 * القوات الجوية or المجلس التنفيذي, one of many. المقاومة only with the article: a bare مقاومة is
 * as often the common noun (مقاومة للمضادات الحيوية).
 */
export const NISBA_NAMED_HEADS = definiteAndBare(['جيش', 'تحالف', 'منتخب', 'حكومة', 'شرطة']).add(normalize('المقاومة'));

/**
 * A definite relational adjective that says which body such a head names (الجيش الوطني،
 * المقاومة الشعبية), not one of the words that end a name (الرسمية، المحلية) nor a participle (الموالية).
 */
export function isDefiningNisba(norm: string): boolean {
  return norm.startsWith('ال') && norm.length > 5 && (norm.endsWith('ي') || norm.endsWith('يه')) && !norm.startsWith('الم') && !NAME_ENDERS.has(norm);
}

/**
 * Heads that only say what the following name is, and stay outside it (صحيفة هآرتس، حركة حماس,
 * as news and ANERcorp write them).
 */
export const DESCRIPTIVE_HEADS = definiteAndBare(['صحيفة', 'جريدة', 'مجلة', 'قناة', 'حركة', 'نادي', 'شركة', 'موقع']);

/** Descriptive heads whose name may be definite words (صحيفة الحياة، قناة المحور، نادي الوحدة). */
export const MEDIA_AND_CLUB_HEADS = definiteAndBare(['صحيفة', 'جريدة', 'مجلة', 'قناة', 'نادي']);

/** Heads of a paper's name: what follows them names the paper (not a club, a channel or a site, which a person may name). */
export const PAPER_HEADS = definiteAndBare(['صحيفة', 'جريدة', 'مجلة']);

/** Definite masculine nisbas that qualify regions and places as often as clubs (الخليج العربي، الاقتصاد المالي). */
export const REGIONAL_ADJECTIVES = wordSet(['العربي', 'الغربي', 'الشرقي', 'الشمالي', 'الجنوبي', 'المالي', 'الإسلامي', 'الأوروبي']);

/** Definite words that end an organization's name rather than continue it. */
export const NAME_ENDERS = wordSet([
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اليوم', 'الآن', 'الماضي', 'الماضية', 'المقبل', 'المقبلة',
  'البالغ', 'البالغة', 'التابع', 'التابعة', 'المنعقد', 'المنعقدة', 'الصادر', 'الصادرة', 'المكلف', 'المكلفة',
  'الموالي', 'الموالية', 'المدعوم', 'المدعومة', 'القائم', 'القائمة',
  'الجاري', 'الحالي', 'الحالية', 'السابق', 'السابقة', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'الرسمي', 'الرسمية',
  'الحكومية', 'الخاصة', 'المحلية', 'نفسه', 'نفسها', 'الأخير', 'الأخيرة', 'الأول', 'الأولى',
]);

/** Fields that name their ministry alone (الخارجية الأميركية), and how their normalised forms end. */
export const ELIDED_MINISTRIES = wordSet(['الخارجية', 'الداخلية']);
export const ELIDED_MINISTRY_ENDINGS = ['خارجيه', 'داخليه'];

/** Words that open a family name: آل حطاب، أبو عباة، بن معمر. */
export const FAMILY_PARTICLES = wordSet(['آل', 'أبو', 'بن', 'ابن']);

/** Whether a word heads names (قصر, a town in the list too; بورصة لندن): then it is no name itself. */
export function isHeadWord(norm: string): boolean {
  const forms = norm.startsWith('ال') ? [norm, norm.slice(2)] : [norm, 'ال' + norm];
  return [FACILITY_HEADS, NAMED_PLACE_HEADS, PLACE_HEADS, ORG_HEADS, BODY_HEADS].some((heads) => forms.some((form) => heads.has(form)));
}

/**
 * A known name of two words or more, all but the first definite common words, names a kind of
 * body (حزب العمال، اللجنة الأولمبية، الحرس الثوري): a nationality adjective after it says which
 * one (حزب العمال الكردستاني), where after a proper name (حزب الله اللبناني) it only describes.
 */
export function namesAKindOfBody(words: readonly string[]): boolean {
  return words.length >= 2 && words.slice(1).every((w) => isDefinite(w) && !COMPOUND_NAME_ENDINGS.has(w));
}
