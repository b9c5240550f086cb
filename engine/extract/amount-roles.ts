/**
 * @module engine/extract/amount-roles
 * Total, net, tax and discount of a receipt or invoice. Candidates come from labelled lines;
 * each role ranks its labels (a "grand total" beats a bare "total"; "total qty" and "subtotal"
 * are never the total). The pick is the combination that agrees with the sums printed on the
 * page: net + tax (- discount) = total, cash - change = total, items summing to net or total.
 * An invoice's band of totals (labels over figures, ./totals-band.ts) gives each figure the
 * role of the label above it.
 * When no total is labelled, the largest amount printed twice near the bottom is taken.
 */
import { keyword, amountsIn, fold, matchAny, type DocLine } from '../parse/lines.ts';
import { headerRowAmounts, labelledAmounts, type AmountCandidate } from './labels.ts';
import { misreadRate, printedRates, rateCheckedTaxes } from './tax-rate.ts';
import { isClassRow, taxSummaryTable } from './tax-table.ts';
import { unratedTaxRows } from './unrated-tax-rows.ts';
import { taxLinesWithBase } from './tax-base.ts';
import { chargedNet } from './charged-net.ts';
import { taxWithOneRowRepaired } from './tax-row-digit.ts';
import { TAX_REGISTRATION } from './tax-id-line.ts';
import { documentDiscount } from './discounts.ts';
import { itemTableHeader } from './item-table-header.ts';
import type { FieldLog } from './evidence.ts';
import { chargeAmounts } from './service-charges.ts';
import { firstOfPair } from './labelled-pairs.ts';
import { totalsBands } from './totals-band.ts';
import { carriedForward } from './carried-forward.ts';
import { INC_BEFORE_RATE, JAPANESE_TAX_SOURCE, TAX_WORD_SOURCE, TAX_WORDS } from '../parse/tax-words.ts';
import { markedLetterKeyword } from '../parse/marked-letter-keyword.ts';
import { ROUNDING_LABELS } from '../parse/rounding-labels.ts';
import { gstSummaryRows, gstSummarySums, gstSummaryTotals } from './gst-summary-rows.ts';
import { JAPANESE_CHANGE, JAPANESE_TENDERED } from '../parse/japanese-tender-words.ts';
import { untaxedPartNets } from './untaxed-part.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
/** Vietnamese labels: their marked letters may be blanks (../parse/marked-letter-keyword.ts), as a PDF whose font lacks them prints them. */
const vi = (xs: string[]) => xs.map(markedLetterKeyword);

/** Strongest first: the index is the rank. */
export const TOTAL_LABELS = k([
  // the grand total (tax included) before the amount still due: a printed prepayment ("Acompte",
  // "Erhaltene Anzahlungen") makes the two differ, and the document's total is the grand total
  'grand total', 'total incl', 'total inclusive', 'total (incl', 'inclusive of gst', 'total ttc', 'montant ttc', 'bruttosumme', 'rechnungssumme brutto',
  'summe brutto', 'gesamtbetrag', 'rechnungsbetrag', 'bruttobetrag', 'endbetrag', 'invoice total', 'totaal incl', 'total documento',
  'importe a pagar', 'valor a pagar', 'netto a pagare', 'reste à payer', 'reste a payer', 'total amount due', 'amount due', 'balance due', 'total due',
  'total to pay', 'net to pay', 'net a payer', 'net à payer',
  'zahlbetrag', 'bedrag inclusief btw', 'totaal', 'nett total', 'net total', 'rounded total', 'total amount', 'total sales', 'amount payable',
  // other languages (ES, IT, PT, PL, NL, DE): the amount to pay, then the document's total
  'importe total', 'total a pagar', 'total factura', 'totale fattura', 'totale documento', 'totale da pagare', 'totale complessivo', 'valor total',
  'total a pagar', 'total da fatura', 'do zapłaty', 'razem brutto', 'wartość brutto', 'suma brutto', 'te betalen', 'totaalbedrag', 'zu zahlen', 'endsumme',
  'gesamtsumme', 'montant total', 'total general', 'totale', 'importe', 'importo pagato', 'importo totale', 'importo', 'razem', 'suma', 'gesamt', 'brutto',
  'total rm', 'total', 'montant', 'payé', 'paye', 'amount', 'summe',
]);
/**
 * The amount to pay, then the total, in other Latin-script languages (CS/SK, HU, SV/DA/NO, FI,
 * ET, HR/SL, LT, LV, RO, TR, MS/ID): after every label above and scored at the lowest rank, so the
 * ranks of the labels above (and what was measured with them) stay as they were.
 */
const OTHER_TOTAL_LABELS = k([
  'celkem k úhradě', 'k úhradě', 'k úhrade', 'fizetendő', 'fizetendo', 'att betala', 'at betale', 'å betale', 'maksettava', 'kokku tasuda', 'tasuda',
  'za plaćanje', 'za plačilo', 'mokėti', 'apmaksai', 'total de plată', 'total de plata', 'de plată', 'ödenecek tutar',
  // ('Sum inkl. mva', 'I alt inkl. moms', 'Summa inkl. moms': the sum with VAT, NO, DA, SV)
  'sum inkl mva', 'i alt inkl moms', 'summa inkl moms',
  'bruttó összesen', 'celkem', 'spolu', 'összesen', 'osszesen', 'totalt', 'i alt', 'yhteensä', 'kokku', 'ukupno', 'skupaj', 'iš viso', 'kopā', 'toplam',
  // Icelandic ("SAMTALS KR. 4.450", "Til greiðslu": the total, the amount to pay; a fifteenth tester's cafe slip had no items, its total ending none)
  'til greiðslu', 'samtals',
  // "to pay" alone, as French, Spanish, Portuguese and Italian tills print it ("A PAYER 28,84")
  'à payer', 'a payer', 'a pagar', 'da pagare',
  // Malay ("JUMLAH BESAR 48.35", "JUMLAH 48.35"), and Indonesian ("TOTAL BAYAR")
  'jumlah besar', 'jumlah', 'total bayar', 'total belanja',
  // Greek, in its letters and as tills transliterate them ("SYNOLO PLIROMIS", "SYNOLO 27,54")
  'synolo pliromis', 'σύνολο πληρωμής', 'pliroteo', 'πληρωτέο', 'synolo', 'σύνολο',
  // Bulgarian, in its letters and as tills transliterate them ("ОБЩА СУМА 25.07", "OBSHTA SUMA": the
  // sum total; "За плащане": to pay): a seventeenth tester's Sofia slip listed its total as an item
  'obshta suma', 'обща сума', 'za plashtane', 'за плащане',
]);
// Lithuanian "IŠ VISO" (in all) as OCR reads its I: a one, an l or a bar ("1s viso 65,44", "ls viso";
// "Is viso" is 'iš viso' folded): a t13 tester's Lithuanian slip kept the line as an item and took
// its first item for the total
OTHER_TOTAL_LABELS.push(/(?<![\p{L}\d])[1l|!]\s?s\s?viso(?![\p{L}])/iu);
// Vietnamese: the total ("Tổng cộng", "Tổng tiền"), the amount paid ("Tổng thanh toán", "Thanh toán")
OTHER_TOTAL_LABELS.push(...vi(['tổng cộng', 'tổng tiền', 'tổng thanh toán', 'thanh toán']));
// Japanese and Chinese tills ("合計 ¥482", "合 計 ¥1,086", "合计 3,600", "総合計"): the total, in the
// characters the reader's Chinese-and-English model reads (a fresh tester's Tokyo slips kept no total, no items)
OTHER_TOTAL_LABELS.push(...k(['総合計', '合計', '合计', '总计', '總計']));
// a Japanese invoice's amount billed ("ご請求金額 ¥319,000", "請求金額", "税込合計"), also with the simplified 额 a reader trained
// on Chinese gives 額 (a fresh tester's 請求書 kept no total)
OTHER_TOTAL_LABELS.push(...k(['ご請求金額', '請求金額', 'ご請求金额', '請求金额', '税込合計', '合計金額', '合計金额']));
// Israel's total (סה"כ, sah hakol) in its letters and as tills transliterate it
OTHER_TOTAL_LABELS.push(...k(['sah hakol', 'sah hakol letashlum', 'סה"כ', 'סהכ', 'לתשלום']));
// Korean tills ("합계 금액 24,460원", "합계 12,500", "총 금액", "받을 금액", "결제 금액"): the total, the amount
// to receive, the amount paid (a word may be glued to the next: keyword's space is optional; a fresh tester's Seoul text
// copy kept no total and took its tax summary rows for items)
OTHER_TOTAL_LABELS.push(...k(['합계 금액', '총 합계', '총 금액', '받을 금액', '받을금액', '결제 금액', '판매 금액', '합계', '총액']));
/** How many labels are ranked: the other languages' labels all score as the last of these. */
const RANKED_TOTALS = TOTAL_LABELS.length;
TOTAL_LABELS.push(...OTHER_TOTAL_LABELS);
export const TOTAL_EXCLUDE = k([
  'subtotal', 'sub total', 'sub-total', 'total qty', 'total quantity', 'total items', 'total item', 'total gst', 'total tax', 'total vat',
  'total excl', 'excluding', 'exclusive', 'total discount', 'total savings', 'ohne', 'hors taxe', 'total ht', 'exclusief', 'tax amount',
  'total number', 'totalgst', 'total gross', 'gross', 'gst summary', 'change', 'amount(rm)', 'amt(rm)', 'hors tva', 'netto', 'summe netto',
  // "TAX TOTAL 0.40" under a receipt's GST summary: the tax, not the total
  'tax total', 'gst total',
  // "Total promotional saving 11.18": money not spent
  'saving', 'savings',
  // "(TOTAL INCLUDED GST @ 6% : 0.42)" names the tax inside the total; "ACCEPTED TOTAL" is the money a machine took
  'total included', 'total includes', 'accepted',
  // net and tax totals in other languages
  'razem netto', 'wartość netto', 'suma netto', 'base imponible', 'imponibile', 'taxable', 'sin iva', 'senza iva', 'sem iva', 'exkl', 'excl', 'zwischensumme',
  'subtotale', 'subtotaal', 'sous-total', 'sous total', 'total iva', 'totale iva', 'total mwst', 'total tva', 'total btw', 'total igst', 'total cgst', 'total sgst',
  'základ', 'zaklad', 'km-ta', 'käibemaksuta', 'fără tva', 'fara tva', 'veroton', 'osnovica', 'exkl. moms', 'ilman alv', 'áfa összesen',
  'totale imposta', 'kwota vat', 'razem vat', 'suma ptu', 'razem ptu', 'suma vat', 'sprzedaż opodatkowana',
  // the sum of the tax under a tax table ("Summe MwSt 22,25" below "Zu zahlen 215,64": a fresh
  // tester's noisy German receipts had it as their total), in each language
  'summe mwst', 'mwst summe', 'mwst-summe', 'summe ust', 'summe steuer', 'steuer summe', 'totaal btw', 'total do iva', 'total de iva', 'suma iva', 'totale imposte',
  'total impuestos', 'total des taxes', 'total taxes', 'total tps', 'total tvq',
  // "Total Ilíquido 5 323,24": Portugal's total before VAT (the net); "Valor dos serviços": Brazil's services before ISS
  'total ilíquido', 'total iliquido', 'valor dos serviços', 'valor dos servicos',
  // Turkish subtotal and tax sum ("ARA TOPLAM", "TOPLAM KDV"), Peru's taxed sales ("OP. GRAVADA")
  'ara toplam', 'toplam kdv', 'kdv toplam', 'op gravada', 'op. gravada', 'operaciones gravadas',
  // Indonesia's tax base ("DPP") and VAT ("Total PPN")
  'dpp', 'total ppn',
  // the sum before VAT in Norwegian and Danish ("Sum eks. mva", "I alt ekskl. moms": 'i alt' is a
  // total label), the amount VAT is charged on ("Vatable Amount": 'amount' is one)
  'eks mva', 'ekskl mva', 'ekskl moms', 'vatable',
]);
// (the cash handed over and the change under it, お預り / お釣り, are payments, never the total: ../parse/japanese-tender-words.ts)
TOTAL_EXCLUDE.push(...k([...JAPANESE_TENDERED, ...JAPANESE_CHANGE]));
// a total word right before a tax's name sums the tax, not the bill ("SYNOLO FPA 2,59" under "SYNOLO EUR 18,00", "UKUPNO PDV",
// "SKUPAJ DDV", "CELKEM DPH", "YHTEENSÄ ALV", "TOPLAM KDV"; the English, German and Romance ones are listed above): a nineteenth
// tester's Greek slip took its VAT sum for its total
TOTAL_EXCLUDE.push(new RegExp(String.raw`(?<![\p{L}])(?:synolo|σύνολο|ukupno|skupaj|celkem|spolu|yhteensa|kokku|toplam|osszesen|totalt|summa|suma|razem|total|totale|totaal|summe)\s+(?:${TAX_WORDS.map((w) => fold(w)).join('|')})(?![\p{L}])`, 'iu'));
// Vietnam's goods before tax ("Cộng tiền hàng", "Tổng tiền hàng") and its VAT ("Thuế GTGT", "Tiền thuế GTGT")
TOTAL_EXCLUDE.push(...vi(['tiền hàng', 'thuế gtgt', 'tiền thuế']));
export const NET_LABELS = k([
  'subtotal', 'sub total', 'sub-total', 'total excl', 'excluding gst', 'excluding', 'net amount', 'nettobetrag', 'rechnungssumme ohne', 'summe netto',
  'total ht', 'montant ht', 'total hors tva', 'montant hors tva', 'hors tva', 'totaal exclusief', 'subtotaal', 'net', 'netto',
  'amount before tax', 'taxable amount', 'total before tax',
  // other languages: the sum before tax
  'base imponible', 'base imp', 'total sin iva', 'imponibile', 'totale imponibile', 'taxable value', 'razem netto', 'wartość netto', 'suma netto',
  'zwischensumme', 'nettosumme', 'sous-total', 'sous total', 'subtotale', 'totaal excl', 'excl. btw', 'exkl', 'valor líquido', 'base tributável',
  'valor sem iva', 'total sem iva', 'total ilíquido', 'total iliquido', 'montant ht', 'valor dos serviços', 'valor dos servicos',
  // other Latin-script languages: the sum before tax
  'základ daně', 'zaklad dane', 'nettó összesen', 'netto osszesen', 'summa exkl. moms', 'exkl. moms', 'summa km-ta', 'total fără tva', 'total fara tva', 'veroton', 'ilman alv', 'osnovica',
  // TR subtotal ("ARA TOPLAM"), PE taxed sales ("OP. GRAVADA": operaciones gravadas, the base of the IGV), GR net value ("KATHARI AXIA")
  'ara toplam', 'op. gravada', 'op gravada', 'operaciones gravadas', 'kathari axia', 'καθαρή αξία',
  // Indonesia's tax base ("DPP", "Dasar Pengenaan Pajak")
  'dpp', 'dasar pengenaan pajak',
  // NO, DA, SV: the sum before VAT ("Sum eks. mva", "I alt ekskl. moms", "Summa exkl. moms"; a dot
  // after the abbreviation or none); KE, PH: the amount VAT is charged on ("Vatable Amount", "VATable Sales")
  'sum eks mva', 'sum ekskl mva', 'eks mva', 'ekskl mva', 'i alt ekskl moms', 'ekskl moms', 'summa exkl moms', 'exkl moms', 'vatable amount', 'vatable sales',
  // Japanese: the subtotal before the consumption tax ("小計 ¥290,000" over "消費税(10%) ¥29,000"), the amount without tax
  '小計', '小计', '税抜合計', '税抜金額',
  // Israel's amount before VAT (לפני מע"מ, lifnei ma'am)
  'lifnei maam', 'lifnei ma\'am', 'לפני מע"מ',
]);
/**
 * "Base imp…": the taxable base in Spanish and Portuguese ("Base imponible", "Base imp."), with
 * the rest of its second word as a scan read it ("Base imponble", a lost letter): any word that
 * starts "imp" after "base" names it.
 */
NET_LABELS.push(/(?<![\p{L}\d])base\s?imp\p{L}*/iu);
// Korea's supply value before VAT ("공급가액 22,236", "과세 물품가액 22,236": the taxed goods' value), never the total
NET_LABELS.push(...k(['과세 물품가액', '과세 물품 가액', '물품가액', '공급가액', '공급 가액']));
TOTAL_EXCLUDE.push(...k(['물품가액', '물품 가액', '공급가액', '공급 가액', '부가세', '부가가치세', '세액', '소계']));
// Vietnam's goods before tax ("Cộng tiền hàng", "Tổng tiền hàng", "Tiền hàng")
NET_LABELS.push(...vi(['cộng tiền hàng', 'tổng tiền hàng', 'tiền hàng']));
/**
 * A payment term counted in days after "net" (EN 16931 BT-20, not the net BT-109): "Terms: Net 30",
 * "Payment terms Net 14 days", "Zahlbar netto 30 Tage", "Net 30 jours": a whole number of days
 * after a terms word, or before a word for days. A US invoice's "Terms Net 30" was read as a net
 * of 30 and its tax derived as the total less it.
 */
const PAYMENT_TERM_NET = [
  /(?<![\p{L}])(?:terms?|conditions?|payment|paiement|zahlbar|zahlung\p{L}*|pago|pagamento|betaling)\b[^\d\n]{0,20}?\bnet(?:to)?\s*\d{1,3}(?![\d.,]*\d)/iu,
  /(?<![\p{L}])net(?:to)?\s*\d{1,3}\s*(?:days?|tage|jours|d[ií]as|giorni|dagen|dni|dias)(?![\p{L}])/iu,
];
export const TAX_LABELS = k([
  'total gst', 'totalgst', 'gst amount', 'total tax', 'tax amount', 'total vat', 'vat amount', 'steuerbetrag', 'umsatzsteuer', 'mwst', 'ust',
  'montant tva', 'total tva', 'tva', 'btw', 'sales tax', 'gst', 'vat', 'tax', 'sst',
  // other languages and India's GST parts
  'total iva', 'cuota iva', 'iva', 'totale iva', 'imposta', 'igst', 'cgst', 'sgst', 'utgst', 'kwota vat', 'podatek vat', 'ptu', 'imposto', 'moms', 'mva', 'iss', 'icms',
  'dph', 'áfa', 'käibemaks', 'alv', 'pdv', 'ddv', 'pvm', 'kdv',
  // Canada's sales taxes: harmonized (HST, TVH), goods and services (GST, TPS), provincial (PST, QST, TVQ, RST)
  'hst', 'gst/hst', 'tvh', 'tps', 'pst', 'qst', 'tvq', 'rst',
  // Indonesia's VAT (PPN, Pajak Pertambahan Nilai)
  'ppn',
]);
// and every tax name of ../parse/tax-words.ts not listed above (Peru's IGV, Greece's FPA / ΦΠΑ, ...): one list of tax names
TAX_LABELS.push(...TAX_WORDS.filter((w) => !TAX_LABELS.some((re) => re.test(fold(w)))).map((w) => keyword(w)));
// Vietnam's VAT ("Thuế GTGT", giá trị gia tăng; "Tiền thuế"), its marked letters possibly blanks
TAX_LABELS.push(...vi(['thuế gtgt', 'gtgt', 'tiền thuế']));
// Japan's consumption tax inside its run of kanji ("（8%対象 ¥688 内消費税 ¥50）": the tax included in the rate's target)
TAX_LABELS.push(new RegExp(JAPANESE_TAX_SOURCE, 'u'));
/**
 * Colombia's INC (impuesto nacional al consumo, Ley 1607 de 2012: 8 % on restaurant and café
 * bills, printed where VAT would be, "Base 34.167  INC 8% 2.733"): only before a rate, as "Inc."
 * is also a company's suffix. Turkey's TOPKDV (toplam KDV, the VAT of all rates, printed in one
 * word above the "KDV %01", "KDV %10" rows that are its parts).
 */
TAX_LABELS.push(new RegExp(String.raw`(?<![\p{L}\d])${INC_BEFORE_RATE}`, 'iu'), keyword('topkdv'));
/**
 * The tax a total includes, its figure after "of": "Total incl. 9% GST of S$5.08" (Singapore),
 * "Total includes GST of 4.50". The figure is the tax, never the total (TOTAL_EXCLUDE).
 */
const TAX_OF_SOURCE = String.raw`\b(?:incl|includes|including|inclusive of)\.?\s*(?:\d{1,2}(?:[.,]\d{1,2})?\s?%\s*)?${TAX_WORD_SOURCE}\s+of\s*\D{0,3}\d`;
TOTAL_EXCLUDE.push(new RegExp(TAX_OF_SOURCE, 'iu'));
/**
 * "incl. VAT @ 20% 5.40", "inkl. MwSt. 19 % 3,12", "Includes GST $3.82", and the word after the rate or the tax word
 * ("VAT 20% incl. 8.07", "MwSt 19 % enthalten", "IVA 21% incluido", "VAT INCLUDED 4.98", in brackets: "VAT 7% (incl.) 28.13",
 * a Thai café's slip): a line naming the tax
 * included, at a rate, no total word (a fresh tester: 19 of 20 UK receipts printing "VAT 20%
 * incl." had no tax, the incl. word excluding the line as a tax label). Its % sign is read as
 * an & or a 9 now and then ("IVA 22& incl. 32,71", "IVA 229 incl. 22,99": a later tester's
 * Italian and Portuguese slips).
 */
const INCLUDED_TAX_LINE = new RegExp(String.raw`^\W*(?:incl|inkl|incluye|incluso|inclus|inclusief|termasuk|v[čc]etn[ěe]|v[čc]|sis)\.?\s*${TAX_WORD_SOURCE}(?![^%]*\btotal)[^%]*\d\s?%`
  + String.raw`|^\W*${TAX_WORD_SOURCE}\.?\s*(?:(?:@\s*)?\d{1,2}(?:[.,]\d{1,2})?\s?(?:%|&|(?<=\d)9)?[\s.]*)?[(\[]?(?:incl|inkl|enthalten|inbegrepen|dahil)`
  // "Total incl. 9% GST of S$5.08", "Total includes GST of 4.50": the total's tax named by "of" after the tax word
  + `|${TAX_OF_SOURCE}`
  // "Includes GST $3.82", "Incl. VAT 4.10" (an Australian café's slip): the include word, the tax word, its figure alone
  + String.raw`|^\W*(?:incl|inkl|includes|including|inclusive of)\.?\s*${TAX_WORD_SOURCE}\.?\s*[:=]?\s*\D{0,3}\d[\d.,]*\s*$`, 'iu');
/**
 * The largest share of a tax-inclusive total its tax can be: 27 % VAT (Hungary's, the highest in
 * the EU) is 21.3 % of the gross; 0.22 allows for rounding.
 */
const MAX_INCLUDED_SHARE = 0.22;
/** The most a cash rounding adjusts (currency units): 5-sen rounding moves by 0.02 at most; 0.05 allows a coarser step. */
const MAX_ROUNDING = 0.05;
/**
 * Labels of the sum of the tax ("SUMA PTU 3,44" under class rows "PTU A 5%", "PTU B 23%"): the
 * document's tax, where one rate-checked class row is only its share.
 */
const TAX_TOTAL_LABELS = k(['suma ptu', 'razem ptu', 'suma vat', 'razem vat', 'total tax', 'total vat', 'total gst', 'tax total', 'gst total', 'totale iva', 'totale imposta', 'total iva',
  'total tva', 'total mwst', 'summe mwst', 'mwst summe', 'total btw', 'totaal btw', 'total do iva', 'topkdv', 'toplam kdv']);
const TAX_EXCLUDE = k([
  'incl', 'inclusive', 'excl', 'exclusive', 'hors tva', 'hors taxe', 'ohne', 'netto', 'before tax', 'gst id', 'gst reg', 'gst no', 'vat no', 'vat reg', 'tax invoice', 'tax code', 'ust-id', 'ust.-id', 'ust-idnr', 'ust-id-nr', 'ust.-idnr', 'ust-id.-nr', 'tax id',
  'partita iva', 'p.iva', 'p. iva', 'mwst-nr', 'btw-nummer', 'btw nr', 'n° tva', 'numéro de tva', 'vat id', 'steuernummer', 'steuer-nr', 'gstin', 'nip', 'nif', 'cif',
  'base imponible', 'imponibile', 'taxable', 'sin iva', 'senza iva', 'iva incluido', 'iva inclusa', 'tva intracom',
  // a levy by the night, no VAT ("City tax (exempt) 45.00", "Kurtaxe", "Taxe de séjour")
  'city tax', 'tourist tax', 'tourism tax', 'kurtaxe', 'taxe de séjour', 'taxe de sejour', 'tassa di soggiorno', 'tasa turística', 'tasa turistica', 'taxa turística', 'toeristenbelasting',
  // a Canadian tax registration number ("HST # 81234 5678 RT0001", "GST/HST No.", "TPS/TVQ #")
  'hst #', 'hst no', 'hst reg', 'gst #', 'gst/hst #', 'gst/hst no', 'qst #', 'qst no', 'tps #', 'tvq #', 'tvq no',
  // a tax registration number after the tax word ("BTW NL066077413B01", "SST ID: W10-1808-32000123":
  // a fresh tester's multi-rate tills, whose header line, reading the first item's figure below it
  // as a third tax line, kept one rate's tax), in any language (./tax-id-line.ts)
]);
TAX_EXCLUDE.push(TAX_REGISTRATION);
/**
 * A tax id read as a tax amount ("USt-IdNr. DE 318 224 671" read 318224671: a fresh tester's
 * German credit note): a whole figure (no decimals) printed right after a country code of two
 * capitals ("DE ", "GB", "IT-"), as VAT ids are (EU VAT numbers, Council Directive 2006/112/EC
 * art. 215: a country prefix, then digits). A tax amount is money, printed with decimals.
 */
function taxIdFigure(c: AmountCandidate): boolean {
  return c.amount.decimals === 0 && /(?<![\p{L}])\p{Lu}{2}[\s-]?$/u.test(c.amount.line.text.slice(0, c.amount.start));
}
/**
 * A line of quantity times unit price ("  2 x 5.60", "3 x 6,96", "2 X 1.20 EUR"): an item's
 * figures, never the tax, even under a tax word that prints no figure of its own ("SST" over "2 x
 * 1.60": a fresh tester's Malaysian till came back with tax 5.60 where none was printed).
 */
const QUANTITY_LINE = /^\W*\d{1,4}(?:[.,]\d{1,3})?\s?[x×*]\s?\d+[.,]\d{2}\b/i;
export { DISCOUNT_LABELS } from './discounts.ts';
// (and a Japanese till's お預り / お釣り, ../parse/japanese-tender-words.ts)
const CASH_LABELS = [...k(['cash', 'tendered', 'amount paid', 'paid', 'bar', 'accepted', 'gegeben', 'efectivo', 'contanti', 'dinheiro', 'espèces', 'gotówka', 'contant', 'tunai', ...JAPANESE_TENDERED]), ...vi(['tiền mặt', 'tiền khách đưa'])];
const CHANGE_LABELS = [...k(['change', 'change due', 'rendu', 'rückgeld', 'wechselgeld', 'cambio', 'resto', 'troco', 'reszta', 'wisselgeld', 'monnaie', 'kembalian', 'kembali', ...JAPANESE_CHANGE]), ...vi(['tiền thừa', 'tiền thối', 'tiền trả lại'])];

export interface AmountRoles {
  total: AmountCandidate | null;
  net: AmountCandidate | null;
  tax: AmountCandidate | null;
  discount: AmountCandidate | null;
  /** 0..1: how well the picks agree with each other. */
  agreement: number;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.015;

/** Sum of the items' line totals, to the cent (null without items): the items-vs-net cross-check. */
export function itemsTotal(items: Array<{ item: { totalAmount: number | null } }>): number | null {
  return items.length ? Math.round(items.reduce((s, i) => s + (i.item.totalAmount ?? 0), 0) * 100) / 100 : null;
}

/**
 * Records the four amounts in the field log and returns them. A value's confidence grows with
 * how well the picks agree with each other (net + tax = total, ...) and with the OCR's own.
 */
export function recordAmounts(log: FieldLog, roles: AmountRoles) {
  const put = (name: string, c: AmountCandidate | null, base: number) =>
    c ? log.found(name, c.value, c.amount.line, c.amount.box, (base + 0.3 * roles.agreement) * c.amount.confidence) : log.missing(name);
  return {
    totalAmount: put('totalAmount', roles.total, 0.65),
    netAmount: put('netAmount', roles.net, 0.55),
    taxAmount: put('taxAmount', roles.tax, 0.55),
    discountAmount: put('discountAmount', roles.discount, 0.5),
  };
}

/**
 * A label line that also names a net or tax column beside the total's label ("Net Montant",
 * "GST Summary Amount(RM) Tax(RM)") heads a tax summary table: the figure below it is one rate's
 * row, not the receipt's total. A tax word qualifying the total ("Total Inclusive GST") is no
 * column.
 */
export function taxTableHeader(label: DocLine): boolean {
  const m = matchAny(label.text, TOTAL_LABELS);
  if (!m) return false;
  const rest = `${label.text.slice(0, m.start)} ${label.text.slice(m.end)}`;
  return Boolean(matchAny(rest, NET_LABELS) || (matchAny(rest, TAX_LABELS) && !matchAny(label.text, TAX_EXCLUDE)));
}

export interface PickOptions {
  /**
   * False on invoices: a figure read below an item table's column header ("Gesamt", "Amount") is
   * the first item's, never a total (see itemTableHeader). Receipts keep the default: a
   * one-item slip's first line is often its total.
   */
  itemHeaderTotals?: boolean;
  /**
   * False on receipts: a total read below a tax table's header is dropped (see taxTableHeader).
   * An invoice's "Net | Tax | Total" summary row is its totals, so invoices keep the default.
   */
  totalsBelowTaxHeaders?: boolean;
}

/**
 * Whether `t` is a total that a charge printed between it and a stronger-labelled total below
 * it lifts to that total: "Total 12.00", "Tip 2.00", "Grand Total 14.00"; "Totale 12,00",
 * "Servizio 10% 1,20", "Totale da pagare 13,20" (5 cents of rounding allowed). Such a total is
 * a subtotal (found by a fresh tester on tips and service charges). `pattern` is the label's
 * rank in TOTAL_LABELS, strongest first.
 */
export function liftedByCharge(t: AmountCandidate, totals: AmountCandidate[], lines: DocLine[]): boolean {
  // (a tip or a service charge lifts a total to a later one under the same label: "Total 25.90", "TIP 4.66", "TOTAL 30.56"
  // on the card slip; "Total 54.95", "SERVICE CHG 10% 5.00", "TOTAL S$59.95" on a Singapore bill)
  return totals.some((t2) => t2.label.index > t.label.index && t2.pattern <= t.pattern && t2.value > t.value
    && lines.some((l) => l.index > t.label.index && l.index < t2.label.index && (t2.pattern < t.pattern || !!matchAny(l.text, TIP_LABELS) || chargeAmounts([l]).length > 0) && amountsIn(l).some((a) => Math.abs(t.value + a.value - t2.value) <= 0.05)));
}
/**
 * Whether `t` is one class's gross of a tax table printed as blocks ("A 7%", "Netto 33,03",
 * "MwSt 2,31", "Brutto 35,34", "B 19%", ... "Brutto 45,87" under "SUMME EUR 81,21"): the figures
 * printed under `t`'s own label, two to four lines of them, add up to a total printed under
 * another label. The printed total wins over a row's gross (a fresh tester's German tills).
 */
export function partOfPrintedTotal(t: AmountCandidate, totals: AmountCandidate[]): boolean {
  const parts = [...new Map(totals.filter((o) => o.pattern === t.pattern && o.sameRow).map((o) => [o.label, o])).values()];
  if (parts.length < 2 || parts.length > 4 || !parts.includes(t)) return false;
  const sum = parts.reduce((s, o) => s + o.value, 0);
  return totals.some((o) => o.pattern !== t.pattern && Math.abs(o.value - sum) <= 0.011);
}
/**
 * The total a tip lifts `t` to: a later printed total equal to `t` plus a tip printed between
 * them ("Total 25.90", "TIP 4.66", "TOTAL 30.56"): the amount charged, which the sums that
 * confirm `t` (subtotal + tax) confirm too (Mindee's receipt total_amount is likewise "the total
 * amount paid: includes taxes, discounts, fees, tips, and gratuity"). Null when there is none.
 */
export function tipLifted(t: AmountCandidate, totals: AmountCandidate[], lines: DocLine[]): AmountCandidate | null {
  return totals.find((t2) => t2.label.index > t.label.index && t2.value > t.value
    && lines.some((l) => l.index > t.label.index && l.index < t2.label.index && !!matchAny(l.text, TIP_LABELS) && amountsIn(l).some((a) => Math.abs(t.value + a.value - t2.value) <= 0.01))) ?? null;
}
/** A tip written on a card slip, in the languages served. */
const TIP_LABELS = k(['tip', 'gratuity', 'trinkgeld', 'pourboire', 'propina', 'mancia', 'gorjeta', 'fooi', 'napiwek']);

/**
 * Whether tax `x` is the share of a tax-inclusive `gross` at a rate printed on its own line
 * ("VAT 20% £0.92" of a £5.50 total: 5.50 x 20 / 120 = 0.917), to the cent (or 0.2 %).
 */
function includedAtPrintedRate(x: AmountCandidate, gross: number): boolean {
  return printedRates(x.label.text).some((r) => Math.abs((gross * r) / (1 + r) - x.value) <= Math.max(0.011, 0.002 * x.value));
}

/**
 * Whether net `n` is the sum before a document-level discount (an allowance): the discount is
 * printed below the net and above the tax, and only net - discount + tax is the total
 * ("Imponibile 9.334,17", "Sconto 5% -466,71", "IVA 22% 1.950,84", "Totale 10.818,30"). The net
 * of an invoice is after its allowances (EN 16931 BT-109: sum of lines - allowances + charges).
 * A discount printed below the tax (taken off the gross) leaves the net as it is.
 */
function beforeAllowance(n: AmountCandidate, x: AmountCandidate, t: AmountCandidate, disc: AmountCandidate | null): boolean {
  return !!disc && disc.value > 0 && disc.label.index > n.label.index && disc.label.index < x.label.index
    && !near(n.value + x.value, t.value) && near(n.value + x.value - disc.value, t.value);
}

export function pickAmounts(lines: DocLine[], itemsSum: number | null, opts: PickOptions = {}): AmountRoles {
  const totals = labelledAmounts(lines, TOTAL_LABELS, TOTAL_EXCLUDE)
    .filter((c) => c.value > 0 && (opts.totalsBelowTaxHeaders !== false || c.sameRow || !taxTableHeader(c.label)))
    .filter((c) => opts.itemHeaderTotals !== false || c.sameRow || !itemTableHeader(c.label))
    // a running total carried to the next page ("Suma y sigue", "Suma z przeniesienia") is no total
    .filter((c) => !carriedForward(c.label, NaN));
  // a summary header naming net, tax and total at once, its figures below (invoices only: a
  // receipt's tax table header is no total)
  const header = opts.totalsBelowTaxHeaders !== false;
  const ROLES = [...TOTAL_LABELS, ...NET_LABELS, ...TAX_LABELS];
  const same = (xs: AmountCandidate[], c: AmountCandidate) => xs.some((o) => o.amount.line === c.amount.line && o.amount.start === c.amount.start);
  if (header) for (const c of headerRowAmounts(lines, TOTAL_LABELS, TOTAL_EXCLUDE, ROLES)) if (c.value > 0 && !same(totals, c)) totals.push(c);
  // (a row of labelled whole figures, "DPP 157.477   PPN 17.323": each label's figure is the first after it, ./labelled-pairs.ts)
  const nets = labelledAmounts(lines, NET_LABELS, [...k(['net weight', 'netto gewicht']), ...PAYMENT_TERM_NET]).map((c) => firstOfPair(c, NET_LABELS)).filter((c) => c.value >= 0);
  if (header) for (const c of headerRowAmounts(lines, NET_LABELS, [], ROLES)) if (c.value >= 0 && !same(nets, c)) nets.push(c);
  // taxes that agree with their printed rate come first and score as agreeing (./tax-rate.ts)
  const rated = rateCheckedTaxes(lines, TAX_LABELS, TAX_EXCLUDE);
  // a tax line printing its base ("IVA 22% Imponibile 17,76 Imposta 3,91", "MwSt 7% Netto 10,00
  // MwSt 0,70"): the base is a net, the figure that is the rate of it the tax, whatever words
  // stand between them; no other figure of the line is a net (./tax-base.ts)
  // (a class below zero, "VAT 8% (-442,57) -35,41" where a discount outweighs its lines, counts in the sums below only)
  const based = taxLinesWithBase(lines, TAX_LABELS, TAX_EXCLUDE, true);
  for (let i = nets.length - 1; i >= 0; i--) if (based.some((b) => b.line === nets[i].amount.line)) nets.splice(i, 1);
  // (a line printing the class's gross instead of its base, "A 23.0% 31.22 5.84" on an Irish
  // till: its tax is a tax, its gross no net; the net is then total - tax, derived)
  for (const b of based) {
    if ((b.base ?? b.gross)!.value < 0) continue;
    if (b.base) nets.push({ value: b.base.value, amount: b.base, label: b.line, pattern: 0, sameRow: true });
    if (!rated.some((r) => r.amount.line === b.line && r.amount.start === b.tax.start)) rated.push({ value: b.tax.value, amount: b.tax, label: b.line, pattern: 0, sameRow: true });
  }
  // a GST summary's code rows ("SR @6% 9.62 0.58", "ZRL (@ 0%) 6.70 0.00" under "GST Summary Amount Tax"): their
  // taxes are the document's tax, checked by each row's rate, their amounts its net (./gst-summary-rows.ts)
  const gst = gstSummarySums(gstSummaryRows(lines), totals.map((c) => c.value));
  if (gst) {
    const { amount, taxAt, line } = gst.last;
    if (!rated.some((r) => r.amount.line === line && r.value === gst.tax)) rated.push({ value: gst.tax, amount: { ...taxAt, value: gst.tax }, label: line, pattern: 0, sameRow: true });
    if (!nets.some((n) => n.amount.line === line && n.value === gst.net)) nets.push({ value: gst.net, amount: { ...amount, value: gst.net }, label: line, pattern: 0, sameRow: true });
  } else {
    // (its code rows garbled, "SR @ A 75.00 4.50", its totals row read: "Total 75.00 4.50", amount + tax a printed total)
    const sums = gstSummaryTotals(lines, totals.map((c) => c.value));
    if (sums) {
      const { line, taxAt } = sums;
      if (!rated.some((r) => r.amount.line === line && r.value === sums.tax)) rated.push({ value: sums.tax, amount: taxAt, label: line, pattern: 0, sameRow: true });
      if (!nets.some((n) => n.amount.line === line && n.value === sums.net)) nets.push({ value: sums.net, amount: { ...taxAt, value: sums.net }, label: line, pattern: 0, sameRow: true });
    }
  }
  // (one line per rate: the bases add up to the net)
  // (and their taxes to the tax: "VAT @ 23% 12.87 2.96", "VAT @ 13.5% 9.39 1.27" is 4.23 of tax,
  // a fresh tester's receipts took one rate's share; no line that sums the others is among them,
  // as each prints a rate of its own)
  let basedTax: AmountCandidate | null = null;
  // (a class below zero among them: only while both sums stay above zero)
  const basedNet = Math.round(based.reduce((s, b) => s + (b.base ? b.base.value : b.gross!.value - b.tax.value), 0) * 100) / 100;
  const basedSum = Math.round(based.reduce((s, b) => s + b.tax.value, 0) * 100) / 100;
  if (based.length >= 2 && based.length <= 4 && new Set(based.map((b) => b.rate)).size === based.length && basedNet > 0 && basedSum > 0) {
    const last = based[based.length - 1];
    // (the bases' sum is a printed net only when every line prints its base)
    if (last.base && based.every((b) => b.base)) nets.push({ value: basedNet, amount: last.base, label: last.line, pattern: 0, sameRow: true });
    basedTax = { value: basedSum, amount: last.tax, label: last.line, pattern: 0, sameRow: true };
  }
  // (a tax column's heading in the item table, "Qtd. Valor Unit. ISS Valor", labels the first item's figure below it, never the tax)
  // "incl. VAT @ 20% 5.40": the tax a tax-inclusive total holds, at its rate (not a total "incl. VAT")
  const included = labelledAmounts(lines.filter((l) => INCLUDED_TAX_LINE.test(l.text)), TAX_LABELS).filter((c) => c.sameRow && c.value >= 0);
  const taxes = [...rated, ...included.filter((c) => !rated.some((r) => r.amount.line === c.amount.line)), ...labelledAmounts(lines, TAX_LABELS, TAX_EXCLUDE).filter((c) => c.value >= 0 && (c.sameRow || !itemTableHeader(c.label)) && !rated.some((r) => r.amount.line === c.amount.line && r.amount.start === c.amount.start))]
    .filter((c) => !taxIdFigure(c) && !QUANTITY_LINE.test(c.amount.line.text) && !based.some((b) => b.line === c.amount.line && b.tax.start !== c.amount.start));
  if (header) for (const c of headerRowAmounts(lines, TAX_LABELS, TAX_EXCLUDE, ROLES)) if (c.value >= 0 && !same(taxes, c)) taxes.push(c);
  // a band of totals (labels over figures, ./totals-band.ts; invoices only): each figure is its
  // column's role, and one whose net + tax = total is read as surely as a figure beside its label
  const bands = header ? totalsBands(lines, { total: TOTAL_LABELS, totalExclude: TOTAL_EXCLUDE, net: NET_LABELS, tax: TAX_LABELS, taxExclude: TAX_EXCLUDE }) : [];
  const sure = new Set<AmountCandidate>();
  const put = (xs: AmountCandidate[], c: AmountCandidate) => {
    const had = xs.find((o) => o.amount.line === c.amount.line && o.amount.start === c.amount.start);
    if (!had) xs.push(c);
    return had ?? c;
  };
  for (const b of bands) {
    if (b.total.value <= 0) continue;
    const total = put(totals, b.total);
    if (b.net && b.net.value >= 0) put(nets, b.net);
    if (b.tax && b.tax.value >= 0) put(taxes, b.tax);
    if (b.confirmed) sure.add(total);
  }
  // several tax lines (CGST + SGST, 7 % and 19 % VAT): their sum is a candidate too; the
  // net + tax = total check below decides whether it is the document's tax
  const taxLines = [...new Map(taxes.filter((c) => c.value > 0).map((c) => [c.amount.line, c])).values()];
  let perRate: AmountCandidate | null = null;
  if (taxLines.length >= 2 && taxLines.length <= 4) {
    const last = taxLines[taxLines.length - 1];
    const sum: AmountCandidate = { ...last, value: Math.round(taxLines.reduce((s, c) => s + c.value, 0) * 100) / 100 };
    taxes.push(sum);
    // each line prints a rate of its own, and they differ ("TVA 20,00% 6,83", "TVA 5,50% 1,45",
    // "TVA 10,00% 0,99"; "MwSt 19% 5,15", "MwSt 7% 3,12"): one line per tax class, and the
    // document's tax is their sum, not the first class's share (a fresh tester: 44 of 50 receipts
    // with several rates had one class's tax or none)
  }
  // (only the lines that print one rate each: a "VAT No." line read with a figure is no class)
  // (and one figure each, no more than its rate of the largest total: a table row of net, tax and gross is no such line)
  const largest = Math.max(0, ...totals.map((c) => c.value));
  // (a rate whose % sign a scan read as a digit, "BTW 92 4,40" beside "BTW 21% 6,79", is the
  // line's rate only when another tax line prints its own: ./tax-rate.ts misreadRate)
  const anyPrinted = taxLines.some((c) => printedRates(c.amount.line.text).length > 0);
  const rateOf = (c: AmountCandidate) => {
    const r = printedRates(c.amount.line.text);
    const m = r.length || !anyPrinted ? null : misreadRate(c.amount.line.text);
    return m === null ? r : [m];
  };
  const rateLines = taxLines.filter((c) => {
    const r = rateOf(c);
    // (a base printed in brackets beside the tax, "IVA 23% (3 754,57) 863,55", is no second figure)
    const money = amountsIn(c.amount.line).filter((a) => a.decimals === 2 && !/^\s?%/.test(c.amount.line.text.slice(a.end)) && !/^\(|\)$/.test(a.text.trim()) && a.value > 0);
    return c.sameRow && r.length === 1 && money.length === 1 && (!largest || c.value <= r[0] * largest + 0.01);
  });
  // (one line per rate, or per tax at one rate: India's CGST 2.5 % and SGST 2.5 % are two halves
  // of one GST, a fresh tester's receipt had one half as its tax; the same label at the same rate
  // twice is one line printed twice)
  const classes = rateLines.map((c) => `${c.pattern}:${rateOf(c)[0]}`);
  if (rateLines.length >= 2 && rateLines.length <= 4 && new Set(classes).size === classes.length) {
    perRate = { ...rateLines[rateLines.length - 1], value: Math.round(rateLines.reduce((s, c) => s + c.value, 0) * 100) / 100 };
    taxes.push(perRate);
  }
  // one line per rate, each printing its base beside its tax (above): the sum of their taxes
  if (!perRate && basedTax) {
    perRate = basedTax;
    taxes.push(perRate);
  }
  // several nets under one label, one per class ("Netto 33,03" ... "Netto 38,52" in blocks under
  // "A 7%", "B 19%"): their sum is a candidate too, which the net + tax = total check below decides
  const netLines = [...new Map(nets.filter((c) => c.sameRow && c.value > 0).map((c) => [c.amount.line, c])).values()];
  const samePattern = netLines.filter((c) => c.pattern === netLines[0]?.pattern);
  if (samePattern.length >= 2 && samePattern.length <= 4 && samePattern.length === netLines.length) {
    nets.push({ ...samePattern[samePattern.length - 1], value: Math.round(samePattern.reduce((s, c) => s + c.value, 0) * 100) / 100 });
  }
  // a net printed in two parts, the taxed base and the untaxed goods ("Taxable value 144.69", "Zero rated 166.47"):
  // their sum is a candidate too, which the net + tax = total check below decides (./untaxed-part.ts)
  nets.push(...untaxedPartNets(lines, nets));
  // one rate row misread in one digit ("IVA 10% 944.57" for 944.87): the printed net and total
  // put it right, when they decide it alone (./tax-row-digit.ts); a candidate as sure as the rows' sum
  let repairedTax: AmountCandidate | null = null;
  if (perRate && perRate !== basedTax) {
    const rows = rateLines.map((c) => ({ tax: c.value, rate: rateOf(c)[0] }));
    const fixes = new Set(totals.filter((t) => t.sameRow).flatMap((t) => nets.filter((n) => n.sameRow).map((n) => taxWithOneRowRepaired(rows, n.value, t.value))).filter((v) => v !== null));
    if (fixes.size === 1) taxes.push(repairedTax = { ...perRate, value: [...fixes][0] });
  }
  // a tax summary table (one row per rate: rate, net, tax, gross): its tax column's sum is the
  // document's tax, its net column's sum the net (./tax-table.ts); one row is one class only
  // (only a complete table: one with a class row it could not read sums to part of the tax)
  const read = taxSummaryTable(lines);
  const table = read?.complete ? read : null;
  const lastRow = table?.rows[table.rows.length - 1];
  const tableTax: AmountCandidate | null = table && lastRow ? { value: table.tax, amount: lastRow.tax, label: lastRow.line, pattern: 0, sameRow: true } : null;
  const tableNet: AmountCandidate | null = table && lastRow ? { value: table.net, amount: lastRow.net, label: lastRow.line, pattern: 0, sameRow: true } : null;
  if (tableTax) taxes.unshift(tableTax);
  if (tableNet) nets.unshift(tableNet);
  // a tax table whose rows' rates were not read, or not all of them ("249  10,00  2,40  12,40", "A  10,00  2,40  12,40",
  // rows under a "KATHARI AXIA  FPA  SYNOLO" heading; ./unrated-tax-rows.ts): a figure read off one of its rows (under a
  // "Net" or "VAT" heading, or the rated table's one row) is one row's share, no document's net or tax; the column sums
  // are, when the rows' gross adds up to a total or a totals row sums them (else the net and tax stay untold)
  const unrated = unratedTaxRows(lines);
  let rowsNet: AmountCandidate | null = null, rowsTax: AmountCandidate | null = null;
  if (unrated && unrated.rows.length > (read?.rows.length ?? 0)) {
    const rowLines = new Set(unrated.rows.map((r) => r.line));
    const share = (c: AmountCandidate) => rowLines.has(c.amount.line) && c.value === c.amount.value;
    for (const xs of [nets, taxes]) for (let i = xs.length - 1; i >= 0; i--) if (share(xs[i])) xs.splice(i, 1);
    if (unrated.totals || totals.some((c) => near(c.value, unrated.gross))) {
      const at = unrated.totals ?? unrated.rows[unrated.rows.length - 1];
      rowsNet = { value: unrated.net, amount: at.net, label: at.line, pattern: 0, sameRow: true };
      rowsTax = { value: unrated.tax, amount: at.tax, label: at.line, pattern: 0, sameRow: true };
      nets.unshift(rowsNet);
      taxes.unshift(rowsTax);
    }
  }
  // a table with a class row it could not read: a net or tax read from one of its class rows
  // (under a "Netto" heading, or the row's own rate-checked tax) is one class's share, and
  // total - that share is no tax (a fresh tester's till: net 33,03 and tax 48,18 of 81,21)
  if (read && !read.complete) {
    const share = (c: AmountCandidate) => isClassRow(c.amount.line);
    for (const xs of [nets, taxes]) for (let i = xs.length - 1; i >= 0; i--) if (share(xs[i])) xs.splice(i, 1);
    if (perRate && share(perRate)) perRate = null;
  }
  const charges = chargeAmounts(lines).map((c) => c.value);
  // a rounding's sign is lost as often as printed ("ROUNDING ADJ 0.02" under a total it lowers): both ways
  const roundings = labelledAmounts(lines, ROUNDING_LABELS).filter((c) => c.sameRow && c.value !== 0 && Math.abs(c.value) <= MAX_ROUNDING).flatMap((c) => [c.value, -c.value]);
  const cash = labelledAmounts(lines, CASH_LABELS, CHANGE_LABELS);
  const change = labelledAmounts(lines, CHANGE_LABELS);

  // fallback: with its label misread ("SUMHE' 19,93 EUR"), the total is the figure the tender less
  // the change pins (cash 20,00 - change 0,07), printed above the tender
  if (!totals.length) {
    const paid = cash.flatMap((c) => change.filter((ch) => ch.value >= 0 && c.value > ch.value).map((ch) => ({ value: Math.round((c.value - ch.value) * 100) / 100, before: c.label.index })));
    for (const p of paid) {
      const a = lines.filter((x) => x.index < p.before).flatMap((x) => amountsIn(x)).find((x) => x.decimals === 2 && near(x.value, p.value));
      if (!a) continue;
      totals.push({ value: a.value, amount: a, label: a.line, pattern: TOTAL_LABELS.length, sameRow: true });
      break;
    }
  }
  // fallback: the largest amount printed at least twice in the lower part
  if (!totals.length) {
    const counts = new Map<number, AmountCandidate>();
    const seen = new Map<number, number>();
    for (const l of lines.slice(Math.floor(lines.length * 0.3))) {
      for (const a of amountsIn(l)) {
        if (a.decimals !== 2 || a.value <= 0) continue;
        seen.set(a.value, (seen.get(a.value) ?? 0) + 1);
        if (!counts.has(a.value)) counts.set(a.value, { value: a.value, amount: a, label: l, pattern: TOTAL_LABELS.length, sameRow: true });
      }
    }
    const twice = [...seen].filter(([, n]) => n >= 2).map(([v]) => v).sort((a, b) => b - a);
    if (twice.length) totals.push(counts.get(twice[0])!);
  }

  // the printed sum of the tax: a line under its label ("TOTAL TVA 8.73"), unless it prints a rate of its
  // own while another line under the label prints none: then it is one class's share ("TOTAL TVA A 21%
  // 2.25", "TOTAL TVA B 11% 6.48" over "TOTAL TVA 8.73" on a Romanian fiscal slip)
  const labelsTaxTotal = (c: AmountCandidate) => c.sameRow && !!matchAny(c.label.text, TAX_TOTAL_LABELS);
  const bareTaxTotal = taxes.some((c) => labelsTaxTotal(c) && !printedRates(c.label.text).length);
  const taxTotal = (c: AmountCandidate) => labelsTaxTotal(c) && !(bareTaxTotal && printedRates(c.label.text).length);
  let best: AmountRoles = { total: null, net: null, tax: null, discount: null, agreement: 0 };
  let bestScore = -Infinity;
  const totalOpts: (AmountCandidate | null)[] = totals.length ? totals : [null];
  const netOpts: (AmountCandidate | null)[] = [null, ...nets];
  const taxOpts: (AmountCandidate | null)[] = [null, ...taxes];
  // the discount: a printed sum of the discounts, or the sum of the discount lines (./discounts.ts)
  const disc = documentDiscount(lines);
  for (const t of totalOpts) {
    for (const n of netOpts) {
      for (const x of taxOpts) {
        if (n && x && n === x as unknown) continue;
        let score = 0;
        let agree = 0;
        if (t) {
          score += 3 - (Math.min(t.pattern, RANKED_TOTALS) / RANKED_TOTALS) * 2; // label rank
          score += (t.label.index / Math.max(1, lines.length)) * 0.5; // totals sit low
          if (t.amount.confidence < 0.5) score -= 0.5;
          if (!t.sameRow && !sure.has(t)) score -= 0.75; // read from the line below: less sure it belongs to the label
          if (totals.filter((o) => o !== t && near(o.value, t.value)).length) score += 1.5; // printed under two total labels
          if (cash.some((c) => change.some((ch) => near(c.value - ch.value, t.value)))) { score += 2; agree += 1; }
          if (itemsSum != null && near(itemsSum, t.value)) { score += 1; agree += 1; }
          // a "total" that a tax printed below it lifts to a later, larger total is a subtotal
          // ("Total Sales 33.00", "GST 6% 1.98", "TOTAL 35.00"; 5 cents of rounding allowed)
          if (totals.some((t2) => t2.label.index > t.label.index && t2.value > t.value && taxes.some((x2) => x2.value > 0 && x2.label.index > t.label.index && Math.abs(t.value + x2.value - t2.value) <= 0.05))) score -= 2;
          // so is one that a charge printed between it and a stronger total lifts (liftedByCharge)
          else if (liftedByCharge(t, totals, lines)) score -= 2;
          // one class's gross, when the classes' grosses add up to a total printed under another label
          if (partOfPrintedTotal(t, totals)) score -= 4;
        }
        if (n) {
          score += 0.5;
          if (t && n.value > t.value + 0.01) score -= 3;
          // (or the items and the bill's service charges, a document-level charge the net holds, EN 16931 BT-109 = lines + charges:
          // "1 ICED GREEN TEA 1.00", "Serv Charge 10% 2.09", "SR 6% 22.99 1.38")
          if (itemsSum != null && (near(itemsSum, n.value) || (charges.length > 0 && near(itemsSum + charges.reduce((s, c) => s + c, 0), n.value)))) { score += 1; agree += 1; }
          if ((n === tableNet && table!.rows.length > 1) || n === rowsNet) score += 0.5;
        }
        if (x) {
          score += 0.3;
          // (or a tax whose line prints its rate and no base, the rate of the total less it: "TOTAL £14.22", "VAT @ 20% £2.37",
          // a fresh tester's café photo whose net "£11.85" OCR read "fl1.85": a tax derived as total - net, 12.37, had won)
          if (rated.includes(x) || x === tableTax || (t && includedAtPrintedRate(x, t.value))) { score += 1; agree += 1; }
          if ((x === tableTax && table!.rows.length > 1) || x === rowsTax) score += 0.5; // the whole table beats one of its rows
          else if (taxTotal(x)) score += 1.2; // and so does the printed sum of the tax
          else if (x === perRate || x === repairedTax) score += 1.2; // and the sum of one line per rate
          if (t && x.value >= t.value) score -= 3;
          // no tax rate is above about 30 %: a "tax" of more than 35 % of the net (or of the
          // total less the tax) is a base or a net read under a tax heading
          const base = n ? n.value : t ? t.value - x.value : null;
          if (base != null && x.value > 0.35 * base + 0.01) score -= 3;
        }
        if (t && n && x) {
          const d = disc?.value ?? 0;
          if (near(n.value + x.value, t.value) || near(n.value + x.value - d, t.value)) { score += 3; agree += 2; }
          // a sum before a discount printed above the tax is no net: a net printed after the
          // discount, that agrees without it, beats it (beforeAllowance)
          if (beforeAllowance(n, x, t, disc)) score -= 2;
          // a service charge printed between them: net + charge + tax = total ("SUB TOTAL 34.77", "SERVICE CHARGE 10% 3.48", "SST 6% 2.30", "TOTAL 40.55")
          // (and a cash rounding after them both: "Sub-Total 39.40", "10% Svc Chg 3.94", "9% GST 3.90", "Rounding -0.04",
          // "Grand Total 47.20" on a Singapore bill, whose GST a fresh tester found unread)
          // (and a document discount with it: lines - allowance + charge + tax = total, EN 16931 BT-109 + BT-110 = BT-112:
          // "Subtotal", "Discounts (21 %)", "Tax (10%)", "Shipping", "Total" on a development invoice, whose balance due won)
          else if (charges.some((c) => near(n.value + c + x.value, t.value) || near(n.value - d + c + x.value, t.value) || roundings.some((r) => near(n.value + c + x.value + r, t.value)))) { score += 3; agree += 2; }
          // a cash rounding printed between them: net + tax + rounding = the total paid ("SUB TOTAL 45.59",
          // "GST 6% 2.74", "TOTAL INCL. GST 48.33", "ROUNDING ADJ 0.02", "NETT TOTAL 48.35"; a fresh
          // tester: the printed GST had given way to a tax derived as total - net, 2.76)
          else if (roundings.some((r) => near(n.value + x.value + r, t.value))) { score += 3; agree += 2; }
          // a charge printed between the subtotal and the total, the tax said to be included in the total: subtotal + charge
          // = total, and the tax is the total's ("Subtotal $36.50", "Sunday Surcharge 15% $5.48", "Total $41.98", "Includes GST $3.82")
          else if (included.includes(x) && x.value > 0 && x.value <= MAX_INCLUDED_SHARE * t.value && charges.some((c) => near(n.value + c, t.value))) { score += 2; agree += 1; }
          // a subtotal equal to the total, and a tax that agrees with its rate: the prices include
          // the tax ("Subtotal £5.50", "VAT 20% £0.92", "TOTAL £5.50"); the subtotal is the gross
          // and is dropped as the net below
          // (or a line that says the tax is included, "VAT INCLUDED 4.98"; or a tax line on its own
          // row under them, no more than an included tax can be: "SUBTOTAL 82.12", "TOTAL TO PAY
          // 82.12", "VAT 13.69" holds no other reading)
          // (not a tax whose line prints its base, when base + tax is no total: "S 10,00% 100,00 10,00"
          // says the net is 100,00, and a "NET A PAYER 100,00" after a prepayment is no tax-inclusive total)
          else if (near(n.value, t.value) && x.value > 0 && (rated.includes(x) || x === tableTax || x === perRate || includedAtPrintedRate(x, t.value) || included.includes(x))
            && !based.some((b) => b.line === x.amount.line && b.tax.start === x.amount.start && !near(b.base ? b.base.value + b.tax.value : b.gross!.value, t.value))) { score += 1; agree += 1; }
          else if (near(n.value, t.value) && x.value > 0 && x.sameRow && x.label.index > t.label.index && x.value <= MAX_INCLUDED_SHARE * t.value) score += 1;
          else if (!near(n.value, t.value)) score -= 1;
        } else if (t && n && !x) {
          if (near(n.value, t.value)) score += 0.5;
        }
        if (score > bestScore) {
          bestScore = score;
          best = { total: t, net: n, tax: x, discount: disc, agreement: Math.min(1, agree / 2) };
        }
      }
    }
  }
  // the net is after the document's allowances (EN 16931 BT-109): a sum picked before a discount
  // printed between it and the tax, with no net printed after the discount, less that discount
  if (best.total && best.net && best.tax && beforeAllowance(best.net, best.tax, best.total, best.discount)) {
    best = { ...best, net: { ...best.net, value: Math.round((best.net.value - best.discount!.value) * 100) / 100 } };
  }
  // a service charge printed between the subtotal and the tax ("Subtotal 50.00", "Service Charge
  // 10% 5.00", "GST 9% 4.95", "TOTAL 59.95"): a document-level charge (EN 16931 BG-21) taxed with
  // the goods, so the net (BT-109 = lines + charges - allowances) is total - tax (derived later),
  // not the subtotal of the lines; the lines still add up to the subtotal (./charged-net.ts)
  if (best.total && best.net && best.tax && chargedNet(best.net, best.tax, best.total, lines, roundings)) best = { ...best, net: null };
  // (so is a sum of the lines that a discount lowers and a charge lifts to the total with the tax: the net, BT-109 = lines -
  // allowances + charges, is the total less the tax, derived)
  const [ct, cn, cx, cd] = [best.total, best.net, best.tax, best.discount?.value ?? 0];
  if (ct && cn && cx && cd > 0 && !near(cn.value + cx.value, ct.value) && !near(cn.value + cx.value - cd, ct.value) && charges.some((c) => near(cn.value - cd + c + cx.value, ct.value))) best = { ...best, net: null };
  // tax-inclusive prices: the "net" picked equals the total while a tax is in it; the net is
  // then what the document determines, total less tax (derived later), not the subtotal
  if (best.total && best.net && best.tax && best.tax.value > 0 && near(best.net.value, best.total.value)) best = { ...best, net: null };
  // (and so is a subtotal a charge lifts to the total, the tax included in the total: the net is the total less the tax)
  const [bt, bn, bx] = [best.total, best.net, best.tax];
  if (bt && bn && bx && included.includes(bx) && charges.some((c) => near(bn.value + c, bt.value)) && !near(bn.value + bx.value, bt.value)) best = { ...best, net: null };
  return best;
}
