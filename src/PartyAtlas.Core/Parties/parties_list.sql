-- The party registry, or the parties matching every given filter. A party's events, years and
-- participation count describe its whole record (every evidence type), whatever the filters.
-- @country iso3 or NULL (the party's own country); @dialogue event id or NULL; @year year or NULL
-- (named at an event of that year); @kind kind or NULL; @affiliation affiliation code or NULL.
WITH selected AS (
    SELECT p.*
    FROM parties p
    WHERE (@country::text IS NULL OR p.iso3 = @country)
      AND (@kind::text IS NULL OR p.kind = @kind)
      AND (@affiliation::text IS NULL OR EXISTS (SELECT 1 FROM party_affiliations a WHERE a.party_id = p.id AND a.affiliation = @affiliation))
      AND (@dialogue::text IS NULL OR EXISTS (SELECT 1 FROM participations x WHERE p.id = ANY (x.party_ids) AND x.dialogue_id = @dialogue))
      AND (@year::int IS NULL OR EXISTS (
          SELECT 1 FROM participations x JOIN dialogues d ON d.id = x.dialogue_id WHERE p.id = ANY (x.party_ids) AND d.year = @year))
),
rows AS (
    SELECT s.id, json_build_object(
        'id', s.id, 'iso3', s.iso3, 'name_en', s.name_en, 'name_native', s.name_native, 'abbreviation', s.abbreviation,
        'kind', s.kind, 'partyfacts_id', s.partyfacts_id,
        'affiliations', coalesce((
            SELECT json_agg(json_build_object('affiliation', a.affiliation, 'source_id', a.source_id, 'source_url', src.url)
                            ORDER BY a.affiliation, a.source_id)
            FROM party_affiliations a JOIN sources src ON src.id = a.source_id WHERE a.party_id = s.id), '[]'),
        'events', coalesce((SELECT array_agg(d.id ORDER BY d.start_date, d.id) FROM dialogues d
                            WHERE EXISTS (SELECT 1 FROM participations x WHERE s.id = ANY (x.party_ids) AND x.dialogue_id = d.id)), '{}'),
        'first_year', r.first_year, 'last_year', r.last_year,
        'participation_count', r.participation_count) AS party
    FROM selected s
    CROSS JOIN LATERAL (
        SELECT min(d.year) AS first_year, max(d.year) AS last_year, count(*)::int AS participation_count
        FROM participations x JOIN dialogues d ON d.id = x.dialogue_id
        WHERE s.id = ANY (x.party_ids)
    ) r
)
SELECT json_build_object(
    'data_version', (SELECT version FROM current_data_version),
    'count', count(*),
    'parties', coalesce(json_agg(r.party ORDER BY r.id), '[]'))::text
FROM rows r
-- An unknown event answers no row (the caller's 400), found here rather than by a second query.
HAVING @dialogue::text IS NULL OR EXISTS (SELECT 1 FROM dialogues WHERE id = @dialogue);
