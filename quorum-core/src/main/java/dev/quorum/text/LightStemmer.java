package dev.quorum.text;

/**
 * A light English suffix stripper: enough to match "holding"/"hold", "troops"/"troop",
 * "attacked"/"attack" across rewordings without a dictionary.
 */
public final class LightStemmer {

  private LightStemmer() {}

  /** The light stem of a lower-case word. */
  public static String stem(String w) {
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 5 && w.endsWith("ing")) {
      return w.substring(0, n - 3);
    }
    if (n > 4 && w.endsWith("ed")) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("es") && !w.endsWith("ses")) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
