-- 025_job_crashes: a job's crashes (its worker died or lost the broker while holding it) are
-- counted apart from its errors (the engine threw), so a good document hit by unrelated crashes
-- does not use up its attempts, and a failed row says truly which of the two ended it.
-- attempts stays "times a worker started on it"; errors <= attempts.
ALTER TABLE requests ADD COLUMN crashes integer NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN errors integer NOT NULL DEFAULT 0;
-- the last error a failed attempt raised (shown in error_message if the request fails)
ALTER TABLE requests ADD COLUMN last_error text;
