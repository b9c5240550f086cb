/**
 * @module test/engine/classify/room-charge
 * A hotel outlet's slip charged to a room or a table ("Billed to Room 412", "Bill to room 12",
 * "Charged to room", "Room charge") is a receipt: its bill-to names no buyer. An invoice whose
 * "Bill to:" heads a company and its address stays an invoice.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { gatherEvidence } from '../../../engine/classify/evidence.ts';
import { blankPostedToPlace } from '../../../engine/classify/room-charge.ts';
import { readingFromText } from '../reading-from-text.ts';

/** An A4 text PDF: no narrow till roll to tell a slip by its shape. */
const a4 = (lines: string[]) => readingFromText([lines], { kind: 'pdf', width: 595 });

const HOTEL_BAR = ['THE GRAND HOTEL', 'Lobby Bar', 'Check 10234   12/03/2024 21:14', '2 Gin Tonic            24.00', '1 Peanuts               4.50', 'Total                  28.50', 'Billed to Room 412', 'Signature'];

t.test('a bar slip billed to a room is a receipt, not an invoice', async (t) => {
  const c = classifyOffline(a4(HOTEL_BAR));
  t.equal(c.type, 'receipt', c.reason);
  const e = gatherEvidence(a4(HOTEL_BAR));
  t.same(e.invoiceHits, [], 'no invoice field');
  t.same(e.billingHits, [], 'nothing billed on credit');
});

t.test('the other ways a slip is put on a room or a table are receipts too', async (t) => {
  const slips: Record<string, string[]> = {
    'Bill to room 12': ['SEASIDE RESORT', 'Pool Bar', 'Date 02/07/2024 15:40', 'Cocktail               12.00', 'Water                   3.00', 'Total                  15.00', 'Bill to room 12', 'Name: J. Smith'],
    'Bill to: / Room 12': ['SEASIDE RESORT', 'Restaurant', 'Date 02/07/2024 19:40', 'Pasta     18.00', 'Wine       9.00', 'Dessert    7.50', 'Total     34.50', 'Bill to:', 'Room 12', 'Guest: J. Smith'],
    'Charged to room': ['HARBOUR VIEW HOTEL', 'Restaurant', '14/05/2024 19:02', 'Soup of the day    8.00', 'Steak frites      26.00', 'Service            3.40', 'TOTAL             39.40', 'Charged to room', 'Signature'],
    'Room charge': ['HARBOUR VIEW HOTEL', 'Restaurant', '14/05/2024 19:02', 'Soup of the day    8.00', 'Steak frites      26.00', 'Service            3.40', 'TOTAL             39.40', 'Room charge       39.40', 'Signature'],
    'Charge to Table 7': ['BLUE LAGOON CLUB', '15/06/2024 22:10', 'Beer               6.00', 'Nachos             9.50', 'Wings             11.00', 'Total             25.50', 'Charge to Table 7', 'Server: Ana'],
  };
  for (const [name, lines] of Object.entries(slips)) {
    const c = classifyOffline(a4(lines));
    t.equal(c.type, 'receipt', `${name}: ${c.reason}`);
  }
});

t.test('an invoice with Bill to:, a company, its address and an invoice number stays an invoice', async (t) => {
  const c = classifyOffline(a4([
    'Northwind Consulting Ltd', '42 Kingsway, London WC2B 6AA', 'Bill to:', 'Acme Widgets Inc.', '100 Main Street', 'Springfield, IL 62701',
    'Invoice No: INV-0042', 'Date: 18/04/2024', 'Consulting services           1,200.00', 'Travel                          200.00', 'Total                         1,400.00',
  ]));
  t.equal(c.type, 'invoice', c.reason);
  t.match(c.reason, /bill to/);
});

t.test('a buyer whose name starts with a place word is still a buyer', async (t) => {
  const lines = ['Northwind Consulting Ltd', '42 Kingsway, London', 'Bill to:', 'Table Mountain Tours Ltd', '100 Main Street', 'Cape Town 8001', 'No: 0042   Date: 18/04/2024', 'Due date: 18/05/2024', 'Consulting services           1,200.00', 'Travel                          200.00', 'Total                         1,400.00'];
  t.equal(classifyOffline(a4(lines)).type, 'invoice');
  t.same(gatherEvidence(a4(lines)).billingHits, ['bill to', 'due date']);
});

t.test('blankPostedToPlace blanks the posting and keeps the lines', async (t) => {
  const r = blankPostedToPlace('total 28.50\nbilled to room 412\nbill to:\nacme inc.');
  t.equal(r.posted, 1);
  t.equal(r.text, 'total 28.50\n                  \nbill to:\nacme inc.');
  t.equal(blankPostedToPlace('12/05 room charge 120.00').posted, 0, "a folio's dated row is no tender");
  t.equal(blankPostedToPlace('zimmerbelastung 45,00').posted, 1);
});
