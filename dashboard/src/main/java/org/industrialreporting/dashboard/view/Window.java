package org.industrialreporting.dashboard.view;

/** The months a figure covers: the month alone (当月) or January to the month (1–N月累计). */
public enum Window {
  MONTH,
  YTD
}
