/**
 * @module engine/extract/initials-over-name
 * A letterhead printing the seller's initials with its legal form large and its full name with
 * the same form under it: "MHP Sp. z o.o." over "Mazowiecka Hurtownia Papiernicza Sp. z o.o." (a
 * fresh tester's Polish invoice came back with the short one). Both carry a legal form, so the
 * rule that prefers the legal entity to a trading name cannot choose; the seller's name is the
 * one by which it is registered (EN 16931 BT-27, "the full formal name"), and initials are no
 * such name. The full name is the next lines' first column under the short one (three lines
 * at most), carrying the same legal form, whose words' first letters the short name's letters
 * are (./parties.ts sellerInitials). Pure.
 */
import { firstColumn, fold, type DocLine } from '../parse/lines.ts';
import { LEGAL_FORM_AT_END } from './legal-form.ts';
import { sellerInitials } from './parties.ts';
import { tidyName } from './supplier.ts';

/** A legal form as compared: folded, its spaces and dots left out ("Sp. z o.o." = "sp.z o.o"). */
const formOf = (name: string) => fold(LEGAL_FORM_AT_END.exec(name)?.[0] ?? '').replace(/[\s.]/g, '');

/**
 * The full name spelled out under `name` (read from `line`) in `lines` (reading order), or null
 * when `name` is no initials of the next lines' names (see the module comment).
 */
export function fullNameUnderInitials(name: string, line: DocLine, lines: DocLine[]): { name: string; line: DocLine } | null {
  const form = formOf(name);
  const short = name.replace(LEGAL_FORM_AT_END, '').trim();
  if (!form || !/^[\p{Lu}&.\s-]{2,8}$/u.test(short)) return null;
  const at = lines.indexOf(line);
  for (const next of lines.slice(at + 1, at + 4)) {
    if (next.page !== line.page) break;
    const full = tidyName(firstColumn(next));
    if (formOf(full) === form && full.length > name.length && sellerInitials(short, full)) return { name: full, line: next };
  }
  return null;
}
