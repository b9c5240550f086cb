/**
 * @module validate-body
 * Decodes a request body (TOON or JSON, see codec) and checks it against a zod schema whose
 * messages name the field ('password must be at least 8 characters').
 *
 * Failure: AppError 400: the codec's errors for undecodable bodies, BAD_REQUEST with the
 * first failing field's message otherwise.
 */
import type { z } from 'zod';
import { AppError, appError } from '../../schemas/errors.ts';
import { decodeBody } from './codec.ts';
import type { RequestContext } from './route.ts';

export function validateBody<S extends z.ZodType>(ctx: Pick<RequestContext, 'body' | 'contentType'>, schema: S): z.infer<S> {
  return validateDecoded(decodeBody(ctx.body, ctx.contentType), schema);
}

/** validateBody for a body already decoded (a route that looks at it first); the same BAD_REQUEST. */
export function validateDecoded<S extends z.ZodType>(body: unknown, schema: S): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  const message = field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
  throw appError('FIELD_INVALID', { issue: message });
}
