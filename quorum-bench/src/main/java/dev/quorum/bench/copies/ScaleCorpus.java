package dev.quorum.bench.copies;

import dev.quorum.copies.CopyKind;
import dev.quorum.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * An endless, deterministic stream of plain-text news articles with planted duplicates, edited
 * copies and (optionally) spun rewrites, for measuring copy detection at any corpus size without
 * holding the corpus in memory.
 *
 * <p>Why generated bases: a corpus of a million articles cannot be drawn from the few thousand
 * real articles at hand without reusing their sentences, and reused sentences are copies. So
 * each base article is new text from a word bigram model of the real articles (their vocabulary,
 * word frequencies and sentence lengths, not their sentences); its copies are made by the same
 * {@link Editor} and {@link Spinner} as {@link PlantedCorpus} and appear a random number of
 * articles later, as copies of a wire story do.
 */
public final class ScaleCorpus implements Iterator<ScaleCorpus.Item> {

  /**
   * One article of the stream.
   *
   * @param number position in the stream, from 0
   * @param id stable id: {@code b<base number>} or {@code b<base>~<kind><k>}
   * @param text the plain-text body, headline line first
   * @param source number of the article this one copies, or -1 for a base
   * @param kind the planted kind, or null for a base
   */
  public record Item(int number, String id, String text, int source, CopyKind kind) {}

  /**
   * Shape of the stream.
   *
   * @param copyChance chance that a base gets a copy (and again, at a tenth of it, a second)
   * @param duplicateShare share of copies that are exact duplicates
   * @param rewriteShare share of copies that are spun rewrites; the rest are edited copies
   * @param maxDelay most articles between a base and its copy
   */
  public record Options(double copyChance, double duplicateShare, double rewriteShare,
      int maxDelay) {

    /** About 0.38 copies per base (28% of articles), 40% duplicates, no rewrites. */
    public static final Options SKETCH = new Options(0.35, 0.4, 0.0, 500);

    /** As {@link #SKETCH} with a third of the copies rewrites. */
    public static final Options WITH_REWRITES = new Options(0.35, 0.3, 0.33, 500);
  }

  private static final int MIN_SENTENCE = 8;
  private static final int MAX_SENTENCE = 35;

  private final Random random;
  private final Options options;
  private final Editor editor;
  private final Spinner spinner;
  private final String[] vocabulary;
  private final int[][] following;
  private final int[] starts;
  private final PriorityQueue<Pending> pending = new PriorityQueue<>();
  private int emitted;

  private record Pending(int due, int order, String id, String text, int source, CopyKind kind)
      implements Comparable<Pending> {
    @Override
    public int compareTo(Pending o) {
      return due != o.due ? Integer.compare(due, o.due) : Integer.compare(order, o.order);
    }
  }

  private int scheduled;

  /** A stream whose text model is built from the sentences of {@code pool}. */
  public ScaleCorpus(List<Article> pool, WordNet wordNet, long seed, Options options) {
    this.random = new Random(seed);
    this.options = options;
    this.editor = new Editor(wordNet);
    this.spinner = new Spinner(wordNet, Spinner.Options.DEFAULT);
    Map<String, Integer> ids = new HashMap<>();
    List<String> words = new ArrayList<>();
    List<int[]> next = new ArrayList<>();
    int[] counts = new int[0];
    List<Integer> startList = new ArrayList<>();
    for (Article a : pool) {
      for (int i = 0; i < a.sentences().size(); i++) {
        String[] tokens = a.sentenceText(i).strip().split("\\s+");
        if (tokens.length < MIN_SENTENCE) {
          continue;
        }
        int previous = -1;
        for (String t : tokens) {
          Integer id = ids.get(t);
          if (id == null) {
            id = words.size();
            ids.put(t, id);
            words.add(t);
            next.add(new int[2]);
          }
          if (counts.length < words.size()) {
            counts = Arrays.copyOf(counts, Math.max(16, words.size() * 2));
          }
          if (previous < 0) {
            startList.add(id);
          } else {
            int[] f = next.get(previous);
            if (counts[previous] == f.length) {
              f = Arrays.copyOf(f, f.length * 2);
              next.set(previous, f);
            }
            f[counts[previous]++] = id;
          }
          previous = id;
        }
      }
    }
    if (startList.isEmpty()) {
      throw new IllegalArgumentException("the pool has no sentence of " + MIN_SENTENCE + " words");
    }
    this.vocabulary = words.toArray(String[]::new);
    this.following = new int[vocabulary.length][];
    for (int i = 0; i < vocabulary.length; i++) {
      following[i] = Arrays.copyOf(next.get(i), counts[i]);
    }
    this.starts = startList.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Words in the text model. */
  public int vocabularySize() {
    return vocabulary.length;
  }

  @Override
  public boolean hasNext() {
    return true;
  }

  @Override
  public Item next() {
    int number = emitted++;
    Pending p = pending.peek();
    if (p != null && p.due() <= number) {
      pending.poll();
      return new Item(number, p.id(), p.text(), p.source(), p.kind());
    }
    Draft base = draft(8 + random.nextInt(23), true);
    String id = "b" + number;
    int copies = random.nextDouble() < options.copyChance()
        ? (random.nextDouble() < options.copyChance() / 10 ? 2 : 1) : 0;
    for (int k = 1; k <= copies; k++) {
      double u = random.nextDouble();
      CopyKind kind = u < options.duplicateShare() ? CopyKind.DUPLICATE
          : u < options.duplicateShare() + options.rewriteShare() ? CopyKind.REWRITE
          : CopyKind.NEAR_DUPLICATE;
      long s = random.nextLong();
      String text;
      switch (kind) {
        case DUPLICATE -> text = body(base.title(), editor.exact(base, s));
        case NEAR_DUPLICATE -> {
          Draft d = editor.edit(base, draft(3, false), s);
          text = body(d.title(), d.text());
        }
        default -> {
          Draft d = spinner.spin(base, draft(3, false), s);
          text = body(d.title(), d.text());
        }
      }
      String copyId = id + "~" + switch (kind) {
        case DUPLICATE -> "dup";
        case NEAR_DUPLICATE -> "near";
        case REWRITE -> "spin";
      } + k;
      pending.add(new Pending(number + 1 + random.nextInt(options.maxDelay()), scheduled++,
          copyId, text, number, kind));
    }
    return new Item(number, id, body(base.title(), base.text()), -1, null);
  }

  private static String body(String title, String text) {
    return title.isBlank() ? text : title + "\n\n" + text;
  }

  /** A new article of {@code sentences} sentences in paragraphs of one to three. */
  private Draft draft(int sentences, boolean titled) {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    int size = 1 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      paragraph.add(sentence(MIN_SENTENCE, MAX_SENTENCE));
      if (paragraph.size() == size) {
        paragraphs.add(paragraph);
        paragraph = new ArrayList<>();
        size = 1 + random.nextInt(3);
      }
    }
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    String title = "";
    if (titled) {
      String t = sentence(5, 10);
      title = t.replaceAll("[.!?\"']+$", "");
    }
    return new Draft(title, paragraphs);
  }

  /** A sentence of the bigram model, ending at a sentence end or after {@code max} words. */
  private String sentence(int min, int max) {
    StringBuilder b = new StringBuilder();
    int w = starts[random.nextInt(starts.length)];
    for (int n = 1; ; n++) {
      String word = vocabulary[w];
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(word);
      boolean end = endsSentence(word);
      if ((end && n >= min) || n >= max || following[w].length == 0) {
        if (!end) {
          b.append('.');
        }
        return b.toString();
      }
      int[] f = following[w];
      int candidate = f[random.nextInt(f.length)];
      if (n < min && endsSentence(vocabulary[candidate]) && f.length > 1) {
        candidate = f[random.nextInt(f.length)];
      }
      w = candidate;
    }
  }

  private static boolean endsSentence(String word) {
    char c = word.charAt(word.length() - 1);
    if (c == '"' || c == '\'' || c == ')') {
      c = word.length() > 1 ? word.charAt(word.length() - 2) : c;
    }
    return c == '.' || c == '!' || c == '?';
  }
}
