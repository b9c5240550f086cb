/**
 * @module engine/parse/tax-words
 * The short names of the taxes documents print beside a tax amount or rate, one list for every
 * reader that asks "does this line name a tax?" (../derive/printed-rates.ts, and the included-tax
 * lines of ../extract/amount-roles.ts): VAT and its names in the languages served (DE MwSt/USt,
 * FR/RO TVA, ES/IT/PT IVA, NL BTW, SV/DA Moms, NO MVA, FI ALV, PL PTU, CS/SK DPH, HU ÁFA, HR/SR/BS
 * PDV, SL DDV, BG DDS, TR KDV, BR ICMS, PE IGV "impuesto general a las ventas", GR ΦΠΑ and its Latin
 * transliteration FPA, MY SST (sales and service tax), JP 消費税 (consumption tax, JAPANESE_TAX_SOURCE), VN GTGT "thuế giá trị gia tăng", ET käibemaks, LT PVM, LV PVN), GST and
 * India's parts, Canada's sales taxes, and the generic "tax". Two short names that are other words
 * too count only in a tax's context (TAX_WORD_SOURCE): Estonia's "KM" (käibemaks, and the
 * kilometre) only before a rate or a "%" column head ("KM 24%", "KM % Km-ta. KM Kokku"), and
 * Lithuania's "PVM" (pridėtinės vertės mokestis, and Finland's "pvm", päivämäärä, the date) never
 * before a date ("Pvm: 12.03.2025"); Colombia's "INC" only before a rate. Pure data.
 */

/** The tax names, lower case, as printed (accents kept: a pattern built from them is matched with the `i` and `u` flags on unfolded text). */
export const TAX_WORDS: readonly string[] = [
  'vat', 'gst', 'igst', 'cgst', 'sgst', 'hst', 'pst', 'qst', 'tax', 'mwst', 'ust', 'umsatzsteuer', 'mehrwertsteuer', 'tva', 'iva', 'btw', 'moms', 'mva', 'alv', 'ptu',
  'dph', 'áfa', 'afa', 'pdv', 'ddv', 'dds', 'kdv', 'igv', 'fpa', 'φπα', 'gtgt', 'ppn', 'käibemaks', 'pvn',
  // BR ICMS (the state VAT on goods, Lei Complementar 87/1996)
  'icms',
  // MY SST, the sales and service tax (Sales Tax Act 2018, Service Tax Act 2018): "SST 8% 4.67", "Incl. SST 6% 0.90"
  'sst',
  // KR 부가세 / 부가가치세 (value-added tax, 부가가치세법) and 세액 (the tax amount): "부가세 2,224"
  '부가세', '부가가치세', '세액',
  // CO the consumption tax on restaurant bills (impuesto nacional al consumo, Ley 1607 de 2012, 8 %): "Impoconsumo 8% 6.637"; IL
  // VAT (מע"מ, ma'am) as transliterated tills print it: "Maam 18% 13.58" (a fresh tester's Bogotá and Tel Aviv slips read no tax)
  'impoconsumo', 'impuesto al consumo', 'maam', 'ma\'am', 'מע"מ', 'מעמ',
];

/** Estonia's "KM" before a rate or a bare "%" ("KM 24%", "KM %"): never "12 km", "KMKR". */
const KM_BEFORE_RATE = String.raw`km(?=\s?(?:\d{1,2}(?:[.,]\d{1,2})?\s?)?%)`;
/**
 * Colombia's "INC" (impuesto nacional al consumo, Ley 1607 de 2012: 8 % on restaurant bills,
 * "Base 34.167  INC 8% 2.733") only before a rate: "Inc." is also a company's suffix.
 */
export const INC_BEFORE_RATE = String.raw`inc(?=\s?\d{1,2}(?:[.,]\d{1,2})?\s?%)`;
/** Lithuania's "PVM", not followed by a date (Finland's "Pvm: 12.03.2025"). */
const PVM_NO_DATE = String.raw`pvm(?![\s.:]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4})`;

/**
 * Japan's consumption tax, 消費税, as receipts print it inside a longer run of kanji: "内消費税"
 * (the consumption tax included), "外消費税" (added), "消費税等" (and the local part of it). Kanji
 * print no spaces between words, so it is matched wherever it stands (the bounds of TAX_WORD_SOURCE
 * would take the 内 before it for a word going on). Also as OCR trained on Chinese reads it, 消费税
 * (the simplified 费 for 費: the same word, China's consumption tax).
 */
export const JAPANESE_TAX_SOURCE = '消[費费]税';

/**
 * A regex source matching one tax name as a word of its own (bounded by letters and digits, not
 * \b: JavaScript's \b takes "Á" for no letter, so "ÁFA 27 %" went unseen); "ThueGTGT", the
 * Vietnamese name glued to its "thuế" by OCR, counts too. Use with the `i` and `u` flags.
 */
export const TAX_WORD_SOURCE = String.raw`(?:(?<![\p{L}\d])(?:${TAX_WORDS.join('|')}|thu[eế]\s?gtgt|${KM_BEFORE_RATE}|${INC_BEFORE_RATE}|${PVM_NO_DATE})(?![\p{L}\d])|${JAPANESE_TAX_SOURCE})`;
