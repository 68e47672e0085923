package dev.quorum.copies;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import dev.quorum.model.Article;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word-level features of one article that copy detection compares: hashes of its lower-cased
 * words in order (for shingles and the normalized-text hash) and, per sentence, the sorted set of
 * its content-word stems (for sentence similarity).
 */
final class ArticleFeatures {

  private static final Hasher64 HASHER = Hashing.komihash5_0();

  /** Function words of English, ignored when sentences are compared by content. */
  static final Set<String> STOP_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to",
      "for", "from", "by", "with", "without", "about", "as", "into", "onto", "over", "under",
      "after", "before", "since", "until", "than", "then", "that", "this", "these", "those",
      "there", "here", "it", "its", "it's", "he", "she", "they", "we", "you", "i", "him", "her",
      "them", "us", "me", "his", "hers", "their", "theirs", "our", "ours", "your", "my", "who",
      "whom", "whose", "which", "what", "when", "where", "why", "how", "is", "are", "was", "were",
      "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will",
      "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also",
      "just", "only", "very", "more", "most", "such", "some", "any", "all", "each", "both",
      "other", "own", "same", "too", "s", "'s", "’s", "said", "says", "say", "if", "while",
      "because", "though", "although", "up", "down", "out", "off", "again", "further", "once",
      "per", "via", "mr", "mrs", "ms");

  final String id;
  final Article article;
  /** Hashes of the article's words (letters or digits, lower-cased) in reading order. */
  final long[] words;
  /** Per sentence: sorted distinct hashes of its content-word stems. */
  final long[][] sentenceStems;

  /** Sentences by stem, built on first use (an article is aligned with many candidates). */
  private StemIndex stemIndex;

  private ArticleFeatures(Article article, long[] words, long[][] sentenceStems) {
    this.id = article == null ? null : article.id();
    this.article = article;
    this.words = words;
    this.sentenceStems = sentenceStems;
  }

  /**
   * The alignable sentences (at least {@code minWords} stems) holding each stem: {@code stems}
   * sorted and distinct, the sentences of {@code stems[k]} at {@code sentences[start[k] ..
   * start[k + 1])}, in sentence order.
   */
  record StemIndex(long[] stems, int[] start, int[] sentences) {}

  /** This article's {@link StemIndex} over sentences of at least {@code minWords} stems. */
  StemIndex stemIndex(int minWords) {
    if (stemIndex == null) {
      int n = 0;
      for (long[] s : sentenceStems) {
        n += s.length >= minWords ? s.length : 0;
      }
      // (stem, sentence) pairs sorted by stem, then sentence: stems are hashes, so sort indexes
      long[] stemOf = new long[n];
      int[] sentenceOf = new int[n];
      int k = 0;
      for (int j = 0; j < sentenceStems.length; j++) {
        if (sentenceStems[j].length >= minWords) {
          for (long stem : sentenceStems[j]) {
            stemOf[k] = stem;
            sentenceOf[k++] = j;
          }
        }
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> stemOf[a] != stemOf[b] ? Long.compare(stemOf[a], stemOf[b])
          : Integer.compare(sentenceOf[a], sentenceOf[b]));
      long[] stems = new long[n];
      int[] start = new int[n + 1];
      int[] sentences = new int[n];
      int distinct = 0;
      for (int i = 0; i < n; i++) {
        long stem = stemOf[order[i]];
        if (distinct == 0 || stems[distinct - 1] != stem) {
          stems[distinct] = stem;
          start[distinct++] = i;
        }
        sentences[i] = sentenceOf[order[i]];
      }
      start[distinct] = n;
      stemIndex = new StemIndex(Arrays.copyOf(stems, distinct), Arrays.copyOf(start, distinct + 1),
          sentences);
    }
    return stemIndex;
  }

  /**
   * Features made of sentence stems alone (no article, no words): enough for sentence alignment,
   * which is all the streaming {@link RewriteIndex} does with them.
   */
  static ArticleFeatures ofStems(long[][] sentenceStems) {
    return new ArticleFeatures(null, new long[0], sentenceStems);
  }

  static ArticleFeatures of(Article article) {
    String text = article.text();
    List<Sentence> sentences = article.sentences();
    long[] words = new long[64];
    int n = 0;
    long[][] stems = new long[sentences.size()][];
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Span> tokens = s.tokens().isEmpty() ? List.of(s.span()) : s.tokens();
      List<Long> content = new ArrayList<>();
      for (Span t : tokens) {
        String w = word(text, t);
        if (w == null) {
          continue;
        }
        if (n == words.length) {
          words = Arrays.copyOf(words, n * 2);
        }
        words[n++] = HASHER.hashCharsToLong(w);
        if (!STOP_WORDS.contains(w)) {
          content.add(HASHER.hashCharsToLong(stem(w)));
        }
      }
      stems[si] = content.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
    }
    return new ArticleFeatures(article, Arrays.copyOf(words, n), stems);
  }

  /** The lower-cased token if it holds a letter or digit, else null. */
  private static String word(String text, Span t) {
    String w = text.substring(t.start(), t.end());
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return w.toLowerCase(Locale.ROOT).replace('’', '\'');
      }
    }
    return null;
  }

  /** The light stem of a lower-case word (see {@link dev.quorum.text.LightStemmer}). */
  static String stem(String w) {
    return dev.quorum.text.LightStemmer.stem(w);
  }

  /** One hash of the whole normalized text: equal for articles equal up to case and punctuation. */
  long textHash() {
    return NearDuplicateIndex.textHash(words);
  }

  /** Sorted distinct hashes of the article's word k-shingles (the whole text when shorter). */
  long[] shingles(int k) {
    return NearDuplicateIndex.shingles(words, k);
  }

  /** Size of the intersection of two sorted arrays of distinct values. */
  static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
