-- This service's connections to the database, by state (active, idle, …), for /metrics.
SELECT coalesce(state, 'unknown'), count(*)::int
FROM pg_stat_activity
WHERE application_name = 'PartyAtlas' AND datname = current_database()
GROUP BY 1;
