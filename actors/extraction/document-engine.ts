/**
 * @module document-engine
 * The engine as the pipeline sees it: the two functions of the engine contract with their
 * options (vision model, page and pixel caps) and the OCR pool bound in. Gateways use
 * `classify`, workers use `extract`; each process owns one engine and closes it on shutdown.
 */
import type { ProcessableType } from '../../schemas/document-types.ts';
import type { Classification, DocumentReading, Extraction, SourceDocument } from '../../engine/index.ts';

export interface DocumentEngine {
  classify(doc: SourceDocument): Promise<{ classification: Classification; reading: DocumentReading }>;
  extract(doc: SourceDocument, type: ProcessableType, reading?: DocumentReading | null): Promise<Extraction>;
  /**
   * How long (ms) a task handed to the engine now would wait before a thread takes it: the
   * tasks queued ahead x the measured mean run time / threads, or the recent mean wait of
   * tasks that just started if that is longer (0 when nothing is queued). Used
   * to admit submits by the wait they would see, not only by how many requests are open.
   */
  queueWaitMs(): number;
  close(): Promise<void>;
}
