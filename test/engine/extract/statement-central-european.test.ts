/**
 * @module test/engine/extract/statement-central-european
 * Czech, Slovak, Hungarian, Romanian and Croatian statements: the bank named after its label
 * ("Banka:", "Bank:", "Banca:") or at the head without the word "Bank" ("Česká spořitelna, a.s.",
 * "Slovenská sporiteľňa, a.s.", "Dunai Takarékszövetkezet", a name with "a.s." or "d.d."), the
 * holder after "Majitel účtu" / "Název účtu" and their neighbours' labels (a product's name after
 * "Název účtu" is none), the Czech account with its bank code ("123456789/0800"), and the opening
 * and closing balances of each language.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const col = (date: string, text: string, out: string, inn: string, bal: string) => `${date.padEnd(12)}${text.padEnd(28)}${out.padStart(14)}${inn.padStart(14)}${bal.padStart(14)}`;

interface Lang { title: string; holder: string; account: string; bankLabel: string; open: string; close: string; h: [string, string, string, string, string] }
const LANGS: Lang[] = [
  { title: 'Výpis z účtu', holder: 'Majitel účtu: Jana Nováková', account: 'Číslo účtu: 123456789/0800', bankLabel: 'Banka', open: 'Počáteční zůstatek', close: 'Konečný zůstatek', h: ['Datum', 'Popis', 'Debet', 'Kredit', 'Zůstatek'] },
  { title: 'Výpis z účtu', holder: 'Majiteľ účtu: Ján Kováč', account: 'Číslo účtu: 19-2000145399/0900', bankLabel: 'Banka', open: 'Počiatočný zostatok', close: 'Konečný zostatok', h: ['Dátum', 'Popis', 'Debet', 'Kredit', 'Zostatok'] },
  { title: 'Számlakivonat', holder: 'Számlatulajdonos: Kovács Péter', account: 'Számlaszám: 11773016-12345678-00000000', bankLabel: 'Bank', open: 'Nyitó egyenleg', close: 'Záró egyenleg', h: ['Dátum', 'Leírás', 'Terhelés', 'Jóváírás', 'Egyenleg'] },
  { title: 'Extras de cont', holder: 'Titular cont: Ion Popescu', account: 'Număr cont: 0075 9384 0000', bankLabel: 'Banca', open: 'Sold inițial', close: 'Sold final', h: ['Data', 'Descriere', 'Debit', 'Credit', 'Sold'] },
];
/** A statement on an A4-like page (the head is its top part), the bank printed by `bankLines`. */
const statement = (l: Lang, bankTop: string, bankLines: string[]) => [
  bankTop, l.title, '', l.holder, l.account, ...bankLines, 'Období: 01.03.2026 - 31.03.2026', '',
  col(...l.h),
  col('', l.open, '', '', '12 345,67'),
  col('03.03.2026', 'Nájem', '8 500,00', '', '3 845,67'),
  col('15.03.2026', 'Mzda', '', '32 100,00', '35 945,67'),
  col('', l.close, '', '', '35 945,67'),
  ...Array(25).fill(''),
];
const read = (lines: string[]) => extractBankStatement(readingFromText([lines]));

t.test('the bank after its label, or at the head by its savings word or legal form; the holder, account and balances of each language', async (t) => {
  const banks = ['Česká spořitelna, a.s.', 'Slovenská sporiteľňa, a.s.', 'Moravia Credit a.s.', 'Dunai Takarékszövetkezet', 'Kvarner Kredit d.d.'];
  for (const l of LANGS) {
    for (const bank of banks) {
      for (const [how, lines] of [['labelled', statement(l, '', [`${l.bankLabel}: ${bank}`])], ['at the head', statement(l, bank, [])]] as const) {
        const { formatted: x, fields } = read(lines);
        t.equal(x.bankName, bank, `${l.title} ${how}: ${bank}`);
        t.equal(x.accountHolderName, l.holder.replace(/^.*:\s*/, ''), `${l.title} ${how}: holder`);
        t.equal(x.accountNumber, l.account.replace(/^.*:\s*/, ''), `${l.title} ${how}: account`);
        t.same([x.openingBalance, x.closingBalance, fields.reconciled?.value], [12345.67, 35945.67, true], `${l.title} ${how}: balances`);
      }
    }
  }
});

t.test('the Czech and Slovak account name labels the holder; a product named there is none', async (t) => {
  const cs = LANGS[0];
  const named = (head: string[]) => read(statement({ ...cs, holder: head[0] }, 'Moravská banka a.s.', head.slice(1))).formatted.accountHolderName;
  t.equal(named(['Název účtu: Jana Nováková']), 'Jana Nováková');
  t.equal(named(['Názov účtu: Ján Kováč']), 'Ján Kováč');
  t.equal(named(['Název účtu: Běžný účet', 'Majitel účtu: Jana Nováková']), 'Jana Nováková');
  t.equal(named(['Názov účtu: Osobný účet Plus', 'Majiteľ účtu: Ján Kováč']), 'Ján Kováč');
});

t.test('a bank label in a row or a sentence is no bank of the statement', async (t) => {
  const x = read(statement(LANGS[0], '', ['Příkaz k úhradě přes banku: viz podmínky'])).formatted;
  t.equal(x.bankName, null);
});
