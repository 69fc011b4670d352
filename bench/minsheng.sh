#!/usr/bin/env bash
# 民生实事 at city scale: bench/minsheng.sh [tasks=100000] [tagged=300]
# Generates the city-scale ledger on a fresh embedded PostgreSQL, tags some tasks 民生实事, then times the tagged-task
# query, the management page's data, publishing, and the public page and feed over HTTP (full and 304).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.MinshengBench "${1:-100000}" "${2:-300}"
