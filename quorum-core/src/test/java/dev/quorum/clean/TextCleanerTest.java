package dev.quorum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Metadata;
import dev.quorum.model.Removed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

  private static final String S1 =
      "The council approved the new budget on Monday after a debate that lasted most of the night.";
  private static final String S2 =
      "Members who opposed it said the plan cut too deeply into services for older residents.";
  private static final String S3 =
      "The mayor said the budget was balanced and that no service would close this year.";

  private final TextCleaner cleaner = new TextCleaner();

  private static List<Block> blocks(String... texts) {
    List<Block> out = new ArrayList<>();
    for (String t : texts) {
      out.add(Block.paragraph(t));
    }
    return out;
  }

  private Cleaned clean(String... texts) {
    return cleaner.clean(blocks(texts), Metadata.EMPTY);
  }

  private static Removed only(Cleaned c) {
    assertThat(c.removed()).hasSize(1);
    return c.removed().get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
      "The article continues after the ad", "Share this article", "Share on Facebook",
      "Follow us on Instagram", "Follow @citydesk on X", "Back to top", "Skip to main content",
      "Sign up for our weekly newsletter", "Subscribe to our daily briefing by email",
      "We use cookies to give you the best experience on our website.",
      "© 2023 Valley Media Group", "Copyright 2021 The Evening Paper. All rights reserved.",
      "This story has been shared 1,204 times.", "Related:", "READ MORE:", "Recommended",
      "You might also like", "Click to play video: 'Storm floods city streets'",
      "Photo: Jane Doe/Getty Images", "(Photo by John Roe/AFP via Getty Images)",
      "Image credit: Jane Doe", "5 min read", "Updated: March 3, 2023 10:15 am",
      "https://example.com/news/story-123", "Tags: budget, council, city", "Share this:",
      "Advertise with us", "Lire aussi :", "Lesen Sie auch", "Werbung", "Publicidad"})
  void dropsGenericBoilerplateLines(String line) {
    Cleaned c = clean(S1, line, S2);
    assertThat(only(c).text()).isEqualTo(line);
    assertThat(c.text()).isEqualTo(S1 + "\n\n" + S2);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Share prices fell sharply on Monday after the announcement, traders said.",
      "Follow the money, the investigators were told by a former official.",
      "Advertisement revenue at the paper fell by a third last year, it said.",
      "Copyright law was changed in 2019 to allow libraries to lend e-books.",
      "Updated figures released on Tuesday show 12 people died in the storm.",
      "By Tuesday, troops had pulled back from the outskirts of the city.",
      "Read the full report, the minister said, and you will see the numbers.",
      "Recommended doses were cut by half after the trial, doctors said.",
      "Photographs of the damage were shared widely on social media."})
  void keepsRealSentencesThatShareWordsWithBoilerplate(String line) {
    Cleaned c = clean(S1, line, S2);
    assertThat(c.removed()).isEmpty();
    assertThat(c.paragraphs()).hasSize(3);
  }

  @Test
  void removesHeadlineLikeTeaserAfterAMarker() {
    Cleaned c = clean(S1, "Read more:", "Officials warn of 40 per cent rise in flood damage claims",
        S2);
    assertThat(c.removed()).extracting(Removed::reason)
        .containsExactly("boilerplate: teaser marker", "teaser: follows \"Read more:\"");
    assertThat(c.text()).doesNotContain("40");
  }

  @Test
  void keepsARealSentenceAfterAMarker() {
    Cleaned c = clean(S1, "Related:", S2, S3);
    assertThat(c.removed()).extracting(Removed::text).containsExactly("Related:");
  }

  @Test
  void removesVideoTeaserTitleAfterClickToPlay() {
    Cleaned c = clean(S1, "Click to play video: 'Storm hits the coast'",
        "Residents describe the night the river broke its banks", S2);
    assertThat(c.removed()).extracting(Removed::reason).containsExactly(
        "boilerplate: video placeholder",
        "teaser: follows \"Click to play video: 'Storm hits the coa…\"");
    assertThat(c.paragraphs()).hasSize(2);
  }

  @Test
  void removesInlineTeaser() {
    Cleaned c = clean(S1, "READ MORE: Council to vote on 3 new bus routes", S2);
    assertThat(only(c).reason()).startsWith("teaser");
  }

  @Test
  void removesHeadlineBetweenAdMarkers() {
    Cleaned c = clean(S1, "Advertisement", "Five things to know about the new rail line",
        "Advertisement", S2);
    assertThat(c.removed()).extracting(Removed::reason)
        .containsExactly("boilerplate: ad marker", "teaser: between ad markers",
            "boilerplate: ad marker");
  }

  @Test
  void keepsSubheadingAfterASingleAdMarker() {
    Cleaned c = clean(S1, "Advertisement", "What happens next", S2);
    assertThat(c.removed()).extracting(Removed::text).containsExactly("Advertisement");
  }

  @Test
  void movesBylineToMetadata() {
    Cleaned c = clean("By Jane Doe and John Roe", S1, S2);
    assertThat(only(c).reason()).isEqualTo("byline");
    assertThat(c.metadata().byline()).isEqualTo("Jane Doe and John Roe");
  }

  @Test
  void movesNameAndOutletBylineInTheHeader() {
    Cleaned c = clean("Jane Doe, Valley Courier", S1, S2);
    assertThat(only(c).reason()).isEqualTo("byline");
    assertThat(c.metadata().byline()).isEqualTo("Jane Doe, Valley Courier");
  }

  @Test
  void keepsExistingBylineInMetadata() {
    Cleaned c = cleaner.clean(blocks("By Jane Doe", S1), Metadata.EMPTY.withByline("J. Doe"));
    assertThat(c.metadata().byline()).isEqualTo("J. Doe");
    assertThat(only(c).reason()).isEqualTo("byline");
  }

  @ParameterizedTest
  @ValueSource(strings = {"KYIV, Ukraine (AP) —", "WASHINGTON (Reuters) -", "LONDON —",
      "BEIJING, May 19 (Xinhua) --", "ST. LOUIS, Mo. —"})
  void cutsDatelineFromTheFirstParagraph(String dateline) {
    Cleaned c = clean(dateline + " " + S1, S2);
    Removed r = only(c);
    assertThat(r.reason()).isEqualTo("dateline");
    assertThat(r.text()).isEqualTo(dateline);
    assertThat(r.offset()).isZero();
    assertThat(c.metadata().dateline()).isEqualTo(dateline);
    assertThat(c.text()).startsWith(S1);
  }

  @Test
  void leavesCapitalisedWordsThatAreNoDatelineInLaterParagraphs() {
    Cleaned c = clean(S1, "NATO — the alliance said on Monday — will meet again next week to talk.");
    assertThat(c.removed()).isEmpty();
  }

  @Test
  void cutsTrailingPhotoCreditFromACaption() {
    Cleaned c = clean(S1, "Firefighters work at the scene of the blaze on Monday. (AP Photo/Jane Doe)");
    Removed r = only(c);
    assertThat(r.reason()).isEqualTo("photo credit");
    assertThat(r.text()).isEqualTo("(AP Photo/Jane Doe)");
    assertThat(r.offset()).isEqualTo(c.text().length());
    assertThat(c.text()).endsWith("on Monday.");
  }

  @Test
  void removesTitleRepeatedInTheHeader() {
    Metadata m = Metadata.EMPTY.withTitle("Council approves budget");
    Cleaned c = cleaner.clean(blocks("Council approves budget", S1, S2), m);
    assertThat(only(c).reason()).isEqualTo("title");
  }

  @Test
  void removesHeadlineOfAPageTitleWithASiteSuffix() {
    Metadata m = Metadata.EMPTY.withTitle("Council approves budget | Valley Courier");
    Cleaned c = cleaner.clean(blocks("Council approves budget", S1, S2), m);
    assertThat(only(c).reason()).isEqualTo("title");
    Cleaned notTitle = cleaner.clean(blocks("Council approves", S1, S2),
        Metadata.EMPTY.withTitle("Council approves budget cuts"));
    assertThat(notTitle.removed()).isEmpty();
  }

  @Test
  void removesDateLineInTheHeader() {
    Cleaned c = clean("Monday, March 6, 2023", S1, S2);
    assertThat(only(c).reason()).isEqualTo("date");
    assertThat(c.metadata().published()).isEqualTo("2023-03-06");
  }

  @Test
  void removesShortLabelsAfterTheLastParagraph() {
    Cleaned c = clean(S1, S2, "More on this topic", "World news");
    assertThat(c.removed()).extracting(Removed::reason)
        .containsOnly("boilerplate: trailing label");
    assertThat(c.removed()).hasSize(2);
  }

  @Test
  void removesStandfirstRepeatedInsideALaterParagraph() {
    String standfirst = "Members who opposed it said the plan cut too deeply.";
    Cleaned c = clean(standfirst, S1, S2);
    assertThat(only(c).reason()).startsWith("duplicate");
  }

  @Test
  void keepsParagraphsRepeatedIdentically() {
    Cleaned c = clean(S1, S2, S1);
    assertThat(c.removed()).isEmpty();
  }

  @Test
  void recordsExtractorRemovalsAtTheirPosition() {
    List<Block> in = List.of(
        Block.paragraph(S1),
        new Block("Home  News  World", Block.Kind.OTHER, "navigation"),
        Block.paragraph(S2));
    Cleaned c = cleaner.clean(in, null);
    Removed r = only(c);
    assertThat(r.reason()).isEqualTo("navigation");
    assertThat(r.text()).isEqualTo("Home News World");
    assertThat(r.offset()).isEqualTo(S1.length());
    assertThat(c.paragraphs()).hasSize(2);
  }

  @Test
  void splitsBlocksIntoLineParagraphsAndComputesSpans() {
    Cleaned c = cleaner.clean(List.of(Block.paragraph(S1 + "\n" + S2 + "\n\n\n" + S3)), null);
    assertThat(c.paragraphs()).hasSize(3);
    assertThat(c.paragraphs().get(1).of(c.text())).isEqualTo(S2);
    assertThat(c.text()).isEqualTo(S1 + "\n\n" + S2 + "\n\n" + S3);
  }

  @Test
  void usesMemoryForLinesAnOutletRepeats() {
    BoilerplateMemory memory = new BoilerplateMemory(3, 1000, 10);
    for (int i = 0; i < 3; i++) {
      memory.observe("Courier", blocks(S1 + i, "Valley weekend guide", "Thanks for reading."));
    }
    Cleaned c = new TextCleaner(memory)
        .clean(blocks(S1, "Valley weekend guide", S2), Metadata.EMPTY.withOutlet("Courier"));
    assertThat(only(c).reason()).isEqualTo("repeated");
    Cleaned other = new TextCleaner(memory)
        .clean(blocks(S1, "Valley weekend guide", S2), Metadata.EMPTY.withOutlet("Herald"));
    assertThat(other.removed()).isEmpty();
  }

  @Test
  void givesTheSameResultsWhenSharedAcrossThreads() throws Exception {
    List<List<Block>> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      docs.add(blocks("WASHINGTON (AP) — " + S1, "Read more:", "Officials warn of " + i
          + " new claims", S2 + " " + i, "Advertisement", S3));
    }
    List<Cleaned> sequential = new ArrayList<>();
    for (List<Block> d : docs) {
      sequential.add(cleaner.clean(d, Metadata.EMPTY));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Cleaned>> futures = new ArrayList<>();
      for (List<Block> d : docs) {
        futures.add(pool.submit(() -> cleaner.clean(d, Metadata.EMPTY)));
      }
      for (int i = 0; i < docs.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdown();
    }
    assertThat(sequential.get(7).removed()).hasSize(4);
  }

  @Test
  void survivesNullsAndEmptyInput() {
    assertThat(cleaner.clean(null, null).text()).isEmpty();
    List<Block> withNull = new ArrayList<>();
    withNull.add(null);
    withNull.add(Block.paragraph("   "));
    assertThat(cleaner.clean(withNull, null).paragraphs()).isEmpty();
  }
}
