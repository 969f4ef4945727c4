package io.pairwise.platform;

import io.pairwise.testsupport.ModuleBoundaries;
import org.junit.jupiter.api.Test;

class ModuleBoundariesTest {

    @Test
    void theEventContractsArePlainJavaAndKnowNoService() {
        ModuleBoundaries.checkEventContracts();
    }

    @Test
    void theKitKnowsNoService() {
        ModuleBoundaries.checkPlatformKit();
    }
}
