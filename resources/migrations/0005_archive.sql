-- Archives, trust and backups (R-8.2 to R-8.4, R-4.4).

-- This vault's workstation signing key (Ed25519). The seed lives only inside the encrypted vault; it is not wrapped
-- a second time because a rekey would then orphan it. The same key pair, converted to X25519, receives archives.
CREATE TABLE workstation_key (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    public_key BLOB NOT NULL,
    secret_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- Other workstations whose archives this vault accepts. Revoked keys stay listed, so history stays readable.
CREATE TABLE trusted_key (
    id            INTEGER PRIMARY KEY,
    public_key    BLOB NOT NULL UNIQUE,
    fingerprint   TEXT NOT NULL UNIQUE,
    label         TEXT NOT NULL,
    added_by      TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    revoked       INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    revoked_by    TEXT NOT NULL DEFAULT '',
    revoked_at    TEXT,
    revoke_reason TEXT NOT NULL DEFAULT ''
);

-- Every committed import, by archive id. Importing the same archive again adds a row but no records.
CREATE TABLE archive_import (
    id                 INTEGER PRIMARY KEY,
    archive_id         TEXT NOT NULL,
    imported_at        TEXT NOT NULL,
    imported_by        TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL,
    source_vault_uid   TEXT NOT NULL,
    source_organ       TEXT NOT NULL DEFAULT '',
    override_reason    TEXT NOT NULL DEFAULT '',
    added              INTEGER NOT NULL DEFAULT 0,
    unchanged          INTEGER NOT NULL DEFAULT 0,
    conflicts          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX archive_import_archive ON archive_import(archive_id);

-- Where an imported record came from.
CREATE TABLE record_provenance (
    target_type TEXT NOT NULL,
    target_uid  TEXT NOT NULL,
    import_id   INTEGER NOT NULL REFERENCES archive_import(id),
    PRIMARY KEY (target_type, target_uid)
);
