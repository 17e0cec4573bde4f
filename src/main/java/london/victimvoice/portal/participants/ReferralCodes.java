package london.victimvoice.portal.participants;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralCodes extends JpaRepository<ReferralCode, String> {

    List<ReferralCode> findAllByOrderByCodeAsc();
}
