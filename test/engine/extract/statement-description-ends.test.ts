/**
 * @module test/engine/extract/statement-description-ends
 * A row's description keeps the dot that closes an abbreviation it ends with ("ACME CZ s.r.o.",
 * "Dunaferr Kft.", "Smith & Co."), and loses what the layout leaves at its ends (a dot leader,
 * the dot of a day "24.01." before it, a sign's "+").
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { trimmedDescription } from '../../../engine/extract/description-ends.ts';
import { readingFromText } from '../reading-from-text.ts';

const col = (date: string, text: string, out: string, inn: string, bal: string) => `${date.padEnd(10)}${text.padEnd(32)}${out.padStart(12)}${inn.padStart(12)}${bal.padStart(12)}`;

t.test('an abbreviation ending a row keeps its dot', async (t) => {
  const page = [
    'Moravia Credit a.s.                 Výpis z účtu',
    'Období: 01.01.2026 - 31.01.2026',
    col('Datum', 'Popis transakce', 'Debet', 'Kredit', 'Zůstatek'),
    col('', 'Počáteční zůstatek', '', '', '1 000,00'),
    col('08.01.', 'Mzda 12/2025 ACME CZ s.r.o.', '', '500,00', '1 500,00'),
    col('10.01.', 'Platba Dunaferr Kft.', '100,00', '', '1 400,00'),
    col('12.01.', 'Nájem ........', '200,00', '', '1 200,00'),
    col('', 'Konečný zůstatek', '', '', '1 200,00'),
  ];
  const x = extractBankStatement(readingFromText([page])).formatted;
  t.same(x.tableItems.map((r) => r.description), ['Mzda 12/2025 ACME CZ s.r.o.', 'Platba Dunaferr Kft.', 'Nájem']);
});

t.test('the layout\'s marks at the ends go', async (t) => {
  t.equal(trimmedDescription('. Smith & Co. '), 'Smith & Co.');
  t.equal(trimmedDescription('TESCO .....'), 'TESCO');
  t.equal(trimmedDescription('Gutschrift +'), 'Gutschrift');
  t.equal(trimmedDescription('Ref 12.'), 'Ref 12');
});

t.test('a signed amount after the abbreviation: the sign goes, the dot stays', async (t) => {
  t.equal(trimmedDescription('NOMINA TECNOVAL S.A. +'), 'NOMINA TECNOVAL S.A.');
  t.equal(trimmedDescription('Transfer from Beta Trading Ltd.  + '), 'Transfer from Beta Trading Ltd.');
  const page = [
    'Banco Mediterráneo de Ahorro           Extracto de cuenta',
    'Periodo 01/06/2025 - 30/06/2025',
    'Fecha       Concepto                               Importe        Saldo',
    '            Saldo anterior                                     4.120,77',
    '02/06/2025  RECIBO IBERDROLA                        -56,33     4.064,44',
    '10/06/2025  NOMINA TECNOVAL S.A.                 +1.980,00     6.044,44',
    '            Saldo final                                        6.044,44',
  ];
  const x = extractBankStatement(readingFromText([page])).formatted;
  t.same(x.tableItems.map((r) => r.description), ['RECIBO IBERDROLA', 'NOMINA TECNOVAL S.A.']);
});
