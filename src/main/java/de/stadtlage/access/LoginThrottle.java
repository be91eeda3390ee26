package de.stadtlage.access;

import java.time.Duration;

/** The growing delay after wrong passwords: none for the first four, then 5 s, 10 s, 20 s … up to 15 minutes. */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration LONGEST = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** How long further attempts are refused after {@code failures} wrong attempts in a row. */
    public static Duration delayAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 20);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
