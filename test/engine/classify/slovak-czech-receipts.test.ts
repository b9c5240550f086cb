/**
 * @module test/engine/classify/slovak-czech-receipts
 * Slovak and Czech till receipts by their own words: "Pokladničný doklad" / "Pokladní doklad",
 * "Účtenka", cash ("Hotovosť"), change handed back ("Vrátiť", "Výdavok", "Vráceno"), the total
 * ("Celkom", "Spolu", "Celkem"). A fourteenth tester's Slovak thermal receipt, with none of these
 * words known, was refused as `other` ("receipt words too weak"). A Slovak invoice titled
 * "Faktúra - daňový doklad" with its DPH stays an invoice.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const SLOVAK_TILL = [
  'POTRAVINY U MOSTA s.r.o.', 'Hlavná 12, 040 01 Košice', 'IČO: 31234567', 'DIČ: 2020123456', 'Pokladničný doklad', 'Doklad č. 0412',
  'Rožok 10 ks            1,20', 'Mlieko polotučné        0,89', 'Chlieb kmeňový          1,65',
  'Celkom EUR              3,74', 'Hotovosť                5,00', 'Vrátiť                  1,26',
  'DPH                     0,62', '12.05.2026 14:22 Pokladňa 2', 'Ďakujeme za nákup',
];

t.test('a Slovak thermal receipt is a receipt, as a scan and as a text PDF, with or without its marked letters', async (t) => {
  const plain = SLOVAK_TILL.map((l) => l.normalize('NFD').replace(/\p{M}/gu, ''));
  for (const [name, lines] of [['printed', SLOVAK_TILL], ['unmarked', plain]] as const) {
    for (const [kind, width] of [['image', 250], ['image', 595], ['pdf', 227], ['pdf', 595]] as const) {
      const c = classifyOffline(readingFromText([lines], { kind, width }));
      t.equal(c.type, 'receipt', `${name} ${kind} ${width}: ${c.reason}`);
      t.match(c.reason, /change handed back/, `${name} ${kind} ${width}`);
    }
  }
});

t.test('a Czech receipt ("Účtenka", "Celkem", "Hotovost", "Vráceno") is a receipt by its words', async (t) => {
  const c = classifyOffline(readingFromText([[
    'PEKARNA NA ROHU', 'Vinohradská 40, 120 00 Praha 2', 'IČ: 27123456', 'Účtenka', 'Houska 4 ks           12,00', 'Chléb                 39,90',
    'Celkem Kč             51,90', 'Hotovost              100,00', 'Vráceno                48,10', '12.05.2026 08:12', 'Děkujeme za nákup',
  ]], { kind: 'image', width: 300 }));
  t.equal(c.type, 'receipt', c.reason);
  t.match(c.reason, /receipt words \(účtenka, hotovosť, vráceno.*change handed back/, 'by its own words and its change');
});

t.test('a Slovak invoice titled "Faktúra - daňový doklad" stays an invoice', async (t) => {
  const c = classifyOffline(readingFromText([[
    'Stavby Tatry s.r.o.', 'Námestie SNP 5, 811 01 Bratislava', 'IČO: 35123456  IČ DPH: SK2020987654', 'Faktúra - daňový doklad č. 2026041',
    'Dátum vyhotovenia: 05.05.2026', 'Dátum splatnosti: 19.05.2026', 'Odberateľ: Domy Morava a.s., Hlavná 3, 040 01 Košice',
    'Popis                 Množstvo   Cena      Spolu', 'Murárske práce         10       45,00     450,00', 'Materiál                1      312,40     312,40',
    'Základ DPH 20%                            762,40', 'DPH 20%                                   152,48', 'Celkom k úhrade EUR                       914,88',
    'IBAN: SK31 1200 0000 1987 4263 7541',
  ]]));
  t.equal(c.type, 'invoice', c.reason);
});
