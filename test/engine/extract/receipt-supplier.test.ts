/**
 * @module test/engine/extract/receipt-supplier
 */
import t from 'tap';
import { REG_NO, cleanCompanyName, receiptSupplier, withoutTrailingDebris } from '../../../engine/extract/receipt-supplier.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A scanned receipt whose header is `lines`, then blank lines and a total. */
const receiptReading = (lines: string[], blanks = 8) => readingFromText([[...lines, ...Array(blanks).fill(''), 'TOTAL 5.00']], { kind: 'image' });
const sup = (lines: string[]) => receiptSupplier(flattenLines(receiptReading(lines)))?.name ?? null;

t.test('a letter read as a digit among initials is put back; figures stay', async (t) => {
  t.equal(cleanCompanyName('MR. D.1.Y. (M) SDN BHD'), 'MR. D.I.Y. (M) SDN BHD');
  t.equal(cleanCompanyName('A.8.C. TRADING'), 'A.B.C. TRADING');
  t.equal(cleanCompanyName('KEDAI 1.2.3. MART'), 'KEDAI 1.2.3. MART', 'no letter initial: a figure, left as read');
  t.equal(cleanCompanyName('MR. D.I.Y. (M) SDN BHD'), 'MR. D.I.Y. (M) SDN BHD');
});

t.test('an open bracket read as a letter is put back when its closing bracket is printed', async (t) => {
  t.equal(cleanCompanyName('BINA HARDWARE ENTERPRISE ISETIA ALAM) SDN BHD'), 'BINA HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD', 'on the same line');
  t.equal(cleanCompanyName('KEDAI MAJU CKEPONG) SDN BHD'), 'KEDAI MAJU (KEPONG) SDN BHD');
  t.equal(cleanCompanyName('SUNWAY TRADING KL CITY) SDN BHD'), 'SUNWAY TRADING KL CITY) SDN BHD', 'a word with the letter is an English word: the bracket was dropped, not misread');
  t.equal(cleanCompanyName('BINA HARDWARE ISETIA'), 'BINA HARDWARE ISETIA', 'no closing bracket: nothing to restore');
  t.equal(sup(['BINA HUAT HARDWARE', 'ENTERPRISE CSETIA', 'ALAM) SDN BHD', '822737-X', 'NO. 17-G, JALAN SETIA INDAH']), 'BINA HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD', 'the bracket ends the line, closed on the next');
  t.equal(sup(['BINA HUAT HARDWARE', 'ENTERPRISE LSETIA', 'ALAM) SDN BHD', '822737-X', 'NO. 17-G, JALAN SETIA INDAH']), 'BINA HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD');
});

t.test('OCR misreads of company suffixes are undone and the registration number is cut', async (t) => {
  t.equal(cleanCompanyName('SUN VICTORY SON BHD'), 'SUN VICTORY SDN BHD');
  t.equal(cleanCompanyName('Guardian Health Sin Bhd'), 'Guardian Health Sdn Bhd');
  t.equal(cleanCompanyName('GARDENIA BAKERIES (KL) SDN BHD (139386 X)'), 'GARDENIA BAKERIES (KL) SDN BHD');
  t.equal(cleanCompanyName('99 SPEED MART 5/8 (519537-X)'), '99 SPEED MART S/B');
  t.equal(cleanCompanyName('AEON C0. (M) BHD (126926-H)'), 'AEON CO. (M) BHD');
  t.equal(cleanCompanyName('FY EAGLE.ENTERPRISE'), 'FY EAGLE ENTERPRISE', 'a speck read as a point for the space before a suffix word');
  t.equal(cleanCompanyName('GOLDEN KEY TRADING'), 'GOLDEN KEY TRADING');
  t.equal(cleanCompanyName('Tin Roof Coffee lnc.'), 'Tin Roof Coffee Inc.', 'the I of a closing Inc read as an l');
  t.equal(cleanCompanyName('BLUE HERON DINER LNC'), 'BLUE HERON DINER INC');
  t.equal(cleanCompanyName('HAI-0 RAYA BHD (149199-V'), 'HAI-O RAYA BHD');
  t.equal(cleanCompanyName('99 SPEED MART'), '99 SPEED MART', 'digits of a number stay');
  t.equal(cleanCompanyName('SWC ENTERORISE SDN BHD'), 'SWC ENTERPRISE SDN BHD', 'a long suffix word with one letter misread');
  t.equal(cleanCompanyName('Kedai Hardrare'), 'Kedai Hardware', 'in its case');
  t.equal(cleanCompanyName('TRACING PAPER CENTRE'), 'TRADING PAPER CENTRE', 'the price: a real word one letter off a suffix is taken for it');
});

t.test('PP-OCR glue around the legal suffix: SDNBHD, a registration number glued on or cut off, a stray letter after it', async (t) => {
  t.equal(cleanCompanyName('KEDAI MAJU JAYA (PJ) SDN BHD(512345K)'), 'KEDAI MAJU JAYA (PJ) SDN BHD', 'bracketed number with its check letter glued on');
  t.equal(cleanCompanyName('Sinar Tekstil Sdn Bhd (I23456W)'), 'Sinar Tekstil Sdn Bhd', 'its 1 read as I');
  t.equal(cleanCompanyName('KEDAI MAJU JAYA SDNBHD'), 'KEDAI MAJU JAYA SDN BHD', 'the space between SDN and BHD dropped');
  t.equal(cleanCompanyName('Kedai Maju Sdn.Bhd.'), 'Kedai Maju Sdn.Bhd.', 'printed with a point and no space: stays');
  t.equal(cleanCompanyName('PERNIAGAAN BUDI SDN. BHD. (4'), 'PERNIAGAAN BUDI SDN. BHD.', 'a cut-off registration number');
  t.equal(cleanCompanyName('PERNIAGAAN BUDI SDN BHD Q'), 'PERNIAGAAN BUDI SDN BHD', 'a lone letter after the suffix');
  t.equal(cleanCompanyName('PASAR RAYA SDN BHD (JALAN IPOH)'), 'PASAR RAYA SDN BHD (JALAN IPOH)', 'a branch after the suffix stays');
  t.equal(cleanCompanyName('KEDAI MAJU JAYA (KL) SDN BHD(4571S2 X)'), 'KEDAI MAJU JAYA (KL) SDN BHD', 'a bracketed number with a letter misread among its digits');
  t.equal(cleanCompanyName('KEDAI MAJU JAYA SDN BHD (I45TSE Y)'), 'KEDAI MAJU JAYA SDN BHD', 'most of its digits misread as letters');
  t.equal(cleanCompanyName('PASAR RAYA SDN BHD (SEKSYEN 13)'), 'PASAR RAYA SDN BHD (SEKSYEN 13)', 'a branch with a number stays');
  t.equal(cleanCompanyName('LIM KOK ENTERPRISE POSTED'), 'LIM KOK ENTERPRISE', 'a rubber stamp read after the suffix');
  t.equal(cleanCompanyName('KEDAI MAJU SDN BHD PAID'), 'KEDAI MAJU SDN BHD');
  t.equal(cleanCompanyName('PAID IN FULL TRADING'), 'PAID IN FULL TRADING', 'a stamp word inside the name stays');
  t.equal(cleanCompanyName('BINA HARDWARE ENTERPRISE (SETIA ALAM) SUNBHD'), 'BINA HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD', 'SDN misread and glued to BHD');
  t.equal(cleanCompanyName('BUKU 2020 (M) TRADING'), 'BUKU 2020 (M) TRADING', 'a name with digits in it is no registration number');
  t.equal(sup(['KEDAI MAJU JAYA (PJ) SDNBHD(512345K)', 'NO 12, JALAN SS2/24', 'TEL: 03-7876 1234']), 'KEDAI MAJU JAYA (PJ) SDN BHD');
});

t.test('a registration label OCR misread is still no name, and BHD read as EHD is BHD', async (t) => {
  t.equal(sup(['Kedai Runcit Maju Sdn Bhd', 'Jalan Ampang 12', 'Company Re9 1234567-T', 'GST Re9 000111222333']), 'Kedai Runcit Maju Sdn Bhd');
  t.equal(sup(['TOKO BUKU CERIA', 'Companyro:7654321-K', 'GSTReg no:000111222333']), 'TOKO BUKU CERIA');
  t.equal(sup(['LAMPU TERANG (M) SDN BHD', '(C0.REG :123456-D)', 'LOT 12, JALAN KPB 6']), 'LAMPU TERANG (M) SDN BHD');
  t.equal(sup(['PASAR BARU TRADING', 'Compary Reg No. :001234567-W', 'NO.9, JALAN MANIS 3']), 'PASAR BARU TRADING');
  t.equal(sup(['Shell Kota Jaya TRADING', 'Conpany No: 001234567- A', 'LOT 12 JLN GENTING']), 'Shell Kota Jaya TRADING', 'the label word misread into a suffix word one letter off (Conpany -> Company) is still the label');
  t.equal(sup(['Pasar Baru Trading', 'Cornpany No: 7654321-K', 'NO.9, JALAN MANIS 3']), 'Pasar Baru Trading');
  t.equal(cleanCompanyName('Kedai Runcit Maju Sdn Ehd'), 'Kedai Runcit Maju Sdn Bhd');
  t.equal(cleanCompanyName('KEDAI RUNCIT SDN EHD'), 'KEDAI RUNCIT SDN BHD');
  t.equal(cleanCompanyName('CORO 12345 TRADING'), 'CORO 12345 TRADING', 'a name beginning like a label stays');
  t.equal(sup(['CORO 2000 TRADING', 'NO 3, JALAN SS2/24']), 'CORO 2000 TRADING');
});

t.test('a last capital word OCR was unsure of, after capital words, is part of the name; SON DHD is SDN BHD', async (t) => {
  const line = (pairs: [string, number][]) => ({ text: pairs.map((p) => p[0]).join(' '), words: pairs.map(([text, confidence]) => ({ text, confidence, box: { x: 0, y: 0, w: 1, h: 1 } })) });
  t.equal(withoutTrailingDebris(line([['KEDAI', 0.43], ['RUNCIT', 0.44], ['AH', 0.52], ['SENG', 0.34]])), 'KEDAI RUNCIT AH SENG');
  t.equal(withoutTrailingDebris(line([['Logans', 0.9], ['Grill', 0.88], ['hu)', 0.15]])), 'Logans Grill', 'a fragment is still debris');
  t.equal(withoutTrailingDebris(line([['KEDAI', 0.9], ['MAJU', 0.88], ['x1', 0.2]])), 'KEDAI MAJU', 'a digit is still debris');
  t.equal(cleanCompanyName('BULAN TERANG HOUSE SON DHD'), 'BULAN TERANG HOUSE SDN BHD');
});

t.test('a capitalised line between the name and its registration number is the name\'s second line', async (t) => {
  t.equal(sup(['RESTORAN SRI BULAN', 'BULAN HOUSE', '001234567-K', '13. JLN TASIK UTAMA 8']), 'RESTORAN SRI BULAN BULAN HOUSE');
  t.equal(sup(['KEDAI MAKAN SRI BULAN', '001234567-K', 'JALAN TASIK UTAMA', '57000 KL']), 'KEDAI MAKAN SRI BULAN', 'no line between: the name alone');
  t.equal(sup(['KEDAI MAKAN SRI', 'TEL 03-1234 5678', '001234567-K']), 'KEDAI MAKAN SRI', 'a line with digits is no name');
});

t.test('dropped spaces at a title, at "&" initials and before a long suffix word; SEN 3HD is SDN BHD', async (t) => {
  t.equal(cleanCompanyName('MR.KOPI (M) SDN BHD'), 'MR. KOPI (M) SDN BHD');
  t.equal(cleanCompanyName('Dr.Sihat Farmasi'), 'Dr. Sihat Farmasi');
  t.equal(cleanCompanyName('THE KOPIF&B SDN BHD'), 'THE KOPI F&B SDN BHD');
  t.equal(cleanCompanyName('KEDAI F&B'), 'KEDAI F&B', 'already apart');
  t.equal(cleanCompanyName('XYZ LOTRADING'), 'XYZ LO TRADING');
  t.equal(cleanCompanyName('SINAR SUPERMARKET'), 'SINAR SUPERMARKET', 'one word stays');
  t.equal(cleanCompanyName('MENTARIBAKERIES (KL) SDN BHD'), 'MENTARI BAKERIES (KL) SDN BHD', 'a longer word before the suffix');
  t.equal(cleanCompanyName('UNLIMITED ACCOMPANY'), 'UNLIMITED ACCOMPANY', 'English words that end like a suffix stay');
  t.equal(cleanCompanyName('BINTANG CASH & CARRY SEN 3HD'), 'BINTANG CASH & CARRY SDN BHD');
});

t.test('a name line that opens with "&" or holds only "Sdn Bhd" goes on from the line above', async (t) => {
  t.equal(sup(['THE BLUE KETTLE', '& SPOON (M) SDN. BHD.', 'Company No.:123456-H', 'Lot 3, First Floor,']), 'THE BLUE KETTLE & SPOON (M) SDN. BHD.');
  t.equal(sup(['Ayam Panggang Enak Malaysia', 'Sdn Bhd', 'Unit G-13, Ground Floor, No.1', 'Tel: 1300-88-6555']), 'Ayam Panggang Enak Malaysia Sdn Bhd');
  t.equal(sup(['Tel: 03-1234 5678', 'Sdn Bhd', 'Unit G-13, Ground Floor, No.1']), 'Sdn Bhd', 'a line with digits above is not joined');
  t.equal(sup(['KEDAI LAMPU TERANG', 'Company _No', '123456-X', 'Jalan Ampang']), 'KEDAI LAMPU TERANG', 'a label line with an underscore is neither the name nor joined to it');
});

t.test('a long suffix word with one letter lost is put back', async (t) => {
  t.equal(cleanCompanyName('KEDAI BUKU STATONERY SHOP'), 'KEDAI BUKU STATIONERY SHOP');
  t.equal(cleanCompanyName('Sinar Harware Trading'), 'Sinar Hardware Trading');
  t.equal(cleanCompanyName('TRADING'), 'TRADING');
  t.equal(cleanCompanyName('KEDAI MARKE'), 'KEDAI MARKE', 'too short to say');
});

t.test('the name with a suffix or a registration number beats logo debris and shop hours', async (t) => {
  t.equal(sup(['Roll l§', 'AEON CO. (M) BHD (126926-H)', 'JLN JEJAKA, TAMAN MALURI', 'SHOPPING HOURS']), 'AEON CO. (M) BHD');
  t.equal(sup(['SYARIKAT PERNIAGAAN GIN KEE', '(81109-A)', 'NO 290, JALAN AIR PANAS']), 'SYARIKAT PERNIAGAAN GIN KEE');
  t.equal(sup(['HAI-O RAYA BHD (169199-V)', 'KEPONG OUTLET', 'TEL / FAX : 03-62636977']), 'HAI-O RAYA BHD');
});

t.test('a registration label line is not the name', async (t) => {
  t.equal(sup(['DI HUAN YA RESTAURANT', 'Company Reg.No: JM0881569-W', '5,JALAN PERMAS 10/5']), 'DI HUAN YA RESTAURANT');
});

t.test('a country closing the address is not the name, even right above the registration number', async (t) => {
  t.equal(sup(['GL HANDICRAFT & TAILORING', '19, JALAN KANCIL,', '55100 KUALA LUMPUR', 'MALAYSIA', 'COMPANY REG NO. :75495-W']), 'GL HANDICRAFT & TAILORING');
});

t.test('a name printed over several capitalised lines is joined', async (t) => {
  t.equal(sup(['AIK HUAT HARDWARE', 'ENTERPRISE (SETIA', 'ALAM) SDN BHD', '822737-X', 'NO. 17-G, JALAN SETIA INDAH']), 'AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD');
  t.equal(sup(['POPULAR BOOK', 'CO. (M) SDN BHD', '(Company No. 113825W)']), 'POPULAR BOOK CO. (M) SDN BHD');
  t.equal(sup(['Geoventure', 'Taste Of The World Sdn Bhd', '965857-A']), 'Taste Of The World Sdn Bhd', 'a brand line above in mixed case stays out');
});

t.test('a capitalised line above a name that stands on its own is a brand, a stamp or an owner, not part of it', async (t) => {
  t.equal(sup(['KIKU JAPANESE RESTAURANT', 'TK DIVISION KITCHEN SDN BHD', '(1012345-K)', 'NO 5, JALAN MAJU']), 'TK DIVISION KITCHEN SDN BHD');
  t.equal(sup(['POSTED', 'YONG CEN ENTERPRISE', '(JM0123456-T)', 'NO 5, JALAN MAJU']), 'YONG CEN ENTERPRISE');
  t.equal(sup(['LAVENDER', 'LAVENDER CONFECTIONERY & BAKERY S/B', '(123456-A)']), 'LAVENDER CONFECTIONERY & BAKERY S/B');
  t.equal(sup(['GARDENIA BAKERIES', '(KL) SDN BHD', '(139386 X)']), 'GARDENIA BAKERIES (KL) SDN BHD', 'only suffixes and brackets: not whole');
  t.equal(sup(['ONE ONE THREE SEAFOOD &', 'GRILL HOUSE SDN BHD', '(123456-A)']), 'ONE ONE THREE SEAFOOD & GRILL HOUSE SDN BHD', 'a line ending in & goes on');
  t.equal(sup(['GOLDEN FRESH TRADING (KL', 'BRANCH)', '(123456-A)', 'NO. 17-G, JALAN SETIA INDAH']), 'GOLDEN FRESH TRADING (KL BRANCH)', 'an open bracket goes on below');
  t.equal(sup(['HAI-O RAYA BHD (169199-V', 'KEPONG OUTLET', 'TEL / FAX : 03-62636977']), 'HAI-O RAYA BHD', 'not the bracket of a registration number');
});

t.test('low-confidence debris at the end of the name is cut, and a street address is no registration number', async (t) => {
  const reading = readingFromText([['012 Lifestyle Brooklyn hu)', 'Brooklyn Mall', '', '', '', '', '', 'TOTAL 5.00']], { kind: 'image' });
  const line = reading.pages[0].lines[0];
  line.words[line.words.length - 1].confidence = 0.15;
  t.equal(withoutTrailingDebris(line), '012 Lifestyle Brooklyn');
  t.equal(receiptSupplier(flattenLines(reading))?.name, '012 Lifestyle Brooklyn');
  t.equal(withoutTrailingDebris({ text: 'hu)', words: [{ text: 'hu)', confidence: 0.1, box: line.box }] }), 'hu)', 'one word stays');
  t.equal(REG_NO.test('2513 S. Stemmon Freeway'), false, 'a house number and a compass initial');
  t.equal(REG_NO.test('(139386 X)'), true);
  t.equal(cleanCompanyName('LION GATE F&B PTE LTD (5067.52-T)'), 'LION GATE F&B PTE LTD', 'a speck read as a point among the digits');
  t.equal(REG_NO.test('(12.50)'), false, 'a bracketed price is no number of a register');
  t.equal(sup(['Logans', '2513 S. Stemmon Freeway', 'Lewisville TX', '75067']), 'Logans');
});

t.test('a company suffix word the OCR was unsure of is no trailing debris', async (t) => {
  const reading = readingFromText([['SANYU STATIONERY SHOP', 'NO. 31G, JALAN SETIA INDAH', '', '', '', '', '', 'TOTAL 5.00']], { kind: 'image' });
  reading.pages[0].lines[0].words[2].confidence = 0.17;
  t.equal(withoutTrailingDebris(reading.pages[0].lines[0]), 'SANYU STATIONERY SHOP');
});

t.test('the company under an owner label owns the shop; the shop is the name', async (t) => {
  t.equal(sup(['SANYU STATIONERY SHOP', 'NO. 31G, JALAN SETIA INDAH', 'GST ID No: 001531760640', 'Owned By', 'SANYU SUPPLY SDN BHD (1135772-K)']), 'SANYU STATIONERY SHOP');
  t.equal(sup(['Owned by SANYU SUPPLY SDN BHD', 'SANYU STATIONERY SHOP', 'NO. 31G, JALAN SETIA INDAH']), 'SANYU STATIONERY SHOP');
  t.equal(sup(['32 PUB & BISTRO own by CNU TRADING', '8G, JALAN 5521/62']), '32 PUB & BISTRO own by CNU TRADING', 'an owner inside the name line is part of the name');
});

t.test('a shop named in a "thank you for shopping at" footer is the name when no top line reads as a company', async (t) => {
  const lines = (top: string[]) => receiptSupplier(flattenLines(readingFromText([[...top, '', '', '', '', '', '', '', '', 'TOTAL 9.00', 'Thank you for shopping at FUY! MINI', 'MARKET']], { kind: 'image' })))?.name ?? null;
  t.equal(lines(['TAM N SAT', '45600 BATANG BERJUNTAI']), 'FUYI MINI MARKET', 'an exclamation mark among capitals is an I');
  t.equal(lines(['KEDAI RUNCIT HENG (1226498-T)', 'LOT 1, JALAN BESAR']), 'KEDAI RUNCIT HENG', 'the header wins when it reads as a company');
  t.equal(sup(['TAM N SAT', 'Thank you for shopping with us']), 'TAM N SAT', '"with us" names nobody');
});

t.test('misread words of the chosen name are repaired from the document, then from the lexicon', async (t) => {
  t.equal(sup(['WARAKUYA PERMAS GITY SDN BHD', 'JALAN PERMAS UTARA 1']), 'WARAKUYA PERMAS CITY SDN BHD');
  t.equal(sup(['Geoventure', 'laste Of The Wor ld Sdn Bhd', '965857-A']), 'Taste Of The World Sdn Bhd');
  const reading = readingFromText([['AIK HUAT HARDRARE', 'ENTERFRISE (SETI&', 'ALAM) SDN BHD', '822737-X', 'NO. 17-G, JALAN SETIA INDAH', '', '', 'TOTAL 5.00']], { kind: 'image' });
  reading.pages[0].lines[1].words[1].confidence = 0.27;
  t.equal(receiptSupplier(flattenLines(reading))?.name, 'AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD');
  t.equal(sup(['GITY MART SDN BHD', 'www.gitymart.com', 'Follow GITY on Facebook']), 'GITY MART SDN BHD', 'a word printed again elsewhere is what it reads');
});

t.test('a name the recogniser was unsure of word by word is no debris of itself', async (t) => {
  // PP-OCR on large bold print: every word right, each near 0.4 on the shared scale
  const reading = readingFromText([['SYARIKAT PERNIAGAAN GIN KEE', '(81109-A)', 'NO 290, JALAN AIR PANAS.', '', '', '', '', 'TOTAL 5.00']], { kind: 'image' });
  reading.pages[0].lines[0].words.forEach((w, i) => { w.confidence = [0.41, 0.43, 0.43, 0.39][i]; });
  t.equal(withoutTrailingDebris(reading.pages[0].lines[0]), 'SYARIKAT PERNIAGAAN GIN KEE');
  t.equal(receiptSupplier(flattenLines(reading))?.name, 'SYARIKAT PERNIAGAAN GIN KEE');
});

t.test('words of a name glued by a dropped space, and suffix letters read as digits, are put back', async (t) => {
  t.equal(cleanCompanyName('HON HWA HARDWARETRADING'), 'HON HWA HARDWARE TRADING', 'two suffix words');
  t.equal(cleanCompanyName('SUPERMARKET'), 'SUPERMARKET', 'a word that only ends like a suffix stays');
  t.equal(cleanCompanyName('MR.D.IY(M)SDN BHD'), 'MR. D.IY (M) SDN BHD', 'a bracketed state between words (and the title point spaced)');
  t.equal(cleanCompanyName('SUPER SEVEN CASH & CARRY SDN 3HD'), 'SUPER SEVEN CASH & CARRY SDN BHD');
  t.equal(cleanCompanyName('99 SPEED MART 57B'), '99 SPEED MART S/B', 'the slash of S/B read as 7');
});

t.test('misread words of the name are repaired: H for B, a long trade word, a short shop word, a letter gap the footer spells whole', async (t) => {
  t.equal(sup(['KEDAI HEALTH AND HEAUTY SDN BHD', 'NO 5, JALAN MAJU']), 'KEDAI HEALTH AND BEAUTY SDN BHD');
  t.equal(sup(['SERI MANIS CONFECTLONERY SDN BHD', 'NO 5, JALAN MAJU']), 'SERI MANIS CONFECTIONERY SDN BHD');
  t.equal(sup(['12 HARI NART S/B', 'NO 5, JALAN MAJU']), '12 HARI MART S/B');
  t.equal(sup(['Guar dian Health Sdn Bhd', 'NO 5, JALAN MAJU', 'Guar dian points 120', 'Visit Guardian online']), 'Guardian Health Sdn Bhd');
});

t.test('the legal suffix misread in more ways: another S-word before BHD, BHD without its B or split, SDN split, S/D for S/B', async (t) => {
  t.equal(cleanCompanyName('RANTAU JAYA SLI BHD'), 'RANTAU JAYA SDN BHD', 'a three-letter word of S before BHD is SDN');
  t.equal(cleanCompanyName('KEDAI SRI BHD'), 'KEDAI SRI BHD', 'but SRI is a name word');
  t.equal(cleanCompanyName('TRI MAJU SDN HD(72855-M)'), 'TRI MAJU SDN BHD', 'the B of BHD lost');
  t.equal(cleanCompanyName('Kedai Maju Sdn Hd'), 'Kedai Maju Sdn Bhd', 'in its case');
  t.equal(cleanCompanyName('ANGKASA HYPERMARKET SDN BH D'), 'ANGKASA HYPERMARKET SDN BHD', 'split by a letter gap');
  t.equal(cleanCompanyName('12 HARI MART S/D (519537-X)'), '12 HARI MART S/B', 'the B of S/B read as D');
  t.equal(cleanCompanyName('POPULAR BUKU CO. (M) S DN BHD'), 'POPULAR BUKU CO. (M) SDN BHD', 'SDN split by a letter gap');
  t.equal(cleanCompanyName('Kedai Maju Sd n Bhd'), 'Kedai Maju Sdn Bhd', 'in its case');
  t.equal(cleanCompanyName('S DN MOTORS'), 'S DN MOTORS', 'not without BHD after it');
  t.equal(sup(['POPULAR BUKU', 'cO. (m) S DN BHD', '(Co. No. 113825-W)', 'No 8, Jalan 7/118B']), 'POPULAR BUKU cO. (m) SDN BHD', 'and then the line of suffixes goes on from the name above');
  t.equal(sup(['ANGKASA HYPERMARKET SDN BH D', '(JALAN BESAR)', 'LOT 2, JLN SERI 8', 'TEL: 03-7876 1234']), 'ANGKASA HYPERMARKET SDN BHD');
});

t.test('a name OCR was unsure of (a stylised header font) is still the name when its registration number follows it', async (t) => {
  const unsure = (lines: string[], conf: number[]) => {
    const reading = receiptReading(lines, 7);
    reading.pages[0].lines[0].words.forEach((w, i) => { w.confidence = conf[i]; });
    return receiptSupplier(flattenLines(reading))?.name ?? null;
  };
  t.equal(unsure(['SyArIkat BuNga Raya', '(81109-A)', 'NO 290, JALAN AIR PANAS', 'Setapak Indah', 'CASH'], [0.27, 0.26, 0.24]), 'SyArIkat BuNga Raya');
  t.equal(unsure(['MeRaNTi CoMPany', 'Company Reg. No. : 725186-V', 'NO 1, Jalan Delima 12', 'Wangsa Link, Wangsa Maju'], [0.3, 0.28]), 'MeRaNTi CoMPany');
  t.equal(unsure(['ROLL LS', 'MERANTI TRADING', 'NO 1, Jalan Delima 12'], [0.2, 0.25]), 'MERANTI TRADING', 'unsure debris without a number below stays out');
});

t.test('a registration number with its hyphen read twice still ends the name above it', async (t) => {
  t.ok(REG_NO.test('002693074--K'));
  t.equal(sup(['RESTORAN BUNGA', 'BUNGA HOUSE', '002693074--K', '13, JLN TASIK UTAMA 8']), 'RESTORAN BUNGA BUNGA HOUSE');
});

t.test('an owner label on the name\'s own line ("OWN BY:") is cut from the name', async (t) => {
  t.equal(cleanCompanyName('OWN BY: CHEF MAJU SDN BHD'), 'CHEF MAJU SDN BHD');
  t.equal(cleanCompanyName('Owned by Kedai Maju Sdn Bhd'), 'Kedai Maju Sdn Bhd');
  t.equal(sup(['LAMA ASIA', 'OWN BY: CHEF MAJU SDN BHD', 'CO. NO. (458592-T)', 'LG226, 1 UTAMA']), 'CHEF MAJU SDN BHD');
});

t.test('once the address begins, a line after it continues the address or names someone else: the line above it is the name', async (t) => {
  t.equal(sup(['PERNIAGAAN BINTANG TIMUR', 'JMO325955-V', 'NO.59 JALAN PERMAS 9/5', 'BANDAR BARU PERMAS JAYA', '81760 JOHOR BAHRU', 'GST NO : 000800589824', 'SIMPLIFIED TAX INVOICE', 'MAJU ENGINEERING (M) SDN BHD']), 'PERNIAGAAN BINTANG TIMUR');
  t.equal(sup(['KopiKita MJC', 'NO.19 & 21', 'JALAN TEMENGGUNG 23/9', 'BANDAR MAHKOTA CHERAS', '43200 SELANGOR DARUL EHSAN']), 'KopiKita MJC');
  t.equal(sup(['TAX INVOICE', 'No. 5, Jalan Maju', 'KEDAI RUNCIT MAJU SDN BHD', 'TEL: 03-7876 1234']), 'KEDAI RUNCIT MAJU SDN BHD', 'with nothing above the address, the line after it is still the name');
});

t.test('a company named after its web address ("ECOSWAY.COM SDN BHD") is a name; a bare web address is not', async (t) => {
  t.equal(sup(['eKedai.com SON BHD (509213A)', '2nd Floor, Jalan Raja Chulan', 'Email:info@ekedai.com.my', 'TAX INVOICE', 'CENTER:G091 USER ID : G091']), 'eKedai.com SDN BHD');
  t.equal(sup(['www.kedai.com', 'KEDAI BUKU CERIA', 'NO 5, JALAN MAJU']), 'KEDAI BUKU CERIA');
});

t.test('a company below the address (an owner, a customer) loses to a shop name above it', async (t) => {
  t.equal(sup(['KEDAI BUKU SHOP', 'NO.31G, JALAN SETIA INDAH', '40170 SETIA ALAM', 'Tel: +603-33624137', 'GST ID No: 001531760640', 'MAJU SUPPLY SDN BHD (1135772-K)']), 'KEDAI BUKU SHOP');
  t.equal(sup(['KEDAI BUKU SHOP', 'NO.31G, JALAN SETIA INDAH', '40170 SETIA ALAM', 'Ovned By:', 'MAJU SUPPLY SDN BHD (1135772-K)']), 'KEDAI BUKU SHOP', 'the owner label read with v for w still marks the owner');
});

t.test('header lines OCR read out of order are taken in the order they stand on the page', async (t) => {
  const reading = readingFromText([['MERANTI JAYA', 'CompanyReg No.:725186-V', 'NO13,Jaln Wangsa 2', 'Wangsa Link, Wangsa Maju', '53300 Kuala Lumpur', '', '', '', '', 'TOTAL 5.00']], { kind: 'image' });
  const [a, b, c, ...rest] = reading.pages[0].lines;
  a.words.forEach((w, i) => { w.confidence = [0.45, 0.34][i]; });
  c.words.forEach((w, i) => { w.confidence = [0.36, 0.21, 0.3][i]; });
  reading.pages[0].lines = [c, b, a, ...rest];
  t.equal(receiptSupplier(flattenLines(reading))?.name, 'MERANTI JAYA');
});

t.test('a speck read as a dot between the name and its legal form is a space again', async (t) => {
  t.equal(sup(['LANDMARKT MAR.GMBH & CO. KG', 'Lindenweg 8', '10115 Berlin']), 'LANDMARKT MAR GMBH & CO. KG');
  t.equal(sup(['Northfield Trading.Ltd', '14 Market Street', 'Leeds LS1 4AP']), 'Northfield Trading Ltd');
});

t.test('a dotted legal form with a speck read for its first dot ("B:V.") is put back and counts as a legal form', async (t) => {
  t.equal(sup(['BAKKER MEDIA B:V.', 'Kerkstraat 3', '3511 LT Utrecht']), 'BAKKER MEDIA B.V.');
  t.equal(sup(['Graficas Sol S,L.', 'Calle Mayor 9', '28013 Madrid']), 'Graficas Sol S.L.');
});

t.test('a street with its house number is never the name, even read surer than a faint name above it', async (t) => {
  const reading = receiptReading(['Bakker medIa b:V.', 'Marktplatz 3', '17.10.2025 18:40']);
  reading.pages[0].lines[0].words.forEach((w) => { w.confidence = 0.38; });
  t.equal(receiptSupplier(flattenLines(reading))?.name, 'Bakker medIa b.V.');
  for (const street of ['Marktplatz 3', 'Hauptstraße 12a', 'Dorpsplein 5', 'Via Roma 12', 'Plaza España 3', '45 avenue Jean Jaurès']) {
    const r = receiptReading(['x1', street, '17.10.2025 18:40']);
    t.equal(receiptSupplier(flattenLines(r))?.name ?? null, null, street);
  }
});

t.test('the words of a legal form ending the name are no debris, however unsure OCR was of them', async (t) => {
  t.equal(withoutTrailingDebris({ text: 'USLUGI ODRA SP. Z O.0.', words: [['USLUGI', 0.54], ['ODRA', 0.62], ['SP.', 0.84], ['Z', 0.44], ['O.0.', 0.43]].map(([text, confidence]) => ({ text, confidence })) as never }), 'USLUGI ODRA SP. Z O.0.');
  t.equal(withoutTrailingDebris({ text: 'Logans 344 i', words: [['Logans', 0.9], ['344', 0.88], ['i', 0.2]].map(([text, confidence]) => ({ text, confidence })) as never }), 'Logans 344', 'debris after a name still goes');
});

t.test('a line holding a date is never the name ("Le 7 avril 2024 a 09:15": its year before a letter looked like a registration number)', async (t) => {
  t.equal(sup(['Boulangerie Dupont', '8 rue de la Paix, Paris', 'Le 7 avril 2024 a 09:15', 'Baguette 1,10']), 'Boulangerie Dupont');
  const reading = receiptReading(['Boulangerie Dupont', '8 rue de la Paix, Paris', 'Le 7 avril 2024 a 09:15']);
  reading.pages[0].lines[0].words.forEach((w) => { w.confidence = 0.5; });
  t.equal(receiptSupplier(flattenLines(reading))?.name, 'Boulangerie Dupont', 'even when the name was read less surely');
});

t.test('a name line read unsurely still names the shop when it ends in a legal form; an item line priced with a semicolon never does', async (t) => {
  const lines = ['. SuPermercadO mar s.L.', 'Plaza Espana 3.', '4100l Sevilla', 'CIF: B615070633', 'ACEITE OLIVA 1,83 A', 'CAFE MOLIDO 2;29 A'];
  const reading = readingFromText([[...lines, '', 'TOTAL 4,12']], { kind: 'image' });
  reading.pages[0].lines[0].words.forEach((w) => { w.confidence = 0.27; });
  t.equal(receiptSupplier(flattenLines(reading))?.name, 'SuPermercadO mar s.L.');
  reading.pages[0].lines[0].words.forEach((w) => { w.confidence = 0.1; });
  t.not(receiptSupplier(flattenLines(reading))?.name, 'CAFE MOLIDO 2;29 A', 'the item is no name, even when the name is unreadable');
});

t.test('a name from a PDF\'s text layer is as printed: no lexicon repair of words OCR did not read', async (t) => {
  const pdf = (lines: string[]) => receiptSupplier(flattenLines(readingFromText([[...lines, '', 'TOTAL 5.00']], { kind: 'pdf' })))?.name ?? null;
  t.equal(pdf(['DROGERIE LANGE GMBH', 'Hauptstr. 3']), 'DROGERIE LANGE GMBH');
  t.equal(pdf(['WARAKUYA PERMAS GITY SDN BHD', 'JALAN PERMAS UTARA 1']), 'WARAKUYA PERMAS GITY SDN BHD', 'what the layer holds is what was printed');
});

/** A till slip whose first `large` lines are printed in the header's large type (16 units high against 12). */
function headed(lines: string[], large = 2, kind: 'pdf' | 'image' = 'image'): string | null {
  const reading = readingFromText([[...lines, 'Brot 2,50', 'Milch 1,20', 'Kaffee 4,99', 'Butter 2,10', '', 'TOTAL 10,79', 'Bar 20,00', 'Rückgeld 9,21']], { kind });
  reading.pages[0].lines.slice(0, large).forEach((l) => { l.box = { ...l.box, h: 16 }; });
  return receiptSupplier(flattenLines(reading))?.name ?? null;
}

t.test('a shop name printed over two lines at the top is read whole', async (t) => {
  t.equal(headed(['Boulangerie du Marche', 'SARL', '3 place du Marche', '69002 Lyon'], 1), 'Boulangerie du Marche SARL', 'a legal form alone on the line below');
  t.equal(headed(['Salumeria Bianchi & Figli', 'S.p.A.', 'Via Roma 12', '50122 Firenze'], 1), 'Salumeria Bianchi & Figli S.p.A.', 'a legal form of two letters');
  t.equal(headed(['Getranke Hoffmann', 'OHG', 'Bahnhofstr. 4a', '20095 Hamburg'], 1), 'Getranke Hoffmann OHG');
  t.equal(headed(['Baumarkt Weber & Sohne', 'GmbH & Co. KG', 'Hauptstrasse 12', '50667 Koln'], 1), 'Baumarkt Weber & Sohne GmbH & Co. KG', 'a legal form of several words');
  t.equal(headed(['GREENLEAF', 'GROCERS PLC', '88 Kings Road', 'Leeds LS1 4AP']), 'GREENLEAF GROCERS PLC', 'one word in the same large type over the rest');
  t.equal(headed(['CARREFOUR', 'CITY', '45 avenue Jean Jaures', '75011 Paris']), 'CARREFOUR CITY', 'a name in large type wraps');
  t.equal(headed(['Panaderia La', 'Espiga', 'Plaza Espana 3', '08002 Barcelona'], 0), 'Panaderia La Espiga', 'a line that breaks off after an article');
  t.equal(headed(['PADARIA PAO', 'DE OURO', 'Rua das Flores 22', 'Sao Paulo'], 0), 'PADARIA PAO DE OURO', 'a line that starts with a preposition');
});

t.test('a line above a whole company name that names something of its own stays apart', async (t) => {
  t.equal(headed(['Sarang Hae Yo', 'Trendymax (M) Sdn. Bhd.', 'Company Reg. No. : (583246-A)', 'Jalan Kasuarina 1,']), 'Trendymax (M) Sdn. Bhd.', 'a brand of several words over the legal name');
  t.equal(headed(['KIKU JAPANESE RESTAURANT', 'TK DIVISION KITCHEN SDN BHD', '(123456-X)', 'JALAN IPOH']), 'TK DIVISION KITCHEN SDN BHD', 'a name with its own suffix');
  t.equal(headed(['LIGHTROOM GALLERY SDN BHD', 'KLANG SELANGOR D. E, MALAYSIA', 'No: 28, JALAN ASTANA 1C,']), 'LIGHTROOM GALLERY SDN BHD', 'below a name with its suffix: the town');
  t.equal(headed(['Zabka Polska Sp. k.', 'ul. Marszalkowska 10', '31-019 Krakow', 'tel. 22 123 45 67', 'NIP 525-000-00-00', '2024-03-02 10:15', 'PARAGON FISKALNY'], 1, 'pdf'), 'Zabka Polska Sp. k.', 'a till slip\'s title is no name; sp. k. is a legal form');
});

t.test('a legal form read unsurely at the end of the name is no debris', async (t) => {
  const reading = readingFromText([['ALBERT HEIJN N.V:', 'Kalverstraat 92', '3511 AZ Utrecht', '', 'TOTAAL 5,00']], { kind: 'image' });
  const words = reading.pages[0].lines[0].words;
  words[0].confidence = 0.84; words[1].confidence = 0.84; words[2].confidence = 0.43;
  t.equal(receiptSupplier(flattenLines(reading))?.name, 'ALBERT HEIJN N.V');
});

t.test('a legal form outranks a shop word: the legal name under a logo is the supplier', async (t) => {
  t.equal(headed(['Apollo', 'Pharmacy', 'Apollo Pharmacy Private Limited', 'Shop 14, MG Road']), 'Apollo Pharmacy Private Limited');
});

t.test('a brand or shop word over the registered name gives way to it; a name that opens with a shop word is whole', async (t) => {
  t.equal(headed(['GLYCINES', 'Epicerie Les Glycines EURL', '12 rue de la Republique', '21000 Dijon'], 1), 'Epicerie Les Glycines EURL', 'a legal form the suffix list lacks names a company');
  t.equal(headed(['AURORA', 'Bar Pasticceria Aurora S.r.1.', 'Piazza Duomo 3', '40121 Bologna'], 1), 'Bar Pasticceria Aurora S.r.l.', 'S.r.l. with its l read as a 1');
  t.equal(headed(['MEGA HARDWARE', 'KEDAI RUNCIT KELANA SAKTI ENTERPRISE', 'NO. 46, LORONG BATU NILAM 1,', 'TAMAN UNIVERSITI,'], 1), 'KEDAI RUNCIT KELANA SAKTI ENTERPRISE', 'a shop word alone weighs less than a registered name');
  t.equal(headed(['HAPPY PHARMACY', 'RESTORAN TANJUNG EMAS (M) SDN. BHD.', 'NO. 66, LORONG BATU NILAM 1,', '80100 JOHOR BAHRU, JOHOR.'], 1), 'RESTORAN TANJUNG EMAS (M) SDN. BHD.', 'RESTORAN opens a name: the brand above stays apart');
  t.equal(headed(['KELANA SAKTI FOOD', 'INDUSTRIES SDN. BHD.', 'NO. 68, JALAN IPOH,', '30450 IPOH, PERAK.'], 0), 'KELANA SAKTI FOOD INDUSTRIES SDN. BHD.', 'INDUSTRIES only suffixes a name: the line above is its start');
});

t.test('a legal form ends the name: a speck before it is a space, and the branch line below is no part of it', async (t) => {
  t.equal(cleanCompanyName('SRI PELANGI BAKERY.SDN BHD'), 'SRI PELANGI BAKERY SDN BHD');
  t.equal(cleanCompanyName('SUPER.SEVEN CASH & CARRY SDN BHD'), 'SUPER.SEVEN CASH & CARRY SDN BHD', 'a point between two name words may be printed');
  t.equal(cleanCompanyName('KEDAI MAJU SDN.BHD'), 'KEDAI MAJU SDN.BHD', 'SDN.BHD is printed so');
  t.equal(headed(['FARMACIA OLIVAR S.L.U.', 'Tienda Sevilla', 'C/ Sierpes 71', '48005 Bilbao'], 1), 'FARMACIA OLIVAR S.L.U.', 'the U of S.L.U. is no Polish "u" that needs the next line');
});

t.test('a line that opens with a shop word and names no company of its own starts the name below it', async (t) => {
  t.equal(sup(['KEDAI RUNCIT YEW', 'LEE ENTERPRISE', 'NO. 80, JALAN KENARI 5,', 'BANDAR BARU,']), 'KEDAI RUNCIT YEW LEE ENTERPRISE');
  t.equal(sup(['PASARAYA CAHAYA', 'MURNI ENTERPRISE', 'CAWANGAN SHAH ALAM', 'NO. 96, JALAN SS 2/24,']), 'PASARAYA CAHAYA MURNI ENTERPRISE');
  t.equal(sup(['KEDAI MAJU MART', 'LEE HUAT SDN BHD', 'NO. 80, JALAN KENARI 5,']), 'LEE HUAT SDN BHD', 'a line with a company of its own stays apart');
});

/** A till slip whose `large`-th line (0-based) alone is printed in the header's large type (18 units high against 12). */
function largeAt(lines: string[], large: number): string | null {
  const reading = readingFromText([[...lines, '', 'Bread 2.50', 'Milk 1.20', 'Coffee 4.99', 'Butter 2.10', '', 'TOTAL 10.79', 'Cash 20.00', 'Change 9.21']], { kind: 'image' });
  const l = reading.pages[0].lines[large];
  l.box = { ...l.box, h: 18 };
  return receiptSupplier(flattenLines(reading))?.name ?? null;
}

t.test('an English street line under the name is the address, never the name', async (t) => {
  t.equal(sup(['SUNDOWN GROCERY', '2210 W Commerce St', 'San Antonio, TX 78207', '(210) 555-5770']), 'SUNDOWN GROCERY', 'house number, compass point, street and its kind');
  t.equal(sup(['LONE PINE OUTFITTERS', 'Store 9605', '2210 W Main St', 'Austin, TX 78701']), 'LONE PINE OUTFITTERS');
  t.equal(sup(['Kookaburra Bottle-O', 'Shop 4, 112 Sydney Rd', 'Brunswick VIC 3056']), 'Kookaburra Bottle-O', 'a shop number before the street');
  t.equal(sup(['QUIK-FILL #2231', '14 High Street', 'Market Harborough']), 'QUIK-FILL #2231', 'a store number after the name stays with it; a shop word below the address is the town');
  t.equal(sup(['MERLION NOODLE HOUSE', 'STORE #8774', '1 TAMPINES CENTRAL 5', 'SINGAPORE 529508']), 'MERLION NOODLE HOUSE', 'a branch number on its own line is no part of the name');
  t.equal(sup(['Sahyadri Fuels', 'Shop 4, MG Road, Pune 411001', 'GSTIN: 27AAPFR0939F1ZV']), 'Sahyadri Fuels', 'a shop number and a road with no house number');
  t.equal(sup(['ALIMENTARI FRATELLI CECCON', 'ST0RE #3483', 'Via Garibaldi 21, 40121 Bologna']), 'ALIMENTARI FRATELLI CECCON', 'with its O read as a zero');
  t.equal(sup(['SAFFRON LEAF REST', 'Shop 4, MG R0ad, Pune 411001', 'GSTIN: 27AAPFU0939F1ZV']), 'SAFFRON LEAF REST');
  t.not(sup(['Shop 4, MG R0ad, Pune 411001', 'GSTIN:27AAPFU0939F1ZV', 'Date: 19-11-2024 11:43']), 'GSTIN:27AAPFU0939F1ZV', 'a tax number is no name');
});

t.test('a greeting, a slogan or a founding year over the name is not the name; the name in the largest type is', async (t) => {
  t.equal(sup(['WELKOM BIJ', "Drogisterij 't Hoekje", 'Tel:030231649']), "Drogisterij 't Hoekje");
  t.equal(sup(['BIENVENIDOS A', 'Panaderia La Espiga', 'c/ Mayor, 41', '28013 Madrid']), 'Panaderia La Espiga');
  t.equal(sup(['BEM-VINDO A', 'Padaria Flor do Douro', 'Tel: 22208722']), 'Padaria Flor do Douro');
  t.equal(sup(['Fresh & Friendly Since 1998', 'Hartley & Finch Grocers', '14 High Street', 'Market Harborough']), 'Hartley & Finch Grocers');
  t.equal(sup(['Artisan depuis 1952', 'Epicerie Fine Beaumont', '18 rue des Tanneurs', '69002 LYON']), 'Epicerie Fine Beaumont');
  t.equal(largeAt(['Calidad de siempre', 'Ferreteria Hermanos Ruiz', 'Tel. 91 542 903', 'NIF: B-63823088'], 1), 'Ferreteria Hermanos Ruiz', 'a slogan in small type over the name in large type');
  t.equal(sup(['Calidad de siempre', 'Ferreteria Hermanos Ruiz', 'Tel. 91 542 903', 'NIF: B-63823088']), 'Ferreteria Hermanos Ruiz', 'in one type, the slogan is written as a sentence, the name is not (receipt-supplier-slogans.test.ts)');
});

t.test('a shop\'s kind alone on the first line goes on in the line below; a legal form alone below joins the name above', async (t) => {
  t.equal(sup(['Piekarnia', 'Zloty Klos', 'ul. Dluga 17', '80-831 Gdansk']), 'Piekarnia Zloty Klos');
  t.equal(sup(['Bakkerij', 'De Gouden Korrel', 'Oudegracht 155', '3511 AK Utrecht']), 'Bakkerij De Gouden Korrel');
  t.equal(sup(['Kookaburra Bottle-0', 'PTY. LTD.', 'Shop 4,112 Sydney Rd', 'Brunswick VIC 3056']), 'Kookaburra Bottle-O PTY. LTD.', 'a capitalised legal form under a mixed-case name, its O read as a zero');
  t.equal(cleanCompanyName('SINGAP0RE P0OL CLUB'), 'SINGAPORE POOL CLUB', 'an O read as a zero among letters');
  t.equal(cleanCompanyName('99 SPEED MART 2000'), '99 SPEED MART 2000', 'figures stay');
});

t.test('a banner between stars is no name, and an item line below the till\'s date is none while a line above it is a candidate', async (t) => {
  t.equal(sup(['*** FRESH EVERY DAY ***', "Friterie Le Cornet d'Or", 'Rue Haute 55, 1000 Bruxelles', 'TVA BE 0458.332.117']), "Friterie Le Cornet d'Or");
  t.equal(sup(['★*★ FRESH EVERY DAY', 'Sahyadri Fuels', 'Shop 4, MG Road, Pune 411001']), 'Sahyadri Fuels');
  t.equal(sup(['Parkhaus Limmatquai', 'Seestrasse 44, 8002 Zurich', 'Datum: 04.11.2023 09:01', 'PARACETAMOL 500MG 16 6.17 A', 'IBUPROFEN 200MG 24 B', '2.49']), 'Parkhaus Limmatquai');
});

t.test('a logo\'s placeholder, one word in brackets among rules of symbols, is no name: the shop\'s name under it is', async (t) => {
  t.equal(sup(['=== [ LOGO ] ===', 'Albert Heijn Damrak', '(KVK 35012085)', 'Damrak 44, 1012 LK Amsterdam', 'Date: 14/12/2021 Time: 15:22:09']), 'Albert Heijn Damrak');
  t.equal(sup(['=== [ L0G0 ] ===', 'Albert Heijn 1234', 'BTW NL001234567B01', 'Damrak 44,1012 LK Amsterdam', '2021-12-14 15:22:09 Bill No INV739141']), 'Albert Heijn 1234', 'its O read as a zero');
  t.equal(sup(['[LOGO]', 'GREENLEAF GROCERS', 'High Street 5']), 'GREENLEAF GROCERS', 'the brackets alone');
});

t.test('a weight after a figure on an item line ("MILO 1KG", "SUGAR 1 KG") is no legal form: the shop\'s name above outscores the item', async (t) => {
  const head = ['CARREFOUR MARKET', 'SIRET 451 321 335 00012', '12 Rue de Rivoli, 75004 Paris', 'Trans # INV751783', 'Cashier: AMIRAH'];
  t.equal(sup([...head, 'MILO 1KG', '1 x 21.04 21.04', 'MEE GORENG 24.35']), 'CARREFOUR MARKET');
  t.equal(sup([...head, 'SUGAR 1 KG', '1 x 3.20 3.20', 'MEE GORENG 24.35']), 'CARREFOUR MARKET', 'the weight after a space');
  t.equal(sup(['Landmarkt Meyer GmbH & Co. KG', 'Dorfstr. 1', '12345 Berlin']), 'Landmarkt Meyer GmbH & Co. KG', 'a KG after Co. is still one');
});

t.test('a place whose name begins with "Tel" ends a shop name; the telephone\'s "Tel" label is noise', async (t) => {
  t.equal(sup(['Aroma Espresso Bar Tel Aviv', 'Dizengoff St 99', 'VAT/Tax ID: 35033341', 'Receipt No 957127']), 'Aroma Espresso Bar Tel Aviv');
  t.equal(sup(['Falafel House Tel Mond', 'Herzl St 4', 'Receipt No 4411']), 'Falafel House Tel Mond');
  t.not(sup(['Tel: 03-555 1234', 'Corner Deli', 'Main St 5']), 'Tel: 03-555 1234');
  t.equal(sup(['TEL No 0392 1111', 'Corner Deli', 'Main St 5']), 'Corner Deli');
});

t.test('a receipt lying low in the picture: its name is the top of the printed text, not of the page', async (t) => {
  // a phone photo with the table above the receipt: the header starts past 40 % of the page's height
  const low = readingFromText([[...Array(20).fill(''), 'KEDAI RUNCIT MAJU SDN BHD', '(123456-A)', 'NO. 5, JALAN BESAR', '43000 KAJANG', ...Array(8).fill(''), 'TOTAL 5.00']], { kind: 'image' });
  t.equal(receiptSupplier(flattenLines(low))?.name, 'KEDAI RUNCIT MAJU SDN BHD');
  t.equal(sup(['KEDAI RUNCIT MAJU SDN BHD', '(123456-A)', 'NO. 5, JALAN BESAR']), 'KEDAI RUNCIT MAJU SDN BHD', 'a receipt filling the page as before');
});

t.test('what follows a legal name\'s legal form after a dash or a bar is its channel or branch, not its name (a fresh tester\'s webshop order)', async (t) => {
  t.equal(cleanCompanyName('BOEKHANDEL DE SCHELDE BV - webshop', true), 'BOEKHANDEL DE SCHELDE BV');
  t.equal(cleanCompanyName('Müller GmbH | Filiale Nord', true), 'Müller GmbH');
  t.equal(cleanCompanyName('Jean-Marc - Boulangerie SARL', true), 'Jean-Marc - Boulangerie SARL', 'the dash before the legal form: one name');
  t.equal(cleanCompanyName('Kaffebar - Hansen', true), 'Kaffebar - Hansen', 'no legal form: left as printed');
});
