-- Only the bundles of the newest $1 data versions are kept.
DELETE FROM data_version_bundles WHERE data_version_id NOT IN (SELECT id FROM data_versions ORDER BY id DESC LIMIT $1);
