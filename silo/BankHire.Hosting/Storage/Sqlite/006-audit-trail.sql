-- BankHire embedded store (SQLite): the audit trail, same contract as deploy/postgres/008-audit-trail.sql. Idempotent.
--
-- Each row's Hash is SHA-256 over PreviousHash and the row's canonical content (grains/Audit/AuditChain.cs), so
-- GET /api/audit/verify finds any row changed, removed or reordered. The triggers make the table append-only for the
-- application; whoever drops them still cannot change a row without breaking the chain.

CREATE TABLE IF NOT EXISTS AuditTrail
(
    Seq INTEGER NOT NULL PRIMARY KEY,
    AtMs INTEGER NOT NULL,
    Actor TEXT NOT NULL,
    ActorKind TEXT NOT NULL,
    Roles TEXT NOT NULL,
    Action TEXT NOT NULL,
    Method TEXT NOT NULL,
    Route TEXT NOT NULL,
    Path TEXT NOT NULL,
    Subject TEXT NULL,
    DataClasses TEXT NOT NULL,
    Purpose TEXT NOT NULL,
    Status INTEGER NOT NULL,
    ClientIp TEXT NULL,
    UserAgent TEXT NULL,
    ApiKeyId TEXT NULL,
    PreviousHash TEXT NOT NULL,
    Hash TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_AuditTrail_Subject ON AuditTrail (Subject, Seq);
CREATE INDEX IF NOT EXISTS IX_AuditTrail_Actor ON AuditTrail (Actor, Seq);
CREATE INDEX IF NOT EXISTS IX_AuditTrail_AtMs ON AuditTrail (AtMs);

CREATE TRIGGER IF NOT EXISTS AuditTrailNoUpdate BEFORE UPDATE ON AuditTrail
BEGIN
    SELECT RAISE(ABORT, 'AuditTrail is append-only');
END;

CREATE TRIGGER IF NOT EXISTS AuditTrailNoDelete BEFORE DELETE ON AuditTrail
BEGIN
    SELECT RAISE(ABORT, 'AuditTrail is append-only');
END;
