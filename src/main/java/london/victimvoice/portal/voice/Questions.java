package london.victimvoice.portal.voice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.participants.ForumMembers;
import london.victimvoice.portal.voice.QuestionRefused.Problem;
import london.victimvoice.portal.voice.QuestionStore.StoredQuestion;

/**
 * Questions between meetings: posting them (to forums the coordinator looks after, or to a
 * consultation) and finding the ones a participant may answer.
 */
@Service
public class Questions {

    public static final int TITLE_MAX = 200;
    public static final int PROMPT_MAX = 2000;
    public static final int GUIDANCE_MAX = 1000;
    public static final int CHOICE_PROMPT_MAX = 500;
    public static final int OPTION_MAX = 200;
    public static final int OPTIONS_MIN = 2;
    public static final int OPTIONS_MAX = 8;
    public static final int SCALE_PROMPT_MAX = 500;
    /** The bundle key of the guidance a question gets when the coordinator leaves it blank. */
    public static final String DEFAULT_GUIDANCE = "voice.core.question.defaultGuidance";
    static final String ERROR = "voice.core.question.error.";

    private final QuestionStore store;
    private final ForumStewards stewards;
    private final ForumMembers members;
    private final VoiceSubscriptions subscriptions;
    private final MessageSource messages;
    private final Clock clock;

    Questions(QuestionStore store, ForumStewards stewards, ForumMembers members, VoiceSubscriptions subscriptions,
            MessageSource messages, Clock clock) {
        this.store = store;
        this.stewards = stewards;
        this.members = members;
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.clock = clock;
    }

    /** The moment a question opening on {@code day} opens: the start of that day in London. */
    public static Instant opensAt(LocalDate day) {
        return day.atStartOfDay(LondonTimes.LONDON).toInstant();
    }

    /** The moment a question closing on {@code day} closes: the end of that day in London (the next day's start). */
    public static Instant closesAt(LocalDate day) {
        return day.plusDays(1).atStartOfDay(LondonTimes.LONDON).toInstant();
    }

    /** The last day a question closing at {@code closesAt} can be answered on, for "closes on Friday 13 March". */
    public static LocalDate lastDay(Instant closesAt) {
        return LondonTimes.date(closesAt.minusNanos(1));
    }

    /**
     * Checks every field (problems named per field) and saves the question.
     *
     * @throws QuestionRefused with every problem; nothing is saved
     */
    @Transactional
    public UUID post(ForumManager by, NewQuestion question) {
        var problems = new ArrayList<Problem>();
        var title = text(question.title());
        var prompt = text(question.prompt());
        var guidance = text(question.guidance());
        required(problems, "title", title, TITLE_MAX);
        required(problems, "prompt", prompt, PROMPT_MAX);
        if (guidance.isEmpty()) {
            guidance = messages.getMessage(DEFAULT_GUIDANCE, null, Locale.UK);
        } else if (length(guidance) > GUIDANCE_MAX) {
            problems.add(new Problem("guidance", ERROR + "guidanceTooLong", GUIDANCE_MAX, length(guidance)));
        }
        var forums = question.forumCodes().stream().map(Questions::text).filter(code -> !code.isEmpty()).sorted()
                .distinct().toList();
        if (forums.isEmpty() && question.consultationId() == null) {
            problems.add(new Problem("forums", ERROR + "audienceMissing"));
        } else if (!forums.isEmpty() && question.consultationId() != null) {
            problems.add(new Problem("forums", ERROR + "audienceBoth"));
        } else if (question.consultationId() != null) {
            if (!store.consultationExists(question.consultationId())) {
                problems.add(new Problem("consultation", ERROR + "consultationUnknown"));
            }
        } else {
            for (var forum : forums) {
                if (!stewards.mayManage(by, forum)) {
                    problems.add(new Problem("forums", ERROR + "forumNotYours", forum));
                }
            }
        }
        String choicePrompt = null;
        List<String> options = List.of();
        if (question.choice() != null) {
            choicePrompt = text(question.choice().prompt());
            required(problems, "choicePrompt", choicePrompt, CHOICE_PROMPT_MAX);
            options = question.choice().options().stream().map(Questions::oneLine).toList();
            checkOptions(problems, options);
        }
        String scalePrompt = null;
        if (question.scalePrompt() != null && !text(question.scalePrompt()).isEmpty()) {
            scalePrompt = text(question.scalePrompt());
            if (length(scalePrompt) > SCALE_PROMPT_MAX) {
                problems.add(new Problem("scalePrompt", ERROR + "scalePromptTooLong", SCALE_PROMPT_MAX,
                        length(scalePrompt)));
            }
        }
        var now = clock.instant();
        var today = LondonTimes.date(now);
        if (question.opensOn() == null) {
            problems.add(new Problem("opensOn", ERROR + "opensOnMissing"));
        }
        if (question.closesOn() == null) {
            problems.add(new Problem("closesOn", ERROR + "closesOnMissing"));
        } else if (question.closesOn().isBefore(today)) {
            problems.add(new Problem("closesOn", ERROR + "closesOnPast"));
        } else if (question.opensOn() != null && question.opensOn().isAfter(question.closesOn())) {
            problems.add(new Problem("closesOn", ERROR + "closesBeforeOpens"));
        }
        if (!problems.isEmpty()) {
            throw new QuestionRefused(problems);
        }
        var id = UUID.randomUUID();
        store.insert(new StoredQuestion(id, question.consultationId(), title, prompt, guidance, choicePrompt, options,
                scalePrompt, opensAt(question.opensOn()), closesAt(question.closesOn()), by.username(), now,
                ModerationStatus.OPEN, question.consultationId() == null ? forums : List.of()));
        return id;
    }

    private static void checkOptions(List<Problem> problems, List<String> options) {
        if (options.size() < OPTIONS_MIN || options.size() > OPTIONS_MAX) {
            problems.add(new Problem("choiceOptions", ERROR + "optionsCount", OPTIONS_MIN, OPTIONS_MAX));
        }
        var seen = new HashSet<String>();
        for (var i = 0; i < options.size(); i++) {
            var option = options.get(i);
            if (option.isEmpty()) {
                problems.add(new Problem("choiceOptions", ERROR + "optionBlank", i + 1));
            } else if (length(option) > OPTION_MAX) {
                problems.add(new Problem("choiceOptions", ERROR + "optionTooLong", i + 1, OPTION_MAX, length(option)));
            } else if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                problems.add(new Problem("choiceOptions", ERROR + "optionRepeated", i + 1));
            }
        }
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(new Problem(field, ERROR + field + "Missing"));
        } else if (length(value) > max) {
            problems.add(new Problem(field, ERROR + field + "TooLong", max, length(value)));
        }
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** An option is one line: line breaks and runs of spaces become one space. */
    private static String oneLine(@Nullable String value) {
        return text(value).replaceAll("\\s+", " ");
    }

    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** The questions this coordinator may see (their forums' and every consultation's), newest first. */
    @Transactional(readOnly = true)
    public List<QuestionSummary> forStaff(ForumManager by) {
        var mine = Set.copyOf(stewards.managedBy(by));
        var counts = store.answerCounts();
        var now = clock.instant();
        return store.all().stream().filter(q -> staffMaySee(by, mine, q))
                .map(q -> new QuestionSummary(q.id(), q.title(), q.forums(), q.consultationId(), q.opensAt(),
                        q.closesAt(), q.stateAt(now), counts.getOrDefault(q.id(), 0L), q.moderation()))
                .toList();
    }

    /** A question for staff, if it exists and {@code by} may see it. */
    @Transactional(readOnly = true)
    public Optional<QuestionDetails> forStaff(ForumManager by, UUID questionId) {
        return store.find(questionId).filter(q -> staffMaySee(by, Set.copyOf(stewards.managedBy(by)), q))
                .map(this::details);
    }

    private static boolean staffMaySee(ForumManager by, Set<String> mine, StoredQuestion q) {
        return by.admin() || q.consultationId() != null || q.forums().stream().anyMatch(mine::contains);
    }

    /** Any question by id, for approvers and partners who see every forum. */
    @Transactional(readOnly = true)
    public Optional<QuestionDetails> find(UUID questionId) {
        return store.find(questionId).map(this::details);
    }

    /** Questions open now to this participant (their forums, and consultations if they joined the pool). */
    @Transactional(readOnly = true)
    public List<OpenQuestion> openFor(UUID participantId) {
        var audience = audienceOf(participantId);
        var answered = new HashSet<>(store.answeredBy(participantId));
        return store.openAt(clock.instant()).stream().filter(audience::includes)
                .map(q -> new OpenQuestion(q.id(), q.title(), q.closesAt(), answered.contains(q.id()))).toList();
    }

    /** A question as this participant may read it; empty when it is not for them. */
    @Transactional(readOnly = true)
    public Optional<QuestionDetails> forParticipant(UUID participantId, UUID questionId) {
        var question = store.find(questionId);
        if (question.isEmpty() || !audienceOf(participantId).includes(question.get())) {
            return Optional.empty();
        }
        return question.map(this::details);
    }

    /** Whether this participant is among the people a question is for (its forums' members, or the pool). */
    @Transactional(readOnly = true)
    boolean isFor(UUID participantId, StoredQuestion question) {
        return audienceOf(participantId).includes(question);
    }

    record Audience(Set<String> forums, boolean pool) {
        boolean includes(StoredQuestion q) {
            return q.consultationId() != null ? pool : q.forums().stream().anyMatch(forums::contains);
        }
    }

    Audience audienceOf(UUID participantId) {
        return new Audience(members.forumsOf(participantId),
                subscriptions.of(participantId).contains(SubscriptionKind.CONSULTATIONS));
    }

    private QuestionDetails details(StoredQuestion q) {
        return new QuestionDetails(q.id(), q.title(), q.prompt(), q.guidance(), q.forums(), q.consultationId(),
                q.choice(), q.scalePrompt(), q.opensAt(), q.closesAt(), q.stateAt(clock.instant()), q.moderation(),
                q.createdBy());
    }
}
