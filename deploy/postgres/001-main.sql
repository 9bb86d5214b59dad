-- BankHire: the table from which Orleans ADO.NET providers read every query they run.
-- PostgreSQL 15+. Idempotent: safe to apply again on every deployment (see README.md, apply.sh).
--
-- Contract with the Orleans 10.4.2 ADO.NET providers: the QueryKey values, the @Parameter names
-- and the result column names are read by name from C# (DbStoredQueries.cs, RelationalOrleansQueries.cs,
-- AdoNetGrainStorage.cs). Query texts may be tuned freely as long as those names and meanings hold.

-- Several silos may start at once; one installer at a time keeps CREATE OR REPLACE from racing.
DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('bankhire.orleans.schema')); END $$;

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL,
    QueryText text NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
