package london.victimvoice.portal.e2e;

import org.jspecify.annotations.Nullable;

/**
 * One page the audit opens.
 *
 * @param route    the route template as registered ("" for the start page)
 * @param path     what to open in the browser
 * @param role     the staff role to sign in with, or {@code null} to stay anonymous
 * @param inApp    reach the page through a link inside the portal instead of typing its URL
 */
record AuditedPage(String route, String path, @Nullable String role, boolean inApp) {

    AuditedPage(String route, String path, @Nullable String role) {
        this(route, path, role, false);
    }

    /** The same page with placeholders such as {@code {meeting}} in its path replaced. */
    AuditedPage with(java.util.Map<String, String> ids) {
        var filled = path;
        for (var id : ids.entrySet()) {
            filled = filled.replace(id.getKey(), id.getValue());
        }
        return new AuditedPage(route, filled, role, inApp);
    }

    /** Report file stem: "" becomes "root", slashes become underscores. */
    String reportName() {
        return route.isEmpty() ? "root" : route.replace('/', '_').replace(':', '-');
    }

    String who() {
        return role == null ? "anonymous" : role;
    }
}
