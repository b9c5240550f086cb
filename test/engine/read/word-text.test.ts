/**
 * @module test/engine/read/word-text
 * A recognised word's characters are normalised and glued words are split.
 */
import t from 'tap';
import { normaliseWordText, splitGluedWord } from '../../../engine/read/word-text.ts';

t.test('full-width forms become plain ones', async (t) => {
  t.equal(normaliseWordText('TOTAL：'), 'TOTAL:');
  t.equal(normaliseWordText('（RM）'), '(RM)');
  t.equal(normaliseWordText('１２.５０'), '12.50');
});

t.test('O and l/I inside figures are digits; words without figures keep their letters', async (t) => {
  t.equal(normaliseWordText('1O.5O'), '10.50');
  t.equal(normaliseWordText('RM1O.5O'), 'RM10.50');
  t.equal(normaliseWordText('2l/O1/2019'), '21/01/2019');
  t.equal(normaliseWordText('I2:3O'), 'I2:30', 'a figure starts at its first digit');
  t.equal(normaliseWordText('TOOL'), 'TOOL');
  t.equal(normaliseWordText('10OZ'), '10OZ', 'a unit after a figure is no digit');
  t.equal(normaliseWordText('2l'), '2l', 'one digit is too little evidence');
});

t.test('a date glued to a time is two words', async (t) => {
  t.same(splitGluedWord('23-01-201913:14:15PM').map((p) => p.text), ['23-01-2019', '13:14:15PM']);
  t.same(splitGluedWord('23/01/1913:14').map((p) => p.text), ['23/01/19', '13:14']);
  t.same(splitGluedWord('23-01-201913:14:15PM')[1].start, 10, 'offset of the second part');
  t.same(splitGluedWord('TOTAL12.50').map((p) => p.text), ['TOTAL', '12.50']);
  t.same(splitGluedWord('RM12.50').map((p) => p.text), ['RM12.50'], 'a two-letter currency stays on its amount');
  t.same(splitGluedWord('23-01-2019').map((p) => p.text), ['23-01-2019']);
  t.same(splitGluedWord('Apr201818:21').map((p) => p.text), ['Apr', '2018', '18:21'], 'a month glued to its year and time');
  t.same(splitGluedWord('16Jun2018').map((p) => p.text), ['16', 'Jun', '2018']);
  t.same(splitGluedWord('Jun2018')[1].start, 3);
  t.same(splitGluedWord('June').map((p) => p.text), ['June'], 'a month alone stays');
  t.same(splitGluedWord('201818:40').map((p) => p.text), ['2018', '18:40'], 'a year glued to a time ("14 Mar 201818:40")');
  t.same(splitGluedWord('2018').map((p) => p.text), ['2018'], 'a year alone stays');
  t.same(splitGluedWord('123418:40').map((p) => p.text), ['123418:40'], 'four digits that are no year of ours stay');
});
