/**
 * @module test/engine/extract/invoice-window-beside-info
 * A DIN 5008 address window printed on the same text lines as the info block on its right
 * ("Müller Elektro KG            Rechnungsdatum:   02.03.2024"): the window's name is the first
 * column's text, a field label ("Rechnungsnummer:") standing alone on the line above is never
 * the customer, and the info block's dates are no money that would end the page's top.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const LABELS: [string, string, string, string][] = [
  ['Rechnungsnummer:', 'Rechnungsdatum:', 'Beschreibung   Menge   Preis   Betrag', 'Gesamtbetrag'],
  ['Factuurnummer:', 'Factuurdatum:', 'Omschrijving   Aantal   Prijs   Bedrag', 'Totaal'],
  ['Invoice number:', 'Invoice date:', 'Description   Qty   Price   Amount', 'Total'],
  ['N° de facture :', 'Date de facture :', 'Désignation   Qté   Prix   Montant', 'Total TTC'],
  ['Nº de factura:', 'Fecha de factura:', 'Descripción   Cant.   Precio   Importe', 'Total'],
  ['Fattura n.:', 'Data fattura:', 'Descrizione   Qtà   Prezzo   Importo', 'Totale'],
  ['Fatura n.º:', 'Data da fatura:', 'Descrição   Qtd.   Preço   Valor', 'Total'],
  ['Faktura nr:', 'Data wystawienia:', 'Opis   Ilość   Cena   Wartość', 'Razem'],
];

t.test('the window beside the info block: the first column names the customer, never a label', async (t) => {
  for (const [idLabel, dateLabel, header, total] of LABELS) {
    const page = (window: string[]) => readingFromText([[
      'Schneider Haustechnik GmbH', 'Schneider Haustechnik GmbH, Industriestraße 44, 45127 Essen', '',
      ...window, '', 'Rechnung 2024-5353', '', header, '1. Wartung          2    240,00    480,00', `${total}                          480,00`,
    ]]);
    // the number's label alone on the line over the window's first line
    let { formatted: x } = extractInvoice(page([
      `                                        ${idLabel.padEnd(20)} 2024-5353`,
      `Müller Elektro KG                       ${dateLabel.padEnd(20)} 02.03.2024`,
      'Lindenweg 4', '10115 Berlin',
    ]));
    t.equal(x.customerName, 'Müller Elektro KG', `${idLabel} over the window`);
    // the date beside the window's first line, the number beside its second
    ({ formatted: x } = extractInvoice(page([
      `Müller Elektro KG                       ${dateLabel.padEnd(20)} 02.03.2024`,
      `Lindenweg 4                             ${idLabel.padEnd(20)} 2024-5353`,
      '10115 Berlin',
    ])));
    t.equal(x.customerName, 'Müller Elektro KG', `${dateLabel} beside the window's name`);
  }
});
