-- Row sources: each entity defined once, so GeoJSON, OGC items and tiles cannot drift apart.
-- Every source has `id`, its filter columns, `geom` (CRS84, what OGC serves), start_date/end_date
-- (NULL where the entity has no time), the columns tile layers carry, and `properties`: the
-- entity's public properties as json (not jsonb, which would reorder the keys clients see).
-- Adding a property means editing one source here, in a new migration.

-- Appends b's members to a's, keeping both orders and json_build_object's exact text, so a
-- response that adds members to a source's properties (country_feature.sql) keeps its bytes.
CREATE FUNCTION json_concat(a json, b json) RETURNS json
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN a::text = '{}' THEN b
                WHEN b::text = '{}' THEN a
                ELSE (left(a::text, -1) || ', ' || substr(b::text, 2))::json END
$$;

-- Countries and regions, untimed. The tile bands come along so tile layers read them from here;
-- the GeoJSON zoom bands are picked by band_geom(countries, zoom), which needs the table row.
CREATE VIEW country_features AS
SELECT c.iso3 AS id, c.iso3, c.kind, c.un_region, c.un_subregion,
       NULL::date AS start_date, NULL::date AS end_date,
       c.geom, c.tile_z0_2, c.tile_z3_5, c.tile_z6,
       c.name_en, c.name_zh,
       json_build_object(
           'iso3', c.iso3, 'iso2', c.iso2, 'iso_numeric', c.iso_numeric,
           'name_en', c.name_en, 'name_zh', c.name_zh, 'kind', c.kind, 'sovereign_iso3', c.sovereign_iso3,
           'un_region', c.un_region, 'un_subregion', c.un_subregion, 'code_source', c.code_source,
           'area_km2', round(c.area_km2::numeric),
           'label_lon', round(ST_X(c.label_point)::numeric, 5), 'label_lat', round(ST_Y(c.label_point)::numeric, 5)) AS properties
FROM countries c;

-- One row per participation (every evidence type; `confirmed` marks the four that count as
-- reach), drawn with its country's geometry and timed by its event's dates.
CREATE VIEW participation_features AS
SELECT p.id, p.iso3, d.year, p.evidence AS evidence_type, d.id AS dialogue, d.series, e.confirmed,
       d.start_date, d.end_date, c.geom,
       json_build_object(
           'id', p.id, 'dialogue', d.id, 'dialogue_name', d.name_en, 'series', d.series, 'year', d.year,
           'start_date', d.start_date, 'end_date', d.end_date,
           'iso3', p.iso3, 'country_name', c.name_en, 'party', p.party, 'person', p.person, 'role', p.role,
           'evidence_type', p.evidence, 'confirmed', e.confirmed, 'note', p.note,
           'source_ids', (SELECT string_agg(ps.source_id, ' ' ORDER BY ps.source_id) FROM participation_sources ps WHERE ps.participation_id = p.id),
           'source_url', (SELECT s.url FROM participation_sources ps JOIN sources s ON s.id = ps.source_id
                          WHERE ps.participation_id = p.id ORDER BY s.id LIMIT 1),
           'source_urls', (SELECT string_agg(s.url, ' ; ' ORDER BY s.id) FROM participation_sources ps JOIN sources s ON s.id = ps.source_id
                           WHERE ps.participation_id = p.id)) AS properties
FROM participations p
JOIN dialogues d ON d.id = p.dialogue_id
JOIN countries c ON c.iso3 = p.iso3
JOIN evidence_types e ON e.code = p.evidence;

-- Documented reach per country and year under the series and evidence filters (NULL: every
-- series, confirmed evidence), timed by the whole year. A function because the `reach` tile
-- layer filters before first_year, `new` and `returning` are derived.
CREATE FUNCTION reach_feature_rows(p_series text[], p_evidence text[])
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
               'strongest_evidence', r.strongest_evidence, 'first_year', r.first_year, 'new', r.first_year = r.year,
               'source_count', r.source_count)
    FROM reach_country_years(p_series, p_evidence, NULL) r
    JOIN countries c ON c.iso3 = r.iso3
$$;

-- The unfiltered reach source, as a relation the OGC items skeleton can name like the others.
CREATE VIEW reach_features AS SELECT * FROM reach_feature_rows(NULL, NULL);

-- One row per event at its host city (NULL geometry for online events with no stated host),
-- timed by its dates, with its coverage figures.
CREATE VIEW dialogue_features AS
SELECT d.id, d.year, d.series, d.format, d.host_country, d.start_date, d.end_date, d.host_point AS geom,
       d.name_en, d.host_city,
       cov.documented_countries, cov.official_countries_low, cov.official_countries_high,
       json_build_object(
           'id', d.id, 'name_en', d.name_en, 'name_zh', d.name_zh, 'series', d.series, 'parent_id', d.parent_id,
           'year', d.year, 'start_date', d.start_date, 'end_date', d.end_date, 'date_precision', d.date_precision,
           'format', d.format, 'host_city', d.host_city, 'host_country', d.host_country, 'theme', d.theme,
           'organisers', d.organisers, 'documented_countries', cov.documented_countries,
           'official_countries_low', cov.official_countries_low, 'official_countries_high', cov.official_countries_high) AS properties
FROM dialogues d
JOIN dialogue_coverage cov ON cov.dialogue_id = d.id;
