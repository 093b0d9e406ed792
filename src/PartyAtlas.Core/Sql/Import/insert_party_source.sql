INSERT INTO party_sources (party_id, source_id) VALUES ($1, $2);
