/**
 * @module actor-system
 * The process's nact actor system, started and stopped by the supervisors' `actors` child.
 * Only actors/ imports nact (checked by `npm run lint:deps`); the rest of the service holds an
 * ActorSystem as an opaque parent to hand back to actors/ functions.
 */
import { start, stop, type ActorSystemRef } from 'nact';

/** The root of this process's actors. */
export type ActorSystem = ActorSystemRef;

/** Starts an actor system (no I/O; never fails). */
export function startActorSystem(): ActorSystem {
  return start();
}

/** Stops every actor of the system; their afterStop hooks run. */
export function stopActorSystem(system: ActorSystem): void {
  stop(system);
}
