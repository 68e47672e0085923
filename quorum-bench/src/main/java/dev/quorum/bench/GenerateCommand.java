package dev.quorum.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.quorum.model.RawDocument;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quorum generate}: writes a fixed-seed synthetic corpus as JSON lines, for throughput and
 * memory measurements of the command line on inputs of any size.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes a reproducible synthetic news corpus as JSON lines (gzipped if the"
        + " output ends in .gz).")
public final class GenerateCommand implements Callable<Integer> {

  /** What kind of bodies the records carry. */
  enum Kind {
    text,
    html
  }

  @Option(names = "--count", defaultValue = "1000", description = "Articles (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--words", defaultValue = "800", description = "Words per article (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--kind", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Kind kind;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--from", description = "Directory of text files to draw paragraphs from (default: the repository's examples/).")
  Path from;

  @Option(names = {"-o", "--out"}, required = true, description = "Output file.")
  Path out;

  @Override
  public Integer call() throws Exception {
    SyntheticCorpus corpus =
        SyntheticCorpus.fromTextFiles(from == null ? SyntheticCorpus.examples() : from, seed);
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        OutputStream os = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
        JsonGenerator g = new JsonFactory().createGenerator(os)) {
      g.setRootValueSeparator(null);
      for (int i = 0; i < count; i++) {
        RawDocument d = kind == Kind.text ? corpus.plainText(i, words) : corpus.html(i, words);
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField(kind == Kind.text ? "text" : "html", d.body());
        g.writeEndObject();
        g.flush();
        os.write('\n');
      }
    }
    return 0;
  }
}
