/**
 * @module route-doc
 * The OpenAPI description a route carries next to its definition (`doc:` on a Route). The
 * document at /openapi.json is built from these and the route table alone, so a route
 * without `doc` fails test/gateway/openapi/openapi-document.test.ts until it is described.
 *
 * What to write: a summary and tags; `body` (a zod schema: it is offered as TOON text/plain
 * and as JSON) or `multipart` (a zod object of the form fields); `query` (a zod object of
 * the query parameters); `params` (a description per `:name` path segment); and `responses`
 * by status: a zod schema (TOON and JSON), `raw` for a body of another media type, or neither
 * for an `error:` body. Statuses every route can answer are added by the builder: 500, 503
 * (load shedding), 401 for authenticated routes, 400/413 for routes with a body, 405.
 *
 * Example:
 *   doc: { summary: 'Bind a transaction id', tags: ['documents'], body: bindTransactionBody,
 *          responses: { 200: { description: 'Bound', schema: boundTransaction },
 *                       404: { description: 'Request not found' } } }
 */
import type { z } from 'zod';

export interface ResponseDoc {
  description: string;
  /** A structured body, sent as TOON (text/plain) or JSON by the caller's Accept. */
  schema?: z.ZodType;
  /** A body of its own media type (e.g. `text/html`, `application/pdf`), described by `rawSchema` or as a string. */
  raw?: string;
  /** Response headers by name, with their description. */
  headers?: Record<string, string>;
}

export interface RouteDoc {
  summary: string;
  description?: string;
  tags: string[];
  /** A stable operation id (defaults to one derived from method and path). */
  operationId?: string;
  /** A TOON (text/plain) or JSON request body. */
  body?: z.ZodType;
  /** A multipart/form-data request body: a zod object of its fields. */
  multipart?: z.ZodType;
  /** Query parameters: a zod object whose keys are the parameter names. */
  query?: z.ZodObject;
  /** Description of each `:name` path segment. */
  params?: Record<string, string>;
  responses: Record<number, ResponseDoc>;
}
