#!/usr/bin/env bash
# Runs every test of ImmunoLearn. Installs what the tests need when it is missing and can be
# installed (as root, through apt-get), starts a throw-away PostgreSQL server for the database
# tests' second run, then runs ./mvnw -B verify. Extra arguments go to Maven.
# With --bench first (what ./bench.sh does), the same set-up runs the benchmark instead.
set -euo pipefail
cd "$(dirname "$0")"

mode=test
if [ "${1:-}" = "--bench" ]; then
  mode=bench
  shift
fi

as_root() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1
}

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Browser tests: Debian's Chromium and its ChromeDriver (Selenium must not download a browser).
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if as_root; then
    echo "test.sh: installing chromium and chromium-driver"
    apt_install chromium chromium-driver
  else
    echo "test.sh: chromium/chromedriver missing and not root: Selenium will try to find a browser itself" >&2
  fi
fi

# Manifest tests: xmllint validates imsmanifest.xml against the official schemas in ../shared.
if ! command -v xmllint >/dev/null 2>&1; then
  if as_root; then
    echo "test.sh: installing libxml2-utils (xmllint)"
    apt_install libxml2-utils
  else
    echo "test.sh: xmllint missing and not root: the manifest schema tests will fail" >&2
  fi
fi

# SCORM runtime for the LMS tests: scorm-again from npm (there is no WebJar), unpacked under target/.
scorm_again_version=3.4.3
scorm_again_dir=target/scorm-again
if [ ! -f "$scorm_again_dir/package/dist/scorm12.min.js" ] || [ ! -f "$scorm_again_dir/package/dist/scorm2004.min.js" ] \
    || ! grep -q "\"version\": \"$scorm_again_version\"" "$scorm_again_dir/package/package.json" 2>/dev/null; then
  if ! command -v npm >/dev/null 2>&1 && as_root; then
    echo "test.sh: installing npm (to fetch scorm-again)"
    apt_install npm
  fi
  if command -v npm >/dev/null 2>&1; then
    echo "test.sh: fetching scorm-again@$scorm_again_version into $scorm_again_dir"
    rm -rf "$scorm_again_dir"
    mkdir -p "$scorm_again_dir"
    (cd "$scorm_again_dir" && npm pack --silent "scorm-again@$scorm_again_version" >/dev/null \
      && tar -xzf "scorm-again-$scorm_again_version.tgz")
  else
    echo "test.sh: npm missing: the SCORM runtime tests will fail (they need $scorm_again_dir)" >&2
  fi
fi

# PostgreSQL: the database tests run a second time against a real server, started here on a
# private port and data folder, and stopped when the tests end. An IMMUNOLEARN_DB_URL already set
# (a server of your own) is used as it is.
pg_data=
stop_postgres() {
  if [ -n "$pg_data" ]; then
    pg_as "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_data"
  fi
}
pg_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ -z "${IMMUNOLEARN_DB_URL:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if as_root; then
      echo "test.sh: installing postgresql"
      apt_install postgresql
    else
      echo "test.sh: PostgreSQL is not installed and this is not root: install it, or set IMMUNOLEARN_DB_URL" >&2
      exit 1
    fi
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_port=${IMMUNOLEARN_TEST_PG_PORT:-55432}
  pg_data=$(mktemp -d /tmp/immunolearn-pg.XXXXXX)
  trap stop_postgres EXIT
  [ "$(id -u)" = 0 ] && chown postgres "$pg_data"
  pg_as "$pg_bin/initdb" -D "$pg_data" -U immunolearn --auth=trust -E UTF8 >/dev/null
  # fsync off: a test server that is thrown away anyway; the app's own durability is tested on H2 with kill -9.
  pg_as "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
    -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  pg_as "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U immunolearn immunolearn_test
  export IMMUNOLEARN_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/immunolearn_test"
  export IMMUNOLEARN_DB_USER=immunolearn
  export IMMUNOLEARN_DB_PASSWORD=
  echo "test.sh: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $pg_port"
fi

# Formatting first (seconds, not the suite's minutes): the build checks it at validate anyway, but
# Spotless's own message names plain mvn; this says what to run here. -Dspotless.check.skip=true skips it.
if [ "$mode" = test ] && ! printf '%s\n' "$@" | grep -qx -- '-Dspotless.check.skip=true'; then
  if ! ./mvnw -B -q spotless:check; then
    echo "test.sh: the Java sources are not formatted: run ./mvnw spotless:apply and commit the result" \
      "(or pass -Dspotless.check.skip=true to test without the check)" >&2
    exit 1
  fi
fi

if [ "$mode" = bench ]; then
  ./mvnw -B -Pproduction,bench -DskipTests verify "$@"
else
  ./mvnw -B verify "$@"
fi
