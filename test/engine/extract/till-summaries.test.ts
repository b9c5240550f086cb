/**
 * @module test/engine/extract/till-summaries
 * A till's tax summary is never its total: a Polish paragon's "SUMA PTU" (the sum of the tax by
 * class) under "SUMA PLN", even when OCR has lost its decimal comma ("452" for 4,52).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

// the lines as PP-OCR read a photo of a generated paragon (bench/lib/synth/till.ts, pl seed 3):
// diacritics lost, decimal commas dropped ("452" for 4,52), stray dots
const PARAGON = [
  'Delikatesy Wista Sp.j.', 'ul. Dtuga 12', '80-001 Gdansk', ':2023-12-23 18:15 Nr wydr. 2656', 'PARAGON FISKALNY', 'JOGURT NATURALNY . 613A',
  'WODA MINERALNA 2,67 A', 'WODA MINERALNA 1,238', 'SER ZOtTY : 2,86 A', 'KAWA MIELONA 5,48 A', 'CHLEB ZWYKLY "3x596 17,88A', 'SER ZOLTY - 5,59 A',
  '‘SER ZOLTY. 0,99 A', 'MAStO 6,15 B', '* JABEKA EEE : 6,20B', '.SUMA PLN 55,18', 'KARTA : 55,18', 'PTU - NETTO VAT BRUTTO',
  'PTU A 5% 139,62. © 1,08 41,60.', 'PTU B 23% 11,04 2,54 13,58', '- SUMA PTU . 452', 'Zapraszamy ponownie', 'POTWIERDZENIE :', 'VISA F |',
  'KOD AUT. 289511 Co', 'KWOTA 55,18 -', 'TRANSAKCJA ZAAKCEPTOWANA',
];

t.test('"SUMA PTU" is the tax summary, not the total', async (t) => {
  const x = extractReceipt(readingFromText([PARAGON], { kind: 'image', width: 260 }));
  t.equal(x.formatted.multiple_receipts[0].totalAmount, 55.18);
});

t.test('"A PAYER", "A PAGAR", "DA PAGARE" alone label the total, above the tender and the tax table under it', async (t) => {
  for (const [label, given, change] of [['A PAYER', 'ESPECES', 'RENDU'], ['A PAGAR', 'EFECTIVO', 'CAMBIO'], ['DA PAGARE', 'CONTANTI', 'RESTO']]) {
    const till = [
      'Coop Centro SA', '3 place du Marché', '69002 Lyon', 'FROMAGE COMTE 2,25 A', 'BEURRE DOUX 4,04 A', 'YAOURT NATURE 4,42 A', 'CAFE MOULU 5,43 A',
      '2 x 4,32', 'BEURRE DOUX 8,64 B', 'EAU MINERALE 4,06 A', '--------------------------------', `${label} 28,84`, `${given} 30,00`, `${change} 1,16`,
      'TVA HT TVA TTC', 'A 5,5% 19,15 1,05 20,20', 'B 20% 7,20 1,44 8,64', 'Date: 11/10/2024 09:59', 'Ticket 9734 Caisse 8',
    ];
    const x = extractReceipt(readingFromText([till], { kind: 'pdf', width: 260 }));
    t.equal(x.formatted.multiple_receipts[0].totalAmount, 28.84, label);
  }
});

t.test('a Polish total label read without the stroke of its ł ("DO ZAPLATY") is still the total label', async (t) => {
  const x = extractReceipt(readingFromText([['MEBLE BALTYK SP. Z O.O.', '14.01.2024 11:17', '2 TONER 20,22', '2 DORADZTWO 17,02', '2 PAPIER A4 54,62', 'DO ZAPLATY PLN 91,86', 'Gotowka 100,00', 'Reszta 8,14', 'VAT 23% 17,18']], { kind: 'image', width: 700 }));
  t.equal(x.formatted.multiple_receipts[0].totalAmount, 91.86);
});
