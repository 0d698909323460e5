-- Standard documents generated from templates, their versions and the print log (R-6.6, R-7).

CREATE TABLE document (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    template_id  TEXT NOT NULL,
    target_type  TEXT NOT NULL,
    target_uid   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'printed', 'served', 'superseded')),
    number       TEXT NOT NULL DEFAULT '',
    fields_json  TEXT NOT NULL,
    created_by   INTEGER NOT NULL REFERENCES app_user(id),
    created_at   TEXT NOT NULL,
    approved_by  INTEGER REFERENCES app_user(id),
    approved_at  TEXT,
    supersedes   INTEGER REFERENCES document(id),
    served_on    TEXT,
    served_to    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_target ON document(target_type, target_uid);

-- An approved document is frozen: its content and number never change; a change is a new version.
CREATE TRIGGER document_frozen BEFORE UPDATE OF fields_json, number, template_id, target_uid ON document
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an approved document is frozen; make a new version');
END;

CREATE TABLE print_log (
    id                 INTEGER PRIMARY KEY,
    document_id        INTEGER NOT NULL REFERENCES document(id),
    copy_number        INTEGER NOT NULL,
    recipient          TEXT NOT NULL DEFAULT '',
    printed_by         INTEGER NOT NULL REFERENCES app_user(id),
    printed_at         TEXT NOT NULL,
    include_identities INTEGER NOT NULL DEFAULT 0 CHECK (include_identities IN (0, 1)),
    output             TEXT NOT NULL CHECK (output IN ('printer', 'pdf')),
    UNIQUE (document_id, copy_number)
);
CREATE TRIGGER print_log_append_only BEFORE UPDATE ON print_log
BEGIN
    SELECT RAISE(ABORT, 'the print log is append-only');
END;
