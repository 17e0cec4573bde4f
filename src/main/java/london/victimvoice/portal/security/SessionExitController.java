package london.victimvoice.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import london.victimvoice.portal.base.ui.ExitThisPage;

/** Called by "Exit this page" as it leaves: ends whatever session this browser had. */
@RestController
class SessionExitController {

    @PostMapping(ExitThisPage.SESSION_END_PATH)
    ResponseEntity<Void> exit(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }
}
