/**
 * @module status-socket
 * GET /v1/ws/status: the WebSocket endpoint. The upgrade authenticates the `X-API-Key` header
 * (or the `api_key` query parameter, since browsers cannot set headers); a missing or bad key
 * gets the socket closed at once with 1008 and the reason (the reference's close code for a
 * failed authentication; a browser cannot read the status of a refused upgrade). Each open
 * socket gets one session (actors/session), which
 * owns the conversation; this module only adapts uWS's callbacks to it.
 *
 * Before authentication the handshake itself is checked (RFC 6455 4.2.1, 4.4): a missing or
 * malformed `Sec-WebSocket-Key` (not the base64 of 16 bytes) is 400, and a
 * `Sec-WebSocket-Version` other than 13 is 426 with `Sec-WebSocket-Version: 13`; a plain GET
 * without any upgrade gets 400 too, not 404, and any other method 405 with `Allow: GET`. Each
 * answer has an `error:` body.
 *
 * Message size: a client message longer than MAX_CLIENT_MESSAGE_BYTES (8 KiB; the protocol's
 * messages are a few hundred bytes, and replies may echo what was sent) is answered with close 1009 "Message too big" naming the
 * limit. uWS itself buffers at most UWS_MAX_PAYLOAD_BYTES (16 MiB) per message and drops a
 * socket that sends more without a close frame (1006): that ceiling is uWS's, not ours to
 * answer.
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
import { appError, isAppError } from '../../schemas/errors.ts';
import type { Logger } from '../../foundation/logger.ts';

export interface StatusSocketDeps extends AuthDeps {
  log: Logger;
  /** A client whose unsent data passes this is closed (slow reader). */
  maxBufferedBytes: number;
  onSessionCount?: (delta: number) => void;
}

/** Longest client message answered normally; longer ones get close 1009. */
export const MAX_CLIENT_MESSAGE_BYTES = 8 * 1024;
/** uWS's own per-message buffer; past it uWS drops the socket (1006) before we see the message. */
export const UWS_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
/** RFC 6455 7.4.1: "a message that is too big for it to process". */
export const CLOSE_MESSAGE_TOO_BIG = 1009;

/** The answer to a request on the socket's path that asks for no upgrade. */
const UPGRADE_ONLY = 'This endpoint only accepts a WebSocket upgrade (Upgrade: websocket)';

/** The base64 of 16 bytes: 22 characters and `==` (RFC 6455 4.1, item 7). */
const WS_KEY = /^[A-Za-z0-9+/]{22}==$/;

/** Why a handshake is refused before authentication, or null when it is well-formed. */
export function checkHandshake(key: string, version: string): { status: 400 | 426; message: string } | null {
  if (!WS_KEY.test(key.trim())) {
    return { status: 400, message: 'WebSocket upgrade needs a valid Sec-WebSocket-Key (base64 of 16 bytes)' };
  }
  if (version.trim() !== '13') {
    return { status: 426, message: 'Unsupported WebSocket version; only Sec-WebSocket-Version 13 is supported' };
  }
  return null;
}

interface SocketData {
  /** Null when authentication failed: the socket is opened only to be closed with `refused`. */
  user: UserRow | null;
  sessionId: string;
  session?: OpenSession;
  closed: boolean;
  /** The close the reference gives a failed authentication (1008) or a server fault (1011). */
  refused?: { code: number; reason: string };
}

/** RFC 6455 7.4.1 and the reference: authentication failed. */
export const CLOSE_POLICY_VIOLATION = 1008;

/** Closes every open socket with 1011 (clients reconnect with backoff), for shutdown. */
export interface StatusSocketHandle {
  closeAll(reason: string): void;
}

export function attachStatusSocket(app: uWS.TemplatedApp, sessions: Sessions, deps: StatusSocketDeps): StatusSocketHandle {
  const open = new Set<uWS.WebSocket<SocketData>>();

  app.ws<SocketData>('/v1/ws/status', {
    compression: uWS.DISABLED,
    maxPayloadLength: UWS_MAX_PAYLOAD_BYTES,
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
      const refused = checkHandshake(wsKey, req.getHeader('sec-websocket-version'));
      if (refused) {
        const { text, contentType } = encodeReply({ error: refused.message }, wantsJson);
        res.cork(() => {
          res.writeStatus(refused.status === 400 ? '400 Bad Request' : '426 Upgrade Required');
          if (refused.status === 426) res.writeHeader('Sec-WebSocket-Version', '13');
          res.writeHeader('Content-Type', contentType).end(text);
        });
        return;
      }
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
          // the reference closes a failed authentication with 1008, which a browser can read (it
          // sees no HTTP status of a refused upgrade): upgrade, then close at once in `open`
          const refused = isAppError(err) && err.status === 401
            ? { code: CLOSE_POLICY_VIOLATION, reason: err.message }
            : { code: CLOSE_INTERNAL, reason: 'Internal server error' };
          if (!isAppError(err)) deps.log.error('websocket upgrade failed', { error: (err as Error).message });
          res.cork(() => {
            res.upgrade<SocketData>({ user: null, sessionId: randomUUID(), closed: false, refused }, wsKey, wsProtocol, wsExtensions, context);
          });
        },
      );
    },

    open: (ws) => {
      const data = ws.getUserData();
      if (data.refused || !data.user) {
        data.closed = true;
        ws.end(data.refused?.code ?? CLOSE_INTERNAL, data.refused?.reason ?? 'Internal server error');
        return;
      }
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
      if (data.closed) return;
      if (message.byteLength > MAX_CLIENT_MESSAGE_BYTES) {
        data.closed = true;
        ws.end(CLOSE_MESSAGE_TOO_BIG, `Message too big: the limit is ${MAX_CLIENT_MESSAGE_BYTES} bytes`);
        return;
      }
      data.session?.clientText(Buffer.from(message).toString('utf8'));
    },

    close: (ws) => {
      const data = ws.getUserData();
      data.closed = true;
      if (!open.delete(ws)) return; // a refused socket: no session was counted
      data.session?.closed();
      deps.onSessionCount?.(-1);
    },
  });
  // A GET without a WebSocket key never reaches `upgrade` (uWS passes it on): answer it here,
  // 400 like a malformed key, instead of the catch-all 404.
  app.get('/v1/ws/status', (res, req) => {
    const wantsJson = req.getHeader('accept').includes('application/json');
    const refused = checkHandshake(req.getHeader('sec-websocket-key'), req.getHeader('sec-websocket-version')) ?? {
      message: UPGRADE_ONLY,
    };
    const { text, contentType } = encodeReply({ error: refused.message }, wantsJson);
    res.cork(() => {
      res.writeStatus('400 Bad Request').writeHeader('Content-Type', contentType).end(text);
    });
  });
  // Any other method on the socket's path is 405 with Allow (RFC 9110 15.5.6), as on every
  // other known path; HEAD gets the plain GET's status and headers without a body.
  app.any('/v1/ws/status', (res, req) => {
    const method = req.getCaseSensitiveMethod();
    const wantsJson = req.getHeader('accept').includes('application/json');
    if (method === 'HEAD') {
      // uWS counts endWithoutBody as no answer unless an abort handler is attached.
      res.onAborted(() => {});
      const { text, contentType } = encodeReply({ error: UPGRADE_ONLY }, wantsJson);
      res.cork(() => {
        res.writeStatus('400 Bad Request').writeHeader('Content-Type', contentType).endWithoutBody(Buffer.byteLength(text));
      });
      return;
    }
    const { text, contentType } = encodeReply({ error: appError('METHOD_NOT_ALLOWED').message }, wantsJson);
    res.cork(() => {
      res.writeStatus('405 Method Not Allowed').writeHeader('Allow', 'GET').writeHeader('Content-Type', contentType).end(text);
    });
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
