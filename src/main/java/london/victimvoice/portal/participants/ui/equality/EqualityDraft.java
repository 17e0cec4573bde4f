package london.victimvoice.portal.participants.ui.equality;

import java.io.Serializable;
import java.util.EnumMap;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import london.victimvoice.portal.participants.EqualityAnswers;

/**
 * The equality answers given so far, kept in their own session bean, never beside the name
 * and contact details. Going back shows them again (WCAG 3.3.7); "Exit this page" ends the
 * session and with it these answers.
 */
@Component
@VaadinSessionScope
public class EqualityDraft implements Serializable {

    private final EnumMap<Question, String> answers = new EnumMap<>(Question.class);

    /** The answers as they will be stored: null for every question skipped or not asked. */
    public EqualityAnswers answers() {
        return new EqualityAnswers(answer(Question.AGE), answer(Question.SEX),
                answer(Question.GENDER_SAME_AS_AT_BIRTH), answer(Question.ETHNIC_GROUP),
                answer(Question.ETHNIC_BACKGROUND), answer(Question.DISABILITY), answer(Question.DISABILITY_IMPACT),
                answer(Question.SEXUAL_ORIENTATION), answer(Question.RELIGION));
    }

    /** Forgets every answer, for someone who chooses to skip the questions. */
    public void clear() {
        answers.clear();
    }

    @Nullable String answer(Question question) {
        return answers.get(question);
    }

    /**
     * Records an answer (null when none was chosen). An answer that no longer fits the earlier
     * ones is dropped: a background from another ethnic group, or the impact of a condition
     * the person no longer says they have.
     */
    void answer(Question question, @Nullable String code) {
        if (code == null || !question.choices(this).contains(code)) {
            answers.remove(question);
        } else {
            answers.put(question, code);
        }
        answers.keySet().removeIf(q -> !q.choices(this).contains(answers.get(q)));
    }
}
