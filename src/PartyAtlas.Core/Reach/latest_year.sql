-- The latest year with an event (the default year of the map and the style).
SELECT max(year)::text FROM dialogues;
