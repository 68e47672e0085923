package dev.quorum.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One document of a CoNLL-2003 file: its sentences, each with the raw lines, the words of the first
 * column and the gold names read from the last column when it holds IOB tags.
 *
 * @param sentences the sentences in file order
 */
public record ConllDocument(List<Sentence> sentences) {

  private static final Pattern TAG = Pattern.compile("O|[BI]-(PER|ORG|LOC|MISC)");

  public ConllDocument {
    sentences = List.copyOf(sentences);
  }

  /**
   * A CoNLL sentence.
   *
   * @param lines the raw lines, one per token
   * @param words the tokens (first column)
   * @param gold the gold names, empty when the lines carry no tag column
   */
  public record Sentence(List<String> lines, String[] words, List<TokenChunk> gold) {

    public Sentence {
      lines = List.copyOf(lines);
      words = words.clone();
      gold = List.copyOf(gold);
    }

    /** The words (a copy). */
    @Override
    public String[] words() {
      return words.clone();
    }

    String[] wordsShared() {
      return words;
    }
  }

  /** Total tokens of the documents. */
  public static int tokens(List<ConllDocument> docs) {
    int n = 0;
    for (ConllDocument d : docs) {
      for (Sentence s : d.sentences()) {
        n += s.wordsShared().length;
      }
    }
    return n;
  }

  /**
   * Reads CoNLL-2003 columns: a {@code -DOCSTART-} line starts a document (a file without them is
   * one document), a blank line ends a sentence.
   */
  public static List<ConllDocument> read(BufferedReader in) throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    List<Sentence> doc = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("-DOCSTART-")) {
        flush(lines, doc);
        if (!doc.isEmpty()) {
          docs.add(new ConllDocument(doc));
        }
        doc = new ArrayList<>();
      } else if (line.isBlank()) {
        flush(lines, doc);
      } else {
        lines.add(line);
      }
    }
    flush(lines, doc);
    if (!doc.isEmpty()) {
      docs.add(new ConllDocument(doc));
    }
    return docs;
  }

  private static void flush(List<String> lines, List<Sentence> doc) {
    if (lines.isEmpty()) {
      return;
    }
    doc.add(sentence(lines));
    lines.clear();
  }

  /** A sentence from its raw lines. */
  public static Sentence sentence(List<String> lines) {
    String[] words = new String[lines.size()];
    List<String> tags = new ArrayList<>();
    boolean tagged = true;
    for (int i = 0; i < lines.size(); i++) {
      String[] cols = lines.get(i).strip().split("\\s+");
      words[i] = cols[0];
      String last = cols[cols.length - 1];
      if (cols.length < 2 || !TAG.matcher(last).matches()) {
        tagged = false;
      }
      tags.add(last);
    }
    return new Sentence(lines, words, tagged ? TokenChunk.fromIob(tags) : List.of());
  }
}
