package dev.quorum.model;

import java.util.Objects;

/** An input, or a record inside one, that could not be processed, with the reason why. */
public record Skip(Source source, String reason) {

  public Skip {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "skipped " + source + ": " + reason;
  }
}
