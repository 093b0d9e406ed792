INSERT INTO countries (iso3, iso2, iso_numeric, name_en, name_zh, kind, sovereign_iso3, un_region, un_subregion, code_source, geom)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, ST_Multi(ST_ForcePolygonCCW($11)));
