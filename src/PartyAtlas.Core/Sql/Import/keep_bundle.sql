-- Keeps the imported files (a zip, $1) beside the new data version: what `rollback` restores.
INSERT INTO data_version_bundles (data_version_id, bundle) SELECT max(id), $1 FROM data_versions;
