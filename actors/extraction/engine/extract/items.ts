/**
 * @module engine/extract/items
 * Line items from the rows between the item header (or the top) and the first total: a row
 * ends with money; its numbers are read right to left as amount, unit price, quantity when
 * quantity x unit price = amount confirms it (or when one number is a small whole count).
 * A row with no description of its own (a code and figures) takes the text line above it.
 * Nothing is filled in that the row does not print: tax, net and discount stay null.
 */
import type { ReceiptItem } from '../../../../schemas/results.ts';
import { amountsIn, keyword, matchAny, type DocLine } from '../parse/lines.ts';
import { findDates } from '../parse/dates.ts';

const HEADER = ['description', 'item', 'items', 'qty', 'quantity', 'unit price', 'price', 'amount', 'beschreibung', 'menge', 'einzelpreis', 'désignation', 'quantité', 'omschrijving', 'aantal'].map((k) => keyword(k));
const STOP = ['total', 'subtotal', 'sub total', 'sub-total', 'summe', 'totaal', 'subtotaal', 'montant', 'tax', 'gst', 'vat', 'rounding', 'cash', 'change', 'payment', 'balance', 'discount', 'ust', 'mwst', 'tva', 'btw', 'steuer', 'amount due', 'service charge'].map((k) => keyword(k));
const SKIP = ['tel', 'fax', 'date', 'time', 'invoice', 'receipt', 'cashier', 'page', 'gst id', 'reg', 'table', 'server'].map((k) => keyword(k));

export interface PlacedItem { item: ReceiptItem; line: DocLine }

function descriptionOf(text: string): string {
  return text.replace(/^\s*\d{6,}\s*/, '').replace(/\s{2,}/g, ' ').trim();
}

export function extractItems(lines: DocLine[], stopAt?: DocLine): PlacedItem[] {
  const pageLines = lines;
  let start = pageLines.findIndex((l) => {
    const hits = HEADER.filter((re) => re.test(l.text.toLowerCase())).length;
    return hits >= 2;
  });
  const end = stopAt ? pageLines.indexOf(stopAt) : pageLines.findIndex((l, i) => i > start && !!matchAny(l.text, STOP) && amountsIn(l).length > 0);
  if (start < 0) start = Math.max(0, Math.floor((end < 0 ? pageLines.length : end) * 0.2));
  const rows = pageLines.slice(start + 1, end < 0 ? undefined : end);
  const out: PlacedItem[] = [];
  let pendingText: DocLine | null = null;
  for (const l of rows) {
    if (matchAny(l.text, SKIP) || findDates(l.text).length) { pendingText = null; continue; }
    const am = amountsIn(l).filter((a) => !/%/.test(l.text.slice(a.end, a.end + 2)));
    const money = am.filter((a) => a.decimals === 2);
    if (!money.length) {
      if (/\p{L}{3,}/u.test(l.text)) pendingText = l;
      continue;
    }
    const firstNum = am[0];
    let desc = descriptionOf(l.text.slice(0, firstNum.start).replace(/[x@*]\s*$/i, ''));
    if (!/\p{L}{2,}/u.test(desc) && pendingText) desc = descriptionOf(pendingText.text);
    pendingText = null;
    if (!/\p{L}{2,}/u.test(desc)) continue;
    const nums = am.map((a) => a.value);
    const total = money[money.length - 1].value;
    let quantity: number | null = null;
    let unitPrice: number | null = null;
    const before = nums.slice(0, nums.lastIndexOf(total));
    for (let i = before.length - 1; i >= 1 && quantity === null; i--) {
      for (let j = i - 1; j >= 0; j--) {
        if (Math.abs(before[i] * before[j] - total) < 0.011 * Math.max(1, Math.abs(total) / 100)) {
          const [q, u] = Number.isInteger(before[j]) && before[j] < 1000 ? [before[j], before[i]] : [before[i], before[j]];
          quantity = q; unitPrice = u;
          break;
        }
      }
    }
    if (quantity === null && before.length === 1 && Number.isInteger(before[0]) && before[0] > 0 && before[0] < 100 && am[0].decimals === 0) {
      quantity = before[0];
    }
    if (quantity === null && before.length === 1 && Math.abs(before[0] - total) < 0.005) { unitPrice = before[0]; }
    out.push({ item: { quantity, description: desc, totalAmount: total, unitPrice, taxAmount: null, netAmount: null, discountAmount: null }, line: l });
  }
  return out;
}
