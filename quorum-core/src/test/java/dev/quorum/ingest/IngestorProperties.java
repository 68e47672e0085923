package dev.quorum.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Properties of {@link Ingestor#read} on arbitrary input bytes. */
class IngestorProperties {

  private Path dir;

  @BeforeProperty
  void makeDir() throws IOException {
    dir = Files.createTempDirectory("ingest-props");
  }

  @AfterProperty
  void removeDir() throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Bytes that are often, but not always, close to one of the formats. */
  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<String> prefix =
        Arbitraries.of(
            "",
            "WARC/1.0\r\n",
            "<DOC>\n<DOCNO>",
            "{\"id\":",
            "[{\"text\":\"",
            "<?xml version=\"1.0\"?><rss>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "<html><head><meta charset=\"",
            "\u00ef\u00bb\u00bf",
            "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n");
    Arbitrary<byte[]> prefixed =
        net.jqwik.api.Combinators.combine(prefix, random)
            .as((p, r) -> concat(p.getBytes(StandardCharsets.ISO_8859_1), r));
    Arbitrary<byte[]> gzipped = prefixed.map(Fixtures::gzip);
    Arbitrary<byte[]> cutGzip =
        gzipped.map(b -> java.util.Arrays.copyOf(b, Math.max(2, b.length * 2 / 3)));
    return Arbitraries.oneOf(random, prefixed, gzipped, cutGzip);
  }

  @Property(tries = 300)
  void readNeverThrowsAndReportsTheInputAsDocumentsOrASkip(
      @ForAll("inputs") byte[] content, @ForAll("names") String name) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    CollectingSink sink = run(p);
    assertThat(sink.events).isNotEmpty();
    for (Object e : sink.events) {
      String path = e instanceof RawDocument d ? d.source().path() : ((Skip) e).source().path();
      assertThat(path).isEqualTo(p.toString());
    }
    for (RawDocument d : sink.docs) {
      assertThat(d.id()).isNotBlank();
    }
  }

  @Property(tries = 100)
  void sameInputGivesTheSameSequence(@ForAll("inputs") byte[] content, @ForAll("names") String name)
      throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    assertThat(run(p).events).isEqualTo(run(p).events);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(
        "x", "x.txt", "x.html", "x.json", "x.jsonl", "x.warc.gz", "x.sgml", "x.xml", "x.gz");
  }

  private static CollectingSink run(Path p) {
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults().withMaxBytes(1 << 20))
        .read(List.of(p.toString()), InputStream.nullInputStream(), sink);
    return sink;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
