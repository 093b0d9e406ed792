-- Two years compared as a world map: the prepared Equal Earth shapes (0014) classed joined (documented in
-- @to only), left (in @from only: absence of evidence is not evidence of absence), stayed (both) or NULL,
-- with circle centres for small places that have a class, the globe, and the count of each class.
-- @from, @to, @series, @evidence, @dialogue as reach_compare.sql. One row: JSON, or none when @dialogue is unknown.
WITH a AS (SELECT iso3 FROM reach_country_years(@series, @evidence, @dialogue) WHERE year = @from),
     b AS (SELECT iso3 FROM reach_country_years(@series, @evidence, @dialogue) WHERE year = @to),
classed AS (
    SELECT s.*, c.name_en, c.name_zh,
           CASE WHEN a.iso3 IS NOT NULL AND b.iso3 IS NOT NULL THEN 'stayed'
                WHEN b.iso3 IS NOT NULL THEN 'joined'
                WHEN a.iso3 IS NOT NULL THEN 'left' END AS class
    FROM country_map_shapes s
    JOIN countries c ON c.iso3 = s.iso3
    LEFT JOIN a ON a.iso3 = s.iso3
    LEFT JOIN b ON b.iso3 = s.iso3
)
SELECT json_build_object(
    'counts', json_build_object(
        'joined', (SELECT count(*) FROM classed WHERE class = 'joined'),
        'left', (SELECT count(*) FROM classed WHERE class = 'left'),
        'stayed', (SELECT count(*) FROM classed WHERE class = 'stayed')),
    'globe', map_globe_svg(),
    'countries', (
        SELECT json_agg(json_build_object(
                   'iso3', iso3, 'name_en', name_en, 'name_zh', name_zh, 'class', class, 'd', d,
                   'point', CASE WHEN class IS NOT NULL AND small THEN json_build_array(x, y) END)
                   ORDER BY class IS NOT NULL, iso3)
        FROM classed)
)::text
WHERE @dialogue::text IS NULL OR EXISTS (SELECT 1 FROM dialogues d WHERE d.id = @dialogue);
