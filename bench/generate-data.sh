#!/usr/bin/env bash
# Generates the SYNTHETIC benchmark snapshots under target/bench-data (skips those already there).
# Every byte is a function of (N, D, seed, asof): anyone gets the same files.
#   n1000-d630    1,000 constituents x   630 days  (0.63 M price rows)
#   n2000-d1260   2,000 constituents x 1,260 days  (2.52 M price rows)
#   n5000-d2520   5,000 constituents x 2,520 days  (12.6 M price rows: the `market` case)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/alvh-workstation.jar
[ -f "$JAR" ] || mvn -B -q -o package -DskipTests
mkdir -p target/bench-data
for nd in "1000 630" "2000 1260" "5000 2520"; do
  set -- $nd
  out="target/bench-data/n$1-d$2"
  if [ ! -f "$out/snapshot.json" ]; then
    java -cp "$JAR" org.alvh.samples.GenerateCommand --constituents "$1" --days "$2" --seed 42 --asof 2024-12-31 --out "$out"
  fi
done
