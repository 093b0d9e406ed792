-- The `dialogues` tile layer: events at their host cities (none for online events without a host).
-- $1 z, $2 x, $3 y; $4 year or NULL; $5 series[] or NULL.
WITH tile AS (SELECT ST_TileEnvelope($1, $2, $3) AS env),
mvt AS (
    SELECT ST_AsMVTGeom(ST_Transform(d.host_point, 3857), tile.env, 4096, 64, true) AS geom,
           d.id, d.name_en, d.year, d.series, d.format, d.start_date::text AS start_date, d.host_city,
           cov.documented_countries, cov.official_countries_low, cov.official_countries_high
    FROM dialogues d
    JOIN dialogue_coverage cov ON cov.dialogue_id = d.id, tile
    WHERE d.host_point IS NOT NULL
      AND ST_Transform(d.host_point, 3857) && tile.env
      AND ($4::int IS NULL OR d.year = $4)
      AND ($5::text[] IS NULL OR d.series = ANY ($5))
)
SELECT ST_AsMVT(mvt, 'dialogues', 4096, 'geom') FROM mvt WHERE geom IS NOT NULL;
