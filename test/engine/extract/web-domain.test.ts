/**
 * @module test/engine/extract/web-domain
 * The issuer's web and mail domains as evidence of its name.
 */
import t from 'tap';
import { columnsOf, domainNames, namedByDomain } from '../../../engine/extract/web-domain.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const lines = (texts: string[]) => flattenLines(readingFromText([texts]));

t.test('the name part of each printed mail and web domain, free-mail providers left out', async (t) => {
  t.same(domainNames(lines(['info@cronus.com', 'www.kraxi.de', 'billing@accounts.acme.co.uk', 'https://shop.example-store.com.au/x', 'jane.doe@gmail.com'])).sort(),
    ['acme', 'cronus', 'examplestore', 'kraxi']);
  t.same(domainNames(lines(['Total 12.50', 'Thank you'])), [], 'none printed');
});

t.test('a domain names a company by its letters run together, a word of four letters or more, or its first words', async (t) => {
  t.ok(namedByDomain('CRONUS DE', ['cronus']));
  t.ok(namedByDomain('Kraxi GmbH', ['kraxi']));
  t.ok(namedByDomain('Northwind Traders Ltd', ['northwindtraders']));
  t.ok(namedByDomain('Hansen Bürotechnik GmbH', ['burotechnik']), 'accents folded');
  t.notOk(namedByDomain('Adatum Corporation', ['cronus']));
  t.notOk(namedByDomain('Le Client', ['le']), 'a short word is no evidence');
});

t.test('the columns of a row, left to right', async (t) => {
  t.same(columnsOf(lines(['Adatum Corporation                 CRONUS DE'])[0]), ['Adatum Corporation', 'CRONUS DE']);
  t.same(columnsOf(lines(['Kraxi GmbH'])[0]), ['Kraxi GmbH']);
});
