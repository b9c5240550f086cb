/**
 * @module engine/parse/currency-country
 * The currency a page's country implies: the lists ./currency.ts falls back on when no code or
 * symbol decides, over the clues of ./country-clues.ts. Two lists, each tried in order, the
 * first match wins:
 * - DOLLAR_COUNTRY: which dollar a bare "$" is (Australian, Canadian, Singapore...);
 * - COUNTRY_CURRENCY: the currency of a page that prints no symbol or code at all. Only clues
 *   that name one country unambiguously are here (./country-clues.ts says each clue's source).
 * And vatIdCurrency: the currency of the country whose VAT number a page prints (EU VIES formats).
 */
import {
  type Clue, ABN, AR_CLUE, AR_DOLLAR_CLUE, AU_STATE_POSTCODE, CA_BUSINESS_NUMBER, CA_POSTCODE, CL_CLUE, CO_CLUE, CO_MARK, CO_PLACE, CZ_CLUE, DK_CLUE, EURO_AREA_CLUE, GR_CLUE, HR_CLUE, HU_CLUE, ID_MARK, ID_PLACE, IE_CLUE, INDIA_BANK, IVA_19, KE_CLUE, MX_CLUE, MX_DOLLAR_CLUE, MY_STATE_POSTCODE, NO_CLUE, NZ_GST_NO, PE_CLUE, PH_CLUE, RO_CLUE, SG_GST_NO, SG_POSTCODE, SG_PTE_LTD, TR_CLUE, US_BANK, US_SALES_TAX, US_STATE_ZIP, VN_MARK, VN_PLACE, KR_MARK, ZA_CLUE,
} from './country-clues.ts';
import { changeoverCurrency } from './euro-changeover.ts';

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
  [KR_MARK, 'KRW', 'Korean receipt or tax words (영수증, 합계, 부가세, 공급가액, 사업자)'],
  [/\bbrasil\b|\bbrazil\b|\bCNPJ\b|\bLTDA\b/i, 'BRL', 'Brazilian context'],
  [/\bmalaysia\b|\bsdn\.? ?bhd\b|\bSST\b|\bringgit\b/i, 'MYR', 'Malaysian company or tax words'],
  [/\bsouth africa\b|\brand\b|\bZAR\b/i, 'ZAR', 'South African context'],
  [ZA_CLUE, 'ZAR', 'a South African company form, city or the country'],
  // Mexico (its capital, an RFC tax id): before the euro's "IVA", which Mexican tills print too
  [MX_CLUE, 'MXN', 'Mexican context (the country, its capital or an RFC)'],
  // Argentina (CUIT, AFIP, "Tique Factura"): before the euro's "IVA", which Argentine tills print too
  [AR_CLUE, 'ARS', 'Argentine context (CUIT, AFIP, a Tique Factura)'],
  // Chile (a RUT, the SII's boleta electrónica, IVA at 19 %) and Romania (a bon fiscal, CIF RO...):
  // before the euro's "IVA" and "TVA", which their tills print too (a fresh tester's Santiago
  // hardware slip in whole pesos and Bucharest fuel slip in lei came back in euros)
  [CL_CLUE, 'CLP', 'Chilean context (a RUT, a boleta electrónica, IVA at 19 %)'],
  [RO_CLUE, 'RON', 'Romanian context (a bon fiscal, a CIF with RO)'],
  // Norway and Denmark by their business numbers and payments, on a page that prints no "kr"
  [NO_CLUE, 'NOK', 'Norwegian context (an org. number with MVA, BankAxept, Vipps)'],
  [DK_CLUE, 'DKK', 'Danish context (a CVR number, Dankort, MobilePay)'],
  [/\b(MwSt|USt|Umsatzsteuer|Mehrwertsteuer)(?![a-z])|\bTVA(?![a-z])|\bIVA(?![a-z])|\bSIRET\b|\bSIREN\b|\bdeutschland\b|\bfrance\b|\bgmbh\b|\bBTW\b|\bespaña\b|\bitalia\b|\bnederland\b|\bportugal\b|\bS\.r\.l\.|\bS\.p\.A\.|\bS\.n\.c\.|\bS\.a\.s\.|\bB\.V\.|\bdocumento commerciale\b|\bimponibile\b|\bALV\b|\bY-tunnus\b/i, 'EUR', 'euro-area VAT words'],
  [VN_PLACE, 'VND', 'a Vietnamese place or the country'],
  [ID_PLACE, 'IDR', 'an Indonesian place or the country'],
  // Hungary's VAT word and tax number ("ÁFA", "Adószám"): forints
  [/(?<![\p{L}])ÁFA(?![\p{L}])|\badószám/iu, 'HUF', 'Hungarian tax words'],
  // ...and as a scan without accents reads them ("AFA", "Ad6szam", "OSSZESEN", "FIZETENDO"), or
  // the tax number's shape (eight digits, the VAT code, the county: "12345678-2-06"): a fresh
  // tester's thermal slip in whole forints lost its accents and was refused as "no money amounts"
  [HU_CLUE, 'HUF', 'Hungarian tax or till words, or a Hungarian tax number'],
  // the Philippines' tax number ("VAT REG TIN: 008-123-456-000") or the country: before the UK's
  // "VAT reg" below, which Philippine tills print too (a later tester's receipts came back in pounds)
  // Kenya (a city, a KRA PIN, M-PESA) before the Philippines' "Vatable": a fresh tester's Nairobi till came back in pesos
  [KE_CLUE, 'KES', 'Kenyan context (a city, a KRA PIN, M-PESA)'],
  // Thailand and Nigeria print "VATABLE" and a TIN too: their places and money before the Philippines' (a fresh tester's
  // Bangkok and Lagos slips came back in pesos)
  [/\b(?:thailand|bangkok|chiang\s?mai|phuket|pattaya|sukhumvit|khlong\s?toei|silom)\b|฿|บาท/iu, 'THB', 'a Thai place or the baht'],
  [/\b(?:nigeria|lagos|abuja|ikeja|lekki|port\s?harcourt|ibadan|kano)\b|₦|\bnaira\b/iu, 'NGN', 'a Nigerian place or the naira'],
  // Israel's shekel as tills print it ("NIS 89.00", "₪"), or an Israeli city (a fresh tester's Tel Aviv slip came back with no currency)
  [/₪|\bNIS\b|\b(?:israel|tel\s?aviv|jerusalem|haifa|be'?er\s?sheva|netanya|herzliya)\b/iu, 'ILS', 'the shekel as NIS or ₪, or an Israeli city'],
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
  // the rest of the euro area, last: a country's name is also printed as a product's origin;
  // Croatia's pages in kuna before its changeover day, in euro from it on (a fresh tester's euro
  // receipt whose "€" OCR lost printed only "PDV 25%")
  [{ test: (text: string) => HR_CLUE.test(text) && changeoverCurrency('HR', text) === 'HRK' }, 'HRK', 'Croatian context (OIB, JIR/ZKI, PDV at a Croatian rate), dated before 2023'],
  [HR_CLUE, 'EUR', 'Croatian context (OIB, JIR/ZKI, PDV at a Croatian rate), dated from 2023 on'],
  [EURO_AREA_CLUE, 'EUR', 'a euro-area country or its tax words'],
];

/** Euro-area countries by their VAT-number prefix (Greece's is EL). */
const EURO_VAT = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'EL', 'ES', 'FI', 'FR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']);
/** Countries with a currency of their own, by their VAT-number prefix. */
const OWN_CURRENCY_VAT: Record<string, string> = { CZ: 'CZK', PL: 'PLN', HU: 'HUF', RO: 'RON', SE: 'SEK', DK: 'DKK', GB: 'GBP' };
/**
 * A VAT number after its label ("MwSt-ID: DE811234567", "ALV-ID: FI12345678", "DPH-ID:
 * CZ12345678", "VAT No: GB123456789", Austria's "ATU12345678", Croatia's "PDV ID: HR...",
 * Slovenia's "DDV: SI...", Bulgaria's "ДДС №: BG...", transliterated "DDS No BG..."): the country
 * prefix and seven to twelve digits, in groups of spaces or hyphens ("MT 1847-2215") (EU VIES
 * formats; Romania's has as few as seven).
 */
const VAT_ID = /(?<![A-Za-z\d])(?:VAT|USt|MwSt|MWST|TVA|IVA|BTW|DPH|DI[ČC]|ALV|Moms|MVA|[ÁA]FA|PTU|NIP|Y-tunnus|P\.?\s?IVA|N[°º]\s?TVA|PDV|DDV|З?ДДС|DDS)(?:[\s.-]?(?:ID|IdNr|Id\.?\s?Nr|No|Nr|Reg(?:\.|istration)?|Number|tunnus|broj|№))?\.?\s*[:#№]?\s*([A-Z]{2})U?[^\S\n]?(\d(?:(?:[^\S\n]|-)?\d){6,11})\b/g;

/**
 * The currency of the country whose VAT number the page prints after a VAT label, the first such
 * number whose country is known (euro area -> EUR; CZ, PL, HU, RO, SE, DK, GB -> their own; HR and BG by
 * the day the page is dated, ./euro-changeover.ts);
 * null when none. A clue for a page that prints no currency, or whose symbol OCR lost (PP-OCR's
 * alphabet has no "€": "YHTEENSÄ € 34,69" is read "YHTEENSÄ 34,69"); a printed code or symbol
 * beats it (./currency.ts).
 */
export function vatIdCurrency(text: string): { code: string; id: string } | null {
  for (const m of text.matchAll(VAT_ID)) {
    const cc = m[1];
    const code = EURO_VAT.has(cc) ? 'EUR' : OWN_CURRENCY_VAT[cc] ?? changeoverCurrency(cc, text);
    if (code) return { code, id: `${cc}${m[2].replace(/\s/g, '')}` };
  }
  return null;
}
