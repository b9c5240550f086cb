/**
 * @module engine/parse/country-clues
 * Words and numbers that name one country on a page (its tax words and numbers, the title of its
 * tax office's receipt, its capital and large cities), for the currency a page prints with a
 * symbol OCR misreads or lost, or with none (./currency-country.ts, ./currency.ts). Each clue is
 * a `{ test(text) }` over a page's whole text; a clue matches one country only, as far as its
 * sources say. Sources: the tax offices' receipt formats (BIR, AFIP/ARCA, SUNAT, GİB, Finanční
 * správa, AADE, Revenue), the EU's VAT rates (European Commission, "VAT rates applied in the
 * Member States"), An Post's Eircode format.
 */

type Clue = { test: (text: string) => boolean };

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
 * The rest of the euro area (./currency-country.ts names Germany, France, Spain, Italy, the
 * Netherlands, Portugal, Finland's VAT words; GR_CLUE and IE_CLUE Greece and Ireland): the
 * countries' own names for themselves and in English, and tax words only one euro country prints:
 * Estonia's "KMKR" and "käibemaks", Latvia's "PVN", Lithuania's "PVM", Slovenia's "DDV", Croatia's
 * "OIB", Slovakia's "IČ DPH" or DPH at a Slovak rate (23, 20, 19, 5 %; Czechia's are CZ_CLUE's).
 * Source: the euro area's twenty members (ECB, 2023-2025), the EU's VAT rates.
 */
export const EURO_AREA_CLUE: Clue = {
  test: (text) => /(?<![\p{L}])(?:österreich|austria|belgique|belgië|belgium|luxembourg|suomi|finland|slovensko|slovakia|slovenská republika|slovenija|slovenia|hrvatska|croatia|eesti|estonia|latvija|latvia|lietuva|lithuania|malta|cyprus|käibemaks|I[ČC] DPH)(?![\p{L}])/iu.test(text)
    || /\b(?:KMKR|PVN|PVM|DDV|OIB)\b/.test(text) || /\bDPH\b[^\n\d]{0,12}(?:23|20|19|5)\s?%/.test(text),
};
