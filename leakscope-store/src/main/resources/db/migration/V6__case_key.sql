-- A case created with a key keeps its key derivation parameters and a check value here; its
-- finding values and display names are then stored encrypted (enc1:…). No row: values in clear.

CREATE TABLE case_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    kdf         TEXT    NOT NULL,
    iterations  INTEGER NOT NULL,
    salt        BLOB    NOT NULL,
    check_value BLOB    NOT NULL
);
