/**
 * @module crash-policy
 * The nact `onCrash` policies of this service's actors, built on OTP's restart intensity
 * (foundation/restart-intensity.ts).
 */
import type { SupervisionContext, Ref } from 'nact';
import type { Logger } from '../foundation/logger.ts';
import { RestartIntensity } from '../foundation/restart-intensity.ts';

type OnCrash = (msg: unknown, err: Error | undefined, ctx: SupervisionContext<any, Ref<any>>) => symbol;

/**
 * Reset the crashed actor (fresh state, mailbox kept) while within the intensity, stop it once
 * past it. Actors whose loss matters (a request actor) are re-created on demand from the
 * database, which is the source of truth, so stopping is always safe.
 */
export function actorCrashPolicy(name: string, log: Logger, maxRestarts = 5, windowMs = 10_000): OnCrash {
  const intensity = new RestartIntensity(maxRestarts, windowMs);
  return (msg, err, ctx) => {
    if (intensity.allow()) {
      log.warn('actor crashed; restarting', { actor: name, error: err?.message });
      return ctx.reset as symbol;
    }
    log.error('actor crashed too often; stopping it', { actor: name, error: err?.message });
    return ctx.stop as symbol;
  };
}

/**
 * Resume the crashed actor with its state (a session keeps its subscriptions) while within the
 * intensity (3 in 10 s); past it call `giveUp` (close the socket) and stop it.
 */
export function resumeCrashPolicy(log: Logger, giveUp: () => void, maxRestarts = 3, windowMs = 10_000): OnCrash {
  const intensity = new RestartIntensity(maxRestarts, windowMs);
  return (_msg, err, ctx) => {
    log.error('session actor crashed', { error: err?.message });
    if (intensity.allow()) return ctx.resume as symbol;
    giveUp();
    return ctx.stop as symbol;
  };
}
