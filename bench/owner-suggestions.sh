#!/usr/bin/env bash
# Owner suggestion benchmark (讲话转台账 牵头单位建议): the cost of building the rule and of a whole speech upload with
# the demo ledger, then with a city-scale ledger. Usage: bench/owner-suggestions.sh [tasks=100000]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
exec java -Xmx4g -cp "$CP" cn.luoshi.bench.OwnerSuggestionBench "${1:-100000}"
