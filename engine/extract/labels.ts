/**
 * @module engine/extract/labels
 * Label-anchored values: find lines carrying a keyword (total, invoice no., due date, opening
 * balance...) and read the amount, date or identifier to the right of the keyword on the same
 * visual row, or on the line just below it. Each candidate keeps its line, box and a score so
 * the type extractors can cross-check and choose.
 */
import { labelColonDecimal } from './colon-decimal.ts';
import { isTillId, tillIdEnd } from './till-id.ts';
import { compactDate, findDates, octoberGluedToDay, type DateOrder } from '../parse/dates.ts';
import { dateReadAsTime, dateWithBrokenSeparators } from '../parse/lost-separators.ts';
import { gappedThousands, wholeMoneyPage } from './gapped-thousands.ts';
import { amountsIn, fold, matchAny, placedAmount, spanBox, spanConfidence, valueLines, xOverlap, type DocLine, type PlacedAmount } from '../parse/lines.ts';

export interface AmountCandidate {
  value: number;
  amount: PlacedAmount;
  /** The line holding the label. */
  label: DocLine;
  /** Which pattern matched (index into the list given). */
  pattern: number;
  /** True when read from the label's own row. */
  sameRow: boolean;
}

/** Amounts labelled by any of the patterns; `exclude` rejects lines (e.g. "total qty"). */
export function labelledAmounts(lines: DocLine[], patterns: RegExp[], exclude: RegExp[] = [], below = 1): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  // whether the page prints whole-unit money: asked (once) only for a figure that may be grouped apart
  let whole: boolean | undefined;
  const wholePage = () => (whole ??= wholeMoneyPage(lines));
  for (const line of lines) {
    const m = matchAny(line.text, patterns);
    if (!m) continue;
    if (exclude.length && matchAny(line.text, exclude)) continue;
    // an amount whose figure starts after the label; its currency prefix may be part of the
    // label ("Total RM 88.17" matches the label "total rm")
    const own = amountsIn(line).filter((a) => a.start + Math.max(0, a.text.search(/[\d.,]/)) >= m.end && a.decimals !== 1 && !/%/.test(line.text.slice(a.end, a.end + 2)));
    if (own.length) {
      const money = own.filter((a) => a.decimals === 2 || a.currency);
      // a row of key-value pairs ("Netto 610,37 Steuer 61,04"): the label's figure is the first
      // after it, the next pair's belongs to the next key
      const last = keyValuePairs(line) && money.length ? money[0] : (money.length ? money : own)[(money.length ? money : own).length - 1];
      // a figure grouped in thousands whose first group was read apart ("Do zapłaty 14  505,39",
      // on a whole-unit page "ÖSSZESEN 6  846 Ft")
      const pick = gappedThousands(line, m.end, last, wholePage) ?? last;
      const wrapped = wrappedFigure(lines, line, pick);
      out.push({ value: (wrapped ?? pick).value, amount: wrapped ?? pick, label: line, pattern: m.pattern, sameRow: true });
      continue;
    }
    // a money label's figure whose decimal point a scan read as a colon ("TOTAL EXCL. GST 9:30",
    // "SST @6% 18:39."): the line's last figure, alone, with two digits after the colon
    const colon = labelColonDecimal(line, m.end);
    if (colon) {
      out.push({ value: colon.value, amount: colon, label: line, pattern: m.pattern, sameRow: true });
      continue;
    }
    // on a photo whose rows rise to the right, the label's own figure was read as a line before it
    const raised = raisedFigureOfRow(lines, line);
    if (raised && !matchAny(raised.line.text, patterns)) {
      out.push({ value: raised.value, amount: raised, label: line, pattern: m.pattern, sameRow: true });
      continue;
    }
    // on a tilted photo the skewed row below stands in for the next row (the rows beside stay)
    const skewed = skewedRowBelow(lines, line);
    const rows = valueLines(lines, line, below);
    for (const next of skewed ? [...rows.filter((l) => l.box.y < line.box.y + line.box.h * 0.6 && l !== skewed), skewed] : rows) {
      const sameRow = next !== skewed && next.box.y < line.box.y + line.box.h * 0.6;
      if (matchAny(next.text, patterns) && !sameRow) break; // next label: stop
      const am = amountsIn(next).filter((a) => a.decimals === 2 || a.currency);
      if (!am.length) continue;
      // below: prefer the amount under the label's column, else the last one
      const labelBox = spanBox(line, m.start, m.end);
      const under = am.find((a) => xOverlap(a.box, { ...labelBox, w: labelBox.w + 200 }) > 0);
      const pick = sameRow ? am[0] : under ?? am[am.length - 1];
      out.push({ value: pick.value, amount: pick, label: line, pattern: m.pattern, sameRow });
      break;
    }
  }
  return out;
}

/**
 * Whether a line is a row of key-value pairs: two or more money figures (two decimals), each
 * after a word of its own (three letters or more between it and the figure before it):
 * "Netto 610,37 Steuer 61,04", "Subtotal 10.00 Tax 0.80 Total 10.80". Not "GST 6% 100.00 6.00"
 * (a table row: its second figure has no word) nor "Total 2 items 12.50" (one money figure).
 */
export function keyValuePairs(line: DocLine): boolean {
  const money = amountsIn(line).filter((a) => a.decimals === 2 && !/^\s?%/.test(line.text.slice(a.end)));
  if (money.length < 2) return false;
  return money.every((a, i) => /\p{L}{3,}/u.test(line.text.slice(i ? money[i - 1].end : 0, a.start)));
}

/**
 * The figure a label's line lost to a segment of its own: the label's own "figure" is a lone
 * digit with no decimals ending the line (a fragment of the figure read twice where two detected
 * boxes overlap: "TOTAL $ 1" beside "105.19" on one row, a later tester's restaurant bill whose
 * total came back as 1), and the next value line, beside it or below, holds one figure with two
 * decimals and no words. Null otherwise.
 */
function wrappedFigure(lines: DocLine[], line: DocLine, pick: PlacedAmount): PlacedAmount | null {
  if (pick.decimals !== 0 || Math.abs(pick.value) >= 10 || line.text.slice(pick.end).trim() !== '') return null;
  const next = valueLines(lines, line, 1)[0];
  if (!next || /\p{L}{2}/u.test(next.text)) return null;
  const figures = amountsIn(next);
  return figures.length === 1 && figures[0].decimals === 2 ? figures[0] : null;
}

/**
 * The row below a label on a tilted photo: the next line in reading order starts inside the
 * label's line box (valueLines takes it for neither the same row nor the next) yet its middle lies
 * below the label line's bottom edge ("Total Due" over "R1374945.00", whose tops are 24 px apart
 * on 46 px high lines). Null when the page is straight (the next line starts below) or the lines
 * share a row.
 */
function skewedRowBelow(lines: DocLine[], line: DocLine): DocLine | null {
  const next = lines[lines.indexOf(line) + 1];
  if (!next || next.page !== line.page) return null;
  const top = next.box.y, bottom = line.box.y + line.box.h;
  return top < line.box.y + line.box.h * 0.6 && top > line.box.y && top + next.box.h / 2 > bottom ? next : null;
}

/**
 * The figure of a label's row that OCR read as a line of its own before the label, on a photo
 * whose rows rise to the right ("943,69 E" at y 602, "Totale docu" at y 624 on 38 px high
 * lines): the line just before the label in reading order holds one money amount and no word,
 * starts right of the label line's end, and shares at least MIN_ROW_OVERLAP of its height with
 * the label line. Null otherwise.
 */
function raisedFigureOfRow(lines: DocLine[], line: DocLine): PlacedAmount | null {
  const prev = lines[lines.indexOf(line) - 1];
  if (!prev || prev.page !== line.page || prev.box.x < line.box.x + line.box.w) return null;
  const overlap = Math.min(prev.box.y + prev.box.h, line.box.y + line.box.h) - Math.max(prev.box.y, line.box.y);
  if (overlap < MIN_ROW_OVERLAP * Math.min(prev.box.h, line.box.h) || prev.box.y > line.box.y) return null;
  const am = amountsIn(prev).filter((a) => a.decimals === 2 || a.currency);
  const words = prev.text.replace(am[0]?.text ?? '', '').match(/\p{L}{2,}/gu) ?? [];
  return am.length === 1 && words.every((w) => w.length <= 3 && w === w.toUpperCase()) ? am[0] : null;
}
/** Share of the lower line's height two lines read apart must overlap to be one row (a skewed one). */
const MIN_ROW_OVERLAP = 0.3;

export interface DateCandidate {
  text: string;
  iso: string | null;
  /** The line holding the date: the label's own, or the one below it. */
  line: DocLine;
  box: ReturnType<typeof spanBox>;
  confidence: number;
  /** The line holding the label and the label's span in its folded text (../parse/lines.ts fold). */
  label: { line: DocLine; start: number; end: number };
}

/**
 * The first date to the right of a label, or below it; right after the label, a numeric date
 * whose separators OCR broke (../parse/lost-separators.ts dateWithBrokenSeparators) or read as a
 * time's colons (dateReadAsTime) too, and a compact year-first date ("20250611": ../parse/dates.ts compactDate). One candidate a line, from its first label; with `skip`,
 * from its first label `skip` does not reject ("Date" after "Ship Date: 12/01/2025" on one line,
 * when the caller rejects the "Date" inside "Ship Date").
 */
export function labelledDates(lines: DocLine[], patterns: RegExp[], order: DateOrder, below = 1, skip?: (label: DateCandidate['label']) => boolean): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const line of lines) {
    const m = skip ? labelsOf(line.text, patterns).find((l) => !skip({ line, start: l.start, end: l.end })) : matchAny(line.text, patterns);
    if (!m) continue;
    const rest = line.text.slice(m.end);
    const own = findDates(rest, order);
    // right after the label, a date whose separators OCR broke ("Vervaldatum:10.09:2022")
    const broken = own.length ? null : dateWithBrokenSeparators(rest, order);
    // ...or both read as colons, a time printed after it ("Datum: 11:02:22 Uhrzeit: 10:22")
    // ...or printed compact, year first ("Datum: 20250611"), only right after the label
    // ...or with the O of OCT read as a zero glued to the day ("Date:240CT 2021"), only right after the label
    const d = own[0] ?? (broken && /^[\s:.\-]*$/.test(rest.slice(0, broken.start)) ? broken : dateReadAsTime(rest, order) ?? compactDate(rest) ?? octoberGluedToDay(rest));
    if (d) {
      out.push({ text: d.text, iso: d.iso, line, box: spanBox(line, m.end + d.start, m.end + d.end), confidence: spanConfidence(line, m.end + d.start, m.end + d.end), label: { line, start: m.start, end: m.end } });
      continue;
    }
    const labelBox = spanBox(line, m.start, m.end);
    for (const next of valueLines(lines, line, below)) {
      const ds = findDates(next.text, order);
      if (!ds.length) continue;
      const placed = ds.map((d) => ({ d, box: spanBox(next, d.start, d.end) }));
      const d = placed.find((p) => xOverlap(p.box, { ...labelBox, x: labelBox.x - 20, w: labelBox.w + 40 }) > 0) ?? placed[0];
      out.push({ text: d.d.text, iso: d.d.iso, line: next, box: d.box, confidence: spanConfidence(next, d.d.start, d.d.end), label: { line, start: m.start, end: m.end } });
      break;
    }
  }
  return out;
}

/** Every match of the patterns in a line's folded text, by start (at one start, the earlier pattern first). */
function labelsOf(text: string, patterns: RegExp[]): { start: number; end: number; pattern: number }[] {
  const f = fold(text);
  return patterns.flatMap((re, pattern) => [...f.matchAll(new RegExp(re.source, re.flags.replace('g', '') + 'g'))].map((m) => ({ start: m.index!, end: m.index! + m[0].length, pattern })))
    .sort((a, b) => a.start - b.start || a.pattern - b.pattern);
}

/**
 * A number marker glued to the id it introduces: "N°7948", "Nº7948", "No.7948", "Nr.7948", and
 * "N97948" where OCR read the ordinal sign of a glued "Nº" as a nine (only before three digits
 * or more, which an id of its own rarely follows a label with). Matched at a token's start.
 */
export const GLUED_MARKER = /^(?:n[°º]|n9(?=\d{3,}(?![A-Za-z]))|n[or]\.)(?=[A-Za-z0-9])/i;

/**
 * Whether an id-shaped token is a date: a date starts it ("14.05.2025", "2024-03-12", and
 * "12.05.2024-14" with a time's hour glued on). A series or prefix before a date makes an id that
 * holds one ("FV/10/09/2024", a Portuguese fatura's series and date, issue #12), not a date.
 */
export function isDateToken(token: string): boolean {
  return findDates(token).some((d) => d.start === 0);
}

/**
 * Whether the token at `start`..`end` of a line is a piece of a time or of a date printed on the
 * line: "07" of "07:23", "23" of "07:23", "2024" of "10 czerwca 2024 r." A till prints its date
 * and time beside or under the receipt-number label, and neither is ever the number (issue #12).
 */
export function inDateOrTime(text: string, start: number, end: number): boolean {
  if (/^:\d{2}(?!\d)/.test(text.slice(end)) && /^\d{1,2}$/.test(text.slice(start, end))) return true;
  if (/\d{1,2}:$/.test(text.slice(0, start)) && /^\d{2}(?!\d)/.test(text.slice(start, end))) return true;
  return findDates(text).some((d) => d.start <= start && d.end >= end);
}

/**
 * A number OCR read with one digit as a letter ("3i95" for 3195, "10O5" for 1005): an id of digits
 * only but for one i, l, I, | or O between two digits, three digits or more, is that number. An id
 * with any other letter ("A1O2", "INV-2O24") keeps its letters: its shape is mixed by design.
 */
export function digitsMisread(id: string): string {
  if (!/^\d+[iIl|oO]\d+$/.test(id) || id.replace(/\D/g, '').length < 3) return id;
  return id.replace(/[iIl|]/, '1').replace(/[oO]/, '0');
}

/** A token that is an amount: digits in groups of three and two decimals ("12,50", "1.250,00", "1,250.00"). */
const AMOUNT_SHAPED = /^\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}$/;

export interface TextCandidate {
  text: string;
  line: DocLine;
  box: ReturnType<typeof spanBox>;
  confidence: number;
  /** For an id read after a label (labelledIds): the line holding the label (`line` itself, or a line above or beside it). */
  label?: DocLine;
}

/**
 * An identifier after a label ("Invoice No: INV-1009", "Rechnung Nr. TX-471102"): the first
 * token holding a digit, 3..40 characters, after optional "no", "nr", "#", ":"; else on the row
 * beside or the `below` lines under it. With `bareOnly`, under the label only when nothing but a
 * number marker follows it on its line (a label followed by words or a date holds no id below).
 */
export function labelledIds(lines: DocLine[], patterns: RegExp[], below = 1, bareOnly = false): TextCandidate[] {
  const out: TextCandidate[] = [];
  // `since`: where the line's own text starts for a till's word before the id (the label's end on its own line: a till
  // word inside the label is the label's, "Factura POS No. 727602")
  const take = (line: DocLine, at: number, since = at): TextCandidate | null => {
    // a till's or store's own number right after the label ("Ticket Caisse 02 N° 4711", "Receipt P0S1 48213"): the document's follows it
    const till = tillIdEnd(line.text, at);
    const from = till >= 0 ? till : at;
    const rest = line.text.slice(from);
    // "N° 4355", "Nº 4355" ("°"/"º" end no word, so no \b after them), "Nr. 12", "N. 004512", "n.: B-47971" (número
    // abbreviated, PT/ES/IT), "nro 3608" (FI numero), "č. 3197" (CS/SK číslo, its haček often lost: "c. 3197"), "sz. 3882"
    // (HU szám), the last two with their point; a short capital
    // series before the number is part of it ("FS 4346", a Portuguese fatura simplificada); "N9",
    // "n.9", "N2" before a separator are "Nº", "n.º" with the ordinal sign read as a nine or a two,
    // and "N97948" a glued "Nº7948" (GLUED_MARKER), a speck read as a middle dot after the label
    // ("Bonnummer·5236", "SIMPLIFICADA·FS 5949"), or as a dash ("Bonnummer-5821"), is no part of it; a number
    // marker in capitals is no series ("LIANIKIS NO 684495" is number 684495, not "NO 684495"); the marker as OCR
    // damages it: "No" with its o read as a u before its point or colon ("Invoice Nu: 2018042010"), "number" with
    // its m read as an n or "rn" ("Invoice nunber: 60000483942")
    const series = /^[\s:#.·º°'’‘`"-]*(?:(?:(?:n[o0]|nr|nro|number|num|nu(?:n|rn)ber|nu(?=[.:]))\b|(?:č|c|sz)(?=\.)|n\.?°|n\.?º|n\.?[92](?=[\s:.]+[A-Za-z0-9])|n\.(?=\s*:?\s*[A-Za-z]{0,4}[-\/]?\d)|#)\.?[\s:#.]*)?(?!(?:N[O0]|NR|NRO|NUM)\.?\s)([A-Z]{1,4} \d[A-Za-z0-9\-\/._]{0,30})(?![\p{L}\d])/u.exec(rest);
    // a bare "n" or "n?" is "nº" whose ordinal sign OCR dropped or could not read ("NFC-e n? T9-14216",
    // "Ticket N?: T474307"), and "N0" is "No" with its o read as a zero ("INVOICE N0: CS569651")
    // a speck before the id read as a bracket or a lone letter ("Receipt No.: ( CS1802/27714",
    // "Receipt No.: C CS1801/27037") is no part of it: a lone character and a space before a
    // token that starts with letters and then a digit; a lone letter before a colon and a space is
    // the number sign misread ("RECEIPT B: CSP0422870" for "RECEIPT #:"), and a colon inside the
    // id's letters a speck ("Doc No. C:S00065374" is CS00065374); so is a small letter before a number of four digits or
    // more ("Extrato No. c 004512"), a lone digit before a number with a dash or slash ("Beleg Nr. 2 2026-118834"), and a
    // quote before the marker ("Ticket 'n° 000234"); the č of "č." read as a question mark ("Účtenka ?. 2026/1187")
    const m = series ?? /^[\s:#.·º°'’‘`"(\[-]*(?:(?:(?:n[o0]|nr|nro|number|num|nu(?:n|rn)ber|nu(?=[.:]))\b|(?:č|c|\?|sz)(?=\.)|n\.?°|n\.?º|n\.?[92](?=[\s:.]+[A-Za-z0-9])|n9(?=\d{3,}(?![A-Za-z]))|n\.(?=\s*:?\s*[A-Za-z]{0,4}[-\/]?\d)|n\??:?(?=\s+[A-Za-z]{0,4}\d)|#)\.?[\s:#.]*)?(?:[A-Za-z(\[|]\s+(?=[A-Za-z]{1,3}\d)|[A-Za-z]:\s+(?=[A-Za-z]{0,4}[-\/]?\d)|[a-z]\s+(?=\d{4,}(?![A-Za-z\d]))|\d\s+(?=\d{2,}[-\/]\d[\d\-\/]{2,}(?![A-Za-z\d])))?((?:[A-Z]:(?=[A-Z]{1,3}\d{3}))?[A-Za-z0-9][A-Za-z0-9\-\/._]{1,39})/i.exec(rest);
    if (!m || !/\d/.test(m[1]) || isDateToken(m[1])) return null;
    const start = from + m.index + m[0].length - m[1].length;
    // an amount after the label ("Facture no 12,50", "Bon 1.250,00") is no number: AMOUNT_SHAPED
    if (AMOUNT_SHAPED.test(line.text.slice(start, start + m[1].length + 4).split(/\s/)[0])) return null;
    // a piece of the till's date or time under or beside the label ("07" of "07:23")
    if (inDateOrTime(line.text, start, start + m[1].length)) return null;
    // a store's or till's number ("Store #0217" under a receipt's title, "P0S1") is no document's (./till-id.ts)
    if (isTillId(line.text.slice(since), start - since, m[1])) return null;
    const id = m[1].replace(/[.\-_/]+$/, '').replace(/^([A-Za-z]):/, '$1');
    return { text: digitsMisread(id), line, box: spanBox(line, start, start + id.length), confidence: spanConfidence(line, start, start + id.length) };
  };
  for (const line of lines) {
    const m = matchAny(line.text, patterns);
    if (!m) continue;
    let own = take(line, m.end);
    // a label with no id after it ("CUPOM / RECEIPT N. 004512"): a later label on the line may have one
    for (let at = m.end; !own;) {
      const next = matchAny(line.text.slice(at), patterns);
      if (!next) break;
      own = take(line, at + next.end);
      at += next.end;
    }
    if (own) {
      out.push({ ...own, label: line });
      continue;
    }
    // an id on the label's own line that could not be read ("Ticket N*: T474307") is the one
    // printed: the line below holds something else (an item, "MILO 1KG")
    // ...and so is a till's or store's after the label ("Beleg Kasse 3"): the line below holds no number of the label's
    if (unreadIdAfter(line.text, m.end) || tillIdEnd(line.text, m.end) >= 0) continue;
    const labelBox = spanBox(line, m.start, m.end);
    const bare = !bareOnly || /^[\s:#.°º\-–]*(?:(?:no|nr|n°|nº|number)\b[\s:#.°º]*)?$/i.test(line.text.slice(m.end));
    for (const next of valueLines(lines, line, bare ? below : 0)) {
      if (next.box.y < line.box.y + line.box.h * 0.6) {
        const c = take(next, 0);
        if (c) { out.push({ ...c, label: line }); break; }
        continue;
      }
      // below: the token under the label
      for (const w of next.words) {
        if (xOverlap(w.box, { ...labelBox, x: labelBox.x - 10, w: labelBox.w + 20 }) <= 0) continue;
        const i = next.text.indexOf(w.text);
        const c = take(next, Math.max(0, i), 0);
        if (c) { out.push({ ...c, label: line }); break; }
      }
      break;
    }
  }
  return out;
}

/**
 * Whether the text of a line after `from` (a label's end) holds a token of three characters or
 * more with a digit in it that is no piece of a date or time printed on the line: an id the
 * label's own line carries, whether or not it could be read.
 */
export function unreadIdAfter(text: string, from: number): boolean {
  for (const w of text.slice(from).matchAll(/[\p{L}\d][\p{L}\d\-\/._]*[\p{L}\d]/gu)) {
    const start = from + w.index!;
    if (w[0].length >= 3 && /\d/.test(w[0]) && !isDateToken(w[0]) && !inDateOrTime(text, start, start + w[0].length)) return true;
  }
  return false;
}

/**
 * Figures under the labels of a summary header row that names several roles at once
 * ("TOTAL HT   TOTAL TVA   TOTAL TTC", "Netto  MwSt  Gesamt") and prints no money itself: for
 * the strongest label of `patterns` whose span no `exclude` phrase covers (on a row that also
 * holds an excluded phrase or another of `roles`' labels), the money up to four
 * lines below that sits under the span. The line-level exclusion of labelledAmounts would drop
 * such a header as a whole ("total ht" is excluded for the total).
 */
export function headerRowAmounts(lines: DocLine[], patterns: RegExp[], exclude: RegExp[], roles: RegExp[] = []): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const spans = (text: string, res: RegExp[]) => res.flatMap((re, i) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))].map((m) => ({ start: m.index!, end: m.index! + m[0].length, pattern: i })));
  for (const line of lines) {
    if (amountsIn(line).length) continue;
    const f = fold(line.text);
    const bad = spans(f, exclude);
    const own = spans(f, patterns).filter((s) => !bad.some((b) => b.start <= s.start && b.end >= s.end)).sort((a, b) => a.pattern - b.pattern);
    if (!own.length) continue;
    const m = own[0];
    // only rows that name another role beside this one ("TOTAL HT" beside "TOTAL TTC")
    if (!bad.length && !spans(f, roles).some((r) => r.end <= m.start || r.start >= m.end)) continue;
    const labelBox = spanBox(line, m.start, m.end);
    const zone = { ...labelBox, x: labelBox.x - 20, w: labelBox.w + 40 };
    const under = lines.filter((l) => l.page === line.page && l.index > line.index && l.box.y > line.box.y + line.box.h * 0.6).slice(0, 4);
    for (const next of under) {
      const am = amountsIn(next).filter((a) => (a.decimals === 2 || a.currency) && xOverlap(a.box, zone) > 0);
      if (!am.length) continue;
      out.push({ value: am[0].value, amount: am[0], label: line, pattern: m.pattern, sameRow: false });
      break;
    }
  }
  return out;
}
