-- One row per year from 2014 to the latest event: events held, official figures (as year
-- ranges), documented countries and parties (registry ids), new / returning / not-seen-again countries,
-- new / returning parties and UN regions reached. @series series[] or NULL; @evidence evidence[] or NULL (confirmed).
WITH cy AS (SELECT * FROM reach_country_years(@series, @evidence, NULL)),
bounds AS (SELECT 2014 AS first, greatest(2014, (SELECT max(year) FROM dialogues)) AS last),
years AS (SELECT generate_series(b.first, b.last) AS year, b.last FROM bounds b),
-- Parties by registry id: text names differ between sources, ids do not.
-- From the country-years' party ids (stored at import when unfiltered), not from every participation.
party_years AS (SELECT DISTINCT ids.party_id, r.year FROM reach_country_party_years(@series, @evidence, NULL) r CROSS JOIN unnest(r.party_ids) AS ids (party_id)),
party_counts AS (
    SELECT py.year, count(*)::int AS documented,
           count(*) FILTER (WHERE f.first_year = py.year)::int AS new, count(*) FILTER (WHERE f.first_year < py.year)::int AS returning
    FROM party_years py
    JOIN (SELECT party_id, min(year) AS first_year FROM party_years GROUP BY party_id) f ON f.party_id = py.party_id
    GROUP BY py.year
),
rows AS (
    SELECT y.year,
           coalesce((SELECT array_agg(d.id ORDER BY d.start_date, d.id) FROM dialogues d
                     WHERE d.year = y.year AND (@series::text[] IS NULL OR d.series = ANY (@series))), '{}') AS events,
           (year_official_range(y.year, @series, 'countries')).*,
           (year_official_range(y.year, @series, 'parties')) AS parties,
           count(cy.iso3)::int AS documented_countries,
           coalesce((SELECT p.documented FROM party_counts p WHERE p.year = y.year), 0) AS documented_parties,
           coalesce((SELECT p.new FROM party_counts p WHERE p.year = y.year), 0) AS new_parties,
           coalesce((SELECT p.returning FROM party_counts p WHERE p.year = y.year), 0) AS returning_parties,
           coalesce(array_agg(cy.iso3 ORDER BY cy.iso3) FILTER (WHERE cy.first_year = y.year), '{}') AS new_codes,
           coalesce(array_agg(cy.iso3 ORDER BY cy.iso3) FILTER (WHERE cy.first_year < y.year), '{}') AS returning_codes,
           CASE WHEN y.year < y.last
                THEN coalesce(array_agg(cy.iso3 ORDER BY cy.iso3) FILTER (WHERE cy.last_year = y.year), '{}') END AS not_seen_again_codes,
           count(DISTINCT c.un_region)::int AS regions_reached
    FROM years y
    LEFT JOIN cy ON cy.year = y.year
    LEFT JOIN countries c ON c.iso3 = cy.iso3
    GROUP BY y.year, y.last
)
SELECT json_build_object(
    'data_version', (SELECT version FROM current_data_version),
    'by', 'year',
    'years', coalesce(json_agg(json_build_object(
        'year', r.year, 'un_region', NULL, 'region_countries', NULL,
        'events', r.events, 'event_count', cardinality(r.events),
        'official_countries_low', r.low, 'official_countries_high', r.high,
        'official_parties_low', (r.parties).low, 'official_parties_high', (r.parties).high,
        'documented_countries', r.documented_countries, 'documented_parties', r.documented_parties,
        'new_parties', r.new_parties, 'returning_parties', r.returning_parties,
        'new_countries', cardinality(r.new_codes), 'returning_countries', cardinality(r.returning_codes),
        'not_seen_again_since', cardinality(r.not_seen_again_codes),
        'regions_reached', r.regions_reached,
        'ratio_low', round(r.documented_countries::numeric / nullif(r.high, 0), 3),
        'ratio_high', round(r.documented_countries::numeric / nullif(r.low, 0), 3),
        'party_ratio_low', round(r.documented_parties::numeric / nullif((r.parties).high, 0), 3),
        'party_ratio_high', round(r.documented_parties::numeric / nullif((r.parties).low, 0), 3),
        'share', NULL,
        'new_codes', r.new_codes, 'returning_codes', r.returning_codes, 'not_seen_again_codes', r.not_seen_again_codes)
        ORDER BY r.year), '[]'))::text
FROM rows r;
