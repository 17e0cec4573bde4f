package london.victimvoice.portal.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffAccounts extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);
}
