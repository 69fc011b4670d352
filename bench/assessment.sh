#!/usr/bin/env bash
# 绩效考核 at scale: bench/assessment.sh [units=300] [tasksPerUnit=100] [runs=10]
# 300 units in three groups × 60 indicators (every module's source and every scoring method), 30,000 tasks through
# the year, on a fresh embedded PostgreSQL; times the full calculation, one unit's explanation and a what-if.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.AssessmentBench "${1:-300}" "${2:-100}" "${3:-10}"
