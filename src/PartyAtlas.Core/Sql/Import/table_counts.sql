-- Rows per imported table now, named as the dataset summary names them: the guardrail compares them
-- with what the import would write.
SELECT 'countries', count(*) FROM countries
UNION ALL SELECT 'sources', count(*) FROM sources
UNION ALL SELECT 'dialogues', count(*) FROM dialogues
UNION ALL SELECT 'official_counts', count(*) FROM official_counts
UNION ALL SELECT 'participations', count(*) FROM participations
UNION ALL SELECT 'region_groups', count(*) FROM region_groups
UNION ALL SELECT 'region_group_members', count(*) FROM region_group_members
UNION ALL SELECT 'dialogue_scopes', count(*) FROM dialogue_scopes
UNION ALL SELECT 'parties', count(*) FROM parties
UNION ALL SELECT 'party_affiliations', count(*) FROM party_affiliations;
