/**
 * @module auth-routes
 * POST /auth/login (public): email + password -> a bearer access token (HS256, config.jwtTtlS).
 * POST /auth/logout (JWT): revokes that token's jti in the database until its expiry, so
 * it stays refused on every gateway and after a restart.
 *
 * Failure: 400 for a missing field or undecodable body; 401 'Invalid email or password' for
 * an unknown email and for a wrong password alike (an unknown email is verified against a
 * decoy hash, so both take the same time); 429 with Retry-After while the login throttle
 * holds the email or the client address; 401 from the JWT check on logout.
 */
import { appError } from '../../schemas/errors.ts';
import { issueAccessToken } from '../auth/jwt.ts';
import { decoyHash, verifyPassword } from '../auth/passwords.ts';
import type { HttpDeps } from '../http/http-deps.ts';
import type { Route } from '../http/route.ts';
import { validateBody } from '../http/validate-body.ts';
import { loginBody } from './account-routes-support.ts';
import { accessToken, messageBody } from '../../schemas/wire/view-schemas.ts';

export function authRoutes(deps: Pick<HttpDeps, 'config' | 'repos' | 'secrets' | 'log' | 'throttle'>): Route[] {
  const { config, repos, secrets, throttle } = deps;
  return [
    {
      method: 'POST',
      pattern: '/auth/login',
      auth: 'none',
      doc: {
        summary: 'Exchange email and password for a bearer access token (JWT)',
        tags: ['accounts'],
        body: loginBody,
        responses: {
          200: { description: 'Logged in', schema: accessToken },
          401: { description: 'Invalid email or password' },
          429: { description: 'Too many failed attempts for this email or address', headers: { 'Retry-After': 'Seconds until the next attempt is allowed' } },
        },
      },
      async handler(ctx) {
        const { email, password } = validateBody(ctx, loginBody);
        throttle.check(email, ctx.ip);
        const user = await repos.users.findByEmail(email);
        const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
        if (!user || !ok) {
          throttle.recordFailure(email, ctx.ip);
          deps.log.info('login failed', { requestId: ctx.requestId, ip: ctx.ip, knownUser: Boolean(user) });
          throw appError('CREDENTIALS_INVALID');
        }
        throttle.recordSuccess(email);
        const { token } = await issueAccessToken(user.id, secrets.jwtKey, config.jwtTtlS);
        return {
          status: 200,
          body: { access_token: token, token_type: 'bearer', user_type: user.userType, roles: user.roles },
          headers: { 'Cache-Control': 'no-store' },
        };
      },
    },
    {
      method: 'POST',
      pattern: '/auth/logout',
      auth: 'jwt',
      doc: { summary: 'Revoke the bearer token on every gateway', tags: ['accounts'], responses: { 200: { description: 'Logged out', schema: messageBody } } },
      async handler(ctx) {
        const { jti, exp } = ctx.token!;
        await repos.revokedTokens.revoke(jti, new Date(exp * 1000));
        return { status: 200, body: { message: 'Logged out successfully' } };
      },
    },
  ];
}
