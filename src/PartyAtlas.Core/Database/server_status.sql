-- What the read connection reaches: a standby (streaming replica) or the primary; for a standby, how many
-- seconds its replay is behind (0 when it has replayed all it received; it cannot know what it has not
-- received yet); and the server's address, for /health/ready.
SELECT pg_is_in_recovery() AS standby,
       CASE WHEN NOT pg_is_in_recovery() THEN NULL
            WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0::float8
            ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END AS lag_seconds,
       host(inet_server_addr()) || ':' || inet_server_port() AS server;
