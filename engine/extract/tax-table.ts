/**
 * @module engine/extract/tax-table
 * A tax summary table: one row per tax rate (or tax class), each printing the rate and the
 * class's net, tax and gross ("A= 7,0% 33,03 2,31 35,34", "PTU B 23% 11,04 2,54 13,58",
 * "B 20% 4,32 0,86 5,18"). The document's tax is the sum of the tax column, its net the sum of
 * the net column: a single row is only one class's share. Which figure is which is told by the
 * arithmetic, not by the column order or the header: net + tax = gross, and tax = rate x net
 * (or rate / (1 + rate) x gross), each to 2 cents (a till rounds once per class), or on a row with
 * a class letter to a quarter point of the rate (item lines rounded one by one). A class and its
 * rate alone on a line, the row's figures alone on the next, make one row; so does a class code
 * opening its base and tax, the rate printed last ("A 256,70 38,50 15%", a Norwegian till). On a page of
 * whole-unit money (./gapped-thousands.ts wholeMoneyPage: forints, yen, pesos...) the figures
 * may be whole ("27%  4 622  1 248  5 870" under "ÁFA%  Nettó  ÁFA  Bruttó"), each rounded to the
 * unit: the sums then hold to one unit. Pure and total.
 */
import { amountsIn, placedAmount, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import { wholeMoneyPage } from './gapped-thousands.ts';
import { BARE_TOLERANCE, bareRates, headsBareRates, twoFigureRow, zeroRateRows } from '../parse/bare-rate.ts';

/** One class's row of the table. */
export interface TaxTableRow {
  line: DocLine;
  /** The class letter printed before the rate ("A", "B"), or null when none is printed. */
  classMark: string | null;
  /** The rate as a fraction (0.07 for "7,0%"). */
  rate: number;
  net: PlacedAmount;
  tax: PlacedAmount;
  gross: PlacedAmount;
}

/** The rows and their column sums, in currency units rounded to the cent. */
export interface TaxTable {
  rows: TaxTableRow[];
  net: number;
  tax: number;
  gross: number;
  /**
   * False when a line among or right beside the rows prints a class letter and a rate but could
   * not be read as a row ("PTU A 5% : 28;42" over "PTU B 23% 8,77 2,02 10,79"): the sums then
   * miss that class, and are no document total.
   */
  complete: boolean;
}

/** A rate and the class letter before it: "A= 7,0%", "PTU B 23%", "B 20 %", "19%". */
const RATE = /(?:(?:^|[\s*])([A-H])\s?[=:)]?\s*)?(\d{1,2}(?:[.,]\d{1,2})?)\s?%/g;
const cents = (x: number) => Math.round(x * 100) / 100;
/** What opens a two-figure class row before its rate: a class code alone, a letter or a digit, bracketed or not ("V", "(A)", "1", "B="). */
const CODE_BEFORE = /^\W*([A-Z1-9])[)\]]?\s?[=:]?\s*$/;
/**
 * A rate's class named by a word before its rate, opening a two-figure row ("Normal 8.1% 1'317.11
 * 106.69" under "MWST Satz Basis MWST", a Swiss till; "Reduziert 2.6%", "Standard 20%", "Taux
 * réduit 5,5%", "Tipo general 21%", "Laag 9%"): the names the VAT laws give their rates (CH MWSTG
 * Art. 25 normal/reduced/special; EU VAT Directive 2006/112/EC Art. 96-99 standard/reduced).
 */
const CLASS_WORD_BEFORE = /^\W*(?:normal(?:satz)?|reduziert(?:er satz)?|erm(?:ä|ae|a)(?:ss|ß)igt|sondersatz|beherbergung|standard(?: rate(?:d)?)?|reduced(?: rate)?|zero(?: rate(?:d)?)?|taux (?:normal|r[ée]duit|interm[ée]diaire)|tipo (?:general|reducido|superreducido)|aliquota (?:ordinaria|ridotta)|hoog|laag|normaal|verlaagd)\s?[=:]?\s*$/iu;

/** A class letter and its rate at the start of a row ("PTU A 5%", "A= 7,0%", "B 22%"). */
const CLASS_RATE = /^\W*(?:ptu\W*)?[A-H]\s?[=:)]?\s*\d{1,2}(?:[.,]\d{1,2})?\s?%/i;

/**
 * A class letter and a rate whose % sign a scan read as an 8, a 9 or an & ("A 218 13,01 2.73
 * 15.74" for A 21%, "B 108" for B 10%: a later tester's Spanish slips): only after a class
 * letter, and only kept where the row's arithmetic holds at that rate (below).
 */
const RATE_MISREAD = /(?:^|[\s*])([A-H])\s?[=:)]?\s*(\d{1,2})[89&](?=\s)/g;

/**
 * How far a class row's tax may stray from rate x net, as a share of its net: a till (or a
 * generator) that rounds the tax of every item line and sums them is off by up to half a cent a
 * line ("B 19% 38,52 7,35 45,87": 19 % of 38,52 is 7,32; a fresh tester's German tills lost that
 * row, and with it the table). A quarter of a percentage point of the rate: only on a row that
 * prints its class letter, whose net + tax = gross holds to the cent.
 */
const PER_LINE_ROUNDING = 0.0025;

/** How far whole figures (each rounded to the unit) may stray from their sums: one unit. */
const WHOLE_UNIT = 1.001;

/**
 * The row a line makes, or null: a rate followed by three figures that add up as net + tax =
 * gross. `whole` says (asked only for a rate line printing whole figures) whether the page prints
 * whole-unit money, whose figures need no decimals (see the module comment).
 */
export function taxTableRow(line: DocLine, whole: () => boolean = () => false, headed = false): TaxTableRow | null {
  // (a rate printed without its % sign under a "MWST%" head, ../parse/bare-rate.ts: only with a cent-exact
  // arithmetic, no per-line rounding allowance, and its figures in cents)
  const bare = bareRates(line.text).map((b) => ({ index: b.index, end: b.end, mark: b.classMark, rate: b.rate, bare: true }));
  const printedRates = [...line.text.matchAll(RATE), ...line.text.matchAll(RATE_MISREAD)].map((m) => ({ index: m.index, end: m.index + m[0].length, mark: m[1] ?? null, rate: m[2], bare: false }));
  for (const m of [...printedRates, ...bare]) {
    const rate = Number(m.rate.replace(',', '.')) / 100;
    if (rate < 0 || rate > 0.3 || (m.bare && rate === 0)) continue;
    const end = m.end;
    const printed = amountsIn(line, end).filter((a) => (a.decimals === 2 || (a.decimals === 0 && a.value >= 1 && !m.bare && whole())) && !/^\s?%/.test(line.text.slice(a.end)));
    // a minus among positive figures is a speck read before one ("A 5,5% 31,17 -1,71 32,88"): the
    // arithmetic below decides whether the figure fits the row; a row of refunds (all negative) is no class row
    let figs = printed.some((a) => a.value > 0) ? printed.map((a) => (a.value < 0 ? { ...a, value: -a.value } : a)) : [];
    // the gaps between the figures lost or read as separators ("18,61 2,42,21,03", "20.452.0422.49"):
    // the figures are read apart, each with its two decimals, and the arithmetic below decides
    // (three figures in cents and nothing else: "5 1.41 1 0.00 0.08 1.49", an item's quantity among them, is no row)
    // (a class row printing two figures, net and tax or tax and gross, ../parse/bare-rate.ts twoFigureRow:
    // only after a class code or a rate's class word opening the line, a bare rate only under a head carrying its % sign;
    // a class letter RATE took with its rate opens it too, "H 21% 7,02 1,47" under "L 9% 15,35 1,38": a fresh tester's
    // Dutch till lost its H row, and its tax was the L row's alone)
    const two = printed.length === 2 && amountsIn(line, end).length === 2 && (m.bare ? m.mark !== null && headed : CODE_BEFORE.test(line.text.slice(0, m.index)) || CLASS_WORD_BEFORE.test(line.text.slice(0, m.index)) || (m.mark !== null && /^\W*$/.test(line.text.slice(0, m.index))))
      ? twoFigureRow(printed[0].value, printed[1].value, rate, m.bare ? BARE_TOLERANCE : () => 0.011) : null;
    // (a class row printing its rate last, its base and tax before it: "A 256,70 38,50 15%" under "MVA-grunnlag MVA Sats",
    // a Norwegian till; only after a class code opening the line, nothing after the rate, the arithmetic holding)
    const first = amountsIn(line)[0];
    const ahead = !m.bare && !printed.length && !amountsIn(line, end).length && first && CODE_BEFORE.test(line.text.slice(0, first.start))
      ? amountsIn(line).filter((a) => a.end <= m.index) : [];
    const last = ahead.length === 2 && ahead.every((a) => a.decimals === 2 || (a.decimals === 0 && whole())) && ahead[1].value < ahead[0].value
      ? twoFigureRow(ahead[0].value, ahead[1].value, rate, () => 0.011) : null;
    if (last) return { line, classMark: CODE_BEFORE.exec(line.text.slice(0, first.start))![1].toUpperCase(), rate, net: ahead[0], tax: ahead[1], gross: { ...ahead[1], value: last.gross } };
    if (two) {
      const [a, b] = printed;
      const [net, tax, gross] = two.tax === a.value && two.gross === b.value ? [{ ...b, value: two.net }, a, b] : [a, b, { ...b, value: two.gross }];
      return { line, classMark: m.mark ?? CODE_BEFORE.exec(line.text.slice(0, m.index))?.[1].toUpperCase() ?? null, rate, net, tax, gross };
    }
    if (m.bare && (printed.length !== 3 || amountsIn(line, end).length !== 3)) continue;
    if (printed.length < 3) figs = gluedFigures(line, end);
    if (figs.length < 3) continue;
    for (let i = 0; i < figs.length; i++) {
      for (let j = 0; j < figs.length; j++) {
        if (i === j) continue;
        const net = figs[i], tax = figs[j];
        // (whole figures, each rounded to the unit: the sums to one unit)
        const unit = (g: PlacedAmount) => (net.decimals === 0 || tax.decimals === 0 || g.decimals === 0 ? WHOLE_UNIT : 0);
        const gross = figs.find((g, gi) => gi !== i && gi !== j && Math.abs(net.value + tax.value - g.value) <= Math.max(0.011, unit(g)));
        if (!gross) continue;
        const fromNet = Math.abs(net.value * rate - tax.value), fromGross = Math.abs((gross.value * rate) / (1 + rate) - tax.value);
        if (Math.min(fromNet, fromGross) > (m.bare ? BARE_TOLERANCE(tax.value) : Math.max(0.021, tax.value * 0.002, m.mark ? net.value * PER_LINE_ROUNDING : 0, unit(gross)))) continue;
        if (tax.value > net.value && net.value > 0) continue;
        // (a bare row's tax is more than nothing: "1 0 5.00 0.00 5.00" holds at any rate)
        if (m.bare && !(tax.value > 0)) continue;
        return { line, classMark: m.mark, rate, net, tax, gross };
      }
    }
  }
  return null;
}

/**
 * The figures after `from` read as a run of amounts of two decimals each, whatever stands between
 * them ("2,42,21,03" -> 2.42, 21.03; "20.452.0422.49" -> 20.45, 2.04, 22.49; "59..23", "17.,47" -> 59.23, 17.47): a class row whose
 * gaps a scan lost. Only a row whose figures then add up is taken (taxTableRow).
 */
function gluedFigures(line: DocLine, from: number): PlacedAmount[] {
  const out: PlacedAmount[] = [];
  // (a decimal point read twice, "59..23", or as a point and a comma, "17.,47", is one point: a later
  // tester's scanned Australian till, a t13 tester's Estonian one)
  for (const m of line.text.slice(from).matchAll(/\d{1,6}(?:\.\.|\.,|,\.|[.,])\d{2}/g)) {
    const start = from + m.index, end = start + m[0].length;
    out.push(placedAmount(line, { value: Number(m[0].replace(/\.\.|\.,|,\.|,/, '.')), text: m[0], start, end, decimals: 2, currency: null, marker: null }));
  }
  return out;
}

/**
 * The row a zero-rated class's line makes when its rate prints bare ("Z 0 8.05 0.00", "Z 0.0 8.05
 * 0.00 8.05": ../parse/bare-rate.ts zeroRateRows): rate 0, its net, its tax of 0.00 and its gross
 * (the net, when not printed). Null for any other line. taxSummaryTable asks only next to a row read.
 */
function zeroTableRow(line: DocLine): TaxTableRow | null {
  const z = zeroRateRows(line.text)[0];
  if (!z) return null;
  const figs = amountsIn(line).filter((a) => a.decimals === 2);
  if (figs.length < 2 || figs.length > 3 || figs[0].value !== z.net) return null;
  return { line, classMark: z.classMark, rate: 0, net: figs[0], tax: figs[1], gross: figs[2] ?? figs[0] };
}

/**
 * A class and its rate alone on a line, its figures alone on the next ("A 7%" over "33,03 2,31
 * 35,34", under a "MwSt% Netto MwSt Brutto" header): the two read as one row (the figures' line
 * as the row's line, the class and rate before them), or null when the lines are no such pair.
 */
function withFiguresBelow(l: DocLine, next: DocLine | undefined): DocLine | null {
  if (!next || next.page !== l.page || !CLASS_RATE.test(l.text) || amountsIn(l).some((a) => a.decimals === 2) || /\p{L}{2}/u.test(next.text)) return null;
  if (CLASS_RATE.exec(l.text)![0].trim() !== l.text.trim()) return null;
  if (amountsIn(next).filter((a) => a.decimals === 2).length < 3) return null;
  // the next line's words keep their boxes; the class's words come before them
  return { ...next, text: `${l.text.trim()} ${next.text}`, words: [...l.words, ...next.words] };
}

/** Whether a line starts with a class letter and its rate and prints money ("PTU A 5% : 28;42", "B 19% 38,52 7,85 45,87"): a class row, read or not. */
export function isClassRow(line: DocLine): boolean {
  return CLASS_RATE.test(line.text) && amountsIn(line).some((a) => a.decimals === 2);
}

/**
 * The tax summary table of the lines, or null when no line makes a row. Rows printed twice (a
 * copy of the slip) count once: a row is kept once per class mark and rate.
 */
export function taxSummaryTable(lines: DocLine[]): TaxTable | null {
  const rows: TaxTableRow[] = [];
  // whether the page prints whole-unit money: asked (once) only for a rate line with whole figures
  let w: boolean | undefined;
  const whole = () => (w ??= wholeMoneyPage(lines));
  // (a head carrying the rates' % sign, "Code MWST% Netto MWST", or naming the rate column, "VAT RATE NET VAT":
  // bare rates may then make two-figure rows, ../parse/bare-rate.ts headsBareRates)
  const headed = headsBareRates(lines.map((l) => l.text));
  for (const [i, l] of lines.entries()) {
    const r = taxTableRow(l, whole, headed) ?? taxTableRow(withFiguresBelow(l, lines[i + 1]) ?? l, whole, headed);
    if (!r) continue;
    if (rows.some((o) => o.rate === r.rate && o.classMark === r.classMark && o.tax.value === r.tax.value)) continue;
    rows.push(r);
  }
  if (!rows.length) return null;
  // (a zero-rated class's row printing its rate bare, "Z 0 8.05 0.00" under "S 20.0 41.67 8.33": its net is
  // the table's too, so the net is the column's sum; only next to a row read, ../parse/bare-rate.ts zeroRateRows)
  for (let grew = true; grew;) {
    grew = false;
    for (const l of lines) {
      if (rows.some((r) => r.line === l) || !rows.some((r) => r.line.page === l.page && Math.abs(r.line.index - l.index) === 1)) continue;
      const z = zeroTableRow(l);
      if (z) { rows.push(z); grew = true; }
    }
  }
  rows.sort((a, b) => a.line.index - b.line.index);
  const sum = (f: (r: TaxTableRow) => number) => cents(rows.reduce((s, r) => s + f(r), 0));
  const inRows = new Set(rows.map((r) => r.line));
  const first = Math.min(...rows.map((r) => r.line.index)), last = Math.max(...rows.map((r) => r.line.index));
  const complete = !lines.some((l) => !inRows.has(l) && l.page === rows[0].line.page && l.index >= first - 1 && l.index <= last + 1 && isClassRow(l));
  return { rows, net: sum((r) => r.net.value), tax: sum((r) => r.tax.value), gross: sum((r) => r.gross.value), complete };
}
