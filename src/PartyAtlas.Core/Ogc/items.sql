-- OGC API – Features items, one page, of any collection: a skeleton into which ItemsQuery places,
-- once, the collection's row source, its equality filters and its sort columns (the double-braced
-- markers below) — quoted identifiers from FeatureCollections' allow-list only.
-- Every value is a parameter: @min_lon–@max_lat bbox (CRS84) or NULLs; @from, @to datetime bounds or
-- NULLs (features without time always match); @feature_id feature id or NULL; @limit, @offset the page;
-- one @name per filter (NULL = any); @properties the property members to keep (NULL = all); @crs the
-- SRID to write geometry in (NULL = CRS84, prepared; 4326 = lat/lon order; 3857 = Web Mercator, clipped to its latitudes).
-- One row per feature of the page, in order, and always one row (with NULL id) when the page is empty,
-- so number_matched is always read. A country's geometry is not sent: the row names it (geometry_key,
-- the iso3 of country_geojson) and FeatureReader copies the prepared GeoJSON it holds for this data
-- version; sources without one (dialogues: host points) send geometry_json. Properties are prepared at
-- import (0011): the page copies them. Not materialised: the count reads only the filter columns.
WITH matched AS NOT MATERIALIZED (
    SELECT f.*
    FROM {{source}} f
    WHERE in_bbox(f.geom, @min_lon, @min_lat, @max_lon, @max_lat)
      AND (@from::timestamptz IS NULL OR f.end_date IS NULL OR ((f.end_date + 1)::timestamp AT TIME ZONE 'UTC') > @from)
      AND (@to::timestamptz IS NULL OR f.start_date IS NULL OR (f.start_date::timestamp AT TIME ZONE 'UTC') <= @to)
      AND (@feature_id::text IS NULL OR f.id = @feature_id)
{{filters}}
),
page AS (
    SELECT row_number() OVER (ORDER BY {{order}}) AS n, f.id,
           CASE WHEN @crs::int IS NULL THEN f.geometry_key END AS geometry_key,
           CASE WHEN @crs::int IS NULL THEN CASE WHEN f.geometry_key IS NULL THEN f.geometry_json END
                WHEN @crs::int = 4326 THEN ST_AsGeoJSON(ST_FlipCoordinates(f.geom), 6)::json
                ELSE ST_AsGeoJSON(ST_Transform(ST_Intersection(f.geom, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857), 2)::json
           END AS geometry_json,
           CASE WHEN @properties::text[] IS NULL THEN f.properties
                ELSE (SELECT coalesce(json_object_agg(e.key, e.value), '{}'::json) FROM json_each(f.properties) e WHERE e.key = ANY (@properties)) END AS properties
    FROM (SELECT * FROM matched f ORDER BY {{order}} LIMIT @limit OFFSET @offset) f
)
SELECT total.n AS number_matched, to_json(p.id)::text AS id, p.geometry_key, p.geometry_json::text AS geometry_json,
       p.properties::text AS properties
FROM (SELECT count(*) AS n FROM matched) total
LEFT JOIN page p ON true
ORDER BY p.n;
