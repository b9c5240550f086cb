/**
 * @module engine/extract/phone-digits
 * Whether an id read after a receipt-number label is a piece of a phone number: a till may print
 * the shop's phone where its receipt number would stand ("RECEIPT # 0161 555 0101", "Receipt
 * No: 020 7946 0958", "Bon Nr. 089 123456 78"), and the id rules, which read the first token
 * after the label, then return the phone's area code ("0161"). A tester's fault kind (last pass).
 */
import { fold, type DocLine } from '../parse/lines.ts';
import type { TextCandidate } from './labels.ts';

/**
 * A line that prints a phone or fax number after its label (folded text): EN tel / phone /
 * telephone / fax / mobile / mob / call, DE Telefon / Tel.-Nr., FR tél / téléphone, ES/IT/PT
 * teléfono / telefono / telefone, NL telefoon, PL telefon, MY/SG "H/P" and "HP".
 */
const PHONE_LABEL = /(?<![\p{L}\d])(?:tel|tele?phone|telefon|telefono|telefone|telefoon|telephone|phone|ph|fax|mobile?|mob|call|hp|h\/p)(?![\p{L}])/u;
/** A run of digits with spaces, dashes, dots, slashes or brackets between them, and an optional "+" before: a phone number as printed. */
const PRINTED_PHONE = /\+?\(?\d[\d ()\-./]{4,}\d/g;
/**
 * The digit run that starts with the id: the id's digits and the space-separated groups of digits
 * after it, ending the line or before a space or a point that ends a sentence (a run followed by
 * a letter, a dash, a slash or a comma goes on as something else: "2024 0012/5", "12 50,00").
 */
const GROUPS_FROM_ID = /^\d+(?: {1,3}\d+)*(?=\s|\.(?!\d)|$)/u;

/**
 * Whether digit groups `groups` are shaped like a phone number: the North American 3-3-4
 * ("555 123 4567"), or a trunk zero first and nine to twelve digits in all ("020 7946 0958",
 * "089 123456 78", "0161 555 0101"). An id printed in groups has other shapes ("3310 4729 88",
 * "2026 0415 33", "2024 0012") or its groups joined by a slash or dash ("2024 / 0012", which
 * GROUPS_FROM_ID does not run across).
 */
function phoneShaped(groups: string[]): boolean {
  if (groups.length < 2) return false;
  const digits = groups.join('').length;
  if (groups.length === 3 && groups[0].length === 3 && groups[1].length === 3 && groups[2].length === 4) return true;
  return groups[0].startsWith('0') && digits >= 9 && digits <= 12;
}

/**
 * The digits (leading zeros dropped, the trunk prefix a phone's international form leaves out) of
 * every phone number printed on a line with a phone label (PHONE_LABEL) anywhere in `lines`.
 */
function printedPhones(lines: DocLine[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const f = fold(l.text);
    const label = PHONE_LABEL.exec(f);
    if (!label) continue;
    for (const m of l.text.slice(label.index + label[0].length).matchAll(PRINTED_PHONE)) {
      const digits = m[0].replace(/\D/g, '').replace(/^0+/, '');
      if (digits.length >= 6) out.push(digits);
    }
  }
  return out;
}

/** The digit groups that start where candidate `c`'s id stands on its line (GROUPS_FROM_ID), or null. */
function groupsFrom(c: TextCandidate): string[] | null {
  for (let at = c.line.text.indexOf(c.text); at >= 0; at = c.line.text.indexOf(c.text, at + 1)) {
    if (at > 0 && /[\p{L}\d]/u.test(c.line.text[at - 1])) continue;
    const run = GROUPS_FROM_ID.exec(c.line.text.slice(at));
    if (run) return run[0].split(/ +/);
  }
  return null;
}

/**
 * Whether candidate `c` is a piece of a phone number: its id is a group of digits whose digits,
 * with the space-separated digit groups after it on its line (six digits or more, leading zeros
 * dropped), are printed in a phone number on a Tel / Phone line of `lines`; or, on a page that
 * prints no phone on such a line, groups shaped like a phone number (phoneShaped: the shop's
 * phone printed where a receipt number stands). A page whose Tel line prints another number
 * keeps a phone-shaped id: a breaker's "RECEIPT # 0161 555 0101" under "Tel 0161 555 0199".
 * Ids with a letter, a dash or a slash in them are none: a phone number is read only as digit groups.
 */
export function phonePiece(lines: DocLine[], c: TextCandidate): boolean {
  if (!/^\d+$/.test(c.text)) return false;
  const groups = groupsFrom(c);
  if (!groups) return false;
  const phones = printedPhones(lines);
  const digits = groups.join('').replace(/^0+/, '');
  if (digits.length >= 6 && phones.some((p) => p.includes(digits))) return true;
  return !phones.length && phoneShaped(groups);
}

/**
 * Candidate `c` with the digit groups printed after its id joined to it, when they make one
 * number: each group after the first of two digits or more, eight to thirteen digits in all
 * ("RECEIPT # 3310 4729 88" is 3310472988, "Receipt No. 2026 0415 33" 2026041533); `c` as it is
 * otherwise ("Beleg 4521 2 Kasse" stays 4521). For receipt numbers, which a till prints in groups
 * to be read aloud; a breaker's receipts came back with the first group alone.
 */
export function withDigitGroups(c: TextCandidate): TextCandidate {
  if (!/^\d+$/.test(c.text)) return c;
  const groups = groupsFrom(c);
  if (!groups || groups.length < 2 || groups.slice(1).some((g) => g.length < 2)) return c;
  const text = groups.join('');
  return text.length >= 8 && text.length <= 13 ? { ...c, text } : c;
}

/** The candidates that are no piece of a phone number (phonePiece), in their order. */
export function notPhoneNumbers(lines: DocLine[], ids: TextCandidate[]): TextCandidate[] {
  return ids.filter((c) => !phonePiece(lines, c));
}
