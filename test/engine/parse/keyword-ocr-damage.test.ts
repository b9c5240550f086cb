/**
 * @module test/engine/parse/keyword-ocr-damage
 * A label's regex (engine/parse/lines.ts keyword) tolerates two more kinds of damage OCR does to
 * any label, so no label lists its damaged spellings: a number sign after an N lost before the
 * next word ("N Pedido" for "Nº Pedido", "N. documento"), and inside a long word a z or an s read
 * as the digit it looks like, 2 or 5, between two letters ("Narud2ba br." for "Narudžba br.",
 * "Rechnung5nummer"). Ordinary words still do not match: an N glued to the next word, another
 * word ending in n, a figure standing for the letter, a digit at a word's edge or in a word of
 * fewer than five letters.
 */
import t from 'tap';
import { fold, keyword } from '../../../engine/parse/lines.ts';

const matches = (phrase: string, text: string) => keyword(phrase).test(fold(text));

t.test('a number sign lost after the N before the next word', async (t) => {
  for (const [phrase, text] of [
    ['nº pedido', 'N Pedido: 4500123'], ['nº pedido', 'N. Pedido 4500123'], ['nº pedido', 'Nº Pedido 4500123'], ['n.º de pedido', 'N de pedido: 12'],
    ['n° de commande', 'N de commande : 2025-4471'], ['no de facture', 'N de facture 2025-17'], ['nº documento', 'N documento: 5893'],
  ] as const) t.ok(matches(phrase, text), `${phrase} in "${text}"`);
  for (const [phrase, text] of [
    ['nº pedido', 'Npedido 4500123'], ['nº pedido', 'En pedido 4500123'], ['nº pedido', 'Pedido 4500123'], ['nº pedido', 'Ne pedido'],
    ['order no', 'Order N 4471'],
  ] as const) t.notOk(matches(phrase, text), `no ${phrase} in "${text}"`);
});

t.test('a z or an s read as 2 or 5 between letters of a long word', async (t) => {
  for (const [phrase, text] of [
    ['narudžba br', 'Narud2ba br. 2026-77'], ['narudžba br', 'NARUD2BA BR: 2026-77'], ['narudžba br', 'Narudžba br. 2026-77'],
    ['rechnungsnummer', 'Rechnung5nummer: 4711'], ['fizetési határidő', 'Fizete5i határidő: 2026.05.24'],
  ] as const) t.ok(matches(phrase, text), `${phrase} in "${text}"`);
  for (const [phrase, text] of [
    ['narudžba br', 'Narud 2ba br.'], ['narudžba br', 'Narud22ba br.'], ['summe', '5umme 12,00'], ['gesamt', 'Gesam5 12,00'],
    ['visa', 'Vi5a 12,00'], ['bonus', 'Bonu5'],
  ] as const) t.notOk(matches(phrase, text), `no ${phrase} in "${text}"`);
});
