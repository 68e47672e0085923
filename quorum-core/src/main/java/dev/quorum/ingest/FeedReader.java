package dev.quorum.ingest;

import dev.quorum.model.Dates;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import dev.quorum.model.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads an RSS or Atom feed file with Rome: every entry becomes an HTML document whose body is its
 * full content ({@code content:encoded}, Atom {@code content}) or else its description.
 *
 * <p>Rome builds the whole feed in memory, so a feed counts as a one-document file for the size
 * limit. DOCTYPE declarations are refused (Rome's default), which shuts out XML entity attacks.
 */
final class FeedReader implements FormatReader {

  @Override
  public void read(Input in, DocumentSink sink) throws IOException {
    byte[] bytes = Bounded.readAtMost(in.stream(), in.maxBytes());
    if (in.broken()) {
      return; // a partial document is not accepted; the caller reports the break
    }
    if (bytes == null) {
      sink.skip(
          new Skip(Source.file(in.path()), "oversize: more than " + in.maxBytes() + " bytes"));
      return;
    }
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      sink.skip(new Skip(Source.file(in.path()), "malformed feed: " + Decompressor.message(e)));
      return;
    }
    String outlet = blankToNull(feed.getTitle());
    List<SyndEntry> entries = feed.getEntries() == null ? List.of() : feed.getEntries();
    if (entries.isEmpty()) {
      sink.skip(new Skip(Source.file(in.path()), "feed has no entries"));
      return;
    }
    long n = 0;
    for (SyndEntry e : entries) {
      n++;
      Source src = new Source(in.path(), "entry " + n);
      String body = body(e);
      if (body == null) {
        sink.skip(new Skip(src, "entry has neither content nor description"));
        continue;
      }
      String link = blankToNull(e.getLink());
      String id = blankToNull(e.getUri());
      if (id == null) {
        id = link != null ? link : in.stem() + "#" + n;
      }
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      Metadata meta =
          new Metadata(
              blankToNull(e.getTitle()),
              link,
              outlet,
              author(e),
              date == null ? null : Dates.of(date.toInstant()),
              null);
      sink.accept(
          new RawDocument(id.strip(), src, Format.FEED.label(), MediaType.HTML, body, meta));
    }
  }

  private static String body(SyndEntry e) {
    if (e.getContents() != null) {
      StringBuilder b = new StringBuilder();
      for (SyndContent c : e.getContents()) {
        if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
          b.append(b.length() > 0 ? "\n" : "").append(c.getValue().strip());
        }
      }
      if (b.length() > 0) {
        return b.toString();
      }
    }
    SyndContent d = e.getDescription();
    return d == null ? null : blankToNull(d.getValue());
  }

  private static String author(SyndEntry e) {
    List<String> names = new ArrayList<>();
    if (e.getAuthors() != null) {
      for (SyndPerson p : e.getAuthors()) {
        if (p != null && blankToNull(p.getName()) != null) {
          names.add(p.getName().strip());
        }
      }
    }
    if (names.isEmpty()) {
      return blankToNull(e.getAuthor());
    }
    return String.join(", ", names);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
