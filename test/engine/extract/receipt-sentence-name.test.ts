/**
 * @module test/engine/extract/receipt-sentence-name
 * A shop whose name is written as a short sentence ("Eat. Sleep. Surf.", "Eat. Drink. Repeat.")
 * at the top of a receipt is the supplier when no name-like line stands beside it, only the
 * address under it, even an address without a street word ("12 Harbour View", "Shop 3, The
 * Quay"): a tester's fault kind, where the sentence was taken for a slogan and the address line
 * returned. A slogan beside a real name stays a slogan (receipt-supplier-slogans.test.ts).
 */
import t from 'tap';
import { supplierOfHeader as sup } from './till-header-supplier.ts';

t.test('a sentence at the top over an address with no street word is the name', async (t) => {
  t.equal(sup(['Eat. Sleep. Surf.', '12 Harbour View', 'Newquay TR7 1HT']), 'Eat. Sleep. Surf.');
  t.equal(sup(['Eat. Drink. Repeat.', 'Shop 3, The Quay', 'Cork T12 X2Y4']), 'Eat. Drink. Repeat.');
  t.equal(sup(['Eat. Drink. Repeat.', '3A Marine Parade', 'Brighton BN2 1TL']), 'Eat. Drink. Repeat.');
});

t.test('a slogan beside a name stays a slogan, whatever the address under them', async (t) => {
  t.equal(sup(['Eat. Sleep. Surf.', 'Surf Shack', '12 Harbour View', 'Newquay TR7 1HT']), 'Surf Shack', 'over the name');
  t.equal(sup(['Surf Shack', 'Eat. Sleep. Surf.', '12 Harbour View', 'Newquay TR7 1HT']), 'Surf Shack', 'under the name');
  t.equal(sup(['Fresh. Fried. Fast.', '7 Seas Fish Shop', '12 Harbour View']), '7 Seas Fish Shop', 'a name opening with a number that names a shop');
});
