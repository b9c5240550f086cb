/**
 * @module engine/classify/offline-classifier
 * Classification without a vision model: scores for receipt, invoice and bank statement from
 * the evidence of a reading (keywords, money anchors, transaction rows, page shape), and
 * `other` when no score reaches the bar or when the page is prose, a specimen with
 * placeholders, or holds (almost) no text. Bank words alone never make a statement: it needs
 * rows of dated money or balance anchors with money. The confidence grows with the winning
 * score and with its margin over the runner-up; the reason names the evidence.
 */
import { DOCUMENT_TYPES, PROCESSABLE_TYPES, processableNouns, type DocType, type ProcessableType } from '../../schemas/document-types.ts';
import type { DocumentReading } from '../types.ts';
import { gatherEvidence, type Evidence } from './evidence.ts';

export interface OfflineClassification {
  type: DocType;
  confidence: number;
  reason: string;
  scores: Record<ProcessableType, number>;
}

/** The bar a score must reach to be a document we process. */
const BAR = 4.5;

/**
 * A page that shows a statement's own evidence: its title, a balance label (opening or closing),
 * and dated rows of money or an IBAN, with no invoice title. An invoice prints an IBAN, dates and
 * money too, but never a statement's title with its balances: such a page is a statement, never
 * an invoice (the Swiss "Kontoauszug ... Anfangssaldo ... Schlusssaldo" page with its IBAN was
 * read as an invoice, its balances as line items).
 */
function statementShaped(e: Evidence): boolean {
  return e.statementTitle && !e.invoiceTitle && e.balanceHits.length > 0 && (e.transactionRows >= 3 || e.ibans > 0);
}

function scoreStatement(e: Evidence): number {
  let s = 0;
  if (e.statementTitle) s += 2;
  if (statementShaped(e)) s += 1;
  s += Math.min(2, e.statementHits.length * 0.5);
  s += Math.min(3, e.balanceHits.length * 1.5);
  if (e.transactionRows >= 3) s += 3;
  if (e.transactionRows >= 8) s += 1;
  if (e.balanceRows >= 3) s += 2;
  if (e.transactionRows < 3 && e.balanceHits.length === 0) s = Math.min(s, 3); // bank words alone are not a statement
  return s;
}

function scoreInvoice(e: Evidence): number {
  let s = 0;
  if (e.invoiceTitle) s += 3;
  s += Math.min(4, e.invoiceHits.length * 0.75);
  if (e.totalAnchors > 0) s += 2;
  if (e.taxInvoiceTitle && !e.invoiceTitle) s += 1;
  if (e.billingHits.length >= 2) s += 1.5; // billed on credit: bill-to, due date, balance due
  if (e.tillRoll) s -= 2; // a till roll
  if (e.taxClassLines >= 3) s -= 1; // items marked with their tax class are a till's
  if (e.invoiceTitle && e.tenderedTotal && plainSale(e)) s -= 2; // a till's slip titled "Rechnung", paid there, with no buyer or invoice field
  return s;
}

/**
 * A short page (at most 40 lines, two or more lines of money) with a total beside its amount that
 * prints nothing an invoice prints besides, perhaps, its title: no invoice field (number label,
 * invoice date, VAT number...), nothing billed on credit (bill-to, due date), no second street
 * address (a buyer's block under the seller's) and no statement's
 * rows or balances; and either no invoice title and a till's word (cashier, table, a card
 * terminal, GST, a room charge...), or the total paid at the till under it (./tendered-total.ts).
 * A bar's or a café's slip printed as a text PDF has no narrow page to show it (a hotel bar's
 * slip charged to a room and an Australian café's receipt with its GST and EFTPOS were refused as
 * other; a German café's "Rechnung Nr. 1234" paid by EC-Karte was taken for an invoice).
 */
function plainSale(e: Evidence): boolean {
  return e.totalAnchors > 0 && e.moneyLines >= 2 && e.lines <= 40 && e.streetLines <= 1
    && e.invoiceHits.length === 0 && e.billingHits.length === 0
    && e.transactionRows < 3 && e.balanceHits.length === 0
    && ((!e.invoiceTitle && e.receiptHits.length > 0) || e.tenderedTotal);
}

/**
 * The total paid at the till (./tendered-total.ts) on a page that bills nothing on credit and
 * either is not titled an invoice or is a plain sale (a titled invoice paid by card keeps its title).
 */
function tillPaid(e: Evidence): boolean {
  return e.tenderedTotal && e.billingHits.length === 0 && (!e.invoiceTitle || plainSale(e));
}

function scoreReceipt(e: Evidence): number {
  let s = 0;
  s += Math.min(5, e.receiptHits.length * 0.75);
  if (e.totalAnchors > 0) s += 2.5;
  else if (e.totalWords > 0) s += 1;
  // a scan or a photo is most often a till's slip, unless its text is laid out wider than a roll prints (an A4 invoice scanned)
  if (e.image && !e.pageWide && e.moneyLines >= 2) s += 1;
  if (e.taxInvoiceTitle) s += 1;
  if (e.image && !e.pageWide) s += 1;
  if (e.tillRoll || (e.image && e.aspect > 1.5)) s += 1.5;
  if (e.taxClassLines >= 3) s += 1.5;
  if (e.changeLines > 0) s += 1.5; // change handed back: paid on the spot, at a till
  else if (tillPaid(e)) s += 1.5; // the total paid there by cash or card
  // prices adding up to the labelled total, on a page with no invoice title and nothing billed
  // on credit: a sale settled there (an e-receipt as a PDF has no narrow page to show it)
  if (e.pricesToTotal && !e.invoiceTitle && e.billingHits.length === 0) s += 2;
  if (plainSale(e)) s += 1.5;
  if (!e.image && e.lines > 80) s -= 2; // till slips are short
  if (e.balanceHits.length >= 2 || e.transactionRows >= 6) s -= 2;
  if (e.billingHits.length >= 2) s -= 2; // a till slip is paid on the spot: no bill-to and due date
  return s;
}

/** What counts for each type, in words (a new type in schemas/document-types.ts must add its own). */
const EVIDENCE: Record<ProcessableType, (e: Evidence) => string[]> = {
  receipt: (e) => [
    e.receiptHits.length ? `receipt words (${e.receiptHits.slice(0, 5).join(', ')})` : '',
    e.totalAnchors ? 'a total with an amount' : '',
    e.tillRoll || (e.image && e.aspect > 1.5) ? 'a long narrow page' : '',
    e.taxClassLines >= 3 ? `${e.taxClassLines} prices marked with a tax class` : '',
    e.changeLines > 0 ? 'change handed back' : tillPaid(e) ? 'the total paid at the till' : '',
    e.pricesToTotal && !e.invoiceTitle && e.billingHits.length === 0 ? 'prices that add up to the total' : '',
    plainSale(e) ? (e.invoiceTitle ? 'no invoice field or bill-to' : 'no invoice title, field or bill-to') : '',
  ],
  invoice: (e) => [
    e.invoiceTitle ? 'an invoice title' : '',
    e.invoiceHits.length ? `invoice fields (${e.invoiceHits.slice(0, 5).join(', ')})` : '',
    e.totalAnchors ? 'a total with an amount' : '',
  ],
  bank_statement: (e) => [
    e.statementHits.length ? `statement words (${e.statementHits.slice(0, 4).join(', ')})` : '',
    e.balanceHits.length ? `balance anchors (${e.balanceHits.slice(0, 3).join(', ')})` : '',
    e.transactionRows ? `${e.transactionRows} dated transaction rows` : '',
  ],
};

function evidenceSentence(type: ProcessableType, e: Evidence): string {
  return EVIDENCE[type](e).filter(Boolean).join(', ');
}

/** The score of each type (a new type must add its own). */
const SCORERS: Record<ProcessableType, (e: Evidence) => number> = {
  receipt: scoreReceipt,
  invoice: scoreInvoice,
  bank_statement: scoreStatement,
};

/**
 * A financial document in a language whose words we do not know is still recognised by its
 * structure: dated rows of money with a running balance make a statement; money lines with a
 * date and a tax rate, an IBAN or a repeated total make an invoice (a page with an IBAN, billing
 * words or rows of several figures) or a receipt (a long narrow slip, or one price per row and
 * the total repeated as the payment or the prices above it adding up to it: SROIE fit had a
 * cash-register slip with no receipt word but CASH, refused). Null when the structure is too thin or the page
 * is mostly prose. The confidence stays modest (0.5-0.6): no word confirmed it.
 */
function byStructure(e: Evidence, proseShare: number): { type: DocType; confidence: number; reason: string } | null {
  if (proseShare > 0.25 || e.placeholders >= 2 || e.moneyLines < 3 || e.dateLines === 0 || e.moneyOnlyInSentences) return null;
  if (e.transactionRows >= 4 && e.balanceRows >= 2) {
    return { type: 'bank_statement', confidence: 0.55, reason: `OCR + document structure: a bank statement: ${e.transactionRows} dated rows of money with a running balance.` };
  }
  const cues: string[] = [];
  if (e.taxRateLines) cues.push('a tax rate beside money');
  if (e.ibans) cues.push('an IBAN');
  if (e.repeatedAmount) cues.push('a repeated total');
  if (e.summedTotal) cues.push('prices that add up to the last figure');
  if (!cues.length || (cues.length === 1 && !e.taxRateLines && !e.summedTotal)) return null;
  // a till slip: a long narrow page, or one price per row, the total repeated as the payment,
  // and nothing billed on credit (no IBAN, no bill-to or due date)
  // an invoice title on a full page is an invoice whatever else it prints
  // (or a till's own word, too few to pass the bar, and no invoice word: a Japanese konbini slip half
  // read by a scan printed 内消費税, tax included, and its rows of two figures made it an invoice)
  const tillWorded = e.receiptHits.length > 0 && e.invoiceHits.length === 0 && e.billingHits.length === 0 && !e.invoiceTitle;
  const slip = !e.ibans && (e.aspect > 1.8 || e.tillRoll || e.taxClassLines >= 3 || tillWorded || (!e.invoiceTitle && e.billingHits.length === 0 && (e.repeatedAmount || e.summedTotal) && e.multiMoneyLines <= 1));
  const type: ProcessableType = slip ? 'receipt' : 'invoice';
  return { type, confidence: 0.5 + 0.05 * cues.length, reason: `OCR + document structure: ${DOCUMENT_TYPES[type].withArticle}: ${e.moneyLines} lines of money, a date, ${cues.join(', ')}${slip ? `, ${e.aspect > 1.8 || e.tillRoll ? 'a long narrow page' : e.taxClassLines >= 3 ? 'prices marked with a tax class' : tillWorded ? `a till's word (${e.receiptHits[0]})` : 'one price per row'}` : e.invoiceTitle ? ', an invoice title' : ''}.` };
}

/**
 * Why a page is none of ours by its title, or null: it is titled as a purchase order, a quote, a
 * payslip or minutes (./titles.ts) and nowhere as an invoice, a receipt or a statement, and it
 * shows no payment at a till (change handed back, three or more prices with a tax class). Those
 * documents print prices, totals and taxes as an invoice does, so their figures prove nothing.
 */
function foreignTitle(e: Evidence): string | null {
  if (!e.otherTitle || e.ownTitle || e.changeLines > 0 || e.taxClassLines >= 3) return null;
  return `it is titled as ${e.otherTitle.kind} ("${e.otherTitle.text.slice(0, 60)}") and nowhere as an invoice, a receipt or a statement`;
}

/**
 * Classifies a reading without a vision model (see the module's note): { type, confidence 0..1,
 * reason (one sentence naming the evidence, returned in a refusal's 422 body), scores per
 * processable type }. Never throws; an empty reading is `other`.
 */
export function classifyOffline(reading: DocumentReading): OfflineClassification {
  const e = gatherEvidence(reading);
  const scores = Object.fromEntries(PROCESSABLE_TYPES.map((t) => [t, SCORERS[t](e)])) as Record<ProcessableType, number>;
  // prose and specimens pull every score down
  const proseShare = e.lines ? e.proseLines / e.lines : 0;
  let penalty = 0;
  // a titled invoice with its fields and amounts keeps its small print (terms, return policy)
  const titledInvoice = e.invoiceTitle && e.invoiceHits.length >= 2 && e.moneyLines >= 3;
  const structured = e.balanceHits.length >= 2 || e.totalAnchors >= 2 || e.transactionRows >= 5 || titledInvoice;
  if (proseShare > 0.25 && !structured) penalty += 4 * proseShare / 0.25;
  if (e.placeholders >= 2) penalty += 3;
  if (e.moneyLines === 0) penalty += 3;
  // amounts told only in sentences (minutes, a letter): no price, total or row is printed
  if (e.moneyOnlyInSentences && e.transactionRows < 3) penalty += 3;
  for (const k of Object.keys(scores) as (keyof typeof scores)[]) scores[k] = Math.round((scores[k] - penalty) * 100) / 100;
  // a page that says it is no invoice ("This is not an invoice; an invoice will be issued upon
  // shipment") is none, whatever its prices and totals; it may still be a receipt or a statement
  if (e.deniesInvoice) scores.invoice = Math.min(scores.invoice, 0);
  // a titled statement with its balances is never an invoice
  if (statementShaped(e)) scores.invoice = Math.min(scores.invoice, scores.bank_statement - 1);

  if (e.words < 4) {
    return { type: 'other', confidence: 0.9, reason: `OCR + keywords: the page holds almost no text (${e.words} words), so it is not a ${processableNouns()}.`, scores };
  }
  // a page titled as a document we do not process, and nowhere as one we do, is none of ours
  // whatever figures it prints; a till slip that hands back change or marks each price with its
  // tax class was paid at a till, whatever its header says
  const foreign = foreignTitle(e);
  if (foreign) return { type: 'other', confidence: 0.85, reason: `OCR + keywords: not a ${processableNouns()}: ${foreign}.`, scores };
  const ranked = (Object.entries(scores) as [keyof typeof scores, number][]).sort((a, b) => b[1] - a[1]);
  const [bestType, best] = ranked[0];
  const second = ranked[1][1];
  if (best < BAR) {
    const structural = byStructure(e, proseShare);
    if (structural && !(structural.type === 'invoice' && (e.deniesInvoice || statementShaped(e)))) return { ...structural, scores };
    const why: string[] = [];
    if (e.deniesInvoice) why.push(`it says it is not an invoice ("${e.deniesInvoice.slice(0, 80)}")`);
    if (proseShare > 0.25) why.push(`${Math.round(proseShare * 100)}% of its lines are prose`);
    if (e.placeholders >= 2) why.push('it holds placeholder values');
    if (e.moneyLines === 0) why.push('it prints no money amounts');
    else if (e.moneyOnlyInSentences) why.push('its amounts are told only in sentences, none printed as a price, a total or a row');
    const strongest = evidenceSentence(bestType, e);
    if (!why.length && strongest) why.push(`the strongest evidence (${strongest}) is too weak`);
    // nothing at all: say what a financial document would have shown besides its figures
    if (!why.length) why.push(`it prints ${e.moneyLines} line${e.moneyLines === 1 ? '' : 's'} of money but no total, no invoice, receipt or statement words and no dated rows`);
    const conf = Math.min(0.95, 0.55 + (BAR - best) * 0.06);
    return { type: 'other', confidence: Math.round(conf * 100) / 100, reason: `OCR + keywords: not a ${processableNouns()}: ${why.join('; ')}.`, scores };
  }
  const strength = 1 - Math.exp(-(best - BAR + 1) / 3); // 0.28 at the bar, ~0.9 seven points above
  const margin = Math.min(1, (best - second) / 4);
  let conf = 0.4 + 0.35 * strength + 0.25 * margin;
  if (e.image) conf *= 0.85 + 0.15 * Math.min(1, e.meanConfidence / 0.8);
  return {
    type: bestType,
    confidence: Math.round(Math.min(0.99, conf) * 100) / 100,
    reason: `OCR + keywords: ${DOCUMENT_TYPES[bestType].withArticle}: ${evidenceSentence(bestType, e) || 'layout evidence'}.`,
    scores,
  };
}
