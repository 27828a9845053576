#!/usr/bin/env bash
# Starts a one-node Slurm with accounting for the site agent's tests, as root on Debian
# (/work/shared/SLURM-TESTBED.md): munged, slurmdbd on the running MariaDB, slurmctld, slurmd with
# four fake GPUs. All its state lives under one directory (first argument, or HPC_SLURM_TESTBED_DIR,
# or /tmp/hpc-slurm-testbed). A second start finds it running and only prints how to use it.
# Clients need SLURM_CONF=<dir>/etc/slurm.conf; <dir>/env holds that line for `source`.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
state="${1:-${HPC_SLURM_TESTBED_DIR:-/tmp/hpc-slurm-testbed}}"
cluster="${HPC_SLURM_TESTBED_CLUSTER:-testbed}"
db_name="${HPC_SLURM_TESTBED_DB:-slurm_acct_testbed}"
db_user="${HPC_SLURM_TESTBED_DB_USER:-slurm_testbed}"
db_password="${HPC_SLURM_TESTBED_DB_PASSWORD:-slurm-testbed}"
ctld_port="${HPC_SLURM_TESTBED_CTLD_PORT:-6817}"
slurmd_port="${HPC_SLURM_TESTBED_SLURMD_PORT:-6818}"
dbd_port="${HPC_SLURM_TESTBED_DBD_PORT:-6819}"
# Many fake GPUs: a one-node test can then run a job of hundreds of GPU-hours' rate for seconds
# (the site agent's overuse test burns a 1 GPU-hour award with 512 GPUs x 8 s).
gpus="${HPC_SLURM_TESTBED_GPUS:-512}"
started_at="$(date +%s.%N)"

say() { echo "== slurm-testbed: $*"; }
# Fails loudly: the step, then the end of the daemon's log that tells why.
fail() {
  local message="$1" log="${2:-}"
  echo "== slurm-testbed: FAILED: $message" >&2
  if [ -n "$log" ] && [ -f "$log" ]; then
    echo "---- last lines of $log" >&2
    tail -n 40 "$log" >&2
    echo "----" >&2
  fi
  exit 1
}
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
# wait_until <seconds> <command...>: polls every 0.2 s until the command succeeds.
wait_until() {
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

[ "$(id -u)" -eq 0 ] || fail "run as root (the daemons, munge's key and the database grants need it)"
for tool in munged mungekey munge unmunge slurmdbd slurmctld slurmd sacctmgr sinfo scontrol mysql; do
  command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install slurm-wlm slurmdbd munge (and mariadb-client)"
done

# Job owners: Slurm runs a job as its submitter, so the members a test puts into an account exist
# here as login-less users (no home directory; jobs run in /tmp).
for user in ${HPC_SLURM_TESTBED_USERS:-testbed-alice testbed-bob}; do
  if ! id "$user" >/dev/null 2>&1; then
    say "adding user $user (jobs are submitted as them: runuser -u $user -- sbatch ...)"
    useradd --no-create-home --home-dir /tmp --shell /usr/sbin/nologin "$user" || fail "useradd $user"
  fi
done

export SLURM_CONF="$state/etc/slurm.conf"
host="$(hostname -s)"
# Slurm's clients (sacctmgr to slurmdbd) use munge's default socket whatever AuthInfo says, so the
# socket is the default one; key, pid file, log and seed stay in the state directory.
munge_socket=/run/munge/munge.socket.2

node_idle() { sinfo -h -N -n "$host" -o '%t' 2>/dev/null | grep -Eq '^(idle|mix|alloc)'; }
if running "$state/munge/munged.pid" && running "$state/run/slurmdbd.pid" \
  && running "$state/run/slurmctld.pid" && running "$state/run/slurmd.pid" && node_idle; then
  say "already running under $state (cluster $cluster, node $host)"
  echo "export SLURM_CONF=$SLURM_CONF"
  exit 0
fi

say "state directory $state"
mkdir -p "$state"/{etc,run,log,slurmctld,slurmd,gpu,munge}
chmod 755 "$state"

# munge: its own key, socket and pid file, run as the munge user.
chown munge:munge "$state/munge"
chmod 755 "$state/munge"
if [ ! -f "$state/munge/munge.key" ]; then
  say "creating munge key"
  mungekey --create --keyfile="$state/munge/munge.key"
fi
chown munge:munge "$state/munge/munge.key"
chmod 400 "$state/munge/munge.key"
if ! running "$state/munge/munged.pid"; then
  say "starting munged"
  mkdir -p /run/munge
  chown munge:munge /run/munge
  chmod 755 /run/munge
  rm -f "$munge_socket" "$munge_socket.lock"
  runuser -u munge -- munged --key-file="$state/munge/munge.key" --socket="$munge_socket" \
    --pid-file="$state/munge/munged.pid" --log-file="$state/munge/munged.log" \
    --seed-file="$state/munge/munged.seed" \
    || fail "munged did not start" "$state/munge/munged.log"
fi
wait_until 10 bash -c "munge -n --socket='$munge_socket' | unmunge --socket='$munge_socket'" \
  || fail "munge -n | unmunge does not say Success" "$state/munge/munged.log"
say "munge: credentials encode and decode"

# Configuration from the templates.
memory_mb="$(free -m | awk '/^Mem:/ { print int($2 * 0.8) }')"
fill() {
  sed -e "s|@STATE@|$state|g" -e "s|@HOST@|$host|g" -e "s|@CLUSTER@|$cluster|g" \
    -e "s|@CTLD_PORT@|$ctld_port|g" -e "s|@SLURMD_PORT@|$slurmd_port|g" -e "s|@DBD_PORT@|$dbd_port|g" \
    -e "s|@MEMORY@|$memory_mb|g" -e "s|@GPUS@|$gpus|g" -e "s|@LAST_GPU@|$((gpus - 1))|g" -e "s|@DB_USER@|$db_user|g" -e "s|@DB_PASSWORD@|$db_password|g" \
    -e "s|@DB_NAME@|$db_name|g" "$here/$1" > "$2"
}
fill slurm.conf.template "$state/etc/slurm.conf"
fill gres.conf.template "$state/etc/gres.conf"
fill slurmdbd.conf.template "$state/etc/slurmdbd.conf"
chmod 644 "$state/etc/slurm.conf" "$state/etc/gres.conf"
chown root:root "$state/etc/slurmdbd.conf"
chmod 600 "$state/etc/slurmdbd.conf"
for ((gpu = 0; gpu < gpus; gpu++)); do [ -e "$state/gpu/nvidia$gpu" ] || : > "$state/gpu/nvidia$gpu"; done
echo "export SLURM_CONF=$SLURM_CONF" > "$state/env"
say "configuration written to $state/etc (cluster $cluster, node $host, ${memory_mb} MB, $gpus fake GPUs)"

# MariaDB: the accounting database and its user, at localhost and at 127.0.0.1
# (slurmdbd connects over TCP; a grant at localhost alone answers 1698 Access denied).
mysql -uroot -e 'SELECT 1' >/dev/null 2>&1 \
  || fail "MariaDB does not answer to root with an empty password (mysql -uroot); start it first"
mysql -uroot <<SQL || fail "creating the database $db_name and its user in MariaDB"
CREATE DATABASE IF NOT EXISTS \`$db_name\`;
CREATE USER IF NOT EXISTS '$db_user'@'localhost' IDENTIFIED BY '$db_password';
CREATE USER IF NOT EXISTS '$db_user'@'127.0.0.1' IDENTIFIED BY '$db_password';
GRANT ALL ON \`$db_name\`.* TO '$db_user'@'localhost';
GRANT ALL ON \`$db_name\`.* TO '$db_user'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
say "MariaDB: database $db_name, user $db_user at localhost and 127.0.0.1"

if ! running "$state/run/slurmdbd.pid"; then
  say "starting slurmdbd"
  slurmdbd || fail "slurmdbd did not start" "$state/log/slurmdbd.log"
fi
wait_until 30 sacctmgr -n show cluster \
  || fail "slurmdbd does not answer sacctmgr" "$state/log/slurmdbd.log"
if ! sacctmgr -nP show cluster format=cluster | grep -qx "$cluster"; then
  say "sacctmgr -i add cluster $cluster"
  sacctmgr -i add cluster "$cluster" >/dev/null || fail "sacctmgr add cluster $cluster" "$state/log/slurmdbd.log"
fi

if ! running "$state/run/slurmctld.pid"; then
  say "starting slurmctld"
  slurmctld || fail "slurmctld did not start" "$state/log/slurmctld.log"
fi
wait_until 30 bash -c 'scontrol ping | grep -q UP' \
  || fail "slurmctld does not answer scontrol ping" "$state/log/slurmctld.log"

if ! running "$state/run/slurmd.pid"; then
  say "starting slurmd"
  slurmd || fail "slurmd did not start" "$state/log/slurmd.log"
fi
if ! wait_until 30 node_idle; then
  # A node left down or drained by an earlier run comes back.
  scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true
  wait_until 15 node_idle || fail "node $host is not idle: $(sinfo -h -N -o '%t %E' 2>&1)" "$state/log/slurmd.log"
fi

elapsed="$(echo "$(date +%s.%N) - $started_at" | bc 2>/dev/null || echo '?')"
say "running: $(sinfo -h -o '%P %a %D %t %G' | tr '\n' ';') started in ${elapsed} s"
echo "export SLURM_CONF=$SLURM_CONF"
