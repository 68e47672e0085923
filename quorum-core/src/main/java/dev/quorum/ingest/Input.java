package dev.quorum.ingest;

import java.io.BufferedInputStream;

/**
 * One opened input handed to a format reader.
 *
 * @param path the path as reported in {@code Source} ({@code -} for standard input)
 * @param stem the id base derived from the file name ({@code stdin} for standard input)
 * @param stream the decompressed content, buffered
 * @param maxBytes the size limit per document or record
 */
record Input(String path, String stem, BufferedInputStream stream, long maxBytes) {}
