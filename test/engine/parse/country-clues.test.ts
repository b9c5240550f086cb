/**
 * @module test/engine/parse/country-clues
 */
import t from 'tap';
import { AR_CLUE, AR_DOLLAR_CLUE, CZ_CLUE, GR_CLUE, IE_CLUE, PE_CLUE, PH_CLUE, TR_CLUE } from '../../../engine/parse/country-clues.ts';

t.test('each country by its tax words, numbers and receipt titles', async (t) => {
  t.ok(PH_CLUE.test('VAT REG TIN: 624660080'));
  t.ok(PH_CLUE.test('VATable Sales 366.96'));
  t.ok(PH_CLUE.test('OR No. 891369'));
  t.ok(PH_CLUE.test('123 Ayala Ave, Makati'));
  t.ok(AR_CLUE.test('CUIT: 30-71234567-8'));
  t.ok(AR_CLUE.test('Tique Factura B Nro. 0004-00036573'));
  t.ok(AR_DOLLAR_CLUE.test('Av. de Mayo 825, CABA'));
  t.ok(AR_DOLLAR_CLUE.test('incl. IVA 21% 9.797,06'));
  t.ok(PE_CLUE.test('IGV 18% 18.22'));
  t.ok(PE_CLUE.test('BOLETA DE VENTA ELECTR0NICA B001-00076986'));
  t.ok(PE_CLUE.test('Av. Larco 345, Miraflores, Lima'));
  t.ok(TR_CLUE.test('KDV 10% 3,76'));
  t.ok(TR_CLUE.test('FİŞ NO: 806828'));
  t.ok(TR_CLUE.test('VKN:936399863'));
  t.ok(CZ_CLUE.test('incl. DPH 21% 80,16'));
  t.ok(CZ_CLUE.test('CELKEM 721,50'));
  t.ok(CZ_CLUE.test('Václavské nám. 1, Praha 1'));
  t.ok(GR_CLUE.test('FPA 24% 3,66'));
  t.ok(GR_CLUE.test('ΦΠΑ 24% 3,66'));
  t.ok(GR_CLUE.test('AFM:720374249'));
  t.ok(IE_CLUE.test('15 Merrion Row, Dublin 2'));
  t.ok(IE_CLUE.test('Main St, Cork T12 X2P4'));
  t.ok(IE_CLUE.test('VAT No 1234567\n13.5% 59.91 8.09'));
});

t.test('words that name no country', async (t) => {
  t.notOk(PH_CLUE.test('Tin of beans 1.20\nor no receipt'), 'a tin, "or no"');
  t.notOk(AR_CLUE.test('Parrilla Buenos Aires\nIVA 10%'), 'a grill named after the capital');
  t.notOk(PE_CLUE.test('Limonada de lima 2,50'), 'a lime');
  t.notOk(TR_CLUE.test('TURKEY CLUB 8.99\nIstanbul Grill'), 'a sandwich, a kebab house');
  t.notOk(CZ_CLUE.test('DPH 20% 1,20\nSPOLU 7,20'), 'Slovak VAT rate and total');
  t.notOk(GR_CLUE.test("IKE'S DINER\nAthens, GA 30601"), 'a name, a town in Georgia');
  t.notOk(IE_CLUE.test('12 Dublin Road, Belfast BT2 7HN'), 'a road of a British town');
  t.notOk(IE_CLUE.test('VAT 20%\nTOTAL 13.50'), '13.50 is no rate');
});
