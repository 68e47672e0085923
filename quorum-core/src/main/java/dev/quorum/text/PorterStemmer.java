package dev.quorum.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter (1980) stemmer in the variant of Porter's own reference implementation: its step 2
 * maps {@code bli} to {@code ble} and {@code logi} to {@code log} (ROUGE-1.5.5 runs this variant
 * with a changed step 4, re-implemented by the scorer in quorum-bench).
 *
 * <p>Why regular expressions: the reference implementation defines the measure of a stem by the
 * patterns {@code [C](VC){m}[V]} and always takes the longest matching suffix of each step; the
 * same patterns here keep the behaviour identical on every edge case (initial {@code y}, double
 * consonants, the {@code *o} condition) that ROUGE's scores depend on.
 */
public final class PorterStemmer {

  private static final String C1 = "[^aeiou]";
  private static final String V1 = "[aeiouy]";
  private static final String CS = C1 + "[^aeiouy]*";
  private static final String VS = V1 + "[aeiou]*";
  private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
  private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
  private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
  private static final Pattern VOWEL_IN_STEM = Pattern.compile("^(" + CS + ")?" + V1);
  private static final Pattern CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");

  private static final Pattern S1A = Pattern.compile("^(.*?)(ss|i)es$");
  private static final Pattern S1A2 = Pattern.compile("^(.*?)([^s])s$");
  private static final Pattern S1B_EED = Pattern.compile("^(.*?)eed$");
  private static final Pattern S1B = Pattern.compile("^(.*?)(ed|ing)$");
  private static final Pattern AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
  private static final Pattern DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
  private static final Pattern S1C = Pattern.compile("^(.*?)y$");
  private static final Pattern S2 = Pattern.compile("^(.*?)(ational|tional|enci|anci|izer|bli|alli"
      + "|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti"
      + "|logi)$");
  private static final Pattern S3 = Pattern.compile("^(.*?)(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Pattern S4 = Pattern.compile("^(.*?)(al|ance|ence|er|ic|able|ible|ant|ement"
      + "|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern S4_ION = Pattern.compile("^(.*?)(s|t)ion$");
  private static final Pattern S4_CHAINED = Pattern.compile("^(.*?)(al|ance|ence|er|ic|able|ible"
      + "|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern S4_MENT = Pattern.compile("^(.*?)ment$");
  private static final Pattern S4_ENT = Pattern.compile("^(.*?)ent$");
  private static final Pattern S5 = Pattern.compile("^(.*?)e$");

  private static final Map<String, String> STEP2 = Map.ofEntries(
      Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
      Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
      Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
      Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
      Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
      Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
      Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
  private static final Map<String, String> STEP3 = Map.of(
      "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

  private PorterStemmer() {}

  /** The stem of a lower-case word; words shorter than three letters come back unchanged. */
  public static String stem(String word) {
    return stem(word, false);
  }

  /**
   * The stem ROUGE-1.5.5 computes: the same but for step 4, which ROUGE's author changed in 2004
   * to chain three removals (one of {@code al ance ence er ic able ible ant ement ou ism ate iti
   * ous ive ize}, then {@code ment}, then {@code ent} or else {@code (s|t)ion}, each when the stem
   * left has measure above 1), so that {@code traditionally} and {@code tradition} both become
   * {@code tradit}. Only a faithful ROUGE scorer needs it.
   */
  public static String rougeStem(String word) {
    return stem(word, true);
  }

  private static String stem(String word, boolean chainedStep4) {
    if (word.length() < 3) {
      return word;
    }
    boolean initialY = word.charAt(0) == 'y';
    String w = initialY ? "Y" + word.substring(1) : word;
    Matcher m;
    // step 1a
    if ((m = S1A.matcher(w)).matches()) {
      w = m.group(1) + m.group(2);
    } else if ((m = S1A2.matcher(w)).matches()) {
      w = m.group(1) + m.group(2);
    }
    // step 1b
    if ((m = S1B_EED.matcher(w)).matches()) {
      if (MGR0.matcher(m.group(1)).find()) {
        w = w.substring(0, w.length() - 1);
      }
    } else if ((m = S1B.matcher(w)).matches()) {
      String stem = m.group(1);
      if (VOWEL_IN_STEM.matcher(stem).find()) {
        w = stem;
        if (AT_BL_IZ.matcher(w).find()) {
          w = w + "e";
        } else if (DOUBLE.matcher(w).find()) {
          w = w.substring(0, w.length() - 1);
        } else if (CVC.matcher(w).find()) {
          w = w + "e";
        }
      }
    }
    // step 1c
    if ((m = S1C.matcher(w)).matches() && VOWEL_IN_STEM.matcher(m.group(1)).find()) {
      w = m.group(1) + "i";
    }
    // step 2
    if ((m = S2.matcher(w)).matches() && MGR0.matcher(m.group(1)).find()) {
      w = m.group(1) + STEP2.get(m.group(2));
    }
    // step 3
    if ((m = S3.matcher(w)).matches() && MGR0.matcher(m.group(1)).find()) {
      w = m.group(1) + STEP3.get(m.group(2));
    }
    // step 4
    if (chainedStep4) {
      if ((m = S4_CHAINED.matcher(w)).matches() && MGR1.matcher(m.group(1)).find()) {
        w = m.group(1);
      }
      if ((m = S4_MENT.matcher(w)).matches() && MGR1.matcher(m.group(1)).find()) {
        w = m.group(1);
      }
      if ((m = S4_ENT.matcher(w)).matches()) {
        if (MGR1.matcher(m.group(1)).find()) {
          w = m.group(1);
        }
      } else if ((m = S4_ION.matcher(w)).matches()) {
        String stem = m.group(1) + m.group(2);
        if (MGR1.matcher(stem).find()) {
          w = stem;
        }
      }
    } else if ((m = S4.matcher(w)).matches()) {
      if (MGR1.matcher(m.group(1)).find()) {
        w = m.group(1);
      }
    } else if ((m = S4_ION.matcher(w)).matches()) {
      String stem = m.group(1) + m.group(2);
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    }
    // step 5
    if ((m = S5.matcher(w)).matches()) {
      String stem = m.group(1);
      if (MGR1.matcher(stem).find()
          || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
        w = stem;
      }
    }
    if (w.endsWith("ll") && MGR1.matcher(w).find()) {
      w = w.substring(0, w.length() - 1);
    }
    return initialY ? "y" + w.substring(1) : w;
  }
}
