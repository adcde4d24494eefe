#!/usr/bin/env bash
# Benchmark of the five books (150 programmes, DOCX and PDF): bench/books.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -Djava.awt.headless=true -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  id.rancang.publication.PublicationBenchmark "${1:-5}" 2>/dev/null | grep -v INFO
