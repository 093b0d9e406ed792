-- The read-only role reads every table and view, whichever login created them: 0006's default
-- privileges cover only objects made by the login that ran it, and 0007 relied on them for
-- dialogue_features and reach_features. Granting on all of them again is harmless and sure.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO partyatlas_reader;
