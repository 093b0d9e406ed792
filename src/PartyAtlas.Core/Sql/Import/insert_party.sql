INSERT INTO parties (id, iso3, name_en, name_native, abbreviation, aliases, kind, partyfacts_id, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9);
