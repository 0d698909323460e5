-- Foundation schema: vault settings, users and roles, the hash-chained audit trail.
-- Dialect: SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, RETURNING, window functions or JSON1.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE app_user (
    id                   INTEGER PRIMARY KEY,
    uid                  TEXT NOT NULL UNIQUE,
    login                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL,
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    needs_password_reset INTEGER NOT NULL DEFAULT 0 CHECK (needs_password_reset IN (0, 1)),
    created_at           TEXT NOT NULL
);

CREATE TABLE user_role (
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    role    TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Who is assigned to a confidential record (lead, case, ...). Checked by Session::require.
CREATE TABLE assignment (
    target_type TEXT NOT NULL,
    target_uid  TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES app_user(id),
    role        TEXT NOT NULL DEFAULT 'member',
    PRIMARY KEY (target_type, target_uid, user_id)
);
CREATE INDEX assignment_user ON assignment(user_id);

CREATE TABLE audit_entry (
    id          INTEGER PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target_type TEXT NOT NULL DEFAULT '',
    target_uid  TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
);
CREATE INDEX audit_entry_target ON audit_entry(target_type, target_uid);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
