/**
 * @module engine/extract/mark-note
 * A note that explains a mark printed beside the items: "* indicates reduced tax rate item",
 * "※印は軽減税率対象商品です", "(*) Reduced rate items", "★ = points item". A Japanese receipt
 * prints it under its totals (the items of the reduced consumption-tax rate marked, as the invoice
 * rules of 2019 require, and the mark explained), and its words ("item", "rate") name the columns
 * of an item table's header: a line that opens with the mark and holds no money is such a note,
 * never a header row. Pure.
 */

/** The mark (a star, a reference mark, a black or white star, bracketed or not) opening the line, then words. */
const NOTE = /^\s*[([（［「]?\s*[*※＊★☆]\s*[)\]）］」]?\s*[:=：]?\s*(?=\p{L})/u;

/** Whether `text` is a note explaining an item mark (see the module comment): it opens with the mark, then words, and prints no figure. */
export function markNote(text: string): boolean {
  return NOTE.test(text) && !/\d/.test(text.replace(/\d{1,2}\s?%/g, ''));
}
