/**
 * @module users-repo
 * UsersRepo over the `postgres` client: accounts, looked up by id, by email (case-insensitive,
 * through the unique index on lower(email)) and by the keyed hash of the API key.
 *
 * Failure: creating a user whose email exists in any letter case throws AppError('EMAIL_TAKEN');
 * the check is the unique index itself, so two concurrent sign-ups cannot both win. Lookups by a
 * malformed id answer null. Any other database error propagates unchanged.
 */
import postgres from 'postgres';
import { appError, AppError } from '../../schemas/errors.ts';
import type { NewUser, UserRow, UsersRepo } from './repositories.ts';
import { isUuid } from './sql-values.ts';

/** Name of the unique index on lower(email) in 001_init.sql. */
const EMAIL_INDEX = 'users_email_lower_key';

interface UserRecord {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  password_hash: string;
  api_key_hash: string;
  api_key_enc: string;
  user_type: string;
  roles: string[];
  created_at: Date;
}

function toUser(r: UserRecord): UserRow {
  return {
    id: r.id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    passwordHash: r.password_hash,
    apiKeyEnc: r.api_key_enc,
    userType: r.user_type,
    roles: r.roles,
    createdAt: r.created_at,
  };
}

export function isEmailTaken(e: unknown): boolean {
  return e instanceof postgres.PostgresError && e.code === '23505' && e.constraint_name === EMAIL_INDEX;
}

export function createUsersRepo(sql: postgres.Sql): UsersRepo {
  // roles (text[]) travels as JSON: the client does not fetch array types (open-database.ts).
  const columns = () => sql`id, email, first_name, last_name, password_hash, api_key_hash, api_key_enc, user_type, to_jsonb(roles) as roles, created_at`;
  return {
    async create(user: NewUser): Promise<UserRow> {
      try {
        const [row] = await sql<UserRecord[]>`
          insert into users (email, first_name, last_name, password_hash, api_key_hash, api_key_enc)
          values (${user.email}, ${user.firstName}, ${user.lastName}, ${user.passwordHash},
                  ${user.apiKeyHash}, ${user.apiKeyEnc})
          returning ${columns()}`;
        return toUser(row!);
      } catch (e) {
        if (isEmailTaken(e)) throw appError('EMAIL_TAKEN');
        throw e;
      }
    },

    async findByEmail(email: string): Promise<UserRow | null> {
      const [row] = await sql<UserRecord[]>`select ${columns()} from users where lower(email) = lower(${email})`;
      return row ? toUser(row) : null;
    },

    async findById(id: string): Promise<UserRow | null> {
      if (!isUuid(id)) return null;
      const [row] = await sql<UserRecord[]>`select ${columns()} from users where id = ${id}`;
      return row ? toUser(row) : null;
    },

    async findByApiKeyHash(hash: string): Promise<UserRow | null> {
      const [row] = await sql<UserRecord[]>`select ${columns()} from users where api_key_hash = ${hash}`;
      return row ? toUser(row) : null;
    },
  };
}
