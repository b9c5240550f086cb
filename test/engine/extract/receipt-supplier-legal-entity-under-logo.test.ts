/**
 * @module test/engine/extract/receipt-supplier-legal-entity-under-logo
 * A receipt whose trade name (the logo's capitals) stands over its legal entity: the legal
 * entity comes back with its legal form, for the Nordic, Baltic, Greek, Central European and
 * Philippine forms too ("... AB", "... ApS", "... IKE", "... Inc."), and a short form inside the
 * trade name ("KAINAN SA KANTO", Tagalog "sa") does not make it the company. A text layer's name
 * is read as printed (no letter repaired), a name line ending in a particle ("på") goes on in the
 * next line, and a customer's block under its label ("Customer:") never names the shop.
 */
import t from 'tap';
import { receiptSupplier } from '../../../engine/extract/receipt-supplier.ts';
import { casedLegalFormAtEnd, casedLegalFormOnly } from '../../../engine/extract/cased-legal-form.ts';
import { endsInLegalForm, legalFormOnly } from '../../../engine/extract/supplier.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const body = ['Kvitto nr 601601', '2024-10-23 13:38', 'Kaffe 35,40 B', 'Kanelbulle 122,40 A', '', 'TOTAL 157,80', ...Array(12).fill('')];
const sup = (head: string[], kind: 'image' | 'pdf' = 'image') => receiptSupplier(flattenLines(readingFromText([[...head, ...body]], { kind })))?.name ?? null;

t.test('the legal entity under the trade name comes back, its legal form included', async (t) => {
  t.equal(sup(['KAFFEBAREN SODER', 'Sodermalm Kaffe AB', 'Gotgatan 41, Stockholm']), 'Sodermalm Kaffe AB');
  t.equal(sup(['TAVERNA O KRITIKOS', 'Kritikos Estiatoria IKE', 'Odos Adrianou 44, Athina']), 'Kritikos Estiatoria IKE');
  t.equal(sup(['SMORREBRODSHUSET', 'Smorrebrodshuset Aps', 'Norrebrogade 52, Kobenhavn N']), 'Smorrebrodshuset Aps');
  t.equal(sup(['Smorrebrodshuset ApS', 'Norrebrogade 52, Kobenhavn N']), 'Smorrebrodshuset ApS');
  t.equal(sup(['KAHVILA PULLA', 'Pullapaja Oy', 'Mannerheimintie 5, Helsinki']), 'Pullapaja Oy');
  t.equal(sup(['BAKERI', 'Grunerlokka Bakeri AS', 'Thorvald Meyers gate 30, Oslo']), 'Grunerlokka Bakeri AS');
  t.equal(sup(['KAINAN SA KANTO', 'Kanto Food Ventures Inc.', '123 Kalayaan Ave, Quezon City']), 'Kanto Food Ventures Inc.', 'a short form inside the logo line is a word');
  t.equal(sup(['VILNIAUS KEPYKLA', 'UAB Vilniaus duona ir Ko', 'Gedimino pr. 9, Vilnius']), 'VILNIAUS KEPYKLA', 'a form opening the line is not one ending it');
});

t.test('cased legal forms count only as printed, ending a name', async (t) => {
  for (const name of ['Sodermalm Kaffe AB', 'Grunerlokka Bakeri AS', 'Norsk Hydro ASA', 'Kritikos Estiatoria I.K.E.', 'Tallinna Kohvik OÜ', 'Rigas Maize SIA', 'Pullapaja Oy Ab', 'Budapest Pek Kft.']) t.ok(casedLegalFormAtEnd(name), name);
  for (const name of ['such as', 'Kaffe ab', 'AB', 'Grill Ike']) t.notOk(casedLegalFormAtEnd(name), name);
  t.ok(casedLegalFormOnly('ApS'));
  t.ok(legalFormOnly('Oy Ab'));
  t.ok(endsInLegalForm('Kanto Food Ventures Inc.'));
  t.ok(endsInLegalForm('Strojirny Vltava d.o.o.'));
  t.notOk(endsInLegalForm('KAINAN SA KANTO'));
});

t.test('a text layer\'s name is as printed, and a line ending in a particle goes on', async (t) => {
  t.equal(sup(['Bakeriet på', 'Grünerløkka', 'Thorvald Meyers gate 30, Oslo'], 'pdf'), 'Bakeriet på Grünerløkka');
  t.equal(sup(['Kaffebaren pa', 'Grunerlokka', 'Thorvald Meyers gate 30, Oslo']), 'Kaffebaren pa Grunerlokka', 'its å read as an a in a scan');
  t.equal(sup(['Bakeriet', 'Thorvald Meyers gate 30, Oslo'], 'pdf'), 'Bakeriet', 'no suffix word one letter off on a text layer');
});

t.test('a customer\'s block under its label never names the shop', async (t) => {
  t.equal(sup(['Odberatel:', 'Clinica Dental Sonrisa S.L.', 'Av. Diagonal 400, Barcelona', '', 'Strojirny Vltava a.s.', 'Nadrazni 22, 150 00 Praha 5']), 'Strojirny Vltava a.s.');
  t.equal(sup(['Customer: Riverside Dental Ltd', '', 'Harbour Bites Cafe', '12 Quay Street']), 'Harbour Bites Cafe');
});
