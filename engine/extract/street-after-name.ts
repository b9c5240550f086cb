/**
 * @module engine/extract/street-after-name
 * A name line that goes on after a comma with the street and house number ("Kaffeehaus Lindner
 * GmbH, Mühlweg 9", "Backstube Rosenthal GmbH, Lindenallee 17"): the supplier's name is the part
 * before the comma; the street is its address (EN 16931 BT-27 seller name vs BT-35 address line).
 * Pure.
 */
import { fold } from '../parse/lines.ts';
import { LEGAL_FORM } from './supplier.ts';

/** A street and its house number after the comma: words of letters, then one number ("Mühlweg 9", "Rue des Lilas 12b"). */
const STREET_TAIL = /,\s*(\p{L}[\p{L}.'’\s-]{2,40}?)\s+\d{1,4}\s?[a-z]?\s*$/u;
/** Street words in the languages served (DE, NL, EN, FR, ES, IT, PT). */
const STREET_WORD = /(?:stra(?:ss|ß)e|str\.|weg|allee|gasse|platz|damm|ring|straat|laan|plein|gracht|street|st\.?|road|rd\.?|avenue|ave\.?|lane|rue|chemin|calle|avenida|via|viale|rua)(?![\p{L}])/iu;

/**
 * `name` without a street and house number after its last comma, when the part before carries a
 * legal form or the part after a street word; unchanged otherwise.
 */
export function withoutStreetAfterName(name: string): string {
  const m = STREET_TAIL.exec(name);
  if (!m) return name;
  const head = name.slice(0, m.index).trim();
  if (!/\p{L}{2}/u.test(head)) return name;
  return LEGAL_FORM.test(fold(head)) || STREET_WORD.test(m[1]) ? head : name;
}
