/**
 * @module engine/extract/name-before-address
 * A name printed with its postal address on one line, the parts set apart by commas ("Jana
 * Dvořáková, Kounicova 18, 602 00 Brno", "Mr Daniel Okafor, 19 Elm Grove, Leeds LS6 2AH",
 * "Emily R. Sandoval, 4410 NE Fremont St, Portland, OR 97213"): the name is the part before the
 * first comma when what follows is an address (a street, a house number's part, a postcode and
 * town, see postal-lines.ts). A fresh tester's statements came back with the holder's address
 * in the name, or with no holder at all.
 */
import { HOUSE_NUMBER_LINE, POSTCODE_TOWN, STREET } from './postal-lines.ts';

/** A US or Canadian state or province and its ZIP or postal code closing an address ("OR 97213", "NY 10001-2345", "ON M5V 2T6"). */
const STATE_ZIP = /^[A-Z]{2}\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/;

/** Whether the comma-separated parts after a name are an address: its first part a street or a house number's, or a part with a digit followed by a postcode and town. */
function isAddress(parts: string[]): boolean {
  const [first] = parts;
  if (!first) return false;
  if (STREET.test(first) || HOUSE_NUMBER_LINE.test(first)) return true;
  return /\d/.test(first) && parts.some((p) => POSTCODE_TOWN.test(p) || STATE_ZIP.test(p));
}

/**
 * The name before its address on one line (see the module's note), trimmed; null when the text
 * holds no comma, the part before it is empty or holds a digit, or what follows is no address
 * ("Smith, John" and "ACME, Inc." stay whole).
 */
export function nameBeforeAddress(text: string): string | null {
  const i = text.indexOf(',');
  if (i < 0) return null;
  const name = text.slice(0, i).trim();
  if (!name || /\d/.test(name)) return null;
  const parts = text.slice(i + 1).split(',').map((p) => p.trim()).filter(Boolean);
  return isAddress(parts) ? name : null;
}
