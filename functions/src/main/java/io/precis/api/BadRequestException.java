package io.precis.api;

/** A request the API refuses with 400; the message tells the caller what to fix. */
final class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}
