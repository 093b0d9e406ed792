-- The party registry: one row per party (or think tank, state body …) named in the evidence, so
-- that reach can count parties by id instead of by the text each source happened to print.

CREATE TABLE parties (
    id            text PRIMARY KEY CHECK (id ~ '^[A-Z]{3}(-[A-Z0-9]+)+$'),
    -- NULL only for transnational organisations, whose ids start with INT-.
    iso3          text REFERENCES countries (iso3),
    name_en       text NOT NULL,
    name_native   text,
    abbreviation  text,
    aliases       text[] NOT NULL DEFAULT '{}',
    kind          text NOT NULL CHECK (kind IN ('party', 'coalition', 'party_organ', 'think_tank', 'state_body', 'other')),
    partyfacts_id int CHECK (partyfacts_id > 0),
    note          text,
    CHECK ((iso3 IS NULL) = (id LIKE 'INT-%')),
    CHECK (iso3 IS NULL OR left(id, 3) = iso3)
);

CREATE INDEX parties_iso3_idx ON parties (iso3);

CREATE TABLE party_sources (
    party_id  text NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    source_id text NOT NULL REFERENCES sources (id),
    PRIMARY KEY (party_id, source_id)
);

-- Membership of party internationals and regional forums, each claim with its own source.
CREATE TABLE party_affiliations (
    party_id    text NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    affiliation text NOT NULL CHECK (affiliation IN ('SI', 'PA', 'IMCWP', 'FSP', 'COPPPAL', 'ICAPP', 'LI', 'IDU', 'CDI', 'PES', 'EL', 'OTHER')),
    source_id   text NOT NULL REFERENCES sources (id),
    note        text,
    PRIMARY KEY (party_id, affiliation, source_id)
);

-- The registry ids a participation row names: usually one, several when one report names several
-- parties (a joint delegation), none when it names no party. An array, checked by the trigger below.
ALTER TABLE participations ADD COLUMN party_ids text[] NOT NULL DEFAULT '{}';
CREATE INDEX participations_party_ids_idx ON participations USING gin (party_ids);

-- A national party speaks for its own country only; a transnational one (iso3 NULL) for any.
CREATE FUNCTION participation_party_country() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM unnest(NEW.party_ids) AS i LEFT JOIN parties p ON p.id = i
        WHERE p.id IS NULL OR (p.iso3 IS NOT NULL AND p.iso3 <> NEW.iso3)) THEN
        RAISE EXCEPTION 'participation %: a party of % is unknown or not of country %', NEW.id, NEW.party_ids, NEW.iso3 USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER participations_party_in_country
    BEFORE INSERT OR UPDATE ON participations
    FOR EACH ROW EXECUTE FUNCTION participation_party_country();

GRANT SELECT ON parties, party_sources, party_affiliations TO partyatlas_reader;

-- The registry ids behind the reach rows: one row per participation with a party id that counts
-- under the filters (NULL evidence: the confirmed types), beside reach_evidence's text parties.
CREATE FUNCTION reach_party_evidence(p_series text[], p_evidence text[], p_dialogue text)
RETURNS TABLE (participation_id text, dialogue_id text, year int, iso3 text, party_id text)
LANGUAGE sql STABLE AS $$
    SELECT r.participation_id, r.dialogue_id, r.year, r.iso3, ids.party_id
    FROM reach_evidence(p_series, p_evidence, p_dialogue) r
    JOIN participations p ON p.id = r.participation_id
    CROSS JOIN unnest(p.party_ids) AS ids (party_id)
$$;

-- Documented party ids per country and year, the party counterpart of reach_country_years.
CREATE FUNCTION reach_country_party_years(p_series text[], p_evidence text[], p_dialogue text)
RETURNS TABLE (iso3 text, year int, party_ids text[])
LANGUAGE sql STABLE AS $$
    SELECT r.iso3, r.year, array_agg(DISTINCT r.party_id ORDER BY r.party_id)
    FROM reach_party_evidence(p_series, p_evidence, p_dialogue) r
    GROUP BY r.iso3, r.year
$$;

-- Party coverage of one year's events, as reach_year_coverage does for countries: documented
-- party ids against the official party figures (largest event's lowest to the sum of the highest).
CREATE FUNCTION reach_year_party_coverage(p_year int, p_series text[], p_evidence text[], p_dialogue text)
RETURNS jsonb
LANGUAGE sql STABLE AS $$
    WITH documented AS (
        SELECT count(DISTINCT r.party_id)::int AS n FROM reach_party_evidence(p_series, p_evidence, p_dialogue) r WHERE r.year = p_year
    ),
    official AS (
        SELECT max(e.low)::int AS low, sum(e.high)::int AS high
        FROM (
            SELECT min(c.low) AS low, max(c.high) AS high
            FROM dialogues d JOIN official_counts c ON c.dialogue_id = d.id AND c.metric = 'parties'
            WHERE d.year = p_year
              AND (p_series IS NULL OR d.series = ANY (p_series))
              AND (p_dialogue IS NULL OR d.id = p_dialogue)
            GROUP BY d.id
        ) e
    )
    SELECT jsonb_build_object(
        'documented_parties', documented.n,
        'official_parties_low', official.low,
        'official_parties_high', official.high,
        'party_ratio_low', round(documented.n::numeric / nullif(official.high, 0), 3),
        'party_ratio_high', round(documented.n::numeric / nullif(official.low, 0), 3))
    FROM documented, official
$$;

-- Every coverage object (/reach, /reach/regions, /reach/compare) gains the party figures; the
-- country figures are those of 0004, unchanged.
ALTER FUNCTION reach_year_coverage(int, text[], text[], text) RENAME TO reach_year_country_coverage;

CREATE FUNCTION reach_year_coverage(p_year int, p_series text[], p_evidence text[], p_dialogue text)
RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT reach_year_country_coverage(p_year, p_series, p_evidence, p_dialogue)
        || reach_year_party_coverage(p_year, p_series, p_evidence, p_dialogue)
$$;

-- The reach row source gains the documented party ids (same columns, so the view and the tile
-- layer that read it stay as they are; only `properties` grows).
CREATE OR REPLACE FUNCTION reach_feature_rows(p_series text[], p_evidence text[])
RETURNS TABLE (id text, iso3 text, year int, un_region text, strongest_evidence text, "new" boolean,
               start_date date, end_date date, geom geometry, tile_z0_2 geometry, tile_z3_5 geometry, tile_z6 geometry,
               name_en text, events text, event_count int, party_count int, first_year int, "returning" boolean,
               source_count int, properties json)
LANGUAGE sql STABLE AS $$
    SELECT r.iso3 || '-' || r.year, r.iso3, r.year, c.un_region, r.strongest_evidence, r.first_year = r.year,
           make_date(r.year, 1, 1), make_date(r.year, 12, 31), c.geom, c.tile_z0_2, c.tile_z3_5, c.tile_z6,
           c.name_en, array_to_string(r.events, '; '), cardinality(r.events), cardinality(r.parties), r.first_year,
           r.first_year < r.year, r.source_count,
           json_build_object(
               'id', r.iso3 || '-' || r.year, 'iso3', r.iso3, 'name_en', c.name_en, 'un_region', c.un_region,
               'un_subregion', c.un_subregion, 'year', r.year,
               'start_date', make_date(r.year, 1, 1), 'end_date', make_date(r.year, 12, 31),
               'events', array_to_string(r.events, '; '), 'event_count', cardinality(r.events),
               'parties', array_to_string(r.parties, '; '), 'party_count', cardinality(r.parties),
               'party_ids', array_to_string(coalesce(py.party_ids, '{}'), ' '), 'documented_parties', coalesce(cardinality(py.party_ids), 0),
               'strongest_evidence', r.strongest_evidence, 'first_year', r.first_year, 'new', r.first_year = r.year,
               'source_count', r.source_count)
    FROM reach_country_years(p_series, p_evidence, NULL) r
    JOIN countries c ON c.iso3 = r.iso3
    LEFT JOIN reach_country_party_years(p_series, p_evidence, NULL) py ON py.iso3 = r.iso3 AND py.year = r.year
$$;

-- One row per party, drawn with its country's geometry (none for transnational organisations),
-- untimed; what it was documented at comes along in `properties`.
CREATE VIEW party_features AS
SELECT p.id, p.iso3, p.kind, NULL::date AS start_date, NULL::date AS end_date, c.geom,
       json_build_object(
           'id', p.id, 'iso3', p.iso3, 'country_name', c.name_en, 'name_en', p.name_en, 'name_native', p.name_native,
           'abbreviation', p.abbreviation, 'aliases', array_to_string(p.aliases, ' | '), 'kind', p.kind,
           'partyfacts_id', p.partyfacts_id,
           'affiliations', (SELECT string_agg(DISTINCT a.affiliation, ' ' ORDER BY a.affiliation) FROM party_affiliations a WHERE a.party_id = p.id),
           'events', (SELECT string_agg(DISTINCT x.dialogue_id, ' ' ORDER BY x.dialogue_id) FROM participations x WHERE p.id = ANY (x.party_ids)),
           'participation_count', (SELECT count(*) FROM participations x WHERE p.id = ANY (x.party_ids)),
           'source_ids', (SELECT string_agg(s.source_id, ' ' ORDER BY s.source_id) FROM party_sources s WHERE s.party_id = p.id)) AS properties
FROM parties p
LEFT JOIN countries c ON c.iso3 = p.iso3;

GRANT SELECT ON party_features TO partyatlas_reader;
