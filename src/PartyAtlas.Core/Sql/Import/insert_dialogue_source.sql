INSERT INTO dialogue_sources (dialogue_id, source_id) VALUES ($1, $2);
