package dev.quorum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

  private final PlainTextParser parser = new PlainTextParser();

  private static List<String> kept(ParsedText p) {
    return p.blocks().stream().filter(Block::kept).map(Block::text).toList();
  }

  private static List<String> removals(ParsedText p) {
    return p.blocks().stream().filter(b -> !b.kept()).map(Block::removal).toList();
  }

  @Test
  void splitsOnBlankLines() {
    ParsedText p = parser.parse("The first paragraph has a sentence. It goes on and on for a while"
        + " until it stops.\n\nThe second paragraph has one more sentence that is long enough.\n");
    assertThat(kept(p)).hasSize(2);
    assertThat(p.metadata().title()).isNull();
  }

  @Test
  void everyLineIsAParagraphWhenLinesAreLongSentences() {
    String body = """
        The council approved the new budget on Monday after a debate that lasted most of the night.
        Members who opposed it said the plan cut too deeply into services for older residents.
        The mayor said the budget was balanced and that no service would close this year at all.
        A final vote on the tax rate is expected next month, when the council meets again in full.
        """;
    assertThat(kept(parser.parse(body))).hasSize(4);
  }

  @Test
  void joinsHardWrappedNewswireLinesIntoParagraphs() {
    String body = """
        \tFarmers in the northern valley said on Tuesday that the late frost
        had destroyed much of the early fruit crop, and that prices at the
        regional market would likely rise before the end of the month.
        \tThe agriculture office said it would send inspectors to the worst
        hit orchards and would decide on emergency aid within two weeks of
        their report, a spokeswoman said in a statement.
        \tGrowers have asked for low-interest loans.
        """;
    List<String> paras = kept(parser.parse(body));
    assertThat(paras).hasSize(3);
    assertThat(paras.get(0)).startsWith("Farmers in the northern valley")
        .endsWith("before the end of the month.").doesNotContain("\n");
    assertThat(paras.get(2)).isEqualTo("Growers have asked for low-interest loans.");
  }

  @Test
  void joinsWrappedLinesWithinBlankLineSeparatedParagraphs() {
    String body = """
        A storm knocked out power to thousands of homes along the coast
        overnight, the utility company said, and crews were working to
        restore it before the weekend.

        Schools in three districts were closed on Friday because roads
        were blocked by fallen trees and power lines, officials said.
        """;
    assertThat(kept(parser.parse(body))).hasSize(2);
  }

  @Test
  void takesHeadlineOutletAndBylineFromTheHeader() {
    String body = """
        City council approves new budget after long debate
        Valley Courier
        By Jane Doe and John Roe

        The council approved the new budget on Monday after a debate that lasted most of the night.

        Members who opposed it said the plan cut too deeply into services for older residents.
        """;
    ParsedText p = parser.parse(body);
    assertThat(p.metadata().title()).isEqualTo("City council approves new budget after long debate");
    assertThat(p.metadata().outlet()).isEqualTo("Valley Courier");
    assertThat(p.metadata().byline()).isEqualTo("Jane Doe and John Roe");
    assertThat(removals(p)).containsExactly("title", "outlet", "byline");
    assertThat(kept(p)).hasSize(2);
  }

  @Test
  void takesADateLineAfterTheHeadline() {
    String body = "Storm closes schools across the region\n\nFriday, March 3, 2023\n\n"
        + "Schools in three districts were closed on Friday because roads were blocked.\n";
    ParsedText p = parser.parse(body);
    assertThat(p.metadata().published()).isEqualTo("2023-03-03");
    assertThat(removals(p)).containsExactly("title", "date");
  }

  @Test
  void shortSentenceHeadlineBeforeABlankLineIsATitle() {
    String body = "Mayor visits the flooded district to show support.\n\n"
        + "In her first visit since the river rose last week, the mayor walked through the streets "
        + "of the district and spoke with residents who had lost their homes and businesses.\n\n"
        + "She promised that the city would pay for temporary housing until the end of the year, "
        + "and that repairs to the bridge would start as soon as the water level allowed.\n";
    assertThat(parser.parse(body).metadata().title())
        .isEqualTo("Mayor visits the flooded district to show support.");
  }

  @Test
  void longLedeOnTheFirstLineStaysText() {
    String body = "The council approved the new budget on Monday after a debate that lasted most of"
        + " the night and ended with a narrow vote of five to four.\n"
        + "Members who opposed it said the plan cut too deeply into services.\n";
    ParsedText p = parser.parse(body);
    assertThat(p.metadata().title()).isNull();
    assertThat(kept(p)).hasSize(2);
  }

  @Test
  void sentenceFirstLineFollowedDirectlyByTextIsNoTitle() {
    String body = "The council approved the new budget on Monday.\n"
        + "Members who opposed it said the plan cut too deeply into services for residents.\n";
    assertThat(parser.parse(body).metadata().title()).isNull();
  }

  @Test
  void datelineLedeIsNeverAHeadline() {
    String body = "BERLIN (AP) — The talks ended.\n\nMore text follows here in a long paragraph "
        + "that goes on for a while with many words in it to be long.\n";
    assertThat(parser.parse(body).metadata().title()).isNull();
  }

  @Test
  void bylineOnTheFirstLineIsNoHeadline() {
    String body = "BYLINE: Jane Doe.\n\nThe council approved the new budget on Monday after a "
        + "debate that lasted most of the night.\n";
    ParsedText p = parser.parse(body);
    assertThat(p.metadata().title()).isNull();
    assertThat(p.metadata().byline()).isEqualTo("Jane Doe");
    assertThat(removals(p)).containsExactly("byline");
  }

  @Test
  void sectionHeadingAfterTheHeadlineIsNoOutlet() {
    String body = "Evolution of the draft\n\n1947-65: Territorial Picks\nIn the early years, "
        + "teams could forfeit a pick and instead select a local player with a following.\n";
    ParsedText p = parser.parse(body);
    assertThat(p.metadata().outlet()).isNull();
    assertThat(kept(p)).first().isEqualTo("1947-65: Territorial Picks");
  }

  @Test
  void emptyInputGivesNothing() {
    assertThat(parser.parse("").blocks()).isEmpty();
    assertThat(parser.parse(null).blocks()).isEmpty();
    assertThat(parser.parse("\n\n  \n").blocks()).isEmpty();
  }

  @Property
  void neverThrowsAndLosesNoText(@ForAll String body) {
    ParsedText p = parser.parse(body);
    String in = TextNormalizer.normalize(body).replaceAll("\\s+", "");
    String out = String.join("", p.blocks().stream().map(Block::text).toList())
        .replaceAll("\\s+", "");
    assertThat(out).isEqualTo(in);
  }
}
