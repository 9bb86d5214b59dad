-- BankHire embedded store (SQLite): the shred ledger, same contract as deploy/postgres/009-shredded-keys.sql. Idempotent.
--
-- Which subjects' data keys were shredded, and when (ids only, no personal data). A key store restored from a backup taken
-- before an erasure would bring the erased keys back; the installer replays this ledger against the key store on every
-- start and deletes every key of a listed subject created before its shredding.

CREATE TABLE IF NOT EXISTS ShreddedDataKeys
(
    SubjectId TEXT NOT NULL,
    ShreddedAt TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_ShreddedDataKeys_SubjectId ON ShreddedDataKeys (SubjectId);
