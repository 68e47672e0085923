package dev.quorum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void composesToNfc() {
    String decomposed = "Cafe\u0301 in Zu\u0308rich";
    assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Café in Zürich");
  }

  @Test
  void unifiesSpacesAndDropsInvisibleAndControlCharacters() {
    String s = "A\tB\u00A0\u00A0C\u200BD\u2060E\uFEFFF\u0007G\u00ADH  \u2003 I";
    assertThat(TextNormalizer.normalize(s)).isEqualTo("A B CDEFGH I");
  }

  @Test
  void keepsParagraphBreaksAndCollapsesBlankRuns() {
    String s = "  First line  \r\nsecond line\r\n\r\n\r\n\n  Next paragraph \n\n\n";
    assertThat(TextNormalizer.normalize(s)).isEqualTo("First line\nsecond line\n\nNext paragraph");
  }

  @Test
  void paragraphFormJoinsLines() {
    assertThat(TextNormalizer.normalizeParagraph(" one\ntwo \r\n three\u2028four "))
        .isEqualTo("one two three four");
  }

  @Test
  void keepsTypographicQuotesAndDashes() {
    String s = "“Quoted” — she said – ‘fine’ … «oui»";
    assertThat(TextNormalizer.normalize(s)).isEqualTo(s);
  }

  @Test
  void keepsJoinersInsideWordsOnly() {
    assertThat(TextNormalizer.normalize("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
    assertThat(TextNormalizer.normalize("a \u200D b")).isEqualTo("a b");
  }

  @Test
  void nullAndEmptyGiveEmpty() {
    assertThat(TextNormalizer.normalize(null)).isEmpty();
    assertThat(TextNormalizer.normalizeParagraph("")).isEmpty();
  }

  @Property
  void isIdempotentAndClean(@ForAll String s) {
    String once = TextNormalizer.normalize(s);
    assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).isTrue();
    assertThat(once).doesNotContain("  ").doesNotContain("\n\n\n").doesNotContain("\t");
    assertThat(once.chars().filter(c -> c != '\n' && Character.isISOControl(c))).isEmpty();
    assertThat(once).isEqualTo(once.strip());
  }

  @Property
  void shortcutOnlyAcceptsTextThatNormalizingLeavesAlone(@ForAll String s) {
    if (TextNormalizer.isNormalParagraph(s)) {
      assertThat(TextNormalizer.normalize(s)).isEqualTo(s);
    }
    String p = TextNormalizer.normalizeParagraph(s);
    assertThat(p.isEmpty() || TextNormalizer.isNormalParagraph(p)).isTrue();
  }

  @Test
  void shortcutRejectsTextNeedingWork() {
    assertThat(TextNormalizer.isNormalParagraph("plain text, “quoted” — fine")).isTrue();
    assertThat(TextNormalizer.isNormalParagraph("two  spaces")).isFalse();
    assertThat(TextNormalizer.isNormalParagraph(" lead")).isFalse();
    assertThat(TextNormalizer.isNormalParagraph("no\u00A0break")).isFalse();
    assertThat(TextNormalizer.isNormalParagraph("e\u0301")).isFalse();
    assertThat(TextNormalizer.isNormalParagraph("line\nbreak")).isFalse();
    assertThat(TextNormalizer.isNormalParagraph("می\u200Cخواهم")).isTrue();
    assertThat(TextNormalizer.isNormalParagraph("a \u200Cb")).isFalse();
  }

  @Property
  void paragraphFormIsOneLine(@ForAll String s) {
    String p = TextNormalizer.normalizeParagraph(s);
    assertThat(p).doesNotContain("\n").doesNotContain("  ");
    assertThat(TextNormalizer.normalizeParagraph(p)).isEqualTo(p);
  }
}
