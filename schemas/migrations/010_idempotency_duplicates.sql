-- 010_idempotency_duplicates: Idempotency-Key on submits, and duplicate detection.
--
-- idempotency_keys: one row per (user, key). The primary key makes concurrent first uses race
-- safely: exactly one INSERT wins; the others read the winner's row. request_id stays NULL while
-- the first use is still being accepted; sha256 is the document's, so the same key with other
-- bytes is refused. Keys older than 24 h are replaced on their next use.
CREATE TABLE idempotency_keys (
  user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key        text        NOT NULL,
  sha256     text        NOT NULL,
  request_id text        REFERENCES requests (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);

-- duplicate_of: the user's earliest request with the same bytes (SHA-256), set at insert.
-- Deleting that earlier request clears the link.
ALTER TABLE requests ADD COLUMN duplicate_of text REFERENCES requests (id) ON DELETE SET NULL;
-- business_key: supplier + documentId + date + total of the result (normalised), set with the result.
ALTER TABLE requests ADD COLUMN business_key text;
CREATE INDEX requests_user_sha256_idx ON requests (user_id, sha256, submitted_at);
CREATE INDEX requests_user_business_key_idx ON requests (user_id, business_key, submitted_at) WHERE business_key IS NOT NULL;
CREATE INDEX requests_duplicate_of_idx ON requests (duplicate_of) WHERE duplicate_of IS NOT NULL;
