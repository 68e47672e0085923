package dev.quorum.pipeline;

/** Thrown when a document holds nothing usable as an article; its message is the skip reason. */
public final class UnusableDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnusableDocumentException(String reason) {
    super(reason);
  }
}
