/**
 * @module test/engine/extract/statement-printed-period
 * The period a statement prints wins over its rows' first and last booking days, in the forms of
 * more languages: Nordic "til" / "t.o.m.", Romanian "până la", Hungarian "-től", a minus sign
 * between the days, a first day printed without its year ("01.03. - 31.03.2026", "du 01/03 au
 * 31/03/2026", "del 1º de marzo al ..."), or without its month ("du 1er au 31 mars 2026",
 * "1.–31. März 2026"), and the two days on two lines ("von ..." over "bis ..."). A dash between a
 * number and a date on a line that names no period is no period.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A statement whose rows are booked on the 3rd and the 27th, under a head printing `head`. */
const statement = (head: string[], day1 = '03', day2 = '27') => [
  'Nordwest Bank AG', '', 'Anna Schmidt', 'Hauptstraße 5', '10115 Berlin', '', ...head,
  'Datum        Text                              Soll          Haben        Saldo',
  '             Alter Kontostand                                           1.000,00',
  `${day1}.03.2026   Miete                           500,00                       500,00`,
  `${day2}.03.2026   Gehalt                                       2.000,00      2.500,00`,
  '             Neuer Kontostand                                           2.500,00',
];
const read = (head: string[], day1?: string, day2?: string) => extractBankStatement(readingFromText([statement(head, day1, day2)])).formatted;

t.test('two full days joined by a connector of another language, or a minus sign, are the period', async (t) => {
  const cases: [string, string, string][] = [
    ['Periode 01.03.2026 til 31.03.2026', '01.03.2026', '31.03.2026'],
    ['Periode fra 02.03.2026 til 30.03.2026', '02.03.2026', '30.03.2026'],
    ['Period 2026-03-01 t.o.m. 2026-03-31', '2026-03-01', '2026-03-31'],
    ['Perioada: 01.03.2026 până la 31.03.2026', '01.03.2026', '31.03.2026'],
    ['Időszak: 2026.03.01-től 2026.03.31-ig', '2026.03.01', '2026.03.31'],
    ['Okres: 01.03.2026 − 31.03.2026', '01.03.2026', '31.03.2026'],
  ];
  for (const [head, open, close] of cases) {
    const x = read([head]);
    t.same([x.openingDate, x.closingDate], [open, close], head);
  }
});

t.test('a first day printed without its year, or without its month, takes them from the last day', async (t) => {
  const cases: [string, string, string][] = [
    ['Zeitraum: 01.03. - 31.03.2026', '01.03.', '31.03.2026'],
    ['Période du 01/03 au 31/03/2026', '01/03', '31/03/2026'],
    ['Periodo del 1º de marzo al 31 de marzo de 2026', '1º de marzo', '31 de marzo de 2026'],
    ['Période du 1er au 31 mars 2026', '1er', '31 mars 2026'],
    ['Zeitraum 1.–31. März 2026', '1.', '31. März 2026'],
    ['Okres od 2 do 30.03.2026', '2', '30.03.2026'],
  ];
  for (const [head, open, close] of cases) {
    const x = read([head]);
    t.same([x.openingDate, x.closingDate], [open, close], head);
  }
  // the rows' ISO days still come from the period (a row printed "03.03.2026" is 2026-03-03)
  const { fields } = extractBankStatement(readingFromText([statement(['Zeitraum: 01.03. - 31.03.2026'])]));
  t.equal(fields['tableItems[0].date_iso']?.value, '2026-03-03');
});

t.test('the two days on two lines, each after its word, are the period', async (t) => {
  for (const [a, b] of [['von 01.03.2026', 'bis 31.03.2026'], ['From: 01/03/2026', 'To: 31/03/2026'], ['Zeitraum vom 01.03.2026', 'bis 31.03.2026'], ['od 01.03.2026', 'do 31.03.2026']]) {
    const x = read([a, b]);
    t.same([x.openingDate, x.closingDate], [a.replace(/^.*?(?=\d)/, ''), b.replace(/^.*?(?=\d)/, '')], `${a} / ${b}`);
  }
});

t.test('without a printed period the rows give it; a number and a dash before a date name none', async (t) => {
  for (const head of ['Auszug 12 - 03.03.2026', 'Kundennummer 4 - erstellt 31.03.2026', '']) {
    const x = read([head], '04', '26');
    t.same([x.openingDate, x.closingDate], ['04.03.2026', '26.03.2026'], head || 'no period line');
  }
});
