package org.industrialreporting.dashboard;

import java.util.function.Consumer;
import org.industrialreporting.dashboard.api.DashboardApi;
import org.industrialreporting.dashboard.evaluation.EvaluationRulesFile;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ViewConsumer;
import org.industrialreporting.dashboard.view.ViewStatus;
import org.industrialreporting.dashboard.view.ViewTopics;
import org.industrialreporting.http.HttpListener;
import org.industrialreporting.http.tokens.TokenStore;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.StreamsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard: a read model materialized from the topics (rollups, registries, alerts, and the streams
 * application's accepted reports for drill-down) by a consumer of its own, and the HTTP server over it (API, web
 * page, live updates, metrics), which answers admin and district API tokens. It reads topics only, so it shows the
 * same figures whatever number of streams instances run, and any number of dashboards can run.
 */
public final class DashboardServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DashboardServer.class);

  /** The port of the page and API unless configured otherwise. */
  public static final int DEFAULT_PORT = 8080;

  /**
   * Where the dashboard listens, whom it answers and what it reads.
   *
   * @param listener             interface, port and, for HTTPS, the key store
   * @param tokens               the API tokens it answers: admin and district tokens
   * @param streamsApplicationId the streams application whose accepted reports the drill-down reads
   * @param districtNames        names of districts, which no topic carries
   * @param evaluationRules      the rules of the 亩均 evaluation
   */
  public record Settings(HttpListener listener, TokenStore tokens, String streamsApplicationId,
      DistrictNames districtNames, EvaluationRulesFile evaluationRules) {

    /**
     * Plain HTTP on loopback at {@code port}, the default streams application, the built-in district names and
     * evaluation rules.
     */
    public static Settings of(int port, TokenStore tokens) {
      return new Settings(HttpListener.http("127.0.0.1", port), tokens, StreamsSettings.DEFAULT_APPLICATION_ID,
          DistrictNames.builtIn(), EvaluationRulesFile.defaultsOnly());
    }

    public Settings withStreamsApplicationId(String id) {
      return new Settings(listener, tokens, id, districtNames, evaluationRules);
    }
  }

  private final ReadModel model;
  private final ViewConsumer view;
  private final DashboardApi api;

  private DashboardServer(ReadModel model, ViewConsumer view, DashboardApi api) {
    this.model = model;
    this.view = view;
    this.api = api;
  }

  /**
   * Starts reading the topics and serving; the page answers at once and fills as the view catches up.
   *
   * @param metrics   the process's metrics: the view's meters are registered there and served at /metrics
   * @param onFailure hears of an error that stopped the view
   */
  public static DashboardServer start(KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes, Settings settings,
      ProcessMetrics metrics, Consumer<Throwable> onFailure) {
    ReadModel model = new ReadModel(settings.districtNames());
    ViewTopics viewTopics = new ViewTopics(topics, settings.streamsApplicationId(), serdes);
    ViewConsumer view = ViewConsumer.start(kafka, viewTopics, model, metrics.registry(), onFailure);
    try {
      DashboardApi api = DashboardApi.start(model, view, metrics, settings.listener(), settings.tokens(),
          settings.evaluationRules());
      log.info("Dashboard serving at {} (drill-down from {}, tokens in {})", api.url(),
          ViewTopics.ledgersTopic(settings.streamsApplicationId()), settings.tokens().file());
      return new DashboardServer(model, view, api);
    } catch (RuntimeException e) {
      view.close();
      throw e;
    }
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    return api.url();
  }

  /** The read model the dashboard answers from, for components of its process (the 催报 reminders). */
  public ReadModel model() {
    return model;
  }

  /** How far the view has got with the topics. */
  public ViewStatus status() {
    return view;
  }

  /** Stops serving, then stops reading the topics. */
  @Override
  public void close() {
    api.close();
    view.close();
  }
}
