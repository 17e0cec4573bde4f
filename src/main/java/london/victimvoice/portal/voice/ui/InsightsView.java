package london.victimvoice.portal.voice.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumSummary;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.Insights;
import london.victimvoice.portal.voice.PublishedInsight;

/**
 * Signed-off insight, read only, by forum (consultations under their own titles) and theme: what
 * was said, the redacted answers it rests on and how many. No name of anyone appears here.
 */
@Route(value = InsightsView.PATH, layout = StaffLayout.class)
@Menu(title = "menu.voiceInsights", order = 24)
@RolesAllowed({Roles.PARTNER, Roles.APPROVER, Roles.COORDINATOR, Roles.ADMIN})
class InsightsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String PATH = "staff/insights";
    private static final String ALL = "all";

    private final Insights insights;
    private final List<ForumSummary> forums;
    private final RadioButtonGroup<String> forum = new RadioButtonGroup<>();
    private final RadioButtonGroup<String> theme = new RadioButtonGroup<>();
    private final Div results = new Div();

    InsightsView(Insights insights, ForumDirectory directory) {
        this.insights = insights;
        this.forums = directory.all();
        var forumChoices = new ArrayList<String>();
        forumChoices.add(ALL);
        forums.forEach(f -> forumChoices.add(f.code()));
        forumChoices.add(Insights.CONSULTATIONS);
        forum.setLabel(getTranslation("voice.moderation.insights.forumFilter"));
        forum.setItems(forumChoices);
        forum.setItemLabelGenerator(code -> switch (code) {
            case ALL -> getTranslation("voice.moderation.insights.allForums");
            case Insights.CONSULTATIONS -> getTranslation("voice.moderation.insights.consultations");
            default -> getTranslation("forum." + code + ".name");
        });
        forum.setValue(ALL);
        forum.setId("insights-forum");
        forum.addValueChangeListener(e -> showResults());
        theme.setLabel(getTranslation("voice.moderation.insights.themeFilter"));
        theme.setItemLabelGenerator(t -> ALL.equals(t) ? getTranslation("voice.moderation.insights.allThemes") : t);
        theme.setId("insights-theme");
        theme.addValueChangeListener(e -> showResults());
        results.setId("insights");
        var filters = new Div(forum, theme);
        filters.addClassName("voice-filters");
        add(new H1(getTranslation("voice.moderation.insights.heading")), new Paragraph(getTranslation("voice.moderation.insights.intro")),
                filters, results);
    }

    /** Built on each visit, so a batch signed off since the last one shows. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var themeChoices = new ArrayList<String>();
        themeChoices.add(ALL);
        themeChoices.addAll(insights.themes());
        var chosen = theme.getValue();
        theme.setItems(themeChoices);
        theme.setValue(chosen != null && themeChoices.contains(chosen) ? chosen : ALL);
        showResults();
    }

    private void showResults() {
        results.removeAll();
        var chosenForum = forum.getValue() == null || ALL.equals(forum.getValue()) ? null : forum.getValue();
        var chosenTheme = theme.getValue() == null || ALL.equals(theme.getValue()) ? null : theme.getValue();
        var found = insights.signedOff(chosenForum, chosenTheme);
        if (found.isEmpty()) {
            var empty = new Paragraph(getTranslation(chosenForum == null && chosenTheme == null
                    ? "voice.moderation.insights.none" : "voice.moderation.insights.noneMatching"));
            empty.setId("insights-empty");
            results.add(empty);
            return;
        }
        // Forum groups in the forums' own order, then consultations by title.
        var groups = new LinkedHashMap<String, List<PublishedInsight>>();
        for (var f : forums) {
            if (chosenForum == null || chosenForum.equals(f.code())) {
                var inForum = found.stream().filter(i -> i.forumCodes().contains(f.code())).toList();
                if (!inForum.isEmpty()) {
                    groups.put(getTranslation("forum." + f.code() + ".name"), inForum);
                }
            }
        }
        var consultations = new TreeMap<String, List<PublishedInsight>>();
        found.stream().filter(i -> i.consultationTitle() != null).forEach(i -> consultations.computeIfAbsent(
                getTranslation("voice.moderation.insights.consultation", i.consultationTitle()), k -> new ArrayList<>()).add(i));
        groups.putAll(consultations);
        groups.forEach((name, list) -> results.add(group(name, list)));
    }

    private Section group(String name, List<PublishedInsight> list) {
        var section = new Section(new H2(name));
        section.addClassName("voice-insight-group");
        var byTheme = new TreeMap<String, List<PublishedInsight>>();
        list.forEach(i -> byTheme.computeIfAbsent(i.theme(), k -> new ArrayList<>()).add(i));
        for (Map.Entry<String, List<PublishedInsight>> entry : byTheme.entrySet()) {
            section.add(new H3(getTranslation("voice.moderation.insights.themeHeading", entry.getKey())));
            entry.getValue().forEach(i -> section.add(insight(i)));
        }
        return section;
    }

    private Article insight(PublishedInsight insight) {
        var article = new Article(new H4(insight.title()), new Paragraph(insight.summary()));
        article.addClassName("voice-insight");
        var basis = new Paragraph(insight.fewerThan() != null
                ? getTranslation("voice.moderation.insights.basedOnFewer", insight.fewerThan())
                : getTranslation("voice.moderation.insights.basedOn", insight.answerCount()));
        basis.addClassName("voice-insight-basis");
        var about = new Paragraph(getTranslation("voice.moderation.insights.about", insight.questionTitle(),
                LondonTimes.dayWithYear(insight.signedOffOn().atStartOfDay(LondonTimes.LONDON).toInstant())));
        about.addClassName("hint");
        article.add(basis, about);
        if (!insight.answers().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("voice-answers");
            list.getElement().setAttribute("aria-label", getTranslation("voice.moderation.insights.answersLabel", insight.title()));
            insight.answers().forEach(text -> {
                var item = new ListItem();
                var words = new Paragraph(text);
                words.addClassName("voice-answer-text");
                item.add(words);
                list.add(item);
            });
            article.add(list);
        }
        return article;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "voice.moderation.insights.title");
    }
}
