/**
 * @module test/engine/extract/invoice-net-and-gross-columns
 * An invoice row printing its net value and its gross value (Polish "Wartość netto / brutto",
 * Czech "bez DPH / s DPH", Hungarian "Nettó / Bruttó érték"), the gross one last: the quantity
 * and the unit price are the pair whose product makes the net value, the figure before the rate
 * that the rate makes the gross one. A header whose quantity cell the scan misread ("llość"), or
 * no header the reader knows, must not leave the quantity empty.
 */
import t from 'tap';
import { extractItems } from '../../../engine/extract/items.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

function rows(head: string[], body: string[], foot: string, kind: 'pdf' | 'image' = 'pdf') {
  const lines = flattenLines(readingFromText([[...head, ...body, foot]], { kind }));
  return extractItems(lines, undefined, { columns: true }).map(({ item: i }) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}

const TOP = ['Hurtownia Papieru Sp. z o.o.', 'Faktura VAT nr 77/2025', ''];

t.test('Polish: the quantity header cell misread, the quantity from the pair making the net value', async (t) => {
  const head = [...TOP, 'Lp. Nazwa towaru           llość   J.m.   Cena netto   VAT   Wartość netto   Wartość brutto'];
  const body = [
    '1.  Papier ksero A4           12      ryz      15,90       23%      190,80          234,68',
    '2.  Transport palety           1      usł.    120,00       23%      120,00          147,60',
    '3.  Kalendarz ścienny         25      szt.      9,40        8%      235,00          253,80',
  ];
  const want = [['Papier ksero A4', 12, 15.9, 234.68], ['Transport palety', 1, 120, 147.6], ['Kalendarz ścienny', 25, 9.4, 253.8]];
  t.same(rows(head, body, 'Razem 545,80 90,28 636,08'), want, 'pdf');
  t.same(rows(head, body, 'Razem 545,80 90,28 636,08', 'image'), want, 'scan');
});

t.test('Czech and Hungarian: no header cell the reader knows, the net value before the gross', async (t) => {
  t.same(rows(['Tiskárna Brno s.r.o.', 'Faktura č. 2025-118', '', 'Označení dodávky        Mn.   MJ    Cena/MJ    DPH    Bez DPH    S DPH'],
    ['Vizitky oboustranné     500    ks      1,20     21%     600,00     726,00', 'Grafický návrh            2    hod    450,00     21%     900,00   1 089,00'],
    'Celkem k úhradě 1 815,00'),
  [['Vizitky oboustranné', 500, 1.2, 726], ['Grafický návrh', 2, 450, 1089]]);
  t.same(rows(['Nyomda Kft.', 'Számla 2025/0042', '', 'Megnevezés            Menny.   Egys.   Egységár   ÁFA   Nettó érték   Bruttó érték'],
    ['Szórólap A5             2000    db         12,50    27%     25 000,00      31 750,00', 'Plakát B2                 40    db        310,00    27%     12 400,00      15 748,00'],
    'Összesen 47 498,00'),
  [['Szórólap A5', 2000, 12.5, 31750], ['Plakát B2', 40, 310, 15748]]);
});

t.test('the rate must make the gross value of the net one: a pair making another figure is no quantity', async (t) => {
  // (4 x 8,00 = 32,00, but 32,00 with 23 % is not 171,00: no net value, no pair)
  const got = rows([...TOP, 'Nazwa                llość   Cena      VAT     Kwota     Wartość'], ['Segregator            4       8,00     23%     32,00      171,00'], 'Razem 171,00');
  t.same(got.map((r) => [r[1], r[3]]), [[null, 171]]);
  // (a 0 % rate makes the net value the amount itself: nothing to tell them apart)
  const zero = rows(['Tiskárna Brno s.r.o.', 'Faktura č. 2025-119', '', 'Označení dodávky        Mn.   MJ    Cena/MJ    DPH    Bez DPH    S DPH'], ['Kniha                    3    ks     10,00      0%      30,00      30,00'], 'Celkem 30,00');
  t.same(zero, [['Kniha', 3, 10, 30]], 'the pair makes the amount itself');
});
