#!/usr/bin/env bash
# The API contract: schemathesis 4 against the release server on loopback, with every check and
# every phase (examples, coverage, fuzzing, stateful). It fails on any failure.
#
#   bash tests/contract/run.sh
#
# Installs schemathesis (the version pinned below) with pip into tests/contract/.venv when
# missing, builds the release binary, starts it on a free loopback port with a fresh seeded
# database in a temporary folder, runs schemathesis with tests/contract/schemathesis.toml (its
# one documented exception is explained there and in the README), and stops the server whatever
# happens.
#
# Environment: USERLED_BIN=PATH tests that binary instead of building target/release/userled;
# CONTRACT_EXAMPLES (default 300) cases per operation and phase; CONTRACT_SEED (default a fixed
# one, so CI is repeatable) the generator's seed; set it to explore other inputs locally.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
contract_dir=$root/tests/contract
started=$SECONDS
schemathesis_version=4.32.5

step() { echo "== API contract: $*"; }

# --- schemathesis ----------------------------------------------------------------------------
venv=$contract_dir/.venv
if [[ ! -x $venv/bin/st ]] || [[ $("$venv/bin/st" --version 2>/dev/null) != *"$schemathesis_version"* ]]; then
  t0=$SECONDS
  step "installing schemathesis $schemathesis_version into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$schemathesis_version"
  echo "pip install took $((SECONDS - t0)) s"
fi
step "$("$venv/bin/st" --version)"

# --- the server ------------------------------------------------------------------------------
if [[ -n ${USERLED_BIN:-} ]]; then
  bin=$USERLED_BIN
else
  step "cargo build --release --locked"
  cargo build --release --locked
  bin=$root/target/release/userled
fi
[[ -x $bin ]] || { echo "no server binary at $bin" >&2; exit 1; }

tmp=$(mktemp -d)
server_pid=
cleanup() {
  local status=$?
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ $status -ne 0 && -s $tmp/server.log ]]; then
    echo "== API contract: the server's log (last 30 lines)"
    tail -n 30 "$tmp/server.log"
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Submissions are stored (in the throwaway database): the per-address limit is raised so that
# schemathesis tests validation rather than the limit, which the app tests cover.
RUST_LOG=userled=info,warn NO_COLOR=1 \
  "$bin" --database "$tmp/userled.db" serve --bind 127.0.0.1:0 --submissions-per-hour 1000000 \
  >/dev/null 2>"$tmp/server.log" &
server_pid=$!
url=
for _ in $(seq 1 600); do
  url=$(sed -e 's/\x1b\[[0-9;]*m//g' "$tmp/server.log" | grep -o 'listening on http://[^[:space:]]*' | head -n 1 | sed 's/^listening on //') || true
  [[ -n $url ]] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped before it listened" >&2; exit 1; }
  sleep 0.1
done
[[ -n $url ]] || { echo "the server did not log 'listening on' within 60 s" >&2; exit 1; }
step "server $url"

# --- schemathesis ----------------------------------------------------------------------------
t0=$SECONDS
# schemathesis keeps a store of failures in its working folder: the temporary one, not the clone.
cd "$tmp"
"$venv/bin/st" --no-color --config-file "$contract_dir/schemathesis.toml" run "$url/api/openapi.json" \
  --checks all \
  --phases examples,coverage,fuzzing,stateful \
  --max-examples "${CONTRACT_EXAMPLES:-300}" \
  --seed "${CONTRACT_SEED:-20261129}" \
  --generation-database none \
  --workers 2
echo "schemathesis took $((SECONDS - t0)) s; the whole contract step $((SECONDS - started)) s"
