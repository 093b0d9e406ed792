-- One event: its summary, every documented participation (country, party, person,
-- evidence, sources) and the region groups it was addressed to. No row when unknown. @id id.
SELECT (dialogue_summary_json(d) || jsonb_build_object(
    'data_version', (SELECT version FROM current_data_version),
    'participants', coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                   'id', p.id, 'iso3', p.iso3, 'country_name', c.name_en, 'party', p.party, 'person', p.person,
                   'role', p.role, 'evidence', p.evidence, 'confirmed', e.confirmed, 'note', p.note,
                   'sources', (SELECT jsonb_agg(jsonb_build_object('id', s.id, 'url', s.url) ORDER BY s.id)
                               FROM participation_sources ps JOIN sources s ON s.id = ps.source_id
                               WHERE ps.participation_id = p.id))
               ORDER BY p.iso3, p.id)
        FROM participations p
        JOIN countries c ON c.iso3 = p.iso3
        JOIN evidence_types e ON e.code = p.evidence
        WHERE p.dialogue_id = d.id), '[]'),
    'scopes', coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                   'group_id', g.id, 'group_name', g.name, 'note', sc.note,
                   'members', (SELECT jsonb_agg(m.iso3 ORDER BY m.iso3) FROM region_group_members m WHERE m.group_id = g.id))
               ORDER BY g.id)
        FROM dialogue_scopes sc JOIN region_groups g ON g.id = sc.group_id
        WHERE sc.dialogue_id = d.id), '[]')))::text
FROM dialogues d
WHERE d.id = @id;
