/**
 * @module engine/extract/statement-table
 * Transactions of a bank statement across all pages. A header row (date, details, paid out /
 * debit / withdrawals, paid in / credit / deposits, balance, in our eight languages: "Buchungstag
 * ... Soll Haben Saldo", "Fecha Concepto Cargo Abono Saldo", "Datum Omschrijving Af Bij") fixes
 * the amount columns by the positions of its words; each following money row puts its amounts
 * in the nearest column. One heading joining the paid-out and paid-in words ("Af/Bij", "S/H")
 * heads a side column instead, whose word on each row signs its amount (see side-column.ts).
 * Rows without money carry description text to the next money row; rows without a date take
 * the last date seen. A text line right under a row continues that row: always when it is set
 * in smaller type or indented from the row's description, or when a dated row or a balance row
 * follows it (else it leads into the dateless row under it); with no header, only one under the
 * row's description or in smaller type. Without a header, a row's last amount is the running balance and the
 * change of balance says whether the other amount was paid in or out.
 * "Brought forward" / "carried forward" rows are balances, not transactions, and so are the
 * opening and closing balance lines in their short forms ("Saldo alt" / "Saldo neu", "Vorig
 * saldo" / "Nieuw saldo") and a balance dated by its label ("Solde au 01/11/2025", "Saldo em
 * ..."): before the first row it opens (or, after another one, the later day closes), after the rows it closes.
 * A note under a page's last row that the rows go on over the page ("continued overleaf",
 * "pokračování na další straně", see page-continuation.ts) is no text of a row, and a
 * description keeps the dot closing an abbreviation it ends with (see description-ends.ts).
 * A totals row under the rows ("Totals 1,306.28 2,436.42", "Umsatztotal", see column-totals.ts) is no row either.
 * A line carrying the running balance over a page break ("Übertrag", "A reporter", "Suma z
 * przeniesienia", see carried-forward.ts) is no row either; its figure is the balance before the next row.
 * On a page that prints its own header, the lines above the header (address, period, account
 * details) are not rows. An amount in the description column (a foreign amount "USD 10.00 @
 * 1.2004" under a card payment) is text, not a transaction. A second date column, the value date
 * beside each booking date, is neither a row's description nor its money (see value-date-column.ts).
 * The running balance also tells which way the account runs: on a current account a paid-out
 * amount lowers the balance; on a credit card or a line of credit (a debt) it raises it. The
 * rows vote, and sides that disagree with the balance movement are corrected afterwards. A
 * figure a scan printed with a colon for its decimal point ("-$75:00", see colon-decimal.ts) is
 * money; a dated row whose movement is unreadable takes it from the printed balances.
 */
import type { StatementLine } from '../../schemas/results.ts';
import { findDates, findLeadingDayMonth, isoDate, yearInPeriod, type DateOrder } from '../parse/dates.ts';
import { OPENING_LABELS, CLOSING_LABELS } from '../parse/balance-labels.ts';
import { amountsIn, fold, keyword, matchAny, spanBox, wordSpans, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import { labelsOwnFigures } from './balance-figure.ts';
import { carriedForward } from './carried-forward.ts';
import { pageContinuation } from './page-continuation.ts';
import { trimmedDescription } from './description-ends.ts';
import { colonDecimalAmounts } from './colon-decimal.ts';
import { isColumnTotals } from './column-totals.ts';
import { headerCell, type HeaderCell } from './header-cell.ts';
import { gappedRowFigure } from './gapped-thousands.ts';
import { VALUE_DATE_HEADING, valueDates, withoutSpans } from './value-date-column.ts';
import { sideHeading, sideMark, type SideColumn } from './side-column.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
/** A table header's words in our languages (EN DE FR ES IT PT NL PL) and the Nordic, Finnish, Hungarian, Czech and Romanian ones: the date column. */
const H_DATE = k(['date', 'datum', 'posted', 'transaction date', 'value date', 'buchungstag', 'buchungsdatum', 'wertstellung', 'date opération', 'date valeur',
  'fecha', 'fecha valor', 'data', 'data valuta', 'data operazione', 'data movimento', 'data operacji', 'data księgowania', 'boekdatum', 'valutadatum',
  // DA NO SV FI HU CS RO
  'dato', 'bogføringsdato', 'bokföringsdag', 'päivämäärä', 'pvm', 'dátum', 'datum zaúčtování']);
/** The description column. */
const H_DESC = k(['details', 'description', 'particulars', 'payment type and details', 'transaction', 'narrative', 'reference', 'buchungstext', 'libellé',
  'verwendungszweck', 'vorgang', 'opération', 'concepto', 'descripción', 'descrizione', 'operazione', 'descrição', 'descritivo', 'movimento', 'omschrijving', 'opis', 'tytuł', 'szczegóły',
  'tekst', 'text', 'beskrivelse', 'beskrivning', 'selite', 'leírás', 'közlemény', 'popis', 'descriere']);
/** The paid-out column. */
const H_OUT = k(['paid out', 'debit', 'debits', 'withdrawals', 'withdrawal', 'money out', 'payments', 'out', 'soll', 'lastschrift', 'belastung', 'ausgang', 'débit',
  'cargo', 'cargos', 'debe', 'addebiti', 'addebito', 'uscite', 'dare', 'débito', 'af', 'obciążenia', 'obciążenie', 'wypłaty', 'wydatki',
  'debet', 'hævet', 'udbetalt', 'uttag', 'uttak', 'ut', 'nosto', 'terhelés', 'výdaje',
  // HR SL LT LV ET
  'isplata', 'isplate', 'breme', 'debetas', 'debets', 'deebet']);
/** The paid-in column. */
const H_IN = k(['paid in', 'credit', 'credits', 'deposits', 'deposit', 'money in', 'receipts', 'in', 'haben', 'gutschrift', 'eingang', 'crédit',
  'abono', 'abonos', 'haber', 'accrediti', 'accredito', 'entrate', 'avere', 'crédito', 'bij', 'uznania', 'uznanie', 'wpłaty', 'wpływy',
  'kredit', 'indsat', 'indbetalt', 'insättning', 'innskudd', 'inn', 'pano', 'jóváírás', 'příjmy',
  // HR SL LT LV ET
  'uplata', 'uplate', 'dobro', 'kreditas', 'kredīts', 'kreedit']);
/** One signed amount column, when the header has no paid-out and paid-in columns. */
const H_AMOUNT = k(['amount', 'betrag', 'montant', 'importe', 'importo', 'valor', 'montante', 'bedrag', 'kwota', 'beløb', 'beløp', 'belopp', 'määrä', 'összeg', 'částka', 'suma']);
const H_BAL = k(['balance', 'saldo', 'solde', 'running balance', 'kontostand', 'zůstatek', 'zostatok', 'stanje', 'likutis', 'atlikums', 'egyenleg', 'sold']);
/**
 * What marks an amount as paid in when printed right after it: a glued plus ("1.862,58+", as
 * German statements print a credit beside "125,66-" for a debit), or the word credit in brackets
 * or alone in our languages ("19 518,62 (Kredit)", "(Credit)", "Crédit", "Haben").
 */
const CREDIT_AFTER = /^(?:\+|\s*\(?(?:credit|kredit|crédit|haben|gutschrift)\)?(?![\p{L}]))/iu;

/** The opening and closing balance labels (../parse/balance-labels.ts, shared with the classifier). */
/** A rule drawn with characters across a text statement ("-----", "=====", "_ _ _", "*****"): no text. */
const RULE_LINE = /^[\s\-_=*~.·—–]{3,}$/;

export const OPENING = k([...OPENING_LABELS]);
export const CLOSING = k([...CLOSING_LABELS]);

/**
 * A balance label followed by its day, in our languages: "Balance as at/on", "Kontostand am",
 * "Saldo vom", "Solde au/du", "Saldo al/a/del", "Saldo em/de", "Saldo per/op", "Saldo na dzień / z
 * dnia", also with the creditor's side between ("Solde créditeur au", "Saldo creditore al", "Saldo
 * acreedor a", "Saldo credor em": a balance in the holder's favour, so positive). Matched at a
 * line's start, on the folded text.
 */
const DATED_BALANCE = /^\s*(?:saldo|solde|kontostand|balance)\s+(?:(?:crediteur|creditore|acreedor|credor)\s+)?(?:as\s+(?:at|of)|at|on|am|vom|au|du|al|del|a|em|de|per|op|na\s+dzien|z\s+dnia)\s*:?\s*(?=\d)/;

/**
 * The span of a dated balance label with its day ("Solde au 01/11/2025", see DATED_BALANCE) at
 * the start of `line`, ending after the day, with the day as ISO when known; null when the line does not start with one.
 */
function datedBalance(line: DocLine, order: DateOrder): { start: number; end: number; iso: string | null } | null {
  const m = DATED_BALANCE.exec(fold(line.text));
  if (!m) return null;
  const day = findDates(line.text, order).find((d) => d.start === m[0].length);
  return day ? { start: 0, end: day.end, iso: day.iso } : null;
}

/**
 * A row, the line it ends on, and its ISO day: the printed date may lack the year ("02 Jul"),
 * which the statement's period gives (the printed text stays the row's date).
 */
export interface PlacedTransaction { row: StatementLine; line: DocLine; iso: string | null }

/** The statement's period as ISO days, when known: rows printed without a year take it from there. */
export interface Period { from: string | null; to: string | null }

/**
 * Where the amount columns are: each heading's centre (page units), its cell (./header-cell.ts),
 * the page of the header, and the side column whose word on each row signs the amount (./side-column.ts).
 */
interface Columns { out?: number; in?: number; bal?: number; amount?: number; cells: Partial<Record<ColumnKey, HeaderCell>>; page: number; side?: SideColumn }
type ColumnKey = 'out' | 'in' | 'bal' | 'amount';

function centre(b: { x: number; w: number }): number {
  return b.x + b.w / 2;
}

function headerColumns(line: DocLine): Columns | null {
  const f = fold(line.text);
  const has = (res: RegExp[]) => res.some((re) => re.test(f));
  if (!has(H_DATE) || !(has(H_BAL) || has(H_OUT) || has(H_IN) || has(H_AMOUNT)) || amountsIn(line).some((a) => a.decimals === 2)) return null;
  const cols: Columns = { page: line.page, cells: {} };
  const find = (res: RegExp[], exclude?: RegExp[]) => {
    for (const re of res) {
      const m = re.exec(f);
      if (!m) continue;
      if (exclude && exclude.some((x) => { const mm = x.exec(f); return mm && mm.index <= m.index && mm.index + mm[0].length >= m.index + m[0].length; })) continue;
      return { start: m.index, end: m.index + m[0].length };
    }
    return undefined;
  };
  // one heading joining the paid-out and paid-in words ("Af/Bij", "Soll/Haben", "D/C") heads a side column, not two amount columns
  const whole = (res: RegExp[]) => (w: string) => res.some((re) => { const m = re.exec(w); return m !== null && m.index === 0 && m[0].length === w.length; });
  const side = sideHeading(line, whole(H_OUT), whole(H_IN));
  const outside = (m: { start: number; end: number } | undefined) => (m && side && m.start < side.span.end && side.span.start < m.end ? undefined : m);
  const found: Partial<Record<ColumnKey, { start: number; end: number }>> = { out: outside(find(H_OUT)), in: outside(find(H_IN, H_OUT.slice(0, 1))), bal: find(H_BAL) };
  if (!found.out && !found.in) found.amount = find(H_AMOUNT);
  // the side column signs the figures of the amount column; with no amount heading, the joined
  // heading stands over the figures themselves ("Debit/Credit   Balance" over signed amounts)
  if (side && !found.out && !found.in) {
    cols.side = side.column;
    found.amount ??= side.span;
  }
  // every column's keyword is its own: a heading's phrase never grows over another's
  const claimed = [find(H_DATE), find(H_DESC), ...Object.values(found), ...(cols.side && side ? [side.span] : [])].filter((c): c is { start: number; end: number } => c !== undefined);
  for (const key of ['out', 'in', 'bal', 'amount'] as const) {
    const m = found[key];
    if (!m) continue;
    cols[key] = centre(spanBox(line, m.start, m.end));
    const cell = headerCell(line, m.start, m.end, claimed.filter((c) => c !== m));
    if (cell) cols.cells[key] = cell;
  }
  const n = [cols.out, cols.in, cols.bal, cols.amount, cols.side].filter((v) => v !== undefined).length;
  return n >= 2 || (n >= 1 && has(H_DESC)) ? cols : null;
}

/**
 * True when an amount sits left of every amount column by more than the spacing tolerance:
 * it is part of the description (a foreign amount, a reference) rather than a money column.
 */
export function leftOfColumns(a: PlacedAmount, cols: Columns): boolean {
  const cs = [cols.out, cols.in, cols.bal, cols.amount].filter((v): v is number => v !== undefined).sort((x, y) => x - y);
  if (!cs.length) return false;
  let spacing = Infinity;
  for (let i = 1; i < cs.length; i++) spacing = Math.min(spacing, cs[i] - cs[i - 1]);
  const tol = Number.isFinite(spacing) ? Math.max(30, 0.75 * spacing) : 80;
  return a.box.x + a.box.w < cs[0] - tol;
}

/** "10.00 @ 1.2004": an amount converted at an exchange rate is a foreign amount, not the row's money. */
export function atExchangeRate(line: DocLine, a: PlacedAmount): boolean {
  return /^\s*@\s*\d/.test(line.text.slice(a.end));
}

/**
 * The column an amount is printed in: the one heading's cell its figure lies under (overlaps),
 * else, when it lies under none or under several, the heading whose centre its right edge is
 * nearest (amounts are right-aligned under their headings).
 */
function nearestColumn(a: PlacedAmount, cols: Columns): ColumnKey {
  const under = (['out', 'in', 'bal', 'amount'] as const).filter((key) => {
    const c = cols.cells[key];
    return c !== undefined && cols[key] !== undefined && Math.min(c.x1, a.box.x + a.box.w) > Math.max(c.x0, a.box.x);
  });
  if (under.length === 1) return under[0];
  const x = a.box.x + a.box.w; // amounts are right-aligned: compare right edges with header centres
  let best: ColumnKey = 'amount';
  let d = Infinity;
  for (const key of ['out', 'in', 'bal', 'amount'] as const) {
    const c = cols[key];
    if (c === undefined) continue;
    const dist = Math.abs(x - c - 15);
    if (dist < d) { d = dist; best = key; }
  }
  return best;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

export interface StatementTable {
  rows: PlacedTransaction[];
  /**
   * Which way the running balance moves with a paid-out amount: `asset` (a current account: it
   * falls), `liability` (a card or credit line: it rises), or null when the rows do not say.
   */
  direction: 'asset' | 'liability' | null;
  brought: { value: number; line: DocLine; amount: PlacedAmount }[];
  carried: { value: number; line: DocLine; amount: PlacedAmount }[];
}

/**
 * The date a row starts with: a full date, or a day and month ("02 Jul", "02/07", "01.07") whose year the
 * period gives. Null when the row does not start with one.
 */
function leadDate(line: DocLine, order: DateOrder, period: Period | undefined): { text: string; end: number; iso: string | null } | null {
  const limit = Math.max(3, line.text.length * 0.2);
  const dates = findDates(line.text, order);
  // (a speck a scan read after the day of a day and month name, "20: Nov 2026", is no part of the date as written)
  const written = (text: string) => text.replace(/^(\d{1,2}):\s+(?=\p{L})/u, '$1 ');
  if (dates.length && dates[0].start <= limit) return { text: written(dates[0].text), end: dates[0].end, iso: dates[0].iso };
  const dm = findLeadingDayMonth(line.text, order);
  if (!dm) return null;
  const y = period ? yearInPeriod(dm.day, dm.month, period.from, period.to) : null;
  return { text: written(dm.text), end: dm.end, iso: y ? isoDate(y, dm.month, dm.day) : null };
}

/** How a statement prints its money: `wholeUnits` when its currency is printed in whole units (../parse/minor-unit.ts: the forint, the yen). */
export interface TableOptions { wholeUnits?: boolean }

/**
 * The transactions and balance rows of a statement's pages (see the module's note). Money is a
 * figure with two decimals; with `opts.wholeUnits`, under a header's columns, a whole figure too
 * ("2026.03.03. Kártyás vásárlás SPAR 1042   18 450   366 050": a forint statement prints no
 * fraction, and its rows were dropped as text); a figure left of the columns stays text.
 */
export function readTransactions(lines: DocLine[], order: DateOrder, period?: Period, opts: TableOptions = {}): StatementTable {
  const rows: PlacedTransaction[] = [];
  const brought: StatementTable['brought'] = [];
  const carried: StatementTable['carried'] = [];
  let cols: Columns | null = null;
  let lastDate: string | null = null;
  let lastIso: string | null = null;
  let pending: string[] = [];
  // text lines under a finished row: they continue it when the next row starts with its own date
  let trailing: string[] = [];
  // the last row's line or the last text line under it, and whether each of those lines stood
  // right under the one before (a wrapped description, not a footer further down)
  let chainEnd: DocLine | null = null;
  let chainClose = false;
  // where the last row's description starts (page units), to tell an indented wrapped line
  let descX = 0;
  const appendToLast = (texts: string[]) => {
    const prev = rows[rows.length - 1].row;
    prev.description = [prev.description, ...texts].filter(Boolean).join(' ');
  };
  // text lines right under the last row when a balance row follows (nothing they could lead
  // into): they end its description. Before a new header, page or the end they may be a
  // section's title or a footer's note, and are dropped unless set as a wrapped line.
  const flushTrailing = () => {
    if (trailing.length && rows.length && chainClose) appendToLast(trailing);
    trailing = [];
  };
  let prevBalance: number | null = null;
  // pages that print their own header start their table at it
  const headerLines = new Set(lines.filter((l) => headerColumns(l)));
  const headerPages = new Set([...headerLines].map((l) => l.page));
  let headerSeenOn = -1;
  // per row: a printed balance seen just before it (brought forward, or the previous row's),
  // so the sides can be checked once the direction is known
  const before: (number | null)[] = [];
  let printedBefore: number | null = null;
  let assetVotes = 0, liabilityVotes = 0;
  // the day of a dated balance read as the opening ("Solde au 01/11/2025")
  let datedOpen: string | null = null;
  // the value dates of a second date column beside the booking dates (./value-date-column.ts), among the dated rows that are no header or balance
  const balanceLine = (l: DocLine) => matchAny(l.text, OPENING) !== null || matchAny(l.text, CLOSING) !== null || datedBalance(l, order) !== null;
  const dated = lines.flatMap((l) => { const d = headerLines.has(l) || balanceLine(l) ? null : leadDate(l, order, period); return d ? [{ line: l, leadEnd: d.end }] : []; });
  const valueDateSpans = valueDates(dated, order, [...headerLines].some((l) => VALUE_DATE_HEADING.test(fold(l.text))));
  for (const original of lines) {
    // a row's value date is blanked: no part of its description, never its money
    let line = withoutSpans(original, valueDateSpans.get(original));
    // a rule printed with characters ("-----", "=====", "_____") under the header or the last row is no text of a row
    if (RULE_LINE.test(line.text)) continue;
    // a note that the rows go on over the page ("continued overleaf", "pokračování na další straně") is no text of a row
    if (pageContinuation(line.text)) continue;
    const h = headerColumns(line);
    if (h) { cols = h; pending = []; trailing = []; headerSeenOn = line.page; continue; }
    if (cols && cols.page !== line.page) { cols = { ...cols, page: line.page }; pending = []; trailing = []; }
    const aboveHeader = headerPages.has(line.page) && headerSeenOn !== line.page;
    const lead = leadDate(line, order, period);
    // a row that starts with its own date: the text lines under the previous row were its continuation
    if (lead && trailing.length && rows.length) appendToLast(trailing);
    if (lead) { trailing = []; pending = []; }
    // the side column's word ("Af", "Bij") says which way the row's amount went, and is no part of its description
    const mark = cols?.side ? sideMark(line, cols.side, lead ? lead.end : 0, amountsIn(line, lead ? lead.end : 0).find((a) => a.decimals === 2)) : null;
    if (mark) line = withoutSpans(line, [mark.span]);
    const printed = amountsIn(line, lead ? lead.end : 0);
    // a figure a scan printed with a colon for its decimal point ("-$75:00") is money too
    const colon = colonDecimalAmounts(line, lead ? lead.end : 0).filter((c) => !printed.some((a) => a.start < c.end && c.start < a.end && a.decimals === 2));
    const cells = [...printed, ...colon].sort((a, b) => a.start - b.start)
      .filter((a) => (a.decimals === 2 || (opts.wholeUnits && cols && a.decimals === 0)) && !atExchangeRate(line, a) && !(cols && leftOfColumns(a, cols)));
    // a figure whose thousands group a scan read apart ("8  500,00") is read whole
    const money = cells.map((a, i) => gappedRowFigure(line, a, i ? cells[i - 1].end : lead ? lead.end : 0) ?? a);
    let isOpen: { start: number; end: number } | null = matchAny(line.text, OPENING);
    let isClose: { start: number; end: number } | null = matchAny(line.text, CLOSING);
    // a balance dated by its label ("Solde au 01/11/2025"): before the rows it opens, after them it closes
    const dated = isOpen || isClose ? null : datedBalance(line, order);
    // (a summary above the table may print both: the later day closes)
    if (dated) {
      if (rows.length || (datedOpen !== null && dated.iso !== null && dated.iso > datedOpen)) isClose = dated;
      else { isOpen = dated; datedOpen = dated.iso; }
    }
    if ((isOpen || isClose) && money.length) {
      // each label its own figure when the line prints both ("Saldo inicial 405,41   Saldo final 1.080,41")
      const own = (m: { end: number } | null) => { const o = m ? labelsOwnFigures(line, m.end, money) : []; return o[o.length - 1] ?? money[money.length - 1]; };
      const a = own(isOpen ?? isClose);
      (isOpen ? brought : carried).push({ value: a.value, line: original, amount: a });
      if (isOpen && isClose) {
        const c = own(isClose);
        if (c !== a) carried.push({ value: c.value, line: original, amount: c });
      }
      if (isOpen) { prevBalance = a.value; printedBefore = a.value; }
      if (lead) { lastDate = lead.text; lastIso = lead.iso; }
      pending = [];
      flushTrailing();
      chainEnd = null;
      if (isClose && !isOpen) cols = null; // the table ends here until the next header
      continue;
    }
    // the balance carried over a page break ("Übertrag", "A reporter", "Suma z przeniesienia") is no row
    if (carriedForward(line, prevBalance ?? NaN)) {
      if (money.length) { prevBalance = money[money.length - 1].value; printedBefore = prevBalance; }
      pending = [];
      flushTrailing();
      chainEnd = null;
      continue;
    }
    if (aboveHeader) continue;
    // right under the last row (or its last wrapped line), on its page: in smaller type or
    // indented from the row's description, such a line is that row's, never the start of one
    const underLast = !lead && rows.length > 0 && chainEnd !== null && chainEnd.page === line.page && line.box.y > chainEnd.box.y
      && line.box.y - (chainEnd.box.y + chainEnd.box.h) <= Math.max(chainEnd.box.h, line.box.h);
    const rowLine = rows.length ? rows[rows.length - 1].line : null;
    const charW = rowLine && rowLine.words.length ? rowLine.words[0].box.w / Math.max(1, rowLine.words[0].text.length) : 6;
    const wrapped = underLast && rowLine !== null && (line.box.h < rowLine.box.h * 0.85 || line.box.x >= descX + charW * 1.5);
    if (!cols && !lead) {
      // no header: a text line under the last row's description, or in smaller type, continues it
      if (!money.length && underLast && (line.box.x >= descX - charW || wrapped) && chainClose) {
        trailing.push(line.text.replace(/\s+/g, ' ').trim());
        chainEnd = line;
      }
      continue;
    }
    // the totals row under the rows adds up their columns: no movement of its own
    if (!lead && isColumnTotals(line, money, rows.map(({ row, line: l }) => ({ page: l.page, debit: row.debitAmount, credit: row.creditAmount, balance: row.balanceAmount })))) {
      pending = [];
      flushTrailing();
      chainEnd = null;
      continue;
    }
    if (lead) { lastDate = lead.text; lastIso = lead.iso; }
    let text = line.text;
    if (money.length) text = line.text.slice(lead ? lead.end : 0, money[0].start);
    else if (lead) text = line.text.slice(lead.end);
    // a "+" printed before an amount is its sign ("+347,12" in a signed amount column), not text;
    // so is one glued after it ("1.862,58+"), or a credit's word after it ("19 518,62 (Kredit)")
    const plus = (a: { start: number; end: number }) => /\+\s?$/.test(line.text.slice(0, a.start)) || CREDIT_AFTER.test(line.text.slice(a.end));
    text = trimmedDescription(text);
    if (!money.length) {
      if (cols && text && line.box.y < line.pageHeight * 0.95) {
        // under a finished row and not dated itself: it may continue that row (decided at the next row)
        if (wrapped && !pending.length && !trailing.length && chainClose) { appendToLast([text]); chainEnd = line; }
        else if (!lead && rows.length && !pending.length && rows[rows.length - 1].line.page === line.page) {
          trailing.push(text);
          chainClose &&= underLast;
          chainEnd = line;
        } else pending.push(text);
      }
      // prose: the table has ended (a description may wrap over four or five short lines: a card
      // payment with its merchant, place and a foreign amount at a rate)
      if (pending.length > 5) { pending = []; if (!lead) cols = null; }
      continue;
    }
    // a row without its own date: text under the previous row leads into this one
    const description = [...pending, ...trailing, text].filter(Boolean).join(' ') || null;
    pending = [];
    trailing = [];
    let credit: number | null = null, debit: number | null = null, balance: number | null = null;
    if (cols) {
      for (const a of money) {
        const c = nearestColumn(a, cols);
        if (c === 'out') debit = Math.abs(a.value);
        else if (c === 'in') credit = Math.abs(a.value);
        else if (c === 'bal') balance = a.marker === 'DR' ? -Math.abs(a.value) : a.value;
        else if (mark?.side === 'in') credit = Math.abs(a.value);
        else if (mark?.side === 'out') debit = Math.abs(a.value);
        else if (a.value < 0 || a.marker === 'DR') debit = Math.abs(a.value);
        else if (a.marker === 'CR' || plus(a)) credit = a.value;
        else debit = a.value;
      }
    } else {
      balance = money.length >= 2 ? money[money.length - 1].value : null;
      const a = money.length >= 2 ? money[money.length - 2] : money[0];
      // a printed marker says the side ("2,549.97CR" is a payment to a card); else the balance decides below
      if (a.marker === 'CR' || plus(a)) credit = Math.abs(a.value);
      else debit = Math.abs(a.value);
    }
    // a dated row whose movement was unreadable: the printed balances give it (the sides are
    // checked against the account's direction below)
    if (lead && credit === null && debit === null && balance !== null && printedBefore !== null && Math.abs(balance - printedBefore) >= 0.01) {
      const moved = r2(balance - printedBefore);
      if (moved > 0) credit = moved;
      else debit = -moved;
    }
    if (balance !== null && printedBefore !== null) {
      const amt = credit ?? debit;
      if (amt !== null && credit !== null !== (debit !== null)) {
        const up = Math.abs(r2(printedBefore + amt) - balance) < 0.01;
        const down = Math.abs(r2(printedBefore - amt) - balance) < 0.01;
        // a side read from a column (or a marker) votes for the direction of the account
        const fromColumn = cols !== null || money.some((m) => m.marker);
        if (fromColumn && up !== down) {
          if ((debit !== null) === down) assetVotes++;
          else liabilityVotes++;
        }
      }
    }
    before.push(printedBefore);
    printedBefore = balance;
    if (balance !== null) prevBalance = balance;
    else if (prevBalance !== null) prevBalance = r2(prevBalance + (credit ?? 0) - (debit ?? 0));
    rows.push({ row: { date: lastDate, description, creditAmount: credit, debitAmount: debit, balanceAmount: balance }, line: original, iso: lastIso });
    chainEnd = line;
    chainClose = true;
    // (the description starts after the booking date and a value date printed right after it)
    const leadSpan = lead ? spanBox(line, 0, lead.end) : null;
    const inText = new Set(wordSpans(line).map((w) => w.word));
    const descWord = line.words.find((w) => w.box.x > (leadSpan ? leadSpan.x + leadSpan.w : line.box.x - 1) && inText.has(w));
    descX = descWord ? descWord.box.x : line.box.x;
  }
  const direction = assetVotes > liabilityVotes ? 'asset' : liabilityVotes > assetVotes ? 'liability' : null;
  // the running balance confirms or corrects each side: on an asset account a credit raises the
  // balance, on a liability it lowers it (an account with no votes is read as an asset)
  const sign = direction === 'liability' ? -1 : 1;
  let run: number | null = null;
  rows.forEach(({ row }, i) => {
    const prev: number | null = before[i] ?? run;
    const amt = row.creditAmount ?? row.debitAmount;
    if (prev !== null && row.balanceAmount !== null && amt !== null && (row.creditAmount === null || row.debitAmount === null)) {
      const asCredit = Math.abs(r2(prev + sign * amt) - row.balanceAmount) < 0.01;
      const asDebit = Math.abs(r2(prev - sign * amt) - row.balanceAmount) < 0.01;
      if (asCredit && !asDebit && row.creditAmount === null) { row.creditAmount = amt; row.debitAmount = null; }
      else if (asDebit && !asCredit && row.debitAmount === null) { row.debitAmount = amt; row.creditAmount = null; }
    }
    run = row.balanceAmount ?? (prev === null ? null : r2(prev + sign * ((row.creditAmount ?? 0) - (row.debitAmount ?? 0))));
  });
  return { rows, direction, brought, carried };
}
