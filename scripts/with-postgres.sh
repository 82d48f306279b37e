#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server of its own:
#   scripts/with-postgres.sh COMMAND [ARGS...]
# initdb into a temporary folder, start on a free loopback port, export
#   PMO_TEST_POSTGRES_URL=postgres://pmo@127.0.0.1:PORT/postgres
# run COMMAND, then stop the server and remove the folder whatever happens. The command's status is ours.
# PostgreSQL refuses to run as root: as root, the cluster belongs to an unprivileged user (pmo-test,
# created when missing) and is started with runuser. Needs Debian's `postgresql` package (make test-deps).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: PostgreSQL is not installed (apt-get install postgresql, or make test-deps)" >&2
  exit 2
fi

dir=$(mktemp -d /tmp/pmo-postgres.XXXXXX)
chmod 755 "$dir"
as_owner=()
if [ "$(id -u)" = 0 ]; then
  id -u pmo-test >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin pmo-test
  chown pmo-test "$dir"
  as_owner=(runuser -u pmo-test --)
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

# Trust on loopback only, in a cluster that lives as long as this script: nothing to leak.
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U pmo --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 2; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=64MB" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 2; }

export PMO_TEST_POSTGRES_URL="postgres://pmo@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PMO_TEST_POSTGRES_URL)" >&2
set +e
"$@"
status=$?
set -e
exit $status
