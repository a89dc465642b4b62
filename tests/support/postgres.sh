#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder under /tmp, a server
# that listens only on a Unix socket in that folder (no TCP), with durability turned off because
# the data is thrown away. CTest's kith_postgres fixture runs it once before the tests that need it
# and once after them; kith::testing::TempDatabase runs it for a test binary started by hand.
#
#   postgres.sh start STATE_DIR   stop any cluster STATE_DIR records, then start a new one
#   postgres.sh stop STATE_DIR    stop the cluster STATE_DIR records and remove its folder
#
# KITH_PG_DURABLE=1 keeps PostgreSQL's own durability (fsync, synchronous_commit and
# full_page_writes on), for benchmarks whose commits must cost what they would in production.
#
# STATE_DIR/socket holds the socket folder (libpq's host=), STATE_DIR/data the data folder and
# STATE_DIR/dir the temporary folder holding both. The superuser is `kith`, trusted without a
# password: only the user who started the cluster can reach its socket folder.
set -euo pipefail

usage() {
  echo "usage: $0 start|stop STATE_DIR" >&2
  exit 2
}

[ $# -eq 2 ] || usage
command=$1
state=$2

fail() {
  echo "postgres.sh: $*" >&2
  exit 1
}

# The server's programs: PostgreSQL 15 from Debian keeps them out of PATH.
find_bindir() {
  local candidates=()
  [ -n "${KITH_PG_BINDIR:-}" ] && candidates+=("$KITH_PG_BINDIR")
  if command -v pg_config >/dev/null 2>&1; then candidates+=("$(pg_config --bindir)"); fi
  candidates+=(/usr/lib/postgresql/15/bin)
  local dir
  for dir in "${candidates[@]}"; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

# PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  local quiet=$1
  if [ ! -f "$state/dir" ]; then
    [ "$quiet" = yes ] || echo "postgres.sh: no test cluster is recorded in $state; nothing to stop."
    return 0
  fi
  local dir data
  dir=$(cat "$state/dir")
  data=$(cat "$state/data" 2>/dev/null || echo "$dir/data")
  # Only ever remove a folder this script made.
  case "$dir" in
    /tmp/kith-pg-*) ;;
    *) fail "$state/dir names $dir, which is not a folder this script made; remove $state by hand." ;;
  esac
  if [ -f "$data/postmaster.pid" ]; then
    local bindir
    if bindir=$(find_bindir); then
      (cd "$dir" && as_owner "$bindir/pg_ctl" -D "$data" stop -m fast -w -t 30 >/dev/null 2>&1) ||
        (cd "$dir" && as_owner "$bindir/pg_ctl" -D "$data" stop -m immediate -w -t 30 >/dev/null 2>&1) ||
        echo "postgres.sh: the cluster in $data did not stop cleanly; removing it anyway." >&2
    fi
  fi
  rm -rf -- "$dir"
  rm -f -- "$state/dir" "$state/data" "$state/socket"
  [ "$quiet" = yes ] || echo "postgres.sh: stopped the test cluster and removed $dir."
}

start_cluster() {
  local bindir
  bindir=$(find_bindir) || fail "PostgreSQL 15's server programs (initdb, pg_ctl, postgres) are not \
installed: run scripts/setup, or apt-get install postgresql-15, or set KITH_PG_BINDIR to the \
folder that holds them."
  if [ "$(id -u)" -eq 0 ]; then
    id -u postgres >/dev/null 2>&1 || fail "Running as root, the test cluster must run as the \
user postgres, and there is none: install postgresql-15 (it makes the user), or run the tests as \
an ordinary user."
    command -v runuser >/dev/null 2>&1 || fail "Running as root needs runuser (util-linux) to \
start the cluster as the user postgres: install util-linux."
  fi

  mkdir -p "$state"
  stop_cluster yes  # a cluster left behind by an earlier run that was killed

  local dir
  dir=$(mktemp -d /tmp/kith-pg-XXXXXX)
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
  local data=$dir/data
  # Record the cluster before starting it, so a start that fails half-way is cleaned up too.
  echo "$dir" >"$state/dir"
  echo "$data" >"$state/data"

  # cd: the server's programs run as postgres, which may not be able to read the caller's folder.
  if ! (cd "$dir" && as_owner "$bindir/initdb" -D "$data" --auth=trust -U kith --no-sync \
          -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1); then
    cat "$dir/initdb.log" >&2 || true
    fail "initdb could not make a cluster in $data (its output is above). Is /tmp full or \
mounted noexec?"
  fi
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "${KITH_PG_DURABLE:-}" = 1 ]; then durability=""; fi
  if ! (cd "$dir" && as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
          -o "-k $dir -c listen_addresses='' $durability -c max_connections=200" \
          start >/dev/null 2>&1); then
    tail -n 30 "$dir/server.log" >&2 || true
    fail "The test PostgreSQL server did not start (its log is above). Too little shared memory \
(max_connections=200) or a full /tmp are the usual causes."
  fi
  echo "$dir" >"$state/socket"
  echo "postgres.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') is running, \
socket in $dir, user kith."
}

case "$command" in
  start) start_cluster ;;
  stop) stop_cluster no ;;
  *) usage ;;
esac
