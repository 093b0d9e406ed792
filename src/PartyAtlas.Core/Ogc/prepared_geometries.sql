-- Every country's prepared GeoJSON geometry as OGC items serve it (full detail, 6 decimals), read once
-- per data version by GeometryStore.
SELECT iso3, geometry::text FROM country_geojson WHERE band = 6 AND decimals = 6;
