/**
 * @module engine/extract/own-iban
 * A statement's own IBAN printed without a label ("Pan Piotr Zieliński   PL52 1020 2124 0000 2691
 * 3609 9456" in the head of a Polish statement): an IBAN whose groups make its country's length
 * and whose ISO 7064 mod-97 check holds (../parse/iban.ts) names the account the statement is
 * about, unless its line names it as another party's (a payee, a beneficiary, a counter-account,
 * in our languages EN DE FR ES IT PT NL PL) or the line is a transaction row (a date first and
 * money after it: the IBAN of the party paid or paying). The check keeps a reference number or a
 * misread from passing as an IBAN.
 */
import { findAmounts } from '../parse/amounts.ts';
import { findDates } from '../parse/dates.ts';
import { ibanAtStart, ibanCheckHolds } from '../parse/iban.ts';
import { fold, type DocLine } from '../parse/lines.ts';

/** Where an IBAN may start: a country code and two check digits, not inside a longer word or number. */
const IBAN_HEAD = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?=[\s.]?[A-Z0-9]{4})/g;

/**
 * Words before an IBAN on its line that make it another party's, folded: payee, beneficiary,
 * recipient, counter-account, sender (EN); Empfänger, Begünstigter, Gegenkonto, Auftraggeber
 * (DE); bénéficiaire, destinataire, émetteur (FR); beneficiario, destinatario, ordenante (ES, IT,
 * PT); begunstigde, tegenrekening (NL); odbiorca, nadawca (PL). Anywhere before it on the line.
 */
const OTHER_PARTY = /(?<![\p{L}])(?:payee|beneficiary|recipient|counter\s*-?\s*account|counterparty|sender|remitter|empfanger|begunstigter|gegenkonto|auftraggeber|zahlungsempfanger|beneficiaire|destinataire|emetteur|beneficiario|destinatario|ordenante|ordinante|remetente|begunstigde|tegenrekening|odbiorca|nadawca)(?![\p{L}])/u;
/**
 * A transfer's direction right before the IBAN ("to", "from", "an", "von", "à", "naar", "van",
 * "na rachunek", "z rachunku"): only there, since "van" and "von" also start holders' names.
 */
const TO_OR_FROM = /(?<![\p{L}])(?:to|from|an|von|a|de|naar|van|na\s+rachunek|z\s+rachunku|na|z)\s*:?\s*$/u;

/**
 * The first unlabelled IBAN that is the statement's own (see the module's note): its value as
 * printed (groups kept), its line and where it starts on the line; null when none.
 */
export function ownIban(lines: DocLine[]): { value: string; line: DocLine; start: number } | null {
  for (const l of lines) {
    // a transaction row: a date near its start and money on it
    const d = findDates(l.text)[0];
    if (d && d.start <= 3 && findAmounts(l.text.slice(d.end)).some((a) => a.decimals === 2)) continue;
    IBAN_HEAD.lastIndex = 0;
    for (let m = IBAN_HEAD.exec(l.text); m; m = IBAN_HEAD.exec(l.text)) {
      const value = ibanAtStart(l.text.slice(m.index));
      if (!value || !ibanCheckHolds(value.replace(/\s/g, ''))) continue;
      const before = fold(l.text.slice(0, m.index));
      if (OTHER_PARTY.test(before) || TO_OR_FROM.test(before)) continue;
      return { value, line: l, start: m.index };
    }
  }
  return null;
}
