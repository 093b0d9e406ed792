-- The `countries` tile layer (named @layer_name: "countries"): every country and region, the base map, from country_features. @z z, @x x, @y y.
-- Each zoom band has its own precomputed 3857 column and GiST index; the band's branch is the
-- only one whose one-time filter passes, so the && uses that index (the view is flattened).
WITH tile AS (SELECT ST_TileEnvelope(@z, @x, @y) AS env),
hits AS (
    SELECT f.id, f.tile_z0_2 AS g FROM country_features f, tile WHERE @z <= 2 AND f.tile_z0_2 && tile.env
    UNION ALL
    SELECT f.id, f.tile_z3_5 FROM country_features f, tile WHERE @z BETWEEN 3 AND 5 AND f.tile_z3_5 && tile.env
    UNION ALL
    SELECT f.id, f.tile_z6 FROM country_features f, tile WHERE @z >= 6 AND f.tile_z6 && tile.env
),
mvt AS (
    SELECT ST_AsMVTGeom(h.g, tile.env, 4096, 64, true) AS geom,
           f.iso3, f.name_en, f.name_zh, f.kind, f.un_region, f.un_subregion
    FROM hits h JOIN country_features f ON f.id = h.id, tile
)
SELECT ST_AsMVT(mvt, @layer_name, 4096, 'geom') FROM mvt WHERE geom IS NOT NULL;
