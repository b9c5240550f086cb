/**
 * @module restart-intensity
 * OTP's restart intensity: at most `maxRestarts` restarts within `windowMs`. One more and the
 * supervisor gives up on the child and escalates to its own parent, so a crash loop cannot spin
 * forever. Also the nact `onCrash` policy built on it, used by every actor supervisor.
 */
import type { SupervisionContext, Ref } from 'nact';
import type { Logger } from './logger.ts';

export class RestartIntensity {
  private readonly stamps: number[] = [];
  constructor(
    readonly maxRestarts: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a restart; false when it would exceed the intensity (time to escalate). */
  allow(): boolean {
    const t = this.now();
    while (this.stamps.length && t - this.stamps[0]! > this.windowMs) this.stamps.shift();
    if (this.stamps.length >= this.maxRestarts) return false;
    this.stamps.push(t);
    return true;
  }
}

/**
 * A nact onCrash policy: reset the crashed actor (fresh state, mailbox kept) while within the
 * intensity, stop it once past it. Actors whose loss matters (a request actor) are re-created on
 * demand from the database, which is the source of truth, so stopping is always safe.
 */
export function actorCrashPolicy(name: string, log: Logger, maxRestarts = 5, windowMs = 10_000) {
  const intensity = new RestartIntensity(maxRestarts, windowMs);
  return (msg: unknown, err: Error | undefined, ctx: SupervisionContext<any, Ref<any>>): symbol => {
    if (intensity.allow()) {
      log.warn('actor crashed; restarting', { actor: name, error: err?.message });
      return ctx.reset as symbol;
    }
    log.error('actor crashed too often; stopping it', { actor: name, error: err?.message });
    return ctx.stop as symbol;
  };
}
