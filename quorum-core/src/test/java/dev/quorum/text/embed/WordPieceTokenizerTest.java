package dev.quorum.text.embed;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordPieceTokenizerTest {

  private static WordPieceTokenizer tokenizer;
  private static HuggingFaceTokenizer reference;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = WordPieceTokenizerTest.class.getResourceAsStream(
        SentenceEmbedder.Model.FLOAT.tokenizerResource)) {
      tokenizer = WordPieceTokenizer.fromTokenizerJson(in, 128);
    }
    try (InputStream in = WordPieceTokenizerTest.class.getResourceAsStream(
        SentenceEmbedder.Model.FLOAT.tokenizerResource)) {
      reference = HuggingFaceTokenizer.newInstance(
          in, Map.of("padding", "false", "truncation", "true", "maxLength", "128"));
    }
  }

  @AfterAll
  static void close() {
    reference.close();
  }

  @Test
  void handCheckedIdsFromTheVocabulary() {
    // [CLS]=101, [SEP]=102, "the"=1996, "."=1012 in the bert-base-uncased vocabulary
    int[] ids = tokenizer.encode("The.");
    assertThat(ids).containsExactly(101, 1996, 1012, 102);
  }

  @Test
  void unknownScriptBecomesUnk() {
    assertThat(tokenizer.encode("\uD83D\uDE00")).containsExactly(101, 100, 102);
  }

  @Test
  void emptyAndNullGiveOnlyTheMarkers() {
    assertThat(tokenizer.encode("")).containsExactly(101, 102);
    assertThat(tokenizer.encode(null)).containsExactly(101, 102);
  }

  @Test
  void longTextIsCutTo128Tokens() {
    String text = String.join(" ", java.util.Collections.nCopies(300, "word"));
    int[] ids = tokenizer.encode(text);
    assertThat(ids).hasSize(128);
    assertThat(ids[0]).isEqualTo(101);
    assertThat(ids[127]).isEqualTo(102);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The quick brown fox jumps over the lazy dog.",
      "Prices rose 3.5% to $1,250.75 on Tuesday, the company's filing said.",
      "Café owners in São Paulo protested — loudly — against the “new” rules.",
      "Unbelievably, antidisestablishmentarianism isn't a word you'd hear often!!!",
      "He said: \"We won't stop\" (at least not yet) [sic]; others disagreed...",
      "東京 and 北京 are capitals; Ελλάδα and Россия too.",
      "  tabs\tand\nnewlines\r\nand   many    spaces  ",
      "e-mail addresses like someone@example.com and URLs https://example.org/a?b=c",
      "The ＦＵＬＬＷＩＤＴＨ letters and ligature ﬁnance and ½ of ² things",
  })
  void agreesWithTheReferenceTokenizer(String text) {
    long[] expected = reference.encode(text).getIds();
    int[] actual = tokenizer.encode(text);
    assertThat(Arrays.stream(actual).asLongStream().toArray())
        .as("ids for %s", text)
        .containsExactly(expected);
  }

  @Test
  void agreesOnLongTruncatedText() {
    String text = String.join(" ", List.of(
        "Officials said the long-running negotiations, which began in the spring, would resume",
        "next week after both sides exchanged revised proposals covering wages, pensions and",
        "working hours; union leaders called the latest offer insufficient but constructive."))
        .repeat(4);
    long[] expected = reference.encode(text).getIds();
    assertThat(Arrays.stream(tokenizer.encode(text)).asLongStream().toArray())
        .containsExactly(expected);
  }
}
