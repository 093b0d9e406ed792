-- A shape is stored as a right-hand-rule MultiPolygon; a point place (geometry_source 'point:…') as its Point.
INSERT INTO countries (iso3, iso2, iso_numeric, name_en, name_zh, kind, sovereign_iso3, un_region, un_subregion, code_source, geom, geometry_source)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
        CASE WHEN ST_Dimension($11) = 0 THEN $11 ELSE ST_Multi(ST_ForcePolygonCCW($11)) END, $12);
