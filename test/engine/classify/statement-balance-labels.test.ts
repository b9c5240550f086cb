/**
 * @module test/engine/classify/statement-balance-labels
 * The opening and closing balance labels of our languages are a statement's evidence for the
 * classifier as they are for the extraction (one list, engine/parse/balance-labels.ts): a Swiss
 * "Kontoauszug" with "Anfangssaldo" / "Schlusssaldo", its IBAN and rows dated "01.04" was read
 * as an invoice (its balances as line items) or refused as too weak. A page with a statement's
 * title, a balance label and dated rows or an IBAN is never an invoice.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { gatherEvidence } from '../../../engine/classify/evidence.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A Swiss statement page: title, holder and IBAN, the period, a header, rows dated "dd.mm" with a running balance, between `open` and `close`. */
function swiss(open: string, close: string, rows: string[]) {
  return [
    'Helvetia Kantonalbank                                  Kontoauszug',
    'Postfach 12 34',
    'Frau Anna Frei                    IBAN CH93 0076 2011 6238 5295 7',
    'Bahnhofstrasse 5                  01.04.2024 - 28.04.2024',
    'CHF                                                     1/1',
    'Datum   Text                        Belastung    Gutschrift        Saldo',
    `${open.padEnd(60)}4'958.22`,
    ...rows,
    `${close.padEnd(60)}1'300.05`,
  ];
}
const ROWS = [
  "01.04   Überweisung Miete            1'677.95                    3'280.27",
  "03.04   Gutschrift                                 1'156.90      4'437.17",
  "05.04   Kartenzahlung                2'481.69                    1'955.48",
  "07.04   Lastschrift Stadtwerke         655.43                    1'300.05",
];

t.test('a Swiss statement with "Anfangssaldo" / "Schlusssaldo" and rows dated "dd.mm" is a statement, never an invoice', async (t) => {
  for (const [open, close] of [['Anfangssaldo', 'Schlusssaldo'], ['Saldovortrag', 'Endsaldo'], ['Eröffnungssaldo', 'Schluss-Saldo'], ['Saldo Vortrag', 'Schlusssaldo']]) {
    const c = classifyOffline(readingFromText([swiss(open, close, ROWS)]));
    t.equal(c.type, 'bank_statement', `${open} / ${close}: ${c.reason}`);
    t.match(c.reason, /4 dated transaction rows/, `${open}: the rows dated "dd.mm" count`);
  }
  // one row only (a quiet month): the title, the IBAN and the balance labels still make it a statement
  const quiet = classifyOffline(readingFromText([swiss('Anfangssaldo', 'Schlusssaldo', [ROWS[0]])]));
  t.equal(quiet.type, 'bank_statement', quiet.reason);
});

t.test('the opening and closing labels of each language served are balance evidence for the classifier', async (t) => {
  const pairs: [string, string][] = [
    ['Opening balance', 'Closing balance'], ['Anfangssaldo', 'Schlusssaldo'], ['Eröffnungssaldo', 'Schluss-Saldo'], ['Saldovortrag', 'Endsaldo'],
    ["Solde d'ouverture", 'Solde de clôture'], ['Saldo de apertura', 'Saldo de cierre'], ['Saldo di apertura', 'Saldo di chiusura'],
    ['Saldo de abertura', 'Saldo de encerramento'], ['Openingssaldo', 'Slotsaldo'], ['Saldo otwarcia', 'Saldo zamknięcia'],
    ['Saldo alt', 'Saldo neu'], ['Kontostand alt', 'Kontostand neu'],
  ];
  for (const [open, close] of pairs) {
    const e = gatherEvidence(readingFromText([[`${open}   1.000,00`, `${close}   1.200,00`]]));
    t.equal(e.balanceHits.length, 2, `${open} / ${close}: ${e.balanceHits.join(', ')}`);
  }
});

t.test('a titled statement with its IBAN, balance labels and dated rows is no invoice, whatever invoice words it prints', async (t) => {
  const page = [
    'Banco Meridional S.A.                       Extracto de cuenta',
    'CIF A12345678       IBAN ES91 2100 0418 4502 0005 1332      BIC CAIXESBBXXX',
    'Fecha de emisión 31/10/2025        Forma de pago: domiciliación',
    'Fecha     Concepto                     Cargo       Abono        Saldo',
    'Saldo anterior                                               2.380,73',
    '01/10     Compra tarjeta Mercadona    416,64                 1.964,09',
    '03/10     Nómina                                 1.492,90    3.456,99',
    '08/10     Recibo Iberdrola             86,12                 3.370,87',
    'Saldo final                                                  3.370,87',
  ];
  const c = classifyOffline(readingFromText([page]));
  t.equal(c.type, 'bank_statement', c.reason);
  t.ok(c.scores.invoice < c.scores.bank_statement, 'the invoice score stays under the statement\'s');
});

t.test('a titled statement with its IBAN and one balance label is a statement however few its rows, never an invoice by its IBAN and repeated figure', async (t) => {
  const page = [
    'Helvetia Kantonalbank                                  Kontoauszug',
    'Frau Anna Frei                    IBAN CH93 0076 2011 6238 5295 7',
    'Bahnhofstrasse 5                  01.04.2024 - 28.04.2024',
    'Datum        Text                        Belastung    Gutschrift        Saldo',
    `${'Anfangssaldo'.padEnd(60)}5'739.02`,
    "03.04.2024   Gutschrift                                 1'480.35      7'219.37",
    "21.04.2024   Überweisung Miete            1'254.65                    5'964.72",
    `${'Total'.padEnd(60)}5'964.72`,
  ];
  const c = classifyOffline(readingFromText([page]));
  t.equal(c.type, 'bank_statement', c.reason);
});
