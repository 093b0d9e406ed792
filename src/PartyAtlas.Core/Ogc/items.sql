-- OGC API – Features items, one page, of any collection: a skeleton into which ItemsQuery places,
-- once, the collection's row source, its equality filters and its sort columns (the double-braced
-- markers below) — quoted identifiers from FeatureCollections' allow-list only.
-- Every value is a parameter: @min_lon–@max_lat bbox (CRS84) or NULLs; @from, @to datetime bounds or
-- NULLs (features without time always match); @feature_id feature id or NULL; @limit, @offset the page;
-- one @name per filter (NULL = any).
-- Not materialised: the count then reads only the filter columns, and the page's properties are
-- read after its sort and limit, for the page's rows alone. Properties and geometry_json are prepared
-- at import (0011): the page copies them.
WITH matched AS NOT MATERIALIZED (
    SELECT f.*
    FROM {{source}} f
    WHERE in_bbox(f.geom, @min_lon, @min_lat, @max_lon, @max_lat)
      AND (@from::timestamptz IS NULL OR f.end_date IS NULL OR ((f.end_date + 1)::timestamp AT TIME ZONE 'UTC') > @from)
      AND (@to::timestamptz IS NULL OR f.start_date IS NULL OR (f.start_date::timestamp AT TIME ZONE 'UTC') <= @to)
      AND (@feature_id::text IS NULL OR f.id = @feature_id)
{{filters}}
),
page AS (SELECT * FROM matched f ORDER BY {{order}} LIMIT @limit OFFSET @offset)
SELECT (SELECT count(*) FROM matched) AS number_matched,
       count(f.id) AS number_returned,
       coalesce(json_agg(json_build_object(
           'type', 'Feature',
           'id', f.id,
           'geometry', f.geometry_json,
           'properties', f.properties)
           ORDER BY {{order}}), '[]'::json)::text AS features
FROM page f;
