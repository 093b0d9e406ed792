INSERT INTO region_groups (id, name, description, source_id) VALUES ($1, $2, $3, $4);
