/**
 * @module cli-main
 * `docextract`, the command-line client of the service (package.json `bin`), on commander:
 *   register, login, submit FILE... [--wait] [--url URL], get ID, watch ID..., bind ID TX.
 * The service URL and credentials come from flags or the environment: --server /
 * DOCEXTRACT_URL (default http://localhost:8080), --api-key / DOCEXTRACT_API_KEY, --token /
 * DOCEXTRACT_TOKEN, and for register/login --password / DOCEXTRACT_PASSWORD. Output is TOON
 * (the API's format) or JSON with --json. Exit codes: see errors.ts (0 ok, 1 document failed
 * or not processed, 2 usage, 3 unreachable, 4 refused by the service).
 */
import { Command, CommanderError, Option } from 'commander';
import { request, type ClientSettings } from './client.ts';
import { CliError, EXIT } from './errors.ts';
import { print, type OutputFormat } from './output.ts';
import { submitAll } from './submit.ts';
import { watch } from './watch.ts';

interface GlobalOpts {
  server: string;
  apiKey?: string;
  token?: string;
  json?: boolean;
  toon?: boolean;
  timeout: string;
}

function positive(name: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new CliError(`${name} must be a positive number, not "${v}"`, EXIT.USAGE);
    return v;
  };
}

/** Builds the program; `run` parses argv and returns the exit code (never calls process.exit). */
export function buildProgram(env: NodeJS.ProcessEnv = process.env): Command {
  const program = new Command('docextract')
    .description('Command-line client of the docextract document-extraction service')
    .addOption(new Option('-s, --server <url>', 'service base URL').env('DOCEXTRACT_URL').default('http://localhost:8080'))
    .addOption(new Option('-k, --api-key <key>', 'API key (X-API-Key)').env('DOCEXTRACT_API_KEY'))
    .addOption(new Option('--token <jwt>', 'access token for profile (from login)').env('DOCEXTRACT_TOKEN'))
    .addOption(new Option('--json', 'print JSON').conflicts('toon'))
    .addOption(new Option('--toon', 'print TOON (the default)'))
    .addOption(new Option('--timeout <seconds>', 'per-request timeout').default('120').argParser(positive('--timeout')))
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 a document failed or was not processed, 2 usage, 3 service unreachable, 4 refused by the service.\n' +
        'Environment: DOCEXTRACT_URL, DOCEXTRACT_API_KEY, DOCEXTRACT_TOKEN, DOCEXTRACT_PASSWORD.',
    )
    .showHelpAfterError()
    .exitOverride();
  // Commander reads env through process.env; let tests pass their own.
  for (const [k, v] of Object.entries(env)) if (k.startsWith('DOCEXTRACT_') && v !== undefined) process.env[k] = v;

  const settings = (): ClientSettings => {
    const g = program.opts<GlobalOpts>();
    let base: URL;
    try {
      base = new URL(g.server);
    } catch {
      throw new CliError(`--server must be a URL like http://localhost:8080, not "${g.server}"`, EXIT.USAGE);
    }
    return { baseUrl: base.href.replace(/\/+$/, ''), apiKey: g.apiKey, token: g.token, timeoutMs: Number(g.timeout) * 1000 };
  };
  const format = (): OutputFormat => (program.opts<GlobalOpts>().json ? 'json' : 'toon');
  const password = (given?: string): string => {
    const p = given ?? env.DOCEXTRACT_PASSWORD;
    if (!p) throw new CliError('no password: pass --password or set DOCEXTRACT_PASSWORD', EXIT.USAGE);
    return p;
  };

  program
    .command('register')
    .description('create an account; prints its API key')
    .requiredOption('--email <email>')
    .requiredOption('--first-name <name>')
    .requiredOption('--last-name <name>')
    .option('--password <password>', 'at least 8 characters (or DOCEXTRACT_PASSWORD)')
    .action(async (o) => {
      const body = { first_name: o.firstName, last_name: o.lastName, email: o.email, password: password(o.password) };
      print((await request(settings(), 'POST', '/users/register', { json: body })).body, format());
    });

  program
    .command('login')
    .description('log in; prints an access token (for DOCEXTRACT_TOKEN)')
    .requiredOption('--email <email>')
    .option('--password <password>', '(or DOCEXTRACT_PASSWORD)')
    .action(async (o) => {
      print((await request(settings(), 'POST', '/auth/login', { json: { email: o.email, password: password(o.password) } })).body, format());
    });

  program
    .command('profile')
    .description('your account and API key (needs --token)')
    .action(async () => print((await request(settings(), 'GET', '/users/profile', { auth: 'jwt' })).body, format()));

  program
    .command('submit')
    .description('submit documents (files, or --url); --wait prints their results')
    .argument('[files...]', 'PDF, JPEG, PNG, TIFF, WebP or e-invoice XML files')
    .option('--url <url>', 'a document by http(s) or s3:// URL (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--wait', 'wait for the results and print them')
    .option('--type <hint>', 'document_type hint, e.g. ReceiptImage')
    .option('--wait-timeout <seconds>', 'give up waiting after this long', positive('--wait-timeout'), '600')
    .option('--concurrency <n>', 'documents in flight at once', positive('--concurrency'), '4')
    .option('--progress', 'show a progress bar even when stderr is not a terminal')
    .action(async (files: string[], o) => {
      const results = await submitAll(settings(), {
        files,
        urls: o.url,
        wait: Boolean(o.wait),
        typeHint: o.type,
        waitTimeoutS: Number(o.waitTimeout),
        concurrency: Math.floor(Number(o.concurrency)),
        progress: Boolean(o.progress) || Boolean(process.stderr.isTTY),
      });
      const bodies = results.map((r) => r.body);
      print(bodies.length === 1 ? bodies[0] : bodies, format());
      const bad = results.filter((r) => r.status === 'failed' || r.status === 'not_processed');
      for (const r of bad) process.stderr.write(`${r.source}: ${r.status}\n`);
      if (bad.length) process.exitCode = EXIT.DOCUMENT_FAILED;
    });

  program
    .command('get')
    .description('status and result of a request')
    .argument('<id>', 'request id')
    .action(async (id: string) => {
      print((await request(settings(), 'GET', `/v1/requests/${encodeURIComponent(id)}`, { auth: 'api_key' })).body, format());
    });

  program
    .command('watch')
    .description('follow requests live over the WebSocket, printing each event')
    .argument('<ids...>', 'request ids')
    .option('--for <seconds>', 'give up after this long', positive('--for'), '600')
    .action(async (ids: string[], o) => {
      process.exitCode = await watch(settings(), { ids, json: format() === 'json', timeoutS: Number(o.for) });
    });

  program
    .command('bind')
    .description('bind a transaction id to a request')
    .argument('<id>', 'request id')
    .argument('<transaction>', 'your transaction id')
    .action(async (id: string, tx: string) => {
      const body = { request_id: id, transaction_id: tx };
      print((await request(settings(), 'POST', '/v1/documents/update-transaction-id', { json: body, auth: 'api_key' })).body, format());
    });

  return program;
}

/** Runs the CLI on argv (without node and script); resolves with the exit code. */
export async function run(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const program = buildProgram(env);
  process.exitCode = 0;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    if (e instanceof CliError) {
      process.stderr.write(`docextract: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`docextract: unexpected error: ${(e as Error).stack ?? e}\n`);
    return EXIT.REFUSED;
  }
}
