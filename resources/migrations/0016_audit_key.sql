-- The key of the audit chain's HMAC, kept inside the encrypted vault once the master key has been replaced (rekey).
-- Until then the key is derived from the master key; a rekey stores the key in use here first, so entries written
-- before it keep verifying. Never exported in archives.
CREATE TABLE audit_key (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL CHECK (length(key) = 32)
);
