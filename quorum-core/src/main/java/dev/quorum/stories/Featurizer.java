package dev.quorum.stories;

import dev.quorum.extract.NameFinder;
import dev.quorum.extract.NameMention;
import dev.quorum.model.Article;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article into a {@link Unit}: light-stemmed content words of the text (the headline's
 * counted twice), names from the injected finder (whole name and its last word), the publication
 * day, and the opening used for embedding and fallback titles.
 */
final class Featurizer {

  /** English function words and reporting verbs, which say nothing about what happened. */
  static final Set<String> STOP_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to",
      "for", "from", "by", "with", "without", "about", "as", "into", "onto", "over", "under",
      "after", "before", "since", "until", "than", "then", "that", "this", "these", "those",
      "there", "here", "it", "its", "he", "she", "they", "we", "you", "i", "him", "her",
      "them", "us", "me", "his", "hers", "their", "theirs", "our", "ours", "your", "my", "who",
      "whom", "whose", "which", "what", "when", "where", "why", "how", "is", "are", "was", "were",
      "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will",
      "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also",
      "just", "only", "very", "more", "most", "such", "some", "any", "all", "each", "both",
      "other", "own", "same", "too", "s", "said", "says", "say", "if", "while", "because",
      "though", "although", "up", "down", "out", "off", "again", "further", "once", "per", "via",
      "mr", "mrs", "ms", "told", "new", "one", "two", "three", "year", "years", "last", "first",
      "now", "many", "much", "like", "even", "still", "well", "get", "got", "make", "made", "take",
      "took", "according", "including", "people", "time", "day", "week", "month", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
      "tomorrow", "ago", "against", "between", "during", "through", "around", "among", "within",
      "added", "asked", "there's", "it's", "don't", "didn't", "n't", "ll", "ve", "re", "d", "t");

  /** Words of the opening embedded per unit: headline and lead carry what the story is about. */
  static final int OPENING_CHARS = 300;

  private final NameFinder names;
  private final Vocabulary terms;
  private final Vocabulary entities;

  Featurizer(NameFinder names, Vocabulary terms, Vocabulary entities) {
    this.names = names;
    this.terms = terms;
    this.entities = entities;
  }

  /** What an article says, before its words are numbered: safe to compute on many threads. */
  record Raw(String id, String title, String opening, int day, Map<String, float[]> terms,
      List<String> titleTerms, Map<String, float[]> names, Map<String, String> surfaces) {}

  Unit featurize(Article article) {
    return number(extract(article));
  }

  /** Content-word stems and names with their counts, in order of first occurrence. */
  Raw extract(Article article) {
    String text = article.text();
    Map<String, float[]> tf = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      for (Span t : s.tokens()) {
        addTerm(tf, t.of(text));
      }
    }
    String title = article.metadata().title();
    if (title != null && title.isBlank()) {
      title = null;
    }
    List<String> titleTerms = new ArrayList<>();
    if (title != null) {
      Map<String, float[]> tt = new LinkedHashMap<>();
      for (String w : title.split("[^\\p{L}\\p{N}'’]+")) {
        addTerm(tt, w);
      }
      titleTerms.addAll(tt.keySet());
      tt.forEach((k, v) -> tf.computeIfAbsent(k, x -> new float[1])[0] += v[0]);
    }
    Map<String, float[]> ef = new LinkedHashMap<>();
    Map<String, String> surfaces = new HashMap<>();
    for (NameMention m : names.find(article)) {
      String name = m.text().replace('’', '\'').replaceAll("'s$", "").strip();
      if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
        continue;
      }
      String key = name.toLowerCase(Locale.ROOT);
      ef.computeIfAbsent(key, x -> new float[1])[0]++;
      surfaces.putIfAbsent(key, name);
      int space = name.lastIndexOf(' ');
      if (space > 0) {
        String last = name.substring(space + 1);
        if (last.length() > 1) {
          String lk = last.toLowerCase(Locale.ROOT);
          ef.computeIfAbsent(lk, x -> new float[1])[0]++;
          surfaces.putIfAbsent(lk, last);
        }
      }
    }
    return new Raw(article.id(), title, opening(article), day(article.metadata().published()),
        tf, titleTerms, ef, surfaces);
  }

  /** Numbers the words and names of a raw article and counts it in the document frequencies. */
  Unit number(Raw raw) {
    IntFloatMap tf = new IntFloatMap(Math.max(16, raw.terms().size()));
    raw.terms().forEach((k, v) -> tf.add(terms.id(k, k), v[0]));
    IntFloatMap ef = new IntFloatMap(Math.max(16, raw.names().size()));
    raw.names().forEach((k, v) -> ef.add(entities.id(k, raw.surfaces().get(k)), v[0]));
    int[] titleTerms = raw.titleTerms().stream().mapToInt(k -> terms.id(k, k)).distinct()
        .sorted().toArray();
    int[] termIds = tf.keys();
    int[] entityIds = ef.keys();
    terms.observe(termIds);
    entities.observe(entityIds);
    return new Unit(raw.id(), raw.title(), raw.opening(), raw.day(), termIds,
        logUnit(tf, termIds), entityIds, logUnit(ef, entityIds), titleTerms);
  }

  /** Headline and opening sentences, up to {@link #OPENING_CHARS} characters. */
  static String opening(Article article) {
    StringBuilder sb = new StringBuilder();
    String title = article.metadata().title();
    if (title != null && !title.isBlank()) {
      sb.append(title.strip()).append(". ");
    }
    for (int i = 0; i < article.sentences().size() && sb.length() < OPENING_CHARS; i++) {
      String s = article.sentenceText(i).strip();
      if (title != null && s.equals(title.strip())) {
        continue;
      }
      sb.append(s).append(' ');
    }
    String o = sb.toString().strip();
    return o.length() <= OPENING_CHARS ? o : o.substring(0, OPENING_CHARS);
  }

  /** The headline (if any) and the first k sentences of the text, each one passage. */
  static List<String> passages(Article article, int k) {
    List<String> out = new ArrayList<>();
    String title = article.metadata().title();
    if (title != null && !title.isBlank()) {
      out.add(title.strip());
    }
    for (int i = 0; i < article.sentences().size() && i < k; i++) {
      String s = article.sentenceText(i).strip();
      if (!s.isEmpty() && (title == null || !s.equals(title.strip()))) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      out.add("");
    }
    return out;
  }

  /** The mean of vectors[from, from + k) scaled to unit length. */
  static float[] meanUnit(float[][] vectors, int from, int k) {
    float[] m = new float[vectors[from].length];
    for (int j = from; j < from + k; j++) {
      for (int d = 0; d < m.length; d++) {
        m[d] += vectors[j][d];
      }
    }
    double n = 0;
    for (float x : m) {
      n += (double) x * x;
    }
    for (int d = 0; d < m.length && n > 0; d++) {
      m[d] = (float) (m[d] / Math.sqrt(n));
    }
    return m;
  }

  private static void addTerm(Map<String, float[]> tf, String token) {
    String w = token.toLowerCase(Locale.ROOT).replace('’', '\'');
    boolean letter = false;
    for (int i = 0; i < w.length() && !letter; i++) {
      letter = Character.isLetter(w.charAt(i));
    }
    if (!letter || w.length() < 2 || STOP_WORDS.contains(w)) {
      return;
    }
    String stem = stem(w);
    if (STOP_WORDS.contains(stem)) {
      return;
    }
    tf.computeIfAbsent(stem, x -> new float[1])[0]++;
  }

  /** Publication day since the epoch from an ISO date or date-time, {@link Unit#NO_DAY} if none. */
  static int day(String published) {
    if (published == null || published.length() < 10) {
      return Unit.NO_DAY;
    }
    try {
      return (int) LocalDate.parse(published.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      return Unit.NO_DAY;
    }
  }

  /** The light stem of a lower-case word (see {@link dev.quorum.text.LightStemmer}). */
  static String stem(String w) {
    return dev.quorum.text.LightStemmer.stem(w);
  }

  /** 1 + ln(count) per key, in the given key order, scaled to unit length. */
  private static float[] logUnit(IntFloatMap m, int[] keys) {
    float[] w = new float[keys.length];
    double norm = 0;
    for (int i = 0; i < keys.length; i++) {
      w[i] = (float) (1 + Math.log(m.get(keys[i])));
      norm += (double) w[i] * w[i];
    }
    double n = Math.sqrt(norm);
    for (int j = 0; j < w.length && n > 0; j++) {
      w[j] /= n;
    }
    return w;
  }
}
