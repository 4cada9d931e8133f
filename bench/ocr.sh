#!/usr/bin/env bash
# OCR benchmark: scanned pages made from a seed by ScanFixtureGenerator; planlens's reader (pages in parallel,
# several pages to a tesseract process) against the bare tesseract CLI on the same page images (one process a
# page, 2 at a time, OMP_THREAD_LIMIT=1: the issue's baseline), and CER. The two sides run in turns, ROUNDS times,
# and the medians are compared, so a slow spell of a shared machine does not land on one side only. A second
# baseline, the CLI given the pages as two list files (one process for each half), shows how much of the
# difference is the language model loaded once instead of once a page.
#   bench/ocr.sh [SEED_TXT] [MAX_CHARS] [ROUNDS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed="${1:-$here/corpus/001_6a0161e947e78645.txt}"
chars="${2:-1000000}"
rounds="${3:-3}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="$(mktemp -d /tmp/planlens-ocr-bench.XXXX)"
trap 'rm -rf "$work"' EXIT
cd "$here"
mvn -o -q -B -DskipTests compile >/dev/null
cp="$here/target/classes:$(mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout 2>/dev/null)"
java="$JAVA_HOME/bin/java"
"$java" -cp "$cp" org.planlens.fixtures.ScanFixtureGenerator "$seed" "$work" flatbed "$chars" >/dev/null
pages=$(ls "$work"/png/*.png | wc -l)
export OMP_THREAD_LIMIT=1
cat > "$work/Bench.java" <<'JAVA'
import java.nio.file.*;
import org.planlens.text.*;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.fixtures.CharacterErrorRate;
public class Bench {
  public static void main(String[] a) throws Exception {
    DocumentTextReader r = new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    Path dir = Path.of(a[0]);
    r.read(dir.resolve("png/page-1.png"), "warm", "page-1.png");
    long t = System.nanoTime();
    var scan = r.read(dir.resolve("scan.tif"), "scan.tif", "scan.tif");
    double s = (System.nanoTime() - t) / 1e9;
    System.out.printf("planlens_seconds %.3f%n", s);
    if (a.length > 1) {
      String ref = r.read(dir.resolve("text.pdf"), "text.pdf", "text.pdf").text();
      System.out.printf("planlens_cer %.4f%nwarnings %s%n", CharacterErrorRate.of(ref, scan.text()), scan.warnings());
    }
  }
}
JAVA
now() { date +%s.%N; }
ls "$work"/png/*.png > "$work/all.list"
split -n r/2 "$work/all.list" "$work/half."
bare=(); listed=(); pl=(); out=""
for ((i = 1; i <= rounds; i++)); do
  t0=$(now)
  xargs -P 2 -I{} sh -c 'tesseract "$1" "${1%.png}" -l vie >/dev/null 2>&1' _ {} <"$work/all.list"
  t1=$(now)
  bare+=("$(echo "$t1 - $t0" | bc -l)")
  t0=$(now)
  for h in "$work"/half.*; do tesseract "$h" "$h.out" -l vie >/dev/null 2>&1 & done
  wait
  t1=$(now)
  listed+=("$(echo "$t1 - $t0" | bc -l)")
  run=$("$java" -cp "$cp" "$work/Bench.java" "$work" $([ "$i" = "$rounds" ] && echo cer) 2>/dev/null)
  pl+=("$(echo "$run" | sed -n 's/^planlens_seconds //p')")
  out="$run"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
b=$(median "${bare[@]}"); l=$(median "${listed[@]}"); p=$(median "${pl[@]}")
printf 'pages               %d, %d rounds (bare, listed, planlens in turns; medians)\n' "$pages" "$rounds"
printf 'bare tesseract      %.2f s  (%.2f pages/s; one process a page, xargs -P2)   rounds: %s\n' "$b" "$(echo "$pages / $b" | bc -l)" "${bare[*]}"
printf 'tesseract lists     %.2f s  (%.2f pages/s; two processes, half the pages each) rounds: %s\n' "$l" "$(echo "$pages / $l" | bc -l)" "${listed[*]}"
printf 'planlens reader     %.2f s  (%.2f pages/s; multi-page TIFF, JVM warm)        rounds: %s\n' "$p" "$(echo "$pages / $p" | bc -l)" "${pl[*]}"
printf 'throughput ratio    %.2fx planlens / bare (goal >= 0.9x); %.2fx planlens / lists\n' "$(echo "$b / $p" | bc -l)" "$(echo "$l / $p" | bc -l)"
echo "$out" | grep -v seconds
