/**
 * @module test/engine/classify/offline-classifier
 * Typing synthetic readings by their evidence.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const RECEIPT = [
  'FRESH MART SDN BHD', 'NO 12 JALAN MAJU', 'TAX INVOICE', 'Date: 12/03/2018 10:22', 'Cashier: ANN',
  'MILO 1KG            1   15.90', 'BREAD               2    5.00', 'SUBTOTAL                20.90',
  'TOTAL                   20.90', 'CASH                    50.00', 'CHANGE                  29.10', 'THANK YOU, PLEASE COME AGAIN',
];
const INVOICE = [
  'Northwind Consulting Ltd                                   INVOICE', '42 Kingsway, London',
  'Bill To                                  Invoice No: INV-0042', 'Acme Widgets Inc.                        Invoice Date: 18 April 2024',
  '                                         Due Date: 18 May 2024',
  'Description                 Qty     Unit Price      Amount', 'Workshop                      2       1,200.00    2,400.00',
  'Subtotal                                            2,400.00', 'VAT 20%                                               480.00',
  'Total Due                                           2,880.00',
];
const STATEMENT = [
  'Example Bank plc                       Your Statement', 'Mr J Smith', 'Account Number 12345678      Sort Code 00-11-22',
  '1 March to 31 March 2024', 'Opening Balance 1,000.00', 'Closing Balance 1,150.00',
  'Date        Details                  Paid out     Paid in      Balance',
  '01 Mar 24   BALANCE BROUGHT FORWARD                            1,000.00',
  '03 Mar 24   SALARY                                  500.00     1,500.00',
  '05 Mar 24   RENT                       300.00                  1,200.00',
  '20 Mar 24   GROCER                      50.00                  1,150.00',
  '31 Mar 24   BALANCE CARRIED FORWARD                            1,150.00',
];
const LETTER = [
  'Dear customer,', 'We are writing to tell you about changes to the way your bank statements are sent to you each month.',
  'From next year you will be able to view your statements in the app and turn off paper documents whenever you like.',
  'Your account number and sort code stay the same and nothing else about your account will change at all.',
  'If you have any questions about these changes please call us or visit the branch nearest to where you live.',
  'Yours sincerely,', 'The Example Bank team',
];

t.test('a till receipt is a receipt and says why', async (t) => {
  const c = classifyOffline(readingFromText([RECEIPT], { kind: 'image', width: 300 }));
  t.equal(c.type, 'receipt');
  t.match(c.reason, /^OCR \+ keywords: a receipt: .*total/);
  t.ok(c.confidence > 0.5 && c.confidence <= 1);
});

t.test('an invoice is an invoice', async (t) => {
  const c = classifyOffline(readingFromText([INVOICE]));
  t.equal(c.type, 'invoice');
  t.match(c.reason, /invoice title/);
});

t.test('a statement with balances and dated rows is a bank statement', async (t) => {
  const c = classifyOffline(readingFromText([STATEMENT]));
  t.equal(c.type, 'bank_statement');
  t.match(c.reason, /balance anchors/);
});

t.test('a bank letter full of statement words is other', async (t) => {
  const c = classifyOffline(readingFromText([LETTER]));
  t.equal(c.type, 'other');
  t.match(c.reason, /prose|no money/);
});

t.test('a photo with no text is other', async (t) => {
  const c = classifyOffline({ kind: 'image', pages: [{ page: 1, width: 1200, height: 800, source: 'ocr', lines: [], confidence: 0 }], pageCount: 1 });
  t.equal(c.type, 'other');
  t.match(c.reason, /almost no text/);
});

t.test('stronger evidence gives higher confidence', async (t) => {
  const weak = classifyOffline(readingFromText([RECEIPT.slice(0, 9)], { kind: 'image', width: 300 }));
  const strong = classifyOffline(readingFromText([RECEIPT], { kind: 'image', width: 300 }));
  t.equal(weak.type, 'receipt');
  t.ok(strong.confidence >= weak.confidence);
});

t.test('a scanned invoice with no title but a bill-to, due date and balance due is an invoice, not a receipt', async (t) => {
  const c = classifyOffline(readingFromText([[
    'John Smith', 'Bill To                         Date Sep 24, 2019', 'Jane Smith                      Due Date Sep 30, 2019',
    '1600 Amphitheatre Pkway         Balance Due: $4,647.68', 'HDMI cable          12    $9.99     $119.88',
    'Monitor             12  $399.99   $4,799.88', 'Subtotal                          $4,919.76', 'Tax (10%)                            $491.98',
    'Total                             $5,411.74', 'Amount Paid                         $764.08', 'Notes. This is a test order.',
  ]], { kind: 'image', width: 500 }));
  t.equal(c.type, 'invoice');
  t.ok(c.scores.invoice > c.scores.receipt);
});

t.test('a German invoice keeps its small print: prose under a titled invoice with amounts is not a letter', async (t) => {
  const prose = 'Wenn Sie mehr zu Ihren Bestellungen wissen möchten, gehen Sie bitte auf Mein Konto und lesen Sie dort weiter.';
  const c = classifyOffline(readingFromText([[
    'Rechnung für Ihre Bestellung vom 1. Juni 2014   Bestellnr. 028-8984377   Rechnungsnr. EUVINS1-OFS-DE-12',
    'Lieferdatum/Rechnungsdatum 4. Juni 2014', 'Menge Artikel                          Preis      USt.     Gesamt',
    '1 SSD 30GB                          EUR 29,37      20%   EUR 35,24', 'Versandkosten                        EUR 0,00     EUR 0,00',
    'Zwischensumme (netto)     USt.     Gesamtsumme', 'EUR 29,37    EUR 5,87    EUR 35,24',
    prose, prose, prose, prose, prose, prose, prose,
  ]]));
  t.equal(c.type, 'invoice');
});

t.test('one word is one piece of evidence: "Subtotal" is not also "sub total"', async (t) => {
  const { hits, RECEIPT_WORDS } = await import('../../../engine/classify/evidence.ts');
  t.same(hits('subtotal 9.00\namount paid 9.00', RECEIPT_WORDS).sort(), ['amount paid', 'sub total']);
  t.same(hits('subtotal 9.00\npaid by card\namount paid 9.00', RECEIPT_WORDS).sort(), ['amount paid', 'paid', 'sub total']);
});

t.test('a payment-terms leaflet with invoice words and no amounts stays other', async (t) => {
  const c = classifyOffline(readingFromText([[
    'Invoice and payment terms',
    'Every invoice shows the invoice number, the invoice date and the due date of the payment you owe us.',
    'Please pay by the due date printed on the invoice, or set up a direct debit so that you never miss one.',
    'If the balance due is not paid we will write to you and may charge a late payment fee on the account.',
    'Bill to and ship to addresses can be changed in your account settings at any time you like.',
  ]]));
  t.equal(c.type, 'other');
});

t.test('a slip with no receipt words is a receipt when its prices add up to its last figure', async (t) => {
  const slip = ['RESTORAN MAJU JAYA', 'K3-113 JL SULTAN', '80300 JOHOR BAHRU', '09/03/2018 21:28 ED0001', '0000007259 CASHIER01', 'DPT.05 RM 149.00', 'DPT.04 RM 21.00', 'RM 170.00'];
  const c = classifyOffline(readingFromText([slip], { kind: 'image' }));
  t.equal(c.type, 'receipt');
  t.match(c.reason, /add up to the last figure/);
  const notSummed = [...slip.slice(0, -1), 'RM 171.00'];
  t.equal(classifyOffline(readingFromText([notSummed], { kind: 'image' })).type, 'other', 'figures that do not add up leave it unrecognised');
  const proseWithSum = ['Minutes of the committee meeting held on 09/03/2018 in the town hall', 'The committee agreed that the hall fund stands as follows and thanked all members for it',
    'Raised at the spring fair this year by the volunteers of the club 149.00', 'Raised at the summer raffle organised by the youth section 21.00', 'Held in the fund at the close of the meeting tonight 170.00'];
  t.equal(classifyOffline(readingFromText([proseWithSum], { kind: 'image' })).type, 'other', 'minutes in prose whose figures add up are no receipt');
});

t.test('an OCR-misread invoice title still titles an invoice, but a till\'s misread TAX INVOICE does not', async (t) => {
  const scan = ['GIANNI ASSOCIATES INC', 'DATE December 31,1979 INVOCE NO. 1727', '133 EAST 54TH ST NEW YORK', 'Brown Tobacco Corp.', 'TRANSPORTATION AND MISCELLANEOUS CHARGES', 'Round trip airfare 292.00', 'Miscellaneous cabfares 58.50', '$ 350.50'];
  t.equal(classifyOffline(readingFromText([scan], { kind: 'image' })).type, 'invoice');
  t.equal(classifyOffline(readingFromText([scan.map((l) => l.replace('INVOCE', 'NUMBER'))], { kind: 'image' })).type, 'receipt', 'without the title the same page reads as a slip');
  const till = ['KEDAI MAJU SDN BHD', 'TAX INVOlCE', 'Date: 12/03/2018', 'MILO 15.90', 'BREAD 5.00', 'TOTAL 20.90', 'CASH 50.00', 'CHANGE 29.10'];
  t.equal(classifyOffline(readingFromText([till], { kind: 'image' })).type, 'receipt');
});

t.test('a short e-receipt with a text layer: prices that add up to its labelled total make a receipt, whatever it prints below the total', async (t) => {
  const pdf = (lines: string[]) => classifyOffline(readingFromText([lines], { kind: 'pdf' }));
  for (const lines of [
    ['Pret Corner', 'Order 998877', '21-08-2024', 'Sandwich 4.50 GBP', 'Coffee 2.95 GBP', 'Total 7.45 GBP', 'VAT 1.24 GBP'],
    ['NORTH CAFE', 'Date: 14/03/2024', 'Tea £2.00', 'Cake £3.50', 'Subtotal £5.50', 'TOTAL £5.50'],
    ['NORTH CAFE', 'Date: 14/03/2024', 'Tea $2.00', 'Cake $3.00', 'TOTAL $5.00', 'YOU SAVED $15.00', 'Points balance 1,250.00'],
  ]) {
    const c = pdf(lines);
    t.equal(c.type, 'receipt', `${lines[0]}: ${c.reason}`);
    t.match(c.reason, /prices that add up to the total/);
  }
  t.equal(pdf(['NORTH CAFE', 'Date: 14/03/2024', 'Tea £2.00', 'Cake £3.50', 'TOTAL £7.50']).type, 'other', 'prices that do not add up prove nothing');
  t.equal(pdf(['Price list 2024', 'Tea £2.00', 'Cake £3.50', 'Scone £1.50']).type, 'other', 'a price list has no total');
});

t.test('a scanned English invoice in yen, "Billed To" and "Payment Due", whole amounts and no bank line, is an invoice, not a receipt', async (t) => {
  const page = [
    'Kobe Marine Supply Co., Ltd.', '3-4-5 Minato-ku, Kobe', 'VAT ID JP552310987',
    '                                        Billed To', '                                        Osaka Freight K.K.', '                                        Hafenstrasse 2, 20457 Hamburg',
    'INVOICE', '                                        Invoice No.    KM-2207', '                                        Issue Date     2026/03/02', '                                        Payment Due    2026/04/01',
    'Item                              Qty      Unit     Amount', 'Harbour survey (days)               4    85,000    340,000', 'Rope, per coil                     12     7,500     90,000',
    '                                        Subtotal           430,000', '                                        Consumption Tax 10%  43,000', '                                        Total (JPY)        473,000',
  ];
  const c = classifyOffline(readingFromText([page], { kind: 'image', width: 700 }));
  t.equal(c.type, 'invoice', c.reason);
  t.ok(c.scores.invoice > c.scores.receipt);
  t.match(c.reason, /billed to.*payment due|payment due.*billed to/);
});

t.test('a Czech statement titled "Výpis z účtu" (printed with or without its accents) is a bank statement (a breaker\'s was refused)', async (t) => {
  for (const title of ['Vypis z uctu', 'Výpis z účtu']) {
    const page = ['Ceska sporitelna, a.s.', title, 'Majitel uctu: Ing. Jan Novak', 'IBAN CZ65 0800 0000 1920 0014 5399', 'Pocatecni zustatek CZK 10 000,00',
      '05.03. Platba kartou -1 200,00', '10.03. Mzda +35 000,00', 'Konecny zustatek CZK 43 800,00'];
    const c = classifyOffline(readingFromText([page], { kind: 'pdf' }));
    t.equal(c.type, 'bank_statement', c.reason);
  }
});
