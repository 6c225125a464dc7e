#!/usr/bin/env bash
# The test command of README.md, and what .ci/run runs. The portal's browser tests drive a real headless Chromium:
# when the Debian packages chromium and chromium-driver are missing, this script installs them first (apt-get, as
# root or through sudo). Everything else comes from the Maven wrapper; the tests start their own PostgreSQL, Kafka,
# services and portal. Extra arguments go to Maven, e.g. deploy/test.sh -pl deploy/e2e-tests -am
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  echo "Installing Chromium and ChromeDriver for the portal's browser tests (Debian: chromium, chromium-driver) ..."
  SUDO=""
  if [[ "$(id -u)" -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

exec ./mvnw -B -ntp verify "$@"
