-- The `scopes` tile layer (named @layer_name: "scopes"): the invited region of each regional event, dissolved at import.
-- @z z, @x x, @y y; @year year or NULL; @dialogue dialogue id or NULL.
WITH tile AS (SELECT ST_TileEnvelope(@z, @x, @y) AS env),
chosen AS (
    SELECT s.*, d.name_en, d.year
    FROM scope_outlines s JOIN dialogues d ON d.id = s.dialogue_id
    WHERE (@year::int IS NULL OR d.year = @year) AND (@dialogue::text IS NULL OR d.id = @dialogue)
),
hits AS (
    SELECT s.dialogue_id, s.tile_z0_2 AS g FROM chosen s, tile WHERE @z <= 2 AND s.tile_z0_2 && tile.env
    UNION ALL
    SELECT s.dialogue_id, s.tile_z3_5 FROM chosen s, tile WHERE @z BETWEEN 3 AND 5 AND s.tile_z3_5 && tile.env
    UNION ALL
    SELECT s.dialogue_id, s.tile_z6 FROM chosen s, tile WHERE @z >= 6 AND s.tile_z6 && tile.env
),
mvt AS (
    SELECT ST_AsMVTGeom(h.g, tile.env, 4096, 64, true) AS geom,
           s.dialogue_id, s.name_en, s.year, array_to_string(s.groups, '; ') AS groups, s.member_count,
           (SELECT count(DISTINCT r.iso3) FROM reach_evidence(NULL, NULL, s.dialogue_id) r
            JOIN dialogue_scopes ds ON ds.dialogue_id = s.dialogue_id
            JOIN region_group_members m ON m.group_id = ds.group_id AND m.iso3 = r.iso3)::int AS documented_in_scope
    FROM hits h JOIN chosen s ON s.dialogue_id = h.dialogue_id, tile
)
SELECT ST_AsMVT(mvt, @layer_name, 4096, 'geom') FROM mvt WHERE geom IS NOT NULL;
