package org.industrialreporting.containers;

import org.testcontainers.utility.DockerImageName;

/**
 * The images the container tests start. Our application image always (built by docker/build-images.sh); for the
 * broker and the registry either our own roles in that image (the default: no image registry is reachable from
 * our machines) or the official images, with {@code REPORTING_OFFICIAL_IMAGES=true} (or the system property
 * {@code reporting.officialImages}).
 */
final class Images {

  static final DockerImageName APP = DockerImageName.parse(
      System.getenv().getOrDefault("REPORTING_IMAGE", "industrial-reporting/app:latest"));
  static final DockerImageName KAFKA = DockerImageName.parse(
      System.getenv().getOrDefault("KAFKA_IMAGE", "apache/kafka:4.1.0"));
  static final DockerImageName SCHEMA_REGISTRY = DockerImageName.parse(
      System.getenv().getOrDefault("SCHEMA_REGISTRY_IMAGE", "confluentinc/cp-schema-registry:8.0.0"));

  private Images() {
  }

  static boolean official() {
    return Boolean.parseBoolean(System.getenv().getOrDefault("REPORTING_OFFICIAL_IMAGES",
        System.getProperty("reporting.officialImages", "false")));
  }
}
