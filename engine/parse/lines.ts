/**
 * @module engine/parse/lines
 * Helpers over the lines of a DocumentReading: one flat list across pages, keyword anchors that
 * survive letter-spaced text layers ("Ope ning Balance"), the box of a span of characters, the
 * value to the right of a label or on the line below it, and column alignment from word boxes.
 */
import type { Box, DocumentReading, Line, Word } from '../types.ts';
import { findAmounts, type AmountMatch } from './amounts.ts';

export interface DocLine {
  page: number;
  /** Position in the flat list. */
  index: number;
  /** Position on its page. */
  pageIndex: number;
  text: string;
  box: Box;
  words: Word[];
  /** Mean word confidence 0..1. */
  confidence: number;
  /** Page size, for relative positions. */
  pageWidth: number;
  pageHeight: number;
  /** Where the page's text came from: a PDF's text layer (as printed) or OCR (may misread glyphs). */
  source: 'text' | 'ocr';
  /** A dot before exactly three digits groups thousands on this line's page ("6.846" = 6846; ./dot-thousands.ts); unset: it is a decimal point. */
  dotThousands?: boolean;
}

/**
 * Two lines stand on different rows when their middles are at least this share of the lower
 * height apart (a photo's boxes of a tall row overlap the row above by half their height).
 */
export const ROW_APART = 0.35;

/** Whether line `b` stands on a row below line `a` (by their middles, see ROW_APART), in page px. */
export function rowBelow(b: Pick<DocLine, 'box'>, a: Pick<DocLine, 'box'>): boolean {
  return b.box.y + b.box.h / 2 - (a.box.y + a.box.h / 2) >= ROW_APART * Math.min(a.box.h, b.box.h);
}

/** All lines of all pages in reading order. */
export function flattenLines(reading: DocumentReading): DocLine[] {
  const out: DocLine[] = [];
  for (const p of reading.pages) {
    p.lines.forEach((l: Line, i) => {
      if (!l.text.trim()) return;
      const conf = l.words.length ? l.words.reduce((s, w) => s + w.confidence, 0) / l.words.length : p.confidence;
      out.push({ page: p.page, index: out.length, pageIndex: i, text: l.text, box: l.box, words: l.words, confidence: conf, pageWidth: p.width, pageHeight: p.height, source: p.source });
    });
  }
  return out;
}

/**
 * Lowercase without accents, and the Latin letters that carry a stroke instead of a combining
 * mark (Polish ł, Croatian đ, Danish ø) as their base letter: OCR reads "DO ZAPŁATY" as "DO
 * ZAPLATY", and Unicode does not decompose ł. One character in, one out, so positions hold: a
 * Hangul syllable, which NFD takes apart into two or three jamo (none a mark), is put back
 * together ("영수증" stays three characters, so a label's span found in folded text is its span in
 * the line).
 */
export function fold(text: string): string {
  const bare = text.normalize('NFD').replace(/\p{M}/gu, '');
  return (HANGUL_SYLLABLE.test(text) ? bare.normalize('NFC') : bare).toLowerCase().replace(/[łđøħı]/g, (c) => STROKED[c]);
}
/** A precomposed Hangul syllable (U+AC00..U+D7A3). */
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
const STROKED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ı: 'i' };

/**
 * What OCR may print for an l (or a Polish ł, which it also reads as t); i and 1 anywhere only in
 * long words. In a short word a 1 only after a letter or another 1 and before no other digit ("Bi11
 * No" for Bill No): an i there would make another word ("jln" would match "JIN"), and a 1 before
 * a figure's digits is that figure's.
 */
function lClass(stroked: boolean, long: boolean): string {
  const chars = `[l${stroked ? 't' : ''}!|${long ? 'i1' : ''}]`;
  return long ? chars : `(?:${chars}|(?<=[\\p{L}1])1(?![02-9]))`;
}

/**
 * What OCR may print for an i inside a long word (five letters or more, neither its first nor its
 * last letter), between two letters: the letter, a 1, an l, a "|" or a "!" ("Rec1ept No",
 * "RECElPT NO"). Between letters no figure stands.
 */
const I_CLASS = String.raw`(?:i|(?<=\p{L})[1l|!](?=\p{L}))`;

/**
 * What OCR may print for an o: the letter, or a zero not followed by a digit ("INV0ICE N0:", "T0TAL";
 * never the zero of a figure, so "N012345" holds no "no").
 */
const O_CLASS = '(?:o|0(?!\\d))';
/**
 * What OCR may print for an o with an accent (ó ő ö ò ô): an o or a zero as O_CLASS, or a 6 not
 * followed by a digit, the accent read as the 6's stroke ("Nyit6 egyenleg", "Zar6 egyenleg",
 * "Id6szak" on a scanned Hungarian statement). Only a phrase's accented o takes it.
 */
const ACCENTED_O_CLASS = '(?:o|[06](?!\\d))';
/** The mark an accented o of a phrase is given before folding (see ACCENTED_O_CLASS). */
const ACCENTED_O = '\uE001';

/**
 * What OCR may print for a z or an s inside a long word (five letters or more, neither its first
 * nor its last letter): the letter, or the digit it looks like, 2 for a z (a Croatian ž:
 * "Narud2ba" for Narudžba) and 5 for an s (a š), the digit only between two letters, where no
 * figure stands. Null for any other letter.
 */
function digitLookalike(c: string): string | null {
  const digit = c === 'z' ? '2' : c === 's' ? '5' : null;
  return digit && String.raw`(?:${c}|(?<=\p{L})${digit}(?=\p{L}))`;
}

/**
 * A number sign printed after an N ("Nº", "N°", "N.º", "No") before another word of a phrase: OCR
 * may lose the sign ("N Pedido" for "Nº Pedido", "N. documento"), leaving the N alone before a
 * space or a point.
 */
const NUMBER_SIGN = /^n\.?[º°o]\.?$/;

/** Options of `keyword`. */
export interface KeywordOptions {
  /**
   * In each word of MISREAD_MIN letters or more, one letter after the first may be any other
   * letter, "|" or "!": a glyph OCR misread that no class above names ("RECEIPI #" for RECEIPT,
   * "Recsipt No.", "INVDICE NO", "Invaice", "Tidket No."). Only for labels no ordinary word comes
   * one letter away from (a till's receipt-number labels: "change" is one letter from "charge",
   * "shipping" from "shopping", so the money labels keep without it).
   */
  misread?: boolean;
}
/** The shortest word `misread` lets OCR misread one letter of: in a shorter one, one letter makes another word ("bill"/"bull"). */
const MISREAD_MIN = 6;

/**
 * A regex for a keyword phrase that tolerates text layers that break words with single
 * spaces ("Clos ing Balance") and OCR that drops or doubles spaces between words, or reads a
 * speck of a scan between them as a middle dot ("FACTURA·SIMPLIFICADA") or as a dot before the
 * space ("DOCUMENTO. N.5893"); an l may be read as
 * '!' or '|' ("Tota! 459,70"), and in a word of five letters or more as 'i' or '1' too ("Totai
 * Due"; in a short word that would make another word: "jln" would match "JIN"); a Polish ł
 * as l or t ("DO ZAPTATY" for DO ZAPŁATY), and so a Slovak ľ ("Ztava" for Zľava), an l in a short word as a 1 after a
 * letter ("Bi11", lClass); an o as a zero (O_CLASS); inside a long word an i as 1, l, | or ! between letters ("Rec1ept",
 * I_CLASS), a z or
 * an s as 2 or 5 between letters (digitLookalike: "Narud2ba br."); a number sign before another
 * word lost (NUMBER_SIGN: "N Pedido"). Each is a kind of damage OCR does to any label, so the
 * labels list no damaged spellings. With `opts.misread`, one letter of a long word may be any
 * other (KeywordOptions).
 */
export function keyword(phrase: string, flags = 'i', opts: KeywordOptions = {}): RegExp {
  // a Polish ł (a Slovak ľ) is read as l or t ("Do zaptaty", "Ztava"): marked before folding, which makes it an l
  // an accented o, which OCR may read as a 6, is marked too (ACCENTED_O_CLASS)
  const parts = fold(phrase.replace(/[łŁľĽ]/g, '\uE000').replace(/[óőöòôÓŐÖÒÔ]/g, ACCENTED_O)).trim().split(/\s+/);
  const words = parts.map((w, i) => {
    const chars = [...w];
    const long = chars.length >= 5;
    const classes = chars.map((c, j) => (c === 'l' || c === '\uE000' ? lClass(c === '\uE000', long)
      : c === 'o' ? O_CLASS
        : c === ACCENTED_O ? ACCENTED_O_CLASS
        : long && j > 0 && j < chars.length - 1 && c === 'i' ? I_CLASS
        : (long && j > 0 && j < chars.length - 1 && digitLookalike(c)) || c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // a number sign before another word, which OCR may lose: the N alone before a space or a point
    if (i < parts.length - 1 && NUMBER_SIGN.test(w)) return `n(?: ?${classes.slice(1).join(' ?')}|(?=[\\s.·]))`;
    if (opts.misread && chars.length >= MISREAD_MIN && chars.every((c) => /\p{L}/u.test(c))) {
      // one letter after the first read as another letter or a stroke ("RECEIPI", "Recsipt", "INVDICE", "Tidket")
      return `(?:${chars.slice(1).map((_, k) => classes.map((c, j) => (j === k + 1 ? `(?:${c}|[\\p{L}|!])` : c)).join(' ?')).join('|')})`;
    }
    return classes.join(' ?');
  });
  // (between words: spaces, a middle dot, or a dot, a speck read for the space in a scan: "FACTURA.SIMPLIFICADA")
  return new RegExp(String.raw`(?<![\p{L}\d])` + words.join(String.raw`(?:\.\s*|[\s·]*)`) + String.raw`(?![\p{L}])`, flags + 'u');
}

/** First match of any pattern in a line (folded), with its character span. */
export function matchAny(text: string, patterns: RegExp[]): { start: number; end: number; pattern: number } | null {
  const f = fold(text);
  let best: { start: number; end: number; pattern: number } | null = null;
  patterns.forEach((re, i) => {
    const m = re.exec(f);
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length, pattern: i };
  });
  return best;
}

/** Character offsets of each word inside the line text (words are searched in order). */
export function wordSpans(line: { text: string; words: Word[] }): { start: number; end: number; word: Word }[] {
  const out: { start: number; end: number; word: Word }[] = [];
  let pos = 0;
  for (const w of line.words) {
    const i = line.text.indexOf(w.text, pos);
    if (i < 0) continue;
    out.push({ start: i, end: i + w.text.length, word: w });
    pos = i + w.text.length;
  }
  return out;
}

export function unionBox(boxes: Box[]): Box | undefined {
  if (!boxes.length) return undefined;
  const x0 = Math.min(...boxes.map((b) => b.x)), y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w)), y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** The box of the words covering characters [start, end) of a line; the line box when unknown. */
export function spanBox(line: DocLine, start: number, end: number): Box {
  const ws = wordSpans(line).filter((s) => s.start < end && s.end > start);
  return unionBox(ws.map((s) => s.word.box)) ?? line.box;
}

/** Mean confidence of the words covering a span. */
export function spanConfidence(line: DocLine, start: number, end: number): number {
  const ws = wordSpans(line).filter((s) => s.start < end && s.end > start);
  return ws.length ? ws.reduce((s, w) => s + w.word.confidence, 0) / ws.length : line.confidence;
}

/** An amount located on the page. */
export interface PlacedAmount extends AmountMatch {
  line: DocLine;
  box: Box;
  confidence: number;
}

/**
 * Character positions of the spaces that stand for a wide gap between two word boxes (more
 * than two character widths): a column boundary, which a figure never spans ("19 | 163,16").
 */
export function columnGaps(line: { text: string; words: Word[] }): number[] {
  const spans = wordSpans(line);
  const out: number[] = [];
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1], b = spans[i];
    const charW = (a.word.box.w + b.word.box.w) / Math.max(1, a.word.text.length + b.word.text.length);
    if (b.word.box.x - (a.word.box.x + a.word.box.w) <= charW * 2) continue;
    for (let c = a.end; c < b.start; c++) if (/\s/.test(line.text[c])) out.push(c);
  }
  return out;
}

export function amountsIn(line: DocLine, fromChar = 0): PlacedAmount[] {
  return findAmounts(line.text, columnGaps(line), line.dotThousands ? { dotThousands: true } : {})
    .filter((a) => a.start >= fromChar)
    .map((a) => placedAmount(line, a));
}

/** An amount read from `line` (characters `a.start` to `a.end`) with its box and confidence there. */
export function placedAmount(line: DocLine, a: AmountMatch): PlacedAmount {
  return { ...a, line, box: spanBox(line, a.start, a.end), confidence: spanConfidence(line, a.start, a.end) };
}

/** Horizontal overlap of two boxes as a share of the narrower one. */
export function xOverlap(a: Box, b: Box): number {
  const o = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  return o <= 0 ? 0 : o / Math.max(1, Math.min(a.w, b.w));
}

/** Vertical overlap of two boxes as a share of the shorter one (same visual row when high). */
export function yOverlap(a: Box, b: Box): number {
  const o = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return o <= 0 ? 0 : o / Math.max(1, Math.min(a.h, b.h));
}

/**
 * Lines that continue a label: the rest of the same line, then lines on the same visual row
 * (OCR sometimes splits a row), then up to `below` lines under it on the same page.
 */
export function valueLines(lines: DocLine[], line: DocLine, below = 1): DocLine[] {
  const out: DocLine[] = [];
  for (const l of lines) if (l !== line && l.page === line.page && yOverlap(l.box, line.box) > 0.5 && l.box.x > line.box.x) out.push(l);
  const next = lines.filter((l) => l.page === line.page && l.box.y >= line.box.y + line.box.h * 0.6 && !out.includes(l));
  out.push(...next.slice(0, below));
  return out;
}

/**
 * The text of a line up to the first wide gap between words (more than three character
 * widths): the first column of a row that holds several (name on the left, label on the right).
 */
export function firstColumn(line: { text: string; words: Word[] }, fromChar = 0): string {
  const spans = wordSpans(line).filter((s) => s.start >= fromChar);
  if (!spans.length) return line.text.slice(fromChar).trim();
  const charW = spans.reduce((s, w) => s + w.word.box.w, 0) / Math.max(1, spans.reduce((s, w) => s + w.word.text.length, 0));
  let end = spans[0].end;
  for (let i = 1; i < spans.length; i++) {
    const gap = spans[i].word.box.x - (spans[i - 1].word.box.x + spans[i - 1].word.box.w);
    if (gap > charW * 3) break;
    end = spans[i].end;
  }
  return line.text.slice(spans[0].start, end).trim();
}

/** Right edge of a box. */
export function right(b: Box): number {
  return b.x + b.w;
}

/** The columns of a line: runs of words with gaps under three character widths, each with its text, left edge and character width. */
export function cells(line: { words: Word[] }): { text: string; x: number; charW: number }[] {
  const out: { words: Word[] }[] = [];
  for (const w of line.words) {
    const last = out[out.length - 1]?.words.at(-1);
    const charW = last ? last.box.w / Math.max(1, last.text.length) : 0;
    if (last && w.box.x - (last.box.x + last.box.w) <= charW * 3) out[out.length - 1].words.push(w);
    else out.push({ words: [w] });
  }
  return out.map((c) => ({ text: c.words.map((w) => w.text).join(' '), x: c.words[0].box.x, charW: c.words[0].box.w / Math.max(1, c.words[0].text.length) }));
}
