/**
 * @module test/engine/extract/statement-holder-over-address
 * The holder's name alone on the line under the bank's line, over the holder's postal address,
 * with the statement's title and the account's IBAN (and its BIC, phone or website) under the
 * address, as Spanish, French, Italian, Portuguese, Dutch and Polish statements print their
 * head: the BIC beside the account's IBAN, or a contact line under the title, does not make the
 * holder's block the bank's. The bank's own block (name, street, town, then its BIC or phone
 * before the title) is still never the holder.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const table = [
  'Periodo 01.03.2025 - 31.03.2025', '',
  'Fecha        Concepto                    Importe          Saldo',
  '             Saldo inicial                                1.000,00',
  '03.03.2025   Nomina                      +500,00          1.500,00',
  '05.03.2025   Alquiler                    -300,00          1.200,00',
  '             Saldo final                                  1.200,00', '', '', '', 'Pagina 1',
];
const holderOf = (head: string[]) => extractBankStatement(readingFromText([[...head, ...table]])).formatted.accountHolderName;

t.test('the name under the bank\'s line, over a postal address, is the holder though a BIC, phone or website follows the title', async (t) => {
  const cases: [string, string[]][] = [
    ['MARIA GARCIA LOPEZ', ['BANCO EJEMPLO S.A.', 'MARIA GARCIA LOPEZ', 'C/ Mayor 12, 28013 Madrid', 'Extracto de cuenta', 'IBAN: ES91 2100 0418 4502 0005 1332   BIC: CAIXESBBXXX']],
    ['María García López', ['Banco Ejemplo S.A.', 'María García López', 'C/ Mayor 12, 28013 Madrid', 'Extracto de cuenta', 'Tel. 900 100 200']],
    ['Jean Dupont', ['Banque Exemple', 'M. Jean Dupont', '12 rue de la Paix', '75002 Paris', 'Relevé de compte', 'IBAN : FR76 3000 6000 0112 3456 7890 189   BIC : BEXAFRPP']],
    ['Jean Dupont', ['Banque Exemple', 'Jean Dupont', '12 rue de la Paix', '75002 Paris', 'Relevé de compte', 'www.banque-exemple.fr']],
    ['Giulia Rossi', ['Banca Esempio S.p.A.', 'Giulia Rossi', 'Via Roma 12', '20121 Milano MI', 'Estratto conto', 'IBAN IT60 X054 2811 1010 0000 0123 456   BIC BESEITMM']],
    ['João Pedro Silva', ['Banco Exemplo', 'João Pedro Silva', 'Rua Augusta 100', '1100-053 Lisboa', 'Extrato de conta', 'IBAN PT50 0002 0123 1234 5678 9015 4   BIC BEXPPTPL']],
    ['Jan de Vries', ['Voorbeeld Bank N.V.', 'Jan de Vries', 'Kerkstraat 12', '1017 GC Amsterdam', 'Rekeningafschrift', 'IBAN NL91 ABNA 0417 1643 00   BIC ABNANL2A']],
    ['Jan Kowalski', ['Bank Przykładowy S.A.', 'Jan Kowalski', 'ul. Długa 14', '30-001 Kraków', 'Wyciąg z rachunku', 'IBAN PL61 1090 1014 0000 0712 1981 2874   BIC BPKOPLPW']],
    ['Jan Kowalski', ['Bank Przykładowy S.A.', 'Jan Kowalski', 'ul. Długa 14', '30-001 Kraków', 'IBAN PL61 1090 1014 0000 0712 1981 2874   BIC BPKOPLPW']],
  ];
  for (const [holder, head] of cases) t.equal(holderOf(head), holder, head.slice(0, 3).join(' / '));
});

t.test('the bank\'s own block, its BIC or phone before the title, is still not the holder', async (t) => {
  t.equal(holderOf(['Nordkap Finanz', 'Hafenstraße 1', '20457 Hamburg', 'BIC: NORKDEHHXXX', 'Kontoauszug', 'IBAN DE12 1001 1001 2620 5555 55']), null);
  t.equal(holderOf(['Intesa Esempio', 'Via Verdi 3', '20121 Milano MI', 'Tel. 02 1234 5678', 'Estratto conto', 'IBAN IT60 X054 2811 1010 0000 0123 456']), null);
});

/** Two columns on a row: the bank's block on the left, the holder's on the right. */
const P = (a: string, b: string) => a.padEnd(52) + b;

t.test('the holder\'s block in a right-hand column beside the bank\'s block is read, its salutation dropped', async (t) => {
  const cases: [string, string[]][] = [
    ['Carmen Ruiz Ortega', [P('Banco Meridional, S.A.', 'Dña. Carmen Ruiz Ortega'), P('Oficina 0231 - Sevilla Centro', 'Av. de la Constitución 45, 3º B'), P('', '41001 Sevilla'), '', 'Extracto de cuenta', 'IBAN ES7620770024003102575766']],
    ['Sophie Laurent', [P('Banque Exemple', 'Mme Sophie Laurent'), P('Agence Lyon Bellecour', '8 rue Victor Hugo'), P('', '69002 Lyon'), '', 'Relevé de compte', 'IBAN FR14 2004 1010 0505 0001 3M02 606']],
    ['Marco Bianchi', [P('Banca Alpina S.p.A.', 'Marco Bianchi'), P('Filiale di Torino', 'Via Garibaldi 21'), P('', '10122 Torino TO'), '', 'Estratto conto', 'IBAN IT02 L123 4512 3451 2345 6789 012']],
  ];
  for (const [holder, head] of cases) t.equal(holderOf(head), holder, head[0]);
});

t.test('a right-hand block that is a branch\'s, a company\'s or goes on with the bank\'s phone is no holder', async (t) => {
  t.equal(holderOf([P('Extracto de cuenta', 'Banco Meridional'), P('', 'Av. de la Constitución 45'), P('', '41001 Sevilla'), P('', 'Tel. 954 000 000'), 'Periodo 01/04/2025', 'IBAN ES7620770024003102575766']), null, 'the bank\'s block, its phone under it');
  t.equal(holderOf([P('Extracto de cuenta', 'Oficina Sevilla Centro'), P('', 'Av. de la Constitución 45'), P('', '41001 Sevilla'), 'IBAN ES7620770024003102575766']), null, 'a branch is no person');
});
