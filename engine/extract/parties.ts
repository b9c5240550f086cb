/**
 * @module engine/extract/parties
 * The seller and the buyer of an invoice from their labelled blocks: a label ("Seller",
 * "Verkäufer", "From", "Bill to", "Käufer/Leistungsempfänger", "Client"...) opens a block of
 * lines under it (or the rest of its own line), and the block names the party:
 * - a "Name:" key gives the name, with the key-less lines printed just above it in the value
 *   column (a name wrapped over two lines, a salutation such as "Herrn");
 * - otherwise the first line of the block that reads like a name, skipping "key: value" lines
 *   (customer number, VAT id), addresses (a line starting with a house number or holding a
 *   postcode) and contact lines.
 * A label followed by another label ("Käufer/Leistungsempfänger:") is one label. The block ends
 * at a blank gap, the next label, or the item table's header row (./item-table-header.ts).
 */
import { firstColumn, fold, keyword, matchAny, rowBelow, spanBox, type DocLine, type DocLine as Line } from '../parse/lines.ts';
import { ADDRESS_LINE as ADDRESS, COMPANY_SUFFIX, LEGAL_FORM, LEGAL_FORM_WORDS, NOISE, legalFormOnly, plausibleName, tidyName } from './supplier.ts';
import { BUYER_LABELS, SELLER_LABELS } from './party-labels.ts';
import { salutationOnly } from './bank-statement.ts';
import { oneEditApart } from '../parse/one-edit.ts';
import { itemTableHeader } from './item-table-header.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
export { SELLER_LABELS, BUYER_LABELS };
/**
 * Words that make a buyer label part of another phrase: "Customer Support Department",
 * "Service client", "Client reference" name a department or a key, not the buyer.
 */
const NOT_A_PARTY = /^(support|service|services|care|portal|team|department|reference|ref|code)\b/i;
/** Keys whose value is the party's name. */
const NAME_KEYS = k(['name', 'firma', 'company', 'company name', 'nom', 'raison sociale', 'naam']);
/** "Nummer: 549910", "USt-IdNr.: DE12...", "Tel: ...": a key and a colon at the start of a line. */
const KEY_VALUE = /^\s*[\p{L}][\p{L}\d .\-/()]{0,30}?\s?:/u;

export interface Party {
  name: string;
  line: DocLine;
  confidence: number;
}

/** Text of a line from the word that starts near x (a column of a two-column row), up to its next wide gap. */
function columnAt(line: Line, x: number, tol: number, maxX: number): { text: string; raw: string } | null {
  const i = line.words.findIndex((w) => w.box.x >= x - tol);
  if (i < 0 || line.words[i].box.x > maxX) return null;
  const from = Math.max(0, line.text.indexOf(line.words[i].text, i === 0 ? 0 : line.text.indexOf(line.words[i - 1].text) + line.words[i - 1].text.length));
  const text = firstColumn(line, from);
  // a key with its colon (set apart or not: "Nummer   : 123", "Name:    Max") is one "key: value"
  // cell; a colon after the first column is another column's key ("Kestrel Outdoor Supplies      Date: 07/03/2022", one
  // line of a scan: a fresh tester's buyers were skipped as "key: value" lines)
  const raw = line.text.slice(from);
  const key = raw.match(/^[^:]{1,30}\s*:/);
  const ownKey = !!key && key[0].slice(0, -1).trim().length <= text.length;
  return { text: ownKey ? raw.trim() : text, raw };
}

/** Whether a row holds party labels and nothing else ("FROM   BILL TO", "SPRZEDAWCA  NABYWCA"). */
function labelsOnly(text: string, labels: RegExp[]): boolean {
  let rest = fold(text);
  for (let m = matchAny(rest, labels); m; m = matchAny(rest, labels)) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  return rest.replace(/[\s:/|,.-]+/g, '') === '';
}

function isLabel(text: string, labels: RegExp[]): boolean {
  const t = text.trim();
  const m = matchAny(t, labels);
  return !!m && m.start <= 1 && t.slice(m.end).replace(/[\s:/|,-]+/g, '') === '' ;
}

/** Rest of a label line after the label (and after a second label joined by "/"); null when empty. */
function restAfterLabel(line: Line, start: number, end: number, all: RegExp[]): string | null {
  // only the label's own cell: a word far to its right belongs to another column
  const box = spanBox(line, start, end);
  const charW = box.w / Math.max(1, end - start);
  const next = line.words.filter((w) => w.box.x >= box.x + box.w - 1).sort((a, b) => a.box.x - b.box.x)[0];
  if (!next || next.box.x - (box.x + box.w) > charW * 3) return null;
  let rest = firstColumn(line, end).replace(/^[\s:/|.-]+/, '');
  const again = matchAny(rest, all);
  if (again && again.start === 0) rest = rest.slice(again.end).replace(/^[\s:/|.-]+/, '');
  // "To: Acme Ltd Order date: 28 Jan 15": the next "key:" on the row is another field
  rest = rest.replace(/\s+\p{Lu}\p{L}*(?:\s\p{L}+)?\s?:.*$/u, '');
  return rest.trim() || null;
}

/** A legal form ending a (folded) text. */
const LEGAL_FORM_AT_END = new RegExp(`(?:${LEGAL_FORM_WORDS.source})\\W*$`, 'iu');

function readBlock(lines: DocLine[], at: number, labelX: number, all: RegExp[]): Party | null {
  const label = lines[at];
  const charW = label.words.length ? label.words.reduce((s, w) => s + w.box.w, 0) / Math.max(1, label.words.reduce((s, w) => s + w.text.length, 0)) : 6;
  const block: { line: DocLine; text: string; x: number }[] = [];
  let lastY = label.box.y;
  // the lines under the label in the order they stand on the page (OCR may list a tall row of
  // names before the row of labels over it: "Dave's Plumbing Corp.  Globex Corporation" before "FROM  BILL TO")
  const below = lines.slice(at + 1).filter((l) => l.page === label.page).concat(lines.slice(0, at).filter((l) => l.page === label.page && rowBelow(l, label)))
    .sort((a, b) => a.box.y - b.box.y);
  let lastH = label.box.h;
  for (let j = 0; j < below.length && block.length < 7; j++) {
    const l = below[j];
    if (l.box.y - lastY > Math.max(label.box.h, lastH) * 3.2) break; // a blank gap ends the block (in the taller type of the two)
    // same row, another column (by the middles: OCR's boxes of a tall row overlap the row above)
    if (!rowBelow(l, label)) continue;
    // the block's column, and its value column (key-less lines printed under the values of "Name: ...")
    const cell = columnAt(l, labelX, charW * 2, labelX + l.pageWidth * 0.4);
    if (cell === null) continue;
    const text = cell.text;
    lastY = l.box.y;
    lastH = l.box.h;
    if (isLabel(text, all) || /:\s*$/.test(text)) break; // the next block's label
    if (itemTableHeader(l)) break; // the item table ("Description  Qty  Amount"): no header word is a name
    const first = l.words.find((w) => w.box.x >= labelX - charW * 2);
    block.push({ line: l, text, x: first?.box.x ?? l.box.x });
  }
  // a "Name:" key names the party; key-less lines just above it in its value column belong to it
  for (let b = 0; b < block.length; b++) {
    const m = matchAny(block[b].text, NAME_KEYS);
    if (!m || m.start > 1 || !/^\s*:/.test(block[b].text.slice(m.end))) continue;
    const valueStart = block[b].text.indexOf(':', m.end) + 1;
    const value = tidyName(block[b].text.slice(valueStart));
    const vx = spanBox(block[b].line, block[b].line.text.indexOf(block[b].text) + valueStart + 1, block[b].line.text.length).x;
    const above: string[] = [];
    for (let a = b - 1; a >= 0 && !KEY_VALUE.test(block[a].text); a--) {
      if (Math.abs(block[a].x - vx) > charW * 3) break;
      above.unshift(block[a].text);
    }
    const name = tidyName([...above, value].join(' '));
    if (plausibleName(name)) return { name, line: block[b].line, confidence: 0.85 };
  }
  const detail = (text: string) => KEY_VALUE.test(text) || ADDRESS.test(text) || /@|www\.|https?:|\+?\d[\d ()/-]{7,}/.test(text);
  for (let b = 0; b < block.length; b++) {
    if (detail(block[b].text)) continue;
    let name = tidyName(block[b].text);
    if (!plausibleName(name)) continue;
    // a name wrapped in its column: the next line holds its legal form ("Sp. z o.o.", "o.o."), or
    // ends with one under a name that has none yet ("SMITH & JONES" / "CONSULTING LIMITED"), or
    // the name broke off mid-phrase ("... Sp. z", "... &")
    const next = block[b + 1];
    const cell = next && next.line.words.filter((w) => w.box.x < labelX + next.line.pageWidth * 0.4 && w.box.x >= next.x - charW).map((w) => w.text).join(' ');
    if (cell && !detail(cell) && (legalFormOnly(cell) || !/\d/.test(cell))) {
      const t = tidyName(cell);
      const wraps = legalFormOnly(t) || /(?:&|\bsp\.?\s?z|\band|\bund)\s*$/i.test(name) || (!LEGAL_FORM.test(fold(name)) && LEGAL_FORM_AT_END.test(fold(t)) && plausibleName(t));
      if (wraps) name = tidyName(`${name} ${t}`);
    }
    return { name, line: block[b].line, confidence: 0.75 };
  }
  return null;
}

/**
 * The words after a party's label that make it the label of one of the party's fields: its order,
 * reference, account, code or tax number ("Buyer Order No", "Customer Ref", "Customer Account",
 * "Buyer GSTIN", "Kunden-Nr" is one word), followed by a number word or a colon.
 */
const PARTY_FIELD = /^(?:'s\s+)?(?:order|purchase order|po|p\.o\.|ref|reference|account|acct|a\/c|code|vat|gstin|gst|tax|pan)\b\s*(?:no\b|nr\b|number\b|n°|#|id\b|:|\.)/i;

/** The party named after the first of `labels` that opens a block (at a line start or a column start). */
export function labelledParty(lines: DocLine[], labels: RegExp[], otherLabels: RegExp[]): Party | null {
  const all = [...labels, ...otherLabels];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const m = matchAny(l.text, labels);
    if (!m) continue;
    // the label starts the line or a column (a wide gap before it), and is not inside a phrase
    const before = l.text.slice(0, m.start);
    const box = spanBox(l, m.start, m.end);
    const prev = l.words.filter((w) => w.box.x + w.box.w <= box.x + 0.5).pop();
    const columnStart = before.trim() === '' || (prev !== undefined && box.x - (prev.box.x + prev.box.w) > box.h * 1.5);
    if (!columnStart) continue;
    const after = fold(l.text.slice(m.end));
    // "To:" and "From:" are labels only with a colon (else "to" is a word)
    // (or on a row of labels only: "FROM   BILL TO")
    if (/^(to|from|an|aan)$/.test(fold(l.text.slice(m.start, m.end)).trim()) && !/^\s*:/.test(after) && !labelsOnly(l.text, all)) continue;
    const rest = restAfterLabel(l, m.start, m.end, all);
    // "Customer Service: ..." is a desk, "Client : Services Moreau SAS" a company (its legal form says so)
    if (rest && NOT_A_PARTY.test(rest) && !COMPANY_SUFFIX.test(fold(rest))) continue;
    // (a party's label before a field of its own, "Buyer Order No: PE-884", "Customer Ref: 1182", "Buyer GSTIN:
    // 27AB...", is that field's label: its words are no party's name; India's GST invoices print "Buyer's Order No.")
    if (rest && !/^(no|nr|number|n°|#|id|date|datum)\b/i.test(rest) && !PARTY_FIELD.test(l.text.slice(m.end).trimStart()) && !KEY_VALUE.test(rest)) {
      const name = tidyName(rest);
      if (plausibleName(name) && !isLabel(name, all)) return { name, line: l, confidence: 0.7 };
    }
    const party = readBlock(lines, i, box.x, all);
    if (party) return party;
  }
  return null;
}

/**
 * Whether two names are one company's: equal once folded and stripped of all but letters and
 * digits ("Van Beek B.V." and "VAN BEEK BV"), or, from SLIP_MIN_CHARS such characters on, one
 * OCR slip apart (one character changed, lost or added: "Dijkzichit Web design V.O.F." read in
 * a scan's small footer for "Dijkzicht Webdesign V.O.F." in its letterhead). A shorter name has
 * no room for a slip that would not make another name ("ABC Ltd", "ABD Ltd").
 */
export function sameName(a: string, b: string): boolean {
  const x = fold(a).replace(/[^\p{L}\d]/gu, ''), y = fold(b).replace(/[^\p{L}\d]/gu, '');
  return x === y || (Math.min(x.length, y.length) >= SLIP_MIN_CHARS && oneEditApart(x, y));
}
const SLIP_MIN_CHARS = 10;

/**
 * Whether `name` names the seller `seller`: the same name (sameName), a name holding it, its
 * name without the legal form or another word at the end ("Northwind Consulting" in the
 * letterhead, "Northwind Consulting Ltd" in the footer: the seller's own block at the top is no
 * addressee's), or its initials (sellerInitials).
 */
export function namesSeller(name: string, seller: string): boolean {
  const a = fold(name).replace(/[^\p{L}\d]+/gu, ' ').trim(), b = fold(seller).replace(/[^\p{L}\d]+/gu, ' ').trim();
  return sameName(name, seller) || a.includes(b) || (a.length >= 3 && b.startsWith(`${a} `)) || sellerInitials(name, seller);
}

/**
 * Whether `name` is only the initials of `seller` (a logo box's "DVI" for "De Vries
 * Installatietechniek B.V.", "H&F" for "Harbour & Finch LLP"): the first letters of the seller's
 * words, its legal form left out, in order, at least two of them, "&" and dots allowed.
 */
export function sellerInitials(name: string, seller: string): boolean {
  const letters = fold(name).replace(/[\s.&+-]/g, '');
  if (letters.length < 2 || letters.length > 6 || !/^\p{L}+$/u.test(letters)) return false;
  const words = fold(seller).replace(LEGAL_FORM_AT_END, '').split(/[^\p{L}\d]+/u).filter(Boolean);
  const initials = words.map((w) => w[0]).join('');
  const significant = words.filter((w) => w.length > 3 || !/^(de|van|der|den|la|le|du|des|di|da|do|von|und|and|et|y|e|of|the)$/.test(w)).map((w) => w[0]).join('');
  return letters === initials || letters === significant;
}

/**
 * A numeric date ("02.03.2024", "2024-03-02", "16/04/25"): the info block printed beside an
 * address window dates the invoice on the window's lines, and its "02.03" is no money.
 */
const NUMERIC_DATE = /(?<![\d.,])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?![\d.,]\d)/g;
/** Whether a line holds money ("1.994,75"), its numeric dates aside. */
function holdsMoney(text: string): boolean {
  return /\d[.,]\d{2}\b/.test(text.replace(NUMERIC_DATE, ' '));
}

/** True when one of the two lines under `line` (same page) is an address: the line opens an address block. */
function opensAddress(lines: DocLine[], at: number): boolean {
  const l = lines[at];
  // an address holds no money ("1.994,75" is no house number)
  return lines.slice(at + 1, at + 3).some((n) => n.page === l.page && ADDRESS.test(firstColumn(n)) && !holdsMoney(n.text));
}

/**
 * Whether `line` is an unlabelled address window rather than a letterhead: not the first text
 * line of its page, in the top half, with an address under it.
 */
export function addressWindow(lines: DocLine[], line: DocLine): boolean {
  const at = lines.indexOf(line);
  const first = lines.find((l) => l.page === line.page);
  return at > 0 && first !== line && line.box.y < line.pageHeight * 0.5 && opensAddress(lines, at);
}

/**
 * The addressee of an invoice printed without a buyer label: in the top 45 % of the first page,
 * above the first money (a date is none), the first name-like line (no digits, no "key:", no separators of a
 * sender line, no title) with an address under it that does not name the seller (`seller`) nor
 * spell its initials (a logo box's "DVI"). Null when there is none.
 * The name is the line's first column, and only when that column starts in the page's left half:
 * the info block printed on the window's lines to its right ("Müller Bau GmbH      Rechnungsnummer:
 * RE-123") is another column, and a line that opens with a field label ("Rechnungsnummer:" alone
 * over the window's first line) names no party (DIN 5008 letters), nor does a salutation alone
 * over the name ("Herrn" over "Thomas Becker").
 */
export function addresseeWindow(lines: DocLine[], seller: string | null): Party | null {
  const page = lines[0]?.page;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.page !== page || l.box.y > l.pageHeight * 0.45) continue;
    if (holdsMoney(l.text)) break; // the window comes before the first money (the item table)
    const column = firstColumn(l);
    if (l.box.x > l.pageWidth * 0.4 || /:\s*$/.test(column) || /^\S+(?:\s\S+)?\s?:\s*\S/.test(column)) continue;
    const name = tidyName(column);
    if (!plausibleName(name) || salutationOnly(name) || /\d|[:·•|@]/.test(name) || ADDRESS.test(name) || matchAny(name, NOISE) || (seller && namesSeller(name, seller))) continue;
    if (name.split(/\s+/).length > 7 || !opensAddress(lines, i)) continue;
    return { name, line: l, confidence: 0.5 };
  }
  return null;
}
