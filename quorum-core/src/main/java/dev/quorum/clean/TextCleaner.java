package dev.quorum.clean;

import dev.quorum.model.Metadata;
import dev.quorum.model.Removed;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a document's blocks into clean text: normalizes the kept blocks, takes out boilerplate,
 * teasers, bylines, datelines, photo credits and repeated site lines, and records every removed
 * piece with its reason and position.
 *
 * <p>Each line of a kept block becomes a paragraph of its own and is judged in four steps: what
 * the line is by itself (the boilerplate lexicon, credit and byline forms, links, lines an outlet
 * repeats), what it is by its neighbours (a headline-like line after a "Read more:" or video marker
 * is a teaser), whether it repeats inside a longer paragraph (a standfirst), and where it stands (a
 * dateline opens the first body paragraph; title, date and byline lines sit in the header, the short
 * lines before it; short labels after the last body paragraph are debris). Judgements depend on
 * content and zone, never on a line's index, and comparisons ignore what cleaning cuts from a
 * paragraph's ends, so cleaning the cleaned text again removes nothing. Stateless apart from the
 * optional shared {@link BoilerplateMemory}, hence thread-safe.
 */
public final class TextCleaner {

  /** A line with at least this many words, or two sentences, is story text ("body"). */
  static final int BODY_WORDS = 15;
  /** Longest headline-like line taken for a teaser. */
  static final int TEASER_MAX_WORDS = 25;
  /** How many teaser lines one "Related:" marker may announce. */
  static final int TEASERS_PER_MARKER = 3;
  /** Paragraphs shorter than this are never dropped as duplicates of a longer one. */
  static final int DUPLICATE_MIN_WORDS = 8;

  private final BoilerplateMemory memory;

  /** A cleaner without cross-document memory. */
  public TextCleaner() {
    this(null);
  }

  /** A cleaner that also drops lines {@code memory} has seen repeated across an outlet. */
  public TextCleaner(BoilerplateMemory memory) {
    this.memory = memory;
  }

  /** One line of input, with what the cleaner decided about it. */
  private static final class Unit {
    final String text;
    final boolean heading;
    String reason;
    BoilerplateLexicon.Kind kind;
    String dateline;
    Boolean body;
    String core;

    Unit(String text, boolean heading, String reason) {
      this.text = text;
      this.heading = heading;
      this.reason = reason;
    }

    boolean kept() {
      return reason == null;
    }

    boolean marker() {
      return kind != null && kind.marker;
    }

    /** Story text: long enough, or two sentences, once an opening dateline or credit is cut. */
    String coreText() {
      if (core == null) {
        core = core(text);
      }
      return core;
    }

    boolean body() {
      if (body == null) {
        if (LineFeatures.words(text, BODY_WORDS) < BODY_WORDS
            && LineFeatures.sentenceCount(text) < 2) {
          body = false; // what cleaning cuts from the ends can only make it shorter
          return body;
        }
        String c = coreText();
        body = LineFeatures.words(c, BODY_WORDS) >= BODY_WORDS
            || LineFeatures.sentenceCount(c) >= 2;
      }
      return body;
    }
  }

  /** Found metadata, filled as the lines are judged. */
  private static final class Found {
    String byline;
    String dateline;
    String published;
  }

  /**
   * Cleans {@code blocks} in reading order. Never throws on odd input: null blocks are skipped,
   * and should a judgement fail unexpectedly the kept lines are returned uncleaned, with the
   * extractor's removals still recorded. The metadata returned is {@code metadata} with its blank
   * fields filled from what was found in the text.
   */
  public Cleaned clean(List<Block> blocks, Metadata metadata) {
    Metadata given = metadata == null ? Metadata.EMPTY : metadata;
    try {
      return judge(units(blocks), given);
    } catch (RuntimeException | StackOverflowError e) {
      return assemble(units(blocks), given, new Found());
    }
  }

  private Cleaned judge(List<Unit> units, Metadata given) {
    Found found = new Found();
    judgeLines(units, given, found);
    judgeContext(units);
    markDuplicates(units);
    judgeZones(units, given, found);
    return assemble(units, given, found);
  }

  private static List<Unit> units(List<Block> blocks) {
    List<Unit> units = new ArrayList<>();
    if (blocks == null) {
      return units;
    }
    for (Block b : blocks) {
      if (b == null) {
        continue;
      }
      if (!b.kept()) {
        String t = TextNormalizer.normalizeParagraph(b.text());
        if (!t.isEmpty()) {
          units.add(new Unit(t, false, b.removal().isBlank() ? "removed" : b.removal()));
        }
        continue;
      }
      boolean heading = b.kind() == Block.Kind.HEADING;
      String text = b.text();
      if (TextNormalizer.isNormalParagraph(text)) {
        units.add(new Unit(text, heading, null));
        continue;
      }
      if (singleLine(text)) {
        String line = TextNormalizer.normalizeParagraph(text);
        if (!line.isEmpty()) {
          units.add(new Unit(line, heading, null));
        }
        continue;
      }
      for (String line : TextNormalizer.normalize(text).split("\n")) {
        if (!line.isEmpty()) {
          units.add(new Unit(line, heading, null));
        }
      }
    }
    return units;
  }

  private static boolean singleLine(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B'
          || c == '\u000C' || c == '\u0085') {
        return false;
      }
    }
    return true;
  }

  /** What each kept line is by itself. */
  private void judgeLines(List<Unit> units, Metadata given, Found found) {
    String outlet = given.outlet();
    for (Unit u : units) {
      if (!u.kept()) {
        continue;
      }
      String t = u.text;
      BoilerplateLexicon.Kind kind = BoilerplateLexicon.match(t);
      if (kind != null) {
        u.kind = kind;
        u.reason = "boilerplate: " + kind.label;
        continue;
      }
      String inline = BoilerplateLexicon.inlineTeaser(t);
      if (inline != null && LineFeatures.headlineLike(inline, TEASER_MAX_WORDS)) {
        u.reason = "teaser: inline after its marker";
        continue;
      }
      if (MetaLines.photoCredit(t)) {
        u.reason = "photo credit";
        continue;
      }
      if (MetaLines.creditsLine(t)) {
        u.reason = "byline: production credits";
        continue;
      }
      String by = MetaLines.byline(t);
      if (by != null) {
        u.reason = "byline";
        if (found.byline == null) {
          found.byline = by;
        }
        continue;
      }
      if (LineFeatures.words(t, 12) <= 12 && LineFeatures.linkLike(t)) {
        u.reason = "boilerplate: link";
        continue;
      }
      if (memory != null && memory.isRepeated(outlet, t)) {
        u.reason = "repeated";
      }
    }
  }

  /**
   * Teasers: headline-like lines right after a "Read more:"/"Related:"/video marker, and a
   * headline-like line between an ad marker and another marker.
   */
  private static void judgeContext(List<Unit> units) {
    String marker = null;
    int allowance = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.marker()) {
        if (u.kind == BoilerplateLexicon.Kind.AD) {
          teaserBetweenAds(units, i);
          continue;
        }
        marker = u.text;
        allowance = u.kind == BoilerplateLexicon.Kind.VIDEO ? 1 : TEASERS_PER_MARKER;
        continue;
      }
      if (!u.kept()) {
        continue;
      }
      if (marker != null && allowance > 0
          && (LineFeatures.headlineLike(u.text, TEASER_MAX_WORDS) || u.heading && !u.body())) {
        u.reason = "teaser: follows \"" + shorten(marker) + "\"";
        allowance--;
        continue;
      }
      marker = null;
      allowance = 0;
    }
  }

  private static void teaserBetweenAds(List<Unit> units, int adIndex) {
    int i = adIndex + 1;
    if (i + 1 >= units.size()) {
      return;
    }
    Unit candidate = units.get(i);
    Unit next = units.get(i + 1);
    if (candidate.kept() && next.marker()
        && LineFeatures.headlineLike(candidate.text, TEASER_MAX_WORDS)) {
      candidate.reason = "teaser: between ad markers";
    }
  }

  /**
   * The header (short lines before the first body line) may hold the title, a date line or a
   * "Name, Outlet" byline; the first body line may open with a dateline; lines after the last body
   * line that are short labels are debris.
   */
  private static void judgeZones(List<Unit> units, Metadata given, Found found) {
    int firstBody = -1;
    int lastBody = -1;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.kept() && u.body()) {
        if (firstBody < 0) {
          firstBody = i;
        }
        lastBody = i;
      }
    }
    String titleKey = given.title() == null ? "" : LineFeatures.key(
        TextNormalizer.normalizeParagraph(given.title()));
    int headerEnd = firstBody < 0 ? units.size() : firstBody;
    for (int i = 0; i < headerEnd; i++) {
      Unit u = units.get(i);
      if (!u.kept()) {
        continue;
      }
      String published = MetaLines.dateLine(u.text);
      if (isTitle(LineFeatures.key(u.text), titleKey)) {
        u.reason = "title";
      } else if (published != null) {
        u.reason = "date";
        if (found.published == null) {
          found.published = published;
        }
      } else if (MetaLines.nameWithOutlet(u.text) != null && LineFeatures.words(u.text) <= 8) {
        u.reason = "byline";
        if (found.byline == null) {
          found.byline = u.text;
        }
      }
    }
    if (firstBody >= 0) {
      Unit first = units.get(firstBody);
      String dl = MetaLines.dateline(first.text);
      if (dl != null) {
        first.dateline = dl;
        found.dateline = dl.strip();
      }
      for (int i = lastBody + 1; i < units.size(); i++) {
        Unit u = units.get(i);
        if (u.kept() && LineFeatures.words(u.text) <= 4 && !LineFeatures.endsSentence(u.text)
            && !LineFeatures.hasDigit(u.text) && !u.text.startsWith("—")) {
          u.reason = "boilerplate: trailing label";
        }
      }
    }
  }

  /**
   * True when a header line repeats the title: the same text, or the text a page title starts
   * with before its " | Site" or " - Site" suffix.
   */
  static boolean isTitle(String lineKey, String titleKey) {
    if (titleKey.isEmpty() || lineKey.isEmpty()) {
      return false;
    }
    if (lineKey.equals(titleKey)) {
      return true;
    }
    if (!titleKey.startsWith(lineKey) || LineFeatures.words(lineKey) < 3) {
      return false;
    }
    String rest = titleKey.substring(lineKey.length()).stripLeading();
    return !rest.isEmpty() && "|-–—:·•".indexOf(rest.charAt(0)) >= 0;
  }

  /** A paragraph, with what was cut from its ends, or a removed piece, in reading order. */
  private static final class Item {
    final StringBuilder text = new StringBuilder();
    final List<Removed> before = new ArrayList<>();
    final List<Removed> after = new ArrayList<>();
    String removedText;
    String reason;

    boolean paragraph() {
      return removedText == null;
    }
  }

  private static Cleaned assemble(List<Unit> units, Metadata given, Found found) {
    List<Item> items = new ArrayList<>(units.size());
    for (Unit u : units) {
      Item it = new Item();
      items.add(it);
      if (!u.kept()) {
        it.removedText = u.text;
        it.reason = u.reason;
        continue;
      }
      String t = u.text;
      if (u.dateline != null) {
        it.before.add(new Removed(u.dateline.strip(), "dateline", 0));
        t = t.substring(u.dateline.length()).strip();
      }
      // a caption may close with more than one credit: cut them all, so a second pass finds none
      List<Removed> credits = new ArrayList<>();
      for (String credit = MetaLines.trailingCredit(t);
          credit != null && LineFeatures.words(t) > LineFeatures.words(credit) + 2;
          credit = MetaLines.trailingCredit(t)) {
        credits.add(0, new Removed(credit.strip(), "photo credit", 0));
        t = t.substring(0, t.length() - credit.length()).strip();
      }
      it.after.addAll(credits);
      it.text.append(t);
    }
    return emit(items, given, found);
  }

  /**
   * Drops a paragraph whose text stands whole inside a longer paragraph (a standfirst or pull quote
   * repeating the story). Paragraphs repeated identically are kept: lists and interviews repeat
   * their labels on purpose.
   */
  private static void markDuplicates(List<Unit> units) {
    List<Unit> kept = new ArrayList<>();
    for (Unit u : units) {
      if (u.kept()) {
        kept.add(u);
      }
    }
    int n = kept.size();
    if (n < 2) {
      return;
    }
    // the opening word trigram of every paragraph long enough to be dropped as a duplicate; a
    // paragraph is compared only with the candidates whose opening it holds, so the pass stays
    // near linear
    long[] openings = new long[n];
    int candidates = 0;
    for (int i = 0; i < n; i++) {
      String core = kept.get(i).coreText();
      if (LineFeatures.words(core, DUPLICATE_MIN_WORDS) >= DUPLICATE_MIN_WORDS) {
        openings[i] = openingTrigram(core);
        if (openings[i] != 0L) {
          candidates++;
        }
      }
    }
    if (candidates == 0) {
      return;
    }
    long[] table = hashSet(openings);
    java.util.Map<Long, List<Integer>> byOpening = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      if (openings[i] != 0L) {
        byOpening.computeIfAbsent(openings[i], k -> new ArrayList<>()).add(i);
      }
    }
    String[] keys = new String[n];
    boolean[] duplicate = new boolean[n];
    long[] hits = new long[candidates]; // room for every distinct opening: no hit is ever lost
    for (int j = 0; j < n; j++) {
      int count = trigrams(kept.get(j).coreText(), table, hits);
      for (int h = 0; h < count; h++) {
        for (int i : byOpening.getOrDefault(hits[h], List.of())) {
          if (i == j || duplicate[i]) {
            continue;
          }
          if (keys[i] == null) {
            keys[i] = LineFeatures.key(kept.get(i).coreText());
          }
          if (keys[j] == null) {
            keys[j] = LineFeatures.key(kept.get(j).coreText());
          }
          if (keys[j].length() > keys[i].length() && contains(keys[j], keys[i])) {
            duplicate[i] = true;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (duplicate[i]) {
        kept.get(i).reason = "duplicate: contained in another paragraph";
      }
    }
  }

  /** Hash of the first word trigram of {@code text} (case and quotes folded), 0 when none. */
  private static long openingTrigram(String text) {
    long[] out = new long[1];
    return trigrams(text, null, out) > 0 ? out[0] : 0L;
  }

  /**
   * Walks the word trigrams of {@code text} (runs of letters and digits, lower-cased). With
   * {@code wanted} null, stores the opening trigram in {@code out[0]} and returns 1 (0 when the
   * text has fewer than three words); else stores the distinct trigrams found in the hash set
   * {@code wanted} (see {@link #hashSet}), up to {@code out.length}, and returns how many.
   */
  private static int trigrams(String text, long[] wanted, long[] out) {
    long h1 = 0;
    long h2 = 0;
    long h = 0;
    int tokens = 0;
    int found = 0;
    boolean inToken = false;
    for (int c = 0; c <= text.length(); c++) {
      char ch = c < text.length() ? text.charAt(c) : ' ';
      char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
      if (lower >= 'a' && lower <= 'z' || ch >= '0' && ch <= '9') {
        h = h * 31 + lower;
        inToken = true;
        continue;
      }
      if (ch >= 0x80 && Character.isLetterOrDigit(ch)) {
        h = h * 31 + Character.toLowerCase(ch);
        inToken = true;
        continue;
      }
      if (!inToken) {
        continue;
      }
      inToken = false;
      tokens++;
      if (tokens >= 3) {
        long tri = trigram(h1, h2, h);
        if (wanted == null) {
          out[0] = tri;
          return 1;
        }
        if (inSet(wanted, tri) && !holds(out, found, tri)) {
          out[found++] = tri;
          if (found == out.length) {
            return found;
          }
        }
      }
      h1 = h2;
      h2 = h;
      h = 0;
    }
    return found;
  }

  /** An open-addressing set of the non-zero values (zero marks an empty slot). */
  private static long[] hashSet(long[] values) {
    int size = Integer.highestOneBit(Math.max(4, values.length * 4 - 1)) << 1;
    long[] table = new long[size];
    for (long v : values) {
      if (v != 0L) {
        int i = slot(v, size);
        while (table[i] != 0L && table[i] != v) {
          i = (i + 1) & (size - 1);
        }
        table[i] = v;
      }
    }
    return table;
  }

  private static boolean inSet(long[] table, long v) {
    int i = slot(v, table.length);
    while (table[i] != 0L) {
      if (table[i] == v) {
        return true;
      }
      i = (i + 1) & (table.length - 1);
    }
    return false;
  }

  private static int slot(long v, int size) {
    return (int) ((v ^ (v >>> 29)) * 0x9E3779B97F4A7C15L >>> 40) & (size - 1);
  }

  private static boolean holds(long[] values, int count, long v) {
    for (int i = 0; i < count; i++) {
      if (values[i] == v) {
        return true;
      }
    }
    return false;
  }

  private static long trigram(long a, long b, long c) {
    long t = (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL) ^ (c * 0x165667B19E3779F9L);
    return t == 0 ? 1 : t;
  }

  /**
   * The paragraph without an opening dateline and closing photo credits: what stays of it once
   * cleaned, so that comparisons give the same answer before and after cleaning.
   */
  private static String core(String t) {
    String dl = MetaLines.dateline(t);
    String c = dl == null ? t : t.substring(dl.length()).strip();
    for (String credit = MetaLines.trailingCredit(c);
        credit != null && LineFeatures.words(c) > LineFeatures.words(credit) + 2;
        credit = MetaLines.trailingCredit(c)) {
      c = c.substring(0, c.length() - credit.length()).strip();
    }
    return c;
  }

  /** True when {@code inner} occurs in {@code outer} starting and ending at word boundaries. */
  private static boolean contains(String outer, String inner) {
    int from = 0;
    while (true) {
      int at = outer.indexOf(inner, from);
      if (at < 0) {
        return false;
      }
      int end = at + inner.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(outer.charAt(at - 1));
      boolean endOk = end == outer.length() || !Character.isLetterOrDigit(outer.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = at + 1;
    }
  }

  private static Cleaned emit(List<Item> items, Metadata given, Found found) {
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    List<Removed> removed = new ArrayList<>();
    for (Item it : items) {
      if (!it.paragraph()) {
        for (Removed r : it.before) {
          removed.add(new Removed(r.text(), r.reason(), text.length()));
        }
        removed.add(new Removed(it.removedText, it.reason, text.length()));
        for (Removed r : it.after) {
          removed.add(new Removed(r.text(), r.reason(), text.length()));
        }
        continue;
      }
      if (it.text.length() == 0) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      for (Removed r : it.before) {
        removed.add(new Removed(r.text(), r.reason(), start));
      }
      text.append(it.text);
      paragraphs.add(new Span(start, text.length()));
      for (Removed r : it.after) {
        removed.add(new Removed(r.text(), r.reason(), text.length()));
      }
    }
    Metadata foundMeta = new Metadata(
        null, null, null, found.byline, found.published, found.dateline);
    return new Cleaned(text.toString(), paragraphs, removed, given.orElse(foundMeta));
  }

  private static String shorten(String marker) {
    return marker.length() <= 40 ? marker : marker.substring(0, 40) + "…";
  }
}
