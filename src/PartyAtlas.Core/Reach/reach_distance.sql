-- How far one year's documented reach extends: great-circle distance (geography) from each
-- event's host city to each documented participant's label point (a point inside the country).
-- @year year; @series series[] or NULL; @evidence evidence[] or NULL (confirmed); @dialogue dialogue id or NULL.
WITH pairs AS (
    SELECT DISTINCT r.dialogue_id, r.iso3 FROM reach_evidence(@series, @evidence, @dialogue) r WHERE r.year = @year
),
distances AS (
    SELECT p.dialogue_id, d.host_city, p.iso3, c.name_en,
           round((ST_Distance(d.host_point::geography, c.label_point::geography) / 1000)::numeric, 1) AS km
    FROM pairs p
    JOIN dialogues d ON d.id = p.dialogue_id
    JOIN countries c ON c.iso3 = p.iso3
    WHERE d.host_point IS NOT NULL
)
SELECT json_build_object(
    'year', @year,
    'data_version', (SELECT version FROM current_data_version),
    'count', count(*),
    'min_km', min(x.km),
    'median_km', round(percentile_cont(0.5) WITHIN GROUP (ORDER BY x.km)::numeric, 1),
    'max_km', max(x.km),
    'events_without_host', coalesce((SELECT json_agg(DISTINCT p.dialogue_id) FROM pairs p JOIN dialogues d ON d.id = p.dialogue_id
                                     WHERE d.host_point IS NULL), '[]'),
    'note', 'Great-circle distance on the WGS84 spheroid from the host city (Beijing for online events hosted from Beijing) to a point inside each documented country. Events without a host city are left out and listed.',
    'distances', coalesce(json_agg(json_build_object(
        'dialogue_id', x.dialogue_id, 'host_city', x.host_city, 'iso3', x.iso3, 'name_en', x.name_en, 'km', x.km)
        ORDER BY x.km, x.dialogue_id, x.iso3), '[]'))::text
FROM distances x
-- An unknown event answers no row (the caller's 400), found here rather than by a second query.
HAVING @dialogue::text IS NULL OR EXISTS (SELECT 1 FROM dialogues WHERE id = @dialogue);
