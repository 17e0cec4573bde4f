package london.victimvoice.portal.campaigns.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ConfirmDialog;
import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.campaigns.BulkSendRefused;
import london.victimvoice.portal.campaigns.BulkSends;
import london.victimvoice.portal.campaigns.CampaignProgress;
import london.victimvoice.portal.campaigns.CampaignStatus;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;

/**
 * One bulk send as it goes: a progress bar and the count at each status, updated about once a
 * second by server push while the page is open, a way to stop it, and its report as CSV.
 * Push is switched on for this page's UI only (manual mode), so no other page, and no
 * participant's page, carries a push connection.
 */
@Route(value = CampaignView.PATH_PREFIX + ":" + CampaignView.PARAMETER, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CampaignView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH_PREFIX = BulkSendView.PATH + "/";
    static final String PARAMETER = "campaignId";
    /** One thread for every open progress page: each tick is one short query. */
    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("campaign-progress").daemon().factory());

    private final BulkSends bulkSends;
    private final ForumManager manager;
    private final ErrorSummary errors = new ErrorSummary();
    private final H1 heading = new H1();
    private final DescriptionList details = new DescriptionList();
    final NativeProgress bar = new NativeProgress();
    final Paragraph barText = new Paragraph();
    final Div counts = new Div();
    /** Polite: milestones only, so a screen reader is not interrupted every second. */
    final Paragraph announce = new Paragraph();
    final Button cancel = new Button();
    final ConfirmDialog dialog = new ConfirmDialog("campaign-cancel");
    private final Anchor report;
    private @Nullable UUID campaignId;
    private @Nullable ScheduledFuture<?> ticking;
    private int lastMilestone = -1;
    private @Nullable CampaignStatus lastStatus;

    CampaignView(BulkSends bulkSends, AuthenticationContext authentication) {
        this.bulkSends = bulkSends;
        this.manager = Managers.of(authentication);
        var back = new Anchor(BulkSendView.PATH, getTranslation("bulk.campaign.back"));
        back.addClassName("back-link");
        details.addClassName("summary-list");
        details.setId("campaign-details");
        var progressHeading = new H2(getTranslation("bulk.campaign.progress"));
        progressHeading.setId("campaign-progress-heading");
        bar.setId("campaign-bar");
        bar.getElement().setAttribute("aria-labelledby", "campaign-progress-heading");
        bar.getElement().setAttribute("aria-describedby", "campaign-bar-text");
        barText.setId("campaign-bar-text");
        counts.setId("campaign-counts");
        announce.setId("campaign-announce");
        announce.getElement().setAttribute("role", "status");
        announce.getElement().setAttribute("aria-live", "polite");
        announce.addClassName("visually-hidden");
        cancel.setId("campaign-cancel");
        cancel.setText(getTranslation("bulk.campaign.cancel"));
        cancel.addClassName("button-warning");
        cancel.addClickListener(e -> askToCancel());
        dialog.confirmButton().addClickListener(e -> cancelSend());
        report = new Anchor(DownloadHandler.fromInputStream(event -> {
            var id = campaignId;
            var csv = id == null ? Optional.<String>empty() : bulkSends.report(manager, id);
            if (csv.isEmpty()) {
                return DownloadResponse.error(404);
            }
            var bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "bulk-send-" + id + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("bulk.campaign.report"));
        report.setId("campaign-report");
        report.getElement().setAttribute("download", true);
        var actions = new Div(cancel);
        actions.addClassName("button-group");
        add(back, errors, heading, details, progressHeading, bar, barText, counts, announce, actions,
                new Paragraph(report), dialog);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(PARAMETER).flatMap(CampaignView::uuid);
        var progress = id.flatMap(found -> bulkSends.progress(manager, found));
        if (progress.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        campaignId = id.get();
        show(progress.get());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var ui = attachEvent.getUI();
        if (ui.getPushConfiguration().getPushMode() == PushMode.DISABLED) {
            ui.getPushConfiguration().setPushMode(PushMode.MANUAL);
        }
        startTicking(ui);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopTicking();
        super.onDetach(detachEvent);
    }

    private void startTicking(UI ui) {
        stopTicking();
        if (campaignId == null || lastStatus == null || !lastStatus.running()) {
            return;
        }
        var id = campaignId;
        ticking = TICKS.scheduleWithFixedDelay(() -> {
            try {
                // Read outside the session lock; only drawing the answer holds it.
                var progress = bulkSends.progress(manager, id);
                ui.access(() -> {
                    progress.ifPresent(this::show);
                    if (ui.getPushConfiguration().getPushMode().isEnabled()) {
                        ui.push();
                    }
                });
            } catch (RuntimeException gone) {
                // The page was closed (or the database is away for a moment): detaching stops the
                // ticks, and an exception here would stop them silently anyway.
                stopTicking();
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    private void stopTicking() {
        var running = ticking;
        if (running != null) {
            running.cancel(false);
            ticking = null;
        }
    }

    /** Draws the campaign as it stands; stops the ticks once it has finished. */
    void show(CampaignProgress progress) {
        var campaign = progress.campaign();
        heading.setText(getTranslation(campaign.dryRun() ? "bulk.campaign.headingDryRun" : "bulk.campaign.heading",
                Texts.templateName(this, campaign.templateId())));
        details.removeAll();
        detail("bulk.campaign.status", Texts.status(this, campaign), "campaign-status");
        detail("bulk.campaign.audience", Texts.audience(this, campaign.audience()), "campaign-audience");
        detail("bulk.campaign.template", getTranslation("bulk.campaign.templateVersion", campaign.templateId(),
                campaign.templateVersion()), "campaign-template");
        detail("bulk.campaign.when", LondonTimes.dayWithYearAndTime(campaign.scheduledFor()), "campaign-when");
        detail("bulk.campaign.people", getTranslation("bulk.number", campaign.recipientCount()), "campaign-people");
        bar.set(progress.handled(), progress.total());
        barText.setText(getTranslation("bulk.campaign.barText", progress.handled(), progress.total(),
                progress.percent()));
        counts.removeAll();
        var list = new DescriptionList();
        list.addClassName("summary-list");
        count(list, "waiting", progress.waiting());
        count(list, "queued", progress.queued());
        count(list, "held", progress.held());
        count(list, "sent", progress.sent());
        count(list, "delivered", progress.delivered());
        count(list, "failed", progress.failed());
        count(list, "suppressed", progress.suppressed());
        count(list, "cancelled", progress.cancelled());
        counts.add(list);
        cancel.setVisible(campaign.status().running());
        announceMilestone(progress);
        if (!campaign.status().running()) {
            stopTicking();
        }
    }

    private void detail(String key, String value, String id) {
        var term = new DescriptionList.Term(getTranslation(key));
        term.addClassName("summary-list__key");
        var description = new DescriptionList.Description(value);
        description.addClassName("summary-list__value");
        description.setId(id);
        var row = new Div(term, description);
        row.addClassName("summary-list__row");
        details.add(row);
    }

    private void count(DescriptionList list, String what, int n) {
        var term = new DescriptionList.Term(getTranslation("bulk.count." + what));
        term.addClassName("summary-list__key");
        var description = new DescriptionList.Description(getTranslation("bulk.number", n));
        description.addClassName("summary-list__value");
        description.setId("campaign-count-" + what);
        var row = new Div(term, description);
        row.addClassName("summary-list__row");
        list.add(row);
    }

    /** Says the status when it changes and each quarter reached, never the same twice. */
    private void announceMilestone(CampaignProgress progress) {
        var status = progress.campaign().status();
        var quarter = progress.percent() / 25 * 25;
        if (status != lastStatus) {
            var first = lastStatus == null;
            lastStatus = status;
            if (!first) {
                getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            }
            lastMilestone = quarter;
            if (!first) {
                announce.setText(getTranslation("bulk.announce." + status.name(), progress.handled(), progress.total()));
            }
            return;
        }
        if (quarter > lastMilestone && quarter < 100) {
            lastMilestone = quarter;
            announce.setText(getTranslation("bulk.announce.percent", quarter));
        }
    }

    private void askToCancel() {
        var id = campaignId;
        if (id == null) {
            return;
        }
        var progress = bulkSends.progress(manager, id);
        var left = progress.map(p -> p.waiting() + p.queued() + p.held()).orElse(0);
        dialog.ask(getTranslation("bulk.cancel.question"), getTranslation("bulk.cancel.body", left),
                getTranslation("bulk.cancel.yes"), getTranslation("bulk.cancel.back"));
    }

    void cancelSend() {
        dialog.close();
        errors.clear();
        var id = campaignId;
        if (id == null) {
            return;
        }
        try {
            bulkSends.cancel(manager, id);
        } catch (BulkSendRefused refused) {
            errors.add(getTranslation(refused.messageKey(), refused.values()));
            errors.show();
        }
        bulkSends.progress(manager, id).ifPresent(this::show);
    }

    /** Reads and draws the send afresh, as each tick does. */
    void refresh() {
        var id = campaignId;
        if (id != null) {
            bulkSends.progress(manager, id).ifPresent(this::show);
        }
    }

    /** The status is in the title, so a coordinator sees it from another tab. */
    @Override
    public String getPageTitle() {
        var status = lastStatus == null ? "" : getTranslation(lastStatus.labelKey());
        return getTranslation("shell.title", getTranslation("bulk.campaign.title", status));
    }
}
