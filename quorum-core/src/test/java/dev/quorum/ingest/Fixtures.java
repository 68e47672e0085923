package dev.quorum.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Helpers shared by the ingestion tests. */
final class Fixtures {

  private Fixtures() {}

  static Path resource(String name) {
    URL u = Fixtures.class.getResource("/ingest/" + name);
    if (u == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    try {
      return Path.of(u.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(b);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.write(p, content);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CollectingSink read(Path... paths) {
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults())
        .read(
            java.util.Arrays.stream(paths).map(Path::toString).toList(),
            InputStream.nullInputStream(),
            sink);
    return sink;
  }

  static CollectingSink readStdin(byte[] stdin) {
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults())
        .read(List.of("-"), new ByteArrayInputStream(stdin), sink);
    return sink;
  }
}
