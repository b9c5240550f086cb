/**
 * @module test/engine/extract/receipt-number-sign
 * A receipt number printed after a bare number sign ("Nº 35464   POS 04", "N° 4866", "No. 83215",
 * "Nr. 51363", "# 51363   Till 3") is the receipt's documentId when the sign starts its line
 * and nothing but the till's date, time or own number follows, or when a word naming the receipt
 * stands right before the sign in the middle of the line ("KUNDENBELEG Nº 35464"). Never a street number starting an
 * address, a company, VAT or GST registration number, a phone, a till's number after its label,
 * or an item code.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { lineFromText, readingFromText } from '../reading-from-text.ts';

/** A till roll with `header` under the shop's name and `numberLine` under the date. */
function till(numberLine: string | null, header: string[] = ['12 High Street, Leeds LS1 4AP']): string[] {
  return ['COPPERKETTLE BAKERY', ...header, 'Date 11 Feb 2026 18:08', ...(numberLine ? [numberLine] : []), 'Milk 2L  ....  1,20', 'Eggs x6  ....  2,30', '-----',
    'TOTAL  ....  3,50', 'VISA  ....  3,50', 'Thank you'];
}
const id = (lines: string[], kind: 'image' | 'pdf' = 'pdf') => extractReceipt(readingFromText([lines], { kind, width: 300 })).formatted.multiple_receipts[0].documentId;

t.test('the number after a bare number sign starting the line, a till\'s number beside it', async (t) => {
  const cases: Array<[string, string]> = [
    ['Nº 35464   POS 04', '35464'], ['N° 4866', '4866'], ['No. 83215', '83215'], ['Nr. 51363', '51363'], ['# 51363   Till 3', '51363'],
    ['N° 4866   Caisse 2', '4866'], ['No: 83215 Kasse 1', '83215'], ['12:04 Nr. 51363', '51363'],
  ];
  for (const [line, want] of cases) t.equal(id(till(line)), want, line);
});

t.test('the sign as OCR reads it: its ordinal sign lost or read as a nine, the o of No as a zero', async (t) => {
  for (const [line, want] of [['N 35464 POS 04', '35464'], ['N9 35464', '35464'], ['NO 4866 POS 04', '4866'], ['N0. 4866', '4866']]) {
    t.equal(id(till(line), 'image'), want, line);
  }
});

t.test('numbers after a sign that are not the receipt\'s', async (t) => {
  const sroie = ['(Co. No. 12345-X)', 'No. 12 Jalan Penang,', '10000 George Town', 'GST No: 001234567890', 'Tel No. 04-2612345'];
  t.equal(id(till(null, sroie)), null, 'a Malaysian header: company, street, GST and phone numbers');
  t.equal(id(till(null, ['NO. 2-1, JALAN MAJU', '81000 JOHOR'])), null, 'a street number with its street after it');
  t.equal(id(till(null, ['No. 145,', 'Jalan Tun Razak'])), null, 'a street number with its comma');
  t.equal(id(till('POS No. 4711')), null, 'a till\'s number after its label');
  t.equal(id(till('Reg. No. 4711')), null, 'a registration number');
  t.equal(id(till('VAT No. 123456789')), null, 'a VAT number');
  t.equal(id(till('# 4711 Butter  ....  2,50')), null, 'an item code with its article');
  t.equal(id(till('No. 12')), null, 'two digits: no receipt number');
});

t.test('a named receipt-number label beats a bare sign', async (t) => {
  t.equal(id(till('Receipt 90817', ['No. 3471'])), '90817');
});

t.test('the ordinal sign OCR could not read ("N?"), and the sign read as a line of its own beside the number', async (t) => {
  t.equal(id(till('N? 85183 Kasse 2'), 'image'), '85183', 'N? 85183 Kasse 2');
  for (const sign of ['N?', 'N 5', 'Nº']) {
    const lines = till('NUMBER ROW');
    const row = lines.indexOf('NUMBER ROW');
    const reading = readingFromText([lines], { kind: 'image', width: 300 });
    // OCR's two boxes on one row: the sign, and the number with the till's beside it
    reading.pages[0].lines.splice(row, 1, lineFromText(sign, row, 0.9), lineFromText(`${' '.repeat(6)}92707 Caja 1`, row, 0.9));
    t.equal(extractReceipt(reading).formatted.multiple_receipts[0].documentId, '92707', `"${sign}" beside "92707 Caja 1"`);
  }
  const street = readingFromText([till(null, ['ADDRESS ROW', '10000 George Town'])], { kind: 'image', width: 300 });
  street.pages[0].lines.splice(1, 1, lineFromText('No.', 1, 0.9), lineFromText(`${' '.repeat(5)}123 Jalan Penang`, 1, 0.9));
  t.equal(extractReceipt(street).formatted.multiple_receipts[0].documentId, null, 'a street number read apart from its sign keeps its street: no receipt number');
});

t.test('the number after a sign in the middle of the line, when the words before the sign name the receipt', async (t) => {
  const cases: Array<[string, string]> = [
    ['KUNDENBELEG Nº 35464', '35464'], ['Kassenbeleg N° 35464 POS 04', '35464'], ['BON N° 4866', '4866'], ['TICKET No. 83215', '83215'], ['Beleg Nr. 51363', '51363'],
    ['REÇU N° 4866', '4866'], ['PARAGON Nº 35464', '35464'], ['Kassakvitto # 51363', '51363'], ['12:04 KUNDENBELEG Nº 35464', '35464'],
  ];
  for (const [line, want] of cases) t.equal(id(till(line)), want, line);
  for (const label of ['Tel', 'Fax', 'VAT', 'GST', 'Reg', 'Co.', 'POS', 'Till', 'Table', 'Kasse']) {
    t.equal(id(till(`${label} Nº 35464`)), null, `never after ${label}`);
  }
});

t.test('a phone number after a sign: its first group is followed by more groups of digits, no receipt number', async (t) => {
  for (const line of ['No. 0161 555 0101', '# 0113 496 0000', 'Nº 020 7946 0958', 'Kassakvitto # 0161 555 0101']) t.equal(id(till(line)), null, line);
  t.equal(id(till('# 51363 12:04')), '51363', 'the till\'s time after the number is no group of digits');
});

t.test('a loyalty, member, club or customer card\'s number after a sign is no receipt number', async (t) => {
  const cases: Array<[string, string[]]> = [
    ['# 1234 5678', ['Loyalty card']], ['# 6340 1234 5678', ['Clubcard']], ['Clubcard # 63401234', []], ['Loyalty card No. 44871', []],
    ['Member No. 7788 9900', ['RECEIPT']], ['Member # 778899', ['RECEIPT']], ['Nº 35464', ['Customer card']], ['# 51363', ['MEMBERSHIP']],
  ];
  for (const [line, header] of cases) t.equal(id(till(null, ['12 High Street, Leeds LS1 4AP', ...header, line])), null, `${header.join(' / ')} / ${line}`);
  t.equal(id(till(null, ['12 High Street, Leeds LS1 4AP', 'Customer copy', 'RECEIPT # 51363'])), '51363', 'a customer\'s copy names no card: its receipt number stands');
});
