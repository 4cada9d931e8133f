#!/usr/bin/env bash
# Remote partitioning benchmark: the same input (N generated text PDFs and the seeds as flatbed scans, the first
# 2000 characters of each) ingested by a manager (ingest --remote-workers) with one worker JVM of 2 threads, then
# with two worker JVMs of 1 thread each, through PostgreSQL (job repository and request queue) and a real
# OpenSearch node. Prints documents/s and OCR pages/s of each, and the ratio two/one (the baseline of this run).
# On a two-core machine this shows the overhead of a second worker process, not a speed-up.
#   bench/workers.sh [N]       PLANLENS_DB_URL: PostgreSQL (default: the test database ./planlens test makes)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100}"
db="${PLANLENS_DB_URL:-jdbc:postgresql://localhost:5432/planlens_test?user=planlens&password=planlens}"
work="$(mktemp -d /tmp/planlens-workers.XXXX)"
cd "$here"
./planlens setup >/dev/null
java="$(./planlens java-home)/bin/java"
app="$here/target/app/planlens.jar"
jopts=(-Xss4m -XX:+UseG1GC -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=/dev/null)
export OMP_THREAD_LIMIT=1

# input
cp="$(./planlens tools-classpath)"
"$java" "${jopts[@]}" -cp "$cp" org.planlens.bench.BenchCommand generate-pdfs --seeds corpus --count "$n" "$work/in" \
  >/dev/null
pages=0
for seed in corpus/*.txt; do
  name="$(basename "$seed" .txt)"
  "$java" -cp "$cp" org.planlens.fixtures.ScanFixtureGenerator "$seed" "$work/scan-$name" flatbed 2000 >/dev/null
  cp "$work/scan-$name/scan.pdf" "$work/in/scan-$name.pdf"
  pages=$((pages + $(ls "$work/scan-$name/png" | wc -l)))
done
docs=$(ls "$work/in" | wc -l)

# a real OpenSearch node on 127.0.0.1, stopped with this script
node="$work/opensearch"; mkdir -p "$node/home/config" "$node/data"
JAVA_HOME="$(./planlens java-home)" mvn -B -q -f src/test/opensearch/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$node/classpath.txt" >&2
port=$(( 20000 + RANDOM % 20000 ))
mkfifo "$node/stdin"
"$java" -Xms512m -Xmx512m --enable-native-access=ALL-UNNAMED -cp "$(cat "$node/classpath.txt")" \
  src/test/opensearch/OpenSearchNode.java node.name=bench path.home="$node/home" path.data="$node/data" \
  network.host=127.0.0.1 http.port=$port transport.port=$((port + 1)) discovery.type=single-node \
  cluster.routing.allocation.disk.threshold_enabled=false < "$node/stdin" > "$node/node.log" 2>&1 &
node_pid=$!
exec 9>"$node/stdin"
worker_pids=()
cleanup() { for p in "${worker_pids[@]}"; do kill "$p" 2>/dev/null || true; done; exec 9>&-; kill $node_pid 2>/dev/null || true; }
trap 'cleanup; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done

# one run: WORKERS worker JVMs of THREADS threads each, a fresh schema, output folder and index
run() {
  local workers="$1" threads="$2" schema="bench_workers_$1_$(date +%s)"
  local url="$db&currentSchema=$schema" out="$work/out-$1" index="http://127.0.0.1:$port/workers-$1"
  psql "postgresql://$(echo "$db" | sed -E 's|jdbc:postgresql://([^/]*)/([^?]*)\?user=([^&]*)&password=([^&]*).*|\3:\4@\1/\2|')" \
    -qc "CREATE SCHEMA $schema" >/dev/null
  worker_pids=()
  for i in $(seq 1 "$workers"); do
    "$java" "${jopts[@]}" -jar "$app" worker --db-url "$url" --index-url "$index" --out "$out" --threads "$threads" \
      > "$work/worker-$1-$i.log" 2>&1 &
    worker_pids+=($!)
  done
  local start end
  start=$(date +%s.%N)
  "$java" "${jopts[@]}" -jar "$app" ingest "$work/in" --out "$out" --db-url "$url" --index-url "$index" \
    --remote-workers --partitions 8 > "$work/manager-$1.log" 2>&1
  end=$(date +%s.%N)
  for p in "${worker_pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  worker_pids=()
  grep -o '[0-9]* exported' "$work/manager-$1.log" | head -1 >&2
  echo "$end - $start" | bc
}
one=$(run 1 2)
two=$(run 2 1)
echo "input: $docs documents ($n generated text PDFs, 5 seed scans of $pages pages in all)"
printf 'one worker (2 threads):       %6.1f s  %5.2f documents/s  %5.2f OCR pages/s\n' "$one" \
  "$(echo "$docs / $one" | bc -l)" "$(echo "$pages / $one" | bc -l)"
printf 'two workers (1 thread each):  %6.1f s  %5.2f documents/s  %5.2f OCR pages/s\n' "$two" \
  "$(echo "$docs / $two" | bc -l)" "$(echo "$pages / $two" | bc -l)"
printf 'ratio of wall times, two workers / one: %.3f (two cores: the cost of a second process, not a speed-up)\n' \
  "$(echo "$two / $one" | bc -l)"
