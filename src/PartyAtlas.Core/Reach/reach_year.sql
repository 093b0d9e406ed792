-- Documented reach of one year as a GeoJSON FeatureCollection, one feature per country or region.
-- @year year; @series series[] or NULL; @evidence evidence[] or NULL (confirmed); @dialogue dialogue id or NULL;
-- @include_all include every country (zero counts) for choropleths; @min_lon–@max_lat bbox or NULLs; @zoom zoom; @precision decimals.
WITH reach AS (
    SELECT * FROM reach_country_years(@series, @evidence, @dialogue) WHERE year = @year
),
features AS (
    SELECT c.iso3,
           json_build_object(
               'type', 'Feature',
               'id', c.iso3,
               'geometry', geometry_json(c.iso3, @zoom, @precision),
               'properties', json_build_object(
                   'iso3', c.iso3, 'name_en', c.name_en, 'name_zh', c.name_zh, 'kind', c.kind,
                   'un_region', c.un_region, 'un_subregion', c.un_subregion, 'year', @year,
                   'documented', r.iso3 IS NOT NULL,
                   'events', coalesce(r.events, '{}'), 'event_count', coalesce(cardinality(r.events), 0),
                   'parties', coalesce(r.parties, '{}'), 'party_count', coalesce(cardinality(r.parties), 0),
                   'party_ids', coalesce(py.party_ids, '{}'), 'documented_parties', coalesce(cardinality(py.party_ids), 0),
                   'strongest_evidence', r.strongest_evidence, 'evidence_types', coalesce(r.evidence_types, '{}'),
                   'first_year', first.first_year, 'new', r.iso3 IS NOT NULL AND first.first_year = @year,
                   'source_count', coalesce(r.source_count, 0), 'participation_count', coalesce(r.participation_count, 0))
           ) AS feature
    FROM countries c
    LEFT JOIN reach r ON r.iso3 = c.iso3
    LEFT JOIN reach_country_party_years(@series, @evidence, @dialogue) py ON py.iso3 = c.iso3 AND py.year = @year
    LEFT JOIN (SELECT DISTINCT a.iso3, a.first_year FROM reach_country_years(@series, @evidence, NULL) a) first ON first.iso3 = c.iso3
    WHERE (r.iso3 IS NOT NULL OR @include_all)
      AND in_bbox(c.geom, @min_lon, @min_lat, @max_lon, @max_lat)
)
SELECT json_build_object(
    'type', 'FeatureCollection',
    'year', @year,
    'data_version', (SELECT version FROM current_data_version),
    'coverage', reach_year_coverage(@year, @series, @evidence, @dialogue),
    'features', coalesce(json_agg(f.feature ORDER BY f.iso3), '[]'::json)
)::text
FROM features f
-- An unknown event answers no row (the caller's 400), found here rather than by a second query.
HAVING @dialogue::text IS NULL OR EXISTS (SELECT 1 FROM dialogues WHERE id = @dialogue);
