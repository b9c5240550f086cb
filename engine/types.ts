/**
 * @module engine/types
 * The contract between the pipeline and the extraction engine.
 *
 * The pipeline calls exactly two functions (see ./index.ts):
 *   classify(doc, options) -> { classification, reading }
 *   extract(doc, type, options, reading?) -> Extraction
 * `reading` is what the engine read from the document (text, words with boxes). It is
 * plain JSON so the gateway can keep it with the job and extraction never OCRs a page twice.
 */
import type { DocType, DocumentMime, ProcessableType } from '../schemas/document-types.ts';
import type { FormattedResult } from '../schemas/results.ts';

export interface SourceDocument {
  bytes: Buffer;
  mime: DocumentMime;
  filename?: string;
}

/** Box in page pixels (images) or PDF points (text layer), origin top-left. */
export interface Box { x: number; y: number; w: number; h: number }

export interface Word { text: string; box: Box; confidence: number }

export interface Line { text: string; box: Box; words: Word[] }

export interface PageReading {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  /** `text` = PDF text layer, `ocr` = tesseract on an image or a rendered page. */
  source: 'text' | 'ocr';
  /** Lines in reading order (top to bottom, then left to right). */
  lines: Line[];
  /** Mean word confidence 0..1 (1 for a text layer). */
  confidence: number;
  /**
   * Set when the page is a part of an image holding documents side by side (each receipt of a
   * scan of several is read as a page of its own): where the part's top-left corner sits in
   * the image, so a box maps back to it by adding this. Boxes are in the part's pixels.
   */
  origin?: { x: number; y: number };
}

export interface DocumentReading {
  /** `xml`: an e-invoice XML upload, which has no pages to read (pages is empty). */
  kind: 'pdf' | 'image' | 'xml';
  pages: PageReading[];
  /** Pages present in the file (may exceed pages.length when capped). */
  pageCount: number;
  /** Width/height of the first page image, when it was an image or was rendered. */
  firstPageImage?: { width: number; height: number };
  /**
   * Set when the PDF carries an XML attachment that looks like an e-invoice (see ./einvoice):
   * its file name, and `error` when it could not be read as one. Extraction opens the
   * attachments again only for a reading that has this.
   */
  einvoice?: { attachment: string; error?: string };
}

export interface Classification {
  type: DocType;
  confidence: number;
  /** Human-readable reason; goes into the 422 message for `other`. */
  reason: string;
  /** `einvoice`: the document is (or embeds) an EN 16931 e-invoice, so it is an invoice. */
  decidedBy: 'vlm' | 'offline' | 'einvoice';
}

/** Per-field evidence kept in result_data (the raw result). */
export interface FieldEvidence {
  value: unknown;
  confidence: number;
  page?: number;
  box?: Box;
  /**
   * `printed`: read off the document; `derived`: computed from printed values (see ./derive);
   * `einvoice`: read from the document's EN 16931 XML (see ./einvoice), `term` naming the business term.
   */
  source?: 'printed' | 'derived' | 'einvoice';
  /** For a value read from an e-invoice: the EN 16931 business term, `BT-112`. */
  term?: string;
  /** For a derived value: the rule it follows and the field paths it was computed from. */
  rule?: string;
  from?: string[];
  /** For a value left null on purpose: why the document does not determine it (engine/derive/derive-items.ts). */
  reason?: string;
}

export interface Extraction {
  /** formatted_result: exactly the reference's shape for the type. */
  formatted: FormattedResult;
  /** result_data: the raw result with per-field confidence and boxes, and which path extracted it. */
  raw: {
    document_type: ProcessableType;
    extractedBy: 'vlm' | 'offline' | 'einvoice';
    fields: Record<string, FieldEvidence>;
    pages: number;
    [k: string]: unknown;
  };
}

export interface EngineOptions {
  vlm?: { endpointUrl?: string; model: string; hfToken?: string; timeoutS: number };
  maxPages: number;
  maxPixels: number;
}
