-- One country or region as a GeoJSON Feature, with its record of dialogue evidence.
-- @iso3 iso3; @zoom zoom; @precision coordinate decimals. No row when the code is unknown.
SELECT json_build_object(
    'type', 'Feature',
    'id', f.id,
    'geometry', geometry_json(f.iso3, @zoom, @precision),
    -- The row source's properties, then what only this response carries.
    'properties', json_concat(f.properties, json_build_object(
        'participations', (SELECT count(*) FROM participations p WHERE p.iso3 = f.iso3),
        'data_version', (SELECT version FROM current_data_version)))
)::text
FROM country_features f
WHERE f.iso3 = @iso3;
