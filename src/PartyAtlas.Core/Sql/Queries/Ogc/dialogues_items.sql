-- OGC items of the `dialogues` collection: one feature per event at its host city (null geometry
-- for online events with no stated host), timed by its dates.
-- Shared signature: $1–$4 bbox or NULLs; $5, $6 datetime bounds or NULLs; $7 limit; $8 offset;
-- $9 feature id or NULL. Filters: $10 year, $11 series, $12 format, $13 host_country.
WITH matched AS (
    SELECT d.*, cov.documented_countries, cov.official_countries_low, cov.official_countries_high
    FROM dialogues d
    JOIN dialogue_coverage cov ON cov.dialogue_id = d.id
    WHERE in_bbox(d.host_point, $1, $2, $3, $4)
      AND ($5::timestamptz IS NULL OR ((d.end_date + 1)::timestamp AT TIME ZONE 'UTC') > $5)
      AND ($6::timestamptz IS NULL OR (d.start_date::timestamp AT TIME ZONE 'UTC') <= $6)
      AND ($9::text IS NULL OR d.id = $9)
      AND ($10::int IS NULL OR d.year = $10)
      AND ($11::text IS NULL OR d.series = $11)
      AND ($12::text IS NULL OR d.format = $12)
      AND ($13::text IS NULL OR d.host_country = $13)
),
page AS (SELECT * FROM matched ORDER BY start_date, id LIMIT $7 OFFSET $8)
SELECT (SELECT count(*) FROM matched) AS number_matched,
       count(p.id) AS number_returned,
       coalesce(json_agg(json_build_object(
           'type', 'Feature',
           'id', p.id,
           'geometry', ST_AsGeoJSON(p.host_point, 6)::json,
           'properties', json_build_object(
               'id', p.id, 'name_en', p.name_en, 'name_zh', p.name_zh, 'series', p.series, 'parent_id', p.parent_id,
               'year', p.year, 'start_date', p.start_date, 'end_date', p.end_date, 'date_precision', p.date_precision,
               'format', p.format, 'host_city', p.host_city, 'host_country', p.host_country, 'theme', p.theme,
               'organisers', p.organisers, 'documented_countries', p.documented_countries,
               'official_countries_low', p.official_countries_low, 'official_countries_high', p.official_countries_high))
           ORDER BY p.start_date, p.id), '[]'::json)::text AS features
FROM page p;
