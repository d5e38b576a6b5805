package org.industrialreporting.dashboard.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Names of districts by their GB/T 2260 code. No topic carries them (district rollups have no name), so they come
 * from a properties file ({@code code=name}, UTF-8): the reference districts of the demo world are built in, and an
 * operator's file adds or overrides entries.
 */
public final class DistrictNames {

  private static final String BUILT_IN = "/dashboard/district-names.properties";

  private final Map<String, String> names;

  private DistrictNames(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  /** The built-in names. */
  public static DistrictNames builtIn() {
    return new DistrictNames(read(BUILT_IN));
  }

  /** The built-in names, with those of {@code file} added over them. */
  public static DistrictNames builtInAnd(Path file) {
    Map<String, String> names = new HashMap<>(read(BUILT_IN));
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      names.putAll(load(reader));
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read district names from " + file + ": " + e.getMessage(), e);
    }
    return new DistrictNames(names);
  }

  public Optional<String> name(String districtCode) {
    return Optional.ofNullable(names.get(districtCode));
  }

  private static Map<String, String> read(String resource) {
    try (InputStream in = DistrictNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + resource + " is missing from the dashboard's jar");
      }
      return load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> load(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    Map<String, String> names = new HashMap<>();
    properties.stringPropertyNames().forEach(code -> names.put(code.strip(), properties.getProperty(code).strip()));
    return names;
  }
}
