/**
 * @module test/engine/extract/payment-method
 * A receipt's paymentMethod is "cash" or "card" in every language the engine reads: the tender
 * line under the total ("EFTPOS 21.74", "Hotově 3 240,00") or the card slip's scheme line
 * ("Bancontact **** 6754"), the lowest one printed. A café named "Bar …" at the top is no cash.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A till roll: a shop, two items, the total, then `tender` lines (a tender row, a card slip). */
function till(tender: string[], shop = 'CORNER STORE'): string[] {
  return [shop, 'High Street 4', '12.03.2025 10:41', 'Bread  ....  2,40', 'Milk  ....  1,10', '-----', 'TOTAL  ....  3,50', ...tender, 'Thank you'];
}
const method = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image', width: 300 })).formatted.multiple_receipts[0].paymentMethod;

t.test('a card tender in each language: the scheme, the network or the word for card', async (t) => {
  for (const line of ['EFTPOS  ....  3,50', 'PIN  ....  3,50', 'Bancontact  ....  3,50', 'INTERAC  ....  3,50', 'TWINT  ....  3,50', 'Karta  ....  3,50',
    'Kort  ....  3,50', 'Bankomat  ....  3,50', 'Tarjeta  ....  3,50', 'Multibanco  ....  3,50', 'Cartão Débito  ....  3,50', 'PAGAMENTO ELETTRONICO  ....  3,50',
    'EC-Karte  ....  3,50', 'girocard  ....  3,50', 'Bankkártya  ....  3,50', 'Kortti  ....  3,50', 'NETS  ....  3,50', 'GCASH  ....  3,50', 'VISA  ....  3,50', 'CB  ....  3,50']) {
    t.equal(method(till([line])), 'card', line);
  }
});

t.test('a card slip\'s scheme line with the masked card number and no figure is a card', async (t) => {
  for (const line of ['EFTPOS  **** **** **** 2347', 'Bancontact  **** **** **** 6754', 'INTERAC  **** **** **** 3363', 'Karta  **** **** **** 8046',
    'TWINT  **** **** **** 8052', 'Bankomat  **** **** **** 6382', 'PAGAMENTO ELETTRONICO  **** **** **** 5038']) {
    t.equal(method(till(['COPY', line, 'APPROVED'])), 'card', line);
  }
});

t.test('a cash tender in each language', async (t) => {
  for (const line of ['Espèces  ....  5,00', 'Efectivo  ....  5,00', 'Dinheiro  ....  5,00', 'Numerário  ....  5,00', 'Tunai  ....  5,00', 'Készpénz  ....  5 000',
    'Hotově  ....  5,00', 'Contanti  ....  5,00', 'Contant  ....  5,00', 'Kontant  ....  5,00', 'Gotówka  ....  5,00', 'Käteinen  ....  5,00', 'Bar  ....  5,00', 'CASH  ....  5.00']) {
    t.equal(method(till([line, 'Change  ....  1,50'])), 'cash', line);
  }
});

t.test('words that are ordinary words too name a payment only beside a figure', async (t) => {
  t.equal(method(till(['PAGAMENTO ELETTRONICO  ....  3,50'], 'Bar Pasticceria Aurora')), 'card', 'the café named "Bar" at the top is no cash tender');
  t.equal(method(till([], 'Bar Pasticceria Aurora')), null, 'nor is it when no tender is printed');
  t.equal(method(till(['Please enter your PIN'])), null, 'a PIN prompt is no PIN payment');
  t.equal(method(till(['Ref cb 7731 ok'])), null, 'two letters "cb" without a figure are no carte bancaire');
});

t.test('a notice under the tender names a payment without paying: the tender with its figure wins', async (t) => {
  t.equal(method(till(['BAR  ....  20,00', 'Rückgeld  ....  10,00', 'Kartenzahlung ab 5 EUR moeglich'])), 'cash', 'a card minimum under the cash lines');
  t.equal(method(till(['CASH  ....  20.00', 'CHANGE  ....  10.00', 'We now accept contactless cards!'])), 'cash', 'an advert for contactless');
  t.equal(method(till(['Cash  ....  10.00', 'Ask about our credit card offers'])), 'cash', 'an advert for credit cards');
  t.equal(method(till(['Készpénz  ....  5 000', 'Bankkártya elfogadás'])), 'cash', 'a zero-decimal tender ends its line with its figure');
  t.equal(method(till(['Cash  ....  10.00', 'VISA  **** 1234'])), 'card', 'a masked card number pays like a figure');
  t.equal(method(till(['Paid by card'])), 'card', 'with no line paying with a figure, a payment word alone still answers');
});

t.test('DE "EC-Cash" is the German debit card, not cash', async (t) => {
  for (const line of ['EC-CASH  ....  10,00', 'EC Cash  ....  10,00', 'ec-cash  ....  10,00']) t.equal(method(till([line])), 'card', line);
});

t.test('no payment word: null', async (t) => {
  t.equal(method(till(['Goodbye'])), null);
});
