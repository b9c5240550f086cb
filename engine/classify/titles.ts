/**
 * @module engine/classify/titles
 * What a page titles itself: a document we do not process (a purchase order, an order
 * confirmation, a quote, a payslip, the minutes of a meeting) or one we do (an invoice, a receipt, a statement). A title is a
 * phrase at the start of a line, or after a column gap ("Cascade Peak Bank      Credit Card
 * Statement"), followed by nothing, by another title ("BESTELLUNG / PURCHASE ORDER"), by a number
 * mark ("ANGEBOT Nr. AN-2025-031", "Devis n° 12") or by a preposition ("Minutes of the Finance
 * Committee Meeting", "Payslip for February"). The same word inside a sentence ("Bitte
 * Bestellnummer auf Lieferschein und Rechnung angeben") or as a field label with its value
 * ("Purchase Order: 4500012345", "Quote this number") titles nothing.
 * Sources of the words: the document names in the eight languages served (EN, DE, FR, ES, IT, PT,
 * NL, PL) as businesses print them on purchase orders (Bestellung, bon de commande, orden de
 * compra, ordine d'acquisto, zamówienie), quotes (Angebot, Kostenvoranschlag, devis, presupuesto,
 * preventivo, orçamento, offerte, oferta, wycena), payslips (Gehalts-/Lohnabrechnung, bulletin de
 * paie, nómina, busta paga, recibo de vencimento, loonstrook, pasek wypłaty) and minutes
 * (Protokoll, procès-verbal, acta, verbale, ata, notulen, protokół); a fresh tester's purchase
 * order, payslip, German quote and scanned minutes were all taken for invoices or receipts.
 */
import { columnGaps, fold, type DocLine } from '../parse/lines.ts';

/** A non-financial document's kinds and the titles each is printed under. */
const OTHER_TITLES: [kind: string, phrases: string[]][] = [
  ['a purchase order', ['purchase order', 'bestellung', 'bestellschein', 'bon de commande', 'orden de compra', 'ordine d\'acquisto', 'ordine di acquisto', 'ordine d\'acquisto', 'ordem de compra', 'nota de encomenda', 'inkooporder', 'bestelbon', 'zamowienie', 'zamowienie zakupu']],
  ['an order confirmation', ['order confirmation', 'order acknowledgement', 'order acknowledgment', 'sales order confirmation', 'auftragsbestatigung', 'bestellbestatigung', 'confirmation de commande', 'accuse de reception de commande', 'confirmacion de pedido', 'confirmacion del pedido', 'conferma d\'ordine', 'conferma ordine', 'conferma dell\'ordine', 'confirmacao de encomenda', 'confirmacao do pedido', 'confirmacao de pedido', 'orderbevestiging', 'opdrachtbevestiging', 'potwierdzenie zamowienia']],
  ['a quote', ['quote', 'quotation', 'estimate', 'cost estimate', 'angebot', 'kostenvoranschlag', 'devis', 'presupuesto', 'cotizacion', 'preventivo', 'offerta', 'orcamento', 'offerte', 'oferta', 'wycena']],
  ['a payslip', ['payslip', 'pay slip', 'pay stub', 'paystub', 'salary slip', 'wage slip', 'pay statement', 'earnings statement', 'pay advice', 'gehaltsabrechnung', 'lohnabrechnung', 'entgeltabrechnung', 'verdienstabrechnung', 'bulletin de paie', 'bulletin de salaire', 'fiche de paie', 'nomina', 'recibo de nomina', 'recibo de salarios', 'busta paga', 'cedolino', 'cedolino paga', 'recibo de vencimento', 'recibo de vencimentos', 'holerite', 'loonstrook', 'salarisstrook', 'pasek wyplaty', 'odcinek placowy']],
  ['the minutes of a meeting', ['minutes', 'meeting minutes', 'protokoll', 'sitzungsprotokoll', 'besprechungsprotokoll', 'proces-verbal', 'proces verbal', 'compte rendu', 'compte-rendu', 'acta', 'verbale', 'ata', 'notulen', 'protokol', 'protokol zebrania', 'protokol posiedzenia']],
];

/** Titles of the documents we process: invoices, receipts (and a till's own titles) and statements. */
const OWN_TITLES = [
  'invoice', 'tax invoice', 'commercial invoice', 'rechnung', 'facture', 'factura', 'fattura', 'fatura', 'factuur', 'faktura', 'fatura-recibo', 'nota fiscal',
  // an invoice's title with the kind of invoice after it: Polish VAT invoices and their corrections, simplified and electronic invoices
  'faktura vat', 'faktura vat marza', 'faktura korygujaca', 'factura simplificada', 'fatura simplificada', 'factura electronica', 'fattura elettronica', 'fattura accompagnatoria',
  'receipt', 'sales receipt', 'cash receipt', 'recu', 'quittung', 'kassenbon', 'kassabon', 'bon', 'ticket', 'ticket de caisse', 'recibo', 'ricevuta', 'scontrino', 'paragon', 'paragon fiskalny', 'kwitantie', 'cupom fiscal', 'talao', 'cash bill', 'cash sale',
  'statement', 'account statement', 'bank statement', 'kontoauszug', 'releve', 'estratto conto', 'extracto', 'extrato', 'wyciag', 'rekeningafschrift', 'afschrift', 'dagafschrift',
  'estado de cuenta', 'resumen de cuenta', 'cartola', 'extrato de conta',
  // HU RO HR SL DA NO SV FI ET LV LT statements ("Számlakivonat", "Extras de cont", "Izvod", "Kontoutdrag", "Tiliote")
  'szamlakivonat', 'bankszamlakivonat', 'extras de cont', 'izvod', 'izpisek', 'kontoudskrift', 'kontoudtog', 'kontoutskrift', 'kontoutdrag', 'tiliote', 'konto valjavote', 'konta izraksts', 'saskaitos israsas',
  // Greek, in Latin letters and in Greek script (folded: no tonos): the invoice (timologio, of services or of sales), the
  // receipt (apodeixi, a retail receipt "apodeixi lianikis polisis", a receipt for services "apodeixi parochis ypiresion")
  'timologio', 'timologio parochis', 'timologio parochis ypiresion', 'timologio polisis', 'timologio - deltio apostolis',
  'τιμολογιο', 'τιμολογιο παροχης', 'τιμολογιο παροχης υπηρεσιων', 'τιμολογιο πωλησης', 'τιμολογιο - δελτιο αποστολης',
  'apodeixi', 'apodeixi lianikis', 'apodeixi lianikis polisis', 'apodeixi parochis ypiresion', 'αποδειξη', 'αποδειξη λιανικης', 'αποδειξη λιανικης πωλησης', 'αποδειξη παροχης υπηρεσιων',
];
/** Compound labels that hold an invoice's title ("Rechnungsnummer", "Factuurdatum"): they title the page wherever they stand. */
const OWN_COMPOUNDS = /(?<![\p{L}])(?:rechnungs(?:nummer|datum|nr)|factuur(?:nummer|datum|nr)|faktura(?:nummer|datum|nr))(?![\p{L}])/u;

const phraseSource = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, '[\'’`]?\\s?').replace(/[\s-]+/g, '[\\s-]*');
const alternation = (phrases: string[]) => [...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|');

/**
 * What may follow a title on its line (folded text): nothing (or a speck read as a point: "FAKTURA
 * VAT." on a scan), a separator and another title, a
 * number mark, a preposition naming what it is of or for, or the period it covers ending the
 * line ("Gehaltsabrechnung Februar 2025", "Nómina 02/2025").
 */
const AFTER_TITLE = String.raw`(?=\s*[.·,]?\s*$|\s*[\/|–—-]\s*\S|\s*(?:n[°º.]|nr\.?|no\.?|num\.?|nro\.?|number|nummer|numero|#)(?![\p{L}])|\s+(?:of|for|du|de|des|vom|von|der|zur|zum|fur|pour|para|per|del|della|dei|di|da|do|dos|das|van|voor|z|za|dla)(?![\p{L}])|\s+(?:\p{L}{3,}\.?\s+)?(?:\d{1,2}[./-])?(?:19|20)\d{2}\s*$)`;

const OTHER_RE = OTHER_TITLES.map(([kind, phrases]) => [kind, new RegExp(String.raw`^(?:${alternation(phrases)})(?![\p{L}])${AFTER_TITLE}`, 'u')] as const);
const OWN_RE = new RegExp(String.raw`^(?:${alternation(OWN_TITLES)})(?![\p{L}])(?:${AFTER_TITLE}|\s*:)`, 'u');
/** Every non-financial title phrase anywhere (to strip before looking for our own: "recibo de nómina" is no "recibo"). */
const ANY_OTHER = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(OTHER_TITLES.flatMap(([, p]) => p))})(?![\p{L}])`, 'gu');

/** Where a title may start on a line: its first character and the first after each column gap. */
function titleStarts(l: DocLine): number[] {
  const starts = [0];
  const gaps = columnGaps(l);
  for (let i = 0; i < gaps.length; i++) if (gaps[i + 1] !== gaps[i] + 1) starts.push(gaps[i] + 1);
  return starts;
}

/** The head of the first page: its first ten lines in the top 40 % of the page. */
function head(lines: DocLine[]): DocLine[] {
  const page = lines[0]?.page;
  return lines.filter((l) => l.page === page && l.box.y < l.pageHeight * 0.4).slice(0, 10);
}

/**
 * The non-financial title printed at the head of the first page (`lines`: the reading's lines in
 * order), as { kind: "a purchase order" | "a quote" | "a payslip" | "the minutes of a meeting",
 * text: the line as printed }; null when none. A line with money on it is an item or a total,
 * not a title ("OFERTA 2x1 -1,50").
 */
export function otherTitle(lines: DocLine[]): { kind: string; text: string } | null {
  for (const l of head(lines)) {
    if (/\d[.,]\d{2}(?!\d)/.test(l.text)) continue;
    const f = fold(l.text);
    for (const s of titleStarts(l)) {
      const rest = f.slice(s).trimStart();
      for (const [kind, re] of OTHER_RE) if (re.test(rest)) return { kind, text: l.text.trim() };
    }
  }
  return null;
}

/**
 * Whether the first page titles itself an invoice, a receipt or a statement: a title of ours at
 * a line's start or after a column gap, followed by nothing, a number mark, a preposition or a
 * colon ("INVOICE", "Rechnung Nr. 12", "Statement of Account", "Receipt: 0042"), once the
 * non-financial titles are struck out ("Recibo de nómina" is a payslip, "Pay statement" too); or
 * an invoice's compound label anywhere on it ("Rechnungsnummer", "Factuurdatum").
 */
export function ownTitle(lines: DocLine[]): boolean {
  const page = lines[0]?.page;
  for (const l of lines) {
    if (l.page !== page) break;
    const f = fold(l.text).replace(ANY_OTHER, (m) => '\u0000'.repeat(m.length));
    if (OWN_COMPOUNDS.test(f)) return true;
    for (const s of titleStarts(l)) if (OWN_RE.test(f.slice(s).trimStart())) return true;
  }
  return false;
}

/**
 * A page's own statement that it is no invoice, in the languages served ("This is not an
 * invoice", "Dies ist keine Rechnung", "Ceci n'est pas une facture", "Esto no es una factura",
 * "Questa non è una fattura", "Dit is geen factuur", "Isto não é uma fatura", "To nie jest
 * faktura"; also with "this document" as the subject), matched in folded text. Only the document
 * as its subject: "a receipt, not an invoice" or "not a VAT invoice" (a till's receipt under
 * that threshold) deny nothing here. Source: a fresh tester's order confirmation printing "This
 * is not an invoice; an invoice will be issued upon shipment", taken for an invoice.
 */
const NOT_AN_INVOICE = new RegExp(String.raw`(?<![\p{L}])(?:${[
  '(?:this|this document|it) is not an invoice', '(?:this|this document) does not constitute an invoice', 'not to be treated as an invoice',
  '(?:dies|das|dieses dokument|dieser beleg) ist keine rechnung', 'stellt keine rechnung dar',
  "(?:ceci|ce document|il) n['’`]?\\s?est pas une facture", 'ne constitue pas une facture',
  '(?:esto|este documento|este) no es una factura', 'no constituye (?:una )?factura',
  '(?:questa|questo|questo documento|il presente documento) non e una fattura', 'non costituisce fattura',
  '(?:dit|dit document|dit is) (?:is )?geen factuur', 'geldt niet als factuur',
  '(?:isto|este documento) nao e uma fatura', 'nao serve (?:de|como) fatura',
  '(?:to|ten dokument|dokument) nie jest faktura', 'nie stanowi faktury',
].join('|')})(?![\p{L}])`, 'u');

/**
 * The first line of the reading (`lines`, in order) that says the document is no invoice (see
 * NOT_AN_INVOICE), trimmed as printed; null when none says it.
 */
export function deniesInvoice(lines: DocLine[]): string | null {
  for (const l of lines) if (NOT_AN_INVOICE.test(fold(l.text))) return l.text.trim();
  return null;
}
