/**
 * @module status-socket
 * GET /v1/ws/status: the WebSocket endpoint. The upgrade authenticates the `X-API-Key` header
 * (or the `api_key` query parameter, since browsers cannot set headers) and refuses a bad key
 * with 401 before any socket exists. Each open socket gets one session actor, which owns the
 * conversation; this module only adapts uWS's callbacks to the actor's mailbox.
 *
 * uWS rules kept here: onAborted before the await, headers copied out of `req` first, the
 * upgrade written inside cork, and a socket never touched after `close`.
 */
import { randomUUID } from 'node:crypto';
import uWS from 'uWebSockets.js';
import { spawn, spawnStateless, dispatch, type Ref } from 'nact';
import type { RequestsRepo, UserRow } from '../../adapters/db/repositories.ts';
import type { RequestRegistry } from '../../actors/request/request-registry.ts';
import {
  CLOSE_INTERNAL,
  initialSessionState,
  sessionBehaviour,
  type SessionMsg,
  type SessionSocket,
} from '../../actors/session/session-actor.ts';
import { authenticateApiKey, type AuthDeps } from '../auth/authenticate.ts';
import { encodeReply } from '../http/codec.ts';
import { isAppError } from '../../schemas/errors.ts';
import { RestartIntensity } from '../../foundation/restart-intensity.ts';
import type { Logger } from '../../foundation/logger.ts';

export interface StatusSocketDeps extends AuthDeps {
  requests: RequestsRepo;
  registry: RequestRegistry;
  log: Logger;
  /** A client whose unsent data passes this is closed (slow reader). */
  maxBufferedBytes: number;
  onSessionCount?: (delta: number) => void;
}

interface SocketData {
  user: UserRow;
  sessionId: string;
  actor?: Ref<SessionMsg>;
  closed: boolean;
}

const SHARDS = 16;

/** Closes every open socket with 1011 (clients reconnect with backoff), for shutdown. */
export interface StatusSocketHandle {
  closeAll(reason: string): void;
}

export function attachStatusSocket(app: uWS.TemplatedApp, parent: Ref<any>, deps: StatusSocketDeps): StatusSocketHandle {
  const open = new Set<uWS.WebSocket<SocketData>>();
  const shards = Array.from({ length: SHARDS }, (_, i) => spawnStateless(parent, () => {}, `session-shard-${i}`));
  let shardIndex = 0;

  app.ws<SocketData>('/v1/ws/status', {
    compression: uWS.DISABLED,
    maxPayloadLength: 64 * 1024,
    idleTimeout: 120,
    sendPingsAutomatically: true,
    maxBackpressure: deps.maxBufferedBytes * 2,

    upgrade: (res, req, context) => {
      const headerKey = req.getHeader('x-api-key');
      const queryKey = new URLSearchParams(req.getQuery() ?? '').get('api_key') ?? undefined;
      const wsKey = req.getHeader('sec-websocket-key');
      const wsProtocol = req.getHeader('sec-websocket-protocol');
      const wsExtensions = req.getHeader('sec-websocket-extensions');
      const wantsJson = req.getHeader('accept').includes('application/json');
      let aborted = false;
      res.onAborted(() => {
        aborted = true;
      });
      authenticateApiKey(headerKey || queryKey, deps).then(
        (user) => {
          if (aborted) return;
          res.cork(() => {
            res.upgrade<SocketData>({ user, sessionId: randomUUID(), closed: false }, wsKey, wsProtocol, wsExtensions, context);
          });
        },
        (err: unknown) => {
          if (aborted) return;
          const status = isAppError(err) ? err.status : 500;
          const message = isAppError(err) ? err.message : 'Internal server error';
          if (!isAppError(err)) deps.log.error('websocket upgrade failed', { error: (err as Error).message });
          const { text, contentType } = encodeReply({ error: message }, wantsJson);
          res.cork(() => {
            res.writeStatus(status === 401 ? '401 Unauthorized' : `${status} Error`).writeHeader('Content-Type', contentType).end(text);
          });
        },
      );
    },

    open: (ws) => {
      const data = ws.getUserData();
      const socket: SessionSocket = {
        send: (text) => !data.closed && ws.send(text, false) !== 2,
        bufferedAmount: () => (data.closed ? 0 : ws.getBufferedAmount()),
        close: (code, reason) => {
          if (data.closed) return;
          data.closed = true;
          ws.end(code, reason);
        },
      };
      const log = deps.log.child({ session: data.sessionId });
      const intensity = new RestartIntensity(3, 10_000);
      data.actor = spawn(
        shards[shardIndex++ % SHARDS]!,
        sessionBehaviour({
          sessionId: data.sessionId,
          user: data.user,
          socket,
          registry: deps.registry,
          requests: deps.requests,
          log,
          maxBufferedBytes: deps.maxBufferedBytes,
        }),
        data.sessionId,
        {
          initialStateFunc: initialSessionState,
          onCrash: ((_msg: unknown, err: Error | undefined, ctx: any) => {
            log.error('session actor crashed', { error: err?.message });
            if (intensity.allow()) return ctx.resume;
            socket.close(CLOSE_INTERNAL, 'Internal error');
            return ctx.stop;
          }) as any,
        },
      ) as Ref<SessionMsg>;
      open.add(ws);
      deps.onSessionCount?.(1);
      ws.send(
        JSON.stringify({ action: 'connection', status: 'connected', message: 'Authentication successful. Ready to subscribe.' }),
        false,
      );
    },

    message: (ws, message) => {
      const data = ws.getUserData();
      if (data.actor) dispatch(data.actor, { type: 'client-text', text: Buffer.from(message).toString('utf8') });
    },

    close: (ws) => {
      const data = ws.getUserData();
      data.closed = true;
      open.delete(ws);
      if (data.actor) dispatch(data.actor, { type: 'closed' });
      deps.onSessionCount?.(-1);
    },
  });
  return {
    closeAll(reason) {
      for (const ws of [...open]) {
        const data = ws.getUserData();
        if (data.closed) continue;
        data.closed = true;
        ws.end(CLOSE_INTERNAL, reason);
      }
    },
  };
}
