package dev.quorum.ingest;

import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import dev.quorum.model.Source;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams TREC/LDC SGML newswire files {@code <DOC>} by {@code <DOC>}: each becomes a plain-text
 * document whose id is its DOCNO. Lines are read as UTF-8 when valid, else as windows-1252.
 */
final class SgmlReader implements FormatReader {

  private static final Pattern OPEN =
      Pattern.compile("<DOC(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSE = Pattern.compile("</DOC\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Charset FALLBACK = Charset.forName("windows-1252");

  @Override
  public void read(Input in, DocumentSink sink) throws IOException {
    LineReader lines = new LineReader(in.stream(), in.maxBytes());
    StringBuilder doc = null;
    String openTag = null;
    long size = 0;
    boolean over = false;
    long number = 0;
    boolean any = false;
    LineReader.Line line;
    while ((line = lines.next()) != null) {
      if (line.oversize()) {
        if (doc != null) {
          over = true;
        }
        continue;
      }
      String rest = decode(line.bytes());
      while (rest != null) {
        if (doc == null) {
          Matcher m = OPEN.matcher(rest);
          if (rest.indexOf('<') < 0 || !m.find()) {
            break;
          }
          number++;
          any = true;
          doc = new StringBuilder();
          openTag = m.group();
          size = 0;
          over = false;
          rest = rest.substring(m.end());
        } else {
          Matcher m = CLOSE.matcher(rest);
          boolean closed = rest.indexOf("</") >= 0 && m.find();
          String part = closed ? rest.substring(0, m.start()) : rest;
          size += part.length() + 1;
          if (size > in.maxBytes()) {
            over = true;
          }
          if (!over) {
            doc.append(part);
            if (!closed) {
              doc.append('\n');
            }
          }
          if (closed) {
            finish(openTag, doc, over, number, in, sink);
            doc = null;
            rest = rest.substring(m.end());
          } else {
            rest = null;
          }
        }
      }
    }
    if (doc != null && !in.broken()) {
      sink.skip(
          new Skip(new Source(in.path(), "doc " + number), "unterminated <DOC> at end of file"));
    } else if (!any && !in.broken()) {
      sink.skip(new Skip(Source.file(in.path()), "no <DOC> element"));
    }
  }

  private static void finish(
      String openTag, StringBuilder doc, boolean over, long number, Input in, DocumentSink sink) {
    Source src = new Source(in.path(), "doc " + number);
    if (over) {
      sink.skip(new Skip(src, "oversize record: more than " + in.maxBytes() + " bytes"));
      return;
    }
    SgmlDocs.Doc d = SgmlDocs.parse(openTag, doc.toString());
    String label = d.docno() == null ? "" : " (" + d.docno() + ")";
    if (!d.hasText()) {
      sink.skip(new Skip(src, "no <TEXT> element" + label));
      return;
    }
    if (d.body().isBlank()) {
      sink.skip(new Skip(src, "empty <TEXT>" + label));
      return;
    }
    String id = d.docno() != null ? d.docno() : in.stem() + "#" + number;
    sink.accept(
        new RawDocument(
            id,
            src,
            Format.SGML.label(),
            MediaType.TEXT,
            d.body(),
            new Metadata(d.title(), null, null, d.byline(), d.published(), d.dateline())));
  }

  private static String decode(byte[] b) {
    boolean ascii = true;
    for (byte x : b) {
      if (x < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(b, StandardCharsets.ISO_8859_1);
    }
    String s = Decoder.strict(b, StandardCharsets.UTF_8);
    return s != null ? s : new String(b, FALLBACK);
  }
}
