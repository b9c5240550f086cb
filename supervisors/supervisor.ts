/**
 * @module supervisor
 * A process-level supervisor with OTP's rest-for-one strategy: children start in order, each may
 * use what earlier ones put into the shared context (the gateway needs the database), and when a
 * child crashes it and every child started after it are stopped and started again. Starting a
 * child that depends on a resource (database, broker) retries with exponential backoff.
 * Past its restart intensity the supervisor gives up and escalates through `onGiveUp` (the root
 * exits non-zero so the process manager restarts the whole service).
 */
import pRetry from 'p-retry';
import type { Logger } from '../foundation/logger.ts';
import { RestartIntensity } from '../foundation/restart-intensity.ts';

export interface ChildHandle {
  stop(): Promise<void>;
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
  onGiveUp(err: Error): void;
}

export class Supervisor<Ctx> {
  private readonly running: Array<{ spec: ChildSpec<Ctx>; handle: ChildHandle; generation: number }> = [];
  private readonly intensity: RestartIntensity;
  private generation = 0;
  private stopping = false;
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
      this.running.push({ spec, handle, generation });
      this.log.debug('child started', { child: spec.name });
    }
  }

  private childCrashed(name: string, generation: number, err: Error): void {
    const idx = this.running.findIndex((c) => c.spec.name === name && c.generation === generation);
    if (idx < 0 || this.stopping) return; // already restarted or shutting down
    this.log.error('child crashed', { child: name, error: err.message });
    if (!this.intensity.allow()) {
      this.log.error('restart intensity exceeded; giving up', { child: name });
      this.options.onGiveUp(err);
      return;
    }
    const specIndex = this.specs.findIndex((s) => s.name === name);
    const restart = async () => {
      await this.stopFrom(idx);
      await this.startFrom(specIndex);
    };
    this.restarting = (this.restarting ?? Promise.resolve()).then(restart).catch((e: Error) => {
      this.log.error('restart failed; giving up', { child: name, error: e.message });
      this.options.onGiveUp(e);
    });
  }

  private async stopFrom(index: number): Promise<void> {
    while (this.running.length > index) {
      const child = this.running.pop()!;
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
