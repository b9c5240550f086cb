/**
 * @module test/engine/parse/currency
 */
import t from 'tap';
import { currencyOfIban, detectCurrency } from '../../../engine/parse/currency.ts';

t.test('codes beat symbols, symbols beat context', async (t) => {
  t.equal(detectCurrency('Total 12.00 EUR\n$ 3.00')?.code, 'EUR');
  t.equal(detectCurrency('Total £12.00')?.code, 'GBP');
  t.equal(detectCurrency('Total €12,00')?.code, 'EUR');
  t.equal(detectCurrency('TOTAL RM 9.00')?.code, 'MYR');
  t.equal(detectCurrency('Total ₹450')?.code, 'INR');
});

t.test('a bare dollar takes the country in context, else USD', async (t) => {
  t.equal(detectCurrency('ABN 12 345 678 901\nTotal $12.00')?.code, 'AUD');
  t.equal(detectCurrency('Toronto, Canada\nTotal $12.00')?.code, 'CAD');
  const us = detectCurrency('Total $12.00');
  t.equal(us?.code, 'USD');
  t.ok(us!.confidence < 0.6, 'a guess says so');
  t.equal(detectCurrency('Price A$ 12.00')?.code, 'AUD');
});

t.test('context words alone, and nothing at all', async (t) => {
  t.equal(detectCurrency('SYARIKAT ABC SDN BHD\nTOTAL 9.00')?.code, 'MYR');
  t.equal(detectCurrency('MwSt 19%\nSumme 12,00')?.code, 'EUR');
  t.equal(detectCurrency('TOTAL 12.00'), null);
});

t.test('a currency stated in words beats counted codes and country context', async (t) => {
  t.equal(detectCurrency('Rechnungswährung : GBP\nWährung der Umsatzsteuerbuchung : EUR\nSumme EUR 10,00\nEUR 2,00')?.code, 'GBP');
  t.equal(detectCurrency('Envato, Collins Street West, VIC 8007, Australia\nABN: 11 119 159 741\nTotal: $101.00\nAll prices are in US dollars.')?.code, 'USD');
  t.equal(detectCurrency('Currency: XYZ\nTotal €10,00')?.code, 'EUR', 'an unknown code is no statement');
});

t.test('OCR debris is no currency symbol: a bare $ needs a figure, a yen sign two digits', async (t) => {
  t.equal(detectCurrency("71.2000-0063 $'68 MULTI PURPOSE PAPER\nTOTAL 4.50"), null, 'a stray $ not before a figure');
  t.equal(detectCurrency('SOC ID: DhShRTWO4bbF20R ¥5 :\nSUBTOTAL $ 43.82')?.code, 'USD', '"¥5" is debris, "$ 43.82" is money');
  t.equal(detectCurrency('Total 1,200 ¥')?.code, undefined, 'a yen sign after the figure is not counted');
  t.equal(detectCurrency('合計 ¥1,200')?.code, 'JPY');
  t.equal(detectCurrency('Total 12,50 $')?.code, 'USD', 'a dollar after an amount with cents');
});

t.test('a rand prefix before two or more amounts is ZAR', async (t) => {
  t.equal(detectCurrency('Subtotal R1249950,00\nTotal Due R1374945.00')?.code, 'ZAR');
  t.equal(detectCurrency('Ref R2.50\nTotal 4.00'), null, 'one R-amount is not enough');
});

t.test('symbols before or after the figure, words and the IBAN country name the currency', async (t) => {
  const cases: [string, string][] = [
    ['TOTAL R$ 45,90\nCARTAO R$ 45,90', 'BRL'], ['Razem brutto 2 137,00 zł', 'PLN'], ['Celkem 1 250,00 Kč', 'CZK'], ['Összesen 12 500 Ft', 'HUF'],
    ['Total 120,50 lei', 'RON'], ['Summa 45,00 kr\nMoms 25%', 'SEK'], ['Totalt 45,00 kr\nMVA 25%', 'NOK'], ['Total Fr. 12.50', 'CHF'],
    ['Total ¥1200', 'JPY'], ['合计 ¥1200 人民币', 'CNY'], ['Amount in words: Rupees One Thousand Only', 'INR'], ['Total 12,00 euros', 'EUR'],
    ['IBAN PL61 1090 1014 0000 0712 1981 2874\nSaldo 12,00', 'PLN'], ['IBAN GB29 NWBK 6016 1331 9268 19\nBalance 12.00', 'GBP'],
    ['IBAN DE89 3704 0044 0532 0130 00\nSaldo 12,00', 'EUR'], ['Waluta: PLN\nSuma 12,00 EUR', 'PLN'],
  ];
  for (const [text, code] of cases) t.equal(detectCurrency(text)?.code, code, text);
});

t.test('an Italian till that prints no currency is in euro by its legal form or its fiscal words', async (t) => {
  for (const text of ['BOTTEGA CENTRO S.N.C.\nPOMODORI 2,00 A\nTOTALE COMPLESSIVO 12,99', 'ROSSI S.A.S.\nTOTALE 4,50', 'DOCUMENTO COMMERCIALE\ndi vendita o prestazione\nTOTALE 9,90', 'ALIQ. IMPONIBILE IMPOSTA\nA 10% 11,81 1,18']) {
    t.equal(detectCurrency(text)?.code, 'EUR', text.split('\n')[0]);
  }
});

t.test('"zł" after a figure with its ł read as t ("156,86 zt") is PLN', async (t) => {
  t.equal(detectCurrency('Razem netto 156,86 zt\nDo zaptaty 192,94 zt')?.code, 'PLN');
  t.equal(detectCurrency('zt 12'), null, 'not before a figure');
});

t.test('a line converting the total into a second currency is no evidence of the document\'s currency', async (t) => {
  const code = (lines: string[]) => detectCurrency(lines.join('\n'))?.code ?? null;
  t.equal(code(['Total à payer 36,66', 'CHF (0.96) 35,19', 'CB SANS CONTACT 36,66', 'TVA 20,00% 6,11']), 'EUR', 'a euro receipt with a franc line');
  t.equal(code(['TOTAL CHF 35.00', 'EUR (1.04) 36.40', 'MWST 8.1% 2.62']), 'CHF', 'a franc receipt with a euro line');
  t.equal(code(['Wechselkurs EUR/CHF 0,96', 'Total 12,00 CHF']), 'CHF');
  t.equal(code(['Gesamt 36,66', 'Wechselkurs EUR/CHF 0,96: CHF 35,19', 'MwSt 19% 5,85']), 'EUR', 'a line with a rate word and codes says nothing; the VAT word does');
  t.equal(code(['Total CHF 31,84']), 'CHF', 'a code with its figure still counts');
});

t.test('a US till slip without a dollar sign is in dollars by its sales tax or its state and ZIP code', async (t) => {
  t.equal(detectCurrency('HOME DEPOT Inc.\n455 W 34th St\nNew York, NY 10001\nSubtotal 23.79\nSales Tax 8.875% 2.11\nTotal 25.90')?.code, 'USD');
  t.equal(detectCurrency('Trader Joe\'s\nCambridge, MA 02139\nTotal 66.46')?.code, 'USD');
  t.equal(detectCurrency('Boulangerie\n69002 Lyon\nTotal 12,00')?.code ?? null, null, 'a French postcode says nothing of the kind');
  t.equal(detectCurrency('BLUE HERON DINER INC.\n1420 Main St\nDayton, OH.45402\nTOTAL 122.29')?.code, 'USD', 'a speck read as a point between the state and the ZIP code');
  t.equal(detectCurrency('SUBTOTAL 115.37\nSALES TAX 6% 6.92\nAMOUNT DUE 122.29')?.code, 'USD', 'sales tax in capitals');
});

t.test('a symbol in brackets in a column header gives the currency of the amounts under it', async (t) => {
  t.equal(detectCurrency('ITEM        QTY   AMT(RM)\nNASI LEMAK    1   5.50\nTOTAL        5.50')?.code, 'MYR');
  t.equal(detectCurrency('Date Description Amount (RM) Balance\n03/11/2021 GIRO PAYMENT -65.81 2,766.79')?.code, 'MYR');
  t.equal(detectCurrency('ITEM QTY AMT(S$)\nTOTAL 12.00')?.code, 'SGD');
  t.equal(detectCurrency('GST SUMMARY AMT(SS) TAX(SS)\nSR 7% 50.63 3.54')?.code, 'SGD', 'a scan reads the $ of "(S$)" as S');
  t.equal(detectCurrency('Opis Ilość Kwota (zł)\nRAZEM 12,00')?.code, 'PLN');
  t.equal(detectCurrency('Betrag (EUR)\nSumme 12,00')?.code, 'EUR');
  t.equal(detectCurrency('Total (RM)\n12.00\nUSD 12.00')?.code, 'USD', 'a code printed beats a symbol in a header');
});

t.test('a UK VAT number (GB and nine digits) says pounds when nothing else does', async (t) => {
  t.equal(detectCurrency('MARLOW DELI LTD\nChesterfield S401PB\nVAT N0: GB 151828834\nTOTAL TO PAY 20.69')?.code, 'GBP');
  t.equal(detectCurrency('Marlow Deli Limited\nVAT No: GB 312 8739 40\nTOTAL TO PAY 44.51')?.code, 'GBP');
  t.not(detectCurrency('Kaufhaus Nord\nUSt-IdNr. DE 123456789\nSumme 10,00')?.code, 'GBP', 'another country\'s VAT number is no UK one');
});


t.test('a bare "$" takes the country an address or tax number names (a fresh tester: AU slips read as USD)', async (t) => {
  t.equal(detectCurrency('Wattle Tree Cafe\nShop 4, 112 Sydney Rd\nBrunswick VIc 3056\nAMOUNT DUE $ 29.90\nTotal includes GST 2.72')?.code, 'AUD', 'a state and postcode, its VIC misread');
  t.equal(detectCurrency('Perth WA 6000\nTOTAL $ 12.00')?.code, 'AUD');
  t.equal(detectCurrency('CAFE\nGST Reg No: M2-1390005-3\nTOTAL $ 12.00')?.code, 'SGD', 'a Singapore GST number');
  t.equal(detectCurrency('Seattle, WA 98101\nTOTAL $ 12.00')?.code, 'USD', 'a US state and ZIP is no Australian postcode');
});

t.test('a per cent sign read as "$" is no dollar (a fresh tester: an Indian slip read as USD)', async (t) => {
  const text = "RAJ'S SUPER BAZAAR PVT LTD\nGSTIN: 29AAB9390390C1Z5\nSUB TOTAL 1130.99\nCGST 2.58 28.27\nSGST 2.5$ 28.27\nTOTAL 1187.55";
  t.equal(detectCurrency(text)?.code, 'INR');
  t.equal(detectCurrency('CGST 2.5% 1.00\nSGST 2.5% 1.00\nTOTAL 42.00')?.code, 'INR', 'the CGST/SGST split names India');
  t.equal(detectCurrency('TAX 6$ 1.20\nTOTAL 21.20'), null);
});

t.test('"S$" with its "$" read as S before an amount is SGD', async (t) => {
  t.equal(detectCurrency('AMOUNT DUE SS 195.85\nCASH 200.00')?.code, 'SGD');
  t.equal(detectCurrency('GRAND TOTAL Ss 86.14\nCASH 90.00')?.code, 'SGD');
  t.equal(detectCurrency('SIZE SS\nTOTAL 12.00'), null, 'no amount after it');
});

t.test('no symbol or code: an unambiguous country clue names the currency', async (t) => {
  t.equal(detectCurrency('PERNIAGAAN MAJU SETIA\nTAMAN SRI MUDA,40400 SHAHALAM\nSELANGOR\nGRAND TOTAL 6.60')?.code, 'MYR', 'a Malaysian state and postcode');
  t.equal(detectCurrency("MEI LING'S\n1 TAMPINES CENTRAL 5 #01-23\nSINGAP0RE 529508\nGRAND TOTAL 19.89")?.code, 'SGD', 'SINGAPORE and a six-digit postcode');
  t.equal(detectCurrency('BLUE PEARL PHARMACY PTE LTD\nGRAND TOTAL 86.14')?.code, 'SGD', 'a Pte Ltd');
  t.equal(detectCurrency('WATTLE TREE CAFE PTY LTD\nABN 2236383 551 208\nTOTAL 53.50')?.code, 'AUD', 'an ABN, its digits misgrouped');
  t.equal(detectCurrency("Mick's Hardware\nBrunswick VIc 3056\nBALANCE 136.92")?.code, 'AUD', 'an Australian state and postcode');
  t.equal(detectCurrency('ABN AMRO Bank\nTOTAL 12.00'), null, 'the Dutch bank is no ABN');
  t.equal(detectCurrency('Colruyt SA, 1500 Halle\nTOTAL 12.00'), null, 'a Belgian SA and postcode is no South Australia');
  t.equal(detectCurrency('Brunswick VIC 3056\nTOTAL £12.00')?.code, 'GBP', 'never against a printed symbol');
});

t.test('a code in an item name loses to the symbol the totals print on a page of that country (a fresh tester: Polish invoices in EUR)', async (t) => {
  const pl = ['Wisła Sp. z o.o.', 'NIP: 5914015', 'Paleta EUR 1 1 396,97 1 396,97', 'Paleta EUR 12,5 509,59 6 369,88', 'Razem netto 23 618,75 zł', 'VAT 23% 5 432,31 zł', 'Do zapłaty 29 051,06 zł'];
  t.equal(detectCurrency(pl.join('\n'))?.code, 'PLN');
  t.equal(detectCurrency(pl.join('\n').replaceAll('zł', 'zt'))?.code, 'PLN', 'its ł read as t');
  t.equal(detectCurrency(pl.filter((l) => !l.startsWith('NIP') && !l.includes('Sp.')).join('\n'))?.code, 'EUR', 'no country clue: the code stands');
  t.equal(detectCurrency('NIP: 5914015\nRazem 10,00 EUR\nVAT 2,30 EUR\nDo zapłaty 12,30 EUR\nkurs 1 zł')?.code, 'EUR', 'codes printed as often as the symbol stand');
});

t.test('a German till slip that prints MWST in capitals and no currency is not read as Swiss', async (t) => {
  const c = detectCurrency(['Baeckerei Lange GmbH', 'Hauptstr. 3', '10115 Berlin', 'BROT 2,50', 'SUMME 2,50', 'MWST 7% 0,16'].join('\n'));
  t.not(c?.code, 'CHF');
  t.equal(detectCurrency(['Migros Genossenschaft', 'CHE-116.320.227 MWST', 'BROT 2.50', 'TOTAL 2.50'].join('\n'))?.code, 'CHF', 'a Swiss VAT number is');
});

t.test('a French slip that prints no currency is in euros by its TVA line even with the rate glued on, or by its SIRET', async (t) => {
  t.equal(detectCurrency(['Pharmacie du Marche SARL', 'EAU MINERALE 23,94', 'MONTANT TTC 23,94', 'TVA20% HT 19.95 TVA3,99'].join('\n'))?.code, 'EUR');
  t.equal(detectCurrency(['Cave Emile', 'SIRET : 812635650400017', 'TOTAL 23,94'].join('\n'))?.code, 'EUR');
});

t.test('a page that prints no currency is read by its country: a Philippine TIN, an Irish or South African VAT number, a Spanish NIF', async (t) => {
  const code = (lines: string[]) => detectCurrency(lines.join('\n'))?.code ?? null;
  t.equal(code(['Malaya Drugstore', 'Lot 5 Rizal Ave, Makati City 1200', 'VAT REG TIN: 008-123-456-000', 'TOTAL P 1,144.92']), 'PHP', 'not the UK for its "VAT REG"');
  t.equal(code(['Shannonview Foods', '7 Quay Road, Galway H91 X2C4', 'VAT No: IE 6388047V', 'TOTAL 54.52']), 'EUR');
  t.equal(code(['Protea Spice House', '23 Long St, Cape Town 8001', 'VAT N0: 4150273846', 'TOTAL 1 377.63']), 'ZAR');
  t.equal(code(['Taberna El Olivo Viejo', 'Calle Mayor 18, 28013 Madrid', 'NIF: B-86123457', 'TOTAL 64,46']), 'EUR');
  t.equal(code(['Harbour Stores Ltd', 'VAT Reg No: GB 123 4567 89', 'TOTAL 12.00']), 'GBP', 'a UK VAT number stays pounds');
});

t.test('a krona is the country the page names: VAT number, IBAN, phone prefix, country, then its language\'s words (a ninth tester: a Danish till slip came back in SEK)', async (t) => {
  const code = (lines: string[]) => detectCurrency(lines.join('\n'))?.code ?? null;
  const slip = (...extra: string[]) => ['Købmand Hansen', ...extra, 'kr.', 'Brød 25,00 A', 'TOTAL kr. 741,15', 'Moms Netto Moms Brutto', 'A 25% 592,92 148,23 741,15'];
  t.equal(code(slip('Moms-ID: DK12345678')), 'DKK', 'a Danish VAT number');
  t.equal(code(slip('Dankort 741,15')), 'DKK', 'the Danish debit card');
  t.equal(code(slip('Tlf. +45 86 12 34 56')), 'DKK', 'a Danish phone prefix');
  t.equal(code(slip('Org.nr 923 456 789 MVA')), 'NOK', 'a Norwegian organisation number');
  t.equal(code(slip('Tel +47 22 33 44 55')), 'NOK', 'a Norwegian phone prefix');
  t.equal(code(slip('Moms-ID: SE556677889901', 'Kvitto nr 3334')), 'SEK', 'a Swedish VAT number');
  t.equal(code(slip('Dankort 741,15', 'Moms-ID: SE556677889901')), 'SEK', 'a VAT number outweighs a word');
  t.equal(code(slip()), 'SEK', 'Moms alone says nothing more: SEK, as before');
});

t.test('a symbol alone on its line over the price column, as OCR reads Kč ("kc"), is the currency (a ninth tester: a Czech slip had none)', async (t) => {
  const code = (lines: string[]) => detectCurrency(lines.join('\n'))?.code ?? null;
  t.equal(code(['Potraviny U Novaki', 'kc', 'Butter 116,09 A', 'Celkem K 517,15']), 'CZK');
  t.equal(code(['Potraviny U Nováků', 'Kč', 'Butter 116,09 A', 'Celkem 517,15']), 'CZK');
  t.equal(code(['Kisbolt', 'Ft', 'Joghurt 1 242 A', 'ÖSSZESEN 6 846']), 'HUF');
  t.equal(code(['Kobmand', 'kr.', 'Dankort 741,15', 'TOTAL 741,15']), 'DKK');
  t.equal(code(['Shop', 'Ft is not a line of its own', 'TOTAL 12,00']), null);
});

t.test('a VAT number says its country\'s currency when no symbol is read (PP-OCR has no "€": "YHTEENSÄ € 34,69" reads "YHTEENSÄ 34,69"), and a printed symbol beats it', async (t) => {
  const code = (lines: string[]) => detectCurrency(lines.join('\n'))?.code ?? null;
  t.equal(code(['Lahikauppa Makinen', 'ALV-ID: FI12345678', 'Tomaten 3,14 A', 'YHTEENSA 34,69']), 'EUR');
  t.equal(code(['Potraviny', 'DPH-ID: CZ12345678', 'Celkem 517,15']), 'CZK');
  t.equal(code(['Magazin', 'TVA-ID: RO1234567', 'TOTAL 12,00']), 'RON', 'a Romanian VAT number before the TVA word the euro countries share');
  t.equal(code(['Kaffeehaus', 'USt-ID: ATU12345678', 'SUMME 12,00']), 'EUR', "Austria's U after AT");
  t.equal(code(['Corner Shop', 'VAT No: PL5260250274', 'TOTAL £ 12.00']), 'GBP', 'a printed pound beats the VAT number');
  t.equal(code(['Mercearia Lisboa', 'IVA-ID: PL5260250274', 'TOTAL € 12,00']), 'EUR', 'a printed euro beats the VAT number');
  t.equal(code(['Kisbolt', 'ÁFA 27% 1 234', 'ÖSSZESEN 6 846']), 'HUF', 'the Hungarian VAT word');
});

t.test('a VAT number is no IBAN: an IBAN has fifteen characters or more', async (t) => {
  t.equal(currencyOfIban('VAT: PL5260250274'), null);
  t.equal(currencyOfIban('IBAN: PL61 1090 1014 0000 0712 1981 2874'), 'PLN');
  t.equal(currencyOfIban('NO93 8601 1117 947'), 'NOK');
});

t.test('a Canadian or New Zealand till that prints no currency: its tax words, postal code or tax number say it', async (t) => {
  t.equal(detectCurrency('Maple Leaf Grocery\n88 Queen St W, Toronto ON M5H 2N2\nTOTAL 109.29')?.code, 'CAD', 'a province and postal code');
  t.equal(detectCurrency('Corner Store\nHST# 81234 5678 RT0001\nTOTAL 109.29')?.code, 'CAD', 'HST and a GST/HST business number');
  t.equal(detectCurrency('Dépanneur\nTPS 5% 1,00\nTVQ 9,975% 2,00\nTOTAL 23,00')?.code, 'CAD', "Quebec's sales tax");
  t.equal(detectCurrency('Kiwi Corner Dairy\nQuay St, Auckland 1010\nGST No: 112-845-309\nTOTAL 161.83')?.code, 'NZD', 'an IRD number after GST');
  t.equal(detectCurrency('Corner Dairy\nGST No: 112-845-309\nTOTAL $161.83')?.code, 'NZD', 'the dollar of a New Zealand GST number');
  t.equal(detectCurrency('Corner Store\nON M5H 2N2\nTOTAL $9.00')?.code, 'CAD', 'the dollar of a Canadian postal code');
  t.equal(detectCurrency('SHOP\nLondon SW1A 1AA\nTOTAL 9.00')?.code, 'GBP', 'a UK postcode stays British');
  t.equal(detectCurrency('GST Reg No: M2-1390005-3\nTOTAL 9.00')?.code, 'SGD', "Singapore's GST number is no New Zealand one");
  t.equal(detectCurrency('Invoice 2024-123-456\nTOTAL 9.00'), null, 'three groups of digits without a GST label are nothing');
});

t.test('the won and the Chilean peso, two whole-unit currencies, by sign or code', async (t) => {
  t.equal(detectCurrency('합계 ₩6,846')?.code, 'KRW', 'the won sign before a figure');
  t.equal(detectCurrency('합계 6,846원')?.code, 'KRW', 'the won written after a figure');
  t.equal(detectCurrency('TOTAL 6.846\nMoneda: CLP')?.code, 'CLP', 'the Chilean peso by its code');
  t.equal(detectCurrency('TOTAL 6,846 KRW')?.code, 'KRW');
});

t.test('"Ft" before a street word is a road in feet, not the forint', async (t) => {
  const page = ['Chai Corner', '80 Ft Rd, Koramangala, Bengaluru 560034', 'GSTIN:29AAACH1234K1Z9', 'Sub Total 2,254.00', 'CGST 2.5% 56.35', 'SGST 2.5% 56.35', 'Grand Total 2,366.70'].join('\n');
  t.equal(detectCurrency(page)?.code, 'INR');
  t.equal(detectCurrency('Shop\n100 Ft Road, Indiranagar\nTOTAL 12.00'), null, 'no other evidence: nothing');
  t.equal(detectCurrency('Összesen 1 250 Ft\nKártya 1 250 Ft')?.code, 'HUF', 'after an amount it is still the forint');
});

t.test('a "$" on a page with Mexican evidence is the peso', async (t) => {
  t.equal(detectCurrency('Farmacia\nCalz. de Tlalpan 456, CDMX\nTOTAL $ 1,415.00\nIVA 16% 1,219.83 195.17')?.code, 'MXN');
  t.equal(detectCurrency('Tienda\nRFC: ABC123456XY7\nTOTAL $ 100.00')?.code, 'MXN', 'an RFC tax id');
  t.equal(detectCurrency('Tienda\nTOTAL $ 116.00\nIVA 16% 16.00')?.code, 'MXN', 'Mexico\'s IVA rate');
  t.equal(detectCurrency('Tienda\nCol. Roma, C.P. 06700\nTOTAL $ 116.00')?.code, 'MXN', 'a C.P. postcode');
  // (a breaker's US tills selling Mexican goods: the sales tax says the dollar)
  t.equal(detectCurrency('Lone Star Tacos\nAustin, TX 78701\nMexican Coke (Hecho en Mexico) $ 3.50\nBurrito CDMX style $ 11.00\nSales Tax 8.25% $ 1.20\nTotal $ 15.70')?.code, 'USD', 'Hecho en Mexico on a Texan till');
  t.equal(detectCurrency('Corner Liquor Store\nSan Diego CA 92101\nCorona Extra 6pk (Cerveceria Modelo, CDMX) $ 10.99\nSales Tax 7.75% $ 0.85\nTotal $ 11.84')?.code, 'USD', 'a brewery in CDMX on a Californian till');
  t.equal(detectCurrency('Santa Fe, New Mexico\nTOTAL $ 10.00')?.code, 'USD', 'New Mexico is a US state');
  t.equal(detectCurrency('Cafe\nCalz. de Tlalpan 456, CDMX\nTOTAL S 363.00\nIVA 16% 312.93 50.07')?.code, 'MXN', 'its "$" read "S": the capital says the peso, not IVA the euro');
});

t.test('a single rand "R" before an amount on a South African page is ZAR', async (t) => {
  t.equal(detectCurrency('Steak House\nRosebank Mall, Johannesburg 2196\nTOTAL DUE R 614.00\nVAT 15% 533.91 80.09')?.code, 'ZAR');
  t.equal(detectCurrency('Shop\nTOTAL DUE R 614.00\nVAT 15% 533.91 80.09')?.code, 'ZAR', 'the VAT rate alone');
  t.equal(detectCurrency('Grill Group (Pty) Ltd\nTOTAL 614.00')?.code, 'ZAR', 'a (Pty) Ltd company with no symbol');
  t.equal(detectCurrency('Grill Pty Ltd\nTOTAL 614.00'), null, 'an Australian Pty Ltd is no rand');
});

t.test('the peso of the Philippines: its sign, "Php", a "P" or "£" read for it, its country', async (t) => {
  t.equal(detectCurrency('Kanto Food Ventures Inc.\nVAT REG TIN: 624660080\nVATable Sales 366.96\nTOTAL AMOUNT DUE ₱ 411.00')?.code, 'PHP', 'the sign on a text layer');
  t.equal(detectCurrency('VAT REG TIN: 503846608\nOR No. 890085\nTOTAL AMOUNT DUE P 845.90')?.code, 'PHP', 'the sign read as "P"');
  t.equal(detectCurrency('VAT REG TIN: 503846608\nTOTAL AMOUNT DUE £845.90')?.code, 'PHP', 'the sign read as "£"');
  t.equal(detectCurrency('Total Php 120.00')?.code, 'PHP');
  t.equal(detectCurrency('VAT Reg No 123 4567 89\nTOTAL £12.50')?.code, 'GBP', 'a pound with no contrary evidence');
  t.equal(detectCurrency('VAT REG TIN: 624660080\nOR No. 1\nTOTAL 411.00')?.code, 'PHP', 'no symbol: the country');
  t.equal(detectCurrency('Car park P 2.50\nTOTAL 2.50'), null, 'a "P" alone is no peso');
});

t.test('the Argentine peso: "$" on a page from Argentina', async (t) => {
  t.equal(detectCurrency('Av. de Mayo 825, CABA\nCUIT: 978178086\nincl. IVA 21% 9.797,06\nTOTAL $ 56.449,70')?.code, 'ARS');
  t.equal(detectCurrency('Tique Factura B Nro. 0004-00036573\nTOTAL 37.398,70')?.code, 'ARS', 'no symbol: the country');
  t.equal(detectCurrency('incl. IVA 21% 9.797,06\nTOTAL $ 56.449,70')?.code, 'ARS', 'VAT at 21 % beside a dollar');
  t.equal(detectCurrency('IVA 21% 2,10\nTOTAL 12,10')?.code, 'EUR', 'VAT at 21 % alone is Spain\'s');
});

t.test('the Peruvian sol: "S/" and "S/." before an amount, a Peruvian page', async (t) => {
  t.equal(detectCurrency('RUC:420164866\nOP GRAVADA S/101.21\nIGV 18% S/18.22\nIMPORTE TOTAL S/ 119.43')?.code, 'PEN');
  t.equal(detectCurrency('TOTAL S/.25.00')?.code, 'PEN');
  t.equal(detectCurrency('Av. Larco 345, Miraflores, Lima\nBOLETA DE VENTA ELECTR0NICA B001-1\nTOTAL 115.20')?.code, 'PEN', 'no symbol: the country');
  t.equal(detectCurrency('S/N 12345\nTOTAL 4.00'), null, 'a serial number');
});

t.test('the Turkish lira: "TL" or ₺ beside a figure, a Turkish page', async (t) => {
  t.equal(detectCurrency('VKN: 375510054\nTOPLAM 58,40 TL\nKDV 10% 3,76')?.code, 'TRY');
  t.equal(detectCurrency('TOPLAM ₺58,40')?.code, 'TRY');
  t.equal(detectCurrency('FİŞ NO: 806828\nKDV 20% 2,83\nTOPLAM 58,40')?.code, 'TRY', 'no symbol: the country');
});

t.test('the Czech koruna: "Kč" misread ("K", "K č"), a Czech page', async (t) => {
  t.equal(detectCurrency('DIC: 598998586\nincl. DPH 21% 80,16\nCELKEM 721,50 K')?.code, 'CZK', 'its č lost');
  t.equal(detectCurrency('CELKEM 721,50 K č')?.code, 'CZK', 'its č apart');
  t.equal(detectCurrency('Masarykova 8, Brno\nCELKEM 721,50')?.code, 'CZK', 'no symbol: the country');
  t.equal(detectCurrency('Size 12.50 K\nTOTAL 12.50'), null, 'a "K" on a page from nowhere');
});

t.test('the euro of Greece and Ireland when OCR lost its sign', async (t) => {
  t.equal(detectCurrency('0dos Adrianou 44, Athina\nAFM:720374249\nSYNOLO 30,42\nFPA 24% 3,66')?.code, 'EUR');
  t.equal(detectCurrency('15 Merrion Row, Dublin 2\nVAT No: 469450034\nTOTAL 90.45')?.code, 'EUR');
  t.equal(detectCurrency('Unit 4, D02 X285\nVAT Reg 1234567\nTOTAL 90.45')?.code, 'EUR', 'an Eircode before the UK\'s "VAT reg"');
  t.equal(detectCurrency('VAT % Netto VAT Brutto\n13.5% 59.91 8.09 68.00\nTOTAL 90.45')?.code, 'EUR', 'VAT at 13.5 %');
});

t.test('the rest of the euro area by its names and tax words, after every other country clue', async (t) => {
  t.equal(detectCurrency('Tallinn, Eesti\nKMKR EE100000000\nKOKKU 12,40')?.code, 'EUR');
  t.equal(detectCurrency('PVN 21% 2,10\nKOPĀ 12,10')?.code, 'EUR');
  t.equal(detectCurrency('IČ DPH SK2020000000\nDPH 23% 1,20\nSPOLU 7,20')?.code, 'EUR');
  t.equal(detectCurrency('Belgian chocolate, made in Belgium 4.00\nVAT Reg No 123 4567 89\nTOTAL 4.00')?.code, 'GBP', 'a product\'s origin on a British receipt');
});

t.test('a code stated after its label without a colon, and codes that are words only where they stand as money', async (t) => {
  t.equal(detectCurrency('Aroma Espresso Bar\nTOTAL 109.98\nCurrency ILS')?.code, 'ILS', 'Currency ILS');
  t.equal(detectCurrency('Rechnung\nSumme 80,00\nWährung CHF')?.code, 'CHF', 'Währung CHF');
  t.equal(detectCurrency('Hotel Tanger\nTOTAL TTC 3 668,37\nTVA 20% 611,40\nMAD')?.code, 'MAD', 'a code alone on its line under the totals');
  t.equal(detectCurrency('Khinkali 12.00 GEL\nTOTAL 24.00 GEL')?.code, 'GEL', 'after amounts with cents');
  t.equal(detectCurrency('MAD BURGER\nBurger 12.50\nTOTAL $ 12.50')?.code, 'USD', 'a shop named MAD');
  t.equal(detectCurrency('HAIR GEL 4.50\nTOTAL 4.50\nVAT reg GB 123 4567 89')?.code, 'GBP', 'an item named GEL before its price');
  t.equal(detectCurrency('BALL PEN 2.50\nTOTAL 2.50\nSALES TAX 6%')?.code, 'USD', 'an item named PEN');
  t.equal(detectCurrency('Total 1,250.00 PKR')?.code, 'PKR');
  t.equal(detectCurrency('Total EGP 340.00')?.code, 'EGP');
});

t.test("East African shillings by their sign, Kenya by its places, KRA PIN or M-PESA, and a code whose O was read as a zero", async (t) => {
  t.equal(detectCurrency('Jirani Mart\nTOTAL 4,491.50 KSh\nVatable Amt 3,871.98\nVAT 16% 619.52')?.code, 'KES', 'KSh after the total, though the till prints "Vatable"');
  t.equal(detectCurrency('Duka\nKShs 1,200.00')?.code, 'KES');
  t.equal(detectCurrency('Shop\nTOTAL 4,491.50\nVatable Amt 3,871.98\nM-PESA 4,491.50')?.code, 'KES', 'M-PESA, no sign');
  t.equal(detectCurrency('Shop, Moi Avenue, Nairobi\nTOTAL 1,250.00')?.code, 'KES');
  t.equal(detectCurrency('PIN: P051234567X\nTOTAL 1,250.00')?.code, 'KES');
  t.equal(detectCurrency('VATable Sales 366.96\nTOTAL 411.00')?.code, 'PHP', 'the Philippines as before');
  t.equal(detectCurrency('Kiwi Butikk\nTOTALT N0K 245,00')?.code, 'NOK', 'NOK read "N0K"');
  t.equal(detectCurrency('Mega Image\nTOTAL 45,00 R0N')?.code, 'RON');
});

t.test('a code that is also a word gives way to any other code, symbol or dollar printed', async (t) => {
  t.equal(detectCurrency('Stationery Corner\nPEN\n2.50\nTOTAL $2.50')?.code, 'USD', 'an item "PEN" alone on its line over its price');
  t.equal(detectCurrency('Papeterie\nPEN\n2,50 €\nTOTAL 2,50 €')?.code, 'EUR');
  t.equal(detectCurrency('Hotel Tanger\nTOTAL TTC 3 668,37\nMAD')?.code, 'MAD', 'alone, it names the currency');
});

t.test('"kr" closing a total\'s label with the figure set apart in its column is the krona (a fresh tester\'s Icelandic till came back with no currency, and so as no receipt)', async (t) => {
  const code = (lines: string[]) => detectCurrency(lines.join('\n'))?.code ?? null;
  t.equal(code(['Kaffihus ehf.', 'VSK nr. 123456', 'Kaffi latte        1.580 B', 'SAMTALS KR.          4.450']), 'ISK');
  t.equal(code(['Kaffe & Kaka', 'Kvitto nr 3334', 'Kanelbulle         32,00', 'Totalt kr            245,00']), 'SEK');
  t.equal(code(['Kaffihus ehf.', 'VSK nr. 123456', 'Kaffi latte 1.580 B', 'SAMTALS KR. 4.450']), 'ISK', 'the gap joined to one space by OCR, after the point');
});

t.test('a Hungarian slip whose accents a scan dropped still names its forints (a fresh tester\'s thermal slip: "AFA", "Ad6szam", "OSSZESEN")', async (t) => {
  const code = (lines: string[]) => detectCurrency(lines.join('\n'))?.code ?? null;
  t.equal(code(['ZOLDSEGES KFT.', 'KENYER 649 B', 'OSSZESEN 2 921', 'AFA Netto AFA Brutto']), 'HUF', 'the VAT word in capitals');
  t.equal(code(['ZOLDSEGES KFT.', 'Ad6szam: 12345678-2-06', 'OSSZESEN 2 921']), 'HUF', 'the tax number label, its ó read as a 6');
  t.equal(code(['ZOLDSEGES KFT.', '12345678-2-06', 'OSSZESEN 2 921']), 'HUF', 'the tax number\'s shape');
  t.equal(code(['ZOLDSEGES KFT.', 'OSSZESEN 2 921', 'KESZPENZ 5 000', 'VISSZAJARO 2 079']), 'HUF', 'two till words');
  t.equal(code(['Cafe Osszesen', 'Total 12.50']), null, 'one word alone may be a name');
});

t.test('a page that prints no currency names it by its country\'s tax marks, before the euro\'s "IVA" and "TVA" (a seventeenth tester\'s Chilean, Romanian, Norwegian, Bulgarian and Maltese slips)', async (t) => {
  const code = (lines: string[]) => detectCurrency(lines.join('\n'))?.code ?? null;
  t.equal(code(['Ferreteria Los Andes SpA', 'RUT 76.123.456-7', 'BOLETA ELECTRONICA N° 123', 'TOTAL 20.810', 'Tasa Neto IVA Total', '19% 17.487 3.323 20.810']), 'CLP', 'a RUT and IVA at 19 %, whole pesos');
  t.equal(code(['Libreria Central', 'TOTAL 5.990', 'IVA 19% 956']), 'CLP', 'IVA at 19 % alone');
  t.equal(code(['Farmacia Sol', 'TOTAL 12,50', 'IVA 21% 2,17']), 'EUR', 'IVA at a euro rate stays the euro');
  t.equal(code(['STATIA 12', 'CIF: R012345678', 'BON FISCAL Nr. 0721', 'TOTAL 317,92', 'Cota Baza TVA Total']), 'RON', 'a bon fiscal and a CIF with its O read as a zero');
  t.equal(code(['Boulangerie', 'TOTAL 17,92', 'TVA 5,5% 0,93']), 'EUR', 'TVA alone is still the euro');
  t.equal(code(['Dagligvare AS', 'Org.nr. 918 447 216 MVA', 'TOTALT 220,60']), 'NOK', 'a Norwegian org. number with MVA');
  t.equal(code(['Kiosk', 'TOTAL 220,60', 'BankAxept 220,60']), 'NOK', 'BankAxept');
  t.equal(code(['Bageri ApS', 'CVR-nr. 12 34 56 78', 'I ALT 84,50', 'Dankort 84,50']), 'DKK');
  t.equal(code(['Magazin EOOD', 'DDS No BG204518837', 'Fiskalen bon No 0041273', '27.05.2026 13:14', 'OBSHTA SUMA 25.07']), 'EUR', 'a Bulgarian VAT number transliterated, dated after the changeover');
  t.equal(code(['Magazin EOOD', 'DDS No BG204518837', '27.05.2025 13:14', 'OBSHTA SUMA 25.07']), 'BGN', '... and before it');
  t.equal(code(['Restaurant', 'VAT No: MT 1847-2215', 'TOTAL 56.00']), 'EUR', 'a VAT number printed in hyphenated groups');
});

t.test('the new Israeli shekel printed as "NIS", "₪" or in words is ILS (ISO 4217)', async (t) => {
  t.equal(detectCurrency('Deli Ltd\nVAT 18% 22.81\nTOTAL TO PAY NIS 149.50')?.code, 'ILS', 'NIS before the total');
  t.equal(detectCurrency('Cafe\nSubtotal 84.00\nTotal 99.12 NIS')?.code, 'ILS', 'NIS after the total');
  t.equal(detectCurrency('Makolet\nסה"כ ₪ 57.30')?.code, 'ILS', 'the sheqel sign before a figure');
  t.equal(detectCurrency('Makolet\nTotal 57,30₪')?.code, 'ILS', 'the sheqel sign after a figure');
  t.equal(detectCurrency('Falafel stand\nAll prices in shekels\nTotal 42.00')?.code, 'ILS', 'named in words');
  t.equal(detectCurrency('DENNIS 12.00\nTotal 12.00'), null, 'NIS inside a word is no currency');
});

t.test('a code followed by a full stop and a word is an abbreviation, not a currency', async (t) => {
  // Turkish addresses shorten Caddesi (street) to "Cad.": a fresh tester's Istanbul till slip came back in CAD
  const slip = 'ANADOLU BAKKAL GIDA LTD. STI.\nATATURK CAD. NO:45 USKUDAR/ISTANBUL\nUSKUDAR V.D. 1234567890\nSU 1,5L *15,00\nTOPKDV *0,15\nTOPLAM *15,00';
  t.equal(detectCurrency(slip)?.code, 'TRY');
  t.equal(detectCurrency('Bill total 45.00 CAD.\nThank you')?.code, 'CAD', 'a code ending its sentence is still a code');
  t.equal(detectCurrency('Total: CAD 45.00')?.code, 'CAD');
});
