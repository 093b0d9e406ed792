-- The timeline broken down by UN region: one row per year and region (every region, every
-- year, zeros included, for charts). @series series[] or NULL; @evidence evidence[] or NULL (confirmed).
WITH cy AS (SELECT cy.*, c.un_region FROM reach_country_years(@series, @evidence, NULL) cy JOIN countries c ON c.iso3 = cy.iso3),
bounds AS (SELECT 2014 AS first, greatest(2014, (SELECT max(year) FROM dialogues)) AS last),
grid AS (
    SELECT y.year, b.last, r.un_region, r.total
    FROM bounds b
    CROSS JOIN generate_series(b.first, b.last) AS y(year)
    CROSS JOIN (SELECT un_region, count(*)::int AS total FROM countries WHERE un_region IS NOT NULL GROUP BY un_region) r
),
rows AS (
    SELECT g.year, g.un_region, g.total,
           count(cy.iso3)::int AS documented_countries,
           coalesce(array_agg(cy.iso3 ORDER BY cy.iso3) FILTER (WHERE cy.first_year = g.year), '{}') AS new_codes,
           coalesce(array_agg(cy.iso3 ORDER BY cy.iso3) FILTER (WHERE cy.first_year < g.year), '{}') AS returning_codes,
           CASE WHEN g.year < g.last
                THEN coalesce(array_agg(cy.iso3 ORDER BY cy.iso3) FILTER (WHERE cy.last_year = g.year), '{}') END AS not_seen_again_codes
    FROM grid g
    LEFT JOIN cy ON cy.year = g.year AND cy.un_region = g.un_region
    GROUP BY g.year, g.last, g.un_region, g.total
)
SELECT json_build_object(
    'data_version', (SELECT version FROM current_data_version),
    'by', 'region',
    'years', coalesce(json_agg(json_build_object(
        'year', r.year, 'un_region', r.un_region, 'region_countries', r.total,
        'events', NULL, 'event_count', NULL,
        'official_countries_low', NULL, 'official_countries_high', NULL, 'official_parties_low', NULL, 'official_parties_high', NULL,
        'documented_countries', r.documented_countries, 'documented_parties', NULL, 'new_parties', NULL, 'returning_parties', NULL,
        'new_countries', cardinality(r.new_codes), 'returning_countries', cardinality(r.returning_codes),
        'not_seen_again_since', cardinality(r.not_seen_again_codes),
        'regions_reached', NULL, 'ratio_low', NULL, 'ratio_high', NULL, 'party_ratio_low', NULL, 'party_ratio_high', NULL,
        'share', round(r.documented_countries::numeric / nullif(r.total, 0), 3),
        'new_codes', r.new_codes, 'returning_codes', r.returning_codes, 'not_seen_again_codes', r.not_seen_again_codes)
        ORDER BY r.year, r.un_region), '[]'))::text
FROM rows r;
