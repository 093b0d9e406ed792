SELECT content_hash FROM data_versions ORDER BY id DESC LIMIT 1;
