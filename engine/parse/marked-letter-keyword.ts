/**
 * @module engine/parse/marked-letter-keyword
 * A label whose accented letters may be printed as blanks. A PDF's font that lacks a precomposed
 * letter draws nothing for it, and its text layer holds a space or a glyph with no Unicode
 * mapping (read as U+0000 or U+FFFD: "T\0NG CỘNG" for "TỔNG CỘNG",
 * "Thu  GTGT" for "Thuế GTGT": Vietnamese letters with two marks, ổ ế ề ố ả ở ẩ, are missing from
 * many fonts), while a scan drops the marks and keeps the letter ("TONG CONG"), or glues the words
 * ("ThueGTGT"). Source: Unicode's Vietnamese letters (Latin Extended Additional, U+1EA0-U+1EF9),
 * which fonts cover less often than Latin-1.
 */
import { fold } from './lines.ts';

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex, to run on folded text (./lines.ts fold, as matchAny does), for `phrase`: each letter
 * that carries a mark in `phrase` matches its base letter, a blank or an unmapped glyph (U+0000, U+FFFD); letters of a word may be
 * split by a space, words run together, apart, or with a scan's speck between them (a dot, a quote: "SO‘HD"). Case-insensitive, whole words only.
 */
export function markedLetterKeyword(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/).map((w) => [...w].map((c) => {
    const base = fold(c);
    return base !== c.toLowerCase() ? `(?:${escape(base)}|[\\s\\u0000\\ufffd])` : escape(base);
  }).join(' ?'));
  return new RegExp(String.raw`(?<![\p{L}\d])` + words.join(String.raw`[\s'‘’·.]*`) + String.raw`(?![\p{L}])`, 'iu');
}
