-- 020_rate_limits: the shared budget of the request rate limits (gateway/http/rate-limit.ts),
-- one row per limited subject and window, so every gateway on this database counts against the
-- same budget. The layout is rate-limiter-flexible's RateLimiterPostgres table: `key` is
-- "<limit>:<subject>" (subjects are user ids and client addresses, never API keys), `points`
-- the requests counted in the window, `expire` the window's end in epoch milliseconds.
CREATE TABLE IF NOT EXISTS rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
CREATE INDEX IF NOT EXISTS rate_limits_expire ON rate_limits (expire);
