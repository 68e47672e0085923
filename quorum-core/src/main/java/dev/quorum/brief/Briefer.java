package dev.quorum.brief;

import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyRelation;
import dev.quorum.copies.CopyReport;
import dev.quorum.copies.Origin;
import dev.quorum.corroborate.Corroborator;
import dev.quorum.corroborate.Fact;
import dev.quorum.corroborate.Verdict;
import dev.quorum.extract.CachingNameFinder;
import dev.quorum.extract.NameFinder;
import dev.quorum.extract.claims.Claim;
import dev.quorum.extract.claims.ClaimExtractor;
import dev.quorum.extract.claims.ClaimMention;
import dev.quorum.extract.entities.Entities;
import dev.quorum.extract.entities.Entity;
import dev.quorum.extract.entities.EntityMention;
import dev.quorum.extract.entities.EntityResolver;
import dev.quorum.extract.ner.PerceptronNameFinder;
import dev.quorum.extract.quotes.Quote;
import dev.quorum.extract.quotes.QuoteExtractor;
import dev.quorum.extract.quotes.QuoteMention;
import dev.quorum.model.Article;
import dev.quorum.model.Span;
import dev.quorum.stories.Stories;
import dev.quorum.stories.Story;
import dev.quorum.stories.StoryClusterer;
import dev.quorum.text.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs every analysis stage over a corpus (copies, stories, entities, quotes, claims,
 * corroboration, summaries) and assembles the briefing, timing each stage.
 */
public final class Briefer implements AutoCloseable {

  /**
   * What a briefing shows.
   *
   * @param words the length of each story's summary in words
   * @param figures at most this many key figures per story (disputed ones always shown)
   * @param quotes at most this many quotes per story
   * @param entities at most this many entities per story
   * @param embeddings whether story clustering uses sentence embeddings (slower; on DUC 2003 no
   *     better than the lexical signals, so off by default)
   */
  public record Options(int words, int figures, int quotes, int entities, boolean embeddings) {

    public static final Options DEFAULT = new Options(150, 12, 10, 12, false);

    public Options {
      if (words < 1 || figures < 0 || quotes < 0 || entities < 0) {
        throw new IllegalArgumentException("briefing sizes must be positive");
      }
    }

    public Options withWords(int n) {
      return new Options(n, figures, quotes, entities, embeddings);
    }

    public Options withEmbeddings(boolean on) {
      return new Options(words, figures, quotes, entities, on);
    }
  }

  /**
   * Everything the stages found, and the briefing made of it.
   *
   * @param articles the articles, ids unique
   * @param copies copy relations and origins
   * @param stories storylines and their events
   * @param entities corpus-wide entities
   * @param quotes corpus-wide quotes
   * @param claims corpus-wide claims
   * @param verdicts corroboration status of each claim, by claim id
   * @param summaries each story's summary, by story id
   * @param briefing the briefing to render
   * @param millis wall time of each stage in milliseconds, in run order
   */
  public record Result(
      List<Article> articles,
      CopyReport copies,
      Stories stories,
      Entities entities,
      List<Quote> quotes,
      List<Claim> claims,
      Map<String, Verdict> verdicts,
      Map<String, List<SummarySentence>> summaries,
      Briefing briefing,
      Map<String, Long> millis) {}

  private final Options options;
  private final Map<String, Long> millis =
      java.util.Collections.synchronizedMap(new LinkedHashMap<>());
  private final CompletableFuture<NameFinder> names;
  private final CompletableFuture<SentenceEmbedder> embedder;
  private final CompletableFuture<EntityResolver> resolver;

  /**
   * A briefer that starts loading its models at once, in the background, so that they are ready
   * by the time the caller has read the articles.
   */
  public Briefer(Options options) {
    this.options = options;
    this.names = CompletableFuture.supplyAsync(PerceptronNameFinder::english, LOADER);
    this.resolver = CompletableFuture.supplyAsync(() -> new EntityResolver(null), LOADER);
    LOADER.execute(ClaimExtractor::warmUp);
    this.embedder = options.embeddings()
        ? CompletableFuture.supplyAsync(SentenceEmbedder::open, LOADER)
        : CompletableFuture.completedFuture(null);
  }

  /** Daemon threads that load models while the articles are read. */
  private static final java.util.concurrent.Executor LOADER = r -> {
    Thread t = new Thread(r, "quorum-model-loader");
    t.setDaemon(true);
    t.start();
  };

  @Override
  public void close() {
    SentenceEmbedder e = embedder.getNow(null);
    if (e != null) {
      e.close();
    } else {
      embedder.thenAccept(x -> {
        if (x != null) {
          x.close();
        }
      });
    }
  }

  /** Briefs {@code articles}, whose ids must be distinct. */
  public Result brief(List<Article> articles) {
    millis.clear();
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("article id '" + a.id() + "' occurs twice");
      }
    }
    CopyReport copies = timed("copies", () -> new CopyDetector().detect(articles));
    CachingNameFinder names = new CachingNameFinder(timed("ner model", this.names::join));
    timed("names", () -> {
      names.prefetch(articles, Math.max(1, Runtime.getRuntime().availableProcessors()));
      return null;
    });
    SentenceEmbedder embedder = timed("embedding model", this.embedder::join);
    // Claims need only the names and the copies: they run on the second core meanwhile.
    CompletableFuture<List<Claim>> claimsLater = CompletableFuture.supplyAsync(
        () -> timed("claims", () -> new ClaimExtractor(names).extract(articles, copies)), LOADER);
    Stories stories = timed("stories", () -> StoryClusterer.cluster(articles, copies,
        StoryClusterer.Options.defaults(embedder != null), names, embedder));
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Summarizer summarizer = new Summarizer(Summarizer.Options.defaults().withWords(options.words()));
    CompletableFuture<Map<String, List<SummarySentence>>> summariesLater =
        claimsLater.thenApplyAsync(c -> timed("summaries", () -> {
          Map<String, List<SummarySentence>> out = new LinkedHashMap<>();
          for (Story s : stories.stories()) {
            List<Article> members = s.articles().stream().map(byId::get).toList();
            out.put(s.id(), summarizer.summarize(members, copies));
          }
          return out;
        }), LOADER);
    Entities entities = timed("entities", () -> resolver.join().resolve(articles,
        articles.stream().map(names::find).toList()));
    List<Quote> quotes = timed("quotes",
        () -> new QuoteExtractor(names, entities).extract(articles, copies));
    List<Claim> claims = claimsLater.join();
    Map<String, List<SummarySentence>> summaries = summariesLater.join();
    Map<String, String> originOf = originOf(copies, articles);
    Map<String, Verdict> verdicts = timed("corroboration",
        () -> new Corroborator().judge(facts(claims, originOf)));
    Briefing briefing = timed("assembly", () -> assemble(byId, copies, stories, entities, quotes,
        claims, verdicts, summaries, originOf));
    return new Result(List.copyOf(articles), copies, stories, entities, quotes, claims, verdicts,
        summaries, briefing, java.util.Collections.unmodifiableMap(millis()));
  }

  /** Stage timings of the last run, in the order the stages started or ended. */
  public Map<String, Long> millis() {
    synchronized (millis) {
      return new LinkedHashMap<>(millis);
    }
  }

  private <T> T timed(String stage, Supplier<T> work) {
    long t0 = System.nanoTime();
    T v = work.get();
    millis.merge(stage, (System.nanoTime() - t0) / 1_000_000, Long::sum);
    return v;
  }

  /** Article id to origin id; an article in no origin is its own. */
  static Map<String, String> originOf(CopyReport copies, List<Article> articles) {
    Map<String, String> out = new HashMap<>();
    for (Origin o : copies.origins()) {
      for (String a : o.articles()) {
        out.put(a, o.id());
      }
    }
    for (Article a : articles) {
      out.putIfAbsent(a.id(), a.id());
    }
    return out;
  }

  /**
   * Claims as corroboration sees them. A claim is hedged when no origin states it without a hedge;
   * its scope key joins the time scope and the place, so figures for different periods or places
   * are never set against each other.
   */
  static List<Fact> facts(List<Claim> claims, Map<String, String> originOf) {
    List<Fact> out = new ArrayList<>();
    for (Claim c : claims) {
      Set<String> origins = new TreeSet<>();
      Set<String> plain = new TreeSet<>();
      for (ClaimMention m : c.mentions()) {
        String o = originOf.getOrDefault(m.article(), m.article());
        origins.add(o);
        if (m.hedge() == null) {
          plain.add(o);
        }
      }
      String scope = (c.scope() == null ? "" : c.scope().toLowerCase(Locale.ROOT).trim()) + "|"
          + (c.place() == null ? "" : c.place().toLowerCase(Locale.ROOT).trim());
      double value = c.high() == null ? c.value() : (c.value() + c.high()) / 2;
      // A figure that counts nothing recognisable is compared with nothing.
      String quantity = c.quantityKey() == null || c.quantityKey().isBlank()
          ? "\u0000" + c.id() : c.quantityKey();
      out.add(new Fact(c.id(), quantity, scope, c.unit(), value, c.qualifier(),
          plain.isEmpty(), origins));
    }
    return out;
  }

  private Briefing assemble(Map<String, Article> byId, CopyReport copies, Stories stories,
      Entities entities, List<Quote> quotes, List<Claim> claims, Map<String, Verdict> verdicts,
      Map<String, List<SummarySentence>> summaries, Map<String, String> originOf) {
    List<Briefing.Story> out = new ArrayList<>();
    for (Story s : stories.stories()) {
      Set<String> members = new HashSet<>(s.articles());
      List<Briefing.Event> events = s.events().stream()
          .map(e -> new Briefing.Event(e.id(), e.title(), e.articles())).toList();
      List<Briefing.Statement> summary = summaries.get(s.id()).stream()
          .map(ss -> new Briefing.Statement(ss.text(), ss.mentions().stream()
              .map(m -> new Citation(m.article(), m.span())).toList(), ss.origins()))
          .toList();
      out.add(new Briefing.Story(s.id(), s.title(), span(s.first(), s.last()), s.articles(),
          events, summary, figures(claims, verdicts, members, byId, originOf),
          quotes(quotes, members, entities, originOf), entities(entities, members),
          timeline(s.articles(), byId)));
    }
    List<Briefing.Source> sources = new ArrayList<>();
    for (Article a : byId.values()) {
      sources.add(new Briefing.Source(a.id(), headline(a), a.metadata().outlet(),
          a.metadata().published(), a.metadata().url(), originOf.get(a.id())));
    }
    List<Briefing.Copy> copyLines = new ArrayList<>();
    for (CopyRelation r : copies.copies()) {
      copyLines.add(new Briefing.Copy(r.a(), r.kind().verb(), r.b(), r.aligned().size(),
          byId.get(r.b()).sentences().size()));
    }
    String title = out.isEmpty() ? "No articles" : out.get(0).title();
    return new Briefing(title, out, sources, copyLines, copies.origins().size());
  }

  private static String span(String first, String last) {
    if (first == null) {
      return null;
    }
    return first.equals(last) || last == null ? first : first + " to " + last;
  }

  private List<Briefing.Figure> figures(List<Claim> claims, Map<String, Verdict> verdicts,
      Set<String> members, Map<String, Article> byId, Map<String, String> originOf) {
    record Ranked(Claim claim, List<Citation> cites, int origins, boolean disputed) {}
    List<Ranked> ranked = new ArrayList<>();
    for (Claim c : claims) {
      List<Citation> cites = new ArrayList<>();
      Set<String> origins = new HashSet<>();
      for (ClaimMention m : c.mentions()) {
        if (members.contains(m.article())) {
          cites.add(new Citation(m.article(), m.span()));
          origins.add(originOf.getOrDefault(m.article(), m.article()));
        }
      }
      if (cites.isEmpty()) {
        continue;
      }
      Verdict v = verdicts.get(c.id());
      ranked.add(new Ranked(c, cites, origins.size(),
          v != null && v.status() == ClaimStatus.DISPUTED));
    }
    // Disputed figures first, then the best confirmed, then those that say most: what is
    // counted, over which period, by whose account.
    ranked.sort(Comparator.comparing((Ranked r) -> !r.disputed())
        .thenComparing(r -> -r.origins())
        .thenComparing(r -> -richness(r.claim()))
        .thenComparing(r -> -r.cites().size())
        .thenComparing(r -> r.claim().id()));
    List<Briefing.Figure> out = new ArrayList<>();
    for (Ranked r : ranked) {
      if (out.size() >= options.figures() && !r.disputed()) {
        break;
      }
      Claim c = r.claim();
      Verdict v = verdicts.get(c.id());
      ClaimStatus status = v == null
          ? (r.origins() >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE)
          : v.status();
      Citation first = r.cites().get(0);
      String value = first.span().of(byId.get(first.article()).text());
      out.add(new Briefing.Figure(c.id(), value, c.quantity(), c.scope(), c.claimant(), status,
          status == ClaimStatus.UNVERIFIED ? c.hedge() : null, r.cites(), r.origins(),
          v == null ? List.of() : v.conflicts()));
    }
    return out;
  }

  private static int richness(Claim c) {
    return (blank(c.quantity()) ? 0 : 1) + (blank(c.scope()) ? 0 : 1)
        + (blank(c.claimant()) ? 0 : 1);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private List<Briefing.Quote> quotes(List<Quote> quotes, Set<String> members, Entities entities,
      Map<String, String> originOf) {
    record Ranked(Quote quote, List<Citation> cites, int origins) {}
    List<Ranked> ranked = new ArrayList<>();
    for (Quote q : quotes) {
      List<Citation> cites = new ArrayList<>();
      Set<String> origins = new HashSet<>();
      for (QuoteMention m : q.mentions()) {
        if (members.contains(m.article())) {
          cites.add(new Citation(m.article(), m.span()));
          origins.add(originOf.getOrDefault(m.article(), m.article()));
        }
      }
      if (!cites.isEmpty() && words(q.text()) >= MIN_QUOTE_WORDS) {
        ranked.add(new Ranked(q, cites, origins.size()));
      }
    }
    ranked.sort(Comparator.comparing((Ranked r) -> !r.quote().direct())
        .thenComparing(r -> -r.origins())
        .thenComparing(r -> r.quote().speakerName() == null)
        .thenComparing(r -> r.quote().id()));
    List<Briefing.Quote> out = new ArrayList<>();
    for (Ranked r : ranked.subList(0, Math.min(options.quotes(), ranked.size()))) {
      Quote q = r.quote();
      String speaker = q.speakerName();
      if (q.speaker() != null) {
        speaker = entities.byId(q.speaker()).map(Entity::name).orElse(speaker);
      }
      out.add(new Briefing.Quote(q.id(), q.text(), speaker, q.direct(), r.cites(), r.origins()));
    }
    return out;
  }

  /** Quoted fragments shorter than this ("offensive") say little on their own. */
  private static final int MIN_QUOTE_WORDS = 4;

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /**
   * The persons, organisations and places most mentioned in the story. Other names (mostly
   * nationality adjectives such as "Ukrainian") are left to the JSON.
   */
  private List<Briefing.Entity> entities(Entities entities, Set<String> members) {
    record Counted(Entity entity, int mentions) {}
    List<Counted> counted = new ArrayList<>();
    for (Entity e : entities.entities()) {
      int n = 0;
      for (EntityMention m : e.mentions()) {
        if (members.contains(m.article())) {
          n++;
        }
      }
      if (n > 0 && e.type() != dev.quorum.extract.EntityType.MISC) {
        counted.add(new Counted(e, n));
      }
    }
    counted.sort(Comparator.comparing((Counted c) -> -c.mentions())
        .thenComparing(c -> c.entity().id()));
    return counted.subList(0, Math.min(options.entities(), counted.size())).stream()
        .map(c -> new Briefing.Entity(c.entity().id(), c.entity().name(),
            c.entity().type().name(), c.entity().aliases(), c.entity().roles(), c.mentions()))
        .toList();
  }

  private static List<Briefing.Dated> timeline(List<String> members, Map<String, Article> byId) {
    List<Briefing.Dated> out = new ArrayList<>();
    for (String id : members) {
      Article a = byId.get(id);
      String date = a.metadata().published();
      if (date != null && !date.isBlank()) {
        out.add(new Briefing.Dated(date, id, headline(a)));
      }
    }
    out.sort(Comparator.comparing(Briefing.Dated::date).thenComparing(Briefing.Dated::article));
    return out;
  }

  /** The article's title, else its first sentence cut at a word near 90 characters. */
  static String headline(Article a) {
    String t = a.metadata().title();
    if (t != null && !t.isBlank()) {
      return t;
    }
    if (a.sentences().isEmpty()) {
      return a.id();
    }
    String first = a.sentenceText(0).strip();
    if (first.length() <= 90) {
      return first;
    }
    int cut = first.lastIndexOf(' ', 90);
    return first.substring(0, cut > 40 ? cut : 90) + " …";
  }

  /** The cited span of {@code c} in its article's text; for tests and writers. */
  static String cited(Citation c, Map<String, Article> byId) {
    Span s = c.span();
    return s.of(byId.get(c.article()).text());
  }
}
