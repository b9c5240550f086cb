/**
 * @module engine/extract/own-iban
 * A statement's own IBAN printed without a label ("Pan Piotr Zieliński   PL52 1020 2124 0000 2691
 * 3609 9456" in the head of a Polish statement): an IBAN whose groups make its country's length
 * and whose ISO 7064 mod-97 check holds (../parse/iban.ts) names the account the statement is
 * about, unless its line names it as another party's (a payee, a beneficiary, a counter-account,
 * a creditor, in our languages EN DE FR ES IT PT NL PL: ./account-party.ts; a direct debit or transfer), the line above it in its
 * column does (a party's label, "Ihr Vermieter: Haus & Grund eG", or a direct debit's words), or
 * the line is a transaction row (a date first and money after it: the IBAN of the party paid or
 * paying). The check keeps a reference number or a misread from passing as an IBAN; a country
 * code OCR read with a digit ("1E29") is put back when the check then holds. Of several
 * such IBANs, the one on or under the holder's line is the account.
 */
import { findAmounts } from '../parse/amounts.ts';
import { findDates } from '../parse/dates.ts';
import { ibanAtStart, ibanCheckHolds, withIbanRepaired } from '../parse/iban.ts';
import { fold, type DocLine } from '../parse/lines.ts';
import { OTHER_PARTY } from './account-party.ts';

/** Where an IBAN may start: a country code and two check digits, not inside a longer word or number. Global: reset lastIndex or use matchAll. */
export const IBAN_HEAD = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?=[\s.]?[A-Z0-9]{4})/g;

/**
 * A direct debit's or transfer's words (folded): the IBAN beside or under them is the party paid
 * or paying. Lastschrift, Überweisung, Dauerauftrag (DE); direct debit, standing order, transfer
 * (EN); prélèvement, virement (FR); domiciliación, transferencia (ES); addebito, bonifico (IT);
 * débito direto (PT); incasso, overboeking (NL); przelew, polecenie zapłaty (PL).
 */
const PAYMENT_WORDS = /(?<![\p{L}])(?:\p{L}*lastschrift|uberweisung|dauerauftrag|direct\s+debit|standing\s+order|transfer|prelevement|virement|domiciliacion|transferencia|addebito|bonifico|debito\s+direto|incasso|overboeking|przelew|polecenie\s+zaplaty)(?![\p{L}])/u;
/**
 * A party's label opening a cell (folded), "Ihr Vermieter: Haus & Grund eG", "Landlord: ...": one
 * to three words and a colon. A label naming the holder or the account itself (holder, Inhaber,
 * titular, name, account, IBAN, Konto...) is the statement's own, not another party's.
 */
const PARTY_LABEL = /^\s*(\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,2})\s*:\s*\S/u;
const OWN_LABEL = /(?<![\p{L}])(?:\p{L}*inhaber\p{L}*|holders?|titular|titulaire|intestat\p{L}*|posiadacz|wlasciciel|rekeninghouder|name|nom|nombre|nome|naam|imie|account|acct|\p{L}*konto\p{L}*|iban|bic|compte|cuenta|conta|conto|rachun\p{L}*|rekening\p{L}*|customer|client|cliente|kunde|sort\s+code|period\p{L}*|zeitraum|date|datum)(?![\p{L}])/u;

/** Whether a text (a line, or the cell over an IBAN) names another party: a party word, a direct debit's or transfer's words, or a party's label. */
function otherPartys(text: string): boolean {
  const f = fold(text);
  const label = PARTY_LABEL.exec(f);
  return OTHER_PARTY.test(f) || PAYMENT_WORDS.test(f) || (!!label && !OWN_LABEL.test(label[1]));
}

/** The text of the line right above `line` on its page (within two line heights) that stands over `x` (within four character widths), or ''. */
function cellAbove(lines: DocLine[], line: DocLine, x: number): string {
  const charW = line.words[0] ? line.words[0].box.w / Math.max(1, line.words[0].text.length) : line.box.h / 2;
  const above = lines.filter((l) => l.page === line.page && l.box.y < line.box.y - line.box.h * 0.5 && line.box.y - l.box.y <= line.box.h * 2.5).sort((a, b) => b.box.y - a.box.y)[0];
  if (!above) return '';
  const words = above.words.filter((w) => w.box.x + w.box.w > x - charW * 4);
  return words.length && Math.abs(words[0].box.x - x) <= charW * 4 ? words.map((w) => w.text).join(' ') : '';
}

/** The x where the text from character `start` of `line` begins (its word's box), or the line's. */
function xAt(line: DocLine, start: number): number {
  const before = line.text.slice(0, start).trim().split(/\s+/).filter(Boolean).length;
  return line.words[before]?.box.x ?? line.box.x;
}

type Own = { value: string; line: DocLine; start: number };

/**
 * The unlabelled IBANs of `lines` that are the statement's own (see the module's note), in
 * reading order: each value as printed (groups kept), its line and where it starts on the line.
 */
function ownIbans(lines: DocLine[]): Own[] {
  const out: Own[] = [];
  for (const l of lines) {
    // a transaction row: a date near its start and money on it
    const d = findDates(l.text)[0];
    if (d && d.start <= 3 && findAmounts(l.text.slice(d.end)).some((a) => a.decimals === 2)) continue;
    // an IBAN whose country code or digits OCR misread ("1E29 ...", "37O4") put back when its check then holds (../parse/iban.ts)
    const text = withIbanRepaired(l.text, 'check');
    IBAN_HEAD.lastIndex = 0;
    for (let m = IBAN_HEAD.exec(text); m; m = IBAN_HEAD.exec(text)) {
      const value = ibanAtStart(text.slice(m.index));
      if (!value || !ibanCheckHolds(value.replace(/\s/g, ''))) continue;
      const before = fold(l.text.slice(0, m.index));
      if (otherPartys(before) || TO_OR_FROM.test(before) || otherPartys(cellAbove(lines, l, xAt(l, m.index)))) continue;
      out.push({ value, line: l, start: m.index });
    }
  }
  return out;
}

/**
 * A transfer's direction right before the IBAN ("to", "from", "an", "von", "à", "naar", "van",
 * "na rachunek", "z rachunku"): only there, since "van" and "von" also start holders' names.
 */
const TO_OR_FROM = /(?<![\p{L}])(?:to|from|an|von|a|de|naar|van|na\s+rachunek|z\s+rachunku|na|z)\s*:?\s*$/u;

/**
 * The statement's own unlabelled IBAN (see the module's note): of several, the one on the
 * holder's line `holder` or under it (below it on its page, within four line heights, starting
 * within four character widths of it), else the first; its value as printed (groups kept), its
 * line and where it starts on the line; null when none.
 */
export function ownIban(lines: DocLine[], holder?: DocLine | null): Own | null {
  const all = ownIbans(lines);
  if (all.length > 1 && holder) {
    const charW = holder.words[0] ? holder.words[0].box.w / Math.max(1, holder.words[0].text.length) : holder.box.h / 2;
    const mine = all.find((o) => o.line === holder || (o.line.page === holder.page && o.line.box.y > holder.box.y && o.line.box.y - holder.box.y <= holder.box.h * 6 && Math.abs(xAt(o.line, o.start) - holder.box.x) <= charW * 4));
    if (mine) return mine;
  }
  return all[0] ?? null;
}
