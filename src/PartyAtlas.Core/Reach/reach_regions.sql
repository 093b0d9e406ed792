-- Reach of one year per UN region and subregion: documented countries, their share of the
-- subregion's countries and regions, and the dissolved outline of the documented ones.
-- @year year; @series series[] or NULL; @evidence evidence[] or NULL (confirmed); @zoom zoom; @precision decimals.
WITH reach AS (
    SELECT DISTINCT iso3 FROM reach_country_years(@series, @evidence, NULL) WHERE year = @year
),
sub AS (
    SELECT c.un_region, c.un_subregion,
           count(*)::int AS total,
           count(r.iso3)::int AS documented,
           coalesce(array_agg(c.iso3 ORDER BY c.iso3) FILTER (WHERE r.iso3 IS NOT NULL), '{}') AS codes,
           -- Point places (geometry_source 'point:…') count, but only shapes are dissolved into the outline.
           ST_ForcePolygonCCW(ST_Union(band_geom(c, @zoom)) FILTER (WHERE r.iso3 IS NOT NULL AND ST_Dimension(c.geom) = 2)) AS outline
    FROM countries c
    LEFT JOIN reach r ON r.iso3 = c.iso3
    WHERE c.un_region IS NOT NULL AND c.un_subregion IS NOT NULL
    GROUP BY c.un_region, c.un_subregion
)
SELECT json_build_object(
    'type', 'FeatureCollection',
    'year', @year,
    'data_version', (SELECT version FROM current_data_version),
    'coverage', reach_year_coverage(@year, @series, @evidence, NULL),
    'regions', (SELECT coalesce(json_agg(json_build_object(
                    'un_region', g.un_region, 'region_countries', g.total, 'documented_countries', g.documented,
                    'share', round(g.documented::numeric / g.total, 3)) ORDER BY g.un_region), '[]'::json)
                FROM (SELECT un_region, sum(total)::int AS total, sum(documented)::int AS documented FROM sub GROUP BY un_region) g),
    'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', s.un_subregion,
        'geometry', ST_AsGeoJSON(s.outline, @precision)::json,
        'properties', json_build_object(
            'un_region', s.un_region, 'un_subregion', s.un_subregion, 'year', @year,
            'subregion_countries', s.total, 'documented_countries', s.documented,
            'share', round(s.documented::numeric / s.total, 3), 'codes', s.codes))
        ORDER BY s.un_region, s.un_subregion), '[]'::json)
)::text
FROM sub s;
