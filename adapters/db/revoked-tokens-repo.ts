/**
 * @module revoked-tokens-repo
 * RevokedTokensRepo over the `postgres` client: JWT ids revoked before their expiry (logout),
 * kept until that expiry and then purged. A token stays revoked until purged, whatever the clock
 * says, so a purge that runs late can only over-refuse an already expired token.
 *
 * Failure: revoking twice is not an error (the later expiry wins); database errors propagate.
 */
import type postgres from 'postgres';
import type { RevokedTokensRepo } from './repositories.ts';

export function createRevokedTokensRepo(sql: postgres.Sql): RevokedTokensRepo {
  return {
    async revoke(jti: string, expiresAt: Date): Promise<void> {
      await sql`
        insert into revoked_tokens (jti, expires_at) values (${jti}, ${expiresAt})
        on conflict (jti) do update
          set expires_at = greatest(revoked_tokens.expires_at, excluded.expires_at)`;
    },

    async isRevoked(jti: string): Promise<boolean> {
      const rows = await sql`select 1 from revoked_tokens where jti = ${jti}`;
      return rows.length > 0;
    },

    async purgeExpired(): Promise<number> {
      const res = await sql`delete from revoked_tokens where expires_at <= now()`;
      return res.count;
    },
  };
}
