/**
 * @module test/engine/parse/dates
 */
import t from 'tap';
import { compactDate, findDates, findDayMonth, findLeadingDayMonth, misreadYear, octoberGluedToDay, toIsoDate, yearInPeriod } from '../../../engine/parse/dates.ts';

t.test('finds dates in many formats and keeps the printed text', async (t) => {
  const cases: [string, string][] = [
    ['15/08/2025', '2025-08-15'], ['2025-08-15', '2025-08-15'], ['15.08.25', '2025-08-15'], ['15 Aug 2025', '2025-08-15'],
    ['Aug 15, 2025', '2025-08-15'], ['15-AUG-2025', '2025-08-15'], ['08/15/2025', '2025-08-15'], ['11 January 2023', '2023-01-11'],
    ['10 Jun 19', '2019-06-10'], ['29 janvier 2021', '2021-01-29'], ['29 oktober 2015', '2015-10-29'], ['01Aug2018', '2018-08-01'],
  ];
  for (const [s, iso] of cases) {
    const [d] = findDates(`Date: ${s} 12:00`);
    t.equal(d?.text, s, `${s} text`);
    t.equal(d?.iso, iso, `${s} iso`);
  }
});

t.test('numeric dates are day-first unless told or forced', async (t) => {
  t.equal(toIsoDate('05/03/2018'), '2018-03-05');
  t.equal(toIsoDate('05/03/2018', 'mdy'), '2018-05-03');
  t.equal(findDates('05/03/2018')[0].ambiguous, true);
  t.equal(toIsoDate('08/15/2025'), '2025-08-15', 'only one reading is valid');
  t.equal(findDates('15/08/2025')[0].ambiguous, false);
  t.equal(toIsoDate('06.10.2022', 'mdy'), '2022-10-06', 'a date written with points is day-first even where dollars say month-first');
  t.equal(toIsoDate('06-10-2022', 'mdy'), '2022-06-10', 'with hyphens the told order holds');
});

t.test('rejects impossible dates and amounts', async (t) => {
  t.same(findDates('31/02/2020'), []);
  t.same(findDates('TOTAL 1,234.56'), []);
  t.same(findDates('12.90'), []);
  t.equal(toIsoDate('not a date'), null);
});

t.test('repairMonth reads a misread first digit of the month as 0, only when asked and only when invalid', async (t) => {
  t.same(findDates('19/62/2018'), [], 'off by default');
  const [d] = findDates('Date 19/62/2018 16:45', 'dmy', { repairMonth: true });
  t.equal(d.text, '19/02/2018', 'the repaired text');
  t.equal(d.iso, '2018-02-19');
  t.equal(d.repaired, true);
  t.equal(findDates('07/61/18', 'dmy', { repairMonth: true })[0].iso, '2018-01-07');
  t.equal(findDates('25/29/2017', 'dmy', { repairMonth: true })[0].text, '25/09/2017');
  t.equal(findDates('2018-62-19', 'dmy', { repairMonth: true })[0].iso, '2018-02-19', 'year first');
  t.equal(findDates('62/19/2018', 'mdy', { repairMonth: true })[0].iso, '2018-02-19', 'month first');
  t.equal(findDates('12/03/2018', 'dmy', { repairMonth: true })[0].repaired, undefined, 'a valid date is untouched');
  t.same(findDates('45/45/2018', 'dmy', { repairMonth: true }), [], 'still no date when the day is impossible too');
});

t.test('month names in Spanish, Portuguese, Italian, German, French, Dutch and Polish', async (t) => {
  const cases: [string, string][] = [
    ['15 de marzo de 2024', '2024-03-15'], ['14 de abril de 2024', '2024-04-14'], ['15 de março de 2024', '2024-03-15'], ['3 gennaio 2024', '2024-01-03'],
    ['5 maggio 2024', '2024-05-05'], ['3. März 2024', '2024-03-03'], ['1er juillet 2024', '2024-07-01'], ['12 décembre 2023', '2023-12-12'],
    ['1 mei 2024', '2024-05-01'], ['7 oktober 2024', '2024-10-07'], ['12 października 2024', '2024-10-12'], ['3 stycznia 2025', '2025-01-03'],
    ['20 sierpnia 2024', '2024-08-20'], ['15 setembro 2024', '2024-09-15'],
  ];
  for (const [text, iso] of cases) {
    const found = findDates(`Fecha: ${text} x`);
    t.same(found.map((d) => [d.text, d.iso]), [[text, iso]], text);
  }
});

t.test('a day and month without a year take the year of the period around them', async (t) => {
  t.match(findDayMonth('02 Jul Transfer to another Bank 372.00'), { text: '02 Jul', day: 2, month: 7 });
  t.match(findDayMonth('Jul 15 Rent payment'), { day: 15, month: 7 });
  t.match(findDayMonth('02/07 Card payment 12.50'), { day: 2, month: 7 });
  t.match(findDayMonth('03/AGO COMPRA WALMART 1,523.48'), { text: '03/AGO', day: 3, month: 8 }, "a month's abbreviation after a slash (Mexican statements)");
  t.equal(findDayMonth('Card payment 12.50'), null, 'money is no day and month');
  t.equal(yearInPeriod(2, 7, '2018-07-01', '2018-07-31'), 2018);
  t.equal(yearInPeriod(2, 1, '2023-12-15', '2024-01-14'), 2024, 'a statement across the new year');
  t.equal(yearInPeriod(20, 12, '2023-12-15', '2024-01-14'), 2023);
  t.equal(yearInPeriod(2, 1, null, null), null, 'no period, no year invented');
});

t.test('repairYear reads a year with one of its first two digits misread as 20YY, only when asked and only when invalid', async (t) => {
  t.same(findDates('12/03/2618 13:07'), [], 'a year 2618 is no date without the repair');
  const [d] = findDates('12/03/2618 13:07', 'dmy', { repairYear: true });
  t.same([d.text, d.iso, d.repaired], ['12/03/2018', '2018-03-12', true], "thermal print's 0 read as 6");
  t.equal(findDates('05-05-7018', 'dmy', { repairYear: true })[0].iso, '2018-05-05', 'its 2 read as 7');
  t.equal(findDates('14 Jun 2618', 'dmy', { repairYear: true })[0].iso, '2018-06-14', 'named months too');
  t.equal(findDates('12/03/2018', 'dmy', { repairYear: true })[0].repaired, undefined, 'a valid year is kept');
  t.same([misreadYear('2618'), misreadYear('7018'), misreadYear('7618'), misreadYear('2018'), misreadYear('1999')], ['2018', '2018', null, null, null], 'two digits wrong is no misread year');
});

t.test("the O of OCT read as a zero is still October", async (t) => {
  const [a] = findDates('DATE : 10 0CT 2017 TUE');
  t.same([a.text, a.iso], ['10 OCT 2017', '2017-10-10']);
  t.equal(findDates('Date: 0ct 3, 2016 12:16:25 PM')[0].iso, '2016-10-03');
  t.equal(findDates('10 0kt 2015')[0].iso, '2015-10-10');
  t.same(findDates('100CT 2017').map((d) => d.iso), [], 'a zero inside a number stays a digit');
});

t.test('a stray capital OCR put between the day and a month name (doubled or a speck) is dropped', async (t) => {
  const [d] = findDates('CB# : 59581331715 14MMay/2017 02:56:39');
  t.same([d.text, d.iso], ['14 May/2017', '2017-05-14']);
  t.equal(findDates('3JJune 2018')[0].iso, '2018-06-03');
  t.equal(findDates('CB# : 59581331715 14AMay/2017 02:56:39')[0]?.iso, '2017-05-14', 'another capital');
  t.equal(findDates('07XOct 2019')[0]?.iso, '2019-10-07');
  t.same(findDates('14MMayhem 2017'), [], 'only before a month name');
  t.same(findDates('14AMAY 2017'), [], 'not inside a word in capitals (AMAY is no stray A before MAY)');
});

t.test('OCR repair: a year with one digit glued after it (the space before the next figure lost) ends the date', async (t) => {
  const [d] = findDates('CB# : 389720 17/01/20184 2153', 'dmy', { repairYear: true });
  t.same([d.text, d.iso, d.repaired], ['17/01/2018', '2018-01-17', true]);
  t.equal(findDates('03-12-19997', 'dmy', { repairYear: true })[0]?.iso, '1999-12-03');
  t.same(findDates('17/01/20184 2153'), [], 'only when repairing OCR');
  t.same(findDates('17/01/201845', 'dmy', { repairYear: true }), [], 'two digits glued are no year and a lost space');
  t.same(findDates('17/01/30184', 'dmy', { repairYear: true }), [], 'only after a year 19YY or 20YY');
});

t.test('an M read as N or H in September, November, December is put back, and a comma may stand for the space before a four-digit year', async (t) => {
  const iso = (l: string) => findDates(l).map((d) => d.iso);
  t.same(iso('DATE 1Decenber 31,1979 INVOICE NO. 1727'), ['1979-12-31'], 'the day and year after the month, glued by a comma');
  t.same(iso('NOVEHBER 3, 2020'), ['2020-11-03']);
  t.same(iso('12 Septenber 2021'), ['2021-09-12']);
  t.same(iso('am 4. Dezenber 2023'), ['2023-12-04']);
  t.same(iso('Dec 3,50 EUR'), [], 'a price after a month is no year');
  t.same(iso('Denver 12 2020'), [], 'other words are left alone');
});

t.test('a day and month printed with the separator their year would follow ("04/03/") is a day and month; a full date is not', async (t) => {
  t.match(findDayMonth('04/03/ Salary 131.22 1,957.74'), { day: 4, month: 3, text: '04/03/' });
  t.equal(findDayMonth('04/03/2025 Salary'), null);
  t.match(findDayMonth('04/03 Salary'), { day: 4, month: 3 });
});

t.test('a day and month joined by a hyphen ("04-06", Dutch and Polish rows) is one; a full date, a range and a figure are not', async (t) => {
  t.match(findDayMonth('04-06 Betaalautomaat -25,00 380,41'), { day: 4, month: 6, text: '04-06' });
  t.match(findDayMonth('04-06'), { day: 4, month: 6 });
  t.equal(findDayMonth('04-06-2025 Huur'), null);
  t.equal(findDayMonth('1-2 pcs 3,50'), null);
  t.equal(findDayMonth('12-345 Kraków'), null);
});

t.test('a speck read as a middle dot between the day, the month name and the year is a separator', async (t) => {
  t.equal(findDates('Data fattura:11·maggio 2022')[0]?.iso, '2022-05-11');
  t.equal(findDates('Fecha: 3 de marzo·2024')[0]?.iso, '2024-03-03');
  t.equal(findDates('Date: May·11, 2022')[0]?.iso, '2022-05-11');
  t.equal(findDates('Data de emissao: 25 de. novembro de 2025')[0]?.iso, '2025-11-25', 'a speck after "de" in a scan');
  t.equal(findDates('Fecha: 3 de marzo de, 2024')[0]?.iso, '2024-03-03');
});

t.test('a month name read or printed without its accents is still the month', async (t) => {
  t.equal(findDates('Data wystawienia: 1 wrzesnia 2024')[0]?.iso, '2024-09-01');
  t.equal(findDates('Termin: 3 pazdziernika 2024')[0]?.iso, '2024-10-03');
  t.equal(findDates('Le 12 fevrier 2025')[0]?.iso, '2025-02-12');
  t.equal(findDates('1 wrzesnia')[0], undefined, 'a day and month alone is no full date');
});

t.test('a year glued to the "de" before it ("3 de julio de2025") is still the year', async (t) => {
  t.equal(findDates('Vencimiento:3 de julio de2025')[0]?.iso, '2025-07-03');
});

t.test('an o of a month name read as a zero is the month name ("5 de marz0 de 2024"); a word that is no month keeps its zero', async (t) => {
  t.equal(findDates('5 de marz0 de 2024')[0]?.iso, '2024-03-05');
  t.equal(findDates('12 AG0STO 2023')[0]?.iso, '2023-08-12');
  t.equal(findDates('3 ottobre 2022')[0]?.iso, '2022-10-03');
  t.equal(findDates('Ref B0X 12 2024').length, 0);
});

t.test('specks around a date: a colon after the day, an apostrophe before the year, a dot for the space before a time', async (t) => {
  t.equal(findDates('Fallig am: 12: Marz 2025.')[0]?.iso, '2025-03-12');
  t.equal(findDates("Rechnungsdatum:26. Februar'2025")[0]?.iso, '2025-02-26');
  t.equal(findDates('Date: 23/11/23.09:06')[0]?.iso, '2023-11-23');
  t.equal(findDates('Data:28/01/23.0ra:08:37:')[0]?.iso, '2023-01-28');
  t.equal(findDates('Ref 12/05/2023.5').length, 0, 'more digits after a dot still make no date');
  t.equal(findDates('12:30 Marz').length, 0, 'a time before a month name is no date');
});

t.test('a speck read as a dot or comma before a day, alone after a space, hides no date', async (t) => {
  t.same(findDates('Titulaire: Thomas Berger .01/08/2022 - 31/08/2022').map((d) => d.iso), ['2022-08-01', '2022-08-31']);
  t.equal(findDates('.14/08/2022 Direct debit Insurance')[0]?.iso, '2022-08-14', 'at the start of a row too');
  t.equal(findDates('Titular ,01.03.2024')[0]?.iso, '2024-03-01');
  t.equal(findDates('Betrag 3,01/08/2022').length, 0, 'glued after a figure it is the figure\'s decimal separator: no date');
});

t.test('a compact year-first date is read only when it is a valid day standing alone', async (t) => {
  t.equal(compactDate(' 20250611')?.iso, '2025-06-11');
  t.equal(compactDate(': 20250611 140200')?.text, '20250611');
  t.equal(compactDate(' 20251311'), null, 'no 13th month');
  t.equal(compactDate(' 20250231'), null, 'no 31 February');
  t.equal(compactDate(' 20250611-3'), null, 'an id');
  t.equal(compactDate(' 202506119'), null, 'nine digits');
  t.equal(compactDate(' Nr 20250611'), null, 'not right after the label');
});

t.test('a year-first date with the time glued to its day (the space lost on a scan) is still the date', async (t) => {
  const [d] = findDates('2018-09-1511:20:18 Bill No R324138');
  t.equal(d?.iso, '2018-09-15', 'hours of two digits');
  t.equal(d?.text, '2018-09-15', 'the time is no part of the printed date');
  t.equal(findDates('2024/03/129:05')[0]?.iso, '2024-03-12', 'an hour of one digit');
  t.same(findDates('2018-09-151120'), [], 'digits glued with no time shape are no date');
  t.same(findDates('2018-09-1511:2'), [], 'nor with a cut time');
});

t.test('right after a date label, the O of OCT read as a zero glued to the day ("240CT 2021") is still October', async (t) => {
  t.equal(octoberGluedToDay('240CT 2021 Time:12:35:16')?.iso, '2021-10-24');
  t.equal(octoberGluedToDay(': 50ct2021')?.iso, '2021-10-05', 'a day of one digit, the year glued');
  t.equal(octoberGluedToDay(' 30KTOBER 2019')?.iso, '2019-10-03', 'the whole month name');
  t.equal(octoberGluedToDay('PLATES 240CT 12.99'), null, 'only at the start (after a label)');
  t.equal(octoberGluedToDay('310CT'), null, 'no year, no date');
});

t.test('month names of more Latin-script languages, in the forms a date prints them (genitive, partitive)', async (t) => {
  const cases: [string, string][] = [
    ['6. října 2024', '2024-10-06'], ['5. listopadu 2024', '2024-11-05'], ['1. února 2024', '2024-02-01'], ['12. července 2024', '2024-07-12'], // cs
    ['15. marca 2024', '2024-03-15'], ['3. októbra 2024', '2024-10-03'], // sk
    ['3 ianuarie 2024', '2024-01-03'], ['17 septembrie 2024', '2024-09-17'], // ro
    ['17. marts 2024', '2024-03-17'], ['9. desember 2024', '2024-12-09'], ['11 augusti 2024', '2024-08-11'], // da, no, sv
    ['24. huhtikuuta 2024', '2024-04-24'], ['15. toukokuuta 2024', '2024-05-15'], ['2. kesäkuuta 2024', '2024-06-02'], // fi
    ['4. svibnja 2024', '2024-05-04'], ['20. julij 2024', '2024-07-20'], // hr, sl
  ];
  for (const [s, iso] of cases) {
    const [d] = findDates(`Datum: ${s}`);
    t.equal(d?.text, s, `${s} text`);
    t.equal(d?.iso, iso, `${s} iso`);
  }
});

t.test('a month name whose accents a scan dropped wholly or in part is still the month; the printed text is kept', async (t) => {
  t.equal(findDates('Datum vystaveni: 6. rijna 2024')[0]?.iso, '2024-10-06');
  t.equal(findDates('Datum vystaveni: 6. ríjna 2024')[0]?.iso, '2024-10-06');
  t.equal(findDates('Datum: 6. ŘÍJNA 2024')[0]?.text, '6. ŘÍJNA 2024');
  t.equal(findDates('Eräpäivä: 2. kesakuuta 2024')[0]?.iso, '2024-06-02');
  t.same(findDayMonth('6. října Nájem'), { text: '6. října', start: 0, end: 8, day: 6, month: 10 });
});

t.test('Hungarian dates print the year first with a point: "2024. december 20."', async (t) => {
  t.equal(toIsoDate('2024. december 20.'), '2024-12-20');
  t.equal(toIsoDate('2025. január 10.'), '2025-01-10');
  t.equal(findDates('Kiállítás dátuma: 2024. szeptember 3.')[0]?.iso, '2024-09-03');
  t.equal(findDates('Fizetési határidő: 2025. jan. 10.')[0]?.text, '2025. jan. 10.');
  t.equal(findDates('2024 december 20').length, 0, 'without the point after the year it is no Hungarian date');
});

t.test('a short month word without a day and a year is no date', async (t) => {
  for (const s of ['maj', 'Mars bar 2,50', 'Leden 2024 Vereniging', '2 leden 2024', 'Mai 2,50 EUR', 'elok 12,00']) t.equal(findDates(s).length, 0, s);
});

t.test('a day glued to the Spanish "de" ("8de diciembre de 2024") is still the day', async (t) => {
  t.equal(findDates('Fecha: 8de diciembre de 2024')[0]?.iso, '2024-12-08');
});

t.test('a row\'s lead "dd.mm" without its closing dot is a day and month; the same figure elsewhere stays money', async (t) => {
  t.match(findLeadingDayMonth('01.07 Przelew wynagrodzenie 17,34 7 507,86'), { text: '01.07', start: 0, end: 5, day: 1, month: 7 });
  t.match(findLeadingDayMonth('  24.04 02.04 Gutschrift 2\'245.53'), { text: '24.04', start: 2, day: 24, month: 4 }, 'a booking day before a value day');
  t.match(findLeadingDayMonth('04.06. Betaalautomaat -25,00'), { day: 4, month: 6 }, 'the forms findDayMonth reads, as before');
  t.match(findLeadingDayMonth('04.06 Gehalt', 'mdy'), { day: 6, month: 4 });
  t.equal(findLeadingDayMonth('12.05 EUR'), null, 'a figure and its currency is money');
  t.equal(findLeadingDayMonth('12.05 zł'), null);
  t.match(findLeadingDayMonth('01.07 ATM withdrawal 40,00'), { day: 1, month: 7 }, 'a word in capitals that is no currency is the row\'s');
  t.equal(findLeadingDayMonth('Kaffee 12.05'), null, 'not at the line\'s start');
  t.equal(findLeadingDayMonth('12.50 Cappuccino'), null, 'no month 50');
  t.equal(findLeadingDayMonth('1.07 Przelew'), null, 'two digits each');
  t.equal(findLeadingDayMonth('12.05'), null, 'alone on its line');
  t.equal(findDayMonth('01.07 Przelew'), null, 'findDayMonth alone still reads it as money');
});

t.test("a date label's o read as a zero and glued to the day ('Dat008-08-2025') leaves the date readable where it was printed", async (t) => {
  const [d] = findDates('Dat008-08-2025 08:18');
  t.equal(d?.iso, '2025-08-08');
  t.equal(d?.start, 4, 'the date starts after the zero, as printed');
  t.same(findDates('Pagat015/03/2024').map((x) => x.iso), ['2024-03-15']);
  t.same(findDates('A1008-08-2025').map((x) => x.iso), [], 'a zero after a digit is a figure\'s');
  t.same(findDates('Nr 2008-08-20').map((x) => x.iso), ['2008-08-20'], 'a year-first date is read as before');
});
