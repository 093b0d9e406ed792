-- The `dialogues` tile layer (named @layer_name: "dialogues"): events at their host cities (none for online events without a host),
-- from dialogue_features. @z z, @x x, @y y; @year year or NULL; @series series[] or NULL.
WITH tile AS (SELECT ST_TileEnvelope(@z, @x, @y) AS env),
mvt AS (
    SELECT ST_AsMVTGeom(ST_Transform(f.geom, 3857), tile.env, 4096, 64, true) AS geom,
           f.id, f.name_en, f.year, f.series, f.format, f.start_date::text AS start_date, f.host_city,
           f.documented_countries, f.official_countries_low, f.official_countries_high
    FROM dialogue_features f, tile
    WHERE f.geom IS NOT NULL
      AND ST_Transform(f.geom, 3857) && tile.env
      AND (@year::int IS NULL OR f.year = @year)
      AND (@series::text[] IS NULL OR f.series = ANY (@series))
)
SELECT ST_AsMVT(mvt, @layer_name, 4096, 'geom') FROM mvt WHERE geom IS NOT NULL;
