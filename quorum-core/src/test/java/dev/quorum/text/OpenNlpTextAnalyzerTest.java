package dev.quorum.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Sentence, token and language behaviour of {@link OpenNlpTextAnalyzer} on hand-written news text. */
class OpenNlpTextAnalyzerTest {

  private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (Sentence s : ANALYZER.analyze(text, List.of()).sentences()) {
      out.add(s.span().of(text));
    }
    return out;
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (Sentence s : ANALYZER.analyze(text, List.of()).sentences()) {
      for (Span t : s.tokens()) {
        out.add(t.of(text));
      }
    }
    return out;
  }

  @Test
  void titlesAndRanksDoNotEndSentences() {
    assertThat(
            sentences(
                "Gen. Mark Hale met Sen. Ann Lee and Gov. Tom Ross on Monday. Rep. Joe Kim"
                    + " and Lt. Col. Ivan Petrov joined them later."))
        .containsExactly(
            "Gen. Mark Hale met Sen. Ann Lee and Gov. Tom Ross on Monday.",
            "Rep. Joe Kim and Lt. Col. Ivan Petrov joined them later.");
  }

  @Test
  void commonAbbreviationsStayInside() {
    assertThat(
            sentences(
                "Mr. Smith and Mrs. Jones met Dr. Brown at St. Mary's church. They talked at"
                    + " No. 10 with Acme Inc. and Big Corp. executives."))
        .containsExactly(
            "Mr. Smith and Mrs. Jones met Dr. Brown at St. Mary's church.",
            "They talked at No. 10 with Acme Inc. and Big Corp. executives.");
  }

  @Test
  void abbreviationsAfterAHyphenOrSlashStayInside() {
    assertThat(
            sentences(
                "The ban came under then-Gov. Walter Hickel in a post-Sept. 11 review of the"
                    + " PeopleSoft/J.D. Edwards deal. It ended later."))
        .containsExactly(
            "The ban came under then-Gov. Walter Hickel in a post-Sept. 11 review of the"
                + " PeopleSoft/J.D. Edwards deal.",
            "It ended later.");
  }

  @Test
  void aStrayClosingQuoteStaysWithTheSentence() {
    assertThat(sentences("\"We will keep building,'' he vowed. \""))
        .containsExactly("\"We will keep building,'' he vowed. \"");
  }

  @Test
  void monthsBeforeADayStayInside() {
    assertThat(
            sentences(
                "The talks began on Jan. 5 and ended on Sept. 11 after a pause in Dec. 2022."
                    + " Nothing was agreed."))
        .containsExactly(
            "The talks began on Jan. 5 and ended on Sept. 11 after a pause in Dec. 2022.",
            "Nothing was agreed.");
  }

  @Test
  void timesOfDaySplitOnlyBeforeASentenceStart() {
    assertThat(
            sentences(
                "Shelling started at 5 a.m. local time and stopped at 9 p.m. The next day was"
                    + " quiet."))
        .containsExactly(
            "Shelling started at 5 a.m. local time and stopped at 9 p.m.",
            "The next day was quiet.");
  }

  @Test
  void initialsStayWithTheName() {
    assertThat(sentences("Vladimir V. Putin spoke. Fans of J.R.R. Tolkien and George W. Bush met."))
        .containsExactly("Vladimir V. Putin spoke.", "Fans of J.R.R. Tolkien and George W. Bush met.");
  }

  @Test
  void countryInitialismsSplitOnlyBeforeASentenceStart() {
    assertThat(
            sentences(
                "The U.S. and the U.N. agreed with the U.K. House of Commons. Troops stayed in"
                    + " the U.S. The next week they left."))
        .containsExactly(
            "The U.S. and the U.N. agreed with the U.K. House of Commons.",
            "Troops stayed in the U.S.",
            "The next week they left.");
  }

  @Test
  void stateAbbreviationsSplitBeforeACommonSentenceStart() {
    assertThat(
            sentences(
                "They met in Santa Rosa, Calif. Together they drove to Reno, Nev. Officials in"
                    + " Nev. Gov. Ross's office said so."))
        .containsExactly(
            "They met in Santa Rosa, Calif.",
            "Together they drove to Reno, Nev.",
            "Officials in Nev. Gov. Ross's office said so.");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(
            sentences(
                "\"We will hold the line.\" The commander left. “They retreated.” Others"
                    + " disagreed. ‘Will they return?’ she asked. ‘Never!’ He was sure."))
        .containsExactly(
            "\"We will hold the line.\"",
            "The commander left.",
            "“They retreated.”",
            "Others disagreed.",
            "‘Will they return?’ she asked.",
            "‘Never!’",
            "He was sure.");
  }

  @Test
  void closingParenthesisEndsTheSentence() {
    assertThat(sentences("The bridge fell. (The army denied this.) Repairs began (slowly). Then rain came."))
        .containsExactly(
            "The bridge fell.", "(The army denied this.)", "Repairs began (slowly).", "Then rain came.");
  }

  @Test
  void datelinesStayWithTheFirstSentence() {
    assertThat(
            sentences(
                "WASHINGTON, D.C. — The Senate voted on Tuesday. MOSCOW, Sept. 5 (Reuters) -"
                    + " Officials said talks would resume. ST. LOUIS — Prices rose."))
        .containsExactly(
            "WASHINGTON, D.C. — The Senate voted on Tuesday.",
            "MOSCOW, Sept. 5 (Reuters) - Officials said talks would resume.",
            "ST. LOUIS — Prices rose.");
  }

  @Test
  void ellipsesSplitOnlyBeforeACapital() {
    assertThat(sentences("He waited... and waited. Then the call came… Nobody spoke."))
        .containsExactly("He waited... and waited.", "Then the call came…", "Nobody spoke.");
  }

  @Test
  void headlineParagraphIsOneSentenceAndNothingCrossesParagraphs() {
    String text = "Talks stall as winter nears\n\nNegotiators met again on Monday. No deal was reached";
    assertThat(sentences(text))
        .containsExactly(
            "Talks stall as winter nears", "Negotiators met again on Monday.", "No deal was reached");
  }

  @Test
  void givenParagraphsBoundSentencesAndSpansAreTrimmed() {
    String text = "  First part of a sentence   \n  continues here. Next one.  ";
    List<Span> paragraphs = List.of(new Span(0, 30), new Span(30, text.length()));
    List<Sentence> got = ANALYZER.analyze(text, paragraphs).sentences();
    assertThat(got).extracting(s -> s.span().of(text))
        .containsExactly("First part of a sentence", "continues here.", "Next one.");
    for (Sentence s : got) {
      String covered = s.span().of(text);
      assertThat(covered).isEqualTo(covered.strip());
      assertThat(paragraphs).anyMatch(p -> p.contains(s.span()));
    }
  }

  @Test
  void typographicQuotesAreSeparateTokens() {
    assertThat(tokens("“We’ll see,” he said. «Non» and ‘maybe’ followed."))
        .containsExactly(
            "“", "We", "’ll", "see", ",", "”", "he", "said", ".", "«", "Non", "»", "and", "‘",
            "maybe", "’", "followed", ".");
  }

  @Test
  void possessivesAndCliticsSplitAsInPennTreebank() {
    assertThat(tokens("Russia's army didn't stop; the soldiers' families can't wait."))
        .containsExactly(
            "Russia", "'s", "army", "did", "n't", "stop", ";", "the", "soldiers", "'", "families",
            "ca", "n't", "wait", ".");
  }

  @Test
  void abbreviationsAndNumbersStayWhole() {
    assertThat(tokens("The U.S. paid $400 for 1,600 shells, 20% more than Mr. Lee's 3.5 million."))
        .containsExactly(
            "The", "U.S.", "paid", "$", "400", "for", "1,600", "shells", ",", "20", "%", "more",
            "than", "Mr.", "Lee", "'s", "3.5", "million", ".");
  }

  @Test
  void joinedAbbreviationsTimesAndDecimalsStayWhole() {
    assertThat(tokens("U.S.-led talks under then-Gov. Ross began at 10:30 with a .515 average."))
        .containsExactly(
            "U.S.-led", "talks", "under", "then-Gov.", "Ross", "began", "at", "10:30", "with", "a",
            ".515", "average", ".");
  }

  @Test
  void wireCopyQuotesAreTokensAndSplitAfterAbbreviations() {
    String text = "She lives in Salem, Mass. ``After the floods, we stayed,'' she said.";
    assertThat(sentences(text))
        .containsExactly("She lives in Salem, Mass.", "``After the floods, we stayed,'' she said.");
    assertThat(tokens(text))
        .containsSequence("``", "After")
        .containsSequence("stayed", ",", "''", "she");
  }

  @Test
  void dashesAndParenthesesAreSeparate() {
    assertThat(tokens("Kyiv—the capital—was calm (mostly) on well-known streets -- said one."))
        .containsExactly(
            "Kyiv", "—", "the", "capital", "—", "was", "calm", "(", "mostly", ")", "on",
            "well-known", "streets", "--", "said", "one", ".");
  }

  @Test
  void tokensCoverAllNonSpaceCharactersInOrder() {
    String text = "A “strange” text—with odd,punctuation (and 5%)… isn't it? U.S.-led talks: yes!";
    StringBuilder joined = new StringBuilder();
    int last = 0;
    for (Sentence s : ANALYZER.analyze(text, List.of()).sentences()) {
      for (Span t : s.tokens()) {
        assertThat(t.start()).isGreaterThanOrEqualTo(last);
        assertThat(t.isEmpty()).isFalse();
        joined.append(t.of(text));
        last = t.end();
      }
    }
    assertThat(joined.toString()).isEqualTo(text.replaceAll("\\s+", ""));
  }

  @Test
  void tellsLanguages() {
    assertThat(
            ANALYZER.analyze(
                    "The government said on Monday that it would send more troops to the region"
                        + " after the attack, which was the largest in a year.",
                    List.of())
                .language())
        .isEqualTo("eng");
    assertThat(
            ANALYZER.analyze(
                    "Le gouvernement a annoncé lundi qu'il enverrait davantage de soldats dans la"
                        + " région après l'attaque, la plus importante depuis un an.",
                    List.of())
                .language())
        .isEqualTo("fra");
    assertThat(
            ANALYZER.analyze(
                    "Die Regierung kündigte am Montag an, nach dem Angriff, dem größten seit einem"
                        + " Jahr, weitere Soldaten in die Region zu schicken.",
                    List.of())
                .language())
        .isEqualTo("deu");
  }

  @Test
  void tooShortOrEmptyTextIsUndetermined() {
    assertThat(ANALYZER.analyze("", List.of()).language()).isEqualTo("und");
    assertThat(ANALYZER.analyze("Ok.", List.of()).language()).isEqualTo("und");
    assertThat(ANALYZER.analyze("12 345 678 -- 90 !!", List.of()).language()).isEqualTo("und");
  }

  @Test
  void nonEnglishTextIsSplitByRules() {
    String hindi =
        "सरकार ने सोमवार को कहा कि वह क्षेत्र में और सैनिक भेजेगी। हमले के बाद शहर में शांति है।"
            + " लोग घरों में हैं।";
    Analysis a = ANALYZER.analyze(hindi, List.of());
    assertThat(a.language()).isEqualTo("hin");
    assertThat(a.sentences()).hasSize(3);
    assertThat(a.sentences().get(0).span().of(hindi)).endsWith("भेजेगी।");
    assertThat(a.sentences().get(0).tokens()).extracting(t -> t.of(hindi)).contains("सैनिक", "।");

    String chinese = "政府周一表示将向该地区增派部队。袭击发生后城市恢复平静。人们待在家里。";
    assertThat(ANALYZER.analyze(chinese, List.of()).sentences()).hasSize(3);

    String arabic = "هل ستعود القوات؟ قال المسؤولون إن المحادثات ستستأنف يوم الاثنين في العاصمة.";
    assertThat(ANALYZER.analyze(arabic, List.of()).sentences()).hasSize(2);
  }

  @Test
  void badInputNeverThrows() {
    assertThat(ANALYZER.analyze(null, null).sentences()).isEmpty();
    String text = "One sentence here. Another one there.";
    List<Span> odd = new ArrayList<>();
    odd.add(new Span(10, 500));
    odd.add(null);
    odd.add(new Span(0, 12));
    odd.add(new Span(900, 1000));
    Analysis a = ANALYZER.analyze(text, odd);
    int last = 0;
    for (Sentence s : a.sentences()) {
      s.span().checkWithin(text.length());
      assertThat(s.span().start()).isGreaterThanOrEqualTo(last);
      last = s.span().end();
    }
    assertThat(a.sentences()).isNotEmpty();
  }

  @Test
  void sentencesOnlyOptionSkipsTokens() {
    var fast = new OpenNlpTextAnalyzer(OpenNlpTextAnalyzer.Options.DEFAULT.withTokens(false));
    String text = "Troops advanced on Monday. Officials said so.";
    Analysis a = fast.analyze(text, List.of());
    assertThat(a.sentences()).hasSize(2).allMatch(s -> s.tokens().isEmpty());
    assertThat(a.sentences()).extracting(Sentence::span)
        .isEqualTo(ANALYZER.analyze(text, List.of()).sentences().stream().map(Sentence::span).toList());
  }

  @Test
  void resultsAreDeterministicAndThreadSafe() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      b.append("Gen. Hale said the U.S. sent 1,600 troops on Sept. ").append(i + 1)
          .append(". “It’s done,” he said. Paragraph ").append(i).append(" ends here.\n\n");
    }
    String text = b.toString();
    Analysis expected = new OpenNlpTextAnalyzer().analyze(text, List.of());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Analysis>> futures = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        futures.add(pool.submit(() -> ANALYZER.analyze(text, List.of())));
      }
      for (Future<Analysis> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.sentences()).hasSize(120);
  }
}
