/**
 * @module test/engine/derive/bare-rate-column
 * Specification, on invoices whose item table prints each line's VAT rate without a % sign, in a
 * column headed as a rate ("VAT %", "MwSt %", "TVA %", "IVA %", "Stawka VAT", "Sazba DPH"):
 * - the figure under that heading is the line's rate ("23", "8", "19"); "zw" (zwolniony, exempt)
 *   a rate of 0;
 * - a row printing its net value, the rate, its tax and its gross value (a wide Czech table,
 *   "Množství MJ Cena/MJ Sazba DPH Základ DPH Celkem") reads its quantity and unit price as the
 *   pair making the net value, the rate making the gross one of it;
 * - each line's tax follows from its rate (line net x rate, or the rate's share of a gross line);
 * - a quantity column is never the rate: with no rate heading, bare figures tell nothing.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { InvoiceResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'pdf') {
  const x = extractInvoice(readingFromText([lines], { kind }));
  return deriveResult('invoice', x.formatted, x.fields, lines.join('\n')).formatted as InvoiceResult;
}
const lineFigures = (inv: InvoiceResult) => inv.tableItems.map((i) => [i.quantity, i.unitPrice, i.netAmount, i.taxAmount, i.totalAmount]);

t.test('a Polish table: "Stawka VAT" over 23, 8 and zw, the gross value last', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    const inv = derive(['FIRMA HANDLOWA ABC Sp. z o.o.', 'ul. Długa 5, 00-001 Warszawa', 'NIP: 525-000-00-00', 'Faktura VAT nr FV/12/05/2025', 'Data wystawienia: 12.05.2025', '',
      'Lp  Nazwa                 Ilość  J.m.  Cena netto  Wartość netto  Stawka VAT  Kwota VAT  Wartość brutto',
      '1   Usługa doradcza        10    godz   150,00      1500,00         23         345,00      1845,00',
      '2   Książka                 2    szt     50,00       100,00          8           8,00       108,00',
      '3   Szkolenie               1    szt    200,00       200,00          zw          0,00       200,00',
      '', 'Razem netto:   1800,00', 'Razem VAT:      353,00', 'Razem brutto:  2153,00', 'Do zapłaty: 2153,00 PLN'], kind);
    t.same(lineFigures(inv), [[10, 150, 1500, 345, 1845], [2, 50, 100, 8, 108], [1, 200, 200, 0, 200]], kind);
  }
});

t.test('a wide Czech table: "Sazba DPH" before the base, the tax and the total', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    const inv = derive(['ACME s.r.o.', 'Hlavní 12, 110 00 Praha 1', 'IČO: 12345678   DIČ: CZ12345678', 'Faktura - daňový doklad č. 2025001', 'Datum vystavení: 12.05.2025', '',
      'Označení dodávky        Množství  MJ   Cena/MJ    Sazba DPH   Základ      DPH        Celkem',
      'Konzultace              10        hod  1 200,00   21          12 000,00   2 520,00   14 520,00',
      'Školení                 2         den  5 000,00   12          10 000,00   1 200,00   11 200,00',
      '', 'Celkem bez DPH:  22 000,00', 'DPH celkem:       3 720,00', 'Celkem k úhradě: 25 720,00 Kč'], kind);
    t.same(inv.tableItems.map((i) => i.description), ['Konzultace', 'Školení'], kind);
    t.same(lineFigures(inv), [[10, 1200, 12000, 2520, 14520], [2, 5000, 10000, 1200, 11200]], kind);
  }
});

t.test('a German table: "MwSt %" between the unit price and the net amount', async (t) => {
  const inv = derive(['Muster GmbH', 'Hauptstraße 1, 10115 Berlin', 'USt-IdNr.: DE123456789', 'Rechnung Nr. RE-2025-118', 'Rechnungsdatum: 12.05.2025', '',
    'Pos  Bezeichnung        Menge   Einzelpreis   MwSt %   Gesamt',
    '1    Beratung           8       95,00         19       760,00',
    '2    Fachbuch           2       40,00         7        80,00',
    '', 'Nettobetrag:        840,00', 'MwSt 19%:           144,40', 'MwSt 7%:              5,60', 'Gesamtbetrag:       990,00 EUR']);
  t.same(lineFigures(inv), [[8, 95, 760, 144.4, 760], [2, 40, 80, 5.6, 80]]);
});

t.test('a French and a Spanish table: "TVA %" and "IVA %" after the amount', async (t) => {
  const fr = derive(['Atelier Dupont SARL', '12 rue de la Paix, 75002 Paris', 'Facture n° F-2025-044', 'Date : 12/05/2025', '',
    'Désignation          Qté   Prix unitaire   Montant HT   TVA %', 'Réparation vélo       1     80,00           80,00        20', 'Chambre à air         2      7,50           15,00        20',
    '', 'Total HT   95,00', 'TVA 20 %   19,00', 'Total TTC  114,00']);
  t.same(lineFigures(fr), [[1, 80, 80, 16, 80], [2, 7.5, 15, 3, 15]]);
  const es = derive(['Talleres García S.L.', 'Calle Mayor 3, 28013 Madrid', 'Factura nº 2025/118', 'Fecha: 12/05/2025', '',
    'Descripción          Cantidad   Precio   IVA %   Importe', 'Revisión               1       100,00    21      100,00', 'Aceite 5W30            4        10,00    21       40,00',
    '', 'Base imponible  140,00', 'IVA 21%  29,40', 'Total  169,40']);
  t.same(lineFigures(es), [[1, 100, 100, 21, 100], [4, 10, 40, 8.4, 40]]);
});

t.test('with no rate heading a bare figure is no rate', async (t) => {
  const inv = derive(['Muster GmbH', 'Hauptstraße 1, 10115 Berlin', 'Rechnung Nr. RE-2025-119', 'Rechnungsdatum: 12.05.2025', '',
    'Pos  Bezeichnung        Karton   Menge   Einzelpreis   Gesamt', '1    Beratung           12       8       95,00         760,00',
    '', 'Nettobetrag:        760,00', 'MwSt 19%:           144,40', 'Gesamtbetrag:       904,40 EUR']);
  t.same(inv.tableItems.map((i) => i.taxAmount), [144.4], 'the only printed rate, never 12 %');
});
