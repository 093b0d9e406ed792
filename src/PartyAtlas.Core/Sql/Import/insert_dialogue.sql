INSERT INTO dialogues (id, name_en, name_zh, series, parent_id, start_date, end_date, date_precision, year, format,
                       host_city, host_country, host_point, theme, organisers, notes)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16);
