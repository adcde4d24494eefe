#!/usr/bin/env bash
# Benchmark of the roadmap optimiser: bench/roadmap.sh [sizes] [seeds], e.g. bench/roadmap.sh 50,100 3
# Options go in BENCH_OPTS, e.g. BENCH_OPTS=-Droadmap.reference=300 (also prove each optimum, up to
# 300 s) or BENCH_OPTS=-Droadmap.parallel=true (CP-SAT's parallel portfolio instead of the product's
# deterministic search) or BENCH_OPTS=-Droadmap.limit=120 (another time limit than the issue's 10 s,
# 30 s for 1,000 programmes).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  id.rancang.roadmap.RoadmapBenchmark "${1:-50,100,300,1000}" "${2:-3}"
