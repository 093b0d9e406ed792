INSERT INTO data_versions (content_hash, summary) VALUES ($1, $2::jsonb) RETURNING id;
