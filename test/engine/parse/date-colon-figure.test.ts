/**
 * @module test/engine/parse/date-colon-figure
 * A label's colon glued between a date and the money figure after it ("2025-03-01:20 956,91")
 * parts the two: the whole figure is read, not its last group after a "time" ("01:20"); a time,
 * a colon followed by a space and a figure without decimals are read as before.
 */
import t from 'tap';
import { findAmounts } from '../../../engine/parse/amounts.ts';
import { colonAfterDate } from '../../../engine/parse/date-colon-figure.ts';

const money = (line: string) => findAmounts(line).filter((a) => a.decimals === 2).map((a) => a.value);

t.test('a figure glued by a colon to the date before it is read whole', async (t) => {
  t.same(money('Opening balance 2024-06-01:18 412,07 NOK'), [18412.07], 'year first, space thousands');
  t.same(money('Saldo iniziale 01.06.2024:7.315,40 EUR'), [7315.4], 'dotted day first, dot thousands');
  t.same(money('Opening balance 01/06/2024:2,908.16'), [2908.16], 'slashes, comma thousands, no currency');
  t.same(money('Closing balance 30/06/2024:-1,204.55 GBP'), [-1204.55], 'signed');
  t.same(money('Saldo 30-06-2024:512,80 EUR'), [512.8], 'two decimals and a currency code, no thousands');
  t.same(money('Egyenleg 2024.06.30.:245 118,00 HUF'), [245118], 'a year-first date with its closing dot');
  t.same(money('Saldo koncowe 30.06.20 24:9 318,72 PLN'), [9318.72], 'a year OCR split in two');
});

t.test('a time, a spaced colon, or a figure that is no money figure are read as before', async (t) => {
  t.equal(colonAfterDate('Datum 01.06.2024:14:30'), 'Datum 01.06.2024:14:30', 'a time');
  t.equal(colonAfterDate('01.06.2024:14.30'), '01.06.2024:14.30', 'a time with a dot, no currency after it');
  t.equal(colonAfterDate('Saldo 01.06.2024: 7.315,40 EUR'), 'Saldo 01.06.2024: 7.315,40 EUR', 'a colon and a space already part them');
  t.equal(colonAfterDate('Ref 12:7.315,40'), 'Ref 12:7.315,40', 'no date before the colon');
  t.same(money('Saldo 01.06.2024: 7.315,40 EUR'), [7315.4]);
});
