-- One source and everything that cites it. No row when unknown. @id id.
SELECT (source_json(s) || jsonb_build_object(
    'data_version', (SELECT version FROM current_data_version),
    'dialogues', coalesce((SELECT jsonb_agg(ds.dialogue_id ORDER BY ds.dialogue_id) FROM dialogue_sources ds WHERE ds.source_id = s.id), '[]'),
    'official_counts', coalesce((
        SELECT jsonb_agg(jsonb_build_object('dialogue_id', c.dialogue_id, 'metric', c.metric, 'low', c.low, 'high', c.high,
                                            'qualifier', c.qualifier, 'quote', c.quote)
                         ORDER BY c.dialogue_id, c.metric)
        FROM official_counts c WHERE c.source_id = s.id), '[]'),
    'participations', coalesce((
        SELECT jsonb_agg(jsonb_build_object('id', p.id, 'dialogue_id', p.dialogue_id, 'iso3', p.iso3, 'party', p.party,
                                            'person', p.person, 'evidence', p.evidence)
                         ORDER BY p.id)
        FROM participation_sources ps JOIN participations p ON p.id = ps.participation_id
        WHERE ps.source_id = s.id), '[]')))::text
FROM sources s
WHERE s.id = @id;
