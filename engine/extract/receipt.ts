/**
 * @module engine/extract/receipt
 * A receipt from a reading: supplier from the top lines, receipt number, the purchase date,
 * total / net / tax / discount chosen by cross-checks, currency, payment method (../parse/payment-method) and items.
 * Several receipts in one document are split only when the page repeats a full receipt
 * (a new header after a completed total, or one receipt per page); otherwise one receipt.
 */
import { withoutGluedTitle } from './title-glued-to-name.ts';
import type { Receipt, ReceiptResult } from '../../schemas/results.ts';
import type { DocumentReading, FieldEvidence } from '../types.ts';
import { detectCurrency } from '../parse/currency.ts';
import { withYenSignsRead } from '../parse/yen-sign-read.ts';
import { withRateTaxLinesJoined } from '../parse/rate-tax-lines.ts';
import { wholeMoneyPage, withDotThousands } from '../parse/dot-thousands.ts';
import { findDates, toIsoDate, type DateOrder, type FindDatesOptions } from '../parse/dates.ts';
import { YEAR_FIRST_PAGE } from '../parse/east-asian-dates.ts';
import { compactIsoDate, dateFromDigitRun, dateWithBrokenSeparators } from '../parse/lost-separators.ts';
import { amountsIn, flattenLines, fold, keyword, matchAny, spanBox, spanConfidence, valueLines, type DocLine } from '../parse/lines.ts';
import { FieldLog } from './evidence.ts';
import { extractItems } from './items.ts';
import { withoutClassMarkBeforePrice } from './class-mark-before-price.ts';
import { gluedToCode } from './date-glued-to-code.ts';
import { itemsTotal, pickAmounts, recordAmounts } from './amount-roles.ts';
import { labelledDates, labelledIds, type AmountCandidate, type TextCandidate } from './labels.ts';
import { savingsTakenOff } from './savings-row.ts';
import { moneyDecimals } from '../parse/minor-unit.ts';
import { isStreetNumber, printsFullDate } from './street-number-date.ts';
import { approximateTax, APPROXIMATE_TAX_RULE } from './approximate-tax.ts';
import { icmsSummaryTax } from './icms-summary.ts';
import { paymentMethodOf } from '../parse/payment-method.ts';
import { markedLetterKeyword } from '../parse/marked-letter-keyword.ts';
import { notPhoneNumbers, withDigitGroups } from './phone-digits.ts';
import { pointOfSaleNumbers } from './point-of-sale-number.ts';
import { ptDocumentNumbers } from './pt-document-number.ts';
import { headerRowNumbers } from './header-row-number.ts';
import { notOtherNumbers } from './id-under-title.ts';
import { tillLineNumbers } from './till-line-number.ts';
import { dateLineNumbers } from './date-line-number.ts';
import { receiptSupplier } from './receipt-supplier.ts';
import { reconcileTotal, repairedLines } from './receipt-total.ts';
import { isSideBySide, rejoinParts } from './rejoin-parts.ts';
import { predict } from './fitted/logistic.ts';
import { totalCandidates } from './fitted/total-features.ts';
import { RECEIPT_TOTAL_MODEL } from './fitted/receipt-total-weights.ts';

const RECEIPT_ID = ['receipt no', 'receipt #', 'receipt number', 'invoice no', 'inv no', 'bill no', 'doc no', 'document no', 'transaction no', 'trans no', 'order no', 'check no', 'chk', 'ticket no', 'no. facture', 'beleg', 'bon n', 'cs no', 'slip no', 'slip nr', 'slip number', 'ref no', 'invoice #',
  // European tills' receipt numbers (DE Bon-Nr. per KassenSichV, FR ticket, ES/PT factura/fatura simplificada, IT documento, NL bonnummer, PL paragon / nr wydruku)
  'bon-nr', 'bon nr', 'bonnummer', 'bonnr', 'beleg-nr', 'belegnr', 'n° ticket', 'nº ticket', 'numero ticket', 'ticket', 'factura simplificada', 'fatura simplificada', 'documento n',
  'numer paragonu', 'nr paragonu', 'paragon nr', 'nr wydr', 'receipt', 'invoice',
  // more tills' and e-receipts' numbers (US check, MX/ES folio, DE Quittung, IT scontrino and documento commerciale, BR cupom, PL paragon fiskalny / rachunek, NL factuur)
  'check #', 'check', 'folio', 'quittung', 'quittungsnummer', 'scontrino n', 'scontrino', 'documento commerciale n', 'cupom fiscal', 'cupom', 'paragon fiskalny nr', 'paragon fiskalny',
  'rachunek nr', 'rachunek', 'factuurnummer', 'factuur nr', 'bon',
  // and the labels issue #12's tester met on tills: IT "DOC. N.", NL "Transactie", PT "Talão nº", BR "Extrato Nº" (CF-e SAT) and
  // "NFC-e nº", ES "Nº Fra. simpl." (factura simplificada abbreviated), IN "Bill #"
  'doc n', 'transactie', 'talão', 'extrato', 'nfc-e', 'fra simpl', 'bill #',
  // and a later tester's: SG/MY "Rcpt #", "Bill:" (below), PT/ES "Nº Op." (the operation's number), PL "Nr par." (paragon abbreviated),
  // PT "Doc. n.º", DE "Kassenbon Nr.", "Rechnung Nr.", FR "Ticket de caisse n°", ES/PT "Nº factura", "Nº recibo", IT "Ricevuta n.", NL "Kassabon nr"
  'rcpt #', 'rcpt no', 'rcpt', 'receipt #', 'doc nº', 'doc. nº', 'nº doc', 'n.º doc', 'n° doc', 'nº op', 'n.º op', 'n° op', 'no op', 'num op', 'nr par', 'nr. par', 'doc. n.º', 'doc n.º', 'kassenbon nr', 'kassenbon', 'rechnung nr',
  'rechnungsnummer', 'ticket de caisse', 'nº factura', 'n.º factura', 'factura n', 'nº fatura', 'fatura n', 'nº recibo', 'recibo n', 'recibo', 'ricevuta n', 'ricevuta',
  'num documento', 'núm documento', 'nº documento', 'n.º documento', 'kassabon nr', 'kassabon', 'kassabonnummer',
  // and the other Latin-script languages' tills (a ninth tester's): FR restaurant "Note n°", SV "Kvitto nr", DA/NO "Kvittering nr",
  // FI "Kuitti nro", CS "Účtenka č.", SK "Pokladničný blok č.", HU "Nyugta sz." / "Nyugtaszám", RO "Bon fiscal nr."
  'note n', 'note no', 'kvitto nr', 'kvittonr', 'kvittonummer', 'kvitto', 'kvittering nr', 'kvitteringsnr', 'kvitteringsnummer', 'kvittering',
  'kuitti nro', 'kuitin nro', 'kuittinumero', 'kuitti', 'účtenka č', 'účtenka', 'číslo účtenky', 'doklad č', 'pokladničný blok', 'blok č',
  'nyugta sz', 'nyugtaszám', 'nyugta', 'bon fiscal nr', 'bon fiscal', 'nr bon',
  // and beyond Europe (a twelfth tester's): PE "Boleta de venta electrónica B001-00076986" (series and number, SUNAT), AR "Tique Factura B
  // Nro. 0004-00012345" (the letter is the class of the factura: A, B, C, M), PH "OR No." (official receipt), CO "Factura POS No.",
  // TR "FİŞ NO:", GR "ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ" and its transliteration "APODEIXI LIANIKIS No"
  'boleta de venta electrónica', 'boleta de venta', 'boleta electrónica', 'boleta', 'tique factura a', 'tique factura b', 'tique factura c', 'tique factura m', 'tique factura', 'tique',
  'or no', 'or #', 'official receipt no', 'official receipt #', 'official receipt', 'factura pos no', 'factura pos', 'fiş no', 'fiş nr', 'fiş',
  'apodeixi lianikis', 'apodeixi', 'απόδειξη λιανικής', 'απόδειξη',
  // and Central Europe's and the Baltics' (a thirteenth tester's): HR "Račun br." / "Broj računa", SL "Račun št." / "Številka
  // računa", CS/SK "Číslo dokladu", LV "Čeks Nr." / "Kvīts Nr.", ET "Tšekk nr" / "Kviitung nr", LT "Kvito Nr." / "Čekio Nr.",
  // HU "Nyugta sorszám" (the receipt's serial number; "Nyugta" alone is its title). Their marked letters fold away
  // (../parse/lines.ts fold), so a scan's or a plain font's "Racun br.84051", "Tsekk nr", "Ceks Nr." read too
  'račun br', 'račun broj', 'broj računa', 'račun št', 'račun štev', 'številka računa', 'číslo dokladu', 'č. dokladu',
  'čeks nr', 'čeka nr', 'kvīts nr', 'tšekk nr', 'tšeki nr', 'kviitung nr', 'kvito nr', 'kvitas nr', 'čekio nr', 'čekis nr',
  'nyugta sorszám', 'nyugta sorszáma',
  // and a fourteenth tester's: SL/HR "Št. računa" (številka abbreviated before the noun), LV "Rēķins Nr.", GR "Arithmos
  // Apodeixis" / "Ar. Apodeixis" (the receipt's number, in Latin letters and in Greek)
  'št računa', 'rēķins nr', 'rēķina nr', 'arithmos apodeixis', 'ar apodeixis', 'αριθμός απόδειξης', 'αρ. απόδειξης',
  // and a fifteenth tester's: MY "Resit No" / "No. Resit" (Malay for receipt), a webshop's order confirmation, whose number is
  // its order's (NL "Bestelnummer", DE "Bestellnummer", EN "Order number")
  'resit no', 'no resit', 'no. resit', 'resit', 'bestelnummer', 'bestellnummer', 'order number',
  // ES "Factura simpl. Nº" (the factura simplificada abbreviated, a sixteenth tester's)
  'factura simpl',
  // IS "Kvittun nr." (the receipt's number)
  'kvittun nr', 'kvittunar nr', 'kvittun',
  // a fresh tester's: AR "Comp. Nro: 0003-00012345", "Comprobante Nº ..." (the AFIP comprobante's number, its point of sale
  // and number printed whole), FR "Facture no 2024-118" on a till ("Facture" alone is a title: its number follows it)
  'comp nro', 'comp nº', 'comp n°', 'comprobante nro', 'comprobante nº', 'comprobante n°', 'comprobante n', 'nro comprobante', 'nro comp', 'facture no', 'facture n', 'facture',
  // AR "Factura B N° 0003-00045612": the factura's class letter (A, B, C, M, E) then its number sign; without the sign the
  // letter may start a phrase ("Factura a consumidor final")
  ...['a', 'b', 'c', 'm', 'e'].flatMap((c) => ['n', 'nro', 'no', 'nº', 'n°'].map((n) => `factura ${c} ${n}`)),
  // the misspelling tills print for receipt ("RECIEPT NO", "Reciept #"), a printed word and no damage of OCR's (which
  // keyword() covers: "Rec1ept No" is this misspelling with its i read as a 1)
  'reciept no', 'reciept #', 'reciept number', 'reciept',
  // Malaysian tills' (issue #12's SROIE fit receipts): "SALES NO. : 8807946" and "Cash Sales No" (a cash sale's
  // receipt), "CB#: 87870" / "CB No" (the cash bill's number), a credit note's own number "C/N No: LCN00211"
  'sales no', 'cash sales no', 'cb #', 'cb no', 'cash bill no', 'c/n no', 'credit note no',
  // East Asian tills' receipt numbers: JP "レシート番号" / "レシートNo." (receipt), "伝票番号" (slip), "取引番号" (transaction),
  // "領収書番号" (receipt, formal); KR "영수증번호" / "영수증 번호" (receipt), "거래번호" (transaction), "전표번호" (slip);
  // never KR "승인번호" / JP "承認番号" (a card payment's approval number), "사업자번호" / "登録番号" (a tax registration's)
  'レシート番号', 'レシートno', 'レシート no', '伝票番号', '伝票no', '取引番号', '取引no', '領収書番号', '領収書no',
  '영수증번호', '영수증 번호', '영수증no', '거래번호', '거래 번호', '전표번호', '전표 번호',
  // longest first: on one line the longer label is the one printed ("Beleg-Nr. 4711" is no "Beleg" followed by "-Nr.");
  // a long word's letter OCR misread as another ("RECEIPI #", "INVDICE NO", "Tidket No."): ../parse/lines.ts keyword misread
].sort((a, b) => b.length - a.length).map((k) => keyword(k, 'i', { misread: true })).concat([
  // "Bill: 4711", "Bill # 4711" (a Singapore or Malaysian restaurant's bill): a bill word with its
  // colon or hash, never "Total Bill 23.50"
  /(?<![\p{L}\d])bill\s*[:#]/u,
  // ...or before a number in three dashed groups or more, which no amount is ("BILL 4449-517-12949-2906180053")
  /(?<![\p{L}\d])bill(?=\s+\d+(?:-\d+){2,}(?![\p{L}\d.,-]))/u,
  // "INV# 001881904580783", "Inv:R000721136", "TaxInv:14072" (the invoice word cut short, with its hash or colon)
  /(?<![\p{L}\d])(?:tax\s?)?inv\s*[:#]/u,
  // "SLIP: 0045123", "TILL:03 SLIP:4711" (a South African till slip's number; "Slip No" is listed above): a
  // slip word with its colon or hash, never a card slip's or a deposit slip's title
  /(?<![\p{L}\d])slip\s*[:#]/u,
  // Vietnam's "Số HĐ" / "Số hóa đơn" (the invoice's number; its marked letters may be blanks) and Indonesia's "No. Struk"
  ...['số hóa đơn', 'số hđ'].map(markedLetterKeyword), keyword('no struk'), keyword('struk'),
  // CS/SK "Doklad č." (a till's document number) whose č OCR could not read and printed as "?" ("Doklad ?. 454396")
  /(?<![\p{L}\d])(?:doklad|uctenka|blok)\s?\?\.?(?=\s*:?\s*\d)/u,
]);
/** A date ("18.03.2024", "10 czerwca 2024 r.") or a time ("09:36", "6:31 pm") on a till's number line (folded text). */
const DATE_OR_TIME = String.raw`(?:\d[\d.\/-]*\d|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}(?:\s+r\.)?|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)`;
/**
 * A token after a sign's number that is no date: a plain group of digits followed by another
 * group or ending the line. "No. 0161 555 0101", "# 0113 496 0000" are a phone number, "# 6340
 * 1234 5678" a card's, whose first group is no receipt number (the receipt rules read no number
 * printed in groups).
 */
const NOT_A_DIGIT_GROUP = String.raw`(?!\d+(?:\s+\d|\s*$))`;
/**
 * A bare "#" before the receipt number, on a line that holds nothing else but the till's date and
 * time ("# 167941", "18.03.2024 09:36 # 680050", "10 czerwca 2024 r. 13:11 # 334773", "#027553
 * 27/06/2018 12:45"; PL paragon, MY tills). Not a store's or article's number with words after it
 * ("#0020 The Summit USJ", "#1011801-5 1807.30 SR"), nor the till's or operator's after their words
 * ("Kasse 3 Op 17 #9775"). Weaker than any named label (an "INVOICE NO : 052949" below it wins).
 */
const RECEIPT_ID_BARE_HASH = [new RegExp(String.raw`^\s*(?:${DATE_OR_TIME}\s+)*#(?=\s*[\p{L}\d][\p{L}\d\-\/]*\d#?(?:\s+${NOT_A_DIGIT_GROUP}${DATE_OR_TIME})*\s*$)`, 'u')];
/**
 * A till's, terminal's, cashier's or table's own number printed after the receipt number on its
 * line ("Nº 35464   POS 04", "# 51363   Kasse 2", "No. 83215 Till 3"; folded text): a word and
 * its number, never the receipt's.
 */
const TILL_NUMBER = String.raw`(?:till|kasse|caja|caisse|cassa|kassa|caixa|p[o0]s|terminal|term|tid|register|reg|lane|cashier|op|operator|bediener|kassierer|table|tisch|mesa|tavolo|server|clerk)\.?\s*(?:no\.?|nr\.?|#|n[°º])?\s*:?\s*\d{1,6}`;
/**
 * An Argentine comprobante's number printed whole: its point of sale (four or five digits) and its
 * own number (eight), joined by a dash ("0003-00012345", AFIP RG 1415 and 4291). No CUIT (tax id):
 * that is two digits, eight and one ("20-12345678-9").
 */
const POINT_OF_SALE_AND_NUMBER = String.raw`\d{4,5}-\d{8}(?![\d-])`;
/** What follows the sign: the number, then nothing but the till's date, time or own number (folded text; no group of digits, NOT_A_DIGIT_GROUP). */
const NUMBER_THEN_TILL = String.raw`(?:${POINT_OF_SALE_AND_NUMBER}|\d{3,10})(?:\s+${NOT_A_DIGIT_GROUP}(?:${DATE_OR_TIME}|${TILL_NUMBER}))*\s*$`;
/**
 * A loyalty, member, club or customer card named on a line ("Loyalty card", "Clubcard", "Member
 * No.", "Membership", "Customer card", DE "Kundenkarte", "Payback"; folded text): the number
 * after a sign on that line or the line under it is the card's, never the receipt's. A customer's
 * copy ("Customer copy"), a team member or a club sandwich names none.
 */
const LOYALTY_CARD = /(?<![\p{L}\d])(?:loyalty|membership|(?:member|club|customer) ?(?:card|no\b|#|number|id\b)|clubcard|kundenkarte|payback|rewards? ?card)(?![\p{L}])/u;

/** The candidates whose line, or the line above it on its page, names a loyalty or member card (LOYALTY_CARD) left out. */
function notCardNumbers(lines: DocLine[], ids: TextCandidate[]): TextCandidate[] {
  return ids.filter((c) => {
    const i = lines.indexOf(c.line);
    const above = i > 0 && lines[i - 1].page === c.line.page ? lines[i - 1] : null;
    return !LOYALTY_CARD.test(fold(c.line.text)) && !(above && LOYALTY_CARD.test(fold(above.text)));
  });
}
/**
 * A bare number sign starting the line before the receipt number, the line holding nothing else
 * but the till's date and time or the till's own number ("Nº 35464   POS 04", "N° 4866",
 * "No. 83215", "Nr. 51363", "# 51363   Till 3"; a tenth tester's UK, DE and FR tills; and as OCR
 * reads the sign: "N 35464" with its ordinal sign lost, "N9 35464" with it read as a nine, "N0 4866"): the sign
 * reads "number" on a till roll, where the receipt's is the number printed (OCR's "N?" too, and
 * numberBesideSign when the sign was read apart). Three to ten digits
 * and nothing else: a street number begins an address with its street after it ("No. 12 Jalan
 * Penang", "NO. 2-1, JALAN"), a registration or VAT number, a phone or a till's number have their
 * label before the sign ("Co. No. 12345-X", "GST No: 0012", "Tel No. 03-1234", "POS No. 4"), and
 * an item code has its article after it ("# 4711 Butter 2,50"). Weaker than any named label.
 * The sign may be Spanish "Nro." or Czech "č." (číslo: "č. 4567"), and the number an Argentine
 * comprobante's printed whole ("Nro. 0003-00012345", POINT_OF_SALE_AND_NUMBER).
 */
const RECEIPT_ID_NUMBER_SIGN = [
  new RegExp(String.raw`^\s*(?:${DATE_OR_TIME}\s+)*(?:n[°º?]|n[o0r]\.?|nro\.?|n\.|c\.|n[92]?(?=\s)|#)\s*:?\s*(?=${NUMBER_THEN_TILL})`, 'u'),
  // the till's register and its number before the sign ("Reg 02 No. 4410", "Kasse 3 Nr. 4711"): the sign's number is
  // the receipt's; a bare "#" there may be the operator's own ("Kasse 3 Op 17 #9775", RECEIPT_ID_BARE_HASH)
  new RegExp(String.raw`^\s*(?:(?:${DATE_OR_TIME}|${TILL_NUMBER})\s+)+(?:n[°º]|n[o0r]\.?|nro\.?)\s*:?\s*(?=${NUMBER_THEN_TILL})`, 'u'),
];
/**
 * A word naming the receipt right before a bare number sign, anywhere on the line, and the
 * receipt number after it with nothing else but the till's date, time or own number ("KUNDENBELEG
 * Nº 35464", "18.03.2024 Kassenbeleg Nº 35464 09:36", "REÇU N° 4866", "PARAGON Nº 35464";
 * folded text). The word may end a compound ("Kundenbeleg", "Kassenbon", "Kassakvitto": German
 * and Nordic tills glue what the receipt is for before it): EN receipt / rcpt, DE/NL/FR/RO bon,
 * EN/FR/ES ticket, DE Beleg / Quittung, FR reçu, IT scontrino / ricevuta, ES/PT recibo, PL
 * paragon, SV kvitto, DA/NO kvittering, FI kuitti, HU nyugta, CS účtenka, BR cupom, PT talão.
 * The sign after another word is that word's number, never the receipt's ("Tel Nº", "VAT Nº",
 * "Co. No.", "POS Nº", "Kasse Nr.", "Table No.").
 */
const RECEIPT_WORD = '(?:receipt|rcpt|bon|ticket|beleg|quittung|recu|scontrino|ricevuta|recibo|paragon|kvitto|kvittering|kuitti|nyugta|uctenka|cupom|talao)';
const RECEIPT_WORD_SIGN = [new RegExp(String.raw`(?<![\p{L}\d])\p{L}*${RECEIPT_WORD}\.?\s*(?:n\.?[°º?]|n[o0r]\.?|nro\.?|n\.|#)\s*:?\s*(?=${NUMBER_THEN_TILL})`, 'u')];
/** The sign as a line of its own ("N?", "N 5": the ordinal sign lost or read as a digit), and the line beside it holding the number alone. */
const NUMBER_SIGN_ALONE = /^\s*(?:n[°º?]?|n[o0r]\.?|n\.|n\s?[925]|#)\s*:?\s*$/u;
const NUMBER_BESIDE_SIGN = [new RegExp(String.raw`^\s*(?=${NUMBER_THEN_TILL})`, 'u')];

/**
 * The receipt number of RECEIPT_ID_NUMBER_SIGN when OCR read its sign as a line of its own and
 * the number with the till's beside it on the same row as another ("N?" beside "92707 Caja 1").
 */
function numberBesideSign(lines: DocLine[]): TextCandidate[] {
  for (const line of lines) {
    if (!NUMBER_SIGN_ALONE.test(fold(line.text))) continue;
    const beside = valueLines(lines, line, 0).sort((a, b) => a.box.x - b.box.x)[0];
    const ids = beside ? labelledIds([beside], NUMBER_BESIDE_SIGN, 0) : [];
    if (ids.length) return ids;
  }
  return [];
}

/**
 * A Portuguese document's own number, printed with no label: the document type (FS fatura
 * simplificada, FT fatura, FR fatura-recibo, VD venda a dinheiro), its series and its number
 * after a slash ("FS 1A/2345", "FR 2024A/117"), as Portaria 363/2010's ATCUD series print it.
 */
const RECEIPT_ID_PT_SERIES = [/^\s*(?=(?:fs|ft|fr|vd)\s+[a-z0-9]{1,10}\/\d{1,10}(?![\p{L}\d]))/u];
/** Numbers of something else than the receipt that still name it when nothing else does ("Order 4711", "Transaction: 4711"). */
const RECEIPT_ID_FALLBACK = ['order #', 'order', 'transaction', 'trans', 'txn'].map((k) => keyword(k));
const DATE_LABELS = ['date', 'datum', 'fecha', 'dated', 'tarikh'].map((k) => keyword(k));
const NOT_PURCHASE_DATE = ['expiry', 'exp', 'valid', 'due', 'birth', 'since', 'from', 'until'].map((k) => keyword(k));

export interface ReceiptExtraction {
  formatted: ReceiptResult;
  fields: Record<string, FieldEvidence>;
}

/**
 * Numeric dates are month-first only where the evidence is strong. Without `page` (callers that
 * only know the currency): month-first where the currency says US dollars. With `page`:
 * 1. the page's own numeric dates decide when one of them can only be read one way (a first
 *    number above 12 is a day: "25/12/2016" says day-first for the whole page);
 * 2. otherwise US dollars mean month-first, unless the only evidence for them is a bare "$"
 *    (currency confidence <= 0.5) that is never printed before an amount: OCR reads "$" out of
 *    debris and "S" on Malaysian receipts, and one stray "$" must not turn 06/07/2017 into June 7.
 * Year first (`ymd`: "24-12-26" is 2024-12-26) where the page is East Asian (yen or won, kana,
 * a Japanese receipt's or address's words: ../parse/east-asian-dates.ts), or, with a currency
 * other than US dollars, where the page prints a four-digit year first ("2024/12/26") and no
 * full date with its year last; without `page`, where the currency is yen or won.
 */
export function dateOrderFor(currency: string | null, page?: { text: string; currencyConfidence?: number }): DateOrder {
  if (!page) return currency === 'USD' ? 'mdy' : currency === 'JPY' || currency === 'KRW' ? 'ymd' : 'dmy';
  if (yearFirstPage(page.text, currency)) return 'ymd';
  let dayFirst = 0, monthFirst = 0;
  for (const m of page.text.matchAll(/(?<![\d.,])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d])/g)) {
    const a = Number(m[1]), b = Number(m[2]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
  }
  if (dayFirst && !monthFirst) return 'dmy';
  if (monthFirst && !dayFirst) return 'mdy';
  if (currency !== 'USD') return 'dmy';
  if ((page.currencyConfidence ?? 1) > 0.5) return 'mdy';
  return /\$\s?\d/.test(page.text) ? 'mdy' : 'dmy';
}

/** Whether the page writes its numeric dates year first (see dateOrderFor). */
function yearFirstPage(text: string, currency: string | null): boolean {
  if (YEAR_FIRST_PAGE.test(text)) return true;
  if (currency === 'USD' || !/(?<![\d.,])(?:19|20)\d{2}([/.-])\d{1,2}\1\d{1,2}(?![\d]|[.,]\d)/.test(text)) return false;
  return !/(?<![\d.,])\d{1,2}([/.-])\d{1,2}\1(?:19|20)\d{2}(?![\d])/.test(text);
}

/** The text after a purchase-date label on the line (not an expiry or due date), or null. */
function afterDateLabel(l: DocLine): string | null {
  const m = matchAny(l.text, DATE_LABELS);
  return m && !matchAny(l.text, NOT_PURCHASE_DATE) ? l.text.slice(m.end) : null;
}

export function purchaseDate(lines: DocLine[], order: DateOrder, log: FieldLog, name = 'date'): string | null {
  const ocrLines = lines.filter((l) => l.confidence < 1);
  return purchaseDateIn(lines, order, log, name, {}) ?? purchaseDateIn(ocrLines, order, log, name, { repairMonth: true, repairYear: true }) ?? labelledDigitRun(ocrLines, order, log, name)
    ?? labelledCompactDate(ocrLines, log, name) ?? brokenSeparatorDate(ocrLines, order, log, name) ?? log.missing(name);
}

/**
 * A last resort (OCR'd lines only): a date printed as eight digits, year first, after a date
 * label ("Date/Time 20180428/191204"; see parse/lost-separators compactIsoDate).
 */
function labelledCompactDate(lines: DocLine[], log: FieldLog, name: string): string | null {
  for (const l of lines) {
    const rest = afterDateLabel(l);
    const d = rest == null ? null : compactIsoDate(rest);
    if (d) return log.found(name, d.text, l, undefined, 0.3 * l.confidence);
  }
  return null;
}

/**
 * The very last resort (OCR'd lines only): a date whose separators OCR doubled or lost
 * ("18-03--2018", "2703/2018", "25032018 13:11"; see parse/lost-separators), the first on the
 * page that is not an expiry or due date, written with one separator between its numbers.
 */
function brokenSeparatorDate(lines: DocLine[], order: DateOrder, log: FieldLog, name: string): string | null {
  for (const l of lines) {
    if (matchAny(l.text, NOT_PURCHASE_DATE)) continue;
    const d = dateWithBrokenSeparators(l.text, order);
    if (d) return log.found(name, d.text, l, spanBox(l, d.start, d.end), 0.3 * spanConfidence(l, d.start, d.end));
  }
  return null;
}

/**
 * The last resort (OCR'd lines only): the digits right after a date label read as a date whose
 * separators OCR lost ("Date : 5/3/2018" read "Date 5372018"); see parse/lost-separators. The
 * digits may be split by stray spaces, up to eight of them in all. The separator before the year
 * may have been kept while the first was lost or read as a digit ("DATE:13707/2017" for
 * 13/07/2017, "Date 573/2018" for 5/3/2018): the digits before it and the year are one run, read
 * only where it reads one way.
 */
function labelledDigitRun(lines: DocLine[], order: DateOrder, log: FieldLog, name: string): string | null {
  for (const l of lines) {
    const rest = afterDateLabel(l);
    const kept = rest == null ? null : /^[\s:.;-]*(\d{3,5})[-/.]((?:19|20)\d{2})(?![\d/.-])/.exec(rest);
    const after = rest == null ? null : /^[\s:.;-]*(\d+(?:\s\d+)*)/.exec(rest);
    if (!after) continue;
    let run = '';
    for (const part of after[1].split(' ')) {
      if (run.length >= 6 || run.length + part.length > 8) break;
      run += part;
    }
    const d = dateFromDigitRun(kept ? kept[1] + kept[2] : run, order);
    if (d) return log.found(name, d.text, l, undefined, 0.25 * l.confidence);
  }
  return null;
}

/**
 * One pass over the lines: a labelled date, then a labelled date with OCR's stray spaces closed
 * up, then the first date anywhere. The second pass (OCR'd lines only: a text layer has no
 * misread digits) allows findDates' month repair, so a misread month is used only when no
 * valid date was found at all.
 */
function purchaseDateIn(lines: DocLine[], order: DateOrder, log: FieldLog, name: string, opts: FindDatesOptions): string | null {
  const labelled = opts.repairMonth ? [] : labelledDates(lines, DATE_LABELS, order).filter((d) => !matchAny(d.line.text, NOT_PURCHASE_DATE));
  if (labelled.length) {
    const d = labelled[0];
    return log.found(name, d.text, d.line, d.box, 0.85 * d.confidence + 0.1);
  }
  // OCR often breaks a labelled date with stray spaces ("20- -06- 2018"): close them up
  for (const l of lines) {
    const rest = afterDateLabel(l);
    if (rest == null) continue;
    const closed = rest.replace(/(\d)\s*([-/.])[\s\-/.]*(?=\d)/g, '$1$2');
    const d = findDates(closed, order, opts)[0];
    if (d && d.text.length >= 8) return log.found(name, d.text, l, undefined, (opts.repairMonth ? 0.3 : 0.4) * l.confidence);
  }
  // an address's numbers read as a date ("2-24-12 Shibuya") give way to the page's full date
  const fullDate = printsFullDate(lines, order);
  for (const l of lines) {
    if (matchAny(l.text, NOT_PURCHASE_DATE)) continue;
    const ds = findDates(l.text, order, opts).filter((d) => !gluedToCode(l.text, d.start) && !isStreetNumber(l.text, d, fullDate));
    if (!ds.length) continue;
    const d = ds[0];
    const conf = 0.7 * spanConfidence(l, d.start, d.end) + (d.ambiguous ? 0 : 0.1);
    return log.found(name, d.text, l, spanBox(l, d.start, d.end), d.repaired ? 0.5 * conf : conf);
  }
  return null;
}

/** The payment method the lowest payment line names (../parse/payment-method), logged with that line. */
function paymentMethod(lines: DocLine[], log: FieldLog): string | null {
  const p = paymentMethodOf(lines);
  return p ? log.found('paymentMethod', p.method, p.line, undefined, 0.6) : log.missing('paymentMethod');
}

/** Whether some figure of `lines` shows cents (two decimals): its whole figures are then no money. */
function printsCents(lines: DocLine[]): boolean {
  return lines.some((l) => amountsIn(l).some((a) => a.decimals === 2));
}

/**
 * One receipt from its lines. `supplierLines` (default: the same lines) are the ones the supplier
 * is read from: the lines as read, when `lines` are a side-by-side reading's rejoined rows (the
 * name at the top is no row to join, and the supplier rules were measured on the lines as read).
 */
export function extractOneReceipt(asRead: DocLine[], prefix = '', supplierLines: DocLine[] = asRead): { receipt: Receipt; fields: Record<string, FieldEvidence> } {
  const log = new FieldLog();
  // (the yen sign read as "\" or "Y", ../parse/yen-sign-read.ts; a rate's line and its tax's read
  // as two lines, "(8%対象 ¥598)" over "(内消費税等 ¥44)", one line: ../parse/rate-tax-lines.ts)
  const read = withRateTaxLinesJoined(withYenSignsRead(asRead));
  const text = read.map((l) => l.text).join('\n');
  const cur = detectCurrency(text);
  // a page that groups its thousands with dots and prints whole amounts ("TOTAL $ 6.846", Chilean pesos): ../parse/dot-thousands.ts
  const lines = withDotThousands(read, cur?.code);
  const order = dateOrderFor(cur?.code ?? null, { text, currencyConfidence: cur?.confidence });

  // (a document title read into the name, "TAX INVOICE ACME PTE LTD", is never the supplier's: ./title-glued-to-name.ts)
  const found = receiptSupplier(supplierLines);
  const sup = found && { ...found, name: withoutGluedTitle(found.name) };
  const supplierName = sup ? log.found('supplierName', sup.name, sup.line, undefined, sup.confidence * sup.line.confidence) : log.missing('supplierName');

  // a phone number printed after a label is none (./phone-digits): the next tier's number is the receipt's
  // a point of sale and its number printed apart ("P.V. 0004 Nro. 00012877"): the two are the number (./point-of-sale-number)
  // (a Portuguese document number, type, series and number, "FS 2026A/14882", is the whole form: ./pt-document-number)
  const pt = ptDocumentNumbers(lines);
  const pos = pt.length ? pt : pointOfSaleNumbers(lines);
  // (a title's "number" read off the item, party or registration line under it, and a tax registration's number, are none: ./id-under-title)
  const own = pos.length ? pos : notPhoneNumbers(lines, notCardNumbers(lines, notOtherNumbers(labelledIds(lines, [...RECEIPT_ID, ...RECEIPT_WORD_SIGN]), [...RECEIPT_ID, ...RECEIPT_WORD_SIGN])));
  const series = own.length ? own : labelledIds(lines, RECEIPT_ID_PT_SERIES);
  const signed = series.length ? series : notPhoneNumbers(lines, notCardNumbers(lines, labelledIds(lines, [...RECEIPT_ID_BARE_HASH, ...RECEIPT_ID_NUMBER_SIGN])));
  const hash = signed.length ? signed : notPhoneNumbers(lines, notCardNumbers(lines, numberBesideSign(lines)));
  // a number under its heading in a till's row of headings ("Date Time Num POS" over "03/06/18 00:23 34001 01": ./header-row-number)
  const header = hash.length ? hash : notPhoneNumbers(lines, notCardNumbers(lines, headerRowNumbers(lines)));
  const fallback = header.length ? header : notPhoneNumbers(lines, labelledIds(lines, RECEIPT_ID_FALLBACK));
  // a number after one word ending the till's date-and-time line, in any language ("09/05/2026 10:14 Nº 000.482.117",
  // "2026/04/18 17:55 Slip 031-77820", "2026-01-23 19:07 영수증 20260123-0142": ./date-line-number)
  const dated = fallback.length ? fallback : notPhoneNumbers(lines, notCardNumbers(lines, dateLineNumbers(lines)));
  // a letter-prefixed code alone on the till's date-and-time line ("19-09-17 15:39 SH01 ZJ03 T3 R000100808": ./till-line-number)
  const ids = dated.length ? dated : tillLineNumbers(lines);
  // (a number printed in digit groups is one number: ./phone-digits withDigitGroups)
  const id = ids.length ? withDigitGroups(ids[0]) : null;
  const documentId = id ? log.found('documentId', id.text, id.line, id.box, 0.7 * id.confidence) : log.missing('documentId');

  const date = purchaseDate(lines, order, log);
  // the purchase date as an ISO 8601 day beside the printed form the result keeps, as an invoice's date_iso (./invoice.ts)
  const dateIso = date === null ? null : toIsoDate(date, order);
  if (dateIso && log.fields.date) log.fields.date_iso = { ...log.fields.date, value: dateIso };

  // (a page that names no currency and prints no cents, "SANDWICH 398 *" ... "TOTAL 764": its
  // whole figures are money where the items add up to the summary below them, ./items.ts wholeBySum)
  const whole = wholeMoneyPage(lines, cur?.code);
  const firstItems = extractItems(lines, undefined, { wholeMoney: whole });
  const itemsRead = firstItems.length || whole || printsCents(lines) ? firstItems : extractItems(lines, undefined, { wholeMoney: true, wholeBySum: true });
  // (a class letter printed between an item's name and its price, "Brot A 3,49", is its tax class, no word of its name: ./class-mark-before-price.ts)
  // (a saving printed without its minus under its item, "Poupança 0,30", comes off that item when the sum proves it: ./savings-row.ts)
  const { items, taken: savingRows } = savingsTakenOff(withoutClassMarkBeforePrice(itemsRead, lines), lines, whole);
  const itemsSum = itemsTotal(items);
  const money = repairedLines(lines);
  const roles = pickAmounts(money, itemsSum, { totalsBelowTaxHeaders: false });
  roles.total = reconcileTotal(money, roles, itemsSum);
  // (those line discounts are the document's discount when it prints no other)
  if (!roles.discount && savingRows.length) roles.discount = savingsDiscount(savingRows, whole);
  // Brazil's ICMS summary ("ICMS 18% BASE 45,00 VALOR 8,10"): its value is the tax, never its base
  // (which a tax label read on the summary's line would take, ./icms-summary.ts)
  const icms = icmsSummaryTax(money);
  if (icms && (!roles.tax || icms.lines.includes(roles.tax.label) || roles.tax.value === icms.base)) roles.tax = icms.tax;
  // no tax printed but Brazil's approximate taxes (Lei 12.741/2012): that figure is the tax
  const approx = roles.tax ? null : approximateTax(money, roles.total?.value ?? null);
  if (approx) roles.tax = approx;
  // (that figure is the taxes in the prices, law 12.741/2012 art. 1: a subtotal equal to the total is the prices' sum,
  // no net; the net is then the total less the tax, derived, as for any tax a total includes, ./amount-roles.ts)
  if (approx && roles.net && roles.total && Math.abs(roles.net.value - roles.total.value) < 0.005) roles.net = null;
  const { totalAmount, netAmount, taxAmount, discountAmount } = recordAmounts(log, roles);
  if (approx && log.fields.taxAmount) log.fields.taxAmount.rule = APPROXIMATE_TAX_RULE;
  // the total's confidence is the fitted scorer's probability for the amount the rules chose
  // (./fitted: evidence weighed on the training corpus), not a hand-set constant
  if (totalAmount != null) {
    const cand = totalCandidates(money, totalAmount).filter((c) => Math.abs(c.value - totalAmount) < 0.005)
      .map((c) => predict(RECEIPT_TOTAL_MODEL, c.x)).sort((a, b) => b - a)[0];
    if (cand != null) log.fields.totalAmount.confidence = Math.round(cand * 100) / 100;
  }
  const currencyCode = cur ? log.found('currencyCode', cur.code, undefined, undefined, cur.confidence) : log.missing('currencyCode');
  const payment = paymentMethod(lines, log);
  items.forEach((it, i) => log.found(`tableItems[${i}]`, it.item.description, it.line, undefined, 0.5 * it.line.confidence));

  const fields: Record<string, FieldEvidence> = {};
  for (const [k, v] of Object.entries(log.fields)) fields[prefix + k] = v;
  return {
    receipt: {
      documentId, supplierName, customerName: null, date, totalAmount, taxAmount, netAmount, discountAmount, currencyCode,
      paymentMethod: payment, tableItems: items.map((i) => i.item),
    },
    fields,
  };
}

/**
 * The document's discount made of the savings rows taken off their items (./savings-row.ts): the
 * sum of their figures (currency units, positive), placed on the last of them; null for none.
 */
function savingsDiscount(rows: DocLine[], whole: boolean): AmountCandidate | null {
  const figures = rows.map((l) => amountsIn(l).filter((a) => moneyDecimals(a, whole)).at(-1)).filter((a) => a !== undefined);
  if (!figures.length) return null;
  const value = Math.round(figures.reduce((s, a) => s + Math.abs(a.value), 0) * 100) / 100;
  return { value, amount: figures[figures.length - 1], label: rows[rows.length - 1], pattern: 0, sameRow: true };
}

/**
 * Splits pages that each hold a whole receipt (a total and a date); else one receipt.
 */
function splitReceipts(reading: DocumentReading): DocLine[][] {
  const all = flattenLines(reading);
  if (reading.pages.length > 1) {
    const perPage = reading.pages.map((p) => all.filter((l) => l.page === p.page));
    const complete = perPage.filter((ls) => ls.some((l) => /total/i.test(l.text)) && ls.some((l) => findDates(l.text).length > 0));
    if (complete.length === perPage.length) return perPage;
  }
  return [all];
}

export function extractReceipt(reading: DocumentReading): ReceiptExtraction {
  const groups = splitReceipts(reading);
  // one receipt read as parts side by side: its rows joined again for the amounts and dates
  const rows = groups.length === 1 && isSideBySide(reading) ? flattenLines(rejoinParts(reading)) : null;
  const fields: Record<string, FieldEvidence> = {};
  const receipts: Receipt[] = groups.map((lines, i) => {
    const r = rows ? extractOneReceipt(rows, '', lines) : extractOneReceipt(lines, groups.length > 1 ? `multiple_receipts[${i}].` : '');
    Object.assign(fields, r.fields);
    return r.receipt;
  });
  return { formatted: { multiple_receipts: receipts }, fields };
}
