-- The `reach` tile layer: countries with documented reach in one year, with styling properties.
-- @z z, @x x, @y y; @year year; @series series[] or NULL; @evidence evidence[] or NULL (confirmed).
WITH tile AS (SELECT ST_TileEnvelope(@z, @x, @y) AS env),
reach AS (SELECT * FROM reach_country_years(@series, @evidence, NULL) WHERE year = @year),
hits AS (
    SELECT c.iso3, c.tile_z0_2 AS g FROM countries c JOIN reach r ON r.iso3 = c.iso3, tile WHERE @z <= 2 AND c.tile_z0_2 && tile.env
    UNION ALL
    SELECT c.iso3, c.tile_z3_5 FROM countries c JOIN reach r ON r.iso3 = c.iso3, tile WHERE @z BETWEEN 3 AND 5 AND c.tile_z3_5 && tile.env
    UNION ALL
    SELECT c.iso3, c.tile_z6 FROM countries c JOIN reach r ON r.iso3 = c.iso3, tile WHERE @z >= 6 AND c.tile_z6 && tile.env
),
mvt AS (
    SELECT ST_AsMVTGeom(h.g, tile.env, 4096, 64, true) AS geom,
           r.iso3, c.name_en, r.year, cardinality(r.events) AS event_count, array_to_string(r.events, '; ') AS events,
           cardinality(r.parties) AS party_count, r.strongest_evidence, r.first_year,
           r.first_year = r.year AS new, r.first_year < r.year AS returning, r.source_count
    FROM hits h JOIN reach r ON r.iso3 = h.iso3 JOIN countries c ON c.iso3 = h.iso3, tile
)
SELECT ST_AsMVT(mvt, 'reach', 4096, 'geom') FROM mvt WHERE geom IS NOT NULL;
