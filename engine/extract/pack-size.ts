/**
 * @module engine/extract/pack-size
 * A pack size printed at the end of an item's name, before its price: "Tojás 10 db 1 290",
 * "Eggs 12 pcs 3.49", "Mleko 1 l 3,99", "MILK 1 GAL 4.29", "Wasser 6x1,5l 4,49". It says what the
 * item is (ten eggs to the box, a litre of milk), not how many were bought: it stays in the
 * description and is no quantity (a tester's till rows came out "Eggs", quantity 12, unit price
 * 0.29). A pack size is a whole count with its unit (pieces: db, pcs, pc, pk, pack, ct, st, stk,
 * szt, ks, kpl, and LT vnt, LV gab, ET tk, HR kom, SL kos, RO buc, IT pz, ES uds/ud, PT un, a pharmacy's
 * tbl/tab/caps; measures: l, lt, ml, cl, dl, g, kg, oz, lb, gal, m, cm, mm; a strength: mg, mcg, µg, IU, I.E.), a volume with decimals ("0,5 l", "0,5 LT",
 * "1.5L"), or a multipack ("6x1,5l", "4 x 250 ml"); a weight with decimals ("1,234 kg") is what
 * a scale weighed, a measured quantity, and is none. It must follow a word of the name (or a fat
 * content ending it, "Tej 2,8% 1 l 459") and be followed by nothing but the row's figures.
 */

/** Units of a whole count: pieces in the languages served, and measures. */
const COUNT_UNIT = String.raw`(?:db|pcs|pc|pce|pk|pack|ct|cnt|st|stk|stck|stück|szt|ks|kpl|vnt|gab|tk|kom|kos|buc|pz|uds|ud|un|tbl|tab|tabs|caps|l|lt|ltr|ml|cl|dl|g|gr|kg|oz|fl\.?\s?oz|lb|lbs|gal|m|cm|mm|mg|mcg|µg|iu|i\.\s?e)`;
/** Units of a volume that may carry decimals ("0,5 l", "1.5L", "0.75 l"). */
const VOLUME_UNIT = String.raw`(?:l|lt|ltr|ml|cl|dl|gal|oz)`;
const PACK = new RegExp(
  String.raw`(?<=[\p{L}%]\.?\s)(?:\d{1,3}\s?[x×]\s?\d{1,4}(?:[.,]\d{1,3})?\s?${COUNT_UNIT}|\d{1,4}(?:[.,]\d{1,2})\s?${VOLUME_UNIT}|\d{1,4}\s?${COUNT_UNIT})\.?(?=(?:\s+[-$€£¥]?\d[\d.,]*)*\s*$)`,
  'giu',
);

/** The span of the pack size at the end of `text` (a row's text before its amount), or null. */
export function packSize(text: string): { start: number; end: number } | null {
  const m = [...text.matchAll(PACK)].at(-1);
  return m ? { start: m.index!, end: m.index! + m[0].length } : null;
}
