-- One year's documented reach as a world map for SVG: every country projected to Equal Earth (an
-- equal-area projection, so no country looks bigger than it is) in kilometres, simplified to about 8 km
-- and written as SVG path data (ST_AsSVG: y already points down), with its strongest confirmed evidence
-- that year (NULL: nothing documented, which is not absence); documented places under 30,000 km², and
-- places that have only a point, as circle centres; the outline of the globe; the year's coverage.
-- @year, @series, @evidence, @dialogue as reach_year.sql. One row: JSON, or NULL when @dialogue is unknown.
WITH reach AS (
    SELECT r.iso3, r.strongest_evidence
    FROM reach_country_years(@series, @evidence, @dialogue) r
    WHERE r.year = @year
),
projected AS (
    SELECT c.iso3, c.name_en, c.name_zh, r.strongest_evidence,
           c.area_km2 < 30000 OR GeometryType(c.geom) NOT LIKE '%POLYGON' AS small,
           ST_Scale(ST_Transform(c.geom, '+proj=eqearth +datum=WGS84 +units=m +no_defs'), 0.001, 0.001) AS g,
           ST_Scale(ST_Transform(c.label_point, '+proj=eqearth +datum=WGS84 +units=m +no_defs'), 0.001, 0.001) AS p
    FROM countries c
    LEFT JOIN reach r ON r.iso3 = c.iso3
)
SELECT json_build_object(
    'coverage', reach_year_coverage(@year, @series, @evidence, @dialogue),
    'globe', ST_AsSVG(ST_Scale(ST_Transform(ST_Segmentize(ST_MakeEnvelope(-180, -90, 180, 90, 4326), 1),
                                            '+proj=eqearth +datum=WGS84 +units=m +no_defs'), 0.001, 0.001), 0, 0),
    'countries', (
        SELECT json_agg(json_build_object(
                   'iso3', iso3, 'name_en', name_en, 'name_zh', name_zh, 'evidence', strongest_evidence,
                   'd', CASE WHEN GeometryType(g) LIKE '%POLYGON' THEN ST_AsSVG(ST_SimplifyPreserveTopology(g, 8), 0, 0) END,
                   'point', CASE WHEN strongest_evidence IS NOT NULL AND small
                                 THEN json_build_array(round(ST_X(p)::numeric, 1), round(-ST_Y(p)::numeric, 1)) END)
                   ORDER BY strongest_evidence IS NOT NULL, iso3)
        FROM projected)
)::text
WHERE @dialogue::text IS NULL OR EXISTS (SELECT 1 FROM dialogues d WHERE d.id = @dialogue);
