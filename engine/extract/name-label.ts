/**
 * @module engine/extract/name-label
 * A statement's holder after a bare "Name:" label at the start of a line in the first page's
 * head ("Name: NUR AISYAH BINTI KAMARUDDIN      Statement Date: ..."), as statements print it
 * when they give no "Account name" label and no salutation; its translations in our languages
 * and Malay ("Nama:", "Nom :", "Nombre:", "Nome:", "Naam:", "Imię i nazwisko:").
 */
import { firstColumn, fold, type DocLine } from '../parse/lines.ts';
import { plausibleName, tidyName } from './supplier.ts';

/** A bare name label starting a line, with its colon, on folded text (lower case, no accents). */
const BARE_NAME = /^\s*(?:(?:customer|client)\s+name|name|nama(?:\s+pelanggan)?|nom|nombre|nome|naam|imie\s+i\s+nazwisko)\s*:\s*/;

/**
 * The name after a bare name label (see the module's note) on the first page's upper 40 %, up
 * to the line's next column: the first such line whose value is a plausible name of at most six
 * words without digits. Null when there is none.
 */
export function nameAfterBareLabel(lines: DocLine[]): { name: string; line: DocLine } | null {
  for (const l of lines) {
    if (l.page !== lines[0]?.page || l.box.y >= l.pageHeight * 0.4) continue;
    const m = BARE_NAME.exec(fold(l.text));
    if (!m) continue;
    const name = tidyName(firstColumn(l, m[0].length));
    if (plausibleName(name) && !/[\d:@]/.test(name) && name.split(/\s+/).length <= 6) return { name, line: l };
  }
  return null;
}
