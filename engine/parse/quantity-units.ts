/**
 * @module engine/parse/quantity-units
 * The unit words tills print in a quantity clause ("3 UND x S/ 1.80", "6 ks x 21,90", "2 st x
 * 32,90", "2 PZA x 18.50", "3 kpl Korvapuusti"): units and pieces as Spanish (UND, UNID, UN, UDS, PZA),
 * Czech and Slovak (ks), Swedish and German (st, Stk), Finnish (kpl), Polish (szt), Hungarian (db)
 * and English (pcs, pc, ea) tills abbreviate them, and the metric units (kg, gr, lt, l): the unit of
 * a line's quantity (EN 16931 BT-130), never its name.
 */

/** A regular-expression source matching one unit word (use with the `i` flag). */
export const QUANTITY_UNIT_SOURCE = String.raw`(?:UNIDS?|UNDS?|UDS?|UNI|UN|PZAS?|PZS?|PCS|PCE|PC|EA|KS|ST|STK|STCK|SZT|DB|KPL|KG|GR|LT|L)`;
