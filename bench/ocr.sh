#!/usr/bin/env bash
# OCR benchmark: N scanned pages made from a seed by ScanFixtureGenerator; planlens's reader (pages in
# parallel) against the bare tesseract CLI on the same page images (2 processes, OMP_THREAD_LIMIT=1), and CER.
#   bench/ocr.sh [SEED_TXT] [MAX_CHARS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed="${1:-$here/corpus/000_36de64e7dea16905.txt}"
chars="${2:-12000}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="$(mktemp -d /tmp/planlens-ocr-bench.XXXX)"
cd "$here"
mvn -o -q -B -DskipTests compile >/dev/null
cp="$here/target/classes:$(mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout 2>/dev/null)"
java="$JAVA_HOME/bin/java"
"$java" -cp "$cp" org.planlens.fixtures.ScanFixtureGenerator "$seed" "$work" flatbed "$chars" >/dev/null
pages=$(ls "$work"/png/*.png | wc -l)
export OMP_THREAD_LIMIT=1
t0=$(date +%s.%N)
ls "$work"/png/*.png | xargs -P 2 -I{} sh -c 'tesseract "$1" "${1%.png}" -l vie >/dev/null 2>&1' _ {}
t1=$(date +%s.%N)
cat > "$work/Bench.java" <<'JAVA'
import java.nio.file.*;
import org.planlens.text.*;
import org.planlens.fixtures.CharacterErrorRate;
public class Bench {
  public static void main(String[] a) throws Exception {
    DocumentTextReader r = new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    Path dir = Path.of(a[0]);
    String ref = r.read(dir.resolve("text.pdf"), "text.pdf", "text.pdf").text();
    r.read(dir.resolve("png/page-1.png"), "warm", "page-1.png");
    long t = System.nanoTime();
    var scan = r.read(dir.resolve("scan.tif"), "scan.tif", "scan.tif");
    double s = (System.nanoTime() - t) / 1e9;
    System.out.printf("planlens_seconds %.2f%nplanlens_cer %.4f%nwarnings %s%n", s, CharacterErrorRate.of(ref, scan.text()), scan.warnings());
  }
}
JAVA
out=$("$java" -cp "$cp" "$work/Bench.java" "$work" 2>/dev/null)
bare=$(echo "$t1 - $t0" | bc -l)
pl=$(echo "$out" | sed -n 's/^planlens_seconds //p')
printf 'pages               %d\n' "$pages"
printf 'bare tesseract      %.2f s  (%.2f pages/s, xargs -P2, OMP_THREAD_LIMIT=1)\n' "$bare" "$(echo "$pages / $bare" | bc -l)"
printf 'planlens reader     %.2f s  (%.2f pages/s, multi-page TIFF, JVM warm)\n' "$pl" "$(echo "$pages / $pl" | bc -l)"
printf 'throughput ratio    %.2fx (planlens / bare)\n' "$(echo "$bare / $pl" | bc -l)"
echo "$out" | grep -v seconds
echo "fixtures in $work"
