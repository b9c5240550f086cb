/**
 * @module engine/read/sniff-mime
 * Identifies a document's format from its first bytes, never from a name or a declared type.
 * Total: returns null for anything it does not recognise (including empty input).
 *
 * XML is recognised only as an e-invoice: in its first 4 KB, after an optional BOM, XML
 * declaration, comments, processing instructions and DOCTYPE, the root element is a UBL
 * `Invoice` or `CreditNote` or a CII `CrossIndustryInvoice` (ZUGFeRD 1: `CrossIndustryDocument`),
 * with any namespace prefix. Whether the rest is well-formed is the e-invoice reader's to say
 * (a 422), so a broken e-invoice is not mistaken for an unsupported format (a 415).
 */
import type { DocumentMime } from '../../schemas/document-types.ts';

const startsWith = (b: Buffer, sig: number[], at = 0) => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

export function sniffMime(bytes: Buffer): DocumentMime | null {
  if (!bytes || bytes.length < 4) return null;
  // %PDF- may follow a little junk (some producers prepend bytes); readers accept 1 KB of it.
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (head.startsWith('%PDF-') || /^[\s\S]{0,1019}%PDF-\d/.test(head)) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (looksLikeEInvoice(bytes)) return 'application/xml';
  return null;
}

const EINVOICE_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)\s*)*<(?:[A-Za-z_][\w.-]*:)?(?:Invoice|CreditNote|CrossIndustryInvoice|CrossIndustryDocument)[\s/>]/;

function looksLikeEInvoice(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = head.subarray(2, 2 + ((head.length - 2) & ~1)).toString('utf16le');
  else if (head[0] === 0xfe && head[1] === 0xff) text = Buffer.from(head.subarray(2, 2 + ((head.length - 2) & ~1))).swap16().toString('utf16le');
  else text = head.toString('latin1').replace(/^\xEF\xBB\xBF/, '');
  return EINVOICE_ROOT.test(text);
}
