package dev.quorum.bench.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes the edited copies of wire stories that outlets publish: an ending trimmed or extended, a
 * new headline, web debris lines inserted, two paragraphs swapped, a few words changed; and exact
 * copies that differ only in whitespace. Deterministic for a seed.
 */
public final class Editor {

  /** Generic web page debris an outlet's template leaves in a copied story. */
  private static final List<String> DEBRIS = List.of(
      "Advertisement", "Share this article", "Click here to subscribe to our newsletter.",
      "Read more:", "Related stories", "Follow us on social media", "Story continues below",
      "Sign up for breaking news alerts", "Copyright notice: all rights reserved.",
      "Comments are closed.", "Print this page", "Recommended for you");

  private static final List<String> HEADLINE_PREFIXES = List.of(
      "UPDATE:", "Report:", "Breaking:", "Latest:", "Wire:", "News:");

  private final Synonymizer synonyms;

  public Editor(WordNet wordNet) {
    this.synonyms = new Synonymizer(wordNet);
  }

  /** An edited copy of {@code base}; {@code other} supplies paragraphs for an extended ending. */
  public Draft edit(Draft base, Draft other, long seed) {
    Random r = new Random(seed);
    List<List<String>> paras = new ArrayList<>(base.paragraphs());
    int n = paras.size();
    if (r.nextBoolean() && n > 3) {
      int cut = Math.max(1, (int) Math.round(n * (0.1 + 0.2 * r.nextDouble())));
      paras = new ArrayList<>(paras.subList(0, n - cut)); // trimmed ending
    } else if (other != null && !other.paragraphs().isEmpty()) {
      int add = 1 + r.nextInt(2); // extended ending
      for (int k = 0; k < add && k < other.paragraphs().size(); k++) {
        paras.add(other.paragraphs().get(other.paragraphs().size() - 1 - k));
      }
    }
    if (paras.size() > 3 && r.nextDouble() < 0.5) {
      int i = 1 + r.nextInt(paras.size() - 2);
      List<String> t = paras.get(i);
      paras.set(i, paras.get(i + 1));
      paras.set(i + 1, t);
    }
    List<List<String>> changed = new ArrayList<>();
    for (List<String> p : paras) {
      List<String> q = new ArrayList<>();
      for (String s : p) {
        q.add(synonyms.substitute(s, 0.04, r));
      }
      changed.add(q);
    }
    int debris = 1 + r.nextInt(3);
    for (int k = 0; k < debris; k++) {
      int at = changed.isEmpty() ? 0 : r.nextInt(changed.size() + 1);
      changed.add(at, List.of(DEBRIS.get(r.nextInt(DEBRIS.size()))));
    }
    String title = base.title().isBlank()
        ? HEADLINE_PREFIXES.get(r.nextInt(HEADLINE_PREFIXES.size()))
        : HEADLINE_PREFIXES.get(r.nextInt(HEADLINE_PREFIXES.size())) + " "
            + synonyms.substitute(base.title(), 0.3, r);
    return new Draft(title, changed);
  }

  /** The body of an exact copy: the same words with different line breaks and spacing. */
  public String exact(Draft base, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (List<String> p : base.paragraphs()) {
      if (b.length() > 0) {
        b.append(r.nextBoolean() ? "\n\n" : "\n \n\n");
      }
      String joined = String.join(r.nextBoolean() ? " " : "  ", p);
      // re-wrap the paragraph at a random width, as another outlet's feed would
      int width = 60 + r.nextInt(30);
      int col = 0;
      for (String w : joined.split(" ")) {
        if (w.isEmpty()) {
          b.append(' ');
          continue;
        }
        if (col > 0 && col + w.length() > width) {
          b.append('\n');
          col = 0;
        } else if (col > 0) {
          b.append(' ');
          col++;
        }
        b.append(w);
        col += w.length();
      }
    }
    return b.append('\n').toString();
  }
}
