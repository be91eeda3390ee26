package de.stadtlage.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.jooq.Tables;
import de.stadtlage.testing.MutableClock;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessServiceTest {

    private static final char[] SECRET = "Keuningpark-2023".toCharArray();

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2023-09-04T08:00:00Z"));

    @Test
    void theFirstAdminLogsInWithAStrongHashStoredAndASecondFirstAdminIsRefused() {
        try (Database db = TempDatabase.open(folder)) {
            AccessService access = new AccessService(db, clock);
            assertThat(access.hasAdmin()).isFalse();
            CurrentUser admin = access.createFirstAdmin("admin", "Petra Admin", SECRET.clone());
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(access.hasAdmin()).isTrue();

            String hash = db.dsl().select(Tables.PERSON.PASSWORD_HASH).from(Tables.PERSON).fetchOne().value1();
            assertThat(hash).startsWith("pbkdf2-sha256$600000$").doesNotContain("Keuningpark");
            assertThat(access.authenticate("admin", SECRET.clone())).isEqualTo(admin);
            assertThatThrownBy(() -> access.authenticate("admin", "falsch-falsch".toCharArray()))
                    .isInstanceOf(LoginFailedException.class).hasMessageContaining("Passwort ist falsch");
            assertThatThrownBy(() -> access.authenticate("niemand", SECRET.clone()))
                    .isInstanceOf(LoginFailedException.class).hasMessageContaining("Passwort ist falsch");
            assertThatThrownBy(() -> access.createFirstAdmin("admin2", null, SECRET.clone()))
                    .isInstanceOf(UserMessage.class).hasMessageContaining("bereits eine Administration");
            assertThat(db.dsl().fetch(Tables.AUDIT_LOG).toString()).doesNotContain("pbkdf2").doesNotContain("Keuningpark");
        }
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndTheWaitGrows() {
        try (Database db = TempDatabase.open(folder)) {
            AccessService access = new AccessService(db, clock);
            access.createFirstAdmin("admin", null, SECRET.clone());
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> access.authenticate("admin", "falsch-falsch".toCharArray()))
                        .hasMessageContaining("Passwort ist falsch");
            }
            assertThat(access.authenticate("admin", SECRET.clone()).role()).isEqualTo(Role.ADMIN); // resets
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> access.authenticate("admin", "falsch-falsch".toCharArray()))
                        .hasMessageContaining("Passwort ist falsch");
            }
            assertThatThrownBy(() -> access.authenticate("admin", SECRET.clone()))
                    .isInstanceOf(LoginFailedException.class).hasMessageContaining("Bitte warten Sie 5 Sekunden");
            clock.advance(Duration.ofSeconds(6));
            assertThatThrownBy(() -> access.authenticate("admin", "falsch-falsch".toCharArray()))
                    .hasMessageContaining("Passwort ist falsch");
            assertThatThrownBy(() -> access.authenticate("admin", SECRET.clone()))
                    .hasMessageContaining("Bitte warten Sie 10 Sekunden");
            clock.advance(Duration.ofSeconds(11));
            assertThat(access.authenticate("admin", SECRET.clone()).role()).isEqualTo(Role.ADMIN);
        }
    }

    @Test
    void theAdminManagesPeopleAndNobodyElseDoes() {
        try (Database db = TempDatabase.open(folder)) {
            AccessService access = new AccessService(db, clock);
            CurrentUser admin = access.createFirstAdmin("admin", "Petra Admin", SECRET.clone());
            Person lead = access.createPerson(admin, new Person(null, "lwagner", "Leonie Wagner", Organisation.STADT,
                    "Sozialamt", Role.UNTERGRUPPENLEITUNG, 2, true), "Startpasswort-1".toCharArray());
            CurrentUser leadUser = access.authenticate("lwagner", "Startpasswort-1".toCharArray());
            assertThat(leadUser).isEqualTo(new CurrentUser("Leonie Wagner", Role.UNTERGRUPPENLEITUNG, 2));

            assertThatThrownBy(() -> access.createPerson(leadUser, Person.of("X", Organisation.STADT, null,
                    Role.LESEND, null), null)).isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("Personen und Passwörter");
            assertThatThrownBy(() -> access.resetPassword(leadUser, lead.id(), "Neues-Passwort".toCharArray()))
                    .isInstanceOf(PermissionDeniedException.class);

            access.resetPassword(admin, lead.id(), "Neues-Passwort".toCharArray());
            assertThatThrownBy(() -> access.authenticate("lwagner", "Startpasswort-1".toCharArray()))
                    .isInstanceOf(LoginFailedException.class);
            int version = access.listAccounts(admin).stream().filter(a -> a.person().id().equals(lead.id()))
                    .findFirst().orElseThrow().version();
            Person inactive = new Person(lead.id(), "lwagner", "Leonie Wagner", Organisation.STADT, "Sozialamt",
                    Role.UNTERGRUPPENLEITUNG, 2, false);
            access.updatePerson(admin, inactive, version);
            assertThatThrownBy(() -> access.updatePerson(admin, inactive, version))
                    .hasMessageContaining("inzwischen geändert");
            assertThatThrownBy(() -> access.authenticate("lwagner", "Neues-Passwort".toCharArray()))
                    .hasMessageContaining("deaktiviert");
            assertThat(AuditLog.entriesFor(db.dsl(), "person", lead.id())).extracting(AuditEntry::action)
                    .containsExactly("CREATE", "PASSWORD_RESET", "LOGIN_FAILED", "UPDATE");
        }
    }

    @Test
    void theLastAdminCannotBeDemotedOrDeactivatedAndPasswordsNeedTenCharacters() {
        try (Database db = TempDatabase.open(folder)) {
            AccessService access = new AccessService(db, clock);
            assertThatThrownBy(() -> access.createFirstAdmin("admin", null, "kurz".toCharArray()))
                    .hasMessageContaining("mindestens 10 Zeichen");
            CurrentUser admin = access.createFirstAdmin("admin", null, SECRET.clone());
            PersonAccount account = access.listAccounts(admin).get(0);
            Person demoted = new Person(account.person().id(), "admin", "admin", Organisation.STADT, null,
                    Role.VORSITZ, null, true);
            assertThatThrownBy(() -> access.updatePerson(admin, demoted, account.version()))
                    .hasMessageContaining("letzte aktive Administrator");
        }
    }
}
