-- OGC items of the `dialogues` collection: one feature per event at its host city (null geometry
-- for online events with no stated host), timed by its dates.
-- Shared signature: @min_lon–@max_lat bbox or NULLs; @from, @to datetime bounds or NULLs; @limit limit; @offset offset;
-- @feature_id feature id or NULL. Filters: @year year, @series series, @format format, @host_country host_country.
WITH matched AS (
    SELECT d.*, cov.documented_countries, cov.official_countries_low, cov.official_countries_high
    FROM dialogues d
    JOIN dialogue_coverage cov ON cov.dialogue_id = d.id
    WHERE in_bbox(d.host_point, @min_lon, @min_lat, @max_lon, @max_lat)
      AND (@from::timestamptz IS NULL OR ((d.end_date + 1)::timestamp AT TIME ZONE 'UTC') > @from)
      AND (@to::timestamptz IS NULL OR (d.start_date::timestamp AT TIME ZONE 'UTC') <= @to)
      AND (@feature_id::text IS NULL OR d.id = @feature_id)
      AND (@year::int IS NULL OR d.year = @year)
      AND (@series::text IS NULL OR d.series = @series)
      AND (@format::text IS NULL OR d.format = @format)
      AND (@host_country::text IS NULL OR d.host_country = @host_country)
),
page AS (SELECT * FROM matched ORDER BY start_date, id LIMIT @limit OFFSET @offset)
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
