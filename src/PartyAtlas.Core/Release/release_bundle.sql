-- The files of the current data version, as its import kept them (0012): a zip of countries.geojson and
-- dialogues/*.csv, with the version. No row when the current version kept no bundle (imported before 0012).
SELECT b.bundle, v.version, v.imported_at
FROM current_data_version v
JOIN data_version_bundles b ON b.data_version_id = v.id;
