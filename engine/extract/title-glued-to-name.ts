/**
 * @module engine/extract/title-glued-to-name
 * A document's title read into one line with the issuer's name: OCR joins the boxes of one row,
 * so a letterhead that prints "TAX INVOICE" beside the name comes back as "TAX INVOICE ACME PTE
 * LTD" or "ACME PTE LTD TAX INVOICE", and a dropped space glues it ("ACME PTE LTDTAX INVOICE",
 * "TAXINVOICE"). The title names the document, never its seller (EN 16931 BT-27, the seller's
 * name; the title is BT-3's document type): it is cut off the name's start or end.
 */
import { endsInLegalForm, legalFormOnly } from './legal-form.ts';

/** The titles cut (longest first): the tax invoice, the official receipt, and the invoice's and receipt's own word in EN, DE, FR, ES. */
const TITLE = String.raw`(?:simplified\s?tax\s?invoice|tax\s?invoice|official\s?receipt|invoice|receipt|rechnung|facture|factura)`;
/** A title opening the text, then separators or a space. */
const LEADING = new RegExp(String.raw`^[^\p{L}\d]*(${TITLE})(?![\p{L}])[\s:|/–-]*`, 'iu');
/** A title ending the text after a space or a separator. */
const TRAILING = new RegExp(String.raw`(?<![\p{L}\d])[\s:|/–-]*(${TITLE})[^\p{L}\d]*$`, 'iu');
/** A title glued to the legal form or trade word that ends the name ("PTE LTDTAX INVOICE", "SDN BHDINVOICE"). */
const GLUED_TRAILING = new RegExp(String.raw`(?<=(?<![\p{L}])(?:ltd|bhd|pte|pty|inc|llc|plc|gmbh|sarl|sas|corp|limited|enterprise|trading|s\.l\.|s\.a\.|co\.))(${TITLE})[^\p{L}\d]*$`, 'iu');

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/**
 * Whether a title as printed (`title`) is cut from a name (`rest`, the name without it): a tax
 * invoice in any case ("Tax Invoice" opens or ends no company's name), another title in capitals
 * (a title is printed so), or, at the name's end (`end`), any title after a name of two words or
 * more or one ending in its legal form ("Acme Trading Receipt"). A mixed-case title opening a
 * name ("Receipt Bank Ltd") or ending a one-word one ("Smart Invoice") is the name's own word.
 */
function cuttable(title: string, rest: string, end: boolean): boolean {
  if (/^(?:simplified\s?)?tax/i.test(title) || title === title.toUpperCase()) return true;
  return end && (rest.split(/\s+/).length >= 2 || endsInLegalForm(rest));
}

/**
 * `name` without a document title glued to its start or end (see the module note), trimmed; the
 * name unchanged when no title is glued or when cutting it would leave fewer than three letters
 * or a legal form alone ("INVOICE LTD"). A title inside a name stays ("Smart Invoice Ltd").
 */
export function withoutGluedTitle(name: string): string {
  let out = name.trim();
  const glued = GLUED_TRAILING.exec(out);
  if (glued) out = out.slice(0, glued.index).trim();
  for (let step = 0; step < 2; step++) {
    const lead = LEADING.exec(out);
    if (lead) {
      const rest = out.slice(lead[0].length).trim();
      if (letters(rest) >= 3 && !legalFormOnly(rest) && cuttable(lead[1], rest, false)) out = rest;
    }
    const tail = TRAILING.exec(out);
    if (tail && tail.index > 0) {
      const rest = out.slice(0, tail.index).trim();
      if (letters(rest) >= 3 && !legalFormOnly(rest) && cuttable(tail[1], rest, true)) out = rest;
    }
  }
  return letters(out) >= 3 ? out : name.trim();
}
