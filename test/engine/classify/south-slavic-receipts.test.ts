/**
 * @module test/engine/classify/south-slavic-receipts
 * Slovenian, Croatian, Serbian and Bosnian till slips title themselves "Račun" (the word for an
 * invoice and a bill alike): their till words (cash "Gotovina", card "kartica", "Za plačilo",
 * thanks), the fiscal codes a till prints (Slovenia's ZOI and EOR, Croatia's ZKI and JIR) and the
 * total paid there make them receipts; an invoice titled "Račun" with a buyer, a due date and an
 * IBAN stays an invoice.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const photo = (lines: string[]) => classifyOffline(readingFromText([lines], { kind: 'image', width: 640 }));

t.test('a Slovenian butcher\'s slip titled Račun, paid by card', async (t) => {
  const c = photo(['Mesnica Novak d.o.o.', 'Celovska cesta 88, 1000 Ljubljana', 'ID za DDV: SI12345678', 'Racun st.: 0412-3-0088', 'Datum: 14. 3. 2026 Ura: 10:41',
    'Pecenica 2 x 3,40 6,80', 'Mleto meso 1 x 8,95 8,95', 'ZA PLACILO EUR 15,75', 'Placilna kartica 15,75', 'Stopnja Osnova DDV Skupaj', '9,5% 14,38 1,37 15,75',
    'ZOI: 3a91f0c2d7e84b55a6', 'EOR: 7c2e11d0-52aa-4e0b-8d1f', 'Hvala za nakup!']);
  t.equal(c.type, 'receipt', c.reason);
});

t.test('a Croatian and a Serbian café slip titled Račun, paid in cash', async (t) => {
  const hr = photo(['Caffe bar Riva', 'Obala 12, 21000 Split', 'OIB: 12345678901', 'RACUN br. 118/1/1', '12.03.2026. 18:02', 'Kava s mlijekom 2 x 2,20 4,40', 'Sok od naranče 1 x 3,50 3,50',
    'UKUPNO EUR 7,90', 'Gotovina 10,00', 'Povrat 2,10', 'PDV 25% 1,58', 'ZKI: 9f1c0e77a2d34b8c', 'JIR: 5b0e7a11-3c2d-4e5f-9a8b', 'Hvala na posjeti!']);
  t.equal(hr.type, 'receipt', hr.reason);
  const rs = photo(['Pekara Zlatno Zrno', 'Bulevar oslobodjenja 7, Novi Sad', 'PIB: 109876543', 'Racun: 2026-00451', '03.03.2026 07:15', 'Burek sa sirom 2 x 180,00 360,00', 'Jogurt 1 x 95,00 95,00',
    'Za placanje 455,00', 'Gotovina 500,00', 'Povracaj 45,00', 'PDV 10% 41,36', 'Hvala na kupovini!']);
  t.equal(rs.type, 'receipt', rs.reason);
});

t.test('an invoice titled Račun with a buyer, a due date and an IBAN stays an invoice', async (t) => {
  const c = classifyOffline(readingFromText([['Gradbeno podjetje Kamen d.o.o.', 'Tržaška cesta 40, 1000 Ljubljana', 'ID za DDV: SI87654321', 'RAČUN št. 2026-0147',
    'Kupec: Hiša Dom d.o.o., Dunajska 5, 1000 Ljubljana', 'Datum izdaje: 02.03.2026', 'Rok plačila: 01.04.2026', 'Opis Kol. Cena Znesek', 'Polaganje ploščic 42 18,00 756,00', 'Material 1 412,50 412,50',
    'Osnova 1.168,50', 'DDV 22% 257,07', 'Za plačilo EUR 1.425,57', 'IBAN: SI56 0510 0801 2345 678', 'Gotovina se ne sprejema.']], { kind: 'pdf', width: 595 }));
  t.equal(c.type, 'invoice', c.reason);
});
