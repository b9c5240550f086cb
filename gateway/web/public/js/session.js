/**
 * Who is signed in. The API key and email are kept in sessionStorage (gone when the tab
 * closes), or in localStorage only when the user ticked "remember me". The login token is kept
 * beside them only to log out (POST /auth/logout revokes it).
 */
import { api } from './api.js';

const KEY = 'docextract.session';

/** @returns {{apiKey: string, email: string, token: string} | null} */
export function currentSession() {
  for (const store of [sessionStorage, localStorage]) {
    try {
      const s = JSON.parse(store.getItem(KEY) ?? 'null');
      if (s?.apiKey) return s;
    } catch { /* a damaged entry is no session */ }
  }
  return null;
}

function keep(session, remember) {
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEY);
  (remember ? localStorage : sessionStorage).setItem(KEY, JSON.stringify(session));
}

/** Logs in (JWT), then reads the profile for the API key. */
export async function logIn(email, password, remember) {
  const login = await api('POST', '/auth/login', { body: { email, password } });
  const profile = await api('GET', '/users/profile', { token: login.access_token });
  const session = { apiKey: profile.api_key, email: profile.email, token: login.access_token };
  keep(session, remember);
  return session;
}

/** Registers, then logs in as the new user. */
export async function register(fields, remember) {
  await api('POST', '/users/register', { body: fields });
  return logIn(fields.email, fields.password, remember);
}

/** Revokes the token (best effort: an expired one is fine) and forgets the session. */
export async function logOut() {
  const s = currentSession();
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEY);
  if (s?.token) await api('POST', '/auth/logout', { token: s.token }).catch(() => {});
}
