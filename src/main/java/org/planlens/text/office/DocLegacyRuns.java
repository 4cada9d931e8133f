package org.planlens.text.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.planlens.text.office.LegacyFonts.LegacyFont;

/**
 * Rewrites the runs of a Word 97-2003 document that are set in TCVN3/VNI fonts to Unicode, so Tika reads it right
 * even where Unicode and legacy runs mix. Runs are rewritten last to first, and only the letters between Word's
 * control marks (paragraph, cell and field marks), so the offsets of what is still to do and the document's
 * structure stay as they were.
 */
public final class DocLegacyRuns {
    private static final char WORD_OPTIONAL_HYPHEN = '\u001F';
    private static final char SOFT_HYPHEN = '\u00AD';

    private final LegacyFonts fonts;

    public DocLegacyRuns(LegacyFonts fonts) {
        this.fonts = fonts;
    }

    /** A converted copy when a run is set in a legacy font; empty (nothing written) otherwise. */
    public Optional<RunConversion> rewrite(Path doc) throws IOException {
        try (InputStream in = Files.newInputStream(doc)) {
            HWPFDocument word = new HWPFDocument(in);
            Range range = word.getRange();
            ConvertedChars tally = new ConvertedChars();
            for (int i = range.numCharacterRuns() - 1; i >= 0; i--) {
                CharacterRun run = range.getCharacterRun(i);
                Optional<LegacyFont> font = fonts.of(run.getFontName());
                if (font.isPresent() && convert(run, font.get())) {
                    tally.add(font.get().encoding(), run.text().length(), 1);
                }
            }
            return tally.result(".doc", word::write);
        }
    }

    private boolean convert(CharacterRun run, LegacyFont font) {
        // Word keeps a typed 0xAD (TCVN3's ư, a soft hyphen in Windows-1252) as its optional-hyphen mark 0x1F
        String text = run.text().replace(WORD_OPTIONAL_HYPHEN, SOFT_HYPHEN);
        boolean changed = false;
        int end = text.length();
        while (end > 0) {
            int start = end;
            while (start > 0 && !isControl(text.charAt(start - 1))) {
                start--;
            }
            if (start < end) {
                String piece = text.substring(start, end);
                String decoded = fonts.decode(piece, font);
                if (!decoded.equals(run.text().substring(start, end))) {
                    run.replaceText(run.text().substring(start, end), decoded, start);
                    changed = true;
                }
            }
            end = start - 1;
        }
        return changed;
    }

    private static boolean isControl(char c) {
        return c < 0x20;
    }
}
