-- Cases and their workflow (R-3, R-6.1, 6.2, 6.3, 6.7, 6.8, 6.9, 6.10).

-- Timelines read the audit trail by record uid.
CREATE INDEX audit_entry_target_uid ON audit_entry(target_uid);

CREATE TABLE case_file (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT NOT NULL UNIQUE,
    number             TEXT NOT NULL UNIQUE,
    lead_id            INTEGER NOT NULL REFERENCES lead(id),
    title              TEXT NOT NULL,
    confidentiality    INTEGER NOT NULL DEFAULT 0 CHECK (confidentiality BETWEEN 0 AND 3),
    stage              TEXT NOT NULL,
    stage_since        TEXT NOT NULL,
    supervising_leader INTEGER REFERENCES app_user(id),
    created_by         INTEGER NOT NULL REFERENCES app_user(id),
    created_at         TEXT NOT NULL
);
CREATE INDEX case_file_stage ON case_file(stage);
CREATE UNIQUE INDEX case_file_lead ON case_file(lead_id);

-- Stage changes are only ever made by the workflow engine, which writes through this guard flag.
CREATE TABLE workflow_lock (case_id INTEGER PRIMARY KEY);
CREATE TRIGGER case_file_stage_guard BEFORE UPDATE OF stage ON case_file
WHEN NOT EXISTS (SELECT 1 FROM workflow_lock WHERE case_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a case stage changes only through a workflow transition');
END;

CREATE TABLE case_team (
    case_id INTEGER NOT NULL REFERENCES case_file(id),
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    role    TEXT NOT NULL CHECK (role IN ('lead_investigator', 'member', 'reviewer')),
    since   TEXT NOT NULL,
    PRIMARY KEY (case_id, user_id, role)
);

-- Requests, approvals and refusals of workflow transitions: the approval inbox.
CREATE TABLE transition_request (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    case_id       INTEGER NOT NULL REFERENCES case_file(id),
    transition    TEXT NOT NULL,
    from_stage    TEXT NOT NULL,
    to_stage      TEXT NOT NULL,
    requested_by  INTEGER NOT NULL REFERENCES app_user(id),
    requested_at  TEXT NOT NULL,
    comment       TEXT NOT NULL DEFAULT '',
    approve_role  TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused', 'withdrawn')),
    decided_by    INTEGER REFERENCES app_user(id),
    decided_at    TEXT,
    decision_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX transition_request_inbox ON transition_request(status, approve_role);

-- Deadlines per stage (FORMS.md §7), with approved extensions.
CREATE TABLE deadline (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES case_file(id),
    kind        TEXT NOT NULL,
    starts_on   TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    extended_to TEXT,
    extendable_months INTEGER NOT NULL DEFAULT 0,
    met_on      TEXT
);
CREATE INDEX deadline_open ON deadline(met_on, due_on);

CREATE TABLE deadline_extension (
    id           INTEGER PRIMARY KEY,
    deadline_id  INTEGER NOT NULL REFERENCES deadline(id),
    months       INTEGER NOT NULL CHECK (months > 0),
    reason       TEXT NOT NULL,
    requested_by INTEGER NOT NULL REFERENCES app_user(id),
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
    decided_by   INTEGER REFERENCES app_user(id),
    decided_at   TEXT
);

-- Collective decisions (集体研究决定): signed records that can only be superseded, never edited.
CREATE TABLE collective_decision (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    case_id       INTEGER REFERENCES case_file(id),
    meeting_type  TEXT NOT NULL,
    held_on       TEXT NOT NULL,
    quorum        INTEGER NOT NULL,
    present       INTEGER NOT NULL,
    conclusion    TEXT NOT NULL,
    decided_items TEXT NOT NULL DEFAULT '',
    signed_by     INTEGER NOT NULL REFERENCES app_user(id),
    signed_at     TEXT NOT NULL,
    supersedes    INTEGER REFERENCES collective_decision(id),
    superseded_by INTEGER REFERENCES collective_decision(id)
);
CREATE INDEX collective_decision_case ON collective_decision(case_id, meeting_type);

CREATE TABLE decision_member (
    decision_id INTEGER NOT NULL REFERENCES collective_decision(id),
    name        TEXT NOT NULL,
    present     INTEGER NOT NULL CHECK (present IN (0, 1)),
    opinion     TEXT NOT NULL DEFAULT '',
    dissent     INTEGER NOT NULL DEFAULT 0 CHECK (dissent IN (0, 1)),
    PRIMARY KEY (decision_id, name)
);

CREATE TRIGGER collective_decision_frozen BEFORE UPDATE OF meeting_type, held_on, quorum, present, conclusion,
    decided_items, signed_by, signed_at, case_id ON collective_decision
BEGIN
    SELECT RAISE(ABORT, 'a signed collective decision cannot be edited; record a new one that supersedes it');
END;
CREATE TRIGGER collective_decision_undeletable BEFORE DELETE ON collective_decision
BEGIN
    SELECT RAISE(ABORT, 'a signed collective decision cannot be deleted');
END;
CREATE TRIGGER decision_member_frozen BEFORE UPDATE ON decision_member
BEGIN
    SELECT RAISE(ABORT, 'a signed collective decision cannot be edited');
END;

-- Investigative measures (审查调查措施): requested, approved before use, limited in time, logged when executed.
CREATE TABLE measure (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    case_id       INTEGER NOT NULL REFERENCES case_file(id),
    kind          TEXT NOT NULL,
    basis         TEXT NOT NULL,
    justification TEXT NOT NULL,
    target        TEXT NOT NULL DEFAULT '',
    requested_by  INTEGER NOT NULL REFERENCES app_user(id),
    requested_at  TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'requested'
                  CHECK (status IN ('requested', 'approved', 'refused', 'executed', 'ended')),
    approved_by   INTEGER REFERENCES app_user(id),
    approved_at   TEXT,
    valid_from    TEXT,
    valid_until   TEXT,
    executed_at   TEXT,
    execution     TEXT NOT NULL DEFAULT '',
    result        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX measure_case ON measure(case_id, status);

-- Talk records (谈话笔录), R-6.8.
CREATE TABLE talk_record (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    case_id    INTEGER NOT NULL REFERENCES case_file(id),
    measure_id INTEGER NOT NULL REFERENCES measure(id),
    venue      TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at   TEXT NOT NULL,
    interviewee TEXT NOT NULL,
    staff      TEXT NOT NULL,
    content    TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at TEXT NOT NULL,
    CHECK (ended_at > started_at)
);

-- Declared ties of staff (关系申报) and recusals (回避), R-6.7.
CREATE TABLE staff_relationship (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES app_user(id),
    kind        TEXT NOT NULL CHECK (kind IN ('relative', 'former_colleague', 'same_unit', 'other')),
    person_name TEXT NOT NULL DEFAULT '',
    id_number   TEXT NOT NULL DEFAULT '',
    unit        TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    declared_at TEXT NOT NULL
);
CREATE INDEX staff_relationship_user ON staff_relationship(user_id);

CREATE TABLE recusal (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES case_file(id),
    user_id     INTEGER NOT NULL REFERENCES app_user(id),
    grounds     TEXT NOT NULL,
    requested_by INTEGER NOT NULL REFERENCES app_user(id),
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'recused', 'rejected')),
    decided_by  INTEGER REFERENCES app_user(id),
    decided_at  TEXT,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX recusal_case ON recusal(case_id, user_id);

-- Supervision of key cases (挂牌督办), joint handling (协同联办), jurisdiction disputes (受理争议).
CREATE TABLE supervision (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    case_id      INTEGER NOT NULL REFERENCES case_file(id),
    level        TEXT NOT NULL,
    requirements TEXT NOT NULL DEFAULT '',
    started_on   TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    report_every_days INTEGER NOT NULL DEFAULT 30,
    escalated    INTEGER NOT NULL DEFAULT 0,
    ended_on     TEXT
);
CREATE TABLE supervision_report (
    id             INTEGER PRIMARY KEY,
    supervision_id INTEGER NOT NULL REFERENCES supervision(id),
    reported_on    TEXT NOT NULL,
    progress       TEXT NOT NULL
);
CREATE TABLE joint_partner (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES case_file(id),
    agency           TEXT NOT NULL,
    responsibilities TEXT NOT NULL
);
CREATE TABLE jurisdiction_dispute (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    case_id    INTEGER REFERENCES case_file(id),
    lead_id    INTEGER REFERENCES lead(id),
    parties    TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'raised' CHECK (status IN ('raised', 'negotiating', 'escalated', 'decided')),
    level      INTEGER NOT NULL DEFAULT 0,
    outcome    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE dispute_step (
    id         INTEGER PRIMARY KEY,
    dispute_id INTEGER NOT NULL REFERENCES jurisdiction_dispute(id),
    step       TEXT NOT NULL,
    note       TEXT NOT NULL,
    at         TEXT NOT NULL,
    by_user    INTEGER NOT NULL REFERENCES app_user(id)
);

-- Review (审理): report, hearings, defence; appeals with the first-appeal rule.
CREATE TABLE review_record (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES case_file(id),
    kind     TEXT NOT NULL CHECK (kind IN ('report', 'hearing', 'defence')),
    content  TEXT NOT NULL,
    held_on  TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES app_user(id)
);
CREATE TABLE appeal (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES case_file(id),
    appellant   TEXT NOT NULL,
    grounds     TEXT NOT NULL,
    lodged_on   TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    is_first    INTEGER NOT NULL CHECK (is_first IN (0, 1)),
    status      TEXT NOT NULL DEFAULT 'lodged' CHECK (status IN ('lodged', 'decided')),
    outcome     TEXT CHECK (outcome IN ('maintain', 'change', 'revoke')),
    findings    TEXT NOT NULL DEFAULT '',
    decided_on  TEXT
);

-- Error accountability (R-6.9), visible to approvers and auditors only.
CREATE TABLE accountability_record (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    user_id     INTEGER NOT NULL REFERENCES app_user(id),
    case_id     INTEGER REFERENCES case_file(id),
    kind        TEXT NOT NULL CHECK (kind IN ('leak', 'coercion', 'procedural_violation', 'other')),
    description TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at TEXT NOT NULL
);

INSERT INTO category (kind, code, label, sort) VALUES
    ('measure', 'talk', '谈话', 1),
    ('measure', 'written_inquiry', '函询', 2),
    ('measure', 'interrogation', '询问', 3),
    ('measure', 'account_inquiry', '查询', 4),
    ('measure', 'obtain_evidence', '调取', 5),
    ('measure', 'seizure', '暂扣', 6),
    ('measure', 'sealing', '封存', 7),
    ('measure', 'exit_restriction', '限制出境', 8),
    ('meeting_type', 'standing_committee', '常委会', 1),
    ('meeting_type', 'case_meeting', '案件审查调查专题会', 2),
    ('meeting_type', 'review_meeting', '案件审理委员会', 3),
    ('meeting_type', 'office_meeting', '室务会', 4);
