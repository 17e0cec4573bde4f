package london.victimvoice.portal.assistance;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.meetings.MeetingCalendar;
import london.victimvoice.portal.meetings.MeetingSummary;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.ParticipantAccounts;
import london.victimvoice.portal.participants.SealedText;
import london.victimvoice.portal.participants.StaffAccessLog;

/**
 * Adjustment and support requests about a meeting. Participants ask only about meetings of their
 * own forums that are still to come, and see where their requests stand; SUPPORT staff list them
 * by status (no personal details), open one (audited in the same transaction as the read),
 * move it on or back, and add notes. Every method checks its input again, whatever the page did,
 * and a refusal changes nothing.
 */
@Service
public class AssistanceRequests {

    /** In Unicode code points, like the other free-text limits. */
    public static final int DETAILS_MAX_LENGTH = 500;
    public static final int NOTE_MAX_LENGTH = 1000;

    private final StoredRequests requests;
    private final RequestNotes notes;
    private final MeetingCalendar calendar;
    private final ParticipantAccounts accounts;
    private final SealedText sealed;
    private final StaffAccessLog accessLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AssistanceRequests(StoredRequests requests, RequestNotes notes, MeetingCalendar calendar,
            ParticipantAccounts accounts, SealedText sealed, StaffAccessLog accessLog,
            PlatformTransactionManager transactions, Clock clock) {
        this.requests = requests;
        this.notes = notes;
        this.calendar = calendar;
        this.accounts = accounts;
        this.sealed = sealed;
        this.accessLog = accessLog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The meeting a participant may ask about.
     *
     * @throws AssistanceRefused with {@link AssistanceRefused#MEETING_NOT_FOUND} when there is no such
     *                           meeting or it is another forum's (the same answer, so an address
     *                           tells nothing), or when it is cancelled or has started
     */
    @Transactional(readOnly = true)
    public MeetingSummary meetingFor(UUID participantId, UUID meetingId) {
        var meeting = calendar.findForMember(participantId, meetingId)
                .orElseThrow(() -> new AssistanceRefused(AssistanceRefused.MEETING_NOT_FOUND));
        if (meeting.cancelled()) {
            throw new AssistanceRefused(AssistanceRefused.MEETING_CANCELLED);
        }
        if (meeting.startedBy(clock.instant())) {
            throw new AssistanceRefused(AssistanceRefused.MEETING_STARTED);
        }
        return meeting;
    }

    /** The access needs they gave when they signed up (or changed since), to tick at the start. */
    @Transactional(readOnly = true)
    public Set<AccessNeed> usualNeeds(UUID participantId) {
        return accounts.find(participantId).map(a -> a.safety().accessNeeds()).orElse(Set.of());
    }

    /**
     * @param details their own words, up to {@value #DETAILS_MAX_LENGTH} characters, no markup
     * @return the new request's id
     * @throws AssistanceRefused when the meeting may not be asked about (see {@link #meetingFor}),
     *                           nothing is asked (no need ticked and no words), "something else"
     *                           is ticked without words, or the words are
     *                           too long or contain markup
     */
    @Transactional
    public UUID askForAdjustments(UUID participantId, UUID meetingId, Set<AccessNeed> needs, @Nullable String details) {
        meetingFor(participantId, meetingId);
        var words = FreeText.checked(details == null ? "" : details, DETAILS_MAX_LENGTH,
                AssistanceRefused.DETAILS_TOO_LONG, AssistanceRefused.DETAILS_MARKUP);
        if (needs.isEmpty() && words.isEmpty()) {
            throw new AssistanceRefused(AssistanceRefused.NOTHING_ASKED);
        }
        if (needs.contains(AccessNeed.OTHER) && words.isEmpty()) {
            throw new AssistanceRefused(AssistanceRefused.OTHER_MISSING);
        }
        var request = AssistanceRequest.adjustments(participantId, meetingId, needs, now());
        request.details(sealed.seal(words, AssistanceRequest.DETAILS, request.getId()));
        return requests.save(request).getId();
    }

    /**
     * @param note optional, up to {@value #DETAILS_MAX_LENGTH} characters, no markup
     * @return the new request's id
     * @throws AssistanceRefused when the meeting may not be asked about, no timing is chosen, or the
     *                           note is too long or contains markup
     */
    @Transactional
    public UUID askForSupport(UUID participantId, UUID meetingId, @Nullable SupportTiming timing, @Nullable String note) {
        meetingFor(participantId, meetingId);
        if (timing == null) {
            throw new AssistanceRefused(AssistanceRefused.TIMING_MISSING);
        }
        var words = FreeText.checked(note == null ? "" : note, DETAILS_MAX_LENGTH,
                AssistanceRefused.DETAILS_TOO_LONG, AssistanceRefused.DETAILS_MARKUP);
        var request = AssistanceRequest.support(participantId, meetingId, timing, now());
        request.details(sealed.seal(words, AssistanceRequest.DETAILS, request.getId()));
        return requests.save(request).getId();
    }

    /** Newest first; never staff notes. */
    @Transactional(readOnly = true)
    public List<OwnRequest> ownRequests(UUID participantId) {
        return requests.findByParticipantIdOrderByAskedAtDesc(participantId).stream().map(r -> {
            var meeting = meeting(r);
            return new OwnRequest(r.getId(), r.kind(), meeting.startsAt(), meeting.endsAt(), r.accessNeeds(),
                    r.supportTiming(), r.status(), r.askedAt());
        }).toList();
    }

    /** Oldest first; {@code status} null for every status. Pages start at 0. */
    @Transactional(readOnly = true)
    public QueuePage queue(@Nullable AssistanceStatus status, int page, int pageSize) {
        var request = PageRequest.of(Math.max(0, page), Math.max(1, pageSize));
        var slice = status == null ? requests.findAllByOrderByAskedAtAscIdAsc(request)
                : requests.findByStatusOrderByAskedAtAscIdAsc(status, request);
        return new QueuePage(slice.getContent().stream().map(r -> {
            var meeting = meeting(r);
            return new QueuedRequest(r.getId(), r.kind(), meeting.forumCode(), meeting.startsAt(), r.status(),
                    r.askedAt());
        }).toList(), slice.hasNext());
    }

    /**
     * Everything a support worker needs, including how to contact the person safely; writes who
     * looked at whose request, and when, to the access audit in the same transaction.
     *
     * @throws AssistanceRefused with {@link AssistanceRefused#UNKNOWN_REQUEST} when there is no such request
     */
    @Transactional
    public RequestDetails open(UUID requestId, String staffUsername) {
        var request = requests.findById(requestId)
                .orElseThrow(() -> new AssistanceRefused(AssistanceRefused.UNKNOWN_REQUEST));
        accessLog.viewedSupportRequest(staffUsername, request.participantId());
        return details(request);
    }

    /**
     * Moves a request on (new, in progress, done) or back.
     *
     * @param seenVersion the {@link RequestDetails#version()} the worker was looking at
     * @return the request as it now stands
     * @throws AssistanceRefused with {@link AssistanceRefused#CHANGED_MEANWHILE} when someone else
     *                           changed it since (or at the same moment); nothing changes then
     */
    public RequestDetails changeStatus(UUID requestId, int seenVersion, @Nullable AssistanceStatus status,
            String staffUsername) {
        if (status == null) {
            throw new AssistanceRefused(AssistanceRefused.STATUS_MISSING);
        }
        try {
            var changed = transaction.execute(tx -> {
                var request = requests.findById(requestId)
                        .orElseThrow(() -> new AssistanceRefused(AssistanceRefused.UNKNOWN_REQUEST));
                if (request.version() != seenVersion) {
                    throw new AssistanceRefused(AssistanceRefused.CHANGED_MEANWHILE);
                }
                if (request.status() != status) {
                    request.moveTo(status, now());
                    // Written now, so a change committed by someone else meanwhile fails here.
                    requests.saveAndFlush(request);
                }
                return details(request);
            });
            if (changed == null) {
                throw new IllegalStateException("No result from the status change");
            }
            return changed;
        } catch (OptimisticLockingFailureException raced) {
            throw new AssistanceRefused(AssistanceRefused.CHANGED_MEANWHILE);
        }
    }

    /**
     * Adds a note (who and when are recorded); notes never conflict, so no version is needed.
     *
     * @return the request with its notes
     * @throws AssistanceRefused when the note is blank, over {@value #NOTE_MAX_LENGTH} characters or
     *                           contains markup, or the request is unknown
     */
    @Transactional
    public RequestDetails addNote(UUID requestId, String staffUsername, @Nullable String text) {
        var words = FreeText.checked(text == null ? "" : text, NOTE_MAX_LENGTH, AssistanceRefused.NOTE_TOO_LONG,
                AssistanceRefused.NOTE_MARKUP);
        if (words.isEmpty()) {
            throw new AssistanceRefused(AssistanceRefused.NOTE_MISSING);
        }
        var request = requests.findById(requestId)
                .orElseThrow(() -> new AssistanceRefused(AssistanceRefused.UNKNOWN_REQUEST));
        var noteId = UUID.randomUUID();
        var body = sealed.seal(words, AssistanceNote.BODY, noteId);
        if (body == null) {
            throw new AssistanceRefused(AssistanceRefused.NOTE_MISSING);
        }
        notes.save(new AssistanceNote(noteId, requestId, staffUsername, now(), body));
        return details(request);
    }

    private RequestDetails details(AssistanceRequest request) {
        var meeting = meeting(request);
        var words = sealed.open(request.details(), AssistanceRequest.DETAILS, request.getId());
        var staffNotes = notes.findByRequestIdOrderByWrittenAtAscIdAsc(request.getId()).stream()
                .map(n -> new StaffNote(n.writtenBy(), n.writtenAt(),
                        String.valueOf(sealed.open(n.body(), AssistanceNote.BODY, n.getId()))))
                .toList();
        return new RequestDetails(request.getId(), request.version(), request.kind(), request.status(),
                meeting.forumCode(), meeting.startsAt(), meeting.endsAt(), request.accessNeeds(),
                request.supportTiming(), words == null ? "" : words, request.askedAt(),
                contact(request.participantId()), staffNotes);
    }

    private @Nullable SafeContact contact(UUID participantId) {
        return accounts.find(participantId).map(a -> {
            var safety = a.safety();
            var channels = safety.safeChannels();
            return new SafeContact(a.chosenName(), channels, channels.contains(ChannelType.SMS) ? a.mobile() : null,
                    channels.contains(ChannelType.EMAIL) ? a.email() : null, safety.safeDays(), safety.safeTimes(),
                    safety.safeNote(), safety.discreetMessages());
        }).orElse(null);
    }

    private MeetingSummary meeting(AssistanceRequest request) {
        // The foreign key keeps the meeting; only a broken database gets here.
        return calendar.find(request.meetingId())
                .orElseThrow(() -> new IllegalStateException("A request's meeting is missing"));
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
