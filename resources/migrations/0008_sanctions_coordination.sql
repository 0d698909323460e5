-- Sanctions (处分) and organizational measures (组织处理), their execution, asset recovery, transfers (移送),
-- assistance requests (协查函) and the staff register (R-4.1, R-4.3, R-5, R-9.1).

-- One row per version of a decision. A change or revocation on appeal is a new row that supersedes the old one;
-- rows are never edited, so the current version of a decision is the one no other row supersedes.
CREATE TABLE sanction (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    case_id          INTEGER NOT NULL REFERENCES case_file(id),
    person_id        INTEGER NOT NULL REFERENCES person(id),
    category         TEXT NOT NULL CHECK (category IN ('party', 'administrative', 'organizational')),
    kind             TEXT NOT NULL,
    probation_years  INTEGER NOT NULL DEFAULT 0 CHECK (probation_years IN (0, 1, 2)),
    decision_number  TEXT NOT NULL,
    effective_on     TEXT NOT NULL,
    promotion_months INTEGER NOT NULL CHECK (promotion_months >= 0),
    affects_until    TEXT NOT NULL,
    cadre_level      TEXT NOT NULL DEFAULT '',
    executing_unit   TEXT NOT NULL DEFAULT '',
    revoked          INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    supersedes       INTEGER REFERENCES sanction(id),
    appeal_id        INTEGER REFERENCES appeal(id),
    reason           TEXT NOT NULL DEFAULT '',
    recorded_by      INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at      TEXT NOT NULL
);
CREATE INDEX sanction_case ON sanction(case_id);
CREATE INDEX sanction_person ON sanction(person_id, affects_until);
CREATE INDEX sanction_effective ON sanction(effective_on);
CREATE UNIQUE INDEX sanction_successor ON sanction(supersedes) WHERE supersedes IS NOT NULL;

CREATE TRIGGER sanction_frozen BEFORE UPDATE ON sanction
BEGIN
    SELECT RAISE(ABORT, 'a sanction decision cannot be edited; record a new version that supersedes it');
END;
CREATE TRIGGER sanction_undeletable BEFORE DELETE ON sanction
BEGIN
    SELECT RAISE(ABORT, 'a sanction decision cannot be deleted');
END;

-- Execution steps of one version: announcement, job and pay changes, the execution report; each with a due date
-- and the feedback received.
CREATE TABLE execution_step (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    sanction_id INTEGER NOT NULL REFERENCES sanction(id),
    kind        TEXT NOT NULL CHECK (kind IN ('announcement', 'job_pay_change', 'execution_report')),
    due_on      TEXT NOT NULL,
    done_on     TEXT,
    feedback    TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES app_user(id),
    UNIQUE (sanction_id, kind)
);
CREATE INDEX execution_step_open ON execution_step(due_on) WHERE done_on IS NULL;

-- Amounts recovered (追缴/追回), in integer cents.
CREATE TABLE asset_recovery (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    case_id      INTEGER NOT NULL REFERENCES case_file(id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    currency     TEXT NOT NULL DEFAULT 'CNY',
    recovered_on TEXT NOT NULL,
    source       TEXT NOT NULL,
    recorded_by  INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at  TEXT NOT NULL
);
CREATE INDEX asset_recovery_case ON asset_recovery(case_id);
CREATE INDEX asset_recovery_date ON asset_recovery(recovered_on);

-- Transfers of a case to and from courts, procuratorates, police, audit and the organization department.
CREATE TABLE case_transfer (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    case_id       INTEGER NOT NULL REFERENCES case_file(id),
    direction     TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    agency_kind   TEXT NOT NULL,
    agency        TEXT NOT NULL,
    materials     TEXT NOT NULL,
    transfer_on   TEXT NOT NULL,
    feedback_due  TEXT,
    feedback_on   TEXT,
    feedback      TEXT NOT NULL DEFAULT '',
    recorded_by   INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at   TEXT NOT NULL,
    CHECK (feedback_due IS NULL OR feedback_due >= transfer_on)
);
CREATE INDEX case_transfer_case ON case_transfer(case_id);
CREATE INDEX case_transfer_awaiting ON case_transfer(feedback_due) WHERE feedback_on IS NULL AND feedback_due IS NOT NULL;

-- Assistance requests (协查函) to banks, telecoms, securities firms, tax, market regulation and housing.
CREATE TABLE assistance_request (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    case_id        INTEGER NOT NULL REFERENCES case_file(id),
    recipient_kind TEXT NOT NULL,
    recipient      TEXT NOT NULL,
    request        TEXT NOT NULL,
    sent_on        TEXT NOT NULL,
    reply_due      TEXT NOT NULL,
    replied_on     TEXT,
    reply          TEXT NOT NULL DEFAULT '',
    recorded_by    INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at    TEXT NOT NULL,
    CHECK (reply_due >= sent_on)
);
CREATE INDEX assistance_request_case ON assistance_request(case_id);
CREATE INDEX assistance_request_awaiting ON assistance_request(reply_due) WHERE replied_on IS NULL;

-- Staff register (R-9.1): certification to handle cases (持证上岗), training, the talent-pool tier.
CREATE TABLE staff_certification (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    user_id     INTEGER NOT NULL REFERENCES app_user(id),
    certificate TEXT NOT NULL,
    issued_on   TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    CHECK (valid_until > issued_on)
);
CREATE INDEX staff_certification_user ON staff_certification(user_id, valid_until);

CREATE TABLE staff_training (
    id       INTEGER PRIMARY KEY,
    uid      TEXT NOT NULL UNIQUE,
    user_id  INTEGER NOT NULL REFERENCES app_user(id),
    course   TEXT NOT NULL,
    held_on  TEXT NOT NULL,
    hours    INTEGER NOT NULL CHECK (hours > 0),
    result   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX staff_training_user ON staff_training(user_id, held_on);

CREATE TABLE staff_tier (
    user_id INTEGER PRIMARY KEY REFERENCES app_user(id),
    tier    TEXT NOT NULL CHECK (tier IN ('reserve', 'core', 'expert')),
    since   TEXT NOT NULL
);

INSERT INTO category (kind, code, label, sort) VALUES
    ('transfer_agency', 'court', '人民法院', 1),
    ('transfer_agency', 'procuratorate', '人民检察院', 2),
    ('transfer_agency', 'police', '公安机关', 3),
    ('transfer_agency', 'audit', '审计机关', 4),
    ('transfer_agency', 'organization_department', '组织部门', 5),
    ('transfer_agency', 'other', '其他机关', 99),
    ('assistance_recipient', 'bank', '银行', 1),
    ('assistance_recipient', 'telecom', '电信运营商', 2),
    ('assistance_recipient', 'securities', '证券公司', 3),
    ('assistance_recipient', 'tax', '税务机关', 4),
    ('assistance_recipient', 'market_regulation', '市场监管部门', 5),
    ('assistance_recipient', 'housing', '住房和城乡建设部门', 6),
    ('assistance_recipient', 'other', '其他单位', 99);
