package london.victimvoice.portal.forums;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The dev profile's demo coordinator looks after every forum, so each page can be tried. */
@Component
@Profile("dev")
class DemoForumCoordinators implements ApplicationRunner {

    static final String DEMO_COORDINATOR = "demo-coordinator";

    private final Forums forums;
    private final ForumStewards stewards;

    DemoForumCoordinators(Forums forums, ForumStewards stewards) {
        this.forums = forums;
        this.stewards = stewards;
    }

    @Override
    public void run(ApplicationArguments args) {
        forums.findAll().forEach(f -> stewards.assign(f.code(), DEMO_COORDINATOR));
    }
}
