/**
 * The web page's history filter offers every processable type and no other, each under its
 * noun (schemas/document-types.ts): the page is a fixed file, so a new type must be added to
 * its <select> by hand, and this test says so.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_TYPES, PROCESSABLE_TYPES } from '../../../schemas/document-types.ts';

const page = readFileSync(fileURLToPath(new URL('../../../gateway/web/public/index.html', import.meta.url)), 'utf8');

t.test('the type filter lists the processable types', async (t) => {
  const select = /<select id="filter-type">([\s\S]*?)<\/select>/.exec(page)?.[1];
  t.ok(select, 'the page has its type filter');
  const options = [...(select ?? '').matchAll(/<option value="([^"]+)">([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
  t.same(options, PROCESSABLE_TYPES.map((type) => [type, DOCUMENT_TYPES[type].noun]));
});
