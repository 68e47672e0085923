package dev.quorum.ingest;

import java.util.Locale;
import java.util.Set;

/** Derives a document id from a file name by dropping its known extensions. */
final class FileNames {

  private static final Set<String> KNOWN =
      Set.of(
          "gz", "gzip", "txt", "text", "md", "html", "htm", "xhtml", "shtml", "json", "jsonl",
          "ndjson", "warc", "sgml", "sgm", "xml", "rss", "atom", "feed");

  private FileNames() {}

  /**
   * The file name without its directory and its known extensions: {@code 000_ab.txt} gives {@code
   * 000_ab}, {@code page.html.gz} gives {@code page}; an unknown suffix such as the {@code .0113}
   * of {@code APW19990519.0113} is kept. Never blank.
   */
  static String stem(String path) {
    String name = path.replace('\\', '/');
    int slash = name.lastIndexOf('/');
    if (slash >= 0) {
      name = name.substring(slash + 1);
    }
    String stem = name;
    while (true) {
      int dot = stem.lastIndexOf('.');
      if (dot <= 0 || !KNOWN.contains(stem.substring(dot + 1).toLowerCase(Locale.ROOT))) {
        break;
      }
      stem = stem.substring(0, dot);
    }
    if (stem.isBlank()) {
      stem = name.isBlank() ? "document" : name;
    }
    return stem;
  }
}
