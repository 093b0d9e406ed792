-- Every source with how often the dataset cites it.
SELECT jsonb_build_object(
    'data_version', (SELECT version FROM current_data_version),
    'count', count(*),
    'sources', coalesce(jsonb_agg(source_json(s) ORDER BY s.id), '[]'))::text
FROM sources s;
