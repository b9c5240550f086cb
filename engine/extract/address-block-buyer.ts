/**
 * @module engine/extract/address-block-buyer
 * The buyer of an invoice printed as an unlabelled address block anywhere across the top of the
 * first page (left, right, or beside the seller's own block on one row of the text layer): a
 * name over its street and town, no "Bill to" / "Rechnungsempfänger" label, no attention line.
 * A breaker's invoices with the title on the left and the buyer's block on the right, the seller
 * at the top on the other side or in the footer, came back with no customer. The last fallback
 * for the customer: the seller's own block (its name, or an id printed beside the seller's name)
 * never answers, and with no seller known nothing does (the only block may be the seller's).
 */
import { cells, matchAny, type DocLine } from '../parse/lines.ts';
import type { Party } from './parties.ts';
import { namesSeller } from './parties.ts';
import { ADDRESS_LINE, noisy, plausibleName, tidyName, titleOnly } from './supplier.ts';
import { STREET_LINE } from '../parse/street-line.ts';
import { itemTableHeader } from './item-table-header.ts';
import { buyerMarker } from './attention-block.ts';
import { salutationOnly, withoutSalutation } from './bank-statement.ts';
import { BUYER_LABELS, SELLER_LABELS } from './party-labels.ts';

/** An id with six or more figures (a VAT, registration or tax number), its spaces and dots dropped. */
const ID = /[A-Z]{0,3}[\d][\d .\/-]{4,}\d/g;

/** The ids (ID, compacted) printed in `text`. */
function ids(text: string): string[] {
  return [...text.matchAll(ID)].map((m) => m[0].replace(/[^\dA-Z]/g, '')).filter((s) => (s.match(/\d/g) ?? []).length >= 6);
}


/**
 * The buyer named by an unlabelled address block in the top 40 % of the first page of `lines`
 * (reading order), above the item table, given the seller chosen (`seller`: its name and line):
 * a cell (a run of words, see cells) that reads like a name (plausibleName; no figure, colon,
 * address, title, noise, party label or attention marker; a leading salutation dropped, a
 * salutation alone on the row above skipped) with, in its column (each row within two line heights
 * of the one above it, its cell starting within two character widths), one to four more cells
 * the first of which is an address (ADDRESS_LINE / STREET_LINE: a street, a postcode and town).
 * Not the seller's block: not its name (namesSeller), and no line of it carrying an id
 * printed on the seller's line. Returns the name, its line and confidence 0.5; null when no block
 * qualifies or no seller is known.
 */
export function addressBlockBuyer(lines: DocLine[], seller: Party | null): Party | null {
  if (!seller) return null;
  const page = lines.filter((l) => l.page === lines[0]?.page);
  const header = page.find((l) => itemTableHeader(l));
  const top = page.filter((l) => l.box.y < l.pageHeight * 0.4 && !(header && l.box.y >= header.box.y)).sort((a, b) => a.box.y - b.box.y);
  const sellerIds = new Set(ids(seller.line.text));
  for (let i = 0; i < top.length; i++) {
    for (const c of cells(top[i])) {
      const name = tidyName(withoutSalutation(c.text));
      if (!plausibleName(name) || /\d|[:·•|@]/.test(name) || ADDRESS_LINE.test(name) || STREET_LINE.test(name) || titleOnly(name) || noisy(name)) continue;
      if (salutationOnly(name) || buyerMarker(name) || matchAny(name, [...BUYER_LABELS, ...SELLER_LABELS])?.start === 0) continue;
      if (name.split(/\s+/).length > 7 || namesSeller(name, seller.name)) continue;
      // the cells under it in its column
      const block: string[] = [];
      let last = top[i];
      for (let j = i + 1; j < top.length && block.length < 4; j++) {
        const l = top[j];
        if (l.box.y <= last.box.y) continue;
        if (l.box.y - last.box.y > Math.max(l.box.h, last.box.h) * 2) break;
        const under = cells(l).find((d) => Math.abs(d.x - c.x) <= c.charW * 2);
        if (!under) break;
        block.push(under.text);
        last = l;
      }
      if (!block.length || !(ADDRESS_LINE.test(block[0]) || STREET_LINE.test(block[0]))) continue;
      // an id printed on the seller's line (its VAT or registration number) makes the block the seller's
      if (block.some((b) => ids(b).some((id) => sellerIds.has(id)))) continue;
      return { name, line: top[i], confidence: 0.5 };
    }
  }
  return null;
}
