#!/bin/sh
# The PostGIS streaming replica of docker-compose.yml's "scale" profile: copies the primary once
# (pg_basebackup -R writes standby.signal and primary_conninfo), then follows its WAL as a hot standby.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_basebackup -h db -U "$POSTGRES_USER" -D "$PGDATA" -R -X stream -c fast; do
    echo "replica: waiting for the primary…" >&2
    sleep 2
  done
fi
chmod 700 "$PGDATA"
exec postgres -c hot_standby=on
