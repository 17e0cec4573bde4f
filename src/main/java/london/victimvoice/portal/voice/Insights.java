package london.victimvoice.portal.voice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.LondonTimes;

/**
 * What partners (the police programme board), approvers, coordinators and admins read: signed-off
 * insight only, by forum and theme, with the redacted answers it rests on. Answers left out are
 * never shown; no name of anyone, staff included, is part of what this returns.
 */
@Service
public class Insights {

    /** The forum filter that picks consultation questions, which belong to no forum. */
    public static final String CONSULTATIONS = "consultations";

    private final ModerationStore store;
    private final VoiceProperties properties;
    Insights(ModerationStore store, VoiceProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /**
     * Signed-off insights, newest first. {@code forumCode} (a forum's code, or {@link #CONSULTATIONS})
     * and {@code theme} narrow them down when not null. Each insight's answers are shuffled.
     */
    @Transactional(readOnly = true)
    public List<PublishedInsight> signedOff(@Nullable String forumCode, @Nullable String theme) {
        var forumsByQuestion = new HashMap<UUID, List<String>>();
        var answersByQuestion = new HashMap<UUID, Map<UUID, List<String>>>();
        var result = new ArrayList<PublishedInsight>();
        for (var row : store.published()) {
            var forums = forumsByQuestion.computeIfAbsent(row.questionId(), store::forumsOf);
            if (forumCode != null && !(CONSULTATIONS.equals(forumCode) ? row.consultationTitle() != null
                    : forums.contains(forumCode))) {
                continue;
            }
            if (theme != null && !theme.equals(row.theme())) {
                continue;
            }
            var answers = new ArrayList<>(answersByQuestion.computeIfAbsent(row.questionId(), store::publishedAnswers)
                    .getOrDefault(row.id(), List.of()));
            Collections.shuffle(answers);
            var count = answers.size();
            result.add(new PublishedInsight(row.id(), row.title(), row.summary(), row.theme(), row.questionId(),
                    row.questionTitle(), forums, row.consultationTitle(),
                    LondonTimes.date(row.signedOffAt()),
                    count, count < properties.smallGroup() ? properties.smallGroup() : null, answers));
        }
        return result;
    }

    /** The themes of signed-off insights, in alphabetical order, for the theme filter. */
    @Transactional(readOnly = true)
    public List<String> themes() {
        var themes = new TreeSet<String>();
        store.published().forEach(row -> themes.add(row.theme()));
        return List.copyOf(themes);
    }
}
