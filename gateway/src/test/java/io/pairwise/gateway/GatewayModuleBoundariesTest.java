package io.pairwise.gateway;

import io.pairwise.testsupport.ModuleBoundaries;
import org.junit.jupiter.api.Test;

class GatewayModuleBoundariesTest {

    @Test
    void theGatewayRoutesToServicesWithoutSharingTheirCode() {
        ModuleBoundaries.checkService("gateway");
    }
}
