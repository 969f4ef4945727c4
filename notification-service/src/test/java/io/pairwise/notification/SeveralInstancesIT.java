package io.pairwise.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.session.CancellationReason;
import io.pairwise.contracts.session.SessionCancelled;
import io.pairwise.notification.delivery.ChannelBreakers;
import io.pairwise.notification.delivery.ChannelSender;
import io.pairwise.notification.delivery.DeliveryProperties;
import io.pairwise.notification.delivery.DeliveryWorker;
import io.pairwise.notification.delivery.TemplateRenderer;
import io.pairwise.notification.domain.DeliveryStatus;
import io.pairwise.notification.persistence.DeliveryStore;
import io.pairwise.notification.persistence.Job;
import io.pairwise.notification.persistence.JobKind;
import io.pairwise.notification.persistence.JobStore;
import io.pairwise.notification.persistence.PreferenceStore;
import io.pairwise.platform.observability.RequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances working on the same store: a second delivery worker beside the application's, and two
 * job claimers racing for the same due jobs. Nothing is sent or fired twice.
 */
class SeveralInstancesIT extends NotificationServiceIntegrationTest {

    @Autowired
    DeliveryWorker worker;
    @Autowired
    DeliveryStore deliveries;
    @Autowired
    PreferenceStore preferences;
    @Autowired
    TemplateRenderer renderer;
    @Autowired
    ChannelBreakers breakers;
    @Autowired
    List<ChannelSender> senders;
    @Autowired
    DeliveryProperties properties;
    @Autowired
    RequestContext requestContext;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JobStore jobs;

    @Test
    void twoDeliveryWorkersSendEveryMailOnce() {
        List<String> people = IntStream.range(0, 6).mapToObj(i -> person("Sol" + i, "en", "UTC")).toList();
        DeliveryWorker second = new DeliveryWorker(deliveries, recipients, preferences, renderer, breakers, senders,
                properties, requestContext, clock, meters);
        List<EventEnvelope> events = new ArrayList<>();
        worker.stop();
        try {
            for (String participant : people) {
                events.add(publish(new SessionCancelled(id("ses"), id("msh"), id("prg"), List.of(participant),
                        clock.instant().plus(Duration.ofDays(1)), null, CancellationReason.ILLNESS, clock.instant())));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> events.stream()
                    .allMatch(e -> deliveries.ofSource(e.id()).size() == 2));
            second.start();
        } finally {
            worker.start();
        }
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().flatMap(e -> deliveries.ofSource(e.id())
                    .stream()).allMatch(d -> d.status() == DeliveryStatus.SENT));
        } finally {
            second.stop();
        }
        people.forEach(participant -> assertThat(mailsTo(participant)).as(participant).hasSize(1));
        assertThat(events.stream().flatMap(e -> deliveries.ofSource(e.id()).stream()))
                .allSatisfy(d -> assertThat(d.attempts()).isEqualTo(1));
    }

    @Test
    void twoJobRunnersNeverClaimTheSameJob() throws Exception {
        // Due long after anything the application's own runner will reach in these tests.
        Instant far = Instant.now().plus(Duration.ofDays(400));
        Set<String> ours = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String jobId = JobStore.plannedEndId(id("msh"));
            ours.add(jobId);
            jobs.scheduleOnce(jobId, JobKind.PLANNED_END_NUDGE, id("msh"), id("prg"), List.of(id("p")), List.of(),
                    far, "2027-01-01");
        }
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<List<Job>> a = CompletableFuture.supplyAsync(() -> claimAll("runner-a", far, start));
        CompletableFuture<List<Job>> b = CompletableFuture.supplyAsync(() -> claimAll("runner-b", far, start));
        start.countDown();
        List<Job> byA = a.get();
        List<Job> byB = b.get();

        Set<String> idsA = new HashSet<>(byA.stream().map(Job::id).toList());
        Set<String> idsB = new HashSet<>(byB.stream().map(Job::id).toList());
        Set<String> both = new HashSet<>(idsA);
        both.retainAll(idsB);
        assertThat(both).isEmpty();
        assertThat(idsA).hasSize(byA.size());
        assertThat(idsB).hasSize(byB.size());
        Set<String> all = new HashSet<>(idsA);
        all.addAll(idsB);
        assertThat(all).containsAll(ours);
        // Each runner finishes what it claimed; other tests' jobs go back untouched.
        byA.forEach(job -> finish(job, "runner-a", ours));
        byB.forEach(job -> finish(job, "runner-b", ours));
        assertThat(ours).allSatisfy(id -> assertThat(jobs.find(id).orElseThrow().status()).isEqualTo("DONE"));
    }

    private List<Job> claimAll(String owner, Instant now, CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        List<Job> claimed = new ArrayList<>();
        for (Optional<Job> next = jobs.claimDue(owner, now, Duration.ofMinutes(1)); next.isPresent();
             next = jobs.claimDue(owner, now, Duration.ofMinutes(1))) {
            claimed.add(next.get());
        }
        return claimed;
    }

    private void finish(Job job, String owner, Set<String> ours) {
        if (ours.contains(job.id())) {
            assertThat(jobs.complete(job, owner)).isTrue();
        } else {
            jobs.reschedule(job, owner, job.dueAt());
        }
    }
}
