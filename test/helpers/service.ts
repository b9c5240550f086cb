/**
 * Runs the whole service for a test: in this process (startTestService, role `all` on the
 * embedded defaults unless env says otherwise) or as a separate OS process (spawnServiceProcess,
 * exactly what `npm start` runs), plus small clients for its HTTP interface.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../foundation/config.ts';
import { startService, type RunningService } from '../../supervisors/service.ts';
import { silentLogger } from '../../foundation/logger.ts';
import { tempDataDir } from './databases.ts';
import { call, type CallResult } from './http-server.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TestService {
  base: string;
  service: RunningService;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startTestService(env: Record<string, string> = {}, dataDir?: string): Promise<TestService> {
  const tmp = dataDir ? null : await tempDataDir();
  const dir = dataDir ?? tmp!.dir;
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const service = await startService(config, silentLogger);
  return {
    base: `http://127.0.0.1:${service.port}`,
    service,
    dataDir: dir,
    async stop() {
      await service.stop();
      await tmp?.remove();
    },
  };
}

export interface ServiceProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `node --import tsx supervisors/main.ts` with env (or, with `via: 'npm-start'`, the
 * `npm start` a user runs, whose node process is then a grandchild or, with the script's `exec`,
 * npm's child); resolves once it logged "service started".
 */
export async function spawnServiceProcess(env: Record<string, string>, timeoutMs = 60_000, via: 'node' | 'npm-start' = 'node'): Promise<ServiceProcess> {
  const [cmd, args] = via === 'node' ? [process.execPath, ['--import', 'tsx', 'supervisors/main.ts']] : ['npm', ['start', '--silent']];
  const child = spawn(cmd, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const started = await new Promise<{ port?: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start in time:\n${out}`)), timeoutMs);
    const check = () => {
      const m = /^.*"msg":"service started".*$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        const port = /"port":(\d+)/.exec(m[0]);
        resolve({ port: port ? Number(port[1]) : undefined });
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code} before starting:\n${out}`));
    });
  });
  const exited = once(child, 'exit');
  return {
    child,
    base: `http://127.0.0.1:${started.port ?? 0}`,
    output: () => out,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = await exited;
      return code as number | null;
    },
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}

/** Multipart upload to /v1/documents/process-async. */
export async function submitFile(
  base: string,
  apiKey: string,
  bytes: Buffer,
  filename: string,
  opts: { query?: string; fields?: Record<string, string>; mime?: string; headers?: Record<string, string> } = {},
): Promise<CallResult> {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: opts.mime ?? 'application/octet-stream' }), filename);
  for (const [k, v] of Object.entries(opts.fields ?? {})) form.append(k, v);
  const res = await fetch(`${base}/v1/documents/process-async${opts.query ?? ''}`, {
    method: 'POST',
    headers: { 'x-api-key': apiKey, ...opts.headers },
    body: form,
  });
  const text = await res.text();
  const { decode } = await import('@toon-format/toon');
  let data: any;
  try {
    data = decode(text);
  } catch {
    data = undefined;
  }
  return { status: res.status, headers: res.headers, text, data };
}

/** GET /v1/requests/{id} until it is terminal (the REST polling a client would do). */
export async function waitForResult(base: string, apiKey: string, requestId: string, timeoutMs = 60_000): Promise<CallResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await call(base, 'GET', `/v1/requests/${requestId}`, { apiKey });
    if (r.status !== 200 || r.data?.status !== 'processing') return r;
    if (Date.now() > deadline) throw new Error(`request ${requestId} still processing after ${timeoutMs} ms`);
    await new Promise((res) => setTimeout(res, 200));
  }
}
