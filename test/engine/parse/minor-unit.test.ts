/**
 * @module test/engine/parse/minor-unit
 */
import t from 'tap';
import { moneyDecimals, wholeMoneyCurrency } from '../../../engine/parse/minor-unit.ts';

t.test('currencies printed in whole amounts: ISO 4217 minor unit 0, and the forint by practice', async (t) => {
  for (const c of ['JPY', 'KRW', 'ISK', 'CLP', 'VND', 'HUF']) t.ok(wholeMoneyCurrency(c), c);
  for (const c of ['EUR', 'USD', 'GBP', 'CZK', 'PLN', null, undefined]) t.notOk(wholeMoneyCurrency(c), String(c));
});

t.test('a whole figure is money only in such a currency', async (t) => {
  t.ok(moneyDecimals({ decimals: 2 }));
  t.notOk(moneyDecimals({ decimals: 0 }));
  t.ok(moneyDecimals({ decimals: 0 }, true));
  t.notOk(moneyDecimals({ decimals: 1 }, true));
});
