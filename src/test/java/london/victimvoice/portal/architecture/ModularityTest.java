package london.victimvoice.portal.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import london.victimvoice.portal.PortalApplication;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void modules_only_use_each_others_published_api_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void module_diagrams_are_written_for_the_architecture_docs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
