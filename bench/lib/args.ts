/**
 * @module bench/lib/args
 * Tiny `--name value` flag reader for the bench scripts: unknown flags are an error (a typo
 * must not silently run the default), integers are checked, choices are enforced.
 */

export type FlagSpec = Record<string, { default: string | number; choices?: readonly string[]; help: string }>;

export type Flags<S extends FlagSpec> = { [K in keyof S]: S[K]['default'] extends number ? number : string };

export function parseFlags<S extends FlagSpec>(argv: string[], spec: S, usage: string): Flags<S> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(spec)) out[k] = v.default;
  const fail = (msg: string): never => {
    const lines = Object.entries(spec).map(([k, v]) => `  --${k} (default ${v.default})  ${v.help}`);
    process.stderr.write(`${msg}\nusage: ${usage}\n${lines.join('\n')}\n`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') fail('');
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(a);
    if (!m || !(m[1]! in spec)) fail(`unknown argument: ${a}`);
    const name = m![1]!;
    const raw = m![2] ?? argv[++i];
    if (raw === undefined) fail(`--${name} needs a value`);
    const s = spec[name]!;
    if (typeof s.default === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0) fail(`--${name} must be a non-negative number, got ${raw}`);
      out[name] = n;
    } else {
      if (s.choices && !s.choices.includes(raw!)) fail(`--${name} must be one of ${s.choices.join(', ')}`);
      out[name] = raw!;
    }
  }
  return out as Flags<S>;
}
