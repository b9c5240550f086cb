/**
 * @module cli-output
 * How the CLI prints what the service answered: TOON (the API's own format, the default) or
 * JSON (`--json`, pretty, one document; or one line per event for `watch`).
 */
import { encode } from '@toon-format/toon';

export type OutputFormat = 'toon' | 'json';

export function render(value: unknown, format: OutputFormat): string {
  return format === 'json' ? JSON.stringify(value, null, 2) : encode(value);
}

export function print(value: unknown, format: OutputFormat): void {
  process.stdout.write(render(value, format) + '\n');
}
