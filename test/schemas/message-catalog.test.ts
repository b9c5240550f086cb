/**
 * Messages live in the catalog (schemas/errors.ts: MESSAGES for what a client can read,
 * INTERNAL_MESSAGES for the rest): no throw site in the service's folders writes its own
 * message. An error built with a string or template literal as its message fails this test,
 * naming the file and line; pass a catalogued message instead (appError, internalMessage).
 * Also: every catalogued message is used somewhere, so the catalog holds no dead entries.
 */
import t from 'tap';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTERNAL_MESSAGES, MESSAGES } from '../../schemas/errors.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FOLDERS = ['foundation', 'schemas', 'engine', 'adapters', 'actors', 'gateway', 'supervisors'];
/** foundation/ sits below the catalog (it may not import schemas/): its ConfigError and start-up checks keep their text. */
const EXEMPT = new Set(['schemas/errors.ts',
 'foundation/config.ts', 'foundation/service-secrets.ts', 'foundation/metrics.ts']);

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'public' || e.name === 'node_modules' ? [] : sources(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

/** The code of a file with comments blanked out (line count kept), so prose may quote anything. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const LITERAL = `\\s*['"\`]`;
/** Errors whose first argument is a code, kind or label, not the message. */
const CODE_FIRST = 'AppError|VlmError|ResultShapeError';
const PATTERNS = [
  // new Error('...'), new RangeError(`...`), new ConfigError("...")
  new RegExp(`new (?!${CODE_FIRST})\\w*Error\\(${LITERAL}`),
  // new AppError(code, '...'), new VlmError(kind, `...`): the message is the second argument
  new RegExp(`new (${CODE_FIRST})\\(\\s*[^,()]+,${LITERAL}`),
  // any AppError built by hand: appError('NAME', values) builds it from the catalog
  /new AppError\(/,
  // throw 'text', reject('text')
  new RegExp(`(throw|reject\\()${LITERAL}`),
];

const files = FOLDERS.flatMap(sources);

t.test('no throw site outside the catalog writes its own message', async (t) => {
  t.ok(files.length > 100, `read ${files.length} files`);
  const offenders: string[] = [];
  for (const file of files) {
    if (EXEMPT.has(file)) continue;
    code(readFileSync(path.join(ROOT, file), 'utf8'))
      .split('\n')
      .forEach((line, i) => {
        if (PATTERNS.some((p) => p.test(line))) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  t.same(offenders, [], 'move these messages into schemas/errors.ts');
});

t.test('the patterns catch what they are meant to', async (t) => {
  for (const bad of ["throw new AppError(code, message)", "throw new Error('x')", 'reject(new RangeError(`x ${y}`))', "new AppError('BAD_REQUEST', 'x')", 'new VlmError(\'schema\', "x")', "throw 'x'"]) {
    t.ok(PATTERNS.some((p) => p.test(bad)), bad);
  }
  for (const good of ["throw appError('NOT_FOUND')", "new Error(internalMessage('NO_ANSWER'))", "// throw new Error('in a comment')"]) {
    t.notOk(PATTERNS.some((p) => p.test(code(good))), good);
  }
});

t.test('every catalogued message is used', async (t) => {
  const all = files.filter((f) => f !== 'schemas/errors.ts').map((f) => readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
  const unused = [...Object.keys(MESSAGES), ...Object.keys(INTERNAL_MESSAGES)].filter((name) => !all.includes(`'${name}'`));
  t.same(unused, [], 'remove messages nothing throws');
});
