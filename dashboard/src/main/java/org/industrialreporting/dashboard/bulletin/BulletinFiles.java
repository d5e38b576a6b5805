package org.industrialreporting.dashboard.bulletin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a bulletin's four files: {@code <name>.md}, {@code .html}, {@code .csv} (UTF-8) and {@code .xlsx}. */
public final class BulletinFiles {

  private BulletinFiles() {
  }

  /**
   * Writes the files into {@code dir} (created if missing), named by {@link Bulletin#fileName()}; each file is
   * written beside and then moved into place, so that a reader never sees half a file.
   */
  public static List<Path> write(Bulletin bulletin, Path dir) throws IOException {
    Files.createDirectories(dir);
    String name = bulletin.fileName();
    Path markdown = write(dir.resolve(name + ".md"), BulletinFormats.markdown(bulletin).getBytes(StandardCharsets.UTF_8));
    Path html = write(dir.resolve(name + ".html"), BulletinFormats.html(bulletin).getBytes(StandardCharsets.UTF_8));
    Path csv = write(dir.resolve(name + ".csv"), BulletinFormats.csv(bulletin).getBytes(StandardCharsets.UTF_8));
    Path xlsx = write(dir.resolve(name + ".xlsx"), BulletinWorkbook.xlsx(bulletin));
    return List.of(markdown, html, csv, xlsx);
  }

  private static Path write(Path file, byte[] content) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.write(partial, content);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }
}
