/**
 * @module test/engine/extract/stray-punctuation
 * Specks a scan reads as punctuation at the end of an item's name or between a word and a figure
 * ("SPUELMITTEL.", "GEL PENS 12PK : .", "Café \".", "Board.4-way") are no part of the name; an
 * abbreviation's dot ("Smith & Co.", "inkl.") and brackets stay.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { withoutStrayPunctuation } from '../../../engine/extract/stray-punctuation.ts';
import { readingFromText } from '../reading-from-text.ts';

function names(body: string[], kind: 'image' | 'pdf' = 'image') {
  const page = ['Haushalt Becker GmbH', 'Lindenweg 7, 80331 München', 'Bon 4471 05.03.2026', '----------------------------------------', ...body, '----------------------------------------', 'SUMME EUR 27,70'];
  return extractReceipt(readingFromText([page], { kind, width: 260 })).formatted.multiple_receipts[0].tableItems.map((i) => i.description);
}

t.test('stray marks ending a scanned item name are dropped', async (t) => {
  t.same(names(['SPUELMITTEL. 1,95 A', 'GEL PENS 12PK : . 9,75 A', 'Café ". 2,00 B', 'Kabel (3m). 4,00 A', 'Smith & Co. 3,00 A', 'Montage inkl. 7,00 A']),
    ['SPUELMITTEL', 'GEL PENS 12PK', 'Café', 'Kabel (3m)', 'Smith & Co.', 'Montage inkl.']);
});

t.test('a dot between a word and a figure is the space printed there', async (t) => {
  t.same(names(['Extension Board.4-way 20,70 A', 'Schraube No.4 7,00 A']), ['Extension Board 4-way', 'Schraube No.4']);
});

t.test('withoutStrayPunctuation keeps brackets, abbreviations and names that are marks only', async (t) => {
  t.equal(withoutStrayPunctuation('Ceiling Fan 1200mm (HSN 8414).'), 'Ceiling Fan 1200mm (HSN 8414)');
  t.equal(withoutStrayPunctuation('Kaffee m. Milch'), 'Kaffee m. Milch');
  t.equal(withoutStrayPunctuation('Zubehörteile.'), 'Zubehörteile');
  t.equal(withoutStrayPunctuation('Tee inkl.'), 'Tee inkl.');
  t.equal(withoutStrayPunctuation('Pizza (groß)'), 'Pizza (groß)');
  t.equal(withoutStrayPunctuation('Tea & #'), 'Tea & #');
  t.equal(withoutStrayPunctuation('STAPLER HEAVY DUTY.'), 'STAPLER HEAVY DUTY');
  t.equal(withoutStrayPunctuation('Baguette: tradition'), 'Baguette tradition');
  t.equal(withoutStrayPunctuation('SIZE: L'), 'SIZE: L', 'a label before a capital stays');
});
