package org.planlens.text.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Matcher;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.planlens.rules.ModelData;
import org.planlens.rules.RomanNumerals;
import org.planlens.text.ocr.TesseractCli.Segmentation;

/**
 * OCRs page images through {@link TesseractCli} on a small fixed pool, one single-threaded tesseract process per
 * core, so the pages of a scan are read in parallel. Pages that wait in the queue are read several to a process
 * ({@link TesseractCli#readPages}), each worker taking its fair share of the queue, so the language model is not
 * loaded again for every page. A page read with low confidence gets a second pass: turned upright by Tesseract's
 * orientation detection and cleaned (deskew, median, threshold); the better reading is kept. Shared by all
 * documents, so the machine never runs more tesseract processes than it has cores.
 */
public final class PageOcr {
    /** A first reading at least this confident (mean word confidence) is kept as it is. */
    private static final double RETRY_BELOW = 80;
    /** Most pages one tesseract process reads; more saves little and lets one worker hold the last pages alone. */
    private static final int MAX_BATCH = 8;

    private record PageJob(Path image, CompletableFuture<OcrPageResult> result) {}

    private final Queue<PageJob> waiting = new ConcurrentLinkedQueue<>();
    private final int threads;

    private final TesseractCli tesseract;
    private final OcrOptions options;
    private final ImageCleaner cleaner = new ImageCleaner();
    private final LostLineFinder lostLines = new LostLineFinder();
    private final ExecutorService pool;
    private final OcrNoiseRepairer noise;
    /** Whether tesseract with the language's data is installed: asked once, on first need. */
    private enum Availability {
        UNKNOWN,
        INSTALLED,
        MISSING
    }

    private volatile Availability availability = Availability.UNKNOWN;

    public PageOcr(OcrOptions options) {
        this(options, new OcrNoiseRepairer(ModelData.packaged()));
    }

    public PageOcr(OcrOptions options, OcrNoiseRepairer noise) {
        this.noise = noise;
        this.options = options;
        this.tesseract = new TesseractCli(options);
        this.threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "planlens-ocr");
            t.setDaemon(true);
            return t;
        });
    }

    public boolean available() {
        Availability a = availability;
        if (a == Availability.UNKNOWN) {
            a = tesseract.available() ? Availability.INSTALLED : Availability.MISSING;
            availability = a;
        }
        return a == Availability.INSTALLED;
    }

    public OcrOptions options() {
        return options;
    }

    /**
     * Queues one page image; the file must stay until the future is done. Cancelling the future (the document's
     * time is up) drops the page from the queue, or kills the tesseract run reading it: other documents' pages of
     * that run are queued again.
     */
    public Future<OcrPageResult> submit(Path image) {
        PageJob job = new PageJob(image, new CompletableFuture<>());
        waiting.add(job);
        // one task a page, so every page is taken; a task that finds the queue empty ends at once
        pool.execute(this::readWaiting);
        return job.result();
    }

    /** The pool thread reading a batch, interrupted when one of its pages is cancelled while it runs. */
    private static final class Run {
        private final Thread thread = Thread.currentThread();
        private boolean running = true;

        synchronized void cancel() {
            if (running) {
                thread.interrupt();
            }
        }

        /** Ends the run; an interrupt meant for it is cleared so the thread's next batch starts clean. */
        synchronized void finish() {
            running = false;
            Thread.interrupted();
        }
    }

    /** Reads this worker's share of the waiting pages in one tesseract run, then finishes each page on its own. */
    private void readWaiting() {
        int share = Math.max(1, Math.min(MAX_BATCH, (waiting.size() + threads - 1) / threads));
        List<PageJob> batch = new ArrayList<>();
        for (PageJob job; batch.size() < share && (job = waiting.poll()) != null; ) {
            if (!job.result().isDone()) {
                batch.add(job);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        Run run = new Run();
        for (PageJob job : batch) {
            job.result().whenComplete((r, e) -> {
                if (e instanceof CancellationException) {
                    run.cancel();
                }
            });
        }
        try {
            readBatch(batch);
        } catch (InterruptedException e) {
            // a page of the batch was cancelled: the others are read again in another run
            for (PageJob job : batch) {
                if (!job.result().isDone()) {
                    requeue(job);
                }
            }
        } finally {
            run.finish();
        }
    }

    private void requeue(PageJob job) {
        waiting.add(job);
        try {
            pool.execute(this::readWaiting);
        } catch (RejectedExecutionException e) {
            job.result().completeExceptionally(e);
        }
    }

    private void readBatch(List<PageJob> batch) throws InterruptedException {
        List<TesseractCli.Reading> readings = null;
        try {
            readings = tesseract.readPages(batch.stream().map(PageJob::image).toList(), Segmentation.PAGE);
        } catch (IOException e) {
            if (batch.size() == 1) {
                batch.get(0).result().completeExceptionally(e);
                return;
            }
            // one bad page fails the whole run: each page is read again alone below, so only it fails
        }
        for (int i = 0; i < batch.size(); i++) {
            PageJob job = batch.get(i);
            if (job.result().isDone()) {
                continue;
            }
            try {
                TesseractCli.Reading first =
                        readings != null ? readings.get(i) : tesseract.readLines(job.image(), Segmentation.PAGE);
                job.result().complete(recognise(job.image(), first));
            } catch (IOException | RuntimeException e) {
                job.result().completeExceptionally(e);
            }
        }
    }

    /** Reads one page, with the upright-and-clean second pass when the first reading is poor, noise mended. */
    public OcrPageResult recognise(Path image) throws IOException, InterruptedException {
        return recognise(image, tesseract.readLines(image, Segmentation.PAGE));
    }

    private OcrPageResult recognise(Path image, TesseractCli.Reading reading) throws IOException, InterruptedException {
        OcrPageResult r = bestReading(image, reading);
        // word boxes stand on the image as it is: kept only when the kept reading is of that image
        boolean asItIs = r.rotation() == 0 && !r.cleaned();
        int[] size = asItIs ? imageSize(image) : new int[2];
        return new OcrPageResult(
                noise.repair(r.text()),
                r.confidence(),
                r.rotation(),
                r.cleaned(),
                asItIs ? reading.words() : List.of(),
                size[0],
                size[1],
                asItIs ? reading.choices() : List.of());
    }

    /** Width and height of an image file from its header, {0, 0} when it cannot be read. */
    private static int[] imageSize(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return new int[2];
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return new int[2];
        }
    }

    private OcrPageResult bestReading(Path image, TesseractCli.Reading reading)
            throws IOException, InterruptedException {
        OcrPageResult first = withLostLines(image, reading);
        if (first.confidence() >= RETRY_BELOW || !cleaner.available()) {
            return first;
        }
        int rotation = tesseract.orientation(image);
        Path cleaned = cleaner.clean(image, rotation, true, options.workDir());
        try {
            OcrPageResult second = tesseract.read(cleaned);
            OcrPageResult kept = new OcrPageResult(second.text(), second.confidence(), rotation, true);
            return kept.confidence() > first.confidence() ? kept : first;
        } finally {
            Files.deleteIfExists(cleaned);
        }
    }

    /**
     * The reading with the lines Tesseract's layout dropped (a lone row number, a lone numeral) read on their own
     * and put back where they stand on the page. Costs a second, small tesseract run only on a page that has them.
     */
    private OcrPageResult withLostLines(Path image, TesseractCli.Reading reading)
            throws IOException, InterruptedException {
        OcrPageResult r = reading.result();
        List<String> textLines = new ArrayList<>(List.of(r.text().split("\n", -1)));
        long nonBlank = textLines.stream().filter(l -> !l.isBlank()).count();
        if (nonBlank != reading.lines().size() || reading.lines().size() < 3) {
            return r;
        }
        BufferedImage page = readImage(image);
        if (page == null) {
            return r;
        }
        boolean mended = mendRomanNumerals(page, textLines, reading);
        List<OcrBox> pieces = lostLines.find(page, reading.lines(), reading.words());
        List<OcrBox> read = pieces.isEmpty() ? List.of() : readPieces(page, pieces, reading.lines());
        if (read.isEmpty() && !mended) {
            return r;
        }
        return new OcrPageResult(
                LostLineFinder.insert(textLines, reading.lines(), reading.words(), read),
                r.confidence(),
                r.rotation(),
                r.cleaned());
    }

    /**
     * A Roman numeral read with fewer letters than it has separate tall strokes on the page gets the I's it lost
     * ({@code VII} printed {@code VIII}): blur merges two close I's in Tesseract's reading, not on the page.
     * Mends {@code textLines} in place; true when one was mended.
     */
    private boolean mendRomanNumerals(BufferedImage page, List<String> textLines, TesseractCli.Reading reading) {
        boolean mended = false;
        for (OcrBox w : reading.words()) {
            Matcher m = RomanNumerals.WORD.matcher(w.text());
            if (!m.matches()) {
                continue;
            }
            String numeral = m.group(1);
            int strokes = lostLines.tallPieces(page, w, (int) Math.ceil(w.height() * 0.7));
            if (strokes <= numeral.length() || strokes > numeral.length() + 1) {
                continue;
            }
            int line = lineOf(w, reading.lines());
            int textLine = line < 0 ? -1 : nthNonBlank(textLines, line);
            if (textLine < 0) {
                continue;
            }
            String fixed = RomanNumerals.withOneMoreI(numeral);
            String replaced =
                    textLines.get(textLine).replaceFirst("(?<![\\p{L}\\p{N}])" + numeral + "(?![\\p{L}\\p{N}])", fixed);
            if (fixed != null && !replaced.equals(textLines.get(textLine))) {
                textLines.set(textLine, replaced);
                mended = true;
            }
        }
        return mended;
    }

    private static int lineOf(OcrBox w, List<OcrBox> lines) {
        for (int i = 0; i < lines.size(); i++) {
            OcrBox l = lines.get(i);
            if (w.centerY() >= l.top() && w.centerY() <= l.bottom() && w.left() >= l.left() && w.right() <= l.right()) {
                return i;
            }
        }
        return -1;
    }

    private static int nthNonBlank(List<String> textLines, int n) {
        int seen = 0;
        for (int i = 0; i < textLines.size(); i++) {
            if (!textLines.get(i).isBlank() && seen++ == n) {
                return i;
            }
        }
        return -1;
    }

    /** The pieces stacked on one strip, read in one run; those read as a clean word or number, with their text. */
    private List<OcrBox> readPieces(BufferedImage page, List<OcrBox> pieces, List<OcrBox> lines)
            throws IOException, InterruptedException {
        int lineHeight = lines.stream().mapToInt(OcrBox::height).sorted().toArray()[lines.size() / 2];
        int pad = lineHeight;
        int width = pieces.stream().mapToInt(OcrBox::width).max().orElse(0) + 2 * pad;
        int height = pieces.stream().mapToInt(p -> p.height() + 2 * pad).sum();
        BufferedImage strip = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = strip.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int[] slotTop = new int[pieces.size()];
        int y = 0;
        for (int i = 0; i < pieces.size(); i++) {
            OcrBox p = pieces.get(i);
            slotTop[i] = y;
            int x0 = Math.max(0, p.left() - pad / 4);
            int y0 = Math.max(0, p.top() - pad / 4);
            int x1 = Math.min(page.getWidth(), p.right() + pad / 4);
            int y1 = Math.min(page.getHeight(), p.bottom() + pad / 4);
            g.drawImage(
                    page.getSubimage(x0, y0, x1 - x0, y1 - y0), pad - (p.left() - x0), y + pad - (p.top() - y0), null);
            y += p.height() + 2 * pad;
        }
        g.dispose();
        Path stripFile = pageImage(strip);
        try {
            TesseractCli.Reading reading = tesseract.readLines(stripFile, Segmentation.BLOCK);
            List<OcrBox> out = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                int from = slotTop[i];
                int to = i + 1 < pieces.size() ? slotTop[i + 1] : height;
                List<OcrBox> words = reading.words().stream()
                        .filter(w -> w.centerY() >= from && w.centerY() < to)
                        .toList();
                String text = LostLineFinder.cleanWord(words);
                if (text != null) {
                    OcrBox p = pieces.get(i);
                    out.add(new OcrBox(
                            p.left(),
                            p.top(),
                            p.width(),
                            p.height(),
                            text,
                            words.get(0).confidence()));
                }
            }
            return out;
        } finally {
            Files.deleteIfExists(stripFile);
        }
    }

    /** A page image as written for tesseract ({@link GreyTiff}) or as given (PNG, JPEG, TIFF); null when unreadable. */
    static BufferedImage readImage(Path image) throws IOException {
        BufferedImage own = GreyTiff.read(image);
        return own != null ? own : ImageIO.read(image.toFile());
    }

    /**
     * Page {@code pageIndex} (0-based) rendered in grey at the configured dpi, as a page image file (caller deletes
     * it).
     */
    public Path renderPage(PDDocument pdf, int pageIndex) throws IOException {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(pageIndex, options.dpi(), ImageType.GRAY);
        return pageImage(image);
    }

    /** A page image for tesseract in the OCR work folder (caller deletes it). */
    public Path pageImage(BufferedImage image) throws IOException {
        return writePageImage(image, options.workDir());
    }

    /** Writes a page image for tesseract as 8-bit grey ({@link GreyTiff}) in {@code dir}; OCR reads grey anyway. */
    public static Path writePageImage(BufferedImage image, Path dir) throws IOException {
        int w = image.getWidth();
        boolean grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        int[] rgb = grey ? null : new int[w];
        return GreyTiff.write(dir, w, image.getHeight(), (y, row) -> {
            if (grey) {
                image.getRaster().getDataElements(0, y, w, 1, row);
            } else {
                // plain luma, no colour management: Java's sRGB-to-linear-grey conversion darkens the page
                // and turns speckle into punctuation
                image.getRGB(0, y, w, 1, rgb, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = rgb[x];
                    row[x] = (byte) ((((p >> 16) & 0xff) * 299 + ((p >> 8) & 0xff) * 587 + (p & 0xff) * 114) / 1000);
                }
            }
        });
    }
}
