-- Prepared at import: what a request would otherwise recompute for an unchanged dataset. The data
-- changes only on import, so the import (derive.sql) calls refresh_prepared() in its transaction and
-- readers keep the previous rows until it commits. Each entity is still defined once: the *_rows views
-- and *_computed functions below are the definitions; the prepared tables are their stored answers
-- for the unfiltered case, and filtered requests still compute from the definitions.

-- Country geometry as GeoJSON, per zoom band (2: z0–2, 5: z3–5, 6: full) and common precision,
-- stored as json so json_build_object and json_agg copy it without parsing it again.
CREATE TABLE country_geojson (
    iso3 text NOT NULL REFERENCES countries (iso3) ON DELETE CASCADE,
    band smallint NOT NULL,
    decimals smallint NOT NULL,
    geometry json NOT NULL,
    PRIMARY KEY (iso3, band, decimals)
);
-- Stored out of line but not compressed: read often, written once per import, so no pglz on each read.
ALTER TABLE country_geojson ALTER COLUMN geometry SET STORAGE EXTERNAL;

-- A country's geometry at a zoom and precision as GeoJSON: prepared, or made now for a rare precision.
-- By code, not by table row: a whole-row reference would read (and detoast) every geometry column of
-- the country, every band, on every call; the row is read only when nothing is prepared.
CREATE FUNCTION geometry_json(p_iso3 text, p_zoom int, p_decimals int) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        (SELECT g.geometry FROM country_geojson g
         WHERE g.iso3 = p_iso3 AND g.decimals = p_decimals
           AND g.band = CASE WHEN p_zoom <= 2 THEN 2 WHEN p_zoom <= 5 THEN 5 ELSE 6 END),
        (SELECT ST_AsGeoJSON(band_geom(c, p_zoom), p_decimals)::json FROM countries c WHERE c.iso3 = p_iso3))
$$;

-- Coverage of each event (a count over every participation): stored, read by lists and row sources.
ALTER VIEW dialogue_coverage RENAME TO dialogue_coverage_rows;
CREATE TABLE prepared_dialogue_coverage AS SELECT * FROM dialogue_coverage_rows WITH NO DATA;
ALTER TABLE prepared_dialogue_coverage ADD PRIMARY KEY (dialogue_id);
CREATE VIEW dialogue_coverage AS SELECT * FROM prepared_dialogue_coverage;

-- Row sources: the definitions become *_rows; the served sources read their stored properties and
-- gain geometry_json, the geometry as OGC items serve it (full detail, 6 decimals), and geometry_key:
-- the country whose prepared geometry that is (OGC pages copy it from memory instead of reading it).
ALTER VIEW country_features RENAME TO country_rows;
CREATE VIEW country_features AS
SELECT r.*, g.geometry AS geometry_json, g.iso3 AS geometry_key
FROM country_rows r
LEFT JOIN country_geojson g ON g.iso3 = r.iso3 AND g.band = 6 AND g.decimals = 6;

ALTER VIEW participation_features RENAME TO participation_rows;
CREATE TABLE prepared_participation_properties (id text PRIMARY KEY, properties json NOT NULL);
CREATE VIEW participation_features AS
SELECT r.id, r.iso3, r.year, r.evidence_type, r.dialogue, r.series, r.confirmed, r.start_date, r.end_date, r.geom,
       pp.properties, g.geometry AS geometry_json, g.iso3 AS geometry_key
FROM participation_rows r
JOIN prepared_participation_properties pp ON pp.id = r.id
LEFT JOIN country_geojson g ON g.iso3 = r.iso3 AND g.band = 6 AND g.decimals = 6;

ALTER VIEW party_features RENAME TO party_rows;
CREATE TABLE prepared_party_properties (id text PRIMARY KEY, properties json NOT NULL);
CREATE VIEW party_features AS
SELECT r.id, r.iso3, r.kind, r.start_date, r.end_date, r.geom, pp.properties, g.geometry AS geometry_json, g.iso3 AS geometry_key
FROM party_rows r
JOIN prepared_party_properties pp ON pp.id = r.id
LEFT JOIN country_geojson g ON g.iso3 = r.iso3 AND g.band = 6 AND g.decimals = 6;

-- dialogue_features was bound to the coverage view now named dialogue_coverage_rows: made again over
-- the stored coverage, with the same columns.
DROP VIEW dialogue_features;
CREATE VIEW dialogue_features AS
SELECT d.id, d.year, d.series, d.format, d.host_country, d.start_date, d.end_date, d.host_point AS geom,
       d.name_en, d.host_city,
       cov.documented_countries, cov.official_countries_low, cov.official_countries_high,
       json_build_object(
           'id', d.id, 'name_en', d.name_en, 'name_zh', d.name_zh, 'series', d.series, 'parent_id', d.parent_id,
           'year', d.year, 'start_date', d.start_date, 'end_date', d.end_date, 'date_precision', d.date_precision,
           'format', d.format, 'host_city', d.host_city, 'host_country', d.host_country, 'theme', d.theme,
           'organisers', d.organisers, 'documented_countries', cov.documented_countries,
           'official_countries_low', cov.official_countries_low, 'official_countries_high', cov.official_countries_high) AS properties,
       ST_AsGeoJSON(d.host_point, 6)::json AS geometry_json, NULL::text AS geometry_key
FROM dialogues d
JOIN dialogue_coverage cov ON cov.dialogue_id = d.id;

-- Documented reach per country and year, unfiltered (every series, confirmed evidence, every event):
-- stored. The functions keep their names and signatures and answer from the stored rows when no
-- filter is given; with a filter they compute, as before.
ALTER FUNCTION reach_country_years(text[], text[], text) RENAME TO reach_country_years_computed;
CREATE TABLE prepared_reach_country_years AS SELECT * FROM reach_country_years_computed(NULL, NULL, NULL) WITH NO DATA;
CREATE INDEX prepared_reach_country_years_year_idx ON prepared_reach_country_years (year, iso3);
CREATE FUNCTION reach_country_years(p_series text[], p_evidence text[], p_dialogue text)
RETURNS TABLE (iso3 text, year int, events text[], parties text[], evidence_types text[], strongest_evidence text,
               source_count int, participation_count int, first_year int, last_year int, previous_year int, next_year int)
LANGUAGE sql STABLE AS $$
    SELECT * FROM prepared_reach_country_years
    WHERE p_series IS NULL AND p_evidence IS NULL AND p_dialogue IS NULL
    UNION ALL
    SELECT * FROM reach_country_years_computed(p_series, p_evidence, p_dialogue)
    WHERE p_series IS NOT NULL OR p_evidence IS NOT NULL OR p_dialogue IS NOT NULL
$$;

ALTER FUNCTION reach_country_party_years(text[], text[], text) RENAME TO reach_country_party_years_computed;
CREATE TABLE prepared_reach_country_party_years AS SELECT * FROM reach_country_party_years_computed(NULL, NULL, NULL) WITH NO DATA;
CREATE INDEX prepared_reach_country_party_years_idx ON prepared_reach_country_party_years (year, iso3);
CREATE FUNCTION reach_country_party_years(p_series text[], p_evidence text[], p_dialogue text)
RETURNS TABLE (iso3 text, year int, party_ids text[])
LANGUAGE sql STABLE AS $$
    SELECT * FROM prepared_reach_country_party_years
    WHERE p_series IS NULL AND p_evidence IS NULL AND p_dialogue IS NULL
    UNION ALL
    SELECT * FROM reach_country_party_years_computed(p_series, p_evidence, p_dialogue)
    WHERE p_series IS NOT NULL OR p_evidence IS NOT NULL OR p_dialogue IS NOT NULL
$$;

ALTER FUNCTION reach_year_coverage(int, text[], text[], text) RENAME TO reach_year_coverage_computed;
CREATE TABLE prepared_year_coverage (year int PRIMARY KEY, coverage jsonb NOT NULL);
CREATE FUNCTION reach_year_coverage(p_year int, p_series text[], p_evidence text[], p_dialogue text)
RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN p_series IS NULL AND p_evidence IS NULL AND p_dialogue IS NULL
                THEN coalesce((SELECT c.coverage FROM prepared_year_coverage c WHERE c.year = p_year),
                              reach_year_coverage_computed(p_year, NULL, NULL, NULL))
                ELSE reach_year_coverage_computed(p_year, p_series, p_evidence, p_dialogue) END
$$;

-- The reach row source: stored without geometry (the countries' own), joined back on reading.
ALTER FUNCTION reach_feature_rows(text[], text[]) RENAME TO reach_feature_rows_computed;
CREATE TABLE prepared_reach_rows AS
SELECT id, iso3, year, un_region, strongest_evidence, "new", start_date, end_date, name_en, events, event_count,
       party_count, first_year, "returning", source_count, properties
FROM reach_feature_rows_computed(NULL, NULL) WITH NO DATA;
ALTER TABLE prepared_reach_rows ADD PRIMARY KEY (id);
CREATE INDEX prepared_reach_rows_year_idx ON prepared_reach_rows (year);
CREATE FUNCTION reach_feature_rows(p_series text[], p_evidence text[])
RETURNS TABLE (id text, iso3 text, year int, un_region text, strongest_evidence text, "new" boolean,
               start_date date, end_date date, geom geometry, tile_z0_2 geometry, tile_z3_5 geometry, tile_z6 geometry,
               name_en text, events text, event_count int, party_count int, first_year int, "returning" boolean,
               source_count int, properties json)
LANGUAGE sql STABLE AS $$
    SELECT r.id, r.iso3, r.year, r.un_region, r.strongest_evidence, r."new", r.start_date, r.end_date,
           c.geom, c.tile_z0_2, c.tile_z3_5, c.tile_z6, r.name_en, r.events, r.event_count, r.party_count,
           r.first_year, r."returning", r.source_count, r.properties
    FROM prepared_reach_rows r
    JOIN countries c ON c.iso3 = r.iso3
    WHERE p_series IS NULL AND p_evidence IS NULL
    UNION ALL
    SELECT * FROM reach_feature_rows_computed(p_series, p_evidence)
    WHERE p_series IS NOT NULL OR p_evidence IS NOT NULL
$$;

-- The OGC `reach` collection: the stored rows, with geometry as OGC serves it.
DROP VIEW reach_features;
CREATE VIEW reach_features AS
SELECT r.*, c.geom, g.geometry AS geometry_json, g.iso3 AS geometry_key
FROM prepared_reach_rows r
JOIN countries c ON c.iso3 = r.iso3
LEFT JOIN country_geojson g ON g.iso3 = r.iso3 AND g.band = 6 AND g.decimals = 6;

-- Rebuilds every prepared table from its definition. DELETE, not TRUNCATE: readers keep the previous
-- rows until the import commits instead of waiting on a lock. Order matters: the reach rows read the
-- stored country-years.
CREATE FUNCTION refresh_prepared() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM country_geojson;
    INSERT INTO country_geojson (iso3, band, decimals, geometry)
    SELECT c.iso3, b.band, p.decimals,
           ST_AsGeoJSON(CASE b.band WHEN 2 THEN c.geom_z0_2 WHEN 5 THEN c.geom_z3_5 ELSE c.geom END, p.decimals)::json
    FROM countries c, (VALUES (2), (5), (6)) AS b (band), (VALUES (3), (4), (5), (6)) AS p (decimals);

    DELETE FROM prepared_dialogue_coverage;
    INSERT INTO prepared_dialogue_coverage SELECT * FROM dialogue_coverage_rows;

    DELETE FROM prepared_participation_properties;
    INSERT INTO prepared_participation_properties SELECT id, properties FROM participation_rows;

    DELETE FROM prepared_party_properties;
    INSERT INTO prepared_party_properties SELECT id, properties FROM party_rows;

    DELETE FROM prepared_reach_country_years;
    INSERT INTO prepared_reach_country_years SELECT * FROM reach_country_years_computed(NULL, NULL, NULL);

    DELETE FROM prepared_reach_country_party_years;
    INSERT INTO prepared_reach_country_party_years SELECT * FROM reach_country_party_years_computed(NULL, NULL, NULL);

    DELETE FROM prepared_year_coverage;
    INSERT INTO prepared_year_coverage (year, coverage)
    SELECT y.year, reach_year_coverage_computed(y.year, NULL, NULL, NULL) FROM (SELECT DISTINCT year FROM dialogues) y;

    DELETE FROM prepared_reach_rows;
    INSERT INTO prepared_reach_rows
    SELECT id, iso3, year, un_region, strongest_evidence, "new", start_date, end_date, name_en, events, event_count,
           party_count, first_year, "returning", source_count, properties
    FROM reach_feature_rows_computed(NULL, NULL);
END
$$;

SELECT refresh_prepared();

GRANT SELECT ON ALL TABLES IN SCHEMA public TO partyatlas_reader;
