#!/usr/bin/env bash
# 重点项目 at scale: bench/projects.sh [projects=5000] [requests-per-client=40]
# A fresh embedded PostgreSQL with N key projects (each a ledger task), 11 nodes each and 36 months of reports; times
# the lights pass (cold and warm), the 调度通报 (build, issue) and the list filtered by unit and light at 32 clients
# over HTTP beside the same list through the service.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.ProjectsBench "${1:-5000}" "${2:-40}"
