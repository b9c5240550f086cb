/**
 * @module cli-submit
 * `docextract submit FILE... [--url URL]... [--wait] [--type HINT]`: uploads each file
 * (multipart `file`) and submits each URL (`url`, or `s3_url` for s3://...), a few at a time.
 * Without --wait it prints each 202 acceptance; with --wait it asks the service to wait
 * (`wait=true`) and, for a request still processing when that answers 202, polls
 * GET /v1/requests/{id} at the advised interval until it is completed or failed, then prints
 * the result. Several documents show a progress bar on a terminal (stderr).
 *
 * Failure: a missing file is a usage error (2) before anything is sent; a refused submission
 * (413, 415, 401, ...) is 4; a document classified as other (422 not_processed) or whose
 * processing failed makes the exit code 1 once every document is done.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { request, type ClientSettings } from './client.ts';
import { CliError, EXIT } from './errors.ts';

export interface SubmitOptions {
  files: string[];
  urls: string[];
  wait: boolean;
  typeHint?: string;
  /** Overall limit for --wait, in seconds. */
  waitTimeoutS: number;
  concurrency: number;
  progress: boolean;
}

export interface SubmitResult {
  source: string;
  body: Record<string, unknown>;
  /** completed | failed | processing | not_processed */
  status: string;
}

type Source = { kind: 'file'; path: string; bytes: Buffer } | { kind: 'url'; url: string };

async function submitOne(s: ClientSettings, src: Source, opts: SubmitOptions): Promise<Record<string, unknown>> {
  const query = opts.wait ? '?wait=true' : '';
  if (src.kind === 'file') {
    const form = new FormData();
    form.append('file', new Blob([src.bytes]), path.basename(src.path));
    if (opts.typeHint) form.append('document_type', opts.typeHint);
    return (await request(s, 'POST', `/v1/documents/process-async${query}`, { form, auth: 'api_key', accept: [200, 202, 422] })).body;
  }
  const json: Record<string, string> = src.url.startsWith('s3://') ? { s3_url: src.url } : { url: src.url };
  if (opts.typeHint) json.document_type = opts.typeHint;
  return (await request(s, 'POST', `/v1/documents/process-async${query}`, { json, auth: 'api_key', accept: [200, 202, 422] })).body;
}

/** Polls GET /v1/requests/{id} until terminal or the deadline (then returns the last view). */
async function pollUntilDone(s: ClientSettings, accepted: Record<string, unknown>, deadline: number): Promise<Record<string, unknown>> {
  const id = String(accepted.request_id);
  const every = Math.max(0.2, Math.min(Number(accepted.poll_interval_seconds ?? 2), 5)) * 1000;
  for (;;) {
    const view = (await request(s, 'GET', `/v1/requests/${encodeURIComponent(id)}`, { auth: 'api_key' })).body;
    if (view.status !== 'processing' || Date.now() + every > deadline) return view;
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Submits every source; resolves with one result per source, in the order given. */
export async function submitAll(s: ClientSettings, opts: SubmitOptions): Promise<SubmitResult[]> {
  const sources: Source[] = [];
  for (const f of opts.files) {
    try {
      sources.push({ kind: 'file', path: f, bytes: await readFile(f) });
    } catch (e) {
      throw new CliError(`cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, EXIT.USAGE);
    }
  }
  for (const u of opts.urls) sources.push({ kind: 'url', url: u });
  if (!sources.length) throw new CliError('nothing to submit: name at least one FILE or --url', EXIT.USAGE);

  const bar =
    opts.progress && sources.length > 1
      ? new SingleBar({ format: '{bar} {value}/{total} documents {phase}', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 200 }, Presets.shades_classic)
      : undefined;
  bar?.start(sources.length, 0, { phase: opts.wait ? 'processed' : 'submitted' });
  const deadline = Date.now() + opts.waitTimeoutS * 1000;
  const results: SubmitResult[] = new Array(sources.length);
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      const src = sources[i]!;
      let body = await submitOne(s, src, opts);
      if (opts.wait && body.status === 'processing') body = await pollUntilDone(s, body, deadline);
      results[i] = { source: src.kind === 'file' ? src.path : src.url, body, status: String(body.status) };
      bar?.increment();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(opts.concurrency, sources.length) }, worker));
  } finally {
    bar?.stop();
  }
  return results;
}
