-- Vector tiles: every band precomputed in Web Mercator (EPSG:3857), clipped to the Mercator
-- latitude limit, so a tile request only clips (ST_AsMVTGeom) and filters with && on an index.

-- A 4326 band as a 3857 tile geometry. Latitudes beyond ±85.06° have no Mercator image.
CREATE FUNCTION partyatlas_tile_geom(g geometry) RETURNS geometry(MultiPolygon, 3857)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ST_Multi(ST_CollectionExtract(ST_MakeValid(
        ST_Transform(ST_ClipByBox2D(g, ST_MakeEnvelope(-180, -85.06, 180, 85.06, 4326)), 3857)), 3))::geometry(MultiPolygon, 3857)
$$;

ALTER TABLE countries
    -- A generated column cannot read another, so the bands are recomputed from geom (same tolerances as 0001).
    ADD COLUMN tile_z0_2 geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (partyatlas_tile_geom(partyatlas_band(geom, 0.1))) STORED,
    ADD COLUMN tile_z3_5 geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (partyatlas_tile_geom(partyatlas_band(geom, 0.02))) STORED,
    ADD COLUMN tile_z6   geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (partyatlas_tile_geom(geom)) STORED;

CREATE INDEX countries_tile_z0_2_idx ON countries USING gist (tile_z0_2);
CREATE INDEX countries_tile_z3_5_idx ON countries USING gist (tile_z3_5);
CREATE INDEX countries_tile_z6_idx ON countries USING gist (tile_z6);

-- The invited region of each regional event, dissolved once per import (per band, in 3857),
-- so the `scopes` tile layer never unions on request.
CREATE TABLE scope_outlines (
    dialogue_id  text PRIMARY KEY REFERENCES dialogues (id) ON DELETE CASCADE,
    groups       text[] NOT NULL,
    member_count int NOT NULL,
    tile_z0_2    geometry(MultiPolygon, 3857),
    tile_z3_5    geometry(MultiPolygon, 3857),
    tile_z6      geometry(MultiPolygon, 3857)
);

CREATE INDEX scope_outlines_tile_z0_2_idx ON scope_outlines USING gist (tile_z0_2);
CREATE INDEX scope_outlines_tile_z3_5_idx ON scope_outlines USING gist (tile_z3_5);
CREATE INDEX scope_outlines_tile_z6_idx ON scope_outlines USING gist (tile_z6);
