/**
 * @module engine/extract/honorific-buyer
 * The addressee of a Japanese invoice, named with its honorific: a company with 御中 after it
 * ("青葉商事株式会社 御中", the form for an organisation) or a person or company with 様 ("山田太郎 様"),
 * as a 請求書 addresses its buyer at the top left; the honorific is no part of the name. A name
 * is what stands before the honorific on its line, after any label, and holds two letters or more
 * (kanji, kana or Latin; a family and a given name may stand apart, "山田 太郎 様"). 様 counts only
 * as a word's end (followed by a space, a colon or the line's end: 様式, a form, is none) and not
 * in the words it ends (仕様 a specification, 模様, 同様, 多様...). Pure.
 */
import type { DocLine } from '../parse/lines.ts';

/** A name (no spaces inside, or Latin words), then the honorific: 御中 anywhere after it, 様 as a word. */
const HONORIFIC = /(?:^|\s)([^\s:：]{1,40}?(?:\s[^\s:：]{1,20})?)\s?(?:御中|(?<![仕模同左異有多一])様(?=$|[\s:：,、]))/u;

/** The buyer named before 御中 or 様 on the first line that names one, with its line; null when none does. */
export function honorificBuyer(lines: DocLine[]): { name: string; line: DocLine; confidence: number } | null {
  for (const line of lines) {
    const m = HONORIFIC.exec(line.text);
    if (!m || (m[1].match(/\p{L}/gu) ?? []).length < 2) continue;
    return { name: m[1], line, confidence: 0.7 };
  }
  return null;
}
