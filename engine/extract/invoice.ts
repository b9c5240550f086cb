/**
 * @module engine/extract/invoice
 * An invoice from a reading: seller (label or top lines; the footer's company when the top name
 * is an unlabelled address window), buyer (after a bill-to / buyer label, else the address
 * window that does not name the seller, else an unlabelled address block at the top that is not
 * the seller's; a German salutation dropped),
 * invoice number, order number, issue and due dates by label (a due date not printed: the issue
 * date plus a printed payment term, marked derived), total / net / tax / discount by
 * cross-checked labels (a credit note's printed negative), currency and line items.
 */
import { withoutGluedTitle } from './title-glued-to-name.ts';
import type { InvoiceResult } from '../../schemas/results.ts';
import type { DocumentReading, FieldEvidence } from '../types.ts';
import { detectCurrency } from '../parse/currency.ts';
import { wholeMoneyPage, withDotThousands } from '../parse/dot-thousands.ts';
import { firstColumn, flattenLines, fold, keyword, matchAny, type DocLine } from '../parse/lines.ts';
import { FieldLog } from './evidence.ts';
import { extractItems } from './items.ts';
import { itemsTotal, pickAmounts, recordAmounts } from './amount-roles.ts';
import { creditNoteAmounts } from './credit-amounts.ts';
import { labelledDates } from './labels.ts';
import { orderNumbers } from './order-number.ts';
import { fullNameUnderInitials } from './initials-over-name.ts';
import { DUE_DATE_LABELS, invoiceIds, issueDates } from './invoice-fields.ts';
import { dateOrderFor, purchaseDate } from './receipt.ts';
import { addDays, paymentTerm } from './payment-terms.ts';
import { toIsoDate, type DateOrder } from '../parse/dates.ts';
import type { DerivationRule } from '../derive/provenance.ts';
import { COMPANY_SUFFIX, plausibleName, supplierFromTop, tidyName, titleOnly } from './supplier.ts';
import { sellerFromFooter, senderFromFooter } from './seller-footer.ts';
import { repaired } from './receipt-supplier.ts';
import { columnsOf, domainNames, namedByDomain } from './web-domain.ts';
import { BUYER_LABELS, SELLER_LABELS, addressWindow, addresseeWindow, labelledParty, sameName, sellerInitials, type Party } from './parties.ts';
import { honorificBuyer } from './honorific-buyer.ts';
import { itemTableHeader } from './item-table-header.ts';
import { attentionBuyer } from './attention-block.ts';
import { addressBlockBuyer } from './address-block-buyer.ts';
import { withoutSalutation } from './bank-statement.ts';
import { rejoinParts } from './rejoin-parts.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
const DUE_DATE = DUE_DATE_LABELS;
/** A page number line ("Seite 1 von 1", "Page 2 of 3") is never a party's name. */
const PAGE_NUMBER = /^\s*(?:seite|page|pagina|página|blatt|pag\.?)\s*\d+\s*(?:von|of|de|sur|di|\/)\s*\d+\s*$/i;
/** A German salutation opening a name ("Herrn Thomas Becker", "Frau Anna Frei"). */
const GERMAN_SALUTATION = /^(?:herrn?|frau)\s/i;
const BUYER = k(['bill to', 'billed to', 'invoice to', 'sold to', 'customer', 'buyer', 'käufer', 'kaeufer', 'rechnungsempfänger', 'client', 'klant', 'to']);

/**
 * The due date (ISO 8601, YYYY-MM-DD) a printed payment term and the issue date `date` (as
 * printed, read in `order`) determine, recorded in `log` as derived with its rule; null when
 * either is missing or the date cannot be read as a day.
 */
function dueFromTerm(lines: DocLine[], date: string, order: DateOrder, log: FieldLog): string | null {
  const term = paymentTerm(lines);
  const iso = term ? toIsoDate(date, order) : null;
  if (!term || !iso) return null;
  const due = addDays(iso, term.days);
  log.fields.dueDate = { value: due, confidence: Math.round(0.7 * term.line.confidence * 100) / 100, page: term.line.page, box: term.line.box, source: 'derived', rule: DUE_FROM_TERM, from: ['date'] };
  return due;
}
/** The rule a due date derived from a payment term follows. */
const DUE_FROM_TERM: DerivationRule = 'due date = issue date + payment term';

/** The line with the invoice number's characters blanked when it is the id's (the text keeps its length), else the line itself. */
function withoutId(l: DocLine, id: { text: string; line: DocLine } | undefined): DocLine {
  const at = id && id.line === l ? l.text.indexOf(id.text) : -1;
  return at < 0 ? l : { ...l, text: l.text.slice(0, at) + ' '.repeat(id!.text.length) + l.text.slice(at + id!.text.length) };
}

export interface InvoiceExtraction {
  formatted: InvoiceResult;
  fields: Record<string, FieldEvidence>;
}

function buyerName(lines: DocLine[]): Party | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const m = matchAny(l.text, BUYER);
    if (!m || m.start > 3) continue;
    // "to" is a label only with its colon ("To: Acme Ltd"): "to 50 seats, including updates)" is a wrapped item line
    if (/^to$/.test(fold(l.text.slice(m.start, m.end)).trim()) && !/^\s*:/.test(l.text.slice(m.end))) continue;
    const rest = tidyName(firstColumn(l, m.end).replace(/^[^\p{L}]+/u, ''));
    if (plausibleName(rest) && !/number|no\b|nr\b|id\b/i.test(rest)) return { name: rest, line: l, confidence: 0.6 };
    const next = lines[i + 1];
    if (next && next.page === l.page) {
      const cand = tidyName(firstColumn(next));
      if (plausibleName(cand)) return { name: cand, line: next, confidence: 0.6 };
    }
  }
  return null;
}

/**
 * Whether the buyer's name stands on `l` only right of its first column, and that column is no
 * document title: the row's first column is another party's ("Harbour & Finch Consulting
 * Studio Rossi", the seller's letterhead beside a "Bill To:" block on the right), so the row
 * still offers the seller its name. A name not found as printed (mended) is no evidence.
 */
function buyerBesideFirstColumn(l: DocLine, buyer: Party): boolean {
  const first = firstColumn(l);
  const end = l.text.indexOf(first) + first.length;
  return !!first && !first.includes(buyer.name) && !titleOnly(first) && l.text.indexOf(buyer.name, end) >= end;
}

/**
 * The lines under the buyer's name that continue its block (its street, town, VAT id): each
 * within two line heights of the one above it, on its page, starting within two character widths
 * of where the name starts (the block's column: what a DIN 5008 info block prints to the right on
 * the same rows is another column of those lines), up to five lines, before the item table. None of
 * them names the seller ("Am Markt 3" under a "Facturé à:" block came back as a fresh tester's
 * seller when the top of the page gave no name).
 */
function buyerBlock(lines: DocLine[], buyer: Party): DocLine[] {
  const head = buyer.line;
  const word = head.words.find((w) => buyer.name.startsWith(w.text)) ?? head.words[0];
  const x = word?.box.x ?? head.box.x;
  const charW = word ? word.box.w / Math.max(1, word.text.length) : head.box.h / 2;
  const out: DocLine[] = [];
  let last = head;
  for (const l of lines.filter((n) => n.page === head.page && n.box.y > head.box.y + head.box.h * 0.5).sort((a, b) => a.box.y - b.box.y)) {
    if (out.length >= 5 || l.box.y - last.box.y > Math.max(last.box.h, head.box.h) * 2 || itemTableHeader(l)) break;
    const first = l.words[0];
    if (!first || Math.abs(first.box.x - x) > charW * 2) continue;
    out.push(l);
    last = l;
  }
  return out;
}

export function extractInvoice(reading: DocumentReading): InvoiceExtraction {
  // an image the reader cut into parts side by side that was typed an invoice is one document:
  // its columns are put back together, so a row's item name and its figures are one line again
  const read = flattenLines(rejoinParts(reading));
  const log = new FieldLog();
  const cur = detectCurrency(read.map((l) => l.text).join('\n'));
  // a page that groups its thousands with dots and prints whole amounts ("Total $ 1.234.567", "Neto $ 6.846"): ../parse/dot-thousands.ts
  const lines = withDotThousands(read, cur?.code);
  const order = dateOrderFor(cur?.code ?? null);

  // parties: labelled blocks first (Seller / Bill to...), then the top of the page for the
  // seller, never taking the buyer's own line (the one its name was read from, even when tidying
  // mended the name: "Sp. z 0.0." read in a scan) or a line that starts with a buyer label
  // (the buyer is named above the item table: a line of the table, a wrapped description, is no
  // buyer's label or block); the lines of the buyer's block under its name are never the seller's,
  // and a row whose first column is another party's than the buyer's name beside it still is
  const table = lines.findIndex((l) => itemTableHeader(l));
  const aboveTable = table > 0 ? lines.slice(0, table) : lines;
  // an unlabelled block with an attention line or a customer number is the buyer's (./attention-block.ts),
  // over a label read from inside it ("Customer No: 4411" over the buyer's street)
  const labelled = labelledParty(aboveTable, BUYER_LABELS, SELLER_LABELS);
  const marked = attentionBuyer(aboveTable);
  // (a Japanese addressee named with its honorific, "青葉商事株式会社 御中": ./honorific-buyer.ts)
  let buyer = marked && (!labelled || labelled.line === marked.line || buyerBlock(lines, marked).includes(labelled.line)) ? marked : labelled ?? honorificBuyer(aboveTable) ?? buyerName(aboveTable);
  const seller = labelledParty(lines.filter((l) => l.page === lines[0]?.page), SELLER_LABELS, BUYER_LABELS);
  const buyerLines = buyer ? buyerBlock(lines, buyer) : [];
  const notBuyer = lines.filter((l) => {
    const m = matchAny(l.text, BUYER_LABELS);
    return !(m && m.start <= 1) && !(buyer && (l === buyer.line || l.text.includes(buyer.name)) && !buyerBesideFirstColumn(l, buyer)) && !buyerLines.includes(l) && !PAGE_NUMBER.test(l.text);
  });
  // no labelled seller and no company at the top (a delivery address): the footer's legal entity
  const top = seller ?? supplierFromTop(notBuyer);
  const footer = seller ? null : sellerFromFooter(lines);
  let sup = seller || (top && COMPANY_SUFFIX.test(fold(top.name))) ? top : (footer ?? top);
  // no name at the top and no company in the footer: the footer's sender line (name · street · tax id) names the issuer
  if (!sup) sup = senderFromFooter(lines);
  // the top name is an unlabelled address window (not the page's first line, an address under
  // it) and the footer names another company (not the same one read with an OCR slip) beside its tax or bank numbers: the footer's is
  // the issuer, the window's the addressee
  if (!seller && top && footer && sup === top && !sameName(footer.name, top.name) && addressWindow(lines, top.line)) {
    if (!buyer) buyer = { name: top.name, line: top.line, confidence: 0.5 };
    sup = footer;
  }
  // no labelled seller and two names side by side at the top (the addressee's window and the
  // letterhead): the one the issuer's printed web or mail domain names is the seller
  if (!seller && sup) {
    const domains = domainNames(lines);
    if (domains.length && !namedByDomain(sup.name, domains)) {
      const other = columnsOf(sup.line).map((c) => tidyName(c)).find((c) => c !== sup!.name && plausibleName(c) && namedByDomain(c, domains));
      if (other) {
        if (!buyer) buyer = { name: sup.name, line: sup.line, confidence: 0.5 };
        sup = { name: other, line: sup.line, confidence: 0.6 };
      }
    }
  }
  // (the initials with the legal form over the full name with it, "MHP Sp. z o.o." over "Mazowiecka Hurtownia
  // Papiernicza Sp. z o.o.": the full one is the registered name, ./initials-over-name.ts)
  const spelled = sup && sup === top && !seller ? fullNameUnderInitials(sup.name, sup.line, notBuyer) : null;
  if (spelled && sup) sup = { ...sup, name: spelled.name, line: spelled.line };
  // no labelled buyer: the name of the address window that is not the seller's
  if (!buyer) buyer = addresseeWindow(lines, sup?.name ?? null);
  // still none: an unlabelled address block at the top (a name over a street and a town) that is not the seller's (./address-block-buyer.ts)
  if (!buyer) buyer = addressBlockBuyer(lines, sup);
  // the seller's initials in its logo box ("DVI" under "De Vries Installatietechniek B.V.") name no buyer
  if (buyer && sup && sellerInitials(buyer.name, sup.name)) buyer = null;
  // a name a scan misread ("Riverbend Dentai Group") is mended as a receipt's is; a text layer's stays as printed
  if (buyer) buyer = { ...buyer, name: repaired(buyer.name, [buyer.line], lines) };
  // a German salutation addresses the buyer and is no part of its name ("Herrn Thomas Becker")
  if (buyer && GERMAN_SALUTATION.test(buyer.name)) buyer = { ...buyer, name: withoutSalutation(buyer.name) };
  // (a document title read into the name, "ACME PTE LTD TAX INVOICE", is never the seller's: ./title-glued-to-name.ts)
  if (sup) sup = { ...sup, name: withoutGluedTitle(repaired(sup.name, [sup.line], lines)) };
  const customerName = buyer ? log.found('customerName', buyer.name, buyer.line, undefined, buyer.confidence * buyer.line.confidence) : log.missing('customerName');
  const supplierName = sup ? log.found('supplierName', sup.name, sup.line, undefined, sup.confidence * sup.line.confidence) : log.missing('supplierName');

  const ids = invoiceIds(lines);
  const documentId = ids.length ? log.found('documentId', ids[0].text, ids[0].line, ids[0].box, 0.75 * ids[0].confidence) : log.missing('documentId');
  const orders = orderNumbers(lines);
  const orderNumber = orders.length ? log.found('orderNumber', orders[0].text, orders[0].line, orders[0].box, 0.6 * orders[0].confidence) : log.missing('orderNumber');

  const dues = labelledDates(lines, DUE_DATE, order);
  let dueDate = dues.length ? log.found('dueDate', dues[0].text, dues[0].line, dues[0].box, 0.8 * dues[0].confidence) : log.missing('dueDate');
  const issues = issueDates(lines, order, (d) => d.text === dueDate && d.line === dues[0]?.line);
  // (no label names the issue date: the first date printed, never the invoice number shaped like one, "Nº 5/10/2024")
  const date = issues.length ? log.found('date', issues[0].text, issues[0].line, issues[0].box, 0.8 * issues[0].confidence) : purchaseDate(lines.filter((l) => !matchAny(l.text, DUE_DATE)).map((l) => withoutId(l, ids[0])), order, log);
  // the issue date (EN 16931 BT-2) as an ISO 8601 day beside the printed form the result keeps,
  // read where the date was read, as a statement's rows give theirs (tableItems[i].date_iso)
  const dateIso = date === null ? null : issues[0]?.text === date ? issues[0].iso ?? toIsoDate(date, order) : toIsoDate(date, order);
  if (dateIso && log.fields.date) log.fields.date_iso = { ...log.fields.date, value: dateIso };
  // no due date printed, a payment term instead ("Zahlbar innerhalb von 14 Tagen"): the issue
  // date plus the term, recorded as derived (./payment-terms.ts)
  if (dueDate === null && date !== null) dueDate = dueFromTerm(lines, date, order, log);
  // the due date (BT-9) as an ISO day too, printed or worked out from the term (its entry's source says which)
  const dueIso = dueDate === null ? null : dues[0]?.text === dueDate ? dues[0].iso ?? toIsoDate(dueDate, order) : toIsoDate(dueDate, order);
  if (dueIso && log.fields.dueDate) log.fields.dueDate_iso = { ...log.fields.dueDate, value: dueIso };

  const items = extractItems(lines, undefined, { columns: true, wholeMoney: wholeMoneyPage(lines, cur?.code) });
  const itemsSum = itemsTotal(items);
  let roles = pickAmounts(lines, itemsSum, { itemHeaderTotals: false });
  // no total among the positive figures: a credit note's printed negative (./credit-amounts.ts)
  if (!roles.total) roles = creditNoteAmounts(lines, itemsSum, { itemHeaderTotals: false }) ?? roles;
  const { totalAmount, netAmount, taxAmount, discountAmount } = recordAmounts(log, roles);
  const currencyCode = cur ? log.found('currencyCode', cur.code, undefined, undefined, cur.confidence) : log.missing('currencyCode');
  items.forEach((it, i) => log.found(`tableItems[${i}]`, it.item.description, it.line, undefined, 0.5 * it.line.confidence));

  return {
    formatted: {
      supplierName, customerName, documentId, orderNumber, date, dueDate, currencyCode,
      totalAmount, taxAmount, netAmount, discountAmount, tableItems: items.map((i) => i.item),
    },
    fields: log.fields,
  };
}
