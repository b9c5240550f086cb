/**
 * @module sessions
 * Starts one session actor per WebSocket connection (./session-actor.ts owns the conversation)
 * under shard parents (a nact parent with thousands of children gets slow to message), with its
 * crash policy: resume with its subscriptions 3 times in 10 s, then close the socket with 1011
 * and stop. The gateway hands over a socket and the client's frames; it never sees a message
 * protocol.
 */
import { spawn, spawnStateless, dispatch, type Ref } from 'nact';
import type { RequestsRepo } from '../../adapters/db/repositories.ts';
import type { UserRow } from '../../schemas/rows.ts';
import type { Logger } from '../../foundation/logger.ts';
import type { RequestRegistry } from '../request/request-registry.ts';
import { resumeCrashPolicy } from '../crash-policy.ts';
import { CLOSE_INTERNAL, initialSessionState, sessionBehaviour, type SessionMsg, type SessionSocket } from './session-actor.ts';

export { CLOSE_INTERNAL, type SessionSocket } from './session-actor.ts';

export interface SessionsDeps {
  registry: RequestRegistry;
  requests: RequestsRepo;
  log: Logger;
  /** A client whose unsent data passes this is closed with 1008 (slow reader). */
  maxBufferedBytes: number;
  /** Seconds from a status commit to the WebSocket send of its `update` (for the metrics). */
  onPushDelay?: (seconds: number) => void;
  /** Change in the number of live subscriptions (for the metrics). */
  onSubscriptionCount?: (delta: number) => void;
}

/** One open session, as the socket's owner drives it. */
export interface OpenSession {
  /** A text frame from the client. */
  clientText(text: string): void;
  /** The socket closed: the session unsubscribes everywhere and stops. */
  closed(): void;
}

export interface Sessions {
  open(sessionId: string, user: UserRow, socket: SessionSocket): OpenSession;
}

const SHARDS = 16;

/** `parent` is the actor system (or any actor) the sessions live under. */
export function startSessions(parent: Ref<any>, deps: SessionsDeps): Sessions {
  const shards = Array.from({ length: SHARDS }, (_, i) => spawnStateless(parent, () => {}, `session-shard-${i}`));
  let shardIndex = 0;
  return {
    open(sessionId, user, socket) {
      const log = deps.log.child({ session: sessionId });
      const actor = spawn(
        shards[shardIndex++ % SHARDS]!,
        sessionBehaviour({
          sessionId,
          user,
          socket,
          registry: deps.registry,
          requests: deps.requests,
          log,
          maxBufferedBytes: deps.maxBufferedBytes,
          onPushDelay: deps.onPushDelay,
          onSubscriptionCount: deps.onSubscriptionCount,
        }),
        sessionId,
        {
          initialStateFunc: initialSessionState,
          onCrash: resumeCrashPolicy(log, () => socket.close(CLOSE_INTERNAL, 'Internal error')),
        },
      ) as Ref<SessionMsg>;
      return {
        clientText: (text) => dispatch(actor, { type: 'client-text', text }),
        closed: () => dispatch(actor, { type: 'closed' }),
      };
    },
  };
}
