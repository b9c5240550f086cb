-- 040_webhooks: signed webhooks (Standard Webhooks) with a transactional outbox.
--
-- webhook_endpoints: a user's receivers. `secret` is the whsec_ signing secret (needed in clear
-- to sign; shown to the client once, at creation). `events` lists the event types sent to it.
-- An endpoint that answered 410 Gone is disabled (disabled_at): it gets no new deliveries.
CREATE TABLE webhook_endpoints (
  id              text        PRIMARY KEY,
  user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  url             text        NOT NULL,
  events          text[]      NOT NULL,
  secret          text        NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  disabled_at     timestamptz,
  disabled_reason text
);
CREATE INDEX webhook_endpoints_user_idx ON webhook_endpoints (user_id, created_at);

-- webhook_deliveries: the outbox. One row per endpoint per event, inserted in the same
-- statement (so the same transaction) as the request's terminal status change; `id` is the
-- `webhook-id` the receiver sees on every attempt of it. A sender claims due rows with
-- FOR UPDATE SKIP LOCKED and moves next_attempt_at past its lease, so any number of processes
-- share the work and none sends a row another holds. `attempts` is the claim count: a sender
-- records its outcome only while the count is still its own (a lease that ran out was claimed
-- again by another sender, whose outcome counts).
CREATE TABLE webhook_deliveries (
  id              text        PRIMARY KEY,
  endpoint_id     text        NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  event           text        NOT NULL,
  request_id      text        REFERENCES requests (id) ON DELETE CASCADE,
  payload         jsonb,
  status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts        integer     NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  scheduled_at    timestamptz NOT NULL DEFAULT now(),
  next_attempt_at timestamptz,
  last_attempt_at timestamptz,
  last_status     integer,
  last_error      text,
  UNIQUE (endpoint_id, request_id, event)
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at);

-- webhook_attempts: what each try of a delivery got (status code or error, duration).
CREATE TABLE webhook_attempts (
  delivery_id text        NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempt     integer     NOT NULL,
  at          timestamptz NOT NULL DEFAULT now(),
  status_code integer,
  error       text,
  duration_ms integer     NOT NULL,
  PRIMARY KEY (delivery_id, attempt)
);
