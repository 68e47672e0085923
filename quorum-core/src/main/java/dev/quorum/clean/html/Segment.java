package dev.quorum.clean.html;

import dev.quorum.clean.Block.Kind;
import org.jsoup.nodes.Element;

/**
 * One run of visible text owned by its innermost block-level element, with the counts the content
 * selector scores it by.
 *
 * @param text the text, whitespace collapsed
 * @param kind the structural role taken from the owning element
 * @param owner the innermost block-level element the text stands in
 * @param linkChars how many of its non-space characters are inside links
 * @param chars how many non-space characters it has
 */
record Segment(String text, Kind kind, Element owner, int linkChars, int chars) {

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
