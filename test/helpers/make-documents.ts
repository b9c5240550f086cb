/**
 * @module test/helpers/make-documents
 * Generators of realistic test documents (receipts, invoices, bank statements, negatives),
 * made on the fly so no test depends on a file checked into the repo.
 *
 * Contract: every `make*` function returns `Promise<Buffer>` (the file's bytes). The values a
 * document shows are deterministic and can be known without generating it:
 *   - `DEFAULT_RECEIPT`, `DEFAULT_INVOICE`, `DEFAULT_STATEMENT` hold the defaults;
 *   - `receiptTruth(opts)`, `invoiceTruth(opts)`, `statementTruth(opts)` return the resolved
 *     values (supplier, ISO date, items, subtotal, tax, total, currency, balances, ...) that the
 *     matching generator prints for the same `opts`, so a test asserts against
 *     `receiptTruth(opts).total` rather than against a literal.
 * Money is handled in integer cents internally; truths expose numbers with 2 decimals.
 *
 * Fails by throwing only on programming errors (bad options); drawing uses the system's
 * DejaVu fonts through @napi-rs/canvas and pdf-lib's standard Helvetica.
 */
import { createCanvas, loadImage, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, PDFName, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

// ---------------------------------------------------------------------------------------------
// shared value helpers
// ---------------------------------------------------------------------------------------------

export type Currency = 'USD' | 'EUR' | 'GBP' | 'CHF' | 'CAD' | 'AUD';
const SYMBOL: Record<Currency, string> = { USD: '$', EUR: '€', GBP: '£', CHF: 'CHF ', CAD: 'C$', AUD: 'A$' };

export interface Item { description: string; quantity: number; unitPrice: number }
export interface PricedItem extends Item { amount: number }

const cents = (n: number) => Math.round(n * 100);
const money = (c: number) => Math.round(c) / 100;
/** 1234.5 -> "1,234.50" */
export function fmtAmount(n: number): string {
  const neg = n < 0;
  const [i, d] = Math.abs(n).toFixed(2).split('.');
  return `${neg ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${d}`;
}
export function fmtMoney(n: number, currency: Currency): string {
  return `${SYMBOL[currency]}${fmtAmount(n)}`;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** How a date is printed: `dmy` 15/03/2024, `mdy` 03/15/2024, `iso` 2024-03-15, `long` 15 Mar 2024. */
export type DateStyle = 'dmy' | 'mdy' | 'iso' | 'long';
export function fmtDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-');
  if (style === 'iso') return iso;
  if (style === 'mdy') return `${m}/${d}/${y}`;
  if (style === 'long') return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  return `${d}/${m}/${y}`;
}
function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
function priced(items: Item[]): PricedItem[] {
  return items.map((i) => ({ ...i, amount: money(cents(i.unitPrice) * i.quantity) }));
}

// ---------------------------------------------------------------------------------------------
// receipt (image)
// ---------------------------------------------------------------------------------------------

export interface ReceiptOptions {
  /** png, jpeg, webp (canvas encoders) or tiff (uncompressed 8-bit grey, written here). */
  format: 'png' | 'jpeg' | 'webp' | 'tiff';
  supplier?: string;
  address?: string[];
  /** ISO date, e.g. '2024-03-15'. */
  date?: string;
  dateStyle?: DateStyle;
  items?: Item[];
  /** Tax rate as a fraction (0.2 = 20 %); tax = round(subtotal * rate). */
  taxRate?: number;
  /** Force the total; when set without items, items are derived so the sums still add up. */
  total?: number;
  currency?: Currency;
  /** Label of the tax line; defaults to 'VAT' for EUR/GBP/CHF and 'TAX' otherwise. */
  taxLabel?: string;
  /** TIFF byte order (only for format 'tiff'). */
  tiffEndian?: 'LE' | 'BE';
  /** Canvas width in px (height follows the content). Default 900. */
  width?: number;
}

export const DEFAULT_RECEIPT = {
  supplier: 'GREENLEAF MARKET',
  address: ['128 Harbour Street', 'Springfield, IL 62704', 'Tel: (217) 555-0142'],
  date: '2024-03-15',
  time: '14:32',
  items: [
    { description: 'Organic Bananas', quantity: 1, unitPrice: 2.49 },
    { description: 'Whole Milk 2L', quantity: 1, unitPrice: 3.85 },
    { description: 'Sourdough Bread', quantity: 1, unitPrice: 4.5 },
    { description: 'Cheddar Cheese', quantity: 1, unitPrice: 6.2 },
    { description: 'Coffee Beans 500g', quantity: 1, unitPrice: 9.99 },
  ] as Item[],
  taxRate: 0.08,
  currency: 'USD' as Currency,
  receiptNumber: '004521',
} as const;

export interface ReceiptTruth {
  supplier: string;
  address: string[];
  date: string;
  /** The date as printed on the receipt. */
  printedDate: string;
  time: string;
  items: PricedItem[];
  subtotal: number;
  taxLabel: string;
  taxRate: number;
  tax: number;
  total: number;
  currency: Currency;
  receiptNumber: string;
}

export function receiptTruth(opts: Partial<ReceiptOptions> = {}): ReceiptTruth {
  const currency = opts.currency ?? DEFAULT_RECEIPT.currency;
  const taxRate = opts.taxRate ?? DEFAULT_RECEIPT.taxRate;
  let items = priced(opts.items ?? [...DEFAULT_RECEIPT.items]);
  let subC = items.reduce((s, i) => s + cents(i.amount), 0);
  let taxC = Math.round(subC * taxRate);
  let totalC = subC + taxC;
  if (opts.total !== undefined) {
    totalC = cents(opts.total);
    if (!opts.items) {
      // derive net and tax from the total, then scale the default items to the net
      subC = Math.round(totalC / (1 + taxRate));
      taxC = totalC - subC;
      const base = items.reduce((s, i) => s + cents(i.amount), 0);
      let left = subC;
      items = items.map((it, k) => {
        const c = k === items.length - 1 ? left : Math.max(1, Math.round((cents(it.amount) * subC) / base));
        left -= c;
        return { ...it, quantity: 1, unitPrice: money(c), amount: money(c) };
      });
    } else {
      taxC = totalC - subC;
    }
  }
  const dateStyle = opts.dateStyle ?? (currency === 'USD' ? 'mdy' : 'dmy');
  const date = opts.date ?? DEFAULT_RECEIPT.date;
  return {
    supplier: opts.supplier ?? DEFAULT_RECEIPT.supplier,
    address: opts.address ?? [...DEFAULT_RECEIPT.address],
    date,
    printedDate: fmtDate(date, dateStyle),
    time: DEFAULT_RECEIPT.time,
    items,
    subtotal: money(subC),
    taxLabel: opts.taxLabel ?? (['EUR', 'GBP', 'CHF'].includes(currency) ? 'VAT' : 'TAX'),
    taxRate,
    tax: money(taxC),
    total: money(totalC),
    currency,
    receiptNumber: DEFAULT_RECEIPT.receiptNumber,
  };
}

/** A portrait till receipt: black text on white, monospaced, ~900 px wide, readable by OCR. */
export async function makeReceiptImage(opts: ReceiptOptions): Promise<Buffer> {
  const t = receiptTruth(opts);
  const W = opts.width ?? 900;
  const s = W / 900;
  const margin = 60 * s;
  const body = Math.round(30 * s);
  const lh = Math.round(46 * s);
  const rows: Array<{ kind: 'center' | 'lr' | 'rule' | 'gap'; a?: string; b?: string; size?: number; bold?: boolean }> = [];
  rows.push({ kind: 'center', a: t.supplier, size: Math.round(44 * s), bold: true });
  for (const a of t.address) rows.push({ kind: 'center', a });
  rows.push({ kind: 'gap' });
  rows.push({ kind: 'lr', a: `Date: ${t.printedDate}`, b: `Time: ${t.time}` });
  rows.push({ kind: 'lr', a: `Receipt #${t.receiptNumber}`, b: 'Till 3' });
  rows.push({ kind: 'rule' });
  for (const it of t.items) {
    const label = it.quantity === 1 ? it.description : `${it.quantity} x ${it.description}`;
    rows.push({ kind: 'lr', a: label, b: fmtAmount(it.amount) });
  }
  rows.push({ kind: 'rule' });
  rows.push({ kind: 'lr', a: 'SUBTOTAL', b: fmtAmount(t.subtotal) });
  rows.push({ kind: 'lr', a: `${t.taxLabel} ${Math.round(t.taxRate * 1000) / 10}%`, b: fmtAmount(t.tax) });
  rows.push({ kind: 'lr', a: 'TOTAL', b: fmtMoney(t.total, t.currency), size: Math.round(38 * s), bold: true });
  rows.push({ kind: 'gap' });
  rows.push({ kind: 'lr', a: 'VISA **** 4821', b: fmtMoney(t.total, t.currency) });
  rows.push({ kind: 'lr', a: 'Auth code: 08315B', b: t.currency });
  rows.push({ kind: 'gap' });
  rows.push({ kind: 'center', a: 'THANK YOU FOR SHOPPING WITH US' });

  const H = Math.round(margin * 2 + rows.reduce((h, r) => h + (r.kind === 'gap' ? lh / 2 : r.size ? r.size * 1.6 : lh), 0));
  const canvas = createCanvas(W, H);
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, W, H);
  g.fillStyle = '#000000';
  g.strokeStyle = '#000000';
  g.textBaseline = 'alphabetic';
  let y = margin;
  for (const r of rows) {
    if (r.kind === 'gap') { y += lh / 2; continue; }
    const size = r.size ?? body;
    const step = r.size ? size * 1.6 : lh;
    y += step;
    const base = y - (step - size) / 2;
    g.font = `${r.bold ? 'bold ' : ''}${size}px "DejaVu Sans Mono"`;
    if (r.kind === 'rule') {
      g.lineWidth = 2 * s;
      g.setLineDash([10 * s, 8 * s]);
      g.beginPath();
      g.moveTo(margin, y - step / 2);
      g.lineTo(W - margin, y - step / 2);
      g.stroke();
      g.setLineDash([]);
    } else if (r.kind === 'center') {
      g.textAlign = 'center';
      g.fillText(r.a!, W / 2, base);
    } else {
      g.textAlign = 'left';
      g.fillText(r.a!, margin, base);
      g.textAlign = 'right';
      g.fillText(r.b!, W - margin, base);
    }
  }
  return encodeCanvas(canvas, opts.format, opts.tiffEndian);
}

/**
 * Two receipts scanned side by side in one PNG (a gap of `gap` px between them, the second
 * 23 px lower), as a user scans the day's receipts together. Each keeps its own truth (`receiptTruth(opts[i])`).
 */
export async function makeSideBySideReceipts(opts: [ReceiptOptions, ReceiptOptions], gap = 80): Promise<Buffer> {
  const imgs = await Promise.all(opts.map(async (o) => loadImage(await makeReceiptImage({ ...o, format: 'png' }))));
  // laid down by hand: the second sits a little lower, so the two receipts' lines are not level
  const drop = 23;
  const canvas = createCanvas(imgs[0].width + gap + imgs[1].width, Math.max(imgs[0].height, imgs[1].height + drop));
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(imgs[0], 0, 0);
  g.drawImage(imgs[1], imgs[0].width + gap, drop);
  return canvas.encode('png');
}

async function encodeCanvas(canvas: Canvas, format: ReceiptOptions['format'], endian: 'LE' | 'BE' = 'LE'): Promise<Buffer> {
  if (format === 'png') return canvas.encode('png');
  if (format === 'jpeg') return canvas.encode('jpeg', 92);
  if (format === 'webp') return canvas.encode('webp', 92);
  const g = canvas.getContext('2d');
  const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
  const grey = Buffer.alloc(canvas.width * canvas.height);
  for (let i = 0, p = 0; i < grey.length; i++, p += 4) {
    grey[i] = Math.round(0.299 * data[p] + 0.587 * data[p + 1] + 0.114 * data[p + 2]);
  }
  return encodeGreyTiff(grey, canvas.width, canvas.height, endian);
}

/** Minimal baseline TIFF: one strip, 8-bit grey, no compression, either byte order. */
export function encodeGreyTiff(grey: Buffer, width: number, height: number, endian: 'LE' | 'BE' = 'LE'): Buffer {
  return encodeGreyTiffPages([{ grey, width, height }], endian);
}

/** A baseline TIFF of several pages (one IFD each, chained), 8-bit grey, one strip a page. */
export function encodeGreyTiffPages(pages: Array<{ grey: Buffer; width: number; height: number }>, endian: 'LE' | 'BE' = 'LE'): Buffer {
  const le = endian === 'LE';
  const parts: Buffer[] = [];
  const header = Buffer.alloc(8);
  header.write(le ? 'II' : 'MM', 0, 'latin1');
  if (le) { header.writeUInt16LE(42, 2); header.writeUInt32LE(8, 4); } else { header.writeUInt16BE(42, 2); header.writeUInt32BE(8, 4); }
  parts.push(header);
  let offset = 8;
  pages.forEach(({ grey, width, height }, n) => {
    const entries: Array<[tag: number, type: 3 | 4, value: number]> = [
      [254, 4, 2], // NewSubfileType: one page of a multi-page document
      [256, 4, width], // ImageWidth
      [257, 4, height], // ImageLength
      [258, 3, 8], // BitsPerSample
      [259, 3, 1], // Compression none
      [262, 3, 1], // BlackIsZero
      [273, 4, 0], // StripOffsets (patched)
      [277, 3, 1], // SamplesPerPixel
      [278, 4, height], // RowsPerStrip
      [279, 4, grey.length], // StripByteCounts
    ];
    const ifdSize = 2 + entries.length * 12 + 4;
    const dataOffset = offset + ifdSize;
    entries[6][2] = dataOffset;
    const ifd = Buffer.alloc(ifdSize);
    const u16 = (v: number, o: number) => (le ? ifd.writeUInt16LE(v, o) : ifd.writeUInt16BE(v, o));
    const u32 = (v: number, o: number) => (le ? ifd.writeUInt32LE(v, o) : ifd.writeUInt32BE(v, o));
    u16(entries.length, 0);
    entries.forEach(([tag, type, value], k) => {
      const o = 2 + k * 12;
      u16(tag, o);
      u16(type, o + 2);
      u32(1, o + 4);
      if (type === 3) u16(value, o + 8); // SHORT left-justified in the value field
      else u32(value, o + 8);
    });
    const next = n < pages.length - 1 ? dataOffset + grey.length : 0;
    u32(next, 2 + entries.length * 12);
    parts.push(ifd, grey);
    offset = dataOffset + grey.length;
  });
  return Buffer.concat(parts);
}

// ---------------------------------------------------------------------------------------------
// invoice (text-layer PDF)
// ---------------------------------------------------------------------------------------------

export interface InvoiceOptions {
  supplier?: string;
  supplierAddress?: string[];
  invoiceNumber?: string;
  /** ISO dates. */
  date?: string;
  dueDate?: string;
  dateStyle?: DateStyle;
  billTo?: string[];
  items?: Item[];
  taxRate?: number;
  currency?: Currency;
}

export const DEFAULT_INVOICE = {
  supplier: 'Northwind Consulting Ltd',
  supplierAddress: ['42 Kingsway', 'London WC2B 6EX', 'VAT No. GB 123 4567 89'],
  invoiceNumber: 'INV-2024-0042',
  date: '2024-04-18',
  dueDate: '2024-05-18',
  billTo: ['Acme Widgets Inc.', 'Attn: Accounts Payable', '500 Market Street', 'San Francisco, CA 94105'],
  items: [
    { description: 'Strategy workshop (day rate)', quantity: 2, unitPrice: 1200 },
    { description: 'Process audit report', quantity: 1, unitPrice: 850 },
    { description: 'Travel expenses', quantity: 3, unitPrice: 45.5 },
  ] as Item[],
  taxRate: 0.2,
  currency: 'GBP' as Currency,
} as const;

export interface InvoiceTruth {
  supplier: string;
  supplierAddress: string[];
  invoiceNumber: string;
  date: string;
  dueDate: string;
  printedDate: string;
  printedDueDate: string;
  billTo: string[];
  items: PricedItem[];
  subtotal: number;
  taxRate: number;
  tax: number;
  total: number;
  currency: Currency;
}

export function invoiceTruth(opts: InvoiceOptions = {}): InvoiceTruth {
  const items = priced(opts.items ?? [...DEFAULT_INVOICE.items]);
  const taxRate = opts.taxRate ?? DEFAULT_INVOICE.taxRate;
  const subC = items.reduce((s, i) => s + cents(i.amount), 0);
  const taxC = Math.round(subC * taxRate);
  const date = opts.date ?? DEFAULT_INVOICE.date;
  const dueDate = opts.dueDate ?? (opts.date ? addDays(date, 30) : DEFAULT_INVOICE.dueDate);
  const style = opts.dateStyle ?? 'long';
  return {
    supplier: opts.supplier ?? DEFAULT_INVOICE.supplier,
    supplierAddress: opts.supplierAddress ?? [...DEFAULT_INVOICE.supplierAddress],
    invoiceNumber: opts.invoiceNumber ?? DEFAULT_INVOICE.invoiceNumber,
    date,
    dueDate,
    printedDate: fmtDate(date, style),
    printedDueDate: fmtDate(dueDate, style),
    billTo: opts.billTo ?? [...DEFAULT_INVOICE.billTo],
    items,
    subtotal: money(subC),
    taxRate,
    tax: money(taxC),
    total: money(subC + taxC),
    currency: opts.currency ?? DEFAULT_INVOICE.currency,
  };
}

function rightText(page: PDFPage, font: PDFFont, text: string, xRight: number, y: number, size: number) {
  page.drawText(text, { x: xRight - font.widthOfTextAtSize(text, size), y, size, font });
}

/** A one-page A4 invoice with a text layer (pdf-lib, Helvetica). */
export async function makeInvoicePdf(opts: InvoiceOptions = {}): Promise<Buffer> {
  const t = invoiceTruth(opts);
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Invoice ${t.invoiceNumber}`);
  pdf.setProducer('make-documents test helper');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595.28, 841.89]);
  const L = 50;
  const R = 545;
  let y = 790;
  page.drawText(t.supplier, { x: L, y, size: 16, font: bold });
  page.drawText('INVOICE', { x: R - bold.widthOfTextAtSize('INVOICE', 24), y: y - 4, size: 24, font: bold });
  y -= 18;
  for (const a of t.supplierAddress) { page.drawText(a, { x: L, y, size: 10, font }); y -= 13; }
  let ry = 750;
  for (const [k, v] of [['Invoice No:', t.invoiceNumber], ['Invoice Date:', t.printedDate], ['Due Date:', t.printedDueDate], ['Currency:', t.currency]]) {
    page.drawText(k, { x: 360, y: ry, size: 10, font: bold });
    rightText(page, font, v, R, ry, 10);
    ry -= 14;
  }
  y = 670;
  page.drawText('Bill To:', { x: L, y, size: 11, font: bold });
  y -= 15;
  for (const b of t.billTo) { page.drawText(b, { x: L, y, size: 10, font }); y -= 13; }

  // item table
  y -= 20;
  const cQty = 370, cUnit = 460, cAmt = R;
  page.drawRectangle({ x: L - 4, y: y - 6, width: R - L + 8, height: 20, color: rgb(0.9, 0.9, 0.9) });
  page.drawText('Description', { x: L, y, size: 10, font: bold });
  rightText(page, bold, 'Qty', cQty, y, 10);
  rightText(page, bold, 'Unit Price', cUnit, y, 10);
  rightText(page, bold, 'Amount', cAmt, y, 10);
  y -= 22;
  for (const it of t.items) {
    page.drawText(it.description, { x: L, y, size: 10, font });
    rightText(page, font, String(it.quantity), cQty, y, 10);
    rightText(page, font, fmtAmount(it.unitPrice), cUnit, y, 10);
    rightText(page, font, fmtAmount(it.amount), cAmt, y, 10);
    y -= 18;
  }
  page.drawLine({ start: { x: 330, y: y + 8 }, end: { x: R, y: y + 8 }, thickness: 0.7 });
  y -= 8;
  const totals: Array<[string, string, PDFFont]> = [
    ['Subtotal', fmtMoney(t.subtotal, t.currency), font],
    [`VAT (${Math.round(t.taxRate * 1000) / 10}%)`, fmtMoney(t.tax, t.currency), font],
    [`Total Due (${t.currency})`, fmtMoney(t.total, t.currency), bold],
  ];
  for (const [k, v, f] of totals) {
    page.drawText(k, { x: 340, y, size: 11, font: f });
    rightText(page, f, v, R, y, 11);
    y -= 18;
  }
  y -= 30;
  page.drawText(`Payment terms: 30 days. Please quote ${t.invoiceNumber} with your payment.`, { x: L, y, size: 9, font });
  page.drawText('Bank: Barclays  Sort code 20-00-00  Account 12345678', { x: L, y: y - 12, size: 9, font });
  return Buffer.from(await pdf.save());
}

// ---------------------------------------------------------------------------------------------
// bank statements (text-layer PDF, 2 pages; scanned image-only PDF)
// ---------------------------------------------------------------------------------------------

export interface Transaction { date: string; description: string; amount: number }
export interface StatementRow extends Transaction { debit?: number; credit?: number; balance: number }

export interface StatementOptions {
  bank?: string;
  accountHolder?: string;
  accountNumber?: string;
  /** ISO dates. */
  periodStart?: string;
  periodEnd?: string;
  openingBalance?: number;
  /** Positive = credit (money in), negative = debit. */
  transactions?: Transaction[];
  currency?: Currency;
  dateStyle?: DateStyle;
}

export const DEFAULT_STATEMENT = {
  bank: 'Riverside Savings Bank',
  accountHolder: 'Jane A. Doe',
  accountNumber: '0123 4567 8901',
  periodStart: '2024-02-01',
  periodEnd: '2024-02-29',
  openingBalance: 2450.75,
  currency: 'USD' as Currency,
  transactions: [
    { date: '2024-02-02', description: 'Coffee House Downtown', amount: -4.75 },
    { date: '2024-02-03', description: 'Payroll Deposit ACME Corp', amount: 3200.0 },
    { date: '2024-02-05', description: 'Rent Payment Oak Apartments', amount: -1450.0 },
    { date: '2024-02-08', description: 'Grocery Mart #221', amount: -86.42 },
    { date: '2024-02-12', description: 'Electric Utility Co', amount: -112.3 },
    { date: '2024-02-15', description: 'Transfer from Savings', amount: 500.0 },
    { date: '2024-02-19', description: 'Online Retailer Purchase', amount: -59.99 },
    { date: '2024-02-22', description: 'Gas Station Fuel', amount: -48.1 },
    { date: '2024-02-26', description: 'Restaurant Bella Vista', amount: -72.5 },
    { date: '2024-02-28', description: 'Interest Credit', amount: 1.84 },
  ] as Transaction[],
} as const;

export interface StatementTruth {
  bank: string;
  accountHolder: string;
  accountNumber: string;
  periodStart: string;
  periodEnd: string;
  openingBalance: number;
  closingBalance: number;
  totalDebits: number;
  totalCredits: number;
  rows: StatementRow[];
  currency: Currency;
  dateStyle: DateStyle;
}

export function statementTruth(opts: StatementOptions = {}): StatementTruth {
  const open = opts.openingBalance ?? DEFAULT_STATEMENT.openingBalance;
  let bal = cents(open);
  let deb = 0;
  let cred = 0;
  const rows = (opts.transactions ?? [...DEFAULT_STATEMENT.transactions]).map((tx) => {
    const c = cents(tx.amount);
    bal += c;
    if (c < 0) deb -= c; else cred += c;
    return { ...tx, debit: c < 0 ? money(-c) : undefined, credit: c >= 0 ? money(c) : undefined, balance: money(bal) };
  });
  return {
    bank: opts.bank ?? DEFAULT_STATEMENT.bank,
    accountHolder: opts.accountHolder ?? DEFAULT_STATEMENT.accountHolder,
    accountNumber: opts.accountNumber ?? DEFAULT_STATEMENT.accountNumber,
    periodStart: opts.periodStart ?? DEFAULT_STATEMENT.periodStart,
    periodEnd: opts.periodEnd ?? DEFAULT_STATEMENT.periodEnd,
    openingBalance: open,
    closingBalance: money(bal),
    totalDebits: money(deb),
    totalCredits: money(cred),
    rows,
    currency: opts.currency ?? DEFAULT_STATEMENT.currency,
    dateStyle: opts.dateStyle ?? 'mdy',
  };
}

/** Column x positions (fractions of page width) shared by both statement renderings. */
const COL = { date: 0.08, desc: 0.2, debit: 0.64, credit: 0.77, balance: 0.92 };

/** Something that can draw left/right-aligned text at a top-left origin (canvas px or PDF pt). */
interface Painter {
  width: number;
  text(s: string, x: number, yTop: number, size: number, opts?: { bold?: boolean; align?: 'left' | 'right' | 'center' }): void;
  rule(x1: number, x2: number, yTop: number): void;
}

function paintStatementHeader(p: Painter, t: StatementTruth, y: number, k: number): number {
  const W = p.width;
  p.text(t.bank, W * 0.08, y, 20 * k, { bold: true });
  p.text('ACCOUNT STATEMENT', W * 0.92, y, 14 * k, { bold: true, align: 'right' });
  y += 34 * k;
  p.text('200 River Road, Portland, OR 97201', W * 0.08, y, 10 * k);
  y += 30 * k;
  const lines: Array<[string, string]> = [
    ['Account Holder:', t.accountHolder],
    ['Account Number:', t.accountNumber],
    ['Statement Period:', `${fmtDate(t.periodStart, t.dateStyle)} to ${fmtDate(t.periodEnd, t.dateStyle)}`],
    ['Currency:', t.currency],
  ];
  for (const [a, b] of lines) {
    p.text(a, W * 0.08, y, 11 * k, { bold: true });
    p.text(b, W * 0.3, y, 11 * k);
    y += 17 * k;
  }
  return y + 10 * k;
}

function paintTableHead(p: Painter, y: number, k: number): number {
  const W = p.width;
  p.text('Date', W * COL.date, y, 10 * k, { bold: true });
  p.text('Description', W * COL.desc, y, 10 * k, { bold: true });
  p.text('Debit', W * COL.debit, y, 10 * k, { bold: true, align: 'right' });
  p.text('Credit', W * COL.credit, y, 10 * k, { bold: true, align: 'right' });
  p.text('Balance', W * COL.balance, y, 10 * k, { bold: true, align: 'right' });
  p.rule(W * 0.08, W * 0.92, y + 15 * k);
  return y + 22 * k;
}

function paintRow(p: Painter, r: StatementRow, t: StatementTruth, y: number, k: number): number {
  const W = p.width;
  p.text(fmtDate(r.date, t.dateStyle), W * COL.date, y, 10 * k);
  p.text(r.description, W * COL.desc, y, 10 * k);
  if (r.debit !== undefined) p.text(fmtAmount(r.debit), W * COL.debit, y, 10 * k, { align: 'right' });
  if (r.credit !== undefined) p.text(fmtAmount(r.credit), W * COL.credit, y, 10 * k, { align: 'right' });
  p.text(fmtAmount(r.balance), W * COL.balance, y, 10 * k, { align: 'right' });
  return y + 18 * k;
}

function paintBalanceLine(p: Painter, label: string, value: number, y: number, k: number, bold = false): number {
  p.text(label, p.width * COL.desc, y, 11 * k, { bold });
  p.text(fmtAmount(value), p.width * COL.balance, y, 11 * k, { bold, align: 'right' });
  return y + 20 * k;
}

function pdfPainter(page: PDFPage, font: PDFFont, bold: PDFFont): Painter {
  const H = page.getHeight();
  return {
    width: page.getWidth(),
    text(s, x, yTop, size, o = {}) {
      const f = o.bold ? bold : font;
      const w = f.widthOfTextAtSize(s, size);
      const x0 = o.align === 'right' ? x - w : o.align === 'center' ? x - w / 2 : x;
      page.drawText(s, { x: x0, y: H - yTop - size * 0.8, size, font: f });
    },
    rule(x1, x2, yTop) {
      page.drawLine({ start: { x: x1, y: H - yTop }, end: { x: x2, y: H - yTop }, thickness: 0.6 });
    },
  };
}

/** A two-page letter-size statement with a text layer; transactions on both pages. */
export async function makeStatementPdf(opts: StatementOptions = {}): Promise<Buffer> {
  const t = statementTruth(opts);
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${t.bank} statement`);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const half = Math.ceil(t.rows.length / 2);
  // page 1
  const p1 = pdf.addPage([612, 792]);
  let p = pdfPainter(p1, font, bold);
  let y = paintStatementHeader(p, t, 50, 1);
  y = paintBalanceLine(p, 'Opening Balance', t.openingBalance, y, 1, true);
  y = paintTableHead(p, y + 6, 1);
  for (const r of t.rows.slice(0, half)) y = paintRow(p, r, t, y, 1);
  p.text('Continued on next page', p.width / 2, 740, 9, { align: 'center' });
  p.text('Page 1 of 2', p.width * 0.92, 760, 9, { align: 'right' });
  // page 2
  const p2 = pdf.addPage([612, 792]);
  p = pdfPainter(p2, font, bold);
  p.text(`${t.bank} - Account ${t.accountNumber}`, p.width * 0.08, 50, 10, { bold: true });
  y = paintTableHead(p, 80, 1);
  for (const r of t.rows.slice(half)) y = paintRow(p, r, t, y, 1);
  y += 10;
  y = paintBalanceLine(p, 'Total Debits', t.totalDebits, y, 1);
  y = paintBalanceLine(p, 'Total Credits', t.totalCredits, y, 1);
  y = paintBalanceLine(p, 'Closing Balance', t.closingBalance, y, 1, true);
  p.text('Page 2 of 2', p.width * 0.92, 760, 9, { align: 'right' });
  return Buffer.from(await pdf.save());
}

function canvasPainter(g: SKRSContext2D, width: number): Painter {
  return {
    width,
    text(s, x, yTop, size, o = {}) {
      g.font = `${o.bold ? 'bold ' : ''}${size}px "DejaVu Sans"`;
      g.textAlign = o.align ?? 'left';
      g.textBaseline = 'top';
      g.fillText(s, x, yTop);
    },
    rule(x1, x2, yTop) {
      g.lineWidth = 2;
      g.beginPath();
      g.moveTo(x1, yTop);
      g.lineTo(x2, yTop);
      g.stroke();
    },
  };
}

/**
 * A one-page statement drawn on a 1700x2200 canvas (letter at 200 dpi), slightly grey paper,
 * embedded as a PNG in a PDF page: no text layer at all, so readers must OCR it.
 */
export async function makeScannedStatementPdf(opts: StatementOptions = {}): Promise<Buffer> {
  const t = statementTruth(opts);
  const W = 1700, H = 2200, k = 200 / 72;
  const canvas = createCanvas(W, H);
  const g = canvas.getContext('2d');
  g.fillStyle = '#f4f4f1';
  g.fillRect(0, 0, W, H);
  g.fillStyle = '#111111';
  g.strokeStyle = '#111111';
  const p = canvasPainter(g, W);
  let y = paintStatementHeader(p, t, 50 * k, k);
  y = paintBalanceLine(p, 'Opening Balance', t.openingBalance, y, k, true);
  y = paintTableHead(p, y + 6 * k, k);
  for (const r of t.rows) y = paintRow(p, r, t, y, k);
  y += 10 * k;
  y = paintBalanceLine(p, 'Total Debits', t.totalDebits, y, k);
  y = paintBalanceLine(p, 'Total Credits', t.totalCredits, y, k);
  paintBalanceLine(p, 'Closing Balance', t.closingBalance, y, k, true);
  const png = await canvas.encode('png');
  const pdf = await PDFDocument.create();
  const img = await pdf.embedPng(png);
  const page = pdf.addPage([612, 792]);
  page.drawImage(img, { x: 0, y: 0, width: 612, height: 792 });
  return Buffer.from(await pdf.save());
}

/** Grey bytes (one per pixel) of a canvas. */
function canvasGrey(canvas: Canvas): Buffer {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const grey = Buffer.alloc(canvas.width * canvas.height);
  for (let i = 0, p = 0; i < grey.length; i++, p += 4) grey[i] = Math.round(0.299 * data[p] + 0.587 * data[p + 1] + 0.114 * data[p + 2]);
  return grey;
}

/**
 * A two-page statement scanned to one multi-page grey TIFF (letter at 150 dpi, 1275x1650 a
 * page): header, opening balance and the first half of the rows on page 1; the other rows,
 * totals and the closing balance on page 2. Its table has a wide blank band between the
 * descriptions and the amounts, as ruled statements do.
 */
export async function makeScannedStatementTiff(opts: StatementOptions = {}): Promise<Buffer> {
  const t = statementTruth(opts);
  const W = 1275, H = 1650, k = 150 / 72;
  const half = Math.ceil(t.rows.length / 2);
  const page = (draw: (p: Painter) => void) => {
    const canvas = createCanvas(W, H);
    const g = canvas.getContext('2d');
    g.fillStyle = '#f4f4f1';
    g.fillRect(0, 0, W, H);
    g.fillStyle = '#111111';
    g.strokeStyle = '#111111';
    draw(canvasPainter(g, W));
    return { grey: canvasGrey(canvas), width: W, height: H };
  };
  const p1 = page((p) => {
    let y = paintStatementHeader(p, t, 50 * k, k);
    y = paintBalanceLine(p, 'Opening Balance', t.openingBalance, y, k, true);
    y = paintTableHead(p, y + 6 * k, k);
    for (const r of t.rows.slice(0, half)) y = paintRow(p, r, t, y, k);
    p.text('Page 1 of 2', W * 0.92, 740 * k, 9 * k, { align: 'right' });
  });
  const p2 = page((p) => {
    p.text(`${t.bank} - Account ${t.accountNumber}`, W * 0.08, 50 * k, 10 * k, { bold: true });
    let y = paintTableHead(p, 80 * k, k);
    for (const r of t.rows.slice(half)) y = paintRow(p, r, t, y, k);
    y += 10 * k;
    y = paintBalanceLine(p, 'Total Debits', t.totalDebits, y, k);
    y = paintBalanceLine(p, 'Total Credits', t.totalCredits, y, k);
    paintBalanceLine(p, 'Closing Balance', t.closingBalance, y, k, true);
    p.text('Page 2 of 2', W * 0.92, 740 * k, 9 * k, { align: 'right' });
  });
  return encodeGreyTiffPages([p1, p2]);
}

/**
 * A one-page receipt PDF whose text layer is garbage although it renders right: its font
 * carries a ToUnicode CMap that maps every character code to the code 29 below it (as a
 * subsetting tool that numbered glyphs from 29 leaves it: "The" extracts as "7KH"), so
 * text extraction reads nonsense while the glyphs drawn are Helvetica's. With
 * `garbled: false` the same receipt with an honest layer.
 */
export async function makeGarbledLayerReceiptPdf(opts: { garbled?: boolean } = {}): Promise<{ pdf: Buffer; supplier: string; total: string }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([300, 420]);
  const rows: Array<[string, string?, boolean?]> = [
    ['THE BLUE HERON CAFE', undefined, true], ['8 Mill Lane, Riverton', undefined], ['Date: 15/08/2025 19:42'], ['Receipt No: 448812'],
    ['1 Soup of the day', '6.50'], ['2 Bread roll', '3.00'], ['1 Pot of tea', '4.20'], ['SUBTOTAL', '13.70'], ['VAT 20%', '2.74'], ['TOTAL GBP', '16.44', true], ['CARD', '16.44'], ['Thank you for your visit'],
  ];
  let y = 390;
  for (const [a, b, isBold] of rows) {
    const f = isBold ? bold : font;
    page.drawText(a, { x: 20, y, size: 11, font: f });
    if (b) page.drawText(b, { x: 280 - f.widthOfTextAtSize(b, 11), y, size: 11, font: f });
    y -= 26;
  }
  if (opts.garbled !== false) {
    const entries: string[] = [];
    for (let c = 0x20; c <= 0x7e; c++) {
      const to = c - 29 >= 0x21 ? c - 29 : c + 66;
      entries.push(`<${c.toString(16).padStart(2, '0')}> <${to.toString(16).padStart(4, '0')}>`);
    }
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += 90) blocks.push(`${entries.slice(i, i + 90).length} beginbfchar\n${entries.slice(i, i + 90).join('\n')}\nendbfchar`);
    const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <ff>\nendcodespacerange\n${blocks.join('\n')}\nendcmap\nCMapName currentdict /CIDInit /ProcSet findresource pop\nend\nend`;
    await pdf.flush(); // the fonts' dictionaries exist once embedded
    for (const f of [font, bold]) {
      const ref = pdf.context.register(pdf.context.stream(cmap));
      const dict = pdf.context.lookup(f.ref);
      (dict as unknown as { set(k: PDFName, v: unknown): void }).set(PDFName.of('ToUnicode'), ref);
    }
  }
  return { pdf: Buffer.from(await pdf.save()), supplier: 'THE BLUE HERON CAFE', total: '16.44' };
}

// ---------------------------------------------------------------------------------------------
// negatives and broken files
// ---------------------------------------------------------------------------------------------

/** A scenery picture (sky gradient, sun, hills, a lake): no text at all. 1600x1066. */
export async function makeLandscapePhoto(format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  const W = 1600, H = 1066;
  const canvas = createCanvas(W, H);
  const g = canvas.getContext('2d');
  const sky = g.createLinearGradient(0, 0, 0, H * 0.65);
  sky.addColorStop(0, '#3a7bd5');
  sky.addColorStop(1, '#f6d7a7');
  g.fillStyle = sky;
  g.fillRect(0, 0, W, H);
  const sun = g.createRadialGradient(1150, 300, 10, 1150, 300, 140);
  sun.addColorStop(0, '#fffbe0');
  sun.addColorStop(0.5, '#ffd76a');
  sun.addColorStop(1, 'rgba(255,215,106,0)');
  g.fillStyle = sun;
  g.fillRect(900, 50, 500, 500);
  const hill = (color: string, base: number, amp: number, freq: number, phase: number) => {
    g.fillStyle = color;
    g.beginPath();
    g.moveTo(0, H);
    for (let x = 0; x <= W; x += 8) g.lineTo(x, base - amp * Math.sin(x * freq + phase) - amp * 0.4 * Math.sin(x * freq * 2.7));
    g.lineTo(W, H);
    g.closePath();
    g.fill();
  };
  hill('#6b8e5a', H * 0.62, 70, 0.004, 0.5);
  hill('#4f7a3f', H * 0.72, 55, 0.006, 2.0);
  hill('#35602b', H * 0.84, 40, 0.009, 4.0);
  g.fillStyle = 'rgba(70,120,170,0.8)';
  g.beginPath();
  g.ellipse(500, H * 0.9, 380, 60, 0, 0, Math.PI * 2);
  g.fill();
  // a little deterministic texture, like foliage noise in a real photo
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < 3000; i++) {
    g.fillStyle = `rgba(${20 + rnd() * 40},${60 + rnd() * 60},${20 + rnd() * 30},0.5)`;
    g.fillRect(rnd() * W, H * 0.7 + rnd() * H * 0.3, 3, 3);
  }
  return format === 'png' ? canvas.encode('png') : canvas.encode('jpeg', 90);
}

export const LETTER_TEXT = {
  sender: 'Margaret Ellison',
  recipient: 'Dear Thomas,',
  subject: 'Garden club meeting',
} as const;

/** A plain personal letter with a text layer: nothing financial (no amounts, totals or invoice words). */
export async function makeLetterPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const page = pdf.addPage([612, 792]);
  const paras = [
    `${LETTER_TEXT.sender}`,
    '17 Willow Lane, Ashford',
    '',
    '12 June 2024',
    '',
    LETTER_TEXT.recipient,
    '',
    'Thank you for your kind note after the garden club meeting last week. The roses you',
    'brought were admired by everyone, and several members asked how you keep the aphids',
    'away without spraying. Perhaps you could say a few words about it next month?',
    '',
    'We are planning a visit to the botanical gardens in early July. The bus leaves from the',
    'village hall at nine in the morning, and we should be back in time for supper. Do let me',
    'know whether you and Helen would like to join us; there are still a few seats left.',
    '',
    'The weather has finally turned, and the sweet peas are climbing at last.',
    '',
    'With warm regards,',
    '',
    LETTER_TEXT.sender,
  ];
  let y = 720;
  for (const line of paras) {
    if (line) page.drawText(line, { x: 72, y, size: 12, font });
    y -= 18;
  }
  return Buffer.from(await pdf.save());
}

/**
 * A PDF that needs a user password: a valid one-page PDF with a Standard security handler
 * (/Encrypt, R2 RC4) whose /U entry does not match the empty password, so readers must refuse it.
 */
export async function makeEncryptedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([612, 792]).drawText('Confidential', { x: 72, y: 700, size: 14, font });
  const src = Buffer.from(await pdf.save({ useObjectStreams: false })).toString('latin1');
  const trailerAt = src.lastIndexOf('trailer');
  const xrefAt = src.lastIndexOf('\nxref');
  const sizeMatch = /\/Size (\d+)/.exec(src.slice(trailerAt));
  if (trailerAt < 0 || xrefAt < 0 || !sizeMatch) throw new Error('unexpected pdf-lib output');
  const encNum = Number(sizeMatch[1]);
  const hex32 = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  const encObj = `${encNum} 0 obj\n<< /Filter /Standard /V 1 /R 2 /Length 40 /P -3904 /O <${hex32(11)}> /U <${hex32(99)}> >>\nendobj\n`;
  // rebuild the tail: body + encrypt object + fresh xref for every object
  const body = src.slice(0, xrefAt + 1) + encObj;
  const offsets: number[] = [];
  const re = /(\d+) 0 obj/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) offsets[Number(m[1])] = m.index;
  const xrefStart = body.length;
  let xref = `xref\n0 ${encNum + 1}\n0000000000 65535 f \n`;
  for (let i = 1; i <= encNum; i++) xref += `${String(offsets[i] ?? 0).padStart(10, '0')} 00000 n \n`;
  const oldTrailer = src.slice(trailerAt, src.indexOf('startxref', trailerAt));
  const rootRef = /\/Root (\d+ \d+ R)/.exec(oldTrailer)![1];
  const trailer = `trailer\n<< /Size ${encNum + 1} /Root ${rootRef} /Encrypt ${encNum} 0 R /ID [<${hex32(5)}> <${hex32(5)}>] >>\nstartxref\n${xrefStart}\n%%EOF\n`;
  return Buffer.from(body + xref + trailer, 'latin1');
}

/** Starts like a PDF, then garbage: no xref, no objects. */
export async function makeCorruptPdf(): Promise<Buffer> {
  const junk = Buffer.alloc(4096);
  let seed = 42;
  for (let i = 0; i < junk.length; i++) junk[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), junk]);
}

/**
 * Insert an EXIF APP1 segment carrying only an Orientation tag (1..8) right after a JPEG's SOI
 * marker (the piexif approach). Existing APP segments are kept after it.
 */
export function withExifOrientation(jpeg: Buffer, orientation: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22); // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const seg = Buffer.alloc(4);
  seg.writeUInt16BE(0xffe1, 0);
  seg.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), seg, payload, jpeg.subarray(2)]);
}

/**
 * A receipt JPEG whose pixels are stored rotated, with the EXIF Orientation that makes it upright
 * when honoured: 6 = stored rotated 90° counter-clockwise (viewer rotates 90° CW), 3 = 180°,
 * 8 = stored rotated 90° clockwise.
 */
export async function makeExifRotatedReceipt(orientation: 3 | 6 | 8, opts: Partial<ReceiptOptions> = {}): Promise<Buffer> {
  const { loadImage } = await import('@napi-rs/canvas');
  const upright = await loadImage(await makeReceiptImage({ ...opts, format: 'png' }));
  const w = upright.width, h = upright.height;
  const swap = orientation !== 3;
  const canvas = createCanvas(swap ? h : w, swap ? w : h);
  const g = canvas.getContext('2d');
  if (orientation === 3) { g.translate(w, h); g.rotate(Math.PI); }
  if (orientation === 6) { g.translate(0, w); g.rotate(-Math.PI / 2); }
  if (orientation === 8) { g.translate(h, 0); g.rotate(Math.PI / 2); }
  g.drawImage(upright, 0, 0);
  return withExifOrientation(await canvas.encode('jpeg', 92), orientation);
}

/**
 * A receipt photographed off level: the receipt turned by `deg` degrees (positive = clockwise on
 * screen, so its lines run down to the right) on a grey table with a margin, encoded as `format`.
 */
export async function makeTiltedReceipt(deg: number, opts: Partial<ReceiptOptions> & { format: 'png' | 'jpeg' }): Promise<Buffer> {
  const { loadImage } = await import('@napi-rs/canvas');
  const page = await loadImage(await makeReceiptImage({ ...opts, format: 'png' }));
  const a = (deg * Math.PI) / 180;
  const cos = Math.abs(Math.cos(a)), sin = Math.abs(Math.sin(a));
  const W = Math.ceil(page.width * cos + page.height * sin) + 60;
  const H = Math.ceil(page.width * sin + page.height * cos) + 60;
  const canvas = createCanvas(W, H);
  const g = canvas.getContext('2d');
  g.fillStyle = '#9a9a9a';
  g.fillRect(0, 0, W, H);
  g.translate(W / 2, H / 2);
  g.rotate(a);
  g.drawImage(page, -page.width / 2, -page.height / 2);
  return opts.format === 'png' ? canvas.encode('png') : canvas.encode('jpeg', 90);
}
