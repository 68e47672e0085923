package dev.quorum.clean;

import dev.quorum.model.Metadata;
import java.util.List;

/**
 * What the plain-text parser makes of an article body: its blocks in reading order (header lines
 * moved to metadata are kept as removed blocks) and the metadata found in the header.
 */
public record ParsedText(List<Block> blocks, Metadata metadata) {

  public ParsedText {
    blocks = List.copyOf(blocks);
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }
}
