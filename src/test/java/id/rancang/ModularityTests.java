package id.rancang;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RancangApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
