-- BankHire key store, embedded (SQLite file <DataDirectory>/keys/data-keys.db): the data keys, apart from the database
-- whose rows they seal, same contract as deploy/postgres/keystore/001-data-keys.sql. Idempotent.
--
-- One random AES-256 key per subject (interview, candidate, job pool), owned by its candidate (OwnerId), stored only
-- wrapped by the master key MasterKeyId. Deleting a candidate's rows makes what they sealed unreadable in the database
-- and in every backup of it, at once.

CREATE TABLE IF NOT EXISTS DataKeys
(
    SubjectId TEXT NOT NULL PRIMARY KEY,
    OwnerId TEXT NULL,
    MasterKeyId TEXT NOT NULL,
    WrappedKey BLOB NOT NULL,
    CreatedAt TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_DataKeys_OwnerId ON DataKeys (OwnerId);
