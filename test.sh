#!/usr/bin/env bash
# Runs every test of ImmunoLearn. Installs what the tests need when it is missing and can be
# installed (as root, through apt-get), then runs ./mvnw -B verify. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"

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

exec ./mvnw -B verify "$@"
