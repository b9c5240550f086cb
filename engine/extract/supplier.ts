/**
 * @module engine/extract/supplier
 * The issuer's name from the top of the first page: a line after a seller label ("Seller",
 * "Verkäufer", "From") when there is one, else the first top line that reads like a name,
 * skipping noise (document titles, addresses, phone and tax numbers, dates, OCR debris), and
 * preferring a nearby line that carries a company suffix (SDN BHD, LTD, GMBH, INC, LLC, LLP, PLT, ...).
 */
import type { DocLine } from '../parse/lines.ts';
import { firstColumn, fold, keyword, matchAny, rowBelow } from '../parse/lines.ts';
import { BUYER_LABELS, SELLER_LABELS } from './party-labels.ts';
import { headingOnly, itemTableHeader } from './item-table-header.ts';
import { STREET_LINE } from '../parse/street-line.ts';
import { LEGAL_FORM, LEGAL_FORM_AT_END, legalFormOnly } from './legal-form.ts';
import { withoutGluedTitle } from './title-glued-to-name.ts';

/**
 * A word that vouches for a company name (tested on folded text, anywhere in it): a legal form
 * (Ltd, GmbH, S.r.l., Sdn Bhd; the partnerships LLP, LLLP, LP, L.P. and Malaysia's PLT; the
 * professional PLLC and P.C.) or a trade word a shop's name carries (Trading, Restaurant, Mart).
 * The partnership and professional forms come from a tester's invoices whose names beside the
 * title "INVOICE" were passed over for the address under them. A KG after a figure and a space
 * is a weight ("SUGAR 1 KG"), no Kommanditgesellschaft (see LEGAL_FORM_WORDS).
 */
export const COMPANY_SUFFIX = /\b(sdn\.?\s*bhd|bhd|s\/b|enterprise|trading|restaurant|restoran|ltd|ltda|lda|limited|llc|pllc|llp|lllp|lp|l\.l\.p|l\.p|plt|p\.c|inc|gmbh|ag|plc|srl|s\.r\.l|spa|s\.p\.a|sp\. z [o0]\.[o0]|oy|nv|sas|sarl|s\.l(?:\.u)?|sl|s\.n\.c|snc|ohg|e\.k|gbr|s\.r\.o|sp\.\s?[jk]|v\.o\.f|vof|unipessoal|aps|a\/s|oyj|d\.o\.o|kft|zrt|nyrt|lda\.?|corp|corporation|company|co\.|s\.?a\.?r?\.?l?|b\.v|bv|pty|(?<!\d\s)kg|a\.g|mart|market|store|shop|hardware|stationery|bakeries|cafe|café|bistro|pharmacy)\b\.?/i;

export const NOISE = [
  'tax invoice', 'invoice', 'receipt', 'official receipt', 'cash bill', 'cash sale', 'simplified', 'welcome', 'fax', 'phone',
  'gst', 'reg', 'co no', 'company no', 'vat', 'date', 'time', 'page', 'email', 'www', 'http', 'jalan', 'jln', 'lot', 'no.', 'taman',
  'address', 'customer copy', 'merchant copy', 'statement', 'bill to', 'ship to', 'rechnung', 'facture', 'factuur', 'factura', 'fattura', 'faktura', 'fatura', 'stylesheet',
  'original', 'copy', 'duplicate', 'thank you', 'order', 'table', 'cashier', 'member',
  // a tax number's label glued to its number ("GSTIN:27AAPFU0939F1ZV")
  'gstin',
  // a till slip's title in the languages served: never the shop
  'paragon fiskalny', 'paragon', 'kassenbon', 'quittung', 'scontrino', 'documento commerciale', 'ticket de caisse', 'recibo', 'cupom fiscal', 'kassabon', 'kassabonnetje',
  'nyugta', 'kvitto', 'kvittering', 'kuitti', 'účtenka', 'uctenka', 'ricevuta', 'bon fiscal', 'talão', 'talao', 'boleta', 'tiquete',
].map((k) => keyword(k));
/**
 * The telephone's label "Tel" ("Tel: 03-1234", "TEL. 0123", "Tel No", "Tel/Fax"): noise, unless a
 * name goes on after it, as a place's "Tel" does ("Aroma Espresso Bar Tel Aviv", "Tel Mond"): a
 * word of three or more letters that is no label of a number (No, Nr, Number, Fax, Phone).
 */
export const TEL_LABEL = /(?<![\p{L}\d])tel(?![\p{L}])(?![^\S\n]+(?!(?:no|nr|number|fax|phone|hp|mobile)(?![\p{L}]))\p{L}{3,})/iu;
NOISE.push(TEL_LABEL);
/**
 * A greeting over the name, in the languages served ("WELKOM BIJ", "BIENVENIDOS A", "BEM-VINDO
 * A"): noise where it opens a line; a word further in is a name's ("Studio Grafico Benvenuti",
 * a fresh tester's letterhead, is a surname).
 */
export const GREETINGS = ['welkom', 'bienvenue', 'bienvenido', 'bienvenidos', 'bem-vindo', 'bem vindo', 'bem-vindos', 'willkommen', 'benvenuti', 'benvenuto', 'witamy'].map((k) => keyword(k));
NOISE.push(...GREETINGS);
/** NOISE without the greetings, which count only where they open a line (GREETINGS). */
const NOISE_BUT_GREETINGS = NOISE.filter((re) => !GREETINGS.includes(re));
/** Whether `text` holds a noise word (NOISE), a greeting only at its start. */
export function noisy(text: string): boolean {
  return !!matchAny(text, NOISE_BUT_GREETINGS) || (matchAny(text, GREETINGS)?.start ?? 1) <= 0;
}

function letters(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}

export function plausibleName(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || letters(t) < 3) return false;
  if (letters(t) / t.replace(/\s/g, '').length < 0.6) return false;
  if (/@|www\./i.test(t) || (/\.com\b|\.co\./i.test(t) && !DOT_COM_COMPANY.test(t))) return false;
  if (/\d{5,}/.test(t.replace(/\s/g, '')) && !COMPANY_SUFFIX.test(t)) return false;
  if (COUNTRY_ONLY.test(t)) return false;
  return true;
}

/** A company named after its web address: "ECOSWAY.COM SDN BHD", "Amazon.com Inc." (a legal suffix after ".com"). */
const DOT_COM_COMPANY = /^\W*[\p{L}\d-]+\.com\s+(?:sdn\.?\s*bhd|bhd|s\/b|inc|ltd|limited|llc|plc|corp|gmbh|pte)\b/iu;
/** A line that is only a country closes an address ("MALAYSIA" above "COMPANY REG NO. :75495-W"); it names no one. */
const COUNTRY_ONLY = /^\W*(?:malaysia|singapore|indonesia|thailand|philippines|vietnam|brunei|australia|new zealand|india|china|hong kong|japan|south africa|united kingdom|uk|ireland|united states(?: of america)?|usa|canada|france|germany|deutschland|netherlands|belgium|spain|italy|switzerland|austria)\W*$/i;

/**
 * A sender line as window envelopes print it above the address ("Harbour Supplies Ltd · 2 Mill
 * Lane · Leeds LS1 4AP", its dots read as colons): the name is the part before the first
 * separator when a part after it holds a figure (a house number, a postcode).
 */
function withoutSenderAddress(text: string): string {
  // (a dash between spaces after a legal form separates too: "Officina Galli S.r.l - Via Torino 45")
  const parts = text.split(/\s+[:·|•]\s*|\s*·\s+|(?<=(?:S\.r\.l|S\.p\.A|S\.A|Ltd|GmbH|B\.V|Lda|S\.L)\.?)\s+[-–]\s+/);
  if (parts.length >= 2 && parts.slice(1).some((p) => /\d/.test(p)) && /\p{L}{2}/u.test(parts[0])) return parts[0];
  // the separator lost: a legal form, then a street and number ("De Vries Kantoor B.V. Prinsengracht 14")
  const form = LEGAL_FORM_THEN.exec(text);
  return form && STREET_LINE.test(text.slice(form.index + form[0].length)) ? text.slice(0, form.index + form[0].length).trim() : text;
}
/** A legal form ending a company's name, then a space. */
const LEGAL_FORM_THEN = /\b(?:GmbH|AG|KG|OHG|Ltd\.?|Limited|LLC|PLLC|LLP|LLLP|L\.?P\.|LP|PLT|Inc\.?|PLC|B\.V\.|N\.V\.|BV|NV|SAS|SARL|SA|SRL|SpA|S\.A\.S?\.?|S\.L\.U?\.?|S\.r\.l\.|S\.p\.A\.|Lda\.?|[Ss]p\. z o\.o\.|V\.o\.F\.)(?=\s)/;
/** A digit or two after the legal form closing a name: debris of the line ("Brandt Medien GmbH 1"), no part of it. */
const DIGITS_AFTER_FORM = new RegExp(String.raw`(${LEGAL_FORM_THEN.source.replace('(?=\\s)', '')})\s+\d{1,2}\s*$`);

/** Tidies an OCR'd name: trims punctuation debris and collapses spaces, and cuts a sender line's address. */
export function tidyName(text: string): string {
  // (a speck in a legal form before a dash is mended first, so the dash after the form parts the line: "S.r.:l. - Via Dante 14")
  return withoutSenderAddress(text.replace(/\s+/g, ' ').replace(SPECK_IN_LEGAL_FORM, dotsOfLegalForm)).replace(GLUED_AMPERSAND, '$1 & $2').replace(/\b(Co\.)(?=KG\b)/g, '$1 ').replace(/^[^\p{L}\d(]+|[^\p{L}\d).]+$/gu, '').replace(SPECK_IN_LEGAL_FORM, dotsOfLegalForm).replace(GLUED_LEGAL_FORM, '$1 $2').replace(DOTTED_LEGAL_FORM, '$1 $2').replace(DOT_FOR_SPACE, '$1 $2').replace(ZERO_IN_SP_Z_OO, zeroToLetter).replace(SRL_MISREAD, (_m, r: string, l: string) => `S.${r}.${l === 'i' || (l === '1' && r === 'r') ? 'l' : 'L'}.`).replace(SL_MISREAD, 'S.L.').replace(ZERO_IN_DOO_SRO, zeroInForm).replace(L_FOR_CAPITAL_I, 'I').replace(DIGITS_AFTER_FORM, '$1').trim();
}

/**
 * A dotted legal form with a speck read for one of its dots or beside it ("BAKKER MEDIA B:V.", "Sol S,L.",
 * "FERRAMENTA ADRIATICA S:R.L.", "SP. Z O:O.", "Ferramenta Adriatica S.r.:l."), ending the name (or before a dash and the address): its dots put back (B.V., N.V.,
 * S.A., S.L., S.R.L., S.P.A., S.A.S., S.N.C., O.O. of sp. z o.o.). Only these letters: "A:B." is no form.
 */
const SPECK_IN_LEGAL_FORM = /(?<![\p{L}])((?:\p{L}(?:\.[:;,]|[.:;,])\s?){1,2})(\p{L})\.(?=\s*$|\s*,|\s+[-–]\s)/gu;
const DOTTED_FORMS = new Set(['bv', 'nv', 'sa', 'sl', 'srl', 'spa', 'sas', 'snc', 'oo', 'lp', 'llp', 'pc']);
function dotsOfLegalForm(all: string, head: string, last: string): string {
  const letters = head.replace(/[^\p{L}]/gu, '');
  if (!/[:;,]/.test(head) || !DOTTED_FORMS.has(`${letters}${last}`.toLowerCase())) return all;
  return `${[...letters].map((c) => `${c}.`).join('')}${last}.`;
}


/**
 * An address line: a house number first, a street word in one of our languages or a street named
 * with one as its last part and a house number after it (DE/NL/Nordic compounds: "Rabattstr. 25",
 * "Lindenallee 3", "Keizersgracht 12", "Storgatan 5"), or a postcode
 * with a town (DE/FR/ES/IT "50667 Köln", PL "00-950 Warszawa", PT "1100-048 Lisboa", NL "1012 AB
 * Amsterdam", UK "LS1 4AP"), or a unit, suite or floor and its number before a comma ("Unit 4,
 * Riverside Park": the street after it may carry no street word, and a fresh tester's invoices
 * named their seller so). Shared by the party blocks (./parties.ts) and the letterhead
 * (supplierFromTop below).
 */
export const ADDRESS_LINE = /^\s*\d{1,5}[a-z]?\b|^\W*(?:unit|suite|ste\.?|shop|level|lvl|flat|apt\.?|apartment|building|bldg\.?|floor)\s*\d{1,4}[a-z]?\s*,|\p{L}{2}(?:straße|strasse|str\.|weg|allee|platz|gasse|damm|ufer|chaussee|ring|straat|laan|gracht|plein|kade|gatan|vägen|vej|gade|veien|gata)\s*\d{1,3}[a-z]?\b|\b(street|str\.|straße|strasse|road|rd\.|avenue|ave\.|rue|allee|weg|platz|lane|po box|postfach|quai|place|via|viale|corso|piazza|calle|avenida|avda\.?|plaza|rua|praça|largo|ul\.|al\.|laan|straat|gracht|plein|kade)\b|\b[A-Z]{0,2}[- ]?\d{4,5}\s+\p{L}{3,}|\b\d{2}-\d{3}\s+\p{L}{3,}|\b\d{4}-\d{3}\s+\p{L}{3,}|\b\d{4}\s?[A-Z]{2}\s+\p{L}{3,}|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/iu;

/**
 * A speck read as a dot in the space between two words of a name ("Services.Moreau SAS"): a
 * dot after two lower-case letters and before a capitalised word of three letters or more;
 * abbreviations ("St.Moritz", "Dr.Oetker"), web addresses ("booking.com") and a legal form
 * printed with a dot ("Sdn.Bhd") keep theirs.
 */
const DOT_FOR_SPACE = /(\p{Ll}{2})\.(?!(?:Bhd|Ltd|Inc|Corp|Gmbh|Llc|Plc|Pty)(?![\p{L}]))(\p{Lu}\p{Ll}{2,})/gu;

/** A speck read as a dot between the name and its legal form ("LANDMARKT MAR.GMBH & CO. KG"). */
const DOTTED_LEGAL_FORM = /(\p{L}{2})\.(GmbH|GMBH|Ltd|LTD)(?![\p{L}])/gu;

/** The Italian "S.r.l." with its l read as an i or a 1 ("Studio Lago S.r.i.", "Bar Aurora S.r.1."), ending the name: no legal form ends that way. */
const SRL_MISREAD = /(?<![\p{L}])S\.([rR])\.([iI1])\.?(?=\s*$|\s*,)/gu;

/**
 * The Polish legal form "sp. z o.o." with a letter o that OCR read as a zero ("Sp. z 0.o.") or a
 * speck read between its letters ("Sp. z'o.o.", "Sp. z o:o."): written "sp. z o.o." again, in the
 * case it was printed in.
 */
const ZERO_IN_SP_Z_OO = /(\bsp\.\s?z)[\s'’`,]{0,2}([o0])[.:;,]\s?([o0])\./gi;
function zeroToLetter(_all: string, form: string, a: string, b: string): string {
  const o = [a, b].find((c) => c !== '0') ?? (form === form.toUpperCase() ? 'O' : 'o');
  return `${form} ${o}.${o}.`;
}

/**
 * The legal forms "d.o.o." (Slovenia, Croatia, Serbia, Bosnia: a limited company) and "s.r.o."
 * (Czechia, Slovakia) with an o read as a zero ("Novak d.0.0.", "Kovo s.r.0."), ending the name:
 * written with the letter again, in the case of the form's first letter.
 */
const ZERO_IN_DOO_SRO = /(?<![\p{L}\d])([dD]\.[o0]\.[o0]|[sS]\.[rR]\.[o0])\.?(?=\s*$|\s*,)/gu;
function zeroInForm(all: string, form: string): string {
  if (!form.includes('0')) return all;
  const o = form[0] === form[0].toUpperCase() ? 'O' : 'o';
  return `${form.replace(/0/g, o)}.`;
}

/** The Spanish "S.L." with its L read as a 1 ("Suministros Ibéricos S.1."), ending the name. */
const SL_MISREAD = /(?<![\p{L}\d])S\.1\.?(?=\s*$|\s*,)/gu;

/**
 * A capital I read as a small l opening a word ("Suministros lbericos"): no word of the languages
 * served starts with an l and a consonant other than l, w or y (the Polish "lw" of Lwów).
 */
const L_FOR_CAPITAL_I = /(?<![\p{L}\d'’])l(?=[bcdfgkmnpqrstvxz]\p{Ll})/gu;

/**
 * A legal form that OCR glued to the name's last word ("Graficas SolS.L.", "MusterGmbH"): a
 * capitalised form (GmbH, Ltd, S.L., S.A., S.r.l., S.p.A., B.V., N.V.) right after two lower-case
 * letters, at the end of the name or before a comma. A real word never ends that way.
 */
const GLUED_LEGAL_FORM = /(\p{Ll}{2})(GmbH|Ltd\.?|S\.L\.(?:U\.)?|S\.A\.|S\.r\.l\.|S\.p\.A\.|B\.V\.|N\.V\.)(?=$|,)/gu;

/** "&" glued between two words ("GmbH&Co.", "Nowak&Wisniewska"); initials keep theirs ("H&M", "AT&T"). */
const GLUED_AMPERSAND = /(\p{L}{2})&(\p{L}{2})/gu;

/** A party label opening the text ("BILL TO", "NABYWCA", "Spett.le"): a label, never a name. */
function partyLabel(text: string): boolean {
  const m = matchAny(text, [...SELLER_LABELS, ...BUYER_LABELS]);
  return !!m && m.start <= 1;
}

/**
 * An invoice's or credit note's title in the languages served, as a letterhead prints it beside
 * the issuer's name on one line ("Drukarnia Nowak-Zielińska Sp. z o.o. FAKTURA VAT", "Aguas del
 * Montseny S.A. FACTURA RECTIFICATIVA", "Halvorsen Design Studio ELECTRICITY BILL / TAX INVOICE":
 * a fresh tester's invoices, whose seller came back with the title glued on).
 */
const DOC_TITLE = [
  'invoice', 'tax invoice', 'credit note', 'credit memo', 'debit note', 'rechnung', 'gutschrift', 'rechnungskorrektur', 'stornorechnung',
  'facture', 'avoir', 'factura', 'factura rectificativa', 'fattura', 'nota di credito', 'nota credito', 'fatura', 'nota de crédito', 'nota de credito',
  'factuur', 'creditnota', 'creditfactuur', 'faktura', 'faktura vat', 'faktura korygująca', 'korekta',
].map((t) => keyword(t));

/**
 * `text` (a letterhead line's first column) without a document title ending it: the title
 * (DOC_TITLE) must follow a name and be printed in capitals to the end of the text, the name
 * before it mixed case or ending in a legal form; capitalised words just before the title belong
 * to it ("ELECTRICITY BILL / TAX INVOICE") unless they are a legal form ("SARL"). Otherwise
 * `text` unchanged. A name with a title word inside it ("Smart Invoice Ltd") keeps it: the title
 * must run to the end in capitals.
 */
export function withoutTitle(text: string): string {
  const m = matchAny(text, DOC_TITLE);
  if (!m || m.start === 0) return text;
  const title = text.slice(m.start);
  const before = text.slice(0, m.start).trim();
  if (/\p{Ll}/u.test(title) || !/\p{Lu}/u.test(title) || LEGAL_FORM.test(fold(title))) return text;
  const mixed = /\p{Ll}/u.test(before);
  if (!mixed && !LEGAL_FORM_AT_END.test(fold(before))) return text;
  const words = before.split(/\s+/);
  while (mixed && words.length > 1 && !/\p{Ll}/u.test(words[words.length - 1]) && !legalFormOnly(words[words.length - 1]) && /\p{Ll}/u.test(words.slice(0, -1).join(' '))) words.pop();
  return words.join(' ');
}

/**
 * Whether a letterhead line's name cell (`text`, title cut) cannot be the issuer's name: a street
 * or address line (STREET_LINE, ADDRESS_LINE: "3 Harbour Row, Bristol BS1 4QA", "8 avenue Foch",
 * "Keizersgracht 210, 1016 DZ Amsterdam") or an item table's heading ("Description", "Bezeichnung",
 * "Désignation"; the row `line` an item table header). A fresh tester's invoices whose letterhead
 * name had no legal form came back with these. A name that carries a legal form stays ("3M Deutschland GmbH").
 */
function neverAName(text: string, line: DocLine): boolean {
  if (itemTableHeader(line) || headingOnly(text)) return true;
  return (STREET_LINE.test(text) || ADDRESS_LINE.test(text)) && !LEGAL_FORM.test(fold(text));
}

/**
 * Whether `text` is a document title and nothing else, or the title and its number ("INVOICE",
 * "TAX INVOICE", "FACTUUR", "FAKTURA VAT", "INVOICE No. 2024/99676", "Rechnung Nr. RE-30796"):
 * every DOC_TITLE in it blanked, longest first, what is left is empty or a number marker (No.,
 * Nr., N°, #, optional) and one token holding a digit.
 */
export function titleOnly(text: string): boolean {
  let rest = fold(text);
  for (const re of [...DOC_TITLE].sort((a, b) => b.source.length - a.source.length)) rest = rest.replace(new RegExp(re.source, `${re.flags}g`), ' ');
  return rest !== fold(text) && (!/\p{L}/u.test(rest) || TITLE_NUMBER.test(rest));
}
/** A title's number after it: an optional marker, then one token with a digit ("no. 2024/99676", "n° f59236", "#inv-001"). */
const TITLE_NUMBER = /^[\s:]*(?:(?:no|nr|n[°º]|number|nummer|numero|número|#)\.?[\s:#]*)?(?=[\p{L}\d/.-]*\d)[\p{L}\d/.-]+[\s:]*$/u;

/**
 * The column of a letterhead row that may name the issuer: its first column, or, when that
 * is a document title alone, the next one ("FACTUUR      Van Dijk Installatietechniek B.V.": the
 * title printed on the left and the issuer's block on the right of the page's top, one row of
 * a text layer; a fresh tester's invoices laid out so came back with the address, an item or a
 * total label under the name, or nothing; a title with its number too: titleOnly). The row's
 * first column when there is no next one.
 */
function nameColumn(line: DocLine): string {
  const first = firstColumn(line);
  if (!titleOnly(first)) return first;
  const end = line.text.indexOf(first) + first.length;
  return firstColumn(line, end).trim() || first;
}

/**
 * Whether `cell` (a name cell of `line`) is followed on its row by figures alone: money, maybe
 * with a quantity and a currency code ("Total TTC EUR   7 265,57", "Konsulttjänster   10
 * 622,43   6 224,30"; numeric dates aside): the label of an amount or an item's description, never a name.
 */
function figuresAfter(line: DocLine, cell: string): boolean {
  const at = line.text.indexOf(cell);
  const rest = at < 0 ? '' : line.text.slice(at + cell.length).replace(/\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b[A-Z]{3}\b|[€$£%]/g, ' ');
  return /\d[.,]\d{2}(?!\d)/.test(rest) && !/\p{L}/u.test(rest);
}

/**
 * The issuer's name from the top of the first page of `lines` (reading order; the caller drops
 * the buyer's lines): after a seller label when there is one (confidence 0.8), else the first
 * line in the top 35 % above the item table's header (at most ten lines) whose name cell (first
 * column, or the next one after a title alone: nameColumn; a sender line's first part, a
 * document title after it cut: withoutTitle) reads like a name and is no title, label, address,
 * table heading, nor the label of figures printed after it (figuresAfter), preferring one of the first four that carries a company suffix
 * (0.8; else 0.6). Null when no line qualifies. Rules from the invoices of the dev samples and
 * the testers' sets.
 */
export function supplierFromTop(lines: DocLine[]): { name: string; line: DocLine; confidence: number } | null {
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  // 1. a seller label with the name after it or below it
  for (let i = 0; i < firstPage.length; i++) {
    const l = firstPage[i];
    const m = matchAny(l.text, SELLER_LABELS);
    if (!m || m.start > 2) continue;
    // "FROM  BILL TO", "SPRZEDAWCA  NABYWCA": a row of labels, the names on the row below
    const rest = tidyName(withoutGluedTitle(firstColumn(l, m.end).replace(/^[\s:]+/, '')));
    if (plausibleName(rest) && !partyLabel(rest)) return { name: rest, line: l, confidence: 0.8 };
    // the row below on the page (OCR may list a taller row under it first)
    const next = firstPage.filter((n) => rowBelow(n, l)).sort((a, b) => a.box.y - b.box.y)[0];
    if (next && plausibleName(firstColumn(next)) && !partyLabel(firstColumn(next))) return { name: tidyName(firstColumn(next)), line: next, confidence: 0.8 };
  }
  // 2. the top of the page, above the item table (its rows and the totals under it name no one)
  const header = firstPage.find((l) => itemTableHeader(l));
  const top = firstPage.filter((l) => l.box.y < l.pageHeight * 0.35 && !(header && l.box.y >= header.box.y)).slice(0, 10);
  // a sender line (DIN 5008) joins name, street and town with separators: the name is its first part
  // (a title OCR read into the name's row, "TAX INVOICE ACME PTE LTD", is cut: ./title-glued-to-name.ts)
  const cell = (l: DocLine) => withoutGluedTitle(withoutTitle(nameColumn(l).split(/\s+[·•|]\s+/)[0]));
  // (the name cell is tested, not the row: a title "INVOICE" in the row's other column is no reason to pass the name over)
  const candidates = top.filter((l) => {
    const t = cell(l);
    // (the row from its name column on: a title's number, "INVOICE No. 2024/99676", is no figure of the name's)
    return plausibleName(l.text.slice(Math.max(0, l.text.indexOf(nameColumn(l))))) && (plausibleName(t) || legalFormOnly(t)) && !partyLabel(firstColumn(l)) && !partyLabel(t) && !(noisy(t) && !COMPANY_SUFFIX.test(t)) && !neverAName(t, l) && !figuresAfter(l, t);
  });
  if (!candidates.length) return null;
  const withSuffix = candidates.slice(0, 4).find((l) => COMPANY_SUFFIX.test(fold(cell(l))));
  const pick = withSuffix ?? candidates[0];
  let name = tidyName(cell(pick));
  // a suffix alone on its line ("SDN BHD") belongs to the line above
  if (withSuffix && letters(name.replace(COMPANY_SUFFIX, '')) < 3) {
    // the line standing above it on the page (OCR may list the street under the name before it), no address
    const above = firstPage.filter((l) => rowBelow(pick, l)).sort((a, b) => b.box.y + b.box.h / 2 - (a.box.y + a.box.h / 2))[0];
    if (above && plausibleName(above.text) && !/\d/.test(above.text) && !STREET_LINE.test(above.text)) name = tidyName(`${firstColumn(above)} ${name}`);
  }
  return { name, line: pick, confidence: withSuffix ? 0.8 : 0.6 };
}

// the legal forms moved to ./legal-form.ts (the title cut, ./title-glued-to-name.ts, reads them
// and the letterhead reads the title cut); kept here for the modules that import them from this one
export { LEGAL_FORM_WORDS, LEGAL_FORM, endsInLegalForm, legalFormOnly } from './legal-form.ts';
