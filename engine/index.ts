/**
 * @module engine
 * The extraction engine's only public door: code outside engine/ imports nothing else of it
 * (checked by `npm run lint:deps`). Two entry points (contract in ./types.ts):
 *
 * classify: reads the document (text layer, OCR for images and text-less pages) and types it:
 * with the vision model on the first page rendered as PNG when one is configured, and offline
 * (OCR + keywords, ./classify) otherwise or when the model fails in any way. `decidedBy` says
 * which; the reason is prefixed with the model's short name ("Qwen2.5-VL: ...") or
 * "OCR + keywords: ...", ready for the 422 message.
 *
 * extract: reuses the reading when given (never OCRs twice), asks the vision model first when
 * configured (its answer is schema-checked by ./vlm), and falls back to the offline rules
 * (./extract) on any failure. `raw.extractedBy` says which path produced the result, and
 * `raw.vlmError` why the model was not used when it failed. Either result then goes through
 * ./derive: the mandatory fields the document determines without printing them are filled,
 * every field is marked printed or derived, and the printed sums are checked (`raw.checks`).
 *
 * E-invoices (./einvoice): an EN 16931 XML upload (`application/xml`: UBL Invoice/CreditNote,
 * CII) or a PDF carrying one as an attachment (Factur-X, ZUGFeRD, XRechnung) is classified as an
 * invoice (`decidedBy: 'einvoice'`) and extracted from the XML exactly (`extractedBy:
 * 'einvoice'`); for a PDF the page is read too and `raw.checks` says whether it shows what the
 * XML says. A malformed XML upload is an AppError 422, an oversized one 413.
 *
 * Both load ./pipeline.ts (pdf.js, canvas, the rules: ~250 MB resident) on first use, so a
 * process that only sniffs formats (a gateway's main thread) never pays for it.
 */
import { createRequire } from 'node:module';
import type { ProcessableType } from '../schemas/document-types.ts';
import type { Classification, DocumentReading, Extraction, SourceDocument } from './types.ts';
import type { EngineCallOptions } from './pipeline.ts';

export type { Classification, DocumentReading, EngineOptions, Extraction, SourceDocument } from './types.ts';
export type { EngineCallOptions } from './pipeline.ts';
export { createRecogniser } from './read/create-recogniser.ts';
export type { OcrEngine } from './read/recogniser.ts';
export { sniffMime } from './read/sniff-mime.ts';
export { CLASSIFY_MAX_PAGES } from './classify/classify-pages.ts';
export { modelLabel } from './vlm/model-label.ts';

type Pipeline = typeof import('./pipeline.ts');
let loaded: Pipeline | undefined;
// Loaded synchronously on first use; `require` rather than `import()` because an engine thread
// (piscina) loads this file through tsx's CommonJS hook, where a dynamic import finds no .ts loader.
const pipeline = async (): Promise<Pipeline> => (loaded ??= createRequire(import.meta.url)('./pipeline.ts') as Pipeline);

/** Reads and types a document; see the module comment. Errors: AppError (422 unreadable, 413 too complex). */
export async function classify(doc: SourceDocument, opts: EngineCallOptions): Promise<{ classification: Classification; reading: DocumentReading }> {
  return (await pipeline()).classify(doc, opts);
}

/** Extracts the fields of a typed document, reusing `reading` when given; see the module comment. */
export async function extract(doc: SourceDocument, type: ProcessableType, opts: EngineCallOptions, reading?: DocumentReading): Promise<Extraction> {
  return (await pipeline()).extract(doc, type, opts, reading);
}
