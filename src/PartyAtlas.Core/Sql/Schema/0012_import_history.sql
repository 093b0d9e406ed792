-- The files of the last few imports (a zip each), so `PartyAtlas.Cli rollback` can restore an earlier
-- data version atomically, through the same validated import. Kept by the import itself (keep_bundle.sql).
CREATE TABLE data_version_bundles (
    data_version_id int PRIMARY KEY REFERENCES data_versions (id) ON DELETE CASCADE,
    bundle bytea NOT NULL
);
-- Bundles are for maintainers only: the read-only role must not see them.
REVOKE ALL ON data_version_bundles FROM partyatlas_reader;
