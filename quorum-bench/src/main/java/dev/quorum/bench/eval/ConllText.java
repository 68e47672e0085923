package dev.quorum.bench.eval;

import dev.quorum.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Running text rebuilt from a CoNLL-2003 file: one paragraph per document, gold sentences and gold
 * tokens as spans, tokens joined with the spacing a newspaper would use.
 *
 * @param text the rebuilt text, documents separated by a blank line
 * @param paragraphs one span per document
 * @param sentences the gold sentences
 * @param tokens the gold tokens
 */
public record ConllText(String text, List<Span> paragraphs, List<Span> sentences, List<Span> tokens) {

  /** Reads a CoNLL-2003 file (token in the first column, blank line between sentences). */
  public static ConllText read(Path file) throws IOException {
    List<List<List<String>>> docs = new ArrayList<>();
    List<List<String>> doc = null;
    List<String> sentence = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("-DOCSTART-")) {
        doc = new ArrayList<>();
        docs.add(doc);
        continue;
      }
      if (line.isBlank()) {
        if (!sentence.isEmpty() && doc != null) {
          doc.add(sentence);
        }
        sentence = new ArrayList<>();
        continue;
      }
      sentence.add(line.substring(0, line.indexOf(' ')));
    }
    if (!sentence.isEmpty() && doc != null) {
      doc.add(sentence);
    }
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    List<Span> sentences = new ArrayList<>();
    List<Span> tokens = new ArrayList<>();
    for (List<List<String>> d : docs) {
      if (d.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int paragraphStart = text.length();
      boolean openQuote = false;
      for (List<String> s : d) {
        if (text.length() > paragraphStart) {
          text.append(' ');
        }
        int sentenceStart = text.length();
        boolean glueNext = true;
        for (String t : s) {
          boolean glue = glueNext || attachesLeft(t, openQuote);
          if (t.equals("\"")) {
            glue = glueNext || openQuote;
          }
          if (!glue) {
            text.append(' ');
          }
          tokens.add(new Span(text.length(), text.length() + t.length()));
          text.append(t);
          glueNext = t.equals("(") || t.equals("[") || t.equals("$") || (t.equals("\"") && !openQuote);
          if (t.equals("\"")) {
            openQuote = !openQuote;
          }
        }
        sentences.add(new Span(sentenceStart, text.length()));
      }
      paragraphs.add(new Span(paragraphStart, text.length()));
    }
    return new ConllText(text.toString(), paragraphs, sentences, tokens);
  }

  private static boolean attachesLeft(String t, boolean openQuote) {
    switch (t) {
      case ".":
      case ",":
      case ";":
      case ":":
      case "!":
      case "?":
      case "%":
      case ")":
      case "]":
      case "'s":
      case "'S":
      case "n't":
      case "'":
      case "'re":
      case "'ve":
      case "'ll":
      case "'d":
      case "'m":
        return true;
      default:
        return false;
    }
  }
}
