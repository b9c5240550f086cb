/**
 * @module engine/extract/item-table-header
 * An invoice's item table header row ("Description  Qty  Unit Price  Amount", "Beschreibung
 * Menge Einzelpreis Gesamt", "Omschrijving Aantal Prijs Bedrag", "Nazwa towaru Ilość Cena"):
 * a row naming the goods and how many of them or their price, with no figure. Shared by the
 * amount roles (./amount-roles.ts: the figure below such a header's "Amount" is the first
 * item's, never a total) and the party blocks (./parties.ts: the table ends a "Bill to" block,
 * its "Description" is never a name).
 */
import { amountsIn, keyword, matchAny, type DocLine } from '../parse/lines.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
/** What an item table's header names besides its figures: the goods. */
const ITEM_HEADER_DESC = k(['description', 'beschreibung', 'bezeichnung', 'artikel', 'désignation', 'designation', 'libellé', 'omschrijving', 'descripción', 'descrizione', 'descrição', 'nazwa', 'opis', 'item', 'product', 'leistung', 'discriminação', 'discriminacao', 'concepto']);
/** ... and how many of them, or their price. */
const ITEM_HEADER_QTY = k(['qty', 'quantity', 'menge', 'anzahl', 'qté', 'quantité', 'aantal', 'cantidad', 'quantità', 'quantidade', 'ilość', 'unit price', 'einzelpreis', 'prix unitaire', 'precio', 'prezzo', 'preço', 'cena', 'prijs', 'qtd', 'cant', 'q.tà', 'valor unit']);

/**
 * Whether `line` is an item table's column header: it names the goods (ITEM_HEADER_DESC) and a
 * quantity or price column (ITEM_HEADER_QTY), and prints no amount. Words matched whole, in any
 * case, accents folded as ../parse/lines.ts keyword() does.
 */
export function itemTableHeader(line: DocLine): boolean {
  return !amountsIn(line).length && !!matchAny(line.text, ITEM_HEADER_DESC) && !!matchAny(line.text, ITEM_HEADER_QTY);
}

/**
 * Whether `text` (a cell, e.g. a line's first column) holds an item table's heading words and
 * nothing else ("Description", "Bezeichnung", "Désignation", "Nazwa towaru/usługi", "Qty Unit
 * Price"): a column heading, never a party's name (a fresh tester's invoices named their
 * seller "Description" when the letterhead was passed over). Words matched as itemTableHeader
 * matches them, plus the words that join them ("towaru", "usługi", "of", "/"); false on an empty text.
 */
export function headingOnly(text: string): boolean {
  let rest = text;
  for (let m = matchAny(rest, ITEM_HEADER_WORDS); m; m = matchAny(rest, ITEM_HEADER_WORDS)) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  return rest !== text && !/\p{L}|\d/u.test(rest.replace(HEADING_FILLERS, ' '));
}
const ITEM_HEADER_WORDS = [...ITEM_HEADER_DESC, ...ITEM_HEADER_QTY, ...k(['amount', 'betrag', 'montant', 'importe', 'importo', 'bedrag', 'wartość', 'valor', 'price', 'preis', 'prix', 'total', 'gesamt', 'menge'])];
/** Words that join heading words in one cell ("Nazwa towaru/usługi", "Description des travaux"). */
const HEADING_FILLERS = /(?<!\p{L})(?:of|des|de|der|du|towaru|towarów|usługi|uslugi|usług|la|del)(?!\p{L})|[\s/.,:%#-]+/giu;
