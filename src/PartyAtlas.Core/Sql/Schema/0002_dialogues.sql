-- The dialogue dataset: events, per-source official counts, participation evidence,
-- sources and the region groups regional events were addressed to.
-- There is no official roster: every fact here is something a source states.

CREATE TABLE sources (
    id          text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9]+$'),
    url         text NOT NULL CHECK (url ~ '^https?://[^\s/]+'),
    title       text,
    publisher   text,
    language    text,
    report_date text CHECK (report_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    note        text
);

-- The closed list of evidence types. `confirmed` types make up documented reach by
-- default; `strength` orders them when one country has several rows (higher is firmer).
CREATE TABLE evidence_types (
    code        text PRIMARY KEY,
    confirmed   boolean NOT NULL,
    strength    int NOT NULL UNIQUE,
    description text NOT NULL
);

INSERT INTO evidence_types (code, confirmed, strength, description) VALUES
    ('spoke',            true,  9, 'Addressed the event (speech, keynote, video address).'),
    ('delegation',       true,  8, 'A named delegation took part.'),
    ('attended',         true,  7, 'Took part; no speech reported.'),
    ('watched_at_venue', true,  6, 'Followed the event at a party, embassy or other venue.'),
    ('side_event',       false, 5, 'Documented only at a side meeting held alongside the event.'),
    ('message_only',     false, 4, 'Sent a letter or message; attendance not reported.'),
    ('ambiguous',        false, 3, 'The source does not clearly place the party at the event.'),
    ('prospective',      false, 2, 'Announced before the event ("will attend"); not confirmed.'),
    ('absent',           false, 1, 'Explicitly reported absent. Never counts as reach.');

CREATE TABLE dialogues (
    id             text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en        text NOT NULL,
    name_zh        text,
    series         text NOT NULL CHECK (series IN ('global', 'thematic', 'regional')),
    parent_id      text REFERENCES dialogues (id) DEFERRABLE INITIALLY DEFERRED,
    start_date     date NOT NULL,
    end_date       date NOT NULL CHECK (end_date >= start_date),
    date_precision text NOT NULL CHECK (date_precision IN ('day', 'approximate')),
    year           int NOT NULL CHECK (year = extract(year FROM start_date)),
    format         text CHECK (format IN ('in_person', 'online', 'hybrid')),
    host_city      text,
    host_country   text REFERENCES countries (iso3),
    host_point     geometry(Point, 4326),
    theme          text,
    organisers     text,
    notes          text
);

CREATE INDEX dialogues_year_idx ON dialogues (year);

CREATE TABLE dialogue_sources (
    dialogue_id text NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    source_id   text NOT NULL REFERENCES sources (id),
    PRIMARY KEY (dialogue_id, source_id)
);

-- One figure per event, metric and source. Disagreeing sources keep their own rows:
-- figures are never averaged.
CREATE TABLE official_counts (
    dialogue_id text NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    metric      text NOT NULL CHECK (metric IN ('parties', 'countries', 'attendees')),
    low         int NOT NULL CHECK (low >= 0),
    high        int NOT NULL CHECK (high >= low),
    qualifier   text NOT NULL CHECK (qualifier IN ('exact', 'over', 'nearly', 'about')),
    source_id   text NOT NULL REFERENCES sources (id),
    quote       text,
    note        text,
    PRIMARY KEY (dialogue_id, metric, source_id)
);

CREATE TABLE participations (
    id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+\.[A-Z]{3}\.[0-9]+$'),
    dialogue_id text NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    iso3        text NOT NULL REFERENCES countries (iso3),
    party       text,
    person      text,
    role        text,
    evidence    text NOT NULL REFERENCES evidence_types (code),
    note        text
);

CREATE INDEX participations_dialogue_idx ON participations (dialogue_id);
CREATE INDEX participations_iso3_idx ON participations (iso3);

CREATE TABLE participation_sources (
    participation_id text NOT NULL REFERENCES participations (id) ON DELETE CASCADE,
    source_id        text NOT NULL REFERENCES sources (id),
    PRIMARY KEY (participation_id, source_id)
);

-- Every participation has a source: checked at commit, so an import writes
-- rows and their sources in any order within its transaction.
CREATE FUNCTION participation_has_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM participation_sources WHERE participation_id = NEW.id)
       AND EXISTS (SELECT 1 FROM participations WHERE id = NEW.id) THEN
        RAISE EXCEPTION 'participation % has no source', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER participations_need_a_source
    AFTER INSERT OR UPDATE ON participations
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION participation_has_source();

CREATE TABLE region_groups (
    id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL,
    description text,
    source_id   text NOT NULL REFERENCES sources (id)
);

CREATE TABLE region_group_members (
    group_id text NOT NULL REFERENCES region_groups (id) ON DELETE CASCADE,
    iso3     text NOT NULL REFERENCES countries (iso3),
    PRIMARY KEY (group_id, iso3)
);

CREATE TABLE dialogue_scopes (
    dialogue_id text NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    group_id    text NOT NULL REFERENCES region_groups (id),
    note        text,
    PRIMARY KEY (dialogue_id, group_id)
);
