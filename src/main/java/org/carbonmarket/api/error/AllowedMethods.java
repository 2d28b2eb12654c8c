package org.carbonmarket.api.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods that the resources allow at a path, for the Allow header of a 405 (RFC 9110, 15.5.6): Quarkus REST
 * answers a wrong method without one. Read once from the resource classes' JAX-RS annotations; HEAD goes with GET
 * and OPTIONS with every path, since Quarkus REST answers both itself.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new Route(pattern(root.value() + "/" + (sub == null ? "" : sub.value())), httpMethod));
                }
            }
        }
    }

    /** The methods allowed at the path, as an Allow header's value. */
    String at(String path) {
        Set<String> allowed = new TreeSet<>(Set.of(HttpMethod.OPTIONS));
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
                if (route.method().equals(HttpMethod.GET)) {
                    allowed.add(HttpMethod.HEAD);
                }
            }
        }
        return String.join(", ", allowed);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a pattern: {name} is one segment, {name: regex} the regex; a trailing slash is optional. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        String path = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        int i = 0;
        for (int open = path.indexOf('{'); open >= 0; open = path.indexOf('{', i)) {
            int close = path.indexOf('}', open);
            String parameter = path.substring(open + 1, close);
            int colon = parameter.indexOf(':');
            regex.append(Pattern.quote(path.substring(i, open)))
                    .append(colon < 0 ? "[^/]+" : "(?:" + parameter.substring(colon + 1).strip() + ")");
            i = close + 1;
        }
        return Pattern.compile(regex.append(Pattern.quote(path.substring(i))).append("/?").toString());
    }
}
