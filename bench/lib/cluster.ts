/**
 * @module bench/lib/cluster
 * Starts the service as separate OS processes (exactly `npm start`, via spawnServiceProcess)
 * for a bench: `embedded` = one ROLE=all process on a temp DATA_DIR; `distributed` = gateways
 * and workers sharing a fresh PostgreSQL database, s3rver and a unique RabbitMQ prefix, with
 * one JWT_SECRET so every gateway accepts the same API keys. Every process is stopped at
 * cleanup (SIGTERM, then SIGKILL after 15 s).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { spawnServiceProcess, type ServiceProcess } from '../../test/helpers/service.ts';
import { onCleanup } from './lifecycle.ts';
import { AMQP_URL, amqpPrefix, freshDatabase, freshDataDir, startS3 } from './infra.ts';

export type Mode = 'distributed' | 'embedded';
export const MODES = ['distributed', 'embedded'] as const;

export interface Cluster {
  mode: Mode;
  /** Env shared by every process of the run (database, broker, blobs, secret). */
  env: Record<string, string>;
  databaseUrl?: string;
  amqpPrefix?: string;
  /** Starts one more process with this role on the shared env. */
  spawn(role: 'all' | 'gateway' | 'worker', extra?: Record<string, string>): Promise<ServiceProcess>;
}

export async function createCluster(mode: Mode, tag: string): Promise<Cluster> {
  const env: Record<string, string> = {
    JWT_SECRET: randomBytes(24).toString('hex'),
    DATA_DIR: await freshDataDir(),
    PORT: '0',
  };
  let databaseUrl: string | undefined;
  let prefix: string | undefined;
  if (mode === 'distributed') {
    databaseUrl = await freshDatabase();
    prefix = amqpPrefix(tag);
    Object.assign(env, await startS3(), { DATABASE_URL: databaseUrl, AMQP_URL, AMQP_PREFIX: prefix });
  }
  return {
    mode,
    env,
    databaseUrl,
    amqpPrefix: prefix,
    async spawn(role, extra = {}) {
      const proc = await spawnServiceProcess({ ...env, ROLE: role, ...extra }, 120_000);
      onCleanup(`stop ${role} pid ${proc.child.pid}`, async () => {
        const killer = setTimeout(() => void proc.kill('SIGKILL'), 15_000);
        try {
          const code = await proc.stop();
          if (code !== 0) console.error(`${role} pid ${proc.child.pid} exited with ${code}; last output:\n${tail(proc.output(), 15)}`);
        } finally {
          clearTimeout(killer);
        }
      });
      proc.child.once('exit', (code, signal) => {
        if (code !== 0 && code !== null) console.error(`${role} pid ${proc.child.pid} exited early (${code ?? signal}):\n${tail(proc.output(), 15)}`);
      });
      return proc;
    },
  };
}

/** Resident set size of a process in bytes (VmRSS in /proc/<pid>/status). */
export function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]) * 1024;
}

export function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15; USER_HZ is 100 on Linux.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
