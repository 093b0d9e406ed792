INSERT INTO participations (id, dialogue_id, iso3, party, party_ids, person, role, evidence, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9);
