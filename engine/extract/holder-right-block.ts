/**
 * @module engine/extract/holder-right-block
 * The holder's address block printed in a column of its own, right of the bank's block on the
 * same rows (as Spanish, French and Italian statements set the window on the right: "Banco X,
 * S.A.   Dña. Carmen Ruiz" / "Oficina 0231   Av. de la Constitución 45" / "41001 Sevilla"):
 * a cell that is no line's first column, holding a person's name (see personal-name.ts, after its
 * courtesy salutation), directly over a street cell of its column (a street line, or a line with a
 * house number over a postcode and town line, see postal-lines.ts), the column not going on with
 * a phone, website, e-mail or BIC before the statement's title or the account's line (a sender's
 * block). Only a person's shape: a right-hand cell over an address may as well be the bank's
 * branch or a company's.
 */
import { findDates } from '../parse/dates.ts';
import { cells, type DocLine } from '../parse/lines.ts';
import { namesABank } from './bank-words.ts';
import { accountLine } from './holder-beside-account.ts';
import { personalName } from './personal-name.ts';
import { CONTACT, HOUSE_NUMBER_LINE, POSTCODE_TOWN, STREET } from './postal-lines.ts';
import { tidyName } from './supplier.ts';

type Cell = { text: string; x: number; charW: number };

/** The cell of `line` starting within three character widths of `x`, if any. */
function cellAt(line: DocLine, x: number, charW: number): Cell | undefined {
  return cells(line).find((c) => Math.abs(c.x - x) <= charW * 3);
}

/** Whether a cell opens a postal address: a street, or a figure over a postcode and town (`next`, the cell under it). No date, no money. */
function streetCell(text: string, next: string): boolean {
  if (findDates(text).length || /\d[.,]\d{2}\b/.test(text)) return false;
  return STREET.test(text) || ((HOUSE_NUMBER_LINE.test(text) || /\d/.test(text)) && POSTCODE_TOWN.test(next));
}

/**
 * The holder named over an address block in a right-hand column of `head` (the first page's
 * head lines in reading order; see the module's note), tidied by `nameOf` (the caller drops a
 * courtesy salutation), with its line; null when none.
 */
export function holderInRightBlock(head: DocLine[], nameOf: (text: string) => string): { name: string; line: DocLine } | null {
  const margin = Math.min(...head.map((l) => l.box.x));
  for (let i = 1; i < head.length; i++) {
    const l = head[i];
    const above = head[i - 1];
    if (above.page !== l.page || l.box.y - (above.box.y + above.box.h) > l.box.h * 2) continue;
    for (const c of cells(l)) {
      // a right-hand column: the page's left column is the window block's own reader's
      if (c.x <= margin + c.charW * 3) continue;
      const nameCell = cellAt(above, c.x, c.charW);
      if (!nameCell) continue;
      const under = head[i + 1] ? cellAt(head[i + 1], c.x, c.charW)?.text ?? '' : '';
      if (!streetCell(c.text, under)) continue;
      const name = nameOf(tidyName(nameCell.text));
      if (!personalName(name) || namesABank(name) || senders(head, i, c)) continue;
      return { name, line: above };
    }
  }
  return null;
}

/** Whether the column of `cell` (on head[i]) goes on, within five rows, with a contact before a title or the account's line: a sender's block. */
function senders(head: DocLine[], i: number, cell: Cell): boolean {
  for (const l of head.slice(i + 1, i + 6)) {
    if (accountLine(l)) return false;
    const c = cellAt(l, cell.x, cell.charW);
    if (c && CONTACT.test(c.text)) return true;
  }
  return false;
}
