-- Spatial (CRS84) and temporal extents of the OGC collections, as one JSON object keyed by collection id,
-- read from the same row sources as their items (untimed sources have NULL dates, so a NULL extent).
SELECT json_build_object(
    'countries', (SELECT json_build_object('bbox', box(ST_Extent(geom)), 'start', min(start_date), 'end', max(end_date)) FROM country_features),
    'participations', (SELECT json_build_object('bbox', box(ST_Extent(geom)), 'start', min(start_date), 'end', max(end_date)) FROM participation_features),
    'reach', (SELECT json_build_object('bbox', box(ST_Extent(geom)), 'start', min(start_date), 'end', max(end_date)) FROM reach_features),
    'dialogues', (SELECT json_build_object('bbox', box(ST_Extent(geom)), 'start', min(start_date), 'end', max(end_date)) FROM dialogue_features),
    'parties', (SELECT json_build_object('bbox', box(ST_Extent(geom)), 'start', min(start_date), 'end', max(end_date)) FROM party_features)
)::text;
