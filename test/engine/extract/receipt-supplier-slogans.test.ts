/**
 * @module test/engine/extract/receipt-supplier-slogans
 * A slogan written as a sentence beside the shop's name is not the name: a fresh tester's
 * receipts, whose slogan over the name was returned as the shop.
 */
import t from 'tap';
import { supplierOfHeader as sup } from './till-header-supplier.ts';

t.test('a slogan written as a sentence over the name, in the same type, is passed over for the name', async (t) => {
  t.equal(sup(['Artisan boulanger', 'Boulangerie du Marché', '14 rue Mercière, 69002 Lyon', 'SIRET 552 100 554 00025']), 'Boulangerie du Marché');
  t.equal(sup(['Read more, worry less', 'Harbourside Books', '12 Quay Street, Auckland 1010', 'GST 123-456-789']), 'Harbourside Books');
  t.equal(sup(['Baked with love', 'Copperkettle Bakery', '14 High Street', 'York YO1 7HB']), 'Copperkettle Bakery');
  t.equal(sup(['Fresh. Local. Aussie.', 'Wattle Tree Grocer', 'Shop 4, 112 Sydney Rd', 'Brunswick VIC 3056']), 'Wattle Tree Grocer', 'short words closed by stops');
  t.equal(sup(['Chleb jak dawniej', 'WITAMY', 'Piekarnia Złoty Kłos', 'ul. Długa 17', '80-831 Gdańsk']), 'Piekarnia Złoty Kłos', 'a greeting between them');
  t.equal(sup(['Calidad de siempre', 'Ferreteria Hermanos Ruiz', 'Tel. 91 542 903', 'NIF: B-63823088']), 'Ferreteria Hermanos Ruiz');
});

t.test('in smaller type, and under the name', async (t) => {
  t.equal(sup(['Lo mejor de la tierra', 'Supermercados La Huerta', 'Calle Sierpes 33, 41004 Sevilla', 'CIF: B-12345678'], { 0: 10, 1: 16 }), 'Supermercados La Huerta');
  t.equal(sup(['Supermercados La Huerta', 'Lo mejor de la tierra', 'Calle Sierpes 33, 41004 Sevilla']), 'Supermercados La Huerta');
});

t.test('a sentence stays the name when nothing beside it reads as one', async (t) => {
  t.equal(sup(['Pizza al taglio', 'Via Roma 12, 00100 Roma', 'P.IVA 01234567890']), 'Pizza al taglio', 'alone over the address');
  t.equal(sup(['Pane e tulipani', 'Bar Sport'], { 0: 20 }), 'Pane e tulipani', 'printed larger than the line beside it');
});

t.test('a line that names a company is no slogan, however OCR split its words', async (t) => {
  t.match(sup(['Guar dian Healt h And Beauty Sdn Bhd', 'Jalan Loke Yew Bentong', '90 Ground Floor', 'Jalan Bentong', 'Tel:09-222 6498']), /Sdn Bhd$/);
  t.match(sup(['tan chay yee', 'SHH MOTOR (SUNGAI RENGIT) SDN. BHD.', '(801580-T)', 'NO. 343, JALAN KURAU']), /^SHH MOTOR/, 'a person over the legal name');
});
