/**
 * @module test/engine/extract/price-before-quantity
 * A row that prints its unit price before its quantity: a fuel or weighed row with unit marks
 * ("Gasolina 95   1,659 €/l   42,30 l   70,18", the price per litre first), and an invoice row
 * under a header whose price column comes before its quantity column ("Price | Qty | Amount":
 * "Consulting hours  85  12  1 020,00"), on a photograph whose columns do not sit under their
 * header cells. The header's order, the units and quantity x unit price = amount (to the cent)
 * decide which figure is which; a quantity with decimals (1,250 kg) and a unit price with three
 * decimals stay as they are. Rows generated over languages, units and figures.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { unitMarkedPair } from '../../../engine/extract/unit-marked-pair.ts';
import { readingFromText } from '../reading-from-text.ts';

type Row = [string | null, number | null, number | null, number | null];
const rowsOf = (items: { description: string | null; quantity: number | null; unitPrice: number | null; totalAmount: number | null }[]): Row[] =>
  items.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

const money = (v: number) => v.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+,)/g, ' ');
const three = (v: number) => v.toFixed(3).replace('.', ',');

const receipt = (rows: string[], total: string) => rowsOf(extractReceipt(readingFromText([['Estacion Norte SL', 'C/ Mayor 12, Madrid', '12/10/2025 10:22', '',
  ...rows, '', `TOTAL                 ${total}`, 'TARJETA               ' + total]], { kind: 'image' })).formatted.multiple_receipts[0].tableItems);

t.test('a price per unit printed before the measured quantity (fuel, weighed goods, hours)', async (t) => {
  const cases: [string, string, number, string, number][] = [
    ['Gasolina 95', '€/l', 1.659, 'l', 42.3],
    ['Diesel', 'EUR/L', 1.529, 'L', 45.9],
    ['Super E10', '€/l', 1.789, 'l', 31.07],
    ['Gazole', '€/l', 1.712, 'L', 38.4],
    ['Kartoffeln', '€/kg', 1.49, 'kg', 1.25],
    ['Queso curado', '/kg', 18.95, 'kg', 0.412],
  ];
  for (const [name, per, price, unit, qty] of cases) {
    const amount = Math.round(price * qty * 100) / 100;
    const priceText = price * 1000 % 10 ? three(price) : money(price);
    const qtyText = qty * 1000 % 10 ? three(qty) : money(qty);
    const row = `${name}   ${priceText} ${per}   ${qtyText} ${unit}   ${money(amount)}`;
    t.same(receipt([row], money(amount)), [[name, qty, price, amount]], row);
  }
});

t.test('the unit-marked pair: either order, its product making the amount to the cent', async (t) => {
  const m = unitMarkedPair('Gasolina 95   1,659 €/l   42,30 l   ', { value: 70.18, decimals: 2 });
  t.same(m && [m.quantity, m.unitPrice, 'Gasolina 95   1,659 €/l   42,30 l   '.slice(0, m.start).trim()], [42.3, 1.659, 'Gasolina 95']);
  const h = unitMarkedPair('Consulting   85,00 €/h   12 h   ', { value: 1020, decimals: 2 });
  t.same(h && [h.quantity, h.unitPrice], [12, 85], 'hours');
  const s = unitMarkedPair('Schrauben   0,25 €/Stk   40 Stk   ', { value: 10, decimals: 2 });
  t.same(s && [s.quantity, s.unitPrice], [40, 0.25], 'pieces (Stk)');
  const p = unitMarkedPair('Cable ties   12 pcs   0,35 €/pcs   ', { value: 4.2, decimals: 2 });
  t.same(p && [p.quantity, p.unitPrice], [12, 0.35], 'the quantity first, no times sign');
  t.equal(unitMarkedPair('Gasolina 95   1,659 €/l   42,30 l   ', { value: 71.5, decimals: 2 }), null, 'a product off by more than a cent');
  t.equal(unitMarkedPair('Gasolina 95   1,659 €/kg   42,30 l   ', { value: 70.18, decimals: 2 }), null, 'a price per another unit');
  t.equal(unitMarkedPair('Gasolina 95   1,659   42,30   ', { value: 70.18, decimals: 2 }), null, 'no unit marks: nothing to tell them by');
});

const invoice = (head: string, rows: string[], sub: number) => rowsOf(extractInvoice(readingFromText([['Nordlicht Beratung GmbH', 'Invoice No: INV-2026-77', 'Date: 12/10/2025', '',
  head, ...rows, '', `Subtotal                                      ${money(sub)}`, `VAT 20%                                       ${money(sub * 0.2)}`,
  `Total                                         ${money(sub * 1.2)} EUR`]], { kind: 'image' })).formatted.tableItems);

t.test('an invoice row under a "Price | Qty | Amount" header, its figures off their header cells (a photograph)', async (t) => {
  const heads = [
    ['Description', 'Price', 'Qty', 'Amount'], ['Bezeichnung', 'Preis', 'Menge', 'Betrag'], ['Désignation', 'Prix unitaire', 'Qté', 'Montant'],
    ['Descripción', 'Precio', 'Cantidad', 'Importe'], ['Omschrijving', 'Prijs', 'Aantal', 'Bedrag'], ['Descrizione', 'Prezzo', 'Quantità', 'Importo'],
  ];
  const rows: [string, string, string, number, number][] = [
    ['Consulting hours', '85', '12', 12, 85], ['Workshop day', '950,00', '3', 3, 950], ['Licence seat', '24', '36', 36, 24],
  ];
  let n = 0;
  for (const [desc, price, qtyHead, amount] of heads) {
    for (const [name, p, q, qty, unit] of rows) {
      // the header's cells shifted against the row's figures, by a different amount each time
      const shift = [-8, -6, 2, 4, 10][n++ % 5];
      const head = `${desc}${' '.repeat(Math.max(2, 18 + shift))}${price}    ${qtyHead}    ${amount}`;
      const total = qty * unit;
      const row = `${name}${' '.repeat(Math.max(2, 18 - name.length))}${p}  ${q}  ${money(total)}`;
      t.same(invoice(head, [row], total), [[name, qty, unit, total]], `${head} / ${row}`);
    }
  }
});

t.test('a quantity column before the price column, and rows that need no swap, stay as they were', async (t) => {
  t.same(invoice('Description                 Qty       Price       Amount', ['Consulting hours            12        85          1 020,00'], 1020), [['Consulting hours', 12, 85, 1020]]);
  t.same(invoice('Description           Qty        Unit Price      Amount', ['Beef mince             1,250 kg   12,990          16,24'], 16.24), [['Beef mince', 1.25, 12.99, 16.24]], 'a decimal quantity');
  t.same(invoice('Description                 Price       Qty       Amount', ['Discounted seat             24,00       10        216,00'], 216), [['Discounted seat', 10, 24, 216]], 'columns that do not multiply (a discount) keep their cells');
});
