-- Coverage of each event: countries documented with confirmed evidence against the
-- official country count range (every source's figure, lowest low to highest high).
-- Always partial: there is no official roster, so this is shown with every event.
CREATE VIEW dialogue_coverage AS
SELECT d.id AS dialogue_id,
       coalesce(doc.countries, 0) AS documented_countries,
       coalesce(doc.parties, 0) AS documented_parties,
       official.low AS official_countries_low,
       official.high AS official_countries_high,
       round(coalesce(doc.countries, 0)::numeric / nullif(official.high, 0), 3) AS ratio_low,
       round(coalesce(doc.countries, 0)::numeric / nullif(official.low, 0), 3) AS ratio_high
FROM dialogues d
LEFT JOIN LATERAL (
    SELECT count(DISTINCT p.iso3)::int AS countries,
           count(DISTINCT (p.iso3, p.party)) FILTER (WHERE p.party IS NOT NULL)::int AS parties
    FROM participations p
    JOIN evidence_types e ON e.code = p.evidence AND e.confirmed
    WHERE p.dialogue_id = d.id
) doc ON true
LEFT JOIN LATERAL (
    SELECT min(c.low) AS low, max(c.high) AS high
    FROM official_counts c
    WHERE c.dialogue_id = d.id AND c.metric = 'countries'
    HAVING count(*) > 0
) official ON true;

-- The data version that responses and caches are keyed on.
CREATE VIEW current_data_version AS
SELECT id, content_hash, left(content_hash, 16) AS version, imported_at, summary
FROM data_versions
ORDER BY id DESC
LIMIT 1;

-- One event as JSON: dates, series, host, official counts from every source (as ranges,
-- never averaged) and coverage. Shared by the list and detail queries.
CREATE FUNCTION dialogue_summary_json(d dialogues) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', d.id, 'name_en', d.name_en, 'name_zh', d.name_zh, 'series', d.series, 'parent_id', d.parent_id,
        'start_date', d.start_date, 'end_date', d.end_date, 'date_precision', d.date_precision, 'year', d.year,
        'format', d.format,
        'host', jsonb_build_object('city', d.host_city, 'country', d.host_country,
                                   'lon', round(ST_X(d.host_point)::numeric, 4), 'lat', round(ST_Y(d.host_point)::numeric, 4)),
        'theme', d.theme, 'organisers', d.organisers, 'notes', d.notes,
        'source_ids', coalesce((SELECT jsonb_agg(ds.source_id ORDER BY ds.source_id) FROM dialogue_sources ds WHERE ds.dialogue_id = d.id), '[]'),
        'official_counts', coalesce((
            SELECT jsonb_agg(jsonb_build_object(
                       'metric', c.metric, 'low', c.low, 'high', c.high, 'qualifier', c.qualifier, 'quote', c.quote,
                       'note', c.note, 'source_id', c.source_id, 'source_url', s.url)
                   ORDER BY c.metric, c.low, c.high, c.source_id)
            FROM official_counts c JOIN sources s ON s.id = c.source_id
            WHERE c.dialogue_id = d.id), '[]'),
        'coverage', (
            SELECT jsonb_build_object(
                'documented_countries', cov.documented_countries,
                'documented_parties', cov.documented_parties,
                'official_countries_low', cov.official_countries_low,
                'official_countries_high', cov.official_countries_high,
                'ratio_low', cov.ratio_low, 'ratio_high', cov.ratio_high,
                'note', CASE WHEN cov.official_countries_low IS NULL
                             THEN 'No official country count: coverage cannot be computed. The documented list is partial.'
                             ELSE 'Documented (spoke, delegation, attended, watched_at_venue) against every official country figure. There is no official roster: the documented list is partial.'
                        END)
            FROM dialogue_coverage cov WHERE cov.dialogue_id = d.id))
$$;

-- One source as JSON, with how often the dataset cites it.
CREATE FUNCTION source_json(s sources) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', s.id, 'url', s.url, 'title', s.title, 'publisher', s.publisher, 'language', s.language,
        'report_date', s.report_date, 'note', s.note,
        'cited_by_dialogues', (SELECT count(*) FROM dialogue_sources ds WHERE ds.source_id = s.id),
        'cited_by_counts', (SELECT count(*) FROM official_counts c WHERE c.source_id = s.id),
        'cited_by_participations', (SELECT count(*) FROM participation_sources ps WHERE ps.source_id = s.id))
$$;
