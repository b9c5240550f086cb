/**
 * @module engine/extract/attention-block
 * The buyer of an invoice read from an unlabelled address block that names a person to attend to
 * it or the buyer's customer number: a line of the block opening with a for-the-attention-of
 * marker ("Attn: Accounts Payable", "FAO Mr J. Smith", "z. Hd. Frau Weber", "à l'attention de
 * M. Dubois", "c/o", "Att.", "all'attenzione di", "t.a.v.") or a customer-number label ("Customer
 * No: 4411", "Kundennr. 10233", "Kunden-Nr.", "N° client", "Cliente n.") says the block is the
 * addressee's: a seller never writes either over its own letterhead. A breaker's invoices with
 * the title on the left and such a block on the right came back with the buyer as the seller (or
 * the buyer's street as the customer); their seller stood in the footer.
 */
import { cells, fold, type DocLine } from '../parse/lines.ts';
import type { Party } from './parties.ts';
import { ADDRESS_LINE, noisy, plausibleName, tidyName, titleOnly } from './supplier.ts';
import { itemTableHeader } from './item-table-header.ts';

/** A for-the-attention-of marker opening a (folded) cell, in the languages served. */
const ATTENTION = /^(?:attn\b\.?|attention\s*(?:of|:)|for the attention of|f\.?a\.?o\.?(?![\p{L}])|z\.\s?(?:hd|h)\.|zu h(?:anden|\.)|a l['’ ]\s?attention d|c\/o\b|att\.|all['’ ]\s?attenzione|a\/a\b|t\.a\.v\.?|ter attentie van|do r[aą]k)/u;
/** A customer-number label opening a (folded) cell: EN, DE, FR, ES/IT/PT, NL, PL. */
const CUSTOMER_NO = /^(?:customer|client|account)\s*(?:no\b|nr\b|number|#|id\b|ref)|^kunden\s*-?\s*(?:nr|nummer)\b|^n[°º]\s*(?:de\s+)?client|^(?:numero|num\.?)\s+(?:de\s+)?client|^(?:cliente|klant)\s*(?:n[°º.]|nr|num|nummer)|^n[°º.]?\s*(?:de\s+)?cliente|^klantnummer|^nr\s+klienta|^numer\s+klienta/u;

/** Whether a (raw) cell opens with an attention marker or a customer-number label. */
export function buyerMarker(cell: string): boolean {
  const f = fold(cell).trim();
  return ATTENTION.test(f) || CUSTOMER_NO.test(f);
}


/** The cell of `line` starting within two character widths of `x`, if any. */
function cellAt(line: DocLine, x: number, charW: number): string | null {
  return cells(line).find((c) => Math.abs(c.x - x) <= charW * 2)?.text ?? null;
}

/** A field's value as a meta block prints it beside its key: a date or a code of digits ("05-11-2026", "K-0381", "2026/118"). */
const FIELD_VALUE = /^(?:\p{L}{0,4}[-/]?)?\d[\d\s./-]*$/u;

/**
 * Whether the cell of `line` at `x` is the key of a key-value pair of a meta block, not a name:
 * the next cell to its right on the row is a value ("Factuurdatum      05-11-2026" above
 * "Klantnummer  K-0381": the customer number's column is the invoice's meta block).
 */
function keyOfValue(line: DocLine, x: number, charW: number): boolean {
  const cs = cells(line);
  const i = cs.findIndex((c) => Math.abs(c.x - x) <= charW * 2);
  return i >= 0 && i + 1 < cs.length && FIELD_VALUE.test(cs[i + 1].text.trim());
}

/**
 * The buyer named by a marked block in the top 40 % of the first page of `lines` (reading order),
 * above the item table: for the first cell opening with a marker (buyerMarker), the nearest cell
 * above it in its column, at most three rows up, each row within two line heights of the one
 * under it, that reads like a name (no address, title, noise or other marker, no key beside its
 * value: see keyOfValue). Returns the
 * tidied name with its line and confidence 0.6; null when no marked block names one.
 */
export function attentionBuyer(lines: DocLine[]): Party | null {
  const page = lines.filter((l) => l.page === lines[0]?.page);
  const header = page.find((l) => itemTableHeader(l));
  const top = page.filter((l) => l.box.y < l.pageHeight * 0.4 && !(header && l.box.y >= header.box.y)).sort((a, b) => a.box.y - b.box.y);
  for (let i = 0; i < top.length; i++) {
    const marked = cells(top[i]).find((c) => buyerMarker(c.text));
    if (!marked) continue;
    let below = top[i];
    for (let j = i - 1, steps = 0; j >= 0 && steps < 3; j--) {
      const l = top[j];
      if (l.box.y >= below.box.y) continue;
      if (below.box.y - l.box.y > Math.max(l.box.h, below.box.h) * 2) break;
      const cell = cellAt(l, marked.x, marked.charW);
      if (cell === null) continue;
      steps++;
      below = l;
      if (buyerMarker(cell) || ADDRESS_LINE.test(cell)) continue;
      // (a key beside its value, "Factuurdatum  05-11-2026": the marker stands in a meta block, no buyer's)
      if (keyOfValue(l, marked.x, marked.charW)) break;
      const name = tidyName(cell);
      if (plausibleName(name) && !titleOnly(name) && !noisy(name)) return { name, line: l, confidence: 0.6 };
      break;
    }
  }
  return null;
}
