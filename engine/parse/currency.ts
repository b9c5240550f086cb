/**
 * @module engine/parse/currency
 * ISO 4217 currency of a document from what it prints. Evidence, strongest first:
 * 1. an ISO code next to or in words around amounts ("EUR", "USD", "GBP"...) or a prefixed
 *    dollar ("US$", "A$", "C$", "NZ$", "S$", "HK$"), unless another currency's symbol is printed
 *    beside figures more often and the page's country clue names that currency (the code is then
 *    a word of an item's name: "Paleta EUR", a euro pallet, on a Polish invoice in zł);
 * 2. an unambiguous symbol: £ GBP (PHP on a Philippine page: the peso sign read so), ₱ PHP, € EUR, ₹ INR,
 *    "TL"/₺ TRY, "S/" PEN, RM MYR (before an amount, or in brackets in a
 *    column header: "Amount (RM)", "AMT(RM)"; "S$" read "SS", in a header's "(SS)" or before an
 *    amount, is SGD), ¥ JPY (CNY when RMB/元 is printed), ₩ or 원 after a figure KRW;
 * 3. the country the page names (./currency-country.ts): country names, "Sdn Bhd"/"SST" (MYR),
 *    "Rand"/"South Africa" (ZAR), "MwSt"/"USt"/"TVA"/"IVA" (EUR), an ABN or an Australian state
 *    and postcode (AUD), "SINGAPORE 123456" or a Singapore GST number (SGD), a UK VAT number or
 *    postcode (GBP), a US state and ZIP (USD).
 * A bare `$` takes the dollar of the country the page names (Mexico's peso by its RFC, capital,
 * "IVA 16%" or "C.P." postcode; Colombia's by its NIT, the DIAN or a city; Chile's by its RUT); with
 * no such clue it is USD.
 * Only symbols next to a figure count: OCR reads "$" and "¥" out of logos and debris ("$'68",
 * "ID: DhShRTWO4bbF20R ¥5"), so a bare "$" must be printed before a figure or after an amount with cents ("12,00 $"), and "¥" be followed by at least
 * two digits. A rand "R" prefix ("R124995,00") counts when it is printed before two or more
 * amounts with cents (one could be a reference like "R2.50 surcharge code"), or before one on a
 * page with South African evidence ("VAT 15%", a South African VAT number, "(Pty) Ltd", a city).
 * Before all of these, a currency stated in words ("Currency: GBP", "prices are in US dollars").
 * A line converting the total into a second currency ("CHF (0.96) 35,19") is no evidence.
 * Nothing at all -> null (never invented).
 */
import { COUNTRY_CURRENCY, DOLLAR_COUNTRY, vatIdCurrency } from './currency-country.ts';
import { CZ_CLUE, PH_CLUE, ZA_CLUE, ZA_RAND_CLUE } from './country-clues.ts';
import { changeoverCurrency } from './euro-changeover.ts';

export interface CurrencyGuess {
  code: string;
  /** 0..1: codes 0.95, symbols 0.9, context 0.6, bare $ with no context 0.5. */
  confidence: number;
  evidence: string;
}

const CODES = ['USD', 'EUR', 'GBP', 'MYR', 'ZAR', 'AUD', 'CAD', 'CHF', 'SGD', 'INR', 'JPY', 'CNY', 'NZD', 'HKD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'MXN', 'BRL', 'AED', 'SAR', 'IDR', 'PHP', 'THB', 'NGN', 'KES', 'HUF', 'RON', 'BGN', 'TRY', 'ISK', 'KRW', 'CLP', 'COP', 'ARS', 'VND', 'HRK',
  // (a fresh tester's Tel Aviv receipt printed "Currency ILS" and came back with none)
  'ILS', 'EGP', 'QAR', 'TWD', 'UAH', 'RSD', 'PKR', 'BDT', 'LKR', 'KZT', 'GHS', 'TZS', 'DZD', 'UGX', 'XOF'];
/**
 * Codes that are also words printed in capitals ("MAD BURGER", "HAIR GEL 4.50", "PEN"): taken
 * only after an amount with cents ("45,00 GEL") or alone on their line (a folio's "MAD" under its
 * totals), and then only when no other code, symbol or dollar is printed (a "PEN" alone on its
 * line over its price is an item); or stated in words ("Currency MAD"). An item's name before its
 * price is no currency.
 * The Moroccan dirham, the Georgian lari, the Peruvian sol.
 */
const WORD_CODES = ['MAD', 'GEL', 'PEN'];
const WORD_CODE_RES: [string, RegExp][] = WORD_CODES.map((code) => [code, new RegExp(String.raw`\d[.,]\d{2}[^\S\n]?${code}(?![A-Za-z])|^[^\S\n]*${code}[^\S\n]*$`, 'gm')]);
const PREFIXED_DOLLARS: [RegExp, string][] = [
  [/(?<![A-Za-z])R\$/, 'BRL'], [/\bUS\$/, 'USD'], [/\bA\$|\bAU\$/, 'AUD'], [/\bC\$|\bCA\$/, 'CAD'], [/\bNZ\$/, 'NZD'], [/\bS\$/, 'SGD'], [/\bHK\$/, 'HKD'],
];
/**
 * A currency stated in words: a label with a code ("Rechnungswährung : GBP", "Currency: USD",
 * "Devise : EUR") or a sentence ("All prices are in US dollars"). It names the invoice's
 * currency outright, so it beats codes counted elsewhere on the page (a VAT line in EUR).
 */
const STATED: [RegExp, (m: RegExpMatchArray) => string | null][] = [
  [/\b(?:invoice currency|rechnungswährung|rechnungswaehrung|currency|währung|waehrung|devise|valuta|moneda|divisa|moeda|waluta)\s*:\s*([A-Z]{3})\b/i, (m) => (CODES.includes(m[1].toUpperCase()) || WORD_CODES.includes(m[1].toUpperCase()) ? m[1].toUpperCase() : null)],
  // the label and a code in capitals with no colon between ("Currency ILS", "Währung EUR")
  [/\b(?:[Ii]nvoice [Cc]urrency|[Cc]urrency|CURRENCY|[Ww]ährung|WÄHRUNG|[Dd]evise|DEVISE|[Vv]aluta|VALUTA|[Mm]oneda|MONEDA|[Dd]ivisa|DIVISA|[Mm]oeda|MOEDA|[Ww]aluta|WALUTA)[^\S\n]+([A-Z]{3})(?![A-Za-z])/, (m) => (CODES.includes(m[1]) || WORD_CODES.includes(m[1]) ? m[1] : null)],
  [/\b(?:in|en)\s+(US|U\.S\.|Australian|Canadian|New Zealand|Singapore|Hong Kong)\s+dollars?\b/i, (m) => ({ us: 'USD', 'u.s.': 'USD', australian: 'AUD', canadian: 'CAD', 'new zealand': 'NZD', singapore: 'SGD', 'hong kong': 'HKD' } as Record<string, string>)[m[1].toLowerCase()] ?? null],
];

/**
 * Symbols written beside a figure (before or after it): "zł" PLN, "Kč" CZK, "Ft" HUF, "lei" RON,
 * "Fr." / "SFr." CHF, "Rs." INR, "₪" / "NIS" ILS, "đ" / "₫" / "VNĐ" / "dong" VND, "Rp" IDR. A Scandinavian "kr" is SEK, NOK, DKK or ISK by the country the
 * page names (IBAN country, VAT word, country name); SEK when nothing says.
 */
const FIG = String.raw`\d[\d'’ .,\u00a0]*`;
/**
 * A symbol in brackets after a column's word, as a table header prints the currency of its
 * amounts once for all ("Amount (RM)", "AMT(RM)", "Betrag (zł)", "Total ($)"): it counts as the
 * symbol printed beside the amounts would.
 */
const IN_HEADER = (sym: string) => String.raw`(?<=\p{L}\.?\s?)\(\s?(?:${sym})\s?\)`;
/**
 * A symbol beside a figure, in a column header's brackets, or alone on its line above the amounts
 * (a till prints "Kč" or "kr." once over its price column).
 */
const BESIDE = (sym: string, notBefore = '') => new RegExp(String.raw`${FIG}\s?(?:${sym})(?![\p{L}])${notBefore}|(?<![\p{L}])(?:${sym})\s?\d|${IN_HEADER(sym)}|^[^\S\n]*(?:${sym})[^\S\n]*$`, 'gmu');
/**
 * A street word after a figure and "Ft": the figure and "Ft" are then a road's width in feet, an
 * address ("80 Ft Rd, Koramangala", "100 Ft Road"; Indian cities name roads so), not forints.
 */
const STREET_AFTER = String.raw`(?![.,]?\s*(?:Rd|Road|St|Street|Ave|Avenue|Main|Cross|Ring|Lane|Ln|Marg|Nagar|Layout|Highway|Hwy)\b)`;
const SIDE_SYMBOLS: [RegExp, string][] = [
  [BESIDE('zł|zl'), 'PLN'], [new RegExp(String.raw`${FIG}\s?zt(?![\p{L}])`, 'gu'), 'PLN'] /* "zł" after a figure with its ł read as t */, [BESIDE('K\\s?[čČcC]|kc'), 'CZK'] /* its č read as c by an OCR alphabet without it, or apart ("K č") */, [BESIDE('Ft', STREET_AFTER), 'HUF'], [BESIDE('lei|Lei|LEI'), 'RON'], [BESIDE('SFr\\.|Fr\\.'), 'CHF'], [BESIDE('Rs\\.?'), 'INR'],
  // Turkey's lira, its sign or "TL" before or after a figure ("TOPLAM 127,44 TL")
  [BESIDE('TL|₺'), 'TRY'],
  // Peru's sol before an amount with cents ("IMPORTE TOTAL S/ 119.43", "S/.25.00"; not "S/N 123")
  [/(?<![\p{L}\d/])S\/\.?\s?\d[\d,]*[.,]\d{2}(?!\d)/gu, 'PEN'],
  // the dong after (or before) a figure ("385.200 đ", "₫ 50.000", "265.000 VNĐ", "50.000 dong"), the rupiah's "Rp" before it ("Rp 15.000", "RP. 1.250.000")
  [BESIDE('₫|đ|Đ|VNĐ|VNđ|đồng|dong'), 'VND'], [BESIDE('Rp\\.?|RP\\.?'), 'IDR'],
  // Israel's new shekel, its sign or the "NIS" tills print for it ("TOTAL TO PAY NIS 149.50", "₪ 57.30")
  [BESIDE('₪|NIS'), 'ILS'],
  // Kenya's and Uganda's, Tanzania's shillings ("TOTAL 4,491.50 KSh", "KShs 1,200.00", "USh 25,000", "TSh 12,000")
  [BESIDE('KSh[s.]?|Ksh[s.]?|KSH[S.]?'), 'KES'], [BESIDE('USh[s.]?|Ush[s.]?'), 'UGX'], [BESIDE('TSh[s.]?|Tsh[s.]?'), 'TZS'],
];
const KRONA = BESIDE('kr\\.?|Kr\\.?|KR');
/**
 * "kr" closing a total's label, its figure set apart in the column ("SAMTALS KR.      4.450",
 * "Totalt kr        245,00") or after its point ("SAMTALS KR. 4.450", as OCR joins the gap):
 * Scandinavian and Icelandic tills print the unit after the label word, not beside the figure
 * (KRONA's single space, without a point).
 */
const KRONA_LABEL_GAP = /(?<=\p{L}[^\S\n]+)(?:kr|Kr|KR)\.[^\S\n]*\d|(?<=\p{L}[^\S\n]+)(?:kr|Kr|KR)[^\S\n]{2,}\d/gu;
/**
 * Which krona a "kr" is (Danish, Swedish, Norwegian or Icelandic), strongest evidence first, the
 * first clue found deciding: the country's VAT number (Danish "DK" and eight digits, Swedish "SE"
 * and twelve ending "01", Norwegian nine digits and "MVA"), an IBAN of the country, its telephone
 * prefix (+45, +46, +47, +354), the country's name, then words only its language or its tills
 * print (Danish "Dankort", "MobilePay", "CVR", "I alt"; Norwegian "MVA", "Vipps", "BankAxept";
 * Icelandic "VSK", "Kennitala"; Swedish "Kvitto", "Swish", "Org.nr"). "Moms" is Danish and Swedish
 * alike, so it says only "not Norwegian": SEK then, as with no clue at all. Sources: the EU VIES
 * VAT number formats, the ITU country calling codes.
 */
const KRONA_COUNTRY: [RegExp, string][] = [
  [/\bDK[\s-]?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b/, 'DKK'], [/\bSE[\s-]?\d{10}01\b/, 'SEK'], [/\b(?:NO[\s-]?)?\d{3}\s?\d{3}\s?\d{3}\s?MVA\b/, 'NOK'],
  [/\bNO\d{2}\s?\d{4}/, 'NOK'], [/\bDK\d{2}\s?\d{4}\s?\d{4}/, 'DKK'], [/\bIS\d{2}\s?\d{4}\s?\d{4}/, 'ISK'], [/\bSE\d{2}\s?\d{4}\s?\d{4}/, 'SEK'],
  [/\+45\s?\d/, 'DKK'], [/\+46\s?\d/, 'SEK'], [/\+47\s?\d/, 'NOK'], [/\+354\s?\d/, 'ISK'],
  [/\b(?:norge|norway)\b/i, 'NOK'], [/\b(?:danmark|denmark)\b/i, 'DKK'], [/\b(?:ísland|iceland)\b/i, 'ISK'], [/\b(?:sverige|sweden)\b/i, 'SEK'],
  [/\b(?:dankort|mobilepay|CVR|i alt)\b/i, 'DKK'], [/\b(?:mva|vipps|bankaxept)\b/i, 'NOK'], [/\b(?:vsk|kennitala)\b/i, 'ISK'], [/\b(?:kvitto|swish|org\.?\s?nr)\b/i, 'SEK'],
];
/** Currencies named in words ("Euro", "złotych", "reais", "pounds sterling", "shekels"). */
const WORDS: [RegExp, string][] = [
  [/\beuros?\b/i, 'EUR'], [/\bz[łl]otych\b|\bz[łl]ote?\b/i, 'PLN'], [/\breais\b|\breal brasileiro\b/i, 'BRL'], [/\bpounds? sterling\b|\bsterling\b/i, 'GBP'],
  [/\bswiss francs?\b|\bfranken\b|\bfrancs? suisses?\b/i, 'CHF'], [/\bkorun\b|\bkoruna\b/i, 'CZK'], [/\bforint\b/i, 'HUF'], [/\brupees?\b/i, 'INR'],
  [/\b(?:new israeli )?(?:shekels?|sheqels?|sheqalim)\b/i, 'ILS'],
];
/**
 * The currency of the country of an IBAN printed on the page (a bank statement's own account):
 * the first IBAN whose country has a currency of its own or uses the euro.
 */
const IBAN_RE = /\b([A-Z]{2})\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g;
const EURO_COUNTRIES = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MC', 'MT', 'NL', 'PT', 'SI', 'SK', 'SM', 'AD', 'VA']);
const IBAN_CURRENCY: Record<string, string> = { GB: 'GBP', CH: 'CHF', LI: 'CHF', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', SE: 'SEK', NO: 'NOK', DK: 'DKK', TR: 'TRY', IS: 'ISK', BR: 'BRL' };

/**
 * The currency of the first IBAN's country, or null; for a country that changed over to the
 * euro (Croatia, Bulgaria) the currency of the day the page is dated (./euro-changeover.ts).
 */
export function currencyOfIban(text: string): string | null {
  for (const m of text.matchAll(IBAN_RE)) {
    const cc = m[1];
    // the shortest IBAN (Norway's) has 15 characters; a VAT number ("PL5260250274") is no IBAN
    if (m[0].replace(/\s/g, '').length < 15) continue;
    if (EURO_COUNTRIES.has(cc)) return 'EUR';
    if (IBAN_CURRENCY[cc]) return IBAN_CURRENCY[cc];
    const changed = changeoverCurrency(cc, text);
    if (changed) return changed;
  }
  return null;
}

/**
 * A bare "$" before a figure, or after an amount with cents ("12,00 $"). Not one glued to a
 * figure without cents: that is a per cent sign read as "$" ("SGST 2.5$ 28.27", a tax rate and
 * its tax; a fresh tester's Indian receipt came back in US dollars).
 */
const BARE_DOLLAR = /(?<![\d.,])\$\s?\d|\d[.,]\d{2}\s?\$/;
/**
 * Singapore's "S$" before an amount with cents with its "$" read as S or s ("AMOUNT DUE SS 195.85",
 * "GRAND TOTAL Ss 86.14"): no word is "SS" or "Ss" on its own before money.
 */
const S_DOLLAR_READ_SS = /(?<![\p{L}\d])S[Ss]\s?\d[\d,]*[.,]\d{2}(?!\d)/u;

/** A rand amount: "R1249950,00", "R 124 995.00" (an R prefix, digits, cents). */
const RAND = /(?<![\p{L}\d])R\s?\d[\d ,.]*[.,]\s?\d{2}(?!\d)/gu;

/**
 * A line that converts the total into a second currency: a code with its exchange rate in
 * brackets ("CHF (0.96) 35,19") or beside a rate word ("Kurs", "taux", "exchange rate"). Its code
 * is not the document's currency (a fresh tester: five euro receipts with a franc line were read
 * as CHF).
 */
const CONVERSION_LINE = new RegExp(String.raw`^.*(?:(?<![A-Za-z])(?:${CODES.join('|')})(?![A-Za-z])\s*[(@]\s*\d+[.,]\d+\s*\)?|(?:exchange rate|wechselkurs|kurs|taux de change|taux|tipo de cambio|tasso di cambio|taxa de c[aâ]mbio|wisselkoers|kurs wymiany)\b.*(?<![A-Za-z])(?:${CODES.join('|')})(?![A-Za-z])).*$`, 'gim');

/**
 * The Philippine peso's sign, or "Php" before a figure ("Php 411.00"; the BIR's receipts print
 * both), or "PHP" after an amount (counted as a code too).
 */
const PESO_PH = /₱|(?<![\p{L}])Php\s?\d/gu;
/**
 * The peso sign read as a "P" by an OCR alphabet without it, before an amount with cents ("TOTAL
 * AMOUNT DUE P 845.90"): counted on a page with Philippine evidence only.
 */
const PESO_READ_P = /(?<![\p{L}\d])P\s?\d[\d,]*\.\d{2}(?!\d)/gu;
/**
 * "Kč" after an amount with its "č" lost ("CELKEM 721,50 K", a thermal scan): counted on a page
 * with Czech evidence only (./country-clues.ts).
 */
const KORUNA_READ_K = /\d[.,]\d{2}\s?K(?![\p{L}])/gu;

/** How often each currency's symbol is printed beside a figure (or in a column header), most first. */
function symbolCounts(text: string): (readonly [string, number])[] {
  const ph = PH_CLUE.test(text);
  const sym: [RegExp, string][] = [[/£/g, ph ? 'PHP' : 'GBP'] /* the peso sign read as "£" */, [PESO_PH, 'PHP'], [ph ? PESO_READ_P : /(?!)/g, 'PHP'], [CZ_CLUE.test(text) ? KORUNA_READ_K : /(?!)/g, 'CZK'], [/€/g, 'EUR'], [/₹/g, 'INR'], [new RegExp(String.raw`\bRM\s?\d|${IN_HEADER('RM')}`, 'gu'), 'MYR'], [new RegExp(String.raw`${IN_HEADER('SS')}|${S_DOLLAR_READ_SS.source}`, 'gu'), 'SGD'] /* "(S$)" or "S$ 195.85" with its $ read as S */, [/¥\s?\d[\d,.]*\d|円/g, /RMB|元|人民币|\bchina\b|\bCNY\b/i.test(text) ? 'CNY' : 'JPY'], [/₩\s?\d[\d,.]*\d|\d원/g, 'KRW'], [RAND, 'ZAR']];
  const counts: (readonly [string, number])[] = sym.map(([re, code]) => [code, text.match(re)?.length ?? 0] as const).filter(([code, n]) => n > (code === 'ZAR' && !ZA_CLUE.test(text) && !ZA_RAND_CLUE.test(text) ? 1 : 0));
  for (const [re, code] of SIDE_SYMBOLS) {
    const n = text.match(re)?.length ?? 0;
    if (n) counts.push([code, n] as const);
  }
  const kr = (text.match(KRONA)?.length ?? 0) + (text.match(KRONA_LABEL_GAP)?.length ?? 0);
  if (kr) counts.push([KRONA_COUNTRY.find(([re]) => re.test(text))?.[1] ?? 'SEK', kr] as const);
  return counts.sort((a, b) => b[1] - a[1]);
}

/** Guesses the currency of a whole text; null when nothing on the page says. */
export function detectCurrency(text: string): CurrencyGuess | null {
  text = text.replace(CONVERSION_LINE, '');
  // 0. a currency stated in words (the first statement on the page: the invoice currency comes first)
  for (const [re, code] of STATED) {
    const m = text.match(re);
    const c = m ? code(m) : null;
    if (c) return { code: c, confidence: 0.97, evidence: `the page states the currency: "${m![0]}"` };
  }
  // 1. explicit codes (counted; the most frequent wins)
  const counts = new Map<string, number>();
  for (const code of CODES) {
    // (a code's O read as a zero by OCR, "TOTALT N0K", "R0N": its zero between its letters)
    // (a code with a full stop and a word after it is an abbreviation, "BAGDAT CAD. NO:112", Turkish
    // "Caddesi" (street), not a currency: codes are written without a stop)
    const n = text.match(new RegExp(String.raw`(?<![A-Za-z])${code.replace(/O/g, '[O0]')}(?![A-Za-z]|\.[^\S\n]*\p{L})`, 'gu'))?.length ?? 0;
    if (n) counts.set(code, n);
  }
  for (const [re, code] of PREFIXED_DOLLARS) {
    const n = text.match(new RegExp(re.source, 'g'))?.length ?? 0;
    if (n) counts.set(code, (counts.get(code) ?? 0) + n);
  }
  const symbols = symbolCounts(text);
  if (counts.size) {
    const [code, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    // a code printed less often than another currency's symbol beside figures, on a page whose
    // country clue names that symbol's currency, is a word of an item's name ("Paleta EUR", the
    // euro pallet, on a Polish invoice in zł: a fresh tester's two invoices came back in EUR)
    const [symCode, symN] = symbols[0] ?? ['', 0];
    if (symCode !== code && symN > n && COUNTRY_CURRENCY.find(([re]) => re.test(text))?.[1] === symCode) {
      return { code: symCode, confidence: 0.85, evidence: `the ${symCode} symbol is printed ${symN} time(s), more than the code ${code}, and the page names its country` };
    }
    return { code, confidence: 0.95, evidence: `the code ${code} is printed ${n} time(s)` };
  }
  // 2. symbols
  if (symbols.length) return { code: symbols[0][0], confidence: 0.9, evidence: `the ${symbols[0][0]} symbol is printed` };
  // 3. a bare dollar, resolved by context
  if (BARE_DOLLAR.test(text) || new RegExp(IN_HEADER('\\$'), 'u').test(text)) {
    for (const [re, code] of DOLLAR_COUNTRY) if (re.test(text)) return { code, confidence: 0.7, evidence: `"$" with ${code} country context` };
    return { code: 'USD', confidence: 0.5, evidence: 'a bare "$" with no country context' };
  }
  // 3b. a code that is also a word ("MAD", "GEL", "PEN"), only where no other code, symbol or dollar is printed
  const worded = WORD_CODE_RES.map(([c, re]) => [c, text.match(re)?.length ?? 0] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (worded.length) return { code: worded[0][0], confidence: 0.8, evidence: `the code ${worded[0][0]} is printed after an amount or alone on its line` };
  // 4. a currency named in words, then the country of the page's IBAN, then context words
  for (const [re, code] of WORDS) if (re.test(text)) return { code, confidence: 0.75, evidence: `the currency is named in words (${code})` };
  const iban = currencyOfIban(text);
  if (iban) return { code: iban, confidence: 0.7, evidence: `the IBAN's country uses ${iban}` };
  const vat = vatIdCurrency(text);
  if (vat) return { code: vat.code, confidence: 0.65, evidence: `the VAT number ${vat.id}'s country uses ${vat.code}` };
  for (const [re, code, why] of COUNTRY_CURRENCY) if (re.test(text)) return { code, confidence: 0.6, evidence: why };
  return null;
}
