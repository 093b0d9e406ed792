-- The `reach` tile layer (named @layer_name: "reach", or the name an archive gives it, e.g. "reach_2021"): countries with documented reach in one year, with styling properties,
-- from reach_feature_rows. @z z, @x x, @y y; @year year; @series series[] or NULL; @evidence evidence[] or NULL (confirmed).
WITH tile AS (SELECT ST_TileEnvelope(@z, @x, @y) AS env),
reach AS (SELECT * FROM reach_feature_rows(@series, @evidence) WHERE year = @year),
-- One branch per zoom band, as in countries.sql: only the band's branch passes its one-time filter.
hits AS (
    SELECT r.id, r.tile_z0_2 AS g FROM reach r, tile WHERE @z <= 2 AND r.tile_z0_2 && tile.env
    UNION ALL
    SELECT r.id, r.tile_z3_5 FROM reach r, tile WHERE @z BETWEEN 3 AND 5 AND r.tile_z3_5 && tile.env
    UNION ALL
    SELECT r.id, r.tile_z6 FROM reach r, tile WHERE @z >= 6 AND r.tile_z6 && tile.env
),
mvt AS (
    SELECT ST_AsMVTGeom(h.g, tile.env, 4096, 64, true) AS geom,
           r.iso3, r.name_en, r.year, r.event_count, r.events, r.party_count, (r.properties ->> 'documented_parties')::int AS documented_parties, r.strongest_evidence, r.first_year,
           r."new", r."returning", r.source_count
    FROM hits h JOIN reach r ON r.id = h.id, tile
)
SELECT ST_AsMVT(mvt, @layer_name, 4096, 'geom') FROM mvt WHERE geom IS NOT NULL;
