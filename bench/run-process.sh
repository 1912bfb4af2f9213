#!/usr/bin/env bash
# Whole-process figures: wall time and peak RSS of `java -jar target/alvh-workstation.jar compute ...`
# measured with GNU time (`/usr/bin/time -v`: "Elapsed (wall clock) time", "Maximum resident set size"),
# plus the in-process split (load / compute), peak heap and CSV rate from org.alvh.bench.LoadComputeHarness.
# Each case runs RUNS times (default 5); the median is printed, with min and max.
#
# Needs GNU time: on Debian/Ubuntu `apt-get install time` (the shell's `time` keyword cannot report RSS).
# Usage: bench/run-process.sh [RUNS]
#   ALVH_JAR=/path/to/other/alvh-workstation.jar bench/run-process.sh 3   # the same cases on another build
#   (e.g. the baseline: git archive c957d72 | tar -x -C /tmp/old && (cd /tmp/old && mvn -B -q -o package -DskipTests))
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
if [ ! -x /usr/bin/time ]; then
  echo "GNU time is missing: install it with 'apt-get install time'" >&2
  exit 1
fi
mvn -B -q -o package -DskipTests
bench/generate-data.sh >/dev/null
JAR="${ALVH_JAR:-target/alvh-workstation.jar}"
CP="target/test-classes:$JAR"
echo "# jar: $JAR"

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1)"
echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %s  min %s  max %s", m, a[1], a[NR]}'; }

# one timed process: prints "wall_seconds rss_mb cpu_seconds" (cpu = user + system, all threads)
timed() {
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; w=s}
              /User time \(seconds\)/ {u=$2} /System time \(seconds\)/ {y=$2}
              /Maximum resident set size/ {r=$2/1024} END {printf "%.3f %.0f %.2f\n", w, r, u+y}' "$log"
  rm -f "$log"
}

process_case() {   # name, then the java arguments
  local name="$1"; shift
  local out; out=$(mktemp)
  for _ in $(seq "$RUNS"); do timed java "$@" >>"$out"; done
  echo "$name  wall_s: $(cut -d' ' -f1 "$out" | median)   cpu_s: $(cut -d' ' -f3 "$out" | median)   peak_rss_mb: $(cut -d' ' -f2 "$out" | median)"
  rm -f "$out"
}

harness_case() {   # name, snapshot folder
  local name="$1" dir="$2" out; out=$(mktemp)
  for _ in $(seq "$RUNS"); do java -Xmx1g -cp "$CP" org.alvh.bench.LoadComputeHarness "$dir" >>"$out"; done
  for key in load_ms compute_ms total_ms peak_heap_mb raw_read_mb_s load_mb_s; do
    echo "$name  $key: $(grep -o "$key=[0-9.]*" "$out" | cut -d= -f2 | median)"
  done
  rm -f "$out"
}

process_case "sample cold (compute, default heap)" -jar "$JAR" compute sample-data/spx-2018-02-05 -q
for s in n1000-d630 n2000-d1260 n5000-d2520; do
  process_case "$s cold (compute, -Xmx1g)" -Xmx1g -jar "$JAR" compute "target/bench-data/$s" -q
done
harness_case "sample in-process, first run" sample-data/spx-2018-02-05
for s in n1000-d630 n2000-d1260 n5000-d2520; do
  harness_case "$s in-process, first run" "target/bench-data/$s"
done
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
