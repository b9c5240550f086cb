/**
 * @module engine/extract/figure-in-name
 * A whole figure inside an item's name, before the row's amount column: a count in parentheses
 * ("Empanada de carne (2) 7,00", "Croquetas (6) 8,40", "Tapa (3 uds) 6,00") or a number a word
 * of the name follows ("Pizza 4 formaggi 9,50", "Menu 2 persone 25,00", "Formule 3 plats
 * 22,00"). It says what the item is, not how many were bought: it stays in the description and
 * is no quantity (a fresh tester's "Empanada de carne (2) 7.000" came out as "Empanada de").
 * A word of a unit after the figure ("3 Std", "2 Stück", "5 days") makes it a measure of what
 * was bought, which the row's figures may prove a quantity (the caller's product check), so it
 * is no name word here. A figure a number sign or a size word opens ("Schraube #8", "Pampers Gr. 4",
 * "Spaghetti No. 5", "Chanel N°5") or a plus closes ("Calpol 6+ Susp", an age; "Gouda 48+", a fat
 * content) names the product too (a fresh tester's "Calpol 6+ Susp 100ml 5,99" came back as 6 at
 * 1,00, "Schraube #8 0,45" as 8 named "Schraube #"). Pure.
 */
import type { PlacedAmount } from '../parse/lines.ts';

/** Unit words of three letters or more after a count: pieces, hours, days, packs (a count's, not a name's). */
const UNIT_WORDS = new Set([
  'pcs', 'pce', 'stk', 'stck', 'stück', 'stueck', 'szt', 'kpl', 'vnt', 'gab', 'kom', 'kos', 'buc', 'uds', 'und', 'adet', 'tbl', 'tab', 'tabs', 'caps', 'pack', 'packs',
  'cnt', 'ltr', 'gal', 'lbs', 'std', 'stunden', 'hrs', 'hour', 'hours', 'day', 'days', 'tag', 'tage', 'jour', 'jours', 'giorni', 'giorno', 'dias', 'días', 'uur', 'uren',
  'unit', 'units', 'unidades', 'pezzi', 'pièces', 'pieces', 'piece', 'stuks', 'sztuk', 'items', 'nights', 'nuits', 'nächte', 'noches', 'notti', 'month', 'months', 'monate',
]);

/**
 * A number sign glued to a figure ("#8", "№3", "N°5") or a size word right before it ("No. 5",
 * "Nr. 12", "Gr. 4", "Größe 42", "Size 8", "Talla 38", "Taille 40"). A sign set apart by a space is
 * a till's mark before the count ("Butter slice Cheese *# 1 4.15").
 */
const NUMBER_MARK = /(?:[#№]|N[°º]|(?<![\p{L}])(?:no|nr|gr|größe|grösse|size|talla|taille|taglia|tam)\.?\s?)$/iu;

/** Whether `a` (a figure of `text`, a row's text) is part of the item's name (see the module comment). */
export function figureInName(text: string, a: Pick<PlacedAmount, 'start' | 'end' | 'decimals'>): boolean {
  if (a.decimals !== 0) return false;
  const before = text.slice(0, a.start), after = text.slice(a.end);
  if (!/\p{L}{2,}/u.test(before)) return false;
  // (the parser reads "(6)" as an accountant's negative: a whole one after a name is the name's count)
  if (/^\(\s*\d+\s*\)$/.test(text.slice(a.start, a.end).trim())) return true;
  if (/\(\s*$/.test(before) && /^\s*(?:\p{L}{1,8}\.?\s*)?\)/u.test(after)) return true;
  // (a number sign or a size word opening it, a plus closing it: "#8", "Gr. 4", "6+")
  // (the figure's own text may open with the space before it: the mark must touch its first digit)
  const digitAt = a.start + text.slice(a.start, a.end).search(/\d/);
  if (NUMBER_MARK.test(text.slice(0, digitAt)) || /^\+/.test(after)) return true;
  const word = /^\s+(\p{L}{3,})(?![\d])/u.exec(after);
  return !!word && !UNIT_WORDS.has(word[1].toLowerCase());
}
