-- BankHire embedded store (SQLite): the table from which Orleans ADO.NET providers read every query they run.
-- Idempotent; SchemaInstaller runs each script in one IMMEDIATE transaction.
--
-- Contract with the Orleans 10.4.2 ADO.NET providers: the QueryKey values, the @Parameter names and the
-- result column names are read by name from C#. Each query here is written as statements that are atomic
-- on their own (no BEGIN/COMMIT inside a query text), so that a failure can never leave a transaction
-- open on a pooled connection, and so that in WAL mode every write statement runs on the newest snapshot.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
