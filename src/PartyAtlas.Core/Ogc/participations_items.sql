-- OGC items of the `participations` collection: one feature per participation row (every
-- evidence type, each marked; `confirmed` tells the four that count as reach), drawn with the
-- country's geometry and timed by its event's dates.
-- Shared signature: @min_lon–@max_lat bbox or NULLs; @from, @to datetime bounds or NULLs; @limit limit; @offset offset;
-- @feature_id feature id or NULL. Filters: @year year, @iso3 iso3, @evidence_type evidence_type, @dialogue dialogue, @series series, @confirmed confirmed.
WITH matched AS (
    SELECT p.id, p.iso3, p.party, p.person, p.role, p.evidence, p.note, e.confirmed,
           d.id AS dialogue, d.name_en AS dialogue_name, d.series, d.year, d.start_date, d.end_date,
           c.name_en AS country_name, c.geom
    FROM participations p
    JOIN dialogues d ON d.id = p.dialogue_id
    JOIN countries c ON c.iso3 = p.iso3
    JOIN evidence_types e ON e.code = p.evidence
    WHERE in_bbox(c.geom, @min_lon, @min_lat, @max_lon, @max_lat)
      AND (@from::timestamptz IS NULL OR ((d.end_date + 1)::timestamp AT TIME ZONE 'UTC') > @from)
      AND (@to::timestamptz IS NULL OR (d.start_date::timestamp AT TIME ZONE 'UTC') <= @to)
      AND (@feature_id::text IS NULL OR p.id = @feature_id)
      AND (@year::int IS NULL OR d.year = @year)
      AND (@iso3::text IS NULL OR p.iso3 = @iso3)
      AND (@evidence_type::text IS NULL OR p.evidence = @evidence_type)
      AND (@dialogue::text IS NULL OR d.id = @dialogue)
      AND (@series::text IS NULL OR d.series = @series)
      AND (@confirmed::boolean IS NULL OR e.confirmed = @confirmed)
),
page AS (SELECT * FROM matched ORDER BY id LIMIT @limit OFFSET @offset)
SELECT (SELECT count(*) FROM matched) AS number_matched,
       count(p.id) AS number_returned,
       coalesce(json_agg(json_build_object(
           'type', 'Feature',
           'id', p.id,
           'geometry', ST_AsGeoJSON(p.geom, 6)::json,
           'properties', json_build_object(
               'id', p.id, 'dialogue', p.dialogue, 'dialogue_name', p.dialogue_name, 'series', p.series, 'year', p.year,
               'start_date', p.start_date, 'end_date', p.end_date,
               'iso3', p.iso3, 'country_name', p.country_name, 'party', p.party, 'person', p.person, 'role', p.role,
               'evidence_type', p.evidence, 'confirmed', p.confirmed, 'note', p.note,
               'source_ids', (SELECT string_agg(ps.source_id, ' ' ORDER BY ps.source_id) FROM participation_sources ps WHERE ps.participation_id = p.id),
               'source_url', (SELECT s.url FROM participation_sources ps JOIN sources s ON s.id = ps.source_id
                              WHERE ps.participation_id = p.id ORDER BY s.id LIMIT 1),
               'source_urls', (SELECT string_agg(s.url, ' ; ' ORDER BY s.id) FROM participation_sources ps JOIN sources s ON s.id = ps.source_id
                               WHERE ps.participation_id = p.id)))
           ORDER BY p.id), '[]'::json)::text AS features
FROM page p;
