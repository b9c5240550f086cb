/**
 * @module test/engine/parse/amounts
 */
import t from 'tap';
import { parseAmount, findAmounts, parseNumber } from '../../../engine/parse/amounts.ts';

t.test('reads amounts in the common notations', async (t) => {
  const cases: [string, number][] = [
    ['1,234.56', 1234.56], ['1.234,56', 1234.56], ['1 234,56', 1234.56], ['€12,90', 12.9], ['12.90-', -12.9], ['(12.90)', -12.9],
    ['12.90 CR', 12.9], ['12.90 DR', -12.9], ['RM 9.00', 9], ['RM9.00', 9], ['$1,200.00', 1200], ['12,90 €', 12.9], ['USD 12.00', 12],
    ['-5.00', -5], ['1,234', 1234], ['1.579', 1.579], ['0,50', 0.5], ['1 374 945.00', 1374945], ['1.234.567,89', 1234567.89],
  ];
  for (const [s, v] of cases) t.equal(parseAmount(s), v, s);
});

t.test('rejects what is not one amount', async (t) => {
  for (const s of ['', 'abc', '12:30', '15/08/2025', '1.2.3', '12.90 13.00', 'TOTAL 12.90']) t.equal(parseAmount(s), null, JSON.stringify(s));
  t.equal(parseNumber('1,23,4'), null);
});

t.test('finds amounts in a line with positions and currency', async (t) => {
  const line = 'TOTAL RM 32.70  CASH 50.00 CHANGE 17.30';
  const found = findAmounts(line);
  t.same(found.map((a) => a.value), [32.7, 50, 17.3]);
  t.equal(found[0].currency, 'RM');
  t.equal(line.slice(found[1].start, found[1].end), '50.00');
  t.equal(found[2].decimals, 2);
});

t.test('does not read dates, times or phone fragments as money', async (t) => {
  const found = findAmounts('15.08.25 12:30 Tel 03-1234 5678 TOTAL 25.80');
  t.same(found.filter((a) => a.decimals === 2).map((a) => a.value), [25.8]);
});

t.test('CR and DR markers are kept', async (t) => {
  const [a, b] = findAmounts('1,000.00 CR   250.00 DR');
  t.equal(a.marker, 'CR');
  t.equal(b.marker, 'DR');
  t.equal(b.value, -250);
});

t.test('a column gap is never a thousands separator', async (t) => {
  const line = 'Umsatzsteuer (S) 850,00 8,75 858,75 19 163,16';
  t.same(findAmounts(line).map((a) => a.value).slice(-1), [19163.16], 'without geometry the space groups thousands');
  const gap = line.lastIndexOf(' ');
  const found = findAmounts(line, [gap]);
  t.same(found.map((a) => a.value), [850, 8.75, 858.75, 19, 163.16]);
  t.equal(line.slice(found[4].start, found[4].end), '163,16');
  t.same(findAmounts('GBP 163,16', [3]).map((a) => [a.value, a.currency]), [[163.16, 'GBP']], 'a currency across a gap still belongs to its figure');
  t.same(findAmounts('1 241,03 €').map((a) => a.value), [1241.03], 'a narrow space still groups thousands');
});

t.test('joins a figure that a letter-spaced text layer broke in two', async (t) => {
  const line = 'Ope ning Balance 3,0 03.49';
  const found = findAmounts(line);
  t.same(found.map((a) => a.value), [3003.49]);
  t.equal(line.slice(found[0].start, found[0].end), '3,0 03.49');
  t.same(findAmounts('Balance 12.4 50,00').map((a) => a.value), [12450], 'day-first grouping too');
  t.same(findAmounts('2 x 12.50 100.00').map((a) => a.value), [2, 12.5, 100], 'two figures are left alone');
  t.same(findAmounts('1,5 2.00').map((a) => a.value), [1.5, 2], 'no join when the result is not a grouped amount');
  t.same(findAmounts('Balance 3,0 03.49', [11]).map((a) => a.value), [3, 3.49], 'no join across a column gap');
});

t.test('closes a space OCR put before the decimals of a whole figure', async (t) => {
  t.same(findAmounts('R1374945 .00').map((a) => [a.value, a.decimals, a.currency]), [[1374945, 2, 'R']], 'after a currency prefix');
  t.same(findAmounts('Total 25 .00').map((a) => a.value), [25], 'a bare figure');
  t.same(findAmounts('A12 .50').map((a) => a.value), [0.5], 'not a figure glued to a word');
  t.same(findAmounts('Total 25 .00', [8]).map((a) => a.value), [25, 0], 'not across a column gap');
  t.same(findAmounts('2 x 12.50 100.00').map((a) => a.value), [2, 12.5, 100], 'figures with their own decimals are left alone');
});

t.test('a minus sign across a column gap is not the figure\'s sign', async (t) => {
  const line = 'E - R1374945.00';
  t.same(findAmounts(line, [3]).map((a) => a.value), [1374945], 'debris in one column, the amount in the next');
  t.same(findAmounts(line).map((a) => a.value), [-1374945], 'without a gap the minus is the sign');
  t.same(findAmounts('RM -5.00').map((a) => a.value), [-5]);
});

t.test('reads apostrophe, Indian lakh and space grouping, and currencies written beside the figure', async (t) => {
  const cases: [string, number][] = [
    ["1'238.83", 1238.83], ["CHF 1'046.00", 1046], ['1’500.50', 1500.5], ['1,23,457.00', 123457], ['₹1,04,624.58', 104624.58], ['12,34,56,789.00', 123456789],
    ['R$ 45,90', 45.9], ['1 737,40 zł', 1737.4], ['Kč 1 250,00', 1250], ['12 500 Ft', 12500], ['45,00 kr', 45], ['120,50 lei', 120.5], ['Fr. 12.50', 12.5],
    ['1 234,56-', -1234.56], ['(1.234,56)', -1234.56], ['1\u202f234,56 €', 1234.56],
  ];
  for (const [s, v] of cases) t.equal(parseAmount(s), v, s);
  t.same(findAmounts("Total CHF 1'238.83").map((a) => a.value), [1238.83], 'the apostrophe figure is one amount, not 238.83');
  t.same(findAmounts('Grand Total (INR) 1,23,457.00').map((a) => a.value), [123457]);
  t.equal(findAmounts('TOTAL R$ 45,90')[0].currency, 'R$');
});

t.test('a decimal separator OCR read as a semicolon is the decimal separator; a run of semicolons is not', async (t) => {
  const values = (line: string) => findAmounts(line).map((a) => a.value);
  t.same(values('Base imponible 2.555;38 EUR'), [2555.38], 'dot-grouped thousands, decimal comma misread');
  t.same(values('Subtotal 1,234;56'), [1234.56], 'comma-grouped thousands, decimal point misread');
  t.same(values('TOTAL 12;50'), [12.5]);
  t.same(values('Datum 12;05;2024'), [12, 5, 2024], 'a date written with semicolons gets no cents');
  t.same(values('3;4'), [3, 4], 'one digit after it is not a decimal part');
});

t.test('a speck read as a dot before a figure with its own decimals is no part of it; ".85" stays 0.85', async (t) => {
  const values = (line: string) => findAmounts(line).map((a) => a.value);
  t.same(values('A= 7,0% .8,85 0,62 9,47.'), [7, 8.85, 0.62, 9.47]);
  t.same(values('Rabatt .1.234,56'), [1234.56]);
  t.same(values('Total .85'), [0.85]);
  t.same(values('x.8,85'), [], 'glued to a word it is still no figure');
});

t.test('a speck read as a colon before a figure with its own decimals is no part of it; a time keeps its colon', async (t) => {
  const values = (line: string) => findAmounts(line).map((a) => a.value);
  t.same(values('B 21% 3,62 :0,76 4,38'), [21, 3.62, 0.76, 4.38]);
  t.same(values('BEDRAG :27,47'), [27.47]);
  t.same(values('B 21% ..4,52 0,95 5,47'), [21, 4.52, 0.95, 5.47], 'a run of specks');
  t.notOk(values('19-07-22 17:54 Kassa 1').some((v) => v === 54 || v === 17.54), 'no amount made of a time');
});

t.test('a decimal separator OCR read as the thousands one ("1.579.63") is the decimal separator: a group of two digits is no thousands group', async (t) => {
  const values = (line: string) => findAmounts(line).map((a) => a.value);
  t.same(values('Valor sem IVA 1.579.63'), [1579.63]);
  t.same(values('Net 1,579,63'), [1579.63]);
  t.same(values('Total 12.345.678,90'), [12345678.9], 'well-formed figures read as before');
  t.same(values('Menge 1.579.630'), [1579630]);
});

t.test('a speck read as a colon after a figure leaves the figure; a time stays no money', async (t) => {
  const values = (line: string) => findAmounts(line).map((a) => a.value);
  t.same(values('TOTAL 47,24:'), [47.24]);
  t.same(values('Time 12:30'), []);
  t.same(values('10:15:22'), []);
});

t.test('a minus after a currency code written after the figure is a speck, not a sign; a minus glued to the figure still is', async (t) => {
  const values = (line: string) => findAmounts(line).map((a) => a.value);
  t.same(values('Total incl. VAT 2,813.05 GBP-'), [2813.05]);
  t.same(values('Total 12.90-'), [-12.9]);
  t.same(values('Gutschrift -45,00 EUR'), [-45]);
});

t.test('a decimal point read as a colon after a figure grouped in thousands is the decimal point; a time is no money', async (t) => {
  const values = (line: string) => findAmounts(line).map((a) => a.value);
  t.same(values('Subtotal 2,344:21'), [2344.21]);
  t.same(values('Summe 1.234:56'), [1234.56]);
  t.notOk(values('Zeit 12:30').some((v) => v === 12.3), 'a time keeps its colon');
});

t.test('a thousands mark read as a colon or a semicolon before the last group and the decimals is the thousands mark', async (t) => {
  const values = (line: string) => findAmounts(line).map((a) => a.value);
  t.same(values('Nettobetrag 2:023,26'), [2023.26]);
  t.same(values('Subtotal 2;023.26'), [2023.26]);
  t.same(values('Totale 14:560,00 EUR'), [14560]);
  t.notOk(values('Zeit 12:30 Summe 4,50').includes(1230.5), 'a time (two digits after its colon) is no figure');
  t.same(values('12;05;2024'), [12, 5, 2024], 'a run of semicolons is left alone');
});

t.test('a decimal digit read as the letter it looks like is that digit; a unit or a class letter after a figure stays a letter', async (t) => {
  const values = (line: string) => findAmounts(line).map((a) => a.value);
  t.same(values('TOTALE EURO 127,A9 E'), [127.49], 'A for 4');
  t.same(values('SUMME 12,5O'), [12.5], 'O for 0 after one decimal');
  t.same(values('Total 1,234.S5'), [1234.55], 'S for 5 in a grouped figure');
  t.same(values('Milch 1,5l 0,99'), [0.99], 'a litre stays a litre');
  t.same(values('A4 PAPER 3.41'), [3.41]);
});

t.test('a figure with two decimals glued to the word before it is an amount; codes and versions are not', async (t) => {
  const values = (line: string) => findAmounts(line).map((a) => a.value);
  t.same(values('TVA20% HT 19.95 TVA3,99'), [19.95, 3.99], 'the tax after its label, the space lost');
  t.same(values('TOTAL12.50'), [12.5]);
  t.same(values('MwSt1,23'), [1.23]);
  t.same(values('RM12.50'), [12.5], 'a currency prefix is read once');
  t.same(values('v1.23.45'), [], 'a version is no money');
  t.same(values('SKU12345 9.99'), [9.99], 'a code without decimals stays a code');
});

t.test('a first digit 1 read as l or I right after a currency sign is the 1', async (t) => {
  t.same(findAmounts('(10% Target ¥l,278 Tax ¥116)').map((a) => a.value).filter((v) => v !== 10), [1278, 116]);
  for (const [line, value] of [['VAT £l1.85', 11.85], ['Summe € I2,50', 12.5], ['Total $l,200.00', 1200], ['Tax ¥I,278', 1278]] as const) {
    t.ok(findAmounts(line).some((a) => a.value === value), line);
  }
  t.notOk(findAmounts('Cola 1,5l 2,50').some((a) => a.value === 1.5 && a.text.includes('l')), 'a litre after a figure stays a litre');
});
