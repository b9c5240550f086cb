/**
 * @module test/engine/extract/logo-bank
 * A bank named only by its logo line (no bank word, no legal form: "Nordea", "ING", "Intesa
 * Sanpaolo") at the top of a statement that prints an IBAN or a BIC: the largest of the first
 * lines, never a heading, the holder, an address or a date; a single word in small letters
 * ("monzo") at body size too. A name with a bank word keeps being read as before.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import type { DocumentReading } from '../../../engine/types.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A one-page statement under `top`: title, period, holder, IBAN and a table. */
const statement = (top: string[], account = 'IBAN DE12 5001 0517 0648 4898 90   BIC MARKDEF1100') => [
  ...top, 'Kontoauszug', 'Zeitraum 01.03.2025 - 31.03.2025', 'Kontoinhaber: Lena Hoffmann', account, '',
  'Datum        Verwendungszweck                    Betrag          Saldo',
  '             Alter Kontostand                                    1.000,00',
  '03.03.2025   Gehalt ACME                        +500,00          1.500,00',
  '05.03.2025   Miete                              -300,00          1.200,00',
  '             Neuer Kontostand                                    1.200,00',
  '', '', '', '', 'Seite 1 von 1',
];
/** The reading with its first line set `scale` times larger, as a logo's type is. */
function logo(r: DocumentReading, scale = 2): DocumentReading {
  const l = r.pages[0].lines[0];
  for (const w of l.words) { w.box = { x: 10 + (w.box.x - 10) * scale, y: w.box.y, w: w.box.w * scale, h: w.box.h * scale }; }
  l.box = { ...l.box, w: l.box.w * scale, h: l.box.h * scale };
  return r;
}
const bankOf = (top: string[], big = false, account?: string) => {
  const r = readingFromText([statement(top, account)]);
  return extractBankStatement(big ? logo(r) : r).formatted.bankName;
};

t.test('the top line of a statement with an IBAN names its bank when it is a name', async (t) => {
  for (const name of ['Nordea', 'ING', 'Intesa Sanpaolo', 'ABN AMRO']) {
    t.equal(bankOf([name]), name, `${name} at body size`);
    t.equal(bankOf([name], true), name, `${name} as a logo`);
  }
  t.equal(bankOf(['Millennium bcp'], true), 'Millennium bcp', 'in a logo\'s type a word in small letters is the brand\'s');
  t.equal(bankOf(['Customer copy', 'Nordea'].reverse(), true), 'Nordea', 'the largest of the first lines');
});

t.test('no IBAN or BIC, a heading, a date, an address or the holder on top names no bank', async (t) => {
  t.equal(bankOf(['Nordea'], false, 'Account number 12345678'), null, 'no IBAN or BIC printed');
  for (const top of ['Statement of Account', 'Estratto conto', 'Kontoutdrag', 'Seite 1', '01.03.2025', 'Hauptstraße 5', '10115 Berlin', 'Mr John Smith', 'Lena Hoffmann', 'Aurora bcx']) {
    t.equal(bankOf([top]), null, top);
  }
});

t.test('one word in small letters on top, a brand that writes its name so, is the bank at body size too', async (t) => {
  for (const name of ['monzo', 'nordlys', 'bunq']) {
    t.equal(bankOf([name]), name, `${name} at body size`);
    t.equal(bankOf([name], true), name, `${name} as a logo`);
  }
  t.equal(bankOf(['nordlys'], false, 'Account number 12345678'), null, 'no IBAN or BIC printed');
  for (const top of ['statement', 'kontoauszug', 'seite', 'Aurora bcx', 'aurora bcx']) t.equal(bankOf([top]), null, `${top}: a title, a page word or two words in small letters`);
  t.equal(bankOf(['nordlys', 'Nordlys Bank AG']), 'Nordlys Bank AG', 'a bank word elsewhere wins');
});

t.test('a bank word or a legal form elsewhere wins as before', async (t) => {
  t.equal(bankOf(['Nordea', 'Nordea Bank Abp']), 'Nordea Bank Abp');
  t.equal(bankOf(['Privatkunden', 'Sparkasse Lindental']), 'Sparkasse Lindental');
});

t.test('a brand\'s one word of odd shape on top, letters with digits or a capital inside, is the bank', async (t) => {
  for (const name of ['N26', 'iCard']) {
    t.equal(bankOf([name]), name, `${name} at body size`);
    t.equal(bankOf([name], true), name, `${name} as a logo`);
  }
  t.equal(bankOf(['N26'], false, 'Account number 12345678'), null, 'no IBAN or BIC printed');
  for (const top of ['S1', 'Page2', 'A4', '2025']) t.equal(bankOf([top]), null, `${top}: a page's or a form's mark`);
});

t.test('one word on top whose letters agree with the BIC or the IBAN\'s bank code is the bank, whatever its size and place', async (t) => {
  const cases: [string, string][] = [
    ['N26', 'IBAN DE12 1001 1001 2620 5555 55   BIC NTSBDEB1XXX'],
    ['bunq', 'IBAN NL12 BUNQ 2060 1234 56'],
    ['ING', 'IBAN NL12 INGB 0001 2345 67   BIC INGBNL2A'],
    ['Revolut', 'IBAN LT12 3250 0123 4567 8901   BIC: REVOLT21'],
    ['Qonto', 'IBAN FR76 1695 8000 0112 3456 7890 123   SWIFT code QNTOFRP1XXX'],
  ];
  for (const [name, account] of cases) {
    t.equal(bankOf([name], false, account), name, `${name} at body size`);
    // a larger line beside it on top (a heading set big) does not hide it
    const r = readingFromText([statement(['Privatkunden', name], account)]);
    t.equal(extractBankStatement(logo(r)).formatted.bankName, name, `${name} under a larger line`);
  }
  t.equal(bankOf(['Nordea'], false, 'IBAN NL12 INGB 0001 2345 67   BIC INGBNL2A'), 'Nordea', 'a code that disagrees leaves the logo line as it was read');
  t.equal(bankOf(['Kontoauszug'], false, 'IBAN DE12 1001 1001 2620 5555 55   BIC KONTDEB1XXX'), null, 'a title agreeing with a code is still a title');
});
