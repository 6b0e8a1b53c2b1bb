package dev.mockapi.manager.transfer;

import dev.mockapi.manager.transfer.Translation.Untranslated;
import dev.mockapi.manager.web.MalformedImportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a zip upload, read in memory within {@link ImportLimits}: at most {@code maxFiles}
 * files and {@code maxUnzippedSize} bytes, counted as they are inflated (a header's claimed size is
 * never trusted). Nothing is written to disk; a name that would leave the folder ({@code ../x},
 * {@code /etc/x}) is not read, and reported.
 *
 * @param files each file's content by its name, {@code /}-separated, in the zip's order
 * @param skipped the entries that were not read, with the reason
 */
public record ZipUpload(Map<String, byte[]> files, List<Untranslated> skipped) {

  /**
   * Whether the upload starts as a zip does: a local file header, or the end record of an empty
   * one.
   */
  public static boolean isZip(byte[] input) {
    return input.length >= 4
        && input[0] == 'P'
        && input[1] == 'K'
        && ((input[2] == 3 && input[3] == 4) || (input[2] == 5 && input[3] == 6));
  }

  /**
   * Reads every file of the zip.
   *
   * @throws MalformedImportException when it is not a readable zip or passes a limit
   */
  public static ZipUpload read(byte[] input, ImportLimits limits) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Untranslated> skipped = new ArrayList<>();
    long budget = limits.maxUnzippedSize().toBytes();
    int count = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(input))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        if (++count > limits.maxFiles()) {
          throw new MalformedImportException(
              entry.getName(),
              "The zip holds more than "
                  + limits.maxFiles()
                  + " files (mockapi.import.max-files).");
        }
        byte[] content = inflate(zip, entry.getName(), budget);
        budget -= content.length;
        String name = entry.getName().replace('\\', '/');
        if (leavesTheFolder(name)) {
          skipped.add(
              new Untranslated(name, "the name leaves the zip's folder: the file is not read"));
        } else if (files.putIfAbsent(name, content) != null) {
          skipped.add(new Untranslated(name, "the zip holds this name twice: the first is read"));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new MalformedImportException(
          "/", "The upload is not a readable zip: " + e.getMessage());
    }
    if (count == 0) {
      throw new MalformedImportException("/", "The zip holds no files.");
    }
    return new ZipUpload(files, skipped);
  }

  private static byte[] inflate(ZipInputStream zip, String name, long budget) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
      if (out.size() + (long) read > budget) {
        throw new MalformedImportException(
            name,
            "The zip expands past the import limit of the unzipped size"
                + " (mockapi.import.max-unzipped-size).");
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  private static boolean leavesTheFolder(String name) {
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      return true;
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
