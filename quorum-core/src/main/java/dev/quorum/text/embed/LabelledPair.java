package dev.quorum.text.embed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence pair with a gold same-statement label, read from MSRP-style lines {@code
 * label<TAB>id1<TAB>id2<TAB>sentence1<TAB>sentence2}.
 */
public record LabelledPair(String id, String a, String b, boolean same) {

  /** Reads every well-formed line of the file; a header or malformed line is skipped. */
  public static List<LabelledPair> read(Path file) throws IOException {
    List<LabelledPair> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 || !(f[0].equals("0") || f[0].equals("1"))) {
        continue;
      }
      out.add(new LabelledPair(f[1] + "-" + f[2], f[3], f[4], f[0].equals("1")));
    }
    return out;
  }
}
