/**
 * @module test/helpers/run-specs
 * Runs every spec file (`*.test.ts`) of one folder in the calling process, in name order.
 *
 * Why: a spec of the engine's rules on text takes a few milliseconds to run, but a process of its
 * own costs one to eight seconds of CPU before the first assertion (Node, tsx, tap, and V8 compiling
 * the engine's several hundred label regexes: `keyword()` in engine/parse/lines.ts). Run one
 * process per file, the 305 specs of `test/engine/{classify,derive,extract,parse}` were about
 * half of the suite's time; run together, they pay that cost once per folder.
 *
 * Only for folders whose specs are pure: no `t.before`, no teardown, no environment, servers,
 * OCR pools or timers (test/tree/spec-folders.test.ts checks this). Each spec registers its
 * `t.test(...)` on tap's root test as it would alone; a failure names its spec file in tap's
 * `at:`. `npx tap <one spec file>` still runs a single file in its own process (package.json's
 * `exclude` leaves these folders out of the whole-suite glob only, not out of named files).
 */
import t from 'tap';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Imports every `*.test.ts` file directly in `dir` (an absolute path), sorted by name, so tap runs
 * their root-level tests in this process. Raises the root test's timeout to `timeoutMs` (ms;
 * package.json's per-file timeout, 300 s, is meant for one file). Throws what an import throws.
 */
export async function runSpecsIn(dir: string, timeoutMs = 1_500_000): Promise<void> {
  t.setTimeout(timeoutMs);
  const specs = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort();
  if (!specs.length) throw new Error(`no spec files in ${dir}`);
  for (const f of specs) await import(pathToFileURL(path.join(dir, f)).href);
}
