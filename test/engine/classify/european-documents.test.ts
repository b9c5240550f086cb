/**
 * @module test/engine/classify/european-documents
 * Kinds of European documents the classifier refused or mistyped on unseen sets: supermarket
 * till receipts (tax-class letters after each price, "SUMME", a narrow roll even as a text PDF,
 * a Spanish "factura simplificada" which is a till receipt by law), statements titled in other
 * languages whose rows print the day and month without the year, and non-financial pages
 * (a menu, a ticket) that must stay `other`.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const KASSENBON = [
  'SONNEN NORD GMBH', 'Bahnhofstraße 5', '04109 Leipzig', 'USt-IdNr.: DE358923718', '                     EUR',
  'H-MILCH 1,5%           7,38 A', 'BANANEN                3,91 A', 'APFELSAFT              5,25 B', 'KAFFEE GEMAHLEN        0,92 A',
  'Pfand                  0,25 B', '------------------------------', 'SUMME                 17,71', 'Geg. EC-Cash          17,71',
  'MwSt%   Netto   MwSt   Brutto', 'A= 7,0%  11,42  0,79  12,21', 'B= 19,0%  4,62  0,88   5,50',
  '17.01.22 18:30   Kasse 5', 'Bon-Nr. 9867', 'Vielen Dank für Ihren Einkauf',
];

t.test('a German supermarket receipt is a receipt, as a till-roll text PDF and as an A4 scan', async (t) => {
  const roll = classifyOffline(readingFromText([KASSENBON], { kind: 'pdf', width: 227 }));
  t.equal(roll.type, 'receipt');
  t.match(roll.reason, /a receipt: .*prices marked with a tax class/);
  const a4 = classifyOffline(readingFromText([KASSENBON], { kind: 'pdf', width: 595 }));
  t.equal(a4.type, 'receipt', a4.reason);
  const photo = classifyOffline(readingFromText([KASSENBON], { kind: 'image', width: 400 }));
  t.equal(photo.type, 'receipt', photo.reason);
});

t.test('a till slip whose only title is "Factura simplificada" is a receipt; a titled Spanish invoice stays an invoice', async (t) => {
  const ticket = classifyOffline(readingFromText([[
    'SUPERMERCADO NORD S.L.', 'Calle Mayor 12', '28013 Madrid', 'CIF: B26164358', 'YOGUR NATURAL          5,32 B', 'LECHE ENTERA           3,11 A',
    'PAN BARRA  2 x 1,77    3,54 B', 'TOTAL A PAGAR EUR     11,97', 'EFECTIVO              20,00', 'CAMBIO                 8,03',
    'IVA   BASE   CUOTA  TOTAL', 'A 10%  2,83   0,28   3,11', 'B 21%  7,32   1,54   8,86', '16/09/25 16:57 Caja 2', 'FACTURA SIMPLIFICADA Nº 1913', 'Gracias por su visita',
  ]], { kind: 'pdf', width: 227 }));
  t.equal(ticket.type, 'receipt', ticket.reason);
  const factura = classifyOffline(readingFromText([[
    'Gráficas Sol S.L.', 'Calle Mayor 14, 28013 Madrid', 'FACTURA', 'Nº factura: F2024-00123', 'Fecha: 3 de febrero de 2024', 'Vencimiento: 5 de marzo de 2024',
    'Cliente: Suministros Ibéricos S.L.', 'Descripción       Cantidad   Precio    Importe', 'Papel A4              2     180,00     360,00',
    'Base imponible                         360,00 €', 'IVA 21%                                 75,60 €', 'Total factura                          435,60 €',
  ]]));
  t.equal(factura.type, 'invoice', factura.reason);
  const abbreviated = classifyOffline(readingFromText([[
    'Padaria Flor do Douro', 'Rua de Santa Catarina, 210', '4000-442 Porto', 'NIF: 503557607', 'Data: 2019-06-17 13:20', 'Fatura Simpl. FS 44137',
    '2 x 10,53', 'PASTEL DE NATA 21,06', 'TOSTA MISTA 23,10', 'TOTAL EUR 44,16', 'DEBIT **** 8491 44,16', 'IVA 23% incl. 8,26', 'Obrigado pela preferencia',
  ]], { kind: 'image', width: 400 }));
  t.equal(abbreviated.type, 'receipt', `the title abbreviated as tills print it: ${abbreviated.reason}`);
});

t.test('a statement titled in Spanish with rows dated "04.03." (no year) is a bank statement', async (t) => {
  const c = classifyOffline(readingFromText([[
    'Banco Ejemplo S.A.', 'Titular de la cuenta: Lucía Navarro', 'IBAN: ES93 5973 4484 9211 7429 9559', 'Extracto de cuenta', 'Periodo del 01.03.2025 al 28.03.2025',
    'Descripción                 Importe       Saldo', 'Saldo inicial                            4.196,05', '04.03. Transferencia       +347,12     4.543,17',
    '06.03. Pago con tarjeta    -163,16     4.380,01', '09.03. Transferencia        -40,00     4.340,01', '13.03. Recibo             +1.369,29     5.709,30',
    'Saldo final                              5.709,30',
  ]]));
  t.equal(c.type, 'bank_statement', c.reason);
  t.match(c.reason, /statement words \(extracto de cuenta.*4 dated transaction rows/);
});

t.test('a menu with prices and a concert ticket are not financial documents', async (t) => {
  const menu = classifyOffline(readingFromText([[
    'SPEISEKARTE', 'Brandt Medien GmbH', 'Tomatensuppe          6,50', 'Wiener Schnitzel     18,50', 'Bratwurst mit Kraut  12,50', 'Apfelstrudel          7,50',
  ]]));
  t.equal(menu.type, 'other', menu.reason);
  const ticket = classifyOffline(readingFromText([[
    'EINTRITTSKARTE', 'Jazz Night', '12. März 2025', 'Platz 14   Reihe 3', 'Einlass 19:00', 'Gültig für eine Person', 'Nr. 482913375', 'Preis 35,00 €',
  ]]));
  t.equal(ticket.type, 'other', ticket.reason);
});

t.test('a slip that hands change back is a receipt even under a "TOTAL FACTURA" label, on a full-width page; a Polish slip read without its ł still is one', async (t) => {
  const slip = (total: string, cash: string, change: string, thanks: string) => [
    'GRÁFICAS SOL S.L.', 'Place du Marché', '10.12.2024 14:31', '1 PAPEL A4 3,28', '1 CONSULTORÍA 17,56', '3 PAPEL A4 10,80',
    `${total} 31,64`, `${cash} 40,00`, `${change} 8,36`, 'IVA 21% 5,49', thanks,
  ];
  const es = classifyOffline(readingFromText([slip('TOTAL FACTURA EUR', 'Efectivo', 'Cambio', 'Gracias por su visita')], { kind: 'pdf', width: 595 }));
  t.equal(es.type, 'receipt', es.reason);
  t.match(es.reason, /change handed back/);
  const pl = classifyOffline(readingFromText([slip('DO ZAPLATY PLN', 'Gotowka', 'Reszta', 'Dziekujemy za zakupy')], { kind: 'image', width: 700 }));
  t.equal(pl.type, 'receipt', pl.reason);
  t.match(pl.reason, /a total with an amount/, '"DO ZAPLATY" is "DO ZAPŁATY" read without its stroke');
});

t.test('"TOTAL FACTURA" on a ticket paid by card names no invoice: the ticket stays a receipt', async (t) => {
  const ticket = classifyOffline(readingFromText([[
    'FERRETERÍA LOS ÁLAMOS S.L.', 'Place du Marché', '13.06.2023 11:39', '1 TÓNER 2,83', '3 CONSULTORÍA 6,93', '3 TÓNER 13,52', '3 LÁMPARA 19,85',
    'TOTAL FACTURA EUR 43,13', 'CARD 43,13', 'IVA 21% 7,49', 'Gracias por su visita',
  ]], { kind: 'pdf', width: 595 }));
  t.equal(ticket.type, 'receipt', ticket.reason);
});

t.test('an invoice titled only inside its compound labels ("Factuurnummer", "Rechnungsdatum"), scanned, is an invoice, not a receipt for its "te betalen"', async (t) => {
  const c = classifyOffline(readingFromText([['Installatiebedrijf De Vries', 'Factuurnummer: 2024-0042', 'Factuurdatum: 14 oktober 2024', 'Vervaldatum: 13 november 2024', 'Klant: Pieter Bakker', 'CV-ketel 1.650,00', 'Arbeid 240,00', 'Subtotaal 1.890,00', 'BTW 21% 396,90', 'Totaal te betalen 2.286,90']], { kind: 'image', width: 1200 }));
  t.equal(c.type, 'invoice', c.reason);
  const d = classifyOffline(readingFromText([['Elektro Schulz GmbH', 'Rechnungsnummer 2024-117', 'Rechnungsdatum 03.05.2024', 'Kunde: Anna Weber', 'Montage 240,00', 'Material 1.650,00', 'Netto 1.890,00', 'MwSt 19% 359,10', 'Zu zahlen 2.249,10']], { kind: 'image', width: 1200 }));
  t.equal(d.type, 'invoice', d.reason);
});

t.test('a scanned Spanish invoice whose fields read "Factura n.º" and "Fecha de emisión" is an invoice, not a receipt for its "Importe"', async (t) => {
  const c = classifyOffline(readingFromText([['Graficas Sol S.L.', 'Ferreteria Los Alamos S.L. Factura n? 002658', 'Calle Mayor 14 Fecha de emision 04.11.2025', '46001 Valencia', 'FACTURA', 'Descripcion Cantidad Precio Importe', 'Toner 5 26,05 130,25', 'Papel A4 7 87,37 611,59', 'Subtotal 741,84', 'IVA (21%) 155,79', 'Total 897,63 EUR', 'Importe a pagar 897,63 EUR', 'IBAN ES22 6661 3861 6112 6020']], { kind: 'image', width: 1200 }));
  t.equal(c.type, 'invoice', c.reason);
});

t.test('an Icelandic till slip in whole krónur grouped with dots is a receipt (a fresh tester\'s cafe slip was refused: "no money amounts")', async (t) => {
  const slip = ['KAFFIHUSID LJOSBRA EHF.', 'Laugavegur 42, 101 Reykjavik', 'Kt. 510123-4560  VSK nr. 123456', '30.08.2025                       14:14', 'Kvittun nr. 55821',
    '2 Kaffi latte                  1.580 B', '2 Kanilsnudur                  1.380 B', 'Bjor Gull 33cl                 1.490 A', 'SAMTALS KR.                      4.450', 'Greidslukort                     4.450',
    'VSK         An vsk       VSK   Samtals', 'A 24%        1.202       288     1.490', 'B 11%        2.667       293     2.960'];
  for (const kind of ['pdf', 'image'] as const) {
    const c = classifyOffline(readingFromText([slip], { kind, width: 240 }));
    t.equal(c.type, 'receipt', `${kind}: ${c.reason}`);
  }
});

t.test('a Hungarian slip in whole forints read without its accents is a receipt (a fresh tester\'s thermal scan was refused: "no money amounts")', async (t) => {
  const slip = ['ZOLDSEGES ES ABC KFT.', 'Dozsa Gyorgy ut 31', '6720 Szeged', 'Ad6szam: 12345678-2-06', '2025.08.15. 16:03',
    'KENYER FEHER 1KG 649 B', 'TEJ 2,8% 1L 778 B', '2 x 389', 'PAPRIKA TV 957 A', 'ASVANYVIZ 1,5L 537 A', '3 x 179',
    'OSSZESEN 2 921', 'FIZETENDO 2 920', 'KESZPENZ 5 000', 'VISSZAJARO 2 080', 'AFA Netto AFA Brutto', 'A 27% 1 176 318 1 494', 'B 5% 1 359 68 1 427'];
  const c = classifyOffline(readingFromText([slip], { kind: 'image', width: 240 }));
  t.equal(c.type, 'receipt', c.reason);
});
