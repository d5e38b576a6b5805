package org.industrialreporting.anomaly;

/**
 * One figure of a series followed month by month against the level expected from its own earlier months, over the
 * window of months one judgement looks at. The caller sets the values: the logarithm of the figure less the
 * month's festival adjustment, so that levels compare as ratios and months in and out of the Spring Festival
 * season compare.
 *
 * <p>The expected level of a month: month on month, the mean of the latest baseline month and the median of the
 * three latest (the latest follows a seasonal ramp, the median resists one odd month); year on year, the same month
 * a year earlier if it was a baseline, grown by the median year-on-year growth of those three months; with both,
 * their mean — a geometric mean of the levels: the first lags behind seasons, the second carries last year's
 * noise, and their errors partly cancel. Once the window shows how well each did for this series, the mean is
 * weighted by that (a seasonal enterprise leans on last year, a noisy one on its recent months). A month's
 * departure is its value less its expected level.
 *
 * <p>A month serves as a baseline when its departure stays within {@link #ORDINARY} (so stoppages and anomalies
 * never do) — a festival month only within {@link #CLOSE}, its adjustment being the least certain — or when it is
 * the third month in a row at a new level no more than a third or three times the old (a lasting change of the enterprise, not
 * an anomaly to compare against forever). Until three months give a level, the first months' median stands in.
 * Two tracks of one enterprise run {@linkplain #run(LevelTrack, LevelTrack) together} share their baseline months,
 * so that their departures compare.
 *
 * <p>An instance is a reusable workspace for windows of up to its capacity: not thread-safe, it allocates nothing
 * per window.
 */
final class LevelTrack {

  /** Months departing further than ±ln 1.5 from their expected level do not serve as baselines. */
  static final double ORDINARY = Math.log(1.5);
  /** A festival month serves as a baseline only within ±ln 1.2 of its expected level. */
  static final double CLOSE = Math.log(1.2);
  /** A new level is accepted after this many months in a row at it... */
  private static final int PERSISTENT = 3;
  /** ... when it is at most this far from the old one, a third or three times it (a stopped plant's never is). */
  private static final double SHIFT = Math.log(3);
  /** A month departing by ±ln 1.15 or more, and stepping that way, may be the start of a seasonal ramp. */
  private static final double RAMP = Math.log(1.15);
  static final int RECENT = 3;
  private static final int YEAR = 12;
  private static final int START_MONTHS = 5;
  /** Months expected the same way as the last one needed to take the scale from them alone. */
  private static final int SAME_KIND_MONTHS = 6;
  /** Neither expectation is ever given less than this weight: each guards against the other's blind spot. */
  private static final double MIN_WEIGHT = 0.2;

  private final double[] value;
  private final boolean[] inSeason;
  private final double[] expected;
  private final double[] monthOnMonth;
  private final double[] yearOnYearLevel;
  private final boolean[] baseline;
  /** Whether the month's expected level has a year-on-year part. */
  private final boolean[] yearOnYear;
  private final double[] growth = new double[RECENT];
  private final int[] recent = new int[RECENT];
  private final int[] lastRecent = new int[RECENT];
  private final double[] scratch;
  private int length;
  private int count;
  private int lastRecentCount;
  private double start;
  private double center;
  private double scale;
  private int departures;
  private boolean sameKind;

  LevelTrack(int capacity) {
    value = new double[capacity];
    inSeason = new boolean[capacity];
    expected = new double[capacity];
    monthOnMonth = new double[capacity];
    yearOnYearLevel = new double[capacity];
    baseline = new boolean[capacity];
    yearOnYear = new boolean[capacity];
    scratch = new double[capacity];
  }

  /** Starts a window of {@code months} months; every value is unusable until {@linkplain #set set}. */
  void reset(int months) {
    length = months;
    for (int k = 0; k < months; k++) {
      value[k] = Double.NaN;
      inSeason[k] = false;
    }
  }

  /**
   * @param logValue the adjusted log value of window month {@code k}, NaN when the month cannot be used
   * @param festival whether the month is in the festival season
   */
  void set(int k, double logValue, boolean festival) {
    value[k] = logValue;
    inSeason[k] = festival;
  }

  /** Runs one track alone: its expected levels, departures and baselines, month by month. */
  void run() {
    run(this, null);
  }

  /** Runs two tracks of one series together: a month is a baseline of both or of neither. */
  static void run(LevelTrack a, LevelTrack b) {
    a.begin();
    if (b != null) {
      b.begin();
    }
    for (int k = 0; k < a.length; k++) {
      a.expect(k);
      boolean fits = a.fits(k);
      boolean shifted = a.shifted(k);
      if (b != null) {
        b.expect(k);
        fits &= b.fits(k);
        shifted = (shifted || b.fits(k)) && (b.shifted(k) || a.fits(k)) && (a.shifted(k) || b.shifted(k));
      }
      if (shifted) {
        a.acceptShift(k);
        if (b != null) {
          b.acceptShift(k);
        }
      } else {
        a.accept(k, fits);
        if (b != null) {
          b.accept(k, fits);
        }
      }
    }
    a.summarize();
    if (b != null) {
      b.summarize();
    }
  }

  private void begin() {
    count = 0;
    lastRecentCount = 0;
    start = startingLevel();
  }

  /** The expected level of month {@code k} from the baselines before it. */
  private void expect(int k) {
    double level = Double.NaN;
    yearOnYear[k] = false;
    monthOnMonth[k] = Double.NaN;
    yearOnYearLevel[k] = Double.NaN;
    if (count >= RECENT) {
      double median = RobustStatistics.median(value[recent[0]], value[recent[1]], value[recent[2]]);
      level = (median + value[recent[(count - 1) % RECENT]]) / 2;
      monthOnMonth[k] = level;
      int lastYear = k - YEAR;
      if (lastYear >= 0 && baseline[lastYear]) {
        int growths = 0;
        for (int r : recent) {
          if (r - YEAR >= 0 && baseline[r - YEAR]) {
            growth[growths++] = value[r] - value[r - YEAR];
          }
        }
        if (growths > 0) {
          yearOnYearLevel[k] = value[lastYear] + RobustStatistics.median(growth, growths);
          level = (level + yearOnYearLevel[k]) / 2;
          yearOnYear[k] = true;
        }
      }
    }
    expected[k] = level;
    if (k == length - 1) {
      lastRecentCount = Math.min(count, RECENT);
      System.arraycopy(recent, 0, lastRecent, 0, RECENT);
    }
  }

  /** Whether month {@code k} is near enough its expected level (or the starting level) to serve as a baseline. */
  private boolean fits(int k) {
    double reference = Double.isNaN(expected[k]) ? start : expected[k];
    double distance = Math.abs(value[k] - reference);
    return !Double.isNaN(value[k]) && distance < (inSeason[k] ? CLOSE : ORDINARY);
  }

  /**
   * Whether month {@code k} is the third in a row off its expected level on the same side, at a level within
   * {@link #CLOSE} of the two before it and within a third or three times the old level.
   */
  private boolean shifted(int k) {
    if (k < PERSISTENT - 1 || Double.isNaN(expected[k]) || fits(k)) {
      return false;
    }
    double side = Math.signum(value[k] - expected[k]);
    for (int j = k - PERSISTENT + 1; j <= k; j++) {
      if (Double.isNaN(value[j]) || Double.isNaN(expected[j]) || baseline[j] && j < k
          || Math.signum(value[j] - expected[j]) != side || Math.abs(value[j] - value[k]) >= CLOSE
          || Math.abs(value[j] - expected[j]) >= SHIFT) {
        return false;
      }
    }
    return true;
  }

  private void accept(int k, boolean asBaseline) {
    baseline[k] = asBaseline;
    if (asBaseline) {
      push(k);
    }
  }

  /** The new level becomes the baseline: the month and the two before it. */
  private void acceptShift(int k) {
    for (int j = k - PERSISTENT + 1; j <= k; j++) {
      baseline[j] = true;
      push(j);
    }
  }

  private void push(int k) {
    recent[count % RECENT] = k;
    count++;
  }

  /** The median of the first (up to five) usable values: what the window's first months are judged against. */
  private double startingLevel() {
    int found = 0;
    for (int k = 0; k < length && found < START_MONTHS; k++) {
      if (!Double.isNaN(value[k])) {
        scratch[found++] = value[k];
      }
    }
    return found == 0 ? Double.NaN : RobustStatistics.median(scratch, found);
  }

  /**
   * Median and scale of the departures of the months before the last one. A year-on-year expectation is much
   * better than a month-on-month one for a seasonal enterprise, so the scale is taken from the months expected the
   * way the last one is, where there are enough of them.
   */
  private void summarize() {
    weighBothWays();
    sameKind = true;
    departures = collect();
    if (departures < SAME_KIND_MONTHS) {
      sameKind = false;
      departures = collect();
    }
    if (departures == 0) {
      center = 0;
      scale = Double.NaN;
      return;
    }
    center = RobustStatistics.median(scratch, departures);
    scale = RobustStatistics.scale(scratch, departures, center);
  }

  /**
   * Where both expectations exist, weighs them by how well each has done for this series — their mean squared
   * errors over the baseline months (so no anomaly counts) — since a seasonal enterprise is best expected from last
   * year and a noisy one from its recent months. Equal weights while fewer than {@value #SAME_KIND_MONTHS} months
   * show both.
   */
  private void weighBothWays() {
    int both = 0;
    double monthOnMonthErrors = 0;
    double yearOnYearErrors = 0;
    for (int k = 0; k < length - 1; k++) {
      if (baseline[k] && !Double.isNaN(yearOnYearLevel[k])) {
        both++;
        double m = value[k] - monthOnMonth[k];
        double y = value[k] - yearOnYearLevel[k];
        monthOnMonthErrors += m * m;
        yearOnYearErrors += y * y;
      }
    }
    if (both < SAME_KIND_MONTHS || !(monthOnMonthErrors + yearOnYearErrors > 0)) {
      return;
    }
    double weight = Math.min(Math.max(monthOnMonthErrors / (monthOnMonthErrors + yearOnYearErrors), MIN_WEIGHT),
        1 - MIN_WEIGHT);
    for (int k = 0; k < length; k++) {
      if (!Double.isNaN(yearOnYearLevel[k])) {
        expected[k] = weight * yearOnYearLevel[k] + (1 - weight) * monthOnMonth[k];
      }
    }
  }

  private int collect() {
    int found = 0;
    for (int k = 0; k < length - 1; k++) {
      if (countsToScale(k)) {
        scratch[found++] = departure(k);
      }
    }
    return found;
  }

  /** Whether window month {@code k} (before the last) counts towards the scale. */
  boolean countsToScale(int k) {
    return !Double.isNaN(departure(k)) && (!sameKind || yearOnYear[k] == yearOnYear[length - 1]);
  }

  /**
   * How much of the last month's change in {@code direction} (+1 up, −1 down) a ramp explains: without a year
   * earlier to show the season, a month before that already departed that way (by {@link #RAMP} or more) and
   * stepped that way may be a seasonal ramp carrying on, so a change is judged from where the ramp leads (the
   * month before plus its step), when that is further than the expected level. 0 with a year-on-year expectation,
   * without such a ramp, or in the other direction.
   */
  double rampAllowance(int direction) {
    int last = length - 1;
    if (last < 2 || yearOnYear[last] || Double.isNaN(expected[last])) {
      return 0;
    }
    double previous = value[last - 1];
    double step = previous - value[last - 2];
    if (Double.isNaN(step) || Math.signum(step) != direction
        || !(direction * (previous - expected[last - 1]) >= RAMP)) {
      return 0;
    }
    return Math.max(0, direction * (previous + step - expected[last]));
  }

  /** The departure of window month {@code k} from its expected level; NaN without a value or a baseline. */
  double departure(int k) {
    return value[k] - expected[k];
  }

  /** Whether window month {@code k} served as a baseline. */
  boolean baseline(int k) {
    return baseline[k];
  }

  /** The expected adjusted log level of window month {@code k}; NaN without three earlier baseline months. */
  double expected(int k) {
    return expected[k];
  }

  /** The median departure of the months counted towards the scale. */
  double center() {
    return center;
  }

  /** Their median absolute deviation as a standard deviation; NaN without any. */
  double scale() {
    return scale;
  }

  /** How many months count towards the scale. */
  int departures() {
    return departures;
  }

  /** How many baseline months the last month's month-on-month expectation has (at most three). */
  int recentCount() {
    return lastRecentCount;
  }

  /** The window index of one of the last month's baseline months, {@code 0 ≤ i < recentCount()}. */
  int recent(int i) {
    return lastRecent[i];
  }
}
