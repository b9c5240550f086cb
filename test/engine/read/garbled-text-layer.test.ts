/**
 * @module test/engine/read/garbled-text-layer
 * A PDF text layer is checked before it is trusted: a layer that renders right but reads as
 * garbage (a wrong ToUnicode map: "7KH" for "The") is replaced by the OCR of the page's
 * rendering; an honest layer is kept as it is (no OCR). Real PP-OCR on generated PDFs.
 */
import t from 'tap';
import { readDocument } from '../../../engine/read/read-document.ts';
import { PaddleReader } from '../../../engine/read/paddle/paddle-reader.ts';
import { plausibleShare } from '../../../engine/read/text-layer-check.ts';
import { readPdfText } from '../../../engine/read/read-pdf.ts';
import { makeGarbledLayerReceiptPdf } from '../../helpers/make-documents.ts';

const ocr = new PaddleReader();
t.teardown(() => ocr.terminate());
const opts = { maxPages: 5, maxPixels: 40_000_000, ocr };
const text = (r: Awaited<ReturnType<typeof readDocument>>) => r.pages[0].lines.map((l) => l.text).join('\n');

t.test('a garbled text layer gives way to OCR of the rendered page', async (t) => {
  const g = await makeGarbledLayerReceiptPdf();
  const layer = await readPdfText(g.pdf, { maxPages: 1 });
  const layerText = layer.pages[0].lines.map((l) => l.text).join('\n');
  t.notMatch(layerText, /TOTAL/, `the generated layer is garbage: ${layerText.slice(0, 60)}`);
  t.ok(plausibleShare(layerText) < 0.6, `garbage scores low (${plausibleShare(layerText)})`);
  const r = await readDocument({ bytes: g.pdf, mime: 'application/pdf' }, opts);
  t.equal(r.pages[0].source, 'ocr');
  t.match(text(r), g.supplier);
  t.match(text(r), new RegExp(`TOTAL.*${g.total.replace('.', '\\.')}`));
});

t.test('an honest text layer is kept', async (t) => {
  const g = await makeGarbledLayerReceiptPdf({ garbled: false });
  const r = await readDocument({ bytes: g.pdf, mime: 'application/pdf' }, opts);
  t.equal(r.pages[0].source, 'text');
  t.match(text(r), g.supplier);
  t.ok(plausibleShare('Rechnung Nr. 2024-001 Gesamtbetrag 1.234,56 EUR Menge Einzelpreis MwSt. 19%') >= 0.77, 'another language is no garbage');
});
