/**
 * @module engine/extract/class-mark-before-price
 * A till that prints its tax-class column before the amount column ("Brot A 3,49", "Kaas   A
 * 6,49": German, Belgian, French tills) sets the class letter between the item's name and its
 * price, so an item row reads it as the name's last word ("Brot A"). Where the page's class table
 * rates that letter and every item's class is read so (../derive/tax-classes.ts
 * itemMarksBeforePrice), the letter is the item's tax category (EN 16931 BT-151), no word of its
 * name (BT-153), and leaves the description. So does a letter a German discounter prints bare,
 * first on the row ("B Brot 3,49", ../parse/leading-class-mark.ts bareClassMark). Pure.
 */
import type { DocLine } from '../parse/lines.ts';
import type { PlacedItem } from './items.ts';
import { itemMarksBeforePrice } from '../derive/tax-classes.ts';
import { latinClassLetters } from '../parse/greek-class-letters.ts';
import { bareClassMark } from '../parse/leading-class-mark.ts';

/** `items` with the class letter that ends a name, printed before the price, taken off the name (see the module comment); `items` itself when none is. */
export function withoutClassMarkBeforePrice(items: PlacedItem[], lines: DocLine[]): PlacedItem[] {
  if (!items.length || !items.some((it) => it.item.description && /\s\S$|^\S\s/u.test(it.item.description))) return items;
  const text = lines.map((l) => l.text).join('\n');
  const read = itemMarksBeforePrice(items.map((it) => it.item), text);
  if (!read || !read.before.some(Boolean) && !read.opening.some(Boolean)) return items;
  const { marks, before, opening } = read;
  return items.map((it, i) => {
    const d = it.item.description;
    const m = d && before[i] ? /^(.*\p{L}.*?)\s+(\S)$/u.exec(d) : null;
    if (m && latinClassLetters(m[2]) === marks[i]) return { ...it, item: { ...it.item, description: m[1] } };
    const o = d && opening[i] ? bareClassMark(d) : null;
    return o && o.mark === marks[i] ? { ...it, item: { ...it.item, description: d!.slice(o.end).trim() } } : it;
  });
}
