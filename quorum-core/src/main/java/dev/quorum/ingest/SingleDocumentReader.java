package dev.quorum.ingest;

import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import dev.quorum.model.Source;
import java.io.IOException;

/** Reads a plain-text or HTML file as one document, decoding its charset. */
final class SingleDocumentReader implements FormatReader {

  private final Format format;

  SingleDocumentReader(Format format) {
    this.format = format;
  }

  @Override
  public void read(Input in, DocumentSink sink) throws IOException {
    Source src = Source.file(in.path());
    byte[] bytes = Bounded.readAtMost(in.stream(), in.maxBytes());
    if (in.broken()) {
      return; // a partial document is not accepted; the caller reports the break
    }
    if (bytes == null) {
      sink.skip(new Skip(src, "oversize: more than " + in.maxBytes() + " bytes"));
      return;
    }
    boolean html = format == Format.HTML;
    Decoder.Decoded d = html ? Decoder.html(bytes, null) : Decoder.text(bytes);
    String body = d.text();
    if (Decoder.looksBinary(body)) {
      sink.skip(new Skip(src, "undecodable: not text in " + d.charset().name()));
      return;
    }
    if (body.isBlank()) {
      sink.skip(new Skip(src, "blank document"));
      return;
    }
    sink.accept(
        new RawDocument(
            in.stem(),
            src,
            format.label(),
            html ? MediaType.HTML : MediaType.TEXT,
            body,
            Metadata.EMPTY));
  }
}
