-- sansan-ghl-sync's own state (PostgreSQL). Applied at every start; every statement is idempotent.

-- Link table: which GHL record a Sansan record became, and what was last sent (content hash).
CREATE TABLE IF NOT EXISTS SYNC_LINK (
    DEFINITION          VARCHAR(100)  NOT NULL,
    ENTITY              VARCHAR(20)   NOT NULL,
    SOURCE_ID           VARCHAR(100)  NOT NULL,
    GHL_ID              VARCHAR(100),
    CONTENT_HASH        VARCHAR(64),
    SOURCE_VERSION      VARCHAR(120),
    SOURCE_RECORD_ID    VARCHAR(100),
    IDENTITY_EMAIL      VARCHAR(320),
    IDENTITY_PHONE      VARCHAR(32),
    LAST_SYNCED_AT      TIMESTAMP WITH TIME ZONE,
    LAST_EXECUTION_ID   BIGINT,
    -- notes, tasks and tags: the Sansan person whose contact they hang on, and DONE or COMPLETED (a task
    -- marked completed); INTENT only in rows written before SYNC_INTENT existed
    PARENT_ID           VARCHAR(100),
    STATE               VARCHAR(20),
    PRIMARY KEY (DEFINITION, ENTITY, SOURCE_ID)
);
CREATE INDEX IF NOT EXISTS SYNC_LINK_EMAIL ON SYNC_LINK (DEFINITION, ENTITY, IDENTITY_EMAIL);
CREATE INDEX IF NOT EXISTS SYNC_LINK_PHONE ON SYNC_LINK (DEFINITION, ENTITY, IDENTITY_PHONE);
CREATE INDEX IF NOT EXISTS SYNC_LINK_GHL ON SYNC_LINK (DEFINITION, ENTITY, GHL_ID);
ALTER TABLE SYNC_LINK ADD COLUMN IF NOT EXISTS PARENT_ID VARCHAR(100);
ALTER TABLE SYNC_LINK ADD COLUMN IF NOT EXISTS STATE VARCHAR(20);
CREATE INDEX IF NOT EXISTS SYNC_LINK_PARENT ON SYNC_LINK (DEFINITION, ENTITY, PARENT_ID);

-- Intents: a note or task create about to be sent, committed before the call in a transaction of its own and
-- deleted in the chunk that links the answer (a row left behind: look in GHL before creating again). Kept
-- apart from SYNC_LINK so a new note costs one link-table INSERT, not an INSERT and an UPDATE of all its
-- indexes. SYNC_LINK rows with STATE = 'INTENT' (written before this table existed) are still honoured.
CREATE TABLE IF NOT EXISTS SYNC_INTENT (
    DEFINITION          VARCHAR(100)  NOT NULL,
    ENTITY              VARCHAR(20)   NOT NULL,
    SOURCE_ID           VARCHAR(100)  NOT NULL,
    PARENT_ID           VARCHAR(100),
    CONTENT_HASH        VARCHAR(64),
    SOURCE_VERSION      VARCHAR(120),
    RECORDED_AT         TIMESTAMP WITH TIME ZONE NOT NULL,
    JOB_EXECUTION_ID    BIGINT,
    PRIMARY KEY (DEFINITION, ENTITY, SOURCE_ID)
);

-- Failure ledger: one row per rejected record, OPEN until a later run delivers it (then CLOSED).
-- WARNING rows record a record that was delivered with a change the user should know about.
CREATE TABLE IF NOT EXISTS SYNC_FAILURE (
    ID                  BIGSERIAL PRIMARY KEY,
    DEFINITION          VARCHAR(100)  NOT NULL,
    ENTITY              VARCHAR(20)   NOT NULL,
    RECORD_ID           VARCHAR(100)  NOT NULL,
    PARENT_ID           VARCHAR(100),
    RECORD_VERSION      VARCHAR(120),
    STATUS              VARCHAR(10)   NOT NULL,
    ERROR_CODE          VARCHAR(60)   NOT NULL,
    FIELD               VARCHAR(100),
    MESSAGE             VARCHAR(2000),
    HTTP_STATUS         INTEGER,
    GHL_TRACE_ID        VARCHAR(100),
    SUMMARY             VARCHAR(1000),
    STEP_NAME           VARCHAR(100),
    JOB_EXECUTION_ID    BIGINT,
    OCCURRENCES         INTEGER       NOT NULL,
    FIRST_SEEN_AT       TIMESTAMP WITH TIME ZONE NOT NULL,
    LAST_SEEN_AT        TIMESTAMP WITH TIME ZONE NOT NULL,
    CLOSED_AT           TIMESTAMP WITH TIME ZONE,
    CLOSED_BY_EXECUTION_ID BIGINT
);
CREATE INDEX IF NOT EXISTS SYNC_FAILURE_RECORD ON SYNC_FAILURE (DEFINITION, ENTITY, RECORD_ID, STATUS);
CREATE INDEX IF NOT EXISTS SYNC_FAILURE_PARENT ON SYNC_FAILURE (DEFINITION, ENTITY, PARENT_ID, STATUS);
CREATE INDEX IF NOT EXISTS SYNC_FAILURE_EXECUTION ON SYNC_FAILURE (JOB_EXECUTION_ID);

-- GHL OAuth tokens per location, AES-GCM encrypted with credentials.key (KEY_ID: the key's fingerprint).
-- VERSION grows with every new pair: refreshes compare-and-swap on it under the row lock.
CREATE TABLE IF NOT EXISTS SYNC_GHL_TOKEN (
    LOCATION_ID         VARCHAR(100)  NOT NULL PRIMARY KEY,
    ACCESS_TOKEN        VARCHAR(8000) NOT NULL,
    REFRESH_TOKEN       VARCHAR(8000) NOT NULL,
    EXPIRES_AT          TIMESTAMP WITH TIME ZONE NOT NULL,
    SCOPES              VARCHAR(2000) NOT NULL,
    KEY_ID              VARCHAR(32)   NOT NULL,
    VERSION             BIGINT        NOT NULL,
    UPDATED_AT          TIMESTAMP WITH TIME ZONE NOT NULL,
    LOCKED_AT           TIMESTAMP WITH TIME ZONE
);

-- Reconcile marks on the link table: the Sansan person vanished and how it was treated in GHL
-- (TAGGED, DELETED or LEFT); a marked row is not treated again.
ALTER TABLE SYNC_LINK ADD COLUMN IF NOT EXISTS VANISHED_AT TIMESTAMP WITH TIME ZONE;
ALTER TABLE SYNC_LINK ADD COLUMN IF NOT EXISTS VANISHED_TREATMENT VARCHAR(10);

-- Watermark: per sync definition, the upper bound of the last completed run (migrate or sync).
-- Every Sansan record updated before it has been synced; the next sync starts there (minus the overlap).
CREATE TABLE IF NOT EXISTS SYNC_WATERMARK (
    DEFINITION          VARCHAR(100)  NOT NULL PRIMARY KEY,
    UPPER_BOUND         TIMESTAMP WITH TIME ZONE NOT NULL,
    JOB_NAME            VARCHAR(100)  NOT NULL,
    JOB_EXECUTION_ID    BIGINT        NOT NULL,
    UPDATED_AT          TIMESTAMP WITH TIME ZONE NOT NULL
);
