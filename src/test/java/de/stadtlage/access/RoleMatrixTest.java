package de.stadtlage.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every role × every kind of write, as issue 7 states it. */
class RoleMatrixTest {

    private static final int OWN = 2;
    private static final int OTHER = 3;

    /** What each role may write; board tasks are checked on the own and on another subgroup separately. */
    private static final Map<Role, Set<WriteKind>> ALLOWED = Map.of(
            Role.VORSITZ, EnumSet.of(WriteKind.BOARD_TASKS, WriteKind.ACTION_ITEMS, WriteKind.MEETINGS,
                    WriteKind.INCIDENTS, WriteKind.KEY_FIGURES),
            Role.ADMIN, EnumSet.allOf(WriteKind.class),
            Role.PROTOKOLL, EnumSet.of(WriteKind.ACTION_ITEMS, WriteKind.MEETINGS),
            Role.UNTERGRUPPENLEITUNG, EnumSet.of(WriteKind.BOARD_TASKS),
            Role.LESEND, EnumSet.noneOf(WriteKind.class));

    @TempDir
    Path folder;

    private static CurrentUser user(Role role) {
        return new CurrentUser("Test " + role, role, role == Role.UNTERGRUPPENLEITUNG ? OWN : null);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleMayWriteExactlyWhatTheIssueSays(Role role) {
        CurrentUser user = user(role);
        for (WriteKind kind : WriteKind.values()) {
            boolean expected = ALLOWED.get(role).contains(kind);
            assertThat(user.may(kind, OWN)).as(role + " × " + kind).isEqualTo(expected);
            if (expected) {
                assertThatCode(() -> Permissions.require(user, kind, OWN)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> Permissions.require(user, kind, OWN))
                        .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("darf " + kind.german());
            }
        }
    }

    @Test
    void aLeadWritesOnlyTheTasksOfItsOwnSubgroupWhileChairAndAdminWriteEveryBoard() {
        assertThat(user(Role.UNTERGRUPPENLEITUNG).may(WriteKind.BOARD_TASKS, OTHER)).isFalse();
        assertThat(user(Role.UNTERGRUPPENLEITUNG).canWriteSubgroup(OTHER)).isFalse();
        assertThat(user(Role.VORSITZ).may(WriteKind.BOARD_TASKS, OTHER)).isTrue();
        assertThat(user(Role.ADMIN).may(WriteKind.BOARD_TASKS, OTHER)).isTrue();
        assertThat(new CurrentUser("Lead ohne Gruppe", Role.UNTERGRUPPENLEITUNG, null).may(WriteKind.BOARD_TASKS, OWN))
                .isFalse();
        // the existing convenience checks agree with the table
        for (Role role : Role.values()) {
            CurrentUser u = user(role);
            assertThat(u.canWriteMeetings()).isEqualTo(u.may(WriteKind.MEETINGS, null));
            assertThat(u.canWriteActionItems()).isEqualTo(u.may(WriteKind.ACTION_ITEMS, null));
            assertThat(u.canWriteIncidents()).isEqualTo(u.may(WriteKind.INCIDENTS, null));
            assertThat(u.canWriteKeyFigures()).isEqualTo(u.may(WriteKind.KEY_FIGURES, null));
            assertThat(u.canManagePeople()).isEqualTo(u.may(WriteKind.PEOPLE, null));
        }
    }

    @Test
    void onlyTheAdminManagesPeopleInTheServiceAndRefusedWritesLeaveNoTrace() {
        try (Database db = TempDatabase.open(folder)) {
            AccessService access = new AccessService(db, Clock.systemUTC());
            CurrentUser admin = access.createFirstAdmin("admin", "Petra Admin", "Wallring-2023!".toCharArray());
            Person target = access.createPerson(admin, new Person(null, "jens", "Jens Hoffmann",
                    Organisation.POLIZEI, null, Role.LESEND, null, true), null);
            int auditBefore = AuditLog.verify(db.dsl()).entries();
            for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
                CurrentUser u = user(role);
                assertThatThrownBy(() -> access.createPerson(u, Person.of("Neu", Organisation.STADT, null,
                        Role.LESEND, null), null)).as(role.name()).isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> access.updatePerson(u, target, 0)).as(role.name())
                        .isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> access.resetPassword(u, target.id(), "Neues-Passwort".toCharArray()))
                        .as(role.name()).isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> access.listAccounts(u)).as(role.name())
                        .isInstanceOf(PermissionDeniedException.class);
            }
            assertThat(AuditLog.verify(db.dsl()).entries()).isEqualTo(auditBefore);
            assertThat(new PersonRepository(db.dsl()).listActive()).extracting(Person::displayName)
                    .containsExactlyInAnyOrder("Petra Admin", "Jens Hoffmann");
            access.updatePerson(admin, new Person(target.id(), "jens", "Jens Hoffmann", Organisation.POLIZEI,
                    "PP Dortmund", Role.VORSITZ, null, true), 0);
            assertThat(AuditLog.verify(db.dsl())).satisfies(v -> {
                assertThat(v.intact()).isTrue();
                assertThat(v.entries()).isEqualTo(auditBefore + 1);
            });
        }
    }
}
