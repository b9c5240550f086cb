/**
 * Comments and the README name files that exist: a path such as `adapters/db/migrate.ts` or
 * `./request-watch.ts` in a comment of a source file, or anywhere in a Markdown file, must be a
 * file or folder of the tree (read from the file's folder, from the root, or as the tail of a
 * path in the tree) or of an installed package (`pdfjs-dist/package.json`). A file moved or
 * deleted without its mentions fails here, naming the file and line.
 * Not checked: patterns (`NNN_name.sql`, `*`), URLs, and another project's files named as
 * theirs ("fastify's lib/errors.js").
 */
import t from 'tap';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP_DIRS = new Set(['node_modules', '.git', '.tap', 'coverage', 'public']);

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) || e.name.startsWith('.') ? [] : walk(rel);
    return [rel];
  });
}

const files = walk('');
const known = new Set(files);
for (const f of files) for (let d = path.posix.dirname(f); d !== '.'; d = path.posix.dirname(d)) known.add(d);

const REF = /(?<![\w./@${}-])((?:\.{1,2}\/)*(?:[\w.-]+\/)+[\w.-]+\.(?:ts|mjs|cjs|js|sql|json|sh|ya?ml|md))\b/g;

/** The comments of a source file, other lines blanked (line numbers kept). */
function comments(text: string): string {
  const out = text.replace(/[^\n]/g, ' ').split('');
  for (const m of text.matchAll(/\/\*[\s\S]*?\*\/|(^|[^:'"`\\])(\/\/.*)$/gm)) {
    const start = m.index! + (m[2] ? m[0].length - m[2].length : 0);
    const body = m[2] ?? m[0];
    for (let i = 0; i < body.length; i++) out[start + i] = body[i]!;
  }
  return out.join('');
}

function exists(from: string, ref: string): boolean {
  const tail = ref.replace(/^(\.{1,2}\/)+/, '');
  if (known.has(path.posix.normalize(path.posix.join(path.posix.dirname(from), ref))) || known.has(path.posix.normalize(ref))) return true;
  for (const f of known) if (f.endsWith(`/${tail}`)) return true;
  // An installed package's file: pdfjs-dist/package.json, @scope/name/...
  return !ref.startsWith('.') && existsSync(path.join(ROOT, 'node_modules', ref));
}

function staleReferences(): string[] {
  const stale: string[] = [];
  for (const file of files) {
    const isDoc = file.endsWith('.md');
    if (!isDoc && !/\.(ts|mjs|cjs)$/.test(file)) continue;
    const raw = readFileSync(path.join(ROOT, file), 'utf8');
    const text = isDoc ? raw : comments(raw);
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(REF)) {
        const ref = m[1]!;
        const before = line.slice(0, m.index);
        if (/NNN|\*/.test(ref) || /:\/\/\S*$/.test(before) || /\w's\s+`?$/.test(before)) continue;
        if (!exists(file, ref)) stale.push(`${file}:${i + 1}: ${ref}`);
      }
    });
  }
  return stale;
}

t.test('every file a comment or README names exists', async (t) => {
  t.ok(files.length > 200, `read ${files.length} files`);
  t.same(staleReferences(), [], 'fix or remove these mentions');
});

t.test('the check sees a path in a comment and ignores one in code', async (t) => {
  const missing = ['gateway', 'also-nope.ts'].join('/'); // not written out, or this file would fail the check
  const text = `const a = 'gateway/nope.ts';\n// see ${missing}\n/* and adapters/db/migrate.ts */`;
  const refs = [...comments(text).matchAll(REF)].map((m) => m[1]);
  t.same(refs, [missing, 'adapters/db/migrate.ts']);
  t.notOk(exists('x.ts', missing));
  t.ok(exists('x.ts', 'adapters/db/migrate.ts'));
  t.ok(exists('actors/request/request-registry.ts', './request-watch.ts'));
});
