package dev.quorum.copies;

import java.util.List;

/** Every copy relation found in a corpus and the independent origins they form. */
public record CopyReport(List<CopyRelation> copies, List<Origin> origins) {

  public CopyReport {
    copies = List.copyOf(copies);
    origins = List.copyOf(origins);
  }
}
