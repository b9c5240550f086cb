/**
 * @module test/engine/derive
 * Every spec of test/engine/derive/, run in this one process (test/helpers/run-specs.ts says why).
 * `npx tap test/engine/derive/<spec>.test.ts` runs one of them alone.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSpecsIn } from '../helpers/run-specs.ts';

await runSpecsIn(path.join(path.dirname(fileURLToPath(import.meta.url)), 'derive'));
