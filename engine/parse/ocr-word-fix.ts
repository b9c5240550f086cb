/**
 * @module engine/parse/ocr-word-fix
 * Lexicon-based OCR post-correction of the words of a short text such as a company name.
 *
 * OCR misreads single glyphs whose shapes are alike ("GITY" for CITY, "laste" for Taste,
 * "HARDRARE" for HARDWARE, "ENTERFRISE" for ENTERPRISE) and splits a word at a wide letter
 * gap ("Wor ld"). A word that is not in the lexicon is replaced by the one common word that a
 * single confusable substitution reaches (G/C, l/T, F/P, R/W, rn/m, 0/O, 5/S, 8/B ...), or, for
 * a word of five letters or more that no single one mends, the one very common word two reach
 * ("SFEEO" for SPEED; fit receipts: 1 supplier mended, none spoilt, no other language's shop
 * word among 90 tried changed); a possessive's 's stays on the word it follows ("DONINO'S"); two
 * adjacent fragments that are not words but join into a common word are joined. Nothing else changes:
 * lexicon words, short words (under 4 letters), words with digits (ids, references) and words
 * the caller vouches for (read elsewhere on the document, or read surely by OCR, unless long:
 * WordFixOptions.sure) stay as read, and when two words are
 * reachable the word stays as read too, so a name that is simply not English (WARAKUYA,
 * SANYU) is left alone unless exactly one English word is one glyph away. A word glued to a
 * link word ("RESTAND") is split from it.
 */
import { isCommonWord, isVeryCommonWord, isWord } from './word-lexicon.ts';

/**
 * Glyph groups OCR confuses, as read -> as printed (both directions are listed where the
 * confusion goes both ways). Case matters: "l" for "T" happens, "L" for "T" does not.
 */
const CONFUSABLE: [string, string][] = [
  ['G', 'C'], ['C', 'G'], ['c', 'e'], ['e', 'c'], ['O', 'D'], ['D', 'O'], ['O', 'Q'], ['Q', 'O'], ['U', 'V'], ['V', 'U'], ['u', 'v'], ['v', 'u'],
  ['l', 'T'], ['l', 'I'], ['I', 'l'], ['l', 'i'], ['i', 'l'], ['I', 'T'], ['T', 'I'], ['f', 't'], ['t', 'f'],
  ['F', 'P'], ['P', 'F'], ['F', 'E'], ['E', 'F'], ['R', 'W'], ['W', 'R'], ['B', 'R'], ['R', 'B'], ['H', 'N'], ['N', 'H'], ['h', 'b'], ['b', 'h'], ['n', 'h'], ['h', 'n'],
  ['rn', 'm'], ['m', 'rn'], ['RN', 'M'], ['M', 'RN'], ['cl', 'd'], ['d', 'cl'], ['vv', 'w'], ['VV', 'W'], ['li', 'h'], ['ii', 'u'],
  ['0', 'O'], ['5', 'S'], ['8', 'B'], ['1', 'I'], ['1', 'l'], ['6', 'G'], ['2', 'Z'],
  // PP-OCR's capitals: "TIHES" for TIMES, "NART" for MART, "CONFECTIUNERY", "CONFECTLONERY"
  ['H', 'M'], ['N', 'M'], ['U', 'O'], ['L', 'I'],
  // the left stroke of a B kept, its bowls lost: "Heauty" for Beauty
  ['H', 'B'],
];

const MIN_LETTERS = 4;
/** Up to this length a correction must be a very common word ("GITY" -> CITY; not "PRET" -> fret). */
const SHORT = 4;
/**
 * From this length a correction may be any known word, not only a common one
 * ("CONFECTIUNERY" -> CONFECTIONERY): a long word has few neighbours one glyph away, so a
 * long misread that reaches a real word reaches the printed one.
 */
const LONG = 9;
const TWICE = 5;
const LETTERS = /^\p{L}+$/u;

function caseLike(model: string, word: string): string {
  const letters = model.replace(/\P{L}/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase() ? word.toUpperCase() : word;
}

/** Every string one confusable substitution (CONFUSABLE) makes of `word`. */
function confusableVariants(word: string): string[] {
  const out: string[] = [];
  for (const [read, printed] of CONFUSABLE) {
    for (let i = word.indexOf(read); i >= 0; i = word.indexOf(read, i + 1)) out.push(word.slice(0, i) + printed + word.slice(i + read.length));
  }
  return out;
}

/**
 * The one common word a single confusable substitution makes of `word` (itself no word), else
 * (five letters or more) the one very common word two make, or null.
 */
export function confusableCorrection(word: string): string | null {
  if (!LETTERS.test(word) || word.length < MIN_LETTERS || isWord(word)) return null;
  const found = new Map<string, string>();
  for (const [read, printed] of CONFUSABLE) {
    for (let i = word.indexOf(read); i >= 0; i = word.indexOf(read, i + 1)) {
      const candidate = word.slice(0, i) + printed + word.slice(i + read.length);
      // a four-letter word has many neighbours: only a very common one may replace it
      if (word.length <= SHORT ? isVeryCommonWord(candidate) : word.length >= LONG ? isWord(candidate) : isCommonWord(candidate)) found.set(candidate.toLowerCase(), candidate);
    }
  }
  if (!found.size && word.length >= TWICE) {
    // two confusable glyphs in one word ("SFEEO" for SPEED): only into a very common word
    for (const once of confusableVariants(word)) for (const twice of confusableVariants(once)) if (isVeryCommonWord(twice)) found.set(twice.toLowerCase(), twice);
  }
  if (found.size !== 1) return null;
  return caseLike(word, [...found.values()][0]);
}

/** Short words that link the words of a name; OCR drops the spaces around them ("RESTAND"). */
const LINK_WORDS = ['and', 'of', 'the'];

/**
 * A word glued to the link word after or before it by a dropped space ("RESTAND" -> REST AND,
 * "THEBAKERY" -> THE BAKERY), when the whole is no word and the rest is a common word of three
 * letters or more; otherwise null. Words that are words ("BRAND", "THEORY") stay as read.
 */
export function gluedLinkWord(word: string): string | null {
  if (!LETTERS.test(word) || word.length < 6 || isWord(word)) return null;
  const lower = word.toLowerCase();
  for (const link of LINK_WORDS) {
    const rest = lower.endsWith(link) ? word.slice(0, -link.length) : lower.startsWith(link) ? word.slice(link.length) : null;
    if (rest == null || rest.length < 3 || !isCommonWord(rest)) continue;
    return lower.endsWith(link) ? `${rest} ${word.slice(-link.length)}` : `${word.slice(0, link.length)} ${rest}`;
  }
  return null;
}

/**
 * Particles that open a name of two words in the Romance languages, Dutch and German ("DE LUXE",
 * "LA PIAZZA", "VAN DAM"): no English words, but printed apart, so never joined with the word
 * after them (SROIE fit: "DE LUXE CIRCLE FRESH MART" was read right and joined into DELUXE).
 */
const NAME_PARTICLES = new Set(['de', 'di', 'da', 'du', 'la', 'le', 'el', 'del', 'des', 'van', 'von']);

export interface WordFixOptions {
  /** Words known to be printed as read (seen elsewhere on the document): never changed. */
  keep?: (word: string) => boolean;
  /**
   * Words OCR read surely, glyph by glyph: no glyph of them is substituted unless the word is
   * long (LONG letters or more: a long string one glyph from a known word is that word), since a
   * name need not be English ("NERO" is no misread of HERO). Joins and link-word splits still apply.
   */
  sure?: (word: string) => boolean;
}

/**
 * The text with its OCR-misread words corrected against the lexicon. Punctuation around a word
 * ("(SETIA", "BODE.") is kept; spacing is kept but for two joined fragments.
 */
export function fixOcrWords(text: string, opts: WordFixOptions = {}): string {
  const keep = opts.keep ?? (() => false);
  const sure = opts.sure ?? (() => false);
  const tokens = text.split(/(\s+)/);
  const core = (tok: string) => /^(\W*)(\p{L}+)((?:['’][sS])?\W*)$/u.exec(tok);
  const fixable = (w: string) => !isWord(w) && !keep(w);
  // two fragments that are not words but join into one ("Wor ld")
  for (let i = 0; i + 2 < tokens.length; i += 2) {
    const a = core(tokens[i]);
    const b = core(tokens[i + 2]);
    if (!a || !b || a[3] || b[1]) continue;
    const joined = a[2] + b[2];
    // or a fragment that is no word and a short tail that happens to be one ("Healt h", "RESTO RAN")
    const tail = b[2].length <= 3 && !keep(b[2]);
    // fragments that are no words but were read so elsewhere too ("Guar dian" in the header and
    // the footer: a font whose letter gap the recogniser takes for a space each time), when they
    // join into a common word or into a word also read whole on the document: the printer's
    // letter gap, not two words ("VIVA CITY" beside "VIVACITY" stays: both are words)
    const whole = (keep(joined) || isCommonWord(joined)) && !isWord(a[2]) && !isWord(b[2]);
    if (joined.length >= MIN_LETTERS && !NAME_PARTICLES.has(a[2].toLowerCase()) && (fixable(a[2]) || whole) && (fixable(b[2]) || tail || whole) && isCommonWord(joined)) {
      tokens.splice(i, 3, tokens[i] + tokens[i + 2]);
      i -= 2;
    }
  }
  return tokens
    .map((tok) => {
      const m = core(tok);
      if (!m || keep(m[2])) return tok;
      const substitute = !sure(m[2]) || m[2].length >= LONG;
      const fixed = (substitute ? confusableCorrection(m[2]) : null) ?? gluedLinkWord(m[2]);
      return fixed ? m[1] + fixed + m[3] : tok;
    })
    .join('');
}
