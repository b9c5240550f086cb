/**
 * @module engine/extract/bare-summary
 * Summary rows a till prints under words that are ordinary words too: the amount ("IMPORTE
 * 26,90", "Betrag 12,00"), the means of payment ("TARJETA 26,90", "Karte", "Espèces", "PIN",
 * "Gotówka") and the change given back ("Rückgeld", "Cambio", "Troco", "Reszta"). Alone they
 * would stop an item list at "Mars Bar 1,20" or "Carta da forno 2,10", so such a word makes a
 * summary row only when the row holds nothing else: the word, its figures, a currency.
 * Source: a fresh tester's Spanish restaurant receipt, whose "IMPORTE 26,90" and "TARJETA 26,90"
 * came back as items; the words are the till vocabulary of the languages served (EN, DE, FR,
 * ES, IT, PT, NL, PL) and of the other Latin-script ones read (CS, HU, RO, SV, DA, NO, FI), and Bulgarian's.
 */
import { amountsIn, fold, keyword, type DocLine } from '../parse/lines.ts';

const BARE_WORDS = [
  // the amount
  'amount', 'betrag', 'montant', 'importe', 'importo', 'bedrag', 'valor', 'kwota', 'částka', 'összeg', 'suma', 'summa', 'belopp', 'beløb', 'beløp', 'summa yhteensä',
  // card
  'card', 'credit card', 'debit card', 'visa', 'mastercard', 'maestro', 'amex', 'karte', 'ec-karte', 'ec karte', 'girocard', 'kreditkarte', 'carte', 'carte bancaire',
  'carte bleue', 'cb', 'tarjeta', 'tarjeta de crédito', 'tarjeta crédito', 'carta', 'carta di credito', 'bancomat', 'pagobancomat', 'cartão', 'cartão de crédito',
  'multibanco', 'mb', 'pin', 'pinnen', 'betaald pin', 'maestro pin', 'karta', 'karta płatnicza', 'platební karta', 'karta kredytowa', 'bankkártya', 'kártya', 'card bancar',
  'kort', 'kortbetaling', 'dankort', 'bankkort', 'kortti', 'pankkikortti',
  // cash
  'cash', 'bar', 'bargeld', 'gegeben', 'espèces', 'efectivo', 'entregado', 'contanti', 'contante', 'dinheiro', 'numerário', 'contant', 'gotówka', 'hotovost', 'hotově',
  'készpénz', 'numerar', 'kontant', 'kontanter', 'käteinen',
  // Bulgarian "в брой" (in cash), also transliterated ("V broy")
  'в брой', 'v broy',
  // change
  'change', 'rückgeld', 'wechselgeld', 'rendu', 'monnaie', 'rendu monnaie', 'cambio', 'cambios', 'resto', 'troco', 'wisselgeld', 'terug', 'reszta', 'vráceno',
  'visszajáró', 'rest', 'växel', 'byttepenge', 'vaihtoraha',
].map((w) => keyword(w, 'gi'));
/** A currency printed beside the figure: a code, a sign, a local abbreviation. */
const CURRENCY = /(?<![\p{L}])(?:eur|euro|usd|gbp|chf|pln|czk|huf|ron|sek|nok|dkk|kc|ft|zl|kr|lei|rm|sgd|myr)(?![\p{L}])\.?|[€$£¥]/gu;

/**
 * Whether a row is a bare summary row: one of the amount, payment or change words and nothing
 * but figures (one or more), a currency and punctuation beside it. False for a row without a
 * figure (a header cell "Importe" alone) and for a row with any other word ("Mars Bar 1,20").
 */
export function bareSummaryRow(l: DocLine): boolean {
  const amounts = amountsIn(l);
  if (!amounts.length) return false;
  let text = l.text;
  for (const a of [...amounts].reverse()) text = text.slice(0, a.start) + ' '.repeat(a.end - a.start) + text.slice(a.end);
  let f = fold(text);
  let found = false;
  for (const re of BARE_WORDS) f = f.replace(re, () => { found = true; return ' '; });
  return found && !/\p{L}/u.test(f.replace(CURRENCY, ' '));
}
