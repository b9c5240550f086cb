import t from 'tap';
import {
  deriveFilename,
  filenameFromContentDisposition,
  filenameFromKey,
} from '../../../gateway/fetch/derive-filename.ts';

t.test('Content-Disposition filename forms', async (t) => {
  t.equal(filenameFromContentDisposition('attachment; filename="invoice 42.pdf"'), 'invoice 42.pdf');
  t.equal(filenameFromContentDisposition('inline; filename=receipt.jpg'), 'receipt.jpg');
  t.equal(filenameFromContentDisposition(`attachment; filename="x.pdf"; filename*=UTF-8''na%C3%AFve%20r%C3%A9sum%C3%A9.pdf`), 'naïve résumé.pdf', 'filename* wins');
  t.equal(filenameFromContentDisposition(`attachment; filename*=iso-8859-1'en'caf%E9.pdf`), 'café.pdf');
  t.equal(filenameFromContentDisposition('attachment; filename="a \\"quoted\\" name.pdf"'), 'a quoted name.pdf');
  t.equal(filenameFromContentDisposition('attachment'), '');
  t.equal(filenameFromContentDisposition(undefined), '');
});

t.test('names are reduced to a safe bare name', async (t) => {
  t.equal(filenameFromContentDisposition('attachment; filename="../../etc/passwd"'), 'passwd');
  t.equal(filenameFromContentDisposition('attachment; filename="C:\\\\temp\\\\x.pdf"'), 'x.pdf');
  t.equal(filenameFromContentDisposition('attachment; filename=".."'), '');
  t.equal(filenameFromContentDisposition(`attachment; filename*=UTF-8''a%0Ab.pdf`), 'ab.pdf', 'control characters dropped');
  t.equal(filenameFromContentDisposition(`attachment; filename="${'x'.repeat(500)}.pdf"`).length, 200);
});

t.test('falls back to the URL path, then to "document"', async (t) => {
  t.equal(deriveFilename(undefined, new URL('https://h.example/files/Bank%20Statement.pdf?dl=1')), 'Bank Statement.pdf');
  t.equal(deriveFilename(undefined, new URL('https://h.example/files/dir/')), 'dir');
  t.equal(deriveFilename(undefined, new URL('https://h.example/')), 'document');
  t.equal(deriveFilename(undefined, new URL('https://h.example/%E0%A4%A')), '%E0%A4%A', 'bad escapes kept as-is');
  t.equal(deriveFilename('attachment; filename="a.pdf"', new URL('https://h.example/b.pdf')), 'a.pdf');
});

t.test('S3 keys give their last segment', async (t) => {
  t.equal(filenameFromKey('inbox/2024/receipt.pdf'), 'receipt.pdf');
  t.equal(filenameFromKey('/'), 'document');
});
