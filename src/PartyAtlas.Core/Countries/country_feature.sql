-- One country or region as a GeoJSON Feature, with its record of dialogue evidence.
-- @iso3 iso3; @zoom zoom; @precision coordinate decimals. No row when the code is unknown.
SELECT json_build_object(
    'type', 'Feature',
    'id', c.iso3,
    'geometry', ST_AsGeoJSON(CASE WHEN @zoom <= 2 THEN c.geom_z0_2 WHEN @zoom <= 5 THEN c.geom_z3_5 ELSE c.geom END, @precision)::json,
    'properties', json_build_object(
        'iso3', c.iso3, 'iso2', c.iso2, 'iso_numeric', c.iso_numeric,
        'name_en', c.name_en, 'name_zh', c.name_zh, 'kind', c.kind, 'sovereign_iso3', c.sovereign_iso3,
        'un_region', c.un_region, 'un_subregion', c.un_subregion, 'code_source', c.code_source,
        'area_km2', round(c.area_km2::numeric),
        'label_lon', round(ST_X(c.label_point)::numeric, 5), 'label_lat', round(ST_Y(c.label_point)::numeric, 5),
        'participations', (SELECT count(*) FROM participations p WHERE p.iso3 = c.iso3),
        'data_version', (SELECT version FROM current_data_version))
)::text
FROM countries c
WHERE c.iso3 = @iso3;
