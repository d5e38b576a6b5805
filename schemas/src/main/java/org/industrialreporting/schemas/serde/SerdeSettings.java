package org.industrialreporting.schemas.serde;

/**
 * How serializers use the registry.
 *
 * @param autoRegister        register writer schemas on first use (convenient, the default); off in production
 *                            when schemas are registered ahead of deployment, so a producer cannot change them
 * @param subjectNameStrategy how topics map to subjects
 */
public record SerdeSettings(boolean autoRegister, SubjectNameStrategy subjectNameStrategy) {

  public static SerdeSettings defaults() {
    return new SerdeSettings(true, SubjectNameStrategy.TOPIC_NAME);
  }
}
