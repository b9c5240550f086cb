/**
 * @module engine/extract/bank-label
 * A statement's bank named after its label at the head of the page ("Banka: Česká spořitelna,
 * a.s.", "Bank: OTP Bank Nyrt.", "Name der Bank: ..."), in our languages (EN DE FR ES IT PT NL PL)
 * and the Czech, Slovak, Hungarian, Romanian, Croatian, Slovene, Baltic and Nordic ones. The
 * label starts its line (or its column after a wide gap) and has its colon, so a payee's bank in a
 * row ("Empfängerbank: ...") or a sentence about a bank is no label of the statement's. A fresh
 * tester's Czech statement named its bank only so and came back without one.
 */
import { fold, keyword, type DocLine } from '../parse/lines.ts';
import { plausibleName, tidyName } from './supplier.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
/** The bank's labels, folded; longest first, so "Name der Bank" is one label. */
const BANK_LABELS = k([
  // EN DE FR ES IT PT NL PL
  'bank name', 'name of bank', 'bank', 'name der bank', 'kreditinstitut', 'bankinstitut', 'banque', 'nom de la banque', 'banco', 'entidad', 'entidad bancaria',
  'banca', 'istituto', 'nome banca', 'instituição', 'naam bank', 'nazwa banku', 'bank prowadzący',
  // CS SK HU RO HR SL LT LV ET, Nordic
  'banka', 'název banky', 'názov banky', 'bank neve', 'számlavezető bank', 'denumire banca', 'denumirea băncii', 'bankas', 'pank', 'pankki',
].sort((a, b) => b.length - a.length));

/** The value of a label at the start of `text` (folded match, colon required), or null. */
function valueAfterLabel(text: string): string | null {
  for (const re of BANK_LABELS) {
    const m = new RegExp(String.raw`^\s*(?:${re.source})\s*:\s*(\S.*)$`, 'iu').exec(fold(text));
    if (m) return text.slice(text.length - m[1].length).trim();
  }
  return null;
}

/**
 * The bank named after its label (see the module's note) on one of `head` (the first page's head
 * lines), as printed up to a wide gap (the next column), with its line; null when none.
 */
export function bankAfterLabel(head: DocLine[]): { name: string; line: DocLine } | null {
  for (const l of head) {
    // each column of the line: the text before and after a wide gap (three spaces or more)
    for (const part of l.text.split(/\s{3,}/)) {
      const v = valueAfterLabel(part);
      if (!v) continue;
      const name = tidyName(v);
      if (plausibleName(name) && !/\d{3,}/.test(name)) return { name, line: l };
    }
  }
  return null;
}
