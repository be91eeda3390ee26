package de.stadtlage.access;

import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Login and the people of the staff. Only an admin manages people; a database without an admin works without
 * login until the first admin is created. Every change is audited (never the password or its hash).
 */
public final class AccessService {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final String WRONG = "Anmeldung fehlgeschlagen: Benutzername oder Passwort ist falsch."
            + " Bitte prüfen Sie die Eingabe (Groß- und Kleinschreibung beachten).";

    private final Database database;
    private final Clock clock;
    private final PasswordHasher hasher;

    public AccessService(Database database, Clock clock) {
        this(database, clock, new PasswordHasher());
    }

    AccessService(Database database, Clock clock, PasswordHasher hasher) {
        this.database = database;
        this.clock = clock;
        this.hasher = hasher;
    }

    /** Whether the database is protected: an active admin with a password exists. */
    public boolean hasAdmin() {
        return AccountRepository.hasActiveAdmin(database.dsl());
    }

    /** Creates the first admin of a database that has none; refused once there is one. */
    public CurrentUser createFirstAdmin(String login, String displayName, char[] password) {
        String name = displayName == null || displayName.isBlank() ? login : displayName.strip();
        PersonRules.checkLogin(login);
        PersonRules.checkPassword(password);
        String hash = hasher.hash(password);
        Person admin = database.transactionResult(cfg -> {
            if (AccountRepository.hasActiveAdmin(cfg.dsl())) {
                throw new UserMessage("Diese Datenbank hat bereits eine Administration. Weitere Personen und"
                        + " Passwörter legt ein Administrator an (Anmeldung mit --user).");
            }
            if (AccountRepository.loginTaken(cfg.dsl(), login, null)) {
                throw new UserMessage("Den Benutzernamen \"" + login + "\" gibt es schon. Bitte einen anderen wählen.");
            }
            Person created = PersonRepository.insert(cfg.dsl(), new Person(null, login, name,
                    Organisation.STADT, null, Role.ADMIN, null, true));
            AccountRepository.setPasswordHash(cfg.dsl(), created.id(), hash);
            AuditLog.append(cfg.dsl(), name, "person", created.id(), "CREATE_FIRST_ADMIN", null, created);
            return created;
        });
        return toCurrentUser(admin);
    }

    /**
     * Checks login and password. After {@value LoginThrottle#FREE_ATTEMPTS} wrong attempts further attempts are
     * refused for a growing time, whatever the password. Every attempt costs one full password hash, whether the
     * name exists, has a password or is blocked, so the answer's timing tells nobody which names exist. Wrong
     * attempts are counted one after the other on the locked row, so attempts at the same time count as many
     * attempts in a row do. Names nobody has are counted and blocked the same way ({@link UnknownLogins}): neither
     * the timing nor the answers tell which names exist.
     *
     * @throws LoginFailedException with a German sentence saying what to do
     */
    public CurrentUser authenticate(String login, char[] password) {
        Optional<AccountRepository.Login> found = AccountRepository.findLogin(database.dsl(), login == null ? "" : login);
        boolean matches = hasher.matches(password, found.map(AccountRepository.Login::passwordHash).orElse(null));
        Instant now = clock.instant();
        if (found.isEmpty()) {
            // counted and blocked as on an account: the answers must not tell which names exist
            String name = login == null ? "" : login;
            throwIfBlocked(login, now, UnknownLogins.recordAttempt(database, name, now));
            throw new LoginFailedException(WRONG);
        }
        Person person = found.get().person();
        throwIfBlocked(login, now, database.transactionResult(cfg -> recordAttempt(cfg.dsl(), person, matches, now)));
        if (!matches) {
            throw new LoginFailedException(WRONG);
        }
        if (!person.active()) {
            throw new LoginFailedException("Das Konto \"" + login + "\" ist deaktiviert. Bitte wenden Sie sich an"
                    + " die Administration.");
        }
        return toCurrentUser(person);
    }

    private static void throwIfBlocked(String login, Instant now, Instant blockedUntil) {
        if (blockedUntil != null) {
            long seconds = Math.max(1, Duration.between(now, blockedUntil).toSeconds());
            throw new LoginFailedException("Zu viele falsche Passwörter für \"" + login + "\". Bitte warten Sie "
                    + seconds + " Sekunden und versuchen Sie es dann erneut.");
        }
    }

    /**
     * Inside one transaction with the person's row locked: returns until when the account is blocked (nothing
     * counted then), else counts a wrong attempt (with an audit entry) or clears the count after a right one.
     */
    private static Instant recordAttempt(DSLContext tx, Person person, boolean matches, Instant now) {
        AccountRepository.Attempts attempts = AccountRepository.lockAttempts(tx, person.id());
        if (attempts.blockedUntil() != null && attempts.blockedUntil().isAfter(now)) {
            return attempts.blockedUntil();
        }
        if (matches) {
            if (attempts.failedLogins() > 0) {
                AccountRepository.recordAttempt(tx, person.id(), 0, null);
            }
            return null;
        }
        int failures = attempts.failedLogins() + 1;
        Duration delay = LoginThrottle.delayAfter(failures);
        AccountRepository.recordAttempt(tx, person.id(), failures, delay.isZero() ? null : now.plus(delay));
        AuditLog.append(tx, person.displayName(), "person", person.id(), "LOGIN_FAILED", null,
                java.util.Map.of("failedLogins", failures));
        return null;
    }

    /** Everybody, active first (admin only: shows wrong attempts). */
    public List<PersonAccount> listAccounts(CurrentUser actor) {
        Permissions.require(actor, WriteKind.PEOPLE, null);
        return AccountRepository.listAll(database.dsl());
    }

    /** One account by login name (admin only). */
    public PersonAccount findAccount(CurrentUser actor, String login) {
        Permissions.require(actor, WriteKind.PEOPLE, null);
        return AccountRepository.listAll(database.dsl()).stream().filter(a -> login.equals(a.person().login()))
                .findFirst().orElseThrow(() -> new UserMessage("Den Benutzernamen \"" + login + "\" gibt es nicht."
                        + " Bitte mit \"people list\" nachsehen."));
    }

    /** Adds a person; {@code initialPassword} may be {@code null} for people who never log in. */
    public Person createPerson(CurrentUser actor, Person draft, char[] initialPassword) {
        Permissions.require(actor, WriteKind.PEOPLE, null);
        PersonRules.check(draft);
        String hash = initialPassword == null ? null : hashChecked(initialPassword);
        return database.transactionResult(cfg -> {
            PersonRules.checkLoginFree(cfg.dsl(), draft.login(), null);
            Person created = PersonRepository.insert(cfg.dsl(), draft);
            if (hash != null) {
                AccountRepository.setPasswordHash(cfg.dsl(), created.id(), hash);
            }
            AuditLog.append(cfg.dsl(), actor.name(), "person", created.id(), "CREATE", null, created);
            return created;
        });
    }

    /** Changes name, organisation, role, subgroup, login or active flag; refuses to remove the last admin. */
    public Person updatePerson(CurrentUser actor, Person changed, int version) {
        Permissions.require(actor, WriteKind.PEOPLE, null);
        PersonRules.check(changed);
        return database.transactionResult(cfg -> {
            PersonAccount before = AccountRepository.findAccount(cfg.dsl(), changed.id())
                    .orElseThrow(() -> new UserMessage("Diese Person gibt es nicht mehr. Bitte die Liste neu laden."));
            PersonRules.checkLoginFree(cfg.dsl(), changed.login(), changed.id());
            boolean wasAdmin = before.person().role() == Role.ADMIN && before.person().active();
            boolean staysAdmin = changed.role() == Role.ADMIN && changed.active();
            if (wasAdmin && !staysAdmin && AccountRepository.countActiveAdmins(cfg.dsl()) <= 1) {
                throw new UserMessage("Das ist der letzte aktive Administrator. Bitte zuerst eine andere Person zum"
                        + " Administrator machen.");
            }
            if (!AccountRepository.update(cfg.dsl(), changed, version)) {
                throw new UserMessage("Jemand anderes hat diese Person inzwischen geändert. Bitte neu laden und die"
                        + " Änderung noch einmal vornehmen.");
            }
            AuditLog.append(cfg.dsl(), actor.name(), "person", changed.id(), "UPDATE", before.person(), changed);
            return changed;
        });
    }

    /** Sets a new password (admin for anyone); clears wrong attempts. */
    public void resetPassword(CurrentUser actor, int personId, char[] newPassword) {
        Permissions.require(actor, WriteKind.PEOPLE, null);
        String hash = hashChecked(newPassword);
        database.transaction(cfg -> {
            Person person = AccountRepository.findAccount(cfg.dsl(), personId).map(PersonAccount::person)
                    .orElseThrow(() -> new UserMessage("Diese Person gibt es nicht mehr. Bitte die Liste neu laden."));
            if (person.login() == null) {
                throw new UserMessage("Bitte zuerst einen Benutzernamen für " + person.displayName() + " vergeben.");
            }
            AccountRepository.setPasswordHash(cfg.dsl(), personId, hash);
            AuditLog.append(cfg.dsl(), actor.name(), "person", personId, "PASSWORD_RESET", null, null);
        });
    }

    private String hashChecked(char[] password) {
        PersonRules.checkPassword(password);
        return hasher.hash(password);
    }

    static CurrentUser toCurrentUser(Person person) {
        return new CurrentUser(person.displayName(), person.role(), person.subgroupId());
    }
}
