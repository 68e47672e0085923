package dev.quorum.ingest;

import static dev.quorum.ingest.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.MediaType;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the kept corpus of nasty inputs (test resources {@code ingest/nasty}) through the ingestor.
 */
class NastyCorpusTest {

  @Test
  void emptyFileIsSkipped() {
    CollectingSink sink = Fixtures.read(resource("nasty/empty.txt"));
    assertThat(sink.docs).isEmpty();
    assertThat(sink.skips).extracting(Skip::reason).containsExactly("empty file");
  }

  @Test
  void binaryFileIsSkipped() {
    CollectingSink sink = Fixtures.read(resource("nasty/binary.dat"));
    assertThat(sink.docs).isEmpty();
    assertThat(sink.skips)
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("binary content"));
  }

  @Test
  void truncatedGzipJsonLinesKeepsEveryWholeLineBeforeTheBreak() {
    CollectingSink sink = Fixtures.read(resource("nasty/truncated.jsonl.gz"));
    assertThat(sink.docs).isNotEmpty();
    assertThat(sink.docs.size()).isLessThan(120);
    for (int i = 0; i < sink.docs.size(); i++) {
      assertThat(sink.docs.get(i).source().record()).isEqualTo("line " + (i + 1));
    }
    assertThat(sink.skips)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.source().record()).isEmpty();
              assertThat(s.reason())
                  .startsWith("truncated gzip")
                  .contains(sink.docs.size() + " documents read before it");
            });
    assertThat(sink.events.get(sink.events.size() - 1)).isInstanceOf(Skip.class);
  }

  @Test
  void corruptGzipDataAndHeaderAreSkips(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines
          .append("{\"id\":\"r")
          .append(i)
          .append("\",\"text\":\"Record number ")
          .append(i * 7919 % 10007)
          .append(".\"}\n");
    }
    byte[] gz = Fixtures.gzip(Fixtures.utf8(lines.toString()));
    for (int i = gz.length / 2; i < gz.length / 2 + 64; i++) {
      gz[i] = (byte) (gz[i] ^ 0x5a);
    }
    Fixtures.write(dir, "corrupt.jsonl.gz", gz);
    Fixtures.write(
        dir, "header.txt.gz", new byte[] {0x1f, (byte) 0x8b, 0x77, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
    CollectingSink sink = Fixtures.read(dir);
    // deflate data damaged in the middle may decode to garbage before the inflater or the CRC
    // notices: the garbage lines are skipped as malformed, then the break itself is reported
    List<Skip> corrupt =
        sink.skips.stream().filter(k -> k.source().path().endsWith("corrupt.jsonl.gz")).toList();
    assertThat(corrupt.get(corrupt.size() - 1).reason())
        .matches("(corrupt|truncated) gzip after \\d+ decompressed bytes: .*");
    assertThat(corrupt.get(corrupt.size() - 1).source().record()).isEmpty();
    assertThat(sink.docs.size()).isBetween(1, 1999);
    assertThat(sink.docs.get(0).id()).isEqualTo("r0");
    assertThat(sink.skips.get(sink.skips.size() - 1).reason()).startsWith("corrupt gzip header");
  }

  @Test
  void malformedJsonLinesAreSkippedAndGoodLinesAroundThemKept() {
    CollectingSink sink = Fixtures.read(resource("nasty/mixed.jsonl"));
    assertThat(sink.ids()).containsExactly("good-1", "good-4", "good-8");
    assertThat(sink.skips)
        .extracting(s -> s.source().record())
        .containsExactly("line 2", "line 5", "line 6", "line 7");
    assertThat(sink.skips)
        .extracting(Skip::reason)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("malformed JSON line"),
            r -> assertThat(r).startsWith("malformed JSON line"),
            r -> assertThat(r).isEqualTo("not a JSON object"),
            r -> assertThat(r).startsWith("no text"));
  }

  @Test
  void utf8DeclarationOverWindows1252BytesIsOverruled() {
    RawDocument d = Fixtures.read(resource("nasty/misdeclared-utf8.html")).docs.get(0);
    assertThat(d.type()).isEqualTo(MediaType.HTML);
    assertThat(d.body())
        .contains("Caf\u00e9 \u2013 news")
        .contains("\u201cQuoted\u201d")
        .contains("na\u00efve d\u00e9j\u00e0 vu");
    assertThat(d.body()).doesNotContain("\uFFFD");
  }

  @Test
  void latin1DeclarationIsReadAsWindows1252() {
    RawDocument d = Fixtures.read(resource("nasty/declared-latin1.html")).docs.get(0);
    assertThat(d.body()).contains("\u201cQuoted\u201d").contains("Caf\u00e9 \u2013 news");
  }

  @Test
  void undeclaredWindows1252TextIsDetected() {
    RawDocument d = Fixtures.read(resource("nasty/undeclared-cp1252.txt")).docs.get(0);
    assertThat(d.body())
        .startsWith("Caf\u00e9 owners said the d\u00e9cor \u2013 na\u00efve and \u201cbold\u201d");
  }

  @Test
  void warcWithNonHtmlRecordsGivesOnlyTheHtmlOnes() {
    CollectingSink sink = Fixtures.read(resource("nasty/mixed.warc"));
    assertThat(sink.skips).isEmpty();
    assertThat(sink.docs)
        .hasSize(3)
        .allSatisfy(d -> assertThat(d.type()).isEqualTo(MediaType.HTML));
  }

  @Test
  void theWholeCorpusInOneBatchNeverStopsAndReportsEveryFile() {
    CollectingSink sink = Fixtures.read(resource("nasty"));
    List<String> reported =
        sink.events.stream()
            .map(e -> e instanceof RawDocument d ? d.source().path() : ((Skip) e).source().path())
            .distinct()
            .map(p -> p.substring(p.lastIndexOf('/') + 1))
            .toList();
    assertThat(reported)
        .containsExactly(
            "README.md",
            "atom.xml",
            "binary.dat",
            "declared-latin1.html",
            "empty.txt",
            "misdeclared-utf8.html",
            "mixed.jsonl",
            "mixed.warc",
            "mixed.warc.gz",
            "rss.xml",
            "several.sgml",
            "truncated-in-record.warc.gz",
            "truncated.jsonl.gz",
            "truncated.warc.gz",
            "undeclared-cp1252.txt");
  }
}
