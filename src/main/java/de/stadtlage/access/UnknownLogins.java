package de.stadtlage.access;

import static de.stadtlage.persistence.jooq.Tables.LOGIN_UNKNOWN;

import de.stadtlage.common.Sha256;
import de.stadtlage.persistence.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Wrong attempts on login names nobody has, counted like those on an account (see
 * {@link AccessService#authenticate}): after the same number of attempts the same "please wait" follows, so trying
 * names tells nobody which exist. Names are stored as SHA-256 only, since people sometimes type their password into
 * the name field; rows go a day after their last attempt.
 */
final class UnknownLogins {

    private static final String ACTOR = "Anmeldung mit unbekanntem Namen";
    private static final Duration KEPT = Duration.ofDays(1);

    private UnknownLogins() {
    }

    /**
     * Returns until when the name is blocked (nothing counted then), else counts the wrong attempt. When attempts
     * on a new name come at the same time, H2 lets only one of them create its row; the others run again and count
     * on that row.
     */
    static Instant recordAttempt(Database database, String login, Instant now) {
        for (int run = 1; ; run++) {
            try {
                return database.transactionResult(cfg -> recordAttempt(cfg.dsl(), login, now));
            } catch (IntegrityConstraintViolationException e) {
                if (run >= 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Inside one transaction: the row is created if needed, then locked, so attempts at the same time count one
     * after the other; counts the attempt with an audit entry unless the name is blocked.
     */
    private static Instant recordAttempt(DSLContext tx, String login, Instant now) {
        tx.deleteFrom(LOGIN_UNKNOWN).where(LOGIN_UNKNOWN.LAST_ATTEMPT.lt(now.minus(KEPT))).execute();
        String key = Sha256.hex(login);
        tx.insertInto(LOGIN_UNKNOWN).set(LOGIN_UNKNOWN.NAME_HASH, key).set(LOGIN_UNKNOWN.FAILED_LOGINS, 0)
                .set(LOGIN_UNKNOWN.LAST_ATTEMPT, now).onConflict(LOGIN_UNKNOWN.NAME_HASH).doNothing().execute();
        var row = tx.selectFrom(LOGIN_UNKNOWN).where(LOGIN_UNKNOWN.NAME_HASH.eq(key)).forUpdate().fetchOne();
        if (row.getLoginBlockedUntil() != null && row.getLoginBlockedUntil().isAfter(now)) {
            return row.getLoginBlockedUntil();
        }
        int failures = row.getFailedLogins() + 1;
        Duration delay = LoginThrottle.delayAfter(failures);
        tx.update(LOGIN_UNKNOWN).set(LOGIN_UNKNOWN.FAILED_LOGINS, failures)
                .set(LOGIN_UNKNOWN.LOGIN_BLOCKED_UNTIL, delay.isZero() ? null : now.plus(delay))
                .set(LOGIN_UNKNOWN.LAST_ATTEMPT, now).where(LOGIN_UNKNOWN.NAME_HASH.eq(key)).execute();
        AuditLog.append(tx, ACTOR, "login", null, "LOGIN_FAILED", null, Map.of("failedLogins", failures));
        return null;
    }

}
