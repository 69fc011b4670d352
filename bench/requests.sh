#!/usr/bin/env bash
# 接诉即办 intake speed: bench/requests.sh [clients=32] [seconds=20]
# Starts Luoshi with the demo on a fresh embedded PostgreSQL, drives Open311 POST requests.json from N client threads
# for the given time, then runs pgbench (N clients) inserting the same rows (request + event + audit entry per
# transaction) on the same database, and prints both rates side by side. Needs pgbench (postgresql-client).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.RequestsIntakeBench "${1:-32}" "${2:-20}"
