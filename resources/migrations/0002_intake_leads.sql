-- Intake and the lead library (R-2.1 to R-2.8).

-- Configurable lists: allegation categories, sectors, cadre levels, lead sources.
CREATE TABLE category (
    kind  TEXT NOT NULL,
    code  TEXT NOT NULL,
    label TEXT NOT NULL,
    sort  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, code)
);

-- People that reports and leads are about (被反映人). Reporters and witnesses are NOT here: see protected_identity.
CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    id_number       TEXT NOT NULL DEFAULT '',
    id_number_valid INTEGER NOT NULL DEFAULT 0,
    unit            TEXT NOT NULL DEFAULT '',
    position        TEXT NOT NULL DEFAULT '',
    cadre_level     TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);
CREATE INDEX person_id_number ON person(id_number) WHERE id_number <> '';
CREATE INDEX person_name_unit ON person(name, unit);

CREATE TABLE report (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    channel          TEXT NOT NULL,
    received_date    TEXT NOT NULL,
    real_name        INTEGER NOT NULL CHECK (real_name IN (0, 1)),
    allegations      TEXT NOT NULL DEFAULT '',
    sector           TEXT NOT NULL DEFAULT '',
    summary          TEXT NOT NULL,
    registered_by    INTEGER NOT NULL REFERENCES app_user(id),
    registered_at    TEXT NOT NULL,
    screening        TEXT NOT NULL DEFAULT 'pending'
                     CHECK (screening IN ('pending', 'new_lead', 'attached', 'forwarded', 'filed')),
    screening_reason TEXT NOT NULL DEFAULT '',
    screened_by      INTEGER REFERENCES app_user(id),
    screened_at      TEXT,
    lead_id          INTEGER REFERENCES lead(id)
);
CREATE INDEX report_received ON report(received_date);
CREATE INDEX report_screening ON report(screening, received_date);
CREATE INDEX report_lead ON report(lead_id);

CREATE TABLE report_subject (
    report_id INTEGER NOT NULL REFERENCES report(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (report_id, person_id)
);
CREATE INDEX report_subject_person ON report_subject(person_id);

-- Reporter and witness identities, kept apart from the report and only shown under an approved grant.
CREATE TABLE protected_identity (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('reporter', 'witness')),
    report_id  INTEGER REFERENCES report(id),
    name       TEXT NOT NULL DEFAULT '',
    id_number  TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    work_unit  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX protected_identity_report ON protected_identity(report_id);

CREATE TABLE identity_grant (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    identity_id   INTEGER NOT NULL REFERENCES protected_identity(id),
    requested_by  INTEGER NOT NULL REFERENCES app_user(id),
    reason        TEXT NOT NULL,
    requested_at  TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
    decided_by    INTEGER REFERENCES app_user(id),
    decided_at    TEXT,
    decision_note TEXT NOT NULL DEFAULT '',
    expires_at    TEXT
);
CREATE INDEX identity_grant_holder ON identity_grant(requested_by, identity_id, status);
CREATE INDEX identity_grant_pending ON identity_grant(status);

CREATE TABLE reporter_reward (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    identity_id  INTEGER NOT NULL REFERENCES protected_identity(id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    status       TEXT NOT NULL CHECK (status IN ('owed', 'approved', 'paid')),
    note         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);

-- The numbering registry: one sequence per kind, year and agency. Numbers are never reused; voids are recorded.
CREATE TABLE number_sequence (
    kind       TEXT NOT NULL,
    year       INTEGER NOT NULL,
    agency     TEXT NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (kind, year, agency)
);
CREATE TABLE number_issued (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    year        INTEGER NOT NULL,
    agency      TEXT NOT NULL,
    value       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    target_type TEXT NOT NULL DEFAULT '',
    target_uid  TEXT NOT NULL DEFAULT '',
    issued_at   TEXT NOT NULL,
    issued_by   TEXT NOT NULL,
    voided      INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
    void_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, year, agency, value)
);

CREATE TABLE lead (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    number           TEXT NOT NULL UNIQUE,
    source           TEXT NOT NULL,
    allegation       TEXT NOT NULL DEFAULT '',
    sector           TEXT NOT NULL DEFAULT '',
    cadre_level      TEXT NOT NULL DEFAULT '',
    confidentiality  INTEGER NOT NULL DEFAULT 0 CHECK (confidentiality BETWEEN 0 AND 3),
    summary          TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'registered'
                     CHECK (status IN ('registered', 'under_review', 'disposed', 'closed')),
    disposition      TEXT NOT NULL DEFAULT '',
    next_review_date TEXT NOT NULL,
    found_in_case    TEXT NOT NULL DEFAULT '',
    created_by       INTEGER NOT NULL REFERENCES app_user(id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX lead_status ON lead(status, next_review_date);
CREATE INDEX lead_created ON lead(created_at);
CREATE INDEX lead_source ON lead(source);
CREATE INDEX lead_sector ON lead(sector);

CREATE TABLE lead_subject (
    lead_id   INTEGER NOT NULL REFERENCES lead(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (lead_id, person_id)
);
CREATE INDEX lead_subject_person ON lead_subject(person_id);

-- Collective reviews (集体排查): schedules, meetings, attendance with opinions, and one disposition per lead.
CREATE TABLE review_schedule (
    id        INTEGER PRIMARY KEY,
    uid       TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    level     TEXT NOT NULL,
    frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly', 'quarterly')),
    quorum    INTEGER NOT NULL CHECK (quorum >= 1),
    next_date TEXT NOT NULL
);

CREATE TABLE review_meeting (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    schedule_id INTEGER REFERENCES review_schedule(id),
    held_on     TEXT NOT NULL,
    quorum      INTEGER NOT NULL,
    present     INTEGER NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at TEXT NOT NULL
);

CREATE TABLE review_attendee (
    meeting_id INTEGER NOT NULL REFERENCES review_meeting(id),
    name       TEXT NOT NULL,
    present    INTEGER NOT NULL CHECK (present IN (0, 1)),
    opinion    TEXT NOT NULL DEFAULT '',
    dissent    INTEGER NOT NULL DEFAULT 0 CHECK (dissent IN (0, 1)),
    PRIMARY KEY (meeting_id, name)
);

CREATE TABLE lead_disposition (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER NOT NULL REFERENCES lead(id),
    meeting_id  INTEGER REFERENCES review_meeting(id),
    disposition TEXT NOT NULL
                CHECK (disposition IN ('inquiry', 'preliminary_verification', 'hold', 'close', 'file_case', 'forward')),
    reason      TEXT NOT NULL,
    decided_on  TEXT NOT NULL,
    approved_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lead_disposition_lead ON lead_disposition(lead_id);

CREATE TABLE follow_up_task (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    lead_id     INTEGER NOT NULL REFERENCES lead(id),
    description TEXT NOT NULL,
    due_date    TEXT NOT NULL,
    done_at     TEXT,
    done_by     INTEGER REFERENCES app_user(id)
);
CREATE INDEX follow_up_task_open ON follow_up_task(done_at, due_date);

CREATE TABLE transfer_out (
    id                INTEGER PRIMARY KEY,
    uid               TEXT NOT NULL UNIQUE,
    lead_id           INTEGER REFERENCES lead(id),
    report_id         INTEGER REFERENCES report(id),
    agency            TEXT NOT NULL,
    materials         TEXT NOT NULL DEFAULT '',
    sent_date         TEXT NOT NULL,
    feedback_due      TEXT NOT NULL,
    feedback_received TEXT,
    feedback_note     TEXT NOT NULL DEFAULT '',
    CHECK (lead_id IS NOT NULL OR report_id IS NOT NULL),
    CHECK (feedback_due >= sent_date)
);
CREATE INDEX transfer_out_due ON transfer_out(feedback_received, feedback_due);

-- Chinese substring search: each document is stored as its character bigrams (plus its last character), so FTS4's
-- simple tokenizer indexes them; a query's bigrams narrow the candidates and instr() confirms the substring.
CREATE VIRTUAL TABLE report_search USING fts4(grams, tokenize=simple);
CREATE VIRTUAL TABLE lead_search USING fts4(grams, tokenize=simple);

-- Default lists; an agency edits them in its own vault.
INSERT INTO category (kind, code, label, sort) VALUES
    ('allegation', 'bribery', '贪污贿赂', 1),
    ('allegation', 'eight_rules', '违反中央八项规定精神', 2),
    ('allegation', 'dereliction', '失职渎职', 3),
    ('allegation', 'appointments', '违规选人用人', 4),
    ('allegation', 'abuse_of_power', '滥用职权', 5),
    ('allegation', 'business_interests', '违规经商办企业', 6),
    ('allegation', 'gifts', '违规收送礼品礼金', 7),
    ('allegation', 'formalism', '形式主义官僚主义', 8),
    ('allegation', 'mass_interests', '侵害群众利益', 9),
    ('allegation', 'other', '其他', 99),
    ('sector', 'land', '国土资源', 1),
    ('sector', 'construction', '工程建设', 2),
    ('sector', 'finance', '金融', 3),
    ('sector', 'health', '医疗卫生', 4),
    ('sector', 'education', '教育', 5),
    ('sector', 'poverty', '扶贫民生', 6),
    ('sector', 'state_enterprise', '国有企业', 7),
    ('sector', 'judiciary', '政法', 8),
    ('sector', 'grassroots', '基层组织', 9),
    ('sector', 'other', '其他', 99),
    ('cadre_level', 'provincial', '省管干部', 1),
    ('cadre_level', 'municipal', '市管干部', 2),
    ('cadre_level', 'county', '县管干部', 3),
    ('cadre_level', 'other', '其他人员', 4),
    ('lead_source', 'report', '信访举报', 1),
    ('lead_source', 'assigned', '上级交办', 2),
    ('lead_source', 'self_found', '本级发现', 3),
    ('lead_source', 'inspection', '巡视巡察', 4),
    ('lead_source', 'transfer', '移送', 5),
    ('lead_source', 'lower_level', '下级报送', 6),
    ('lead_source', 'confession', '主动交代', 7),
    ('lead_source', 'audit', '审计移交', 8),
    ('lead_source', 'case_finding', '办案中发现', 9);

INSERT INTO review_schedule (uid, name, level, frequency, quorum, next_date) VALUES
    ('schedule-office-weekly', '室务会每周线索排查', 'office', 'weekly', 3, date('now', 'weekday 5')),
    ('schedule-committee-monthly', '委机关每月线索分析评估', 'committee', 'monthly', 5, date('now', 'start of month', '+1 month')),
    ('schedule-standing-quarterly', '常委会每季度线索集体排查', 'standing_committee', 'quarterly', 7, date('now', 'start of month', '+3 months'));
