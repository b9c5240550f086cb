/**
 * @module sessions
 * Starts one session actor per WebSocket connection (./session-actor.ts owns the conversation)
 * under shard parents (a nact parent with thousands of children gets slow to message), with its
 * crash policy: resume with its subscriptions 3 times in 10 s, then close the socket with 1011
 * and stop. The gateway hands over a socket and the client's frames; it never sees a message
 * protocol.
 */
import { spawn, spawnStateless, dispatch, type Ref } from 'nact';
import type { UserRow } from '../../schemas/rows.ts';
import { resumeCrashPolicy } from '../crash-policy.ts';
import { CLOSE_INTERNAL, initialSessionState, sessionBehaviour, type SessionDeps, type SessionMsg, type SessionSocket } from './session-actor.ts';

export { CLOSE_INTERNAL, type SessionSocket } from './session-actor.ts';

/** What every session shares (./session-actor.ts's SessionDeps but the socket's own). */
export type SessionsDeps = Omit<SessionDeps, 'sessionId' | 'user' | 'socket'>;

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
        sessionBehaviour({ ...deps, sessionId, user, socket, log }),
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
