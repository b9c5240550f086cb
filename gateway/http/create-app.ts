/**
 * @module create-app
 * The HTTP framework over uWebSockets.js. Registers each Route under its pattern and method
 * (a GET route answers HEAD too: the same status and headers, Content-Length of the body it
 * would send, no body; RFC 9110 section 9.3.2), answers 405 (with Allow) for a known pattern
 * with another method and 404 for anything else. Per request it copies everything out of uWS before the first await, registers
 * onAborted first (the client going away aborts ctx.signal and nothing is written after),
 * sheds load beyond config.maxInFlight with 503 + Retry-After, reads the body within the
 * route's limit (413 while streaming), counts the route's rate limit per client address
 * (429 + Retry-After), authenticates per route (jwt / api_key), counts the rate limit per
 * user, runs the
 * handler, encodes the reply (TOON, or JSON for Accept: application/json), writes it inside
 * res.cork, and counts it in the metrics by route pattern.
 *
 * Failure: handlers throw AppError for client-visible failures (status + `error:`);
 * anything else is logged with the request id and answered 500 'Internal server error'.
 * Building the app throws on two routes with the same method and pattern.
 */
import { STATUS_CODES } from 'node:http';
import { randomBytes } from 'node:crypto';
import uWS from 'uWebSockets.js';
import type { HttpRequest, HttpResponse, TemplatedApp } from 'uWebSockets.js';
import { AppError, appError, internalMessage } from '../../schemas/errors.ts';
import { withLogContext } from '../../foundation/logger.ts';
import { authenticateApiKey, authenticateBearer } from '../auth/authenticate.ts';
import { acceptsJson, encodeReply, hasNul } from './codec.ts';
import { errorReply } from './error-reply.ts';
import type { HttpDeps } from './http-deps.ts';
import { readBody } from './read-body.ts';
import { DEFAULT_MAX_BODY_BYTES, type HttpMethod, type Reply, type RequestContext, type Route } from './route.ts';

export interface HttpApp {
  app: TemplatedApp;
  /** Resolves once no request is in flight (call after the listen socket is closed). */
  drain(): Promise<void>;
  inFlight(): number;
}

/** The route label for requests that matched no pattern (keeps the label set bounded). */
export const UNMATCHED_ROUTE = 'unmatched';

const REGISTER: Record<HttpMethod, 'get' | 'post' | 'put' | 'del'> = {
  GET: 'get',
  POST: 'post',
  PUT: 'put',
  DELETE: 'del',
};

/** The per-request state shared by the sync and async halves of a handler. */
interface Exchange {
  res: HttpResponse;
  aborted: boolean;
  ended: boolean;
  requestId: string;
  wantsJson: boolean;
  method: string;
  route: string;
  started: number;
  /** A HEAD request: the reply's status and headers only. */
  headOnly: boolean;
}

function paramNames(pattern: string): string[] {
  return pattern.split('/').filter((s) => s.startsWith(':')).map((s) => s.slice(1));
}

function readHeaders(req: HttpRequest): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  req.forEach((k, v) => {
    headers[k] = k in headers ? `${headers[k]}, ${v}` : v;
  });
  return { ...headers };
}

function hasBody(headers: Record<string, string>): boolean {
  const len = headers['content-length'];
  return (len !== undefined && len.trim() !== '0') || 'transfer-encoding' in headers;
}

export function createHttpApp(routes: Route[], deps: HttpDeps): HttpApp {
  const { config, log, metrics } = deps;
  const app = uWS.App();
  let inFlight = 0;
  let drainWaiters: Array<() => void> = [];

  const finishOne = () => {
    inFlight--;
    if (inFlight === 0 && drainWaiters.length) {
      const waiters = drainWaiters;
      drainWaiters = [];
      for (const w of waiters) w();
    }
  };

  /** Writes a reply once, corked; a no-op after abort or a previous reply. */
  const send = (ex: Exchange, reply: Reply, closeConnection: boolean) => {
    if (ex.aborted || ex.ended) return;
    let payload: string | Buffer;
    let contentType: string;
    if ('raw' in reply) {
      payload = reply.raw;
      contentType = reply.contentType;
    } else {
      let enc: { text: string; contentType: string };
      try {
        enc = encodeReply(reply.body, ex.wantsJson);
      } catch (err) {
        // A body the codecs cannot encode (a cycle, a BigInt) is a bug in the route: 500, not a hang.
        reply = errorReply(err, log, ex);
        enc = encodeReply((reply as { body: unknown }).body, ex.wantsJson);
      }
      payload = enc.text;
      contentType = enc.contentType;
    }
    ex.ended = true;
    const { res } = ex;
    res.cork(() => {
      res.writeStatus(`${reply.status} ${STATUS_CODES[reply.status] ?? ''}`.trimEnd());
      res.writeHeader('Content-Type', contentType);
      res.writeHeader('X-Content-Type-Options', 'nosniff');
      res.writeHeader('X-Request-Id', ex.requestId);
      for (const [k, v] of Object.entries(reply.headers ?? {})) {
        const lk = k.toLowerCase();
        if (lk === 'content-length' || lk === 'content-type' || lk === 'transfer-encoding') continue;
        res.writeHeader(k, String(v));
      }
      if (ex.headOnly) res.endWithoutBody(Buffer.byteLength(payload), closeConnection);
      else res.end(payload, closeConnection);
    });
    const seconds = (performance.now() - ex.started) / 1000;
    metrics.observeHttp(ex.method, ex.route, reply.status, seconds);
    log.debug('request', { requestId: ex.requestId, method: ex.method, route: ex.route, status: reply.status, ms: Math.round(seconds * 1000) });
  };

  /** Start of every handler: onAborted first, then what later halves need. */
  const open = (res: HttpResponse, req: HttpRequest, route: string, onAbort?: () => void): Exchange => {
    const ex: Exchange = {
      res,
      aborted: false,
      ended: false,
      requestId: randomBytes(8).toString('hex'),
      wantsJson: acceptsJson(req.getHeader('accept')),
      method: req.getMethod().toUpperCase(),
      route,
      started: performance.now(),
      headOnly: req.getMethod().toLowerCase() === 'head',
    };
    res.onAborted(() => {
      ex.aborted = true;
      onAbort?.();
    });
    return ex;
  };

  const handle = (route: Route, names: string[], res: HttpResponse, req: HttpRequest) => {
    const controller = new AbortController();
    const ex = open(res, req, route.pattern, () => {
      // 499: nginx's "client closed request", so abandoned requests stay visible in metrics.
      if (!ex.ended) metrics.observeHttp(ex.method, ex.route, 499, (performance.now() - ex.started) / 1000);
      controller.abort(new Error(internalMessage('CLIENT_WENT_AWAY')));
    });

    // Copy everything out of uWS now: req is invalid after the first await.
    const headers = readHeaders(req);
    const path = req.getUrl();
    const query = new URLSearchParams(req.getQuery() ?? '');
    const rawParams = names.map((_, i) => req.getParameter(i) ?? '');
    const peer = Buffer.from(res.getRemoteAddressAsText()).toString('utf8');
    const ip = deps.clientAddress ? deps.clientAddress(peer, headers) : peer;
    const early = (err: AppError) => send(ex, errorReply(err, log, ex), hasBody(headers));

    if (inFlight >= config.maxInFlight && !route.probe) {
      early(appError('SERVER_BUSY', {}, { headers: { 'Retry-After': '1' } }));
      return;
    }
    const params: Record<string, string> = {};
    try {
      names.forEach((n, i) => (params[n] = decodeURIComponent(rawParams[i]!)));
    } catch {
      early(appError('MALFORMED_PATH'));
      return;
    }
    if (Object.values(params).some(hasNul)) {
      early(appError('NUL_CHARACTER', { where: 'The path' }));
      return;
    }
    if ([...query].some(([k, v]) => hasNul(k) || hasNul(v))) {
      early(appError('NUL_CHARACTER', { where: 'The query string' }));
      return;
    }

    inFlight++;
    const reading = readBody(res, {
      limit: route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      documentLimit: route.documentLimitBytes,
      contentLength: headers['content-length'] ?? '',
      transferEncoding: headers['transfer-encoding'] ?? '',
      signal: controller.signal,
    });

    const run = async (): Promise<Reply> => {
      const body = await reading.body;
      const ctx: RequestContext = {
        method: route.method,
        path,
        query,
        headers,
        params,
        ip,
        body,
        contentType: (headers['content-type'] ?? '').toLowerCase(),
        wantsJson: ex.wantsJson,
        signal: controller.signal,
        requestId: ex.requestId,
      };
      const limit = route.rateLimit && deps.rateLimiter ? { cls: route.rateLimit, limiter: deps.rateLimiter } : null;
      if (limit) await limit.limiter.check(limit.cls, { address: ip });
      if (route.auth === 'jwt') {
        const { user, token } = await authenticateBearer(headers['authorization'], deps);
        ctx.user = user;
        ctx.token = { jti: token.jti, exp: token.exp };
      } else if (route.auth === 'api_key') {
        ctx.user = await authenticateApiKey(headers['x-api-key'], deps);
      }
      if (limit && ctx.user) await limit.limiter.check(limit.cls, { userId: ctx.user.id });
      return route.handler(ctx);
    };

    // Every line logged while answering (here, in handlers, in what they start) carries the id.
    withLogContext({ requestId: ex.requestId }, () =>
      run()
        .catch((err: unknown) => (ex.aborted ? undefined : errorReply(err, log, ex)))
        .then((reply) => {
          if (reply) send(ex, reply, !reading.complete());
        })
        .catch((err: unknown) => log.error('writing a reply failed', { requestId: ex.requestId, err: err as Error }))
        .finally(finishOne),
    );
  };

  const seen = new Set<string>();
  const methodsByPattern = new Map<string, string[]>();
  for (const route of routes) {
    const key = `${route.method} ${route.pattern}`;
    if (seen.has(key)) throw new Error(internalMessage('ROUTE_TWICE', { key }));
    seen.add(key);
    const names = paramNames(route.pattern);
    app[REGISTER[route.method]](route.pattern, (res, req) => handle(route, names, res, req));
    if (route.method === 'GET') app.head(route.pattern, (res, req) => handle(route, names, res, req));
    methodsByPattern.set(route.pattern, [...(methodsByPattern.get(route.pattern) ?? []), route.method, ...(route.method === 'GET' ? ['HEAD'] : [])]);
  }

  for (const [pattern, methods] of methodsByPattern) {
    const allow = methods.join(', ');
    app.any(pattern, (res, req) => {
      const ex = open(res, req, pattern);
      const err = appError('METHOD_NOT_ALLOWED', {}, { headers: { Allow: allow } });
      send(ex, errorReply(err, log, ex), hasBody(readHeaders(req)));
    });
  }
  app.any('/*', (res, req) => {
    const ex = open(res, req, UNMATCHED_ROUTE);
    send(ex, errorReply(appError('NOT_FOUND'), log, ex), hasBody(readHeaders(req)));
  });

  return {
    app,
    inFlight: () => inFlight,
    drain: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => drainWaiters.push(r))),
  };
}
