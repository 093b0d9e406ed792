-- Every read connection of the API: the read-only role and a statement timeout (ms). $1 role, $2 ms.
SELECT set_config('role', $1, false), set_config('statement_timeout', $2, false);
