#!/usr/bin/env bash
# Benchmark of the document engine: bench/documents.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -Djava.awt.headless=true -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  id.rancang.document.DocumentBenchmark "${1:-10}" 2>/dev/null | grep -v INFO
