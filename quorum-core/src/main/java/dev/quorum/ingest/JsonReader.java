package dev.quorum.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quorum.model.Skip;
import dev.quorum.model.Source;
import java.io.IOException;
import java.util.Set;

/**
 * Streams a JSON file record by record with Jackson's streaming parser: a single object, an array
 * of objects, several top-level values, or a wrapper object whose {@code articles}, {@code items},
 * {@code data}, {@code results}, {@code docs}, {@code documents}, {@code records}, {@code entries}
 * or {@code posts} array holds the records (as NewsAPI answers do). Only one record is ever held in
 * memory.
 *
 * <p>A record over the size limit is skipped alone. A single string value longer than the limit is
 * refused by the parser before it is buffered; the parser cannot resynchronise after that, so the
 * rest of such a file is reported as not read (JSON lines do not have this weakness).
 */
final class JsonReader implements FormatReader {

  private static final Set<String> WRAPPERS =
      Set.of(
          "articles",
          "items",
          "data",
          "results",
          "docs",
          "documents",
          "records",
          "entries",
          "posts");

  private final ObjectMapper mapper;

  JsonReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void read(Input in, DocumentSink sink) throws IOException {
    // count[0]: records started, count[1]: records finished
    long[] count = {0, 0};
    try (JsonParser p = mapper.getFactory().createParser(in.stream())) {
      try {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.START_ARRAY) {
            readArray(p, in, sink, count);
          } else if (t == JsonToken.START_OBJECT) {
            readTopObject(p, in, sink, count);
          } else {
            count[0]++;
            count[1]++;
            sink.skip(new Skip(source(in, count[0], p), "not a JSON object"));
          }
        }
      } catch (JsonProcessingException e) {
        if (in.broken()) {
          return; // the data broke off inside a record; the caller reports the break
        }
        String what =
            e instanceof StreamConstraintsException
                ? "record too large or too deeply nested"
                : "malformed JSON";
        long at = count[0] > count[1] ? count[0] : count[0] + 1;
        sink.skip(
            new Skip(
                new Source(in.path(), "record " + at),
                what
                    + ", rest of file not read ("
                    + count[1]
                    + " records before it): "
                    + brief(e)));
      }
    }
  }

  private void readArray(JsonParser p, Input in, DocumentSink sink, long[] count)
      throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
      count[0]++;
      Source src = source(in, count[0], p);
      long start = p.currentTokenLocation().getByteOffset();
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        count[1]++;
        sink.skip(new Skip(src, "not a JSON object"));
        continue;
      }
      JsonNode node = mapper.readTree(p);
      count[1]++;
      emit(node, start, p, in, sink, count[0], src);
    }
  }

  /** A top-level object: one record, unless it wraps an array of records. */
  private void readTopObject(JsonParser p, Input in, DocumentSink sink, long[] count)
      throws IOException {
    long start = p.currentTokenLocation().getByteOffset();
    long firstNumber = count[0] + 1;
    Source src = source(in, firstNumber, p);
    ObjectNode own = mapper.createObjectNode();
    boolean wrapped = false;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_ARRAY && WRAPPERS.contains(name) && !hasBody(own)) {
        wrapped = true;
        readArray(p, in, sink, count);
      } else {
        own.set(name, mapper.readTree(p));
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
    }
    if (!wrapped || hasBody(own)) {
      count[0]++;
      count[1]++;
      emit(own, start, p, in, sink, count[0], src);
    }
  }

  private static boolean hasBody(ObjectNode node) {
    for (String f : JsonRecords.TEXT) {
      if (node.hasNonNull(f)) {
        return true;
      }
    }
    for (String f : JsonRecords.HTML) {
      if (node.hasNonNull(f)) {
        return true;
      }
    }
    return false;
  }

  private static void emit(
      JsonNode node,
      long start,
      JsonParser p,
      Input in,
      DocumentSink sink,
      long number,
      Source src) {
    long end = p.currentLocation().getByteOffset();
    if (start >= 0 && end >= 0 && end - start > in.maxBytes()) {
      sink.skip(
          new Skip(src, "oversize record: " + (end - start) + " bytes, limit " + in.maxBytes()));
      return;
    }
    JsonRecords.Result r = JsonRecords.toDocument(node, in, Format.JSON, number, src);
    if (r.document() != null) {
      sink.accept(r.document());
    } else {
      sink.skip(new Skip(src, r.problem()));
    }
  }

  private static Source source(Input in, long number, JsonParser p) {
    JsonLocation loc = p.currentTokenLocation();
    long at = loc == null ? -1 : loc.getByteOffset();
    return new Source(in.path(), "record " + number + (at >= 0 ? " at byte " + at : ""));
  }

  /** The first line of a Jackson message, without the source excerpt Jackson appends. */
  static String brief(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    JsonLocation loc = e.getLocation();
    if (loc != null && loc.getColumnNr() > 0) {
      m += " (column " + loc.getColumnNr() + ")";
    }
    return m.length() > 300 ? m.substring(0, 300) + "..." : m;
  }
}
