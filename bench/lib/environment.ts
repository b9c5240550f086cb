/**
 * @module bench/lib/environment
 * The header every bench prints first, so figures are never read without their context.
 */
import os from 'node:os';
import { execFileSync } from 'node:child_process';

export function printEnvironment(title: string, extra: Record<string, string | number>): void {
  let nofile = 'unknown';
  try {
    nofile = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  } catch {
    /* keep unknown */
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  console.log(`# ${title}`);
  console.log(`cores ${os.availableParallelism()} (${cpu}), memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${os.platform()} ${os.release()}, ulimit -n ${nofile}`);
  console.log(Object.entries(extra).map(([k, v]) => `${k}=${v}`).join('  '));
  console.log(`started ${new Date().toISOString()}; ${loadNote()}`);
}

/** "load average 1.20 0.90 0.50 on 2 cores": other work on the machine skews every figure. */
export function loadNote(): string {
  return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.availableParallelism()} cores`;
}
