import t from 'tap';
import { sniffMime } from '../../../engine/read/sniff-mime.ts';
import { makeInvoicePdf, makeLandscapePhoto, makeReceiptImage } from '../../helpers/make-documents.ts';

t.test('recognises each accepted format from its bytes', async (t) => {
  t.equal(sniffMime(await makeInvoicePdf()), 'application/pdf');
  t.equal(sniffMime(await makeLandscapePhoto('jpeg')), 'image/jpeg');
  t.equal(sniffMime(await makeLandscapePhoto('png')), 'image/png');
  t.equal(sniffMime(await makeReceiptImage({ format: 'webp' })), 'image/webp');
  t.equal(sniffMime(await makeReceiptImage({ format: 'tiff', tiffEndian: 'LE' })), 'image/tiff', 'little-endian TIFF');
  t.equal(sniffMime(await makeReceiptImage({ format: 'tiff', tiffEndian: 'BE' })), 'image/tiff', 'big-endian TIFF');
});

t.test('a PDF header after a little leading junk is still a PDF', async (t) => {
  const pdf = await makeInvoicePdf();
  t.equal(sniffMime(Buffer.concat([Buffer.from('\r\n\0\0junk'), pdf])), 'application/pdf');
});

t.test('anything else is null', async (t) => {
  t.equal(sniffMime(Buffer.from('hello, this is plain text and not a document')), null, 'text');
  t.equal(sniffMime(Buffer.from('<html><body>%PDF</body></html>')), null, 'html mentioning PDF');
  t.equal(sniffMime(Buffer.from('PK\x03\x04 zip archive', 'latin1')), null, 'zip');
  t.equal(sniffMime(Buffer.from('GIF89a......', 'latin1')), null, 'gif');
  t.equal(sniffMime(Buffer.from('RIFF\0\0\0\0WAVEfmt ', 'latin1')), null, 'RIFF that is not WebP');
  t.equal(sniffMime(Buffer.alloc(0)), null, 'empty');
  t.equal(sniffMime(Buffer.from([0xff, 0xd8])), null, 'truncated JPEG marker');
});
