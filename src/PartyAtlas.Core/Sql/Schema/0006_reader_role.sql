-- The API reads as partyatlas_reader, a role that can SELECT and nothing else: even a bug
-- cannot write through the read path. Imports use the writer's own login. Roles belong to the
-- whole server, so this is idempotent for every database on it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'partyatlas_reader') THEN
        CREATE ROLE partyatlas_reader NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO partyatlas_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO partyatlas_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO partyatlas_reader;
-- The login that migrates (and that the API connects with, unless given its own) may switch to it.
GRANT partyatlas_reader TO CURRENT_USER;
