/**
 * The service's HTTP API as the page uses it: JSON both ways (the service answers JSON for
 * `Accept: application/json`), the API key in `X-API-Key`, and every failure as an ApiError
 * carrying the service's own message (`error`, or `message` for a 422 `not_processed`).
 */

export class ApiError extends Error {
  /** @param {number} status @param {string} message @param {any} body */
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/**
 * One call. `opts.key` is the API key, `opts.token` a bearer token, `opts.body` an object sent
 * as JSON or a FormData sent as the browser's multipart.
 * @returns {Promise<any>} the decoded JSON body of a 2xx reply
 */
export async function api(method, path, opts = {}) {
  const headers = { Accept: 'application/json' };
  if (opts.key) headers['X-API-Key'] = opts.key;
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  let body;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res;
  try {
    res = await fetch(path, { method, headers, body });
  } catch {
    throw new ApiError(0, 'The service cannot be reached. Check the connection and try again.');
  }
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { error: text };
  }
  if (!res.ok) {
    const message = data?.error ?? data?.message ?? `${res.status} ${res.statusText}`;
    throw new ApiError(res.status, message, data);
  }
  return data;
}
