/**
 * @module engine/parse/yen-sign-read
 * The yen sign as an OCR reader without it reads it: a backslash ("\1,280", the yen sign's code
 * point in the Japanese code pages, JIS X 0201 0x5C, that fonts and readers still swap) or a
 * capital Y ("Y1,280", "Y 160", the sign without its bars). `yenSignsRead` puts "¥" back, one
 * character for one (the text keeps its length, so word spans stay where they were):
 * - a backslash right before a figure, its digit first ("\160", "\ 1,280"), always: no till prints
 *   one so;
 * - a capital Y right before a whole figure (no decimals, thousands by commas or none: yen have no
 *   minor unit, ISO 4217), not glued to a letter or digit before it, where the page prints at least
 *   two such and no dollar, euro or pound sign (one "Y 12" is a size or a row's letter, and a page
 *   in another money prints its own sign).
 * Pure.
 */
import type { DocLine } from './lines.ts';

/** A backslash before a figure. */
const BACKSLASH = /(?<![\p{L}\d\\])\\(?=\s?\d)/gu;
/** A capital Y before a whole figure (see the module comment). */
const Y_SIGN = /(?<![\p{L}\d])Y(?=\s?(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?![\d]|[.,]\d))/gu;
/** Another money's sign: the page is not in yen. */
const OTHER_SIGN = /[$€£]/u;

/** Whether the Y signs of `text` are yen signs (see the module comment). */
function yenYs(text: string): boolean {
  return !OTHER_SIGN.test(text) && (text.match(Y_SIGN)?.length ?? 0) >= 2;
}

/** `text` with each misread yen sign put back as "¥" (see the module comment); the same length. */
export function yenSignsRead(text: string, ys = yenYs(text)): string {
  const back = text.replace(BACKSLASH, '¥');
  return ys ? back.replace(Y_SIGN, '¥') : back;
}

/**
 * `lines` with their misread yen signs put back (yenSignsRead, the Y read by the whole of `lines`),
 * in their text and their words; a line that changes not is the same object.
 */
export function withYenSignsRead(lines: DocLine[]): DocLine[] {
  const ys = yenYs(lines.map((l) => l.text).join('\n'));
  return lines.map((l) => {
    const text = yenSignsRead(l.text, ys);
    if (text === l.text) return l;
    // (each word as the line's text now reads it at the word's place: the sign may be a word of its own, "\\ 160")
    let pos = 0;
    const words = l.words.map((w) => {
      const at = l.text.indexOf(w.text, pos);
      if (at < 0) return w;
      pos = at + w.text.length;
      return { ...w, text: text.slice(at, pos) };
    });
    return { ...l, text, words };
  });
}
