package london.victimvoice.portal.forums;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.PlainText;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.security.StaffDirectory;

/**
 * Coordinators edit the forums they look after: the description participants see, the capacity
 * and whether the forum accepts new members. Every method asks {@link ForumStewards} first.
 */
@Service
public class ForumSettings {

    public static final int DESCRIPTION_MAX_LENGTH = Forum.DESCRIPTION_MAX_LENGTH;
    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 100;
    public static final int DEFAULT_CAPACITY = Forum.DEFAULT_CAPACITY;
    private static final Pattern DAYS = Pattern.compile("\\d{1,4}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private final Forums forums;
    private final ForumStewards stewards;
    private final ForumHeadcounts headcounts;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;

    ForumSettings(Forums forums, ForumStewards stewards, ForumHeadcounts headcounts, StaffDirectory staff,
            ApplicationEventPublisher events) {
        this.forums = forums;
        this.stewards = stewards;
        this.headcounts = headcounts;
        this.staff = staff;
        this.events = events;
    }

    /** The forums this person looks after, in the order people see them; empty for a coordinator of nothing. */
    @Transactional(readOnly = true)
    public List<ManagedForum> managedBy(ForumManager manager) {
        return stewards.managedBy(manager).stream()
                .flatMap(code -> forums.findById(code).stream())
                .map(f -> {
                    var count = headcounts.of(f.code());
                    return new ManagedForum(ForumDirectory.summary(f), count.members(), count.waiting());
                })
                .toList();
    }

    /** @throws ForumAccessRefused unless this person looks after the forum */
    @Transactional(readOnly = true)
    public ManagedForum open(ForumManager manager, String forumCode) {
        stewards.require(manager, forumCode);
        var forum = forums.findById(forumCode).orElseThrow(() -> new ForumAccessRefused(forumCode));
        var count = headcounts.of(forumCode);
        return new ManagedForum(ForumDirectory.summary(forum), count.members(), count.waiting());
    }

    /**
     * Saves the change. The forum's row is locked first and its members counted under the lock, so
     * nobody takes a place between the count and the save.
     *
     * @throws ForumAccessRefused   unless this person looks after the forum
     * @throws ForumChangeRefused   for a description too long or with markup, or a capacity out of range
     * @throws CapacityBelowMembers when the capacity is below the members and the coordinator has not
     *                              chosen to keep them and close joining
     */
    // Read committed: the members are counted after the lock and must include places taken while this waited.
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ForumSummary change(ForumManager manager, String forumCode, ForumChange change) {
        stewards.require(manager, forumCode);
        var description = description(change.description());
        if (change.capacity() < MIN_CAPACITY || change.capacity() > MAX_CAPACITY) {
            throw new ForumChangeRefused(ForumChangeRefused.CAPACITY_RANGE);
        }
        var forum = forums.lockByCode(forumCode).orElseThrow(() -> new ForumAccessRefused(forumCode));
        var accepting = change.acceptingMembers();
        var members = headcounts.of(forumCode).members();
        if (change.capacity() < members) {
            if (!change.keepMembersAndClose()) {
                throw new CapacityBelowMembers(members);
            }
            accepting = false;
        }
        forum.change(description, change.capacity(), accepting);
        events.publishEvent(new ForumPlacesChanged(forumCode));
        return ForumDirectory.summary(forum);
    }

    /**
     * The usernames of the forum's coordinators, in alphabetical order.
     *
     * @throws ForumAccessRefused unless this person looks after the forum
     */
    @Transactional(readOnly = true)
    public Set<String> coordinatorsOf(ForumManager manager, String forumCode) {
        stewards.require(manager, forumCode);
        return stewards.coordinatorsOf(forumCode);
    }

    /**
     * An admin gives a forum to a coordinator to look after.
     *
     * @throws ForumAccessRefused unless an admin asks, about a forum that exists
     * @throws ForumChangeRefused unless the username is an enabled staff account with the coordinator role
     */
    @Transactional
    public void assignCoordinator(ForumManager manager, String forumCode, String username) {
        requireAdmin(manager, forumCode);
        var name = username.strip();
        if (!staff.hasRole(name, Roles.COORDINATOR)) {
            throw new ForumChangeRefused(ForumChangeRefused.NOT_A_COORDINATOR);
        }
        stewards.assign(forumCode, name);
    }

    /** @throws ForumAccessRefused unless an admin asks, about a forum that exists */
    @Transactional
    public void unassignCoordinator(ForumManager manager, String forumCode, String username) {
        requireAdmin(manager, forumCode);
        stewards.unassign(forumCode, username);
    }

    private void requireAdmin(ForumManager manager, String forumCode) {
        if (!manager.admin()) {
            throw new ForumAccessRefused(forumCode);
        }
        stewards.require(manager, forumCode);
    }

    /** @throws ForumAccessRefused unless this person looks after the forum */
    @Transactional(readOnly = true)
    public ReminderSettings reminders(ForumManager manager, String forumCode) {
        stewards.require(manager, forumCode);
        return forums.findById(forumCode).map(Forum::reminders).orElseThrow(() -> new ForumAccessRefused(forumCode));
    }

    /**
     * Saves when the forum's members are reminded of its meetings, as typed: up to three boxes of
     * days before (empty boxes are left out; all empty means no reminders) and a time like 10:00.
     * Meetings moves the planned reminders of coming meetings in this transaction.
     *
     * @throws ForumAccessRefused unless this person looks after the forum
     * @throws RemindersRefused   naming every box that is wrong; nothing is saved
     */
    @Transactional
    public ReminderSettings changeReminders(ForumManager manager, String forumCode, List<String> daysBefore,
            String time) {
        stewards.require(manager, forumCode);
        var settings = reminderSettings(daysBefore, time);
        var forum = forums.lockByCode(forumCode).orElseThrow(() -> new ForumAccessRefused(forumCode));
        forum.remindAt(settings);
        events.publishEvent(new ForumRemindersChanged(forumCode, settings));
        return forum.reminders();
    }

    /** @throws RemindersRefused listing every problem */
    static ReminderSettings reminderSettings(List<String> daysBefore, String time) {
        var problems = new ArrayList<ReminderProblem>();
        var days = new ArrayList<Integer>();
        var filled = 0;
        for (var box = 0; box < daysBefore.size(); box++) {
            var typed = daysBefore.get(box).strip();
            if (typed.isEmpty()) {
                continue;
            }
            if (++filled > ReminderSettings.MAX_REMINDERS) {
                problems.add(new ReminderProblem(box, ReminderProblem.TOO_MANY));
                break;
            }
            var number = DAYS.matcher(typed).matches() ? Integer.parseInt(typed) : -1;
            if (number < ReminderSettings.MIN_DAYS || number > ReminderSettings.MAX_DAYS) {
                problems.add(new ReminderProblem(box, ReminderProblem.DAYS));
            } else if (days.contains(number)) {
                problems.add(new ReminderProblem(box, ReminderProblem.DUPLICATE));
            } else {
                days.add(number);
            }
        }
        @Nullable LocalTime at = null;
        var matcher = TIME.matcher(time.strip());
        try {
            if (matcher.matches()) {
                at = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            }
        } catch (DateTimeException e) {
            // Not a time of day, like 25:00: the same answer as for anything else that is not a time.
        }
        if (at == null) {
            problems.add(new ReminderProblem(ReminderProblem.TIME, ReminderProblem.TIME_FORMAT));
        } else if (at.isBefore(ReminderSettings.EARLIEST) || at.isAfter(ReminderSettings.LATEST)) {
            problems.add(new ReminderProblem(ReminderProblem.TIME, ReminderProblem.TIME_RANGE));
        }
        if (!problems.isEmpty() || at == null) {
            throw new RemindersRefused(problems);
        }
        return new ReminderSettings(days, at);
    }

    /** Stripped; null when blank (the standard description shows). */
    static @Nullable String description(String typed) {
        var text = typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > DESCRIPTION_MAX_LENGTH) {
            throw new ForumChangeRefused(ForumChangeRefused.DESCRIPTION_TOO_LONG);
        }
        if (PlainText.looksLikeMarkup(text)) {
            throw new ForumChangeRefused(ForumChangeRefused.DESCRIPTION_MARKUP);
        }
        return text;
    }
}
