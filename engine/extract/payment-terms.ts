/**
 * @module engine/extract/payment-terms
 * The payment term an invoice prints instead of a due date ("Net 30", "Zahlbar innerhalb von 14
 * Tagen", "Paiement à 30 jours", "Pago a 30 días", "Pagamento a 60 giorni", "Betaling binnen 14
 * dagen", "Termin płatności: 14 dni", "Due on receipt"), as a number of days after the issue
 * date: the document then determines its due date (issue #12 item 6: fill a mandatory field the
 * document determines, and say how).
 *
 * A term is a count of days (1 to 180) next to a payment word on one clause of a line (clauses
 * split at `;`, `,` followed by a space, and `. `), or a phrase of immediate payment (0 days).
 * Never guessed:
 * - a clause that names a discount or a rate ("2 % Skonto innerhalb 10 Tagen", "escompte",
 *   "interest 8 % after 30 days") gives a discount window or a penalty, not the due date;
 * - a term counted from the end of a month ("30 jours fin de mois", "60 gg f.m.") is a
 *   convention that differs between countries: no term;
 * - two different terms on one document: no term.
 * Pure.
 */
import { fold, type DocLine } from '../parse/lines.ts';

export interface PaymentTerm {
  /** Days after the issue date the invoice falls due (0: on receipt). */
  days: number;
  /** The line that prints it. */
  line: DocLine;
}

/** Words that make a count of days a payment term (folded: no accents, ł as l). */
const PAY = String.raw`(?:payment|payable|pay|due|terms?|net|zahlbar|zahlung\p{L}*|zahlungsziel|uberweisen|paiement|reglement|echeance|pago|vencimiento|plazo|pagamento|pagabile|scadenza|betaling\p{L}*|betalen|betaalbaar|platno\p{L}*|platne|termin|prazo|vencimento)`;
/** A count of days: the unit in each language served. */
const DAYS = String.raw`(?:days?|tage?n?|jours?|dias|giorni|gg|dagen|dni)`;
/** The payment word, at most 40 characters without a figure, then the count: "payable within 30 days". */
const WORD_THEN_DAYS = new RegExp(String.raw`(?<!\p{L})${PAY}(?!\p{L})[^\d]{0,40}?(?<![\d.,])(\d{1,3})\s*${DAYS}(?!\p{L})`, 'u');
/**
 * "Net 30", "Terms: Net 15": the US shorthand, no unit; only as the whole clause ("Net 30 EUR"
 * on a total line is a net amount).
 */
const NET_DAYS = /^\W*(?:(?:payment\s+)?terms?\s*:?\s*)?net\s+(\d{1,3})(?:\s*days?)?\W*$/u;
/** "30 Tage netto", "30 days net": the count, then the word. */
const DAYS_THEN_NET = new RegExp(String.raw`(?<![\d.,])(\d{1,3})\s*${DAYS}\s*(?:netto|net|rein)(?!\p{L})`, 'u');
/** Payment on receipt, at once, in cash: 0 days. */
const IMMEDIATE = /(?<!\p{L})(?:(?:due|payable)\s+(?:up)?on\s+receipt|payable\s+immediately|due\s+immediately|sofort\s+(?:zahlbar|fallig)|zahlbar\s+sofort|(?:payable|paiement)\s+a\s+reception|pago\s+al\s+contado|pagamento\s+a\s+vista|rimessa\s+diretta|direct\s+betaalbaar|platne\s+(?:przy\s+odbiorze|gotowka))(?!\p{L})/u;
/** A discount, a rate or interest in the clause: its days are a discount window or a penalty's. */
const NOT_THE_TERM = /%|(?<!\p{L})(?:skonto|discount|escompte|sconto|descuento|desconto|korting|rabat|interest|zinsen|interets|interessi|intereses|juros|rente|odsetki|penalit\p{L}*|verzug\p{L}*|retard|mora)(?!\p{L})/u;
/** Counted from the end of a month: a national convention, not a count of days. */
const END_OF_MONTH = /fin\s+de\s+mois|end\s+of\s+(?:the\s+)?month|(?<!\p{L})(?:eom|fdm|f\.?\s?m\.?|fine\s+mese|monatsende|fin\s+de\s+mes|fim\s+do\s+mes|einde\s+maand)(?!\p{L})/u;
const MAX_DAYS = 180;

/** The days of the term one clause (folded) prints, or null. */
function clauseDays(clause: string): number | null {
  if (NOT_THE_TERM.test(clause) || END_OF_MONTH.test(clause)) return null;
  if (IMMEDIATE.test(clause)) return 0;
  const m = WORD_THEN_DAYS.exec(clause) ?? DAYS_THEN_NET.exec(clause) ?? NET_DAYS.exec(clause);
  if (!m) return null;
  const days = Number(m[1]);
  return days >= 1 && days <= MAX_DAYS ? days : null;
}

/**
 * The one payment term the lines print, or null (none, or two that differ). `lines`: the
 * document's lines in reading order.
 */
export function paymentTerm(lines: DocLine[]): PaymentTerm | null {
  let found: PaymentTerm | null = null;
  for (const line of lines) {
    for (const clause of fold(line.text).split(/;|,\s|\.\s/)) {
      const days = clauseDays(clause);
      if (days === null) continue;
      if (found && found.days !== days) return null;
      found ??= { days, line };
    }
  }
  return found;
}

/** `iso` (YYYY-MM-DD) plus `days` calendar days, as YYYY-MM-DD (UTC: no daylight-saving shift). */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
