/**
 * @module engine/classify/room-charge
 * A sale posted to a guest's room or a table's tab, as a hotel's bar, restaurant or spa prints it
 * on its slip: "Billed to Room 412", "Charged to room", "Bill to room 12", "Post to Room 305",
 * "Charge to Table 7", or a line "Room charge" as its tender, in the languages served ("Zimmer", "chambre", "habitación", "camera",
 * "quarto", "kamer", "pokój"). The slip is settled at the outlet's till and the amount goes on
 * the guest's bill: it is a receipt, and its "Bill to" names no buyer. A bill-to followed by a
 * name and a postal address ("Bill to:" / "Acme Widgets Inc." / "100 Main Street") is an
 * invoice's buyer block and is left alone. Source: hotel bar slips printing "Billed to Room 412"
 * were typed as invoices because "billed to" counted as an invoice's buyer label.
 */

/** The places a sale is posted to: a room or a table, in EN, DE, FR, ES, IT, PT, NL, PL (folded, without accents). */
const PLACE = '(?:room|rm|guest\\s+room|zimmer|chambre|habitacion|camera|stanza|quarto|kamer|pokoj|table|tisch|mesa|tavolo|tafel|stolik|suite|cabin)';

/**
 * "Bill(ed) to", "charge(d) to", "post(ed) to", then a room or table with its number or nothing
 * after it on the line (folded text, a line per "\n"): the place must end the phrase, so "Bill
 * to: Table Mountain Ltd" stays a buyer.
 */
const POSTED_TO_PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:bill(?:ed)?|charged?|post(?:ed)?)[ \t]+to[ \t]*:?\s*(?:the[ \t]+|guest[ \t]+)?${PLACE}(?:[ \t]*(?:no\.?|nr\.?|n[°º]|#|:)?[ \t]*\d{1,5}[a-z]?(?![\p{L}\d])|[ \t]*[.:]?[ \t]*$)`,
  'gmu',
);

/**
 * A line that is only "Room charge" (or "Charge to room"), with the room's number or the amount
 * after it: the slip's tender, the sale put on the room. A folio's dated rows ("12/05 Room charge
 * 120.00") start with their date and are no tender.
 */
const ROOM_TENDER = new RegExp(String.raw`^[ \t]*(?:room[ \t]+charge|charge[ \t]+to[ \t]+room|zimmerbelastung|auf[ \t]+zimmer|cargo[ \t]+a[ \t]+(?:la[ \t]+)?habitacion|addebito[ \t]+(?:in[ \t]+)?camera)[ \t]*[:#]?[ \t]*(?:(?:no\.?|nr\.?)?[ \t]*\d{1,5}[a-z]?|[$€£]?[ \t]*\d[\d.,]*\d)?[ \t]*$`, 'gmu');

/**
 * `folded` (text folded by ../parse/lines.ts `fold`, lines joined by "\n") with every sale posted
 * to a room or a table (see the module note) blanked out by spaces of the same length, so no
 * buyer label is read in it; `posted`: how many there were.
 */
export function blankPostedToPlace(folded: string): { text: string; posted: number } {
  let posted = 0;
  const blank = (m: string) => {
    posted++;
    return m.replace(/[^\n]/g, ' ');
  };
  const text = folded.replace(POSTED_TO_PLACE, blank).replace(ROOM_TENDER, blank);
  return { text, posted };
}
