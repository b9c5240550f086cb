/**
 * @module test/gateway/http/safe-filename
 * The one rule for a stored filename: what can hide or forge a name is stripped, the rest kept.
 */
import t from 'tap';
import { MAX_FILENAME_CHARS, safeFilename } from '../../../gateway/http/safe-filename.ts';

t.test('controls, bidirectional overrides, quotes and the directory part are stripped', async (t) => {
  t.equal(safeFilename('a\u0000b\nc.pdf'), 'abc.pdf');
  t.equal(safeFilename('invoice\u202Efdp.exe'), 'invoicefdp.exe', 'no right-to-left override');
  t.equal(safeFilename('../../etc/passwd'), 'passwd');
  t.equal(safeFilename('C:\\Users\\me\\Quittung "Café".pdf'), 'Quittung Café.pdf');
  t.equal(safeFilename('..'), '');
  t.equal(safeFilename(undefined), '');
});

t.test('a name over the limit is cut in its stem and keeps its extension', async (t) => {
  const long = safeFilename(`${'é'.repeat(1000)}.pdf`);
  t.equal(long.length, MAX_FILENAME_CHARS);
  t.ok(long.endsWith('é.pdf'), 'still a .pdf');
  const emoji = safeFilename(`${'😀'.repeat(150)}.jpeg`);
  t.ok(emoji.length <= MAX_FILENAME_CHARS && emoji.endsWith('😀.jpeg'), 'no half of a surrogate pair before the extension');
  t.equal(safeFilename('x'.repeat(300)).length, MAX_FILENAME_CHARS, 'a name without an extension is cut');
  t.equal(safeFilename('receipt.pdf'), 'receipt.pdf', 'a short name is kept whole');
});
