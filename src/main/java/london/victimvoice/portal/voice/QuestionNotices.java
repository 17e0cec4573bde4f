package london.victimvoice.portal.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.participants.ForumMember;
import london.victimvoice.portal.participants.ForumMembers;
import london.victimvoice.portal.voice.QuestionStore.StoredQuestion;

/**
 * Tells the audience of a question that it has opened ({@code question-opened}, to everyone) and,
 * {@code portal.voice.closing-reminder} before it closes, reminds those who have not answered
 * ({@code question-closing}). Who has answered comes from the "has answered" marker only, never
 * from the answers. A sweep claims due questions with {@code FOR UPDATE SKIP LOCKED} and, in the
 * transaction that marks each one done ({@code opening_notice_at}, {@code closing_reminder_at}),
 * queues one outbox message per person with a dedupe key per question and person: a crash never
 * sends half, and a second sweep or node never sends again. The outbox then picks each person's
 * safe channel, wording and time. A question open no longer than the reminder period gets no
 * reminder: its opening notice said the same a moment ago.
 */
@Service
class QuestionNotices {

    static final String OPENED = "question-opened";
    static final String CLOSING = "question-closing";
    /** The participant's page of a question. */
    static final String QUESTION_PAGE = "/voice/questions/";
    private static final int BATCH = 10;
    private static final Logger log = LoggerFactory.getLogger(QuestionNotices.class);

    private final QuestionStore questions;
    private final AnswerStore answers;
    private final ForumMembers members;
    private final VoiceSubscriptions subscriptions;
    private final Outbox outbox;
    private final MessagingProperties.Links links;
    private final Duration closingReminder;
    private final Clock clock;
    private final TransactionTemplate transaction;

    QuestionNotices(QuestionStore questions, AnswerStore answers, ForumMembers members,
            VoiceSubscriptions subscriptions, Outbox outbox, MessagingProperties messaging, VoiceProperties properties,
            Clock clock, PlatformTransactionManager transactions) {
        this.questions = questions;
        this.answers = answers;
        this.members = members;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.links = messaging.links();
        this.closingReminder = properties.closingReminder();
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    static String about(UUID questionId) {
        return "voice-question:" + questionId;
    }

    /**
     * Queues every opening notice and closing reminder that is due, a few questions at a time, each
     * batch in its own transaction. Safe on several nodes at once.
     *
     * @return how many messages were queued
     */
    @Scheduled(cron = "${portal.voice.sweep:0 */5 * * * *}", zone = "Europe/London")
    public int sweep() {
        var queued = 0;
        while (true) {
            var batch = transaction.execute(status -> openings(clock.instant()));
            if (batch == null || batch.claimed() == 0) {
                break;
            }
            queued += batch.queued();
        }
        while (true) {
            var batch = transaction.execute(status -> closings(clock.instant()));
            if (batch == null || batch.claimed() == 0) {
                break;
            }
            queued += batch.queued();
        }
        return queued;
    }

    private record Batch(int claimed, int queued) {
    }

    private Batch openings(Instant now) {
        var due = questions.claimOpening(now, BATCH);
        var messages = new ArrayList<NewMessage>();
        for (var question : due) {
            for (var person : audience(question)) {
                messages.add(message(OPENED, question, person));
            }
            questions.openingNoticed(question.id(), now);
        }
        return queue(due, messages, "opening notices");
    }

    private Batch closings(Instant now) {
        var due = questions.claimClosing(now, now.plus(closingReminder), BATCH);
        var messages = new ArrayList<NewMessage>();
        for (var question : due) {
            var openFor = Duration.between(question.opensAt(), question.closesAt());
            if (openFor.compareTo(closingReminder) > 0) {
                var answered = answers.answeredBy(question.id());
                for (var person : audience(question)) {
                    if (!answered.contains(person)) {
                        messages.add(message(CLOSING, question, person).asReminder());
                    }
                }
            }
            questions.closingReminded(question.id(), now);
        }
        return queue(due, messages, "closing reminders");
    }

    private Batch queue(List<StoredQuestion> due, List<NewMessage> messages, String what) {
        if (!messages.isEmpty()) {
            outbox.queueAll(messages);
        }
        if (!due.isEmpty()) {
            log.info("Voice questions: {} for {} questions, {} messages", what, due.size(), messages.size());
        }
        return new Batch(due.size(), messages.size());
    }

    private NewMessage message(String template, StoredQuestion question, UUID person) {
        var values = Map.of("closes_on", LondonTimes.day(question.closesAt().minusNanos(1)),
                "link", links.to(QUESTION_PAGE + question.id()));
        return NewMessage.to(person, template, values).about(about(question.id())).expiresAt(question.closesAt())
                .dedupeKey(template + ":" + question.id() + ":" + person);
    }

    /** Everyone the question is for: its forums' members, or the consultation pool. */
    private Set<UUID> audience(StoredQuestion question) {
        var people = new LinkedHashSet<UUID>();
        if (question.consultationId() != null) {
            people.addAll(subscriptions.subscribers(SubscriptionKind.CONSULTATIONS));
        } else {
            for (var forum : question.forums()) {
                members.of(forum).stream().map(ForumMember::participantId).forEach(people::add);
            }
        }
        return people;
    }
}
