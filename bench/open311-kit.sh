#!/usr/bin/env bash
# What the Open311 conformance step costs a build: `npm ci` of the Dredd kit into a fresh directory (npm's cache as
# it is: warm after the first run), and Open311ConformanceTests (one Dredd run, 13 transactions) on the shared test
# context. Usage: bench/open311-kit.sh   (needs node/npm; run after `./mvnw -B test-compile`)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp contracts/open311/package.json contracts/open311/package-lock.json "$tmp"/
t0=$(date +%s%N)
(cd "$tmp" && npm ci --no-audit --no-fund --prefer-offline >/dev/null 2>&1)
t1=$(date +%s%N)
echo "npm ci (fresh node_modules, $(ls "$tmp/node_modules" | wc -l) top-level packages): $(( (t1 - t0) / 1000000 )) ms"
./mvnw -B -o verify -Dtest=none -Dit.test=Open311ConformanceTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false > target/open311-kit-bench.log 2>&1 || { tail -40 target/open311-kit-bench.log; exit 1; }
grep -h "Time elapsed" target/failsafe-reports/cn.luoshi.requests.Open311ConformanceTests.txt
grep -h "complete:" target/open311-dredd.log
