-- One year's documented reach as a world map: the prepared Equal Earth shapes (0014) with each country's
-- strongest confirmed evidence that year as its class (NULL: nothing documented, which is not absence), its
-- documented parties (the registry's count, as /reach's documented_parties; for view=parties), circle
-- centres for documented small places, the globe, and the year's coverage.
-- @year, @series, @evidence, @dialogue as reach_year.sql. One row: JSON, or none when @dialogue is unknown.
WITH reach AS (
    SELECT r.iso3, r.strongest_evidence, coalesce(cardinality(py.party_ids), 0) AS parties
    FROM reach_country_years(@series, @evidence, @dialogue) r
    LEFT JOIN reach_country_party_years(@series, @evidence, @dialogue) py ON py.iso3 = r.iso3 AND py.year = r.year
    WHERE r.year = @year
)
SELECT json_build_object(
    'coverage', reach_year_coverage(@year, @series, @evidence, @dialogue),
    'globe', map_globe_svg(),
    'countries', (
        SELECT json_agg(json_build_object(
                   'iso3', s.iso3, 'name_en', c.name_en, 'name_zh', c.name_zh, 'class', r.strongest_evidence, 'parties', r.parties, 'd', s.d,
                   'point', CASE WHEN r.strongest_evidence IS NOT NULL AND s.small THEN json_build_array(s.x, s.y) END)
                   ORDER BY r.strongest_evidence IS NOT NULL, s.iso3)
        FROM country_map_shapes s
        JOIN countries c ON c.iso3 = s.iso3
        LEFT JOIN reach r ON r.iso3 = s.iso3)
)::text
WHERE @dialogue::text IS NULL OR EXISTS (SELECT 1 FROM dialogues d WHERE d.id = @dialogue);
