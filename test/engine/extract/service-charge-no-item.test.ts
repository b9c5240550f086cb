/**
 * @module test/engine/extract/service-charge-no-item
 * A restaurant bill's service charge ("Service charge 10% 4,50", "Servizio 12% 1,74", "Servicio
 * 10 % 3,00", "Bedienung 2,10") and a tip ("Tip 18% 3.24", "Propina 2,00") are charges on the bill
 * (EN 16931 BG-21, a document level charge), never goods lines: no item, and the goods still add
 * up to the total less the charge (a fresh tester's bills listed them as items). A cover charge
 * per person ("Coperto x2 4,00") stays an item (./cover-and-service.test.ts).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { Receipt } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function run(lines: string[], kind: 'pdf' | 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as { multiple_receipts: Receipt[] }).multiple_receipts[0], checks: d.checks };
}

const BILLS: [string, string[], [string, number][], number][] = [
  ['English, rate and comma', ['The Golden Fork', 'London', '12/03/2026 20:15', 'Steak frites  25,00', 'Salad  12,00', 'Wine glass  8,00', 'Service charge 10%  4,50', 'TOTAL  49,50'],
    [['Steak frites', 25], ['Salad', 12], ['Wine glass', 8]], 49.5],
  ['Italian, Servizio 12%', ['Trattoria Roma', 'Via Appia 3, Roma', '12/03/2026', 'Pizza Margherita  9,50', 'Birra media  5,00', 'Servizio 12%  1,74', 'TOTALE 16,24'],
    [['Pizza Margherita', 9.5], ['Birra media', 5]], 16.24],
  ['Spanish, a space before the percent sign', ['Bar Pepe', 'Calle Mayor 5, Madrid', '12/03/2026', 'Paella valenciana  18,00', 'Vino tinto  12,00', 'Servicio 10 %  3,00', 'TOTAL 33,00'],
    [['Paella valenciana', 18], ['Vino tinto', 12]], 33],
  ['German, Bedienung without a rate', ['Gasthaus Adler', 'Marienplatz 1, München', '12.03.2026', 'Schnitzel  16,50', 'Weissbier  4,50', 'Bedienung  2,10', 'Summe 23,10'],
    [['Schnitzel', 16.5], ['Weissbier', 4.5]], 23.1],
  ['American tip with a rate', ['Joe\'s Diner', 'New York, NY', '03/12/2026', 'Burger  14.00', 'Fries  4.00', 'Tip 18%  3.24', 'Total 21.24'],
    [['Burger', 14], ['Fries', 4]], 21.24],
  ['Portuguese gratuity', ['Tasca do Ze', 'Lisboa', '12-03-2026', 'Bacalhau  15,00', 'Vinho verde  9,00', 'Gorjeta  2,40', 'TOTAL 26,40'],
    [['Bacalhau', 15], ['Vinho verde', 9]], 26.4],
];

for (const [name, lines, goods, total] of BILLS) {
  t.test(`a service charge or tip is no item: ${name}`, async (t) => {
    for (const kind of ['pdf', 'image'] as const) {
      const { r, checks } = run(lines, kind);
      t.same(r.tableItems.map((i) => [i.description, i.totalAmount]), goods, `the goods only (${kind})`);
      t.equal(r.totalAmount, total, `the total with the charge (${kind})`);
      t.equal(checks.find((c) => c.name === 'items_sum_equals_net_or_total')?.ok, true, `the goods add up to the total less the charge (${kind})`);
    }
  });
}

t.test('a service item of an invoice-like row keeps its name: "Service" alone with no rate is no charge word here', async (t) => {
  const { r } = run(['Fahrradladen Meier', 'Hauptstr. 3, Köln', '12.03.2026', 'Fahrradschlauch  8,90', 'Service Inspektion  35,00', 'Summe 43,90'], 'pdf');
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount]), [['Fahrradschlauch', 8.9], ['Service Inspektion', 35]]);
  const office = run(['Papeterie Martin', 'Rue de Rivoli 2, Paris', '12/03/2026', 'Tip-Ex  2,50', 'Cahier A4  3,20', 'TOTAL 5,70'], 'pdf').r;
  t.same(office.tableItems.map((i) => [i.description, i.totalAmount]), [['Tip-Ex', 2.5], ['Cahier A4', 3.2]], 'a name joined by a hyphen is no tip');
});

t.test('prices before tax: a service charge taxed with the lines leaves each line its tax at the one printed rate', async (t) => {
  const BILLS: [string, string[], number[]][] = [
    ['Malaysian GST', ['Kedai Makan Sedap', 'GST No: 001234567890', '13-02-2016 12:30', 'Nasi lemak  12.00', 'Teh tarik  3.00', 'Mee goreng  10.00', 'SERV. CHG. 10%  2.50', 'GST 6%  1.65', 'TOTAL  29.15'], [0.72, 0.18, 0.6]],
    ['Singapore GST', ['Makan Place Pte Ltd', 'GST Reg No: 201912345K', '13/02/2026', 'Chicken rice  20.00', 'Iced lemon tea  10.00', 'Service Charge 10%  3.00', 'GST 9%  2.97', 'Total  35.97'], [1.8, 0.9]],
  ];
  for (const [name, lines, taxes] of BILLS) {
    for (const kind of ['pdf', 'image'] as const) {
      const { r } = run(lines, kind);
      t.same(r.tableItems.map((i) => i.taxAmount), taxes, `${name} (${kind}): line tax = line net x the rate`);
      t.same(r.tableItems.map((i) => i.netAmount), r.tableItems.map((i) => i.totalAmount), `${name} (${kind}): the lines are net`);
    }
  }
});
