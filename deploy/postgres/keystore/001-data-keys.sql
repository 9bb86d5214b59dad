-- BankHire key store, PostgreSQL 15+: the data keys, in a database of their own (Storage:KeyStoreConnectionString,
-- default <database>_keys), so a backup of the data database holds only ciphertext. Idempotent.
--
-- One random AES-256 key per subject (interview, candidate, job pool), owned by its candidate (OwnerId), stored only
-- wrapped by the master key MasterKeyId (the mounted key file). Deleting a candidate's rows makes what they sealed
-- unreadable in the data database and in every backup of it, at once.

DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('bankhire.keystore.schema')); END $$;

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
