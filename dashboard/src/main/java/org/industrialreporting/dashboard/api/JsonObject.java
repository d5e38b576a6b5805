package org.industrialreporting.dashboard.api;

import java.util.LinkedHashMap;

/** A JSON object whose members keep the order they were put in. */
final class JsonObject extends LinkedHashMap<String, Object> {

  /** Puts a member and returns this object, for building answers in one expression. */
  JsonObject with(String name, Object value) {
    put(name, value);
    return this;
  }
}
