#!/usr/bin/env bash
# Runs one benchmark program from a clean clone: builds what it needs (tests skipped), then runs the program, which
# prints its method, the machine's load and its figures, and rewrites its own section of docs/BENCHMARKS.md.
#
#   deploy/bench.sh booking|pool|close|stack|events|portal [-Dbench.option=value ...]
#
# booking  BookingBenchmark      booking create over HTTP beside raw JDBC (about 8 minutes)
# pool     PoolBenchmark         offer by id, availability and search beside their raw SQL (about 4 minutes)
# close    YearCloseBenchmark    year-end close of a county and of the whole country beside raw GROUP BY (about 10 minutes)
# stack    StackBenchmark        the whole stack, one client, each operation beside raw PostgreSQL (about 2 minutes)
# events   EventLatencyBenchmark event latency while clients create bookings (about 6 minutes)
# portal   PortalBoardBenchmark  the portal's county board page beside its REST call (about 3 minutes)
#
# Options (-D...) go to the program; each section of docs/BENCHMARKS.md lists its own. Set BENCH_SKIP_BUILD=1 to reuse
# the modules installed by an earlier run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

usage() {
  sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

[[ $# -ge 1 ]] || usage
name="$1"
shift
for option in "$@"; do
  [[ "$option" == -D* ]] || { echo "Not an option: $option (expected -Dname=value)" >&2; exit 2; }
done

build() {
  if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
    echo "Building $* (tests skipped) ..."
    ./mvnw -B -ntp -q -DskipTests install "$@"
  fi
}

# A service's benchmark runs inside Maven's JVM (exec:java) next to the in-JVM broker and embedded PostgreSQL.
service_bench() {
  local module="$1" main="$2" heap="$3"
  shift 3
  build -pl "$module" -am
  MAVEN_OPTS="-Xmx$heap" ./mvnw -B -ntp -q -pl "$module" test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass="$main" "$@"
}

# The stack's benchmarks start every service as its own process: they need every module built.
stack_bench() {
  local profile="$1"
  shift
  build
  ./mvnw -B -ntp -q -pl deploy/e2e-tests "-P$profile" test-compile exec:exec "$@"
}

case "$name" in
  booking) service_bench booking-service de.dienstleistungspool.booking.bench.BookingBenchmark 1g "$@" ;;
  pool) service_bench pool-service de.dienstleistungspool.pool.bench.PoolBenchmark 1500m "$@" ;;
  close) service_bench municipality-service de.dienstleistungspool.municipality.settlement.bench.YearCloseBenchmark 1g "$@" ;;
  stack) stack_bench bench "$@" ;;
  events) stack_bench event-bench "$@" ;;
  portal) stack_bench portal-bench "$@" ;;
  *) usage ;;
esac
