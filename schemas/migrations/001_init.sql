-- 001_init: users, revoked JWT ids, document requests.
-- Runs on PostgreSQL >= 13 and on PGlite (gen_random_uuid() is core since 13).

CREATE TABLE users (
  id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text        NOT NULL,
  first_name    text        NOT NULL DEFAULT '',
  last_name     text        NOT NULL DEFAULT '',
  password_hash text        NOT NULL,
  -- keyed hash (HMAC-SHA256) of the API key: the lookup column
  api_key_hash  text        NOT NULL,
  -- the API key encrypted at rest, so the profile can show it
  api_key_enc   text        NOT NULL,
  user_type     text        NOT NULL DEFAULT 'standard',
  roles         text[]      NOT NULL DEFAULT ARRAY['user']::text[],
  created_at    timestamptz NOT NULL DEFAULT now()
);
-- email is unique case-insensitively; the index name is what the users repo maps to EMAIL_TAKEN
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE UNIQUE INDEX users_api_key_hash_key ON users (api_key_hash);

CREATE TABLE revoked_tokens (
  jti        text        PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX revoked_tokens_expires_at_idx ON revoked_tokens (expires_at);

CREATE TABLE requests (
  id                 text             PRIMARY KEY,
  user_id            uuid             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  status             text             NOT NULL DEFAULT 'processing'
                     CONSTRAINT requests_status_check CHECK (status IN ('processing', 'completed', 'failed')),
  filename           text             NOT NULL,
  content_type       text             NOT NULL,
  size_bytes         integer          NOT NULL CHECK (size_bytes >= 0),
  sha256             text             NOT NULL,
  blob_key           text             NOT NULL,
  doc_type           text             NOT NULL
                     CONSTRAINT requests_doc_type_check CHECK (doc_type IN ('receipt', 'invoice', 'bank_statement', 'other')),
  document_type      text             NOT NULL,
  confidence         double precision NOT NULL,
  classified_by      text             NOT NULL,
  classify_reason    text             NOT NULL,
  type_hint          text,
  reading            jsonb,
  transaction_id     text,
  submitted_at       timestamptz      NOT NULL DEFAULT now(),
  completed_at       timestamptz,
  processing_time_ms integer,
  error_message      text,
  validation         boolean,
  result_data        jsonb,
  formatted_result   jsonb,
  version            integer          NOT NULL DEFAULT 1,
  job_confirmed_at   timestamptz,
  attempts           integer          NOT NULL DEFAULT 0
);
CREATE INDEX requests_user_id_idx ON requests (user_id, submitted_at DESC);
-- the sweeper's and the start-up re-publisher's working set: only rows still in flight
CREATE INDEX requests_processing_idx ON requests (submitted_at) WHERE status = 'processing';
