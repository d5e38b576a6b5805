# The application image: every role of the launcher (`reporting <role>`), run as a non-root user.
#
# Build the launcher first (bin/reporting or `mvn -DskipTests -pl launcher -am package`), then
#   docker build -t industrial-reporting/app .
# The base image is a build argument: the official Eclipse Temurin JRE by default; docker/build-images.sh
# assembles an equivalent from this machine's JDK where no image registry is reachable.
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

# Owned by the runtime user, so that volumes mounted there are writable without a shell in the image.
COPY --chown=10001:10001 docker/app-home/ /var/lib/reporting/
COPY launcher/target/lib/ /opt/reporting/lib/
COPY launcher/target/reporting.jar /opt/reporting/reporting.jar

USER 10001:10001
WORKDIR /var/lib/reporting
ENV HOME=/var/lib/reporting \
    REPORTING_DATA_DIR=/var/lib/reporting
VOLUME ["/var/lib/reporting"]

# Each role names what to check with REPORTING_HEALTH_URL (HTTP roles) or REPORTING_HEALTH_KAFKA (the broker).
# A short-lived JVM: C1 only, whatever JIT flags the role's JAVA_TOOL_OPTIONS give (the command line comes after).
HEALTHCHECK --interval=10s --timeout=8s --start-period=60s --retries=6 \
  CMD ["java", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xmx64m", "-jar", "/opt/reporting/reporting.jar", "healthcheck"]

# The heap follows the container's memory limit; JAVA_TOOL_OPTIONS adds or overrides JVM flags.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-Duser.home=/var/lib/reporting", \
  "-jar", "/opt/reporting/reporting.jar"]
CMD ["--help"]
