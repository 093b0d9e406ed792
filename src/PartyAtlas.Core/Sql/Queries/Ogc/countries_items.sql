-- OGC API – Features items of the `countries` collection, one page.
-- Shared signature: $1–$4 bbox (CRS84) or NULLs; $5, $6 datetime bounds (countries have no
-- time, and features without time always match); $7 limit; $8 offset; $9 feature id or NULL.
-- Filters: $10 iso3, $11 kind, $12 un_region, $13 un_subregion (NULL = any).
WITH matched AS (
    SELECT c.*
    FROM countries c
    WHERE in_bbox(c.geom, $1, $2, $3, $4)
      AND ($5::timestamptz IS NULL OR $6::timestamptz IS NULL OR true)
      AND ($9::text IS NULL OR c.iso3 = $9)
      AND ($10::text IS NULL OR c.iso3 = $10)
      AND ($11::text IS NULL OR c.kind = $11)
      AND ($12::text IS NULL OR c.un_region = $12)
      AND ($13::text IS NULL OR c.un_subregion = $13)
),
page AS (SELECT * FROM matched ORDER BY iso3 LIMIT $7 OFFSET $8)
SELECT (SELECT count(*) FROM matched) AS number_matched,
       count(p.iso3) AS number_returned,
       coalesce(json_agg(json_build_object(
           'type', 'Feature',
           'id', p.iso3,
           'geometry', ST_AsGeoJSON(p.geom, 6)::json,
           'properties', json_build_object(
               'iso3', p.iso3, 'iso2', p.iso2, 'iso_numeric', p.iso_numeric, 'name_en', p.name_en, 'name_zh', p.name_zh,
               'kind', p.kind, 'sovereign_iso3', p.sovereign_iso3, 'un_region', p.un_region, 'un_subregion', p.un_subregion,
               'code_source', p.code_source, 'area_km2', round(p.area_km2::numeric)))
           ORDER BY p.iso3), '[]'::json)::text AS features
FROM page p;
