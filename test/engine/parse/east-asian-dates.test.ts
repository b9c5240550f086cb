/**
 * @module test/engine/parse/east-asian-dates
 */
import t from 'tap';
import { findDates, toIsoDate } from '../../../engine/parse/dates.ts';
import { YEAR_FIRST_PAGE, eraYear } from '../../../engine/parse/east-asian-dates.ts';

const iso = (s: string, order: 'dmy' | 'mdy' | 'ymd') => findDates(s, order).map((d) => [d.text, d.iso]);

t.test('year first (ymd): a two-digit first number is the year when that reading is valid', async (t) => {
  t.equal(toIsoDate('24-12-26', 'ymd'), '2024-12-26');
  t.equal(toIsoDate('24/12/26', 'ymd'), '2024-12-26');
  t.equal(toIsoDate('24.12.26', 'ymd'), '2024-12-26', 'with points too');
  t.same(iso('領収書 24-12-26 13:05', 'ymd'), [['24-12-26', '2024-12-26']]);
  t.equal(toIsoDate('13/12/32', 'ymd'), '2032-12-13', 'no valid year-first reading (a 32nd day): day first');
  t.equal(toIsoDate('24-30-11', 'ymd'), null, 'no valid reading at all');
  t.equal(toIsoDate('26/12/2024', 'ymd'), '2024-12-26', 'a four-digit year last stays day first');
  t.equal(toIsoDate('2024/12/26', 'ymd'), '2024-12-26');
});

t.test('day first and month first are as before for the same text', async (t) => {
  t.equal(toIsoDate('24-12-26', 'dmy'), '2026-12-24', 'a European page: day first');
  t.equal(toIsoDate('24.12.26'), '2026-12-24');
  t.equal(toIsoDate('12/24/26', 'mdy'), '2026-12-24');
});

t.test('Japanese era dates: Reiwa N is 2018 + N, its first year written 元; Heisei N is 1988 + N', async (t) => {
  t.equal(eraYear('令和', '6'), 2024);
  t.equal(eraYear('R', '1'), 2019);
  t.equal(eraYear('令和', '元'), 2019);
  t.equal(eraYear('平成', '31'), 2019);
  t.same(iso('令和6年12月26日', 'dmy'), [['令和6年12月26日', '2024-12-26']], 'in kanji: on any page');
  t.same(iso('発行日 令和元年5月1日', 'dmy'), [['令和元年5月1日', '2019-05-01']]);
  t.same(iso('平成30年 1月 5日', 'dmy'), [['平成30年 1月 5日', '2018-01-05']]);
  t.same(iso('R6.12.26', 'ymd'), [['R6.12.26', '2024-12-26']], 'a Latin initial where the page writes year first');
  t.same(iso('R06/12/26 10:15', 'ymd'), [['R06/12/26', '2024-12-26']]);
  t.same(iso('H30.12.26', 'ymd'), [['H30.12.26', '2018-12-26']]);
  t.same(iso('R6.2.30', 'ymd'), [], 'no such day');
});

t.test('a Gregorian year with 年月日 is a date', async (t) => {
  t.same(iso('2024年12月26日(木) 13:05', 'dmy'), [['2024年12月26日', '2024-12-26']]);
  t.same(iso('24年12月26日', 'dmy'), [['24年12月26日', '2024-12-26']]);
});

t.test('what marks a page as writing its dates year first', async (t) => {
  for (const s of ['合計 ¥1,200', '¥ 980', '1,200円', '東京都新宿区', 'レシート', '税込', '領収書', '₩12,000', '영수증']) t.ok(YEAR_FIRST_PAGE.test(s), s);
  for (const s of ['TOTAL 12.00 EUR', 'Datum 24-12-26', 'ID ¥abc', 'Cafe Nero']) t.notOk(YEAR_FIRST_PAGE.test(s), s);
});
