package dev.quorum.extract.entities;

import dev.quorum.extract.EntityType;
import dev.quorum.extract.NameFinder;
import dev.quorum.extract.NameMention;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the name mentions of a corpus into entities: exact names after titles are stripped, full
 * name and surname, romanization variants of one name, and aliases the text itself defines.
 *
 * <p>Each merge step is cautious, because a wrong merge is worse than a missed one: a surname joins
 * a full name only when exactly one full name fits, within the article first and then across the
 * corpus; spelling variants must also share context (at least {@link #MIN_SHARED_CONTEXT} other
 * entities of the same articles); an alias must be defined by the text ("X, also known as Y", "Y
 * (formerly X)", "the old name for Y").
 */
public final class EntityResolver {

  /** Spelling variants must co-occur with this many of the same other entities. */
  static final int MIN_SHARED_CONTEXT = 2;

  private static final String ADVERB = "(?:also|better|widely|commonly|formerly|previously|once"
      + "|originally|now|today|locally|officially|sometimes)";
  private static final String NAMED = "(?:known\\s+as|called|renamed|spelled|spelt)";
  /** What stands between two names when the text says they name one thing. */
  private static final Pattern ALIAS_BETWEEN = Pattern.compile(
      "^\\s*(?:[,(]\\s*(?:or\\s+)?(?:" + ADVERB + "\\s+)?" + NAMED + "|[,(]?\\s*" + ADVERB
          + "\\s+" + NAMED + "|[,(]\\s*(?:formerly|previously|once|aka|a\\.k\\.a\\.?|now))\\s+$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FORMER_MARK = Pattern.compile(
      "\\b(?:formerly|previously|once|originally)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CURRENT_MARK = Pattern.compile(
      "\\b(?:now|today|renamed)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_FOR = Pattern.compile(
      "\\b(?:the|its|a|an|their|his|her)\\s+((?:[\\w-]+\\s+){0,3})name\\s+(?:for|of)\\s+$",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> ORG_SUFFIXES = Set.of("group", "company", "co", "corp",
      "corporation", "inc", "ltd", "llc", "plc", "party", "movement", "organization",
      "organisation", "foundation", "association", "network", "army", "militia", "brigade",
      "battalion", "force", "forces");

  private final NameFinder finder;
  private final Romanization romanization = new Romanization();

  public EntityResolver(NameFinder finder) {
    this.finder = finder;
  }

  /** One name occurrence, titles stripped; {@code node} is its name in its article. */
  private record Mention(int article, Span span, EntityType type, String display,
      List<String> tokens, String role, int node) {}

  /** One distinct name in one article, and its mentions there. */
  private static final class Node {
    final int index;
    final int article;
    final String key;
    final List<String> tokens;
    final boolean person;
    final List<Mention> mentions = new ArrayList<>();
    /** Written in capitals, as acronyms are ("NATO", "U.N."). */
    boolean acronym;
    /** Written with periods ("U.N."): an abbreviation, never a word. */
    boolean dotted;
    /** Holds an acronym among its words ("UNFCCC Secretariat"), so its initials spell nothing. */
    boolean acronymInside;

    Node(int index, int article, String key, List<String> tokens, boolean person) {
      this.index = index;
      this.article = article;
      this.key = key;
      this.tokens = tokens;
      this.person = person;
    }

    boolean single() {
      return tokens.size() == 1;
    }
  }

  /** The working state of one resolution. */
  private final class Work {
    final List<Node> nodes = new ArrayList<>();
    final List<List<Mention>> byArticle = new ArrayList<>();
    final Map<String, List<Node>> byKey = new TreeMap<>();
    final Set<String> formerKeys = new HashSet<>();
    int[] parent;

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** Joins two groups; the smaller index stays the root, so order does not matter. */
    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }

    /** Roots of the groups that hold a name of more than one token. */
    Set<Integer> fullRoots() {
      Set<Integer> out = new HashSet<>();
      for (Node n : nodes) {
        if (!n.single()) {
          out.add(find(n.index));
        }
      }
      return out;
    }
  }

  /** Finds names in every article and merges them into entities. */
  public Entities resolve(List<Article> articles) {
    List<List<NameMention>> found = new ArrayList<>();
    for (Article a : articles) {
      found.add(finder.find(a));
    }
    return resolve(articles, found);
  }

  /** Merges already found names ({@code names.get(i)} of {@code articles.get(i)}) into entities. */
  public Entities resolve(List<Article> articles, List<List<NameMention>> names) {
    Work w = new Work();
    nodes(articles, names, w);
    w.parent = new int[w.nodes.size()];
    for (int i = 0; i < w.parent.length; i++) {
      w.parent[i] = i;
    }
    // 0. one name means one thing across articles, except a lone surname
    for (List<Node> same : w.byKey.values()) {
      for (Node n : same) {
        if (!(n.person && n.single())) {
          w.union(same.get(0).index, n.index);
        }
      }
    }
    // 1. a surname or a short organisation name joins the one full name of its article
    for (List<Mention> ms : w.byArticle) {
      Set<Node> present = new java.util.LinkedHashSet<>();
      for (Mention m : ms) {
        present.add(w.nodes.get(m.node()));
      }
      for (Node n : present) {
        List<Node> full = new ArrayList<>();
        for (Node f : present) {
          if (shortens(n, f)) {
            full.add(f);
          }
        }
        if (full.size() == 1) {
          w.union(n.index, full.get(0).index);
        }
      }
    }
    List<Set<Integer>> context = contexts(w);
    // 2. spelling variants of full names, and of names of places and things, sharing context
    List<Node> keyed = new ArrayList<>();
    for (List<Node> same : w.byKey.values()) {
      Node n = same.get(0);
      if (!(n.person && n.single())) {
        keyed.add(n);
      }
    }
    variantMerges(w, keyed, context);
    // 3. lone surnames: one group per spelling, then spelling variants, then the one full name
    Map<String, Integer> loneByKey = new TreeMap<>();
    Set<Integer> fullRoots = w.fullRoots();
    for (Node n : w.nodes) {
      if (n.person && n.single() && !fullRoots.contains(w.find(n.index))) {
        Integer first = loneByKey.putIfAbsent(n.key, n.index);
        if (first != null) {
          w.union(first, n.index);
        }
      }
    }
    List<Node> lone = new ArrayList<>();
    for (int i : loneByKey.values()) {
      lone.add(w.nodes.get(i));
    }
    context = contexts(w);
    variantMerges(w, lone, context);
    attachShortNames(w);
    // 4. aliases the text defines
    for (int ai = 0; ai < articles.size(); ai++) {
      aliases(articles.get(ai), w.byArticle.get(ai), w);
    }
    return build(articles, w);
  }

  /**
   * Whether {@code s} can be a short form of the longer name {@code f}: a person's surname (or a
   * spelling variant of it), the tail of a person's name ("Bin Laden"), a person's name without a
   * middle name, an organisation without its "Group" or "Party", or an acronym of a name.
   */
  private static boolean shortens(Node s, Node f) {
    if (s.person != f.person || s.tokens.size() >= f.tokens.size()) {
      return false;
    }
    String t = s.tokens.get(0);
    int n = f.tokens.size();
    if (s.person) {
      if (s.single()) {
        return Romanization.variants(t, f.tokens.get(n - 1));
      }
      if (f.tokens.subList(n - s.tokens.size(), n).equals(s.tokens)) {
        return true;
      }
      return t.equals(f.tokens.get(0))
          && s.tokens.get(s.tokens.size() - 1).equals(f.tokens.get(n - 1))
          && subsequence(s.tokens, f.tokens);
    }
    if (!s.single()) {
      return false;
    }
    if (s.acronym && s.dotted && !f.acronymInside && t.length() >= 2
        && t.equals(initials(f.tokens))) {
      return true;
    }
    return n == 2 && ORG_SUFFIXES.contains(f.tokens.get(1)) && f.tokens.get(0).equals(t)
        && isOrg(s) && isOrg(f);
  }

  /** Whether the short form matches exactly, not by a spelling variant. */
  private static boolean exactShort(Node s, Node f) {
    return !(s.person && s.single()) || s.tokens.get(0).equals(f.tokens.get(f.tokens.size() - 1));
  }

  private static boolean subsequence(List<String> a, List<String> b) {
    int k = 0;
    for (String x : b) {
      if (k < a.size() && a.get(k).equals(x)) {
        k++;
      }
    }
    return k == a.size();
  }

  private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "in", "on");

  private static String initials(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      if (!MINOR_WORDS.contains(t)) {
        sb.append(t.charAt(0));
      }
    }
    return sb.toString();
  }

  private static boolean isOrg(Node n) {
    int org = 0;
    for (Mention m : n.mentions) {
      if (m.type() == EntityType.ORG) {
        org++;
      }
    }
    return org * 2 > n.mentions.size();
  }

  /**
   * Joins each group of short names to the one group of full names it shortens, if unique: by the
   * exact surname, else by a spelling variant of it with shared context.
   */
  private static void attachShortNames(Work w) {
    List<Set<Integer>> context = contexts(w);
    Map<Integer, List<Node>> groups = new TreeMap<>();
    for (Node n : w.nodes) {
      groups.computeIfAbsent(w.find(n.index), k -> new ArrayList<>()).add(n);
    }
    // Index the full names by what any short form of them must share, so each short name is
    // compared with the few names it could shorten rather than with every name of the corpus.
    Map<String, List<Node>> index = new HashMap<>();
    for (Node f : w.nodes) {
      if (f.tokens.isEmpty()) {
        continue;
      }
      if (f.person) {
        index.computeIfAbsent("p" + letterClass(f.tokens.get(f.tokens.size() - 1)),
            k -> new ArrayList<>()).add(f);
      } else {
        index.computeIfAbsent("i" + initials(f.tokens), k -> new ArrayList<>()).add(f);
        index.computeIfAbsent("f" + f.tokens.get(0), k -> new ArrayList<>()).add(f);
      }
    }
    List<int[]> joins = new ArrayList<>();
    for (Map.Entry<Integer, List<Node>> g : groups.entrySet()) {
      int root = g.getKey();
      int longest = g.getValue().stream().mapToInt(x -> x.tokens.size()).max().orElse(0);
      Set<Integer> candidates = new TreeSet<>();
      for (boolean exact : new boolean[] {true, false}) {
        for (Node s : g.getValue()) {
          if (s.tokens.size() < longest) {
            continue;
          }
          for (Node f : shortenable(s, index)) {
            int rf = w.find(f.index);
            if (rf != root && shortens(s, f) && exactShort(s, f) == exact
                && (exact || shared(context.get(root), context.get(rf), root, rf)
                    >= MIN_SHARED_CONTEXT)) {
              candidates.add(rf);
            }
          }
        }
        if (!candidates.isEmpty()) {
          break;
        }
      }
      if (candidates.size() == 1) {
        joins.add(new int[] {root, candidates.iterator().next()});
      }
    }
    for (int[] j : joins) {
      w.union(j[0], j[1]);
    }
  }

  /** The first letter of a name token, i and y counted as one (the only cheap first change). */
  private static char letterClass(String token) {
    char c = token.isEmpty() ? ' ' : Character.toLowerCase(token.charAt(0));
    return c == 'y' ? 'i' : c;
  }

  /** The names that {@link #shortens} could accept as the full form of {@code s}. */
  private static List<Node> shortenable(Node s, Map<String, List<Node>> index) {
    if (s.tokens.isEmpty()) {
      return List.of();
    }
    if (s.person) {
      return index.getOrDefault("p" + letterClass(s.tokens.get(s.tokens.size() - 1)), List.of());
    }
    if (!s.single()) {
      return List.of();
    }
    List<Node> out = new ArrayList<>(index.getOrDefault("i" + s.tokens.get(0), List.of()));
    out.addAll(index.getOrDefault("f" + s.tokens.get(0), List.of()));
    return out;
  }

  /**
   * Merges spelling variants. Names are compared only within blocks of equal kind, length and
   * first letter (i and y together), the only pairs {@link Romanization#variants} can accept, so
   * a large corpus does not cost the square of its number of names.
   */
  private static void variantMerges(Work w, List<Node> all, List<Set<Integer>> context) {
    Map<String, List<Node>> blocks = new LinkedHashMap<>();
    for (Node n : all) {
      String first = n.tokens.isEmpty() ? "" : n.tokens.get(0);
      char c = first.isEmpty() ? ' ' : Character.toLowerCase(first.charAt(0));
      if (c == 'y') {
        c = 'i';
      }
      blocks.computeIfAbsent((n.person ? "p" : "o") + n.tokens.size() + c,
          k -> new ArrayList<>()).add(n);
    }
    for (List<Node> names : blocks.values()) {
      variantMergesInBlock(w, names, context);
    }
  }

  private static void variantMergesInBlock(Work w, List<Node> names,
      List<Set<Integer>> context) {
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        Node a = names.get(i);
        Node b = names.get(j);
        if (a.person != b.person || a.tokens.size() != b.tokens.size()
            || w.find(a.index) == w.find(b.index) || !spellingVariants(a.tokens, b.tokens)) {
          continue;
        }
        int ra = w.find(a.index);
        int rb = w.find(b.index);
        if (shared(context.get(ra), context.get(rb), ra, rb) >= MIN_SHARED_CONTEXT) {
          w.union(a.index, b.index);
        }
      }
    }
  }

  private static boolean spellingVariants(List<String> a, List<String> b) {
    boolean differs = false;
    for (int k = 0; k < a.size(); k++) {
      if (!Romanization.variants(a.get(k), b.get(k))) {
        return false;
      }
      differs |= !a.get(k).equals(b.get(k));
    }
    return differs;
  }

  /** Per group root, the roots of the other groups named in the same articles. */
  private static List<Set<Integer>> contexts(Work w) {
    List<Set<Integer>> rootsOfArticle = new ArrayList<>();
    for (List<Mention> ms : w.byArticle) {
      Set<Integer> roots = new HashSet<>();
      for (Mention m : ms) {
        roots.add(w.find(m.node()));
      }
      rootsOfArticle.add(roots);
    }
    List<Set<Integer>> out = new ArrayList<>();
    for (int i = 0; i < w.nodes.size(); i++) {
      out.add(new HashSet<>());
    }
    for (Node n : w.nodes) {
      out.get(w.find(n.index)).addAll(rootsOfArticle.get(n.article));
    }
    return out;
  }

  private static int shared(Set<Integer> a, Set<Integer> b, int rootA, int rootB) {
    int n = 0;
    for (int x : a) {
      if (x != rootA && x != rootB && b.contains(x)) {
        n++;
      }
    }
    return n;
  }

  /** Finds the mentions and their nodes; a name is a person's by the majority of its mentions. */
  private void nodes(List<Article> articles, List<List<NameMention>> names, Work w) {
    List<List<Mention>> raw = new ArrayList<>();
    Map<String, int[]> personVotes = new TreeMap<>();
    for (int ai = 0; ai < articles.size(); ai++) {
      List<Mention> ms = new ArrayList<>();
      for (NameMention nm : names.get(ai)) {
        Mention m = mention(articles.get(ai), ai, nm);
        if (m != null) {
          ms.add(m);
          int[] v = personVotes.computeIfAbsent(String.join(" ", m.tokens()), k -> new int[2]);
          v[m.type() == EntityType.PERSON ? 0 : 1]++;
        }
      }
      raw.add(ms);
    }
    // a tie is settled by the mentions of the name's spelling variants
    for (Map.Entry<String, int[]> e : personVotes.entrySet()) {
      int[] v = e.getValue();
      if (v[0] != v[1]) {
        continue;
      }
      List<String> tokens = List.of(e.getKey().split(" "));
      int[] sum = new int[2];
      for (Map.Entry<String, int[]> o : personVotes.entrySet()) {
        List<String> other = List.of(o.getKey().split(" "));
        if (other.size() == tokens.size() && spellingVariants(tokens, other)) {
          sum[0] += o.getValue()[0];
          sum[1] += o.getValue()[1];
        }
      }
      if (sum[0] != sum[1]) {
        v[sum[0] > sum[1] ? 0 : 1]++;
      }
    }
    for (int ai = 0; ai < raw.size(); ai++) {
      Map<String, Node> local = new HashMap<>();
      List<Mention> assigned = new ArrayList<>();
      for (Mention m : raw.get(ai)) {
        String tokens = String.join(" ", m.tokens());
        int[] v = personVotes.get(tokens);
        boolean person = v[0] > v[1]; // a tie is not a person: person names merge more freely
        List<String> keyTokens = person ? withoutInitials(m.tokens()) : m.tokens();
        String key = (person ? "P|" : "T|") + String.join(" ", keyTokens);
        Node n = local.get(key);
        if (n == null) {
          n = new Node(w.nodes.size(), ai, key, keyTokens, person);
          local.put(key, n);
          w.nodes.add(n);
          w.byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        Mention a = new Mention(ai, m.span(), m.type(), m.display(), m.tokens(), m.role(),
            n.index);
        n.mentions.add(a);
        n.acronym |= m.display().length() >= 2 && m.display().chars()
            .allMatch(c -> Character.isUpperCase(c) || c == '.');
        n.dotted |= n.acronym && m.display().indexOf('.') > 0;
        for (String word : m.display().split(" ")) {
          n.acronymInside |= !n.single() && word.length() >= 2
              && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
        }
        assigned.add(a);
      }
      w.byArticle.add(assigned);
    }
  }

  /** A person's name tokens without middle initials ("James L. Barksdale"), if two remain. */
  private static List<String> withoutInitials(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).length() > 1 || k == 0 || k == tokens.size() - 1) {
        out.add(tokens.get(k));
      }
    }
    return out.size() >= 2 ? List.copyOf(out) : tokens;
  }

  private void aliases(Article article, List<Mention> ms, Work w) {
    String text = article.text();
    for (Sentence s : article.sentences()) {
      List<Mention> in = new ArrayList<>();
      for (Mention m : ms) {
        if (s.span().contains(m.span())) {
          in.add(m);
        }
      }
      for (int k = 1; k < in.size(); k++) {
        Mention b = in.get(k);
        Mention a = in.get(k - 1);
        String between = text.substring(a.span().end(), b.span().start());
        if (acronymDefined(text, a, b, w)) {
          w.union(a.node(), b.node());
          continue;
        }
        if (ALIAS_BETWEEN.matcher(between).find()) {
          if (compatible(w, a, b)) {
            w.union(a.node(), b.node());
            if (FORMER_MARK.matcher(between).find()) {
              w.formerKeys.add(w.nodes.get(b.node()).key);
            } else if (CURRENT_MARK.matcher(between).find()) {
              w.formerKeys.add(w.nodes.get(a.node()).key);
            }
          }
          continue;
        }
        Matcher nf = NAME_FOR.matcher(text.substring(s.span().start(), b.span().start()));
        if (nf.find()) {
          int phrase = s.span().start() + nf.start();
          for (int j = k - 1; j >= 0; j--) {
            Mention c = in.get(j);
            if (c.span().end() <= phrase && c.type() == b.type() && compatible(w, c, b)
                && w.find(c.node()) != w.find(b.node())) {
              w.union(c.node(), b.node());
              String adj = nf.group(1).toLowerCase(Locale.ROOT);
              if (!adj.contains("new") && !adj.contains("current") && !adj.contains("official")) {
                w.formerKeys.add(w.nodes.get(c.node()).key);
              }
              break;
            }
          }
        }
      }
    }
  }

  /**
   * Whether {@code b} is an acronym defined in brackets right after the name {@code a}
   * ("Royal Navy (RN)"): capitals only, starting with the name's first letter.
   */
  private static boolean acronymDefined(String text, Mention a, Mention b, Work w) {
    Node full = w.nodes.get(a.node());
    Node acr = w.nodes.get(b.node());
    if (full.person || acr.person || full.single() || !acr.single() || !acr.acronym
        || !text.substring(a.span().end(), b.span().start()).strip().equals("(")
        || b.span().end() >= text.length() || text.charAt(b.span().end()) != ')') {
      return false;
    }
    String initials = initials(full.tokens);
    return !initials.isEmpty() && acr.tokens.get(0).charAt(0) == initials.charAt(0);
  }

  private static boolean compatible(Work w, Mention a, Mention b) {
    return w.nodes.get(a.node()).person == w.nodes.get(b.node()).person;
  }

  /** The mention with titles, a leading article and a possessive stripped; null if nothing left. */
  private Mention mention(Article a, int ai, NameMention nm) {
    String text = a.text();
    int start = nm.span().start();
    int end = nm.span().end();
    boolean person = nm.type() == EntityType.PERSON;
    List<String> stripped = new ArrayList<>();
    while (true) {
      int e = start;
      while (e < end && !Character.isWhitespace(text.charAt(e))) {
        e++;
      }
      if (e >= end) {
        break;
      }
      String w = text.substring(start, e);
      boolean strip = person ? Titles.isTitle(w) : w.equalsIgnoreCase("the");
      if (!strip) {
        break;
      }
      if (person && !Titles.HONORIFICS.contains(Titles.norm(w))) {
        stripped.add(w);
      }
      start = e;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    String tail = text.substring(start, end);
    for (String p : new String[] {"'s", "\u2019s", "'", "\u2019"}) {
      if (tail.endsWith(p) && tail.length() > p.length()) {
        end -= p.length();
        break;
      }
    }
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))
        && text.charAt(end - 1) != '.') {
      end--;
    }
    if (end <= start || text.substring(start, end).chars()
        .anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL)) {
      return null;
    }
    Span span = new Span(start, end);
    String display = span.of(text).replaceAll("\\s+", " ");
    List<String> tokens = romanization.tokens(display);
    if (tokens.isEmpty() || !display.chars().anyMatch(Character::isLetter)) {
      return null;
    }
    String role = stripped.isEmpty() ? null : String.join(" ", stripped);
    if (role == null && person) {
      role = roleBefore(a, nm.span());
    }
    return new Mention(ai, span, nm.type(), display, List.copyOf(tokens), role, -1);
  }

  /** The role written just before a person's name ("Defense Minister", "army chief"), or null. */
  private static String roleBefore(Article a, Span name) {
    String text = a.text();
    List<Span> tokens = null;
    int at = -1;
    for (Sentence s : a.sentences()) {
      if (s.span().contains(name)) {
        tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
          if (tokens.get(k).start() == name.start()) {
            at = k;
          }
        }
      }
    }
    if (tokens == null || at <= 0) {
      return null;
    }
    String head = tokens.get(at - 1).of(text);
    if (!Titles.HEADS.contains(Titles.norm(head)) || !head.chars().allMatch(
        c -> Character.isLetter(c) || c == '.' || c == '-')) {
      return null;
    }
    boolean capital = Character.isUpperCase(head.charAt(0));
    int from = at - 1;
    while (from - 1 >= 0 && at - from < 4) {
      String w = tokens.get(from - 1).of(text);
      String n = Titles.norm(w);
      if (!w.chars().allMatch(c -> Character.isLetter(c) || c == '-')
          || !(Titles.MODIFIERS.contains(n) || Titles.HEADS.contains(n))
          || n.equals("the") || n.equals("of")
          || capital != Character.isUpperCase(w.charAt(0))) {
        break;
      }
      from--;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < at; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).of(text));
    }
    return sb.toString();
  }

  private Entities build(List<Article> articles, Work w) {
    Map<Integer, List<Node>> groups = new TreeMap<>();
    for (Node n : w.nodes) {
      groups.computeIfAbsent(w.find(n.index), k -> new ArrayList<>()).add(n);
    }
    record Draft(String name, EntityType type, List<String> aliases, List<String> roles,
        List<EntityMention> mentions) {}
    List<Draft> drafts = new ArrayList<>();
    for (List<Node> g : groups.values()) {
      Map<String, Integer> displayCounts = new TreeMap<>();
      Map<String, Map<String, Integer>> displaysByKey = new TreeMap<>();
      Map<String, Integer> tokensByKey = new HashMap<>();
      int[] typeCounts = new int[EntityType.values().length];
      Map<String, Integer> roleCounts = new TreeMap<>();
      Map<String, String> roleForm = new TreeMap<>();
      List<EntityMention> mentions = new ArrayList<>();
      for (Node n : g) {
        tokensByKey.put(n.key, n.tokens.size());
        for (Mention m : n.mentions) {
          displayCounts.merge(m.display(), 1, Integer::sum);
          displaysByKey.computeIfAbsent(n.key, k -> new TreeMap<>())
              .merge(m.display(), 1, Integer::sum);
          typeCounts[m.type().ordinal()]++;
          mentions.add(new EntityMention(articles.get(m.article()).id(), m.span()));
          if (m.role() != null) {
            String rk = m.role().toLowerCase(Locale.ROOT);
            roleCounts.merge(rk, 1, Integer::sum);
            roleForm.putIfAbsent(rk, m.role());
          }
        }
      }
      boolean anyCurrent = displaysByKey.keySet().stream().anyMatch(k -> !w.formerKeys.contains(k));
      boolean anyFull = displaysByKey.keySet().stream()
          .anyMatch(k -> (!anyCurrent || !w.formerKeys.contains(k)) && tokensByKey.get(k) > 1);
      String name = null;
      int bestCount = -1;
      int bestTokens = -1;
      for (Map.Entry<String, Map<String, Integer>> e : displaysByKey.entrySet()) {
        String key = e.getKey();
        if (anyCurrent && w.formerKeys.contains(key) || anyFull && tokensByKey.get(key) < 2) {
          continue;
        }
        int count = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
        String display = e.getValue().entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .get().getKey();
        int tokens = tokensByKey.get(key);
        if (count > bestCount || count == bestCount && (tokens > bestTokens
            || tokens == bestTokens && display.compareTo(name) < 0)) {
          name = display;
          bestCount = count;
          bestTokens = tokens;
        }
      }
      int type = 0;
      for (int t = 1; t < typeCounts.length; t++) {
        if (typeCounts[t] > typeCounts[type]) {
          type = t;
        }
      }
      List<String> aliases = new ArrayList<>(displayCounts.keySet());
      aliases.remove(name);
      List<String> roles = new ArrayList<>();
      if (EntityType.values()[type] == EntityType.PERSON) {
        roleCounts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()))
            .forEach(e -> roles.add(roleForm.get(e.getKey())));
      }
      mentions.sort(null);
      drafts.add(new Draft(name, EntityType.values()[type], aliases, roles, mentions));
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> -d.mentions().size())
        .thenComparing(Draft::name).thenComparing(d -> d.type().name())
        .thenComparing(d -> d.mentions().get(0)));
    Set<String> ids = new HashSet<>();
    List<Entity> out = new ArrayList<>();
    for (Draft d : drafts) {
      String base = slug(d.name());
      String id = base;
      if (!ids.add(id)) {
        id = base + "-" + d.type().name().toLowerCase(Locale.ROOT);
        for (int n = 2; !ids.add(id); n++) {
          id = base + "-" + n;
        }
      }
      out.add(new Entity(id, d.name(), d.type(), d.aliases(), d.roles(), d.mentions()));
    }
    return new Entities(out);
  }

  private String slug(String name) {
    String s = String.join("-", romanization.tokens(name)).replaceAll("[^a-z0-9-]", "");
    return s.isEmpty() ? "entity" : s;
  }
}
