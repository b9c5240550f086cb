/**
 * @module engine/extract/date-line-number
 * A receipt number printed after one word or number sign at the end of the till's date-and-time
 * line: "09/05/2026 10:14 Nº 000.482.117" (BR cupom), "2026/04/18 17:55 Slip 031-77820" (ZA till
 * slip), "08/02/2026 11:26 Sale 40192" (NZ), "2026年4月2日(木) 18:21 No. 0417-0331" (JP レシート),
 * "2026-01-23 19:07 영수증 20260123-0142" (KR 영수증, and OCR's "今" for a Hangul word it cannot
 * read). Tills of every language print their receipt's number there, after whatever word their
 * language names it with; the word is therefore not listed but taken as any one word, save the
 * words that name another number on that line: a till's, terminal's, cashier's, operator's,
 * table's, store's or card's, a phone's, a tax registration's (NOT_THE_RECEIPT). The number is
 * digits, in groups joined by a dot, dash or slash ("000.482.117", "20260123-0142"), four digits
 * or more (a till's or table's own number holds fewer), and ends the line; a number in groups
 * parted by spaces is a phone's or card's (./phone-digits) and is none. Weaker than every labelled
 * rule of ./receipt.ts: any named label elsewhere on the page wins.
 */
import { findDates } from '../parse/dates.ts';
import { fold, spanBox, spanConfidence, type DocLine } from '../parse/lines.ts';
import type { TextCandidate } from './labels.ts';

/** A time of day with its colon, its seconds and am/pm allowed. */
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i;
/** A weekday printed in brackets after the date ("(木)", "(Mon)", "(월)"). */
const WEEKDAY = /^[(（][\p{L}]{1,3}\.?[)）]$/u;
/**
 * The tail of the line after its date and time: one word or number sign (up to twelve letters,
 * its point, colon, hash or ordinal sign, OCR's "?" for a sign it could not read), then the
 * number ending the line, a space or the sign between them (a letter glued to the digits is the
 * code's own, "B999215": ./till-line-number).
 */
const TAIL = /^\s*([\p{L}][\p{L}.]{0,11}[°º?#:.]?|#)(?:(?<=[°º?#:.])\s*|\s+)[:#]?\s*(\d{1,10}(?:[.\-\/]\d{2,10}){0,3})\s*$/u;
/**
 * Words that name another number than the receipt's on a till's line (folded text, the word's
 * start): till, terminal, register, cashier, operator, clerk, server, table, store, branch,
 * card, phone, tax registration, page, and their tills' languages' words for them.
 */
const NOT_THE_RECEIPT = /^(?:till|kasse|kassa|caja|caisse|cassa|caixa|p[o0]s|term|tid|reg|lane|cash(?:ier)?|kassierer|bed|op|clerk|server|serv|staff|emp|user|table|tab|tisch|mesa|tavolo|store|shop|branch|filiale|loja|tienda|negozio|card|karte|cartao|tarjeta|auth|appr|tel|phone|ph|fax|mob|vat|gst|tax|abn|tin|pan|nip|nif|cif|cnpj|cpf|rfc|page|seite|member|mitglied|acct|acc|a\/c|id)/u;

/**
 * The receipt numbers printed after one word at the end of the till's date-and-time line (see
 * the module's note), in reading order, at most one a line. Each candidate's confidence is 0.6 of
 * its span's: the word is unknown.
 */
export function dateLineNumbers(lines: DocLine[]): TextCandidate[] {
  const out: TextCandidate[] = [];
  for (const line of lines) {
    const dates = findDates(line.text);
    if (!dates.length) continue;
    // the head of the line: its dates, times and a bracketed weekday, nothing else, a time among them
    const end = Math.max(...dates.map((d) => d.end));
    let head = line.text.slice(0, end);
    for (const d of dates) head = head.slice(0, d.start) + ' '.repeat(d.end - d.start) + head.slice(d.end);
    const before = [...head.matchAll(/\S+/g)].map((t) => t[0]);
    if (!before.every(isHeadToken)) continue;
    let time = before.some((t) => TIME.test(t));
    let k = 0;
    const after = [...line.text.slice(end).matchAll(/\S+/g)];
    while (k < after.length && isHeadToken(after[k][0])) {
      time ||= TIME.test(after[k][0]);
      k++;
    }
    if (!time || k >= after.length) continue;
    const at = end + after[k].index!;
    const m = TAIL.exec(line.text.slice(at));
    if (!m || NOT_THE_RECEIPT.test(fold(m[1])) || (m[2].match(/\d/g) ?? []).length < 4) continue;
    const from = line.text.lastIndexOf(m[2]);
    out.push({ text: m[2], line, box: spanBox(line, from, from + m[2].length), confidence: 0.6 * spanConfidence(line, from, from + m[2].length) });
  }
  return out;
}

/** A time, am/pm or a bracketed weekday: what a till prints beside its date. */
function isHeadToken(t: string): boolean {
  return TIME.test(t) || WEEKDAY.test(t) || /^[ap]\.?m\.?$/i.test(t);
}
