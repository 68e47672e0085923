package dev.quorum.ingest;

import static dev.quorum.ingest.Fixtures.gzip;
import static dev.quorum.ingest.Fixtures.utf8;
import static dev.quorum.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonIngestTest {

  @TempDir Path dir;

  @Test
  void arrayOfObjectsGivesOneDocumentPerObjectWithCommonFieldNames() {
    String json =
        """
        [
          {"id": "n1", "url": "https://example.org/1", "title": "One", "text": "Body one.",
           "published": "2023-03-07T10:15:00Z", "outlet": "Wire", "author": "A. Writer"},
          {"_id": 42, "link": "https://example.org/2", "headline": "Two", "maintext": "Body two.",
           "date_publish": "2023-03-07 10:15:00", "source": {"id": null, "name": "Daily"},
           "authors": ["B One", {"name": "C Two"}]},
          {"title": "Three", "html": "<html><body><p>Three</p></body></html>",
           "pubDate": "Tue, 07 Mar 2023 10:15:00 +0100", "source_domain": "example.net"},
          {"title": "Four", "description": "Only a description.", "timestamp": 1678184100}
        ]
        """;
    Path p = write(dir, "dump.json", utf8(json));
    CollectingSink sink = Fixtures.read(p);
    assertThat(sink.skips).isEmpty();
    assertThat(sink.ids()).containsExactly("n1", "42", "dump#3", "dump#4");
    RawDocument one = sink.doc("n1");
    assertThat(one.format()).isEqualTo("json");
    assertThat(one.type()).isEqualTo(MediaType.TEXT);
    assertThat(one.body()).isEqualTo("Body one.");
    assertThat(one.metadata())
        .isEqualTo(
            new Metadata(
                "One", "https://example.org/1", "Wire", "A. Writer", "2023-03-07T10:15:00Z", null));
    RawDocument two = sink.doc("42");
    assertThat(two.metadata().outlet()).isEqualTo("Daily");
    assertThat(two.metadata().byline()).isEqualTo("B One, C Two");
    assertThat(two.metadata().published()).isEqualTo("2023-03-07");
    assertThat(two.source().record()).startsWith("record 2");
    RawDocument three = sink.doc("dump#3");
    assertThat(three.type()).isEqualTo(MediaType.HTML);
    assertThat(three.metadata().published()).isEqualTo("2023-03-07T09:15:00Z");
    assertThat(three.metadata().outlet()).isEqualTo("example.net");
    RawDocument four = sink.doc("dump#4");
    assertThat(four.body()).isEqualTo("Only a description.");
    assertThat(four.metadata().published()).isEqualTo("2023-03-07T10:15:00Z");
  }

  @Test
  void singleObjectAndGzippedFileWork() {
    write(dir, "one.json.gz", gzip(utf8("{\"title\":\"T\",\"body\":\"B\"}")));
    CollectingSink sink = Fixtures.read(dir);
    assertThat(sink.docs)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("one#1");
              assertThat(d.body()).isEqualTo("B");
            });
  }

  @Test
  void wrapperObjectWithArticlesArrayIsStreamedAsRecords() {
    String json =
        "{\"status\":\"ok\",\"totalResults\":2,\"articles\":["
            + "{\"url\":\"u1\",\"title\":\"A\",\"content\":\"a\"},"
            + "{\"url\":\"u2\",\"title\":\"B\",\"content\":\"b\"}]}";
    CollectingSink sink = Fixtures.read(write(dir, "newsapi.json", utf8(json)));
    assertThat(sink.skips).isEmpty();
    assertThat(sink.docs).extracting(d -> d.metadata().url()).containsExactly("u1", "u2");
  }

  @Test
  void emptyArrayIsReportedAsHavingNoDocuments() {
    CollectingSink sink = Fixtures.read(write(dir, "none.json", utf8("[ ]")));
    assertThat(sink.docs).isEmpty();
    assertThat(sink.skips)
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("no documents in this json input"));
  }

  @Test
  void contentHoldingMarkupIsTreatedAsHtml() {
    String json = "[{\"id\":\"w\",\"content\":{\"rendered\":\"<p>Para one.</p><p>Two.</p>\"}}]";
    CollectingSink sink = Fixtures.read(write(dir, "wp.json", utf8(json)));
    assertThat(sink.docs)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.type()).isEqualTo(MediaType.HTML);
              assertThat(d.body()).isEqualTo("<p>Para one.</p><p>Two.</p>");
            });
  }

  @Test
  void nonObjectsAndRecordsWithoutTextAreSkippedAndTheRestKept() {
    String json =
        "[{\"id\":\"a\",\"text\":\"x\"}, 7, {\"id\":\"b\",\"title\":\"no text\"},"
            + " {\"id\":\"c\",\"text\":\"y\"}]";
    CollectingSink sink = Fixtures.read(write(dir, "mixed.json", utf8(json)));
    assertThat(sink.ids()).containsExactly("a", "c");
    assertThat(sink.skips)
        .extracting(s -> s.source().record().replaceAll(" at byte \\d+", ""))
        .containsExactly("record 2", "record 3");
    assertThat(sink.skips.get(0).reason()).contains("not a JSON object");
    assertThat(sink.skips.get(1).reason()).contains("no text");
  }

  @Test
  void malformedJsonKeepsRecordsBeforeTheBreak() {
    String json =
        "[{\"id\":\"a\",\"text\":\"x\"}, {\"id\":\"b\",\"text\":\"y\"}, {\"id\": oops},"
            + " {\"id\":\"d\",\"text\":\"z\"}]";
    CollectingSink sink = Fixtures.read(write(dir, "broken.json", utf8(json)));
    assertThat(sink.ids()).containsExactly("a", "b");
    assertThat(sink.skips)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.reason()).startsWith("malformed JSON").contains("2 records before it");
              assertThat(s.source().record()).startsWith("record 3");
            });
  }

  @Test
  void oversizeRecordIsSkippedAloneInAJsonArray() {
    String parts = "\"p1\":\"" + "x".repeat(900) + "\",\"p2\":\"" + "y".repeat(900) + "\",";
    String json =
        "[{\"id\":\"a\",\"text\":\"small\"},{\"id\":\"b\","
            + parts
            + "\"text\":\""
            + "z".repeat(900)
            + "\"},{\"id\":\"c\",\"text\":\"small\"}]";
    Path p = write(dir, "big.json", utf8(json));
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults().withMaxBytes(2000))
        .read(java.util.List.of(p.toString()), sink);
    assertThat(sink.ids()).containsExactly("a", "c");
    assertThat(sink.skips)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.reason()).startsWith("oversize record");
              assertThat(s.source().record()).startsWith("record 2");
            });
  }

  @Test
  void aSingleStringBeyondTheLimitStopsTheFileButKeepsEarlierRecords() {
    String json =
        "[{\"id\":\"a\",\"text\":\"small\"},{\"id\":\"b\",\"text\":\""
            + "x".repeat(3000)
            + "\"},{\"id\":\"c\",\"text\":\"small\"}]";
    Path p = write(dir, "huge.json", utf8(json));
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults().withMaxBytes(2000))
        .read(java.util.List.of(p.toString()), sink);
    assertThat(sink.ids()).containsExactly("a");
    assertThat(sink.skips)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.reason()).startsWith("record too large").contains("1 records before it");
              assertThat(s.source().record()).isEqualTo("record 2");
            });
  }
}
