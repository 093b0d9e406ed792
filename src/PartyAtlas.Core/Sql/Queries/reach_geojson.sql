-- Documented reach of one year as a GeoJSON FeatureCollection, one feature per country or region.
-- $1 year; $2 series[] or NULL; $3 evidence[] or NULL (confirmed); $4 dialogue id or NULL;
-- $5 include every country (zero counts) for choropleths; $6–$9 bbox or NULLs; $10 zoom; $11 decimals.
WITH reach AS (
    SELECT * FROM reach_country_years($2, $3, $4) WHERE year = $1
),
features AS (
    SELECT c.iso3,
           json_build_object(
               'type', 'Feature',
               'id', c.iso3,
               'geometry', ST_AsGeoJSON(band_geom(c, $10), $11)::json,
               'properties', json_build_object(
                   'iso3', c.iso3, 'name_en', c.name_en, 'name_zh', c.name_zh, 'kind', c.kind,
                   'un_region', c.un_region, 'un_subregion', c.un_subregion, 'year', $1,
                   'documented', r.iso3 IS NOT NULL,
                   'events', coalesce(r.events, '{}'), 'event_count', coalesce(cardinality(r.events), 0),
                   'parties', coalesce(r.parties, '{}'), 'party_count', coalesce(cardinality(r.parties), 0),
                   'strongest_evidence', r.strongest_evidence, 'evidence_types', coalesce(r.evidence_types, '{}'),
                   'first_year', first.first_year, 'new', r.iso3 IS NOT NULL AND first.first_year = $1,
                   'source_count', coalesce(r.source_count, 0), 'participation_count', coalesce(r.participation_count, 0))
           ) AS feature
    FROM countries c
    LEFT JOIN reach r ON r.iso3 = c.iso3
    LEFT JOIN (SELECT DISTINCT a.iso3, a.first_year FROM reach_country_years($2, $3, NULL) a) first ON first.iso3 = c.iso3
    WHERE (r.iso3 IS NOT NULL OR $5)
      AND in_bbox(c.geom, $6, $7, $8, $9)
)
SELECT json_build_object(
    'type', 'FeatureCollection',
    'year', $1,
    'data_version', (SELECT version FROM current_data_version),
    'coverage', reach_year_coverage($1, $2, $3, $4),
    'features', coalesce(json_agg(f.feature ORDER BY f.iso3), '[]'::json)
)::text
FROM features f;
