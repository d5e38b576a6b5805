package org.industrialreporting.dashboard.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluation rules of a JSON file (docs/evaluation.md), read again whenever the file changes, so that new
 * weights, benchmarks or cut-offs count from the next evaluation without a restart. No file: the defaults. A file
 * that does not parse fails the start; one that stops parsing later leaves the last valid rules in force, and
 * {@link #problem} says why.
 */
public final class EvaluationRulesFile {

  private static final Logger log = LoggerFactory.getLogger(EvaluationRulesFile.class);

  private final Path file;
  private Snapshot snapshot;

  /** What was read, and when the file was as read. */
  private record Snapshot(EvaluationRules rules, FileTime modified, long size, String problem) {
  }

  private EvaluationRulesFile(Path file, Snapshot snapshot) {
    this.file = file;
    this.snapshot = snapshot;
  }

  /** The rules of {@code file}, the defaults while it does not exist; an error naming the file if it is invalid. */
  public static EvaluationRulesFile open(Path file) {
    EvaluationRulesFile rules = new EvaluationRulesFile(Objects.requireNonNull(file, "file"), null);
    rules.snapshot = rules.read(EvaluationRules.defaults());
    if (rules.snapshot.problem() != null) {
      throw new IllegalArgumentException(rules.snapshot.problem());
    }
    return rules;
  }

  /** The built-in defaults, with no file behind them. */
  public static EvaluationRulesFile defaultsOnly() {
    return new EvaluationRulesFile(null, new Snapshot(EvaluationRules.defaults(), null, -1, null));
  }

  /** The rules in force, read again first when the file changed. */
  public synchronized EvaluationRules rules() {
    if (file != null && changed()) {
      Snapshot next = read(snapshot.rules());
      if (next.problem() != null && !next.problem().equals(snapshot.problem())) {
        log.error("Evaluation rules not changed: {}", next.problem());
      }
      snapshot = next;
    }
    return snapshot.rules();
  }

  /** Why the file's current content is not in force; null when it is. */
  public synchronized String problem() {
    return snapshot.problem();
  }

  /** The file, or null for the built-in defaults. */
  public Path file() {
    return file;
  }

  private boolean changed() {
    try {
      return !Files.getLastModifiedTime(file).equals(snapshot.modified()) || Files.size(file) != snapshot.size();
    } catch (NoSuchFileException e) {
      return snapshot.modified() != null;
    } catch (IOException e) {
      return true; // read() reports it
    }
  }

  /** The file's rules, or {@code fallback} with the problem when it cannot be read or parsed. */
  private Snapshot read(EvaluationRules fallback) {
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      long size = Files.size(file);
      String json = Files.readString(file, StandardCharsets.UTF_8);
      try {
        return new Snapshot(EvaluationRules.parse(json, file.toString()), modified, size, null);
      } catch (IllegalArgumentException e) {
        return new Snapshot(fallback, modified, size, e.getMessage());
      }
    } catch (NoSuchFileException e) {
      return new Snapshot(EvaluationRules.defaults(), null, -1, null);
    } catch (IOException e) {
      return new Snapshot(fallback, null, -1, "Cannot read the evaluation rules " + file + ": " + e.getMessage());
    }
  }
}
