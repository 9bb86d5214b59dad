-- BankHire: the data keys that seal answer chunks, PostgreSQL 15+. Idempotent.
--
-- One random AES-256 key per interview (SubjectId), owned by its candidate (OwnerId), stored only wrapped by the
-- master key MasterKeyId (the mounted key file). Deleting a candidate's rows makes what they sealed unreadable in
-- every copy of the database. AnswerChunks rows written before encryption keep Sealed = false and stay readable.

DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('bankhire.orleans.schema')); END $$;

CREATE TABLE IF NOT EXISTS DataKeys
(
    SubjectId uuid NOT NULL,
    OwnerId uuid NULL,
    MasterKeyId varchar(64) NOT NULL,
    WrappedKey bytea NOT NULL,
    CreatedAt timestamptz NOT NULL,

    CONSTRAINT PK_DataKeys PRIMARY KEY (SubjectId)
);

CREATE INDEX IF NOT EXISTS IX_DataKeys_OwnerId ON DataKeys (OwnerId);

ALTER TABLE AnswerChunks ADD COLUMN IF NOT EXISTS Sealed boolean NOT NULL DEFAULT false;
