-- BankHire embedded store (SQLite): the data keys that seal answer chunks, same contract as
-- deploy/postgres/006-data-keys.sql. Idempotent. (Kept for databases from before the key store, whose keys the
-- installer moves there.)
--
-- One random AES-256 key per interview (SubjectId), owned by its candidate (OwnerId), stored only wrapped by the
-- master key MasterKeyId. Deleting a candidate's rows makes what they sealed unreadable everywhere.

CREATE TABLE IF NOT EXISTS DataKeys
(
    SubjectId TEXT NOT NULL PRIMARY KEY,
    OwnerId TEXT NULL,
    MasterKeyId TEXT NOT NULL,
    WrappedKey BLOB NOT NULL,
    CreatedAt TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_DataKeys_OwnerId ON DataKeys (OwnerId);
