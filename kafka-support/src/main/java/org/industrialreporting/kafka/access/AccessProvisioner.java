package org.industrialreporting.kafka.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.industrialreporting.kafka.KafkaOperationException;

/**
 * Gives the pipeline's principals their SCRAM-SHA-512 credentials and makes their ACLs exactly those of an
 * {@link AccessPolicy}: missing ones are created, others of these principals deleted. It returns once the broker
 * it talks to knows the users and applies the ACLs, so that the roles can start at once. Run it as a super user;
 * running it again changes nothing (but the salt of the passwords it sets).
 */
public final class AccessProvisioner {

  /** Iterations of the SCRAM hash; Kafka's minimum is 4096. */
  private static final int ITERATIONS = 8192;

  private final Admin admin;
  private final Duration timeout;

  public AccessProvisioner(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /**
   * What was done.
   *
   * @param usersSet the users whose password was set
   * @param created  ACLs created now
   * @param deleted  ACLs of the principals that the policy does not have, deleted now
   * @param kept     ACLs that were in place already
   */
  public record Result(List<String> usersSet, List<AclBinding> created, List<AclBinding> deleted, int kept) {
  }

  /**
   * @param passwords the password of each role whose user to create or change; the others' credentials are left as
   *                  they are (and their ACLs applied all the same)
   */
  public Result apply(AccessPolicy policy, Map<KafkaRole, String> passwords) {
    List<UserScramCredentialAlteration> users = new ArrayList<>();
    passwords.forEach((role, password) -> users.add(new UserScramCredentialUpsertion(role.userName(),
        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), password)));
    if (!users.isEmpty()) {
      await(admin.alterUserScramCredentials(users).all(), "set the SCRAM credentials of " + names(passwords.keySet()));
    }
    List<AclBinding> created = new ArrayList<>();
    List<AclBinding> deleted = new ArrayList<>();
    int kept = 0;
    for (var entry : policy.all().entrySet()) {
      Set<AclBinding> wanted = new HashSet<>(entry.getValue());
      Collection<AclBinding> existing = describe(entry.getKey());
      for (AclBinding binding : existing) {
        if (wanted.remove(binding)) {
          kept++;
        } else {
          deleted.add(binding);
        }
      }
      created.addAll(wanted);
    }
    if (!deleted.isEmpty()) {
      await(admin.deleteAcls(deleted.stream().map(AclBinding::toFilter).toList()).all(), "delete ACLs");
    }
    if (!created.isEmpty()) {
      await(admin.createAcls(created).all(), "create ACLs");
    }
    awaitVisible(policy, passwords.keySet());
    return new Result(names(passwords.keySet()), List.copyOf(created), List.copyOf(deleted), kept);
  }

  /** Waits until the broker lists the users and every role's ACLs as the policy has them. */
  private void awaitVisible(AccessPolicy policy, Set<KafkaRole> users) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> names = names(users);
    while (true) {
      Set<String> known = new HashSet<>();
      await(admin.describeUserScramCredentials().all(), "describe the SCRAM users").keySet().forEach(known::add);
      boolean visible = known.containsAll(names);
      for (var entry : policy.all().entrySet()) {
        visible &= new HashSet<>(describe(entry.getKey())).equals(new HashSet<>(entry.getValue()));
      }
      if (visible) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new KafkaOperationException("The broker did not show the users " + names + " and their ACLs within "
            + timeout.toSeconds() + " s", null);
      }
      try {
        TimeUnit.MILLISECONDS.sleep(100); // the broker applies the controller's metadata within moments
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KafkaOperationException("Interrupted while waiting for the ACLs", e);
      }
    }
  }

  private Collection<AclBinding> describe(KafkaRole role) {
    AclBindingFilter filter = new AclBindingFilter(ResourcePatternFilter.ANY,
        new AccessControlEntryFilter(role.principal(), null, AclOperation.ANY, AclPermissionType.ANY));
    return await(admin.describeAcls(filter).values(), "describe the ACLs of " + role.principal());
  }

  private static List<String> names(Collection<KafkaRole> roles) {
    return roles.stream().sorted().map(KafkaRole::userName).toList();
  }

  private <T> T await(KafkaFuture<T> future, String what) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new KafkaOperationException("Cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new KafkaOperationException("Cannot " + what + " within " + timeout.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaOperationException("Interrupted while trying to " + what, e);
    }
  }
}
