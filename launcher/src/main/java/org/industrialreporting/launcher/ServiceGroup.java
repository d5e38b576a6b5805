package org.industrialreporting.launcher;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running services of one process, stopped in reverse order of start: on Ctrl-C or SIGTERM, when a
 * service fails, or when the command closes the group.
 */
public final class ServiceGroup implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ServiceGroup.class);

  private final Deque<Named> running = new ArrayDeque<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile Throwable failure;

  private record Named(String name, AutoCloseable service) {
  }

  /** Registers a started service so that it is stopped with the group; returns it for chaining. */
  public synchronized <T extends AutoCloseable> T add(String name, T service) {
    running.push(new Named(name, service));
    return service;
  }

  /** Called by a service that cannot go on: the group stops and {@link #awaitStop()} reports the failure. */
  public void fail(String service, Throwable cause) {
    log.error("{} failed: {}", service, cause.toString());
    failure = cause;
    close();
  }

  /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM) or a service fails; returns the exit status. */
  public int awaitStop() throws InterruptedException {
    Thread hook = new Thread(this::close, "shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
    return failure == null ? 0 : 1;
  }

  @Override
  public void close() {
    synchronized (this) {
      while (!running.isEmpty()) {
        Named next = running.pop();
        try {
          next.service().close();
          log.info("Stopped {}", next.name());
        } catch (Exception e) {
          log.warn("{} did not stop cleanly: {}", next.name(), e.toString());
        }
      }
    }
    stopped.countDown();
  }
}
