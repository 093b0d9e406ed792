-- Coverage per event for the release's README: documented countries against each official figure.
SELECT d.id, d.name_en, d.start_date::text, cov.documented_countries, cov.official_countries_low, cov.official_countries_high
FROM dialogues d
JOIN dialogue_coverage cov ON cov.dialogue_id = d.id
ORDER BY d.start_date NULLS LAST, d.id;
