/**
 * @module test/engine/parse/lost-separators
 */
import t from 'tap';
import { compactIsoDate, dateFromDigitRun, dateReadAsTime, dateWithBrokenSeparators } from '../../../engine/parse/lost-separators.ts';

t.test('a run of digits reads back as the one date it can be', async (t) => {
  t.same(dateFromDigitRun('13072017'), { text: '13/07/2017', iso: '2017-07-13' }, 'both separators vanished');
  t.same(dateFromDigitRun('5372018'), { text: '5/3/2018', iso: '2018-03-05' }, 'one vanished, one read as 7');
  t.same(dateFromDigitRun('25122016'), { text: '25/12/2016', iso: '2016-12-25' });
  t.equal(dateFromDigitRun('5372018', 'mdy')?.iso, '2018-05-03', 'the page order decides between day and month');
});

t.test('a run that can be several dates, or none, is not a date', async (t) => {
  t.equal(dateFromDigitRun('5312018'), null, '5/31 against the order or 5/3 with a 1 as separator');
  t.equal(dateFromDigitRun('13072017', 'mdy'), null, '13/07 against the order or 1/30 with a 7 as separator');
  t.equal(dateFromDigitRun('070717'), null, 'two-digit years are never guessed');
  t.equal(dateFromDigitRun('12345678'), null, 'no year');
  t.equal(dateFromDigitRun('99992018'), null, 'no day and month');
  t.equal(dateFromDigitRun('5/3/2018'), null, 'only digits');
});

t.test('a date whose separators OCR doubled or lost is read back, its text with one separator each', async (t) => {
  t.same(dateWithBrokenSeparators('REG CASHIER 18-03--2018 11:23'), { text: '18-03-2018', start: 12, end: 23, iso: '2018-03-18' }, 'a doubled separator');
  t.equal(dateWithBrokenSeparators('2703/2018 No.:CS-20242')?.text, '27/03/2018', 'the first separator lost');
  t.equal(dateWithBrokenSeparators('CB#: 389720 17/012018 4 2153')?.iso, '2018-01-17', 'the second separator lost');
  t.equal(dateWithBrokenSeparators('00440010036 25032018 13:11:54 0003')?.iso, '2018-03-25', 'both lost, a time after it');
  t.equal(dateWithBrokenSeparators('Invoice 25032018'), null, 'eight digits without a time may be an id');
  t.equal(dateWithBrokenSeparators('3203/2018'), null, 'no day 32');
  t.equal(dateWithBrokenSeparators('0327/2018', 'mdy')?.iso, '2018-03-27', 'month first on a month-first page');
  t.equal(dateWithBrokenSeparators('18/03/2018'), null, 'a whole date is not broken');
});

t.test('eight digits year first read as the date they spell', async (t) => {
  t.same(compactIsoDate('/Time 20180428/191204'), { text: '2018-04-28', iso: '2018-04-28' });
  t.equal(compactIsoDate('20181328'), null, 'no month 13');
  t.equal(compactIsoDate('120180428'), null, 'inside a longer number');
  t.equal(compactIsoDate('28042018'), null, 'day first is not this form');
});

t.test('a two-digit year glued to the time after it is read back', async (t) => {
  t.same(dateWithBrokenSeparators('27-04--1816:40 SH01 ZJ42 I1 R000235438'), { text: '27-04-18', start: 0, end: 9, iso: '2018-04-27' });
  t.equal(dateWithBrokenSeparators('27-04-1816:40')?.iso, '2018-04-27', 'one separator each');
  t.equal(dateWithBrokenSeparators('12-34-5616:40'), null, 'no month 34');
  t.equal(dateWithBrokenSeparators('27-04-1896:40'), null, 'no hour 96: no time glued to it');
});

t.test('a date with one of its dots read as a colon or comma is read back; a time is not a date', async (t) => {
  t.same(dateWithBrokenSeparators('01.09:2022 19:37'), { text: '01.09.2022', start: 0, end: 10, iso: '2022-09-01' });
  t.equal(dateWithBrokenSeparators('Datum 27:10.2023')?.iso, '2023-10-27');
  t.equal(dateWithBrokenSeparators('13/10,2023 Caisse 2')?.iso, '2023-10-13');
  t.equal(dateWithBrokenSeparators('19:37:2022'), null, 'two colons make a time-like run');
  t.equal(dateWithBrokenSeparators('31.02:2022'), null, 'no such day');
  t.equal(dateWithBrokenSeparators('Vervaldatum:10.09:2022')?.iso, '2022-09-10', "a label's colon right before the date");
  t.equal(dateWithBrokenSeparators('18:10.09:2022'), null, "a time's colon right before: no date");
});

t.test('after a date label, a date whose separators were read as colons is a date when a time of its own follows', async (t) => {
  t.equal(dateReadAsTime(' 11:02:22 Uhrzeit:. 10:22')?.iso, '2022-02-11');
  t.equal(dateReadAsTime(': 03:11:2024 Hora 18:12')?.iso, '2024-11-03', 'a four-digit year');
  t.equal(dateReadAsTime(' 18:12:05'), null, 'no time after it: it is the time');
  t.equal(dateReadAsTime(' 31:02:22 10:22'), null, 'no such day');
  t.equal(dateReadAsTime('Kasse 2 11:02:22 10:22'), null, 'only right after the label');
});

t.test('a year-first date with a speck read as a digit after its day, a time after it, is the date', async (t) => {
  t.same(dateWithBrokenSeparators('2025-03-171 15:29 #56955'), { text: '2025-03-17', start: 0, end: 10, iso: '2025-03-17' });
  t.equal(dateWithBrokenSeparators('2024.11.083 09:12')?.iso, '2024-11-08');
  t.equal(dateWithBrokenSeparators('2025-03-171 #56955'), null, 'no time after it: as likely an id');
  t.equal(dateWithBrokenSeparators('2025-02-301 15:29'), null, 'no such day');
  t.equal(dateWithBrokenSeparators('72025-03-171 15:29'), null, 'inside a longer number');
});
