/**
 * @module engine/extract/invoice-fields
 * The invoice number and the issue and due dates, by label strength rather than by page order:
 * - labels come in tiers (a credit note's own number label beats an "Invoice number" label,
 *   which beats a bare "Invoice" title, which beats a generic "Reference"); the first candidate
 *   of the strongest tier that has one wins;
 * - a number may sit inside a title: "Rechnung des Versicherers (575) Nr. 00.123.456.7-2018-1",
 *   "Facture ... n° 1234567890": a few words, then a number marker (Nr., No., n°, #), then the id;
 * - below a label, the value is the first line under the label's own column (not merely the next
 *   line in reading order, which may belong to another column);
 * - a token that is an amount ("1479,85 €") or a date is never an id; one that holds a date after
 *   a series ("FV/10/09/2024") is one, and so is a number shaped like a date right after a
 *   number label or marker ("Nº 5/10/2024": the label decides), unless the page prints it as a
 *   date elsewhere too;
 * - a series of capitals one space before the number is part of it ("FT 2025/650", "FT A/123");
 * - the weakest label is a number marker opening its line ("Nº 5/10/2024" under a title) or a
 *   column ("Dupont SARL      N° F2026-00123"), and a postcode and its town under a title
 *   ("FATTURA" over "10122 Torino"), or a house number and its street ("FACTURE" over "12 rue de
 *   la Paix"), is an address, no number;
 * - a title naming its kind of invoice ("Faktura VAT", "Factura electrónica de venta") is read
 *   whole, its number after it with no marker ("Faktura VAT FV/112/10/2026");
 * - an id the column wrapped after a hyphen or slash ("INV-2025-" over "6002") is read whole, and a
 *   label wrapped over two lines of a narrow column ("Invoice" over "#:") has its id beside it;
 * - a delivery, order or "next invoice" date is not the issue date; a direct-debit date
 *   ("Vous serez prélevé ... à partir du 15/02/2021") is the date the invoice is paid, the due date.
 */
import { findDates, type DateOrder } from '../parse/dates.ts';
import { columnGaps, fold, keyword, matchAny, spanBox, spanConfidence, xOverlap, type DocLine } from '../parse/lines.ts';
import { GLUED_MARKER, isDateToken, labelledDates, type DateCandidate, type TextCandidate } from './labels.ts';
import { phonePiece } from './phone-digits.ts';
import { STREET_LINE } from '../parse/street-line.ts';
import { markedLetterKeyword } from '../parse/marked-letter-keyword.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
/**
 * The labels and, after them, each with one of its doubled letters read once: OCR reads a doubled letter
 * of a label as one ("Facturnummer" for Factuurnummer on a scanned Dutch invoice, issue #12).
 */
const kDoubled = (xs: string[]) => k([...new Set([...xs, ...xs.flatMap((x) => [...x.matchAll(/(\p{L})\1/gu)].map((m) => x.slice(0, m.index) + x.slice(m.index! + 1)))])]);

/**
 * A credit note's own number labels and titles, in the languages served: they beat any invoice
 * label, for a credit note names the invoice it corrects too ("Credit note CN-0042 ... Original
 * invoice INV-000981": the credit note's is its number). Read only right after the label (a
 * number marker between: "Gutschrift Nr.", "Avoir n°") or beside it, never a few words on
 * ("Gutschrift zu Rechnung Nr. 123" names the invoice's). A bare "avoir" is a French verb too:
 * only with its marker.
 */
const CREDIT_NOTE_LABELS = kDoubled([
  'credit note number', 'credit note no', 'credit note nr', 'credit note #', 'credit note', 'credit memo',
  'gutschriftsnummer', 'gutschrift nr', 'gutschrift', 'rechnungskorrektur nr', 'stornorechnung nr',
  "numéro d'avoir", "n° d'avoir", "facture d'avoir n", 'avoir n°', 'avoir nº', 'avoir no', 'avoir n',
  'número de nota de crédito', 'nota de crédito n.º', 'nota de crédito nº', 'nota de crédito n', 'nota de crédito',
  'numero nota di credito', 'nota di credito n', 'nota di credito nr', 'nota di credito',
  'creditnotanummer', 'creditnota nr', 'creditnota', 'creditfactuur nr', 'creditfactuur',
  'numer faktury korygującej', 'faktura korygująca nr', 'faktura korygująca', 'korekta nr',
]);
/**
 * Invoice titles that name their kind of invoice after the title word, as the countries print them: PL "Faktura VAT"
 * (and "Faktura VAT marża"), CO "Factura electrónica de venta" and "Factura de venta" (the DIAN's names), ES/MX/PE
 * "Factura electrónica", IT "Fattura elettronica", "Fattura accompagnatoria", "Fattura differita", FR "Facture
 * électronique", PT "Fatura eletrónica", EN "Tax invoice", "Commercial invoice".
 */
const TITLES_WITH_KIND = [
  'faktura vat marża', 'faktura vat', 'factura electrónica de venta', 'factura de venta', 'factura electrónica', 'fattura elettronica',
  'fattura accompagnatoria', 'fattura differita', 'facture électronique', 'fatura eletrónica', 'fatura electrónica', 'tax invoice', 'commercial invoice',
];
/** Strongest tier first. */
export const INVOICE_ID_TIERS = [
  CREDIT_NOTE_LABELS,
  kDoubled([
    'invoice number', 'invoice no', 'invoice #', 'invoice nr', 'invoice id', 'rechnungsnummer', 'rechnungsnr', 'rechnung nr', 'rechnungs-nr',
    'handelsrechnung nr', 'facture n', 'numéro de facture', 'n° de facture', 'no de facture', 'factuurnummer', 'factuur nr', 'numero fattura',
    'numero de factura', 'factura n', 'nota fiscal', 'tax invoice no', 'bill number', 'bill no',
    'numer faktury', 'nr faktury', 'faktura nr', 'faktura vat nr', 'fattura n', 'fattura nr', 'numero documento', 'fatura n', 'número da fatura', 'factuurnr',
    'číslo faktury', 'cislo faktury', 'számla sorszáma', 'szamla sorszama', 'számlaszám', 'szamlaszam', 'fakturanummer', 'fakturanr', 'arve nr', 'laskun numero',
    'broj računa', 'broj racuna', 'številka računa', 'factură nr', 'factura nr', 'sąskaitos nr', 'rēķina nr',
    'n. documento', 'n° documento', 'nº documento', 'n. fattura', 'nº factura', 'n.º factura', 'nº fatura', 'n.º fatura', 'numer dokumentu', 'nr dokumentu',
    // HR "Račun br." and SL "Račun št." (račun: the invoice; br. broj, št. številka: number), a scan's "Racun St." too
    'račun br', 'račun broj', 'račun št', 'račun štev', 'račun številka',
    // and a fourteenth tester's: SL/HR "Št. računa" (številka abbreviated before the noun), LV "Rēķins Nr." (the noun in the
    // nominative, beside the genitive "Rēķina Nr." above), GR in Latin letters "Ar. Timologiou" / "Arithmos Timologiou" (number of
    // the invoice) and "Arithmos Apodeixis" (number of the receipt: a Greek "Apodeixi Parochis Ypiresion" is billed as an invoice),
    // and the same in Greek script; a plain font's or a scan's unmarked letters fold to these (../parse/lines.ts fold)
    'št računa', 'rēķins nr', 'rēķina numurs', 'rēķins numurs',
    'arithmos timologiou', 'ar timologiou', 'arithmos apodeixis', 'ar apodeixis', 'αριθμός τιμολογίου', 'αρ. τιμολογίου', 'αριθμός απόδειξης', 'αρ. απόδειξης',
    // Japanese (請求書番号, 請求番号: the invoice's number) and Chinese (发票号码 / 發票號碼)
    '請求書番号', '請求番号', '发票号码', '發票號碼',
    // a fresh tester's: CS/SK "Faktura č.", "Daňový doklad č." (č.: číslo, number; a plain font's "c." folds the same), AR the
    // AFIP comprobante's number ("Comp. Nro: 0003-00012345", "Comprobante Nº"), printed whole with its point of sale
    'faktura č', 'faktúra č', 'daňový doklad č', 'doklad č', 'číslo dokladu',
    'comp nro', 'comp nº', 'comp n°', 'comprobante nro', 'comprobante nº', 'comprobante n°', 'nro comprobante', 'nro comp',
  ]).concat(
    // MX "Folio: F-66948" (a CFDI's own number, its "Serie y folio"), never the "Folio fiscal" (the SAT's UUID of the stamp)
    /(?<![\p{L}\d])folio(?!\s*fiscal)(?![\p{L}])/u,
    // VN "Số hóa đơn" / "Số HĐ" (the invoice's number; its marked letters may be blanks or lost: ../parse/marked-letter-keyword.ts)
    ...['số hóa đơn', 'số hoá đơn', 'số hđ'].map(markedLetterKeyword),
    // and a VN e-invoice's bilingual "Số (No.): 0001234" beside its "Ký hiệu (Serial)" (Circular 78/2021's form), never "SO:" (a sales order)
    /(?<![\p{L}\d])so\s*\(\s*no\.?\s*\)/u,
  ),
  // (GR "Timologio", "Τιμολόγιο": the invoice's title, in Latin letters and in Greek)
  // a title naming its kind of invoice is the title whole, so that the number follows it with no marker ("Faktura VAT
  // FV/112/10/2026", "Factura electrónica de venta FE-88213", Colombia's DIAN name): longer titles first, as a title and its
  // kind start at one place and the first pattern there is taken
  k([...TITLES_WITH_KIND, 'invoice', 'rechnung', 'facture', 'factuur', 'fattura', 'factura', 'handelsrechnung', 'faktura', 'fatura', 'timologio', 'τιμολόγιο']),
  k(['document no', 'document number', 'belegnummer', 'beleg nr', 'reference', 'référence', 'ref no']),
  // weakest: a number marker opening its line or a column ("Nº 5/10/2024" under or beside an "Invoice" title)
  k(['nº', 'n°', 'n.º', 'n. º', 'nro']),
];
/** The tier whose label is a bare number marker: it opens its line or a column, and the token after it is the number whatever its shape. */
const MARKER_TIER = 4;
/** The tier of a credit note's own labels (CREDIT_NOTE_LABELS): the number right after or beside the label only. */
const CREDIT_TIER = 0;

/**
 * What a scan's OCR prints for the raised ordinal sign of a number marker ("N°", "Nº", "n.º"): the
 * sign itself, the feminine ordinal ª, or a mark its small raised circle is read as (a straight or
 * curly quote or apostrophe, an asterisk, an accent).
 */
const SIGN_MARK = String.raw`[°ºª"'*”’´\`]`;
/** The sign read as a letter or digit instead: an o or a zero (its circle), a nine or a two (its circle and underline). */
const SIGN_GLYPH = '[o092]';
/**
 * "Nr.", "No.", "Nro.", "n°", "č." (Czech číslo), "#", "Number" before an id; "n9", "n.9", "n2", "N0", "N*", `N"`, "nª" are
 * "nº", "n.º" with the ordinal sign damaged by OCR (SIGN_MARK, SIGN_GLYPH; OCR's Latin alphabets
 * have no º), and "Nr*" a speck after an "Nr" read as a mark.
 */
const MARKER = new RegExp(String.raw`^(?:no|nr\.?${SIGN_MARK}?|no\.|nro|n\.?(?:${SIGN_MARK}|${SIGN_GLYPH})|number|num|numero|numéro|nummer|č|#)$`, 'i');
/**
 * Whether a token is a number marker (MARKER, its point or colon aside), or Czech and Slovak "č."
 * (číslo, number) with its haček lost in a plain font or a scan ("c.": only with its point).
 */
function isMarker(tok: string): boolean {
  return MARKER.test(tok.replace(/[:.]+$/, '')) || /^c\.:?$/i.test(tok);
}
/**
 * A number marker glued to the id by its colon ("Nº:F-2026-0142", "No:0457", "Nr.:RE-118",
 * "n.:118", "N*:0457"; a sign damaged as in MARKER): no part of the id.
 */
const GLUED_BY_COLON = new RegExp(String.raw`^n(?:r\.?|\.?(?:${SIGN_MARK}|${SIGN_GLYPH}))?\.?${SIGN_MARK}?:+(?=[A-Za-z0-9])`, 'i');
/** A token that is only punctuation or a damaged sign between a label and its id (":", "-", "º", `"`, "*"). */
const PUNCTUATION_TOKEN = new RegExp(String.raw`^(?:[:#.\-–]|${SIGN_MARK})+$`);
/** A series of one to four capitals printed before a number ("FT" of "FT 2025/650"). */
const SERIES = /^[A-Z]{1,4}$/;
const ID_TOKEN = /^[A-Za-z0-9][A-Za-z0-9\-\/._]{1,39}$/;

function tokens(text: string, from: number): { t: string; start: number }[] {
  const out: { t: string; start: number }[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ t: m[0], start: m.index });
  return out;
}

/**
 * An id token: holds a digit, is not a date, not an amount ("1479,85", "12.90 €") and not a
 * percentage. A date with a series before it is an id ("FV/10/09/2024": ./labels.ts isDateToken).
 */
function asId(tok: string, after: string, dateOk = false): string | null {
  const t = tok.replace(SPECKS_BEFORE_ID, '').replace(/[:;,)'"‘’′”]+$/g, '');
  if (!ID_TOKEN.test(t) || !/\d/.test(t) || (isDateToken(t) && !(dateOk && DATE_SHAPED_ID.test(t)))) return null;
  if (/^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$/.test(t)) return null; // an amount
  if (/^,\d{2}\b|^\s*(?:€|\$|£|eur|usd|gbp|%)/i.test(after)) return null; // "1479,85 €", "19 %"
  const id = t.replace(/[.\-_/]+$/, '');
  return id.length >= 3 || /^\d+$/.test(id) && id.length >= 2 ? id : null;
}

/**
 * A number shaped like a date ("5/10/2024", "12.05.2024"): only digits and one kind of separator.
 * Right after an invoice-number label or a number marker the label decides, and it is the
 * number (a tester's "Nº 5/10/2024").
 */
const DATE_SHAPED_ID = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/;

/**
 * What may stand glued before an id and is no part of it: a colon, hash, bracket or quote, and a
 * scan's speck read as a middle dot, bullet, accent, dot or comma ("Invoice #: ·F2020/0889"; a
 * dot or comma only before a letter or digit).
 */
const SPECKS_BEFORE_ID = /^(?:[:#('"‘’′·•`´]|[.,](?=[\p{L}\d·•]))+/u;

/**
 * The rest of an id its column wrapped after a hyphen or slash ("INV-2025-" over "6002", issue
 * #12): the word that starts under the id's first character (within half its height) on the row
 * right below, when it is a run of letters and digits. Null when there is none.
 */
function wrappedRest(lines: DocLine[], line: DocLine, box: ReturnType<typeof spanBox>): string | null {
  for (const l of lines) {
    if (l === line || l.page !== line.page) continue;
    const w = l.words.find((x) => Math.abs(x.box.x - box.x) <= box.h / 2 && x.box.y > box.y + box.h * 0.3 && x.box.y < box.y + box.h * 1.8);
    if (w && /^[A-Za-z0-9]+$/.test(w.text) && /\d/.test(w.text)) return w.text;
  }
  return null;
}

/**
 * The id after a label on its own line: directly ("Invoice No: INV-7"), or after up to five
 * words when a number marker introduces it ("Rechnung des Versicherers (575) Nr. 00.12-1"). With
 * `lines`, an id that ends the line on a hyphen or slash takes the rest its column wrapped onto
 * the row below (wrappedRest).
 */
function idAfter(line: DocLine, from: number, allowTitle: boolean, lines?: DocLine[], datesAllowed = false): TextCandidate | null {
  const toks = tokens(line.text, from);
  const make = (i: number, skip = 0, dateOk = false): TextCandidate | null => {
    const tok = toks[i];
    const bare = tok.t.slice(skip).replace(SPECKS_BEFORE_ID, '');
    // a marker glued to the id ("N°7948", "No.7948", "Nº:F-2026-0142") is no part of it
    const lead = tok.t.length - bare.replace(GLUED_MARKER, '').replace(GLUED_BY_COLON, '').length;
    // a short capital series one space before the number is part of it ("FT 2025/650", "FT A/123": a
    // Portuguese series), a marker glued before it or not ("Nº:FT 2025/650")
    const next = toks[i + 1];
    const head = tok.t.slice(lead);
    if (next && SERIES.test(head) && !MARKER.test(head) && head !== 'N' && next.start === tok.start + tok.t.length + 1) {
      const own = make(i + 1, 0, dateOk);
      if (own) {
        const start = tok.start + lead, end = next.start + next.t.length;
        return { text: `${head} ${own.text}`, line, box: spanBox(line, start, end), confidence: spanConfidence(line, start, end) };
      }
    }
    const after = line.text.slice(tok.start + tok.t.length);
    const start = tok.start + lead;
    const raw = tok.t.slice(lead);
    const rest = lines && i === toks.length - 1 && /[A-Za-z0-9][-/]$/.test(raw) ? wrappedRest(lines, line, spanBox(line, start, start + raw.length)) : null;
    const id = (rest && asId(raw + rest, after)) || asId(raw, after, dateOk);
    if (!id) return null;
    const end = start + Math.min(id.length, raw.length);
    return { text: id, line, box: spanBox(line, start, end), confidence: spanConfidence(line, start, end) };
  };
  // "Factura N9005965", "Facture N°:FA-7175", "Factura n,9:FV-4939": a label ending in its "n"
  // leaves the ordinal sign (or the nine or two it was read as, after a speck) glued to the id
  // (its sign damaged as in MARKER: "Facture N*:F-7175", "Facture N0:F-7175")
  const leftover = toks.length && toks[0].start === from && /n$/i.test(line.text.slice(0, from))
    ? new RegExp(String.raw`^(?:[.,]?${SIGN_MARK}|[.,]?${SIGN_GLYPH}(?=[:.])|[.,](?=:)|9(?=\d{3,}(?![A-Za-z])))[:.]*`).exec(toks[0].t) : null;
  if (leftover && leftover[0].length < toks[0].t.length) {
    const glued = make(0, leftover[0].length, datesAllowed);
    if (glued) return glued;
  }
  let i = 0;
  // "n.º:", "nº", "N°": the pieces of a number marker the label left over (a label ending in its
  // "n" leaves ".º" or, read as a nine, ".9")
  if (toks.length > 1 && /n$/i.test(line.text.slice(0, from)) && toks[0].start === from && new RegExp(String.raw`^[.,]?${SIGN_GLYPH}[:.]*$`).test(toks[0].t)) i++;
  while (i < toks.length && PUNCTUATION_TOKEN.test(toks[i].t)) i++;
  const marked = i < toks.length && isMarker(toks[i].t);
  if (marked) i++;
  while (i < toks.length && PUNCTUATION_TOKEN.test(toks[i].t)) i++;
  if (i < toks.length) {
    // a date-shaped number right after a number label or marker is the number (DATE_SHAPED_ID)
    const direct = make(i, 0, datesAllowed && (!allowTitle || marked));
    if (direct) return direct;
  }
  if (!allowTitle) return null;
  for (let j = 0; j < Math.min(toks.length - 1, 6); j++) {
    if (!isMarker(toks[j].t)) continue;
    const c = make(j + 1, 0, datesAllowed && j + 1 === i);
    if (c) return c;
  }
  return null;
}

/**
 * A postcode and the town after it, as the languages served write them: "10122 Torino",
 * "D-80331 München", "1000-001 Lisboa", "1012 AB Amsterdam", "00-549 Warszawa".
 */
const POSTCODE_TOWN = /^(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}-\d{3}|\d{2}-\d{3}|\d{4}(?: ?[A-Z]{2})?)\s+\p{Lu}[\p{L}'’-]+/u;

/** The first line under the label's column (within three line heights), and the word under the label. */
function idBelow(lines: DocLine[], line: DocLine, start: number, end: number): TextCandidate | null {
  const labelBox = spanBox(line, start, end);
  const zone = { ...labelBox, x: labelBox.x - 10, w: labelBox.w + 20 };
  const under = lines.filter((l) => l.page === line.page && l.box.y > line.box.y + line.box.h * 0.6 && l.box.y < line.box.y + line.box.h * 4);
  for (const next of under) {
    const w = next.words.find((x) => xOverlap(x.box, zone) > 0);
    if (!w) continue;
    const at = next.text.indexOf(w.text);
    // a postcode and its town under the label ("10122 Torino" under "FATTURA"), or a house number and its street ("12 rue de la
    // Paix" under "FACTURE", ../parse/street-line.ts), is an address line, no number
    if (POSTCODE_TOWN.test(next.text.slice(Math.max(0, at))) || STREET_LINE.test(next.text.slice(Math.max(0, at)))) continue;
    // under a title, a number marker and a date-shaped number ("Fattura" over "Nº 5/10/2024"): the number
    return idAfter(next, Math.max(0, at), false, undefined, isMarker(w.text));
  }
  return null;
}

/**
 * The id beside a label that ends its line, read as a line of its own: a line of the page that
 * starts right of the label, within eight line heights, with its top inside the label line's
 * height. A label wrapped over two lines of a narrow column ("Invoice" over "#:") has its value
 * centred beside both, lower than the label's first line (issue #12), so the row overlap
 * valueLines asks for is not there.
 */
function idBeside(lines: DocLine[], line: DocLine, end: number): TextCandidate | null {
  if (line.text.slice(end).trim()) return null;
  const right = line.box.x + line.box.w;
  const beside = lines.filter((l) => l !== line && l.page === line.page && l.box.x >= right - 2 && l.box.x - right <= line.box.h * 8
    && l.box.y >= line.box.y - line.box.h * 0.2 && l.box.y < line.box.y + line.box.h).sort((a, b) => a.box.x - b.box.x);
  return beside.length ? idAfter(beside[0], 0, false) : null;
}

/** Invoice number candidates, strongest label tier first (a credit note's own number first of all), in page order within a tier. */
export function invoiceIds(lines: DocLine[], tiers: RegExp[][] = INVOICE_ID_TIERS): TextCandidate[] {
  const out: TextCandidate[] = [];
  tiers.forEach((patterns, tier) => {
    for (const line of lines) {
      const m = matchAny(line.text, patterns);
      if (!m) continue;
      // a bare marker opens its line, or a column of it ("Dupont SARL      N° F2026-00123", the seller's name on the left):
      // in a column, the number after it on the line only (a column's "N°" over a table's rows heads a count)
      const opensColumn = tier === MARKER_TIER && line.text.slice(0, m.start).trim() !== '';
      if (opensColumn && !columnGaps(line).includes(m.start - 1)) continue;
      // a title label may carry its number a few words on; a strong label must be followed by it
      const c = opensColumn ? idAfter(line, m.end, false, lines, true) : tier === CREDIT_TIER
        ? idAfter(line, m.end, false, lines, true) ?? idBeside(lines, line, m.end)
        : idAfter(line, m.end, tier > 1 && tier !== MARKER_TIER, lines, true) ?? idBeside(lines, line, m.end) ?? idBelow(lines, line, m.start, m.end);
      // a phone number printed after the label is no id (./phone-digits)
      if (c && !out.some((o) => o.text === c.text) && !dateElsewhere(lines, c) && !phonePiece(lines, c)) out.push(c);
    }
  });
  return out;
}

/**
 * Whether a date-shaped id ("13-08-2025") is printed as a date on another line too (the issue
 * date beside "Factuurdatum"): then it is that date read under the number's label, not the number.
 */
function dateElsewhere(lines: DocLine[], c: TextCandidate): boolean {
  return DATE_SHAPED_ID.test(c.text) && isDateToken(c.text) && lines.some((l) => l !== c.line && findDates(l.text).some((d) => d.text === c.text));
}

export const ISSUE_DATE_TIERS = [
  k([
    'invoice date', 'date of invoice', 'date of issue', 'issue date', 'issued on', 'rechnungsdatum', 'belegdatum', 'date de facture',
    'date de la facture', 'date d\'émission', 'factuurdatum', 'billing date', 'tax point', 'fecha de factura', 'data fattura',
    'datum vystavení', 'datum vystaveni', 'kiállítás dátuma', 'kiallitas datuma', 'számla kelte', 'fakturadatum', 'fakturadato', 'laskun päivämäärä', 'laskun päiväys', 'laskutuspäivä', 'dátum vyhotovenia', 'datum izdaje', 'data emiterii', 'datum izdavanja', 'datum računa', 'išrašymo data',
    'fecha de emisión', 'fecha factura', 'fecha de expedición', 'data wystawienia', 'data emissione', 'data documento', 'data de emissão', 'data da fatura', 'data de emissao',
    // Japanese (請求日: the billing date; 発行日: the issue date) and Chinese (开票日期 / 開票日期)
    '請求日', '発行日', '請求書発行日', '开票日期', '開票日期',
  ]),
  k(['facture du', 'rechnung vom', 'invoice of', 'factuur van', 'fattura del', 'date', 'datum', 'vom', 'fecha', 'data', 'dato', 'päiväys', 'päivämäärä', 'dátum', 'kelte']),
  k(['le', 'du', 'dated']),
];
/**
 * Labels of the other dates an invoice prints beside its issue date, in the languages served
 * (EN, DE, FR, ES, IT, PT, NL, PL): the delivery or supply, the shipping or dispatch, the order
 * and the service dates. A generic issue label inside one ("Date" in "Ship Date", "Fecha" in
 * "Fecha de entrega", "Data" in "Data consegna", "vom" in "Lieferung vom", "le" in "Livré le") is
 * that label, not the issue date's; a strong issue label ("Invoice date", "Rechnungsdatum") wins
 * whatever else the line holds. A compound written as one word ("Lieferdatum", "Verzenddatum",
 * "Besteldatum") holds no generic label and needs no entry; its phrase forms do ("Datum
 * levering"). Source: a tester's invoices (ship dates, "D/O Date", "Fecha de entrega", "Data
 * consegna" printed above the issue date were returned as it, 10 of 10), and the invoice
 * vocabularies of those languages.
 */
export const OTHER_DATE_LABELS = k([
  // EN (a "D/O" is a delivery order, Malaysia and Singapore)
  'delivery date', 'date of delivery', 'date delivered', 'delivered on', 'delivery on', 'ship date', 'shipping date', 'shipment date',
  'date shipped', 'date of shipment', 'shipped on', 'dispatch date', 'date of dispatch', 'date dispatched', 'dispatched on', 'despatch date',
  'date of despatch', 'date despatched', 'despatched on', 'd/o date', 'do date', 'delivery order date', 'order date', 'date of order',
  'date ordered', 'ordered on', 'po date', 'p.o. date', 'purchase order date', 'service date', 'date of service', 'dates of service',
  'supply date', 'date of supply', 'completion date', 'date of completion',
  // DE
  'lieferdatum', 'leistungsdatum', 'liefer- und leistungsdatum', 'liefertermin', 'lieferung vom', 'lieferung am', 'geliefert am',
  'versanddatum', 'versand am', 'versandt am', 'versendet am', 'bestelldatum', 'bestellung vom', 'bestellt am', 'auftragsdatum',
  'auftrag vom', 'datum der lieferung', 'datum der leistung', 'leistung vom', 'leistungszeitraum',
  // FR
  'date de livraison', 'livraison le', 'livraison du', 'livré le', 'livre le', "date d'expédition", "date d'expedition", 'expédié le',
  "date d'envoi", 'envoyé le', 'date de commande', 'commande du', 'commandé le', 'date de la commande', 'date de prestation',
  'date de la prestation', 'prestation du',
  // ES
  'fecha de entrega', 'fecha entrega', 'fecha de envío', 'fecha envío', 'fecha de despacho', 'fecha del pedido', 'fecha de pedido',
  'fecha pedido', 'fecha de la orden', 'fecha de orden', 'fecha del servicio', 'fecha de servicio', 'fecha de suministro', 'fecha del albarán',
  'fecha de albarán',
  // IT
  'data consegna', 'data di consegna', 'data spedizione', 'data di spedizione', 'data ordine', "data dell'ordine", "data d'ordine",
  'data ddt', 'data del ddt', 'data di esecuzione', 'data prestazione', 'data della prestazione', 'data intervento',
  // PT (Portugal and Brazil; "data de expedição" is a shipping date, unlike the Spanish "fecha de expedición")
  'data de entrega', 'data entrega', 'data de envio', 'data envio', 'data de expedição', 'data de expedicao', 'data do pedido',
  'data pedido', 'data da encomenda', 'data de encomenda', 'data encomenda', 'data de remessa', 'data do serviço', 'data de prestação',
  // NL
  'leverdatum', 'leveringsdatum', 'afleverdatum', 'datum levering', 'datum van levering', 'geleverd op', 'verzenddatum',
  'datum verzending', 'verzonden op', 'besteldatum', 'datum bestelling', 'orderdatum', 'datum order', 'besteld op',
  // PL ("data sprzedaży", the date of the sale, is a delivery date beside "data wystawienia")
  'data sprzedaży', 'data dostawy', 'data wysyłki', 'data wysylki', 'data zamówienia', 'data zamowienia', 'data wykonania usługi',
  'data wykonania uslugi', 'data dostawy/wykonania usługi', 'data zakończenia dostawy',
]);
/** A date that is not the issue date even when a generic "date" label sits on its line: what the line is about (a next bill, a period, a validity). */
const NOT_ISSUE = k([
  'prochaine', 'next invoice', 'next bill', 'nächste', 'naechste', 'prochain', 'période', 'period',
  'zeitraum', 'souscrit', 'depuis', 'since', 'valid until', 'gültig bis', 'geboren', 'birth', 'version', 'stylesheet',
]);
/** A date of another document the invoice refers to (the invoice it corrects): never the issue date, whatever the label. */
const REFERENCED = k(['associée', 'associee', 'associated', 'related invoice', 'original invoice', "facture d'origine", 'ursprungsrechnung', 'bezugsrechnung', 'corrected invoice']);

/**
 * The short due-date labels that also stand for other things ("Due" in "Balance Due", "Termin" an
 * appointment): a label only right before a whole date, numeric or with a month's name ("Due: Apr 16,
 * 2025", "Termin: 16.04.2025"; not "Due within 30 days"). Matched in folded text (../parse/lines.ts fold).
 */
const SHORT_DUE = /(?<![\p{L}\d])(?:due|termin)\s*:?(?=\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{2,4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}))/iu;
/** Labels of the due date, in the languages served ("Due date", "Fällig am", "Échéance", "Vencimiento", "Termin płatności"). */
export const DUE_DATE_LABELS = [...k([
  'due date', 'payment due', 'due by', 'due on', 'fälligkeit', 'faelligkeit', 'fällig am', 'zahlbar bis', 'échéance', 'echeance', 'date limite',
  'vervaldatum', 'pay by', 'payable by', 'zahlungsziel', 'fallig am', 'vencimiento', 'fecha de vencimiento', 'scadenza', 'data di scadenza', 'vencimento',
  'datum splatnosti', 'dátum splatnosti', 'fizetési határidő', 'fizetesi hatarido', 'förfallodatum', 'forfallodatum', 'forfaldsdato', 'forfallsdato', 'eräpäivä', 'erapaiva',
  'maksetähtaeg', 'maksetahtaeg', 'data scadenței', 'data scadentei', 'rok plačila', 'dospijeće', 'apmokėti iki',
  'data de vencimento', 'termin płatności', 'termin platnosci', 'termin zapłaty', 'vervaldag', 'uiterste betaaldatum', 'date de prélèvement', 'prélevé', 'preleve', 'sera débité',
  'will be debited', 'debit date', 'abbuchung am', 'wird am', 'a regler avant', 'à régler avant', 'payer avant', 'te betalen voor',
  'fällig', 'faellig', 'fallig',
  // and a fourteenth tester's: LV "Apmaksāt līdz" (pay by), ES "Fecha límite de pago", PT "Data limite de pagamento", RO "Scadență"
  // (the due date; "Data scadenței" above) and "Termen de plată"
  'apmaksāt līdz', 'samaksāt līdz', 'apmaksas termiņš', 'fecha límite de pago', 'fecha límite pago', 'data limite de pagamento', 'data limite para pagamento',
  'data limite pagamento', 'scadență', 'termen de plată',
  // Japanese: the payment deadline (支払期限, お支払期限, 支払期日), the transfer deadline (振込期限)
  '支払期限', 'お支払期限', '支払期日', 'お支払期日', '振込期限', 'お振込期限',
]), SHORT_DUE];

/**
 * Issue-date candidates, strongest label tier first (ISSUE_DATE_TIERS), in page order within a
 * tier. A generic label (tier 1 or 2) that is part of another date's label (OTHER_DATE_LABELS:
 * "Date" in "Ship Date", "Fecha" in "Fecha de entrega") is passed over for the next label of its
 * line; a generic label's date is skipped when its line names a due date or another matter
 * (NOT_ISSUE: a next bill, a period); a date of a referenced document is never taken. `exclude` rejects candidates the caller has used (the due date).
 */
export function issueDates(lines: DocLine[], order: DateOrder, exclude: (d: DateCandidate) => boolean): DateCandidate[] {
  const out: DateCandidate[] = [];
  ISSUE_DATE_TIERS.forEach((patterns, tier) => {
    // a generic label inside another date's is passed over for the next label of its line
    for (const d of labelledDates(lines, patterns, order, 1, tier > 0 ? insideOtherDateLabel : undefined)) {
      if (exclude(d)) continue;
      if (matchAny(d.line.text, REFERENCED)) continue;
      if (tier > 0 && (matchAny(d.line.text, NOT_ISSUE) || matchAny(d.line.text, DUE_DATE_LABELS))) continue;
      if (!out.some((o) => o.line === d.line && o.text === d.text)) out.push(d);
    }
  });
  return out;
}

/**
 * Whether a label (its span in its line's folded text) lies inside one of OTHER_DATE_LABELS
 * there: "Date" in "Ship Date: 12/01/2025", the second "Date" of a header row "Date   Ship
 * Date" but not the first. By span, not by line, so an issue label sharing its line with
 * another date's ("Date: 12/07/2025   Ship Date: 12/01/2025", two columns a text layer joined)
 * is still the issue label.
 */
export function insideOtherDateLabel(label: { line: DocLine; start: number; end: number }): boolean {
  const f = fold(label.line.text);
  return OTHER_DATE_LABELS.some((re) => [...f.matchAll(new RegExp(re.source, re.flags + 'g'))].some((m) => m.index! <= label.start && label.end <= m.index! + m[0].length));
}
