-- All countries and regions as one GeoJSON FeatureCollection (RFC 7946).
-- @zoom zoom: picks the precomputed band (0–2, 3–5, 6+); @precision coordinate decimals;
-- @region UN region or NULL; @kind kind or NULL.
SELECT json_build_object(
    'type', 'FeatureCollection',
    'data_version', (SELECT version FROM current_data_version),
    'features', coalesce(json_agg(f.feature ORDER BY f.iso3), '[]'::json)
)::text
FROM (
    SELECT c.iso3,
           json_build_object(
               'type', 'Feature',
               'id', c.iso3,
               'geometry', ST_AsGeoJSON(CASE WHEN @zoom <= 2 THEN c.geom_z0_2 WHEN @zoom <= 5 THEN c.geom_z3_5 ELSE c.geom END, @precision)::json,
               'properties', json_build_object(
                   'iso3', c.iso3, 'iso2', c.iso2, 'iso_numeric', c.iso_numeric,
                   'name_en', c.name_en, 'name_zh', c.name_zh, 'kind', c.kind, 'sovereign_iso3', c.sovereign_iso3,
                   'un_region', c.un_region, 'un_subregion', c.un_subregion, 'code_source', c.code_source,
                   'area_km2', round(c.area_km2::numeric),
                   'label_lon', round(ST_X(c.label_point)::numeric, 5), 'label_lat', round(ST_Y(c.label_point)::numeric, 5))
           ) AS feature
    FROM countries c
    WHERE (@region::text IS NULL OR c.un_region = @region)
      AND (@kind::text IS NULL OR c.kind = @kind)
) f;
