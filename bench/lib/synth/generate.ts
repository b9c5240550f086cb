/**
 * @module bench/lib/synth/generate
 * Synthetic invoices, receipts and bank statements with their truth, in the languages of
 * ./languages.ts, from a seed (the same seed gives the same document). A document is rows of
 * text whose cells are separated by `|` (the first cell at the left margin, the others right-
 * aligned in the figure columns; see ./render.ts); the truth holds the fields as the product's
 * result names them (dates as printed, with `date_iso`). Layouts vary by seed: date style,
 * whether a due date, a customer, a tax line, cash and change or a card payment are printed,
 * and how many items or transactions there are.
 */
import { LANG, formatDate, formatMoney, formatNumber, type Lang } from './languages.ts';

export type SynthType = 'invoice' | 'receipt' | 'bank_statement' | 'other';

export interface SynthDocument {
  id: string;
  type: SynthType;
  lang: Lang;
  pages: string[][];
  fields: Record<string, unknown>;
  /** A till roll: rendered on a narrow page (80 mm) instead of A4. */
  narrow?: boolean;
}

/** mulberry32: a small seeded generator, 0 <= x < 1. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const RATE: Record<Lang, number> = { en: 20, de: 19, fr: 20, es: 21, it: 22, pt: 23, nl: 21, pl: 23 };
const c2 = (v: number) => Math.round(v * 100) / 100;
const pick = <T>(r: () => number, xs: T[]) => xs[Math.floor(r() * xs.length)];
function isoDay(r: () => number): string {
  const y = 2022 + Math.floor(r() * 4), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const addDays = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);

export function synthInvoice(seed: number, lang: Lang): SynthDocument {
  const r = seeded(seed), L = LANG[lang];
  const supplier = pick(r, L.company);
  const customer = pick(r, L.company.filter((c) => c !== supplier));
  const id = `${pick(r, ['INV', 'RE', 'FA', 'FV'])}-${2000 + Math.floor(r() * 8000)}`;
  const date = isoDay(r), due = addDays(date, pick(r, [14, 30]));
  const style = r() < 0.5 ? 'long' : 'numeric';
  const items = Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
    const q = 1 + Math.floor(r() * 5), u = c2(5 + r() * (r() < 0.2 ? 2000 : 200));
    return { d: pick(r, L.goods), q, u, t: c2(q * u) };
  });
  const net = c2(items.reduce((s, i) => s + i.t, 0)), tax = c2((net * RATE[lang]) / 100), total = c2(net + tax);
  const rows = [`#${supplier}`, `${10 + Math.floor(r() * 80)} ${pick(r, ['Main Street', 'Hauptstraße', 'Rue Neuve', 'Calle Mayor', 'Via Roma', 'Rua Nova', 'Kerkstraat', 'ul. Długa'])}`, `#${L.invoice}`,
    `${L.invoiceNo} ${id}`, `${L.date} ${formatDate(date, L, style)}`];
  const hasDue = r() < 0.7;
  if (hasDue) rows.push(`${L.due} ${formatDate(due, L, style)}`);
  if (r() < 0.6) rows.push(`${L.billTo} ${customer}`);
  rows.push(`${L.desc}|${L.qty}|${L.price}|${L.amount}`);
  for (const i of items) rows.push(`${i.d}|${i.q}|${formatNumber(i.u, L)}|${formatNumber(i.t, L)}`);
  rows.push(`${L.net}|||${formatMoney(net, L)}`, `${L.tax} ${RATE[lang]}%|||${formatMoney(tax, L)}`, `#${L.total}|||${formatMoney(total, L)}`);
  return {
    id: `synth_invoice_${lang}_${seed}`, type: 'invoice', lang, pages: [rows],
    fields: { supplierName: supplier, documentId: id, date: formatDate(date, L, style), date_iso: date, ...(hasDue ? { dueDate: formatDate(due, L, style) } : {}), totalAmount: total, netAmount: net, taxAmount: tax, currencyCode: L.currency.code },
  };
}

export function synthReceipt(seed: number, lang: Lang): SynthDocument {
  const r = seeded(seed), L = LANG[lang];
  const supplier = pick(r, L.company).toUpperCase();
  const date = isoDay(r);
  const items = Array.from({ length: 2 + Math.floor(r() * 5) }, () => ({ q: 1 + Math.floor(r() * 3), d: pick(r, L.goods).toUpperCase(), t: c2(0.5 + r() * 25) }));
  const total = c2(items.reduce((s, i) => s + i.t, 0));
  const tax = c2((total * RATE[lang]) / (100 + RATE[lang]));
  const rows = [`#${supplier}`, `${pick(r, ['12 High St', 'Marktplatz 3', 'Place du Marché', 'Plaza Mayor 1', 'Piazza Duomo 2', 'Praça Central 5', 'Markt 7', 'Rynek 4'])}`, `${formatDate(date, L, 'numeric')} ${10 + Math.floor(r() * 10)}:${10 + Math.floor(r() * 49)}`];
  for (const i of items) rows.push(`${i.q} ${i.d}|${formatNumber(i.t, L)}`);
  rows.push(`#${pick(r, ['TOTAL', L.total.toUpperCase()])} ${L.currency.code}|${formatNumber(total, L)}`);
  if (r() < 0.5) {
    const cash = Math.ceil(total / 10) * 10;
    rows.push(`${L.cash}|${formatNumber(cash, L)}`, `${L.change}|${formatNumber(c2(cash - total), L)}`);
  } else rows.push(`${pick(r, ['VISA', 'CARD', 'EC-Cash', 'CB'])}|${formatNumber(total, L)}`);
  rows.push(`${L.tax} ${RATE[lang]}%|${formatNumber(tax, L)}`, L.thanks);
  return { id: `synth_receipt_${lang}_${seed}`, type: 'receipt', lang, pages: [rows], fields: { supplierName: supplier, date: formatDate(date, L, 'numeric'), date_iso: date, totalAmount: total, currencyCode: L.currency.code } };
}

export function synthStatement(seed: number, lang: Lang): SynthDocument {
  const r = seeded(seed), L = LANG[lang];
  const bank = pick(r, ['Harbour Bank plc', 'Banco Ejemplo S.A.', 'Musterbank AG', 'Banca Esempio S.p.A.', 'Bank Przykład S.A.']);
  const holder = pick(r, ['Alex Sample', 'Maria Rossi', 'Jan Kowalski', 'Anna Schmidt', 'Lucía García']);
  const from = isoDay(r).slice(0, 8) + '01', to = addDays(from, 27);
  let bal = c2(200 + r() * 3000);
  const opening = bal;
  const rows = [`#${bank}`, holder, `${1 + Math.floor(r() * 90)} ${pick(r, ['Elm Street', 'Hauptstraße', 'Calle Sol', 'Via Verdi', 'ul. Polna'])}`, `${L.account}: ${10000000 + Math.floor(r() * 89999999)}`,
    `${L.period} ${formatDate(from, L, 'numeric')} ${L.to} ${formatDate(to, L, 'numeric')}`, `${L.desc}|${L.paidOut}|${L.paidIn}|${L.balance} (${L.currency.code})`,
    `${formatDate(from, L, 'numeric')} ${L.opening}|||${formatNumber(bal, L)}`];
  const n = 3 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const day = addDays(from, 1 + Math.floor(((i + r()) * 25) / n));
    const credit = r() < 0.3;
    const amt = c2(5 + r() * (credit ? 2000 : 300));
    bal = c2(bal + (credit ? amt : -amt));
    rows.push(`${formatDate(day, L, 'numeric')} ${pick(r, ['Card payment', 'Transfer', 'Direct debit', 'Salary', 'Standing order'])}|${credit ? '' : formatNumber(amt, L)}|${credit ? formatNumber(amt, L) : ''}|${formatNumber(bal, L)}`);
  }
  rows.push(`${formatDate(to, L, 'numeric')} ${L.closing}|||${formatNumber(bal, L)}`);
  return {
    id: `synth_statement_${lang}_${seed}`, type: 'bank_statement', lang, pages: [rows],
    fields: { bankName: bank, accountHolderName: holder, openingDate: formatDate(from, L, 'numeric'), closingDate: formatDate(to, L, 'numeric'), openingBalance: opening, closingBalance: bal, currencyCode: L.currency.code },
  };
}
