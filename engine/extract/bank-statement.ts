/**
 * @module engine/extract/bank-statement
 * A bank statement from a reading: bank name (a "... Bank plc/Limited" or "Bank of ..." phrase,
 * the most repeated), account holder (account-name label or the addressee at the top left),
 * account number (label, value beside or under it), statement period, opening and closing
 * balances (summary labels and brought/carried-forward rows, cross-checked with the
 * transactions: opening + credits - debits = closing) and the transactions of every page.
 */
import type { BankStatementResult } from '../../schemas/results.ts';
import type { DocumentReading, FieldEvidence } from '../types.ts';
import { detectCurrency } from '../parse/currency.ts';
import { findDates, type DateMatch } from '../parse/dates.ts';
import { firstColumn, flattenLines, keyword, matchAny, spanBox, xOverlap, type DocLine } from '../parse/lines.ts';
import { FieldLog } from './evidence.ts';
import { labelledAmounts, labelledDates } from './labels.ts';
import { dateOrderFor } from './receipt.ts';
import { CLOSING, OPENING, readTransactions } from './statement-table.ts';
import { plausibleName, tidyName } from './supplier.ts';
import { zeroOtherSide } from './movement-sides.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
const ACCOUNT_NO = k(['account number', 'account no', 'acct no', 'account #', 'a/c no', 'kontonummer', 'numéro de compte', 'rekeningnummer', 'número de cuenta', 'numero di conto', 'numer rachunku', 'número da conta', 'numero conto']);
/** Longest first, so "Titular de la cuenta:" is one label and not "Titular" followed by words. */
const ACCOUNT_NAME = k([
  'account name', 'account holder', 'kontoinhaber', 'titulaire', 'titular', 'intestatario', 'titular da conta', 'posiadacz rachunku', 'rekeninghouder', 'ten name van',
  'titular de la cuenta', 'titulaire du compte', 'intestato a', 'właściciel rachunku', 'wlasciciel rachunku', 'inhaber', 'name of account holder', 'account holder name',
].sort((a, b) => b.length - a.length));
const STATEMENT_DATE = k(['statement date', 'date of statement', 'as at', 'as of']);
const PARTICLE = String.raw`(?:(?:du|de|del|della|di|do|da|des|la|le|van|von|der)\s+|d')?`;
const LEGAL = String.raw`(?:\s+(?:plc|PLC|Limited|Ltd|AG|N\.A\.|N\.V\.|Berhad|Bhd|UK|S\.A\.|S\.p\.A\.|SA|eG))?`;
/**
 * A bank's name: "X Bank (plc)", "Bank of X", "Banco/Banca/Banque/Bank X", "Xbank", and the
 * savings and cooperative banks of our languages ("Sparkasse X", "Caja Rural del Sur", "Cassa di
 * Risparmio del Lago", "Caixa X", "Crédit Mutuel X", "Caisse d'Epargne", "X Building Society").
 */
const BANK_RE = new RegExp(String.raw`\b((?:[A-Z][A-Za-z&.'-]*\s+){1,3}(?:Bank|Building Society|Sparkasse)${LEGAL}|Bank\s+of\s+(?:[A-Z][A-Za-z&.'-]*\s*){1,3}|(?:Banco|Banca|Banque|Bank|Sparkasse|Volksbank|Caja|Caixa|Cassa|Crédit|Caisse)(?:\s+${PARTICLE}[A-Z][\p{L}&'-]+){1,4}${LEGAL}|[A-Z][\p{L}-]*bank(?:\s+(?:AG|eG|N\.V\.))?)`, 'gu');

export interface StatementExtraction {
  formatted: BankStatementResult;
  fields: Record<string, FieldEvidence>;
}

function bankName(lines: DocLine[], log: FieldLog): string | null {
  const counts = new Map<string, { n: number; line: DocLine }>();
  for (const l of lines) {
    for (const m of l.text.matchAll(BANK_RE)) {
      const name = m[1].trim().replace(/\s+/g, ' ');
      if (/^(your|the|our|a|this|by|any|with|to|basic|business|online|internet|mobile|personal|current)\b/i.test(name)) continue;
      const c = counts.get(name) ?? { n: 0, line: l };
      c.n += /(?:\b(plc|limited|ltd|ag|berhad|bhd|sa|eg)|\b(n\.a\.|s\.a\.|s\.p\.a\.|n\.v\.))$/i.test(name) ? 3 : 1;
      counts.set(name, c);
    }
  }
  // a legal entity ("... Bank plc") beats product names ("Private Bank", "Basic Bank Account")
  const legal = [...counts].filter(([n]) => /(?:\b(plc|limited|ltd|ag|berhad|bhd|sa|eg)|\b(n\.a\.|s\.a\.|s\.p\.a\.|n\.v\.))$/i.test(n));
  const best = (legal.length ? legal : [...counts]).sort((a, b) => b[1].n - a[1].n)[0];
  return best ? log.found('bankName', best[0], best[1].line, undefined, Math.min(0.9, 0.5 + 0.1 * best[1].n)) : log.missing('bankName');
}

function accountNumber(lines: DocLine[], log: FieldLog): string | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const m = matchAny(l.text, ACCOUNT_NO);
    if (!m || /international\s*bank\s*account|iban/i.test(l.text.slice(Math.max(0, m.start - 20), m.end))) continue;
    const own = /^[\s:.#]*((?:\d[\d -]{4,}\d)|(?:[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}))/.exec(l.text.slice(m.end));
    if (own) {
      const v = own[1].trim();
      const s = m.end + own.index + own[0].length - own[1].length;
      return log.found('accountNumber', v, l, spanBox(l, s, s + v.length), 0.8);
    }
    const labelBox = spanBox(l, m.start, m.end);
    const next = lines[i + 1];
    if (!next || next.page !== l.page) continue;
    const under = next.words.filter((w) => xOverlap(w.box, labelBox) > 0 && /\d{4,}/.test(w.text.replace(/[\s-]/g, '')));
    const pick = under.find((w) => /^\d{6,}$/.test(w.text.replace(/-/g, ''))) ?? under[0];
    if (pick) return log.found('accountNumber', pick.text, next, pick.box, 0.75 * pick.confidence);
  }
  // no account-number label: in the IBAN countries the account is named by its IBAN ("IBAN: DE42 ...")
  for (const l of lines) {
    const m = /\bIBAN\b[\s:.]*([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)\b/.exec(l.text);
    if (!m) continue;
    const v = m[1].trim();
    const s0 = m.index + m[0].length - m[1].length;
    return log.found('accountNumber', v, l, spanBox(l, s0, s0 + v.length), 0.7);
  }
  return log.missing('accountNumber');
}

/** True when the words after a label sit close to it (a value), not in a column of their own. */
function sameCell(line: DocLine, start: number, end: number): boolean {
  const label = spanBox(line, start, end);
  const charW = label.w / Math.max(1, end - start);
  const after = line.words.filter((w) => w.box.x >= label.x + label.w - 1).sort((a, b) => a.box.x - b.box.x)[0];
  if (!after) return false;
  const gap = after.box.x - (label.x + label.w);
  return gap < charW * 4 || line.text.slice(end).trimStart().startsWith(':');
}

/** A salutation alone on its line, in our languages, as an address window prints it over the addressee's name. */
const SALUTATION_LINE = /^(?:mr|mrs|ms|miss|dr|herrn?|frau|monsieur|madame|m\.|mme|sr|sra|señor|señora|sig|sig\.ra|signor|signora|exmo\.?\s+sr|exma\.?\s+sra|de heer|mevrouw|dhr|mevr|pan|pani)\.?$/iu;

function holderName(lines: DocLine[], log: FieldLog): string | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const m = matchAny(l.text, ACCOUNT_NAME);
    if (!m) continue;
    const rest = tidyName(firstColumn(l, m.end).replace(/^[\s:]+/, ''));
    if (plausibleName(rest) && rest.length > 3 && sameCell(l, m.start, m.end)) return log.found('accountHolderName', rest, l, undefined, 0.75);
    const next = lines[i + 1];
    if (next && next.page === l.page) {
      const labelBox = spanBox(l, m.start, m.end);
      const words = next.words.filter((w) => w.box.x < labelBox.x + labelBox.w + 200 && /[\p{L}&]/u.test(w.text) && w.box.x >= labelBox.x - 20);
      const name = tidyName(words.map((w) => w.text).join(' '));
      if (plausibleName(name)) return log.found('accountHolderName', name, next, undefined, 0.7);
    }
  }
  const first = lines.filter((l) => l.page === lines[0]?.page && l.box.y < l.pageHeight * 0.4);
  const addressee = first.find((l) => /^(mr|mrs|ms|miss|dr|mx|herrn?|frau|m\.|mme|sr|sra|sig|sig\.ra|dhr|mevr|pan|pani)\.?\s+\p{L}/iu.test(l.text.trim()));
  if (addressee) return log.found('accountHolderName', tidyName(firstColumn(addressee)), addressee, undefined, 0.55);
  // the salutation on a line of its own over the name (DIN 5008: "Frau" / "Herrn", then the name)
  const salute = first.findIndex((l) => SALUTATION_LINE.test(firstColumn(l).trim()));
  const named = salute >= 0 ? first[salute + 1] : undefined;
  if (named && plausibleName(tidyName(firstColumn(named))) && !/\d/.test(firstColumn(named))) return log.found('accountHolderName', tidyName(firstColumn(named)), named, undefined, 0.55);
  const block = addressBlockName(first);
  if (block) return log.found('accountHolderName', block.name, block.line, undefined, 0.45);
  return log.missing('accountHolderName');
}

/** A street line ("7 Wattle Street", "Elm Street 4", "Hauptstraße 5", "ul. Długa 3", "Via Roma 12") or a postcode with a town. */
const STREET = /\b\d+[a-z]?\s+\p{L}[\p{L} .'-]*\b(?:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|place|court|crescent|square)\b|\b(?:street|road|avenue|lane|drive|place|court|square)\s+\d+[a-z]?\b|\b\p{L}+(?:straße|strasse|str\.|weg|gasse|platz|laan|straat|gracht|plein)\s*\d+|\b\d+\s+\p{L}*(?:straße|strasse|weg|gasse|platz|laan|straat)\b|\b(?:rue|avenue|boulevard|calle|avenida|via|viale|piazza|rua|ul\.|al\.)\s+\p{L}|\b\d{2}-\d{3}\s+\p{L}|\b\d{4,5}\s+\p{Lu}\p{L}+/iu;

/**
 * The addressee of the letter-window block: at the top of the first page, a name line directly
 * above a street or postcode line (first column only), not the bank's own line, no digits.
 */
function addressBlockName(first: DocLine[]): { name: string; line: DocLine } | null {
  for (let i = 1; i < first.length; i++) {
    // a street or postcode line holds no date and no money ("01.03.2024 Alter Kontostand 1.234,56" is a row)
    if (!STREET.test(firstColumn(first[i])) || findDates(first[i].text).length || /\d[.,]\d{2}\b/.test(first[i].text)) continue;
    const above = first[i - 1];
    const name = tidyName(firstColumn(above));
    if (/\d/.test(name) || /\bbank\b|\bbanco\b|\bbanca\b|\bbanque\b/i.test(name) || !plausibleName(name) || name.split(/\s+/).length > 6) continue;
    if (STREET.test(name) || /[:@]/.test(name)) continue;
    return { name, line: above };
  }
  return null;
}

/** "11 June to 10 July 2019", "01/01/2020 - 31/01/2020", "from ... to ...", "del ... al ...", "od ... do ...". */
function statementPeriod(lines: DocLine[], order: ReturnType<typeof dateOrderFor>): { open?: { text: string; iso: string | null }; close: DateMatch; line: DocLine } | null {
  const RANGE = /(\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?\p{L}{3,12}\.?)(\s+(?:de\s+)?\d{4})?\s*(?:to|-|–|until|bis|au|tot|t\/m|al|a|do|hasta)\s*(\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?\p{L}{3,12}\.?\s+(?:de\s+)?\d{4})/iu;
  for (const l of lines) {
    const m = RANGE.exec(l.text);
    if (m) {
      const close = findDates(m[3], order)[0];
      if (!close) continue;
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
    const ds = findDates(l.text, order);
    for (let i = 0; i + 1 < ds.length; i++) {
      const between = l.text.slice(ds[i].end, ds[i + 1].start);
      if (/^\s*(?:to|-|–|until|bis|au|tot|t\/m|al|a|do|hasta)\s*$/i.test(between)) return { open: { text: ds[i].text, iso: ds[i].iso }, close: ds[i + 1], line: l };
    }
  }
  return null;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

export function extractBankStatement(reading: DocumentReading): StatementExtraction {
  const lines = flattenLines(reading);
  const log = new FieldLog();
  const cur = detectCurrency(lines.map((l) => l.text).join('\n'));
  const order = dateOrderFor(cur?.code ?? null);

  const bank = bankName(lines, log);
  const holder = holderName(lines, log);
  const account = accountNumber(lines, log);
  const currencyCode = cur ? log.found('currencyCode', cur.code, undefined, undefined, cur.confidence) : log.missing('currencyCode');

  const period = statementPeriod(lines, order);
  const table = readTransactions(lines, order, period ? { from: period.open?.iso ?? null, to: period.close.iso } : undefined);
  const rows = table.rows;

  // balances: summary labels first, brought/carried-forward rows next, checked against the rows
  const openLabelled = labelledAmounts(lines, OPENING);
  const closeLabelled = labelledAmounts(lines, CLOSING);
  const credits = r2(rows.reduce((s, r) => s + (r.row.creditAmount ?? 0), 0));
  const debits = r2(rows.reduce((s, r) => s + (r.row.debitAmount ?? 0), 0));
  const byDecimals = (a: { amount: { decimals: number } }, b: { amount: { decimals: number } }) => (b.amount.decimals === 2 ? 1 : 0) - (a.amount.decimals === 2 ? 1 : 0);
  openLabelled.sort(byDecimals);
  closeLabelled.sort(byDecimals);
  const openCands = [...openLabelled.map((c) => ({ value: c.value, line: c.amount.line, box: c.amount.box })), ...table.brought.map((b) => ({ value: b.value, line: b.line, box: b.amount.box }))];
  const closeCands = [...closeLabelled.map((c) => ({ value: c.value, line: c.amount.line, box: c.amount.box })), ...table.carried.map((b) => ({ value: b.value, line: b.line, box: b.amount.box }))];
  // the last printed running balance closes an excerpt that prints no closing label
  const lastBal = [...rows].reverse().find((r) => r.row.balanceAmount !== null);
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
