package io.pairwise.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public, like the dashboard's pages: the provider and client the page signs in with. */
@RestController
@Tag(name = "Dashboard")
class DashboardSignInController {

    private final DashboardSignIn signIn;

    DashboardSignInController(DashboardSignIn signIn) {
        this.signIn = signIn;
    }

    @Operation(summary = "The OpenID provider and client id the dashboard signs in with (no token needed)")
    @GetMapping(path = "/dashboard/sign-in.json", produces = MediaType.APPLICATION_JSON_VALUE)
    DashboardSignIn.Settings settings() {
        return signIn.settings();
    }
}
