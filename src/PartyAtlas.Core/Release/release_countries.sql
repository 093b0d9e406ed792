-- The countries and regions as a table for the release (the key the CSVs' iso3 columns refer to).
SELECT iso3, iso2, name_en, name_zh, kind, sovereign_iso3, un_region, un_subregion, code_source
FROM countries
ORDER BY iso3;
