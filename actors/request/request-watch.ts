/**
 * @module request-watch
 * Request actors as code outside actors/ (the gateway) may use them: no message protocol, no
 * ref, nothing nact. RequestRegistry (./request-registry.ts) implements it.
 */
import type { RequestRow } from '../../schemas/rows.ts';

/**
 * `open(id)` makes sure the request's actor is alive on this process (after a submit);
 * `awaitTerminal(id, timeoutMs)` resolves with the terminal row, or null after `timeoutMs` ms.
 */
export interface RequestWatch {
  open(id: string): void;
  awaitTerminal(id: string, timeoutMs: number): Promise<RequestRow | null>;
}

