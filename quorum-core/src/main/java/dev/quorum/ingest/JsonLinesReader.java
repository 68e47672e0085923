package dev.quorum.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quorum.model.Skip;
import dev.quorum.model.Source;
import java.io.IOException;

/** Reads JSON lines (one object per line), skipping malformed or oversize lines one by one. */
final class JsonLinesReader implements FormatReader {

  private final ObjectMapper mapper;

  JsonLinesReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void read(Input in, DocumentSink sink) throws IOException {
    LineReader lines = new LineReader(in.stream(), in.maxBytes());
    LineReader.Line line;
    while ((line = lines.next()) != null) {
      if (!line.terminated() && in.broken()) {
        return; // cut off by a break in the gzip data; the caller reports the break
      }
      Source src = new Source(in.path(), "line " + line.number());
      if (line.oversize()) {
        sink.skip(
            new Skip(src, "oversize record: " + line.length() + " bytes, limit " + in.maxBytes()));
        continue;
      }
      byte[] b = line.bytes();
      int off = 0;
      if (line.number() == 1
          && b.length >= 3
          && (b[0] & 0xff) == 0xef
          && (b[1] & 0xff) == 0xbb
          && (b[2] & 0xff) == 0xbf) {
        off = 3;
      }
      if (isBlank(b, off)) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(b, off, b.length - off);
      } catch (JsonProcessingException e) {
        sink.skip(new Skip(src, "malformed JSON line: " + JsonReader.brief(e)));
        continue;
      }
      JsonRecords.Result r = JsonRecords.toDocument(node, in, Format.JSONL, line.number(), src);
      if (r.document() != null) {
        sink.accept(r.document());
      } else {
        sink.skip(new Skip(src, r.problem()));
      }
    }
  }

  private static boolean isBlank(byte[] b, int off) {
    for (int i = off; i < b.length; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\f') {
        return false;
      }
    }
    return true;
  }
}
