package dev.quorum.text.embed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads lines {@code id<TAB>text1<TAB>text2} and writes one JSON line {@code {"id", "similarity",
 * "same"}} per well-formed line, matching the pairs in batches (the body of {@code quorum compare}).
 */
public final class ComparePairs {

  /** Lines matched per batched call. */
  private static final int CHUNK = 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ComparePairs() {}

  /** How many lines were compared and how many were skipped as malformed. */
  public record Counts(int compared, int skipped) {}

  /** Compares every well-formed line of in and writes the verdicts to out, in input order. */
  public static Counts run(BufferedReader in, Writer out, SentenceMatcher matcher)
      throws IOException {
    List<String> ids = new ArrayList<>();
    List<SentencePair> pairs = new ArrayList<>();
    int compared = 0;
    int skipped = 0;
    boolean first = true;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (first && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      first = false;
      String[] f = line.split("\t", -1);
      if (f.length != 3) {
        skipped += line.isBlank() ? 0 : 1;
        continue;
      }
      ids.add(f[0]);
      pairs.add(new SentencePair(f[1], f[2]));
      if (pairs.size() == CHUNK) {
        compared += flush(ids, pairs, out, matcher);
      }
    }
    compared += flush(ids, pairs, out, matcher);
    out.flush();
    return new Counts(compared, skipped);
  }

  private static int flush(
      List<String> ids, List<SentencePair> pairs, Writer out, SentenceMatcher matcher)
      throws IOException {
    List<SentenceMatcher.Match> matches = matcher.match(pairs);
    for (int i = 0; i < matches.size(); i++) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", ids.get(i));
      o.put("similarity", Math.round(matches.get(i).similarity() * 1e4) / 1e4);
      o.put("same", matches.get(i).same());
      out.write(JSON.writeValueAsString(o));
      out.write('\n');
    }
    int n = pairs.size();
    ids.clear();
    pairs.clear();
    return n;
  }
}
