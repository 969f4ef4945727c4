#!/usr/bin/env bash
# Gateway overhead per request: the same JDK HttpClient load loop against a stand-in service, directly and
# through the gateway (its built jar, as its own process). See docs/gateway.md for the figures.
# Usage: gateway/bench/overhead.sh [concurrency levels, default 1,16] [requests per run, default 20000] [rounds, default 2]
set -euo pipefail
cd "$(dirname "$0")/../.."

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'; }
JDK=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
    JDK="$candidate"; break
  fi
done
[ -n "$JDK" ] || { echo "overhead.sh: needs a JDK 21+; set JAVA_HOME to one" >&2; exit 1; }

# The gateway jar and the benchmark class (compiled with the tests, never run by them).
./mvnw -B -q -o package -pl gateway -DskipTests
./mvnw -B -q -o dependency:build-classpath -pl gateway -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec "$JDK/bin/java" -cp "gateway/target/test-classes:$(cat gateway/target/bench-classpath.txt)" \
  io.pairwise.gateway.bench.GatewayOverheadBenchmark gateway/target/gateway-0.1.0-SNAPSHOT.jar "$@"
