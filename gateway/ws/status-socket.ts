/**
 * @module status-socket
 * GET /v1/ws/status: the WebSocket endpoint. The upgrade authenticates the `X-API-Key` header
 * (or the `api_key` query parameter, since browsers cannot set headers) and refuses a bad key
 * with 401 before any socket exists. Each open socket gets one session (actors/session), which
 * owns the conversation; this module only adapts uWS's callbacks to it.
 *
 * uWS rules kept here: onAborted before the await, headers copied out of `req` first, the
 * upgrade written inside cork, and a socket never touched after `close`.
 */
import { randomUUID } from 'node:crypto';
import uWS from 'uWebSockets.js';
import type { UserRow } from '../../schemas/rows.ts';
import { CLOSE_INTERNAL, type OpenSession, type Sessions, type SessionSocket } from '../../actors/session/sessions.ts';
import { authenticateApiKey, type AuthDeps } from '../auth/authenticate.ts';
import { encodeReply } from '../http/codec.ts';
import { isAppError } from '../../schemas/errors.ts';
import type { Logger } from '../../foundation/logger.ts';

export interface StatusSocketDeps extends AuthDeps {
  log: Logger;
  /** A client whose unsent data passes this is closed (slow reader). */
  maxBufferedBytes: number;
  onSessionCount?: (delta: number) => void;
}

interface SocketData {
  user: UserRow;
  sessionId: string;
  session?: OpenSession;
  closed: boolean;
}

/** Closes every open socket with 1011 (clients reconnect with backoff), for shutdown. */
export interface StatusSocketHandle {
  closeAll(reason: string): void;
}

export function attachStatusSocket(app: uWS.TemplatedApp, sessions: Sessions, deps: StatusSocketDeps): StatusSocketHandle {
  const open = new Set<uWS.WebSocket<SocketData>>();

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
      data.session = sessions.open(data.sessionId, data.user, socket);
      open.add(ws);
      deps.onSessionCount?.(1);
      ws.send(
        JSON.stringify({ action: 'connection', status: 'connected', message: 'Authentication successful. Ready to subscribe.' }),
        false,
      );
    },

    message: (ws, message) => {
      const data = ws.getUserData();
      data.session?.clientText(Buffer.from(message).toString('utf8'));
    },

    close: (ws) => {
      const data = ws.getUserData();
      data.closed = true;
      open.delete(ws);
      data.session?.closed();
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
