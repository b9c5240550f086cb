/**
 * @module authenticate
 * Turns the credentials a request carries into a user: an API key (`X-API-Key`, for the
 * document endpoints and the WebSocket upgrade) or a bearer JWT (`Authorization`, for
 * /users and /auth). Used by the HTTP framework per route and by the WebSocket upgrade.
 *
 * Failure: AppError 401s with the reference's wording: API_KEY_REQUIRED 'API key required',
 * INVALID_API_KEY 'Invalid API key'; AUTH_REQUIRED 'Not authenticated' for a missing bearer
 * token and INVALID_TOKEN (see jwt.ts) for a bad one or one whose user no longer exists.
 * Database errors propagate (a 500, never a silent 401).
 */
import type { Repositories, UserRow } from '../../adapters/db/repositories.ts';
import { AppError, appError } from '../../schemas/errors.ts';
import { apiKeyLookupHash, looksLikeApiKey } from './api-keys.ts';
import { BEARER_CHALLENGE, invalidToken, verifyAccessToken, type VerifiedToken } from './jwt.ts';
import type { ServiceSecrets } from '../../foundation/service-secrets.ts';

export interface AuthDeps {
  repos: Pick<Repositories, 'users' | 'revokedTokens'>;
  secrets: ServiceSecrets;
}

export async function authenticateApiKey(key: string | undefined, deps: AuthDeps): Promise<UserRow> {
  const k = (key ?? '').trim();
  if (!k) throw appError('API_KEY_REQUIRED');
  if (!looksLikeApiKey(k)) throw appError('INVALID_API_KEY');
  const user = await deps.repos.users.findByApiKeyHash(apiKeyLookupHash(k, deps.secrets.apiKeyLookupKey));
  if (!user) throw appError('INVALID_API_KEY');
  return user;
}

/** `authorization` is the raw header value ('Bearer <token>'). */
export async function authenticateBearer(
  authorization: string | undefined,
  deps: AuthDeps,
): Promise<{ user: UserRow; token: VerifiedToken }> {
  const header = (authorization ?? '').trim();
  if (!header) throw appError('NOT_AUTHENTICATED', {}, { headers: BEARER_CHALLENGE });
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw invalidToken();
  const token = await verifyAccessToken(m[1]!, deps.secrets.jwtKey, deps.repos.revokedTokens);
  const user = await deps.repos.users.findById(token.sub);
  if (!user) throw invalidToken();
  return { user, token };
}
