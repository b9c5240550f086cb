/**
 * @module engine/extract/holder-beside-account
 * The account holder printed at the head of a statement with no label and no address under it:
 * a name alone in the first column of a line directly above the account's line ("MR JOHN A SMITH"
 * over "Account number 12345678"), or in the first column of that line beside it ("Anna Kowalska
 * IBAN: PL61 ..."). The account's line prints an account word or "IBAN" with its number. The name
 * must have a person's shape (see personal-name.ts); a company's name with its legal form
 * ("Helios Trading GmbH") only on a business account (the page says "Business account",
 * "Geschäftskonto", "Firmenkonto", "compte professionnel", "cuenta de empresa", "conto aziendale",
 * "zakelijke rekening", "rachunek firmowy"). Never the bank's line, the page's top line or a
 * line set larger than the body (a letterhead: "Intesa Sanpaolo" over its IBAN is the bank), a
 * bank's name, a heading, a field label, a street or a postcode and town. Null without that
 * evidence: a name nothing ties to the account stays unread.
 */
import { firstColumn, fold, type DocLine } from '../parse/lines.ts';
import { tidyName } from './supplier.ts';
import { personalName } from './personal-name.ts';
import { isFieldLabel } from './holder-label.ts';
import { namesABank } from './bank-words.ts';

/** An account word or "IBAN" (folded text), as the account's line prints before its number. */
const ACCOUNT_WORD = /(?<![\p{L}])(?:iban|account|acct|a\/c|kontonummer|konto|compte|cuenta|conto|conta|rekening\p{L}*|rachunku|rachunek|konta)(?![\p{L}])/u;
/** A legal form ending a company's name ("Ltd", "GmbH", "S.r.l.", "Sp. z o.o.", "B.V."). */
const COMPANY = /\s(?:ltd\.?|limited|plc|llp|gmbh|ag|kg|ohg|ug|e\.?\s?k\.?|s\.?a\.?r?\.?l?\.?|s\.?l\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|s\.?a\.?s\.?|sarl|b\.?v\.?|n\.?v\.?|lda\.?|sp\.?\s?z\s?o\.?\s?o\.?|sp\.?\s?j\.?|s\.?c\.?)$/i;
/** A business account's words in our languages (folded). */
const BUSINESS = /\b(?:business (?:account|current account|banking)|geschaftskonto|firmenkonto|compte (?:professionnel|pro|entreprise)|cuenta (?:de )?empresa|cuenta negocios|conto (?:aziendale|business|impresa)|conta empresa|zakelijke rekening|rachunek firmowy)\b/;

/** The account's line: an account word and a number of five digits or more (spaces aside), or an IBAN. */
export function accountLine(l: DocLine): boolean {
  const t = fold(l.text);
  return (ACCOUNT_WORD.test(t) && /\d(?:[\s-]?\d){4,}/.test(l.text)) || /\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}\s?\d{4}/.test(l.text);
}

/** Whether a first column's text can be the holder's name (see the module's note). */
function holderShaped(name: string, business: boolean): boolean {
  if (!name || namesABank(name) || isFieldLabel(name) || /\d/.test(name)) return false;
  return personalName(name) || (business && COMPANY.test(name) && name.split(/\s+/).length <= 6 && !/[:@]/.test(name));
}

/**
 * The holder beside or above the account's line (see the module's note) among `head`, the first
 * page's head lines in reading order; `exclude` are lines that are the issuer's (the bank's
 * line, the letterhead). Null when none.
 */
export function holderBesideAccount(head: DocLine[], exclude: Set<DocLine>): { name: string; line: DocLine } | null {
  if (!head.length) return null;
  const business = BUSINESS.test(fold(head.map((l) => l.text).join(' ')));
  for (const [i, l] of head.entries()) {
    if (!accountLine(l)) continue;
    const own = firstColumn(l);
    // beside: the name is the line's first column and the account's words come after it
    if (own.length < l.text.trim().length && !ACCOUNT_WORD.test(fold(own)) && !exclude.has(l)) {
      const name = tidyName(own);
      if (holderShaped(name, business)) return { name, line: l };
    }
    // above: the nearest line over the account's, starting in its column, right above it
    const charW = l.words[0] ? l.words[0].box.w / Math.max(1, l.words[0].text.length) : 6;
    const over = head.slice(0, i).reverse().find((o) => o.page === l.page && Math.abs(o.box.x - l.box.x) <= charW * 3);
    if (!over || exclude.has(over) || l.box.y - (over.box.y + over.box.h) > l.box.h * 1.5) continue;
    const name = tidyName(firstColumn(over));
    if (holderShaped(name, business)) return { name, line: over };
  }
  return null;
}
