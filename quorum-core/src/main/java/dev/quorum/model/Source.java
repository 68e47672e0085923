package dev.quorum.model;

import java.util.Objects;

/**
 * Where a document came from: the input path ({@code -} for standard input) and, for inputs that
 * hold many records, the position of the record inside it ({@code line 17}, {@code record 3 at byte
 * 1234}, {@code doc 5}); {@code record} is empty for one-document files.
 */
public record Source(String path, String record) {

  public Source {
    Objects.requireNonNull(path, "path");
    record = record == null ? "" : record;
  }

  public static Source file(String path) {
    return new Source(path, "");
  }

  @Override
  public String toString() {
    return record.isEmpty() ? path : path + " (" + record + ")";
  }
}
