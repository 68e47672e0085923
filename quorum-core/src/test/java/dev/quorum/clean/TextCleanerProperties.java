package dev.quorum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Metadata;
import dev.quorum.model.Removed;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the cleaner over arbitrary and article-like inputs. */
class TextCleanerProperties {

  private static final TextCleaner CLEANER = new TextCleaner();

  @Provide
  Arbitrary<List<Block>> documents() {
    Arbitrary<String> sentence = Arbitraries.of(
        "The council approved the new budget on Monday after a long debate.",
        "Members who opposed it said the plan cut too deeply into services.",
        "“We will not give up,” she said — and the crowd cheered.",
        "Prices rose 4.5% in March, the statistics office said on Tuesday.");
    Arbitrary<String> debris = Arbitraries.of(
        "Advertisement", "Read more:", "Related:", "Click to play video: 'Flood'",
        "Officials warn of 40 per cent rise in claims", "By Jane Doe", "Jane Doe, Courier",
        "WASHINGTON (AP) — The talks resumed on Monday after a long pause in the capital.",
        "Photo: Jane Doe/Getty Images", "Back to top", "© 2023 Courier", "Monday, March 6, 2023",
        "A caption of the scene on the day. (AP Photo/Jane Doe)", "Share", "World news", "",
        "The council approved the new budget on Monday", "Members who opposed it said the plan");
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(80);
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, sentence), net.jqwik.api.Tuple.of(3, debris),
        net.jqwik.api.Tuple.of(2, noise));
    Arbitrary<Block> block = Arbitraries.oneOf(
        line.list().ofMaxSize(3).map(ls -> Block.paragraph(String.join("\n", ls))),
        line.map(t -> new Block(t, Block.Kind.HEADING, null)),
        line.map(t -> new Block(t, Block.Kind.OTHER, "navigation")));
    return block.list().ofMaxSize(12);
  }

  @Property
  void neverThrowsOnArbitraryText(@ForAll String text) {
    Cleaned c = CLEANER.clean(List.of(Block.paragraph(text)), Metadata.EMPTY);
    assertThat(c.text()).isNotNull();
  }

  @Property
  void spansAreInBoundsOrderedAndNonBlank(@ForAll("documents") List<Block> blocks) {
    Cleaned c = CLEANER.clean(blocks, Metadata.EMPTY.withTitle("Council approves budget"));
    int last = 0;
    for (Span p : c.paragraphs()) {
      assertThat(p.end()).isLessThanOrEqualTo(c.text().length());
      assertThat(p.start()).isGreaterThanOrEqualTo(last);
      assertThat(p.of(c.text())).isNotBlank().isEqualTo(p.of(c.text()).strip());
      last = p.end();
    }
    for (Removed r : c.removed()) {
      assertThat(r.offset()).isBetween(0, c.text().length());
    }
  }

  @Property
  void isIdempotent(@ForAll("documents") List<Block> blocks) {
    Metadata m = Metadata.EMPTY.withTitle("Council approves budget");
    Cleaned once = CLEANER.clean(blocks, m);
    List<Block> again = new ArrayList<>();
    for (Span p : once.paragraphs()) {
      again.add(Block.paragraph(p.of(once.text())));
    }
    Cleaned twice = CLEANER.clean(again, once.metadata());
    assertThat(twice.removed()).isEmpty();
    assertThat(twice.text()).isEqualTo(once.text());
  }

  @Property
  void keptAndRemovedTextAccountForAllInput(@ForAll("documents") List<Block> blocks) {
    Cleaned c = CLEANER.clean(blocks, Metadata.EMPTY);
    StringBuilder in = new StringBuilder();
    for (Block b : blocks) {
      in.append(TextNormalizer.normalize(b.text()));
    }
    StringBuilder out = new StringBuilder(c.text());
    for (Removed r : c.removed()) {
      out.append(r.text());
    }
    assertThat(sortedVisible(out)).isEqualTo(sortedVisible(in));
  }

  @Property
  void isDeterministic(@ForAll("documents") List<Block> blocks) {
    assertThat(CLEANER.clean(blocks, null)).isEqualTo(CLEANER.clean(blocks, null));
  }

  private static String sortedVisible(CharSequence s) {
    int[] cps = s.codePoints().filter(cp -> !Character.isWhitespace(cp)).sorted().toArray();
    return new String(cps, 0, cps.length);
  }
}
