-- One import at a time; released at commit or rollback.
SELECT pg_advisory_xact_lock(5041527459415449);
