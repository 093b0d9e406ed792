-- OGC API – Features items of the `countries` collection, one page.
-- Shared signature: @min_lon–@max_lat bbox (CRS84) or NULLs; @from, @to datetime bounds (countries have no
-- time, and features without time always match); @limit limit; @offset offset; @feature_id feature id or NULL.
-- Filters: @iso3 iso3, @kind kind, @un_region un_region, @un_subregion un_subregion (NULL = any).
WITH matched AS (
    SELECT c.*
    FROM countries c
    WHERE in_bbox(c.geom, @min_lon, @min_lat, @max_lon, @max_lat)
      AND (@from::timestamptz IS NULL OR @to::timestamptz IS NULL OR true)
      AND (@feature_id::text IS NULL OR c.iso3 = @feature_id)
      AND (@iso3::text IS NULL OR c.iso3 = @iso3)
      AND (@kind::text IS NULL OR c.kind = @kind)
      AND (@un_region::text IS NULL OR c.un_region = @un_region)
      AND (@un_subregion::text IS NULL OR c.un_subregion = @un_subregion)
),
page AS (SELECT * FROM matched ORDER BY iso3 LIMIT @limit OFFSET @offset)
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
