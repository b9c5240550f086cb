/**
 * @module engine/extract/account-party
 * Words that make an account printed on a statement another party's: a payee's, a beneficiary's,
 * a recipient's, a counterparty's, a creditor's, a sender's (a transfer's other side). A
 * statement's own account is never one of these, so an account label naming such a party
 * ("Beneficiary account:", "Empfänger-IBAN", "Compte bénéficiaire :", "Cuenta destino:",
 * "Rachunek odbiorcy:") labels no account of the statement. Shared by the labelled reading
 * (./account-number.ts) and the unlabelled one (./own-iban.ts).
 */
import { columnGaps, fold, type DocLine } from '../parse/lines.ts';

/**
 * Another party's words, on folded text (lower case, no accents), with their inflections: payee,
 * beneficiary, recipient, counter-account, counterparty, creditor, sender, remitter (EN);
 * Empfänger (Zahlungsempfänger, Empfängers), Begünstigter, Gegenkonto, Auftraggeber, Gläubiger
 * (DE); bénéficiaire, destinataire, émetteur, créancier (FR); beneficiario/-a, destinatario/-a,
 * destino, ordenante, acreedor (ES); ordinante, creditore (IT); remetente, credor (PT);
 * begunstigde, tegenrekening (NL); odbiorca/odbiorcy, nadawca/nadawcy, wierzyciel (PL).
 */
export const OTHER_PARTY = new RegExp(String.raw`(?<![\p{L}])(?:payees?|beneficiar(?:y|ies)|recipients?|counter\s*-?\s*(?:account|party)|counterpart(?:y|ies)|creditors?|senders?|remitters?|\p{L}*empfanger\p{L}*|begunstigt\p{L}*|gegenkont\p{L}*|auftraggeber\p{L}*|glaubiger\p{L}*|beneficiaires?|destinataires?|emetteur|creanciers?|beneficiari[oa]s?|destinatari[oa]s?|destino|ordenante|ordinante|acreedor(?:es)?|creditore|remetente|credor|begunstigde|tegenrekening|odbiorc\p{L}*|nadawc\p{L}*|wierzyciel\p{L}*)(?![\p{L}])`, 'u');

/** How many words of a label's cell on each side of an account word are read for a party's word. */
const NEAR = 3;

/**
 * Whether the account label at characters [start, end) of `line` names another party (see
 * OTHER_PARTY): a party's word among the up to three words of its cell before it ("Beneficiary
 * account:", "Empfänger-IBAN:", "Payee account number") or after it up to its colon or its value
 * ("Compte bénéficiaire :", "Número de cuenta del beneficiario:", "Cuenta destino"). A cell ends
 * at a column gap (../parse/lines.ts columnGaps), so a party's column beside the label does not count.
 */
export function labelNamesOtherParty(line: Pick<DocLine, 'text' | 'words'>, start: number, end: number): boolean {
  const gaps = columnGaps(line);
  const from = Math.max(0, ...gaps.filter((g) => g < start).map((g) => g + 1));
  const to = Math.min(line.text.length, ...gaps.filter((g) => g >= end));
  const before = fold(line.text.slice(from, start)).split(/\s+/).filter(Boolean).slice(-NEAR).join(' ');
  // after the label: up to its colon, or to where its value starts (a digit, an IBAN's country and check digits)
  const rest = line.text.slice(end, to);
  const stop = rest.search(/:|\d|[A-Z]{2}\d{2}/);
  const after = fold(stop < 0 ? rest : rest.slice(0, stop)).split(/\s+/).filter(Boolean).slice(0, NEAR).join(' ');
  return OTHER_PARTY.test(before) || OTHER_PARTY.test(after);
}
