/**
 * @module engine/extract/unit-of-name
 * A name line that says whose unit the shop is ("Unit of Harbour Foods Pvt Ltd", "A unit of
 * ...", "A division of ..."), printed under the shop's brand: the company it names is the legal
 * entity, which the engine returns as the supplier when a receipt prints both (./particle-name.ts,
 * the training truth's convention), without the words before it. Pure.
 */
import { fold } from '../parse/lines.ts';
import { LEGAL_FORM } from './supplier.ts';

/** "Unit of", "A unit of", "A division of", "(A Unit of", opening the line. */
const UNIT_OF = /^\W*(?:an?\s+)?(?:unit|division)\s+of\s+/i;

/** The legal entity a "(A) unit of ..." name line names, or `name` unchanged when it opens otherwise or names no legal form. */
export function withoutUnitOf(name: string): string {
  const m = UNIT_OF.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length).replace(/\)\s*$/, '').trim();
  return /\p{L}{2}/u.test(rest) && LEGAL_FORM.test(fold(rest)) ? rest : name;
}
