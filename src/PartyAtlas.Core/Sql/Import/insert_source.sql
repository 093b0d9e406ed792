INSERT INTO sources (id, url, title, publisher, language, report_date, note) VALUES ($1, $2, $3, $4, $5, $6, $7);
