package io.github.sansanghlsync.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Routes by HTTP method and path template; the most literal template wins. */
final class RouteTable {

    /** One registered endpoint. */
    record Route(String method, PathTemplate template, ApiHandler handler) {

        String endpoint() {
            return method + " " + template.template();
        }
    }

    /** A route that fits a request, with the path variables it bound. */
    record Match(Route route, Map<String, String> variables) {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    void add(String method, String template, ApiHandler handler) {
        routes.add(new Route(method, PathTemplate.parse(template), handler));
        routes.sort(Comparator.comparingInt((Route r) -> r.template().literalSegments()).reversed());
    }

    Optional<Match> find(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Optional<Map<String, String>> variables = route.template().match(path);
                if (variables.isPresent()) {
                    return Optional.of(new Match(route, variables.get()));
                }
            }
        }
        return Optional.empty();
    }
}
