package dev.quorum.extract.quotes;

import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyReport;
import dev.quorum.extract.CapitalizedNameFinder;
import dev.quorum.extract.EntityLinker;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.Pipelines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Prints the quotes of the seed articles (a debugging aid, not a test). */
final class QuoteSeedDump {

  static List<Article> seeds() throws Exception {
    List<Article> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "examples", "bakhmut"))) {
      for (Path f : files.sorted().toList()) {
        String id = f.getFileName().toString().replace(".txt", "");
        seeds.add(Pipelines.standard().process(new RawDocument(id, Source.file(id + ".txt"), "text",
            MediaType.TEXT, Files.readString(f, StandardCharsets.UTF_8),
            new Metadata(null, null, null, null, null, null))));
      }
    }
    return seeds;
  }

  public static void main(String[] args) throws Exception {
    List<Article> seeds = seeds();
    CopyReport report = new CopyDetector().detect(seeds);
    System.out.println("origins " + report.origins());
    QuoteExtractor x = new QuoteExtractor(new CapitalizedNameFinder(), EntityLinker.NONE);
    for (Article a : seeds) {
      for (ArticleQuote q : x.inArticle(a)) {
        System.out.println(a.id().substring(0, 3) + (q.direct() ? " D " : " I ") + q.kind() + " ["
            + q.speakerName() + "] {" + (q.speakerSpan() == null ? "-" : q.speakerSpan().of(a.text()))
            + "} cue=" + q.cue() + " ch=" + q.channel() + " :: " + q.text());
      }
    }
    for (Quote q : x.extract(seeds, report)) {
      if (q.mentions().size() > 1) {
        System.out.println(q.id() + " " + q.origins() + " " + q.speakerName() + " "
            + q.mentions().stream().map(QuoteMention::article).toList() + " " + q.text());
      }
    }
  }
}
