/**
 * @module test/engine/parse/euro-changeover
 * A page whose currency only its Bulgarian or Croatian IBAN or VAT number gives is in the
 * currency of the day it is dated: the lev or the kuna before the country's changeover to the
 * euro, the euro from that day on.
 */
import t from 'tap';
import { changeoverCurrency, latestPrintedDay } from '../../../engine/parse/euro-changeover.ts';
import { currencyOfIban, detectCurrency } from '../../../engine/parse/currency.ts';

t.test('the latest day a page prints, read day first', async (t) => {
  t.equal(latestPrintedDay('Period 01.12.2025 - 31.12.2025\nPrinted 05.01.2026'), '2026-01-05');
  t.equal(latestPrintedDay('no date here, only 12.50'), null);
});

t.test('Bulgaria: the lev before 1 January 2026, the euro from that day on', async (t) => {
  t.equal(changeoverCurrency('BG', 'Дата: 31.12.2025'), 'BGN');
  t.equal(changeoverCurrency('BG', 'Дата: 01.01.2026'), 'EUR');
  t.equal(changeoverCurrency('BG', 'no date'), 'EUR', 'undated: the currency the country uses now');
  t.equal(changeoverCurrency('DE', '01.01.2020'), null, 'not a changeover country');
});

t.test('Croatia: the kuna before 1 January 2023', async (t) => {
  t.equal(changeoverCurrency('HR', 'Datum: 15.06.2022'), 'HRK');
  t.equal(changeoverCurrency('HR', 'Datum: 15.06.2024'), 'EUR');
});

const statement = (day: string) => [
  'Bank Statement', 'Account holder: Ivan Petrov', 'IBAN: BG80 BNBG 9661 1020 3456 78',
  `Statement date: ${day}`, 'Opening balance 1 250,00', 'Closing balance 1 180,40',
].join('\n');

t.test("a Bulgarian statement's IBAN says BGN in 2025 and EUR in 2026", async (t) => {
  t.equal(currencyOfIban(statement('30.11.2025')), 'BGN');
  t.equal(currencyOfIban(statement('30.11.2026')), 'EUR');
  t.equal(detectCurrency(statement('30.11.2026'))?.code, 'EUR');
  t.equal(detectCurrency(statement('30.11.2025'))?.code, 'BGN');
  t.equal(detectCurrency('Фактура\nИд. № по ЗДДС: BG175074752\nДата: 12.03.2025\nОбщо 24,00')?.code, 'BGN', 'its VAT number, 2025');
  t.equal(detectCurrency('Фактура\nИд. № по ЗДДС: BG175074752\nДата: 12.03.2026\nОбщо 24,00')?.code, 'EUR', 'its VAT number, 2026');
});

t.test("a Croatian receipt's VAT number says HRK in 2022 and EUR in 2024; a printed code beats both", async (t) => {
  const receipt = (day: string, total = 'UKUPNO 45,00') => ['Konzum d.d.', 'PDV ID: HR12345678901', `Datum ${day}`, total].join('\n');
  t.equal(detectCurrency(receipt('03.03.2022'))?.code, 'HRK');
  t.equal(detectCurrency(receipt('03.03.2024'))?.code, 'EUR');
  t.equal(detectCurrency(receipt('03.03.2022', 'UKUPNO EUR 45,00'))?.code, 'EUR');
});

const croatianTill = (day: string, extra = '') => ['KONZUM d.d.', 'Zagrebačka 12, Sesvete', `Datum: ${day} 14:22`, 'Kruh 1,99', 'UKUPNO 12,40', 'PDV 25% 2,48', extra].join('\n');

t.test('a Croatian till whose currency sign OCR lost: the euro from 2023, the kuna before', async (t) => {
  t.equal(detectCurrency(croatianTill('14.03.2025'))?.code, 'EUR', 'PDV at 25 %, a Croatian rate');
  t.equal(detectCurrency(croatianTill('14.03.2022'))?.code, 'HRK');
  t.equal(detectCurrency(croatianTill('14.03.2025', 'JIR: 8f3c2a10-4b7e-4d2a-9c1e-2b7d5e6f9a01'))?.code, 'EUR', 'a fiscal receipt code');
  t.equal(detectCurrency(['Račun br. 12', 'OIB: 12345678903', 'Datum: 02.05.2021', 'Ukupno 80,00'].join('\n'))?.code, 'HRK', 'its OIB, 2021');
  t.equal(detectCurrency(['Račun 55', 'Datum: 14.03.2025', 'Ukupno 1.200,00', 'PDV 20% 200,00'].join('\n')), null, 'PDV at 20 %: Serbia\'s rate, no Croatian clue');
});
