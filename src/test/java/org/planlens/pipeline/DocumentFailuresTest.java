package org.planlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;
import org.planlens.model.UnreadableDocumentException;

/**
 * Only unreadable documents are skipped: a bad file is reported and the batch goes on, a bug in planlens fails the
 * run with the file named (issue 19).
 */
class DocumentFailuresTest {
    private static final String FILE = "inbox/plan.pdf";

    @Test
    void anUnreadableDocument_isSkippedAsItIs() {
        UnreadableDocumentException u = new UnreadableDocumentException(FILE, "password-protected PDF");
        assertSame(u, DocumentFailures.whileReading(FILE, u));
    }

    @Test
    void ioAndParseExceptions_areUnreadableDocuments() {
        for (Exception e : new Exception[] {new IOException("truncated"), new TikaException("bad zip")}) {
            UnreadableDocumentException u = DocumentFailures.whileReading(FILE, e);
            assertEquals(FILE, u.location());
            assertSame(e, u.getCause());
        }
    }

    @Test
    void aRuntimeExceptionThrownInsideALibrary_isTheFilesFault() {
        // PDFBox reaching past the end of a short array, as it does on a broken file
        RuntimeException fromPdfBox = assertThrows(RuntimeException.class, () -> new COSArray().getObject(3));
        assertTrue(fromPdfBox instanceof IndexOutOfBoundsException, String.valueOf(fromPdfBox));
        assertEquals(FILE, DocumentFailures.whileReading(FILE, fromPdfBox).location());
    }

    @Test
    void aRuntimeExceptionThrownByPlanlens_failsTheRunNamingTheFile() {
        RuntimeException bug = assertThrows(NullPointerException.class, () -> planlensCode(null));
        PipelineFailureException e =
                assertThrows(PipelineFailureException.class, () -> DocumentFailures.whileReading(FILE, bug));
        assertEquals(FILE, e.location());
        assertTrue(e.getMessage().contains(FILE), e.getMessage());
        assertSame(bug, e.getCause());
    }

    @Test
    void anError_failsTheRun() {
        assertThrows(
                PipelineFailureException.class, () -> DocumentFailures.whileReading(FILE, new StackOverflowError()));
    }

    private static int planlensCode(String s) {
        return s.length();
    }
}
