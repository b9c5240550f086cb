/**
 * @module restart-intensity
 * OTP's restart intensity: at most `maxRestarts` restarts within `windowMs`. One more and the
 * supervisor gives up on the child and escalates to its own parent, so a crash loop cannot spin
 * forever. Used by the process supervisor (supervisors/supervisor.ts) and by the actors' crash
 * policies (actors/crash-policy.ts).
 */

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
