/**
 * @module test/engine/extract/receipt-total
 */
import t from 'tap';
import { misreadTotal, oneDigitOff, repairAmountText } from '../../../engine/extract/receipt-total.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const total = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0].totalAmount;

t.test('OCR breaks inside amounts on money lines are mended', async (t) => {
  t.equal(repairAmountText('TOTAL RM5. 00'), 'TOTAL RM5.00');
  t.equal(repairAmountText('CASH RMS. 00'), 'CASH RM5.00');
  t.equal(repairAmountText('GST 6% RMO. 28'), 'GST 6% RM0.28');
  t.equal(repairAmountText('Total Incl. GST <RM_34.80'), 'Total Incl. GST <RM 34.80');
  t.equal(repairAmountText('NO. 12 JALAN 5. 00'), 'NO. 12 JALAN 5. 00', 'not on lines without a money label');
  t.equal(repairAmountText('Net Total .RM7.70'), 'Net Total RM7.70', 'a speck read as a point before the currency');
  t.equal(repairAmountText('TOTAL ,RM 12.00'), 'TOTAL RM 12.00', 'or as a comma');
  t.equal(oneDigitOff(101.78, 101.75), true);
  t.equal(oneDigitOff(101.78, 11.78), false);
});

t.test('a sum that differs in one digit repairs a misread total', async (t) => {
  t.equal(total(['SHOP SDN BHD', 'Total Sales (Excluding GST) 96.00', 'Total GST 5.76', 'Rounding : -0.01', 'Total Sales (Inclusive of GST) : 101.78']), 101.75);
  t.equal(total(['SHOP SDN BHD', 'Sub-total 46.54', 'Total After Adj Incl GST 46.56', 'CASH 100.00', 'Change Amt 53.45']), 46.55, 'cash - change');
});

t.test('a table header is not a total, and the printed total stays when nothing contradicts it', async (t) => {
  t.equal(total(['SHOP SDN BHD', 'Qty Description Total (RM) Tax', '1 RICE 33.00 SR', 'Total Sales Amount 33.00', 'GST 6% 1.98', 'TOTAL 35.00']), 35);
  t.equal(total(['SHOP SDN BHD', 'SUBTOTAL 13.78', 'TOTAL (GST INCL) 13.78', 'CASH 20.00', 'ROUNDING ADJUSTMENTS 0.02', 'CHANGE DUE 6.20']), 13.78);
});

t.test('OCR misreads of the ringgit prefix and of the decimal point after it are mended', async (t) => {
  t.equal(repairAmountText('Total RH 88 17'), 'Total RM 88.17', 'RH for RM, a space for the point');
  t.equal(repairAmountText('Total Sales (Incl GST 6%) RM 64 13'), 'Total Sales (Incl GST 6%) RM 64.13');
  t.equal(repairAmountText('Received Cash RMS50. 00'), 'Received Cash RM50.00', 'an S before two digits is a stray mark');
  t.equal(repairAmountText('CASH RMS. 00'), 'CASH RM5.00', 'an S alone is a 5');
  t.equal(repairAmountText('TOTAL RM 12 3'), 'TOTAL RM 12 3', 'not one digit after the space');
  t.equal(repairAmountText('Total 2 55 RM 12.00'), 'Total 2 55 RM 12.00', 'not a figure without the currency');
});

t.test('the amount paid: a payable label beats repeated part totals, a tax note and a table header are no totals', async (t) => {
  t.equal(total(['SHOP SDN BHD', 'Total 0% supplies: 23.83', 'Total 6% supplies (Inc. GST): 12.72', 'Total 0% supplies: 23.83', 'Total Payable: 36.55']), 36.55);
  t.equal(total(['SHOP SDN BHD', 'QTY ITEM TOTAL', '2 L FiletOFish 21.18', '1 Small Cone 1.00', 'Eat-In Total (incl GST) 29.28', 'Rounding Adjust 0.02', 'Total Rounded 29.30', 'Cash Tendered 50.00', 'TOTAL INCLUDES 6% GST 1.66']), 29.3);
});

t.test('below a rounding line the total is a multiple of 0.05 when a sum repairs it', async (t) => {
  // printed 101.78 (misread), cash 101.76 (misread): net + tax - 0.01 = 101.75 is the rounded total
  t.equal(total(['SHOP SDN BHD', 'Total Sales (Excluding GST) 96.00', 'Total GST 5.76', 'Rounding : -0.01', 'Total Sales (Inclusive of GST) : 101.78', 'CASH 101.76', 'Change : 0.00']), 101.75);
});

t.test('an unreadable printed total: two different sums that agree give it', async (t) => {
  t.equal(total(['SHOP SDN BHD', 'Sub Total RM40.00', 'Rounding Adj. RMO. 00', 'Total RMAC. 00', 'Received Cash RMS50. 00', 'Change RM10.00']), 40, 'cash - change = subtotal + rounding');
  t.equal(total(['SHOP SDN BHD', 'Total (Inclusive of GST): fon oo', 'CASH : 200.00', 'CHANGE : 10.00', 'GST Summary']), null, 'one sum alone is not enough');
});

t.test('a currency prefix the label swallowed still leaves the amount on the label row', async (t) => {
  t.equal(total(['SHELL SDN BHD', 'Total RH 88 17', 'Visa RM 88.17', 'Total Gross C RM 86.17']), 88.17, 'read on its own row');
  t.equal(total(['SHOP SDN BHD', 'Total RM 12.30', 'CASH RM 20.00', 'CHANGE RM 7.70']), 12.3);
});

t.test('a rounding adjustment right after the total gives the amount paid', async (t) => {
  t.equal(total(['SHOP SDN BHD', 'Total Sales (Incl GST 6%) RM 64 13', 'Rounding Adjustment RM 0 02', 'Total Discount RM 0.00']), 64.15);
  t.equal(total(['SHOP SDN BHD', 'Total Sales (Incl GST 6%) RM 64.13', 'Rounding Adjustment RM 0.02', 'Total Rounded RM 64.15']), 64.15, 'a rounded total printed below is the one');
  t.equal(total(['SHOP SDN BHD', 'TOTAL (GST INCL) 13.78', 'CASH 20.00', 'ROUNDING ADJUSTMENTS 0.02', 'CHANGE DUE 6.20']), 13.78, 'a rounding of the cash settlement is not added');
  t.equal(total(['SHOP SDN BHD', 'Total Sales RM 64.13', 'Rounding Adjustment RM 0.01']), 64.13, 'only when it lands on 0.05');
});

t.test('part totals printed just above the last total check its digits', async (t) => {
  t.equal(total(['BAKERY SDN BHD', 'Total 6% supplies (Inc. GST): 12.97', 'Total 0% supplies: 18.08', 'Total Payable: 31.65', 'E.&.0.E.']), 31.05, 'one misread digit');
  t.equal(total(['BAKERY SDN BHD', 'Total 6% supplies (Inc. GST): 12.97', 'Total 0% supplies: 18.08', 'Total Payable: 31.05']), 31.05);
  t.equal(total(['BAKERY SDN BHD', 'Total 6% supplies (Inc. GST): 12.97', 'Gr. 0.3', 'Total 0% supplies: 18.08', 'Total Payable: 31.65']), 31.65, 'not a run: nothing to check against');
});

t.test('a tax table header is no total label on a receipt', async (t) => {
  // the fuel receipt's total line is unreadable; the amount paid by card is printed twice
  const lines = ['STATION BP', 'SP98 € 21.74', 'ror 1 J € 21.74', 'Carte bancaire €21.74', 'CARTES BANCAIRES', 'TVA type Net Montant', '20.00 € 18.12 € 3.62', '07-04-2017 18:49'];
  t.equal(total(lines), 21.74);
});

t.test('a sum that differs from the printed total by the printed rounding does not "repair" its digit', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  // cash - change = 72.95 is one digit off 72.93, but the 0.02 between them is the printed rounding
  t.equal(r(['PAPPA CAFE SDN BHD', 'SUBTOTAL 62.55', 'TOTAL: 72.93', 'CASH 73.00', 'CHANGE DUE 0.05', 'RND ADJ 0.02']).totalAmount, 72.93);
});

t.test('a total whose decimal point OCR lost is read back from the sums that agree with it', async (t) => {
  t.equal(total(['SHOP', 'SUB TOTAL 10.00', 'GRAND TOTAL 1000', 'CASH 20.00', 'CHANGE DUE 10.00']), 10);
  t.equal(total(['SHOP', 'GRAND TOTAL 1000', 'CASH 1000.00', 'CHANGE 0.00']), 1000, 'a whole figure the payment confirms stays');
});

t.test('a dollar sign read as S is a dollar sign', async (t) => {
  t.equal(repairAmountText('Total Amount: S8.20'), 'Total Amount: $8.20');
  t.equal(repairAmountText('Total RMS. 00'), 'Total RM5.00', 'after RM an S is still a 5');
  t.equal(repairAmountText('TOTAL SALES 12.50'), 'TOTAL SALES 12.50');
  t.equal(total(['SHOP', 'Total Amount: S8.20', 'GST @6%: $0.46', 'Net Total: 58.20', 'CASH $8.20', 'Change $0.00']), 8.2, 'a $ read as 5 loses to the total the cash confirms');
});

t.test('the same figure under two total labels confirms nothing twice, and a "Net Total" is no net', async (t) => {
  t.equal(total(['SHOP', '5 Item(s) Total (MYR) : 20.00', 'GST @ 6% : 1.20', 'Net Total (MYR) : 21.20', 'Rounding Adj. : 0.00', 'Net Total Rounded (MYR) : 21.20', 'Cash : 21.20', 'Change : 0.00', 'GST Summary Amount (MYR) 3 3ST (MYR)']), 21.2);
});

t.test('a total label with one letter misread, and a hyphen for its point, are read back', async (t) => {
  t.equal(repairAmountText('TOTAI 78-10'), 'TOTAL 78.10');
  t.equal(repairAmountText('Totsl RA 12.37'), 'Total RA 12.37');
  t.equal(repairAmountText('TOTAL 05-12-2018'), 'TOTAL 05-12-2018', 'a date stays');
  t.equal(repairAmountText('Date 18-03-18'), 'Date 18-03-18');
  t.equal(total(['SHOP', 'SUB-TOTAL. 74.06', 'GST 4.04', 'ROUNDING 0.00', 'TOTAI 78-10', 'DEBIT CARD 78.10', 'CHANGE 0.00']), 78.1);
});

t.test('any one letter of TOTAL misread, even for a non-letter, is still the label', async (t) => {
  t.same(['TRTAL', 'lotal', 'Tota!', 'Totai', 'T0TAL', 'TOTAL', 'tonal'].map(misreadTotal), [true, true, true, true, true, true, true]);
  t.same(['TOTALS', 'TOTA', 'metal', 'T0T4L', '7.00'].map(misreadTotal), [false, false, false, false, false], 'two misreads, or another length, are not');
  t.equal(repairAmountText('TRTAL RM 15.15'), 'TOTAL RM 15.15');
  t.equal(repairAmountText('lotal After Adj Incl GST 88.95'), 'Total After Adj Incl GST 88.95');
  t.equal(total(['SHOP', '1 ICE MOCHA RM 12.99', 'SUBTOTAL RM 12.99', 'Svr Chrg 10% RM 1.30', 'GST 6% RM0.86', 'TRTAL RM 15.15', 'CASH RM 100.15', 'Change RM85.00']), 15.15);
});

t.test('a currency glued to the colon of its label, and RM read as PM, are still amounts', async (t) => {
  t.equal(repairAmountText('Nett Total:RM7.70'), 'Nett Total: RM7.70');
  t.equal(repairAmountText('Rounding:-RM0.02'), 'Rounding: -RM0.02');
  t.equal(repairAmountText('Totai Sales Incl. GST 6% PM33.90'), 'Total Sales Incl. GST 6% RM33.90');
  t.equal(repairAmountText('Time 12:16:25 PM'), 'Time 12:16:25 PM', 'a time keeps its PM');
  t.equal(total(['SHOP', 'Total Amount: RM7.72', 'GST@0%:RM0.00', 'Rounding:-RM0.02', 'Nett Total:RM7.70', 'CASH RM7.70', 'Change RM0.00']), 7.7);
});

t.test("a tax total, a total saving and a total before rounding are not the amount paid", async (t) => {
  t.equal(total(['SHOP', 'SUB-TOTAL (GST) 7.00', 'ROUNDING 0.00', 'TOTAL 700', 'CASH 50.00', 'CHANGE 43.00', 'GST SUMMARY', 'SR 6.60 6 0.40', 'TAX TO TAL 0.40']), 7,
    'the GST summary\'s tax total is no total to repair into 7.40');
  t.equal(total(['SHOP', 'Total Sales Incl. GST 100.62', 'Rounding Adjustment -0.02', 'Total After Rounding 100.60', 'VISA 100.60', 'SR = 6% 94.92 5.70', 'Total promotional saving 11.18']), 100.6);
  t.equal(total(['SHOP', '1x 000000616775 88.97SR', 'Sub-total 88.97', 'Total Sales Incl GST 88.97', 'Rounding Adj -J.02', 'Total After Adj Incl GST 88.95', 'GST Summary Amount Tax', 'Total 83.93 5.04']), 88.95,
    'the total after the adjustment is the one paid, even when the adjustment is unreadable');
});

t.test('a net amount printed after a gross amount and the tax is the amount paid', async (t) => {
  t.equal(total(['HARDWARE SDN BHD', 'Item Qty Price Amount', 'PLUG TOP 13A @8.00 24.00 SR', 'UMS 13A PLUG @4.00 12.00 SR', 'Gross Amt : 36.00', 'GST (6%) : 0.00', 'Net Amt : 36.00', 'Received 36.00', 'Change : 0.00']), 36);
  t.equal(total(['RESTAURANT SDN BHD', 'item Qty Price Amount', '(S) @15.90', 'CURRY MIXED VEGE 16.85 SR', 'Gross Amt 47.80', 'Svr Tax 2.87', 'GST (6%) : 2.86', 'Net Amt : 53.55']), 53.55);
  t.equal(total(['SHOP', 'Net Amount 10.00', 'GST 0.60', 'TOTAL 10.60']), 10.6, 'without a gross amount above it a net amount is the net');
});

t.test('TOTAL with its last letter read as a point is still the label', async (t) => {
  t.equal(repairAmountText('Grand Tota. 6.70'), 'Grand Total 6.70');
  t.equal(total(['PIZZA', '1 6"HT (KB) WTUE1A-F 15.60', 'Sub-rotal : 15.60', 'Coupon Discount 8.90', 'Grand Tota. 6.70', 'Payment 50.00', 'Change Due 43.30']), 6.7);
});

t.test('with no total label, a subtotal that cash less change equals is the total', async (t) => {
  const lines = ['OLD ASIA', 'ICED CHINESE TEA RM3.80 SR', 'FISH HEAD RM11.50 SR', 'SERV. CHG. 10% RM8.25', 'GST TA AMT RM90.75', 'GST 6% RM5.45', 'SUBTOTAL RM96.20', 'CASH RM100.00', 'YOUR CHANGE RM3.80'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image' }));
  t.equal(r.formatted.multiple_receipts[0].totalAmount, 96.2);
  t.equal(r.fields.totalAmount.box?.y, 10 + 6 * 18, 'the box is the printed subtotal\'s (row 6)');
  t.equal(total(['SHOP', 'SUBTOTAL 10.00', 'GST 0.60', 'CASH 20.00', 'CHANGE 9.40']), 10.6, 'a subtotal the payment does not equal stays a net');
});

t.test('cash tendered with change given back is no amount paid, and never repairs a printed total one digit away', async (t) => {
  const rows = (change: string) => ['SHOP SDN BHD', 'Qty Description Total (RM) Tax', '1 RICE 33.00 SR', 'Totai Sales Amount 33.00', 'GST 6% 1.98', 'Rounding Adjustment 0.02', 'TOTAL 35.00', 'CASH 55.00', change];
  t.equal(total(rows('Change Returned 20.00-')), 35, 'change printed with a trailing minus (money out)');
  t.equal(total(rows('CHANGE 20.00')), 35, 'change printed plain');
  t.equal(total(['KEDAI MAJU', 'Subtotal 61.90', 'Rounding 0.01', 'TOTAL 61.91', 'CASH 61.95', 'CHANGE 0.00']), 61.95, 'cash with no change given is still the amount paid, and repairs a misread digit');
});

t.test('a net total after a rounding line, its currency behind a speck, is the amount paid', async (t) => {
  t.equal(total(['KEDAI SAYUR', 'SR100 Vegetable RM6.69', 'SR100 Onion RM1.03', 'Total Amount: RM7.72', 'GST @0%:RM0.00', 'Rounding:-RM0.02', 'Net Total .RM7.70', 'CASH RM7.70', 'Change RM0.00']), 7.7);
});

t.test('a total that a tip or service charge printed below it lifts to a stronger total is a subtotal: the grand total is the total', async (t) => {
  t.equal(total(['NORTH CAFE', 'Date: 14/03/2024', 'Burger $12.00', 'Total $12.00', 'Tip $2.00', 'Grand Total $14.00']), 14);
  t.equal(total(['NORTH CAFE', 'Date: 14/03/2024', 'Burger 12,00', 'Totale 12,00', 'Servizio 10% 1,20', 'Totale da pagare 13,20']), 13.2);
  t.equal(total(['NORTH CAFE', 'Date: 14/03/2024', 'Burger $12.00', 'Total $12.00', 'Cash $20.00', 'Change $8.00']), 12, 'cash and change below a total lift nothing');
});

t.test('prices that include the tax: a subtotal equal to the total is no net, and the printed tax at its rate is the tax', async (t) => {
  const r = extractReceipt(readingFromText([['CORNER GROCERY LTD', '12 High Street, Leeds', 'Date: 14/03/2024', 'Milk 2L £1.45', 'Bread £1.10', 'Eggs x12 £2.95', 'Subtotal £5.50', 'VAT 20% £0.92', 'TOTAL £5.50', 'Cash £10.00', 'Change £4.50']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same([r.totalAmount, r.taxAmount, r.netAmount], [5.5, 0.92, null], 'the net is left to be derived as total less tax');
  const x = extractReceipt(readingFromText([['CORNER GROCERY LTD', 'Date: 14/03/2024', 'Milk 2L £1.45', 'Subtotal £5.50', 'VAT 20% £1.10', 'TOTAL £6.60']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same([x.totalAmount, x.taxAmount, x.netAmount], [6.6, 1.1, 5.5], 'tax added on top: as before');
});

t.test('a total read with a digit too many after its decimals is the payment that matches it less that digit', async (t) => {
  t.equal(total(['LINDNER WERKZEUGE GMBH', '3 SCHREIBTISCHLAMPE 9,02', '1 AKTENORDNER 17,19', '3 KABELSATZ 3,09', 'GESAMTBETRAG EUR 29,301', 'CB 29,30', 'MwSt 19% 4,68']), 29.3);
  t.equal(total(['LADEN GMBH', 'SUMME 12,504', 'VISA 12,50']), 12.5);
  t.equal(total(['SHOP LTD', 'TOTAL 1,250', 'CASH 1,250.00', 'CHANGE 0.00']), 1250, 'a whole figure grouped in thousands that the payment confirms stays');
});

t.test('a total from a PDF\'s text layer is never "repaired": it is as printed', async (t) => {
  const pdfTotal = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'pdf' })).formatted.multiple_receipts[0].totalAmount;
  const lines = ['LOJA SILVA LDA', 'SUBTOTAL 17,16', 'IVA 23% 0,60', 'TOTAL EUR 17,16'];
  t.equal(pdfTotal(lines), 17.16);
  t.equal(total(['SHOP SDN BHD', 'Total Sales (Excluding GST) 96.00', 'Total GST 5.76', 'Rounding : -0.01', 'Total Sales (Inclusive of GST) : 101.78']), 101.75, 'read by OCR, the same repair holds');
});

t.test('a tip on the card slip lifts the total to the amount charged', async (t) => {
  t.equal(total(['HOME DEPOT Inc.', 'New York, NY 10001', 'Light Bulb 11.65', 'Pale Ale 4.17', 'Paper Towels 7.97', 'Subtotal 23.79', 'Sales Tax 8.875% 2.11', 'Total 25.90',
    'CUSTOMER COPY', 'CARD VISA ****4821', 'AMOUNT 25.90', 'TIP 4.66', 'TOTAL 30.56']), 30.56);
  t.equal(total(['DINER', 'Subtotal 23.79', 'Sales Tax 2.11', 'Total 25.90', 'TIP ______', 'TOTAL ______']), 25.9, 'a tip line left blank lifts nothing');
});

t.test('a tax table\'s header naming its columns ("IVA BASE IVA TOTAL") labels no total: the figure under it is a rate\'s row', async (t) => {
  const till = (head: string) => ['Frutaria Linde S.A.', 'Rua Augusta 12', '4000-322 Porto', 'QUEIJO FLAMENGO 2,09 A', 'AGUA MINERAL 5,84 A', 'AZEITE 2 x 1,79 3,58 B',
    'TOTAL 28,15', 'NUMERARIO 35,00', 'TROCO 6,85', head, 'A 6% 16,43 0,99 17,42', 'B 23% 8,72 2,01 10,73', '06/03/2022 14:59 Caixa 4'];
  for (const head of ['IVA BASE IVA TOTAL', 'IVA..BASE -IVA TOTAL', 'MwSt Netto Brutto']) {
    const r = extractReceipt(readingFromText([till(head)], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
    t.equal(r.totalAmount, 28.15, head);
  }
});

t.test('cash less change repairs a misread total in the languages served, as in English', async (t) => {
  t.equal(total(['BÄCKEREI SONNE', 'SUMME EUR 12,58', 'Gegeben Bar 20,00', 'Rückgeld 7,45']), 12.55, 'German: given, change');
  t.equal(total(['PANADERÍA SOL', 'TOTAL 12,58', 'Efectivo 20,00', 'Cambio 7,45']), 12.55, 'Spanish: cash, change');
  t.equal(total(['KISBOLT', 'ÖSSZESEN 12,58', 'Készpénz 20,00', 'Visszajáró 7,45']), 12.55, 'Hungarian: cash, change');
  t.equal(total(['BOULANGERIE', 'TOTAL 12,58', 'Espèces 20,00', 'Rendu 7,45']), 12.55, 'French: cash, given back');
  t.equal(total(['PIEKARNIA', 'SUMA PLN 12,58', 'Gotówka 20,00', 'Reszta 7,45']), 12.55, 'Polish: cash, change');
  t.equal(total(['BÄCKEREI SONNE', 'SUMME EUR 12,55', 'Gegeben Bar 20,00', 'Rückgeld 7,45']), 12.55, 'a total the payment confirms stays');
  t.equal(total(['BÄCKEREI SONNE', 'SUMME EUR 12,58', 'Kartenzahlung 12,58']), 12.58, 'a card payment of the printed figure changes nothing');
});

t.test('a card or cash payment repairs a misread total in the languages served, as in English', async (t) => {
  t.equal(total(['SHOP LTD', 'TOTAL 12.58', 'VISA 12.55']), 12.55, 'English: the card');
  t.equal(total(['BÄCKEREI SONNE', 'SUMME EUR 12,58', 'Kartenzahlung 12,55']), 12.55, 'German: card payment');
  t.equal(total(['PANADERÍA SOL', 'TOTAL 12,58', 'Tarjeta 12,55']), 12.55, 'Spanish: card');
  t.equal(total(['BAKKERIJ ZON', 'TOTAAL 12,58', 'PIN 12,55']), 12.55, 'Dutch: paid by debit card, an everyday word with its figure');
  t.equal(total(['BOULANGERIE', 'TOTAL 12,58', 'Comptant 12,55']), 12.55, 'French: cash');
  t.equal(total(['BAKKERIJ ZON', 'TOTAAL 12,58', 'Voer uw PIN in', '12,55']), 12.58, 'an everyday word with no figure of its own confirms nothing');
  t.equal(total(['BOULANGERIE', 'TOTAL 10,00', 'Comptant 20,00', 'Rendu 10,00']), 10, 'cash tendered with change given is no payment of the total');
});

t.test('a bill paid partly by a voucher or gift card: the total is the bill, not the balance left to pay', async (t) => {
  t.equal(total(['TIENDA SOL', 'TOTAL 30,00', 'Vale regalo 20,00', 'Resto a pagar 10,00', 'Efectivo 20,00', 'Cambio 10,00']), 30, 'Spanish');
  t.equal(total(['CORNER SHOP', 'TOTAL 30.00', 'Gift card 20.00', 'Balance due 10.00', 'Cash 20.00', 'Change 10.00']), 30, 'English');
  t.equal(total(['CORNER SHOP', 'Subtotal 30.00', 'Balance due 30.00', 'Cash 50.00', 'Change 20.00']), 30, 'a balance due with nothing paid before it is the total');
});

t.test('a voucher or gift card in German or French: the bill\'s total, never repaired to the rest paid after it', async (t) => {
  const cafe = ['CAFÉ LINDE', 'Lindenweg 8', '14.05.2025 19:27'];
  t.equal(total([...cafe, 'Summe 30,00', 'Gutschein 20,00', 'Zu zahlen 10,00', 'Bar 10,00']), 30, 'German: the amount to pay after a voucher, paid exactly');
  t.equal(total([...cafe, 'Summe 30,00', 'Gutschein -20,00', 'Zu zahlen 10,00', 'Bar 10,00']), 30, 'the voucher printed negative');
  t.equal(total([...cafe, 'Summe 30,00', 'Wertgutschein -20,00', 'Restbetrag 10,00', 'Bar 10,00']), 30, 'the rest under a label that is no total: 30 is not one digit off 10');
  t.equal(total([...cafe, 'Summe 30,00', 'Geschenkkarte -20,00', 'Zu zahlen 10,00', 'Karte 10,00']), 30, 'a gift card, the rest by card');
  t.equal(total(['BOULANGERIE', 'TOTAL 30,00', "Bon d'achat -20,00", 'Reste à payer 10,00', 'Espèces 10,00']), 30, 'French');
  t.equal(total([...cafe, 'Summe 30,00', 'Rabatt -20,00', 'Zu zahlen 10,00', 'Bar 10,00']), 10, 'a discount is no part payment: the amount to pay is the total');
  t.equal(total([...cafe, 'Summe 30,00', 'Bar 10,00']), 10, 'no voucher: the payment still repairs a misread digit');
});
