-- BankHire: the audit trail, PostgreSQL 15+. Idempotent.
--
-- Every read of personal data and every change, appended by the web layer's access gate through the audit-trail grain.
-- Each row's Hash is SHA-256 over PreviousHash and the row's canonical content (grains/Audit/AuditChain.cs), so
-- GET /api/audit/verify finds any row changed, removed or reordered. The trigger makes the table append-only for the
-- application; a DBA who disables it still cannot change a row without breaking the chain.

DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('bankhire.orleans.schema')); END $$;

CREATE TABLE IF NOT EXISTS AuditTrail
(
    Seq bigint NOT NULL,
    AtMs bigint NOT NULL,
    Actor varchar(256) NOT NULL,
    ActorKind varchar(32) NOT NULL,
    Roles varchar(256) NOT NULL,
    Action varchar(16) NOT NULL,
    Method varchar(10) NOT NULL,
    Route varchar(512) NOT NULL,
    Path varchar(2048) NOT NULL,
    Subject varchar(128) NULL,
    DataClasses varchar(256) NOT NULL,
    Purpose varchar(256) NOT NULL,
    Status integer NOT NULL,
    ClientIp varchar(64) NULL,
    UserAgent varchar(512) NULL,
    ApiKeyId varchar(64) NULL,
    PreviousHash char(64) NOT NULL,
    Hash char(64) NOT NULL,

    CONSTRAINT PK_AuditTrail PRIMARY KEY (Seq)
);

CREATE INDEX IF NOT EXISTS IX_AuditTrail_Subject ON AuditTrail (Subject, Seq);
CREATE INDEX IF NOT EXISTS IX_AuditTrail_Actor ON AuditTrail (Actor, Seq);
CREATE INDEX IF NOT EXISTS IX_AuditTrail_AtMs ON AuditTrail (AtMs);

CREATE OR REPLACE FUNCTION AuditTrailAppendOnly() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    RAISE EXCEPTION 'AuditTrail is append-only';
END
$fn$;

DROP TRIGGER IF EXISTS AuditTrailNoChange ON AuditTrail;
CREATE TRIGGER AuditTrailNoChange BEFORE UPDATE OR DELETE ON AuditTrail
    FOR EACH ROW EXECUTE FUNCTION AuditTrailAppendOnly();
