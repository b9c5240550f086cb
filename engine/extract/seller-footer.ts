/**
 * @module engine/extract/seller-footer
 * The seller's legal entity from an invoice's footer: many invoices (marketplaces, large
 * retailers) print a person's delivery address at the top and name the company that sells only
 * in the small print at the bottom, beside its VAT number ("Amazon EU S.a.r.L, 5 Rue Plaetis,
 * L-2338, Luxembourg" over "USt-ID: ATU62353134"). The tax ids and IBANs are read as OCR
 * gives them from a scan too ("IBAN.DE85 …", "BTW-nr NL-371158"). A footer line counts when its first
 * comma- or dot-separated part ("Name · Street · Town") carries a company suffix, it is not a
 * bank line (a payee's bank is named the same way), and a tax-id, company-register or IBAN line
 * is printed within two lines of it. Returns that first part.
 * The caller uses it only when the top of the page gave no company.
 * A footer's sender line ("Brightwater Utilities · 3 Harbour Row, Bristol BS1 4QA · VAT Reg. GB
 * 193 4472 18") names the issuer without a legal form too (senderFromFooter): the caller takes
 * it only when the top of the page named no one.
 */
import { fold, type DocLine } from '../parse/lines.ts';
import { ADDRESS_LINE, COMPANY_SUFFIX, noisy, plausibleName, tidyName } from './supplier.ts';

/** A tax id: its label and a number, or (the label misread: "USE-ID" for USt-ID) an "ID" and a long number. */
const TAX_ID = /\b(vat|ust|uid|tva|btw|iva|mwst|gst|abn|tax)[\s.-]*(id|no|nr|number|reg|idnr|identification)?\b[\s.:#-]*[A-Z]{0,3}[\s-]?\d|\bID\b[\s.:#-]*[A-Z]{0,3}\d{6,}|\b(siret|siren|rcs|cif|nif|nipc|nip|krs|regon|kvk|hrb|hra|rea|p\.\s?iva|registered in|company no|steuernummer|st\.-?nr)\b[\s.:#-]*\p{L}{0,12}[\s.:#-]*\d|\bIBAN\b[\s.:]*[A-Z]{2}\d{2}/iu;
/**
 * The separators between a footer line's parts: a comma, or a middle dot, bullet or bar between
 * spaces, which OCR often reads as a colon ("Lindner Werkzeuge GmbH : Lindenstraße 14"); a dash
 * it was read as parts the name only after a legal form (tidyName: "Smith - Jones Ltd" is one name).
 */
const FOOTER_PARTS = /,|\s+[·•|:]\s+/;
const BANK = /\b(bank|iban|bic|swift|sort code|konto|account)\b/i;
// the tax-id evidence may be the issuer's IBAN on the next line (its payee's account), but a
// line that itself names a bank is the bank's, not the seller's

export function sellerFromFooter(lines: DocLine[]): { name: string; line: DocLine; confidence: number } | null {
  const page = lines.filter((l) => l.page === lines[0]?.page);
  for (let i = page.length - 1; i >= 0; i--) {
    const l = page[i];
    if (l.box.y < l.pageHeight * 0.5 || BANK.test(l.text)) continue;
    const name = tidyName(l.text.split(FOOTER_PARTS)[0]);
    if (!COMPANY_SUFFIX.test(fold(name)) || !plausibleName(name) || name.split(/\s+/).length > 6) continue;
    const near = page.slice(Math.max(0, i - 2), i + 3).some((m) => TAX_ID.test(m.text));
    if (near) return { name, line: l, confidence: 0.6 };
  }
  return null;
}

/** The separators of a sender line's parts: a middle dot, bullet or bar between spaces (OCR may read one as a colon). */
const SENDER_PARTS = /\s+[·•|:]\s+/;

/**
 * The issuer named by a sender line in the lower half of the first page of `lines`: a line
 * whose parts (SENDER_PARTS) are a name first, then its address or tax id, one of the later
 * parts a tax id, company-register number or IBAN (TAX_ID), so that the first part names the
 * company that holds it, with or without a legal form ("Brightwater Utilities · 3 Harbour Row,
 * Bristol BS1 4QA · VAT Reg. GB 193 4472 18": a fresh tester's invoices printed their issuer
 * only there). The name has no digit, at most six words, is no address, bank or noise word.
 * The lowest such line wins. Returns the tidied name, its line and confidence 0.55; null when
 * there is none.
 */
export function senderFromFooter(lines: DocLine[]): { name: string; line: DocLine; confidence: number } | null {
  const page = lines.filter((l) => l.page === lines[0]?.page);
  for (let i = page.length - 1; i >= 0; i--) {
    const l = page[i];
    if (l.box.y < l.pageHeight * 0.5 || BANK.test(l.text)) continue;
    const parts = l.text.split(SENDER_PARTS);
    if (parts.length < 2 || !parts.slice(1).some((p) => TAX_ID.test(p))) continue;
    const name = tidyName(parts[0]);
    if (!plausibleName(name) || /\d/.test(name) || name.split(/\s+/).length > 6 || ADDRESS_LINE.test(name) || TAX_ID.test(name) || noisy(name)) continue;
    return { name, line: l, confidence: 0.55 };
  }
  return null;
}
