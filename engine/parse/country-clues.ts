/**
 * @module engine/parse/country-clues
 * Words and numbers that name one country on a page (its tax words and numbers, its company
 * forms, the title of its tax office's receipt, its address and postcode shapes, its capital and
 * large cities), for the currency a page prints with a symbol OCR misreads or lost, or with none
 * (./currency-country.ts orders them, ./currency.ts uses them). Each clue is a regular expression
 * or a `{ test(text) }` over a page's whole text; a clue matches one country only, as far as its
 * sources say. Sources: the tax offices' receipt and tax-number formats (BIR, AFIP/ARCA, SUNAT,
 * GİB, Finanční správa, AADE, Revenue, DIAN, SII, SAT, SARS, IRAS, CRA, Inland Revenue, Vietnam's
 * and Indonesia's tax laws), the EU's VAT rates (European Commission, "VAT rates applied in the
 * Member States"), the postal services' formats (An Post's Eircode, Australia Post, Canada Post,
 * USPS, Singapore's and Malaysia's postcodes); each clue names its own.
 */

/** A clue: a test over a page's whole text (a regular expression is one). */
export type Clue = { test: (text: string) => boolean };

/**
 * The Philippines: the country, its tax number after its label ("VAT REG TIN: 008-123-456-000",
 * nine to fourteen digits with or without dashes), the BIR (its tax office), the VAT words only
 * its tills print ("VATable Sales", "VAT-Exempt Sales"), an official receipt's number ("OR No.",
 * "O.R. No."), or a large city (Manila, Makati, Quezon City, Cebu, Pasig, Taguig, Davao).
 */
export const PH_CLUE: Clue = {
  test: (text) => /\bphilippines\b|\bpilipinas\b|\btin\b[^\n]{0,6}?\d{3}-\d{3}-\d{3}(?:-\d{3,5})?\b|\bVATable\b|\bVAT[- ]Exempt Sales\b|\b(?:manila|makati|quezon city|cebu|pasig|taguig|davao)\b/i.test(text)
    || /\bTIN\b[^\n\d]{0,8}\d{3}-?\d{3}-?\d{3}(?:-?\d{3,5})?(?!\d)|\bBIR\b|\bO\.?R\.? No\b/.test(text),
};

/**
 * Argentina: the country, its tax number's label (CUIT, C.U.I.T.), its tax office (AFIP; its new
 * name ARCA is left out, a word elsewhere), a till's "Tique Factura", or the tax words of its
 * receipts ("Responsable Inscripto", "Ingresos Brutos"). Not its capital: a Spanish grill is named
 * "Buenos Aires" too (AR_DOLLAR_CLUE).
 */
export const AR_CLUE: Clue = {
  test: (text) => /\bargentina\b|\bC\.?U\.?I\.?T\.?(?![\p{L}])|\bAFIP\b|\btique factura\b|\bresponsable inscripto\b|\bingresos brutos\b/iu.test(text),
};
/**
 * Weaker Argentine clues that decide only which dollar a printed "$" is: VAT at Argentina's 21 %
 * ("IVA 21%"; Spain's VAT is 21 % too, but Spain prints no "$"), its capital ("Buenos Aires",
 * "CABA"). Source: Ley de IVA art. 28.
 */
export const AR_DOLLAR_CLUE: Clue = {
  test: (text) => /\bIVA\b[^\n\d]{0,12}21\s?%|\bbuenos aires\b/i.test(text) || /\bCABA\b/.test(text),
};

/**
 * Peru: the country, its VAT (IGV), its tax office (SUNAT), its electronic receipt's title
 * ("BOLETA DE VENTA ELECTRÓNICA", the Ó read as a zero by OCR), or its capital after a district
 * ("Miraflores, Lima"; "lima" alone is a lime).
 */
export const PE_CLUE: Clue = {
  test: (text) => /\bper[uú](?![\p{L}])|\bIGV\b|\bSUNAT\b|\bboleta de venta electr[oó0]nica\b/iu.test(text) || /,\s*Lima\b/.test(text),
};

/**
 * Turkey: the country ("Türkiye"; not "turkey", a sandwich), its VAT (KDV), its tax number (VKN) or tax office ("Vergi Dairesi"), a till
 * slip's number ("FİŞ NO", OCR's "FIS N0"), or "TOPLAM" (Turkish "total"). Not its cities: a kebab
 * house abroad is named "Istanbul".
 */
export const TR_CLUE: Clue = {
  test: (text) => /(?<![\p{L}])(?:t[üu]rkiye|KDV|VKN|vergi dairesi|FİŞ NO|FI[SŞ] N[O0]|TOPLAM)(?![\p{L}])/iu.test(text),
};

/**
 * Czechia: the country, its capital and large cities (Praha, Brno, Ostrava, Plzeň, Olomouc,
 * Liberec), "CELKEM" (Czech "total"; Slovak writes "CELKOM", "SPOLU"), or DPH (VAT, a word Slovakia
 * shares) at a Czech rate (21 %, 12 % since 2024, 15 % before; Slovakia's are 23, 20, 19, 10, 5).
 */
export const CZ_CLUE: Clue = {
  test: (text) => /(?<![\p{L}])(?:česk[áa] republika|czech republic|czechia|praha|brno|ostrava|plze[nň]|olomouc|liberec|celkem)(?![\p{L}])|\bDPH\b[^\n\d]{0,12}(?:21|15|12)\s?%/iu.test(text),
};

/**
 * Greece, in Greek or in Latin letters as a till or OCR without Greek writes it: its VAT (ΦΠΑ,
 * "FPA"), tax number (ΑΦΜ, "AFM"), a private company's form (ΙΚΕ; not "IKE" in Latin letters, a name), a retail receipt's title
 * ("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ", "APODEIXI LIANIKIS"), the country's or its two largest cities' Greek names
 * ("Ellada", "Athina", "Thessaloniki"; not "Greece", "Athens" or "Hellas": names of tavernas abroad
 * and of a town in Georgia).
 */
export const GR_CLUE: Clue = {
  test: (text) => /ΦΠΑ|Φ\.Π\.Α\.|ΑΦΜ|Α\.Φ\.Μ\.|(?<![\p{L}])Ι\.?Κ\.?Ε\.?(?![\p{L}])|ΑΠΟΔΕΙΞΗ|ΕΛΛΑΔΑ|ΑΘΗΝΑ|Αθήνα|ελλάδα/iu.test(text)
    || /\b(?:FPA|AFM)\b/.test(text) || /\b(?:ap[o0]deixi lianikis|ellada|athina|thessaloniki)\b/i.test(text),
};

/**
 * Ireland: the country ("Ireland", "Éire"), the city or a postal district of it ("Dublin 2"; not a
 * "Dublin Road" of a British town),
 * an Eircode (a routing key, a letter and two digits or "D6W", and four characters of An Post's
 * alphabet with at least one letter: "D02 X285"), or VAT at Ireland's 13.5 % (no other EU rate).
 */
export const IE_CLUE: Clue = {
  test: (text) => /\bireland\b|(?<![\p{L}])éire(?![\p{L}])|\bdublin\b(?![^\S\n]+(?:road|rd|street|st)\b)/iu.test(text)
    || /\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?(?=[\dAC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[\dAC-FHKNPRTV-Y]{4}\b/.test(text)
    || (/\bVAT\b/i.test(text) && /(?<![\d.,])13[.,]5\s?%/.test(text)),
};

/**
 * The rest of the euro area (./currency-country.ts's euro VAT words name Germany, France, Spain, Italy, the
 * Netherlands, Portugal, Finland's VAT words; GR_CLUE and IE_CLUE Greece and Ireland): the
 * countries' own names for themselves and in English, and tax words only one euro country prints:
 * Estonia's "KMKR" and "käibemaks", Latvia's "PVN", Lithuania's "PVM", Slovenia's "DDV",
 * Slovakia's "IČ DPH" or DPH at a Slovak rate (23, 20, 19, 5 %; Czechia's are CZ_CLUE's); Croatia,
 * which paid in kuna before 2023, is HR_CLUE's. Source: the euro area's twenty members (ECB,
 * 2023-2025), the EU's VAT rates.
 */
export const EURO_AREA_CLUE: Clue = {
  test: (text) => /(?<![\p{L}])(?:österreich|austria|belgique|belgië|belgium|luxembourg|suomi|finland|slovensko|slovakia|slovenská republika|slovenija|slovenia|eesti|estonia|latvija|latvia|lietuva|lithuania|malta|cyprus|käibemaks|I[ČC] DPH)(?![\p{L}])/iu.test(text)
    || /\b(?:KMKR|PVN|PVM|DDV)\b/.test(text) || /\bDPH\b[^\n\d]{0,12}(?:23|20|19|5)\s?%/.test(text),
};

/**
 * Croatia named by the page: the country ("Hrvatska", "Croatia"), its personal and company tax
 * number (OIB), the codes of its fiscalised receipts (JIR, the tax office's id of the receipt, and
 * ZKI, the issuer's protective code), or PDV (VAT, a word Serbia, Bosnia and Montenegro share) at a
 * Croatian rate (25, 13, 5 %; theirs are 20, 17, 21, 10, 7). Its currency depends on the day
 * (./euro-changeover.ts). Sources: Zakon o PDV-u art. 38; Zakon o fiskalizaciji (JIR, ZKI).
 */
export const HR_CLUE: Clue = {
  test: (text) => /(?<![\p{L}])(?:hrvatska|croatia)(?![\p{L}])/iu.test(text) || /\b(?:OIB|JIR|ZKI)\b/.test(text)
    || /\bPDV\b[^\n\d]{0,12}(?:25|13|5)(?:[.,]00?)?\s?%/.test(text),
};

/**
 * Hungary, as a scan that drops accents reads it: the VAT's name in capitals ("AFA" for ÁFA), the
 * tax number's label ("Adoszam", its ó read as a 6: "Ad6szam") or its shape after it or alone in
 * the header (eight digits, a VAT code 1-5, a county code: "12345678-2-06"), or two of a till's
 * own words (összesen, fizetendő, készpénz, visszajáró, nyugtaszám, kerekítés; one alone may be
 * a name). Source: NAV, the adószám's format (Art. 2017. évi CL. törvény).
 */
export const HU_CLUE: Clue = {
  test: (text) => /(?<![\p{L}])AFA(?![\p{L}])|\bad[o6ó]sz[aá]m|(?<![\d-])\d{8}-[1-5]-\d{2}(?![\d-])/u.test(text)
    || new Set([...text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().matchAll(/\b(osszesen|fizetendo|keszpenz|visszajaro|nyugtaszam|kerekites)\b/g)].map((m) => m[1])).size >= 2,
};

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
 * total's labels ("Tổng cộng", "Tổng tiền", "Tổng thanh toán", "Thành tiền"), a till's unit price
 * heading ("Đơn giá") and its cash lines ("Tiền mặt", "Tiền khách đưa", "Tiền thối", "Tiền thừa"),
 * accents optional (a scan or a font may drop them: a fresh tester's till printing "Tong tien" and
 * no other mark read 125.000 dong as 125).
 * Source: Vietnam's Law on Tax Administration (the ten-digit mã số thuế), Decree 123/2020 on
 * invoices.
 */
export const VN_MARK: Clue = {
  test: (text: string) => /\bMST\b\s*[:.#]?\s*\d{9,10}(?:-\d{3})?(?!\d)/.test(text)
    || /(?<![\p{L}])(?:(?:thu[eế]\s*)?GTGT|h[oó]a\s*[đd][oơ]n|t[oổ]ng\s*(?:c[oộ]ng|ti[eề]n|thanh\s*to[aá]n)|th[aà]nh\s*ti[eề]n|[đd][oơ]n\s*gi[aá]|ti[eề]n\s*(?:m[aặ]t|th[oố]i|th[uừ]a|kh[aá]ch\s*[đd][uư]a))(?![\p{L}])/iu.test(text),
};
/**
 * Korea's own marks on a page, in Hangul: a receipt's or tax invoice's words ("영수증" receipt,
 * "합계" total, "부가세" / "부가가치세" VAT, "공급가액" supply value, "과세" taxed, "사업자" business
 * (registration) number, "카드" card, "원" after a figure). A page printing them counts in won.
 * Source: Korea's VAT Act (부가가치세법) and the receipts its tills print.
 */
export const KR_MARK = /영수증|합계|부가세|부가가치세|공급가액|과세|사업자|신용카드|\d원/u;
/** Vietnam named by the page: the country, its capital, Ho Chi Minh City ("TP. HCM", Sài Gòn) and its other large cities (Đà Nẵng, Hải Phòng, Cần Thơ, Nha Trang). */
export const VN_PLACE = /(?<![\p{L}])(?:vi[eệ]t\s?nam|h[aà]\s?n[oộ]i|TP\.?\s?HCM|h[oồ]\s?ch[ií]\s?minh|s[aà]i\s?g[oò]n|[đd][aà]\s?n[aẵ]ng|h[aả]i\s?ph[oò]ng|c[aầ]n\s?th[oơ]|nha\s?trang)(?![\p{L}])/iu;
/**
 * Indonesia's own marks on a page: its taxpayer number ("NPWP") or its VAT ("PPN", "PPN 11%").
 * Source: Indonesia's VAT law (UU PPN, the 11 % rate since 2022).
 */
export const ID_MARK = /\bNPWP\b|\bPPN\b/;
/** Indonesia named by the page: the country or one of its large cities. */
export const ID_PLACE = /(?<![\p{L}])(?:indonesia|jakarta|surabaya|bandung|medan|semarang|denpasar|yogyakarta|tangerang|bekasi)(?![\p{L}])/iu;

/**
 * Kenya named by the page: the country, a large city (Nairobi, Mombasa, Kisumu, Nakuru, Eldoret),
 * a KRA PIN (the Kenya Revenue Authority's tax number after its label: a letter, nine digits and a
 * letter, "PIN: P051234567X") or M-PESA, Kenya's mobile money. Before the Philippines' clues: a
 * Kenyan till prints "Vatable" too.
 */
export const KE_CLUE: Clue = {
  test: (text) => /\bkenya\b|\b(?:nairobi|mombasa|kisumu|nakuru|eldoret)\b|\bM-?PESA\b/i.test(text) || /\b(?:KRA\s+)?PIN\b[^\n\d]{0,6}[AP]\d{9}[A-Z]\b/.test(text),
};

/**
 * Romania: its fiscal receipt's title ("BON FISCAL"), its tax number after its label with the
 * country prefix ("CIF: RO11201891", "C.I.F. RO 1234567"; the O read as a zero by OCR, "R0"), or a
 * till's thanks ("Vă mulțumim", without accents "Va multumim"). Before the euro area's VAT words:
 * Romania's VAT is the "TVA" France's is (a fresh tester's Romanian fuel slip came back in euros).
 * Source: ANAF, the fiscal receipt (bon fiscal, OUG 28/1999) and the tax number (cod de
 * identificare fiscală, RO + 2 to 10 digits).
 */
export const RO_CLUE: Clue = {
  test: (text) => /\bbon\s+fiscal\b|\bmul[tțţ]umim\b/i.test(text) || /\bC\.?\s?I\.?\s?F\.?\s*[:.]?\s*R[O0][^\S\n]?\d{2,10}\b/.test(text),
};

/**
 * Norway: an organisation number with its VAT mark ("Org.nr. 918 447 216 MVA", nine digits and
 * "MVA", the form the Brønnøysund register prescribes for VAT-registered businesses), the Register
 * of Business Enterprises ("Foretaksregisteret"), or its card and phone payments (BankAxept, Vipps).
 * A page that prints no "kr" (a fresh tester's Oslo till printed amounts alone) is in kroner.
 */
export const NO_CLUE = /\b\d{3}\s?\d{3}\s?\d{3}\s?MVA\b|\bforetaksregisteret\b|\bbankaxept\b|\bvipps\b/i;

/**
 * Denmark: its business register number ("CVR-nr. 12345678", "CVR: 12 34 56 78", eight digits) or
 * its card and phone payments (Dankort, MobilePay), on a page that prints no "kr".
 */
export const DK_CLUE = /\bCVR\b[^\n\d]{0,8}\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b|\bdankort\b|\bmobilepay\b/i;
