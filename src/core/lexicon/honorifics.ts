/**
 * The honorifics Gulf papers use in place of a dignitary's name once they have named him (وأكد
 * سموه أن، وأشار معاليه إلى أن، وأضاف فضيلته): each goes with the titles of the people it is
 * said of. Written by hand for this project from ordinary usage (MIT, as the code).
 */
import { Gender } from '../cues';
import { normalize } from '../text';
import { wordSet } from './index';

export interface Honorific {
  gender: Gender;
  /** Words of the titles it is said of (سموه of a prince, معاليه of a minister …). */
  titles: ReadonlySet<string>;
}

const PRINCELY = wordSet(['أمير', 'الأمير', 'الأميرة', 'أميرة', 'ولي', 'سمو', 'السمو', 'الشيخ', 'الشيخة']);
const MINISTERIAL = wordSet(['وزير', 'الوزير', 'وزيرة', 'الوزيرة', 'رئيس', 'الرئيس', 'رئيسة', 'مدير', 'المدير', 'أمين', 'الأمين', 'نائب', 'محافظ', 'المحافظ', 'سفير', 'السفير', 'معالي']);
const RELIGIOUS = wordSet(['الشيخ', 'شيخ', 'المفتي', 'مفتي', 'الإمام', 'إمام', 'خطيب', 'القاضي', 'الدكتور', 'سماحة', 'فضيلة', 'آية', 'المرجع', 'العلامة']);
const PRESIDENTIAL = wordSet(['الرئيس', 'رئيس', 'فخامة']);
const ROYAL = wordSet(['الملك', 'ملك', 'العاهل', 'جلالة', 'السلطان', 'سلطان']);
const ANY_TITLE = new Set([...PRINCELY, ...MINISTERIAL, ...RELIGIOUS, ...PRESIDENTIAL, ...ROYAL]);

const HONORIFICS = new Map<string, Honorific>(
  ([
    ['سموه', 'm', PRINCELY], ['سموها', 'f', PRINCELY], ['معاليه', 'm', MINISTERIAL], ['معاليها', 'f', MINISTERIAL],
    ['فضيلته', 'm', RELIGIOUS], ['سماحته', 'm', RELIGIOUS], ['فخامته', 'm', PRESIDENTIAL], ['جلالته', 'm', ROYAL],
    ['دولته', 'm', PRESIDENTIAL], ['سعادته', 'm', ANY_TITLE], ['سعادتها', 'f', ANY_TITLE],
  ] as const).map(([word, gender, titles]) => [normalize(word), { gender, titles }]),
);

/** The honorific a word is (normalised, its و/ف cut), if any. */
export function honorificOf(norm: string): Honorific | undefined {
  return HONORIFICS.get(norm);
}
