-- Every event with its official counts and coverage, ordered by date.
-- @year year or NULL; @series series or NULL.
SELECT jsonb_build_object(
    'data_version', (SELECT version FROM current_data_version),
    'count', count(*),
    'dialogues', coalesce(jsonb_agg(dialogue_summary_json(d) ORDER BY d.start_date, d.id), '[]'))::text
FROM dialogues d
WHERE (@year::int IS NULL OR d.year = @year)
  AND (@series::text IS NULL OR d.series = @series);
