/**
 * @module engine/classify/classify-pages
 * How much of a document the service reads before its 202: the page budget of classification.
 */
import type { DocumentReading } from '../types.ts';

/**
 * Pages the service's submit step reads to classify a document: the first ones, where a title,
 * the parties, a statement's header and most totals stand. The 202 waits for this reading and
 * the reference answers it "immediately", so a 50-page scan is not OCR'd whole before it (a
 * fresh user's 50-page text-poor PDF took 24 s to get its 202); extraction reads the document
 * whole in the worker (see isPartial). Used by actors/extraction/create-engine.ts; extraction (../pipeline.ts) reads a document whole.
 */
export const CLASSIFY_MAX_PAGES = 3;

/**
 * Whether `r` holds fewer pages than the document has, up to `maxPages`: a reading a capped
 * classification made, which extraction must not take for the whole document.
 */
export function isPartial(r: DocumentReading, maxPages: number): boolean {
  return r.pages.length < Math.min(r.pageCount, maxPages);
}
