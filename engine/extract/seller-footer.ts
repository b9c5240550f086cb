/**
 * @module engine/extract/seller-footer
 * The seller's legal entity from an invoice's footer: many invoices (marketplaces, large
 * retailers) print a person's delivery address at the top and name the company that sells only
 * in the small print at the bottom, beside its VAT number ("Amazon EU S.a.r.L, 5 Rue Plaetis,
 * L-2338, Luxembourg" over "USt-ID: ATU62353134"). The tax ids and IBANs are read as OCR
 * gives them from a scan too ("IBAN.DE85 …", "BTW-nr NL-371158"). A footer line counts when its first
 * comma- or dot-separated part ("Name · Street · Town") carries a company suffix, it is not a
 * bank line (a payee's bank is named the same way), and a tax-id, company-register or IBAN line
 * is printed within two lines of it. Returns that first part (up to its legal form when a scan
 * lost the separators and the address follows the name on its line).
 * The caller uses it only when the top of the page gave no company.
 * A footer's sender line ("Brightwater Utilities · 3 Harbour Row, Bristol BS1 4QA · VAT Reg. GB
 * 193 4472 18") names the issuer without a legal form too (senderFromFooter): the caller takes
 * it only when the top of the page named no one.
 */
import { fold, type DocLine } from '../parse/lines.ts';
import { ADDRESS_LINE, COMPANY_SUFFIX, LEGAL_FORM_WORDS, noisy, plausibleName, tidyName } from './supplier.ts';

/**
 * A tax id: its label and a number, or (the label misread: "USE-ID" for USt-ID) an "ID" and a long number;
 * (the German tax number "Steuernr." / "Steuernummer" among them), or a company register's number ("Registered in England and Wales No. 01827561", "Reg. 8821840", "Company Reg. No. 201912345").
 */
export const TAX_ID = /\b(vat|ust|uid|tva|btw|iva|mwst|gst|abn|tax)[\s.-]*(id|no|nr|number|reg|idnr|identification)?\b[\s.:#-]*[A-Z]{0,3}[\s-]?\d|\bID\b[\s.:#-]*[A-Z]{0,3}\d{6,}|\b(siret|siren|rcs|cif|nif|nipc|nip|krs|regon|kvk|hrb|hra|rea|p\.\s?iva|registered in|company no|steuernummer|steuer-?nr|st\.-?nr)\b[\s.:#-]*\p{L}{0,12}[\s.:#-]*\d|\bregistered\s+in(?:\s+\p{L}+){1,3}[\s.,:#-]*(?:no|nr|number)\b\.?[\s.:#-]*\d|\b(?:company\s+)?reg(?:istration)?\.?(?:\s*(?:no|nr|number)\b\.?)?[\s:#-]*\d{5,}|\bIBAN\b[\s.:]*[A-Z]{2}\d{2}/iu;
/**
 * The separators between a footer line's parts: a comma, or a middle dot, bullet or bar between
 * spaces, which OCR often reads as a colon ("Lindner Werkzeuge GmbH : Lindenstraße 14"); a dash
 * it was read as parts the name only after a legal form (tidyName: "Smith - Jones Ltd" is one name).
 */
const FOOTER_PARTS = /,|\s+[·•|:]\s+/;
const BANK = /\b(bank|iban|bic|swift|sort code|konto|account)\b/i;
// the tax-id evidence may be the issuer's IBAN on the next line (its payee's account), but a
// line that itself names a bank is the bank's, not the seller's

/**
 * A footer part cut after its first legal form when an address follows it: a scan loses the
 * middle dots between a footer's parts ("Thornbury Consulting Ltd 14 King Street Manchester",
 * read for "Thornbury Consulting Ltd · 14 King Street · Manchester"). The part as it is otherwise.
 */
function untilLegalForm(part: string): string {
  const form = new RegExp(LEGAL_FORM_WORDS.source, 'giu');
  for (let m = form.exec(part); m; m = form.exec(part)) {
    const end = m.index + m[0].length;
    const rest = part.slice(end);
    // the address opens with a house number or a street with its number (ADDRESS_LINE)
    if (/^\s+\d{1,5}[a-z]?\s+\p{L}/u.test(rest) || /^\s+\p{L}+(?:straße|strasse|weg|straat|laan|gracht|plein)\s*\d/iu.test(rest)) return part.slice(0, end);
  }
  return part;
}

export function sellerFromFooter(lines: DocLine[]): { name: string; line: DocLine; confidence: number } | null {
  const page = lines.filter((l) => l.page === lines[0]?.page);
  for (let i = page.length - 1; i >= 0; i--) {
    const l = page[i];
    if (l.box.y < l.pageHeight * 0.5 || BANK.test(l.text)) continue;
    const name = tidyName(untilLegalForm(l.text.split(FOOTER_PARTS)[0]));
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
