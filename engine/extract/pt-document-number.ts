/**
 * @module engine/extract/pt-document-number
 * A Portuguese document number: the document type's code, the series and the sequential number
 * after a slash ("FS 2026A/14882", "FT FA.2026/331", "FR 2026B/77", "NC A2026/12"), the form the
 * certified billing software prints (Portaria 363/2010 and Despacho 8632/2014: the document's
 * unique identification is type, series and number; the ATCUD's code is its series' code, the
 * part after its hyphen the number). The whole form is the document number, never the series
 * ("2026A") or the sequence ("14882") alone. Pure.
 */
import { spanBox, spanConfidence, type DocLine } from '../parse/lines.ts';
import type { TextCandidate } from './labels.ts';

/**
 * The document types' codes (SAF-T PT InvoiceType, WorkType, MovementType, PaymentType): fatura,
 * fatura simplificada, fatura-recibo, notas de crédito e débito, venda a dinheiro, talões, guias,
 * orçamentos, recibos.
 */
const TYPES = ['FT', 'FS', 'FR', 'NC', 'ND', 'VD', 'TV', 'TD', 'AA', 'DA', 'GR', 'GT', 'GA', 'GC', 'GD', 'OR', 'PF', 'CM', 'FC', 'FO', 'NE', 'RC', 'RG'];

/**
 * The type in capitals, a space, the series (letters, digits, ".", "-", "_", holding a digit),
 * "/" and the number; no word or digit glued on either side. A series of one or two digits
 * alone ("FT 12/05") is taken for no series: it reads as a date.
 */
const PT_NUMBER = new RegExp(String.raw`(?<![\p{L}\d])((?:${TYPES.join('|')}) (?=[A-Za-z0-9._-]*\d)(?![0-9]{1,2}\/)[A-Za-z0-9][A-Za-z0-9._-]{0,19}\/\d{1,10})(?![\p{L}\d/])`, 'u');

/** The Portuguese document numbers the lines print, in line order, each with its line and box. */
export function ptDocumentNumbers(lines: DocLine[]): TextCandidate[] {
  const out: TextCandidate[] = [];
  for (const line of lines) {
    const m = PT_NUMBER.exec(line.text);
    if (!m) continue;
    const start = m.index, end = start + m[1].length;
    out.push({ text: m[1], line, box: spanBox(line, start, end), confidence: spanConfidence(line, start, end) });
  }
  return out;
}
