-- The current data version, or no row before the first import.
SELECT version FROM current_data_version;
