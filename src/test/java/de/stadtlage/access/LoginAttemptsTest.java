package de.stadtlage.access;

import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
import static de.stadtlage.persistence.jooq.Tables.LOGIN_UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.persistence.Database;
import de.stadtlage.testing.MutableClock;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong passwords are counted however they arrive, and a login's answer does not tell which names exist. */
class LoginAttemptsTest {

    private static final char[] SECRET = "Keuningpark-2023".toCharArray();
    private static final String WRONG = "falsch-falsch";
    private static final int ATTEMPTS = 8;

    @TempDir
    Path folder;
    private Database db;
    private final MutableClock clock = new MutableClock(Instant.parse("2023-09-04T08:00:00Z"));
    private final List<Integer> derivations = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void open() {
        db = TempDatabase.open(folder);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** What the person sees after one attempt. */
    private static String outcome(AccessService access, String login) {
        try {
            access.authenticate(login, WRONG.toCharArray());
            return "angemeldet";
        } catch (LoginFailedException e) {
            return e.getMessage().contains("Bitte warten Sie 5 Sekunden") ? "warten" : e.getMessage()
                    .contains("Passwort ist falsch") ? "falsch" : e.getMessage();
        }
    }

    private PersonAccount account(AccessService access, CurrentUser admin, String login) {
        return access.findAccount(admin, login);
    }

    @Test
    void parallelWrongPasswordsLockTheAccountExactlyAsTheSameNumberInARowDo() throws Exception {
        // A cheaper hash keeps sixteen checks quick; the counting does not depend on the cost.
        AccessService access = new AccessService(db, clock, new PasswordHasher(20_000, n -> { }));
        CurrentUser admin = access.createFirstAdmin("admin", "Petra Admin", SECRET.clone());
        for (String login : List.of("nacheinander", "gleichzeitig")) {
            access.createPerson(admin, new Person(null, login, login, Organisation.STADT, null, Role.LESEND, null,
                    true), SECRET.clone());
        }
        List<String> inARow = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            inARow.add(outcome(access, "nacheinander"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        List<String> atOnce = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                Callable<String> attempt = () -> {
                    start.await();
                    return outcome(access, "gleichzeitig");
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                atOnce.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(inARow).containsExactly("falsch", "falsch", "falsch", "falsch", "falsch", "warten", "warten",
                "warten");
        assertThat(atOnce).containsExactlyInAnyOrderElementsOf(inARow);
        PersonAccount sequential = account(access, admin, "nacheinander");
        PersonAccount parallel = account(access, admin, "gleichzeitig");
        assertThat(parallel.failedLogins()).isEqualTo(sequential.failedLogins()).isEqualTo(5);
        assertThat(parallel.blockedUntil()).isEqualTo(sequential.blockedUntil()).isEqualTo(clock.instant()
                .plusSeconds(5));
        assertThat(AuditLog.entriesFor(db.dsl(), "person", parallel.person().id()))
                .filteredOn(e -> e.action().equals("LOGIN_FAILED")).hasSize(5);
        assertThat(AuditLog.firstBrokenEntry(db.dsl())).isEmpty();
    }

    @Test
    void unknownNamesAccountsWithoutPasswordAndBlockedAccountsComputeTheSameHashAsAWrongPassword() {
        AccessService access = new AccessService(db, clock, new PasswordHasher(PasswordHasher.ITERATIONS,
                derivations::add));
        CurrentUser admin = access.createFirstAdmin("admin", "Petra Admin", SECRET.clone());
        access.createPerson(admin, new Person(null, "ohnepasswort", "Ohne Passwort", Organisation.STADT, null,
                Role.LESEND, null, true), null);
        derivations.clear();

        assertThat(outcome(access, "admin")).isEqualTo("falsch");
        List<Integer> wrongPassword = List.copyOf(derivations);
        assertThat(wrongPassword).containsExactly(PasswordHasher.ITERATIONS);

        for (String login : List.of("niemand", "ohnepasswort", "")) {
            derivations.clear();
            assertThat(outcome(access, login)).isEqualTo("falsch");
            assertThat(derivations).as(login).isEqualTo(wrongPassword);
        }

        for (int i = 0; i < 4; i++) {
            outcome(access, "admin");
        }
        derivations.clear();
        assertThatThrownBy(() -> access.authenticate("admin", SECRET.clone()))
                .hasMessageContaining("Bitte warten Sie 5 Sekunden");
        assertThat(derivations).as("gesperrtes Konto").isEqualTo(wrongPassword);
    }

    /** The whole answer to a wrong attempt, with the name replaced, so answers for two names can be compared. */
    private static String answer(AccessService access, String login) {
        try {
            access.authenticate(login, WRONG.toCharArray());
            return "angemeldet";
        } catch (LoginFailedException e) {
            return e.getMessage().replace("\"" + login + "\"", "\"NAME\"");
        }
    }

    private List<String> attemptsAtOnce(AccessService access, String login) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return answer(access, login);
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<String> one : answers) {
                all.add(one.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aNameNobodyHasIsBlockedAfterAsManyAttemptsAndInTheSameWordsAsAnAccount() throws Exception {
        AccessService access = new AccessService(db, clock, new PasswordHasher(20_000, n -> { }));
        CurrentUser admin = access.createFirstAdmin("admin", "Petra Admin", SECRET.clone());
        access.createPerson(admin, new Person(null, "leonie", "Leonie Wagner", Organisation.STADT, null, Role.LESEND,
                null, true), SECRET.clone());
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            known.add(answer(access, "leonie"));
            unknown.add(answer(access, "leonhard"));
        }
        assertThat(known.get(5)).contains("Bitte warten Sie 5 Sekunden");
        assertThat(unknown).isEqualTo(known);

        clock.advance(Duration.ofSeconds(6));
        assertThat(answer(access, "leonhard")).isEqualTo(answer(access, "leonie")).contains("Passwort ist falsch");
        assertThat(answer(access, "leonhard")).isEqualTo(answer(access, "leonie"))
                .contains("Bitte warten Sie 10 Sekunden");

        assertThat(attemptsAtOnce(access, "gleichzeitig")).as("attempts at the same time on a name nobody has")
                .containsExactlyInAnyOrderElementsOf(known);
        List<String> stored = db.dsl().select(LOGIN_UNKNOWN.NAME_HASH).from(LOGIN_UNKNOWN).fetch(LOGIN_UNKNOWN.NAME_HASH);
        assertThat(stored).hasSize(2).doesNotContain("leonhard", "gleichzeitig");
        assertThat(AuditLog.verify(db.dsl()).intact()).isTrue();
        assertThat(db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("login"))).as("counted wrong attempts")
                .isEqualTo(5 + 1 + 5);
        assertThat(db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.BEFORE_JSON.contains("leonhard")
                .or(AUDIT_LOG.AFTER_JSON.contains("leonhard")).or(AUDIT_LOG.ACTOR.contains("leonhard")))).isZero();

        clock.advance(Duration.ofDays(2));
        answer(access, "jemand");
        assertThat(db.dsl().fetchCount(LOGIN_UNKNOWN)).as("rows a day old are gone").isEqualTo(1);
    }
}
