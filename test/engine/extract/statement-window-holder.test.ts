/**
 * @module test/engine/extract/statement-window-holder
 * A statement's holder printed with no label: the name at the top left over the holder's postal
 * address (the window-envelope block), with the account's fields in a right-hand column on the
 * same rows (its period's dates beside the street line), as English, US, Malaysian and
 * Singaporean statements print it; and the Polish "Posiadacz:" label. The bank's own block
 * (name, street, town and its phone or website) is never the holder.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const pad = (left: string, right: string) => left.padEnd(50) + right;

/** A statement page: bank line, the name over street and town beside the account's fields, a table. */
const statement = (bank: string, head: string[]) => [
  pad(bank, 'Statement of Account'),
  '',
  ...head,
  '',
  'Date          Description                       Paid out     Paid in     Balance',
  '              Opening balance                                            7,222.20',
  '02 MAY 2024   CARD PAYMENT TESCO STORES           471.35                 6,750.85',
  '03 MAY 2024   SALARY ACME LTD                                2,000.00    8,750.85',
  '04 MAY 2024   DIRECT DEBIT BRITISH GAS            127.66                 8,623.19',
  '05 MAY 2024   RENT PAYMENT                        900.00                 7,723.19',
  '06 MAY 2024   INTEREST                                          23.19    7,746.38',
  '07 MAY 2024   ATM WITHDRAWAL                      100.00                 7,646.38',
  '08 MAY 2024   NETFLIX.COM                          15.99                 7,630.39',
  '              Closing balance                                            7,630.39',
];

t.test('the name over the holder\'s street and town is the holder, though the account\'s period is printed beside the street', async (t) => {
  const cases: [string, string, string][] = [
    ['Jean-Pierre Martin', 'Hauptstr. 5', '75011 Paris'],
    ['Familie Schneider', '12 Park Lane', 'London W1K 1AA'],
    ['Greenleaf Trading Pte Ltd', 'Jalan Ampang 88', '50450 Kuala Lumpur'],
    ['Mr John A. Smith', '3 rue Victor Hugo', '50667 Köln'],
  ];
  for (const [holder, street, town] of cases) {
    const head = [
      pad(holder, 'Account number: 74-81-40 93478734'),
      pad(street, 'Statement period: 01 MAY 2024 - 29 MAY 2024'),
      pad(town, 'Currency: GBP'),
    ];
    const { formatted: x } = extractBankStatement(readingFromText([statement('Northgate Bank UK PLC', head)]));
    t.equal(x.accountHolderName, holder.replace(/^Mr /, ''), street); // the salutation is no part of the name
  }
});

t.test('the bank\'s own block at the top left (its name, street, town and phone or website) names no holder', async (t) => {
  for (const contact of ['Tel. 0800 123 4567', 'www.northgate-trust.co.uk', 'service@northgate-trust.co.uk']) {
    const head = [
      pad('Northgate Trust', 'Account number: 74-81-40 93478734'),
      pad('12 Park Lane', 'Statement period: 01 MAY 2024 - 29 MAY 2024'),
      pad('London W1K 1AA', 'Currency: GBP'),
      contact,
    ];
    const { formatted: x } = extractBankStatement(readingFromText([statement('Northgate Trust', head)]));
    t.equal(x.accountHolderName, null, contact);
  }
});

t.test('the Polish "Posiadacz:" label gives the holder', async (t) => {
  const head = [
    pad('Posiadacz: Jean-Pierre Martin', 'Numer rachunku: PL61 1020 1026 2101 9947 7865 4553'),
    pad('ul. Długa 14', 'Okres: 01.07.2025 - 28.07.2025'),
    pad('30-001 Kraków', 'Waluta: PLN'),
  ];
  const { formatted: x } = extractBankStatement(readingFromText([statement('PKO Bank Polski S.A.', head)]));
  t.equal(x.accountHolderName, 'Jean-Pierre Martin');
});

/** A letterhead (bank and title), the bank's own street and town on one line, then the holder's block beside the account's fields. */
const letterhead = (bank: string, bankAddress: string, holder: string, period: string) => [
  pad(bank, 'Account Statement'),
  '',
  pad(bankAddress, 'Page 1/1'),
  '',
  pad(holder, 'IBAN: DE89 3704 0044 0532 0130 00'),
  pad('Lindenweg 7, 12345 Musterstadt', `Period: ${period}`),
  ...statement(bank, []).slice(2),
];

t.test('a name carrying a bank\'s word over the bank\'s own address is never the holder: the name over the holder\'s address is', async (t) => {
  for (const bank of ['Thameside Building Society', 'Polderbank N.V.', 'Moravská banka a.s.', 'Volksbank Mittelland eG', 'Raiffeisen Landbank', 'Caisse Régionale du Lac']) {
    for (const address of ['1 Bank Street, London EC2', 'Rheinallee 1, 40213 Düsseldorf']) {
      const { formatted: x } = extractBankStatement(readingFromText([letterhead(bank, address, 'Sarah Connolly', '01 MAY 2024 - 29 MAY 2024')]));
      t.equal(x.accountHolderName, 'Sarah Connolly', `${bank} / ${address}`);
    }
  }
});

t.test('the holder\'s street line beside a period printed with dotted dates (01.07.2024 - 31.07.2024) still marks the holder\'s block', async (t) => {
  for (const holder of ['Klaus Becker', 'Robert T. Miller', 'J. de Boer']) {
    const { formatted: x } = extractBankStatement(readingFromText([letterhead('Sparkasse Rheinufer', '2 Place Bellecour, Lyon', holder, '01.07.2024 - 31.07.2024')]));
    t.equal(x.accountHolderName, holder, holder);
  }
});

t.test('with no holder\'s block, a bank\'s name over its address is no holder (null rather than the bank)', async (t) => {
  const page = [pad('Polderbank N.V.', 'Rekeningafschrift'), '', pad('Rheinallee 1, 40213 Düsseldorf', 'Page 1/1'), ...statement('x', []).slice(2)];
  const { formatted: x } = extractBankStatement(readingFromText([page]));
  t.equal(x.accountHolderName, null);
});
