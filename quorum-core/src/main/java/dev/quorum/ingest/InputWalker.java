package dev.quorum.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the files under a directory in a deterministic order (sorted by path string), passing over
 * hidden files and directories unless asked not to, and not following directory links.
 */
final class InputWalker {

  /** A file found, or a place the walk could not enter ({@code problem} set). */
  record Found(Path path, String problem) {}

  private InputWalker() {}

  static List<Found> walk(Path root, boolean includeHidden) {
    List<Found> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && !includeHidden && hidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!includeHidden && hidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                found.add(new Found(file, null));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (includeHidden || !hidden(file)) {
                found.add(new Found(file, "unreadable: " + Decompressor.message(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException e) {
      found.add(new Found(root, "unreadable directory: " + Decompressor.message(e)));
    }
    found.sort(Comparator.comparing(f -> f.path().toString()));
    return found;
  }

  static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
