/**
 * @module engine/read/parts-one-document
 * A second look at an image cut into documents side by side (./side-by-side.ts), once its parts
 * are read: two parts that are the columns of one document are read whole again.
 *
 * The cut is made on ink alone, and a single receipt can show a band of blank columns from top
 * to bottom: its labels on the left, its figures on the right and a narrow centred header on one
 * side of the band ("SUMME" ... "19,93 EUR"), or a band through the letter gaps of a header in
 * spaced capitals ("FY EAGLE.ENTER" | "PRISE"). Read, such parts show it:
 * - text runs across the cut: a line of the left part ends at the cut and a line of the right
 *   part, level with it, starts there (two documents side by side have paper margins between
 *   them);
 * - or the labels and their figures are on either side: at least FIGURES_APART of the right
 *   part's lines are figures alone (no word of three letters), each level with a line of the left
 *   part that holds words and no figure. A receipt's lines hold their label and figure together,
 *   so two receipts side by side do not pair that way;
 * - or one part prints no money at all (no figure with cents) while the other does: a receipt or
 *   an invoice on its own prints its prices and total, so a part without any is a column cut
 *   from its document (a ninth tester's Czech A4 invoice scan: seller, buyer and item names on
 *   the left, title, fields and figures on the right, read as two documents and taken for a
 *   long narrow receipt).
 * Money is a figure with cents; on parts that print none, in a currency printed in whole amounts
 * (the yen, the forint: ../parse/minor-unit.ts) named on either part, a figure grouped in
 * thousands ("336,000", "1.029.600") or after a yen or won sign: a fresh tester's English invoice
 * in yen, scanned, was cut between its item names and its figures and, with no cents anywhere,
 * read as two documents and taken for a long narrow receipt.
 * Level: middles within LEVEL of the lower line's height; for labels and figures, after the one
 * vertical offset that levels most pairs (a page scanned askew drops its right column by a near
 * constant amount).
 *
 * Found by a fresh tester (4 of 174 generated receipts cut in two, the supplier or total lost) and
 * on 2 of 385 training `fit` receipts (train_sroie_307, _391); none of the dev samples is cut.
 * Pure and total.
 */
import type { Line, PageReading } from '../types.ts';
import { detectCurrency } from '../parse/currency.ts';
import { wholeMoneyCurrency } from '../parse/minor-unit.ts';

/** Share of the right part's lines that are figures level with a label on the left: columns of one document. */
export const FIGURES_APART = 0.3;
/** Two lines are level when their middles differ by at most this share of the lower one's height. */
const LEVEL = 0.35;
/** How near the cut (in line heights) a line must end, and the next start, to run across it. */
const AT_CUT = 0.5;

const MONEY = /\d[.,;:]\d{2}(?!\d)/;
/** A whole amount: grouped in thousands (not part of a longer figure or a decimal), or after a yen or won sign. */
const WHOLE_MONEY = /(?<![\d.,])\d{1,3}(?:[.,'’\u00a0\u202f]\d{3})+(?![.,]?\d)|[¥￥₩]\s?\d{2,}/;
const WORD = /\p{L}{3}/u;

/**
 * The money pattern of a document read as `pages`: figures with cents, or, when no part prints
 * any and the parts name a currency printed in whole amounts, whole amounts (see the module comment).
 */
function moneyOf(pages: PageReading[]): RegExp {
  const texts = pages.flatMap((p) => p.lines.map((l) => l.text));
  if (texts.some((t) => MONEY.test(t))) return MONEY;
  return wholeMoneyCurrency(detectCurrency(texts.join('\n'))?.code) ? WHOLE_MONEY : MONEY;
}

interface Placed { line: Line; x0: number; x1: number; mid: number; h: number }

function placed(p: PageReading): Placed[] {
  const ox = p.origin?.x ?? 0, oy = p.origin?.y ?? 0;
  return p.lines.map((line) => ({ line, x0: ox + line.box.x, x1: ox + line.box.x + line.box.w, mid: oy + line.box.y + line.box.h / 2, h: line.box.h }));
}

/** The most pairs (a in `as`, b in `bs`) level with each other under one vertical offset of b, and those pairs. */
function levelPairs(as: Placed[], bs: Placed[]): Array<[Placed, Placed]> {
  let best: Array<[Placed, Placed]> = [];
  const offsets = new Set<number>([0]);
  for (const a of as) for (const b of bs) if (Math.abs(b.mid - a.mid) <= 1.5 * Math.max(a.h, b.h)) offsets.add(Math.round(b.mid - a.mid));
  for (const d of offsets) {
    const pairs: Array<[Placed, Placed]> = [];
    const used = new Set<Placed>();
    for (const b of bs) {
      const a = as.find((x) => !used.has(x) && Math.abs(b.mid - d - x.mid) <= LEVEL * Math.min(x.h, b.h));
      if (a) { used.add(a); pairs.push([a, b]); }
    }
    if (pairs.length > best.length) best = pairs;
  }
  return best;
}

/**
 * Whether the pages read from the parts of one image, left to right, are the columns of one
 * document (see the module comment). `pages` carry their `origin` in the image.
 */
export function partsAreOneDocument(pages: PageReading[]): boolean {
  const money = moneyOf(pages);
  const figuresOnly = (l: Line) => money.test(l.text) && !WORD.test(l.text);
  const labelOnly = (l: Line) => WORD.test(l.text) && !money.test(l.text);
  for (let i = 0; i + 1 < pages.length; i++) {
    const left = placed(pages[i]), right = placed(pages[i + 1]);
    const cut = pages[i + 1].origin?.x ?? 0;
    // text running across the cut
    const endAtCut = left.filter((a) => cut - a.x1 <= AT_CUT * a.h);
    const startAtCut = right.filter((b) => b.x0 - cut <= AT_CUT * b.h);
    if (endAtCut.some((a) => startAtCut.some((b) => Math.abs(b.mid - a.mid) <= LEVEL * Math.min(a.h, b.h)))) return true;
    // labels on the left, their figures on the right
    const figures = right.filter((b) => figuresOnly(b.line));
    const labels = left.filter((a) => labelOnly(a.line));
    if (right.length && levelPairs(labels, figures).length >= FIGURES_APART * right.length) return true;
    // one part prints money and the other none: a document cut from its own header and address
    // column (an A4 invoice whose left column holds the seller, the buyer and the item names, and
    // whose right column its title, fields and figures); a receipt on its own prints a price
    if (left.some((a) => money.test(a.line.text)) !== right.some((b) => money.test(b.line.text))) return true;
  }
  return false;
}
