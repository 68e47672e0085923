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

  private static final Pattern ALIAS_BETWEEN = Pattern.compile(
      "^\\s*[,(]?\\s*(?:or\\s+|and\\s+)?(?:(also|better|widely|commonly|formerly|previously|once"
          + "|originally|now|today|locally|officially|sometimes)\\s+)?(?:known\\s+as|called|named"
          + "|spelled|spelt|renamed|rendered\\s+as)\\s+$|^\\s*[,(]\\s*(formerly|previously|once"
          + "|aka|a\\.k\\.a\\.?|now)\\s+$",
      Pattern.CASE_INSENSITIVE);
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

  /** One name occurrence, titles stripped. */
  private record Mention(int article, Span span, EntityType type, String display,
      List<String> tokens, String role, int form) {}

  /** A distinct name (same tokens, person or not) and its mentions. */
  private static final class Form {
    final String key;
    final List<String> tokens;
    final boolean person;
    final List<Mention> mentions = new ArrayList<>();
    final Set<Integer> articles = new TreeSet<>();
    final int index;
    boolean former;

    Form(int index, String key, List<String> tokens, boolean person) {
      this.index = index;
      this.key = key;
      this.tokens = tokens;
      this.person = person;
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
    List<List<Mention>> raw = new ArrayList<>();
    Map<String, int[]> personVotes = new HashMap<>();
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
    // one name is a person or not by the majority of its mentions in the corpus
    Map<String, Form> formsByKey = new LinkedHashMap<>();
    List<Form> forms = new ArrayList<>();
    List<List<Mention>> byArticle = new ArrayList<>();
    for (List<Mention> ms : raw) {
      List<Mention> assigned = new ArrayList<>();
      for (Mention m : ms) {
        String tokens = String.join(" ", m.tokens());
        int[] v = personVotes.get(tokens);
        boolean person = v[0] == v[1] ? m.type() == EntityType.PERSON : v[0] > v[1];
        String key = (person ? "P|" : "T|") + tokens;
        Form f = formsByKey.get(key);
        if (f == null) {
          f = new Form(forms.size(), key, m.tokens(), person);
          formsByKey.put(key, f);
          forms.add(f);
        }
        Mention a = new Mention(m.article(), m.span(), m.type(), m.display(), m.tokens(),
            m.role(), f.index);
        f.mentions.add(a);
        f.articles.add(a.article());
        assigned.add(a);
      }
      byArticle.add(assigned);
    }
    int[] parent = new int[forms.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // 1. a surname or short organisation name within its article
    for (List<Mention> ms : byArticle) {
      Map<String, Set<Integer>> fullByLast = new HashMap<>();
      Set<Integer> present = new TreeSet<>();
      for (Mention m : ms) {
        present.add(m.form());
        Form f = forms.get(m.form());
        String shortKey = shortKey(f);
        if (shortKey != null) {
          fullByLast.computeIfAbsent(shortKey, k -> new TreeSet<>()).add(m.form());
        }
      }
      for (int fi : present) {
        Form f = forms.get(fi);
        if (f.tokens.size() != 1) {
          continue;
        }
        Set<Integer> full = fullByLast.get((f.person ? "P:" : "T:") + f.tokens.get(0));
        if (full != null && full.size() == 1) {
          union(parent, fi, full.iterator().next());
        }
      }
    }
    // 2. spelling variants of one name that share context
    List<Set<Integer>> context = contexts(forms, byArticle, parent);
    for (int i = 0; i < forms.size(); i++) {
      for (int j = i + 1; j < forms.size(); j++) {
        Form a = forms.get(i);
        Form b = forms.get(j);
        if (a.person != b.person || a.tokens.size() != b.tokens.size()
            || find(parent, i) == find(parent, j) || !spellingVariants(a.tokens, b.tokens)) {
          continue;
        }
        if (shared(context.get(i), context.get(j), find(parent, i), find(parent, j))
            >= MIN_SHARED_CONTEXT) {
          union(parent, i, j);
        }
      }
    }
    // 3. a surname or short name across the corpus, when only one full name fits
    Map<String, Set<Integer>> rootsByShort = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      String sk = shortKey(forms.get(i));
      if (sk != null) {
        rootsByShort.computeIfAbsent(sk, k -> new TreeSet<>()).add(find(parent, i));
      }
    }
    Map<Integer, Boolean> hasFull = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      if (forms.get(i).tokens.size() > 1) {
        hasFull.put(find(parent, i), true);
      }
    }
    List<int[]> joins = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      int root = find(parent, i);
      if (f.tokens.size() != 1 || hasFull.containsKey(root)) {
        continue;
      }
      Set<Integer> candidates = new TreeSet<>();
      for (int j = 0; j < forms.size(); j++) {
        if (find(parent, j) == root && forms.get(j).tokens.size() == 1) {
          Set<Integer> r = rootsByShort.get((f.person ? "P:" : "T:") + forms.get(j).tokens.get(0));
          if (r != null) {
            for (int x : r) {
              candidates.add(find(parent, x));
            }
          }
        }
      }
      if (candidates.size() == 1) {
        joins.add(new int[] {i, candidates.iterator().next()});
      }
    }
    for (int[] j : joins) {
      union(parent, j[0], j[1]);
    }
    // 4. aliases the text defines
    for (int ai = 0; ai < articles.size(); ai++) {
      aliases(articles.get(ai), byArticle.get(ai), forms, parent);
    }
    return build(articles, forms, parent);
  }

  /** The key a full name offers a lone surname or short organisation name, or null. */
  private static String shortKey(Form f) {
    if (f.tokens.size() < 2) {
      return null;
    }
    if (f.person) {
      return "P:" + f.tokens.get(f.tokens.size() - 1);
    }
    if (f.tokens.size() == 2 && ORG_SUFFIXES.contains(f.tokens.get(1))) {
      return "T:" + f.tokens.get(0);
    }
    return null;
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

  /** Per form, the roots of the other forms seen in the same articles. */
  private static List<Set<Integer>> contexts(List<Form> forms, List<List<Mention>> byArticle,
      int[] parent) {
    List<Set<Integer>> out = new ArrayList<>();
    List<Set<Integer>> rootsOfArticle = new ArrayList<>();
    for (List<Mention> ms : byArticle) {
      Set<Integer> roots = new HashSet<>();
      for (Mention m : ms) {
        roots.add(find(parent, m.form()));
      }
      rootsOfArticle.add(roots);
    }
    for (Form f : forms) {
      Set<Integer> c = new HashSet<>();
      for (int a : f.articles) {
        c.addAll(rootsOfArticle.get(a));
      }
      out.add(c);
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

  private void aliases(Article article, List<Mention> ms, List<Form> forms, int[] parent) {
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
        Matcher bm = ALIAS_BETWEEN.matcher(between);
        if (bm.find()) {
          String adverb = bm.group(1) != null ? bm.group(1) : bm.group(2);
          adverb = adverb == null ? "" : adverb.toLowerCase(Locale.ROOT);
          if (compatible(forms, a, b)) {
            union(parent, a.form(), b.form());
            if (Set.of("formerly", "previously", "once", "originally").contains(adverb)) {
              forms.get(b.form()).former = true;
            } else if (Set.of("now", "today", "renamed").contains(adverb)
                || between.toLowerCase(Locale.ROOT).contains("renamed")) {
              forms.get(a.form()).former = true;
            }
          }
          continue;
        }
        Matcher nf = NAME_FOR.matcher(text.substring(s.span().start(), b.span().start()));
        if (nf.find()) {
          int phrase = s.span().start() + nf.start();
          for (int j = k - 1; j >= 0; j--) {
            Mention c = in.get(j);
            if (c.span().end() <= phrase && c.type() == b.type() && compatible(forms, c, b)
                && find(parent, c.form()) != find(parent, b.form())) {
              union(parent, c.form(), b.form());
              String adj = nf.group(1).toLowerCase(Locale.ROOT);
              if (!adj.contains("new") && !adj.contains("current") && !adj.contains("official")) {
                forms.get(c.form()).former = true;
              }
              break;
            }
          }
        }
      }
    }
  }

  private static boolean compatible(List<Form> forms, Mention a, Mention b) {
    return forms.get(a.form()).person == forms.get(b.form()).person;
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
    if (end <= start) {
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

  private Entities build(List<Article> articles, List<Form> forms, int[] parent) {
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < forms.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    record Draft(String name, EntityType type, List<String> aliases, List<String> roles,
        List<EntityMention> mentions) {}
    List<Draft> drafts = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      Map<String, Integer> displayCounts = new TreeMap<>();
      int[] typeCounts = new int[EntityType.values().length];
      Map<String, Integer> roleCounts = new TreeMap<>();
      Map<String, String> roleForm = new TreeMap<>();
      List<EntityMention> mentions = new ArrayList<>();
      String best = null;
      int bestTokens = -1;
      int bestCount = -1;
      boolean anyCurrent = g.stream().anyMatch(i -> !forms.get(i).former);
      for (int i : g) {
        Form f = forms.get(i);
        Map<String, Integer> own = new TreeMap<>();
        for (Mention m : f.mentions) {
          displayCounts.merge(m.display(), 1, Integer::sum);
          own.merge(m.display(), 1, Integer::sum);
          typeCounts[m.type().ordinal()]++;
          mentions.add(new EntityMention(articles.get(m.article()).id(), m.span()));
          if (m.role() != null) {
            String rk = m.role().toLowerCase(Locale.ROOT);
            roleCounts.merge(rk, 1, Integer::sum);
            roleForm.putIfAbsent(rk, m.role());
          }
        }
        if (f.former && anyCurrent) {
          continue;
        }
        String display = own.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .get().getKey();
        int count = f.mentions.size();
        if (f.tokens.size() > bestTokens || f.tokens.size() == bestTokens && (count > bestCount
            || count == bestCount && display.compareTo(best) < 0)) {
          best = display;
          bestTokens = f.tokens.size();
          bestCount = count;
        }
      }
      int type = 0;
      for (int t = 1; t < typeCounts.length; t++) {
        if (typeCounts[t] > typeCounts[type]) {
          type = t;
        }
      }
      String name = best;
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

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two groups; the smaller index stays the root, so results do not depend on order. */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

}
