INSERT INTO region_group_members (group_id, iso3) VALUES ($1, $2);
