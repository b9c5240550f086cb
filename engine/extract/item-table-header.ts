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
