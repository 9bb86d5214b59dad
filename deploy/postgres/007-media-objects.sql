-- BankHire: answer chunks whose sealed bytes live in an S3-compatible object store, PostgreSQL 15+. Idempotent.
--
-- With Storage:Media:Provider = S3 a row keeps the chunk's sequence, type, size and receipt time, an empty Payload
-- and the ObjectKey of its sealed bytes in the bucket (uploaded before the row is committed, so before the chunk is
-- acknowledged). Rows stored in the database keep ObjectKey NULL and are read as before.

DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('bankhire.orleans.schema')); END $$;

ALTER TABLE AnswerChunks ADD COLUMN IF NOT EXISTS ObjectKey varchar(400) NULL;
