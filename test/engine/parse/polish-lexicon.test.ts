/**
 * @module test/engine/parse/polish-lexicon
 * hunspell-pl's words, checked as hunspell checks them: listed forms, forms its suffix rules and
 * its "nie" prefix make, and hunspell's case rules (a name keeps its capital).
 */
import t from 'tap';
import { isPolishWord, polishWordCase } from '../../../engine/parse/polish-lexicon.ts';

t.test('listed words and forms made by the affix rules are words; misreads are not', async (t) => {
  for (const w of ['usługi', 'złoty', 'złotych', 'górna', 'kwota', 'kwocie', 'tak', 'bałtycki', 'robiłem', 'niezłoty', 'nieładny', 'zł']) t.equal(polishWordCase(w), 'exact', w);
  for (const w of ['ustugi', 'ztoty', 'zt', 'g6rna', 'Battyk', 'nieusługa', 'Wisł', '']) t.equal(polishWordCase(w), null, w);
});

t.test('case as hunspell takes it: a word in capitals or capitalised is a word, a name only with its capital', async (t) => {
  t.equal(polishWordCase('Usługi'), 'folded');
  t.equal(polishWordCase('USŁUGI'), 'folded');
  t.equal(polishWordCase('Wisła'), 'exact', 'a name as listed');
  t.equal(polishWordCase('Bałtyku'), 'exact', 'a name\'s form made by a suffix rule');
  t.equal(polishWordCase('WISŁA'), 'folded', 'a name in capitals');
  t.equal(polishWordCase('bałtyk'), null, 'a name in small letters is no word');
  t.equal(polishWordCase('Wista'), 'folded', 'wista (of whist) capitalised');
  t.equal(polishWordCase('KRÓLEWSKA'), 'folded');
  t.equal(polishWordCase('UsŁugi'), null, 'mixed case is no word');
  t.ok(isPolishWord('Kraków') && isPolishWord('Tatra') && !isPolishWord('Krak6w'));
});
