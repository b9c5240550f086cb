/**
 * @module engine/extract/bank-statement
 * A bank statement from a reading: bank name (a "... Bank plc/Limited" or "Bank of ..." phrase
 * cut before a title printed on its line, see bank-name.ts, the most repeated; without one, a
 * name with its legal form at the head of the page, the page's top line printed again below, or
 * on a statement with an IBAN the logo line at its top, see logo-bank.ts),
 * account holder (account-name label, the name beside or under it and never another field's
 * label, see holder-label.ts; a bare "Name:" label, see name-label.ts; or the addressee at the top
 * left, above a street or a house number and postcode line, or a person's name over the address
 * block of a right-hand column, see holder-right-block.ts; or a person's name alone over or
 * beside the account's line, see holder-beside-account.ts; never a name carrying a bank's word,
 * see bank-words.ts, nor the bank's own line over its address; the courtesy salutation that
 * addresses it, "Frau", "D.", "Pan", is no part of it, nor an academic title, "Ing.", "Dr.", ", Ph.D.",
 * see academic-title.ts; a name printed with its address after commas is cut before it, and a
 * person's name with its address on one line at the head is the holder, see
 * name-before-address.ts), account number (label, value beside or under it, see account-number.ts),
 * statement period, opening and closing
 * balances (summary labels, each with its own figure on a line that prints several, see
 * balance-figure.ts, and brought/carried-forward rows, cross-checked with the transactions:
 * opening + credits - debits = closing; a printed balance is never replaced by one the rows
 * give, which engine/derive only fills in when none is printed; the last row's running balance
 * closes only an excerpt, never from a row after the close, see closing-row.ts) and the
 * transactions of every page.
 */
import type { BankStatementResult } from '../../schemas/results.ts';
import type { DocumentReading, FieldEvidence } from '../types.ts';
import { detectCurrency } from '../parse/currency.ts';
import { wholeMoneyCurrency } from '../parse/minor-unit.ts';
import { findDates } from '../parse/dates.ts';
import { PERIOD_TO, printedPeriod, type PrintedPeriod } from './statement-period.ts';
import { amountsIn, firstColumn, flattenLines, fold, keyword, matchAny, spanBox, type DocLine } from '../parse/lines.ts';
import { FieldLog } from './evidence.ts';
import { labelledAmounts, labelledDates } from './labels.ts';
import { dateOrderFor } from './receipt.ts';
import { statementDateOrder } from './statement-date-order.ts';
import { CLOSING, OPENING, readTransactions } from './statement-table.ts';
import { plausibleName, tidyName } from './supplier.ts';
import { bankNamesIn, withoutBranchCountry } from './bank-name.ts';
import { bankAfterLabel } from './bank-label.ts';
import { accountNumber } from './account-number.ts';
import { zeroOtherSide } from './movement-sides.ts';
import { nameAfterBareLabel } from './name-label.ts';
import { holderAfterLabel, isFieldLabel } from './holder-label.ts';
import { labelsOwnFigures } from './balance-figure.ts';
import { namesABank } from './bank-words.ts';
import { lastRowBeforeClose } from './closing-row.ts';
import { accountLine, holderBesideAccount } from './holder-beside-account.ts';
import { holderInRightBlock } from './holder-right-block.ts';
import { withoutAcademicTitles } from './academic-title.ts';
import { bankFromLogoLine, largerThanBody } from './logo-bank.ts';
import { CONTACT, HOUSE_NUMBER_LINE, POSTCODE_TOWN, STREET } from './postal-lines.ts';
import { nameBeforeAddress } from './name-before-address.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
const STATEMENT_DATE = k(['statement date', 'date of statement', 'as at', 'as of']);
export interface StatementExtraction {
  formatted: BankStatementResult;
  fields: Record<string, FieldEvidence>;
}

/** A legal form ending a bank's registered name ("... Bank plc", "Skärgårdsbanken AB", "Fjordbanken A/S", "Moravská banka a.s."). */
const REGISTERED_END = /(?:\b(plc|limited|ltd|ag|berhad|bhd|sa|eg|ab|asa|oyj|abp)|\b(n\.a\.|s\.a\.|s\.p\.a\.|n\.v\.|a\/s|a\.\s?s\.))$/i;
/** Whether a name is registered: it ends with a legal form, or with a branch's country after one ("Swedbank AB Lietuva", see bank-name.ts). */
const registered = (name: string) => REGISTERED_END.test(withoutBranchCountry(name));

/**
 * The bank's name that carries a bank's word ("... Bank plc", "Sparkasse X", see bank-name.ts),
 * the most repeated (a legal entity's first), with its first line and how sure; null when no
 * line prints one.
 */
function bankByWord(lines: DocLine[]): { name: string; line: DocLine; confidence: number } | null {
  const counts = new Map<string, { n: number; line: DocLine }>();
  for (const l of lines) {
    for (const name of bankNamesIn(l.text)) {
      // a phrase about a bank, not its name ("Your Bank", "Online Bank"); a registered name may start with "The"
      if (/^(your|the|our|a|this|by|any|with|to|basic|business|online|internet|mobile|personal|current)\b/i.test(name) && !(/^the\s/i.test(name) && LEGAL_END.test(name))) continue;
      const c = counts.get(name) ?? { n: 0, line: l };
      c.n += registered(name) ? 3 : 1;
      counts.set(name, c);
    }
  }
  // a legal entity ("... Bank plc") beats product names ("Private Bank", "Basic Bank Account")
  const legal = [...counts].filter(([n]) => registered(n));
  const best = (legal.length ? legal : [...counts]).sort((a, b) => b[1].n - a[1].n)[0];
  return best ? { name: best[0], line: best[1].line, confidence: Math.min(0.9, 0.5 + 0.1 * best[1].n) } : null;
}

/**
 * The statement's bank as printed (see the module's note), with the line it came from and how
 * sure: a name with a bank's word (see `bankByWord`), else an issuer's name with its legal form
 * or the letterhead printed again below, never `holder`'s name. Null when none.
 */
function bankName(lines: DocLine[], holder: string | null): { name: string; line: DocLine; confidence: number } | null {
  // no "Bank" word: the issuer's name as the statement prints it, with its legal form or at its head and again below
  // else the name after a bank's label at the head ("Banka: ...", "Bank: ...", see bank-label.ts)
  const labelled = bankAfterLabel(headLines(lines));
  const byLabel = labelled && !(holder && fold(labelled.name) === fold(holder)) ? { ...labelled, confidence: 0.7 } : null;
  return bankByWord(lines) ?? byLabel ?? issuerWithLegalForm(lines, holder) ?? letterheadRepeated(lines, holder) ?? bankFromLogoLine(lines, holder);
}

/**
 * A legal form ending a company's name, as banks print theirs ("Intesa Sanpaolo S.p.A.", "Bank of
 * America, N.A.", "Allianz SE"), and the Czech and Slovak "a.s.", the Hungarian "Nyrt." / "Zrt.",
 * the Croatian and Slovene "d.d.", the Nordic "ASA" / "AB" / "A/S" ("Moravia Credit a.s.").
 */
const LEGAL_END = /,?\s+(?:plc|PLC|Limited|Ltd\.?|AG|SE|N\.\s?A\.|N\.\s?V\.|U\.A\.|Berhad|Bhd|S\.\s?A\.(?:U\.)?|SA|S\.p\.A\.|SpA|eG|Inc\.?|LLC|GmbH|B\.V\.|S\.C\.C?\.?|Sp\.\s?z\s?o\.\s?o\.|Lda\.?|a\.\s?s\.|Nyrt\.|Zrt\.|d\.d\.|ASA|AB|A\/S)$/;
/** Words of a title, a product, a label or a page header: such a line names no bank ("Kontoauszug", "Current Account", "Page 1"). */
const NOT_A_NAME = /\b(?:statement|account|acct|\w*konto\w*|\w*auszug|compte|releve|conto|estratto|cuenta|extracto|conta|extrato|rachun\w*|wyciag|rekening\w*|\w*afschrift|page|seite|pagina|strona|balance|saldo|summary|checking|chequing|savings|period\w*|okres|iban|bic|swift|date|datum|data|fecha)\b/;

/**
 * The name a line starts with: its first column, up to a separator (a footer's "Name · Street ·
 * Town"); empty when that part is a label with its value ("Invoice #: 89079", "Faktura nr: 12").
 */
function leadingName(l: DocLine): string {
  const part = firstColumn(l).split(/\s+[·•|]\s+/)[0];
  return /[:#°\d]/.test(part) || /[:#]/.test(l.text.slice(l.text.indexOf(part) + part.length).trimStart().slice(0, 1)) ? '' : tidyName(part);
}

/** Whether a line's leading name can be a bank's: a name of at most six words, no digits, no label, no title or product word, not the holder. */
function issuerLike(name: string, holder: string | null): boolean {
  if (!plausibleName(name) || /[\d:@]/.test(name) || name.split(/\s+/).length > 6 || STREET.test(name)) return false;
  return !NOT_A_NAME.test(fold(name)) && !(holder && fold(name) === fold(holder));
}

/**
 * The first page's head: its lines above the first one holding both a date and an amount (the
 * table's first row); a dotted date's own digits are no amount ("Periodo dal 01.03.2025 al
 * 31.03.2025" is the head's period line, not a row).
 */
function headLines(lines: DocLine[]): DocLine[] {
  const first = lines.filter((l) => l.page === lines[0]?.page && l.box.y < l.pageHeight * 0.4);
  const row = first.findIndex((l) => {
    const dates = findDates(l.text);
    const rest = dates.reduceRight((t, d) => t.slice(0, d.start) + ' '.repeat(d.end - d.start) + t.slice(d.end), l.text);
    return dates.length > 0 && /\d[.,]\d{2}\b/.test(rest);
  });
  return row < 0 ? first : first.slice(0, row);
}

/**
 * A bank named without the word "Bank" but with its legal form ("Intesa Sanpaolo S.p.A."): a
 * line starting with a company's name and legal form, in the first page's head or printed on
 * two or more undated lines (a letterhead and its footer); the most repeated wins, then the
 * first. Rows of the table are dated, so their payees are never taken.
 */
function issuerWithLegalForm(lines: DocLine[], holder: string | null): { name: string; line: DocLine; confidence: number } | null {
  const head = new Set(headLines(lines));
  const seen = new Map<string, { name: string; line: DocLine; n: number; inHead: boolean }>();
  for (const l of lines) {
    if (!head.has(l) && findDates(l.text).length) continue;
    const name = leadingName(l);
    if (!LEGAL_END.test(name) || !issuerLike(name, holder)) continue;
    const key = fold(name).replace(/[\s.,]/g, '');
    const c = seen.get(key) ?? { name, line: l, n: 0, inHead: false };
    c.n++;
    c.inHead ||= head.has(l);
    seen.set(key, c);
  }
  const best = [...seen.values()].filter((c) => c.inHead || c.n >= 2).sort((a, b) => b.n - a.n)[0];
  return best ? { name: best.name, line: best.line, confidence: Math.min(0.8, 0.5 + 0.1 * best.n) } : null;
}

/** The lowest confidence of the first `n` words of a line: how sure the reading of a name there is. */
function weakestWord(l: DocLine, n: number): number {
  return Math.min(1, ...l.words.slice(0, n).map((w) => w.confidence));
}

/**
 * A brand printed without "Bank" and without a legal form ("Millennium bcp"): the topmost line
 * of the first page when the same name is printed again on an undated line further down (the
 * footer): as many words and the same first one, since a logo's type is often misread
 * ("Millennium p").
 * Of the readings, the one whose weakest word is surest. A title alone at the top ("FIRST
 * CHEQUING") is printed once and names nobody.
 */
function letterheadRepeated(lines: DocLine[], holder: string | null): { name: string; line: DocLine; confidence: number } | null {
  const page = lines.filter((l) => l.page === lines[0]?.page);
  const top = page.reduce<DocLine | undefined>((a, l) => (!a || l.box.y < a.box.y ? l : a), undefined);
  if (!top) return null;
  const name = leadingName(top);
  if (!issuerLike(name, holder) || name.split(/\s+/).length > 4) return null;
  const head = fold(name.split(/\s+/)[0]);
  if ((head.match(/\p{L}/gu) ?? []).length < 3) return null;
  const readings = [{ name, line: top }];
  for (const l of lines) {
    if (l === top || findDates(l.text).length) continue;
    const again = leadingName(l).split(/,\s/)[0];
    const words = again.split(/\s+/);
    if (fold(words[0]) === head && words.length === name.split(/\s+/).length && issuerLike(again, holder)) readings.push({ name: again, line: l });
  }
  if (readings.length < 2) return null;
  const best = readings.map((r) => ({ ...r, sure: weakestWord(r.line, r.name.split(/\s+/).length) })).sort((a, b) => b.sure - a.sure)[0];
  return { name: best.name, line: best.line, confidence: 0.5 };
}

/**
 * The courtesy salutations of our languages (EN DE FR ES IT PT NL PL), as a source string (a
 * trailing dot is matched by the callers): Mr, Mrs, Ms, Mx, Herr(n), Frau, M., Mme, Mlle,
 * Monsieur, Madame, D. (Don), Dña. / Dª (Doña), Sr., Sra., Srta., Sig., Sig.ra, Exmo. Sr., De
 * heer, Mevrouw, Dhr., Mevr., Pan, Pani. Longer forms first. They address the holder and are
 * no part of the name (see `withoutSalutation`).
 */
const COURTESY = String.raw`(?:mrs|mr|ms|miss|mx|herrn?|frau|monsieur|madame|mme|mlle|m\.|señora|señor|senora|senor|doña|dña|dna|dª|d\.|srta|sra|sr|sig\.ra|sig\.na|signora|signor|sig|exmo\.?\s+sr|exma\.?\s+sra|de heer|mevrouw|dhr|mevr|pani|pan)`;
/** The words that introduce an addressee's name: the courtesy salutations, "Dr", and "Don" / "Dona" (also first names, so kept in the name). */
const SALUTATION = String.raw`(?:${COURTESY}|dr|dona|don)`;
/** A leading courtesy salutation before the name, not before "and" of a couple ("Herr und Frau Müller", "M. et Mme Dupont", "Mr & Mrs Smith" stay as printed). */
const LEADING_COURTESY = new RegExp(String.raw`^${COURTESY}\.?\s+(?=\p{L})(?!(?:und|and|et|y|e|en|i|u)\s)`, 'iu');
/**
 * A holder's name without the courtesy salutation that addresses it ("D. Javier Morales" gives
 * "Javier Morales", "Frau Anna Frei" "Anna Frei"): the account is held by the person, and the
 * salutation is the letter's. Only a salutation followed by at least two words of the name goes
 * ("Mr Harrison" stays whole); "D.", also an initial, only before a full capitalised word and
 * another ("D. Harrison" and "D. J. Harrison" are a person's initial and surname: a breaker's
 * statement came back with "Harrison").
 */
export function withoutSalutation(name: string): string {
  const m = LEADING_COURTESY.exec(name);
  if (!m) return name;
  const words = name.slice(m[0].length).trim().split(/\s+/);
  if (words.length < 2) return name;
  if (/^d\.?$/i.test(m[0].trim()) && !/^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u.test(words[0])) return name;
  return name.slice(m[0].length);
}

/**
 * A statement's heading in our languages, never a holder ("Statement of account", "Monthly
 * Statement", "Kontoauszug", "Relevé de compte", "Estratto conto", "Extracto de cuenta",
 * "Wyciąg z rachunku", "Rekeningafschrift", "Account summary"): a word of the (folded) text is a
 * heading's. A breaker's statement with no holder printed its heading over an address and came
 * back with "Statement of account" as the holder.
 */
const HEADING_WORD = /(?<![\p{L}])(?:statements?|\p{L}*auszug|releve|estratto|extracto|extrato|wyciag|\p{L}*afschrift|summary|overview|transactions|umsatze|movimenti|movimientos|mouvements)(?![\p{L}])/u;
function statementHeading(name: string): boolean {
  return HEADING_WORD.test(fold(name));
}
/** A salutation alone on its line, in our languages, as an address window prints it over the addressee's name. */
const SALUTATION_LINE = new RegExp(String.raw`^${SALUTATION}\.?$`, 'iu');
/** Whether `text` is a salutation alone ("Herrn", "Frau", "Mr.", "M."): it addresses the name under it and names no one. */
export function salutationOnly(text: string): boolean {
  return SALUTATION_LINE.test(text.trim());
}

/** A holder found, the line it came from and how sure. */
type Holder = { name: string; line: DocLine; confidence: number };

/**
 * The account holder (see the module's note): after its label, after a bare "Name:", the
 * addressee by salutation, or the name over the holder's postal address. A name carrying a
 * bank's word ("Thameside Building Society", "Polderbank N.V.") is never the holder: such a
 * reading is passed over for the next way, as is a statement's heading (statementHeading); nor is the unlabelled name over an address read from
 * `bankLine` (the line the bank's name came from: the issuer's own block). Null when none gives one.
 */
function holderName(lines: DocLine[], bankLine: DocLine | null): Holder | null {
  const first = lines.filter((l) => l.page === lines[0]?.page && l.box.y < l.pageHeight * 0.4);
  const ways: (() => Holder | null)[] = [
    () => holderAfterLabel(lines),
    // a bare "Name:" at a line's start ("Name: NUR AISYAH BINTI KAMARUDDIN    Statement Date: ...")
    () => { const l = nameAfterBareLabel(lines); return l ? { ...l, confidence: 0.7 } : null; },
    () => addresseeBySalutation(lines),
    () => { const b = addressBlockName(first, bankLine); return b ? { ...b, confidence: 0.45 } : null; },
    // a person's name with its address on one line ("Emily R. Sandoval, 4410 NE Fremont St, Portland, OR 97213")
    () => nameWithAddressLine(first, bankLine),
    // the address block in a right-hand column, beside the bank's own block (see holder-right-block.ts)
    () => { const b = holderInRightBlock(headLines(lines), withoutSalutation); return b ? { ...b, confidence: 0.45 } : null; },
    // a name alone over or beside the account's line; never the letterhead (the bank's line, a
    // line set larger than the body, or the page's top line when no line names the bank) nor a
    // name over a postal address (the addressee's block is read above; one left is the bank's)
    () => {
      const heads = first.filter((l) => addressUnder(first, l));
      const issuer = new Set([...largerThanBody(lines), ...(bankLine ? [bankLine] : first.slice(0, 1)), ...heads]);
      const b = holderBesideAccount(headLines(lines), issuer);
      return b ? { ...b, confidence: 0.45 } : null;
    },
  ];
  for (const way of ways) {
    const h = way();
    // (a name printed with its address after it is cut before the address: "Mr Daniel Okafor, 19 Elm Grove, Leeds LS6 2AH")
    const name = h ? nameBeforeAddress(h.name) ?? h.name : '';
    if (h && !namesABank(name) && !statementHeading(name)) return { ...h, name: withoutAcademicTitles(withoutSalutation(name)) };
  }
  return null;
}

/**
 * The addressee printed with its address on one line at the top of the first page, in the
 * line's first column ("Emily R. Sandoval, 4410 NE Fremont St, Portland, OR 97213", see
 * name-before-address.ts): a plausible name of two to six words, not the bank's line, no
 * field label, no bank's word. Null when no line prints one.
 */
function nameWithAddressLine(first: DocLine[], bankLine: DocLine | null): Holder | null {
  for (const l of first) {
    if (l === bankLine) continue;
    const name = nameBeforeAddress(firstColumn(l));
    if (!name) continue;
    const words = name.split(/\s+/).length;
    if (words < 2 || words > 6 || !plausibleName(name) || /[:@]/.test(name) || isFieldLabel(name) || namesABank(name)) continue;
    return { name: tidyName(name), line: l, confidence: 0.45 };
  }
  return null;
}

/** A salutation and the name after it on one line ("Mr James Whitfield", "D. Javier Morales", "Sig.ra Giulia Conti"). */
const SALUTED_NAME = new RegExp(String.raw`^${SALUTATION}\.?\s+\p{L}`, 'iu');

/** The addressee named after a salutation at the top of the first page ("Mr James Whitfield", "Frau" over "Anna Schmidt"). */
function addresseeBySalutation(lines: DocLine[]): Holder | null {
  const first = lines.filter((l) => l.page === lines[0]?.page && l.box.y < l.pageHeight * 0.4);
  // the salutation and the name in the line's first column ("Frau      IBAN" is a salutation beside a right-hand column)
  const addressee = first.find((l) => SALUTED_NAME.test(firstColumn(l).trim()));
  if (addressee) return { name: tidyName(firstColumn(addressee)), line: addressee, confidence: 0.55 };
  // the salutation on a line of its own over the name (DIN 5008: "Frau" / "Herrn", then the name)
  const salute = first.findIndex((l) => SALUTATION_LINE.test(firstColumn(l).trim()));
  // the name is the next line in the salutation's column (a right-hand column's "IBAN" read between is not)
  const saluteLine = first[salute];
  const named = salute >= 0 ? first.slice(salute + 1).find((l) => Math.abs(l.box.x - saluteLine.box.x) <= saluteLine.box.h * 2) : undefined;
  if (named && plausibleName(tidyName(firstColumn(named))) && !/\d/.test(firstColumn(named)) && !isFieldLabel(tidyName(firstColumn(named)))) return { name: tidyName(firstColumn(named)), line: named, confidence: 0.55 };
  return null;
}


/**
 * Whether the block a name heads is a sender's (the bank's own name and address), not the
 * addressee's: a line of its column within the next five, each within two line heights of the
 * one before, gives a phone, a website, an e-mail address or a BIC, as a bank prints under its
 * address and a private addressee never has. The block ends at the statement's heading or the
 * account's line (an IBAN, an account word and its number): a BIC beside the account's IBAN, or a
 * phone or website under the title, is not the name's ("MARIA GARCIA LOPEZ" / "C/ Mayor 12, 28013
 * Madrid" / "Extracto de cuenta" / "IBAN: ES91 ...  BIC: ..." is the holder's block).
 */
function sendersBlock(first: DocLine[], nameLine: DocLine): boolean {
  const charW = nameLine.words[0] ? nameLine.words[0].box.w / Math.max(1, nameLine.words[0].text.length) : 6;
  let prev = nameLine;
  for (const l of first.slice(first.indexOf(nameLine) + 1)) {
    if (l.page !== nameLine.page || Math.abs(l.box.x - nameLine.box.x) > charW * 3) continue;
    if (l.box.y - (prev.box.y + prev.box.h) > prev.box.h * 2 || first.indexOf(l) - first.indexOf(nameLine) > 5) break;
    if (statementHeading(firstColumn(l)) || accountLine(l)) break;
    if (CONTACT.test(firstColumn(l))) return true;
    prev = l;
  }
  return false;
}

/**
 * Whether a line heads a postal address: the next line of its column, right under it, is a
 * street, a house number's or a postcode and town line (first column only).
 */
function addressUnder(first: DocLine[], nameLine: DocLine): boolean {
  const charW = nameLine.words[0] ? nameLine.words[0].box.w / Math.max(1, nameLine.words[0].text.length) : 6;
  const next = first.slice(first.indexOf(nameLine) + 1).find((l) => l.page === nameLine.page && Math.abs(l.box.x - nameLine.box.x) <= charW * 3);
  if (!next || next.box.y - (nameLine.box.y + nameLine.box.h) > nameLine.box.h * 2) return false;
  const text = firstColumn(next);
  return STREET.test(text) || HOUSE_NUMBER_LINE.test(text) || POSTCODE_TOWN.test(text);
}

/**
 * The addressee of the letter-window block: at the top of the first page, a name line directly
 * above a street or postcode line (first column only), or above a house number's line that a
 * postcode and town line follows ("Jan Kowalski" / "Długa 14" / "30-001 Kraków"); the name is the
 * nearest line above in the block's own column (a line of the right-hand column alone, "IBAN",
 * is not the block's), not the bank's own line, no digits, no field label, and not a block that
 * goes on with a phone, website or e-mail (the bank's own, see `sendersBlock`). Dates printed
 * beside the street line in a right-hand column (the statement's period) do not stop it.
 */
function addressBlockName(first: DocLine[], bankLine: DocLine | null): { name: string; line: DocLine } | null {
  for (let i = 1; i < first.length; i++) {
    // a street or postcode line holds no date and no money ("01.03.2024 Alter Kontostand 1.234,56" is a row)
    const street = firstColumn(first[i]);
    const next = first[i + 1] ? firstColumn(first[i + 1]) : '';
    const isStreet = STREET.test(street) || (HOUSE_NUMBER_LINE.test(street) && POSTCODE_TOWN.test(next));
    // dates in a right-hand column beside the street ("Statement period: 01 MAY 2024 - 29 MAY 2024") are the account's
    if (!isStreet || findDates(street).length || /\d[.,]\d{2}\b/.test(street)) continue;
    const charW = first[i].words[0] ? first[i].words[0].box.w / Math.max(1, first[i].words[0].text.length) : 6;
    const above = first.slice(0, i).reverse().find((l) => Math.abs(l.box.x - first[i].box.x) <= charW * 3);
    if (!above || above === bankLine || above.page !== first[i].page || first[i].box.y - above.box.y > first[i].box.h * 3) continue;
    const name = tidyName(firstColumn(above));
    if (/\d/.test(name) || namesABank(name) || !plausibleName(name) || name.split(/\s+/).length > 6) continue;
    if (STREET.test(name) || /[:@]/.test(name) || isFieldLabel(name) || sendersBlock(first, above)) continue;
    return { name, line: above };
  }
  return null;
}

/**
 * A period whose first day names its month in words and may leave out the year ("11 June to 10
 * July 2019", "1 de marzo al 31 de marzo de 2026"), on one line; the other forms are
 * statement-period.ts's. Null when the line prints none.
 */
function namedPeriod(l: DocLine, order: ReturnType<typeof dateOrderFor>): PrintedPeriod | null {
  const RANGE = new RegExp(String.raw`(\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?\p{L}{3,12}\.?)(\s+(?:de\s+)?\d{4})?\s*${PERIOD_TO}\s*(\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?\p{L}{3,12}\.?\s+(?:de\s+)?\d{4})`, 'iu');
  const m = RANGE.exec(l.text);
  if (!m) return null;
  const close = findDates(m[3], order)[0];
  if (!close) return null;
  const openText = (m[1] + (m[2] ?? '')).trim();
  let open = findDates(openText, order)[0];
  if (!open && close.iso) {
    const year = Number(close.iso.slice(0, 4));
    const guess = findDates(`${m[1]} ${year}`, order)[0];
    if (guess?.iso) {
      const iso = guess.iso > close.iso ? `${year - 1}${guess.iso.slice(4)}` : guess.iso;
      open = { ...guess, text: openText, iso };
    }
  }
  const start = l.text.indexOf(m[3]);
  return { open: open ? { text: open.text === openText ? open.text : openText, iso: open.iso } : undefined, close: { ...close, start: start + close.start, end: start + close.end }, line: l };
}

/** The statement's printed period (statement-period.ts), a named first day read as `namedPeriod` does. */
function statementPeriod(lines: DocLine[], order: ReturnType<typeof dateOrderFor>): PrintedPeriod | null {
  return printedPeriod(lines, order, (l) => namedPeriod(l, order));
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The fields and transactions of a bank statement read from its pages (see the module's note),
 * with the evidence of every field and whether the balances reconcile with the rows.
 */
export function extractBankStatement(reading: DocumentReading): StatementExtraction {
  const lines = flattenLines(reading);
  const log = new FieldLog();
  const cur = detectCurrency(lines.map((l) => l.text).join('\n'));
  // the page's date order from its own dates first (a US scan whose "$" went unread), then its currency
  const order = statementDateOrder(lines, cur?.code ?? null);

  // the holder is never the line the bank's name came from (a letterhead's issuer over its own address)
  const holderFound = holderName(lines, bankByWord(lines)?.line ?? null);
  const holder = holderFound ? log.found('accountHolderName', holderFound.name, holderFound.line, undefined, holderFound.confidence) : log.missing('accountHolderName');
  const bankFound = bankName(lines, holder);
  const bank = bankFound ? log.found('bankName', bankFound.name, bankFound.line, undefined, bankFound.confidence) : log.missing('bankName');
  const account = accountNumber(lines, log, holderFound?.line ?? null);
  const currencyCode = cur ? log.found('currencyCode', cur.code, undefined, undefined, cur.confidence) : log.missing('currencyCode');

  const period = statementPeriod(lines, order);
  const table = readTransactions(lines, order, period ? { from: period.open?.iso ?? null, to: period.close.iso } : undefined, { wholeUnits: wholeMoneyCurrency(cur?.code) });
  const rows = table.rows;

  // balances: summary labels first, brought/carried-forward rows next, checked against the rows
  // a label's own figure when its line prints more than one label ("Saldo inicial 405,41   Saldo final 1.080,41")
  const ownFigure = (patterns: RegExp[]) => (c: ReturnType<typeof labelledAmounts>[number]) => {
    if (!c.sameRow || c.amount.line !== c.label) return c;
    const m = matchAny(c.label.text, patterns);
    const own = m ? labelsOwnFigures(c.label, m.end, amountsIn(c.label).filter((a) => a.decimals === 2 || a.currency)) : [];
    const pick = own[own.length - 1];
    return pick && pick !== c.amount && pick.start < c.amount.start ? { ...c, value: pick.value, amount: pick } : c;
  };
  const openLabelled = labelledAmounts(lines, OPENING).map(ownFigure(OPENING));
  const closeLabelled = labelledAmounts(lines, CLOSING).map(ownFigure(CLOSING));
  const credits = r2(rows.reduce((s, r) => s + (r.row.creditAmount ?? 0), 0));
  const debits = r2(rows.reduce((s, r) => s + (r.row.debitAmount ?? 0), 0));
  const byDecimals = (a: { amount: { decimals: number } }, b: { amount: { decimals: number } }) => (b.amount.decimals === 2 ? 1 : 0) - (a.amount.decimals === 2 ? 1 : 0);
  openLabelled.sort(byDecimals);
  closeLabelled.sort(byDecimals);
  const openCands = [...openLabelled.map((c) => ({ value: c.value, line: c.amount.line, box: c.amount.box })), ...table.brought.map((b) => ({ value: b.value, line: b.line, box: b.amount.box }))];
  const closeCands = [...closeLabelled.map((c) => ({ value: c.value, line: c.amount.line, box: c.amount.box })), ...table.carried.map((b) => ({ value: b.value, line: b.line, box: b.amount.box }))];
  // the last printed running balance closes an excerpt that prints no closing label; a row after
  // the close (past the period, or under a closing line that follows rows) never stands for it
  const lastBal = lastRowBeforeClose(rows, closeCands.map((c) => c.line), period?.close.iso ?? null);
  if (lastBal) closeCands.push({ value: lastBal.row.balanceAmount!, line: lastBal.line, box: lastBal.line.box });
  let opening = openCands[0] ?? null;
  let closing = closeCands[0] ?? null;
  let reconciled = false;
  // a current account reconciles as opening + credits - debits = closing; a credit card or a
  // line of credit (a debt) as opening - credits + debits = closing. The rows' direction is
  // tried first; a match to the cent either way is strong evidence.
  const directions = table.direction === 'liability' ? [-1, 1] : [1, -1];
  search: for (const sign of directions) {
    for (const o of openCands) {
      for (const c of closeCands) {
        if (Math.abs(r2(o.value + sign * (credits - debits)) - c.value) < 0.01) { opening = o; closing = c; reconciled = true; break search; }
      }
    }
  }
  const balConf = reconciled ? 0.95 : 0.6;
  const openingBalance = opening ? log.found('openingBalance', opening.value, opening.line, opening.box, balConf) : log.missing('openingBalance');
  const closingBalance = closing ? log.found('closingBalance', closing.value, closing.line, closing.box, balConf) : log.missing('closingBalance');

  // dates: the statement period, else the statement date and the transaction dates
  let openingDate: string | null;
  let closingDate: string | null;
  if (period) {
    openingDate = period.open ? log.found('openingDate', period.open.text, period.line, undefined, 0.8) : log.missing('openingDate');
    closingDate = log.found('closingDate', period.close.text, period.line, spanBox(period.line, period.close.start, period.close.end), 0.85);
  } else {
    const stDate = labelledDates(lines, STATEMENT_DATE, order);
    const dated = rows.filter((r) => r.row.date);
    openingDate = dated.length ? log.found('openingDate', dated[0].row.date, dated[0].line, undefined, 0.5) : log.missing('openingDate');
    closingDate = stDate.length
      ? log.found('closingDate', stDate[0].text, stDate[0].line, stDate[0].box, 0.75)
      : dated.length ? log.found('closingDate', dated[dated.length - 1].row.date, dated[dated.length - 1].line, undefined, 0.5) : log.missing('closingDate');
  }
  // the period's days as ISO 8601 (a printed first day may lack the year its last day gives: "1 February to 28 February 2026")
  const openIso = period ? period.open?.iso ?? null : rows.find((r) => r.row.date)?.iso ?? null;
  const closeIso = period ? period.close.iso : null;
  if (openingDate !== null && openIso) log.found('openingDate_iso', openIso, period?.line, undefined, 0.8);
  if (period && closeIso) log.found('closingDate_iso', closeIso, period.line, undefined, 0.85);
  log.found('transactions', rows.length, undefined, undefined, reconciled ? 0.9 : 0.5);
  // each row's day as ISO 8601 (the printed date may lack the year the period gives)
  rows.forEach((r, i) => { if (r.iso) log.found(`tableItems[${i}].date_iso`, r.iso, r.line, undefined, reconciled ? 0.9 : 0.6); });

  return {
    formatted: {
      bankName: bank, accountHolderName: holder, accountNumber: account, currencyCode, openingDate, closingDate,
      openingBalance, closingBalance, tableItems: rows.map((r) => zeroOtherSide(r.row)),
    },
    fields: { ...log.fields, reconciled: { value: reconciled, confidence: 1 } },
  };
}
