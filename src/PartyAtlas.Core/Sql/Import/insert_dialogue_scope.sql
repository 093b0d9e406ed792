INSERT INTO dialogue_scopes (dialogue_id, group_id, note) VALUES ($1, $2, $3);
