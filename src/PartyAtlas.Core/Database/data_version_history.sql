-- Every data version ever imported, oldest first: a versioned URL naming one of these (and not the
-- current one) is redirected to the current version; an unknown one may be newer than this server
-- has replayed yet, and is answered without the immutable promise.
SELECT left(content_hash, 16) AS version
FROM data_versions
GROUP BY left(content_hash, 16)
ORDER BY min(id);
