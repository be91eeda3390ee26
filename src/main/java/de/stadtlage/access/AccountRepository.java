package de.stadtlage.access;

import static de.stadtlage.persistence.jooq.Tables.PERSON;

import de.stadtlage.persistence.jooq.tables.records.PersonRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The login side of people: password hashes, wrong attempts, versions. Hashes never leave this package. */
final class AccountRepository {

    private AccountRepository() {
    }

    /** The stored row for a login name. */
    record Login(Person person, String passwordHash, int failedLogins, Instant blockedUntil) {
    }

    static Optional<Login> findLogin(DSLContext dsl, String login) {
        return dsl.selectFrom(PERSON).where(PERSON.LOGIN.eq(login)).fetchOptional(r -> new Login(
                PersonRepository.toPerson(r), r.getPasswordHash(), r.getFailedLogins(), r.getLoginBlockedUntil()));
    }

    static boolean hasActiveAdmin(DSLContext dsl) {
        return dsl.fetchExists(PERSON, PERSON.ROLE.eq(Role.ADMIN.name()).and(PERSON.ACTIVE.isTrue())
                .and(PERSON.PASSWORD_HASH.isNotNull()));
    }

    static int countActiveAdmins(DSLContext dsl) {
        return dsl.fetchCount(PERSON, PERSON.ROLE.eq(Role.ADMIN.name()).and(PERSON.ACTIVE.isTrue()));
    }

    static List<PersonAccount> listAll(DSLContext dsl) {
        return dsl.selectFrom(PERSON).orderBy(PERSON.ACTIVE.desc(), PERSON.DISPLAY_NAME).fetch(AccountRepository::toAccount);
    }

    static Optional<PersonAccount> findAccount(DSLContext dsl, int id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(AccountRepository::toAccount);
    }

    static boolean loginTaken(DSLContext dsl, String login, Integer exceptId) {
        var condition = PERSON.LOGIN.eq(login);
        return dsl.fetchExists(PERSON, exceptId == null ? condition : condition.and(PERSON.ID.ne(exceptId)));
    }

    /** Wrong attempts in a row and until when further attempts are refused. */
    record Attempts(int failedLogins, Instant blockedUntil) {
    }

    /** The attempts of a person, the row locked until the caller's transaction ends (attempts count in turn). */
    static Attempts lockAttempts(DSLContext tx, int id) {
        return tx.select(PERSON.FAILED_LOGINS, PERSON.LOGIN_BLOCKED_UNTIL).from(PERSON).where(PERSON.ID.eq(id))
                .forUpdate().fetchOne(r -> new Attempts(r.value1(), r.value2()));
    }

    static void recordAttempt(DSLContext tx, int id, int failures, Instant blockedUntil) {
        tx.update(PERSON).set(PERSON.FAILED_LOGINS, failures).set(PERSON.LOGIN_BLOCKED_UNTIL, blockedUntil)
                .where(PERSON.ID.eq(id)).execute();
    }

    static void setPasswordHash(DSLContext tx, int id, String hash) {
        tx.update(PERSON).set(PERSON.PASSWORD_HASH, hash).set(PERSON.FAILED_LOGINS, 0)
                .setNull(PERSON.LOGIN_BLOCKED_UNTIL).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(id)).execute();
    }

    /** Updates name, organisation, role, subgroup, login and active flag if the row still has {@code version}. */
    static boolean update(DSLContext tx, Person p, int version) {
        return tx.update(PERSON)
                .set(PERSON.LOGIN, p.login())
                .set(PERSON.DISPLAY_NAME, p.displayName())
                .set(PERSON.ORGANISATION, p.organisation().name())
                .set(PERSON.ORGANISATION_UNIT, p.organisationUnit())
                .set(PERSON.ROLE, p.role().name())
                .set(PERSON.SUBGROUP_ID, p.subgroupId())
                .set(PERSON.ACTIVE, p.active())
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(p.id()).and(PERSON.VERSION.eq(version)))
                .execute() == 1;
    }

    static PersonAccount toAccount(PersonRecord r) {
        return new PersonAccount(PersonRepository.toPerson(r), r.getPasswordHash() != null, r.getFailedLogins(),
                r.getLoginBlockedUntil(), r.getVersion());
    }
}
