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

  /**
   * Measured on these machines for the same national data (483,000 enterprises, 966,000 reports), and the goals of
   * the streams core, for comparison in the same table.
   */
  private static final Map<String, String> REFERENCES = Map.ofEntries(
      Map.entry("raw_consume_reports_per_s", "the ceiling: nothing downstream reads faster"),
      Map.entry("pipeline_reports_per_s", "goal >= 40,000/s (aim 100,000/s); peers on this data: one plain consumer"
          + " ~204,000/s, PostgreSQL batch ~140,000/s, Flink SQL ~24,000/s (12,000/s exactly-once)"),
      Map.entry("streams_cpu_us_per_report", "goal <= 40 us"),
      Map.entry("streams_jit_cpu_us_per_report", "of it, the JIT compiling the hot code of a fresh JVM"),
      Map.entry("streams_gc_cpu_us_per_report", "of it, the garbage collector"),
      Map.entry("ratio_to_floor_get_put", "what Kafka Streams itself allows with one store read and write per report"),
      Map.entry("rollup_updates_per_rollup", "goal: a few (written at most once per rollup interval)"),
      Map.entry("latency_ms_p99", "goal <= 1,000 ms at half load nationally"),
      Map.entry("live_ms_p99", "goal <= 300 ms (before the streams core v2: p50 266 ms, p99 416 ms)"),
      Map.entry("peak_rss_mb", "goal < 2,048 MB"));

  private final Map<String, Object> figures = new LinkedHashMap<>();

  Results put(String key, Object value) {
    figures.put(key, value);
    return this;
  }

  public Object get(String key) {
    return figures.get(key);
  }

  /** Whether every figure the run saw was exact: the rollups against the batch computation, or the live answers. */
  public boolean exact() {
    return Boolean.TRUE.equals(figures.get("rollups_match_batch"))
        || Boolean.TRUE.equals(figures.get("live_answers_exact"));
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
