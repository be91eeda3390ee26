package de.stadtlage.access;

import java.time.Instant;

/** A person as the admin sees them: with whether a password is set, wrong attempts and the row version. */
public record PersonAccount(Person person, boolean hasPassword, int failedLogins, Instant blockedUntil, int version) {
}
