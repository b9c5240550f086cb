/**
 * @module engine/extract/quantity-count-line
 * The line a till prints under its items counting the units sold ("Total Qty: 3", "TOT QTY: 9
 * 106.10", "#Total Qty 2", "Tota Qty. 4", a scan's lost letter, "TOTAL QTY. : 18 144.68"): a count
 * of what was bought, never an item nor an item's name, whatever figure follows it; so is a count
 * of the items ("Item(s) : 2 Qty(s) : 3", "ITEM COUNT 1", "No. of Items: 3"). Pure.
 */

/** "Total", "Tot", "Tota" (its l lost), then "Qty", "Quantity" or "Qtys", opening the line. */
const COUNT_LINE = /^\W*tot(?:al?)?\.?\s*(?:qty|qtys|quantity)\b/i;

/** "Item(s)", "Items", "Item count", "No. of items", then a colon at most and a whole count. */
const ITEM_COUNT_LINE = /^\W*(?:no\.?\s*(?:of\s+)?)?items?(?:\s*\(s\))?(?:\s+count)?\s*[:.]?\s*\d{1,4}(?![\d.,])/i;

/** Whether `text` (a line) is the count of units or items sold (see the module comment). */
export function quantityCountLine(text: string): boolean {
  return COUNT_LINE.test(text) || ITEM_COUNT_LINE.test(text);
}
