-- Attachments, evidence with its chain of custody, and the money and property ledger (R-6.4, R-6.5).

-- Content-addressed chunks: a chunk is stored once however many files contain it.
CREATE TABLE attachment_chunk (
    id     INTEGER PRIMARY KEY,
    sha256 BLOB NOT NULL UNIQUE,
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL
);

CREATE TABLE attachment (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    sha256     BLOB NOT NULL UNIQUE,
    size       INTEGER NOT NULL,
    name       TEXT NOT NULL,
    mime_type  TEXT NOT NULL DEFAULT 'application/octet-stream',
    stored_by  INTEGER NOT NULL REFERENCES app_user(id),
    stored_at  TEXT NOT NULL
);

CREATE TABLE attachment_part (
    attachment_id INTEGER NOT NULL REFERENCES attachment(id),
    seq           INTEGER NOT NULL,
    chunk_id      INTEGER NOT NULL REFERENCES attachment_chunk(id),
    PRIMARY KEY (attachment_id, seq)
);
CREATE INDEX attachment_part_chunk ON attachment_part(chunk_id);

-- A failed re-verification stays on record for good.
CREATE TABLE attachment_verification (
    id            INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL REFERENCES attachment(id),
    checked_at    TEXT NOT NULL,
    checked_by    TEXT NOT NULL,
    passed        INTEGER NOT NULL CHECK (passed IN (0, 1)),
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER attachment_verification_permanent_update BEFORE UPDATE ON attachment_verification
BEGIN
    SELECT RAISE(ABORT, 'verification records are permanent');
END;
CREATE TRIGGER attachment_verification_permanent_delete BEFORE DELETE ON attachment_verification
BEGIN
    SELECT RAISE(ABORT, 'verification records are permanent');
END;

CREATE TABLE evidence_item (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    case_id      INTEGER NOT NULL REFERENCES case_file(id),
    seq          INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('documentary', 'physical', 'witness_testimony', 'subject_statement',
                                               'audio_video', 'electronic_data', 'expert_opinion', 'inspection_record')),
    description  TEXT NOT NULL,
    source       TEXT NOT NULL,
    holder       TEXT NOT NULL DEFAULT '',
    collected_at TEXT NOT NULL,
    place        TEXT NOT NULL,
    collectors   TEXT NOT NULL,
    witness      TEXT NOT NULL DEFAULT '',
    facts        TEXT NOT NULL DEFAULT '',
    recorded_by  INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at  TEXT NOT NULL,
    UNIQUE (case_id, seq)
);

CREATE TABLE evidence_attachment (
    evidence_id   INTEGER NOT NULL REFERENCES evidence_item(id),
    attachment_id INTEGER NOT NULL REFERENCES attachment(id),
    PRIMARY KEY (evidence_id, attachment_id)
);

CREATE TABLE custody_event (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    evidence_id  INTEGER NOT NULL REFERENCES evidence_item(id),
    kind         TEXT NOT NULL CHECK (kind IN ('collected', 'stored', 'moved', 'examined', 'returned', 'transferred',
                                               'correction')),
    at           TEXT NOT NULL,
    place        TEXT NOT NULL,
    handed_by    INTEGER NOT NULL REFERENCES app_user(id),
    received_by  INTEGER NOT NULL REFERENCES app_user(id),
    note         TEXT NOT NULL DEFAULT '',
    corrects     INTEGER REFERENCES custody_event(id),
    CHECK (handed_by <> received_by)
);
CREATE TRIGGER custody_event_append_only BEFORE UPDATE ON custody_event
BEGIN
    SELECT RAISE(ABORT, 'custody events are never changed; add a correction');
END;

-- One ledger per case and one card per item (一案一账、一物一卡). Money is integer cents with its currency.
CREATE TABLE property_item (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    case_id         INTEGER NOT NULL REFERENCES case_file(id),
    card_no         INTEGER NOT NULL,
    category        TEXT NOT NULL CHECK (category IN ('cash', 'deposit', 'securities', 'vehicle', 'real_estate',
                                                      'valuables', 'other')),
    description     TEXT NOT NULL,
    features        TEXT NOT NULL DEFAULT '',
    serial          TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL DEFAULT '',
    face_value_cents INTEGER NOT NULL DEFAULT 0,
    pieces          INTEGER NOT NULL DEFAULT 1 CHECK (pieces >= 1),
    amount_cents    INTEGER NOT NULL CHECK (amount_cents >= 0),
    currency        TEXT NOT NULL DEFAULT 'CNY',
    state           TEXT NOT NULL DEFAULT 'registered',
    disposal        TEXT NOT NULL DEFAULT '',
    disposed        INTEGER NOT NULL DEFAULT 0 CHECK (disposed IN (0, 1)),
    seized_by       INTEGER REFERENCES app_user(id),
    custodian       INTEGER REFERENCES app_user(id),
    registered_at   TEXT NOT NULL,
    UNIQUE (case_id, card_no),
    CHECK (seized_by IS NULL OR custodian IS NULL OR seized_by <> custodian)
);
CREATE INDEX property_item_case ON property_item(case_id, disposed);

CREATE TABLE property_action (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES property_item(id),
    action       TEXT NOT NULL,
    from_state   TEXT NOT NULL,
    to_state     TEXT NOT NULL,
    at           TEXT NOT NULL,
    first_signer INTEGER NOT NULL REFERENCES app_user(id),
    second_signer INTEGER NOT NULL REFERENCES app_user(id),
    measure_id   INTEGER REFERENCES measure(id),
    note         TEXT NOT NULL DEFAULT '',
    CHECK (first_signer <> second_signer)
);
CREATE TRIGGER property_action_append_only BEFORE UPDATE ON property_action
BEGIN
    SELECT RAISE(ABORT, 'property actions are never changed');
END;
