-- BankHire: the shred ledger, PostgreSQL 15+. Idempotent.
--
-- Which subjects' data keys were shredded, and when (ids only, no personal data). A key store restored from a backup taken
-- before an erasure would bring the erased keys back; the installer replays this ledger against the key store on every
-- start and deletes every key of a listed subject created before its shredding.

DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('bankhire.orleans.schema')); END $$;

CREATE TABLE IF NOT EXISTS ShreddedDataKeys
(
    SubjectId uuid NOT NULL,
    ShreddedAt timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_ShreddedDataKeys_SubjectId ON ShreddedDataKeys (SubjectId);
