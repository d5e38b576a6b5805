package org.industrialreporting.producers.simulator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkLevel;

/**
 * A synthetic national world for benchmarks: enterprises spread over districts (larger districts first, as in
 * reality a few districts hold many enterprises), about three in five of them in their district's park if it has
 * one, any industry. Nothing is materialised: enterprise {@code i} is drawn from the seed and {@code i} whenever
 * it is needed. District codes are valid GB/T 2260-style codes, generated.
 */
final class NationalWorld {

  private static final int PLACE = 50;
  private static final int INDUSTRY = 51;
  private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
      "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
      "65"};
  private static final int CITIES = 15;
  /** Park j lies in district j·STRIDE mod districts: a bijection, so each district has at most one park. */
  private static final int STRIDE = 7919;
  private static final ParkLevel[] LEVELS = ParkLevel.values();
  private static final Industry[] INDUSTRIES = Industry.values();

  private final int districts;
  private final int parks;
  private final ProfileFactory factory;
  private final Draws draws;
  private final SeriesModel model;
  private final long strideInverse;

  NationalWorld(long seed, int districts, int parks, SeriesModel model) {
    if (parks > districts || districts % STRIDE == 0 || districts > PROVINCES.length * CITIES * 99) {
      throw new IllegalArgumentException("a national world needs at most " + PROVINCES.length * CITIES * 99
          + " districts and no more parks than districts, got " + districts + " and " + parks);
    }
    this.districts = districts;
    this.parks = parks;
    this.factory = new ProfileFactory(seed);
    this.draws = new Draws(seed);
    this.model = model;
    this.strideInverse = java.math.BigInteger.valueOf(STRIDE).modInverse(java.math.BigInteger.valueOf(districts))
        .longValue();
  }

  /** A district's code: province, city 01–15, county 01–99, all from its number. */
  String districtCode(int district) {
    int province = district % PROVINCES.length;
    int city = 1 + (district / PROVINCES.length) % CITIES;
    int county = 1 + district / (PROVINCES.length * CITIES);
    return PROVINCES[province] + twoDigits(city) + twoDigits(county); // no String.format: this runs per report
  }

  List<Park> parks() {
    List<Park> list = new ArrayList<>();
    for (int j = 0; j < parks; j++) {
      String district = districtCode((int) ((long) j * STRIDE % districts));
      list.add(new Park(parkId(j), "第" + (j + 1) + "工业园区", district, LEVELS[j % LEVELS.length], null));
    }
    return list;
  }

  private static String parkId(int j) {
    return "NP" + (100_000 + j + 1); // NP1xxxxx: fixed width without formatting
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  EnterpriseProfile profile(int index) {
    SplittableRandom r = draws.random(PLACE, index);
    double u = r.nextDouble();
    int district = (int) (districts * u * u); // skewed: low-numbered districts are large
    long park = district * strideInverse % districts;
    String parkId = park < parks && r.nextDouble() < 0.6 ? parkId((int) park) : null;
    Industry industry = INDUSTRIES[draws.random(INDUSTRY, index).nextInt(INDUSTRIES.length)];
    return factory.draw(index, industry, new ProfileFactory.Placement(districtCode(district), "", parkId, null,
        YearMonth.of(2000, 1), null, 0), model);
  }
}
