-- Data derived from the imported rows, rebuilt in the import's transaction.
INSERT INTO scope_outlines (dialogue_id, groups, member_count, tile_z0_2, tile_z3_5, tile_z6)
SELECT s.dialogue_id,
       array_agg(DISTINCT s.group_id ORDER BY s.group_id),
       count(DISTINCT c.iso3)::int,
       ST_Multi(ST_CollectionExtract(ST_Union(c.tile_z0_2), 3)),
       ST_Multi(ST_CollectionExtract(ST_Union(c.tile_z3_5), 3)),
       ST_Multi(ST_CollectionExtract(ST_Union(c.tile_z6), 3))
FROM dialogue_scopes s
JOIN region_group_members m ON m.group_id = s.group_id
JOIN countries c ON c.iso3 = m.iso3
GROUP BY s.dialogue_id;

-- What requests would otherwise recompute (stored reach, coverage, properties, GeoJSON geometry): 0011.
SELECT refresh_prepared();
