package io.pairwise.analytics.domain;

/**
 * When a mentorship counts as at risk, per program. Each rule can be switched off.
 *
 * @param cadenceGraceFactor  no session for longer than the cadence times this flags NO_RECENT_SESSION
 * @param ratingWindow        the latest ratings compared with the earlier ones for FALLING_RATINGS
 * @param ratingDrop          how far the latest ratings' average must fall below the earlier average
 * @param unansweredDays      days a proposal may wait for an answer before REQUEST_UNANSWERED
 * @param firstSessionDays    days after the match by which the first session should have been held
 */
public record AtRiskRules(boolean noRecentSession, double cadenceGraceFactor,
                          boolean fallingRatings, int ratingWindow, double ratingDrop,
                          boolean unansweredRequests, int unansweredDays,
                          boolean firstSessionOverdue, int firstSessionDays) {

    public static final AtRiskRules DEFAULTS = new AtRiskRules(true, 1.5, true, 3, 1.0, true, 3, true, 14);

    public AtRiskRules {
        if (cadenceGraceFactor < 1.0) {
            throw new IllegalArgumentException("cadenceGraceFactor must be at least 1");
        }
        if (ratingWindow < 1 || ratingDrop <= 0 || unansweredDays < 1 || firstSessionDays < 1) {
            throw new IllegalArgumentException("ratingWindow, ratingDrop, unansweredDays and firstSessionDays must be positive");
        }
    }
}
