/**
 * @module engine/extract/bank-words
 * Whether a name carries an institution's word, so that it names a bank and never a private or
 * business account holder: "bank" alone or glued in a compound in our languages and theirs
 * ("Polderbank N.V.", "Moravská banka a.s.", "Skärgårdsbanken AB", "Kantonalbank Seeland",
 * "Banque du Littoral", "Banco Meseta", "Banca del Garda", "Volksbank Mittelland eG"), the savings
 * and cooperative banks' words (Czech and Slovak spořitelna / sporiteľňa, Hungarian takarék-, Sparkasse, Sparbank, Finnish -pankki (Osuuspankki, Säästöpankki), Raiffeisen, Caisse, Caja, Caixa, Cassa di
 * Risparmio, Crédit Mutuel/Agricole) and "Building Society", "Credit Union", "Savings and Loan".
 */
import { fold } from '../parse/lines.ts';

/** The folded words (lower case, no accents) that make a name an institution's. */
const INSTITUTION_WORD = /(?:^|[^\p{L}])(?:\p{L}*(?:bank|banka|banken|banke|banque|banco|banca|kasse|kassa|pankki)|raiffeisen\p{L}*|sporitelna|takarek\p{L}*|caisse|caja|caixa|cassa|credit (?:mutuel|agricole|cooperatif)|building society|credit union|savings and loan)(?![\p{L}])/u;

/**
 * Whether `name` (any case and accents) carries an institution's word (see the module's note):
 * true for "Thameside Building Society", "Polderbank N.V.", false for "Klaus Becker" or
 * "Helios Trading GmbH".
 */
export function namesABank(name: string): boolean {
  return INSTITUTION_WORD.test(fold(name).replace(/\s+/g, ' '));
}
