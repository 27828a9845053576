#!/usr/bin/env bash
# Stops the test bed's daemons by the pids in their pid files (never by name).
# --purge also removes its state directory and drops its database.
set -euo pipefail

purge=no
if [ "${1:-}" = "--purge" ]; then purge=yes; shift; fi
state="${1:-${HPC_SLURM_TESTBED_DIR:-/tmp/hpc-slurm-testbed}}"
db_name="${HPC_SLURM_TESTBED_DB:-slurm_acct_testbed}"

say() { echo "== slurm-testbed: $*"; }

stop_daemon() {
  local name="$1" pid_file="$2" pid
  [ -f "$pid_file" ] || return 0
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $name (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      say "$name did not stop within 10 s; SIGKILL"
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pid_file"
}

stop_daemon slurmd "$state/run/slurmd.pid"
stop_daemon slurmctld "$state/run/slurmctld.pid"
stop_daemon slurmdbd "$state/run/slurmdbd.pid"
stop_daemon munged "$state/munge/munged.pid"

if [ "$purge" = yes ]; then
  say "removing $state and dropping database $db_name"
  rm -rf "$state"
  mysql -uroot -e "DROP DATABASE IF EXISTS \`$db_name\`" || true
fi
say "stopped"
