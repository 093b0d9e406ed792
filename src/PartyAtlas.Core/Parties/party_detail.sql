-- One party: its names and aliases, its affiliations with their sources, and its record: every
-- participation that names it (every evidence type; `confirmed` marks the four that count as reach),
-- in date order, with the sources that state it. No row when unknown. @id party id.
SELECT json_build_object(
    'data_version', (SELECT version FROM current_data_version),
    'id', p.id, 'iso3', p.iso3, 'country_name', c.name_en, 'name_en', p.name_en, 'name_native', p.name_native,
    'abbreviation', p.abbreviation, 'aliases', p.aliases, 'kind', p.kind, 'partyfacts_id', p.partyfacts_id, 'note', p.note,
    'sources', coalesce((
        SELECT json_agg(json_build_object('id', s.id, 'url', s.url) ORDER BY s.id)
        FROM party_sources ps JOIN sources s ON s.id = ps.source_id WHERE ps.party_id = p.id), '[]'),
    'affiliations', coalesce((
        SELECT json_agg(json_build_object('affiliation', a.affiliation, 'source_id', a.source_id, 'source_url', s.url)
                        ORDER BY a.affiliation, a.source_id)
        FROM party_affiliations a JOIN sources s ON s.id = a.source_id WHERE a.party_id = p.id), '[]'),
    'first_year', (SELECT min(d.year) FROM participations x JOIN dialogues d ON d.id = x.dialogue_id WHERE p.id = ANY (x.party_ids)),
    'last_year', (SELECT max(d.year) FROM participations x JOIN dialogues d ON d.id = x.dialogue_id WHERE p.id = ANY (x.party_ids)),
    'participation_count', (SELECT count(*) FROM participations x WHERE p.id = ANY (x.party_ids)),
    'participations', coalesce((
        SELECT json_agg(json_build_object(
                   'id', x.id, 'dialogue_id', d.id, 'dialogue_name', d.name_en, 'year', d.year,
                   'start_date', d.start_date, 'end_date', d.end_date, 'iso3', x.iso3, 'party', x.party,
                   'person', x.person, 'role', x.role, 'evidence', x.evidence, 'confirmed', e.confirmed, 'note', x.note,
                   'sources', (SELECT json_agg(json_build_object('id', s.id, 'url', s.url) ORDER BY s.id)
                               FROM participation_sources ps JOIN sources s ON s.id = ps.source_id WHERE ps.participation_id = x.id))
                   ORDER BY d.start_date, d.id, x.id)
        FROM participations x
        JOIN dialogues d ON d.id = x.dialogue_id
        JOIN evidence_types e ON e.code = x.evidence
        WHERE p.id = ANY (x.party_ids)), '[]'))::text
FROM parties p
LEFT JOIN countries c ON c.iso3 = p.iso3
WHERE p.id = @id;
