package dev.quorum.extract.claims;

import dev.quorum.copies.CopyReport;
import dev.quorum.copies.Origin;
import dev.quorum.extract.EntityType;
import dev.quorum.extract.NameFinder;
import dev.quorum.extract.NameMention;
import dev.quorum.extract.ner.PerceptronNameFinder;
import dev.quorum.model.Article;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Extracts numeric claims from articles and merges the same claim across a corpus into one, with
 * all its mentions and the number of independent origins reporting it.
 *
 * <p>Two mentions are the same claim when they count the same thing (the same head noun), in the
 * same unit, with the same normalized value, and their time scopes do not disagree; the wording
 * may differ ("nearly a fifth" and "nearly 20 percent" are both 0.2 of a share).
 *
 * <p>A pronoun claimant ("he said") is replaced by the nearest earlier person the name finder sees,
 * written as the fullest earlier form of that name, or dropped when there is none: a claimant is
 * never a bare pronoun. The name finder runs only on articles that need it. Thread-safe when the
 * name finder is.
 */
public final class ClaimExtractor {

  /** The name finder for pronoun claimants; null: the shipped English model, loaded on first use. */
  private final NameFinder names;

  /** An extractor resolving pronoun claimants with the shipped English name finder. */
  public ClaimExtractor() {
    this(null);
  }

  /**
   * An extractor resolving pronoun claimants with {@code names} (pass the one already loaded
   * elsewhere to avoid a second model); null for the shipped English name finder.
   */
  public ClaimExtractor(NameFinder names) {
    this.names = names;
  }

  /**
   * Loads the part-of-speech model now rather than on the first article, so a caller can load it in
   * parallel with other models at start-up. Idempotent and thread-safe.
   */
  public static void warmUp() {
    PosTags.warmUp();
  }

  private static final class DefaultNames {
    static final NameFinder FINDER = PerceptronNameFinder.english();
  }

  private NameFinder nameFinder() {
    return names != null ? names : DefaultNames.FINDER;
  }

  /** One mention as read from one sentence, before merging. */
  record Found(String article, Span span, Span sentence, String sentenceText, Amount amount,
      String quantity, String head, String scope, String place, String claimant, String hedge) {}

  /** The claims of one article, each with one origin. */
  public List<Claim> extract(Article article) {
    return merge(find(article), Map.of());
  }

  /** The claims of a corpus, the same claim in several articles merged into one. */
  public List<Claim> extract(List<Article> articles, CopyReport copies) {
    Map<String, String> originOf = new HashMap<>();
    if (copies != null) {
      for (Origin o : copies.origins()) {
        for (String a : o.articles()) {
          originOf.put(a, o.id());
        }
      }
    }
    List<Found> all = new ArrayList<>();
    for (Article a : articles) {
      all.addAll(find(a));
    }
    return merge(all, originOf);
  }

  /**
   * Claims about the same quantity in the same unit and scope, by that key; a group with more than
   * one value is a conflict.
   */
  public static Map<String, List<Claim>> byQuantity(List<Claim> claims) {
    Map<String, List<Claim>> out = new TreeMap<>();
    for (Claim c : claims) {
      if (c.quantityKey() == null) {
        continue;
      }
      String key = c.quantityKey() + "|" + c.unit() + "|" + normalizeScope(c.scope());
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  /** The groups of {@link #byQuantity} whose claims give different values. */
  public static Map<String, List<Claim>> conflicts(List<Claim> claims) {
    Map<String, List<Claim>> out = new TreeMap<>();
    byQuantity(claims).forEach((k, v) -> {
      if (v.stream().map(c -> valueKey(c.value(), c.high())).distinct().count() > 1) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** Every claim mention of one article, in text order. */
  List<Found> find(Article article) {
    String text = article.text();
    List<Sentence> sentences = article.sentences();
    List<List<Tok>> toks = new ArrayList<>(sentences.size());
    List<List<Amount>> amounts = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      List<Tok> t = mayHoldNumber(text, s.span())
          ? Lexer.tokens(text, s.span().start(), s.span().end()) : List.of();
      toks.add(t);
      amounts.add(t.isEmpty() ? List.of() : Grammar.read(t));
    }
    List<Found> out = new ArrayList<>();
    List<int[]> pronouns = new ArrayList<>(); // {index in out, sentence, offset} of "he"/"she"
    for (int si = 0; si < sentences.size(); si++) {
      List<Amount> as = amounts.get(si);
      if (as.stream().noneMatch(a -> a.kind() == Amount.Kind.CLAIM)) {
        continue;
      }
      Span sspan = sentences.get(si).span();
      String stext = sspan.of(text);
      List<Tok> t = toks.get(si);
      String[] tags = PosTags.tag(t, as);
      String hedge = SentenceContext.hedge(stext);
      if (hedge == null && si + 1 < sentences.size()
          && amounts.get(si + 1).stream().noneMatch(a -> a.kind() == Amount.Kind.CLAIM)) {
        hedge = SentenceContext.backwardHedge(sentences.get(si + 1).span().of(text));
      }
      List<SentenceContext.Phrase> scopes = SentenceContext.scopes(t, tags, as);
      List<SentenceContext.Phrase> places = SentenceContext.places(t);
      for (Amount a : as) {
        if (a.kind() != Amount.Kind.CLAIM) {
          continue;
        }
        Span span = new Span(t.get(a.first()).start(), t.get(a.end() - 1).end());
        String[] q = SentenceContext.quantity(text, t, tags, a);
        SentenceContext.Phrase sc = SentenceContext.nearest(t, tags, scopes, a);
        SentenceContext.Phrase pl = SentenceContext.nearest(t, tags, places, a);
        String scope = sc == null ? null : phrase(text, t, sc);
        String place = pl == null ? null : phrase(text, t, pl);
        if (place != null && scope != null && scope.contains(place)) {
          place = null;
        }
        int[] ct = SentenceContext.claimantTokens(t, tags, a);
        String claimant = null;
        if (ct != null) {
          claimant = text.substring(t.get(ct[0]).start(), t.get(ct[1] - 1).end());
          if (ct[1] - ct[0] == 1 && PRONOUNS.contains(t.get(ct[0]).lower())) {
            claimant = null; // resolved below when "he" or "she", else dropped
            if (RESOLVED.contains(t.get(ct[0]).lower())) {
              pronouns.add(new int[] {out.size(), si, t.get(ct[0]).start()});
            }
          }
        }
        out.add(new Found(article.id(), span, sspan, stext, a, q[0], q[1], scope, place,
            claimant, hedge));
      }
    }
    if (!pronouns.isEmpty()) {
      // names are looked for only up to the last sentence that needs them: the name finder is
      // the dearest step, and an antecedent comes before its pronoun
      int last = pronouns.get(pronouns.size() - 1)[1];
      Article upTo = last + 1 == sentences.size() ? article
          : new Article(article.id(), article.source(), article.metadata(), article.language(),
              text, article.paragraphs(), sentences.subList(0, last + 1), article.removed());
      List<NameMention> people = persons(nameFinder().find(upTo));
      for (int[] p : pronouns) {
        Found f = out.get(p[0]);
        out.set(p[0], new Found(f.article(), f.span(), f.sentence(), f.sentenceText(), f.amount(),
            f.quantity(), f.head(), f.scope(), f.place(), antecedent(people, p[2], text), f.hedge()));
      }
    }
    return out;
  }

  /** Pronouns that may stand as a claimant; only {@link #RESOLVED} ones are resolved. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i",
      "you", "him", "her", "them");

  /**
   * The pronouns resolved to a person. "They", "it", "we" are dropped: they refer to groups,
   * organisations or the speaker of a quote more often than to a named person.
   */
  private static final Set<String> RESOLVED = Set.of("he", "she");

  private static List<NameMention> persons(List<NameMention> found) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention m : found) {
      if (m.type() == EntityType.PERSON) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(NameMention::span));
    return out;
  }

  /**
   * The person a "he" or "she" at {@code at} refers to: the nearest person named before it, as the
   * longest earlier mention with the same last word ("Jane Smith" for a later "Smith"); null when
   * no person is named before it.
   */
  static String antecedent(List<NameMention> people, int at, String text) {
    NameMention nearest = null;
    for (NameMention m : people) {
      if (m.span().end() > at) {
        break;
      }
      if (!afterPlacePreposition(text, m.span().start())) {
        nearest = m;
      }
    }
    if (nearest == null) {
      return null;
    }
    String last = lastWord(nearest.text());
    String best = nearest.text();
    for (NameMention m : people) {
      if (m.span().end() > at) {
        break;
      }
      if (m.text().length() > best.length() && lastWord(m.text()).equals(last)) {
        best = m.text();
      }
    }
    return best;
  }

  /** Prepositions after which a "person" is mostly a mis-tagged place ("talks in Geneva"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("of", "in", "at", "into", "from",
      "near", "outside", "inside", "around", "toward", "towards");

  /**
   * Whether the name starting at {@code start} follows a place preposition: such a mention is
   * skipped as an antecedent, since a speaker is rarely named as the object of "in" or "of".
   */
  static boolean afterPlacePreposition(String text, int start) {
    int e = start;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < e && PLACE_PREPOSITIONS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }

  private static String lastWord(String name) {
    String[] w = name.strip().split("\\s+");
    return w[w.length - 1];
  }

  private static String phrase(String text, List<Tok> t, SentenceContext.Phrase p) {
    return text.substring(t.get(p.from()).start(), t.get(p.to() - 1).end());
  }

  /** Cheap test before tokenizing: a digit or a letter sequence that may be a number word. */
  private static boolean mayHoldNumber(String text, Span s) {
    for (int i = s.start(); i < s.end(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    String l = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
    for (String w : WORD_HINTS) {
      if (l.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] WORD_HINTS = {"one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty",
      "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
      "billion", "dozen", "half", "third", "quarter", "fifth", "tenth", "percent"};

  private static List<Claim> merge(List<Found> found, Map<String, String> originOf) {
    List<Found> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(Found::article).thenComparing(f -> f.span().start()));
    Map<String, List<Found>> groups = new LinkedHashMap<>();
    for (Found f : sorted) {
      String key = f.head() == null
          ? "#" + f.article() + "#" + f.span().start()
          : f.head() + "|" + f.amount().unit() + "|" + valueKey(f.amount().value(), f.amount().high());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<List<Found>> claims = new ArrayList<>();
    for (List<Found> g : groups.values()) {
      // split by disagreeing scopes; mentions without a scope join the largest group
      Map<String, List<Found>> byScope = new LinkedHashMap<>();
      List<Found> unscoped = new ArrayList<>();
      for (Found f : g) {
        if (f.scope() == null) {
          unscoped.add(f);
        } else {
          byScope.computeIfAbsent(normalizeScope(f.scope()), k -> new ArrayList<>()).add(f);
        }
      }
      if (byScope.isEmpty()) {
        claims.add(unscoped);
        continue;
      }
      List<Found> largest = null;
      for (List<Found> s : byScope.values()) {
        if (largest == null || s.size() > largest.size()) {
          largest = s;
        }
      }
      largest.addAll(unscoped);
      for (List<Found> s : byScope.values()) {
        s.sort(Comparator.comparing(Found::article).thenComparing(f -> f.span().start()));
        claims.add(s);
      }
    }
    claims.sort(Comparator.comparing((List<Found> c) -> c.get(0).article())
        .thenComparing(c -> c.get(0).span().start()));
    List<Claim> out = new ArrayList<>();
    for (List<Found> c : claims) {
      out.add(toClaim(String.format(Locale.ROOT, "c%03d", out.size() + 1), c, originOf));
    }
    return out;
  }

  private static Claim toClaim(String id, List<Found> c, Map<String, String> originOf) {
    Found first = c.get(0);
    Set<String> origins = new HashSet<>();
    List<ClaimMention> mentions = new ArrayList<>();
    String qualifier = null;
    String quantity = null;
    String scope = null;
    String place = null;
    String claimant = null;
    String hedge = null;
    for (Found f : c) {
      origins.add(originOf.getOrDefault(f.article(), f.article()));
      mentions.add(new ClaimMention(f.article(), f.span(), f.sentence(), f.claimant(), f.hedge()));
      qualifier = qualifier == null ? f.amount().qualifier() : qualifier;
      quantity = quantity == null ? f.quantity() : quantity;
      scope = scope == null ? f.scope() : scope;
      place = place == null ? f.place() : place;
      claimant = claimant == null ? f.claimant() : claimant;
      hedge = hedge == null ? f.hedge() : hedge;
    }
    double value = first.amount().value();
    Double high = first.amount().high();
    if (high != null && high < value) {
      double t = value;
      value = high;
      high = t;
    }
    return new Claim(id, first.sentenceText(), value, high, first.amount().unit(), qualifier,
        quantity, first.head(), scope, place, claimant, hedge != null, hedge, mentions,
        origins.size());
  }

  static String valueKey(double value, Double high) {
    return String.format(Locale.ROOT, "%.5g", value)
        + (high == null ? "" : String.format(Locale.ROOT, "-%.5g", high));
  }

  /** A scope with prepositions and articles dropped and "last" read as "past". */
  static String normalizeScope(String scope) {
    if (scope == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String w : scope.toLowerCase(Locale.ROOT).split("[\\s,.]+")) {
      if (Set.of("in", "on", "during", "over", "for", "within", "the", "a", "an").contains(w)
          || w.isEmpty()) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(w.equals("last") ? "past" : w);
    }
    return sb.toString();
  }
}
