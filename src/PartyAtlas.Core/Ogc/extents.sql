-- Spatial (CRS84) and temporal extents of the OGC collections, as one JSON object keyed by collection id.
WITH part AS (
    SELECT c.geom, d.start_date, d.end_date
    FROM participations p JOIN countries c ON c.iso3 = p.iso3 JOIN dialogues d ON d.id = p.dialogue_id
),
reach AS (
    SELECT c.geom, r.year FROM reach_country_years(NULL, NULL, NULL) r JOIN countries c ON c.iso3 = r.iso3
)
SELECT json_build_object(
    'countries', (SELECT json_build_object('bbox', box(ST_Extent(geom)), 'start', NULL, 'end', NULL) FROM countries),
    'participations', (SELECT json_build_object('bbox', box(ST_Extent(geom)), 'start', min(start_date), 'end', max(end_date)) FROM part),
    'reach', (SELECT json_build_object('bbox', box(ST_Extent(geom)), 'start', make_date(min(year), 1, 1), 'end', make_date(max(year), 12, 31)) FROM reach),
    'dialogues', (SELECT json_build_object('bbox', box(ST_Extent(host_point)), 'start', min(start_date), 'end', max(end_date)) FROM dialogues)
)::text;
