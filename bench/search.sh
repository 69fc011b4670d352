#!/usr/bin/env bash
# 全文检索 at city scale: bench/search.sh [tasks=100000] [runs=40]
# Generates the city-scale ledger (bench/city-scale.sh's data: N tasks, 10 reports each, N/2 problems, 300 units) with
# 督办单 and 通报 added on a fresh embedded PostgreSQL, then times the results page /search?q= over HTTP (signed in)
# for a specific word, rare and common two-character words, a unit name and no match, as the 督查室 and as a unit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.SearchBench "${1:-100000}" "${2:-40}"
