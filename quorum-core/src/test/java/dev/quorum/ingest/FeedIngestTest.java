package dev.quorum.ingest;

import static dev.quorum.ingest.Fixtures.resource;
import static dev.quorum.ingest.Fixtures.utf8;
import static dev.quorum.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedIngestTest {

  @TempDir Path dir;

  @Test
  void atomEntriesBecomeHtmlDocumentsWithContentPreferredOverSummary() {
    CollectingSink sink = Fixtures.read(resource("nasty/atom.xml"));
    assertThat(sink.skips).isEmpty();
    assertThat(sink.ids()).containsExactly("urn:example:entry:1", "urn:example:entry:2");
    RawDocument e1 = sink.docs.get(0);
    assertThat(e1.format()).isEqualTo("feed");
    assertThat(e1.type()).isEqualTo(MediaType.HTML);
    assertThat(e1.body())
        .isEqualTo("<p>The bridge was closed on Tuesday.</p><p>Repairs take a week.</p>");
    assertThat(e1.metadata())
        .isEqualTo(
            new Metadata(
                "Bridge closed for repairs",
                "https://example.org/bridge",
                "Example Atom Wire",
                "Ann Writer",
                "2023-03-07T09:15:00Z",
                null));
    assertThat(sink.docs.get(1).body()).isEqualTo("Only a summary here.");
    assertThat(sink.docs.get(1).source().record()).isEqualTo("entry 2");
  }

  @Test
  void rssItemsUseGuidThenLinkAndContentEncodedThenDescription() {
    CollectingSink sink = Fixtures.read(resource("nasty/rss.xml"));
    assertThat(sink.ids()).containsExactly("item-1001", "https://example.com/no-guid");
    RawDocument first = sink.docs.get(0);
    assertThat(first.body())
        .isEqualTo("<p>Shares rose in early trading.</p><p>Analysts were cautious.</p>");
    assertThat(first.metadata().byline()).isEqualTo("Bob Reporter");
    assertThat(first.metadata().outlet()).isEqualTo("Example RSS Daily");
    assertThat(first.metadata().published()).isEqualTo("2023-03-07T10:15:00Z");
    assertThat(sink.docs.get(1).body()).isEqualTo("<p>Description used as body.</p>");
    assertThat(sink.docs.get(1).metadata().published()).isEqualTo("2023-03-08T07:00:00Z");
    assertThat(sink.skips)
        .singleElement()
        .satisfies(s -> assertThat(s.source().record()).isEqualTo("entry 3"));
  }

  @Test
  void gzippedFeedAndMalformedFeed() throws IOException {
    write(dir, "a.rss.gz", Fixtures.gzip(Files.readAllBytes(resource("nasty/rss.xml"))));
    write(
        dir,
        "b.xml",
        utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>"));
    CollectingSink sink = Fixtures.read(dir);
    assertThat(sink.ids()).containsExactly("item-1001", "https://example.com/no-guid");
    assertThat(sink.skips)
        .extracting(s -> s.source().path() + " " + s.reason())
        .anySatisfy(r -> assertThat(r).contains("b.xml").contains("malformed feed"));
  }

  @Test
  void doctypeWithExternalEntityIsRefused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss"
            + " version=\"2.0\"><channel><title>t</title><item><title>i</title><description>&x;</description></item></channel></rss>";
    CollectingSink sink = Fixtures.read(write(dir, "x.rss", utf8(xxe)));
    assertThat(sink.docs).isEmpty();
    assertThat(sink.skips)
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("malformed feed"));
  }
}
