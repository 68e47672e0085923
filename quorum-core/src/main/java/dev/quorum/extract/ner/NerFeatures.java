package dev.quorum.extract.ner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the words of a sentence into hashed feature ids per token: word forms, shapes, affixes,
 * neighbours, capitalization, document evidence, gazetteer matches, word clusters and the types
 * the document's earlier sentences were given.
 *
 * <p>Features are 64-bit hashes of their strings, so the model stores no strings and a feature
 * never seen in training simply has no weight.
 */
final class NerFeatures {

  /** Feature groups, as bits of the model's feature set. */
  static final int CONTEXT = 1;
  static final int DOCUMENT = 2;
  static final int GAZETTEER = 4;
  static final int HISTORY = 8;
  static final int CLUSTERS = 16;
  static final int ALL = CONTEXT | DOCUMENT | GAZETTEER | HISTORY | CLUSTERS;

  private static final String[] TYPE_NAMES = {"P", "O", "L", "M"};

  private final int groups;
  private final Gazetteer gazetteer;
  private final Map<String, String> clusters;

  NerFeatures(int groups, Gazetteer gazetteer, Map<String, String> clusters) {
    this.groups = groups;
    this.gazetteer = gazetteer;
    this.clusters = clusters;
  }

  int groups() {
    return groups;
  }

  /** A growable list of feature hashes per token. */
  static final class Sink {
    long[] buf = new long[64];
    int n;

    void add(long h) {
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, n * 2);
      }
      buf[n++] = h;
    }

    long[] toArray() {
      return Arrays.copyOf(buf, n);
    }
  }

  /** The static (prediction-independent) features of every token of a sentence. */
  long[][] sentence(String[] words, DocumentContext doc, Gazetteer gaz) {
    int n = words.length;
    String[] lower = new String[n];
    String[] shape = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = normalizeDigits(words[i].toLowerCase(Locale.ROOT));
      shape[i] = shape(words[i]);
    }
    boolean headline = isHeadline(words);
    int[] gz = (groups & GAZETTEER) != 0 ? (gaz == null ? gazetteer : gaz).match(words) : null;
    long[][] out = new long[n][];
    Sink s = new Sink();
    for (int i = 0; i < n; i++) {
      s.n = 0;
      String w = words[i];
      s.add(h("b", ""));
      s.add(h("w", w));
      s.add(h("lw", lower[i]));
      s.add(h("sh", shape[i]));
      int len = w.length();
      for (int k = 1; k <= 4 && k < len; k++) {
        s.add(h("p" + k, w.substring(0, k)));
        s.add(h("s" + k, lower[i].substring(Math.max(0, lower[i].length() - k))));
      }
      char c0 = w.charAt(0);
      boolean cap = Character.isUpperCase(c0);
      boolean allCaps = isAllCaps(w);
      if (allCaps) {
        s.add(h("f", "allcaps"));
      }
      if (cap && !allCaps) {
        s.add(h("f", "initcap"));
      }
      if (w.indexOf('-') > 0) {
        s.add(h("f", "dash"));
      }
      if (w.indexOf('.') >= 0 && len > 1) {
        s.add(h("f", "period"));
      }
      s.add(h(i == 0 ? "first" : "notfirst", cap ? "C" : "c"));
      if (headline) {
        s.add(h("hl", shape[i]));
        s.add(h("hlw", lower[i]));
      }
      if ((groups & CONTEXT) != 0) {
        for (int d = -2; d <= 2; d++) {
          if (d == 0) {
            continue;
          }
          int j = i + d;
          String lw = j < 0 ? "<s>" : j >= n ? "</s>" : lower[j];
          s.add(h("lw" + d, lw));
        }
        s.add(h("w-1", i > 0 ? words[i - 1] : "<s>"));
        s.add(h("w+1", i + 1 < n ? words[i + 1] : "</s>"));
        String shPrev = i > 0 ? shape[i - 1] : "<s>";
        String shNext = i + 1 < n ? shape[i + 1] : "</s>";
        s.add(h("sh-1", shPrev));
        s.add(h("sh+1", shNext));
        s.add(h("sh3", shPrev + "|" + shape[i] + "|" + shNext));
        s.add(h("bg-", (i > 0 ? lower[i - 1] : "<s>") + "|" + lower[i]));
        s.add(h("bg+", lower[i] + "|" + (i + 1 < n ? lower[i + 1] : "</s>")));
        if (i > 0) {
          s.add(h("s3-1", suffix(lower[i - 1], 3)));
        }
        if (i + 1 < n) {
          s.add(h("s3+1", suffix(lower[i + 1], 3)));
        }
      }
      if ((groups & DOCUMENT) != 0 && doc != null && cap) {
        boolean inside = doc.capitalizedInside.contains(w);
        boolean lowerSeen = doc.lowercase.contains(w.toLowerCase(Locale.ROOT));
        s.add(h("doc", (inside ? "I" : "i") + (lowerSeen ? "L" : "l") + (i == 0 ? "0" : "")
            + (headline ? "H" : "")));
      }
      if (gz != null && gz[i] != 0) {
        for (int b = 0; b < 16; b++) {
          if ((gz[i] & (1 << b)) != 0) {
            s.add(h("gz", TYPE_NAMES[b / 4] + b % 4));
          }
        }
        s.add(h("gzw", Integer.toString(gz[i]) + lower[i]));
      }
      if ((groups & CLUSTERS) != 0 && clusters != null) {
        for (int d = -1; d <= 1; d++) {
          int j = i + d;
          if (j < 0 || j >= n) {
            continue;
          }
          String path = clusters.get(lower[j]);
          if (path == null) {
            continue;
          }
          for (int p : new int[] {4, 8, 12, 20}) {
            if (d == 0 || p <= 8) {
              s.add(h("c" + d + "_" + p, path.substring(0, Math.min(p, path.length()))));
            }
          }
        }
      }
      out[i] = s.toArray();
    }
    return out;
  }

  /** The prediction-history features of one token, appended to {@code s}. */
  void history(String word, DocumentContext doc, Sink s) {
    if ((groups & HISTORY) == 0 || doc == null) {
      return;
    }
    int[] counts = doc.history.get(word);
    if (counts == null) {
      return;
    }
    int best = 0;
    int total = 0;
    for (int t = 0; t < 4; t++) {
      total += counts[t];
      if (counts[t] > counts[best]) {
        best = t;
      }
    }
    s.add(h("hist", TYPE_NAMES[best]));
    if (counts[best] == total) {
      s.add(h("histonly", TYPE_NAMES[best]));
    }
  }

  static boolean isHeadline(String[] words) {
    int letters = 0;
    for (String w : words) {
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (Character.isLowerCase(c)) {
          return false;
        }
        if (Character.isLetter(c)) {
          letters++;
        }
      }
    }
    return letters > 3;
  }

  static boolean opensClause(String prev) {
    return prev.equals("\"") || prev.equals(":") || prev.equals("``") || prev.equals("(")
        || prev.equals("-") || prev.equals("--") || prev.equals(".");
  }

  static boolean isAllCaps(String w) {
    boolean letter = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static String suffix(String w, int k) {
    return w.substring(Math.max(0, w.length() - k));
  }

  static String normalizeDigits(String w) {
    boolean digit = false;
    for (int k = 0; k < w.length() && !digit; k++) {
      digit = Character.isDigit(w.charAt(k));
    }
    if (!digit) {
      return w;
    }
    StringBuilder sb = new StringBuilder(w.length());
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      sb.append(Character.isDigit(c) ? '0' : c);
    }
    return sb.toString();
  }

  /** The word's shape: X for upper, x for lower, d for digits, runs collapsed. */
  static String shape(String w) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
          : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'a' : c;
      if (m != last) {
        sb.append(m);
        last = m;
      }
    }
    return sb.toString();
  }

  /** FNV-1a 64 over the name, a separator and the value, then a final mix. */
  static long h(String name, String value) {
    long x = 0xcbf29ce484222325L;
    for (int k = 0; k < name.length(); k++) {
      x = (x ^ name.charAt(k)) * 0x100000001b3L;
    }
    x = (x ^ 0x1F) * 0x100000001b3L;
    for (int k = 0; k < value.length(); k++) {
      x = (x ^ value.charAt(k)) * 0x100000001b3L;
    }
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }
}
