package io.precis.extract;

/**
 * A file that can never be processed, whatever the retries: empty, binary, too large, undecodable.
 * The message is the reason stored on the REJECTED record, so it is written for a person.
 */
public final class UnprocessableException extends Exception {
    public UnprocessableException(String reason) {
        super(reason);
    }
}
