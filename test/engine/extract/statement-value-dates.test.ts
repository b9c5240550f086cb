/**
 * @module test/engine/extract/statement-value-dates
 * A statement's second date column, the value date, printed right after each row's booking
 * date ("05.03. 06.03. Gutschrift ...") or right before the row's money ("VIREMENT ... 06/03
 * 250,00"), is neither description nor money: a dotted day and month is never read as the row's
 * amount, and the description keeps its own words only (a date inside it, a card payment's day,
 * stays). A date that ends descriptions at no fixed place is no column and stays where it is.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const rowsOf = (lines: string[]) => {
  const x = extractBankStatement(readingFromText([lines]));
  return { rows: x.formatted.tableItems.map((i) => [i.date, i.description, i.debitAmount, i.creditAmount]), reconciled: x.fields.reconciled?.value };
};

t.test('a value date right after the booking date, with the day and month only, is neither the amount nor the description', async (t) => {
  for (const header of ['Buchungstag Valuta  Buchungstext                       Betrag', 'Buchung     Wert    Vorgang                            Betrag EUR', '']) {
    const lines = ['Musterbank Nord eG', 'Kontoauszug', 'Zeitraum 01.03.2025 - 31.03.2025', 'Alter Kontostand                                      2.500,00', header,
      '04.03.     05.03.  Kartenzahlung Baeckerei Horn              -12,40',
      '05.03.     05.03.  Gutschrift Erstattung                    +310,00',
      '                   Versicherung Beitrag Q1',
      '11.03.     12.03.  Miete Maerz                              -950,00',
      '                   Hausverwaltung Kranich',
      '20.03.     20.03.  Entgelt Kontofuehrung                      -4,90',
      'Neuer Kontostand                                      1.842,70'].filter(Boolean);
    const { rows, reconciled } = rowsOf(lines);
    t.same(rows, [
      ['04.03.', 'Kartenzahlung Baeckerei Horn', 12.4, 0], ['05.03.', 'Gutschrift Erstattung Versicherung Beitrag Q1', 0, 310],
      ['11.03.', 'Miete Maerz Hausverwaltung Kranich', 950, 0], ['20.03.', 'Entgelt Kontofuehrung', 4.9, 0],
    ], header || 'no header');
    t.equal(reconciled, true, header || 'no header');
  }
});

t.test('a value date printed in full after the booking date, with a balance column (Spanish, Italian, Portuguese)', async (t) => {
  const cases = [
    ['F. Oper.   F. Valor   Concepto                        Importe       Saldo', 'Saldo anterior'],
    ['Data       Valuta     Descrizione                     Importo       Saldo', 'Saldo iniziale'],
    ['Data mov.  Data valor Descritivo                      Montante      Saldo', 'Saldo inicial'],
  ];
  for (const [header, open] of cases) {
    const lines = ['Banca Esempio', 'Periodo 01/05/2025 - 31/05/2025', `${open.padEnd(64)}1.000,00`, header,
      '03/05/2025 03/05/2025 PAGO TARJETA LIBRERIA SOL        -25,50      974,50',
      '09/05/2025 10/05/2025 TRANSFERENCIA RECIBIDA          400,00    1.374,50',
      '                      DE ALBA RUIZ MARTA',
      '21/05/2025 21/05/2025 RECIBO AGUA                      -31,20    1.343,30'];
    const { rows, reconciled } = rowsOf(lines);
    t.same(rows, [
      ['03/05/2025', 'PAGO TARJETA LIBRERIA SOL', 25.5, 0], ['09/05/2025', 'TRANSFERENCIA RECIBIDA DE ALBA RUIZ MARTA', 0, 400],
      ['21/05/2025', 'RECIBO AGUA', 31.2, 0],
    ], header);
    t.equal(reconciled, true, header);
  }
});

t.test('a value date in its own column before the money leaves the description; a date inside the description stays', async (t) => {
  const cases = [
    'Date   Libellé                         Valeur      Débit      Crédit',
    'Data   Descrizione                     Valuta      Dare       Avere',
    'Date   Description                     Value date  Debit      Credit',
    'Datum  Omschrijving                    Rentedatum  Af         Bij',
    // no heading over the value dates: every row prints one
    'Date   Libellé                                     Débit      Crédit',
  ];
  for (const header of cases) {
    const lines = ['Banque Exemple', 'Relevé du 01/03/2025 au 31/03/2025', 'Solde au 28/02/2025                                                 800,00', header,
      '03/03  CARTE BOULANGERIE DU PONT 01/03  03/03        8,60',
      '06/03  VIREMENT RECU                   06/03                  250,00',
      '       LOYER GARAGE',
      '17/03  PRELEVEMENT ASSURANCE           17/03       42,15',
      'Solde au 31/03/2025                                                 999,25'];
    const { rows, reconciled } = rowsOf(lines);
    t.same(rows, [
      ['03/03', 'CARTE BOULANGERIE DU PONT 01/03', 8.6, 0], ['06/03', 'VIREMENT RECU LOYER GARAGE', 0, 250], ['17/03', 'PRELEVEMENT ASSURANCE', 42.15, 0],
    ], header);
    t.equal(reconciled, true, header);
  }
});

t.test('dates ending some descriptions are the descriptions\' own, not a column, under a header that names no value date or none', async (t) => {
  const header = 'Date   Description                              Paid out   Paid in   Balance';
  for (const h of [header, '']) {
    const lines = ['Example Bank plc', 'Statement period 01/03/2025 to 31/03/2025', 'Balance brought forward                              500.00', h,
      '03/03  CARD PAYMENT CAFE 01/03                      4.20              495.80',
      '06/03  CARD PAYMENT HARDWARE STORE LTD 04/03       19.99              475.81',
      '10/03  DIRECT DEBIT WATER                          30.00              445.81',
      '17/03  REFUND ONLINE SHOP 15/03                               10.00   455.81',
      'Balance carried forward                              455.81'].filter(Boolean);
    t.same(rowsOf(lines).rows, [
      ['03/03', 'CARD PAYMENT CAFE 01/03', 4.2, 0], ['06/03', 'CARD PAYMENT HARDWARE STORE LTD 04/03', 19.99, 0],
      ['10/03', 'DIRECT DEBIT WATER', 30, 0], ['17/03', 'REFUND ONLINE SHOP 15/03', 0, 10],
    ], h || 'no header');
  }
});
