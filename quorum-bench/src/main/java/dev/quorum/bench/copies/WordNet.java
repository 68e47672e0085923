package dev.quorum.bench.copies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the WordNet 3.0 database files (Debian's {@code wordnet-base}: {@code index.POS}, {@code
 * data.POS}, {@code POS.exc}) and answers synonyms and base forms of English words.
 *
 * <p>The data files are kept as bytes and a synset is parsed only when asked for, at the byte
 * offset the index gives, so opening the database costs one read per file and little memory.
 */
public final class WordNet {

  /** The environment variable that names the WordNet folder. */
  public static final String ENV = "WORDNET_DIR";

  /** Where Debian's wordnet-base installs the database. */
  public static final Path DEBIAN_DIR = Path.of("/usr/share/wordnet");

  /** A WordNet part of speech with its file suffix. */
  public enum Pos {
    NOUN("noun"), VERB("verb"), ADJ("adj"), ADV("adv");

    final String file;

    Pos(String file) {
      this.file = file;
    }
  }

  /** An index entry: the synset offsets in sense order and the sense-tagged count. */
  private record Entry(long[] offsets, int tagged) {}

  private final Map<Pos, Map<String, Entry>> index = new EnumMap<>(Pos.class);
  private final Map<Pos, byte[]> data = new EnumMap<>(Pos.class);
  private final Map<Pos, Map<String, List<String>>> exceptions = new EnumMap<>(Pos.class);
  private final Map<Pos, java.util.Set<String>> irregular = new EnumMap<>(Pos.class);

  private WordNet(Path dir) throws IOException {
    for (Pos p : Pos.values()) {
      index.put(p, readIndex(dir.resolve("index." + p.file)));
      data.put(p, Files.readAllBytes(dir.resolve("data." + p.file)));
      Path exc = dir.resolve(p.file + ".exc");
      exceptions.put(p, Files.isRegularFile(exc) ? readExceptions(exc) : Map.of());
      java.util.Set<String> bases = new java.util.HashSet<>();
      exceptions.get(p).values().forEach(bases::addAll);
      irregular.put(p, bases);
    }
  }

  /** The folder to read: {@code $WORDNET_DIR} when set, else {@link #DEBIAN_DIR}. */
  public static Path defaultDir() {
    String env = System.getenv(ENV);
    return env != null && !env.isBlank() ? Path.of(env.strip()) : DEBIAN_DIR;
  }

  /** Whether {@code dir} holds the index and data files of every part of speech. */
  public static boolean available(Path dir) {
    for (Pos p : Pos.values()) {
      if (!Files.isRegularFile(dir.resolve("index." + p.file))
          || !Files.isRegularFile(dir.resolve("data." + p.file))) {
        return false;
      }
    }
    return true;
  }

  /** Opens the database in {@link #defaultDir()}. */
  public static WordNet open() {
    return open(defaultDir());
  }

  /**
   * Opens the database in {@code dir}.
   *
   * @throws IllegalStateException when the files are absent, naming the package to install
   */
  public static WordNet open(Path dir) {
    if (!available(dir)) {
      throw new IllegalStateException("WordNet database not found in " + dir
          + " (index.noun, data.noun, ...): install Debian's wordnet-base or set " + ENV);
    }
    try {
      return new WordNet(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read WordNet in " + dir, e);
    }
  }

  /**
   * Whether {@code lemma} has irregular inflected forms as {@code pos} (it is the base of an entry
   * in the exception list), so regular suffixes would misspell it.
   */
  public boolean irregular(String lemma, Pos pos) {
    return irregular.get(pos).contains(key(lemma));
  }

  /** Whether {@code lemma} (lower case, spaces or underscores) is in WordNet as {@code pos}. */
  public boolean contains(String lemma, Pos pos) {
    return index.get(pos).containsKey(key(lemma));
  }

  /**
   * How often the lemma's senses as {@code pos} were tagged in WordNet's sense-tagged corpus: a
   * rough measure of how usual this part of speech is for the word; -1 when it is not a lemma.
   */
  public int taggedCount(String lemma, Pos pos) {
    Entry e = index.get(pos).get(key(lemma));
    return e == null ? -1 : e.tagged();
  }

  /**
   * The base forms (lemmas in WordNet) of a possibly inflected word as {@code pos}: the word
   * itself when it is a lemma, exception-list forms, then forms from the regular detachment rules.
   */
  public List<String> baseForms(String word, Pos pos) {
    String w = key(word);
    LinkedHashSet<String> out = new LinkedHashSet<>();
    if (index.get(pos).containsKey(w)) {
      out.add(w);
    }
    for (String b : exceptions.get(pos).getOrDefault(w, List.of())) {
      if (index.get(pos).containsKey(b)) {
        out.add(b);
      }
    }
    for (String[] rule : RULES.get(pos)) {
      if (w.endsWith(rule[0]) && w.length() > rule[0].length() + 1) {
        String b = w.substring(0, w.length() - rule[0].length()) + rule[1];
        if (index.get(pos).containsKey(b)) {
          out.add(b);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The synonyms of the lemma {@code lemma} as {@code pos}: the other lemmas of its synsets, most
   * frequent sense first (index order), without repeats, multi-word lemmas with spaces.
   */
  public List<String> synonyms(String lemma, Pos pos) {
    return synonyms(lemma, pos, Integer.MAX_VALUE);
  }

  /** As {@link #synonyms(String, Pos)}, from the first {@code senses} senses only. */
  public List<String> synonyms(String lemma, Pos pos, int senses) {
    String w = key(lemma);
    Entry e = index.get(pos).get(w);
    if (e == null) {
      return List.of();
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int s = 0; s < e.offsets().length && s < senses; s++) {
      for (String l : synsetWords(pos, e.offsets()[s])) {
        if (!l.equals(w)) {
          out.add(l.replace('_', ' '));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The lemmas of the synset at byte {@code offset} of {@code data.POS}, lower case. */
  private List<String> synsetWords(Pos pos, long offset) {
    byte[] bytes = data.get(pos);
    int start = (int) offset;
    if (start < 0 || start >= bytes.length) {
      return List.of();
    }
    int end = start;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    String[] f = new String(bytes, start, end - start, StandardCharsets.UTF_8).split(" ");
    // offset lex_filenum ss_type w_cnt(hex) word lex_id word lex_id ...
    if (f.length < 4) {
      return List.of();
    }
    int n;
    try {
      n = Integer.parseInt(f[3], 16);
    } catch (NumberFormatException ex) {
      return List.of();
    }
    List<String> words = new ArrayList<>(n);
    for (int i = 0; i < n && 4 + 2 * i < f.length; i++) {
      String word = f[4 + 2 * i].toLowerCase(Locale.ROOT);
      int paren = word.indexOf('(');
      words.add(paren > 0 ? word.substring(0, paren) : word); // adjective markers like (a)
    }
    return words;
  }

  private static String key(String word) {
    return word.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  private static Map<String, Entry> readIndex(Path file) throws IOException {
    Map<String, Entry> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isEmpty() || line.charAt(0) == ' ') {
        continue; // licence header lines start with spaces
      }
      String[] f = line.split(" ");
      try {
        // lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
        int synsets = Integer.parseInt(f[2]);
        int pointers = Integer.parseInt(f[3]);
        int tagged = Integer.parseInt(f[5 + pointers]);
        long[] offsets = new long[synsets];
        for (int i = 0; i < synsets; i++) {
          offsets[i] = Long.parseLong(f[6 + pointers + i]);
        }
        out.put(f[0], new Entry(offsets, tagged));
      } catch (RuntimeException ex) {
        // a malformed line is skipped: the rest of the index stays usable
      }
    }
    return out;
  }

  private static Map<String, List<String>> readExceptions(Path file) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.strip().split(" ");
      if (f.length >= 2) {
        out.put(f[0], List.of(f).subList(1, f.length));
      }
    }
    return out;
  }

  /** WordNet's morphological detachment rules (morphy): suffix to strip, ending to add. */
  private static final Map<Pos, String[][]> RULES = Map.of(
      Pos.NOUN, new String[][] {
        {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
        {"men", "man"}, {"ies", "y"}},
      Pos.VERB, new String[][] {
        {"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"},
        {"ing", ""}},
      Pos.ADJ, new String[][] {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
      Pos.ADV, new String[][] {});

  /** The first base form of {@code word} in any part of speech, for diagnostics. */
  public Optional<String> anyBase(String word) {
    for (Pos p : Pos.values()) {
      List<String> b = baseForms(word, p);
      if (!b.isEmpty()) {
        return Optional.of(b.get(0));
      }
    }
    return Optional.empty();
  }
}
