-- Host cities as GeoJSON points, one feature per event that has a host point.
-- @year year or NULL; @series series or NULL. Online events hosted from Beijing sit on Beijing.
SELECT json_build_object(
    'type', 'FeatureCollection',
    'data_version', (SELECT version FROM current_data_version),
    'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', d.id,
        'geometry', ST_AsGeoJSON(d.host_point, 5)::json,
        'properties', json_build_object(
            'id', d.id, 'name_en', d.name_en, 'series', d.series, 'year', d.year,
            'start_date', d.start_date, 'end_date', d.end_date, 'format', d.format,
            'host_city', d.host_city, 'host_country', d.host_country,
            'documented_countries', cov.documented_countries,
            'official_countries_low', cov.official_countries_low, 'official_countries_high', cov.official_countries_high))
        ORDER BY d.start_date, d.id), '[]'::json))::text
FROM dialogues d
JOIN dialogue_coverage cov ON cov.dialogue_id = d.id
WHERE d.host_point IS NOT NULL
  AND (@year::int IS NULL OR d.year = @year)
  AND (@series::text IS NULL OR d.series = @series);
