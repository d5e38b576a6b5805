package org.industrialreporting.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one benchmark run, printed as one table with the reference figures beside them, and written as
 * JSON under stable keys.
 */
public final class Results {

  /** Measured on these machines for the same national data (issue 9), for comparison in the same table. */
  private static final Map<String, String> REFERENCES = Map.of(
      "raw_consume_reports_per_s", "~410,000/s raw consume of the topic (reference run)",
      "pipeline_reports_per_s", "single consumer with no fault tolerance ~200,000/s; PostgreSQL COPY+GROUP BY"
          + " ~140,000/s; Flink SQL ~24,000/s (12,000/s exactly-once)",
      "pipeline_seconds", "goal: <= 15 s for the national month with exactly-once",
      "ratio_to_ceiling", "goal: >= 0.30",
      "latency_ms_p99", "goal: <= 300 ms at half load",
      "peak_rss_mb", "goal: < 2,048 MB");

  private final Map<String, Object> figures = new LinkedHashMap<>();

  Results put(String key, Object value) {
    figures.put(key, value);
    return this;
  }

  public Object get(String key) {
    return figures.get(key);
  }

  public boolean rollupsMatchBatch() {
    return Boolean.TRUE.equals(figures.get("rollups_match_batch"));
  }

  /** One line per figure, with its reference when there is one. */
  public void print(PrintStream out) {
    out.printf("%-30s %18s  %s%n", "FIGURE", "MEASURED", "REFERENCE / GOAL");
    figures.forEach((key, value) -> out.printf("%-30s %18s  %s%n", key, format(value),
        REFERENCES.getOrDefault(key, "")));
  }

  private static String format(Object value) {
    if (value instanceof Double d) {
      return d >= 100 ? String.format("%,.0f", d) : String.format("%.3f", d);
    }
    if (value instanceof Long || value instanceof Integer) {
      return String.format("%,d", ((Number) value).longValue());
    }
    return String.valueOf(value);
  }

  public void writeJson(Path file) throws IOException {
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
  }
}
