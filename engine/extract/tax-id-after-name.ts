/**
 * @module engine/extract/tax-id-after-name
 * A company's tax or business registration number printed on the line of its name ("Bondi Bites
 * Pty Ltd ABN 51 824 753 556", "Bäckerei Kunz GmbH USt-IdNr. DE123456789", "Café Lumière SARL
 * SIRET 123 456 789 00012", "Ferretería Sol S.L. CIF B12345678"): the name ends before the label.
 * The labels are the footer's tax-id list (./seller-footer.ts TAX_ID: VAT, USt, UID, TVA, BTW, IVA,
 * MwSt, GST, ABN, SIRET, SIREN, RCS, CIF, NIF, NIPC, NIP, KRS, REGON, KvK, HRB, P.IVA, Steuernr.)
 * and the business numbers of our receipts' other countries (ACN, ARBN, NZBN, GSTIN, UEN, TIN,
 * EIN, TRN, BRN), each followed by its number. A fresh tester's Australian till receipt returned
 * the name with its ABN.
 */
import { TAX_ID } from './seller-footer.ts';

/** A business number's label of our other countries, then its number (after an optional "No."). */
const BUSINESS_NUMBER = /\b(?:acn|arbn|nzbn|gstin|uen|tin|ein|trn|brn)\b[\s.:#-]*(?:no\.?|nr\.?|number)?[\s.:#-]*[A-Z]{0,3}[\s-]?\d/iu;

/**
 * `name` cut before the first tax-id or business-number label followed by its number, with the
 * separators before it (",", "-", "|", "·") dropped; `name` unchanged when it prints none or
 * when fewer than three letters would stay before it (the label opens the text: no name to keep).
 */
export function withoutTaxIdAfterName(name: string): string {
  const at = [TAX_ID, BUSINESS_NUMBER].map((re) => re.exec(name)?.index ?? -1).filter((i) => i > 0);
  if (!at.length) return name;
  const head = name.slice(0, Math.min(...at)).replace(/[\s,;:|·•\-–—(]+$/u, '');
  return (head.match(/\p{L}/gu) ?? []).length >= 3 ? head : name;
}
