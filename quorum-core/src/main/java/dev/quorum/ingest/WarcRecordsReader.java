package dev.quorum.ingest;

import dev.quorum.model.Dates;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import dev.quorum.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Streams a WARC file with jwarc and turns every HTML capture into a document: {@code response}
 * records with a 2xx HTTP status and {@code resource} records whose content type is HTML, or, when
 * the type is missing or generic, whose body starts like an HTML page. Other records (requests,
 * metadata, images, redirects) are passed over silently.
 */
final class WarcRecordsReader implements FormatReader {

  private static final Pattern HTML_START =
      Pattern.compile(
          "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)[\\s>]",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Override
  public void read(Input in, DocumentSink sink) throws IOException {
    WarcReader reader = new WarcReader(in.stream());
    reader.setLenient(true);
    long n = 0;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        if (in.broken()) {
          return; // the data broke off inside a record; the caller reports the break
        }
        sink.skip(
            new Skip(
                new Source(in.path(), "record " + (n + 1) + " at byte " + reader.position()),
                "WARC parse error, rest of file not read ("
                    + n
                    + " records before it): "
                    + Decompressor.message(e)));
        return;
      }
      if (next.isEmpty()) {
        return;
      }
      n++;
      WarcRecord rec = next.get();
      Source src = new Source(in.path(), "record " + n + " at byte " + rec.position());
      try {
        handle(rec, in, src, sink);
      } catch (IOException | RuntimeException e) {
        if (e instanceof SinkFailure sf) {
          throw sf;
        }
        if (in.broken()) {
          return;
        }
        sink.skip(new Skip(src, "unreadable WARC record: " + Decompressor.message(e)));
      }
    }
  }

  private void handle(WarcRecord rec, Input in, Source src, DocumentSink sink) throws IOException {
    if (!(rec instanceof WarcResponse) && !(rec instanceof WarcResource)) {
      return;
    }
    long declared = rec.headers().first("Content-Length").map(Long::parseLong).orElse(-1L);
    String contentType;
    InputStream body;
    if (rec instanceof WarcResponse resp) {
      String warcType = rec.headers().first("Content-Type").orElse("");
      if (!base(warcType).equals("application/http")) {
        contentType = warcType;
        if (!mayBeHtml(contentType)) {
          return;
        }
        body = rec.body().stream();
      } else {
        HttpResponse http = resp.http();
        if (http.status() < 200 || http.status() > 299) {
          return;
        }
        contentType = http.headers().first("Content-Type").orElse("");
        if (!mayBeHtml(contentType)) {
          return;
        }
        if (declared > in.maxBytes()) {
          sink.skip(
              new Skip(src, "oversize record: " + declared + " bytes, limit " + in.maxBytes()));
          return;
        }
        body = http.bodyDecoded().stream();
      }
    } else {
      contentType = rec.headers().first("Content-Type").orElse("");
      if (!mayBeHtml(contentType)) {
        return;
      }
      body = rec.body().stream();
    }
    if (declared > in.maxBytes()) {
      sink.skip(new Skip(src, "oversize record: " + declared + " bytes, limit " + in.maxBytes()));
      return;
    }
    byte[] bytes = Bounded.readAtMost(body, in.maxBytes());
    if (bytes == null) {
      sink.skip(new Skip(src, "oversize record: more than " + in.maxBytes() + " bytes"));
      return;
    }
    if (!isHtmlType(contentType) && !sniffsAsHtml(bytes)) {
      return;
    }
    if (bytes.length == 0) {
      sink.skip(new Skip(src, "empty HTML body"));
      return;
    }
    Decoder.Decoded d = Decoder.html(bytes, charsetParam(contentType));
    String id = rec.id() == null ? null : rec.id().toString();
    if (id != null) {
      id = id.replace("<", "").replace(">", "").strip();
    }
    if (id == null || id.isEmpty()) {
      id = in.stem() + "#" + src.record();
    }
    String url = rec instanceof WarcTargetRecord t ? t.target() : null;
    String published = null;
    try {
      published = Dates.of(rec.date());
    } catch (RuntimeException e) {
      // a record without a usable WARC-Date keeps published unknown
    }
    sink.accept(
        new RawDocument(
            id,
            src,
            Format.WARC.label(),
            MediaType.HTML,
            d.text(),
            new Metadata(null, url, null, null, published, null)));
  }

  private static String base(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isHtmlType(String contentType) {
    String b = base(contentType);
    return b.equals("text/html") || b.equals("application/xhtml+xml");
  }

  /** HTML, or a type so generic that the body has to be looked at. */
  private static boolean mayBeHtml(String contentType) {
    String b = base(contentType);
    return isHtmlType(contentType)
        || b.isEmpty()
        || b.equals("application/octet-stream")
        || b.equals("text/plain")
        || b.equals("unknown/unknown")
        || b.equals("*/*");
  }

  private static boolean sniffsAsHtml(byte[] bytes) {
    int n = Math.min(bytes.length, 1024);
    int off = n >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb ? 3 : 0;
    return HTML_START.matcher(new String(bytes, off, n - off, StandardCharsets.ISO_8859_1)).find();
  }

  private static String charsetParam(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        return p.substring(8).replace("\"", "").replace("'", "").strip();
      }
    }
    return null;
  }
}
