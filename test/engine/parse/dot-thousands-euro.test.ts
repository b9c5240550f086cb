/**
 * @module test/engine/parse/dot-thousands-euro
 * A euro page that prints whole amounts grouped with dots ("Gesamt 1.234 €", "TOTAL 1.234 EUR")
 * reads them as thousands, decided conservatively from the page's own figures: two or more money
 * figures grouped so, none with decimals of any kind, none grouped with commas. One figure with
 * cents ("12,50") keeps the parser's reading, and a weight ("1.234 kg") is no amount.
 */
import t from 'tap';
import { dotThousandsPage, withDotThousands } from '../../../engine/parse/dot-thousands.ts';
import { amountsIn, flattenLines } from '../../../engine/parse/lines.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const lines = (xs: string[]) => flattenLines(readingFromText([xs], { kind: 'image', width: 240 }));
const figures = (xs: string[], cur: string | null) => withDotThousands(lines(xs), cur).flatMap((l) => amountsIn(l).map((a) => a.value));
const receipt = (xs: string[]) => extractReceipt(readingFromText([xs], { kind: 'image', width: 240 })).formatted.multiple_receipts[0];

t.test('the page\'s own figures decide', async (t) => {
  const whole = ['Sofa Modell Oslo 1.034 €', 'Lieferung 200 €', 'Gesamt 1.234 €'];
  t.ok(dotThousandsPage(lines(whole), 'EUR'));
  t.same(figures(whole, 'EUR'), [1034, 200, 1234], 'every money figure whole, dot-grouped');
  t.same(figures([...whole, 'Kaffee 12,50'], 'EUR'), [1.034, 200, 1.234, 12.5], 'a figure with a decimal comma: as the page writes it');
  t.same(figures([...whole, 'Rabatt 12.50'], 'EUR'), [1.034, 200, 1.234, 12.5], 'a figure with two decimals after a point');
  t.same(figures([...whole, 'Gewicht 1,5 kg'], 'EUR'), [1.034, 200, 1.234, 1.5], 'a decimal comma anywhere, a weight\'s too');
  t.same(figures([...whole, 'Bonus 1,500 €'], 'EUR'), [1.034, 200, 1.234, 1500], 'a figure grouped with commas: the dot is a decimal point');
  t.same(figures(['Lieferung 200 €', 'Gesamt 1.234 €'], 'EUR'), [200, 1.234], 'one dot-grouped figure alone says nothing');
  t.same(figures(['Palette 1.234 kg', 'Gesamt 1.234 €', 'Fracht 2.000 €'], 'EUR'), [1.234, 1234, 2000], 'a weight is no amount and stays as printed');
  t.notOk(dotThousandsPage(lines(['Palette 1.234 kg', 'Karton 2.500 kg', 'Gesamt 300 €']), 'EUR'), 'weights alone are no money figures');
  t.notOk(dotThousandsPage(lines(whole), 'USD'), 'a dollar page: as before');
  t.notOk(dotThousandsPage(lines(whole), null), 'no currency: as before');
});

t.test('receipts and invoices in whole euros', async (t) => {
  const r = receipt(['Möbelhaus Schmidt GmbH', 'Hauptstr. 5, 10115 Berlin', 'Datum: 03.12.2026', 'Sofa Modell Oslo 1.034 €', 'Lieferung 200 €', 'Gesamt 1.234 €', 'MwSt 19% enthalten 197 €']);
  t.same([r.totalAmount, r.taxAmount, r.currencyCode], [1234, 197, 'EUR']);
  t.same(r.tableItems.map((x) => [x.description, x.totalAmount]), [['Sofa Modell Oslo', 1034], ['Lieferung', 200]]);
  const mixed = receipt(['Cafe Roma GmbH', 'Hauptstr. 5, 10115 Berlin', 'Datum: 03.12.2026', 'Kuchen 12,50', 'TOTAL 1.234 EUR']);
  t.equal(mixed.totalAmount, 1.234, 'a page with cents elsewhere: as the page writes it');
  const inv = extractInvoice(readingFromText([['Muebles Sol S.L.', 'NIF: B12345678', 'Factura Nº 2026-17', 'Fecha: 03/12/2026', 'Base imponible 1.020 EUR', 'IVA 21% 214 EUR', 'TOTAL 1.234 EUR']])).formatted;
  t.same([inv.totalAmount, inv.netAmount, inv.taxAmount, inv.currencyCode], [1234, 1020, 214, 'EUR']);
});
