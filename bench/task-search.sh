#!/usr/bin/env bash
# 任务清单搜索 at city scale: bench/task-search.sh [tasks=40000] [runs=40]
# Generates the city-scale ledger on a fresh embedded PostgreSQL, then times the task list's first page for search
# words of several kinds (task name, source title, unit name, a two-character word, no match), as the 督查室 and as a unit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.TaskSearchBench "${1:-40000}" "${2:-40}"
