package dev.quorum.ingest;

import static dev.quorum.ingest.Fixtures.utf8;
import static dev.quorum.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryIngestTest {

  @TempDir Path dir;

  @Test
  void directoriesAreWalkedRecursivelyInPathOrderAndHiddenEntriesPassedOver() {
    write(dir, "b/2.txt", utf8("two"));
    write(dir, "a/z.txt", utf8("z"));
    write(dir, "a/sub/y.txt", utf8("y"));
    write(dir, "10.txt", utf8("ten"));
    write(dir, ".hidden.txt", utf8("hidden"));
    write(dir, ".git/config.txt", utf8("hidden dir"));
    CollectingSink sink = Fixtures.read(dir);
    assertThat(sink.skips).isEmpty();
    assertThat(sink.docs).extracting(RawDocument::body).containsExactly("ten", "y", "z", "two");
  }

  @Test
  void hiddenEntriesAreReadWhenAskedAndWhenNamedExplicitly() {
    write(dir, ".hidden.txt", utf8("hidden"));
    write(dir, "seen.txt", utf8("seen"));
    CollectingSink all = new CollectingSink();
    new Ingestor(new IngestOptions(IngestOptions.DEFAULT_MAX_BYTES, true))
        .read(List.of(dir.toString()), all);
    assertThat(all.docs).extracting(RawDocument::body).containsExactly("hidden", "seen");
    CollectingSink named = Fixtures.read(dir.resolve(".hidden.txt"));
    assertThat(named.docs).extracting(RawDocument::body).containsExactly("hidden");
  }

  @Test
  void missingPathsAndEmptyDirectoriesAreSkipsAndTheBatchGoesOn() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path good = write(dir, "good.txt", utf8("good"));
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults())
        .read(
            List.of(dir.resolve("nope.txt").toString(), empty.toString(), "", good.toString()),
            InputStream.nullInputStream(),
            sink);
    assertThat(sink.skips)
        .extracting(Skip::reason)
        .containsExactly(
            "no such file or directory", "directory holds no files", "blank input path");
    assertThat(sink.docs).extracting(RawDocument::body).containsExactly("good");
  }

  @Test
  void stdinCanBeMixedWithFilesInInputOrder() {
    Path a = write(dir, "a.txt", utf8("file a"));
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults())
        .read(
            List.of("-", a.toString()), new java.io.ByteArrayInputStream(utf8("from stdin")), sink);
    assertThat(sink.ids()).containsExactly("stdin", "a");
  }

  @Test
  void inputWhoseAvailableThrowsLikeAPipeChannelIsStillRead() {
    java.io.InputStream pipe =
        new java.io.FilterInputStream(
            new java.io.ByteArrayInputStream(Fixtures.gzip(utf8("piped text")))) {
          @Override
          public int available() throws java.io.IOException {
            throw new java.io.IOException("Illegal seek");
          }
        };
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults()).read(List.of("-"), pipe, sink);
    assertThat(sink.skips).isEmpty();
    assertThat(sink.docs).extracting(RawDocument::body).containsExactly("piped text");
  }

  @Test
  void unreadableFileIsASkip() throws Exception {
    Path p = write(dir, "secret.txt", utf8("secret"));
    org.junit.jupiter.api.Assumptions.assumeTrue(p.toFile().setReadable(false, false));
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Files.isReadable(p), "running as a user who reads anything");
    CollectingSink sink = Fixtures.read(p);
    assertThat(sink.docs).isEmpty();
    assertThat(sink.skips)
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("unreadable"));
  }

  @Test
  void exceptionsOfTheSinkItselfReachTheCaller() {
    Path p = write(dir, "a.txt", utf8("x"));
    DocumentSink failing =
        new DocumentSink() {
          @Override
          public void accept(RawDocument document) {
            throw new IllegalStateException("sink is full");
          }

          @Override
          public void skip(Skip skip) {}
        };
    assertThatThrownBy(
            () -> new Ingestor(IngestOptions.defaults()).read(List.of(p.toString()), failing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sink is full");
  }
}
