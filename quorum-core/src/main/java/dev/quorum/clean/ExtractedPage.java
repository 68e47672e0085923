package dev.quorum.clean;

import dev.quorum.model.Metadata;
import java.util.List;

/**
 * What main-content extraction makes of an HTML page: its metadata and all of its text blocks in
 * reading order, the ones outside the main content marked with the reason they were left out.
 */
public record ExtractedPage(Metadata metadata, List<Block> blocks) {

  public ExtractedPage {
    metadata = metadata == null ? Metadata.EMPTY : metadata;
    blocks = List.copyOf(blocks);
  }

  /** The main content alone: kept blocks joined by blank lines. */
  public String mainText() {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (b.kept()) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(b.text().strip());
      }
    }
    return sb.toString();
  }
}
