#!/usr/bin/env bash
# City-scale benchmark: bench/city-scale.sh [tasks=100000] [seconds-per-level=15]
#                  or: bench/city-scale.sh --serve [tasks] [port]  (a server for wrk; see bench/list-wrk.sh)
# Generates 300 units, N tasks (4 milestones, 10 reports each), N/2 problems on a fresh embedded PostgreSQL, then
# measures side by side in one run: recomputing all lights, the task list at 1/8/32 clients through HTTP and as the
# same SQL straight to PostgreSQL, the xlsx export of 10,000 tasks and the import of a 5,000-row file.
# With wrk and pgbench on the PATH (Debian: apt-get install wrk postgresql-client) both sides of the list comparison
# come from a separate load generator; without them, from threads inside the JVM (which take CPU from the server).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
if [ "${1:-}" = "--serve" ]; then
  # Leave a city-scale server running for wrk / psql: bench/city-scale.sh --serve [tasks] [port]
  exec java -Xmx4g -cp "$CP" cn.luoshi.bench.CityScaleServer "${2:-100000}" "${3:-8099}" "${@:4}"
fi
exec java -Xmx4g -cp "$CP" cn.luoshi.bench.CityScaleBench "${1:-100000}" "${2:-15}"
