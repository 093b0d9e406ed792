-- The `reach_points` tile layer (named @layer_name: "reach_points", or the name an archive gives it, e.g. "reach_points_2021") (zooms 0–8): documented countries of one year too small to show as a fill at
-- world scale (zooms 0–3), and places that only have a point (Tuvalu, Tokelau …: no fill at any zoom), as points at their label point, with the reach layer's properties, from reach_feature_rows.
-- @z z, @x x, @y y; @year year; @series series[] or NULL; @evidence evidence[] or NULL (confirmed).
-- Small means under 30,000 km²: a square of that area is about 173 km across, about 2 px of a 512 px world at
-- zoom 0 and 4 px at zoom 1 (Web Mercator at the equator, where most such states lie), so ST_AsMVTGeom drops
-- or shrinks it to a speck (Maldives, Grenada, Mauritius, Fiji, Vanuatu …); at zoom 3 it is ~17 px and the fill shows too.
WITH tile AS (SELECT ST_TileEnvelope(@z, @x, @y) AS env),
small AS (
    SELECT r.*, ST_Transform(c.label_point, 3857) AS point
    FROM reach_feature_rows(@series, @evidence) r
    JOIN countries c ON c.iso3 = r.iso3
    WHERE r.year = @year AND ((c.area_km2 < 30000 AND @z <= 3) OR c.geometry_source LIKE 'point:%')
),
mvt AS (
    SELECT ST_AsMVTGeom(r.point, tile.env, 4096, 64, true) AS geom,
           r.iso3, r.name_en, r.year, r.event_count, r.events, r.party_count, (r.properties ->> 'documented_parties')::int AS documented_parties, r.strongest_evidence, r.first_year,
           r."new", r."returning", r.source_count
    FROM small r, tile
    WHERE r.point && tile.env
)
SELECT ST_AsMVT(mvt, @layer_name, 4096, 'geom') FROM mvt WHERE geom IS NOT NULL;
