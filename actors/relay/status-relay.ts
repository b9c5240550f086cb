/**
 * @module status-relay
 * Bridges the status bus to the request actors of this process.
 *
 * Protocol (RelayMsg):
 * - `event`: a status change committed by some worker; forwarded to the local request actor,
 *   if one is alive (nobody here is watching that request otherwise).
 * - `reconnected`: the bus came back after an outage; every live actor reconciles with the
 *   database so nobody is left waiting on an event that was lost.
 *
 * Owns nothing but its subscription. Fails: it is stateless; a crash resumes it.
 */
import { spawnStateless, dispatch, type Ref } from 'nact';
import type { StatusBus, StatusEvent } from '../../adapters/transport/status-bus.ts';
import type { RequestRegistry } from '../request/request-registry.ts';
import type { Logger } from '../../foundation/logger.ts';

export type RelayMsg = { type: 'event'; event: StatusEvent } | { type: 'reconnected' };

export async function startStatusRelay(
  parent: Ref<any>,
  bus: StatusBus,
  registry: RequestRegistry,
  log: Logger,
): Promise<{ relay: Ref<RelayMsg>; stop(): Promise<void> }> {
  const relay = spawnStateless(
    parent,
    (msg: RelayMsg) => {
      if (msg.type === 'event') {
        registry.tell(msg.event.requestId, { type: 'status-changed', version: msg.event.version, committedAt: msg.event.committedAt });
      } else {
        log.info('status bus reconnected; reconciling live requests', { live: registry.size() });
        registry.broadcast({ type: 'reconcile' });
      }
    },
    'status-relay',
  ) as Ref<RelayMsg>;
  const sub = await bus.subscribe((event) => dispatch(relay, { type: 'event', event }));
  bus.onReconnect(() => dispatch(relay, { type: 'reconnected' }));
  return { relay, stop: () => sub.cancel() };
}
