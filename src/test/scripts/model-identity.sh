#!/usr/bin/env bash
# Writes the model JSON of the bundled corpus and of every gold corpus (as article folders) with the built jar:
#   src/test/scripts/model-identity.sh OUT_DIR      then   diff -r BEFORE_DIR AFTER_DIR
# A refactoring that must not change behaviour leaves the two folders identical.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=${1:?usage: model-identity.sh OUT_DIR}
corpora=${CORPORA:-../shared/corpora}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 src/test/scripts/gold-as-folders.py "$corpora" "$work"
mkdir -p "$out"
java -jar target/parallax.jar extract resources/corpus --out "$out/bundled.json" 2>/dev/null
for d in "$work"/*/; do
  name=$(basename "$d")
  java -jar target/parallax.jar extract "$d" --out "$out/$name.json" 2>/dev/null
done
ls "$out" | wc -l
