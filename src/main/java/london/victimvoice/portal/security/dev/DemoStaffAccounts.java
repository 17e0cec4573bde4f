package london.victimvoice.portal.security.dev;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.security.StaffDirectory;

/**
 * One demo account per staff role, for trying the portal on a laptop. Passwords are random
 * and new at every start, printed once in the log. Never present in the prod profile.
 */
@Component
@Profile("dev")
class DemoStaffAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStaffAccounts.class);
    private static final SecureRandom random = new SecureRandom();

    private final StaffDirectory directory;

    DemoStaffAccounts(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        var lines = new StringBuilder("Demo staff accounts (dev profile only; passwords change at every start):");
        for (var role : Roles.STAFF) {
            var username = "demo-" + role.toLowerCase(Locale.ROOT);
            var password = newPassword();
            directory.ensureAccount(username, "Demo " + role.toLowerCase(Locale.ROOT), role, password);
            lines.append(System.lineSeparator()).append("  ").append(role).append(": ")
                    .append(username).append(" / ").append(password);
        }
        log.info("{}", lines);
    }

    private static String newPassword() {
        var bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
