#!/usr/bin/env bash
# 月度亮灯走势 and 批量调整时限 at city scale: bench/light-trend.sh [tasks=40000] [runs=20]
# Generates the city-scale ledger on a fresh embedded PostgreSQL, computes the lights, then times the daily light
# snapshot (twelve months, and again the same day), the six-month trend for 300 tasks and for the whole ledger, and one
# batch deadline change of 200 tasks.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.LightTrendBench "${1:-40000}" "${2:-20}"
