-- Static maps (issue 16): every country's outline projected once per data version to Equal Earth (an
-- equal-area world projection) in kilometres, simplified to about 8 km and kept as SVG path data
-- (ST_AsSVG: y points down), with its label point and whether it is small enough (under 30,000 km², or
-- only a point) to be drawn as a circle. The maps join this to the year's reach; nothing is projected per request.
CREATE TABLE country_map_shapes (
    iso3  text PRIMARY KEY,
    d     text,              -- SVG path data; NULL for places that have only a point
    x     numeric NOT NULL,  -- label point, km east of the central meridian
    y     numeric NOT NULL,  -- label point, km south of the equator (SVG's y)
    small boolean NOT NULL
);

CREATE FUNCTION refresh_map_shapes() RETURNS void
LANGUAGE sql AS $$
    DELETE FROM country_map_shapes;
    INSERT INTO country_map_shapes (iso3, d, x, y, small)
    SELECT p.iso3,
           CASE WHEN GeometryType(p.g) LIKE '%POLYGON' THEN ST_AsSVG(ST_SimplifyPreserveTopology(p.g, 8), 0, 0) END,
           round(ST_X(p.l)::numeric, 1), round(-ST_Y(p.l)::numeric, 1),
           p.area_km2 < 30000 OR GeometryType(p.g) NOT LIKE '%POLYGON'
    FROM (SELECT c.iso3, c.area_km2,
                 ST_Scale(ST_Transform(c.geom, '+proj=eqearth +datum=WGS84 +units=m +no_defs'), 0.001, 0.001) AS g,
                 ST_Scale(ST_Transform(c.label_point, '+proj=eqearth +datum=WGS84 +units=m +no_defs'), 0.001, 0.001) AS l
          FROM countries c) p;
$$;

-- The import's refresh now also projects the map shapes (the 0011 body keeps its work under a new name).
ALTER FUNCTION refresh_prepared() RENAME TO refresh_prepared_answers;
CREATE FUNCTION refresh_prepared() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_prepared_answers();
    PERFORM refresh_map_shapes();
END
$$;

SELECT refresh_map_shapes();

-- The outline of the globe on Equal Earth, in kilometres, as SVG path data (the sea of every map).
CREATE FUNCTION map_globe_svg() RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT ST_AsSVG(ST_Scale(ST_Transform(ST_Segmentize(ST_MakeEnvelope(-180, -90, 180, 90, 4326), 1),
                                          '+proj=eqearth +datum=WGS84 +units=m +no_defs'), 0.001, 0.001), 0, 0)
$$;

GRANT SELECT ON country_map_shapes TO partyatlas_reader;
