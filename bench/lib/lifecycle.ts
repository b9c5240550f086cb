/**
 * @module bench/lib/lifecycle
 * Makes a bench script stop by itself and leave nothing behind: cleanups are registered as
 * resources are created and run once, newest first, on normal completion, on an error, on
 * Ctrl-C / SIGTERM, and when the script's hard deadline passes. A cleanup that throws is
 * reported and the others still run.
 */

type Cleanup = { name: string; run: () => Promise<unknown> };

const cleanups: Cleanup[] = [];
let running: Promise<void> | undefined;

export function onCleanup(name: string, run: () => Promise<unknown>): void {
  cleanups.push({ name, run });
}

export function cleanupAll(): Promise<void> {
  return (running ??= (async () => {
    while (cleanups.length) {
      const c = cleanups.pop()!;
      try {
        await Promise.race([
          c.run(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 20 s')), 20_000).unref()),
        ]);
      } catch (e) {
        console.error(`cleanup "${c.name}" failed: ${(e as Error).message}`);
      }
    }
  })());
}

/**
 * Runs `main` with cleanup on every exit path and a hard deadline (`maxSeconds`).
 * Exit codes: 0 done, 1 error, 124 deadline, 130 interrupted.
 */
export function runBench(main: () => Promise<void>, maxSeconds: number): void {
  const finish = async (code: number, why?: string) => {
    if (why) console.error(why);
    await cleanupAll();
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => void finish(130, `\n${sig}: cleaning up...`));
  }
  const deadline = setTimeout(() => void finish(124, `hard deadline of ${maxSeconds} s reached: cleaning up...`), maxSeconds * 1000);
  deadline.unref();
  main().then(
    () => finish(0),
    (e: Error) => finish(1, `bench failed: ${e.stack ?? e.message}`),
  );
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` every `everyMs` until it returns true or `timeoutMs` passes (then false). */
export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 250): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= end) return false;
    await sleep(everyMs);
  }
}
