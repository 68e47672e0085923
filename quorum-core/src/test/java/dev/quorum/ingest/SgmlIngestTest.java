package dev.quorum.ingest;

import static dev.quorum.ingest.Fixtures.gzip;
import static dev.quorum.ingest.Fixtures.resource;
import static dev.quorum.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.model.MediaType;
import dev.quorum.model.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SgmlIngestTest {

  @TempDir Path dir;

  @Test
  void severalDocsAreStreamedWithDocnoIdsTitlesDatesAndParagraphs() {
    CollectingSink sink = Fixtures.read(resource("nasty/several.sgml"));
    assertThat(sink.ids())
        .containsExactly("WIRE20010312.0001", "PAPER20010313.0042", "ONE20010315.0001");
    RawDocument first = sink.docs.get(0);
    assertThat(first.format()).isEqualTo("sgml");
    assertThat(first.type()).isEqualTo(MediaType.TEXT);
    assertThat(first.source().record()).isEqualTo("doc 1");
    assertThat(first.metadata().title()).isEqualTo("Harbour reopens & ferries resume");
    assertThat(first.metadata().published()).isEqualTo("2001-03-12");
    assertThat(first.body())
        .isEqualTo(
            "PORTVILLE (Wire) -- The harbour reopened on Monday after a three-day closure,"
                + " officials said.\n\n"
                + "Ferry operators said services would resume on Tuesday & Wednesday.\n\n"
                + "Traders welcomed the news.");
    RawDocument second = sink.docs.get(1);
    assertThat(second.metadata().title()).isEqualTo("Council votes on budget");
    assertThat(second.metadata().byline()).isEqualTo("JANE ROE");
    assertThat(second.metadata().published()).isEqualTo("2001-03-13");
    assertThat(second.body())
        .isEqualTo(
            "The council approved the budget late on Tuesday.\n\n"
                + "The vote was 7 to 2, with two members absent \u2014 a narrow margin.");
    assertThat(sink.docs.get(2).metadata().published())
        .as("date from the DOCNO")
        .isEqualTo("2001-03-15");
    assertThat(sink.skips)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.source().record()).isEqualTo("doc 3");
              assertThat(s.reason()).contains("no <TEXT>").contains("AGENCY20010314.0007");
            });
  }

  @Test
  void gzippedSgmlWithoutExtensionIsSniffed() throws IOException {
    write(dir, "wire", gzip(Files.readAllBytes(resource("nasty/several.sgml"))));
    CollectingSink sink = Fixtures.read(dir);
    assertThat(sink.ids()).hasSize(3).first().isEqualTo("WIRE20010312.0001");
  }

  @Test
  void unterminatedLastDocIsReportedAndEarlierDocsKept() {
    String s =
        "<DOC>\n"
            + "<DOCNO> A1 </DOCNO>\n"
            + "<TEXT>\n"
            + "One.\n"
            + "</TEXT>\n"
            + "</DOC>\n"
            + "<DOC>\n"
            + "<DOCNO> A2 </DOCNO>\n"
            + "<TEXT>\n"
            + "Two";
    CollectingSink sink =
        Fixtures.read(write(dir, "cut.sgml", s.getBytes(StandardCharsets.US_ASCII)));
    assertThat(sink.ids()).containsExactly("A1");
    assertThat(sink.skips)
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.source().record()).isEqualTo("doc 2");
              assertThat(k.reason()).contains("unterminated");
            });
  }

  @Test
  void docIdAttributeStandsInForAMissingDocnoAndDatelineIsKept() {
    String s =
        "<DOC id=\"AGENCY_ENG_20050101.0001\" type=\"story\">\n"
            + "<HEADLINE>\n"
            + "Quiet new year\n"
            + "</HEADLINE>\n"
            + "<DATELINE>\n"
            + "PORTVILLE, Jan 1\n"
            + "</DATELINE>\n"
            + "<TEXT>\n"
            + "<P>\n"
            + "All was quiet.\n"
            + "</P>\n"
            + "</TEXT>\n"
            + "</DOC>\n";
    CollectingSink sink =
        Fixtures.read(write(dir, "gw.sgml", s.getBytes(StandardCharsets.US_ASCII)));
    assertThat(sink.docs)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("AGENCY_ENG_20050101.0001");
              assertThat(d.metadata().title()).isEqualTo("Quiet new year");
              assertThat(d.metadata().dateline()).isEqualTo("PORTVILLE, Jan 1");
              assertThat(d.metadata().published()).isEqualTo("2005-01-01");
              assertThat(d.body()).isEqualTo("All was quiet.");
            });
  }

  @Test
  void entitiesAreDecodedAndTypesettingCodesDropped() {
    assertThat(
            SgmlEntities.decode(
                "a &AMP; b &amp; c &lt;x&gt; &#233;&#x00E9; &QL;&UR;&Cx1f;end &unknownthing;"))
        .isEqualTo("a & b & c <x> \u00e9\u00e9 end &unknownthing;");
  }

  @Test
  void realDucDocumentsAreReadOneEachWithTheirDocno() throws IOException {
    Path docs = Path.of("../../shared/data/duc2003/docs");
    if (!Files.isDirectory(docs)) {
      docs = Path.of("/work/shared/data/duc2003/docs");
    }
    Assumptions.assumeTrue(Files.isDirectory(docs), "DUC 2003 data not present");
    List<Path> files;
    try (Stream<Path> s = Files.walk(docs)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    CollectingSink sink = Fixtures.read(docs);
    assertThat(sink.skips).isEmpty();
    assertThat(sink.docs).hasSize(files.size());
    Pattern docno = Pattern.compile("<DOCNO>\\s*(\\S+)\\s*</DOCNO>");
    for (int i = 0; i < files.size(); i++) {
      String raw = Files.readString(files.get(i), StandardCharsets.ISO_8859_1);
      Matcher m = docno.matcher(raw);
      assertThat(m.find()).isTrue();
      RawDocument d = sink.docs.get(i);
      assertThat(d.id()).isEqualTo(m.group(1));
      assertThat(d.source().path()).isEqualTo(files.get(i).toString());
      assertThat(d.metadata().published()).matches("(19|20)\\d\\d-\\d\\d-\\d\\d");
      assertThat(d.body()).doesNotContain("<P>").doesNotContain("&QL;").doesNotContain("\n\n\n");
    }
  }
}
