-- Property lists and the property steps they cover (R-6.4): which items a generated seizure, sealing or handover
-- list takes, and which approved document covers each step of an item's lifecycle.

CREATE TABLE document_property_item (
    document_id INTEGER NOT NULL REFERENCES document(id),
    item_id     INTEGER NOT NULL REFERENCES property_item(id),
    PRIMARY KEY (document_id, item_id)
);
CREATE INDEX document_property_item_item ON document_property_item(item_id);

CREATE TABLE property_action_document (
    action_id   INTEGER PRIMARY KEY REFERENCES property_action(id),
    document_id INTEGER NOT NULL REFERENCES document(id)
);
CREATE TRIGGER property_action_document_append_only BEFORE UPDATE ON property_action_document
BEGIN
    SELECT RAISE(ABORT, 'the document that covers a property step is never changed');
END;
