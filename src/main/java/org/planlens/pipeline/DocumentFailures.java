package org.planlens.pipeline;

import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.planlens.model.UnreadableDocumentException;
import org.xml.sax.SAXException;

/**
 * Tells a document planlens cannot read (skipped, and reported with its file and reason) from a failure of planlens
 * itself (the run fails, naming the file). A document is unreadable when reading it threw
 * {@link UnreadableDocumentException}, an I/O or parse exception ({@link IOException}, Tika's, SAX's), or a runtime
 * exception thrown inside a document library's own code (PDFBox, POI, Tika, an image reader) on bytes it could not
 * parse. A runtime exception or error thrown by planlens's code is a bug, not a bad file.
 */
final class DocumentFailures {
    private DocumentFailures() {}

    /**
     * {@code failure}, thrown while reading the document at {@code location}, as an unreadable document; throws
     * {@link PipelineFailureException} when it is a bug.
     */
    static UnreadableDocumentException whileReading(String location, Throwable failure) {
        if (failure instanceof UnreadableDocumentException u) {
            return u;
        }
        if (failure instanceof StackOverflowError && thrownByALibrary(failure)) {
            // a parser recursing into a document nested without end (50,000 quote levels of Markdown)
            return new UnreadableDocumentException(
                    location,
                    "cannot read: its structure is nested too deeply for the parser (stack overflow)",
                    failure);
        }
        if (failure instanceof IOException
                || failure instanceof TikaException
                || failure instanceof SAXException
                || failure instanceof RuntimeException && thrownByALibrary(failure)) {
            return new UnreadableDocumentException(location, "cannot read (" + failure + ")", failure);
        }
        throw new PipelineFailureException(location, "reading", failure);
    }

    /**
     * Whether the first frame of the stack outside the JDK's own packages is a library's, not planlens's: PDFBox
     * throwing on a broken cross-reference table, even from inside a JDK collection it called, is the file's fault.
     */
    static boolean thrownByALibrary(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith("org.planlens.")) {
                return false;
            }
            if (!isJdkCore(c)) {
                return true;
            }
        }
        return false;
    }

    /** The JDK's language and collection code, where planlens's own mistakes surface too; its image readers are not. */
    private static boolean isJdkCore(String className) {
        if (className.startsWith("javax.imageio.") || className.startsWith("com.sun.imageio.")) {
            return false;
        }
        return className.startsWith("java.")
                || className.startsWith("javax.")
                || className.startsWith("jdk.")
                || className.startsWith("sun.")
                || className.startsWith("com.sun.");
    }
}
