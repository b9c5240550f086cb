/**
 * @module engine/extract/order-number
 * The buyer's purchase order reference an invoice quotes (EN 16931 BT-13, "Purchase order
 * reference"), by its labels in the languages served (EN, DE, FR, ES, IT, PT, NL, PL, and HU RO SL HR CS
 * SK NO DA SV FI ET LV LT, whose marked letters fold away as a scan drops them): the
 * order's own number labels ("Order No.", "Bestellnummer", "N° de commande", "Número de pedido",
 * "Numero ordine", "Nº encomenda", "Ordernummer", "Nr zamówienia") and the forms that quote the
 * buyer's order or reference ("Your order ref.", "Ihre Bestellung", "Votre commande", "Su
 * pedido", "Rif. ordine", "V/ Referência", "Uw referentie"). A bare noun ("pedido", "ordine",
 * "Bestellung") also names other things (a shipping line, an order's date) and is a label only
 * as a header field prints it (closed by its colon, or as ./order-noun-label.ts reads it). The
 * longest label wins where several start at one place ("Your order ref." over "Your order").
 * The value is the id right after the label; below it only when the label ends its line (a
 * label followed by words or a date, "Data ordine: 12/10/2024", "Ihre Bestellung vom
 * 02.10.2025", holds no number). Source of the vocabulary: a tester's invoices in the eight
 * languages, and the invoice vocabularies of those languages.
 */
import { keyword, spanBox, spanConfidence, type DocLine } from '../parse/lines.ts';
import { labelledIds, type TextCandidate } from './labels.ts';
import { nounLabelledOrders } from './order-noun-label.ts';

const ORDER_PHRASES = [
  // EN
  'purchase order number', 'purchase order no', 'purchase order ref', 'purchase order', 'order number', 'order no', 'order nr', 'order ref', 'order reference',
  'order id', 'your order ref', 'your order reference', 'your order no', 'your order number', 'your order', 'your reference', 'your ref', 'customer order',
  'po number', 'po no', 'po #', 'po ref', 'p.o. number', 'p.o. no', 'p.o.', 'your po', 'your p.o.', 'buyer order no', "buyer's order no",
  // DE
  'bestellnummer', 'bestell-nr', 'bestellnr', 'bestellung nr', 'ihre bestellung', 'ihre bestellnummer', 'ihre bestell-nr', 'auftragsnummer', 'auftrags-nr',
  'auftragsnr', 'auftrag nr', 'ihr auftrag', 'ihre auftragsnummer', 'ihre referenz', 'ihr zeichen', 'kundenauftrag',
  // FR
  'commande', 'votre commande', 'n° de commande', 'no de commande', 'numéro de commande', 'bon de commande', 'réf. commande', 'référence commande',
  'votre référence', 'votre réf', 'v/réf', 'v/ réf', 'v/ref',
  // ES
  'su pedido', 'pedido n', 'pedido nº', 'nº de pedido', 'n.º de pedido', 'nº pedido', 'número de pedido', 'numero de pedido', 'num. pedido', 'ref. pedido',
  'referencia pedido', 'orden de compra', 'su referencia', 's/ref', 's/ ref', 's/ referencia',
  // IT
  'rif. ordine', 'riferimento ordine', 'numero ordine', 'n. ordine', 'nr. ordine', 'ordine n', 'ordine nr', 'vs. ordine', 'vostro ordine', 'vs ordine',
  "ordine d'acquisto", 'ordine di acquisto', 'vs. rif', 'vostro riferimento', 'vs. riferimento',
  // PT
  'v/ referência', 'v/ referencia', 'v/ ref', 'v/ref', 'vossa referência', 'vossa referencia', 'v/ encomenda', 'vossa encomenda', 'nº encomenda',
  'n.º encomenda', 'nº da encomenda', 'número da encomenda', 'numero da encomenda', 'encomenda n', 'nota de encomenda', 'número do pedido', 'nº do pedido',
  'pedido de compra', 'ordem de compra', 'requisição', 'requisicao',
  // NL
  'ordernummer', 'order nr', 'bestelnummer', 'bestelnr', 'bestelling nr', 'uw bestelling', 'uw order', 'uw ordernummer', 'uw bestelnummer', 'uw referentie',
  'uw ref', 'uw kenmerk', 'inkoopordernummer', 'inkooporder', 'inkoopnummer',
  // PL
  'nr zamówienia', 'numer zamówienia', 'nr zam', 'zamówienie nr', 'zamówienie numer', 'wasze zamówienie', 'nr zlecenia', 'numer zlecenia', 'zlecenie nr',
  // and the labels of a thirteenth tester's invoices in other languages: HU "Rendelésszám", RO "Comanda nr.", SL "Naročilo
  // št.", HR "Narudžba br.", CS/SK "Číslo objednávky", NO/DA "Ordrenr.", SV "Ordernr", FI "Tilausnumero", ET "Tellimuse
  // nr", LV "Pasūtījuma nr.", LT "Užsakymo Nr.", East Africa's and the Gulf's "LPO No" (a local purchase order)
  'rendelésszám', 'rendelés száma', 'megrendelésszám', 'megrendelés száma', 'rendelési szám',
  'comanda nr', 'comandă nr', 'nr comandă', 'număr comandă', 'comanda de achiziție',
  'naročilo št', 'naročilnica št', 'številka naročila', 'št naročila', 'narudžba br', 'broj narudžbe', 'narudžbenica br',
  'číslo objednávky', 'objednávka č', 'objednávka číslo',
  'ordrenr', 'ordrenummer', 'ordre nr', 'deres ordre', 'bestillingsnr', 'bestillingsnummer', 'ordernr', 'er ordernr', 'inköpsordernummer',
  'tilausnumero', 'tilausnro', 'tilaus nro', 'ostotilaus', 'ostotilausnumero', 'tellimuse nr', 'tellimus nr',
  'pasūtījuma nr', 'pasūtījums nr', 'užsakymo nr', 'užsakymas nr',
  'lpo no', 'lpo number', 'lpo #', 'lpo nr', 'local purchase order', 'lpo',
  // the bare noun closed by its colon, as a header's field prints it ("Zamówienie: ZAM-2025-118", "Auftrag: A-2025-211", a
  // fresh tester's invoices): a label only there, and its value only an id (a date after it holds no number, as below)
  'zamówienie:', 'auftrag:', 'bestellung:', 'pedido:', 'ordine:', 'encomenda:', 'objednávka:', 'narudžba:', 'order:',
];
/**
 * A label ending in a number sign ("Encomenda n.º") also as OCR reads that sign: "n.9", "n.2"
 * (the ordinal sign read as a nine or a two), "n°" (the degree sign for it); the plain "n" of
 * "Encomenda n." is a label of its own above.
 */
const ORDINAL_SIGN_PHRASES = ['encomenda n.º', 'encomenda nº', 'pedido n.º', 'nº da encomenda', 'n.º da encomenda'];
const withReadSigns = (x: string) => (/º/.test(x) ? ['º', '°', '9', '2'].map((c) => x.replace('º', c)) : [x]);

/** The order labels, longest first (at one start the first pattern wins: "your order ref" before "your order"). */
export const ORDER_NUMBER_LABELS = [...new Set([...ORDER_PHRASES, ...ORDINAL_SIGN_PHRASES.flatMap(withReadSigns)])].sort((a, b) => b.length - a.length).map((x) => keyword(x));

/**
 * "PO" (purchase order) as a label of its own right before a number ("PO 48013", "PO: 48013",
 * "PO# 48013", with its O read as a zero "P0: 48013"; "P.O." is a phrase above), folded text. Only
 * printed in capitals (PO_IN_CAPITALS): a lower-case "po" is a word of other languages (Polish
 * "po 14 dniach", after 14 days).
 */
const PO_LABEL = [/(?<![\p{L}\d])p[o0](?=\s*[:#]\s*\d|\s+\d)/u];
const PO_IN_CAPITALS = /(?<![\p{L}\d])P[O0](?=\s*[:#]\s*\d|\s+\d)/u;
/**
 * A purchase order's id printed with its "PO" prefix glued to it, by a dash or a slash or not
 * ("PO-48013", "PO/2025/118", "PO48013"), in capitals, with or without a label before it; with a
 * dash or a slash, its O read as a zero too ("P0-48013", mended by poPrefix: "P048013" may be a
 * code's digits). Not the tail of a longer id ("OE-PO-0457" is the whole order number).
 */
const PO_ID = /(?<![\p{L}\d]|[\p{L}\d][-\/])P(?:O[-\/]?|0[-\/])\d[A-Za-z0-9\-\/._]*/u;

/** An order id whose "PO" prefix OCR read with a zero ("P0-48013", "P0/2025/118") is "PO-48013": a PO prefix is letters. */
export function poPrefix(id: string): string {
  return id.replace(/^P0(?=[-\/]\d)/, 'PO');
}

/**
 * Order number candidates (see the module comment): the labelled ones in page order; none
 * labelled, the number after a bare order noun a header field prints (./order-noun-label.ts), then the number after a bare "PO" (PO_LABEL), then an id with a PO prefix anywhere
 * (PO_ID). None when nothing names an order.
 */
export function orderNumbers(lines: DocLine[]): TextCandidate[] {
  // (none, the bare noun a header field prints without its colon, "Zamówienie ZAM-4471": ./order-noun-label.ts)
  const full = labelledIds(lines, ORDER_NUMBER_LABELS, 1, true);
  const labelled = full.length ? full : nounLabelledOrders(lines);
  const po = labelled.length ? labelled : labelledIds(lines.filter((l) => PO_IN_CAPITALS.test(l.text)), PO_LABEL, 0);
  const ids = po.length ? po : lines.flatMap((line) => {
    const m = PO_ID.exec(line.text);
    if (!m) return [];
    const id = m[0].replace(/[.\-_/]+$/, '');
    return [{ text: id, line, box: spanBox(line, m.index, m.index + id.length), confidence: spanConfidence(line, m.index, m.index + id.length) }];
  });
  return ids.map((c) => ({ ...c, text: poPrefix(c.text) }));
}
