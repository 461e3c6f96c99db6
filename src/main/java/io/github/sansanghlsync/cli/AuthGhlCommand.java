package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.ghl.oauth.GhlAuthorization;
import io.github.sansanghlsync.ghl.oauth.TokenGrant;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code auth ghl}: prints GHL's consent address, catches the redirect on the loopback redirect URI (or
 * reads the pasted code), exchanges the code for tokens and stores them encrypted.
 */
@Command(name = "ghl", mixinStandardHelpOptions = true,
        description = {"Authorize this program on a GHL sub-account (OAuth 2.0) and store its tokens, encrypted.",
                "Needs GHL_OAUTH_CLIENT_ID, GHL_OAUTH_CLIENT_SECRET (or ghl.oauth.client-secret-file), "
                        + "CREDENTIALS_KEY (or credentials.key-file) and GHL_LOCATION_ID."})
public class AuthGhlCommand implements Callable<Integer> {

    @Mixin
    DefinitionOption definition;

    @Option(names = "--paste", description = "Do not listen for the redirect: read the code (or the whole redirected "
            + "address) from standard input, for a redirect URI this machine cannot receive.")
    boolean paste;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = definition.start()) {
            GhlAuthorization authorization = context.getBean(GhlAuthorization.class);
            TokenGrant grant;
            if (paste) {
                System.out.println("Open this address, choose the sub-account and approve:");
                System.out.println("  " + authorization.authorizeUrl(GhlAuthorization.newState()));
                System.out.println("Then paste the code (or the address GHL redirected to) and press Enter:");
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isBlank()) {
                    System.err.println("No code given; nothing stored.");
                    return ExitCode.USAGE.code();
                }
                grant = authorization.complete(line);
            } else {
                grant = authorization.authorize(url -> {
                    System.out.println("Open this address, choose the sub-account and approve (waiting for the redirect):");
                    System.out.println("  " + url);
                });
            }
            System.out.printf("Connected to GHL location %s with scopes: %s%n", grant.locationId(), String.join(" ", grant.scopes()));
            System.out.println("The tokens are stored encrypted in the program's database; they refresh themselves.");
            return ExitCode.COMPLETED.code();
        }
    }
}
