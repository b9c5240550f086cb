/**
 * @module test/engine/extract/statement-period-dotted-days
 * A statement period whose days end with their own dot, as Hungarian writes a date year first
 * ("Időszak: 2026.06.01. - 2026.06.30.") and Croatian day first ("Razdoblje: 01.07.2026. -
 * 31.07.2026."): the dot is the first day's, and the dash between still joins the two days (each day
 * as printed, without its dot).
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const statement = (period: string, days: [string, string, string]) => extractBankStatement(readingFromText([[
  'Duna Bank Zrt.', 'Számlakivonat', 'Számlatulajdonos: Kovács Anna', period,
  'Dátum          Közlemény                   Terhelés      Jóváírás       Egyenleg',
  `${days[0].padEnd(15)}Nyitó egyenleg                                           1.000,00`,
  `${days[1].padEnd(15)}ENERGIA ZRT                   120,00                       880,00`,
  `${days[2].padEnd(15)}Záró egyenleg                                              880,00`,
]])).formatted;

t.test('the period\'s days with their own dots', async (t) => {
  for (const [period, days, open, close] of [
    ['Időszak: 2026.06.01. - 2026.06.30.', ['2026.06.01.', '2026.06.03.', '2026.06.30.'], '2026.06.01', '2026.06.30'],
    ['Időszak: 2026.06.01.-2026.06.30.', ['2026.06.01.', '2026.06.03.', '2026.06.30.'], '2026.06.01', '2026.06.30'],
    ['Razdoblje: 01.07.2026. - 31.07.2026.', ['01.07.2026.', '03.07.2026.', '31.07.2026.'], '01.07.2026', '31.07.2026'],
  ] as [string, [string, string, string], string, string][]) {
    const x = statement(period, days);
    t.same([x.openingDate, x.closingDate], [open, close], period);
  }
});
