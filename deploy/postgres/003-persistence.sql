-- BankHire: Orleans ADO.NET grain persistence for PostgreSQL 15+. Idempotent.
--
-- A grain state is identified by (ServiceId, grain type, grain id); Orleans sends the hashes of type and id
-- (for a narrow index) and the clear values (to resolve hash collisions).
-- Version is the ETag: every write and clear bumps it, and a write carrying a stale version changes nothing
-- and returns no new version, which Orleans turns into an InconsistentStateException.

DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('bankhire.orleans.schema')); END $$;

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash integer NOT NULL,
    GrainIdN0 bigint NOT NULL,
    GrainIdN1 bigint NOT NULL,
    GrainTypeHash integer NOT NULL,
    GrainTypeString varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512),
    ServiceId varchar(150) NOT NULL,
    PayloadBinary bytea,
    ModifiedOn timestamp without time zone NOT NULL,
    Version integer
);

-- Unlike the upstream script, the identity is unique: two activations racing to create the same state
-- (e.g. during a membership split) cannot both insert. NULLS NOT DISTINCT (PostgreSQL 15) makes a
-- missing key extension count as one value.
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Identity
    ON OrleansStorage (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString)
    NULLS NOT DISTINCT;

-- Returns the new version, or no row when the caller's version is stale (or the state already exists
-- and the caller believes it does not).
CREATE OR REPLACE FUNCTION writetostorage(
    _grainidhash integer,
    _grainidn0 bigint,
    _grainidn1 bigint,
    _graintypehash integer,
    _graintypestring varchar,
    _grainidextensionstring varchar,
    _serviceid varchar,
    _grainstateversion integer,
    _payloadbinary bytea)
RETURNS TABLE(newgrainstateversion integer)
LANGUAGE plpgsql AS
$func$
BEGIN
    IF _grainstateversion IS NOT NULL THEN
        RETURN QUERY
        UPDATE OrleansStorage AS s
        SET PayloadBinary = _payloadbinary,
            ModifiedOn = (now() AT TIME ZONE 'utc'),
            Version = s.Version + 1
        WHERE s.GrainIdHash = _grainidhash
          AND s.GrainTypeHash = _graintypehash
          AND s.ServiceId = _serviceid
          AND s.GrainIdN0 = _grainidn0
          AND s.GrainIdN1 = _grainidn1
          AND s.GrainTypeString = _graintypestring
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM _grainidextensionstring
          AND s.Version = _grainstateversion
        RETURNING s.Version;
    ELSE
        RETURN QUERY
        INSERT INTO OrleansStorage AS s
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
             ServiceId, PayloadBinary, ModifiedOn, Version)
        VALUES
            (_grainidhash, _grainidn0, _grainidn1, _graintypehash, _graintypestring, _grainidextensionstring,
             _serviceid, _payloadbinary, (now() AT TIME ZONE 'utc'), 1)
        ON CONFLICT DO NOTHING
        RETURNING s.Version;
    END IF;
END
$func$;

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
('WriteToStorageKey', $q$
    SELECT NewGrainStateVersion FROM writetostorage(
        @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);
$q$),

('ReadFromStorageKey', $q$
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar);
$q$),

-- Keeps the row with a NULL payload and a bumped version (the ETag survives the clear).
('ClearStorageKey', $q$
    UPDATE OrleansStorage
    SET PayloadBinary = NULL,
        ModifiedOn = (now() AT TIME ZONE 'utc'),
        Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
      AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
$q$),

-- Used instead of ClearStorageKey when AdoNetGrainStorageOptions.DeleteStateOnClear is set.
('DeleteStorageKey', $q$
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
      AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
