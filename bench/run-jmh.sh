#!/usr/bin/env bash
# In-process benchmarks (JMH 1.37). They live in src/test/java/org/alvh/bench and are never run by
# `mvn test` / `mvn verify` (no class there is a test). Arguments go to JMH, e.g.
#   bench/run-jmh.sh                                  # everything (about 15 minutes on 2 cores)
#   bench/run-jmh.sh 'SampleBenchmark|RecomputeBenchmark'
#   bench/run-jmh.sh ScaleBenchmark -p dir=target/bench-data/n5000-d2520
# Without network access: the Maven repository must already hold the build's dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o package -DskipTests          # jar + test classes (JMH's annotation processor runs here)
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
bench/generate-data.sh
exec java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.openjdk.jmh.Main "$@"
