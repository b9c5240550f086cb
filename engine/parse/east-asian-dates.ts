/**
 * @module engine/parse/east-asian-dates
 * What tells that a page writes its dates year first, and the Japanese ways of writing a date.
 *
 * Japan, China and Korea write numeric dates year first: "2024/12/26", and with a two-digit year
 * "24-12-26", "24.12.26" (2024-12-26, never the 24th of December 2026). Japan also counts years
 * by the emperor's era (the Japanese calendar, 和暦): "令和6年12月26日", abbreviated "R6.12.26" or
 * "R06/12/26", is 2024-12-26; the first year of an era is written 元 ("令和元年"). Sources: the
 * era start years of the Japanese government's gengō (Reiwa from 1 May 2019, Heisei from 8 Jan
 * 1989, Shōwa from 25 Dec 1926): year N of an era is its first year + N - 1.
 */

/**
 * Signs of an East Asian page, where numeric dates are year first: the yen/yuan or won sign
 * before a figure (¥, ￥, ₩), the yen or won as a word (円, 원), kana or hangul (Japanese or Korean writing), and the
 * kanji of a receipt (領収書/領収証, 税込/税抜 tax-inclusive/exclusive, 消費税 consumption tax) or
 * of a Japanese address (丁目 block, 番地 lot, a prefecture's 都/道/府/県).
 */
export const YEAR_FIRST_PAGE = /[¥￥₩]\s?\d|[円원]|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}|領収|税込|税抜|消費税|丁目|番地|[都道府県]/u;

/** The first Gregorian year of each era, by its kanji and its Latin initial. */
export const ERA_START: Record<string, number> = { 令和: 2019, R: 2019, 平成: 1989, H: 1989, 昭和: 1926, S: 1926 };

/**
 * A date in a Japanese era: the era (kanji or Latin initial), its year (digits or 元, the
 * first), then month and day either in kanji ("令和6年12月26日", groups 3-4) or numeric with one
 * separator ("R6.12.26", "R06/12/26", groups 5-7, 5 the separator). A Latin initial is followed
 * by its year without a space.
 */
export const ERA_DATE = /(?<![\p{L}\d])(令和|平成|昭和|[RHS](?=\d))\s?(\d{1,2}|元)(?:\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日|([/.\-])(\d{1,2})\5(\d{1,2})(?![\d]|[.,]\d))/gu;

/** A Gregorian date written with 年月日: "2024年12月26日", "24年12月26日" (groups: year, month, day). */
export const KANJI_DATE = /(?<!\d)(\d{4}|\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/gu;

/** The Gregorian year of year `n` ("6", "06" or "元") of `era` (a key of ERA_START). */
export function eraYear(era: string, n: string): number {
  return ERA_START[era] + (n === '元' ? 1 : Number(n)) - 1;
}
