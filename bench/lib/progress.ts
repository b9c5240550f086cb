/**
 * @module bench/lib/progress
 * How many requests have reached a terminal status, read without touching the API under test:
 * distributed runs count rows in the shared PostgreSQL database; embedded runs (PGlite inside
 * the service, one connection) read the worker's `extraction_jobs_total` counter on /metrics.
 */
import postgres from 'postgres';
import type { Cluster } from './cluster.ts';
import { onCleanup } from './lifecycle.ts';

export type TerminalCounter = () => Promise<number>;

export function terminalCounter(cluster: Cluster, base: string): TerminalCounter {
  if (cluster.databaseUrl) {
    const sql = postgres(cluster.databaseUrl, { max: 1, onnotice: () => {} });
    onCleanup('close progress db client', () => sql.end({ timeout: 5 }));
    return async () => {
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from requests where status <> 'processing'`;
      return row!.n;
    };
  }
  return async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    let n = 0;
    for (const m of text.matchAll(/^extraction_jobs_total\{outcome="(completed|failed)"[^}]*\} (\d+)/gm)) n += Number(m[2]);
    return n;
  };
}
