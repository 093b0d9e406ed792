-- All countries and regions as one GeoJSON FeatureCollection (RFC 7946), from the country_features row source.
-- @zoom zoom: picks the precomputed band (band_geom); @precision coordinate decimals;
-- @region UN region or NULL; @kind kind or NULL.
SELECT json_build_object(
    'type', 'FeatureCollection',
    'data_version', (SELECT version FROM current_data_version),
    'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', f.id,
        'geometry', geometry_json(f.iso3, @zoom, @precision),
        'properties', f.properties) ORDER BY f.id), '[]'::json)
)::text
FROM country_features f
WHERE (@region::text IS NULL OR f.un_region = @region)
  AND (@kind::text IS NULL OR f.kind = @kind);
