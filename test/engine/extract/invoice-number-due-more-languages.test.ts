/**
 * @module test/engine/extract/invoice-number-due-more-languages
 * Invoice numbers and due dates under labels a fourteenth tester's invoices printed: Slovene and
 * Croatian "Št. računa" (številka abbreviated before the noun), Latvian "Rēķins Nr." (the noun in
 * the nominative, beside the genitive "Rēķina Nr."), Greek in Latin letters "Ar. Timologiou",
 * "Arithmos Timologiou", "Arithmos Apodeixis" and the same in Greek script; due dates under
 * Latvian "Apmaksāt līdz", Spanish "Fecha límite de pago", Portuguese "Data limite de
 * pagamento", Romanian "Scadență" and "Termen de plată", each with its marked letters as printed
 * and as a plain font or a scan drops them. The issue date beside them stays the issue date.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const invoice = (numberLine: string, dueLine: string, kind: 'pdf' | 'image' = 'pdf') => extractInvoice(readingFromText([[
  'Nordwind Trading d.o.o.', 'Industrijska cesta 4', numberLine, 'Datum: 10.05.2026', dueLine,
  'Opis                        Kol.     Cena          Vrednost', 'Printer toner cartridge      6        26,54         159,24',
  'Osnova                                                 159,24', 'DDV 22%                                                 35,03', 'Za plačilo EUR                                         194,27',
]], { kind })).formatted;

t.test('the invoice number after a Slovene, Croatian, Latvian or Greek label', async (t) => {
  for (const [label, want] of [
    ['Št. računa: FA-95457', 'FA-95457'], ['St. racuna: 2026-118', '2026-118'], ['Št računa 2026-118', '2026-118'],
    ['Rēķins Nr. RK-2026/118', 'RK-2026/118'], ['Rekins Nr.: 4471', '4471'], ['Rēķina numurs: 4471', '4471'],
    ['Ar. Timologiou: TP-2041', 'TP-2041'], ['AR. TIMOLOGIOU 1204', '1204'], ['Arithmos Timologiou: 00417', '00417'],
    ['Arithmos Apodeixis: APY-0093', 'APY-0093'], ['Αρ. Τιμολογίου: TP-2041', 'TP-2041'], ['Αριθμός απόδειξης: 684495', '684495'],
  ] as const) {
    for (const kind of ['pdf', 'image'] as const) t.equal(invoice(label, '', kind).documentId, want, `${label} (${kind})`);
  }
});

t.test('the due date after a Latvian, Spanish, Portuguese or Romanian label', async (t) => {
  for (const [label, want] of [
    ['Apmaksāt līdz: 24.05.2026', '24.05.2026'], ['Apmaksat lidz 24.05.2026', '24.05.2026'], ['Samaksāt līdz: 24.05.2026', '24.05.2026'],
    ['Fecha límite de pago: 24/05/2026', '24/05/2026'], ['Fecha limite de pago 24/05/2026', '24/05/2026'],
    ['Data limite de pagamento: 24/05/2026', '24/05/2026'], ['Scadență: 24.05.2026', '24.05.2026'], ['Scadenta 24.05.2026', '24.05.2026'],
    ['Termen de plată: 24.05.2026', '24.05.2026'],
  ] as const) {
    for (const kind of ['pdf', 'image'] as const) {
      const x = invoice('Št. računa: FA-95457', label, kind);
      t.equal(x.dueDate, want, `${label} (${kind})`);
      t.equal(x.date, '10.05.2026', `${label} (${kind}): the issue date stays`);
    }
  }
});
