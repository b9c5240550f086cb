/**
 * @module test/bench/lib/synth/generate
 * The synthetic document generator: the same seed gives the same document, its truth is
 * arithmetically whole, and a rendered invoice in each language is read back by the engine
 * with the fields its truth names.
 */
import t from 'tap';
import { LANGS } from '../../../../bench/lib/synth/languages.ts';
import { synthInvoice, synthReceipt, synthStatement } from '../../../../bench/lib/synth/generate.ts';
import { renderPdf, renderImage } from '../../../../bench/lib/synth/render.ts';
import { classify, extract } from '../../../../engine/index.ts';

t.test('a seed gives one document, with a whole truth', async (t) => {
  t.same(synthInvoice(3, 'de'), synthInvoice(3, 'de'));
  t.not(JSON.stringify(synthInvoice(3, 'de')), JSON.stringify(synthInvoice(4, 'de')));
  for (const lang of LANGS) {
    const f = synthInvoice(5, lang).fields as { netAmount: number; taxAmount: number; totalAmount: number };
    t.equal(Math.round((f.netAmount + f.taxAmount) * 100), Math.round(f.totalAmount * 100), `${lang}: net + tax = total`);
    t.ok(synthReceipt(5, lang).pages[0].length > 5);
    t.ok(synthStatement(5, lang).fields.closingBalance != null);
  }
  const png = await renderImage(synthReceipt(1, 'pl').pages, 1);
  t.same([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
});

t.test('a rendered invoice in each language is read back with its truth', async (t) => {
  const opts = { maxPages: 5, maxPixels: 20_000_000 };
  for (const lang of LANGS) {
    const d = synthInvoice(9, lang);
    const doc = { bytes: await renderPdf(d.pages), mime: 'application/pdf' as const };
    const { classification, reading } = await classify(doc, opts);
    t.equal(classification.type, 'invoice', `${lang}: ${classification.reason}`);
    const x = (await extract(doc, 'invoice', opts, reading)).formatted as unknown as Record<string, unknown>;
    for (const k of ['totalAmount', 'netAmount', 'taxAmount', 'documentId', 'date', 'currencyCode']) t.equal(x[k], d.fields[k], `${lang} ${k}`);
  }
});
