/**
 * @module engine/extract/till-id
 * A store's, till's, terminal's or table's own number ("Store #0217", "Filiale 0217", "Shop No.
 * 12", "Kasse 3", "Till 4", "Terminal 12345678", "Caisse 02", "Mesa 4", and glued "POS1", with
 * its O read as a zero "P0S1"): printed on a till slip beside or under the receipt's number and
 * its label, it is never the document's number. Folded text (../parse/lines.ts fold). Source: the
 * till slips of the testers' receipts in EN, DE, FR, ES, IT, PT, NL, PL.
 */

/** The words (folded) naming a store, a till or terminal, or a restaurant's table. */
const TILL_WORD = String.raw`(?:store|shop|branch|outlet|filiale|sucursal|tienda|loja|magasin|negozio|winkel|sklep|till|kasse|caja|caisse|cassa|kassa|caixa|p[o0]s|terminal|tid|register|lane|table|tisch|mesa|tavolo)`;
/** A number marker between the word and its number ("No.", "Nr.", "#", "Nº", "ID", ":"). */
const MARKER = String.raw`\.?\s*(?:n[o0]\.?|nr\.?|#|n[°º]|id)?\s*:?\s*`;
/**
 * A till word and its number at the start of a text, after separators: "Store #0217", "Kasse 3",
 * "Terminal ID: 12345678", "P0S1"; not a number that goes on with a dash or slash ("POS01-48213" is
 * an id printed with its series).
 */
const TILL_ID_AHEAD = new RegExp(String.raw`^[\s:#.·-]*${TILL_WORD}${MARKER}\d{1,8}(?![\p{L}\d\-\/])`, 'iu');
/** A till word and its marker ending a text: what stands before a till's number. */
const TILL_WORD_BEHIND = new RegExp(String.raw`(?<![\p{L}\d])${TILL_WORD}${MARKER}$`, 'iu');
/** A till id in one token, word and digits glued ("POS1", "P0S1", "TILL4", "Kasse3"). */
const GLUED_TILL_ID = new RegExp(String.raw`^${TILL_WORD}\d{1,3}$`, 'iu');

/**
 * The end (an offset into `text`) of a till's word and its number starting at `from` (after
 * separators: "Ticket Caisse 02 N° 4711" from the end of "Ticket"), or -1 when none starts there.
 */
export function tillIdEnd(text: string, from: number): number {
  const m = TILL_ID_AHEAD.exec(text.slice(from));
  return m ? from + m[0].length : -1;
}

/**
 * Whether the token at `start` of a line is a till's or store's number: its word and marker
 * stand right before it ("0217" of "Store #0217"), or the token is one glued to its word
 * ("P0S1", `token` its text).
 */
export function isTillId(text: string, start: number, token: string): boolean {
  return GLUED_TILL_ID.test(token) || TILL_WORD_BEHIND.test(text.slice(0, start));
}
