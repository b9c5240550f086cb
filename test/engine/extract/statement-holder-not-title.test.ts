/**
 * @module test/engine/extract/statement-holder-not-title
 * A statement's holder is never its heading ("Statement of account", "Kontoauszug", "Relevé de
 * compte") even over an address with no name, and a salutation is dropped from the holder only
 * when at least two words of the name follow it: "D. Harrison" is an initial and a surname, kept
 * whole (a breaker's statements came back with "Statement of account" and "Harrison").
 */
import t from 'tap';
import { extractBankStatement, withoutSalutation } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A row of two columns: `left` from the margin, `right` from character 45. */
const row = (left: string, right: string) => `${left.padEnd(45)}${right}`;

const rows = [
  'Date        Description                    Paid out      Balance',
  '01/03/2024  Opening balance                             1,250.00',
  '04/03/2024  TESCO STORES 2231                 45.20     1,204.80',
  '31/03/2024  Closing balance                             1,204.80',
];

t.test('a heading over an address with no name is no holder', async (t) => {
  for (const [title, street, town] of [['Statement of account', '12 Oak Lane', 'Leeds LS6 2AB'], ['Kontoauszug', 'Ringstr. 4', '50667 Köln'], ['Relevé de compte', '14 rue Oberkampf', '75011 Paris']]) {
    const { formatted: x } = extractBankStatement(readingFromText([['Northshire Bank', '', row(title, ''), row(street, 'Account number: 31926819'), town, '', ...rows]]));
    t.equal(x.accountHolderName, null, title);
  }
});

t.test('a salutation goes only when two words of the name follow it; "D." only before a full capitalised word and another', async (t) => {
  t.equal(withoutSalutation('D. Harrison'), 'D. Harrison');
  t.equal(withoutSalutation('D. J. Harrison'), 'D. J. Harrison');
  t.equal(withoutSalutation('Mr Harrison'), 'Mr Harrison');
  t.equal(withoutSalutation('D. Javier Morales'), 'Javier Morales');
  t.equal(withoutSalutation('Frau Anna Frei'), 'Anna Frei');
  t.equal(withoutSalutation('Mr J Whitfield'), 'J Whitfield');
  const { formatted: x } = extractBankStatement(readingFromText([['Northshire Bank', '', 'Statement of account', 'D. Harrison', 'Account number: 31926819', '', ...rows]]));
  t.equal(x.accountHolderName, 'D. Harrison');
});
