-- BankHire: answer chunks sealed under the interview's media key, PostgreSQL 15+. Idempotent.
--
-- Chunks are sealed under a data key of their own per interview (MediaKey = true), so deleting an interview's media
-- shreds that key instead of overwriting the rows; rows sealed before (MediaKey = false) open with the interview's key.

DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('bankhire.orleans.schema')); END $$;

ALTER TABLE AnswerChunks ADD COLUMN IF NOT EXISTS MediaKey boolean NOT NULL DEFAULT false;
