#!/usr/bin/env bash
# Every accuracy figure the project tracks, one JSON line each, with the built jar:  src/test/scripts/eval-all.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
c=${CORPORA:-../shared/corpora}
j="java -jar target/parallax.jar"
echo "timex meantime:  $($j eval timex $c/meantime-en --json 2>/dev/null)"
echo "timex semeval:   $($j eval timex $c/semeval2015-task4-timeline --json 2>/dev/null)"
echo "speakers:        $($j eval speakers $c/meantime-en --json 2>/dev/null)"
echo "events:          $($j eval events $c/ecbplus-test-topics --json 2>/dev/null)"
echo "quotes:          $($j eval quotes $c/ecbplus-test-topics --json 2>/dev/null)"
echo "timeline:        $($j eval timeline $c/semeval2015-task4-timeline --json 2>/dev/null)"
