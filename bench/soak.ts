/**
 * @module bench/soak
 * Memory soak: one service process (ROLE=all on the embedded defaults, exactly `npm start`)
 * receives a mixed stream for `--minutes` and the script prints its RSS every minute, with the
 * answers it gave. A script that prints figures, not a test.
 *
 *   npm run bench:soak -- [--minutes 30] [--concurrency 4]
 *
 * The stream, round robin: receipt PNGs (OCR), invoice PDFs (text layer), landscape photos
 * (no document: 422), and bad inputs: a decompression-bomb PDF (~300 kB inflating to 300 MB:
 * 413), a truncated PDF, random bytes (415), an empty upload (400), an encrypted PDF. Flat RSS
 * after the first minutes is the goal: whatever the heavy cases allocate must be given back.
 */
import { randomBytes } from 'node:crypto';
import { parseFlags } from './lib/args.ts';
import { createCluster, rssBytes } from './lib/cluster.ts';
import { multipartUpload, submit, type Upload } from './lib/client.ts';
import { printEnvironment } from './lib/environment.ts';
import { runBench, sleep } from './lib/lifecycle.ts';
import { fmtCounts, mib } from './lib/stats.ts';
import { registerAndLogin } from '../test/helpers/http-server.ts';
import { makeCorruptPdf, makeEncryptedPdf, makeInvoicePdf, makeLandscapePhoto, makeReceiptImage } from '../test/helpers/make-documents.ts';
import { makeInflateBombPdf } from '../test/helpers/make-bomb-pdf.ts';

const flags = parseFlags(
  process.argv.slice(2),
  {
    minutes: { default: 30, help: 'how long to send' },
    concurrency: { default: 4, help: 'submits in flight' },
  },
  'npm run bench:soak -- [--minutes M] [--concurrency C]',
);

async function uploads(): Promise<Upload[]> {
  const out: Upload[] = [];
  for (let i = 0; i < 3; i++) {
    out.push(multipartUpload(await makeReceiptImage({ format: 'png', supplier: `SHOP ${i}`, total: 12.5 + i }), `r${i}.png`, 'image/png', 'receipt'));
    out.push(multipartUpload(await makeInvoicePdf({ invoiceNumber: `INV-${i}` }), `i${i}.pdf`, 'application/pdf', 'invoice'));
  }
  out.push(multipartUpload(await makeLandscapePhoto('jpeg'), 'photo.jpg', 'image/jpeg', 'photo'));
  out.push(multipartUpload(await makeInflateBombPdf(300 * 1024 * 1024), 'bomb.pdf', 'application/pdf', 'bomb'));
  out.push(multipartUpload(await makeCorruptPdf(), 'corrupt.pdf', 'application/pdf', 'corrupt'));
  out.push(multipartUpload(randomBytes(4096), 'noise.bin', 'application/octet-stream', 'noise'));
  out.push(multipartUpload(Buffer.alloc(0), 'empty.pdf', 'application/pdf', 'empty'));
  out.push(multipartUpload(await makeEncryptedPdf(), 'locked.pdf', 'application/pdf', 'encrypted'));
  return out;
}

async function main(): Promise<void> {
  printEnvironment('bench:soak', { minutes: flags.minutes, concurrency: flags.concurrency });
  const cluster = await createCluster('embedded', 'soak');
  const proc = await cluster.spawn('all');
  const pid = proc.child.pid!;
  const user = await registerAndLogin(proc.base);
  const docs = await uploads();
  console.log(`ROLE=all pid ${pid}; ${docs.length} kinds of input; RSS at start ${mib(rssBytes(pid))}`);

  const end = Date.now() + flags.minutes * 60_000;
  let n = 0;
  let counts = new Map<string, number>();
  const lanes = Array.from({ length: Math.max(1, flags.concurrency) }, async () => {
    while (Date.now() < end) {
      const up = docs[n++ % docs.length]!;
      const r = await submit(proc.base, user.apiKey, up, 120_000);
      const key = `${up.kind} ${r.status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  const rss: number[] = [];
  const sampler = (async () => {
    for (let minute = 1; Date.now() < end; minute++) {
      await sleep(Math.min(60_000, Math.max(0, end - Date.now())));
      const now = rssBytes(pid);
      rss.push(now);
      console.log(`minute ${minute}: RSS ${mib(now)}; answers ${fmtCounts(counts)}`);
      counts = new Map();
    }
  })();
  await Promise.all([...lanes, sampler]);
  const first = rss[0] ?? NaN;
  const last = rss[rss.length - 1] ?? NaN;
  console.log(`\nRSS after minute 1 ${mib(first)}, at the end ${mib(last)}, peak ${mib(Math.max(...rss))}; ${n} submits`);
}

runBench(main, flags.minutes * 60 + 600);
