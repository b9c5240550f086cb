/**
 * The README's Architecture section draws the tree as it is: every top-level folder of the
 * project has its row (bin/ and docs/ hold no code of their own), every row names a folder that
 * exists, and each service folder's row names every subfolder it has (`read/`, `webhooks/`).
 * A folder added or moved without the drawing fails here. Folders .gitignore names (`data/`,
 * which `npm start` creates in the checkout) are the running service's, not the project's.
 */
import t from 'tap';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Top-level folders .gitignore names ("data/", "/tmp/", "node_modules": a bare name ignores a folder, and a link, of that name). */
const IGNORED = readFileSync(path.join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((l) => /^\/?([\w.-]+)\/?$/.exec(l.trim())?.[1])
  .filter((d): d is string => !!d);
const NOT_DRAWN = new Set(['bin', 'docs', ...IGNORED]);
const SERVICE = ['foundation', 'schemas', 'engine', 'adapters', 'actors', 'gateway', 'supervisors'];

const subfolders = (dir: string) =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name);

/** The drawing: the first fenced block under "## Architecture", as folder -> its row's text. */
function drawing(): Map<string, string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Architecture'));
  const block = /```\n([\s\S]*?)```/.exec(section)![1]!;
  const rows = new Map<string, string>();
  let current = '';
  for (const line of block.split('\n')) {
    const m = /^([\w-]+)\/\s/.exec(line);
    if (m) rows.set((current = m[1]!), line);
    else if (current) rows.set(current, `${rows.get(current)}\n${line}`);
  }
  return rows;
}

t.test('the drawing has a row for every top-level folder, and no other', async (t) => {
  const rows = drawing();
  const folders = subfolders('').filter((d) => !NOT_DRAWN.has(d)).sort();
  t.same([...rows.keys()].sort(), folders);
});

t.test("each service folder's row names all its subfolders", async (t) => {
  const rows = drawing();
  for (const dir of SERVICE) {
    const row = rows.get(dir) ?? '';
    const missing = subfolders(dir).filter((sub) => !new RegExp(`(^|[\\s(,])${sub}/`).test(row));
    t.same(missing, [], `${dir}/`);
  }
});
