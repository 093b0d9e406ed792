-- Every event with its official counts and coverage, ordered by date.
-- $1 year or NULL; $2 series or NULL.
SELECT jsonb_build_object(
    'data_version', (SELECT version FROM current_data_version),
    'count', count(*),
    'dialogues', coalesce(jsonb_agg(dialogue_summary_json(d) ORDER BY d.start_date, d.id), '[]'))::text
FROM dialogues d
WHERE ($1::int IS NULL OR d.year = $1)
  AND ($2::text IS NULL OR d.series = $2);
