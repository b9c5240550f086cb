/**
 * @module engine/pipeline
 * The extraction engine's two entry points (see ./types.ts for the contract), loaded by
 * ./index.ts on first use.
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
 * E-invoices (./einvoice): an XML upload (UBL, CII) is an invoice by its root element and is
 * read from the XML only (no pages). A PDF's attached files are looked at on the same opening
 * that reads its pages; one that embeds an e-invoice (Factur-X, ZUGFeRD, XRechnung) is an
 * invoice whatever the vision model would say (its answer is not waited for, and extraction
 * does not ask it); its pages are read as usual (offline), its result
 * is the XML's (`extractedBy: 'einvoice'`), and `raw.checks` adds the XML's own EN 16931 sums
 * and whether the page shows what the XML says (./einvoice/page-checks.ts). An attachment that
 * cannot be read leaves the PDF to the ordinary path, with `raw.einvoiceError` saying why.
 */
import type { ProcessableType } from '../schemas/document-types.ts';
import type { FormattedResult } from '../schemas/results.ts';
import { validateResult } from '../schemas/mandatory-fields.ts';
import type { Classification, DocumentReading, EngineOptions, Extraction, FieldEvidence, SourceDocument } from './types.ts';
import { readDocument, renderFirstPage, renderPages } from './read/read-document.ts';
import type { Recogniser } from './read/recogniser.ts';
import { classifyWithVlm, extractWithVlm } from './vlm/index.ts';
import { classifyOffline } from './classify/offline-classifier.ts';
import { isPartial } from './classify/classify-pages.ts';
import { extractOffline } from './extract/extract-offline.ts';
import { deriveResult } from './derive/derive-result.ts';
import { toIsoDate } from './parse/dates.ts';
import { dateOrderFor } from './extract/receipt.ts';
import { modelLabel } from './vlm/model-label.ts';
import { describeEInvoice, embeddedEInvoice, findEmbeddedEInvoice, readEInvoiceXml, type EmbeddedEInvoice } from './einvoice/read-einvoice.ts';
import { einvoiceResult } from './einvoice/einvoice-result.ts';
import { comparePage } from './einvoice/page-checks.ts';
import type { EInvoice } from './einvoice/einvoice-model.ts';
import type { InvoiceResult } from '../schemas/results.ts';

/** `photoStep: false` reads images without the photo step (read/photo/), for measuring it. */
export type EngineCallOptions = EngineOptions & { ocr?: Recogniser; photoStep?: boolean };

/** Pages sent to a vision model for extraction (a statement's transactions span pages). */
export const VLM_MAX_PAGES = 8;


/** The reading's text, a line a line, pages in order. */
function readingText(r: DocumentReading): string {
  return r.pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

async function read(doc: SourceDocument, opts: EngineCallOptions): Promise<DocumentReading> {
  return readDocument(doc, { maxPages: opts.maxPages, maxPixels: opts.maxPixels, ocr: opts.ocr, photoStep: opts.photoStep });
}

/**
 * The whole document's reading: `reading` when it covers the document (up to maxPages), else
 * `reading` completed with the pages after it (a classification's capped reading,
 * ../classify/classify-pages.ts: its pages are not read twice), else the document read anew.
 */
async function readWhole(doc: SourceDocument, opts: EngineCallOptions, reading: DocumentReading | undefined): Promise<DocumentReading> {
  if (!reading) return read(doc, opts);
  if (!isPartial(reading, opts.maxPages)) return reading;
  const rest = await readDocument(doc, { maxPages: opts.maxPages, maxPixels: opts.maxPixels, ocr: opts.ocr, photoStep: opts.photoStep, fromPage: reading.pages.length + 1 });
  return { ...reading, pages: [...reading.pages, ...rest.pages], pageCount: rest.pageCount };
}

/**
 * Reads the document and, for a PDF, looks at its attached files on the same opening: the
 * e-invoice it carries, if any, is returned beside the reading, which notes the attachment (so
 * extraction looks again only at such PDFs).
 */
async function readLookingForEInvoice(doc: SourceDocument, opts: EngineCallOptions): Promise<{ reading: DocumentReading; attached: EmbeddedEInvoice | null }> {
  let attached: EmbeddedEInvoice | null = null;
  const reading = await readDocument(doc, {
    maxPages: opts.maxPages, maxPixels: opts.maxPixels, ocr: opts.ocr, photoStep: opts.photoStep,
    onPdfOpen: async (pdf) => {
      attached = await embeddedEInvoice(pdf);
    },
  });
  const found = attached as EmbeddedEInvoice | null;
  if (!found) return { reading, attached: null };
  return { reading: { ...reading, einvoice: { attachment: found.attachment, ...(found.error ? { error: found.error } : {}) } }, attached: found };
}

/** What an XML upload "reads" as: no pages. */
const XML_READING: DocumentReading = { kind: 'xml', pages: [], pageCount: 0 };

function einvoiceClassification(inv: EInvoice, where: string): Classification {
  return { type: 'invoice', confidence: 1, reason: `e-invoice: ${where}${describeEInvoice(inv)}`, decidedBy: 'einvoice' };
}

/**
 * The e-invoice a PDF embeds, for extraction: looked for only when the reading noted an
 * attachment (or there is no reading); null for other documents.
 */
async function embedded(doc: SourceDocument, reading: DocumentReading | undefined): Promise<EmbeddedEInvoice | null> {
  if (doc.mime !== 'application/pdf') return null;
  if (reading && !reading.einvoice) return null;
  if (reading?.einvoice?.error) return { invoice: null, attachment: reading.einvoice.attachment, error: reading.einvoice.error };
  return findEmbeddedEInvoice(doc.bytes);
}

export async function classify(doc: SourceDocument, opts: EngineCallOptions): Promise<{ classification: Classification; reading: DocumentReading }> {
  if (doc.mime === 'application/xml') return { classification: einvoiceClassification(readEInvoiceXml(doc.bytes), ''), reading: XML_READING };
  if (opts.vlm) {
    const vlm = opts.vlm;
    // asked while the pages are read; an e-invoice found on the way makes the answer moot
    const asked = renderFirstPage(doc, { maxPixels: opts.maxPixels })
      .then((png) => classifyWithVlm([png], vlm))
      .then((v) => ({ ok: true as const, v }), (e: unknown) => ({ ok: false as const, e }));
    const { reading, attached } = await readLookingForEInvoice(doc, opts);
    if (attached?.invoice) return { classification: einvoiceClassification(attached.invoice, `${attached.attachment} attached to the PDF, `), reading };
    const answer = await asked;
    if (answer.ok) {
      const reason = answer.v.reason.trim() || `the model classified the document as ${answer.v.type}`;
      return {
        classification: { type: answer.v.type, confidence: answer.v.confidence, reason: `${modelLabel(vlm.model)}: ${reason}`, decidedBy: 'vlm' },
        reading,
      };
    }
    const off = classifyOffline(reading);
    return {
      classification: { type: off.type, confidence: off.confidence, reason: off.reason, decidedBy: 'offline' },
      reading,
    };
  }
  const { reading, attached } = await readLookingForEInvoice(doc, opts);
  if (attached?.invoice) return { classification: einvoiceClassification(attached.invoice, `${attached.attachment} attached to the PDF, `), reading };
  const off = classifyOffline(reading);
  return { classification: { type: off.type, confidence: off.confidence, reason: off.reason, decidedBy: 'offline' }, reading };
}

/**
 * The size each field box is measured in, per page read: PDF points for a text layer, pixels of
 * the image OCR saw otherwise (`origin`: where a part of a side-by-side scan sits in that image,
 * whose size is `image`). A viewer scales boxes by its own page size over these.
 */
function pageSizes(r: DocumentReading) {
  return r.pages.map((p) => ({
    page: p.page,
    width: p.width,
    height: p.height,
    ...(p.origin ? { origin: p.origin, image: r.firstPageImage } : {}),
  }));
}

/** Top-level values of a model's answer as raw evidence (the model gives no boxes; nominal confidence). */
function vlmFields(type: ProcessableType, formatted: FormattedResult): Record<string, FieldEvidence> {
  const fields: Record<string, FieldEvidence> = {};
  const put = (prefix: string, obj: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(obj)) if (k !== 'tableItems') fields[prefix + k] = { value: v, confidence: v == null ? 0 : 0.8 };
  };
  if (type === 'receipt' && 'multiple_receipts' in formatted) {
    const many = formatted.multiple_receipts.length > 1;
    formatted.multiple_receipts.forEach((r, i) => {
      const prefix = many ? `multiple_receipts[${i}].` : '';
      put(prefix, r as unknown as Record<string, unknown>);
      // (its date as an ISO day too, as the offline reading gives it)
      const iso = typeof r.date === 'string' ? toIsoDate(r.date, dateOrderFor(r.currencyCode ?? null)) : null;
      if (iso) fields[`${prefix}date_iso`] = { value: iso, confidence: 0.8 };
    });
  } else put('', formatted as unknown as Record<string, unknown>);
  // an invoice's issue date (EN 16931 BT-2) as the model wrote it, and as an ISO 8601 day in the
  // day order of its currency's country, as the offline reading gives it (./extract/invoice.ts)
  if (type === 'invoice' && 'date' in formatted) {
    // (and its due date, BT-9, as dueDate_iso)
    for (const key of ['date', 'dueDate'] as const) {
      const printed = formatted[key];
      const iso = typeof printed === 'string' ? toIsoDate(printed, dateOrderFor(formatted.currencyCode ?? null)) : null;
      if (iso) fields[`${key}_iso`] = { value: iso, confidence: 0.8 };
    }
  }
  return fields;
}

/** Where an e-invoice result came from, for `raw.einvoice`. */
function einvoiceSource(inv: EInvoice, attachment?: string) {
  return { syntax: inv.syntax, root: inv.root, typeCode: inv.typeCode, creditNote: inv.creditNote, specification: inv.specification, ...(attachment ? { attachment } : {}) };
}

export async function extract(doc: SourceDocument, type: ProcessableType, opts: EngineCallOptions, reading?: DocumentReading): Promise<Extraction> {
  if (doc.mime === 'application/xml') {
    const inv = readEInvoiceXml(doc.bytes);
    const x = einvoiceResult(inv);
    return {
      formatted: x.formatted,
      raw: { document_type: 'invoice', extractedBy: 'einvoice', einvoice: einvoiceSource(inv), fields: x.fields, checks: x.checks, pages: 0, validation: validateResult('invoice', x.formatted) },
    };
  }
  const attached = type === 'invoice' ? await embedded(doc, reading) : null;
  // the submit step's reading when it covers the document; one cut short (CLASSIFY_MAX_PAGES) is completed (readWhole)
  const whole = reading && !isPartial(reading, opts.maxPages) ? reading : undefined;
  if (attached?.invoice) {
    const x = einvoiceResult(attached.invoice);
    const r = await readWhole(doc, opts, reading);
    const text = readingText(r);
    const page = deriveResult('invoice', extractOffline(r, 'invoice').formatted, {}, text).formatted as InvoiceResult;
    return {
      formatted: x.formatted,
      raw: {
        document_type: 'invoice',
        extractedBy: 'einvoice',
        einvoice: einvoiceSource(attached.invoice, attached.attachment),
        fields: x.fields,
        checks: [...x.checks, ...comparePage(x.formatted, page, text)],
        pages: r.pageCount,
        pagesRead: r.pages.length,
        pageSizes: pageSizes(r),
        validation: validateResult('invoice', x.formatted),
      },
    };
  }
  const einvoiceError = attached ? `${attached.attachment}: ${attached.error}` : undefined;
  let vlmError: string | undefined;
  if (opts.vlm) {
    try {
      const images = await renderPages(doc, { maxPixels: opts.maxPixels, maxPages: Math.min(opts.maxPages, VLM_MAX_PAGES) });
      const answer = await extractWithVlm(images, type, opts.vlm);
      const d = deriveResult(type, answer, vlmFields(type, answer), whole ? readingText(whole) : '');
      const pages = reading?.pageCount ?? images.length;
      return {
        formatted: d.formatted,
        raw: {
          document_type: type, extractedBy: 'vlm', fields: d.fields, checks: d.checks, pages, pagesSeen: images.length, validation: validateResult(type, d.formatted),
          ...(einvoiceError ? { einvoiceError } : {}),
        },
      };
    } catch (e) {
      vlmError = errorText(e);
    }
  }
  const r = await readWhole(doc, opts, reading);
  const off = extractOffline(r, type);
  const d = deriveResult(type, off.formatted, off.fields, readingText(r));
  return {
    formatted: d.formatted,
    raw: {
      document_type: type,
      extractedBy: 'offline',
      fields: d.fields,
      checks: d.checks,
      pages: r.pageCount,
      pagesRead: r.pages.length,
      pageSizes: pageSizes(r),
      validation: validateResult(type, d.formatted),
      ...(vlmError ? { vlmError } : {}),
      ...(einvoiceError ? { einvoiceError } : {}),
    },
  };
}
