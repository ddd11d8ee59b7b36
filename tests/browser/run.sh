#!/usr/bin/env bash
# The end-to-end browser suite: headless Chromium against the real server on loopback.
#
#   bash tests/browser/run.sh
#
# Installs what it needs when missing (Debian's chromium; the npm packages pinned in
# tests/browser/package-lock.json), builds the release binary, starts it on a free loopback port
# with a fresh database in a temporary folder (seeded from data/organisations.json) and a
# moderator, runs tests/browser/suite.test.mjs with Node's test runner, and stops the server
# whatever happens. Screenshots go to tests/browser/screenshots/, the axe-core results to
# tests/browser/reports/axe.json.
#
# Environment: USERLED_BIN=PATH tests that binary instead of building target/release/userled
# (for instance target/debug/userled after `cargo test`); CHROMIUM_PATH=PATH another Chromium;
# BROWSER_SUITE_TIMEOUT (default 20m) bounds the test run; BROWSER_SUITE_ONLY=PATTERN runs only
# the tests whose names match (Node's --test-name-pattern), such as '^10\.'.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
suite_dir=$root/tests/browser
started=$SECONDS

step() { echo "== browser suite: $*"; }

# --- Chromium --------------------------------------------------------------------------------
if [[ -z ${CHROMIUM_PATH:-} ]]; then
  if ! command -v chromium >/dev/null 2>&1; then
    step "installing Debian's chromium"
    if [[ $(id -u) -ne 0 ]]; then
      echo "chromium is missing and this is not root: install it with 'apt-get install chromium'" >&2
      exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  fi
  CHROMIUM_PATH=$(command -v chromium)
fi
step "browser $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null || echo 'version unknown'))"

# --- npm packages ----------------------------------------------------------------------------
node_major=$(node -p 'process.versions.node.split(".")[0]')
if (( node_major < 20 )); then
  echo "the browser suite needs Node.js 20 or later; this is $(node --version)" >&2
  exit 1
fi
t0=$SECONDS
step "npm ci (playwright-core, axe-core)"
(cd "$suite_dir" && npm ci --no-audit --no-fund --loglevel=error)
echo "npm ci took $((SECONDS - t0)) s"

# --- the server ------------------------------------------------------------------------------
if [[ -n ${USERLED_BIN:-} ]]; then
  bin=$USERLED_BIN
else
  t0=$SECONDS
  step "cargo build --release --locked"
  cargo build --release --locked
  echo "the release build took $((SECONDS - t0)) s"
  bin=$root/target/release/userled
fi
[[ -x $bin ]] || { echo "no server binary at $bin" >&2; exit 1; }

tmp=$(mktemp -d)
server_pid=
username=moderator
password=browser-suite-password

stop_server() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$server_pid" 2>/dev/null; then
      echo "the server did not stop within 10 s of SIGTERM; killing it" >&2
      kill -KILL "$server_pid" 2>/dev/null || true
    fi
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=
}

cleanup() {
  local status=$?
  stop_server
  if [[ $status -ne 0 && -s $tmp/server.log ]]; then
    echo "== browser suite: the server's log (last 30 lines)"
    tail -n 30 "$tmp/server.log"
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step "a moderator and a fresh database in $tmp"
printf '%s\n' "$password" | "$bin" --database "$tmp/userled.db" admin create --username "$username" >/dev/null

# The server logs to standard error; the address comes from its "listening on" line.
RUST_LOG=userled=info,tower_http=info,warn NO_COLOR=1 \
  "$bin" --database "$tmp/userled.db" serve --bind 127.0.0.1:0 >/dev/null 2>"$tmp/server.log" &
server_pid=$!

url=
for _ in $(seq 1 600); do
  url=$(sed -e 's/\x1b\[[0-9;]*m//g' "$tmp/server.log" | grep -o 'listening on http://[^[:space:]]*' | head -n 1 | sed 's/^listening on //') || true
  [[ -n $url ]] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "the server stopped before it listened" >&2
    exit 1
  fi
  sleep 0.1
done
if [[ -z $url ]]; then
  echo "the server did not log 'listening on' within 60 s" >&2
  exit 1
fi
step "server $url (pid $server_pid)"

# --- the suite -------------------------------------------------------------------------------
t0=$SECONDS
step "node --test tests/browser/suite.test.mjs"
set +e
(
  cd "$suite_dir"
  USERLED_URL=$url USERLED_USERNAME=$username USERLED_PASSWORD=$password CHROMIUM_PATH=$CHROMIUM_PATH \
    timeout --kill-after=30s "${BROWSER_SUITE_TIMEOUT:-20m}" \
    node --test --test-concurrency=1 \
      ${BROWSER_SUITE_ONLY:+--test-name-pattern="$BROWSER_SUITE_ONLY"} \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$tmp/results.tap" \
      suite.test.mjs
)
status=$?
set -e
[[ $status -eq 124 || $status -eq 137 ]] && echo "the browser suite did not finish within ${BROWSER_SUITE_TIMEOUT:-20m}" >&2
stop_server
echo "the suite took $((SECONDS - t0)) s; the whole browser step $((SECONDS - started)) s"

count() { sed -n "s/^# $1 \([0-9][0-9]*\)\$/\1/p" "$tmp/results.tap" 2>/dev/null | tail -n 1; }
passed=$(count pass); failed=$(count fail); cancelled=$(count cancelled); skipped=$(count skipped)
if [[ -n $passed && -n $failed ]]; then
  failed=$((failed + ${cancelled:-0}))
  (( status != 0 && failed == 0 )) && failed=1
  echo "browser: $passed passed, $failed failed, ${skipped:-0} skipped"
fi
exit "$status"
