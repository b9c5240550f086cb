/**
 * @module test/engine/parse
 * Every spec of test/engine/parse/, run in this one process (test/helpers/run-specs.ts says why).
 * `npx tap test/engine/parse/<spec>.test.ts` runs one of them alone.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSpecsIn } from '../helpers/run-specs.ts';

await runSpecsIn(path.join(path.dirname(fileURLToPath(import.meta.url)), 'parse'));
