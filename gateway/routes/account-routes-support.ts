/**
 * @module account-routes-support
 * What the account routes share: the field rules of the register and login bodies (with
 * messages that name the field) and the ISO-8601 form of account timestamps.
 *
 * Failure: none here; validate-body turns a failing rule into a 400.
 */
import { z } from 'zod';

/** 'x is required' when absent or null, 'x must be a string' for another type. */
const stringOf = (field: string) =>
  z.string({ error: (iss) => (iss.input === undefined || iss.input === null ? `${field} is required` : `${field} must be a string`) });

const requiredText = (field: string, max: number) =>
  stringOf(field)
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field} must be at most ${max} characters`);

const email = stringOf('email')
  .trim()
  .min(1, 'email is required')
  .max(254, 'email must be at most 254 characters')
  .pipe(z.email({ error: 'email must be a valid email address' }));

export const registerBody = z.object({
  first_name: requiredText('first_name', 100),
  last_name: requiredText('last_name', 100),
  email,
  password: stringOf('password')
    .min(8, 'password must be at least 8 characters')
    .max(1024, 'password must be at most 1024 characters'),
});

export const loginBody = z.object({
  email: stringOf('email').trim().min(1, 'email is required').max(254, 'email must be at most 254 characters'),
  password: stringOf('password').min(1, 'password is required').max(1024, 'password must be at most 1024 characters'),
});

/** `2025-01-20T10:30:00Z`: ISO 8601 in UTC, whole seconds, as the reference shows it. */
export function isoUtc(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
