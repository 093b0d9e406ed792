INSERT INTO party_affiliations (party_id, affiliation, source_id, note) VALUES ($1, $2, $3, $4);
