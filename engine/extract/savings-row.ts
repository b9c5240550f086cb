/**
 * @module engine/extract/savings-row
 * A saving printed under its item without a minus, as Portuguese and Spanish tills print what a
 * promotion took off: "Queijo Flamengo 3,29" / "Poupança 0,30" / "Arroz Agulha 1,19" ... "TOTAL
 * 5,07". It is the item's line discount (EN 16931 BG-27, a line allowance: the README's
 * convention, as ./line-discount.ts takes a row with its minus off the item above), never an
 * item of its own. A positive figure under discount or savings words could as well be an item
 * ("Aktion Butter 1,99"), so the arithmetic decides: the item rows add up to a figure of the
 * summary printed under them (subtotal, total) with every such row taken off and not with them
 * added. A row between two items is the item above's; one after the last item may be the
 * basket's as well (./line-discount.ts), so it is no item and the document's discount only. Source:
 * a fresh tester's Portuguese slip, whose "Poupança 0,30" came back as an item. Pure.
 */
import type { ReceiptItem } from '../../schemas/results.ts';
import { amountsIn, type DocLine } from '../parse/lines.ts';
import { moneyDecimals } from '../parse/minor-unit.ts';
import { discountWords } from './discounts.ts';

/** An item and the row it was read on (./items.ts PlacedItem, named here so the two files do not import each other). */
interface PlacedItem { item: ReceiptItem; line: DocLine }

const cents = (v: number) => Math.round(v * 100) / 100;
/** How many lines under the last item the summary's figures are looked for in. */
const SUMMARY_LINES = 6;

/**
 * `items` (read off `lines`, top to bottom) with every savings row (see the module comment) taken
 * off the item above it: that item's `discountAmount` is the row's figure (currency units,
 * positive), its `totalAmount` less it, its unit price the one before it (quantity 1 when none is
 * printed); the row is dropped (after the last item, dropped only). `whole`: the page prints whole
 * money. Gives the items and the rows taken off, the document's discount (empty, and `items` as
 * given, when there is none or the sum does not prove them).
 */
export function savingsTakenOff<P extends PlacedItem>(items: P[], lines: DocLine[], whole = false): { items: P[]; taken: DocLine[] } {
  const at = (p: PlacedItem) => lines.indexOf(p.line);
  // (a row of discount words, one positive figure and no quantity, right under an item)
  const saving = (k: number) => {
    const { item } = items[k], above = items[k - 1];
    return k > 0 && !!item.description && discountWords(item.description) && item.quantity === null && item.unitPrice === null
      && item.totalAmount !== null && item.totalAmount > 0 && at(above) === at(items[k]) - 1 && above.item.discountAmount === null
      && above.item.totalAmount !== null && item.totalAmount < above.item.totalAmount;
  };
  // (the item above being no saving itself)
  const savings = items.map((_, k) => k).filter((k) => saving(k) && !saving(k - 1));
  if (!savings.length) return { items, taken: [] };
  const last = Math.max(...items.map(at));
  const below = lines.slice(last + 1, last + 1 + SUMMARY_LINES).flatMap((l) => amountsIn(l).filter((a) => moneyDecimals(a, whole)).map((a) => a.value));
  const sum = items.reduce((s, p) => s + (p.item.totalAmount ?? 0), 0);
  const off = sum - 2 * savings.reduce((s, k) => s + items[k].item.totalAmount!, 0);
  const makes = (v: number) => below.some((b) => Math.abs(b - v) < 0.011);
  if (!makes(off) || makes(sum)) return { items, taken: [] };
  // (the last item's row: the basket's as well, no line's)
  for (const k of savings.filter((x) => x < items.length - 1)) {
    const above = items[k - 1].item, d = items[k].item.totalAmount!;
    if (above.unitPrice === null) {
      if (above.quantity === null) above.quantity = 1;
      above.unitPrice = cents(above.totalAmount! / above.quantity);
    }
    above.discountAmount = d;
    above.totalAmount = cents(above.totalAmount! - d);
  }
  return { items: items.filter((_, k) => !savings.includes(k)), taken: savings.map((k) => items[k].line) };
}

