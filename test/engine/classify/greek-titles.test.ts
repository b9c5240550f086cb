/**
 * @module test/engine/classify/greek-titles
 * Greek documents' titles, in Latin letters and in Greek script: an invoice titled "TIMOLOGIO"
 * ("Timologio Parochis Ypiresion", "ΤΙΜΟΛΟΓΙΟ") that prints one price a row and its total twice
 * is an invoice, not a till slip (a fourteenth tester's was taken for a receipt by its
 * structure); a retail receipt titled "APODEIXI LIANIKIS POLISIS" ("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ") stays a
 * receipt.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const INVOICE = (title: string) => [
  'ATHINAIKI EMPORIKI A.E.', 'Leoforos Kifisias 112, 11526 Athina', 'AFM: 094123456  DOY: FAE Athinon', title,
  'Ar. Timologiou: TP-2041', 'Imerominia: 14/05/2026', 'Pelatis: Nikolaou Trading IKE', 'Odos Ermou 25, 10563 Athina',
  'Ypiresies symvoulon Maiou                165,00', 'Kathari axia                          165,00',
  'FPA 24%                                39,60', 'Synolo                                204,60', 'Pliroteo poso                         204,60',
];

t.test('a Greek invoice titled in Latin letters or in Greek script is an invoice', async (t) => {
  for (const title of ['TIMOLOGIO', 'Timologio Parochis Ypiresion', 'TIMOLOGIO PAROCHIS', 'ΤΙΜΟΛΟΓΙΟ', 'Τιμολόγιο Παροχής Υπηρεσιών']) {
    for (const kind of ['pdf', 'image'] as const) {
      const c = classifyOffline(readingFromText([INVOICE(title)], { kind, width: kind === 'image' ? 1200 : 595 }));
      t.equal(c.type, 'invoice', `${title} (${kind}): ${c.reason}`);
      t.match(c.reason, /an invoice title/, `${title} (${kind})`);
    }
  }
});

t.test('a Greek retail receipt stays a receipt', async (t) => {
  for (const title of ['APODEIXI LIANIKIS POLISIS', 'ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ']) {
    const c = classifyOffline(readingFromText([[
      'KAFENEIO TO LIMANI', 'Akti Miaouli 14, Peiraias', 'AFM: 998877665', title, 'Arithmos Apodeixis: 684495', '14/05/2026 10:42',
      'Freddo espresso          3,50', 'Tost               2,80', 'SYNOLO            6,30', 'METRITA           10,00', 'RESTA             3,70',
    ]], { kind: 'image', width: 300 }));
    t.equal(c.type, 'receipt', `${title}: ${c.reason}`);
  }
});
