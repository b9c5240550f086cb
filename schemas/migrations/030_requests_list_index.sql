-- 030_requests_list_index: GET /v1/requests pages a user's requests newest first with keyset
-- paging on (submitted_at, id); this index serves that order exactly, ties included, and
-- replaces the (user_id, submitted_at) one it covers.
CREATE INDEX IF NOT EXISTS requests_user_list_idx ON requests (user_id, submitted_at DESC, id DESC);
DROP INDEX IF EXISTS requests_user_id_idx;
