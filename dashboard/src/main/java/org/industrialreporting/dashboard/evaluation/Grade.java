package org.industrialreporting.dashboard.evaluation;

/** The classes of the 亩均 evaluation by rank in the district: A the top, D the last. */
public enum Grade {
  A, B, C, D
}
