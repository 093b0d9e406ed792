-- OGC items of the `reach` collection: one feature per country and year of documented reach
-- (confirmed evidence), timed by the whole year so QGIS's temporal controller can step through years.
-- Shared signature: @min_lon–@max_lat bbox or NULLs; @from, @to datetime bounds or NULLs; @limit limit; @offset offset;
-- @feature_id feature id (ISO3-YEAR) or NULL. Filters: @year year, @iso3 iso3, @un_region un_region, @strongest_evidence strongest_evidence, @new new.
WITH matched AS (
    SELECT r.*, r.iso3 || '-' || r.year AS id, make_date(r.year, 1, 1) AS start_date, make_date(r.year, 12, 31) AS end_date,
           c.name_en, c.un_region, c.un_subregion, c.geom
    FROM reach_country_years(NULL, NULL, NULL) r
    JOIN countries c ON c.iso3 = r.iso3
    WHERE in_bbox(c.geom, @min_lon, @min_lat, @max_lon, @max_lat)
      AND (@from::timestamptz IS NULL OR (make_date(r.year + 1, 1, 1)::timestamp AT TIME ZONE 'UTC') > @from)
      AND (@to::timestamptz IS NULL OR (make_date(r.year, 1, 1)::timestamp AT TIME ZONE 'UTC') <= @to)
      AND (@feature_id::text IS NULL OR r.iso3 || '-' || r.year = @feature_id)
      AND (@year::int IS NULL OR r.year = @year)
      AND (@iso3::text IS NULL OR r.iso3 = @iso3)
      AND (@un_region::text IS NULL OR c.un_region = @un_region)
      AND (@strongest_evidence::text IS NULL OR r.strongest_evidence = @strongest_evidence)
      AND (@new::boolean IS NULL OR (r.first_year = r.year) = @new)
),
page AS (SELECT * FROM matched ORDER BY id LIMIT @limit OFFSET @offset)
SELECT (SELECT count(*) FROM matched) AS number_matched,
       count(p.id) AS number_returned,
       coalesce(json_agg(json_build_object(
           'type', 'Feature',
           'id', p.id,
           'geometry', ST_AsGeoJSON(p.geom, 6)::json,
           'properties', json_build_object(
               'id', p.id, 'iso3', p.iso3, 'name_en', p.name_en, 'un_region', p.un_region, 'un_subregion', p.un_subregion,
               'year', p.year, 'start_date', p.start_date, 'end_date', p.end_date,
               'events', array_to_string(p.events, '; '), 'event_count', cardinality(p.events),
               'parties', array_to_string(p.parties, '; '), 'party_count', cardinality(p.parties),
               'strongest_evidence', p.strongest_evidence, 'first_year', p.first_year, 'new', p.first_year = p.year,
               'source_count', p.source_count))
           ORDER BY p.id), '[]'::json)::text AS features
FROM page p;
