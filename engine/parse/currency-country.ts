/**
 * @module engine/parse/currency-country
 * The country a page's words name, as the currency it implies: the clues ./currency.ts falls
 * back on when no code or symbol decides. Two lists, each tried in order, the first match wins:
 * - DOLLAR_COUNTRY: which dollar a bare "$" is (Australian, Canadian, Singapore...);
 * - COUNTRY_CURRENCY: the currency of a page that prints no symbol or code at all. Only clues
 *   that name one country unambiguously are here: a company form or tax word of the country
 *   ("Sdn Bhd", "Pte Ltd", "GSTIN", "NIP"), a tax number of its shape (an ABN's eleven digits, a UK "GB" VAT
 *   number, Singapore's "M2-1234567-8" GST number), or an address line only that country prints
 *   (an Australian state and its four-digit postcode, "SINGAPORE 123456", a Malaysian state
 *   with a five-digit postcode, a US state and ZIP), Mexico's capital or RFC, South Africa's
 *   "(Pty) Ltd" or a city of it.
 * Sources: Australia Post's state abbreviations and four-digit postcodes; Singapore's six-digit
 * postal codes and IRAS GST registration numbers ("M2-", "MR-" and seven digits and a check
 * character); Malaysia's thirteen states and three federal territories and five-digit postcodes;
 * India's GST (GSTIN, its CGST/SGST/IGST parts).
 */
import { AR_CLUE, AR_DOLLAR_CLUE, CZ_CLUE, EURO_AREA_CLUE, GR_CLUE, IE_CLUE, PE_CLUE, PH_CLUE, TR_CLUE } from './country-clues.ts';

/** A US sales tax line ("SALES TAX 6%"). */
export const US_SALES_TAX = /\bsales tax\b/i;
/**
 * A US state and ZIP code after a town ("Dayton, OH 45402"; a scan's speck for the space:
 * "OH.45402"), or, without the comma, one of the USPS's state codes after the town's name
 * ("Portland OR 97208", "Seattle WA 98101").
 */
export const US_STATE_ZIP = /,\s?[A-Z]{2}[\s.]\d{5}(?:-\d{4})?\b|\b[A-Z][a-z]+ (?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY) \d{5}(?:-\d{4})?(?![\d-])/;
/** A US bank's marks: deposits insured by the FDIC ("Member FDIC"). */
export const US_BANK = /\bMember FDIC\b|\bFDIC[- ]insured\b/i;
/**
 * Indian clues a statement prints with no rupee sign: the IFSC, the branch code of Indian bank
 * transfers (RBI), and figures grouped in lakhs and crores ("1,14,148.00", "2,66,344.62"), which
 * only the Indian numbering system writes.
 */
export const INDIA_BANK = { test: (text: string) => /\bIFSC\b/.test(text) || (text.match(/(?<![\d,.])\d{1,2}(?:,\d{2})+,\d{3}\.\d{2}(?!\d)/g) ?? []).length >= 2 };
/**
 * An Australian state or territory and its four-digit postcode ("Brunswick VIC 3056", "Sydney
 * NSW 2000"); the three-letter states in any case, as a scan reads them ("VIc 3056", "Vic 3056"),
 * the two-letter ones in capitals and ending their line only ("Perth WA 6000"; "SA, 1500 Halle" is
 * a Belgian company form and postcode).
 */
export const AU_STATE_POSTCODE = /\b(?:[Nn][Ss][Ww]|[Vv][Ii][Cc]|[Qq][Ll][Dd]|[Tt][Aa][Ss]|ACT)[ ,]+\d{4}(?![\d-])|\b(?:WA|SA|NT) \d{4}[ \t]*$/m;
/**
 * An Australian Business Number: "ABN" in capitals and its eleven digits ("ABN: 12 345 678 901"),
 * nine to thirteen as a scan groups or misreads them ("ABN 2236383 551 208"). ("ABN AMRO", the
 * Dutch bank, has no digits after it.)
 */
export const ABN = /\bABN\b(?:\s*(?:No\.?|Number))?\s*[:.#]?\s*\d(?:\s?\d){8,12}(?!\d)/;
/**
 * "SINGAPORE 123456", "Singapore (123456)", "S(123456)": the country or its "S" with a six-digit
 * postal code (the O read as a zero: "SINGAP0RE 529508").
 */
export const SG_POSTCODE = /\bsingap[o0]re\s*\(?\s*\d{6}(?!\d)|\bS\s?\(\d{6}\)/i;
/** Singapore's private limited company ("Blue Pearl Pharmacy Pte Ltd", "Pte. Ltd."). */
export const SG_PTE_LTD = /\bpte\.? ?ltd\b/i;
/** A Singapore GST registration number ("GST Reg No: M2-1390005-3", "MR-8500001-2"). */
export const SG_GST_NO = /\bGST\b[^\n]{0,20}?\b[MH][\dR]-\d{7}-[\dA-Z]\b/i;
/** Malaysia's states and federal territories, by name. */
const MY_STATES = String.raw`selangor|johor|kedah|kelantan|melaka|malacca|negeri sembilan|pahang|perak|perlis|pulau pinang|penang|sabah|sarawak|terengganu|kuala lumpur|putrajaya|labuan`;
/** A Malaysian state and a five-digit postcode on the page ("TAMAN SRI MUDA,40400 SHAH ALAM" over "SELANGOR"). */
export const MY_STATE_POSTCODE = {
  test: (text: string) => new RegExp(String.raw`\b(?:${MY_STATES})\b`, 'i').test(text) && /(?<![\d-])\d{5}(?![\d-])/.test(text),
};

/**
 * A Canadian province or territory (Canada Post's two-letter codes) and its postal code, letter
 * digit letter, space, digit letter digit ("Toronto ON M5H 2N2", "Montréal QC H2Y1C6"; Canada
 * Post never uses D, F, I, O, Q, U, nor W or Z first).
 */
export const CA_POSTCODE = /\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ ,]+[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/;
/**
 * A Canadian business number with its GST/HST program account: nine digits, "RT" and four
 * ("81234 5678 RT0001", "123456789RT0001"; Canada Revenue Agency's BN format).
 */
export const CA_BUSINESS_NUMBER = /(?<!\d)\d(?:\s?\d){8}\s?RT\s?\d{4}\b/;
/**
 * A New Zealand GST number after its label: the IRD number, eight or nine digits printed in three
 * groups ("GST No: 112-845-309", "GST Reg 12-345-678"; Inland Revenue's format). Singapore's GST
 * numbers begin with a letter (SG_GST_NO), India's GSTIN is fifteen characters.
 */
export const NZ_GST_NO = /\bGST\b\s*(?:No\.?|Number|Reg(?:istration)?(?:\s*No\.?)?)?\s*[:#]?\s*\d{2,3}-\d{3}-\d{3}(?![\d-])/i;

/**
 * Mexico named by the page: the country, its capital ("CDMX", "Ciudad de México"), or an RFC, the
 * SAT's tax id printed after its label: three letters (a company) or four (a person), six digits
 * (a date, YYMMDD) and a three-character homoclave ("RFC: ABC123456XY7", "R.F.C. GOMJ800101AB3").
 */
export const MX_CLUE = {
  test: (text: string) => /(?<!\bnew\s)\bm[eé]xico\b|\bCDMX\b|\bciudad de m[eé]xico\b/i.test(text) || /\bR\.?F\.?C\.?\s*[:.#]?\s*[A-ZÑ&]{3,4}[\s-]?\d{6}[\s-]?[A-Z\d]{3}\b/.test(text),
};
/**
 * Weaker Mexican clues that decide only which dollar a printed "$" is: Mexico's 16% IVA (no
 * euro-area country prints "IVA 16%" beside a dollar) and its "C.P." with a five-digit postcode
 * (Spain writes its postcodes so too, but Spain prints no "$"). Source: SAT, Ley del IVA art. 1.
 */
export const MX_DOLLAR_CLUE = /\bIVA\b[^\n\d]{0,12}16\s?%|\bC\.\s?P\.\s?\d{5}\b/i;
/**
 * South Africa named by the page: the country, a private company's "(Pty) Ltd" in brackets (an
 * Australian "Pty Ltd" has none), or one of its large cities.
 */
export const ZA_CLUE = /\bsouth africa\b|\(Pty\)\s?Ltd\b|\b(?:johannesburg|cape town|durban|pretoria|sandton|soweto|gqeberha|port elizabeth|bloemfontein|stellenbosch)\b/i;
/**
 * Weaker South African clues that decide only whether a single "R" before an amount is the rand:
 * its 15% VAT, or its VAT number (ten digits beginning with 4). Source: SARS, VAT Act s.7.
 */
export const ZA_RAND_CLUE = /\bVAT\b[^\n\d]{0,12}15\s?%|\bVAT\s*(?:N[o0]|Reg(?:istration)?|Number)\.?\s*[:.]?\s*4\d{9}\b/i;

type Clue = { test: (text: string) => boolean };

/**
 * Colombia's own marks on a page: a NIT (the tax number after its label, nine digits grouped with
 * dots or not and a check digit: "NIT 900.123.456-7", "NIT: 901234567-8"; Guatemala's and
 * Bolivia's NITs have other shapes), the tax office (DIAN), its electronic invoice's title or code
 * ("Factura electrónica de venta", "CUFE"), or a VAT regime only Colombia names ("Régimen común",
 * "Responsable de IVA", "Régimen simple de tributación"). Source: DIAN, the NIT's format and the
 * factura electrónica de venta (Resolución 000042 de 2020). "DIAN" and "CUFE" in capitals only: a
 * scan splits words ("Guar dian").
 */
export const CO_MARK: Clue = {
  test: (text: string) => /\bDIAN\b|\bCUFE\b/.test(text) || /\bfactura\s+electr[oó]nica\s+de\s+venta\b|\br[eé]gimen\s+(?:com[uú]n|simple\s+de\s+tributaci[oó]n)\b|\b(?:no\s+)?responsables?\s+del?\s+IVA\b/i.test(text)
    || /\bN\.?\s?I\.?\s?T\.?\s*(?:N[°º.o]?\s*)?[:.#]?\s*\d{3}\.?\d{3}\.?\d{3}\s?-\s?\d\b/.test(text),
};
/**
 * Colombia named by the page: the country or one of its large cities or departments (not
 * Cartagena, Armenia, Pereira, Santa Marta or Cali, which Spain, another country, a common surname
 * or a US word share).
 */
export const CO_PLACE = /(?<![\p{L}])(?:colombia|bogot[aá]|medell[ií]n|barranquilla|bucaramanga|manizales|c[uú]cuta|ibagu[eé]|villavicencio|valledupar|monter[ií]a|popay[aá]n|sincelejo|envigado|itag[uü][ií]|soacha|cundinamarca|antioquia|valle del cauca)(?![\p{L}])/iu;
/** A page from Colombia, whose "$" is the peso (COP): its marks (CO_MARK) or a place of it (CO_PLACE). */
export const CO_CLUE: Clue = { test: (text: string) => CO_MARK.test(text) || CO_PLACE.test(text) };
/**
 * VAT at 19 % under its Spanish name ("IVA 19%"): Chile's rate and Colombia's (no euro country
 * levies an "IVA" at 19 %: Spain's is 21 %, Italy's 22 %, Portugal's 23 %). Sources: Chile's Ley
 * sobre Impuesto a las Ventas y Servicios art. 14; Colombia's Estatuto Tributario art. 468.
 */
export const IVA_19 = /\bIVA\b[^\n\d]{0,6}19\s?%/i;

/**
 * A page from Chile, whose "$" is the peso: the country's name, a RUT (the tax number, "RUT:
 * 76.123.456-7", "R.U.T. 12345678-K": its label, up to eight digits grouped with dots or not, a
 * check digit or K), the tax office's electronic receipt ("Boleta electrónica", "Timbre
 * electrónico SII"), or VAT at Chile's 19 % ("IVA 19%"), unless the page names Colombia, whose
 * VAT is 19 % too (its tax number is the NIT, its tax office the DIAN). Source: SII, the RUT's
 * format and the boleta electrónica.
 */
export const CL_CLUE: Clue = {
  test: (text: string) => /\bchile\b|\bR\.?\s?U\.?\s?T\.?\s*(?:N[°º.]?\s*)?:?\s*\d{1,2}\.?\d{3}\.?\d{3}\s?-\s?[\dkK]\b|\bboleta\s+electr[oó]nica\b|\btimbre\s+electr[oó]nico\b/i.test(text)
    || (IVA_19.test(text) && !/\bNIT\b/.test(text) && !CO_CLUE.test(text)),
};

/**
 * Vietnam's own marks on a page: its tax code after its label ("MST: 0101234567", ten digits, a
 * branch's with "-" and three more; a scan may drop one), its VAT's name ("Thuế GTGT", "GTGT"
 * alone, glued by a scan: "ThueGTGT"), an invoice's title ("Hóa đơn") or the total's and line
 * total's labels ("Tổng cộng", "Thành tiền"), accents optional (a scan or a font may drop them).
 * Source: Vietnam's Law on Tax Administration (the ten-digit mã số thuế), Decree 123/2020 on
 * invoices.
 */
export const VN_MARK: Clue = {
  test: (text: string) => /\bMST\b\s*[:.#]?\s*\d{9,10}(?:-\d{3})?(?!\d)/.test(text)
    || /(?<![\p{L}])(?:(?:thu[eế]\s*)?GTGT|h[oó]a\s*[đd][oơ]n|t[oổ]ng\s*c[oộ]ng|th[aà]nh\s*ti[eề]n)(?![\p{L}])/iu.test(text),
};
/** Vietnam named by the page: the country, its capital, Ho Chi Minh City ("TP. HCM"). */
export const VN_PLACE = /(?<![\p{L}])(?:vi[eệ]t\s?nam|h[aà]\s?n[oộ]i|TP\.?\s?HCM|h[oồ]\s?ch[ií]\s?minh)(?![\p{L}])/iu;
/**
 * Indonesia's own marks on a page: its taxpayer number ("NPWP") or its VAT ("PPN", "PPN 11%").
 * Source: Indonesia's VAT law (UU PPN, the 11 % rate since 2022).
 */
export const ID_MARK = /\bNPWP\b|\bPPN\b/;
/** Indonesia named by the page: the country or one of its large cities. */
export const ID_PLACE = /(?<![\p{L}])(?:indonesia|jakarta|surabaya|bandung|medan|semarang|denpasar|yogyakarta|tangerang|bekasi)(?![\p{L}])/iu;

/** Which dollar a bare "$" is, by the country the page names (USD when none does: ./currency.ts). */
export const DOLLAR_COUNTRY: [Clue, string][] = [
  [/\baustralia\b|\bABN\b/i, 'AUD'], [AU_STATE_POSTCODE, 'AUD'], [/\bcanada\b|\bGST\/HST\b|\bHST\b/i, 'CAD'], [CA_POSTCODE, 'CAD'], [CA_BUSINESS_NUMBER, 'CAD'], [/\bnew zealand\b|\bGST No\b/i, 'NZD'], [NZ_GST_NO, 'NZD'],
  [/\bsingapore\b/i, 'SGD'], [SG_POSTCODE, 'SGD'], [SG_GST_NO, 'SGD'], [SG_PTE_LTD, 'SGD'], [/\bhong kong\b/i, 'HKD'],
  // (a US till's sales tax before a product's "Hecho en México" or "Burrito CDMX style"; a state and
  // ZIP after Mexico's and Chile's marks, as ", CP 06700" has the shape of one)
  [US_SALES_TAX, 'USD'], [MX_CLUE, 'MXN'], [MX_DOLLAR_CLUE, 'MXN'],
  [CO_CLUE, 'COP'], [CL_CLUE, 'CLP'],
  // Argentina (its CUIT, AFIP, "Tique Factura"; then its capital or VAT at 21 %): a fresh tester's
  // Buenos Aires café receipt in pesos came back in US dollars
  [AR_CLUE, 'ARS'], [AR_DOLLAR_CLUE, 'ARS'],
  [/\bunited states\b|\bUSA\b|\bU\.S\.A\b/, 'USD'], [US_STATE_ZIP, 'USD'],
];

/** The currency of a page that prints none, by the country its words name: [clue, code, why]. */
export const COUNTRY_CURRENCY: [Clue, string, string][] = [
  [/\bschweiz\b|\bsuisse\b|\bsvizzera\b|\bswitzerland\b/i, 'CHF', 'Swiss context'],
  [/\bCHE-\d{3}\.\d{3}\.\d{3}\b/, 'CHF', 'a Swiss VAT number'],
  [/\bpolska\b|\bpoland\b|\bNIP\b|\bsp\. z o\.o\.|\bPTU\b/i, 'PLN', 'Polish context'],
  // Colombia (a NIT, the DIAN, its VAT regime; a city with its 19 % IVA): before Brazil's "Ltda", which Colombian
  // companies write too, and the euro's "IVA"
  [CO_MARK, 'COP', 'Colombian tax marks (a NIT, the DIAN, its e-invoice or VAT regime)'],
  [{ test: (text: string) => CO_PLACE.test(text) && IVA_19.test(text) }, 'COP', 'a Colombian place and VAT at 19 %'],
  // Vietnam's and Indonesia's tax marks (a tax code, the VAT's name): before the euro's and the UK's
  // VAT words, which their tills print too ("VAT 8%"); their places after those (a coffee's origin)
  [VN_MARK, 'VND', 'Vietnamese tax or invoice words (MST, Thuế GTGT, Hóa đơn, Tổng cộng)'],
  [ID_MARK, 'IDR', 'Indonesian tax marks (NPWP, PPN)'],
  [/\bbrasil\b|\bbrazil\b|\bCNPJ\b|\bLTDA\b/i, 'BRL', 'Brazilian context'],
  [/\bmalaysia\b|\bsdn\.? ?bhd\b|\bSST\b|\bringgit\b/i, 'MYR', 'Malaysian company or tax words'],
  [/\bsouth africa\b|\brand\b|\bZAR\b/i, 'ZAR', 'South African context'],
  [ZA_CLUE, 'ZAR', 'a South African company form, city or the country'],
  // Mexico (its capital, an RFC tax id): before the euro's "IVA", which Mexican tills print too
  [MX_CLUE, 'MXN', 'Mexican context (the country, its capital or an RFC)'],
  // Argentina (CUIT, AFIP, "Tique Factura"): before the euro's "IVA", which Argentine tills print too
  [AR_CLUE, 'ARS', 'Argentine context (CUIT, AFIP, a Tique Factura)'],
  [/\b(MwSt|USt|Umsatzsteuer|Mehrwertsteuer)(?![a-z])|\bTVA(?![a-z])|\bIVA(?![a-z])|\bSIRET\b|\bSIREN\b|\bdeutschland\b|\bfrance\b|\bgmbh\b|\bBTW\b|\bespaña\b|\bitalia\b|\bnederland\b|\bportugal\b|\bS\.r\.l\.|\bS\.p\.A\.|\bS\.n\.c\.|\bS\.a\.s\.|\bB\.V\.|\bdocumento commerciale\b|\bimponibile\b|\bALV\b|\bY-tunnus\b/i, 'EUR', 'euro-area VAT words'],
  [VN_PLACE, 'VND', 'a Vietnamese place or the country'],
  [ID_PLACE, 'IDR', 'an Indonesian place or the country'],
  // Hungary's VAT word and tax number ("ÁFA", "Adószám"): forints
  [/(?<![\p{L}])ÁFA(?![\p{L}])|\badószám/iu, 'HUF', 'Hungarian tax words'],
  // the Philippines' tax number ("VAT REG TIN: 008-123-456-000") or the country: before the UK's
  // "VAT reg" below, which Philippine tills print too (a later tester's receipts came back in pounds)
  [PH_CLUE, 'PHP', 'Philippine context (a TIN, the BIR, "VATable Sales", an OR number)'],
  // Peru, Turkey, Czechia (whose symbols OCR misreads or loses: "S/", "TL", "Kč" read "K") and
  // Greece and Ireland (whose euro sign PP-OCR cannot read): a fresh tester's receipts of all five
  // came back with no currency (and Ireland's before the UK's "VAT reg" below)
  [PE_CLUE, 'PEN', 'Peruvian context (IGV, SUNAT, a boleta de venta electrónica)'],
  [TR_CLUE, 'TRY', 'Turkish context (KDV, VKN, TOPLAM)'],
  [CZ_CLUE, 'CZK', 'Czech context (a city, CELKEM, DPH at a Czech rate)'],
  [GR_CLUE, 'EUR', 'Greek context (ΦΠΑ/FPA, ΑΦΜ/AFM)'],
  [IE_CLUE, 'EUR', 'Irish context (Dublin, an Eircode, VAT at 13.5 %)'],
  // Ireland's VAT number (IE, seven digits and one or two letters; the older form with a letter second)
  [/\bIE\s?\d{7}[A-Z]{1,2}\b|\bIE\s?\d[A-Z]\d{5}[A-Z]\b|\bireland\b/i, 'EUR', 'an Irish VAT number'],
  // Spain's and Portugal's tax numbers (NIF, CIF, NIPC): euros
  [/\b(?:NIF|CIF|NIPC)\b\s*[:.]?\s*(?:[A-Z]-?)?\d{7,9}/, 'EUR', 'a Spanish or Portuguese tax number'],
  // South Africa's VAT number: ten digits beginning with 4 ("VAT No: 4150273846", its O read as a zero: "VAT N0:")
  [/\bVAT\s*(?:N[o0]|Reg(?:istration)?|Number)\.?\s*[:.]?\s*4\d{9}\b/i, 'ZAR', 'a South African VAT number'],
  // Canada: its harmonized sales tax (HST, GST/HST, Quebec's QST/TVQ: no other country prints
  // them), a province and postal code ("Toronto ON M5H 2N2") or a business number with its GST/HST
  // program ("81234 5678 RT0001"): a fresh tester's Toronto till printed neither "$" nor "CAD"
  [/\bGST\/HST\b|\bHST\b|\bQST\b|\bTVQ\b|\bcanada\b/i, 'CAD', 'Canadian sales tax words'],
  [CA_POSTCODE, 'CAD', 'a Canadian province and postal code'],
  [CA_BUSINESS_NUMBER, 'CAD', 'a Canadian business number (GST/HST program)'],
  // New Zealand's GST number, its IRD number "GST No: 112-845-309" (eight or nine digits), or the country
  [NZ_GST_NO, 'NZD', 'a New Zealand GST number'],
  [/\bnew zealand\b|\baotearoa\b/i, 'NZD', 'New Zealand context'],
  // (a UK VAT number, "VAT No: GB 151 8288 34", GB and nine digits, says it when a scan lost the postcode's space)
  [/\bunited kingdom\b|\bVAT reg|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\bGB\s?\d{3}\s?\d{4}\s?\d{2}(?:\s?\d{3})?(?!\d)/i, 'GBP', 'UK context'],
  [/\bindia\b|\bGSTIN\b|\brupees?\b|\b[CS]GST\b/i, 'INR', 'Indian context'],
  // a till slip from the US need print no "$": its sales tax ("SALES TAX 6%") or its state and ZIP
  // code ("Dayton, OH 45402", a scan's speck for the space: "OH.45402") say it
  [US_SALES_TAX, 'USD', 'US sales tax'],
  [US_STATE_ZIP, 'USD', 'a US state and ZIP code'],
  [US_BANK, 'USD', 'a US bank (Member FDIC)'],
  [INDIA_BANK, 'INR', 'an IFSC or figures grouped in lakhs'],
  // an Australian, Singaporean or Malaysian address or tax number
  [ABN, 'AUD', 'an Australian Business Number'],
  [AU_STATE_POSTCODE, 'AUD', 'an Australian state and postcode'],
  [SG_POSTCODE, 'SGD', 'a Singapore postal code'],
  [SG_GST_NO, 'SGD', 'a Singapore GST registration number'],
  [SG_PTE_LTD, 'SGD', 'a Singapore private limited company'],
  [MY_STATE_POSTCODE, 'MYR', 'a Malaysian state and postcode'],
  // the rest of the euro area, last: a country's name is also printed as a product's origin
  [EURO_AREA_CLUE, 'EUR', 'a euro-area country or its tax words'],
];

/** Euro-area countries by their VAT-number prefix (Greece's is EL). */
const EURO_VAT = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']);
/** Countries with a currency of their own, by their VAT-number prefix. */
const OWN_CURRENCY_VAT: Record<string, string> = { CZ: 'CZK', PL: 'PLN', HU: 'HUF', RO: 'RON', SE: 'SEK', DK: 'DKK', BG: 'BGN', GB: 'GBP' };
/**
 * A VAT number after its label ("MwSt-ID: DE811234567", "ALV-ID: FI12345678", "DPH-ID:
 * CZ12345678", "VAT No: GB123456789", Austria's "ATU12345678"): the country prefix and seven to
 * twelve digits (EU VIES formats; Romania's has as few as seven).
 */
const VAT_ID = /(?<![A-Za-z\d])(?:VAT|USt|MwSt|MWST|TVA|IVA|BTW|DPH|DI[ČC]|ALV|Moms|MVA|[ÁA]FA|PTU|NIP|Y-tunnus|P\.?\s?IVA|N[°º]\s?TVA)(?:[\s.-]?(?:ID|IdNr|Id\.?\s?Nr|No|Nr|Reg(?:\.|istration)?|Number|tunnus))?\.?\s*[:#]?\s*([A-Z]{2})U?[^\S\n]?(\d(?:[^\S\n]?\d){6,11})\b/g;

/**
 * The currency of the country whose VAT number the page prints after a VAT label, the first such
 * number whose country is known (euro area -> EUR; CZ, PL, HU, RO, SE, DK, BG, GB -> their own);
 * null when none. A clue for a page that prints no currency, or whose symbol OCR lost (PP-OCR's
 * alphabet has no "€": "YHTEENSÄ € 34,69" is read "YHTEENSÄ 34,69"); a printed code or symbol
 * beats it (./currency.ts).
 */
export function vatIdCurrency(text: string): { code: string; id: string } | null {
  for (const m of text.matchAll(VAT_ID)) {
    const cc = m[1];
    const code = EURO_VAT.has(cc) ? 'EUR' : OWN_CURRENCY_VAT[cc];
    if (code) return { code, id: `${cc}${m[2].replace(/\s/g, '')}` };
  }
  return null;
}
