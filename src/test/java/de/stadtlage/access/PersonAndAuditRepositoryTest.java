package de.stadtlage.access;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonAndAuditRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void peopleAreStoredWithRoleOrganisationAndSubgroup() {
        try (Database db = TempDatabase.open(folder)) {
            int cr = new de.stadtlage.boards.SubgroupRepository(db.dsl()).findByCode("CR").orElseThrow().id();
            db.transaction(cfg -> {
                PersonRepository.insert(cfg.dsl(), Person.of("Leonie Wagner", Organisation.STADT, "Sozialamt",
                        Role.UNTERGRUPPENLEITUNG, cr));
                PersonRepository.insert(cfg.dsl(), Person.of("Jens Hoffmann", Organisation.POLIZEI, null, Role.VORSITZ, null));
            });
            PersonRepository people = new PersonRepository(db.dsl());
            assertThat(people.listActive()).extracting(Person::displayName).containsExactly("Jens Hoffmann", "Leonie Wagner"); // by organisation, then name
            Person lead = people.findByName("Leonie Wagner").orElseThrow();
            assertThat(lead.role()).isEqualTo(Role.UNTERGRUPPENLEITUNG);
            assertThat(lead.subgroupId()).isEqualTo(cr);
            assertThat(people.findById(lead.id())).contains(lead);
        }
    }

    @Test
    void auditEntriesFormAChainThatDetectsChangesBehindTheAppsBack() throws Exception {
        try (Database db = TempDatabase.open(folder)) {
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 7, "CREATE", null, Map.of("title", "A")));
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna", "task", 7, "UPDATE",
                    Map.of("title", "A"), Map.of("title", "Ä <neu>")));
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Ben", "task", 8, "CREATE", null, Map.of("title", "B")));

            List<AuditEntry> history = AuditLog.entriesFor(db.dsl(), "task", 7);
            assertThat(history).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
            assertThat(history.get(1).afterJson()).isEqualTo("{\"title\":\"Ä <neu>\"}");
            assertThat(history.get(1).prevHash()).isEqualTo(history.get(0).entryHash());
            assertThat(AuditLog.firstBrokenEntry(db.dsl())).isEmpty();

            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.executeUpdate("update audit_log set actor = 'Mallory' where id = " + history.get(1).id());
            }
            assertThat(AuditLog.firstBrokenEntry(db.dsl())).hasValue(history.get(1).id());
        }
    }

    @Test
    void aFailedTransactionLeavesNoAuditEntry() {
        try (Database db = TempDatabase.open(folder)) {
            try {
                db.transaction(cfg -> {
                    AuditLog.append(cfg.dsl(), "Anna", "task", 1, "CREATE", null, null);
                    throw new IllegalStateException("abgebrochen");
                });
            } catch (IllegalStateException expected) {
                // the write and its audit entry roll back together
            }
            assertThat(db.dsl().fetchCount(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG)).isZero();
            assertThat(AuditLog.firstBrokenEntry(db.dsl())).isEmpty();
        }
    }
}
