package io.precis.article;

/** The formats Precis reads; detected from content, the file name only breaks ties. */
public enum Format {
    TEXT("text/plain"),
    MARKDOWN("text/markdown"),
    HTML("text/html");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
