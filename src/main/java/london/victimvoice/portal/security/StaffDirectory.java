package london.victimvoice.portal.security;

import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates staff accounts and sets their passwords; only hashes are ever stored. */
@Service
public class StaffDirectory {

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;

    StaffDirectory(StaffAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** Creates the account, or gives an existing one this password and role. */
    @Transactional
    public void ensureAccount(String username, String displayName, String role, String rawPassword) {
        if (!Roles.STAFF.contains(role)) {
            throw new IllegalArgumentException("Not a staff role: " + role);
        }
        var hash = encoder.encode(rawPassword);
        accounts.findByUsername(username).ifPresentOrElse(
                existing -> existing.changePasswordHash(hash),
                () -> accounts.save(new StaffAccount(username, displayName, hash, Set.of(role))));
    }

    /** Whether an enabled staff account with this username has this role. */
    @Transactional(readOnly = true)
    public boolean hasRole(String username, String role) {
        return accounts.findByUsername(username).filter(StaffAccount::enabled)
                .map(a -> a.roles().contains(role)).orElse(false);
    }
}
