package de.stadtlage.persistence;

import org.jooq.Configuration;
import org.jooq.TransactionalCallable;

/**
 * One run of a transaction's work. It remembers whether the work got to its end (so a failure came at or after
 * the commit), what it returned and which audit entry it appended last ({@link CommitMarker}).
 */
final class TransactionAttempt<T> implements TransactionalCallable<T> {

    private final TransactionalCallable<T> work;
    private boolean finished;
    private T result;
    private String marker;

    TransactionAttempt(TransactionalCallable<T> work) {
        this.work = work;
    }

    @Override
    public T run(Configuration configuration) throws Throwable {
        String earlier = CommitMarker.clear();
        try {
            T value = work.run(configuration);
            marker = CommitMarker.current();
            result = value;
            finished = true;
            return value;
        } finally {
            // A nested transaction's entry is also the enclosing one's latest; otherwise the enclosing marker stays.
            if (CommitMarker.current() == null) {
                CommitMarker.restore(earlier);
            }
        }
    }

    /** The work ran to its end: a failure afterwards happened while committing. */
    boolean finished() {
        return finished;
    }

    T result() {
        return result;
    }

    /** The hash of the last audit entry the work appended, {@code null} when it appended none. */
    String marker() {
        return marker;
    }
}
