/**
 * @module engine/extract/statement-table
 * Transactions of a bank statement across all pages. A header row (date, details, paid out /
 * debit / withdrawals, paid in / credit / deposits, balance) fixes the amount columns by the
 * positions of its words; each following money row puts its amounts in the nearest column.
 * Rows without money carry description text to the next money row; rows without a date take
 * the last date seen. Without a header, a row's last amount is the running balance and the
 * change of balance says whether the other amount was paid in or out.
 * "Brought forward" / "carried forward" rows are balances, not transactions.
 */
import type { StatementLine } from '../../../../schemas/results.ts';
import { findDates, type DateOrder } from '../parse/dates.ts';
import { amountsIn, fold, keyword, matchAny, spanBox, type DocLine, type PlacedAmount } from '../parse/lines.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
const H_DATE = k(['date', 'datum', 'posted', 'transaction date', 'value date']);
const H_DESC = k(['details', 'description', 'particulars', 'payment type and details', 'transaction', 'narrative', 'reference', 'buchungstext', 'libellé']);
const H_OUT = k(['paid out', 'debit', 'debits', 'withdrawals', 'withdrawal', 'money out', 'payments', 'out', 'soll', 'débit', 'amount']);
const H_IN = k(['paid in', 'credit', 'credits', 'deposits', 'deposit', 'money in', 'receipts', 'in', 'haben', 'crédit']);
const H_BAL = k(['balance', 'saldo', 'solde', 'running balance']);
export const OPENING = k(['opening balance', 'balance brought forward', 'brought forward', 'previous balance', 'starting balance', 'balance forward', 'alter kontostand', 'ancien solde', 'beginning balance']);
export const CLOSING = k(['closing balance', 'balance carried forward', 'carried forward', 'new balance', 'ending balance', 'neuer kontostand', 'nouveau solde', 'closing bal']);

export interface PlacedTransaction { row: StatementLine; line: DocLine }

interface Columns { out?: number; in?: number; bal?: number; amount?: number; page: number }

function centre(b: { x: number; w: number }): number {
  return b.x + b.w / 2;
}

function headerColumns(line: DocLine): Columns | null {
  const f = fold(line.text);
  const has = (res: RegExp[]) => res.some((re) => re.test(f));
  if (!has(H_DATE) || !(has(H_BAL) || has(H_OUT) || has(H_IN)) || amountsIn(line).some((a) => a.decimals === 2)) return null;
  const cols: Columns = { page: line.page };
  const pos = (res: RegExp[], exclude?: RegExp[]) => {
    for (const re of res) {
      const m = re.exec(f);
      if (!m) continue;
      if (exclude && exclude.some((x) => { const mm = x.exec(f); return mm && mm.index <= m.index && mm.index + mm[0].length >= m.index + m[0].length; })) continue;
      return centre(spanBox(line, m.index, m.index + m[0].length));
    }
    return undefined;
  };
  cols.out = pos(H_OUT.filter((_, i) => i < H_OUT.length - 1));
  cols.in = pos(H_IN, H_OUT.slice(0, 1));
  cols.bal = pos(H_BAL);
  if (cols.out === undefined && cols.in === undefined) cols.amount = pos(H_OUT.slice(-1));
  const n = [cols.out, cols.in, cols.bal, cols.amount].filter((v) => v !== undefined).length;
  return n >= 2 || (n >= 1 && has(H_DESC)) ? cols : null;
}

function nearestColumn(a: PlacedAmount, cols: Columns): 'out' | 'in' | 'bal' | 'amount' {
  const x = a.box.x + a.box.w; // amounts are right-aligned: compare right edges with header centres
  let best: 'out' | 'in' | 'bal' | 'amount' = 'amount';
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
  brought: { value: number; line: DocLine; amount: PlacedAmount }[];
  carried: { value: number; line: DocLine; amount: PlacedAmount }[];
}

export function readTransactions(lines: DocLine[], order: DateOrder): StatementTable {
  const rows: PlacedTransaction[] = [];
  const brought: StatementTable['brought'] = [];
  const carried: StatementTable['carried'] = [];
  let cols: Columns | null = null;
  let lastDate: string | null = null;
  let pending: string[] = [];
  let prevBalance: number | null = null;
  for (const line of lines) {
    const h = headerColumns(line);
    if (h) { cols = h; pending = []; continue; }
    if (cols && cols.page !== line.page) { cols = { ...cols, page: line.page }; pending = []; }
    const dates = findDates(line.text, order);
    const lead = dates.length && dates[0].start <= Math.max(3, line.text.length * 0.2) ? dates[0] : null;
    const money = amountsIn(line, lead ? lead.end : 0).filter((a) => a.decimals === 2);
    const isOpen = matchAny(line.text, OPENING);
    const isClose = matchAny(line.text, CLOSING);
    if ((isOpen || isClose) && money.length) {
      const a = money[money.length - 1];
      (isOpen ? brought : carried).push({ value: a.value, line, amount: a });
      if (isOpen) prevBalance = a.value;
      if (lead) lastDate = lead.text;
      pending = [];
      if (isClose && !isOpen) cols = null; // the table ends here until the next header
      continue;
    }
    if (!cols && !lead) { continue; }
    if (lead) lastDate = lead.text;
    let text = line.text;
    if (money.length) text = line.text.slice(lead ? lead.end : 0, money[0].start);
    else if (lead) text = line.text.slice(lead.end);
    text = text.replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
    if (!money.length) {
      if (cols && text && line.box.y < line.pageHeight * 0.95) pending.push(text);
      if (pending.length > 3) { pending = []; if (!lead) cols = null; } // prose: the table has ended
      continue;
    }
    const description = [...pending, text].filter(Boolean).join(' ') || null;
    pending = [];
    let credit: number | null = null, debit: number | null = null, balance: number | null = null;
    if (cols) {
      for (const a of money) {
        const c = nearestColumn(a, cols);
        if (c === 'out') debit = Math.abs(a.value);
        else if (c === 'in') credit = Math.abs(a.value);
        else if (c === 'bal') balance = a.marker === 'DR' ? -Math.abs(a.value) : a.value;
        else if (a.value < 0 || a.marker === 'DR') debit = Math.abs(a.value);
        else if (a.marker === 'CR') credit = a.value;
        else debit = a.value;
      }
    } else {
      balance = money.length >= 2 ? money[money.length - 1].value : null;
      const amt = money.length >= 2 ? money[money.length - 2].value : money[0].value;
      if (prevBalance !== null && balance !== null) {
        if (Math.abs(r2(prevBalance + amt) - balance) < 0.01) credit = Math.abs(amt);
        else debit = Math.abs(amt);
      } else if (amt < 0) debit = -amt;
      else debit = amt;
    }
    if (balance !== null) {
      // a running balance confirms or corrects the side
      if (prevBalance !== null && credit === null && debit !== null && Math.abs(r2(prevBalance + debit) - balance) < 0.01 && Math.abs(r2(prevBalance - debit) - balance) >= 0.01) {
        credit = debit; debit = null;
      }
      prevBalance = balance;
    } else if (prevBalance !== null) {
      prevBalance = r2(prevBalance + (credit ?? 0) - (debit ?? 0));
    }
    rows.push({ row: { date: lastDate, description, creditAmount: credit, debitAmount: debit, balanceAmount: balance }, line });
  }
  return { rows, brought, carried };
}
