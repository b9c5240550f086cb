/**
 * @module test/helpers/make-invoice-scan
 * A one-page A4 invoice as a scanner gives it (PNG, portrait, 150 dpi: 1240 x 1754 px), laid out
 * in one column of text whose figures stand in a right-hand column: amounts right-aligned at the
 * right margin, a wide blank gap between them and the descriptions, and no line (rule, footer,
 * shaded table head) that crosses the gap. Such a page shows a band of blank paper from top to
 * bottom, as two receipts side by side do (engine/read/side-by-side.ts).
 *
 * Layouts (`InvoiceScanOptions.layout`):
 *   - `margin`: seller and buyer on the left, invoice number and dates right-aligned at the right
 *     margin, items' descriptions on the left and their amounts at the margin, the totals' labels
 *     on the left under the descriptions;
 *   - `totals-right`: as `margin`, but the totals' labels sit right of centre, beside their
 *     amounts (the right part holds words as well as figures);
 *   - `header-right`: a "INVOICE" title and the invoice number, date and due date as label/value
 *     pairs in a block right of centre; the totals' labels right of centre too.
 * `tilt` turns the page (degrees, clockwise; a scan is 0.5 to 1.5 degrees off), `noise` scatters
 * grey specks and darkens the paper a little, both from `seed`.
 *
 * The values printed are `invoiceTruth(opts)` (./make-documents.ts): supplier, invoice number,
 * dates, items, subtotal, tax and total. Throws only on programming errors.
 */
import { createCanvas } from '@napi-rs/canvas';
import { fmtAmount, fmtMoney, invoiceTruth, type InvoiceOptions } from './make-documents.ts';

export type InvoiceScanLayout = 'margin' | 'totals-right' | 'header-right';

export interface InvoiceScanOptions extends InvoiceOptions {
  layout?: InvoiceScanLayout;
  /** Degrees the page is turned on the scanner's glass (clockwise). Default 0. */
  tilt?: number;
  /** Scan noise: grey specks and slightly grey paper. Default false. */
  noise?: boolean;
  seed?: number;
}

/** A small deterministic generator (mulberry32) in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The invoice scan's PNG bytes (see the module comment). */
export async function makeInvoiceScan(opts: InvoiceScanOptions = {}): Promise<Buffer> {
  const t = invoiceTruth(opts);
  const layout = opts.layout ?? 'margin';
  const W = 1240, H = 1754;
  const L = 110, R = W - 110, MID = Math.round(W * 0.58);
  const canvas = createCanvas(W, H);
  const g = canvas.getContext('2d');
  g.fillStyle = opts.noise ? '#f3f2ee' : '#ffffff';
  g.fillRect(0, 0, W, H);
  g.translate(W / 2, H / 2);
  g.rotate(((opts.tilt ?? 0) * Math.PI) / 180);
  g.translate(-W / 2, -H / 2);
  g.fillStyle = '#161616';
  g.textBaseline = 'alphabetic';
  const text = (s: string, x: number, y: number, size: number, o: { bold?: boolean; right?: boolean } = {}) => {
    g.font = `${o.bold ? 'bold ' : ''}${size}px "DejaVu Sans"`;
    g.textAlign = o.right ? 'right' : 'left';
    g.fillText(s, x, y);
  };
  const body = 24, lead = 38;

  // header: the seller on the left, the invoice's number and dates on the right
  let y = 170;
  text(t.supplier, L, y, 36, { bold: true });
  y += 48;
  for (const a of t.supplierAddress) { text(a, L, y, body); y += lead; }
  const refs: Array<[string, string]> = [['Invoice No:', t.invoiceNumber], ['Date:', t.printedDate], ['Due:', t.printedDueDate]];
  if (layout === 'header-right') {
    text('INVOICE', R, 170, 44, { bold: true, right: true });
    let ry = 240;
    for (const [k, v] of refs) { text(k, MID, ry, body, { bold: true }); text(v, R, ry, body, { right: true }); ry += lead; }
  } else {
    let ry = 170;
    text('INVOICE', R, ry, 36, { bold: true, right: true });
    ry += 48;
    for (const [k, v] of refs) { text(`${k} ${v}`, R, ry, body, { right: true }); ry += lead; }
  }

  // the buyer
  y += 50;
  text('Bill To:', L, y, body, { bold: true });
  y += lead;
  for (const b of t.billTo) { text(b, L, y, body); y += lead; }

  // the items: descriptions on the left, amounts at the right margin
  y += 60;
  text('Description', L, y, body, { bold: true });
  text('Amount', R, y, body, { bold: true, right: true });
  y += lead + 10;
  for (const it of t.items) {
    text(it.quantity === 1 ? it.description : `${it.quantity} x ${it.description}`, L, y, body);
    text(fmtAmount(it.amount), R, y, body, { right: true });
    y += lead;
  }

  // the totals
  y += 40;
  const totalsX = layout === 'margin' ? L : MID;
  const totals: Array<[string, string, boolean]> = [
    ['Subtotal', fmtMoney(t.subtotal, t.currency), false],
    [`VAT (${Math.round(t.taxRate * 1000) / 10}%)`, fmtMoney(t.tax, t.currency), false],
    [`Total Due (${t.currency})`, fmtMoney(t.total, t.currency), true],
  ];
  for (const [k, v, bold] of totals) {
    text(k, totalsX, y, 26, { bold });
    text(v, R, y, 26, { bold, right: true });
    y += lead + 6;
  }
  // a short closing line on the left, under the text column
  y += 60;
  text('Payment within 30 days.', L, y, 20);
  text('Thank you for your business.', L, y + 30, 20);

  if (opts.noise) {
    g.setTransform(1, 0, 0, 1, 0, 0);
    const rnd = random(opts.seed ?? 7);
    for (let i = 0; i < 1500; i++) {
      const v = Math.round(90 + rnd() * 120);
      g.fillStyle = `rgb(${v},${v},${v})`;
      g.fillRect(Math.floor(rnd() * W), Math.floor(rnd() * H), 1 + Math.floor(rnd() * 2), 1 + Math.floor(rnd() * 2));
    }
  }
  return canvas.encode('png');
}
