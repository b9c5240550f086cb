/**
 * @module webhook-delivery
 * Starts this process's webhook delivery actor (./delivery-actor.ts) and wakes it: on every
 * terminal status event of the status bus (RabbitMQ fanout, or in-process), after the bus
 * reconnects, at once on start (rows left by a process that stopped), and through `wake()` (a
 * test event or a redelivery made here). Wakes that arrive while one is still unread are
 * coalesced into it, so a burst of completions costs one claim, not one each.
 * The gateway gets `wake` as a plain function; it never sees the message protocol.
 */
import { dispatch, spawn, stop, type Ref } from 'nact';
import type { StatusBus } from '../../adapters/transport/status-bus.ts';
import { actorCrashPolicy } from '../crash-policy.ts';
import { deliveryBehaviour, initialDeliveryState, type DeliveryDeps, type DeliveryMsg, type DeliveryState } from './delivery-actor.ts';

export interface WebhookDelivery {
  /** Something may be due now: claim and send. */
  wake(): void;
  /** Stops listening to the bus and the timer; sends in flight finish on their own. */
  stop(): Promise<void>;
}

export async function startWebhookDelivery(parent: Ref<any>, bus: StatusBus, deps: DeliveryDeps): Promise<WebhookDelivery> {
  let unread = false;
  let stopped = false;
  const actor = spawn(
    parent,
    deliveryBehaviour({
      ...deps,
      onWakeRead: () => {
        unread = false;
      },
    }),
    // No fixed name: a gateway restarted inside a live actor system must not collide with the last one.
    undefined,
    {
      initialStateFunc: initialDeliveryState,
      onCrash: actorCrashPolicy('webhook-delivery', deps.log),
      afterStop: (state: DeliveryState) => {
        if (state?.timer) clearTimeout(state.timer);
      },
    },
  ) as Ref<DeliveryMsg>;
  const wake = () => {
    if (stopped || unread) return;
    unread = true;
    dispatch(actor, { type: 'wake' });
  };
  const sub = await bus.subscribe((event) => {
    if (event.status === 'completed' || event.status === 'failed') wake();
  });
  bus.onReconnect(wake);
  wake();
  return {
    wake,
    async stop() {
      stopped = true;
      await sub.cancel();
      stop(actor);
    },
  };
}
