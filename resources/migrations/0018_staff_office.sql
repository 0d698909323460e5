-- The office (承办部门) each member of staff works in, for the workload per office. The offices are a configurable
-- list, so an administrator can rename them or add the organ's own.
CREATE TABLE staff_office (
    user_id INTEGER PRIMARY KEY REFERENCES app_user(id),
    office  TEXT NOT NULL,
    since   TEXT NOT NULL
);

INSERT INTO category (kind, code, label, sort) VALUES
    ('office', 'inspection_1', '第一纪检监察室', 1),
    ('office', 'inspection_2', '第二纪检监察室', 2),
    ('office', 'inspection_3', '第三纪检监察室', 3),
    ('office', 'case_review', '案件审理室', 4),
    ('office', 'petitions', '信访室', 5);
