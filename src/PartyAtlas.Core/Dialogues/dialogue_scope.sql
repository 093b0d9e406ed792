-- The invited region of an event (the dissolved outline of its region groups' members) and
-- its documented participants, as GeoJSON. No row when the event is unknown.
-- @id dialogue id; @evidence evidence[] or NULL (confirmed); @zoom zoom; @precision decimals.
WITH d AS (SELECT * FROM dialogues WHERE id = @id),
members AS (
    SELECT DISTINCT m.iso3 FROM dialogue_scopes s JOIN region_group_members m ON m.group_id = s.group_id WHERE s.dialogue_id = @id
),
documented AS (
    SELECT r.iso3, array_agg(DISTINCT r.evidence ORDER BY r.evidence) AS evidence_types, max(r.strength) AS strength
    FROM reach_evidence(NULL, @evidence, @id) r GROUP BY r.iso3
),
scope_feature AS (
    SELECT json_build_object(
        'type', 'Feature',
        'id', 'scope',
        'geometry', ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Union(band_geom(c, @zoom)) FILTER (WHERE ST_Dimension(c.geom) = 2)), @precision)::json, -- shapes only
        'properties', json_build_object(
            'role', 'scope', 'iso3', NULL, 'name_en', NULL,
            'groups', (SELECT json_agg(s.group_id ORDER BY s.group_id) FROM dialogue_scopes s WHERE s.dialogue_id = @id),
            'members', json_agg(c.iso3 ORDER BY c.iso3), 'member_count', count(*),
            'strongest_evidence', NULL, 'evidence_types', NULL, 'in_scope', NULL)) AS feature
    FROM countries c JOIN members m ON m.iso3 = c.iso3
    HAVING count(*) > 0
),
participant_features AS (
    SELECT json_agg(json_build_object(
        'type', 'Feature',
        'id', c.iso3,
        'geometry', geometry_json(c.iso3, @zoom, @precision),
        'properties', json_build_object(
            'role', 'participant', 'iso3', c.iso3, 'name_en', c.name_en,
            'groups', NULL, 'members', NULL, 'member_count', NULL,
            'strongest_evidence', (SELECT e.code FROM evidence_types e WHERE e.strength = doc.strength),
            'evidence_types', doc.evidence_types,
            'in_scope', EXISTS (SELECT 1 FROM members m WHERE m.iso3 = c.iso3)))
        ORDER BY c.iso3) AS features
    FROM documented doc JOIN countries c ON c.iso3 = doc.iso3
)
SELECT json_build_object(
    'type', 'FeatureCollection',
    'dialogue_id', d.id,
    'series', d.series,
    'data_version', (SELECT version FROM current_data_version),
    'invited_countries', (SELECT count(*) FROM members),
    'documented_countries', (SELECT count(*) FROM documented),
    'documented_in_scope', (SELECT count(*) FROM documented doc JOIN members m ON m.iso3 = doc.iso3),
    'note', CASE WHEN EXISTS (SELECT 1 FROM members)
                 THEN 'The scope is the region the event was addressed to, as named in its title; invitation lists were not published.'
                 ELSE 'This event has no region group: only its documented participants are shown.' END,
    'features', (SELECT coalesce(json_agg(f.feature), '[]'::json) FROM (
                     SELECT feature FROM scope_feature
                     UNION ALL
                     SELECT json_array_elements(features) FROM participant_features WHERE features IS NOT NULL) f)
)::text
FROM d;
