/**
 * Live status over /v1/ws/status (the `api_key` query parameter, since a browser cannot set
 * headers on a WebSocket), as the API reference advises: the requests still wanted are
 * tracked and subscribed again after every reconnect; reconnects back off 1 s, 2 s, 4 s … up
 * to 60 s; a snapshot or update older than what was seen (by `version`) is dropped; a socket
 * silent for 15 s is closed and replaced (a ping every 10 s keeps an idle one talking).
 */

const MAX_BACKOFF_MS = 60_000;
const SILENCE_MS = 15_000;
const PING_MS = 10_000;

export class StatusSocket {
  /**
   * @param {string} apiKey
   * @param {(event: any) => void} onEvent a snapshot, update or heartbeat
   * @param {(state: 'open'|'closed') => void} onState
   */
  constructor(apiKey, onEvent, onState = () => {}) {
    this.apiKey = apiKey;
    this.onEvent = onEvent;
    this.onState = onState;
    /** request ids to (re)subscribe: those not yet terminal, and those whose result is wanted */
    this.wanted = new Set();
    this.versions = new Map();
    this.backoff = 1000;
    this.stopped = false;
    this.connect();
  }

  /** Start (or restart) following a request; the server answers with a snapshot. */
  subscribe(requestId) {
    this.wanted.add(requestId);
    this.versions.delete(requestId);
    this.send({ action: 'subscribe', request_id: requestId });
  }

  close() {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.pinger);
    this.ws?.close(1000, 'signed out');
  }

  connect() {
    if (this.stopped) return;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${location.host}/v1/ws/status?api_key=${encodeURIComponent(this.apiKey)}`);
    this.ws = ws;
    let lastHeard = Date.now();
    ws.onopen = () => {
      this.backoff = 1000;
      this.onState('open');
      for (const id of this.wanted) this.send({ action: 'subscribe', request_id: id });
      this.pinger = setInterval(() => {
        if (Date.now() - lastHeard > SILENCE_MS) ws.close(4000, 'silent');
        else this.send({ action: 'ping' });
      }, PING_MS);
    };
    ws.onmessage = (m) => {
      lastHeard = Date.now();
      let msg;
      try {
        msg = JSON.parse(m.data);
      } catch {
        return;
      }
      if (msg.event) this.handleEvent(msg);
      else if (msg.action === 'error' && msg.request_id) {
        this.wanted.delete(msg.request_id);
        this.onEvent({ event: 'error', request_id: msg.request_id, error_message: msg.error });
      }
    };
    ws.onclose = () => {
      clearInterval(this.pinger);
      if (this.ws !== ws || this.stopped) return;
      this.onState('closed');
      this.retry = setTimeout(() => this.connect(), this.backoff);
      this.backoff = Math.min(MAX_BACKOFF_MS, this.backoff * 2);
    };
  }

  handleEvent(e) {
    const seen = this.versions.get(e.request_id) ?? -1;
    if (typeof e.version === 'number') {
      if (e.version < seen) return; // a stale snapshot after a newer update
      this.versions.set(e.request_id, e.version);
    }
    if (e.is_terminal) this.wanted.delete(e.request_id); // the server unsubscribes by itself
    this.onEvent(e);
  }

  send(msg) {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(msg));
  }
}
