#!/usr/bin/env bash
# A local PostgreSQL for the store's tests.
#   eng/postgres.sh start   installs Debian's postgresql when missing, starts cluster 15 main, creates the test role and
#                           database, and prints the line to export:  export COUNSELLING_POSTGRES="Host=…"
#   eng/postgres.sh stop    stops the cluster.
# Use:  eval "$(eng/postgres.sh start | tail -n 1)"  then  dotnet test Counselling.Core.sln
set -euo pipefail

version=15
cluster=main
role=counselling
password=counselling
database=counselling_tests
port=5432

log() { echo "$@" >&2; }

case "${1:-}" in
  start)
    if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d "/etc/postgresql/$version/$cluster" ]; then
      log "Installing PostgreSQL (Debian's postgresql)…"
      apt-get update >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
    fi
    if ! pg_lsclusters -h 2>/dev/null | awk -v v="$version" -v c="$cluster" '$1==v && $2==c && $4=="online"' | grep -q .; then
      pg_ctlcluster "$version" "$cluster" start >&2
    fi
    for _ in $(seq 1 30); do
      if su postgres -c "pg_isready -q -p $port"; then break; fi
      sleep 1
    done
    su postgres -c "pg_isready -q -p $port" || { log "PostgreSQL $version $cluster did not become ready."; exit 1; }
    if ! su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='$role'\"" | grep -q 1; then
      su postgres -c "psql -p $port -q -c \"CREATE ROLE $role LOGIN PASSWORD '$password' CREATEDB\"" >&2
    fi
    if ! su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='$database'\"" | grep -q 1; then
      su postgres -c "psql -p $port -q -c \"CREATE DATABASE $database OWNER $role\"" >&2
    fi
    log "PostgreSQL $version $cluster is running on port $port; database $database, role $role."
    echo "export COUNSELLING_POSTGRES=\"Host=localhost;Port=$port;Username=$role;Password=$password;Database=$database\""
    ;;
  stop)
    if command -v pg_ctlcluster >/dev/null 2>&1; then
      pg_ctlcluster "$version" "$cluster" stop >&2 || true
    fi
    log "PostgreSQL $version $cluster stopped."
    ;;
  *)
    log "usage: eng/postgres.sh start|stop"
    exit 2
    ;;
esac
