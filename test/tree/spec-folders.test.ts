/**
 * @module test/tree/spec-folders
 * The folders whose specs run together in one process (test/helpers/run-specs.ts) are exactly the
 * folders package.json's tap `exclude` leaves out of the whole-suite glob: each has its runner
 * file (`test/engine/<folder>.test.ts` calling runSpecsIn), so no spec is skipped and none runs
 * twice. And their specs stay pure, as sharing a process needs: no `t.before`, no teardown, no
 * environment variables, servers, OCR pools, child processes or timers.
 */
import t from 'tap';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tap = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).tap as { exclude?: string[] };
const excluded = (tap.exclude ?? []).map((g) => g.replace(/\/\*\*$/, ''));

t.test('every excluded folder has a runner file that runs it, and every runner folder is excluded', async (t) => {
  t.ok(excluded.length > 0, 'the suite runs some folders together');
  for (const dir of excluded) {
    t.ok(existsSync(path.join(ROOT, dir)), `${dir} exists`);
    const runner = path.join(ROOT, `${dir}.test.ts`);
    t.ok(existsSync(runner), `${dir}.test.ts runs ${dir}`);
    if (existsSync(runner)) t.match(readFileSync(runner, 'utf8'), new RegExp(`runSpecsIn\\(.*'${path.basename(dir)}'\\)`), `${dir}.test.ts calls runSpecsIn on its folder`);
  }
  const runners = readdirSync(path.join(ROOT, 'test/engine')).filter((f) => f.endsWith('.test.ts') && readFileSync(path.join(ROOT, 'test/engine', f), 'utf8').includes('runSpecsIn('));
  t.same(runners.map((f) => `test/engine/${f.replace(/\.test\.ts$/, '')}`).sort(), [...excluded].sort(), 'no runner for a folder the glob still runs file by file');
});

t.test('the specs that share a process hold no state of their own beyond their tests', async (t) => {
  const IMPURE = /\bt\.(?:before|beforeEach|after|afterEach|teardown)\(|process\.env|createServer|\.listen\(|OcrPool|createRecogniser|child_process|setInterval\(|t\.only\(/;
  for (const dir of excluded) {
    for (const f of readdirSync(path.join(ROOT, dir)).filter((n) => n.endsWith('.test.ts'))) {
      const hit = IMPURE.exec(readFileSync(path.join(ROOT, dir, f), 'utf8'));
      t.notOk(hit, `${dir}/${f}${hit ? ` uses ${hit[0]}` : ''}`);
    }
  }
});
