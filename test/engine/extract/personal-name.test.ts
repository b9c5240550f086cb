/**
 * @module test/engine/extract/personal-name
 * A person's name as statements print their holders: two to four capitalised words, initials and
 * surname particles, a title optionally before them; never a bank's, a heading's, a field's or a
 * service's words, nor a text with a digit.
 */
import t from 'tap';
import { personalName } from '../../../engine/extract/personal-name.ts';

t.test('names of our languages, in capitals or title case, with initials, particles and titles', async (t) => {
  for (const name of ['Anna Kowalska', 'MR JOHN A SMITH', 'John A. Smith', 'Jan van der Berg', 'Maria da Silva Santos', "Anne-Marie O'Neill", 'Frau Anna Schmidt', 'Sr. João Silva', 'Pani Agnieszka Wójcik', 'Mme Camille Girard']) {
    t.ok(personalName(name), name);
  }
});

t.test('one word, five names, headings, labels, services, account products, companies and figures are no person', async (t) => {
  for (const text of ['Nordea', 'Anna Maria Luisa Teresa Rossi', 'Statement of Account', 'Estratto conto', 'Customer Service', 'Private Banking', 'Account Number', 'ACME Trading Ltd',
    'Anna Rossi 12', 'Sparkasse Lindental', 'Kontoauszug Nr', 'john smith', 'Anna A.', 'Club Lloyds', 'Premier Reward Black', 'Everyday Saver', 'Conto Corrente']) {
    t.notOk(personalName(text), text);
  }
});
