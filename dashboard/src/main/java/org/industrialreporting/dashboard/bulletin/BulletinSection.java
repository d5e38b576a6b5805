package org.industrialreporting.dashboard.bulletin;

import java.util.List;

/** A numbered section of a bulletin: its title, paragraphs of text, then its tables. */
public record BulletinSection(String title, List<String> paragraphs, List<BulletinTable> tables) {

  public BulletinSection {
    paragraphs = List.copyOf(paragraphs);
    tables = List.copyOf(tables);
  }
}
