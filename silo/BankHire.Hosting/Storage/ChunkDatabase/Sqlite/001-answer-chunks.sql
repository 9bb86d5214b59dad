-- BankHire embedded store (SQLite): the chunks of interview answers, in a file of their own (media.db, see
-- StorageOptions.ChunkDatabase); same contract as deploy/postgres/005-answer-chunks.sql, 006 and 007. Idempotent.
--
-- InterviewId is the Guid as lower-case text ('D' format); ReceivedAt is the text Microsoft.Data.Sqlite
-- writes for a DateTimeOffset. Payload is sealed (Sealed = 1) under the interview's media key (MediaKey = 1; rows from
-- before it, MediaKey = 0, under the interview's data key), or empty when the sealed bytes live in an object store under
-- ObjectKey. Tables made before MediaKey get the column from ChunkDatabaseInstaller.

CREATE TABLE IF NOT EXISTS AnswerChunks
(
    InterviewId TEXT NOT NULL,
    QuestionId TEXT NOT NULL,
    Kind TEXT NOT NULL CHECK (Kind IN ('frame', 'audio')),
    Seq INTEGER NOT NULL CHECK (Seq >= 0),
    ContentType TEXT NOT NULL,
    SizeBytes INTEGER NOT NULL,
    Payload BLOB NOT NULL,
    ReceivedAt TEXT NOT NULL,
    Sealed INTEGER NOT NULL DEFAULT 0,
    ObjectKey TEXT NULL,
    MediaKey INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT PK_AnswerChunks PRIMARY KEY (InterviewId, QuestionId, Kind, Seq)
);
