/**
 * @module engine/classify/evidence
 * What a reading shows, measured once: keyword hits per document type, money anchors (a total
 * keyword with an amount beside or below it), rows that look like transactions (a date at the
 * start and money at the end), prose lines, page shape and OCR confidence. The classifier
 * weighs these; the extractors do not depend on them.
 */
import type { DocumentReading } from '../types.ts';
import { flattenLines, fold, keyword, type DocLine } from '../parse/lines.ts';
import { findAmounts } from '../parse/amounts.ts';
import { detectCurrency } from '../parse/currency.ts';
import { moneyDecimals, wholeMoneyCurrency } from '../parse/minor-unit.ts';
import { dotThousandsPage } from '../parse/dot-thousands.ts';
import { GROUPED_WHOLE, summingWholePage } from '../parse/summing-whole-page.ts';
import { findDates, findDayMonth, findLeadingDayMonth } from '../parse/dates.ts';
import { oneEditApart } from '../parse/one-edit.ts';
import { CLOSING_LABELS, OPENING_LABELS } from '../parse/balance-labels.ts';
import { markedLetterKeyword } from '../parse/marked-letter-keyword.ts';
import { deniesInvoice, otherTitle, ownTitle } from './titles.ts';
import { blankPostedToPlace } from './room-charge.ts';
import { tenderedTotal } from './tendered-total.ts';
import { billedTaxInvoice } from './billed-tax-invoice.ts';
import { STREET_LINE } from '../parse/street-line.ts';
import { PAGE_COLUMNS, textColumns } from './text-columns.ts';

export interface Evidence {
  words: number;
  lines: number;
  meanConfidence: number;
  /** Height / width of the first page. */
  aspect: number;
  image: boolean;
  receiptHits: string[];
  invoiceHits: string[];
  /** The page titles itself an invoice ("Invoice", "Rechnung"...), or "TAX INVOICE" on a page billed on credit (./billed-tax-invoice.ts). */
  invoiceTitle: boolean;
  /**
   * "Tax invoice", "cash bill", or a till's own title ("Factura simplificada", "Paragon fiskalny");
   * false on a "TAX INVOICE" billed on credit (./billed-tax-invoice.ts), whose title is then an invoice title.
   */
  taxInvoiceTitle: boolean;
  /** A statement's title in one of our languages. */
  statementTitle: boolean;
  /**
   * The page is a till roll: a text PDF at most 300 pt (106 mm) wide, or an image more than 1.8 times
   * as tall as wide (an image's physical width is unknown, so only its shape counts).
   */
  tillRoll: boolean;
  /**
   * The first page's text is wider, in characters, than a till roll prints (./text-columns.ts
   * PAGE_COLUMNS): laid out on a page, as an A4 invoice is, scanned or not.
   */
  pageWide: boolean;
  /**
   * Lines ending in an amount and a single tax-class letter ("BUTTER 1,49 A", "2,16 B"), as
   * European tills mark each item's VAT class: a till's item lines in any language.
   */
  taxClassLines: number;
  statementHits: string[];
  balanceHits: string[];
  /** Lines with a total keyword and money beside or just below. */
  totalAnchors: number;
  /** Lines naming change handed back (change, Rückgeld, cambio, rendu, troco, reszta...) with money on them: a slip paid on the spot. */
  changeLines: number;
  /** A total paid at the till under it: cash of the total or more, a card of the total (./tendered-total.ts). */
  tenderedTotal: boolean;
  /** Lines that start with a street and its house number (../parse/street-line.ts STREET_LINE): two are a seller's and a buyer's address. */
  streetLines: number;
  /** Lines with a decimal amount. */
  moneyLines: number;
  /** Lines that start with a date and end with money. */
  transactionRows: number;
  /** Transaction rows with two or more amounts (an amount and a running balance). */
  balanceRows: number;
  /** Lines with a total keyword, with or without money. */
  totalWords: number;
  /** Long lines of words with (almost) no figures. */
  proseLines: number;
  /** Placeholders like <customer name> or XXXX that mark specimens. */
  placeholders: number;
  /**
   * Distinct cues of billing on credit (bill to, due date, balance due, payment terms...):
   * a till receipt is paid on the spot and prints none or one of them; an invoice prints several.
   */
  billingHits: string[];
  /** Lines that print a tax rate ("19%", "IVA 21 %") beside money: a tax summary in any language. */
  taxRateLines: number;
  /** IBANs printed (a country code, check digits and 12-30 more characters). */
  ibans: number;
  /** Lines holding a date. */
  dateLines: number;
  /** An amount with cents printed two or more times in the lower half (a total repeated as the payment). */
  repeatedAmount: boolean;
  /**
   * The page's last figure (two decimals) is the sum of the two or more figures on the lines
   * right above it, one figure a line ("DPT.05 RM 149.00", "DPT.04 RM 21.00", "CASH RM 170.00"):
   * priced lines and what they add up to, a till slip's structure whatever its words.
   */
  summedTotal: boolean;
  /**
   * A labelled total whose figure the prices printed right above it add up to, two or more
   * prices, one a line (a subtotal equal to it between them is skipped): "Tea £2.00", "Cake
   * £3.50", "TOTAL £5.50". Priced goods and what they come to: a sale, whatever else the page
   * prints below its total (VAT, points, savings). A line with a rate ("MwSt 19% 359,10") is a
   * tax, no price, and ends the run.
   */
  pricesToTotal: boolean;
  /** Lines with two or more amounts with cents (an invoice's quantity x price = amount rows, a tax table). */
  multiMoneyLines: number;
  /**
   * The non-financial title at the head of the first page (a purchase order, a quote, a payslip,
   * minutes), see ./titles.ts; null when none.
   */
  otherTitle: { kind: string; text: string } | null;
  /** The first page titles itself an invoice, a receipt or a statement (see ./titles.ts). */
  ownTitle: boolean;
  /** The line where the page says it is no invoice ("This is not an invoice", see ./titles.ts), as printed; null when none. */
  deniesInvoice: string | null;
  /**
   * Every line with money is a sentence: eight or more tokens, five or more of them words, and
   * words after a figure ("The bank balance at 31 December stood at 24,118.40 (opening balance
   * ..."): amounts told in running text, none printed as a price, a total or a row.
   */
  moneyOnlyInSentences: boolean;
}

const kw = (phrases: string[]) => phrases.map((p) => [p, keyword(p)] as const);

export const RECEIPT_WORDS = kw([
  'receipt', 'cash', 'change', 'tendered', 'thank you', 'cashier', 'subtotal', 'sub total', 'rounding', 'qty', 'visa', 'mastercard',
  'debit card', 'credit card', 'table', 'server', 'member', 'reçu', 'recu', 'ticket', 'kassenbon', 'bon', 'merci', 'payé', 'paye',
  'total due', 'gst', 'sst', 'pos', 'terminal', 'auth', 'approved', 'amount paid', 'paid', 'change due', 'tip',
  // till words in DE, FR, ES, IT, PT, NL, PL
  'summe', 'bar', 'rückgeld', 'rueckgeld', 'gegeben', 'kartenzahlung', 'ec-cash', 'girocard', 'kasse', 'bon-nr', 'beleg-nr', 'pfand', 'vielen dank',
  'caisse', 'espèces', 'especes', 'rendu', 'carte bancaire', 'efectivo', 'cambio', 'gracias', 'caja', 'ticket de compra', 'scontrino', 'contanti', 'resto',
  'grazie', 'cassa', 'cupom', 'cupom fiscal', 'troco', 'obrigado', 'dinheiro', 'caixa', 'kassabon', 'wisselgeld', 'contant', 'pin', 'pinnen', 'bedankt',
  'paragon', 'paragon fiskalny', 'gotówka', 'gotowka', 'reszta', 'dziękujemy', 'dziekujemy', 'kasjer', 'sprzedaż opodatkowana',
  // tenders, till and slip words printed by European tills and card terminals
  'zu zahlen', 'kundenbeleg', 'händlerbeleg', 'tse', 'kassen-nr', 'ticket client', 'carte', 'sans contact', 'a payer', 'à payer',
  'tarjeta', 'copia cliente', 'importe', 'pagamento elettronico', 'bancomat', 'importo pagato', 'documento commerciale', 'multibanco',
  'numerário', 'numerario', 'cartão', 'cartao', 'bonnummer', 'kassa', 'te betalen', 'betaald', 'maestro', 'karta', 'ptu', 'suma ptu', 'nr wydr',
  // card payment at the till in Australia and New Zealand (EFTPOS), and a tap of the card anywhere
  'eftpos', 'contactless',
  // Indonesian tills: cash, change, thanks
  'tunai', 'kembalian', 'terima kasih',
  // Greek tills' title, in Latin letters and in Greek script: the receipt, the retail receipt ("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ")
  'apodeixi', 'apodeixi lianikis', 'απόδειξη', 'απόδειξη λιανικής',
  // Slovak and Czech tills (a fourteenth tester's Slovak receipt was refused with none of its words known): the till's document
  // ("Pokladničný doklad", "Pokladní doklad", "Účtenka"), cash, change handed back, the till and its cashier, card, thanks;
  // their marked letters fold away (../parse/lines.ts keyword), so a scan's "Hotovost", "Vratit" read too. Not a bare "doklad"
  // nor "DPH": a Czech or Slovak invoice titles itself "daňový doklad" (tax document) and prints its DPH (VAT) as a till does
  // Greek cash and change ("METRITA"; "ΜΕΤΡΗΤΑ", "ΡΕΣΤΑ"; not "resta" in Latin letters, an Italian and Spanish word: "resta da pagare")
  'metrita', 'μετρητά', 'ρέστα',
  'pokladničný doklad', 'pokladní doklad', 'pokladničný blok', 'účtenka', 'hotovosť', 'vrátiť', 'výdavok', 'vráceno',
  'pokladňa', 'pokladna', 'pokladník', 'pokladní', 'platba kartou', 'platobná karta', 'ďakujeme', 'děkujeme',
  // Nordic and Baltic tills (a fresh tester's Lithuanian pharmacy scan was refused as "too weak" with none of its words known,
  // its Icelandic cafe slip likewise): the receipt (SV "kvitto", FI "kuitti", NO/DA "kvittering", IS "kvittun", LT "kvitas",
  // "čekis", LV "čeks", ET "tšekk"), cash (SV/NO/DA "kontant", FI "käteinen", ET "sularaha", LT "grynieji", LV "skaidra nauda",
  // IS "reiðufé"), the card (FI "kortti", LT "mokėjimo kortelė", IS "greiðslukort"), change (SV "växel", FI "vaihtoraha",
  // LT "grąža"), thanks (FI "kiitos", ET "aitäh", LT "ačiū", LV "paldies"); not the short Nordic thanks ("tak" is Polish "yes")
  'kvitto', 'kassakvitto', 'kuitti', 'kvittering', 'kvittun', 'kvitas', 'kasos kvitas', 'čekis', 'čeks', 'tšekk',
  'kontant', 'kontanter', 'käteinen', 'sularaha', 'grynieji', 'skaidra nauda', 'reiðufé', 'kortti', 'mokėjimo kortelė', 'greiðslukort',
  'växel', 'vaihtoraha', 'grąža', 'kiitos', 'aitäh', 'ačiū', 'paldies',
  // Malay: the receipt ("Resit", "No. Resit"; not "Baki", the change, which a Malaysian statement prints for its balance)
  'resit', 'no resit',
  // Slovenian, Croatian, Serbian and Bosnian tills, which title their slips "Račun" as invoices are titled: cash, the card, what
  // is to be paid, change handed back, the till and its cashier, thanks, and the fiscal codes only a till's slip prints
  // (Slovenia's ZOI and EOR, Croatia's ZKI and JIR: the issuer's protective mark and the tax office's unique receipt id)
  'gotovina', 'plačilna kartica', 'platna kartica', 'za plačilo', 'za plaćanje', 'za platiti', 'vračilo', 'povraćaj', 'blagajna', 'blagajnik',
  'hvala za nakup', 'hvala na kupovini', 'hvala na kupnji', 'zoi', 'eor', 'zki', 'jir',
  // Latin America's fiscal tills (a fresh tester's Argentine controlador-fiscal slips were typed invoices): the slip's own
  // names (AR "tique", "tique factura", CL/PE "boleta electrónica", "boleta de venta"; not a bare "boleta", which also titles
  // a Peruvian payslip, "boleta de pago"), the sale to a final consumer a till's factura B names (AR "A CONSUMIDOR FINAL",
  // PT "Consumidor final"), a Peruvian boleta's anonymous buyer ("CLIENTES VARIOS"), the change ("SU VUELTO"), the cashier
  'tique', 'tique factura', 'boleta electrónica', 'boleta de venta', 'consumidor final', 'clientes varios', 'vuelto', 'su vuelto', 'cajero', 'cajera',
]);
// Vietnamese tills: cash, change, cashier, thanks (their marked letters may be blanks: ../parse/marked-letter-keyword.ts)
RECEIPT_WORDS.push(...['tiền mặt', 'tiền thừa', 'thu ngân', 'cảm ơn'].map((p) => [p, markedLetterKeyword(p)] as const));
/**
 * Words of a script that prints no spaces between words (Japanese): found anywhere in a line,
 * not between word boundaries as `keyword` wants them (a kanji before or after is a letter).
 * Folded as the page's text is.
 */
const cjk = (phrases: string[]) => phrases.map((p) => [p, new RegExp(fold(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u')] as const);
// Japanese tills (the 22nd fresh tester's convenience-store receipt, half read by the scan, was typed
// an invoice by its structure): the receipt (レシート, 領収書/領収証), money handed over and change
// (お預り, お釣り, 釣銭), tax included in the prices (内消費税, "of which consumption tax"), the reduced
// rate that marks food sold at a till (軽減税率, Japan's Consumption Tax Act since 2019), the register (レジ)
RECEIPT_WORDS.push(...cjk(['レシート', '領収書', '領収証', 'お預り', 'お預かり', 'お釣り', 'お釣', 'おつり', '釣銭', '内消費税', '軽減税率', 'レジ']));
export const INVOICE_WORDS = kw([
  'invoice no', 'invoice number', 'invoice date', 'invoice #', 'bill to', 'ship to', 'due date', 'payment terms', 'terms',
  'rechnungsnummer', 'rechnungsdatum', 'facture n', 'date de facture', 'factuurnummer', 'vervaldatum', 'fälligkeit', 'faelligkeit',
  'échéance', 'echeance', 'vat no', 'vat number', 'vat reg', 'ust-id', 'ust.-id', 'btw', 'tva', 'purchase order', 'po number',
  'order number', 'customer no', 'kundennummer', 'klantnummer', 'amount due', 'balance due', 'zahlbetrag', 'net amount', 'unit price',
  'iban', 'bic', 'swift', 'remit', 'rechnungsnr', 'rechnungs-nr', 'bestellnr', 'bestellnummer', 'lieferdatum', 'leistungsdatum',
  'zwischensumme', 'gesamtsumme', 'steuernummer', 'numéro de facture', 'date d\'échéance', 'total ht', 'total ttc', 'siret',
  // ES, IT, PT, PL, NL
  'número de factura', 'numero de factura', 'fecha de factura', 'factura n', 'factura nº', 'fecha de emisión', 'fecha de emision', 'vencimiento', 'base imponible', 'forma de pago', 'cif', 'nif',
  'numero fattura', 'data fattura', 'fattura n', 'data emissione', 'scadenza', 'imponibile', 'partita iva', 'p.iva', 'codice fiscale',
  'número da fatura', 'fatura n', 'data de emissão', 'data de emissao', 'vencimento', 'nota fiscal', 'cnpj',
  'numer faktury', 'data wystawienia', 'termin płatności', 'nabywca', 'sprzedawca', 'nip', 'razem netto', 'do zapłaty',
  'factuurdatum', 'betalingstermijn', 'kvk', 'btw-nummer',
  // the buyer's block and the due date as English invoices also label them ("Billed To", "Payment Due")
  'billed to', 'payment due',
  // GR, in Latin letters and in Greek script: the invoice's number ("Ar. Timologiou") and its issue date ("Imerominia ekdosis")
  'ar timologiou', 'arithmos timologiou', 'αρ. τιμολογίου', 'αριθμός τιμολογίου', 'imerominia ekdosis', 'ημερομηνία έκδοσης',
  // MX: a CFDI's own fields (SAT Anexo 20): the stamp's UUID ("Folio fiscal"), the use the recipient makes of it
  // ("Uso CFDI"), the issuer's and the recipient's RFC under their roles ("RFC emisor"), the issuer's tax regime
  // ("Régimen fiscal") and how it is paid ("Método de pago": PUE or PPD).
  // Not a bare "CFDI", which a till ticket prints to tell how to ask for one.
  'folio fiscal', 'uso cfdi', 'uso del cfdi', 'rfc emisor', 'rfc del emisor', 'rfc receptor', 'rfc del receptor', 'régimen fiscal', 'método de pago',
]);
// a Japanese invoice (請求書): its number and date, the payment deadline, the bank to transfer to
INVOICE_WORDS.push(...cjk(['請求書', '請求番号', '請求日', '支払期限', 'お支払期限', '振込先']));
export const BILLING_WORDS = kw([
  'bill to', 'billed to', 'ship to', 'invoice to', 'due date', 'balance due', 'amount due', 'payment terms', 'invoice date',
  'pay by', 'payable by', 'rechnungsempfänger', 'fälligkeit', 'faelligkeit', 'zahlbar bis', 'échéance', 'echeance', 'vervaldatum',
  'vencimiento', 'scadenza', 'vencimento', 'termin płatności', 'nabywca', 'betalingstermijn',
  // the due date's other labels (../extract/invoice-fields.ts DUE_DATE_LABELS) and the bill-to's
  // in ES, DE, NL: an English scan in yen labelled "Billed To" and "Payment Due" showed one
  // cue, not two, and was taken for a receipt
  'payment due', 'zahlungsziel', 'termin zapłaty', 'termin zaplaty', 'datum splatnosti', 'förfallodatum', 'forfallodatum', 'vervaldag',
  'facturado a', 'facturar a', 'rechnung an', 'factuur aan',
]);
// a Japanese invoice's addressee (御中, "to the company") and its payment deadline
BILLING_WORDS.push(...cjk(['御中', '支払期限']));
const INVOICE_TITLE = [keyword('számla'), keyword('szamla'), keyword('račun'), keyword('rēķins'), keyword('sąskaita faktūra'), keyword('factură'), keyword('fatura'), keyword('invoice'), keyword('rechnung'), keyword('facture'), keyword('factuur'), keyword('fattura'), keyword('factura'), keyword('handelsrechnung'), keyword('faktura'), keyword('fatura'), keyword('arve'), keyword('lasku'), keyword('faktúra'),
  // Greek, in Latin letters and in Greek script ("TIMOLOGIO", "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ"): no "Ar. Timologiou" (the number's label, its genitive)
  keyword('timologio'), keyword('τιμολόγιο'),
  // Japanese: the invoice (請求書), no spaces around it
  /請求書/u,
  // the title inside a compound label, as Dutch, German and Scandinavian invoices print their number and date ("Factuurnummer", "Rechnungsdatum")
  ...['factuurnummer', 'factuurdatum', 'factuurnr', 'rechnungsnummer', 'rechnungsdatum', 'rechnungsnr', 'fakturanummer', 'fakturadatum', 'fakturanr'].map((w) => keyword(w))];
const TAX_INVOICE = [keyword('tax invoice'), keyword('simplified tax invoice'), keyword('cash bill'), keyword('cash sale')];
/**
 * Titles a till prints although they name an invoice: a "simplified invoice" is the legal name of
 * a till receipt in Spain, Portugal and Italy (Spanish RD 1619/2012, Portuguese CIVA art. 40,
 * Italian documento commerciale), an Argentine fiscal printer's "tique factura" and a Chilean or
 * Peruvian "boleta" are a till's, so they are not an invoice title.
 */
const TILL_TITLES = ['factura simplificada', 'fatura simplificada', 'fattura semplificata', 'factura simpl', 'fatura simpl', 'fattura sempl', 'fact. simplificada', 'fact simpl', 'facture simplifiée', 'facture simplifiee', 'documento commerciale', 'paragon fiskalny', 'ticket de caisse', 'kassenbon', 'kassabon',
  // Argentina's controlador fiscal titles its slip "TIQUE FACTURA B" / "Tique-Factura C" (AFIP RG 3561: the tique-factura is the
  // fiscal printer's document); Chile's and Peru's till slip is a boleta ("BOLETA ELECTRONICA", "BOLETA DE VENTA ELECTRONICA")
  'tique factura', 'tique-factura', 'boleta electrónica', 'boleta de venta'].map((p) => keyword(p));
/** A statement's own title in the languages we know ("Kontoauszug", "Extracto de cuenta", "Wyciąg"...). */
/** An invoice's number label ("Invoice No:", "Invoice #", "Invoice Number"), in folded text. */
const TILL_INVOICE_NUMBER = /(?<![\p{L}])invoice\s*(?:no\b\.?|nr\b\.?|number|#)/gu;
/** A total label that names the document ("TOTAL FACTURA" on a Spanish ticket): no title. */
const TOTAL_OF_INVOICE = ['total factura', 'totale fattura', 'total fatura', 'total da fatura', 'total facture', 'montant facture', 'invoice total', 'total invoice'].map((p) => keyword(p));
/** A statement's title in Latin American Spanish ("Estado de cuenta" MX CO PE, "Resumen de cuenta" AR, "Cartola" CL) and Brazilian Portuguese. */
const LATAM_STATEMENT_TITLES = ['estado de cuenta', 'estado de cuenta bancario', 'resumen de cuenta', 'cartola', 'cartola de cuenta', 'extrato de conta', 'extrato da conta'];
/** A statement's title in HU RO HR SL DA NO SV FI ET LV LT (matched without accents too). */
const STATEMENT_TITLES_MORE = ['számlakivonat', 'bankszámlakivonat', 'folyószámla-kivonat', 'extras de cont', 'extras cont', 'izvod', 'izvadak', 'izpisek', 'bančni izpisek',
  'kontoudskrift', 'kontoudtog', 'kontoutskrift', 'kontoutdrag', 'tiliote', 'konto väljavõte', 'kontoväljavõte', 'konta izraksts', 'sąskaitos išrašas'];
const STATEMENT_TITLES = ['statement', 'account statement', 'bank statement', 'kontoauszug', 'relevé', 'releve', 'estratto conto', 'extracto', 'extrato', 'wyciąg', 'wyciag', 'rekeningafschrift', 'afschrift', 'dagafschrift',
  // Latin American Spanish: Mexico, Colombia and Peru title it "Estado de cuenta", Argentina "Resumen de cuenta", Chile "Cartola"
  ...LATAM_STATEMENT_TITLES,
  // CS, SK ("Výpis z účtu", "Výpis z bankového účtu", "Bankovní výpis"), matched without accents too
  'výpis z účtu', 'výpis z bankového účtu', 'bankovní výpis', 'výpis z běžného účtu',
  // HU RO HR SL DA NO SV FI ET LV LT ("Számlakivonat", "Extras de cont", "Izvod", "Kontoutdrag", "Tiliote"): a fresh tester's
  // Hungarian scan titled "SZÁMLAKIVONAT" had no title of ours, and "számla" made it an invoice
  ...STATEMENT_TITLES_MORE];
export const STATEMENT_WORDS = kw([
  'statement', 'account statement', 'bank statement', 'statement period', 'statement date', 'sort code', 'account number', 'account no',
  'paid in', 'paid out', 'withdrawals', 'deposits', 'transaction details', 'your transactions', 'kontoauszug', 'relevé', 'releve',
  'credit limit', 'minimum payment', 'overdraft',
  'estratto conto', 'extracto', 'extracto de cuenta', 'extrato', 'extrato bancário', 'wyciąg', 'wyciąg bankowy', 'rekeningafschrift', 'afschrift',
  ...LATAM_STATEMENT_TITLES,
  'relevé de compte', 'kontoauszug nr', 'numero di conto', 'número de cuenta', 'numer rachunku', 'rekeningnummer', 'kontonummer',
  'výpis z účtu', 'výpis z bankového účtu', 'bankovní výpis', 'číslo účtu', 'majitel účtu', 'majiteľ účtu',
  ...STATEMENT_TITLES_MORE,
  // the account's number and holder, a credit and a debit in HU RO HR SL NO DA SV FI
  'számlaszám', 'bankszámlaszám', 'számlatulajdonos', 'jóváírás', 'terhelés', 'titular cont', 'număr cont', 'broj računa', 'vlasnik računa',
  'številka računa', 'imetnik računa', 'kontohaver', 'kontoeier', 'kontohavare', 'tilinumero', 'tilinomistaja',
]);
/** Balance words: every opening and closing label the extraction knows (../parse/balance-labels.ts), and a balance's bare words. */
export const BALANCE_WORDS = kw([...new Set([...OPENING_LABELS, ...CLOSING_LABELS, 'solde', 'kontostand', 'saldo actual'])]);
const TOTAL_WORDS = [
  'total', 'grand total', 'amount due', 'balance due', 'total due', 'amount payable', 'total amount', 'net to pay', 'totaal',
  'gesamtbetrag', 'bruttosumme', 'zahlbetrag', 'summe', 'montant', 'net a payer', 'importe', 'payé', 'paye', 'te betalen',
  'gesamtsumme', 'rechnungsbetrag', 'endbetrag', 'total ttc',
  'totale', 'importe total', 'total a pagar', 'razem', 'do zapłaty', 'suma', 'valor total', 'te betalen', 'gesamt', 'zu zahlen',
  // other Latin-script languages: a document there is recognised by its structure and its total
  'celkem', 'k úhradě', 'celkom', 'spolu', 'k úhrade', 'összesen', 'fizetendő', 'att betala', 'summa', 'totalt', 'i alt', 'yhteensä', 'kokku', 'ukupno', 'skupaj', 'iš viso', 'kopā', 'de plată', 'toplam',
  // what is to be paid in Slovenian, Croatian and Serbian ("ZA PLAČILO EUR 35,45", "Za plaćanje 455,00")
  'za plačilo', 'za plaćanje', 'za platiti',
  'total bayar', 'total belanja',
  // Malay ("JUMLAH", "JUMLAH BESAR": the total; a sixteenth tester's Malaysian slip had no total anchor and was called an invoice)
  'jumlah', 'jumlah besar',
  // what is to be paid, in the Baltic, Nordic and Icelandic tills' words (LT "Mokėti", ET "Tasuda", FI "Maksettava", NO "Å betale",
  // DA "At betale", IS "Samtals")
  'mokėti', 'apmokėti', 'tasuda', 'maksettava', 'å betale', 'at betale', 'samtals',
  // Greek, in Latin letters and in Greek script ("SYNOLO", "ΣΥΝΟΛΟ", "PLIROTEO" / "ΠΛΗΡΩΤΕΟ": the total, the amount payable)
  'synolo', 'σύνολο', 'pliroteo', 'πληρωτέο',
].map((p) => keyword(p));
// Vietnamese totals ("Tổng cộng", "Tổng tiền", "Tổng thanh toán"), their marked letters possibly blanks
TOTAL_WORDS.push(...['tổng cộng', 'tổng tiền', 'tổng thanh toán'].map(markedLetterKeyword));

/**
 * Change handed back, as tills print it in EN, DE, ES (and Latin America's "VUELTO", "SU VUELTO"), IT, PT, NL, PL, FR, ID, VI,
 * SK and CS ("Vrátiť", "Výdavok", "Vráceno"), GR ("ΡΕΣΤΑ").
 */
const CHANGE_WORDS = [...['change', 'change due', 'rückgeld', 'rueckgeld', 'cambio', 'vuelto', 'su vuelto', 'resto', 'troco', 'wisselgeld', 'reszta', 'rendu', 'monnaie rendue', 'kembalian', 'vrátiť', 'výdavok', 'vráceno', 'ρέστα'].map((p) => keyword(p)),
  ...['tiền thừa', 'tiền thối', 'tiền trả lại'].map(markedLetterKeyword)];

/**
 * The phrases of a list found in a text, each piece of text counted once: a phrase is dropped
 * when a longer hit contains it ("sub total" in "subtotal", "paid" in "amount paid") and it is
 * not printed anywhere else, so one word on the page never counts as two pieces of evidence.
 */
export function hits(text: string, list: readonly (readonly [string, RegExp])[]): string[] {
  const found = list.filter(([, re]) => re.test(text));
  const squash = (p: string) => fold(p).replace(/[^\p{L}\d]/gu, '');
  return found.filter(([p, re]) => {
    const longer = found.filter(([q]) => q !== p && squash(q).includes(squash(p)) && squash(q) !== squash(p) || (q < p && squash(q) === squash(p)));
    if (!longer.length) return true;
    // still a hit when it is printed outside every longer phrase
    let rest = text;
    for (const [, qre] of longer) rest = rest.replace(new RegExp(qre.source, qre.flags.includes('g') ? qre.flags : qre.flags + 'g'), ' ');
    return re.test(rest);
  }).map(([p]) => p);
}

/**
 * An OCR'd "INVOICE" with one letter misread or lost ("INVOCE NO. 1727" on a 1979 typewritten
 * scan, "lNVOICE"): a word one edit from "invoice", not after "tax" (a till's "TAX INVOICE" is no
 * invoice title, misread or not). Only for pages read by OCR; a text layer spells its title.
 */
function misreadInvoiceTitle(folded: string): boolean {
  return (folded.replace(/\b(?:tax|t[a4]x|simplified)\s+\S+/g, ' ').match(/\b[a-z0-9]{6,8}\b/g) ?? []).some((w) => w !== 'invoices' && w !== 'invoiced' && oneEditApart(w, 'invoice'));
}

type Amounts = ReturnType<typeof findAmounts>;

/**
 * Whether a line's amounts hold money: two decimals or a currency; with `whole` (the page's
 * currency prints whole amounts, ../parse/minor-unit.ts: "ÖSSZESEN Ft 6 846"), a whole number too.
 */
function hasMoney(amounts: Amounts, whole = false): boolean {
  return amounts.some((a) => moneyDecimals(a, whole) || a.currency != null);
}

/** See Evidence.summedTotal: the last figure of each money line (`perLine`: each line's amounts, in reading order), and whether a run of two or more ending right above the last figure adds up to it (to the cent). */
function summedTotal(perLine: Amounts[], whole = false): boolean {
  const figures = perLine.flatMap((amounts) => {
    const a = amounts.filter((x) => moneyDecimals(x, whole));
    return a.length ? [Math.round(a[a.length - 1].value * 100)] : [];
  });
  const last = figures[figures.length - 1];
  if (figures.length < 3 || !(last > 0)) return false;
  let sum = 0;
  for (let i = figures.length - 2; i >= 0; i--) {
    sum += figures[i];
    if (sum === last && figures.length - 1 - i >= 2) return true;
    if (sum > last) return false;
  }
  return false;
}

/** A rate printed as a percentage ("19%", "5,5 %"), not the tail of a larger figure. */
const RATE_PRINTED = /(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?\s?%/;

/** See Evidence.pricesToTotal. `perLine`: each line's amounts; `totalLine`: whether line i holds a total word. */
function pricesToTotal(perLine: Amounts[], totalLine: (i: number) => boolean, rateLine: (i: number) => boolean, whole = false): boolean {
  const last2 = (i: number) => { const a = perLine[i].filter((x) => moneyDecimals(x, whole)); return a.length ? Math.round(a[a.length - 1].value * 100) : null; };
  for (let i = 0; i < perLine.length; i++) {
    const total = last2(i);
    if (!totalLine(i) || total == null || total <= 0) continue;
    let j = i - 1;
    while (j >= 0 && last2(j) === total) j--; // a subtotal printed above, the same figure
    let sum = 0, n = 0;
    for (; j >= 0; j--) {
      const f = last2(j);
      if (f == null || rateLine(j)) break; // a tax at its rate is no price
      sum += f; n++;
      if (sum === total && n >= 2) return true;
      if (sum > total) break;
    }
  }
  return false;
}

/** A word of three or more letters (no figure, no code like "EUR" in capitals). */
const WORD = /^[("']?\p{L}[\p{Ll}'’-]{2,}[.,;:)]?$/u;

/**
 * See Evidence.moneyOnlyInSentences: a line (`tokens`: its text split at spaces) of eight or more
 * tokens, five or more of them words, where a figure with cents is followed by a word in lower case
 * and another word ("£5,171.75 including VAT").
 */
function moneyInSentence(text: string, tokens: string[]): boolean {
  if (tokens.length < 8 || tokens.filter((t) => WORD.test(t)).length < 5) return false;
  return /\d[.,]\d{2}\)?[.,;:]?\s+\(?\p{L}[\p{Ll}'’-]{2,}[.,;:)]?\s+\(?\p{L}{2,}/u.test(text);
}

export function gatherEvidence(reading: DocumentReading): Evidence {
  const lines = flattenLines(reading);
  const text = fold(lines.map((l) => l.text).join('\n'));
  const words = lines.reduce((n, l) => n + l.text.split(/\s+/).filter(Boolean).length, 0);
  const first = reading.pages[0];
  const aspect = first ? first.height / Math.max(1, first.width) : 1;
  // read by OCR (an image, or a PDF without a text layer): its words may be misread
  const ocr = reading.kind === 'image' || reading.pages.every((p) => p.source === 'ocr');
  let taxClassLines = 0;
  let changeLines = 0;
  const totalLines = new Set<number>(), rateLines = new Set<number>();
  let sentenceMoneyLines = 0;
  let totalAnchors = 0, moneyLines = 0, transactionRows = 0, balanceRows = 0, totalWords = 0, proseLines = 0, taxRateLines = 0, dateLines = 0, multiMoneyLines = 0;
  const lowerAmounts = new Map<number, number>();
  // a page in a currency printed in whole amounts (yen, forint), or one that groups whole amounts
  // with dots ("TOTAL $ 11.900" on a Colombian page, ../parse/dot-thousands.ts): its whole numbers are money
  const currency = detectCurrency(lines.map((l) => l.text).join('\n'))?.code;
  const dotThousands = dotThousandsPage(lines, currency);
  // (or a page naming no currency whose whole figures add up as a bill's, a Korean till roll whose Hangul OCR could not read:
  // ../parse/summing-whole-page.ts)
  const bySum = !currency && !dotThousands && !wholeMoneyCurrency(currency) && summingWholePage(lines.map((l) => l.text));
  const whole = wholeMoneyCurrency(currency) || dotThousands || bySum;
  // each line's amounts, parsed once for every count below
  const perLine = lines.map((l) => findAmounts(l.text, [], { dotThousands }));
  lines.forEach((l, i) => {
    const amounts = perLine[i];
    const money = hasMoney(amounts, whole);
    if (money) moneyLines++;
    const f = fold(l.text);
    if (money && CHANGE_WORDS.some((re) => re.test(f))) changeLines++;
    if (TOTAL_WORDS.some((re) => re.test(f))) {
      totalWords++;
      totalLines.add(i);
      const next = lines[i + 1];
      if (money || (next && next.page === l.page && hasMoney(perLine[i + 1], whole))) totalAnchors++;
    }
    const dates = findDates(l.text);
    if (dates.length) dateLines++;
    // (on a page whose whole figures are money by their sums alone, a small ungrouped figure beside one is a count or a
    // size, "5 4,480", "15 6,980": no second money figure)
    if (amounts.filter((a) => moneyDecimals(a, whole) && (!bySum || GROUPED_WHOLE.test(a.text.trim()))).length >= 2) multiMoneyLines++;
    const rate = RATE_PRINTED.test(l.text);
    if (rate) rateLines.add(i);
    if (money && rate) taxRateLines++;
    if (i >= lines.length / 2) for (const a of amounts) if (moneyDecimals(a, whole) && a.value > 0) lowerAmounts.set(a.value, (lowerAmounts.get(a.value) ?? 0) + 1);
    if (money && (whole ? /\d\s?[A-G]\s*$/ : /\d[.,]\d{2}\s?[A-G]\s*$/).test(l.text)) taxClassLines++;
    // a row starts with a full date, or with a day and month whose year the period gives ("04.03.", "02 Jul")
    // (a bare "01.07" as the row's lead, ../parse/dates.ts findLeadingDayMonth, with money after it)
    const rowDate = dates.length && dates[0].start <= Math.max(3, l.text.length * 0.25) ? dates[0] : dates.length ? null : findDayMonth(l.text) ?? findLeadingDayMonth(l.text);
    if (money && rowDate && rowDate.start <= Math.max(3, l.text.length * 0.25) && hasMoney(findAmounts(l.text.slice(rowDate.end), [], { dotThousands }), whole)) {
      transactionRows++;
      if (findAmounts(l.text.slice(rowDate.end), [], { dotThousands }).filter((a) => a.decimals === 2).length >= 2) balanceRows++;
    }
    const tokens = l.text.split(/\s+/).filter(Boolean);
    if (tokens.length >= 8 && tokens.filter((t) => /\d/.test(t)).length <= 1) proseLines++;
    if (money && moneyInSentence(l.text, tokens)) sentenceMoneyLines++;
  });
  const conf = reading.pages.length ? reading.pages.reduce((s, p) => s + p.confidence, 0) / reading.pages.length : 0;
  // a sale posted to a room or a table ("Billed to Room 412", ./room-charge.ts) names no buyer:
  // no invoice field, no billing on credit, and a receipt's cue (settled at an outlet's till)
  const posted = blankPostedToPlace(text);
  const taxInvoiceTitle = TAX_INVOICE.some((re) => re.test(text)) || TILL_TITLES.some((re) => re.test(text));
  const tendered = tenderedTotal(lines, perLine, (i) => totalLines.has(i), whole);
  const streetLines = lines.filter((l) => STREET_LINE.test(l.text)).length;
  // a till's tax invoice (an Australian or Malaysian "TAX INVOICE" slip) numbers itself ("Invoice
  // No: 4321/00123456"): on a short page paid at the till, with no bill-to and no buyer's street,
  // that number label is the slip's, no invoice title
  const tillNumbered = taxInvoiceTitle && tendered && lines.length <= 40 && streetLines <= 1 && hits(posted.text, BILLING_WORDS).length === 0;
  const titleText = tillNumbered ? text.replace(TILL_INVOICE_NUMBER, ' ') : text;
  // a full page titled TAX INVOICE with a buyer, credit terms and no payment at a till is an
  // invoice billed on credit: its title is an invoice's (./billed-tax-invoice.ts)
  const billed = taxInvoiceTitle && TAX_INVOICE.some((re) => re.test(text)) && billedTaxInvoice(lines, streetLines, tendered || changeLines > 0);
  return {
    words,
    lines: lines.length,
    meanConfidence: conf,
    aspect,
    image: ocr,
    receiptHits: [...hits(text, RECEIPT_WORDS), ...(posted.posted ? ['charged to a room or table'] : [])],
    invoiceHits: hits(posted.text, INVOICE_WORDS),
    invoiceTitle: billed || INVOICE_TITLE.some((re) => re.test([...TILL_TITLES, ...TOTAL_OF_INVOICE].reduce((t, tr) => t.replace(new RegExp(tr.source, 'g'), ' '), titleText.replace(/tax invoice/g, ''))))
      || (ocr && misreadInvoiceTitle(titleText)),
    taxInvoiceTitle: taxInvoiceTitle && !billed,
    statementTitle: hits(text, kw(STATEMENT_TITLES)).length > 0,
    tillRoll: ocr ? aspect > 1.8 : (first?.width ?? 999) <= 300,
    pageWide: textColumns(lines) > PAGE_COLUMNS,
    taxClassLines,
    statementHits: hits(text, STATEMENT_WORDS),
    balanceHits: hits(text, BALANCE_WORDS),
    totalAnchors,
    changeLines,
    tenderedTotal: tendered,
    streetLines,
    moneyLines,
    transactionRows,
    balanceRows,
    totalWords,
    proseLines,
    billingHits: hits(posted.text, BILLING_WORDS),
    taxRateLines,
    ibans: (lines.map((l) => l.text).join('\n').match(/\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,4})?\b/g) ?? []).length,
    dateLines,
    repeatedAmount: [...lowerAmounts.values()].some((n) => n >= 2),
    multiMoneyLines,
    summedTotal: summedTotal(perLine, whole),
    pricesToTotal: pricesToTotal(perLine, (i) => totalLines.has(i), (i) => rateLines.has(i), whole),
    otherTitle: otherTitle(lines),
    ownTitle: ownTitle(lines),
    deniesInvoice: deniesInvoice(lines),
    moneyOnlyInSentences: moneyLines > 0 && sentenceMoneyLines === moneyLines,
    placeholders: (text.match(/<[a-z][^<>]{2,40}>|\bx{4,}\b|x{2,}-x{4}/g) ?? []).length,
  };
}
