-- The `dialogues` tile layer: events at their host cities (none for online events without a host).
-- @z z, @x x, @y y; @year year or NULL; @series series[] or NULL.
WITH tile AS (SELECT ST_TileEnvelope(@z, @x, @y) AS env),
mvt AS (
    SELECT ST_AsMVTGeom(ST_Transform(d.host_point, 3857), tile.env, 4096, 64, true) AS geom,
           d.id, d.name_en, d.year, d.series, d.format, d.start_date::text AS start_date, d.host_city,
           cov.documented_countries, cov.official_countries_low, cov.official_countries_high
    FROM dialogues d
    JOIN dialogue_coverage cov ON cov.dialogue_id = d.id, tile
    WHERE d.host_point IS NOT NULL
      AND ST_Transform(d.host_point, 3857) && tile.env
      AND (@year::int IS NULL OR d.year = @year)
      AND (@series::text[] IS NULL OR d.series = ANY (@series))
)
SELECT ST_AsMVT(mvt, 'dialogues', 4096, 'geom') FROM mvt WHERE geom IS NOT NULL;
