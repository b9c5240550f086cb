/**
 * @module test/engine/extract/slogan-line
 * A header line written as a sentence is a slogan; a name in capitals, in title case or with its
 * small words in lower case is not.
 */
import t from 'tap';
import { sentenceLike } from '../../../engine/extract/slogan-line.ts';

t.test('a line with a lower-case word of its own after the first is a sentence', async (t) => {
  for (const s of ['Artisan boulanger', 'Baked with love', 'Lo mejor de la tierra', 'Read more, worry less', 'Chleb jak dawniej', 'Dolci tradizionali']) t.ok(sentenceLike(s), s);
});

t.test('short words closed by stops are a sentence; one stop or comma alone is not', async (t) => {
  t.ok(sentenceLike('Fresh. Local. Aussie.'));
  t.ok(sentenceLike('Good food, good mood.'));
  t.notOk(sentenceLike('Smith Bros. Hardware'), 'an abbreviation');
  t.notOk(sentenceLike('Main Street, Kinsale'), 'one comma between capitalised words');
});

t.test('names are no sentences: capitals, title case, small words between them, legal forms read in lower case', async (t) => {
  for (const s of ['Boulangerie du Marché', "Frituur 't Pleintje", 'Apotheke am See', 'Supermercados La Huerta', 'Harbourside Books', "Mulligan's Centra", 'KEDAI RUNCIT SRI MURNI', 'Bar e Tabacchi', 'Live Everyday', 'Kedai Maju sdn bhd', 'Pleintje bv', 'Pizzeria da Gino']) t.notOk(sentenceLike(s), s);
});
