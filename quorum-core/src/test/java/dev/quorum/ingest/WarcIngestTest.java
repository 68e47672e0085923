package dev.quorum.ingest;

import static dev.quorum.ingest.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.MediaType;
import dev.quorum.model.RawDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcIngestTest {

  @TempDir Path dir;

  private static final List<String> HTML_IDS =
      List.of(
          "urn:uuid:00000000-0000-0000-0000-000000000003",
          "urn:uuid:00000000-0000-0000-0000-000000000006",
          "urn:uuid:00000000-0000-0000-0000-000000000007");

  @Test
  void onlySuccessfulHtmlCapturesBecomeDocumentsOthersPassSilently() {
    CollectingSink sink = Fixtures.read(resource("nasty/mixed.warc"));
    assertThat(sink.skips).isEmpty();
    assertThat(sink.ids()).containsExactlyElementsOf(HTML_IDS);
    RawDocument first = sink.docs.get(0);
    assertThat(first.format()).isEqualTo("warc");
    assertThat(first.type()).isEqualTo(MediaType.HTML);
    assertThat(first.metadata().url()).isEqualTo("http://example.org/a");
    assertThat(first.metadata().published()).isEqualTo("2023-03-07T10:15:01Z");
    assertThat(first.body()).contains("<title>WARC page</title>").contains("\u2013 \u00e9t\u00e9");
    assertThat(first.source().record()).matches("record 3 at byte \\d+");
    assertThat(sink.docs.get(2).metadata().url()).isEqualTo("file:///local/story.html");
  }

  @Test
  void httpHeaderCharsetDecodesWindows1252Body() {
    CollectingSink sink = Fixtures.read(resource("nasty/mixed.warc"));
    assertThat(sink.doc(HTML_IDS.get(1)).body())
        .contains("Latin page")
        .contains("\u2013 \u00e9t\u00e9");
  }

  @Test
  void perRecordGzippedWarcGivesTheSameDocuments() {
    CollectingSink plain = Fixtures.read(resource("nasty/mixed.warc"));
    CollectingSink gz = Fixtures.read(resource("nasty/mixed.warc.gz"));
    assertThat(gz.skips).isEmpty();
    assertThat(gz.docs)
        .extracting(RawDocument::body)
        .containsExactlyElementsOf(plain.docs.stream().map(RawDocument::body).toList());
    assertThat(gz.ids()).containsExactlyElementsOf(HTML_IDS);
  }

  @Test
  void perRecordGzippedWarcIsReadFromStdinToo() throws Exception {
    CollectingSink sink = Fixtures.readStdin(Files.readAllBytes(resource("nasty/mixed.warc.gz")));
    assertThat(sink.ids()).containsExactlyElementsOf(HTML_IDS);
  }

  @Test
  void concatenatedGzipMembersAreReadFromAPipeThatNeverReportsAvailableBytes() throws Exception {
    byte[] data = Files.readAllBytes(resource("nasty/mixed.warc.gz"));
    java.io.InputStream pipe =
        new java.io.FilterInputStream(new java.io.ByteArrayInputStream(data)) {
          @Override
          public int available() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) throws java.io.IOException {
            return super.read(b, off, Math.min(len, 1));
          }
        };
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults()).read(List.of("-"), pipe, sink);
    assertThat(sink.skips).isEmpty();
    assertThat(sink.ids()).containsExactlyElementsOf(HTML_IDS);
  }

  @Test
  void truncatedGzipKeepsTheRecordsBeforeTheBreak() {
    CollectingSink sink = Fixtures.read(resource("nasty/truncated.warc.gz"));
    assertThat(sink.ids()).containsExactly(HTML_IDS.get(0));
    assertThat(sink.skips)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.reason())
                  .startsWith("truncated gzip")
                  .contains("1 documents read before it were kept");
            });
  }

  @Test
  void truncationInsideARecordGivesNoPartialDocument() {
    CollectingSink sink = Fixtures.read(resource("nasty/truncated-in-record.warc.gz"));
    assertThat(sink.docs).isEmpty();
    assertThat(sink.skips)
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("truncated gzip"));
  }

  @Test
  void warcWithoutHtmlCapturesIsReportedAsHavingNoDocuments() throws Exception {
    byte[] all = Files.readAllBytes(resource("nasty/mixed.warc"));
    String text = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
    int cut = text.indexOf("WARC/1.0", text.indexOf("WARC/1.0") + 1);
    Path p = Fixtures.write(dir, "info-only.warc", java.util.Arrays.copyOf(all, cut));
    CollectingSink sink = Fixtures.read(p);
    assertThat(sink.docs).isEmpty();
    assertThat(sink.skips)
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("no documents in this warc input"));
  }

  @Test
  void garbageAfterAWarcHeaderIsAParseErrorSkip() throws Exception {
    byte[] good = Files.readAllBytes(resource("nasty/mixed.warc"));
    byte[] tail =
        "WARC/1.0\r\nthis is not a header line\r\n\r\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] bad = new byte[good.length + tail.length];
    System.arraycopy(good, 0, bad, 0, good.length);
    System.arraycopy(tail, 0, bad, good.length, tail.length);
    Path p = Fixtures.write(dir, "bad.warc", bad);
    CollectingSink sink = Fixtures.read(p);
    assertThat(sink.ids()).containsExactlyElementsOf(HTML_IDS);
    assertThat(sink.skips)
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("WARC parse error"));
  }
}
