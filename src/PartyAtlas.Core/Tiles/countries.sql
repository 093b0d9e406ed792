-- The `countries` tile layer: every country and region, the base map. @z z, @x x, @y y.
-- Each zoom band has its own precomputed 3857 column and GiST index; the band's branch is the
-- only one whose one-time filter passes, so the && uses that index.
WITH tile AS (SELECT ST_TileEnvelope(@z, @x, @y) AS env),
hits AS (
    SELECT c.iso3, c.tile_z0_2 AS g FROM countries c, tile WHERE @z <= 2 AND c.tile_z0_2 && tile.env
    UNION ALL
    SELECT c.iso3, c.tile_z3_5 FROM countries c, tile WHERE @z BETWEEN 3 AND 5 AND c.tile_z3_5 && tile.env
    UNION ALL
    SELECT c.iso3, c.tile_z6 FROM countries c, tile WHERE @z >= 6 AND c.tile_z6 && tile.env
),
mvt AS (
    SELECT ST_AsMVTGeom(h.g, tile.env, 4096, 64, true) AS geom,
           c.iso3, c.name_en, c.name_zh, c.kind, c.un_region, c.un_subregion
    FROM hits h JOIN countries c ON c.iso3 = h.iso3, tile
)
SELECT ST_AsMVT(mvt, 'countries', 4096, 'geom') FROM mvt WHERE geom IS NOT NULL;
