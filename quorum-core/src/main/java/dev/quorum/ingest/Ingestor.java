package dev.quorum.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quorum.model.Skip;
import dev.quorum.model.Source;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads news inputs of every supported format (plain text, HTML, JSON, JSON lines, WARC, TREC SGML,
 * RSS/Atom), gzipped or not, from files, directories and standard input, and hands each document or
 * each skipped input/record to a {@link DocumentSink}, in input order.
 *
 * <p>The format is told by the content (first bytes after gunzip) with the extension as a
 * tie-breaker. Multi-record formats are streamed record by record; one-document formats are read up
 * to the size limit plus one byte. Bad input never throws: it becomes a {@link Skip} with the path,
 * the record and a reason, and the batch goes on. Only an exception thrown by the sink itself
 * reaches the caller.
 */
public final class Ingestor {

  /** The path string that stands for standard input. */
  public static final String STDIN = "-";

  private final IngestOptions options;
  private final Map<Format, FormatReader> readers = new EnumMap<>(Format.class);

  public Ingestor(IngestOptions options) {
    this.options = options == null ? IngestOptions.defaults() : options;
    ObjectMapper mapper = mapper(this.options.maxBytes());
    readers.put(Format.TEXT, new SingleDocumentReader(Format.TEXT));
    readers.put(Format.HTML, new SingleDocumentReader(Format.HTML));
    readers.put(Format.JSON, new JsonReader(mapper));
    readers.put(Format.JSONL, new JsonLinesReader(mapper));
    readers.put(Format.WARC, new WarcRecordsReader());
    readers.put(Format.SGML, new SgmlReader());
    readers.put(Format.FEED, new FeedReader());
  }

  public IngestOptions options() {
    return options;
  }

  /** Reads {@code inputs}, with {@code -} standing for {@link System#in}. */
  public void read(List<String> inputs, DocumentSink sink) {
    read(inputs, System.in, sink);
  }

  /**
   * Reads every input in order: a file, a directory (all files below it, sorted by path string,
   * hidden ones passed over silently unless {@link IngestOptions#includeHidden()}), or {@code -}
   * for {@code stdin} (not closed afterwards).
   */
  public void read(List<String> inputs, InputStream stdin, DocumentSink sink) {
    GuardedSink guarded = new GuardedSink(sink);
    try {
      for (String input : inputs == null ? List.<String>of() : inputs) {
        if (input == null || input.isBlank()) {
          guarded.skip(new Skip(Source.file(String.valueOf(input)), "blank input path"));
        } else if (input.equals(STDIN)) {
          if (stdin == null) {
            guarded.skip(new Skip(Source.file(STDIN), "no standard input"));
          } else {
            process(STDIN, "stdin", "", new RawInput(stdin, false), guarded);
          }
        } else {
          readPath(input, guarded);
        }
      }
    } catch (SinkFailure f) {
      throw f.original();
    }
  }

  private void readPath(String input, GuardedSink sink) {
    Path p;
    try {
      p = Path.of(input);
    } catch (InvalidPathException e) {
      sink.skip(new Skip(Source.file(input), "invalid path: " + e.getReason()));
      return;
    }
    if (!Files.exists(p)) {
      sink.skip(new Skip(Source.file(input), "no such file or directory"));
      return;
    }
    if (Files.isDirectory(p)) {
      List<InputWalker.Found> files = InputWalker.walk(p, options.includeHidden());
      if (files.isEmpty()) {
        sink.skip(new Skip(Source.file(input), "directory holds no files"));
      }
      for (InputWalker.Found f : files) {
        if (f.problem() != null) {
          sink.skip(new Skip(Source.file(f.path().toString()), f.problem()));
        } else {
          readFile(f.path(), sink);
        }
      }
    } else {
      readFile(p, sink);
    }
  }

  private void readFile(Path p, GuardedSink sink) {
    String path = p.toString();
    Source src = Source.file(path);
    // not only regular files: named pipes and /dev/fd/N (shell process substitution) are read too
    try {
      if (Files.isRegularFile(p) && Files.size(p) == 0) {
        sink.skip(new Skip(src, "empty file"));
        return;
      }
    } catch (IOException e) {
      // let the open below report the problem
    }
    String name = p.getFileName() == null ? path : p.getFileName().toString();
    try (InputStream raw = Files.newInputStream(p)) {
      process(path, FileNames.stem(name), name, raw, sink);
    } catch (AccessDeniedException e) {
      sink.skip(new Skip(src, "unreadable: permission denied"));
    } catch (NoSuchFileException e) {
      sink.skip(new Skip(src, "no such file or directory"));
    } catch (IOException | RuntimeException e) {
      if (e instanceof SinkFailure sf) {
        throw sf;
      }
      sink.skip(new Skip(src, "unreadable: " + Decompressor.message(e)));
    }
  }

  private void process(
      String path, String stem, String fileName, InputStream raw, GuardedSink sink) {
    Source src = Source.file(path);
    long before = sink.accepted();
    long eventsBefore = sink.events();
    boolean gzipped = false;
    Format format = null;
    Decompressor.Status status = new Decompressor.Status();
    try {
      BufferedInputStream buffered =
          new BufferedInputStream(new RawInput(raw, true), Decompressor.BUFFER);
      gzipped = Decompressor.isGzip(buffered);
      BufferedInputStream in = Decompressor.open(buffered, status);
      byte[] head = new byte[Sniffer.HEAD];
      int n = peek(in, head);
      Sniffer.Verdict v = Sniffer.sniff(head, n, fileName);
      if (status.failure() != null && (n == 0 || v.problem() != null)) {
        sink.skip(new Skip(src, status.failure().getMessage()));
        return;
      }
      if (v.problem() != null) {
        sink.skip(new Skip(src, v.problem() + (gzipped ? " after gunzip" : "")));
        return;
      }
      format = v.format();
      readers.get(format).read(new Input(path, stem, in, options.maxBytes(), status), sink);
      if (status.failure() != null) {
        sink.skip(new Skip(src, status.failure().getMessage() + kept(sink.accepted() - before)));
      } else if (sink.events() == eventsBefore) {
        sink.skip(new Skip(src, "no documents in this " + format.label() + " input"));
      }
    } catch (SinkFailure f) {
      throw f;
    } catch (GzipFailure e) {
      sink.skip(new Skip(src, e.getMessage() + kept(sink.accepted() - before)));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      if (status.failure() != null) {
        sink.skip(new Skip(src, status.failure().getMessage() + kept(sink.accepted() - before)));
        return;
      }
      String what = format == null ? "input" : format.label() + " input";
      sink.skip(
          new Skip(
              src,
              "unreadable "
                  + what
                  + ": "
                  + Decompressor.message(e)
                  + kept(sink.accepted() - before)));
    }
  }

  private static String kept(long n) {
    return n == 0 ? "" : "; the " + n + " documents read before it were kept";
  }

  private static int peek(BufferedInputStream in, byte[] head) throws IOException {
    in.mark(head.length + 1);
    int n = 0;
    int r;
    while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
      n += r;
    }
    in.reset();
    return n;
  }

  private static ObjectMapper mapper(long maxBytes) {
    int maxString = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16L);
    JsonFactory f =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(maxString)
                    .maxNestingDepth(500)
                    .build())
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    ObjectMapper m = new ObjectMapper(f);
    m.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return m;
  }

  /**
   * The raw input as readers see it: {@code available()} never throws (a file channel on a pipe
   * answers it with "Illegal seek"), and standard input is not closed, as it belongs to the caller.
   */
  private static final class RawInput extends FilterInputStream {
    private final boolean closeable;

    RawInput(InputStream in, boolean closeable) {
      super(in);
      this.closeable = closeable;
    }

    @Override
    public int available() {
      try {
        return in.available();
      } catch (IOException e) {
        return 0;
      }
    }

    @Override
    public void close() throws IOException {
      if (closeable) {
        super.close();
      }
    }
  }
}
