/**
 * @module engine/extract/order-noun-label
 * The bare order noun as a header field's label, without its colon: "Zamówienie ZAM-4471",
 * "Auftrag A-3307" (a fresh tester's Polish invoice and German scan), and the same field in the
 * other languages served ("Bestellung", "Bestelling", "Order", "Ordine", "Pedido", "Encomenda").
 * The noun alone also names other things (a shipping line, "Gastos de envío del pedido", an
 * order's date, "Auftrag erteilt am 02.10.2025"), so it is a label only as a field prints it:
 * with a capital (or in capitals), opening its line or after a column gap, and followed on its
 * line by an id shaped as one, letters and digits ("ZAM-4471") or digit groups joined by a dash or
 * a slash ("2025/118"); a count, a price, a date or a plain number ("Pedido 4500123", which the
 * OCR tests of ./order-number.ts read as no label without its number sign) is none.
 * ./order-number.ts reads the full labels and the noun closed by its colon first. Pure.
 */
import { columnGaps, fold, keyword, type DocLine } from '../parse/lines.ts';
import { labelledIds, type TextCandidate } from './labels.ts';

/** The nouns, EN DE FR ES IT PT NL PL (FR "commande" is a full label in ./order-number.ts). */
const ORDER_NOUNS = ['order', 'auftrag', 'bestellung', 'bestelling', 'pedido', 'ordine', 'encomenda', 'zamówienie', 'zlecenie'].map((x) => keyword(x));

/** An id's shape: letters and digits, or digit groups joined by a dash or a slash. */
const ID_SHAPE = /^(?:(?=\S*\p{L})(?=\S*\d)\S+|\d+(?:[-\/]\d+)+)$/u;

/**
 * Order number candidates after a bare capitalised noun on its own line (see the module comment),
 * in page order; none when no line prints one.
 */
export function nounLabelledOrders(lines: DocLine[]): TextCandidate[] {
  const fielded = lines.filter((l) => fieldOpensWithNoun(l));
  return labelledIds(fielded, ORDER_NOUNS, 0).filter((c) => c.line === c.label && ID_SHAPE.test(c.text));
}

/** Whether `line` prints an order noun with a capital, opening the line or after a column gap. */
function fieldOpensWithNoun(line: DocLine): boolean {
  const gaps = columnGaps(line);
  // (folding keeps a precomposed letter's place: the capital is looked for in the printed text)
  const folded = fold(line.text);
  for (const re of ORDER_NOUNS) {
    for (const hit of folded.matchAll(new RegExp(re.source, re.flags.replace('g', '') + 'g'))) {
      const at = hit.index!;
      if (!/^\p{Lu}/u.test(line.text.slice(at))) continue;
      if (at === 0 || gaps.some((g) => g <= at && !/\S/.test(line.text.slice(g, at)))) return true;
    }
  }
  return false;
}
