package dev.quorum.bench.copies;

import dev.quorum.copies.CopyKind;

/** One ground-truth relation of a planted corpus: article {@code copy} copies {@code source}. */
public record PlantedCopy(String copy, String source, CopyKind kind) {}
