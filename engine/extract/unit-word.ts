/**
 * @module engine/extract/unit-word
 * The unit word of a till's quantity clause ("3 UND x S/ 1.80", "6 ks x 21,90", "2 st x 32,90",
 * "2 PZA x 18.50", "3 kpl Korvapuusti": ../parse/quantity-units.ts) is no item's name (EN 16931
 * BT-153) but the unit of its quantity (BT-129/BT-130). Source: a
 * nineteenth tester's Peruvian and Czech slips, whose items came back named "UND" and "ks".
 */

import { QUANTITY_UNIT_SOURCE as UNIT } from '../parse/quantity-units.ts';

/** Nothing but a unit word, a count before it and a times sign after it, and specks: no name. */
const SPECK = "['’`·]";
const UNIT_ONLY = new RegExp(String.raw`^[\s\d.,]*${SPECK}?\s*${UNIT}\.?(?:\s|${SPECK}|\.)*(?:[x×*@]\s*)?(?:S\/\.?)?\s*$`, 'iu');
/** A unit word opening a name ("kpl Korvapuusti" after the count "3"; a speck read as a middle dot glued after it, "st·Kanelbulle", an apostrophe being a word's, "L'Or"), then the name. */
const UNIT_FIRST = new RegExp(String.raw`^\s*${UNIT}(?:\.?\s+|\.?·\s*)(?=\p{L}{2})`, 'iu');

/** Whether `description` holds nothing but a quantity clause's unit word (with its count, times sign or specks). */
export function unitOnly(description: string): boolean {
  return UNIT_ONLY.test(description);
}

/** `name` without a unit word opening it ("kpl Korvapuusti" -> "Korvapuusti"), the name as it was otherwise. */
export function withoutLeadingUnit(name: string): string {
  return name.replace(UNIT_FIRST, '');
}
