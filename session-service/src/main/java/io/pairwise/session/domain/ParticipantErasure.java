package io.pairwise.session.domain;

import java.util.List;

/**
 * A participant was erased: they leave every mentorship, their notes and feedback comments go, their
 * sessions still to come are cancelled, and the directory entry and calendar feed are deleted.
 * Running it twice changes nothing more.
 */
public class ParticipantErasure {

    private final MentorshipRepository mentorships;
    private final SessionService sessions;
    private final ParticipantDirectory directory;
    private final CalendarFeedRepository feeds;

    public ParticipantErasure(MentorshipRepository mentorships, SessionService sessions, ParticipantDirectory directory,
                              CalendarFeedRepository feeds) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.directory = directory;
        this.feeds = feeds;
    }

    public void erase(String participantId) {
        for (Mentorship found : mentorships.findByMember(participantId)) {
            OptimisticRetry.run(() -> mentorships.find(found.id()).ifPresent(mentorship -> {
                mentorship.erase(participantId);
                mentorships.update(mentorship, List.of());
            }));
        }
        sessions.erase(participantId);
        directory.remove(participantId);
        feeds.remove(participantId);
    }
}
