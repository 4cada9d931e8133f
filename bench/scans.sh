#!/usr/bin/env bash
# Scans under 300 dpi: should planlens scale a page up before Tesseract reads it? Reads the same scanned pages as
# they are (the baseline) and scaled up to 300 dpi first (bicubic, Java2D), with planlens's reader in one warm JVM,
# the two sides in turns for ROUNDS rounds; prints each side's CER against the text PDF's text, its median time,
# and the ratios scaled / as scanned. Pages are made from a seed by ScanFixtureGenerator (200 dpi, skew, blur,
# speckle) and read as an image-only PDF and as a multi-page TIFF.
# FONT=mono sets the seed in the monospace face whose zero carries a dot (TextPdfRenderer.monospace()).
# Then ingests the text PDF and the scan and counts their records with page and box (bench/boxes.py).
#   bench/scans.sh [SEED_TXT] [MAX_CHARS] [ROUNDS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed="${1:-$here/corpus/003_a473bff622232a9a.txt}"
chars="${2:-6000}"
rounds="${3:-3}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="$(mktemp -d /tmp/planlens-scans-bench.XXXX)"
trap 'rm -rf "$work"' EXIT
cd "$here"
mvn -o -q -B -Dstyle.color=never -DskipTests test-compile >/dev/null 2>&1
# a copy of the classes, so a rebuild while the bench runs does not change what it measures; the fixture makers
# (src/tools) are built with the tests
cp -r "$here/target/classes" "$work/classes"
cp -r "$here/target/test-classes" "$work/tools"
cp="$work/classes:$work/tools:$(mvn -o -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=/dev/stdout 2>/dev/null)"
java="$JAVA_HOME/bin/java"
"$java" -cp "$cp" org.planlens.fixtures.ScanFixtureGenerator "$seed" "$work" flatbed "$chars" "${FONT:-serif}" >/dev/null
export OMP_THREAD_LIMIT=1
cat > "$work/Bench.java" <<'JAVA'
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.*;
import java.util.*;
import javax.imageio.ImageIO;
import org.planlens.text.*;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.fixtures.CharacterErrorRate;
import org.planlens.fixtures.ScanFixtureGenerator;
public class Bench {
  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[0]);
    int rounds = Integer.parseInt(a[1]);
    ScanFixtureGenerator g = new ScanFixtureGenerator();
    List<BufferedImage> scaled = new ArrayList<>();
    for (int i = 1; Files.exists(dir.resolve("png/page-" + i + ".png")); i++) {
      BufferedImage p = ImageIO.read(dir.resolve("png/page-" + i + ".png").toFile());
      int w = p.getWidth() * 300 / ScanFixtureGenerator.DPI, h = p.getHeight() * 300 / ScanFixtureGenerator.DPI;
      BufferedImage s = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D gr = s.createGraphics();
      gr.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      gr.drawImage(p, 0, 0, w, h, null);
      gr.dispose();
      scaled.add(s);
    }
    g.writeImagePdf(scaled, dir.resolve("scan300.pdf"));
    g.writeTiff(scaled, dir.resolve("scan300.tif"));
    DocumentTextReader r = new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    String ref = r.read(dir.resolve("text.pdf"), "text.pdf", "text.pdf").text();
    r.read(dir.resolve("png/page-1.png"), "warm", "page-1.png");
    for (String kind : List.of("pdf", "tif")) {
      Map<String, String> sides = new LinkedHashMap<>();
      sides.put("as scanned", "scan." + kind);
      sides.put("scaled to 300 dpi", "scan300." + kind);
      Map<String, List<Double>> times = new LinkedHashMap<>();
      Map<String, Double> cer = new LinkedHashMap<>();
      Map<String, Long> low = new LinkedHashMap<>();
      int pages = 0;
      for (int i = 0; i < rounds; i++) {
        for (Map.Entry<String, String> side : sides.entrySet()) {
          long t = System.nanoTime();
          ExtractedText read = r.read(dir.resolve(side.getValue()), side.getValue(), side.getValue());
          times.computeIfAbsent(side.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e9);
          cer.put(side.getKey(), CharacterErrorRate.of(ref, read.text()));
          low.put(side.getKey(), read.layout().stream().filter(l -> l.ocrConfidence() != null && l.ocrConfidence() < 80).count());
          pages = read.pages();
        }
      }
      double base = median(times.get("as scanned"));
      double baseCer = cer.get("as scanned");
      System.out.printf("scan.%s, %d pages made at 200 dpi, %d rounds (sides in turns; median time)%n", kind, pages, rounds);
      for (String side : sides.keySet()) {
        double m = median(times.get(side));
        System.out.printf("  %-18s CER %.3f%%  %6.2f s (%.2f pages/s)  time %.2fx  CER %.2fx  pages under 80%% confidence %d  rounds: %s%n",
            side, 100 * cer.get(side), m, pages / m, m / base, baseCer == 0 ? 1 : cer.get(side) / baseCer, low.get(side),
            times.get(side).stream().map(t -> String.format("%.2f", t)).toList());
      }
    }
  }
  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
JAVA
echo "seed $(basename "$seed") in ${FONT:-serif}, first $chars characters; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
"$java" -cp "$cp" "$work/Bench.java" "$work" "$rounds" 2>/dev/null
# issue 20 part 3: the records of the scan and of the text PDF with page and box, and the wrong boxes (bench/boxes.py)
for side in text scan; do
  mkdir -p "$work/in-$side"
  cp "$work/$side.pdf" "$work/in-$side/"
  ./planlens ingest "$work/in-$side" --out "$work/out-$side" >/dev/null 2>&1
  python3 "$here/bench/boxes.py" "$work/out-$side" --label "$side.pdf"
done
