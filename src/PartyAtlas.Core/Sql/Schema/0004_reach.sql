-- Reach: which countries and regions have participation evidence, filtered the same way
-- by every analytics endpoint and tile layer.

-- The evidence rows that count as reach under the given filters. NULL evidence means the
-- confirmed types (spoke, delegation, attended, watched_at_venue); `absent` never counts.
CREATE FUNCTION reach_evidence(p_series text[], p_evidence text[], p_dialogue text)
RETURNS TABLE (participation_id text, dialogue_id text, year int, start_date date, iso3 text, party text, evidence text, strength int)
LANGUAGE sql STABLE AS $$
    SELECT p.id, d.id, d.year, d.start_date, p.iso3, p.party, p.evidence, e.strength
    FROM participations p
    JOIN dialogues d ON d.id = p.dialogue_id
    JOIN evidence_types e ON e.code = p.evidence
    WHERE p.evidence <> 'absent'
      AND CASE WHEN p_evidence IS NULL THEN e.confirmed ELSE p.evidence = ANY (p_evidence) END
      AND (p_series IS NULL OR d.series = ANY (p_series))
      AND (p_dialogue IS NULL OR d.id = p_dialogue)
$$;

-- Coverage of one year's events under the same filters. The union of a year's participants is
-- at least the largest event's official figure and at most the sum of all events' figures, so the
-- official range is [max of the events' lowest figures, sum of their highest figures].
CREATE FUNCTION reach_year_coverage(p_year int, p_series text[], p_evidence text[], p_dialogue text)
RETURNS jsonb
LANGUAGE sql STABLE AS $$
    WITH events AS (
        SELECT d.id, d.start_date, cov.official_countries_low AS low, cov.official_countries_high AS high,
               (SELECT count(DISTINCT r.iso3) FROM reach_evidence(p_series, p_evidence, d.id) r)::int AS documented
        FROM dialogues d
        JOIN dialogue_coverage cov ON cov.dialogue_id = d.id
        WHERE d.year = p_year
          AND (p_series IS NULL OR d.series = ANY (p_series))
          AND (p_dialogue IS NULL OR d.id = p_dialogue)
    ),
    documented AS (
        SELECT count(DISTINCT r.iso3)::int AS n FROM reach_evidence(p_series, p_evidence, p_dialogue) r WHERE r.year = p_year
    ),
    official AS (
        SELECT max(low) AS low, sum(high)::int AS high FROM events WHERE low IS NOT NULL
    )
    SELECT jsonb_build_object(
        'documented_countries', documented.n,
        'official_countries_low', official.low,
        'official_countries_high', official.high,
        'ratio_low', round(documented.n::numeric / nullif(official.high, 0), 3),
        'ratio_high', round(documented.n::numeric / nullif(official.low, 0), 3),
        'events', coalesce((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'documented_countries', e.documented,
                                                                'official_countries_low', e.low, 'official_countries_high', e.high)
                                             ORDER BY e.start_date, e.id) FROM events e), '[]'),
        'events_without_country_count', coalesce((SELECT jsonb_agg(e.id ORDER BY e.start_date, e.id) FROM events e WHERE e.low IS NULL), '[]'),
        'note', CASE
            WHEN NOT EXISTS (SELECT 1 FROM events) THEN 'No events match in this year.'
            WHEN official.low IS NULL THEN 'No official country count for these events: coverage cannot be computed. The documented list is partial.'
            ELSE 'Documented countries against the official figures of this year''s events (from the largest single event to the sum of all). There is no official roster: every list is partial, and silence is not absence.'
        END)
    FROM documented, official
$$;

-- The geometry band for a map zoom: precomputed, never simplified per request.
CREATE FUNCTION band_geom(c countries, zoom int) RETURNS geometry
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN zoom <= 2 THEN c.geom_z0_2 WHEN zoom <= 5 THEN c.geom_z3_5 ELSE c.geom END
$$;

-- Bounding-box test (CRS84; a box whose west edge is east of its east edge crosses the
-- antimeridian). NULL bounds mean no filter. Inlined by the planner, so the GiST index is used.
CREATE FUNCTION in_bbox(g geometry, minx float8, miny float8, maxx float8, maxy float8) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT minx IS NULL
        OR (minx <= maxx AND g && ST_MakeEnvelope(minx, miny, maxx, maxy, 4326))
        OR (minx > maxx AND (g && ST_MakeEnvelope(minx, miny, 180, maxy, 4326) OR g && ST_MakeEnvelope(-180, miny, maxx, maxy, 4326)))
$$;

-- One row per country and year of documented reach under the filters: the shared source of
-- /reach, /reach/compare, the OGC `reach` collection and the `reach` tile layer.
CREATE FUNCTION reach_country_years(p_series text[], p_evidence text[], p_dialogue text)
RETURNS TABLE (iso3 text, year int, events text[], parties text[], evidence_types text[], strongest_evidence text,
               source_count int, participation_count int, first_year int, last_year int, previous_year int, next_year int)
LANGUAGE sql STABLE AS $$
    WITH ev AS (SELECT * FROM reach_evidence(p_series, p_evidence, p_dialogue)),
    per_year AS (
        SELECT ev.iso3, ev.year,
               array_agg(DISTINCT ev.dialogue_id ORDER BY ev.dialogue_id) AS events,
               coalesce(array_agg(DISTINCT ev.party ORDER BY ev.party) FILTER (WHERE ev.party IS NOT NULL), '{}') AS parties,
               array_agg(DISTINCT ev.evidence ORDER BY ev.evidence) AS evidence_types,
               max(ev.strength) AS strength,
               (SELECT count(DISTINCT ps.source_id) FROM participation_sources ps
                WHERE ps.participation_id = ANY (array_agg(ev.participation_id)))::int AS source_count,
               count(*)::int AS participation_count
        FROM ev
        GROUP BY ev.iso3, ev.year
    )
    SELECT y.iso3, y.year, y.events, y.parties, y.evidence_types,
           (SELECT e.code FROM evidence_types e WHERE e.strength = y.strength),
           y.source_count, y.participation_count,
           min(y.year) OVER w, max(y.year) OVER w,
           lag(y.year) OVER (w ORDER BY y.year), lead(y.year) OVER (w ORDER BY y.year)
    FROM per_year y
    WINDOW w AS (PARTITION BY y.iso3)
$$;

-- The official figures of a year's events for one metric, as a range for the year:
-- from the largest single event's lowest figure to the sum of every event's highest figure.
CREATE FUNCTION year_official_range(p_year int, p_series text[], p_metric text, OUT low int, OUT high int)
LANGUAGE sql STABLE AS $$
    SELECT max(e.low)::int, sum(e.high)::int
    FROM (
        SELECT min(c.low) AS low, max(c.high) AS high
        FROM dialogues d JOIN official_counts c ON c.dialogue_id = d.id AND c.metric = p_metric
        WHERE d.year = p_year AND (p_series IS NULL OR d.series = ANY (p_series))
        GROUP BY d.id
    ) e
$$;

-- A box2d as [minx, miny, maxx, maxy] (CRS84), rounded; NULL for an empty extent.
CREATE FUNCTION box(b box2d) RETURNS json
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN b IS NULL THEN NULL ELSE json_build_array(
        round(ST_XMin(b)::numeric, 6), round(ST_YMin(b)::numeric, 6), round(ST_XMax(b)::numeric, 6), round(ST_YMax(b)::numeric, 6)) END
$$;
