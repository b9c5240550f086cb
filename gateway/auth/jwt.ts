/**
 * @module jwt
 * Access tokens: HS256 JWTs (jose) carrying `sub` (user id), a random `jti`, `iat` and `exp`
 * (now + config.jwtTtlS). Verification pins the algorithm to HS256, so `alg: none`, RS256 or
 * any other header is refused before the signature is even considered; a logged-out token is
 * refused through the revoked-token table until it would have expired anyway.
 *
 * Failure: verifyAccessToken throws AppError INVALID_TOKEN (401, with
 * `WWW-Authenticate: Bearer`): 'Token has expired', 'Token has been revoked', or
 * 'Could not validate credentials' for anything else (malformed, bad signature, wrong alg,
 * missing claims). A database error while checking revocation propagates (a 500, not a 401).
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import type { RevokedTokensRepo } from '../../adapters/db/repositories.ts';
import { AppError, appError } from '../../schemas/errors.ts';

export const BEARER_CHALLENGE = { 'WWW-Authenticate': 'Bearer' };

export interface VerifiedToken {
  sub: string;
  jti: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export function invalidToken(name: 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' = 'TOKEN_INVALID'): AppError {
  return appError(name, {}, { headers: BEARER_CHALLENGE });
}

export async function issueAccessToken(
  userId: string,
  key: Buffer,
  ttlS: number,
): Promise<{ token: string; jti: string; exp: number }> {
  const iat = Math.floor(Date.now() / 1000);
  const exp = iat + ttlS;
  const jti = randomUUID();
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setJti(jti)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(key);
  return { token, jti, exp };
}

export async function verifyAccessToken(
  token: string,
  key: Buffer,
  revoked: RevokedTokensRepo,
): Promise<VerifiedToken> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key, { algorithms: ['HS256'], requiredClaims: ['sub', 'jti', 'exp'] }));
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) throw invalidToken('TOKEN_EXPIRED');
    throw invalidToken();
  }
  const { sub, jti, exp } = payload;
  if (typeof sub !== 'string' || typeof jti !== 'string' || typeof exp !== 'number') throw invalidToken();
  if (await revoked.isRevoked(jti)) throw invalidToken('TOKEN_REVOKED');
  return { sub, jti, exp };
}
