/**
 * @module test/engine/classify/nordic-baltic-receipts
 * Till slips in Lithuanian, Icelandic and Finnish are receipts by their own words (the receipt,
 * cash, card, change, thanks, the amount to pay), as a scan reads them without their accents;
 * a Finnish invoice stays an invoice.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const kinds = ['pdf', 'image'] as const;

t.test('a Lithuanian pharmacy slip, read by a scan that dropped its accents, is a receipt (a fresh tester\'s was refused as "too weak")', async (t) => {
  const slip = ['VAISTINE ZALIOJI UAB', 'Gedimino pr. 12, Vilnius', 'PVM kodas LT100009876543', '2025-04-02 10:14', 'Kvito Nr. 4410',
    'Paracetamolis 500mg N20 2,99 B', 'Vitaminas C 1000 9,40 A', 'MOKETI 12,39', 'Mokejimo kortele 12,39', 'PVM Be PVM PVM Su PVM', 'A 21% 7,77 1,63 9,40', 'B 5% 2,85 0,14 2,99'];
  for (const kind of kinds) {
    const c = classifyOffline(readingFromText([slip], { kind, width: 240 }));
    t.equal(c.type, 'receipt', `${kind}: ${c.reason}`);
  }
});

t.test('Icelandic and Finnish slips are receipts by their words', async (t) => {
  const is = ['BAKARI EHF.', 'VSK nr. 123456', 'Kvittun nr. 120', '30.08.2025 14:14', 'Kaffi 650 B', 'Snudur 720 B', 'SAMTALS KR. 1.370', 'Reidufe 2.000'];
  const fi = ['KAHVILA AURINKO OY', 'Kuitti 5521', '12.05.2025 09:41', 'Kahvi 3,20 A', 'Pulla 2,80 A', 'Maksettava 6,00', 'Kortti 6,00', 'Kiitos kaynnista'];
  for (const [name, slip] of [['is', is], ['fi', fi]] as const) {
    const c = classifyOffline(readingFromText([slip], { kind: 'image', width: 240 }));
    t.equal(c.type, 'receipt', `${name}: ${c.reason}`);
  }
});

t.test('a Finnish invoice stays an invoice', async (t) => {
  const lasku = ['LASKU', 'Ohjelmistotalo Virta Oy', 'Y-tunnus 1234567-8', 'Laskun numero: 2025-118', 'Laskun päivämäärä: 03.11.2025', 'Eräpäivä: 17.11.2025',
    'Asiakas: Kahvila Aurinko Oy', 'Kuvaus Määrä Yksikköhinta ALV % Yhteensä', 'Ylläpito 1 450,00 25,5 % 450,00', 'Veroton yhteensä 450,00', 'ALV 25,5 % 114,75', 'Yhteensä 564,75',
    'IBAN FI21 1234 5600 0007 85', 'Viitenumero 12345'];
  t.equal(classifyOffline(readingFromText([lasku])).type, 'invoice');
});
