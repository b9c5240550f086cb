/**
 * @module users-routes
 * POST /users/register (public): creates an account with a fresh API key and answers 201
 * with the user and the key. GET /users/profile (JWT): the caller's account, including the
 * API key (decrypted from its at-rest copy).
 *
 * Failure: 400 naming the field (missing names, malformed email, password under 8
 * characters, undecodable body); 409 'Email already registered' for an email that exists in
 * any letter case (decided by the database's unique index, so concurrent sign-ups cannot
 * both win); 401 from the JWT check; a key that cannot be decrypted is a 500 (logged).
 */
import { decryptApiKey, apiKeyLookupHash, encryptApiKey, generateApiKey } from '../auth/api-keys.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { HttpDeps } from '../http/http-deps.ts';
import type { Route } from '../http/route.ts';
import { validateBody } from '../http/validate-body.ts';
import { isoUtc, registerBody } from './account-routes-support.ts';
import { profile, registeredUser } from '../../schemas/wire/view-schemas.ts';

export function usersRoutes(deps: Pick<HttpDeps, 'repos' | 'secrets' | 'log'>): Route[] {
  const { repos, secrets } = deps;
  return [
    {
      method: 'POST',
      pattern: '/users/register',
      auth: 'none',
      doc: {
        summary: 'Create an account and its API key',
        tags: ['accounts'],
        body: registerBody,
        responses: {
          201: { description: 'Registered; the API key is shown here and in the profile', schema: registeredUser },
          409: { description: 'Email already registered' },
        },
      },
      async handler(ctx) {
        const input = validateBody(ctx, registerBody);
        const apiKey = generateApiKey();
        const user = await repos.users.create({
          email: input.email,
          firstName: input.first_name,
          lastName: input.last_name,
          passwordHash: await hashPassword(input.password),
          apiKeyHash: apiKeyLookupHash(apiKey, secrets.apiKeyLookupKey),
          apiKeyEnc: encryptApiKey(apiKey, secrets.apiKeyEncryptionKey),
        });
        deps.log.info('user registered', { userId: user.id });
        return {
          status: 201,
          body: {
            message: 'User registered successfully',
            user: {
              id: user.id,
              email: user.email,
              first_name: user.firstName,
              last_name: user.lastName,
              api_key: apiKey,
            },
          },
          headers: { 'Cache-Control': 'no-store' },
        };
      },
    },
    {
      method: 'GET',
      pattern: '/users/profile',
      auth: 'jwt',
      doc: { summary: "The caller's account, with its API key", tags: ['accounts'], responses: { 200: { description: 'Profile', schema: profile } } },
      async handler(ctx) {
        const user = ctx.user!;
        return {
          status: 200,
          body: {
            id: user.id,
            email: user.email,
            first_name: user.firstName,
            last_name: user.lastName,
            api_key: decryptApiKey(user.apiKeyEnc, secrets.apiKeyEncryptionKey),
            user_type: user.userType,
            roles: user.roles,
            created_at: isoUtc(user.createdAt),
          },
          headers: { 'Cache-Control': 'no-store' },
        };
      },
    },
  ];
}
