/**
 * @module engine/extract/gapped-thousands
 * A label's figure grouped in thousands with spaces, whose first group the amount parser read
 * apart ("Do zapłaty 14  505,39 PLN": the space read wide, a column gap; "Do zapłaty:14 505,39":
 * the colon glued to the first group, which no figure follows). The first group is 1–3 digits
 * printed right after the label (a colon, a currency between them at most), every group after
 * it exactly three digits, the figure ends in two decimals, and the gap between the first group
 * and the rest is no wider than GROUP_GAP digit widths: a figure in a column of its own
 * ("2   505,39", a quantity and an amount of an item row) is never beside a label alone, and
 * stands further apart.
 *
 * A page in a currency printed in whole units (the forint, the yen, the won, the króna, the
 * Chilean peso: ../parse/minor-unit.ts), or one whose amounts show no cents at all, has no
 * decimals to anchor a figure ("ÖSSZESEN 6 846 Ft", "TOTAL 6 846"): there the figure may end in a
 * group of three digits with no decimals, under the same rules (a lead of 1–3 digits right after
 * the label, the gap no wider than GROUP_GAP digit widths). `wholePage` says whether the page is
 * such a page; it is asked only when a line holds such a figure.
 */
import { amountsIn, placedAmount, spanBox, wordSpans, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import { detectCurrency } from '../parse/currency.ts';
import { wholeMoneyCurrency } from '../parse/minor-unit.ts';

/** The widest gap (in digit widths) a space between two thousands groups may be read as. */
const GROUP_GAP = 3;
/** The rest of the figure: groups of three digits, then two decimals, a currency after it or not. */
const REST = /^(\d{3}(?:[ \u00a0\u202f\u2009]\d{3})*)[.,](\d{2})(?!\d)/;
/** The rest of a whole figure: groups of three digits and no decimals, a currency after it or not. */
const WHOLE_REST = /^(\d{3}(?:[ \u00a0\u202f\u2009]\d{3})*)(?![\d'’]|[.,]\d)/;
/** Between the label and the rest: punctuation, a currency, the first group (and any three-digit groups after it), a space. */
const FIRST_GROUP = /^[\s:.#]*(?:(?:[A-Z]{3}|[$€£¥₩]|zł|z[lł]|Ft|kr)\s?)?(\d{1,3}(?:\s+\d{3})*)(\s+)$/u;

/**
 * Whether `lines` are a page of whole-unit money: its currency is printed in whole units
 * (wholeMoneyCurrency), or none of its figures shows cents (two decimals; at least one figure
 * read: a weight's three decimals or a litre's one say nothing of the money).
 */
export function wholeMoneyPage(lines: DocLine[]): boolean {
  if (wholeMoneyCurrency(detectCurrency(lines.map((l) => l.text).join('\n'))?.code)) return true;
  const figures = lines.flatMap((l) => amountsIn(l));
  return figures.length > 0 && !figures.some((a) => a.decimals === 2);
}

/**
 * The figure `pick` (read on `line` after a label ending at character `from`) with the thousands
 * group printed before it across a space, or null when there is none (see the module comment).
 */
export function gappedThousands(line: DocLine, from: number, pick: PlacedAmount, wholePage: () => boolean = () => false): PlacedAmount | null {
  if (pick.value <= 0 || (pick.decimals !== 2 && pick.decimals !== 0)) return null;
  // a whole figure's first group with its currency ("TOTAL ¥6  846"), picked for the currency: the figure after it is the rest
  if (pick.decimals === 0 && pick.value < 1000 && /^\s+\d{3}(?!\d)/.test(line.text.slice(pick.end))) {
    const next = amountsIn(line).find((a) => a.start >= pick.end);
    if (next && next.decimals === 0) return gappedThousands(line, from, next, wholePage);
  }
  // (a figure's start may include a space before it)
  const digit = line.text.slice(pick.start, pick.end).search(/\d/);
  if (digit < 0) return null;
  const at = pick.start + digit;
  const rest = pick.decimals === 2 ? REST.exec(line.text.slice(at)) : WHOLE_REST.exec(line.text.slice(at));
  const head = FIRST_GROUP.exec(line.text.slice(from, at));
  if (!rest || !head || (pick.decimals === 0 && !wholePage())) return null;
  const start = from + head.index + head[0].length - head[1].length - head[2].length;
  // each gap between two groups' words, in digit widths of the rest's word (no word boxes: single spaces only)
  const word = /^\S+/.exec(line.text.slice(at))![0];
  const digitW = spanBox(line, at, at + 1).w / word.length;
  const groups = [...line.text.slice(start, at).matchAll(/\d+/g)].map((g) => spanBox(line, start + g.index!, start + g.index! + g[0].length));
  groups.push(spanBox(line, at, at + 1));
  if (groups.some((b) => b === line.box)) {
    if (/\s{2}/.test(head[1] + head[2])) return null;
  } else if (groups.some((b, i) => i > 0 && b.x - (groups[i - 1].x + groups[i - 1].w) > GROUP_GAP * digitW)) return null;
  const value = Number(`${head[1].replace(/\D/g, '')}${rest[1].replace(/\D/g, '')}.${rest[2] ?? '0'}`);
  return placedAmount(line, { ...pick, value, text: line.text.slice(start, pick.end), start });
}

/** The narrowest gap (in character widths) between a row's text and a figure's first group: a column's gap, never a phrase's space. */
const COLUMN_GAP = 2;

/**
 * A table row's figure `pick` with the thousands group a scan read apart before it ("Husleie
 * 8  500,00": "8" and "500,00" two text runs of one cell, a Norwegian statement's debit read as
 * 500,00), no earlier than character `from` (the end of the row's date or of the figure before).
 * The group must stand apart from the text before it by a column's gap (COLUMN_GAP character
 * widths: "Bus 12  450,00" keeps its 12 in the description) and join the figure as
 * `gappedThousands` joins a label's; null when there is no such group.
 */
export function gappedRowFigure(line: DocLine, pick: PlacedAmount, from: number): PlacedAmount | null {
  const digit = line.text.slice(pick.start, pick.end).search(/\d/);
  if (digit < 0 || pick.decimals !== 2) return null;
  const before = line.text.slice(from, pick.start + digit);
  const g = /(\d{1,3})(\s+)$/.exec(before);
  if (!g || (g.index > 0 && !/\s$/.test(before.slice(0, g.index)))) return null;
  const groupStart = from + g.index;
  const spans = wordSpans(line);
  const group = spans.findIndex((s) => s.start === groupStart);
  if (group < 0) return null;
  if (group > 0 && spans[group - 1].end > from) {
    const prev = spans[group - 1].word.box, own = spans[group].word.box;
    const charW = own.w / Math.max(1, spans[group].word.text.length);
    if (own.x - (prev.x + prev.w) < COLUMN_GAP * charW) return null;
  }
  return gappedThousands(line, groupStart - (g.index > 0 ? 1 : 0), pick);
}
