/**
 * @module engine/classify/billed-tax-invoice
 * A page titled "TAX INVOICE" is an invoice or a till's slip: Singapore's, Malaysia's and
 * Australia's tax law (SG GST (General) Regulations reg. 11, MY GST Act 2014 s. 33, AU A New Tax
 * System (Goods and Services Tax) Act 1999 s. 29-70) ask for the same title on both, so the title's words
 * cannot tell them apart and ./evidence.ts leaves them out of the invoice title. The page's
 * structure can: a full A4 or Letter page billed on credit names its buyer ("Bill To",
 * "Customer:", "Attn:", or a second street address under the seller's), its credit terms
 * ("Terms: 30 Days", "Due Date") and is paid nowhere on the page; a till's slip is a narrow
 * roll (also when laid on a scanner's A4 glass: its text then fills a strip of the page) and is
 * paid on the spot (cash tendered, change, a card).
 */
import type { DocLine } from '../parse/lines.ts';
import { fold, keyword } from '../parse/lines.ts';

/**
 * A buyer's block label: "Bill To", "Billed To", "Invoice To", "Sold To", "Ship To", "Deliver
 * To" anywhere on a line (OCR may glue them: "BillTo"), or "Customer", "Customer Name", "Attn",
 * "Attention", "Messrs" followed by a colon or a point ("Customer Copy" on a slip labels nothing).
 */
const BUYER_LABELS = [
  ...['bill to', 'billed to', 'invoice to', 'sold to', 'ship to', 'deliver to', 'delivery to'].map((p) => keyword(p)),
  /(?<![\p{L}\d])(?:customer(?:\s?name)?|attn|attention|messrs)\s?[:.]/u,
];

/** Credit terms: the payment's terms or the day it falls due ("Terms: 30 Days", "Due Date", "Payment Due"). */
const CREDIT_TERMS = ['terms', 'payment terms', 'credit terms', 'due date', 'payment due', 'date due'].map((p) => keyword(p));

/** The share of the page's width a full page's lines span at least (a slip on A4 glass spans about a third). */
const FULL_SPAN = 0.6;
/** The tallest full page: A4 is 1.41 times as tall as wide, Letter 1.29; a till roll is 1.8 or more. */
const FULL_ASPECT = 1.6;

/**
 * Whether the first page is laid out as a full page: its height at most 1.6 times its width, a
 * text PDF wider than a till roll (300 pt), and its lines spanning 60 % of its width or more
 * (measured from the leftmost line start to the rightmost line end, in the page's own units).
 * `lines`: the reading's lines (../parse/lines.ts flattenLines).
 */
export function fullPage(lines: DocLine[]): boolean {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  if (!first.length) return false;
  const { pageWidth: w, pageHeight: h } = first[0];
  if (!(w > 0) || h / w > FULL_ASPECT) return false;
  if (first[0].source === 'text' && w <= 300) return false;
  const left = Math.min(...first.map((l) => l.box.x));
  const right = Math.max(...first.map((l) => l.box.x + l.box.w));
  return (right - left) / w >= FULL_SPAN;
}

/**
 * Whether a page titled "TAX INVOICE" is an invoice billed on credit (see the module note): a
 * buyer's block (a buyer label, or `streetLines` >= 2: the seller's and the buyer's addresses),
 * credit terms, a full page (`fullPage`), and nothing paid at a till (`paidAtTill`: a total
 * tendered or change handed back, ./evidence.ts). `lines`: the reading's lines.
 */
export function billedTaxInvoice(lines: DocLine[], streetLines: number, paidAtTill: boolean): boolean {
  if (paidAtTill) return false;
  const folded = lines.map((l) => fold(l.text));
  const buyer = streetLines >= 2 || folded.some((t) => BUYER_LABELS.some((re) => re.test(t)));
  const terms = folded.some((t) => CREDIT_TERMS.some((re) => re.test(t)));
  return buyer && terms && fullPage(lines);
}
