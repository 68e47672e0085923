package dev.quorum.bench.eval;

import dev.quorum.text.OpenNlpTextAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores the language identification of {@link OpenNlpTextAnalyzer} per language on MultiLing 2011
 * (the same WikiNews articles in seven languages) and on the SemEval-2022 task 8 news texts.
 *
 * <p>Only the leading {@code languagePrefix + 1} characters are handed to the analyser: it looks at
 * no more than the prefix to tell the language, and the extra character keeps its treatment of a
 * surrogate pair cut at the prefix end unchanged, so the answer is the one for the whole text.
 */
public final class LanguageEval {

  /** MultiLing 2011 file suffixes to ISO 639-3 codes. */
  public static final Map<String, String> MULTILING_CODES = Map.of(
      "arabic", "ara", "czech", "ces", "english", "eng", "french", "fra", "greek", "ell",
      "hebrew", "heb", "hindi", "hin");

  /** SemEval-2022 task 8 language columns (ISO 639-1) to the analyser's ISO 639-3 codes. */
  public static final Map<String, String> SEMEVAL_CODES = Map.of(
      "en", "eng", "de", "deu", "es", "spa", "zh", "cmn", "tr", "tur", "pl", "pol", "it", "ita",
      "fr", "fra", "ar", "ara", "ru", "rus");

  private LanguageEval() {}

  /** Correct and total texts of one language. */
  public record Count(int correct, int total) {
    public double accuracy() {
      return total == 0 ? 0 : (double) correct / total;
    }

    Count plus(boolean ok) {
      return new Count(correct + (ok ? 1 : 0), total + 1);
    }
  }

  /**
   * SemEval results: counts per language, wrong answers that were "und", and non-English texts
   * that the English shortcut called English where the model alone would not have.
   */
  public record SemEval(Map<String, Count> byLanguage, int undetermined, int shortcutMisfires) {}

  /** Identifies the language of a text as the analyser with these options would. */
  public static String identify(OpenNlpTextAnalyzer analyzer, String text) {
    int keep = Math.min(text.length(), analyzer.options().languagePrefix() + 1);
    return analyzer.analyze(text.substring(0, keep), List.of()).language();
  }

  /** An analyser that only tells languages (no tokens), with the given prefix and shortcut. */
  public static OpenNlpTextAnalyzer analyzer(int prefix, boolean englishShortcut) {
    return new OpenNlpTextAnalyzer(OpenNlpTextAnalyzer.Options.DEFAULT.withTokens(false)
        .withLanguagePrefix(prefix).withEnglishShortcut(englishShortcut));
  }

  /** The MultiLing source texts with their expected codes, sorted by file name. */
  public static List<Labelled> multiling(Path sourceDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(sourceDir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<Labelled> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String expected =
          MULTILING_CODES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
      if (expected != null) {
        // a few files have stray bytes; decode leniently as a reader of the corpus would
        out.add(new Labelled(expected, new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  /** A text with the language code it is known to be in. */
  public record Labelled(String language, String text) {}

  /** Counts per expected language of one analyser over labelled texts. */
  public static Map<String, Count> accuracy(OpenNlpTextAnalyzer analyzer, List<Labelled> texts) {
    Map<String, Count> counts = new TreeMap<>();
    for (Labelled t : texts) {
      boolean ok = identify(analyzer, t.text()).equals(t.language());
      counts.merge(t.language(), new Count(0, 0).plus(ok), (a, b) -> a.plus(ok));
    }
    return counts;
  }

  /** The non-blank texts of the SemEval CSV in a known language, text1 then text2 of each row. */
  public static List<Labelled> semeval(Path csv) throws IOException {
    List<List<String>> rows = readCsv(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8));
    List<Labelled> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    List<String> header = rows.get(0);
    int[] langCols = {header.indexOf("lang1"), header.indexOf("lang2")};
    int[] textCols = {header.indexOf("text1"), header.indexOf("text2")};
    for (List<String> row : rows.subList(1, rows.size())) {
      for (int k = 0; k < 2; k++) {
        if (langCols[k] < 0 || textCols[k] < 0 || row.size() <= Math.max(langCols[k], textCols[k])) {
          continue;
        }
        String expected = SEMEVAL_CODES.get(row.get(langCols[k]));
        String text = row.get(textCols[k]);
        if (expected != null && !text.isBlank()) {
          out.add(new Labelled(expected, text));
        }
      }
    }
    return out;
  }

  /** SemEval scores of the default analyser (prefix 600, English shortcut), with misfires. */
  public static SemEval scoreSemEval(List<Labelled> texts) {
    OpenNlpTextAnalyzer withShortcut = analyzer(600, true);
    OpenNlpTextAnalyzer modelOnly = analyzer(600, false);
    Map<String, Count> counts = new TreeMap<>();
    int undetermined = 0;
    int misfires = 0;
    for (Labelled t : texts) {
      String got = identify(withShortcut, t.text());
      boolean ok = got.equals(t.language());
      counts.merge(t.language(), new Count(0, 0).plus(ok), (a, b) -> a.plus(ok));
      if (!ok && got.equals("und")) {
        undetermined++;
      }
      if (!ok && got.equals("eng") && !identify(modelOnly, t.text()).equals("eng")) {
        misfires++;
      }
    }
    return new SemEval(counts, undetermined, misfires);
  }

  /** A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and newlines. */
  static List<List<String>> readCsv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
