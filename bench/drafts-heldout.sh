#!/usr/bin/env bash
# Reference drafts kept outside the project (third-party texts are not copied into the repository): DIR holds the
# texts (NAME.txt) and reference drafts in the contract's format (NAME.json), written by hand by someone who never saw
# the engine's output. Prints P/R/F1 per text and category; item by item (− missed, + extra) in target/heldout-drafts.txt.
# Usage: bench/drafts-heldout.sh DIR
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir="$(cd "${1:?usage: bench/drafts-heldout.sh DIR}" && pwd)"
LUOSHI_HELDOUT_DIR="$dir" ./mvnw -B -q test -Dtest=HeldOutDraftsTest -Dsurefire.failIfNoSpecifiedTests=false
echo "item by item: target/heldout-drafts.txt"
