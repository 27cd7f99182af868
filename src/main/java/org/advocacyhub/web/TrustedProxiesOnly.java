package org.advocacyhub.web;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * Forwarded headers count only when a trusted proxy sent them. Quarkus reads
 * {@code quarkus.http.proxy.trusted-proxies} the other way round: left empty, it trusts every
 * client, so anyone could send {@code X-Forwarded-For} and pick the address their rate limits count
 * against, or {@code X-Forwarded-Host} and change where our absolute redirects point. This turns
 * {@code proxy-address-forwarding} off whenever no trusted proxy is configured, so the empty default
 * fails closed. Registered in META-INF/services; it runs before the profile and expression
 * interceptors hand back values, so it sees the values the application will use.
 */
@Priority(Priorities.APPLICATION)
public class TrustedProxiesOnly implements ConfigSourceInterceptor {

    static final String FORWARDING = "quarkus.http.proxy.proxy-address-forwarding";
    static final String TRUSTED = "quarkus.http.proxy.trusted-proxies";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (FORWARDING.equals(name) && value != null && "true".equalsIgnoreCase(value.getValue())
                && isBlank(context.proceed(TRUSTED))) {
            return value.withValue("false");
        }
        return value;
    }

    private static boolean isBlank(ConfigValue trusted) {
        return trusted == null || trusted.getValue() == null || trusted.getValue().isBlank();
    }
}
