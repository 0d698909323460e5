-- Integrity files, integrity opinion replies and recommendation letters (R-2.4, R-4.2, R-5.4).

-- 廉政档案: one per cadre. The person row is the identity; the file keeps the cadre's current post.
CREATE TABLE integrity_file (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    person_id   INTEGER NOT NULL UNIQUE REFERENCES person(id),
    unit        TEXT NOT NULL,
    position    TEXT NOT NULL DEFAULT '',
    cadre_level TEXT NOT NULL DEFAULT '',
    opened_by   INTEGER NOT NULL REFERENCES app_user(id),
    opened_at   TEXT NOT NULL
);

-- 个人有关事项报告: one declaration per cadre and year.
CREATE TABLE personal_matters_report (
    id                INTEGER PRIMARY KEY,
    uid               TEXT NOT NULL UNIQUE,
    file_id           INTEGER NOT NULL REFERENCES integrity_file(id),
    year              INTEGER NOT NULL,
    family_members    TEXT NOT NULL DEFAULT '',
    real_estate       TEXT NOT NULL DEFAULT '',
    investments       TEXT NOT NULL DEFAULT '',
    relatives_abroad  TEXT NOT NULL DEFAULT '',
    passports         TEXT NOT NULL DEFAULT '',
    income_cents      INTEGER NOT NULL DEFAULT 0 CHECK (income_cents >= 0),
    recorded_by       INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at       TEXT NOT NULL,
    UNIQUE (file_id, year)
);

-- Anomalies raised by hand; turning one into a lead links it to the lead.
CREATE TABLE anomaly_flag (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    file_id     INTEGER NOT NULL REFERENCES integrity_file(id),
    kind        TEXT NOT NULL CHECK (kind IN ('property_income_mismatch', 'undeclared_passport',
                                              'undeclared_investment', 'other')),
    description TEXT NOT NULL,
    raised_by   INTEGER NOT NULL REFERENCES app_user(id),
    raised_at   TEXT NOT NULL,
    lead_id     INTEGER REFERENCES lead(id)
);
CREATE INDEX anomaly_flag_file ON anomaly_flag(file_id);

-- 廉政意见回复: the organization department's request, one entry per person, and the checked reply.
CREATE TABLE integrity_request (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    requesting_unit TEXT NOT NULL,
    reference       TEXT NOT NULL DEFAULT '',
    received_on     TEXT NOT NULL,
    created_by      INTEGER NOT NULL REFERENCES app_user(id),
    created_at      TEXT NOT NULL,
    reply_number    TEXT NOT NULL DEFAULT '',
    replied_by      INTEGER REFERENCES app_user(id),
    replied_at      TEXT
);
CREATE INDEX integrity_request_open ON integrity_request(received_on) WHERE replied_at IS NULL;

-- Sanction fields are a snapshot of what the conclusion was based on (from the sanctions module's lookup).
CREATE TABLE integrity_request_entry (
    id                INTEGER PRIMARY KEY,
    request_id        INTEGER NOT NULL REFERENCES integrity_request(id),
    seq               INTEGER NOT NULL,
    name              TEXT NOT NULL,
    id_number         TEXT NOT NULL DEFAULT '',
    unit              TEXT NOT NULL,
    position          TEXT NOT NULL DEFAULT '',
    proposed_post     TEXT NOT NULL,
    match             TEXT NOT NULL DEFAULT 'none'
                      CHECK (match IN ('none', 'id_number', 'name_unit', 'ambiguous', 'decided')),
    person_id         INTEGER REFERENCES person(id),
    conclusion        TEXT NOT NULL DEFAULT ''
                      CHECK (conclusion IN ('', 'no_reports', 'closed', 'under_investigation', 'sanction_in_effect')),
    reports           INTEGER NOT NULL DEFAULT 0,
    open_matters      TEXT NOT NULL DEFAULT '',
    open_cases        TEXT NOT NULL DEFAULT '',
    sanctions         TEXT NOT NULL DEFAULT '',
    sanction_ends_on  TEXT NOT NULL DEFAULT '',
    detail            TEXT NOT NULL DEFAULT '',
    review            TEXT NOT NULL DEFAULT 'pending' CHECK (review IN ('pending', 'confirmed', 'amended')),
    final_conclusion  TEXT NOT NULL DEFAULT '',
    final_detail      TEXT NOT NULL DEFAULT '',
    review_reason     TEXT NOT NULL DEFAULT '',
    reviewed_by       INTEGER REFERENCES app_user(id),
    reviewed_at       TEXT,
    UNIQUE (request_id, seq)
);
CREATE TABLE integrity_match_candidate (
    entry_id  INTEGER NOT NULL REFERENCES integrity_request_entry(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (entry_id, person_id)
);

-- 纪律检查建议书 to the unit where a case arose, with rectification feedback and a typical-case analysis note.
CREATE TABLE recommendation_letter (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES case_file(id),
    unit        TEXT NOT NULL,
    problems    TEXT NOT NULL,
    causes      TEXT NOT NULL,
    measures    TEXT NOT NULL,
    reply_due   TEXT NOT NULL,
    number      TEXT NOT NULL DEFAULT '',
    issued_on   TEXT NOT NULL,
    analysis    TEXT NOT NULL DEFAULT '',
    created_by  INTEGER NOT NULL REFERENCES app_user(id),
    created_at  TEXT NOT NULL,
    CHECK (reply_due >= issued_on)
);
CREATE INDEX recommendation_letter_case ON recommendation_letter(case_id);

CREATE TABLE rectification_feedback (
    id          INTEGER PRIMARY KEY,
    letter_id   INTEGER NOT NULL REFERENCES recommendation_letter(id),
    received_on TEXT NOT NULL,
    content     TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX rectification_feedback_letter ON rectification_feedback(letter_id);
