package org.planlens.index;

/** There is no index to query: the folder is missing, is not a Lucene index, or holds no plan yet. */
public final class IndexUnavailableException extends RuntimeException {
    public IndexUnavailableException(String message) {
        super(message);
    }
}
