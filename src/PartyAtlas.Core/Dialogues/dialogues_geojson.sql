-- Host cities as GeoJSON points, one feature per event that has a host point, from the
-- dialogue_features row source. The v1 body carries its own subset of the properties.
-- @year year or NULL; @series series or NULL. Online events hosted from Beijing sit on Beijing.
SELECT json_build_object(
    'type', 'FeatureCollection',
    'data_version', (SELECT version FROM current_data_version),
    'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', f.id,
        'geometry', ST_AsGeoJSON(f.geom, 5)::json,
        'properties', json_build_object(
            'id', f.id, 'name_en', f.name_en, 'series', f.series, 'year', f.year,
            'start_date', f.start_date, 'end_date', f.end_date, 'format', f.format,
            'host_city', f.host_city, 'host_country', f.host_country,
            'documented_countries', f.documented_countries,
            'official_countries_low', f.official_countries_low, 'official_countries_high', f.official_countries_high))
        ORDER BY f.start_date, f.id), '[]'::json))::text
FROM dialogue_features f
WHERE f.geom IS NOT NULL
  AND (@year::int IS NULL OR f.year = @year)
  AND (@series::text IS NULL OR f.series = @series);
