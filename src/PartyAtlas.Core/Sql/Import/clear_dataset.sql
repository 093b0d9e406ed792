-- DELETE rather than TRUNCATE: readers keep their snapshot of the previous dataset
-- until the import commits, instead of waiting on an exclusive lock.
DELETE FROM scope_outlines;
DELETE FROM dialogue_scopes;
DELETE FROM region_group_members;
DELETE FROM region_groups;
DELETE FROM participation_sources;
DELETE FROM participations;
DELETE FROM party_affiliations;
DELETE FROM party_sources;
DELETE FROM parties;
DELETE FROM official_counts;
DELETE FROM dialogue_sources;
DELETE FROM dialogues;
DELETE FROM sources;
DELETE FROM countries;
