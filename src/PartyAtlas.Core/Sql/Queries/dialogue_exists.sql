-- Whether an event id exists (NULL counts as existing: no filter). $1 id or NULL.
SELECT $1::text IS NULL OR EXISTS (SELECT 1 FROM dialogues WHERE id = $1);
