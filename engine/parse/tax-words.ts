/**
 * @module engine/parse/tax-words
 * The short names of the taxes documents print beside a tax amount or rate, one list for every
 * reader that asks "does this line name a tax?" (../derive/printed-rates.ts, and the included-tax
 * lines of ../extract/amount-roles.ts): VAT and its names in the languages served (DE MwSt/USt,
 * FR/RO TVA, ES/IT/PT IVA, NL BTW, SV/DA Moms, NO MVA, FI ALV, PL PTU, CS/SK DPH, HU ÁFA, HR/SR/BS
 * PDV, SL DDV, BG DDS, TR KDV, PE IGV "impuesto general a las ventas", GR ΦΠΑ and its Latin
 * transliteration FPA, VN GTGT "thuế giá trị gia tăng"), GST and India's parts, Canada's sales
 * taxes, and the generic "tax". Pure data.
 */

/** The tax names, lower case, as printed (accents kept: a pattern built from them is matched with the `i` and `u` flags on unfolded text). */
export const TAX_WORDS: readonly string[] = [
  'vat', 'gst', 'igst', 'cgst', 'sgst', 'hst', 'pst', 'qst', 'tax', 'mwst', 'ust', 'umsatzsteuer', 'mehrwertsteuer', 'tva', 'iva', 'btw', 'moms', 'mva', 'alv', 'ptu',
  'dph', 'áfa', 'afa', 'pdv', 'ddv', 'dds', 'kdv', 'igv', 'fpa', 'φπα', 'gtgt', 'ppn',
];

/**
 * A regex source matching one tax name as a word of its own (bounded by letters and digits, not
 * \b: JavaScript's \b takes "Á" for no letter, so "ÁFA 27 %" went unseen); "ThueGTGT", the
 * Vietnamese name glued to its "thuế" by OCR, counts too. Use with the `i` and `u` flags.
 */
export const TAX_WORD_SOURCE = String.raw`(?<![\p{L}\d])(?:${TAX_WORDS.join('|')}|thu[eế]\s?gtgt)(?![\p{L}\d])`;
