-- Point places: ISO entries with no 1:50m shape of their own (Tuvalu, Tokelau … see geodata/README.md,
-- "Point places") are drawn as a Point at a documented position, flagged by `geometry_source`
-- ('point:<source>'; every shape is 'natural-earth-1:50m'), so a participation there can be recorded.
-- geom and its GeoJSON zoom bands become geometry(Geometry): a MultiPolygon, or a Point for a point place.
-- The 3857 tile bands stay MultiPolygon and are NULL for a point place, so fill layers skip it;
-- label_point is the point itself and area_km2 is 0, so the reach_points layer draws it as a small place.
-- A generated column or a view that reads geom blocks its type change: they are dropped and re-created
-- with the same definitions (the views as in 0007 and 0008; country_features appends geometry_source).

-- A zoom band of a country's geometry: the simplified MultiPolygon (0001), or a point as it is.
CREATE FUNCTION partyatlas_place_band(g geometry, tolerance double precision)
RETURNS geometry(Geometry, 4326)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT (CASE WHEN ST_Dimension(g) = 2 THEN partyatlas_band(g, tolerance) ELSE g END)::geometry(Geometry, 4326)
$$;

DROP VIEW country_features;
DROP VIEW participation_features;
DROP VIEW party_features;

ALTER TABLE countries
    DROP COLUMN geom_z0_2, DROP COLUMN geom_z3_5, DROP COLUMN label_point, DROP COLUMN area_km2,
    DROP COLUMN tile_z0_2, DROP COLUMN tile_z3_5, DROP COLUMN tile_z6;

ALTER TABLE countries
    ALTER COLUMN geom TYPE geometry(Geometry, 4326),
    ADD COLUMN geometry_source text NOT NULL DEFAULT 'natural-earth-1:50m'
        CHECK (geometry_source = 'natural-earth-1:50m' OR geometry_source ~ '^point:.+'),
    -- A shape is a MultiPolygon, a point place a Point; nothing else.
    ADD CONSTRAINT countries_geom_matches_source CHECK (
        CASE WHEN geometry_source LIKE 'point:%' THEN GeometryType(geom) = 'POINT' ELSE GeometryType(geom) = 'MULTIPOLYGON' END),
    -- Same tolerances as 0001 and 0005.
    ADD COLUMN geom_z0_2   geometry(Geometry, 4326) GENERATED ALWAYS AS (partyatlas_place_band(geom, 0.1)) STORED,
    ADD COLUMN geom_z3_5   geometry(Geometry, 4326) GENERATED ALWAYS AS (partyatlas_place_band(geom, 0.02)) STORED,
    ADD COLUMN label_point geometry(Point, 4326) GENERATED ALWAYS AS (ST_PointOnSurface(geom)) STORED,
    ADD COLUMN area_km2    double precision GENERATED ALWAYS AS (ST_Area(geom::geography) / 1e6) STORED,
    ADD COLUMN tile_z0_2   geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (
        CASE WHEN ST_Dimension(geom) = 2 THEN partyatlas_tile_geom(partyatlas_band(geom, 0.1)) END) STORED,
    ADD COLUMN tile_z3_5   geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (
        CASE WHEN ST_Dimension(geom) = 2 THEN partyatlas_tile_geom(partyatlas_band(geom, 0.02)) END) STORED,
    ADD COLUMN tile_z6     geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (
        CASE WHEN ST_Dimension(geom) = 2 THEN partyatlas_tile_geom(geom) END) STORED;

CREATE INDEX countries_geom_z0_2_idx ON countries USING gist (geom_z0_2);
CREATE INDEX countries_geom_z3_5_idx ON countries USING gist (geom_z3_5);
CREATE INDEX countries_tile_z0_2_idx ON countries USING gist (tile_z0_2);
CREATE INDEX countries_tile_z3_5_idx ON countries USING gist (tile_z3_5);
CREATE INDEX countries_tile_z6_idx ON countries USING gist (tile_z6);

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
           'label_lon', round(ST_X(c.label_point)::numeric, 5), 'label_lat', round(ST_Y(c.label_point)::numeric, 5),
           'geometry_source', c.geometry_source) AS properties,
       c.geometry_source
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

GRANT SELECT ON country_features, participation_features TO partyatlas_reader;
