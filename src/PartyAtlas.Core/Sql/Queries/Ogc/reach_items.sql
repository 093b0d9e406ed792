-- OGC items of the `reach` collection: one feature per country and year of documented reach
-- (confirmed evidence), timed by the whole year so QGIS's temporal controller can step through years.
-- Shared signature: $1–$4 bbox or NULLs; $5, $6 datetime bounds or NULLs; $7 limit; $8 offset;
-- $9 feature id (ISO3-YEAR) or NULL. Filters: $10 year, $11 iso3, $12 un_region, $13 strongest_evidence, $14 new.
WITH matched AS (
    SELECT r.*, r.iso3 || '-' || r.year AS id, make_date(r.year, 1, 1) AS start_date, make_date(r.year, 12, 31) AS end_date,
           c.name_en, c.un_region, c.un_subregion, c.geom
    FROM reach_country_years(NULL, NULL, NULL) r
    JOIN countries c ON c.iso3 = r.iso3
    WHERE in_bbox(c.geom, $1, $2, $3, $4)
      AND ($5::timestamptz IS NULL OR (make_date(r.year + 1, 1, 1)::timestamp AT TIME ZONE 'UTC') > $5)
      AND ($6::timestamptz IS NULL OR (make_date(r.year, 1, 1)::timestamp AT TIME ZONE 'UTC') <= $6)
      AND ($9::text IS NULL OR r.iso3 || '-' || r.year = $9)
      AND ($10::int IS NULL OR r.year = $10)
      AND ($11::text IS NULL OR r.iso3 = $11)
      AND ($12::text IS NULL OR c.un_region = $12)
      AND ($13::text IS NULL OR r.strongest_evidence = $13)
      AND ($14::boolean IS NULL OR (r.first_year = r.year) = $14)
),
page AS (SELECT * FROM matched ORDER BY id LIMIT $7 OFFSET $8)
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
