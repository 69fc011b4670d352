#!/usr/bin/env bash
# 接诉即办 at city scale: bench/requests-scale.sh [requests=10000000] [clients=32] [seconds=15]
# Starts Luoshi with the demo on a fresh embedded PostgreSQL, generates the requests over three years in SQL, then
# times the clock pass over every open request, the month's 三率 (service and HTTP) and one unit's open list (HTTP,
# wrk with a session cookie). Needs wrk for the HTTP figures; 10 million requests need about 15 GB of disk.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.RequestsScaleBench "${1:-10000000}" "${2:-32}" "${3:-15}"
