-- BankHire: Orleans ADO.NET clustering (membership) for PostgreSQL 15+. Idempotent.
-- Implements every clustering key Orleans 10.4.2 requires (DbStoredQueries.cs), including
-- CleanupDefunctSiloEntriesKey, which the upstream PostgreSQL script lacked until recently:
-- without it a silo fails to start ("Not all required queries found"), and the optional
-- CleanupDefunctSiloEntryKey, with which 10.4.2 removes dead silos one checked row at a time.
--
-- Membership protocol: https://learn.microsoft.com/dotnet/orleans/implementation/cluster-management
-- Every change of a silo row must bump the version row of its deployment in the same transaction,
-- and fail (return 0) when the caller's version is stale.

DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('bankhire.orleans.schema')); END $$;

-- One row per cluster (DeploymentId = ClusterId): the optimistic-concurrency version of its membership.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    Timestamp timestamptz(3) NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

-- One row per silo instance (address, port, generation).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL,
    Address varchar(45) NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName varchar(150) NOT NULL,
    HostName varchar(150) NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer NULL,
    SuspectTimes varchar(8000) NULL,
    StartTime timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,

    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

CREATE OR REPLACE FUNCTION update_i_am_alive_time(
    deployment_id varchar,
    address_arg varchar,
    port_arg integer,
    generation_arg integer,
    i_am_alive_time timestamptz)
RETURNS void
LANGUAGE plpgsql AS
$func$
BEGIN
    -- Orleans neither expects this to fail nor reads a result. A late heartbeat never moves time back.
    UPDATE OrleansMembershipTable AS d
    SET IAmAliveTime = GREATEST(d.IAmAliveTime, i_am_alive_time)
    WHERE d.DeploymentId = deployment_id
      AND d.Address = address_arg
      AND d.Port = port_arg
      AND d.Generation = generation_arg;
END
$func$;

-- Returns 1 when the version row was created, 0 when it already existed.
CREATE OR REPLACE FUNCTION insert_membership_version(DeploymentIdArg varchar)
RETURNS TABLE(row_count integer)
LANGUAGE plpgsql AS
$func$
DECLARE
    RowCountVar integer := 0;
BEGIN
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (DeploymentIdArg)
    ON CONFLICT (DeploymentId) DO NOTHING;

    GET DIAGNOSTICS RowCountVar = ROW_COUNT;
    RETURN QUERY SELECT RowCountVar;
END
$func$;

-- Inserts a silo row and bumps the table version; returns 0 and changes nothing when the row exists
-- or the version is stale. The inner block is a savepoint: raising inside it undoes the insert.
CREATE OR REPLACE FUNCTION insert_membership(
    DeploymentIdArg varchar,
    AddressArg varchar,
    PortArg integer,
    GenerationArg integer,
    SiloNameArg varchar,
    HostNameArg varchar,
    StatusArg integer,
    ProxyPortArg integer,
    StartTimeArg timestamptz,
    IAmAliveTimeArg timestamptz,
    VersionArg integer)
RETURNS TABLE(row_count integer)
LANGUAGE plpgsql AS
$func$
DECLARE
    RowCountVar integer := 0;
BEGIN
    BEGIN
        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        VALUES
            (DeploymentIdArg, AddressArg, PortArg, GenerationArg, SiloNameArg, HostNameArg, StatusArg, ProxyPortArg, StartTimeArg, IAmAliveTimeArg)
        ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;
        IF RowCountVar = 0 THEN
            RETURN QUERY SELECT 0;
            RETURN;
        END IF;

        UPDATE OrleansMembershipVersionTable
        SET Timestamp = now(), Version = Version + 1
        WHERE DeploymentId = DeploymentIdArg AND Version = VersionArg AND Version < 2147483647;

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;
        IF RowCountVar = 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'BH001', MESSAGE = 'stale membership version';
        END IF;

        RETURN QUERY SELECT RowCountVar;
    EXCEPTION WHEN SQLSTATE 'BH001' THEN
        RETURN QUERY SELECT 0;
    END;
END
$func$;

-- Updates a silo row and bumps the table version; returns 0 and changes nothing when the version is stale
-- or the row is missing.
CREATE OR REPLACE FUNCTION update_membership(
    DeploymentIdArg varchar,
    AddressArg varchar,
    PortArg integer,
    GenerationArg integer,
    StatusArg integer,
    SuspectTimesArg varchar,
    IAmAliveTimeArg timestamptz,
    VersionArg integer)
RETURNS TABLE(row_count integer)
LANGUAGE plpgsql AS
$func$
DECLARE
    RowCountVar integer := 0;
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET Timestamp = now(), Version = Version + 1
        WHERE DeploymentId = DeploymentIdArg AND Version = VersionArg AND Version < 2147483647;

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;
        IF RowCountVar = 0 THEN
            RETURN QUERY SELECT 0;
            RETURN;
        END IF;

        UPDATE OrleansMembershipTable
        SET Status = StatusArg, SuspectTimes = SuspectTimesArg, IAmAliveTime = GREATEST(IAmAliveTime, IAmAliveTimeArg)
        WHERE DeploymentId = DeploymentIdArg
          AND Address = AddressArg
          AND Port = PortArg
          AND Generation = GenerationArg;

        GET DIAGNOSTICS RowCountVar = ROW_COUNT;
        IF RowCountVar = 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'BH001', MESSAGE = 'no such silo row';
        END IF;

        RETURN QUERY SELECT RowCountVar;
    EXCEPTION WHEN SQLSTATE 'BH001' THEN
        RETURN QUERY SELECT 0;
    END;
END
$func$;

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
('UpdateIAmAlivetimeKey', $q$
    SELECT * FROM update_i_am_alive_time(@DeploymentId, @Address, @Port, @Generation, @IAmAliveTime);
$q$),

('InsertMembershipVersionKey', $q$
    SELECT * FROM insert_membership_version(@DeploymentId);
$q$),

('InsertMembershipKey', $q$
    SELECT * FROM insert_membership(
        @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version);
$q$),

('UpdateMembershipKey', $q$
    SELECT * FROM update_membership(
        @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version);
$q$),

-- The outer join returns the version row even when the silo has no row yet.
('MembershipReadRowKey', $q$
    SELECT
        v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
        m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT OUTER JOIN OrleansMembershipTable m
        ON v.DeploymentId = m.DeploymentId
        AND m.Address = @Address
        AND m.Port = @Port
        AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
    SELECT
        v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
        m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT OUTER JOIN OrleansMembershipTable m ON v.DeploymentId = m.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
$q$),

('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),

('GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = @Status
      AND ProxyPort > 0;
$q$),

-- Used only when CleanupDefunctSiloEntryKey is missing: removes dead (6) silos with no sign of life since
-- @IAmAliveTime and no pending suspicions. Neither cleanup bumps the table version (as in the other providers).
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = 6
      AND IAmAliveTime < @IAmAliveTime
      AND StartTime < @IAmAliveTime
      AND COALESCE(SuspectTimes, '') = '';
$q$),

-- Orleans picks the defunct rows itself, then deletes each only if it is still dead and unchanged
-- since it was read, so a row updated meanwhile survives.
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = 6
      AND Address = @Address
      AND Port = @Port
      AND Generation = @Generation
      AND IAmAliveTime = @IAmAliveTime
      AND StartTime = @StartTime
      AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
