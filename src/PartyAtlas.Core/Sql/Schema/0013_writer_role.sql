-- A role for imports: it may replace the dataset (and the prepared rows and kept bundles) but not
-- change the schema. With it, the service logs in as its own non-superuser roles (scripts/run creates
-- partyatlas_api, a member of partyatlas_reader, and partyatlas_import, a member of this one), and
-- superuser connections stay free for migrations and an operator. Idempotent across databases.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'partyatlas_writer') THEN
        CREATE ROLE partyatlas_writer NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO partyatlas_writer;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO partyatlas_writer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO partyatlas_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO partyatlas_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO partyatlas_writer;
-- The schema migrations' own bookkeeping stays the migrating login's.
REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM partyatlas_writer;
