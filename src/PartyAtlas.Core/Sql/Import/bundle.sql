-- The kept bundle of a data version: $1 its 16-character version, or NULL for the newest one that is
-- not the current version (what "roll back" means without a version).
SELECT left(v.content_hash, 16), b.bundle
FROM data_version_bundles b
JOIN data_versions v ON v.id = b.data_version_id
WHERE CASE WHEN $1::text IS NULL THEN left(v.content_hash, 16) <> (SELECT version FROM current_data_version)
           ELSE left(v.content_hash, 16) = $1 END
ORDER BY v.id DESC
LIMIT 1;
