-- One country's history: every participation row (all evidence types, absences included)
-- with its event, party (as the source wrote it, and the registry's ids and names), person and sources, in
-- date order. No row when the code is unknown. @iso3 iso3.
SELECT json_build_object(
    'iso3', c.iso3, 'name_en', c.name_en, 'name_zh', c.name_zh, 'kind', c.kind,
    'data_version', (SELECT version FROM current_data_version),
    'first_year_documented', (SELECT min(r.year) FROM reach_evidence(NULL, NULL, NULL) r WHERE r.iso3 = c.iso3),
    'years_documented', coalesce((SELECT json_agg(DISTINCT r.year) FROM reach_evidence(NULL, NULL, NULL) r WHERE r.iso3 = c.iso3), '[]'),
    'entries', coalesce((
        SELECT json_agg(json_build_object(
                   'date', d.start_date, 'end_date', d.end_date, 'year', d.year,
                   'dialogue_id', d.id, 'dialogue_name', d.name_en, 'series', d.series,
                   'participation_id', p.id, 'party', p.party,
                   'party_ids', to_json(p.party_ids),
                   'party_names', (SELECT coalesce(json_agg(r.name_en ORDER BY i.n), '[]') FROM unnest(p.party_ids) WITH ORDINALITY AS i(id, n) JOIN parties r ON r.id = i.id),
                   'person', p.person, 'role', p.role,
                   'evidence', p.evidence, 'confirmed', e.confirmed, 'note', p.note,
                   'source_ids', (SELECT json_agg(s.id ORDER BY s.id) FROM participation_sources ps JOIN sources s ON s.id = ps.source_id WHERE ps.participation_id = p.id),
                   'source_urls', (SELECT json_agg(s.url ORDER BY s.id) FROM participation_sources ps JOIN sources s ON s.id = ps.source_id WHERE ps.participation_id = p.id))
               ORDER BY d.start_date, d.id, p.id)
        FROM participations p
        JOIN dialogues d ON d.id = p.dialogue_id
        JOIN evidence_types e ON e.code = p.evidence
        WHERE p.iso3 = c.iso3), '[]'))::text
FROM countries c
WHERE c.iso3 = @iso3;
