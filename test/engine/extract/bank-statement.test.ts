/**
 * @module test/engine/extract/bank-statement
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const PAGE1 = [
  'Example Bank plc                              Your Statement', 'Mr J Smith', '1 High Street',
  '1 March to 31 March 2024                      Opening Balance      1,000.00', '                                              Closing Balance      1,140.00',
  'Account Name            Sort Code     Account Number', 'John Smith              00-11-22      12345678',
  'Date        Details                  Paid out     Paid in      Balance',
  '01 Mar 24   BALANCE BROUGHT FORWARD                            1,000.00',
  '03 Mar 24   SALARY ACME                             500.00     1,500.00',
  '05 Mar 24   RENT                       300.00                  1,200.00',
  '            BALANCE CARRIED FORWARD                            1,200.00',
];
const PAGE2 = [
  'Date        Details                  Paid out     Paid in      Balance',
  '            BALANCE BROUGHT FORWARD                            1,200.00',
  '20 Mar 24   CARD PAYMENT TO',
  '            GROCER LTD                  60.00                  1,140.00',
  '31 Mar 24   BALANCE CARRIED FORWARD                            1,140.00',
];

t.test('reads a statement across pages and reconciles it', async (t) => {
  const { formatted: x, fields } = extractBankStatement(readingFromText([PAGE1, PAGE2]));
  t.equal(x.bankName, 'Example Bank plc');
  t.equal(x.accountHolderName, 'John Smith');
  t.equal(x.accountNumber, '12345678');
  t.equal(x.openingDate, '1 March');
  t.equal(x.closingDate, '31 March 2024');
  t.equal(x.openingBalance, 1000);
  t.equal(x.closingBalance, 1140);
  t.same(x.tableItems, [
    { date: '03 Mar 24', description: 'SALARY ACME', creditAmount: 500, debitAmount: 0, balanceAmount: 1500 },
    { date: '05 Mar 24', description: 'RENT', creditAmount: 0, debitAmount: 300, balanceAmount: 1200 },
    { date: '20 Mar 24', description: 'CARD PAYMENT TO GROCER LTD', creditAmount: 0, debitAmount: 60, balanceAmount: 1140 },
  ]);
  t.equal(fields.reconciled.value, true);
  t.ok(fields.openingBalance.confidence > 0.9);
});

t.test('without a header the running balance tells credits from debits', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([[
    'FIRST CHEQUING', '01Aug2018 Opening balance 100.00', '02Aug2018 Deposit 50.00 150.00', '03Aug2018 Cheque 4987 30.00 120.00',
  ]]));
  t.same(x.tableItems.map((r) => [r.creditAmount, r.debitAmount, r.balanceAmount]), [[50, 0, 150], [0, 30, 120]]);
  t.equal(x.currencyCode, null, 'no currency printed');
  t.equal(x.bankName, null);
});

t.test('a foreign amount at a rate is description, and a page starts its table at its own header', async (t) => {
  const page1 = [
    'Example Bank plc', 'Date        Details                  Paid out     Paid in      Balance',
    '01 Jan 21   BALANCE BROUGHT FORWARD                            1,000.00',
    '04 Jan 21   RENT                       300.00                    700.00',
    '            BALANCE CARRIED FORWARD                              700.00',
  ];
  const page2 = [
    '9 December 2020 to 8 January 2021',
    'Date        Details                  Paid out     Paid in      Balance',
    '            BALANCE BROUGHT FORWARD                              700.00',
    '            VIS SHOP 0034242738',
    '            EXAMPLE.COM',
    '            LUXEMBOURG',
    '            USD 8.33 @ 1.3611',
    '            Exchange fee                 6.12                    693.88',
  ];
  const { formatted: x, fields } = extractBankStatement(readingFromText([page1, page2]));
  t.same(x.tableItems.map((r) => [r.date, r.debitAmount, r.balanceAmount]), [['04 Jan 21', 300, 700], ['04 Jan 21', 6.12, 693.88]], 'no 8.33 row; the date is not the period above the header');
  t.match(x.tableItems[1].description, /VIS SHOP .*USD 8\.33 @ 1\.3611 Exchange fee/);
  t.equal(fields.reconciled.value, true);
});

t.test('a credit card reconciles as a debt: purchases raise the balance, CR payments lower it', async (t) => {
  const { formatted: x, fields } = extractBankStatement(readingFromText([[
    'Your Credit Card statement', 'Previous Balance 100.00', 'New Balance 130.00',
    'Received Transaction Date Details                      Amount',
    '09 Dec 22 08 Dec 22 GROCER LTD                          50.00',
    '10 Dec 22 09 Dec 22 PAYMENT THANK YOU                   20.00CR',
  ]]));
  t.same(x.tableItems.map((r) => [r.creditAmount, r.debitAmount]), [[0, 50], [20, 0]]);
  t.equal(x.openingBalance, 100);
  t.equal(x.closingBalance, 130);
  t.equal(fields.reconciled.value, true);
});

t.test('on a line of credit the columns win over the balance movement, and the last balance closes an excerpt', async (t) => {
  const { formatted: x, fields } = extractBankStatement(readingFromText([[
    'LINE OF CREDIT',
    'Date       Description              Debits      Credits     Balance',
    '31Jul2018  Balance Forward                                  1,000.00 -',
    '01Aug2018  Cheque 4987               36.07                  1,036.07 -',
    '01Aug2018  Deposit                               500.00       536.07 -',
    '02Aug2018  Cheque 4988               10.00                    546.07 -',
  ]]));
  t.same(x.tableItems.map((r) => [r.creditAmount, r.debitAmount]), [[0, 36.07], [500, 0], [0, 10]]);
  t.equal(x.closingBalance, 546.07);
  t.equal(fields.reconciled.value, true);
});

t.test('rows dated without a year take it from the period; a wrapped description stays with its row', async (t) => {
  const reading = readingFromText([[
    'Coastline Savings Bank Limited', 'Ms Robin Tester                          Account Number 12 3456 7890',
    '14 Banksia Road                          Statement Period 1 Dec 2023 - 15 Jan 2024', 'Seaview NSW 2099',
    'Date        Transaction                                 Debit        Credit        Balance',
    '01 Dec 2023 OPENING BALANCE                                                     $500.00 CR',
    '03 Dec      Payment to Harbour Gym                       40.00                    $460.00 CR',
    '            Membership December',
    '28 Dec      Refund Online Store                                       25.00       $485.00 CR',
    '04 Jan      Card purchase Corner Cafe                    12.50                    $472.50 CR',
    '15 Jan 2024 CLOSING BALANCE                                                     $472.50 CR',
  ]]);
  const { formatted: x, fields } = extractBankStatement(reading);
  t.same(x.tableItems.map((r) => [r.date, r.description, r.debitAmount, r.creditAmount]), [
    ['03 Dec', 'Payment to Harbour Gym Membership December', 40, 0],
    ['28 Dec', 'Refund Online Store', 0, 25],
    ['04 Jan', 'Card purchase Corner Cafe', 12.5, 0],
  ], 'the dates stay as printed');
  t.same([0, 1, 2].map((i) => fields[`tableItems[${i}].date_iso`]?.value), ['2023-12-03', '2023-12-28', '2024-01-04'], 'the ISO days cross the new year');
  t.equal(x.openingBalance, 500);
  t.equal(x.closingBalance, 472.5);
  t.equal(x.accountHolderName, 'Robin Tester', 'the salutation addresses the holder and is no part of the name');
});

t.test('the holder is the addressee above the street line; the currency comes from the IBAN', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([[
    'Banca Esempio S.p.A.', 'Giulia Bianchi', 'Via Roma 12', '20121 Milano', 'Estratto conto dal 01/04/2024 al 30/04/2024', 'IBAN IT60 X054 2811 1010 0000 0123 456',
    'Data        Descrizione                          Uscite        Entrate        Saldo',
    '01/04/2024  Saldo iniziale                                                   1.000,00',
    '05/04/2024  Bonifico stipendio                                 1.500,00      2.500,00',
    '10/04/2024  Affitto                             800,00                        1.700,00',
  ]]));
  t.equal(x.accountHolderName, 'Giulia Bianchi');
  t.equal(x.currencyCode, 'EUR');
  t.equal(x.openingDate, '01/04/2024');
  t.equal(x.closingDate, '30/04/2024');
});
