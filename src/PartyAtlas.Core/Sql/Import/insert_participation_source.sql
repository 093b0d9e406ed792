INSERT INTO participation_sources (participation_id, source_id) VALUES ($1, $2);
