/**
 * @module engine/extract/buyer-label-line
 * The buyer's block at the top of a page: a line opening with a buyer label and its colon
 * ("Odberatel:" alone, "Customer: Riverside Dental") and the lines right under it in its column.
 * Its lines name the customer, never the shop: a fresh tester's Czech invoice, read as a receipt,
 * came back with its customer as the supplier, and then with the customer's street. The labels
 * are the party readers' (./party-labels.ts); a colon is required, as "To" and "An" are words too.
 */
import type { DocLine } from '../parse/lines.ts';
import { matchAny } from '../parse/lines.ts';
import { BUYER_LABELS } from './party-labels.ts';

/** A buyer label opening `text`, then its colon; `alone`: nothing after the colon. */
function buyerLabel(text: string, alone: boolean): boolean {
  const m = matchAny(text, BUYER_LABELS);
  if (!m || m.start > 1) return false;
  const rest = text.slice(m.end);
  return alone ? /^\s*:\s*$/.test(rest) : /^\s*:\s*\S/.test(rest);
}

/**
 * Which of `lines` (top to bottom) are the buyer's block: a line opening with a buyer label and a
 * colon (with the name after it or alone), and the lines printed right under it in its column
 * (no gap of more than a line's height, the left edges within two line heights; at most
 * BLOCK_LINES): the customer's name and address ("Odberatel:" / "Clínica Dental Sonrisa S.L." /
 * "Av. Diagonal 400, Barcelona").
 */
export function buyerBlockLines(lines: DocLine[]): boolean[] {
  const out = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    if (!buyerLabel(lines[i].text, false) && !buyerLabel(lines[i].text, true)) continue;
    out[i] = true;
    for (let j = i + 1, last = lines[i]; j < lines.length && j <= i + BLOCK_LINES; j++) {
      const l = lines[j];
      const h = Math.max(l.box.h, last.box.h);
      if (l.box.y - (last.box.y + last.box.h) > h || Math.abs(l.box.x - lines[i].box.x) > 2 * h) break;
      out[j] = true;
      last = l;
    }
  }
  return out;
}
/** Lines of a buyer's block under its label: its name and up to three address lines. */
const BLOCK_LINES = 4;
