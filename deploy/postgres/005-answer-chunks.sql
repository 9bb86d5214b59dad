-- BankHire: the chunks of interview answers (camera frames, microphone audio), PostgreSQL 15+. Idempotent.
--
-- The ingest endpoint stores a chunk here before it acknowledges it, so this table, not the stream that
-- announces chunks, is the truth a scorer rebuilds from. One row per (interview, question, kind, seq):
-- a resent chunk finds its row and is stored once.

DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('bankhire.orleans.schema')); END $$;

CREATE TABLE IF NOT EXISTS AnswerChunks
(
    InterviewId uuid NOT NULL,
    QuestionId varchar(200) NOT NULL,
    Kind varchar(8) NOT NULL CHECK (Kind IN ('frame', 'audio')),
    Seq integer NOT NULL CHECK (Seq >= 0),
    ContentType varchar(100) NOT NULL,
    SizeBytes integer NOT NULL,
    Payload bytea NOT NULL,
    ReceivedAt timestamptz NOT NULL,

    CONSTRAINT PK_AnswerChunks PRIMARY KEY (InterviewId, QuestionId, Kind, Seq)
);
