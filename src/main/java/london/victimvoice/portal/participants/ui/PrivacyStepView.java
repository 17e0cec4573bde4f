package london.victimvoice.portal.participants.ui;

import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.participants.PrivacyNotice;

/**
 * Step 7: the privacy notice in plain English, and agreement to it and to being contacted. The
 * notice has a version; the version agreed to is stored with the time.
 */
@Route(value = PrivacyStepView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class PrivacyStepView extends QuestionPage {

    static final String PATH = "join/privacy";
    private static final String NOTICE = "NOTICE";
    private static final String CONTACT = "CONTACT";

    private final SignUpDraft draft;
    private final CheckboxGroup<String> agree = new CheckboxGroup<>();

    PrivacyStepView(SignUpDraft draft) {
        super(draft, "join.privacy.heading", HeardFromView.NEXT, CheckAnswersView.PATH);
        this.draft = draft;
        agree.setId("agree");
        agree.setLabel(getTranslation("join.privacy.agreeLabel"));
        agree.setItems(List.of(NOTICE, CONTACT));
        agree.setItemLabelGenerator(a -> getTranslation(NOTICE.equals(a) ? "join.privacy.agreeNotice"
                : "join.privacy.agreeContact"));
        var agreed = new LinkedHashSet<String>();
        // An agreement to an older notice (a deploy since) is not ticked for them: they read it again.
        if (draft.agreedNoticeVersion == PrivacyNotice.CURRENT_VERSION) {
            agreed.add(NOTICE);
        }
        if (draft.agreedToContact) {
            agreed.add(CONTACT);
        }
        agree.setValue(agreed);
        addQuestions(
                new Paragraph(getTranslation("join.privacy.version", PrivacyNotice.CURRENT_VERSION)),
                new H2(getTranslation("join.privacy.who.heading")),
                new Paragraph(getTranslation("join.privacy.who.body")),
                new H2(getTranslation("join.privacy.what.heading")),
                new UnorderedList(
                        new ListItem(getTranslation("join.privacy.what.contact")),
                        new ListItem(getTranslation("join.privacy.what.forums")),
                        new ListItem(getTranslation("join.privacy.what.safety")),
                        new ListItem(getTranslation("join.privacy.what.equality"))),
                new H2(getTranslation("join.privacy.use.heading")),
                new Paragraph(getTranslation("join.privacy.use.body")),
                new H2(getTranslation("join.privacy.rights.heading")),
                new Paragraph(getTranslation("join.privacy.rights.body")),
                agree);
    }

    @Override
    void save() {
        draft.agreedNoticeVersion = agree.getValue().contains(NOTICE) ? PrivacyNotice.CURRENT_VERSION : 0;
        draft.agreedToContact = agree.getValue().contains(CONTACT);
        if (draft.agreedNoticeVersion == 0 || !draft.agreedToContact) {
            errors.add(agree, getTranslation("join.privacy.error.agree"));
        }
    }
}
