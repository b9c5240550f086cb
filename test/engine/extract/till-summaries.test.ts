/**
 * @module test/engine/extract/till-summaries
 * A till's tax summary is never its total: a Polish paragon's "SUMA PTU" (the sum of the tax by
 * class) under "SUMA PLN", even when OCR has lost its decimal comma ("452" for 4,52).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

// the lines as PP-OCR read a photo of a generated paragon (bench/lib/synth/till.ts, pl seed 3):
// diacritics lost, decimal commas dropped ("452" for 4,52), stray dots
const PARAGON = [
  'Delikatesy Wista Sp.j.', 'ul. Dtuga 12', '80-001 Gdansk', ':2023-12-23 18:15 Nr wydr. 2656', 'PARAGON FISKALNY', 'JOGURT NATURALNY . 613A',
  'WODA MINERALNA 2,67 A', 'WODA MINERALNA 1,238', 'SER ZOtTY : 2,86 A', 'KAWA MIELONA 5,48 A', 'CHLEB ZWYKLY "3x596 17,88A', 'SER ZOLTY - 5,59 A',
  '‘SER ZOLTY. 0,99 A', 'MAStO 6,15 B', '* JABEKA EEE : 6,20B', '.SUMA PLN 55,18', 'KARTA : 55,18', 'PTU - NETTO VAT BRUTTO',
  'PTU A 5% 139,62. © 1,08 41,60.', 'PTU B 23% 11,04 2,54 13,58', '- SUMA PTU . 452', 'Zapraszamy ponownie', 'POTWIERDZENIE :', 'VISA F |',
  'KOD AUT. 289511 Co', 'KWOTA 55,18 -', 'TRANSAKCJA ZAAKCEPTOWANA',
];

t.test('"SUMA PTU" is the tax summary, not the total', async (t) => {
  const x = extractReceipt(readingFromText([PARAGON], { kind: 'image', width: 260 }));
  t.equal(x.formatted.multiple_receipts[0].totalAmount, 55.18);
});

t.test('"A PAYER", "A PAGAR", "DA PAGARE" alone label the total, above the tender and the tax table under it', async (t) => {
  for (const [label, given, change] of [['A PAYER', 'ESPECES', 'RENDU'], ['A PAGAR', 'EFECTIVO', 'CAMBIO'], ['DA PAGARE', 'CONTANTI', 'RESTO']]) {
    const till = [
      'Coop Centro SA', '3 place du Marché', '69002 Lyon', 'FROMAGE COMTE 2,25 A', 'BEURRE DOUX 4,04 A', 'YAOURT NATURE 4,42 A', 'CAFE MOULU 5,43 A',
      '2 x 4,32', 'BEURRE DOUX 8,64 B', 'EAU MINERALE 4,06 A', '--------------------------------', `${label} 28,84`, `${given} 30,00`, `${change} 1,16`,
      'TVA HT TVA TTC', 'A 5,5% 19,15 1,05 20,20', 'B 20% 7,20 1,44 8,64', 'Date: 11/10/2024 09:59', 'Ticket 9734 Caisse 8',
    ];
    const x = extractReceipt(readingFromText([till], { kind: 'pdf', width: 260 }));
    t.equal(x.formatted.multiple_receipts[0].totalAmount, 28.84, label);
  }
});

t.test('a Polish total label read without the stroke of its ł ("DO ZAPLATY") is still the total label', async (t) => {
  const x = extractReceipt(readingFromText([['MEBLE BALTYK SP. Z O.O.', '14.01.2024 11:17', '2 TONER 20,22', '2 DORADZTWO 17,02', '2 PAPIER A4 54,62', 'DO ZAPLATY PLN 91,86', 'Gotowka 100,00', 'Reszta 8,14', 'VAT 23% 17,18']], { kind: 'image', width: 700 }));
  t.equal(x.formatted.multiple_receipts[0].totalAmount, 91.86);
});

t.test('one tax line per rate: the document\'s tax is their sum, and a subtotal equal to the total is the gross', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'pdf' })).formatted.multiple_receipts[0];
  const fr = r(['MONOPRIX', '12 rue de la Republique', '75011 Paris', 'Pain au chocolat 1,95 A', 'Vin rouge AOC 23,40 B', 'Yaourt nature x8 3,49 C', 'Eau minerale 39,00 A',
    'Baguette tradition 4,41 B', 'Cafe expresso 7,42 C', 'Sous-total 79,67', 'TOTAL TTC 79,67', 'Especes 90,00', 'Rendu 10,33', 'TVA 20,00% 6,83', 'TVA 5,50% 1,45', 'TVA 10,00% 0,99']);
  t.same([fr.totalAmount, fr.taxAmount], [79.67, 9.27]);
  t.not(fr.netAmount, 79.67, 'the subtotal is the gross, no net (the net is derived after: total - tax)');
  const de = r(['Baumarkt Weber OHG', 'Bahnhofstr. 4a', '20095 Hamburg', 'Apfelschorle 9,78 A', 'Spulmittel 39,76 B', 'Brotchen 10,70 A', 'Schrauben 7,95 B', 'Bananen 11,76 A',
    'Total EUR 79,95', 'Gegeben BAR 90,00', 'Ruckgeld 10,05', 'MwSt 19% 5,15', 'MwSt 7% 3,12']);
  t.equal(de.taxAmount, 8.27);
  const copy = r(['Baumarkt Weber OHG', 'Brotchen 10,70 A', 'Total EUR 10,70', 'MwSt 7% 0,70', 'MwSt 7% 0,70']);
  t.equal(copy.taxAmount, 0.7, 'a line printed twice at one rate is one class, not two');
  const india = r(["RAJ'S SUPER BAZAAR", 'GSTIN: 27AAPFR0939F1ZV', 'BATTERY AA 588.66', 'RICE 5KG 1297.85', 'SUB', 'TOTAL Rs. 1886.51', 'CGST 2.5% 47.16', 'SGST 2.5% 47.16',
    'Rounding Adj 0.02', 'BILL AMOUNT Rs.1980.85', 'MASTERCARD 4741 1980.85']);
  t.same([india.totalAmount, india.taxAmount], [1980.85, 94.32], "India's CGST and SGST at one rate are the two halves of one GST");
});

t.test('"incl. VAT @ 20% 5.40" lines name the tax a total holds, one per rate; a VAT number line is no class', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  const gb = r(['Harrow Road Pharmacy PLC', '4 Market Place', 'VAT .No. GB 123 4567 .89', 'Tea Bags 80s 7.08 A', 'Orange Juice 1L 3.33 B', 'Sourdough Loaf 4.57 C', 'Baked Beans 25.29 A',
    'BALANCE DUE 40.27', 'CASH 60.00', 'CHANGE 19.73', 'incl. VAT @ 20% 5.40', 'incl. VAT @ 5% 0.16', 'incl. VAT @ 0% 0.00']);
  t.same([gb.totalAmount, gb.taxAmount], [40.27, 5.56]);
});

t.test('a service charge between subtotal and tax: net + charge + tax = total, and the printed tax is the tax', async (t) => {
  const my = extractReceipt(readingFromText([['KEDAI MAKAN AH HOCK', 'LOT 12, JALAN SS 2/24', 'MEE GORENG 5.84', 'TEH TARIK 6.89', 'NASI LEMAK 22.04', 'SUB TOTAL 34.77',
    'SERVICE CHARGE 10% 3.48', 'SST 6% 2.30', 'TOTAL (RM) MYR 40.55', 'MASTERCARD 40.55']], { kind: 'pdf' })).formatted.multiple_receipts[0];
  // (the subtotal is the lines' sum, no net: the net holds the charge, total - tax, derived later; ./charged-net)
  t.same([my.totalAmount, my.taxAmount, my.netAmount], [40.55, 2.3, null]);
});

t.test('"VAT 20% incl. 8.07": the word "incl." after the rate names the tax a total holds too, in each language', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  const cases: Array<[string, string, string, number, number]> = [
    ['TOTAL TO PAY', 'VISA DEBIT', 'VAT 20% incl.', 48.39, 8.07],
    ['SUMME EUR', 'EC-KARTE', 'MwSt 19 % enthalten', 48.39, 7.73],
    ['TOTAL EUR', 'TARJETA', 'IVA 21% incluido', 48.39, 8.4],
    ['TOTAL TTC', 'CB', 'TVA 20 % incluse', 48.39, 8.07],
  ];
  for (const [total, paid, tax, gross, vat] of cases) {
    const x = r(['Ashdown Hardware Ltd', '27 Station Road', 'Greetings Card 13.49', 'Sourdough Loaf 5.27', 'Flat White 3.51', '4 x 6.53 26.12',
      `${total} ${gross.toFixed(2)}`, `${paid} ${gross.toFixed(2)}`, `${tax} ${vat.toFixed(2)}`, 'THANK YOU, COME AGAIN']);
    t.same([x.totalAmount, x.taxAmount], [gross, vat], tax);
  }
});

t.test('a cash rounding between the tax-inclusive sum and the total paid keeps the printed tax: net + tax + rounding = total', async (t) => {
  // the sum before rounding as a scan read it ("48:33", its point a colon): only the rounding
  // line ties the printed tax to the total paid
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  for (const [label, adj, paid] of [['ROUNDING ADJ', '0.02', 'NETT TOTAL'], ['Rounding', '-0.03', 'TOTAL ROUNDED'], ['PEMBUNDARAN', '0.02', 'JUMLAH']]) {
    const sum = 48.33;
    const total = Math.round((sum + Number(adj)) * 100) / 100;
    const x = r(['KEDAI RUNCIT SETIA SDN BHD', 'NO 12, JALAN MAWAR', 'TELUR AYAM GRED A', '1 x 22.49 22.49 SR', 'CABLE TIE 8" 1 7.22 SR', '1 x 15.88 15.88 SR',
      'SUB TOTAL 45.59', 'GST 6% 2.74', `TOTAL INCL. GST ${sum.toFixed(2).replace('.', ':')}`, `${label} ${adj}`, `${paid} ${total.toFixed(2)}`, `CASH ${total.toFixed(2)}`, 'CHANGE 0.00']);
    t.equal(x.taxAmount, 2.74, `${label} ${adj}`);
  }
});

t.test('a total whose label OCR misread is the figure the tender less the change pins, above the tender', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  const x = r(['FEINKOST MUHLBACH GMBH', 'Tomaten lose 4,95 A', '2 Butter 250g 14,98 B', "SUMHE' 19,93 EUR", 'Gegeben BAR 20,00', 'Rückgeld 0,07', 'B 7% 14,00 0,98 14,98', 'Summe MwSt 1,77']);
  t.equal(x.totalAmount, 19.93);
  const none = r(['FEINKOST MUHLBACH GMBH', 'Tomaten lose 4,95 A', '2 Butter 250g 14,90 B', 'Gegeben BAR 20,00', 'Rückgeld 0,07']);
  t.not(none.totalAmount, 19.93, 'no figure printed above the tender, and the items do not sum to it: nothing pinned');
  const items = r(['FEINKOST MUHLBACH GMBH', 'Tomaten lose 4,95 A', '2 Butter 250g 14,98 B', 'Gegeben BAR 20,00', 'Rückgeld 0,07']);
  t.equal(items.totalAmount, 19.93, 'the items the tender less the change confirms are the total, in German as in English');
});

t.test('"VAT INCLUDED 4.98" under a subtotal equal to the total: the tax the prices hold, and the subtotal is the gross', async (t) => {
  const x = extractReceipt(readingFromText([['Wexcombe Pharmacy Ltd', 'Free Range Eggs x6 4.19', 'Semi Skimmed Milk 2L 13.08', 'Bacon Roll 6.86', 'Free Range Eggs x6 5.75',
    'SUBTOTAL 29.88', 'TOTAL 29.88', 'CARD 29.88', 'VAT INCLUDED 4.98']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same([x.totalAmount, x.taxAmount], [29.88, 4.98]);
});

t.test('Italian "IMPORTO PAGATO" labels the total, above the tax table whose "Total" column is no total', async (t) => {
  const x = extractReceipt(readingFromText([['Forno Santa Lucia S.r.l.', '26-12-2018 11:48', 'Tachipirina 16,35 B', 'Pasta 500g 22,31 A', 'Acqua nat. 1,5L 2,03 B', 'IMPORTO PAGATO 40,69',
    'CONTANTI 50,00', 'RESTO 9,31', 'IVA % Base IVA Total', 'B 10 16,71 1,67 18,38', 'A 22 18,29 4,02 22,31', 'Total IVA 5,69']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(x.totalAmount, 40.69);
});

t.test('a tax line under a subtotal equal to the total is the tax the prices include, when it is no more than an included tax can be', async (t) => {
  const r = (tax: string) => extractReceipt(readingFromText([['Wexcombe Pharmacy Ltd', 'Cheddar 400g 14.00', 'Notebook A5 18.59', 'Bacon Roll 14.04', 'Orange Juice 1L 25.80', 'Flat White 9.69',
    'SUBTOTAL 82.12', 'TOTAL TO PAY 82.12', 'VISA DEBIT 82.12', tax]], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(r('VAT 13.69').taxAmount, 13.69);
  t.equal(r('VAT 20%. incl. 13.69').taxAmount, 13.69, 'a speck between the rate and incl.');
  t.not(r('VAT 41.06').taxAmount, 41.06, 'half the total is no tax the total includes');
});

t.test('a money label\'s figure with its decimal point read as a colon ("9:30", "18:39.") is the amount; a time beside a date or a time word is not', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  const x = r(['AIK CHEONG SDN. BHD.', 'KOPI O PANAS 1 9.30', 'TOTAL EXCL. GST 9:30', 'GST @6% 0.56', 'TOTAL INCL. GST 9.86', 'ROUNDING ADJ -0.01', 'NETT TOTAL 9.85', 'CASH 20.00', 'CHANGE 10.15']);
  t.same([x.totalAmount, x.taxAmount], [9.85, 0.56]);
  const y = r(['SOON HUAT SDN BHD', 'SABUN BASUH 3KG 1 306.50', 'TOTAL EXCL. SST 306.50', 'SST @6% 18:39.', 'TOTAL INCL. SST 324.89', 'ROUNDING ADJ 0.01', 'TOTAL 324.90', 'CASH 700.00', 'CHANGE 375.10']);
  t.equal(y.taxAmount, 18.39);
  const w = r(['SRI PELANGI BAKERY SDN BHD', 'MINYAK MASAK 2KG 4 83.40', 'SUB TOTAL. 128.69', 'SALES TAX 6% 7.72', 'TOTAL INCL.. SST 136.41', 'ROUNDING ADJ -0:01', 'TOTAL. ROUNDED 136.40', 'NETS 136.40', 'CHANGE 0.00']);
  t.equal(w.totalAmount, 136.4, 'a rounding of -0:01 keeps its minus');
  const z = r(['Baeckerei Korn', 'Brot 2,50', 'Summe 2,50', 'Bar 5,00', 'Rueckgeld 2,50', 'Total Zeit 10:30']);
  t.equal(z.totalAmount, 2.5, 'a time on a line with a time word is no amount');
});

t.test('"IVA 22% incl." names the tax a total holds even with its % sign read as an & or a 9', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  for (const [rate, tax] of [['IVA 22& incl.', 32.71], ['IVA 229 incl.', 32.71], ['IVA 23% incl.', 32.71]] as const) {
    const it = r(['Bar Roma', 'Via Roma 12', 'BISCOTTI 35,82', 'CAFFE ESPRESSO 21,63', 'CORNETTO 123,92', 'TOTALE EURO 181,37', 'MASTERCARD 181,37', `${rate} ${String(tax).replace('.', ',')}`, 'GRAZIE E ARRIVEDERCI']);
    t.same([it.totalAmount, it.taxAmount], [181.37, tax], rate);
  }
});

t.test('"VAT 7% (incl.) 28.13": the included-tax word in brackets names the tax all the same', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'pdf' })).formatted.multiple_receipts[0];
  for (const tax of ['VAT 7% (incl.) 28.13', 'VAT (incl.) 28.13', 'VAT 7% [incl.] 28.13']) {
    const it = r(['BAAN SUAN CAFE CO., LTD.', 'Date 22/03/2026 10:18', 'Iced Latte 2 @ 85.00 170.00', 'Thai Tea Frappe 75.00', 'Banana Cake 2 @ 65.00 130.00',
      'Croissant 55.00', 'TOTAL THB 430.00', 'CASH 500.00', 'CHANGE 70.00', tax, 'VAT Included', 'Thank you']);
    t.same([it.totalAmount, it.taxAmount], [430, 28.13], tax);
  }
});

t.test("Canada's HST is a tax label; its registration number line is not", async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  const on = r(['Maplecrest Bistro', '88 Bay St, Thunder Bay ON P7B 1A1', 'HST # 81234 5678 RT0001', 'Date: 2023-10-27 17:46', 'PARACETAMOL 500MG 7.41', 'IBUPROFEN 200MG 10.22',
    'VITAMIN C 1000MG 17.07', 'SUNSCREEN SPF50 14.16', 'HAND CREAM 75ML 9.08', 'HST 13% 7.53', 'TOTAL CAD 65.47', 'CARD 65.47']);
  t.same([on.totalAmount, on.taxAmount], [65.47, 7.53]);
});

t.test('a tip under the total is a charge, a city tax is no VAT, and a tax table row whose % was read as an 8 still adds up', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  const us = r(['The Copper Kettle', '2210 W Elm Ave, Tucson AZ 85705', 'Date: 11/23/2024 13:02', '1 Lamb Curry 14.33', '2 Caesar Salad 77.35', 'SUBTOTAL 91.68',
    'Sales Tax 8.875% 8.14', 'TOTAL 99.82', 'TIP 18.00', 'GRAND TOTAL 117.82', 'CARD 117.82']);
  t.same([us.totalAmount, us.taxAmount], [117.82, 8.14], 'the tip is no tax');
  const hotel = r(['Hotel Seri Mutiara', 'Room 1,200.00', 'Minibar 105.75', 'City tax (exempt) 45.00', 'SST 6% 138.44', 'TOTAL MYR 2,490.75', 'Payment received -2,490.75', 'Balance 0.00']);
  t.equal(hotel.taxAmount, 138.44, 'a levy by the night is no tax');
  const es = r(['Farmacia Sol', 'NIF: B-86123457', 'VITAMINA C 3,48 A', 'CREMA SOLAR 7,01 B', 'TOTAL EUR 26,68', 'TARJETA 26,68', 'Tipo Base Cuota Total', 'A 218 13,01 2,73 15,74', 'B 108 9,95 0,99 10,94']);
  t.equal(es.taxAmount, 3.72, 'A 21% and B 10% with their % read as an 8');
});

t.test('a tax registration number after the tax word in the header is no tax line, and leaves a table of one line per rate whole', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'pdf' })).formatted.multiple_receipts[0];
  for (const id of ['BTW NL066077413B01', 'SST ID: W10-1808-32000123', 'IVA: ESB12345678', 'TVA FR 12345678901', 'MwSt DE318224671', 'VAT 123456789']) {
    const x = r(['Buurtwinkel', 'Kerkstraat 8, Utrecht', id, '  3 x 6,96', 'Appels 20,88 B', 'Koffie 7,46 A', 'Brood 2,14 B', 'Melk 5,58 A', 'TOTAAL 36,06', 'PIN 36,06',
      'BTW A 21% 10,78 2,26', 'BTW B 9% 21,12 1,90', 'Bonnr. 5/43642']);
    t.same([x.totalAmount, x.taxAmount, x.netAmount], [36.06, 4.16, 31.9], id);
  }
});

t.test('a service charge and a cash rounding between the subtotal and the total: the tax printed between them is the tax', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'pdf' })).formatted.multiple_receipts[0];
  const cases: Array<[string, string, string, string, string]> = [
    ['Sub-Total 39.40', '10% Svc Chg 3.94', '9% GST 3.90', 'Rounding -0.04', 'Grand Total 47.20'],
    ['Sub-Total 39.40', 'Service Charge 10% 3.94', 'GST 9% 3.90', 'Rounding Adj -0.04', 'TOTAL 47.20'],
    ['Subtotale 39,40', 'Servizio 10% 3,94', 'IVA 9% 3,90', 'Arrotondamento -0,04', 'Totale 47,20'],
    ['Sous-total 39,40', 'Service 10% 3,94', 'TVA 9% 3,90', 'Arrondi -0,04', 'Total 47,20'],
  ];
  for (const lines of cases) {
    const x = r(['Noodle House', '290 Orchard Rd', 'Dumplings x2 21.60', 'Fried Rice 14.80', 'Tea 3.00', ...lines, '22/08/2025 19:03']);
    t.same([x.totalAmount, x.taxAmount], [47.2, 3.9], lines.join(' | '));
  }
});

t.test('a figure of a quantity line ("2 x 1.60") below a tax word that prints no figure is never the tax', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'pdf' })).formatted.multiple_receipts[0];
  for (const word of ['SST', 'MwSt:', 'BTW', 'TVA', 'IVA', 'PTU', 'VAT', 'GST']) {
    for (const qty of ['  2 x 1.60', '2 X 1,60', '2 * 1.60']) {
      const x = r(['Corner Market', 'Jalan Tun Razak', word, qty, 'Bread 3.20 A', 'Milk 13.10 A', 'TOTAL 16.30', 'Card 16.30']);
      t.not(x.taxAmount, 1.6, `${word} over ${qty}`);
      t.equal(x.totalAmount, 16.3);
    }
  }
});
