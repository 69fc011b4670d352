#!/usr/bin/env bash
# Bulletin benchmark: bench/bulletins.sh [tasks=100000] [runs=5]
# Fills a fresh embedded PostgreSQL with the city-scale ledger (300 units, N tasks) plus the dated facts a bulletin
# reads, then times generating a monthly bulletin of all work, its Word and PDF documents, publishing and the Excel
# lists: the first (cold) run and the median of the others.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx4g -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.BulletinBench "${1:-100000}" "${2:-5}"
