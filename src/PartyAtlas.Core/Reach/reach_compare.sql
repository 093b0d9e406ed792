-- Countries documented in either of two years, each marked joined (only in `to`), left (only
-- in `from`: absence of evidence is not evidence of absence) or stayed (both).
-- @from from; @to to; @series series[] or NULL; @evidence evidence[] or NULL (confirmed); @zoom zoom; @precision decimals.
WITH cy AS (SELECT iso3, year FROM reach_country_years(@series, @evidence, NULL) WHERE year IN (@from, @to)),
a AS (SELECT iso3 FROM cy WHERE year = @from),
b AS (SELECT iso3 FROM cy WHERE year = @to),
changes AS (
    SELECT iso3, CASE WHEN a.iso3 IS NULL THEN 'joined' WHEN b.iso3 IS NULL THEN 'left' ELSE 'stayed' END AS change
    FROM a FULL JOIN b USING (iso3)
)
SELECT json_build_object(
    'type', 'FeatureCollection',
    'from', @from, 'to', @to,
    'data_version', (SELECT version FROM current_data_version),
    'counts', json_build_object(
        'joined', count(*) FILTER (WHERE ch.change = 'joined'),
        'left', count(*) FILTER (WHERE ch.change = 'left'),
        'stayed', count(*) FILTER (WHERE ch.change = 'stayed')),
    'coverage_from', reach_year_coverage(@from, @series, @evidence, NULL),
    'coverage_to', reach_year_coverage(@to, @series, @evidence, NULL),
    'caveat', '"left" means documented in the first year and not in the second. Every list is partial: absence of evidence is not evidence of absence.',
    'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', c.iso3,
        'geometry', geometry_json(c.iso3, @zoom, @precision),
        'properties', json_build_object(
            'iso3', c.iso3, 'name_en', c.name_en, 'un_region', c.un_region, 'change', ch.change,
            'in_from', ch.change <> 'joined', 'in_to', ch.change <> 'left'))
        ORDER BY c.iso3), '[]'::json)
)::text
FROM changes ch
JOIN countries c ON c.iso3 = ch.iso3;
