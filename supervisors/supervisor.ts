/**
 * @module supervisor
 * A process-level supervisor with OTP's rest-for-one strategy: children start in order, each may
 * use what earlier ones put into the shared context (the gateway needs the database), and when a
 * child crashes it and every child started after it are stopped and started again. Starting a
 * child that depends on a resource (database, broker) retries with exponential backoff.
 *
 * How a child crashes: it calls the `crashed` callback it was started with (something it owns
 * failed for good), or its handle's `probe` (a resource's reachability check, run every
 * `lostAfterMs / 5`, 0.2..5 s, a probe unanswered for two periods failing) keeps failing for `lostAfterMs` without a break: a database pool
 * that cannot reconnect, a broker connection lost for good.
 *
 * Past its restart intensity (more than `maxRestarts` restarts in `windowMs`), or when a restart
 * itself fails, the supervisor gives up and escalates through `onGiveUp` (the root exits 1 so the
 * process manager restarts the whole service).
 */
import pRetry from 'p-retry';
import type { Logger } from '../foundation/logger.ts';
import { RestartIntensity } from '../foundation/restart-intensity.ts';
import { internalMessage } from '../schemas/errors.ts';

export interface ChildHandle {
  stop(): Promise<void>;
  /** A resource's reachability check: rejects while the resource cannot be reached. */
  probe?(): Promise<void>;
}

export interface ChildSpec<Ctx> {
  name: string;
  /** `crashed` lets a running child report that it died (lost its connection for good, ...). */
  start(ctx: Ctx, crashed: (err: Error) => void): Promise<ChildHandle>;
  /** Attempts to start before the start itself counts as a crash (resources: retry with backoff). */
  startRetries?: number;
}

export interface SupervisorOptions {
  maxRestarts: number;
  windowMs: number;
  /** How long a child's probe may fail without a break before the child counts as crashed (default 30 s). */
  lostAfterMs?: number;
  onGiveUp(err: Error): void;
  /** Told each restart of a crashed child, by name (metrics). */
  onRestart?(child: string): void;
}

interface Running<Ctx> {
  spec: ChildSpec<Ctx>;
  handle: ChildHandle;
  generation: number;
  watch?: NodeJS.Timeout;
}

export class Supervisor<Ctx> {
  private readonly running: Running<Ctx>[] = [];
  private readonly intensity: RestartIntensity;
  private generation = 0;
  private stopping = false;
  private gaveUp = false;
  private restarting: Promise<void> | null = null;

  constructor(
    private readonly specs: ChildSpec<Ctx>[],
    readonly ctx: Ctx,
    private readonly log: Logger,
    private readonly options: SupervisorOptions,
  ) {
    this.intensity = new RestartIntensity(options.maxRestarts, options.windowMs);
  }

  async start(): Promise<void> {
    await this.startFrom(0);
  }

  private async startFrom(index: number): Promise<void> {
    for (let i = index; i < this.specs.length; i++) {
      if (this.stopping) return;
      const spec = this.specs[i]!;
      const generation = ++this.generation;
      const handle = await pRetry(
        () => spec.start(this.ctx, (err) => this.childCrashed(spec.name, generation, err)),
        {
          retries: spec.startRetries ?? 0,
          minTimeout: 200,
          maxTimeout: 5_000,
          factor: 2,
          randomize: true,
          onFailedAttempt: ({ error, attemptNumber, retriesLeft }) =>
            this.log.warn('child failed to start', { child: spec.name, attempt: attemptNumber, retriesLeft, error: error.message }),
        },
      );
      const child: Running<Ctx> = { spec, handle, generation };
      if (handle.probe) child.watch = this.watch(child, handle.probe.bind(handle));
      this.running.push(child);
      this.log.debug('child started', { child: spec.name });
    }
  }

  /** Runs the child's probe; a failure lasting `lostAfterMs` without a break is the child's crash. */
  private watch(child: Running<Ctx>, probe: () => Promise<void>): NodeJS.Timeout {
    const lostAfterMs = this.options.lostAfterMs ?? 30_000;
    let failingSince: number | null = null;
    let inFlight = false;
    const everyMs = Math.min(5_000, Math.max(200, lostAfterMs / 5));
    const timer = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      // A probe that hangs (a peer that vanished without a FIN) fails after twice the period.
      let timeout: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timeout = setTimeout(() => reject(new Error(internalMessage('NO_ANSWER'))), 2 * everyMs);
      });
      Promise.race([probe(), late]).then(
        () => {
          failingSince = null;
        },
        (err: Error) => {
          const now = Date.now();
          failingSince ??= now;
          if (now - failingSince < lostAfterMs) return;
          clearInterval(timer);
          this.childCrashed(child.spec.name, child.generation, new Error(internalMessage('CHILD_UNREACHABLE', { child: child.spec.name, seconds: Math.round((now - failingSince) / 1000), reason: err.message })));
        },
      ).finally(() => {
        clearTimeout(timeout);
        inFlight = false;
      });
    }, everyMs);
    timer.unref();
    return timer;
  }

  private childCrashed(name: string, generation: number, err: Error): void {
    if (this.stopping || this.gaveUp) return;
    if (!this.running.some((c) => c.generation === generation)) return; // already restarted
    this.log.error('child crashed', { child: name, error: err.message });
    if (!this.intensity.allow()) {
      this.log.error('restart intensity exceeded; giving up', { child: name, maxRestarts: this.options.maxRestarts, windowMs: this.options.windowMs });
      this.giveUp(err);
      return;
    }
    this.options.onRestart?.(name);
    const specIndex = this.specs.findIndex((s) => s.name === name);
    const restart = async () => {
      // An earlier restart in the queue may have restarted this child already.
      const idx = this.running.findIndex((c) => c.generation === generation);
      if (idx < 0 || this.stopping) return;
      this.log.warn('restarting child and those after it', { child: name, children: this.running.slice(idx).map((c) => c.spec.name) });
      await this.stopFrom(idx);
      await this.startFrom(specIndex);
      this.log.info('child restarted', { child: name });
    };
    this.restarting = (this.restarting ?? Promise.resolve()).then(restart).catch((e: Error) => {
      this.log.error('restart failed; giving up', { child: name, error: e.message });
      this.giveUp(e);
    });
  }

  private giveUp(err: Error): void {
    if (this.gaveUp) return;
    this.gaveUp = true;
    this.options.onGiveUp(err);
  }

  private async stopFrom(index: number): Promise<void> {
    while (this.running.length > index) {
      const child = this.running.pop()!;
      clearInterval(child.watch);
      try {
        await child.handle.stop();
      } catch (e) {
        this.log.warn('child failed to stop cleanly', { child: child.spec.name, error: (e as Error).message });
      }
    }
  }

  /** Stops every child in reverse start order. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting?.catch(() => {});
    await this.stopFrom(0);
  }
}
