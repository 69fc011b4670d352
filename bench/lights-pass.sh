#!/usr/bin/env bash
# The lights pass when every light changes: bench/lights-pass.sh [tasks=100000] [rounds=3]
# Generates N city-scale tasks on a fresh embedded PostgreSQL, stores their lights, then turns every stored light to
# another colour before each round, so each measured pass rewrites every light and every unit-index row.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
exec java -Xmx4g -cp "$CP" cn.luoshi.bench.LightsPassBench "${1:-100000}" "${2:-3}"
