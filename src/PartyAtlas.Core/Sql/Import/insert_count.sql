INSERT INTO official_counts (dialogue_id, metric, low, high, qualifier, source_id, quote, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8);
