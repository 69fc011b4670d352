#!/usr/bin/env bash
# 经济指标 at the issue's scale: bench/indicators.sh
# 40 indicators × 20 regions × 10 years monthly with two vintages (≈ 192,000 values) and 41 industry classes on a
# fresh embedded PostgreSQL; times a year's import, a revised re-import, the recomputation after a revision, and the
# dashboard's data at 32 clients next to its own SQL at 32 clients.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" cn.luoshi.bench.IndicatorsBench "$@"
