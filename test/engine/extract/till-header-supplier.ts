/**
 * @module test/engine/extract/till-header-supplier
 * A test helper (no test of its own): the supplier receiptSupplier reads from a till slip whose
 * header lines the test gives, over a fixed body of items, total and cash.
 */
import { receiptSupplier } from '../../../engine/extract/receipt-supplier.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const BODY = ['', 'Bread 2.50', 'Milk 1.20', 'Coffee 4.99', 'Butter 2.10', '', 'TOTAL 10.79', 'Cash 20.00', 'Change 9.21'];

/** The supplier of a till slip whose header is `lines`, line i `heights[i]` units high (12, body type, when not given); null when none. */
export function supplierOfHeader(lines: string[], heights: Record<number, number> = {}): string | null {
  const reading = readingFromText([[...lines, ...BODY]], { kind: 'image' });
  for (const [i, h] of Object.entries(heights)) {
    const l = reading.pages[0].lines[Number(i)];
    l.box = { ...l.box, h };
  }
  return receiptSupplier(flattenLines(reading))?.name ?? null;
}
