package dev.quorum.bench;

import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Builds reproducible benchmark corpora (fixed seed) of news-like plain-text articles and HTML
 * pages from a pool of real paragraphs, with web debris and page chrome mixed in.
 */
public final class SyntheticCorpus {

  private static final String[] DEBRIS = {
    "Advertisement", "Read more:", "Share this article", "The story continues below the ad",
    "Sign up for our newsletter", "Recommended", "Click to play video", "Back to top",
  };

  private final List<String> paragraphs;
  private final SplittableRandom random;

  private SyntheticCorpus(List<String> paragraphs, long seed) {
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("no paragraphs to build a corpus from");
    }
    this.paragraphs = paragraphs;
    this.random = new SplittableRandom(seed);
  }

  /**
   * A corpus drawing on the paragraphs (non-blank lines of 20+ words) of the {@code .txt} files
   * below dir.
   */
  public static SyntheticCorpus fromTextFiles(Path dir, long seed) {
    List<String> pool = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.split("\\s+").length >= 20) {
            pool.add(line.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SyntheticCorpus(pool, seed);
  }

  /** Locates the repository's example corpora from the working directory or its ancestors. */
  public static Path examples() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolve("examples");
      if (Files.isDirectory(candidate) && Files.isRegularFile(p.resolve("quorum"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("the repository's examples/ folder is not found above " + dir);
  }

  /** The body paragraphs of one article of about {@code words} words. */
  private List<String> body(int words) {
    List<String> out = new ArrayList<>();
    int n = 0;
    while (n < words) {
      String p = paragraphs.get(random.nextInt(paragraphs.size()));
      out.add(p);
      n += p.split(" ").length;
    }
    return out;
  }

  /** A plain-text article: headline, blank line, paragraphs with a few debris lines. */
  public RawDocument plainText(int index, int words) {
    StringBuilder sb = new StringBuilder();
    sb.append(headline()).append("\n\n");
    for (String p : body(words)) {
      sb.append(p).append("\n\n");
      if (random.nextInt(6) == 0) {
        sb.append(DEBRIS[random.nextInt(DEBRIS.length)]).append("\n\n");
      }
    }
    String id = String.format("synthetic-%06d", index);
    return new RawDocument(id, Source.file(id + ".txt"), "text", MediaType.TEXT, sb.toString(),
        Metadata.EMPTY);
  }

  /** An HTML page with head metadata, navigation, the article, related links and a footer. */
  public RawDocument html(int index, int words) {
    String title = headline();
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(title).append(" | The Daily Example</title>")
        .append("<meta property=\"og:site_name\" content=\"The Daily Example\">")
        .append("<meta property=\"article:published_time\" content=\"2023-03-0")
        .append(1 + random.nextInt(9)).append("T10:00:00Z\">")
        .append("<link rel=\"canonical\" href=\"https://news.example.com/world/")
        .append(index).append("\">");
    for (int i = 0; i < 6; i++) {
      sb.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
          .append("gtag('js',new Date());gtag('config','X-").append(i).append("');</script>");
    }
    sb.append("<style>body{font-family:sans-serif}.nav a{margin:0 4px}.related li{padding:2px}</style>");
    sb.append("</head><body><header><nav class=\"nav\"><ul>");
    for (String s : new String[] {"Home", "World", "Politics", "Business", "Tech", "Sport", "Opinion"}) {
      sb.append("<li><a href=\"/").append(s.toLowerCase()).append("\">").append(s).append("</a></li>");
    }
    sb.append("</ul></nav><div class=\"subscribe\">Subscribe now for full access</div></header>");
    sb.append("<main><article><h1>").append(title).append("</h1>")
        .append("<div class=\"byline\">By <a rel=\"author\" href=\"/staff/1\">Staff Reporter</a></div>")
        .append("<div class=\"article-body\">");
    for (String p : body(words)) {
      sb.append("<p>").append(escape(p)).append("</p>");
      if (random.nextInt(5) == 0) {
        sb.append("<div class=\"ad-slot\"><span>Advertisement</span></div>");
      }
    }
    sb.append("</div></article><aside class=\"related\"><h2>Related</h2><ul>");
    for (int i = 0; i < 5; i++) {
      sb.append("<li><a href=\"/story/").append(random.nextInt(99999)).append("\">")
          .append(headline()).append("</a></li>");
    }
    sb.append("</ul></aside></main><footer><p>© 2023 The Daily Example. All rights reserved.</p>")
        .append("<a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer></body></html>");
    String id = String.format("synthetic-%06d", index);
    return new RawDocument(id, Source.file(id + ".html"), "html", MediaType.HTML, sb.toString(),
        Metadata.EMPTY);
  }

  private String headline() {
    String p = paragraphs.get(random.nextInt(paragraphs.size()));
    String[] w = p.split(" ");
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 6 + random.nextInt(6))));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
