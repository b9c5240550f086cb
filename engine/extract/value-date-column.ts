/**
 * @module engine/extract/value-date-column
 * A statement table's second date column: the value date ("Wert", "Valeur", "Fecha valor",
 * "Valuta", "Value date") printed beside each row's booking date, either right after it
 * ("02.11. 02.11. Lastschrift ...", "02/11/2026 02/11/2026 RECIBO ...") or right before the
 * row's money ("09/11 RETRAIT DAB 09/11 60,00"). It is neither the row's description nor its
 * money: a dotted day and month ("02.11.") read as a figure gave every row of a German scan the
 * amount 2.11, and value dates read into the descriptions of French and Spanish statements.
 * A date is taken for that column only when the rows agree: at least two rows and half of the
 * dated rows that print money show a date in the same place and those dates stand under each
 * other. Right after the booking date, two dates in a row are a column by themselves (edges within
 * two character widths). Right before the money a description may end with a date of its own
 * ("CB CARREFOUR 02/11" for the day of a card payment), so there the dates must stand within one
 * character width, and under a header that names no value date ("Valeur", "Wert", "Valuta",
 * "Fecha valor", "Value date") four rows in five must print one. Only the date next to the money,
 * in the aligned column, goes: a date inside the description stays.
 */
import { findDates, findDayMonth, findLeadingDayMonth, type DateOrder } from '../parse/dates.ts';
import { amountsIn, spanBox, type DocLine } from '../parse/lines.ts';

/**
 * A value date's heading in our languages and the Nordic ones, folded: "Value date", "Val.
 * date", "Wert", "Wertstellung", "Valuta", "Valutadatum", "Valeur", "Date valeur", "Fecha valor",
 * "F. Valor", "Data valor", "Data waluty", "Rentedatum", "Rentedato", "Valørdag". "Valor" alone is an amount
 * (Portuguese), and so never read as one.
 */
export const VALUE_DATE_HEADING = /(?<![\p{L}])(?:val(?:ue|\.)\s*date|wert(?:stellung)?|valuta(?:datum)?|valeur|(?:fecha|data|f\.|dt\.)\s*valor|data\s+waluty|rentedatum|rentedato|valordag)(?![\p{L}])/u;

/** A span of characters of a line's text. */
export interface Span { start: number; end: number }

/** A dated row of the table: its line and where its booking date ends. */
export interface DatedRow { line: DocLine; leadEnd: number }

/** The dates of `text` from character `from`: full dates and days with their month (no year), in order, none overlapping. */
function datesFrom(text: string, from: number, order: DateOrder): Span[] {
  const blank = (s: string, upTo: number) => ' '.repeat(upTo) + s.slice(upTo);
  const out: Span[] = findDates(blank(text, from), order).filter((d) => d.start >= from).map((d) => ({ start: d.start, end: d.end }));
  let pos = from;
  for (;;) {
    const dm = findDayMonth(blank(text, pos), order);
    if (!dm || dm.start < pos) break;
    const span = { start: dm.start, end: dm.end };
    if (!out.some((d) => d.start < span.end && span.start < d.end)) out.push(span);
    pos = dm.end;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The date right after the booking date (only spaces between) and the date right before the
 * row's first money figure (only spaces between), when the row prints them; a lone date before
 * the money right after the booking date counts as the first.
 */
function candidates(row: DatedRow, order: DateOrder): { after?: Span; before?: Span } {
  const { line, leadEnd } = row;
  const text = line.text;
  const dates = datesFrom(text, leadEnd, order);
  // a bare "dd.mm" right after the booking date ("01.04 02.04 Gutschrift"), which findDayMonth leaves to a row's lead
  const rest = text.slice(leadEnd);
  const gap = rest.length - rest.trimStart().length;
  const bare = findLeadingDayMonth(rest, order);
  if (bare && bare.start === gap && !dates.some((d) => d.start === leadEnd + gap)) dates.unshift({ start: leadEnd + bare.start, end: leadEnd + bare.end });
  const money = amountsIn(line, leadEnd).filter((a) => a.decimals === 2 && !dates.some((d) => d.start < a.end && a.start < d.end));
  if (!money.length) return {};
  const inText = dates.filter((d) => d.end <= money[0].start && (d.end === text.length || /\s/.test(text[d.end])));
  const after = inText.find((d) => d.start === leadEnd + gap && gap > 0);
  const last = inText[inText.length - 1];
  const before = last && last !== after && !text.slice(last.end, money[0].start).trim() ? last : undefined;
  return { after, before };
}

/**
 * The value dates of a statement's rows (see the module's note): for each row's line that
 * prints one in the table's agreed second date column, its span. `headed`: the table's header
 * names a value date (see VALUE_DATE_HEADING). Empty when the rows show no such column.
 */
export function valueDates(rows: DatedRow[], order: DateOrder, headed: boolean): Map<DocLine, Span[]> {
  const found = rows.map((r) => ({ row: r, ...candidates(r, order) }));
  const withMoney = rows.filter((r) => amountsIn(r.line, r.leadEnd).some((a) => a.decimals === 2)).length;
  const out = new Map<DocLine, Span[]>();
  for (const place of ['after', 'before'] as const) {
    const cands = found.filter((f) => f[place]).map((f) => {
      const span = f[place]!;
      const box = spanBox(f.row.line, span.start, span.end);
      const charW = box.w / Math.max(1, span.end - span.start);
      return { line: f.row.line, span, x0: box.x, x1: box.x + box.w, charW };
    });
    // the share of the dated rows with money that must print one, and how far their edges may stray (character widths)
    const share = place === 'after' || headed ? 0.5 : 0.8;
    const tol = place === 'after' ? 2 : 1;
    if (cands.length < 2 || cands.length < withMoney * share) continue;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const x0 = median(cands.map((c) => c.x0)), x1 = median(cands.map((c) => c.x1));
    const aligned = cands.filter((c) => Math.abs(c.x0 - x0) <= c.charW * tol || Math.abs(c.x1 - x1) <= c.charW * tol);
    if (aligned.length < 2 || aligned.length < withMoney * share) continue;
    for (const c of aligned) out.set(c.line, [...(out.get(c.line) ?? []), c.span]);
  }
  return out;
}

/**
 * `line` with the characters of `spans` replaced by spaces (positions and word boxes hold; a
 * blanked word is no longer found in the text); the line itself when there are none.
 */
export function withoutSpans(line: DocLine, spans: Span[] | undefined): DocLine {
  if (!spans?.length) return line;
  let text = line.text;
  for (const s of spans) text = text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end);
  return { ...line, text };
}
