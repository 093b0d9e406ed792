-- Countries and regions: one row per feature of geodata/countries.geojson.
-- Chinese official counts speak of "countries and regions", so territories and
-- disputed entities are rows of their own, told apart by `kind`.
CREATE EXTENSION IF NOT EXISTS postgis;

-- Simplify once at load time, never per request. The result stays a valid,
-- right-hand-rule (RFC 7946) MultiPolygon so every band can be served as is.
CREATE FUNCTION partyatlas_band(g geometry, tolerance double precision)
RETURNS geometry(MultiPolygon, 4326)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ST_Multi(ST_ForcePolygonCCW(ST_CollectionExtract(ST_MakeValid(
        CASE WHEN tolerance > 0 THEN ST_SimplifyPreserveTopology(g, tolerance) ELSE g END), 3)))::geometry(MultiPolygon, 4326)
$$;

CREATE TABLE countries (
    iso3           text PRIMARY KEY CHECK (iso3 ~ '^[A-Z]{3}$'),
    iso2           text CHECK (iso2 ~ '^[A-Z]{2}$'),
    iso_numeric    text CHECK (iso_numeric ~ '^[0-9]{3}$'),
    name_en        text NOT NULL CHECK (name_en <> ''),
    name_zh        text,
    kind           text NOT NULL CHECK (kind IN ('sovereign', 'dependent', 'disputed')),
    sovereign_iso3 text CHECK (sovereign_iso3 ~ '^[A-Z]{3}$'),
    un_region      text,
    un_subregion   text,
    code_source    text NOT NULL CHECK (code_source IN ('iso3166', 'user-assigned')),
    -- Full 1:50m detail, served from zoom 6 up.
    geom           geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
    -- Zoom bands 0–2 and 3–5 (tolerances in degrees: about a pixel at the band's top zoom).
    geom_z0_2      geometry(MultiPolygon, 4326) GENERATED ALWAYS AS (partyatlas_band(geom, 0.1)) STORED,
    geom_z3_5      geometry(MultiPolygon, 4326) GENERATED ALWAYS AS (partyatlas_band(geom, 0.02)) STORED,
    label_point    geometry(Point, 4326) GENERATED ALWAYS AS (ST_PointOnSurface(geom)) STORED,
    area_km2       double precision GENERATED ALWAYS AS (ST_Area(geom::geography) / 1e6) STORED
);

CREATE INDEX countries_geom_idx ON countries USING gist (geom);
CREATE INDEX countries_geom_z0_2_idx ON countries USING gist (geom_z0_2);
CREATE INDEX countries_geom_z3_5_idx ON countries USING gist (geom_z3_5);

-- One row per import that changed something. The newest row is the data version
-- that responses and caches are keyed on.
CREATE TABLE data_versions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    imported_at  timestamptz NOT NULL DEFAULT now(),
    summary      jsonb NOT NULL
);
