-- Copies of letters printed outside the document register: case letters (sanction decisions, execution reminders,
-- assistance requests), integrity opinion replies and recommendation letters. Each copy gets the next copy number
-- (份号) of its letter, printed on it, as print_log does for registered documents. Append-only.
CREATE TABLE letter_print_log (
    id          INTEGER PRIMARY KEY,
    letter_type TEXT NOT NULL,
    letter_key  TEXT NOT NULL,
    copy_number INTEGER NOT NULL,
    printed_by  INTEGER NOT NULL REFERENCES app_user(id),
    printed_at  TEXT NOT NULL,
    output      TEXT NOT NULL CHECK (output IN ('printer', 'pdf')),
    UNIQUE (letter_type, letter_key, copy_number)
);
CREATE TRIGGER letter_print_log_no_update BEFORE UPDATE ON letter_print_log
BEGIN
    SELECT RAISE(ABORT, 'the letter print log is append-only');
END;
CREATE TRIGGER letter_print_log_no_delete BEFORE DELETE ON letter_print_log
BEGIN
    SELECT RAISE(ABORT, 'the letter print log is append-only');
END;
