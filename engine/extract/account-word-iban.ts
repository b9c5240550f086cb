/**
 * @module engine/extract/account-word-iban
 * An IBAN printed after an account word with no colon or number sign, the word starting its
 * column ("Cuenta ES12 0182 4417 8102 0153 9921" beside the holder's name, "Konto DE44 3055
 * ...", "Rekening NL20 RABO ...", "Compte FR76 ..."): the word labels the IBAN as the
 * statement's account, whether or not its mod-97 check holds (a misread digit, or a number the
 * issuer never checked). A fresh tester's Spanish statement printed its account so, and came
 * back with none. The IBAN is read to its country's length (../parse/iban.ts); a word that names
 * another party's account ("Cuenta destino ES..."; ./account-party.ts) labels none of ours; a word
 * inside a phrase ("Current Account GB29 ...", a product's name) is not at its column's start.
 */
import { ibanAtStart, withIbanRepaired } from '../parse/iban.ts';
import { columnGaps, fold, type DocLine } from '../parse/lines.ts';
import { labelNamesOtherParty } from './account-party.ts';

/** The account words of our languages and the Czech, Slovak and Hungarian ones, folded. Global: use matchAll. */
const ACCOUNT_WORD = /(?<![\p{L}])(?:account|acct|konto|compte|cuenta|conto|conta|rekening|rachunek|ucet|szamla)(?![\p{L}])/gu;

/**
 * The IBAN after an account word at the start of a column of `line` (its start, after a colon,
 * or after a wide gap between word boxes, ../parse/lines.ts columnGaps), as printed and where it
 * starts in the line's text. Null when the line prints none.
 */
export function ibanAfterAccountWord(line: DocLine): { value: string; start: number } | null {
  const text = withIbanRepaired(line.text, 'length');
  const gaps = columnGaps(line);
  for (const m of fold(text).matchAll(ACCOUNT_WORD)) {
    const start = m.index!, end = start + m[0].length;
    const before = text.slice(0, start);
    if (before.trim() && !/:\s*$|\s{2,}$/.test(before) && !gaps.includes(start - 1)) continue;
    const s = end + /^[\s:.#]*/.exec(text.slice(end))![0].length;
    const value = s > end ? ibanAtStart(text.slice(s)) : null;
    if (!value || labelNamesOtherParty(line, start, end)) continue;
    return { value, start: s };
  }
  return null;
}
