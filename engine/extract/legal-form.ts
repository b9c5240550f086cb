/**
 * @module engine/extract/legal-form
 * A company's legal form in the languages served (Ltd, Sdn Bhd, GmbH, S.A., Sp. z o.o., ...):
 * anywhere in a name, ending it, or alone on a line. Shared by the letterhead (./supplier.ts), the
 * till's header (./receipt-supplier.ts), the party blocks and the title cut (./title-glued-to-name.ts).
 */
import { fold } from '../parse/lines.ts';
import { casedLegalFormAtEnd, casedLegalFormOnly } from './cased-legal-form.ts';

/**
 * A legal form alone (folded): "SARL", "OHG", "S.p.A.", "Pvt Ltd", "GmbH & Co. KG", "Unipessoal
 * Lda", "Private Limited", "Sp. z o.o.", "SDN BHD", "LLP", "L.P.", "PLT", "PLLC", "P.C.": no word
 * of a name in it. A P.C. needs its dots ("PC" alone is a personal computer or pieces). None
 * follows a figure glued to it, nor KG one after a space: "1KG", "MILO 1 KG" are weights on an item
 * line (a later tester's photo, where "MILO 1KG" outscored the shop's name as a company), "3SA" is
 * no société anonyme; "Studio 54 GmbH" keeps its form.
 */
export const LEGAL_FORM_WORDS = /(?<![\p{L}\d])(?:sdn\.?\s*bhd|bhd|s\/b|private\s+limited|pvt\.?|ltda?\.?|lda\.?|limited|llc|pllc|l\.?l\.?p\.?|lllp|l\.?p\.?|plt|p\.c\.|inc\.?|gmbh|ag|plc|s\.?r\.?l\.?|s\.?p\.?a\.?|sp\.?\s?z\s?[o0]\.?\s?[o0]\.?|sp\.?\s?[jk]\.?|oy|n\.?v\.?|b\.?v\.?|sas|sarl|eurl|s\.?a\.?|s\.?l\.?u?\.?|s\.?n\.?c\.?|ohg|e\.?\s?k\.?|(?<!\d\s)kg|gbr|ug|s\.?r\.?o\.?|v\.?o\.?f\.?|unipessoal|eireli|corp\.?|corporation|co\.|company|pty|pte|aps|a\/s|oyj|d\.\s?o\.\s?o\.?|kft\.?|zrt\.?|nyrt\.?)(?![\p{L}])/giu;
/** A legal form anywhere in a (folded) text. */
export const LEGAL_FORM = new RegExp(LEGAL_FORM_WORDS.source, 'iu');
/** A legal form ending a (folded) text. */
export const LEGAL_FORM_AT_END = new RegExp(`(?:${LEGAL_FORM_WORDS.source})\\W*$`, 'iu');
/**
 * Whether `text` (as read) ends in a legal form: one of the folded list (LEGAL_FORM_WORDS: "...
 * Ventures Inc.", "... SDN BHD") or a cased one after a word of the name (./cased-legal-form.ts:
 * "Södermalm Kaffe AB"). A legal name prints its form last; a short form inside a line ("KAINAN SA
 * KANTO", Tagalog "sa") names no company.
 */
export function endsInLegalForm(text: string): boolean {
  return LEGAL_FORM_AT_END.test(fold(text)) || casedLegalFormAtEnd(text);
}
/** Whether `text` holds a legal form and no word of a name besides ("S.p.A.", "GmbH & Co. KG"). */
export function legalFormOnly(text: string): boolean {
  if (casedLegalFormOnly(text)) return true;
  const f = fold(text);
  return /\p{L}/u.test(f) && !/\p{L}/u.test(f.replace(LEGAL_FORM_WORDS, ' ').replace(/&|\band\b|\bund\b|\bet\b|\by\b|\be\b/g, ' '));
}
