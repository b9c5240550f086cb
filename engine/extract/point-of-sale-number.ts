/**
 * @module engine/extract/point-of-sale-number
 * A Latin American till's or invoice's number printed as its point of sale and its own number
 * (Argentina's AFIP comprobante, RG 1415 and 4291: "P.V. 0004 Nro. 00012877", "PV: 0004 - Nro:
 * 00012877", "Punto de Venta: 00004 Comp. Nro: 00012877", "Pto. Vta. 0004 Nº 00012877"). The
 * document's number is the two joined with a dash as the same slips print it in one piece
 * ("Ticket Nro. 0001-00012877", "Factura B N° 0003-00045612"), each with its digits as printed
 * (leading zeros kept). A number printed in one piece with its dash needs no rule here: the
 * receipt labels read it as it is.
 */
import { fold, keyword, matchAny, spanBox, spanConfidence, valueLines, type DocLine } from '../parse/lines.ts';
import type { TextCandidate } from './labels.ts';

/** The point-of-sale label: "P.V.", "PV", "Pto. Vta.", "Pto. de Venta", "Punto de Venta" (folded text). */
const POINT_OF_SALE = [
  /(?<![\p{L}\d])p\.?\s?v\.?(?![\p{L}\d])/u,
  ...['punto de venta', 'pto de venta', 'pto venta', 'pto vta', 'punto vta'].map((k) => keyword(k)),
];
/**
 * The comprobante's number label ("Nro.", "Nº", "N°", "No.", "Número", "Comp. Nro.", "Nro. Comp.",
 * "Comprobante Nº") and its number, four to eight digits, or the point of sale and number printed
 * whole after the label as well ("P.V. 0003" over "Nro. 0003-00012345": see joined) (folded text).
 */
const NUMBER_PART = String.raw`(?:comp(?:robante)?\.?\s*)?(?:n\s?ro|n\.?\s?[º°o]|numero)\.?\s*(?:comp(?:robante)?\.?)?[\s:.#º°-]*(\d{4,5}-\d{8}|\d{4,8})(?![\p{L}\d-])`;
/** After the point-of-sale label: its number (one to five digits), then NUMBER_PART, nothing but separators between. */
const THEN_NUMBER = new RegExp(String.raw`^[\s:.#º°-]*(\d{1,5})\s*[-–]?\s*` + NUMBER_PART, 'u');
/** A line that starts with NUMBER_PART (the point of sale on the line above). */
const NUMBER_ALONE = new RegExp(String.raw`^\s*` + NUMBER_PART, 'u');
/** A point-of-sale label's number ending its line. */
const POINT_ALONE = /^[\s:.#º°-]*(\d{1,5})\s*$/u;

/**
 * The document's number from its point of sale and the number printed after the number's label:
 * "PPPP-NNNNNNNN"; a number printed whole with its own point of sale ("0003-00012345") is kept as
 * printed, never joined to the point of sale again ("0003-0003-00012345").
 */
function joined(pointOfSale: string, number: string): string {
  return number.includes('-') ? number : `${pointOfSale}-${number}`;
}

/**
 * The point of sale and number of each line that prints them (see the module comment), or of a
 * point-of-sale label whose number's label and number stand on the row beside it or the line
 * below ("Punto de Venta: 00004" over "Comp. Nro: 00012877"), as "PPPP-NNNNNNNN"; page order.
 */
export function pointOfSaleNumbers(lines: DocLine[]): TextCandidate[] {
  const out: TextCandidate[] = [];
  for (const line of lines) {
    const m = matchAny(line.text, POINT_OF_SALE);
    if (!m) continue;
    const text = fold(line.text);
    const own = THEN_NUMBER.exec(text.slice(m.end));
    if (own) {
      const end = m.end + own.index + own[0].length;
      out.push({ text: joined(own[1], own[2]), line, box: spanBox(line, m.start, end), confidence: spanConfidence(line, m.start, end) });
      continue;
    }
    // the point of sale alone at its line's end: its number's label and number on the next line
    const pos = POINT_ALONE.exec(text.slice(m.end));
    if (!pos) continue;
    for (const next of valueLines(lines, line, 1)) {
      const n = NUMBER_ALONE.exec(fold(next.text));
      if (!n) continue;
      out.push({ text: joined(pos[1], n[1]), line, box: spanBox(line, m.start, line.text.length), confidence: Math.min(spanConfidence(line, m.start, line.text.length), next.confidence) });
      break;
    }
  }
  return out;
}
