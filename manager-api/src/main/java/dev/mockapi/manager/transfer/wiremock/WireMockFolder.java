package dev.mockapi.manager.transfer.wiremock;

import dev.mockapi.manager.transfer.Reports;
import dev.mockapi.manager.transfer.ZipUpload;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a zipped WireMock root folder: the mapping files ({@code mappings/**.json}) in name
 * order and the body files ({@code __files/**}) by their name below {@code __files/}. The folder
 * may sit below a top-level folder ({@code wiremock/mappings/...}); every other file is reported.
 *
 * @param mappings each mapping file's content by its name in the zip
 * @param bodyFiles each body file's content by its name below {@code __files/}
 */
record WireMockFolder(Map<String, byte[]> mappings, Map<String, byte[]> bodyFiles) {

  private static final String MAPPINGS = "mappings/";
  private static final String FILES = "__files/";

  static WireMockFolder of(ZipUpload zip, Reports reports) {
    zip.skipped().forEach(skipped -> reports.add(skipped.location(), skipped.reason()));
    Map<String, byte[]> mappings = new TreeMap<>();
    Map<String, byte[]> bodyFiles = new TreeMap<>();
    zip.files()
        .forEach(
            (name, content) -> {
              int files = folder(name, FILES);
              int maps = folder(name, MAPPINGS);
              if (files >= 0 && (maps < 0 || files < maps)) {
                bodyFiles.put(name.substring(files + FILES.length()), content);
              } else if (maps >= 0 && name.endsWith(".json")) {
                mappings.put(name, content);
              } else if (!ignored(name)) {
                reports.add(
                    name,
                    "neither a mapping (mappings/**.json) nor a body file (__files/**): not read");
              }
            });
    if (mappings.isEmpty()) {
      reports.add("/", "the zip holds no mapping files (mappings/**.json): nothing is imported");
    }
    return new WireMockFolder(mappings, bodyFiles);
  }

  /** Where the folder {@code folder} starts in {@code name}, as a whole segment, or -1. */
  private static int folder(String name, String folder) {
    if (name.startsWith(folder)) {
      return 0;
    }
    int at = name.indexOf("/" + folder);
    return at < 0 ? -1 : at + 1;
  }

  /** Files an archiver adds that are no part of a folder's content. */
  private static boolean ignored(String name) {
    return name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store") || name.equals(".DS_Store");
  }
}
