package dev.quorum.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** The JSON factory and mapper shared by the commands. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Json() {}

  /** Writes the fields of one JSON object into an open object. */
  @FunctionalInterface
  interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes one pretty-printed JSON object whose fields {@code fields} writes, then a newline. */
  static void writeObject(PrintWriter out, Fields fields) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    }
    out.println();
  }

  /** Writes {@code values} as the array field {@code name}. */
  static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
