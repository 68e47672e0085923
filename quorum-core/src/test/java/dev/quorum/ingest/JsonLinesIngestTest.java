package dev.quorum.ingest;

import static dev.quorum.ingest.Fixtures.gzip;
import static dev.quorum.ingest.Fixtures.utf8;
import static dev.quorum.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.Skip;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesIngestTest {

  @TempDir Path dir;

  private static final String LINES =
      "{\"id\":\"x1\",\"title\":\"One\",\"text\":\"First.\"}\r\n"
          + "{\"title\":\"Two\",\"article\":\"Second.\",\"site\":\"Site\"}\n"
          + "\n"
          + "{\"guid\":\"g3\",\"articleBody\":\"Third.\",\"datePublished\":\"March 7, 2023\"}";

  @Test
  void eachLineIsADocumentAndIdsFallBackToStemAndLineNumber() {
    CollectingSink sink = Fixtures.read(write(dir, "feed.jsonl", utf8(LINES)));
    assertThat(sink.skips).isEmpty();
    assertThat(sink.ids()).containsExactly("x1", "feed#2", "g3");
    assertThat(sink.docs).allSatisfy(d -> assertThat(d.format()).isEqualTo("jsonl"));
    assertThat(sink.doc("x1").body()).isEqualTo("First.");
    assertThat(sink.doc("feed#2").metadata().outlet()).isEqualTo("Site");
    assertThat(sink.doc("g3").metadata().published()).isEqualTo("2023-03-07");
    assertThat(sink.doc("g3").source().record()).isEqualTo("line 4");
  }

  @Test
  void contentSniffingFindsJsonLinesWithoutExtensionAndThroughGzip() {
    write(dir, "dump", utf8(LINES));
    write(dir, "dump2.gz", gzip(utf8(LINES)));
    CollectingSink sink = Fixtures.read(dir);
    assertThat(sink.skips).isEmpty();
    assertThat(sink.ids()).containsExactly("x1", "dump#2", "g3", "x1", "dump2#2", "g3");
  }

  @Test
  void jsonLinesNamedJsonAreStillReadLineByLine() {
    CollectingSink sink =
        Fixtures.read(
            write(
                dir,
                "misnamed.json",
                utf8(LINES + "\n{oops\n{\"id\":\"z\",\"text\":\"Last.\"}\n")));
    assertThat(sink.ids()).containsExactly("x1", "misnamed#2", "g3", "z");
    assertThat(sink.skips)
        .singleElement()
        .satisfies(s -> assertThat(s.source().record()).isEqualTo("line 5"));
  }

  @Test
  void stdinJsonLinesUseStdinAsStem() {
    CollectingSink sink = Fixtures.readStdin(utf8(LINES));
    assertThat(sink.ids()).containsExactly("x1", "stdin#2", "g3");
  }

  @Test
  void malformedAndOversizeLinesAreSkippedOneByOne() {
    String lines =
        "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\""
            + "y".repeat(500)
            + "\"}\n{bad\n{\"id\":\"d\",\"text\":\"ok\"}\n";
    Path p = write(dir, "x.jsonl", utf8(lines));
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults().withMaxBytes(200)).read(List.of(p.toString()), sink);
    assertThat(sink.ids()).containsExactly("a", "d");
    assertThat(sink.skips).extracting(s -> s.source().record()).containsExactly("line 2", "line 3");
    assertThat(sink.skips)
        .extracting(Skip::reason)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("oversize record"),
            r -> assertThat(r).startsWith("malformed JSON line"));
  }
}
