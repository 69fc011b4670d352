#!/usr/bin/env bash
# City-scale benchmark: bench/city-scale.sh [tasks=100000] [seconds-per-level=15]
# Generates 300 units, N tasks (4 milestones, 10 reports each), N/2 problems on a fresh embedded PostgreSQL, then
# measures lights recompute and the task list at 1/8/32 clients (HTTP vs in-process vs raw JDBC), side by side.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.CityScaleBench "${1:-100000}" "${2:-15}"
