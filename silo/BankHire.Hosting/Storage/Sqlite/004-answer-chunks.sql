-- BankHire embedded store (SQLite): the chunks of interview answers, same contract as
-- deploy/postgres/005-answer-chunks.sql. Idempotent.
--
-- InterviewId is the Guid as lower-case text ('D' format); ReceivedAt is the text Microsoft.Data.Sqlite
-- writes for a DateTimeOffset.

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

    CONSTRAINT PK_AnswerChunks PRIMARY KEY (InterviewId, QuestionId, Kind, Seq)
);
