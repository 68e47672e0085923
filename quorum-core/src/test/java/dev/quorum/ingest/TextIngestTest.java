package dev.quorum.ingest;

import static dev.quorum.ingest.Fixtures.gzip;
import static dev.quorum.ingest.Fixtures.utf8;
import static dev.quorum.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.MediaType;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextIngestTest {

  @TempDir Path dir;

  private static final String STORY =
      "Harbour reopens after storm\n\nThe harbour reopened on Monday, officials said.\n";

  @Test
  void plainTextIsOneDocumentWithTheBodyAsIs() {
    Path p = write(dir, "000_ab.txt", utf8(STORY));
    CollectingSink sink = Fixtures.read(p);
    assertThat(sink.skips).isEmpty();
    RawDocument d = sink.docs.get(0);
    assertThat(d.id()).isEqualTo("000_ab");
    assertThat(d.format()).isEqualTo("text");
    assertThat(d.type()).isEqualTo(MediaType.TEXT);
    assertThat(d.body()).isEqualTo(STORY);
    assertThat(d.source()).isEqualTo(Source.file(p.toString()));
  }

  @Test
  void gzippedTextIsDetectedByMagicBytesWhateverTheName() {
    write(dir, "a.txt.gz", gzip(utf8(STORY)));
    write(dir, "b.txt", gzip(utf8(STORY)));
    CollectingSink sink = Fixtures.read(dir);
    assertThat(sink.skips).isEmpty();
    assertThat(sink.ids()).containsExactly("a", "b");
    assertThat(sink.docs).allSatisfy(d -> assertThat(d.body()).isEqualTo(STORY));
  }

  @Test
  void htmlIsDetectedByContentAndKeptAsHtml() {
    String page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hi</p></body></html>";
    write(dir, "page.html.gz", gzip(utf8(page)));
    write(dir, "noext", utf8("  \n<html><body><p>Bare</p></body></html>"));
    CollectingSink sink = Fixtures.read(dir);
    assertThat(sink.ids()).containsExactly("noext", "page");
    assertThat(sink.docs)
        .allSatisfy(
            d -> {
              assertThat(d.format()).isEqualTo("html");
              assertThat(d.type()).isEqualTo(MediaType.HTML);
            });
    assertThat(sink.doc("page").body()).isEqualTo(page);
  }

  @Test
  void stdinIsReadAsOneDocumentAndGzipIsUnwrapped() {
    CollectingSink plain = Fixtures.readStdin(utf8(STORY));
    assertThat(plain.docs)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("stdin");
              assertThat(d.source().path()).isEqualTo("-");
              assertThat(d.body()).isEqualTo(STORY);
            });
    CollectingSink gz = Fixtures.readStdin(gzip(utf8(STORY)));
    assertThat(gz.docs).singleElement().satisfies(d -> assertThat(d.body()).isEqualTo(STORY));
  }

  @Test
  void utf8BomIsDroppedAndUtf16WithBomIsDecoded() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] body = utf8("Caf\u00e9 news\n");
    byte[] withBom = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(body, 0, withBom, 3, body.length);
    write(dir, "a.txt", withBom);
    byte[] u16 = "\uFEFFCaf\u00e9 news\n".getBytes(StandardCharsets.UTF_16LE);
    write(dir, "b.txt", u16);
    CollectingSink sink = Fixtures.read(dir);
    assertThat(sink.skips).isEmpty();
    assertThat(sink.docs)
        .extracting(RawDocument::body)
        .containsExactly("Caf\u00e9 news\n", "Caf\u00e9 news\n");
  }

  @Test
  void oversizeOneDocumentFileIsSkippedWhole() throws Exception {
    Path p = write(dir, "big.txt", utf8("x".repeat(5000)));
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults().withMaxBytes(4096))
        .read(java.util.List.of(p.toString()), sink);
    assertThat(sink.docs).isEmpty();
    assertThat(sink.skips)
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("oversize"));
    Files.write(p, utf8("x".repeat(4096)));
    CollectingSink exact = new CollectingSink();
    new Ingestor(IngestOptions.defaults().withMaxBytes(4096))
        .read(java.util.List.of(p.toString()), exact);
    assertThat(exact.docs).hasSize(1);
  }

  @Test
  void textThatOnlyStartsWithABraceOrBracketStaysText() {
    write(dir, "a.txt", utf8("{Editor's note: updated} The harbour reopened.\n"));
    write(dir, "b", utf8("[Updated 10:15] The harbour reopened.\n"));
    CollectingSink sink = Fixtures.read(dir);
    assertThat(sink.skips).isEmpty();
    assertThat(sink.docs).extracting(RawDocument::format).containsExactly("text", "text");
  }

  @Test
  void idDropsOnlyKnownExtensions() {
    assertThat(FileNames.stem("dir/000_ab.txt")).isEqualTo("000_ab");
    assertThat(FileNames.stem("page.html.gz")).isEqualTo("page");
    assertThat(FileNames.stem("feed.rss.xml")).isEqualTo("feed");
    assertThat(FileNames.stem("APW19990519.0113")).isEqualTo("APW19990519.0113");
    assertThat(FileNames.stem("report.v2.txt")).isEqualTo("report.v2");
    assertThat(FileNames.stem(".txt")).isEqualTo(".txt");
  }

  @Test
  void seedExamplesAreReadAsTextWithTheirFileStemsInPathOrder() {
    Path seeds = Path.of("../examples/bakhmut");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds));
    CollectingSink sink = Fixtures.read(seeds);
    assertThat(sink.skips).isEmpty();
    assertThat(sink.docs).hasSize(5).allSatisfy(d -> assertThat(d.format()).isEqualTo("text"));
    assertThat(sink.ids()).isSorted().allSatisfy(id -> assertThat(id).matches("\\d{3}_[0-9a-f]+"));
  }
}
