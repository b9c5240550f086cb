/**
 * @module engine/einvoice/read-einvoice
 * The e-invoice entry points the pipeline uses: `readEInvoiceXml` reads an XML upload (UBL
 * Invoice or CreditNote, CII CrossIndustryInvoice or ZUGFeRD 1 CrossIndustryDocument) into its
 * EN 16931 terms; `findEmbeddedEInvoice` looks for one among a PDF's attached files (PDF/A-3
 * EmbeddedFiles, as Factur-X, ZUGFeRD and XRechnung-in-PDF carry it), by pdf.js's
 * getAttachments.
 */
import { appError, isAppError } from '../../schemas/errors.ts';
import { openPdf, type PDFDocumentProxy } from '../read/pdf-open.ts';
import { MAX_EINVOICE_XML_BYTES, parseXml } from './xml-document.ts';
import { CII_ROOTS, readCii } from './cii-invoice.ts';
import { UBL_ROOTS, readUbl } from './ubl-invoice.ts';
import type { EInvoice } from './einvoice-model.ts';

/**
 * The EN 16931 terms of an e-invoice XML. Errors (AppError): EINVOICE_TOO_LARGE and
 * EINVOICE_TOO_MANY_LINES (413), EINVOICE_DOCTYPE, EINVOICE_MALFORMED,
 * EINVOICE_UNKNOWN_ROOT and EINVOICE_EMPTY (422: an e-invoice root holding none of the terms
 * every invoice has, e.g. `<Invoice/>`; one that holds some of them is read, and the result's
 * validation says what is missing).
 */
export function readEInvoiceXml(bytes: Buffer): EInvoice {
  const { root, node } = parseXml(bytes);
  let inv: EInvoice;
  if ((CII_ROOTS as readonly string[]).includes(root)) inv = readCii(root, node);
  else if ((UBL_ROOTS as readonly string[]).includes(root)) inv = readUbl(root, node);
  else throw appError('EINVOICE_UNKNOWN_ROOT', { root: root.slice(0, 60) });
  const totals = [inv.lineTotal, inv.taxExclusive, inv.taxTotal, inv.grandTotal, inv.payable];
  if (!inv.documentId && !inv.issueDate && !inv.supplierName && totals.every((v) => v === null) && !inv.lines.length) {
    throw appError('EINVOICE_EMPTY', { root: root.slice(0, 60) });
  }
  return inv;
}

/** The names Factur-X, ZUGFeRD 1/2 and XRechnung give the attached XML (compared lower-cased). */
const KNOWN_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml', 'zugferd_invoice.xml'];

/** An e-invoice found in a PDF: its terms and the attachment it came from, or why none could be read. */
export interface EmbeddedEInvoice {
  invoice: EInvoice | null;
  /** The attachment's file name. */
  attachment: string;
  /** Set when an XML attachment was there but could not be read as an e-invoice. */
  error?: string;
}

/**
 * The e-invoice attached to the open PDF `pdf`, null when it has no XML attachment. Attachments
 * with a known name are tried first, then any other `.xml`; the first that reads as an
 * e-invoice wins. An attachment that does not read (malformed, too large), or attachments pdf.js
 * cannot list, are reported with `invoice: null` and the `error`, so the page is still read as
 * usual. Never throws for the attachments' sake.
 */
export async function embeddedEInvoice(pdf: PDFDocumentProxy): Promise<EmbeddedEInvoice | null> {
  let all: Record<string, { filename?: string; content?: Uint8Array }>;
  try {
    all = ((await pdf.getAttachments()) ?? {}) as typeof all;
  } catch (e) {
    return { invoice: null, attachment: '', error: `the attachments could not be listed (${e instanceof Error ? e.message : String(e)})` };
  }
  const xml = Object.values(all)
    .filter((a) => a.content && /\.xml$/i.test(a.filename ?? ''))
    .sort((a, b) => rank(a.filename!) - rank(b.filename!));
  let failed: EmbeddedEInvoice | null = null;
  for (const a of xml) {
    const name = a.filename!;
    if (a.content!.length > MAX_EINVOICE_XML_BYTES) {
      failed ??= { invoice: null, attachment: name, error: `the attachment is ${a.content!.length} bytes; the limit is ${MAX_EINVOICE_XML_BYTES} bytes` };
      continue;
    }
    try {
      return { invoice: readEInvoiceXml(Buffer.from(a.content!)), attachment: name };
    } catch (e) {
      failed ??= { invoice: null, attachment: name, error: isAppError(e) ? e.message : String(e) };
    }
  }
  return failed;
}

/**
 * `embeddedEInvoice` of the PDF `bytes`, opened for the purpose. Errors: only those of opening
 * the PDF (AppError 422/413, see ../read/pdf-open.ts).
 */
export async function findEmbeddedEInvoice(bytes: Buffer): Promise<EmbeddedEInvoice | null> {
  const pdf = await openPdf(bytes);
  try {
    return await embeddedEInvoice(pdf);
  } finally {
    await pdf.destroy();
  }
}

function rank(filename: string): number {
  const i = KNOWN_NAMES.indexOf(filename.toLowerCase());
  return i === -1 ? KNOWN_NAMES.length : i;
}

/** A short description for reasons and logs: `CII CrossIndustryInvoice 380 (urn:cen.eu:en16931:2017)`. */
export function describeEInvoice(inv: EInvoice): string {
  return `${inv.syntax} ${inv.root}${inv.typeCode ? ` ${inv.typeCode}` : ''}${inv.creditNote ? ' (credit note)' : ''}${inv.specification ? `, ${inv.specification}` : ''}`;
}
