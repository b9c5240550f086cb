/**
 * @module test/engine/extract/supplier
 * tidyName puts back what a scan does to a company name's punctuation: specks read as dots or
 * colons, legal forms glued to the name, and debris at its ends; what is printed stays.
 */
import t from 'tap';
import { supplierFromTop, tidyName } from '../../../engine/extract/supplier.ts';
import { STREET_LINE } from '../../../engine/parse/street-line.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a speck read as a dot in the space between two words is a space again; abbreviations and web addresses keep their dot', async (t) => {
  t.equal(tidyName('Services.Moreau SAS'), 'Services Moreau SAS');
  t.equal(tidyName('Hotel St.Moritz AG'), 'Hotel St.Moritz AG');
  t.equal(tidyName('Dr.Oetker GmbH'), 'Dr.Oetker GmbH');
  t.equal(tidyName('booking.com B.V.'), 'booking.com B.V.');
  t.equal(tidyName('Segi Cash & Carry Sdn.Bhd'), 'Segi Cash & Carry Sdn.Bhd', 'a legal form printed with a dot');
});

t.test('a dotted legal form with a speck for its first dot is put back', async (t) => {
  t.equal(tidyName('BAKKER MEDIA B:V.'), 'BAKKER MEDIA B.V.');
  t.equal(tidyName('Graficas Sol S,L.'), 'Graficas Sol S.L.');
  t.equal(tidyName('Alimentari S.A.S. di Rossi'), 'Alimentari S.A.S. di Rossi', 'a form inside the name is left');
});

t.test('a street and its house number is an address line, in the languages served', async (t) => {
  for (const s of ['Marktplatz 3', 'Hauptstraße 12a', 'Dorpsplein 5', 'Via Roma 12', 'Plaza España 3', 'ul. Długa 3', 'ul Prosta 51', '45 avenue Jean Jaurès', '12 rue de la Gare', 'Market Square 1', 'Old Mill Lane 12, Leeds']) t.ok(STREET_LINE.test(s), s);
  for (const s of ['BAKKER MEDIA B.V.', 'PIZZA PLACE', 'Spring 5 Café', 'Supermarkt 24']) t.notOk(STREET_LINE.test(s), s);
});

t.test('a sender line above a window envelope\'s address keeps only its name; a name with a separator and no address after it stays whole', async (t) => {
  t.equal(tidyName('Harbour Supplies Ltd : 2 Mill Lane · Leeds LS1 4AP'), 'Harbour Supplies Ltd');
  t.equal(tidyName('Lindner Werkzeuge GmbH : Am Hafen 2 : 50667 Koln'), 'Lindner Werkzeuge GmbH');
  t.equal(tidyName("De Vries Kantoor B.V. · Prinsengracht 14 · 1012 AB Amsterdam"), 'De Vries Kantoor B.V.');
  t.equal(tidyName("De Vries Kantoor B.V. Prinsengracht 14': 1012 AB Amsterdam"), 'De Vries Kantoor B.V.', 'the separator after the legal form lost');
  t.equal(tidyName('Kowalski Trade SA ul. Prosta 51, 00-838 Warszawa'), 'Kowalski Trade SA', 'a legal form without dots, then the street');
  t.equal(tidyName('Kowalski Trade sp. z o.o. ul Prosta 51'), 'Kowalski Trade sp. z o.o.');
  t.equal(tidyName('Cobalt Systems BV Market Square 1'), 'Cobalt Systems BV');
  t.equal(tidyName('Banco SA Nova'), 'Banco SA Nova', 'a word after the form that is no street stays');
  t.equal(tidyName('Müller & Söhne · Bäckerei'), 'Müller & Söhne · Bäckerei');
  t.equal(tidyName('Lindner GmbH & Co. KG'), 'Lindner GmbH & Co. KG');
});

t.test('a speck for any dot of a dotted legal form ending the name is put back; letters that spell no form stay', async (t) => {
  t.equal(tidyName('FERRAMENTA ADRIATICA S:R.L.'), 'FERRAMENTA ADRIATICA S.R.L.');
  t.equal(tidyName('DRUKARNIA WISŁA SP. Z O:O.'), 'DRUKARNIA WISŁA SP. Z O.O.');
  t.equal(tidyName('Studio Lago S.r;l.'), 'Studio Lago S.r.l.');
  t.equal(tidyName('Alimentari Centro S:n.c.'), 'Alimentari Centro S.n.c.');
  t.equal(tidyName('Kiosk A:B.'), 'Kiosk A:B.');
});

t.test('an ampersand or a legal form glued by OCR is spaced as printed; a sender line cut at a dash after the legal form', async (t) => {
  t.equal(tidyName('Druckerei Wagner GmbH&Co.KG'), 'Druckerei Wagner GmbH & Co. KG');
  t.equal(tidyName('Biuro Rachunkowe Nowak&Wisniewska S.A.'), 'Biuro Rachunkowe Nowak & Wisniewska S.A.');
  t.equal(tidyName('H&M'), 'H&M', 'initials keep their ampersand');
  t.equal(tidyName('Officina Meccanica Galli S.r.l - Via Torino 45'), 'Officina Meccanica Galli S.r.l');
  t.equal(tidyName('Smith - Jones Ltd'), 'Smith - Jones Ltd', 'a dash inside a name stays');
});

t.test('a legal form alone on its line takes the name standing above it on the page, not the street OCR listed before it', async (t) => {
  const reading = readingFromText([['BIURO RACHUNKOWE NOWAK & WISNIEWSKA', 'S.A.          FAKTURA VAT', 'ul. Piekna 15', '00-549 Warszawa', 'Faktura nr: INV-2025-6002']], { kind: 'image', width: 600 });
  const ls = reading.pages[0].lines;
  [ls[1], ls[2]] = [ls[2], ls[1]]; // the street listed before the legal form's row
  t.equal(supplierFromTop(flattenLines(reading))?.name, 'BIURO RACHUNKOWE NOWAK & WISNIEWSKA S.A.');
});

t.test('a street printed before its number ("Market Square 1") heading the page is no supplier; the company under it is', async (t) => {
  const top = supplierFromTop(flattenLines(readingFromText([['Market Square 1', 'Cobalt Systems B.V.', '1012 AB Amsterdam', '', 'INVOICE', 'Invoice No: INV-2041', 'Total   240.00']])));
  t.equal(top?.name, 'Cobalt Systems B.V.');
});

t.test('letters of a name or its legal form a scan misread are put back: a speck in sp. z o.o., S.1. for S.L., l for a capital I, a digit after the form', async (t) => {
  t.equal(tidyName("Sklep Nord Sp. z'o.o."), 'Sklep Nord Sp. z o.o.');
  t.equal(tidyName('SKLEP SP. Z O:O.'), 'SKLEP SP. Z O.O.');
  t.equal(tidyName('Suministros lbericos S.1.'), 'Suministros Ibericos S.L.');
  t.equal(tidyName('Brandt Medien GmbH 1'), 'Brandt Medien GmbH');
  t.equal(tidyName('Hotel 2000 GmbH'), 'Hotel 2000 GmbH', 'a figure inside the name stays');
  t.equal(tidyName('Panadería la Lonja S.L.'), 'Panadería la Lonja S.L.', 'a small l before a vowel is a word of its own');
});
