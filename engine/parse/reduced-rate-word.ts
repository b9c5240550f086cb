/**
 * @module engine/parse/reduced-rate-word
 * The reduced-rate mark a Japanese till prints as a word: 軽 (軽減税率, the reduced rate, cut to its
 * first kanji), beside the item's name or price ("おにぎり 鮭 軽 ¥160", "おにぎり 鮭 ¥160 軽", "軽 おにぎり
 * ¥160"), where others print ※ or * (../derive/reduced-rate-marks.ts). It is a mark only as a word of
 * its own: no letter glued before or after it (軽食, a light meal, and 軽量, light, are words of a
 * name). Pure.
 */

/** 軽 as a word of its own (see the module comment). */
export const REDUCED_RATE_WORD = /(?<![\p{L}])軽(?![\p{L}])/u;

/** An item's name without the 軽 mark opening or ending it ("おにぎり 鮭 軽" -> "おにぎり 鮭"). */
export function withoutReducedRateWord(name: string): string {
  return name.replace(/^\s*軽\s+(?=\S)/u, '').replace(/(?<=\S)\s+軽\s*$/u, '');
}
