/**
 * @module test/engine/classify/statement-titles-more-languages
 * A statement titled in Hungarian, Romanian, Croatian, Slovene, the Nordic languages, Finnish
 * or the Baltic ones ("Számlakivonat", "Extras de cont", "Izvod", "Kontoutdrag", "Tiliote") is
 * titled as a statement, and its account's number and holder labels are a statement's words: a
 * scanned Hungarian "SZÁMLAKIVONAT" (its accents lost, its balance labels misread "Nyit6
 * egyenleg") with its IBAN and whole-forint rows was read as an invoice, "számla" being the
 * invoice's word.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { gatherEvidence } from '../../../engine/classify/evidence.ts';
import { readingFromText } from '../reading-from-text.ts';

const col = (date: string, text: string, out: string, inn: string, bal: string) => `${date.padEnd(14)}${text.padEnd(32)}${out.padStart(12)}${inn.padStart(12)}${bal.padStart(12)}`;

t.test('a scanned Hungarian statement, accents lost, is a statement', async (t) => {
  const page = [
    'Alfoldi Takarek Bank Zrt.              SZAMLAKIVONAT',
    'Szamlatulajdonos: Szabo Anna',
    'Szamlaszam: HU42 1177 3016 1111 1018 0000 0000 (HUF)',
    'Id6szak: 2026.05.01. - 2026.05.31.',
    col('Datum', 'Kozlemeny', 'Terheles', 'Jovairas', 'Egyenleg'),
    col('', 'Nyit6 egyenleg', '', '', '250 000'),
    col('2026.05.04.', 'Kartyas vasarlas TESCO', '12 340', '', '237 660'),
    col('2026.05.10.', 'Munkaber Pelda Kft.', '', '480 000', '717 660'),
    col('2026.05.20.', 'Lakber atutalas', '200 000', '', '517 660'),
    col('2026.05.27.', 'Telekom mobil', '8 990', '', '508 670'),
    col('', 'Zar6 egyenleg', '', '', '508 670'),
  ];
  const c = classifyOffline(readingFromText([page], { kind: 'image' }));
  t.equal(c.type, 'bank_statement', c.reason);
});

t.test('the statement titles of more languages title a statement', async (t) => {
  for (const title of ['Számlakivonat', 'Bankszámlakivonat', 'Extras de cont', 'Izvod', 'Izpisek', 'Kontoudskrift', 'Kontoutskrift', 'Kontoutdrag', 'Tiliote', 'Konta izraksts', 'Sąskaitos išrašas']) {
    const e = gatherEvidence(readingFromText([[`Nordbank    ${title}`, 'Period 01.05.2026 - 31.05.2026']]));
    t.ok(e.statementTitle, title);
  }
});
